"""One engine over the bundled knowledge base, shared by the engine tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from careers_bot.engine import Engine, Message, Reply
from careers_bot.knowledge import load


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load().knowledge)


@pytest.fixture
def talk(engine: Engine) -> Callable[..., Reply]:
    """Send messages in one conversation; a string starting '@' is a button payload."""
    state: dict[str, Any] = engine.opening()[1]

    def send(text: str) -> Reply:
        nonlocal state
        message = Message(payload=text[1:]) if text.startswith("@") else Message(text=text)
        reply, state = engine.respond(state, message)
        return reply

    return send
