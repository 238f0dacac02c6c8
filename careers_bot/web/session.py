"""The session cookie as plain compact JSON, signed as Flask signs it.

Flask's default serializer tags every value so it can round-trip dates and bytes; ours holds only
plain JSON (the engine's state and the last few messages), and walking it for tags was most of the
cost of a chat turn.
"""

from __future__ import annotations

import json
from typing import Any

from flask.sessions import SecureCookieSessionInterface


class CompactJSON:
    """dumps and loads for itsdangerous: JSON with no spaces."""

    @staticmethod
    def dumps(value: Any) -> str:
        """The value as compact JSON."""
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

    @staticmethod
    def loads(text: str | bytes) -> Any:
        """The value back from JSON."""
        return json.loads(text)


class JSONSessionInterface(SecureCookieSessionInterface):
    """Signed cookie sessions whose payload is plain JSON."""

    serializer = CompactJSON()  # type: ignore[assignment]
