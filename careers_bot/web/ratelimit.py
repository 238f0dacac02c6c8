"""The limit on chat turns per client address: fixed windows, counted by the limits library.

Only the two views that take a chat turn are limited, and they share one count per address. Each
turn is one counter hit. (Flask-Limiter did this before: for every request it worked out which of
its many kinds of limit and exemption applied, which cost a chat turn more than the count itself.)
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

from flask import Flask, current_app, request
from limits import RateLimitItem, parse_many
from limits.storage import Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter
from werkzeug.exceptions import TooManyRequests

from careers_bot.config import ENV_PREFIX, ConfigError

EXTENSION = "careers_bot.rate_limit"
SCOPE = "chat"  # the name the count is kept under (the store may be shared with other apps)

P = ParamSpec("P")
R = TypeVar("R")


@lru_cache(maxsize=16)
def parsed(text: str) -> tuple[RateLimitItem, ...]:
    """'120 per minute' (or several, separated by ';') as limits; read once for each setting."""
    return tuple(parse_many(text))


def init_app(app: Flask) -> None:
    """Open the store the counts live in (RATELIMIT_STORAGE_URI) and check CHAT_RATE_LIMIT reads."""
    try:
        parsed(str(app.config["CHAT_RATE_LIMIT"]))
    except ValueError as error:
        raise ConfigError(
            f"{ENV_PREFIX}CHAT_RATE_LIMIT={app.config['CHAT_RATE_LIMIT']!r} is not a rate limit: "
            "write it like '120 per minute'."
        ) from error
    uri = str(app.config["RATELIMIT_STORAGE_URI"])
    storage = storage_from_string(uri)
    if not isinstance(storage, Storage):  # an async+ store: the views are not async
        raise ConfigError(f"{ENV_PREFIX}RATELIMIT_STORAGE_URI={uri!r}: use a store without async+.")
    app.extensions[EXTENSION] = FixedWindowRateLimiter(storage)


def client_address() -> str:
    """Who the count is for: the client's address (behind a trusted proxy, the one it forwarded)."""
    return request.remote_addr or "127.0.0.1"


def check() -> None:
    """Count a chat turn for this client; raise TooManyRequests, with when to retry, over the limit.

    The limit is read from the settings at each turn, so it can change while the app runs.
    """
    counter: FixedWindowRateLimiter = current_app.extensions[EXTENSION]
    who = client_address()
    for limit in parsed(str(current_app.config["CHAT_RATE_LIMIT"])):
        if not counter.hit(limit, SCOPE, who):
            reset_at = counter.get_window_stats(limit, SCOPE, who).reset_time
            raise TooManyRequests(retry_after=max(1, math.ceil(reset_at - time.time())))


def chat_turn(view: Callable[P, R]) -> Callable[P, R]:
    """A view that takes a chat turn: each call counts towards the client's limit first."""

    @wraps(view)
    def limited(*args: P.args, **kwargs: P.kwargs) -> R:
        check()
        return view(*args, **kwargs)

    return limited


def reset(app: Flask) -> None:
    """Forget every count (for tests)."""
    counter: FixedWindowRateLimiter = app.extensions[EXTENSION]
    counter.storage.reset()
