"""The knowledge layer: the model, its loader and its checks. It imports no Flask."""

from careers_bot.knowledge.loader import BUNDLED, Loaded, load
from careers_bot.knowledge.model import KnowledgeBase
from careers_bot.knowledge.problems import KnowledgeError, Problem

__all__ = ["BUNDLED", "KnowledgeBase", "KnowledgeError", "Loaded", "Problem", "load"]
