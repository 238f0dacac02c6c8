"""Turning one YAML record into its dataclass, guided by the model's type hints.

The hints are the schema: a key's type in model.py decides what the YAML may hold, so a new
key is declared once. References to other records are checked later, in integrity.py.
"""

from __future__ import annotations

import dataclasses
import re
import types
from datetime import date
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints
from urllib.parse import urlsplit

from careers_bot.knowledge.model import Email, MonthDate, Phone, Ref, Url
from careers_bot.knowledge.problems import Problem
from careers_bot.knowledge.yaml_source import LineDict

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL_PATTERN = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
PHONE_PATTERN = re.compile(r"^(?:\+44 ?)?[0-9][0-9 ]*[0-9]$")
MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
PHONE_DIGITS = {3, 6, 8, 10, 11}  # 999 / 111; 116 123; 0800 1111; 0800 100 900; 0116 305 0004


class Invalid(Exception):
    """A value does not fit its key; the message says what was expected."""


@dataclasses.dataclass(frozen=True)
class Field:
    """A key of a record: its type, and whether it must be given."""

    name: str
    hint: Any
    required: bool


@cache
def fields_of(cls: type) -> tuple[Field, ...]:
    """The keys a record of this class takes, from its dataclass fields and hints."""
    hints = get_type_hints(cls, include_extras=True)
    return tuple(
        Field(
            f.name,
            hints[f.name],
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
        )
        for f in dataclasses.fields(cls)
    )


def build(cls: type, record: LineDict, file: str, record_id: str | None) -> tuple[Any, list[Problem]]:
    """Build a dataclass from a record, or report every key that is wrong."""
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    known = fields_of(cls)
    names = {f.name for f in known}
    for key in record:
        if key not in names:
            hint = _closest(key, names)
            problems.append(Problem(file, f"unknown key{hint}", record.line_of(key), record_id, str(key)))
    for f in known:
        if f.name not in record or record[f.name] is None:
            if f.required:
                problems.append(Problem(file, "this key is required", record.line, record_id, f.name))
            continue
        try:
            if f.name == "id":
                values[f.name] = check_id(record[f.name])
            else:
                values[f.name] = _convert(record[f.name], f.hint, file, record_id, f.name, problems)
        except _Reported:
            pass
        except Invalid as error:
            problems.append(Problem(file, str(error), record.line_of(f.name), record_id, f.name))
    if problems:
        return None, problems
    return cls(**values), []


def _convert(
    value: Any, hint: Any, file: str, record_id: str | None, key: str, problems: list[Problem]
) -> Any:
    origin = get_origin(hint)
    if origin is Annotated:
        base, *marks = get_args(hint)
        converted = _convert(value, base, file, record_id, key, problems)
        if any(isinstance(m, Ref) for m in marks):
            _check_id(converted, "an id of another record")
        return converted
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        return _convert(value, options[0], file, record_id, key, problems)
    if origin is tuple:
        item_hint = get_args(hint)[0]
        if not isinstance(value, list):
            raise Invalid(f"expected a list, like [a, b], but found {_describe(value)}")
        items = [_convert(item, item_hint, file, record_id, key, problems) for item in value]
        repeated = sorted({str(i) for i in items if items.count(i) > 1})
        if repeated:
            raise Invalid(f"the list repeats {', '.join(repeated)}")
        return tuple(items)
    if origin is Literal:
        allowed = get_args(hint)
        if value not in allowed:
            raise Invalid(f"'{value}' is not allowed; use one of: {', '.join(allowed)}")
        return value
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, LineDict):
            raise Invalid(f"expected keys indented below it, but found {_describe(value)}")
        built, nested = build(hint, value, file, record_id)
        problems.extend(dataclasses.replace(p, key=f"{key}.{p.key}" if p.key else key) for p in nested)
        if built is None:
            raise _Reported()
        return built
    return _convert_scalar(value, hint)


class _Reported(Invalid):
    """A nested record's problems were already listed one by one."""


def _convert_scalar(value: Any, hint: Any) -> Any:
    if hint is bool:
        if not isinstance(value, bool):
            raise Invalid(f"expected true or false, but found {_describe(value)}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(f"expected a whole number, but found {_describe(value)}")
        return value
    if hint is date:
        return _to_date(value)
    if hint is MonthDate:
        return _to_month(value)
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"expected some text, but found {_describe(value)}")
    text = " ".join(value.split())
    if hint is Url:
        return _check_url(text)
    if hint is Email:
        if not EMAIL_PATTERN.match(text):
            raise Invalid(f"'{text}' is not an e-mail address like name@example.org")
    if hint is Phone:
        digits = text.replace(" ", "").replace("+44", "0", 1)
        if not PHONE_PATTERN.match(text) or len(digits) not in PHONE_DIGITS:
            raise Invalid(f"'{text}' is not a UK phone number like 0116 305 0004 or 116 123")
    return text


def _to_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise Invalid(f"expected a date like 2026-11-22, but found {_describe(value)}")


def _to_month(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        match = MONTH_PATTERN.match(value.strip())
        if match and 1 <= int(match.group(2)) <= 12:
            try:
                if match.group(3):
                    date.fromisoformat(value.strip())
                return value.strip()
            except ValueError:
                pass
    raise Invalid(f"expected a month like 2025-12, but found {_describe(value)}")


def _check_url(text: str) -> str:
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme != "https" or "." not in host or " " in text:
        raise Invalid(f"'{text}' is not a web address starting https://")
    return text


def _check_id(value: str, what: str) -> None:
    if not ID_PATTERN.match(value):
        raise Invalid(f"'{value}' is not {what}: use lower case words joined by hyphens")


def check_id(value: Any) -> str:
    """The record's own id, checked for form (lower case, hyphens)."""
    if not isinstance(value, str):
        raise Invalid(f"expected an id like senior-care-worker, but found {_describe(value)}")
    _check_id(value, "a valid id")
    return value


def _describe(value: Any) -> str:
    if isinstance(value, LineDict):
        return "a set of keys"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"'{value}'"


def _closest(key: str, names: set[str]) -> str:
    from rapidfuzz import process

    best = process.extractOne(str(key), sorted(names), score_cutoff=70)
    return f" (did you mean '{best[0]}'?)" if best else ""
