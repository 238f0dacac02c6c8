"""The conversation, kept in the signed session cookie and nowhere else.

The cookie holds the engine's small state and the messages the person sent, never the replies: the
engine is deterministic, so the page rebuilds the replies by replaying the messages (see
transcript.py). A message is kept as the engine's Message fields: a tapped button's payload (never a
label the browser claims), or typed words with any e-mail address, phone number, postcode or name
taken out (`redacted` then says so).

The messages are kept in at most two segments, each with the engine state it starts from:

    v      the shape of this data (SCHEMA)
    state  the engine's state now
    base   the state segment `a` starts from (left out when it is the opening state)
    a      the older messages, oldest first
    mid    the state segment `b` starts from (the state after the last message of `a`)
    b      the newer messages
    earlier  true when older messages were dropped

Each segment holds at most half of TRANSCRIPT_TURNS. When `a` is full the next message starts `b`;
when `b` is full too, `b` becomes `a` (its start state `base`) and the message starts a new `b` from
the current state. So a chat turn never replays anything, and the page replays at most
TRANSCRIPT_TURNS messages. When the cookie would outgrow SESSION_COOKIE_BUDGET, older messages go
too: segment `a`, then all but the newest message, then that one (the state always stays). The size
measured is the signed cookie value itself, which the response then sends as it is (session.py keeps
it until the session changes), so the cookie is made once a turn.

Any instance with the same secret key can carry on any conversation; a cookie that fails its
signature, is too old, or has an unexpected shape simply starts a fresh conversation.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, session
from flask.sessions import SessionMixin

from careers_bot.engine.reply import Message, Reply
from careers_bot.engine.state import replay_start
from careers_bot.web.context import shared
from careers_bot.web.session import signed_cookie

SCHEMA = 2  # bump when the shape above changes: older cookies then start afresh
RESTART_INTENT = "restart"  # the engine started again: so does the transcript
PAYLOAD_MAX_CHARS = 200
REDACTED_NOTE = "(Your message is not shown here, as it had personal details in it.)"
SEGMENT_KEYS = (("base", "a"), ("mid", "b"))  # each segment's start state and messages
SESSION_KEYS = ("v", "state", "base", "a", "mid", "b", "earlier")


@dataclass
class Segment:
    """Messages sent one after another, and the engine state before the first of them."""

    start: dict[str, Any]
    sent: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Conversation:
    """The engine's state and the messages still shown, oldest first, in one or two segments."""

    state: dict[str, Any] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    earlier: bool = False  # some earlier messages are no longer shown

    def add(self, sent: dict[str, Any], before: dict[str, Any], per_segment: int) -> None:
        """Add a message sent from the state `before`, starting a new segment when the last is full."""
        if self.segments and len(self.segments[-1].sent) < per_segment:
            self.segments[-1].sent.append(sent)
            return
        if len(self.segments) == 2:
            del self.segments[0]
            self.earlier = True
        self.segments.append(Segment(before, [sent]))


def _session() -> SessionMixin:
    """This request's session itself: each use of the flask.session proxy looks it up again."""
    found: SessionMixin = session._get_current_object()  # type: ignore[attr-defined]
    return found


def _fresh() -> Conversation:
    return Conversation(state=copy.deepcopy(shared().opening_state))


