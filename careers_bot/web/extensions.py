"""The Flask extensions, made once and bound to each app in the factory."""

from __future__ import annotations

from flask import current_app, request
from flask_limiter import ApplicationLimit, Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

# The views that take a chat turn: they share one per-client limit.
CHAT_ENDPOINTS = frozenset({"chat.send", "chat.api"})

csrf = CSRFProtect()


def chat_rate_limit() -> str:
    """The per-client limit on chat turns, read from the settings at request time."""
    return str(current_app.config["CHAT_RATE_LIMIT"])


def not_a_chat_turn() -> bool:
    """True for every request but a chat turn: pages, static files and the rest are not limited."""
    return request.endpoint not in CHAT_ENDPOINTS


# One limit, checked once per request before the view (route decorators would add a second check).
limiter = Limiter(
    get_remote_address,
    application_limits=[ApplicationLimit(chat_rate_limit, scope="chat", exempt_when=not_a_chat_turn)],
)
