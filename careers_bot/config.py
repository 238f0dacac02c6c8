"""Settings from the environment, with safe defaults for a laptop.

Every setting can be given as an environment variable named CAREERS_BOT_<NAME>, or passed to
create_app(config={...}) by its Flask name (tests do that). Outside development and testing a real
secret key is required, because it signs the conversation cookie and every plan link.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from careers_bot.engine import MAX_MESSAGE_LENGTH
from careers_bot.knowledge import BUNDLED

ENV_PREFIX = "CAREERS_BOT_"
ENVIRONMENTS = ("development", "production")
MIN_SECRET_LENGTH = 32
PLACEHOLDER_SECRETS = {"dev", "development", "secret", "change-me", "changeme", "please-change-me"}

SECRET_KEY_HELP = (
    "Set a secret key before running in production: it signs the conversation cookie and plan links.\n"
    "  export CAREERS_BOT_SECRET_KEY=\"$(python3 -c 'import secrets; print(secrets.token_hex(32))')\"\n"
    "Use the same key on every instance behind a load balancer, and keep it out of version control.\n"
    "For a laptop, set CAREERS_BOT_ENV=development instead: a random key is made for each run."
)


class ConfigError(Exception):
    """The settings cannot be used; the message says how to fix them."""


def _as_bool(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _as_seconds(value: str) -> int:
    seconds = int(value)
    if seconds < 1:
        raise ValueError("it must be a whole number of seconds, 1 or more")
    return seconds


# Environment variable (after the prefix) -> (Flask setting, how to read the text).
FROM_ENV: dict[str, tuple[str, Any]] = {
    "ENV": ("ENV", str),
    "SECRET_KEY": ("SECRET_KEY", str),
    "KNOWLEDGE_DIR": ("KNOWLEDGE_DIR", str),
    "KIOSK": ("KIOSK", _as_bool),
    "KIOSK_IDLE_SECONDS": ("KIOSK_IDLE_SECONDS", _as_seconds),
    "KIOSK_WARNING_SECONDS": ("KIOSK_WARNING_SECONDS", _as_seconds),
    "PUBLIC_URL": ("PUBLIC_URL", str),
    "TRUSTED_PROXIES": ("TRUSTED_PROXIES", int),
    "CHAT_RATE_LIMIT": ("CHAT_RATE_LIMIT", str),
    "RATELIMIT_STORAGE_URI": ("RATELIMIT_STORAGE_URI", str),
}


def defaults() -> dict[str, Any]:
    """The settings a laptop gets when the environment says nothing."""
    return {
        "ENV": "development",
        "SECRET_KEY": None,
        "KNOWLEDGE_DIR": str(BUNDLED),
        # Kiosk mode, for shared tablets at events: after KIOSK_IDLE_SECONDS without a touch, ask
        # "Still there?"; after KIOSK_WARNING_SECONDS more, wipe the conversation.
        "KIOSK": False,
        "KIOSK_IDLE_SECONDS": 90,
        "KIOSK_WARNING_SECONDS": 30,
        # Where phones reach this site, for plan links and QR codes (the request's own host if unset).
        "PUBLIC_URL": None,
        # How many reverse proxies in front of the app set X-Forwarded-For/-Proto/-Host.
        "TRUSTED_PROXIES": 0,
        "MESSAGE_MAX_CHARS": MAX_MESSAGE_LENGTH,
        "MAX_CONTENT_LENGTH": 16 * 1024,
        # Per client address; several tablets at one event may share an address, so it is generous.
        "CHAT_RATE_LIMIT": "120 per minute",
        "RATELIMIT_STORAGE_URI": "memory://",
        # The conversation lives in the signed session cookie; keep it well under the 4 KB browsers allow.
        "SESSION_COOKIE_BUDGET": 3500,
        "TRANSCRIPT_TURNS": 8,
        "SESSION_COOKIE_NAME": "careers_bot",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": None,
        # A conversation cookie older than this is ignored, and a fresh conversation starts.
        "PERMANENT_SESSION_LIFETIME": timedelta(hours=24),
        "WTF_CSRF_TIME_LIMIT": 4 * 3600,
        "SEND_FILE_MAX_AGE_DEFAULT": 3600,
    }


def from_environ(environ: Mapping[str, str]) -> dict[str, Any]:
    """The settings named in the environment, read into their types."""
    settings: dict[str, Any] = {}
    for name, (key, read) in FROM_ENV.items():
        text = environ.get(ENV_PREFIX + name)
        if text is None or text.strip() == "":
            continue
        try:
            settings[key] = read(text.strip())
        except ValueError as error:
            raise ConfigError(f"{ENV_PREFIX}{name}={text!r} is not valid: {error}") from error
    return settings


def settings(environ: Mapping[str, str], overrides: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Defaults, then the environment, then overrides; checked, with the secret key settled."""
    result = defaults() | from_environ(environ) | dict(overrides or {})
    testing = bool(result.get("TESTING"))
    if result["ENV"] not in ENVIRONMENTS:
        raise ConfigError(f"{ENV_PREFIX}ENV must be one of {', '.join(ENVIRONMENTS)}, not {result['ENV']!r}.")
    development = result["ENV"] == "development" or testing
    key = result.get("SECRET_KEY")
    if not key:
        if not development:
            raise ConfigError("No secret key is set.\n" + SECRET_KEY_HELP)
        # One process, one key: conversations and plan links last only as long as this run.
        result["SECRET_KEY"] = secrets.token_hex(32)
        result["SECRET_KEY_GENERATED"] = True
    elif not development and (len(key) < MIN_SECRET_LENGTH or key.lower() in PLACEHOLDER_SECRETS):
        raise ConfigError(
            f"The secret key is too short or a placeholder (it needs {MIN_SECRET_LENGTH} or more "
            "random characters).\n" + SECRET_KEY_HELP
        )
    if result["SESSION_COOKIE_SECURE"] is None:
        result["SESSION_COOKIE_SECURE"] = not development
    return result
