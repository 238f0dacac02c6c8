"""What the engine receives and gives back: plain data the web layer can render or serialise."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

CardKind = Literal["role", "route", "service", "apprenticeship", "step", "faq", "comparison"]
COMPARED_SEPARATOR = "+"  # a comparison card's ref: the jobs' ids joined ("nurse+midwife")


@dataclass(frozen=True)
class Message:
    """What the person sent: typed text, or the payload of a button they tapped.

    `redacted` says personal details were already taken out of `text` before it got here (the web
    layer keeps only such text, and replays it to rebuild a transcript); the reply then says so.
    """

    text: str = ""
    payload: str | None = None
    redacted: bool = False


@dataclass(frozen=True)
class QuickReply:
    """A button: a label that makes sense read on its own, and what tapping it sends."""

    label: str
    payload: str


@dataclass(frozen=True)
class Card:
    """A role, route, service, apprenticeship, plan step or FAQ shown as a small panel.

    `ref` is the record's id (for links such as /roles/<ref> or /go/<ref>); `lines` are short
    plain-text facts; `phone`, `email` and `url` are for services.
    """

    kind: CardKind
    title: str
    ref: str | None = None
    lines: tuple[str, ...] = ()
    url: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Reply:
    """One turn's answer: paragraphs and cards, buttons, and what was understood."""

    texts: tuple[str, ...]
    cards: tuple[Card, ...] = ()
    quick_replies: tuple[QuickReply, ...] = ()
    intent: str = "fallback"
    confidence: float = 0.0
    entities: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The reply as JSON-ready data: messages, quick_replies, intent, confidence, entities."""
        messages: list[dict[str, Any]] = [{"type": "text", "text": t} for t in self.texts]
        messages += [
            {
                "type": "card",
                "kind": c.kind,
                "title": c.title,
                "ref": c.ref,
                "lines": list(c.lines),
                "url": c.url,
                "phone": c.phone,
                "email": c.email,
            }
            for c in self.cards
        ]
        return {
            "messages": messages,
            "quick_replies": [{"label": q.label, "payload": q.payload} for q in self.quick_replies],
            "intent": self.intent,
            "confidence": round(min(1.0, max(0.0, self.confidence)), 3),
            "entities": self.entities,
        }


@dataclass(frozen=True)
class Plan:
    """What a conversation found, to print or carry to another device. Ids point into the knowledge base."""

    audience: str | None
    about: tuple[str, ...]
    roles: tuple[str, ...]
    services: tuple[str, ...]
    faqs: tuple[str, ...]
    steps: tuple[str, ...]

    @property
    def empty(self) -> bool:
        """True when the conversation has not found or been told anything yet."""
        return not (self.roles or self.services or self.faqs or self.steps or self.about)

    ONLY_TOLD = "Answer the rest of the questions in the chat, and jobs and contacts will be added here."

    @property
    def only_told(self) -> bool:
        """True when it holds only what the person told us: jobs and contacts come with the journey's end."""
        return bool(self.about) and not (self.roles or self.services or self.faqs or self.steps)
