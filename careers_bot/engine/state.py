"""The conversation's memory: small, made of ids and slot values, safe to keep in a signed cookie.

Nothing a person typed is kept here, only what the engine understood from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from careers_bot.knowledge.model import KnowledgeBase

FOUND_LIMIT = 8  # how many roles, services and FAQs the plan remembers, newest kept
VERSION = 1


@dataclass
class State:
    """Where the conversation is: the journey and question, what we know, what we showed."""

    flow: str | None = None
    step: str | None = None
    slots: dict[str, str] = field(default_factory=dict)
    audience: str | None = None
    role: str | None = None
    apprenticeship: str | None = None
    topic: str | None = None
    trail: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    services: list[str] = field(default_factory=list)
    faqs: list[str] = field(default_factory=list)
    misses: int = 0
    asides: int = 0  # answers given in a row while a journey's question waits unanswered
    choices: list[str] = field(default_factory=list)  # the jobs this turn's reply offers side by side
    # The jobs the last reply offered side by side ("what does it pay?" then asks which one). Read from the
    # saved `choices` at the start of a turn; never saved itself.
    offered: tuple[str, ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Compact, JSON-ready data: empty values are left out."""
        # By hand, not dataclasses.asdict: that deep-copies every value and was a large part of a turn.
        data: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if value not in (None, [], {}, 0):
                data[name] = (
                    dict(value)
                    if isinstance(value, dict)
                    else list(value)
                    if isinstance(value, list)
                    else value
                )
        data["v"] = VERSION
        return data

    @classmethod
    def from_dict(cls, data: object, kb: KnowledgeBase) -> State:
        """Rebuild a state, dropping anything malformed or unknown (a stale or edited cookie)."""
        if not isinstance(data, dict) or data.get("v") != VERSION:
            return cls()
        state = cls()
        state.flow = _known(data.get("flow"), kb, "flows")
        flow = kb.flow(state.flow) if state.flow else None
        steps = {s.id: s for s in flow.steps} if flow else {}
        step = data.get("step")
        state.step = step if isinstance(step, str) and step in steps else None
        slots = data.get("slots")
        if isinstance(slots, dict):
            state.slots = {k: v for k, v in slots.items() if isinstance(k, str) and isinstance(v, str)}
        audience = data.get("audience")
        state.audience = (
            audience if audience in ("student", "jobseeker", "career-changer", "provider") else None
        )
        state.role = _known(data.get("role"), kb, "roles")
        state.apprenticeship = _known(data.get("apprenticeship"), kb, "apprenticeships")
        topic = data.get("topic")
        state.topic = topic if isinstance(topic, str) and len(topic) < 80 else None
        state.trail = [s for s in _strings(data.get("trail")) if s in steps]
        state.roles = [r for r in _strings(data.get("roles")) if kb.get("roles", r)][-FOUND_LIMIT:]
        state.services = [s for s in _strings(data.get("services")) if kb.get("services", s)][-FOUND_LIMIT:]
        state.faqs = [f for f in _strings(data.get("faqs")) if kb.get("faqs", f)][-FOUND_LIMIT:]
        misses = data.get("misses")
        state.misses = misses if isinstance(misses, int) and 0 <= misses < 10 else 0
        asides = data.get("asides")
        state.asides = asides if isinstance(asides, int) and 0 <= asides < 10 else 0
        state.offered = tuple(r for r in _strings(data.get("choices")) if kb.get("roles", r))[:FOUND_LIMIT]
        return state

    def take(self, other: State) -> None:
        """Become another state: the outcome of a turn tried on a copy, now kept."""
        for name in (*FIELDS, "offered"):
            setattr(self, name, getattr(other, name))

    def remember(self, kind: str, record_id: str) -> None:
        """Add a role, service or FAQ to what the plan will show, newest last."""
        found: list[str] = getattr(self, kind)
        if record_id in found:
            found.remove(record_id)
        found.append(record_id)
        del found[:-FOUND_LIMIT]


FIELDS = tuple(f.name for f in fields(State) if f.name != "offered")
PLAN_FIELDS = ("roles", "services", "faqs")  # what the plan keeps; no reply depends on them


def replay_start(data: dict[str, Any]) -> dict[str, Any]:
    """A state as a starting point to replay messages from: the plan's lists left out (no reply reads them)."""
    return {key: value for key, value in data.items() if key not in PLAN_FIELDS}


def _known(value: object, kb: KnowledgeBase, kind: str) -> str | None:
    return value if isinstance(value, str) and kb.get(kind, value) is not None else None


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
