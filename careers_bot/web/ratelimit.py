"""The limit on chat turns per client address, in fixed windows.

Only the two views that take a chat turn are limited, and they share one count per address. Each
turn is one count. (Flask-Limiter did this before: for every request it worked out which of its
many kinds of limit and exemption applied, which cost a chat turn more than the count itself.)

The counts live in this process (RATELIMIT_STORAGE_URI memory://, the default), or in a store that
several instances share, such as redis://host:6379, through the limits library. In this process
they are a plain dictionary: limits' own memory store restarts a timer thread every 10 ms while
turns come in, only to drop windows that have ended, and starting those threads cost each turn more
than its count.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import ParamSpec, Protocol, TypeVar

from flask import Flask, current_app, request
from limits import RateLimitItem, parse_many
from limits.storage import Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter
from werkzeug.exceptions import TooManyRequests

from careers_bot.config import ENV_PREFIX, ConfigError

EXTENSION = "careers_bot.rate_limit"
SCOPE = "chat"  # the name the count is kept under (a shared store may hold other apps' counts)
IN_PROCESS = "memory://"
SWEEP_SECONDS = 60.0  # how often ended windows are dropped from the in-process counts

P = ParamSpec("P")
R = TypeVar("R")


class Counts(Protocol):
    """Where turns are counted."""

    def hit(self, limit: RateLimitItem, key: str) -> float | None:
        """Count a turn: None while it is within the limit, else the seconds until its window ends."""

    def reset(self) -> None:
        """Forget every count."""


class LocalCounts:
    """Fixed windows counted in this process: for each key, when its window ends and its turns so far."""

    def __init__(self) -> None:
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self._sweep_at = time.monotonic() + SWEEP_SECONDS

    def hit(self, limit: RateLimitItem, key: str) -> float | None:
        """Count a turn: None while it is within the limit, else the seconds until its window ends."""
        now = time.monotonic()
        with self._lock:
            if now >= self._sweep_at:  # clients that have not come back would otherwise stay for good
                self._windows = {k: w for k, w in self._windows.items() if w[0] > now}
                self._sweep_at = now + SWEEP_SECONDS
            ends, turns = self._windows.get(key, (0.0, 0))
            if ends <= now:
                ends, turns = now + limit.get_expiry(), 0
            turns += 1
            self._windows[key] = (ends, turns)
        return None if turns <= limit.amount else ends - now

    def __len__(self) -> int:
        """How many windows are kept."""
        return len(self._windows)

    def reset(self) -> None:
        """Forget every count."""
        with self._lock:
            self._windows.clear()


class SharedCounts:
    """Fixed windows counted in a store the limits library reaches (Redis, Memcached and others)."""

    def __init__(self, storage: Storage) -> None:
        self._counter = FixedWindowRateLimiter(storage)

    def hit(self, limit: RateLimitItem, key: str) -> float | None:
        """Count a turn: None while it is within the limit, else the seconds until its window ends."""
        if self._counter.hit(limit, key):
            return None
        return max(0.0, self._counter.get_window_stats(limit, key).reset_time - time.time())

    def reset(self) -> None:
        """Forget every count."""
        self._counter.storage.reset()


@lru_cache(maxsize=16)
def parsed(text: str) -> tuple[RateLimitItem, ...]:
    """'120 per minute' (or several, separated by ';') as limits; read once for each setting."""
    return tuple(parse_many(text))


def counts_at(uri: str) -> Counts:
    """The counts for RATELIMIT_STORAGE_URI: in this process, or in the store the URI names."""
    if uri == IN_PROCESS:
        return LocalCounts()
    storage = storage_from_string(uri)
    if not isinstance(storage, Storage):  # an async+ store: the views are not async
        raise ConfigError(f"{ENV_PREFIX}RATELIMIT_STORAGE_URI={uri!r}: use a store without async+.")
    return SharedCounts(storage)


def init_app(app: Flask) -> None:
    """Open the store the counts live in (RATELIMIT_STORAGE_URI) and check CHAT_RATE_LIMIT reads."""
    try:
        parsed(str(app.config["CHAT_RATE_LIMIT"]))
    except ValueError as error:
        raise ConfigError(
            f"{ENV_PREFIX}CHAT_RATE_LIMIT={app.config['CHAT_RATE_LIMIT']!r} is not a rate limit: "
            "write it like '120 per minute'."
        ) from error
    app.extensions[EXTENSION] = counts_at(str(app.config["RATELIMIT_STORAGE_URI"]))


def client_address() -> str:
    """Who the count is for: the client's address (behind a trusted proxy, the one it forwarded)."""
    return request.remote_addr or "127.0.0.1"


def check() -> None:
    """Count a chat turn for this client; raise TooManyRequests, with when to retry, over the limit.

    The limit is read from the settings at each turn, so it can change while the app runs.
    """
    counts: Counts = current_app.extensions[EXTENSION]
    who = client_address()
    for limit in parsed(str(current_app.config["CHAT_RATE_LIMIT"])):
        wait = counts.hit(limit, limit.key_for(SCOPE, who))
        if wait is not None:
            raise TooManyRequests(retry_after=max(1, math.ceil(wait)))


def chat_turn(view: Callable[P, R]) -> Callable[P, R]:
    """A view that takes a chat turn: each call counts towards the client's limit first."""

    @wraps(view)
    def limited(*args: P.args, **kwargs: P.kwargs) -> R:
        check()
        return view(*args, **kwargs)

    return limited


def reset(app: Flask) -> None:
    """Forget every count (for tests)."""
    counts: Counts = app.extensions[EXTENSION]
    counts.reset()
