"""The conversation engine: plain Python over the knowledge base. It imports no Flask."""

from careers_bot.engine.dialogue import Engine
from careers_bot.engine.normalise import MAX_MESSAGE_LENGTH
from careers_bot.engine.reply import Card, Message, Plan, QuickReply, Reply

__all__ = ["MAX_MESSAGE_LENGTH", "Card", "Engine", "Message", "Plan", "QuickReply", "Reply"]