def _per_segment() -> int:
    return max(1, int(current_app.config["TRANSCRIPT_TURNS"]) // 2)


def _valid_message(sent: object, max_chars: int) -> bool:
    if not isinstance(sent, dict):
        return False
    if "payload" in sent:
        payload = sent["payload"]
        return len(sent) == 1 and isinstance(payload, str) and 0 < len(payload) <= PAYLOAD_MAX_CHARS
    text = sent.get("text")
    return (
        isinstance(text, str)
        and len(text) <= max_chars
        and set(sent) <= {"text", "redacted"}
        and sent.get("redacted", True) is True
    )


def _segment(start: object, sent: object, per_segment: int, max_chars: int) -> Segment | None:
    if (
        not isinstance(start, dict)
        or not isinstance(sent, list)
        or not 0 < len(sent) <= per_segment
        or not all(_valid_message(m, max_chars) for m in sent)
    ):
        return None
    return Segment(start, sent)


def load() -> Conversation:
    """The conversation in this request's cookie, or a fresh one.

    The cookie is signed, so only its shape is checked here; the engine checks the states again.
    """
    data = _session()
    state = data.get("state")
    if (
        data.get("v") != SCHEMA
        or not isinstance(state, dict)
        or ("b" in data) != ("mid" in data)
        or ("a" not in data and ("b" in data or "base" in data))
    ):
        return _fresh()
    per_segment, max_chars = _per_segment(), int(current_app.config["MESSAGE_MAX_CHARS"])
    opening = shared().opening_state
    found = [
        _segment(data.get(start_key, opening), data[sent_key], per_segment, max_chars)
        for start_key, sent_key in SEGMENT_KEYS
        if sent_key in data
    ]
    segments = [s for s in found if s is not None]
    if len(segments) != len(found):
        return _fresh()
    return Conversation(state=state, segments=segments, earlier=data.get("earlier") is True)


def has_messages() -> bool:
    """Whether the cookie holds a conversation with messages, to go back to (read without replaying it)."""
    data = _session()
    return data.get("v") == SCHEMA and bool(data.get("a"))


def take_turn(conversation: Conversation, message: Message, shown_as: str) -> tuple[Reply, str]:
    """Ask the engine for a reply, add the message to the conversation and save it in the cookie.

    Returns the reply and the person's words as the transcript shows them: without any e-mail
    address, phone number, postcode or name the engine finds in them.
    """
    reply, state = shared().engine.respond(conversation.state, message)
    if reply.intent == RESTART_INTENT:
        clear()
        return reply, shown_as
    sent: dict[str, Any] = {"payload": message.payload}
    if not message.payload:
        cleaned, had_personal_data = shared().engine.redact(message.text)
        if had_personal_data:
            sent = {"text": " ".join(cleaned.split()), "redacted": True}
        else:
            sent = {"text": message.text}
        shown_as = shown_text(sent["text"], had_personal_data)
    # Where a replay of this message would start: the plan's lists stay in `state` only, as no reply reads them.
    before = replay_start(conversation.state)
    conversation.add(sent, before, _per_segment())
    conversation.state = state
    save(conversation, before)
    return reply, shown_as


def shown_text(text: str, redacted: bool) -> str:
    """Typed words as the transcript shows them: none of a message that had personal details in it.

    What is left once the details are out ("hi and , I live at") reads badly, and on a shared tablet
    the next person should not be able to piece anything together from it.
    """
    return REDACTED_NOTE if redacted else text


def save(conversation: Conversation, before: dict[str, Any]) -> None:
    """Write the conversation to the session, dropping the oldest messages to fit the cookie budget.

    `before` is the engine state before the last message: when even one segment is too big, the
    conversation keeps only that message, starting from there.
    """
    _write(conversation)
    budget = int(current_app.config["SESSION_COOKIE_BUDGET"])
    while conversation.segments and len(signed_cookie()) > budget:
        segments = conversation.segments
        if len(segments) > 1:
            del segments[0]
        elif len(segments[0].sent) > 1:
            segments[0] = Segment(before, segments[0].sent[-1:])
        else:
            segments.clear()
        conversation.earlier = True
        _write(conversation)


def clear() -> None:
    """Forget the conversation (and everything else in the cookie)."""
    session.clear()


def _write(conversation: Conversation) -> None:
    data = _session()
    for key in SESSION_KEYS:
        data.pop(key, None)
    data["v"] = SCHEMA
    data["state"] = conversation.state
    opening = shared().opening_state
    for (start_key, sent_key), segment in zip(SEGMENT_KEYS, conversation.segments, strict=False):
        if start_key != "base" or segment.start != opening:
            data[start_key] = segment.start
        data[sent_key] = segment.sent
    if conversation.earlier:
        data["earlier"] = True
