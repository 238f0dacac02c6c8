"""JSON for the web layer, written and read by orjson.

A chat turn reads and writes JSON three times: the session cookie (read, then written again) and
the reply. Python's json module took about a tenth of a turn doing it; orjson gives the same JSON
several times faster. Flask keeps its say over what the JSON holds: keys sorted as Flask sorts
them, and dates, decimals, UUIDs, dataclasses and Markup converted by Flask's own rules.
Non-ASCII text is sent as UTF-8 rather than as \\u escapes (the same JSON to any reader).
"""

from __future__ import annotations

from typing import Any

import orjson
from flask.json.provider import DefaultJSONProvider

# Dates and dataclasses go to Flask's `default`, as with the json module, not to orjson's own forms.
FLASK_TYPES = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
COMPACT = (",", ":")


def compact(value: Any) -> str:
    """Plain JSON data as compact JSON text, keys in the order they were set."""
    return orjson.dumps(value).decode()


def parse(text: str | bytes) -> Any:
    """JSON text back to data."""
    return orjson.loads(text)


class OrjsonProvider(DefaultJSONProvider):
    """Flask's JSON provider with orjson doing the writing and reading."""

    def dumps(self, obj: Any, **kwargs: Any) -> str:
        """Data as JSON: compact, or indented by two (Flask's responses in debug mode)."""
        indent = kwargs.get("indent")
        compact_form = indent is None and kwargs.get("separators", COMPACT) == COMPACT
        if set(kwargs) - {"indent", "separators"} or not (compact_form or indent == 2):
            return super().dumps(obj, **kwargs)  # a form only the json module writes
        option = FLASK_TYPES | orjson.OPT_NON_STR_KEYS
        if indent:
            option |= orjson.OPT_INDENT_2
        if self.sort_keys:
            option |= orjson.OPT_SORT_KEYS
        return orjson.dumps(obj, default=self.default, option=option).decode()

    def loads(self, s: str | bytes, **kwargs: Any) -> Any:
        """JSON text (or UTF-8 bytes) back to data."""
        return orjson.loads(s) if not kwargs else super().loads(s, **kwargs)
