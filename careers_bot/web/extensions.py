"""The Flask extensions, made once and bound to each app in the factory."""

from __future__ import annotations

from flask import current_app
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()
limiter = Limiter(get_remote_address)


def chat_rate_limit() -> str:
    """The per-client limit on chat turns, read from the settings at request time."""
    return str(current_app.config["CHAT_RATE_LIMIT"])
