"""What every request shares: the knowledge base and the engine, built once in the factory."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app

from careers_bot.engine.reply import Reply
from careers_bot.knowledge import KnowledgeBase

EXTENSION = "careers_bot"


@dataclass(frozen=True)
class Shared:
    """The loaded knowledge base, the engine over it, and its welcome turn (also as the page's plain data)."""

    knowledge: KnowledgeBase
    engine: Any
    opening: Reply
    opening_state: dict[str, Any]
    opening_view: dict[str, Any]


def install(app: Flask, shared: Shared) -> None:
    """Keep the shared objects on the app."""
    app.extensions[EXTENSION] = shared


def shared() -> Shared:
    """The shared objects of the current app."""
    return current_app.extensions[EXTENSION]  # type: ignore[no-any-return]


def knowledge() -> KnowledgeBase:
    """The current app's knowledge base."""
    return shared().knowledge
