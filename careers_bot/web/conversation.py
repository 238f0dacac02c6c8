"""The conversation, kept in the signed session cookie and nowhere else.

The cookie holds the engine's small state and the last few turns as compact data: what the person
sent (their words or the label of the button they tapped; escaped wherever it is shown) and the reply
as plain data. Older turns are dropped so the cookie stays under a size budget. Any instance with the
same secret key can carry on any conversation; a cookie that fails its signature, is too old, or has
an unknown shape simply starts a fresh conversation.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, session

from careers_bot.engine.entities import strip_personal_data
from careers_bot.engine.reply import Message, Reply
from careers_bot.web.context import shared

SCHEMA = 1  # bump when the shape below changes: older cookies then start afresh
PLAN_INTENT = "plan"  # the engine's intent for "show me my plan"
RESTART_INTENT = "restart"  # the engine started again: so does the transcript


@dataclass
class Conversation:
    """The engine's state and the turns still shown, oldest first."""

    state: dict[str, Any] = field(default_factory=dict)
    turns: list[dict[str, Any]] = field(default_factory=list)
    earlier: bool = False  # some earlier turns are no longer shown

    @property
    def quick_replies(self) -> list[dict[str, str]]:
        """The buttons to offer now: the latest reply's, or the welcome's."""
        bot = self.turns[-1]["bot"] if self.turns else compact(shared().opening)
        buttons: list[dict[str, str]] = bot["quick_replies"]
        return list(buttons)

    def label_for(self, payload: str) -> str | None:
        """The label of the button that sends this payload: the one on offer, or one offered earlier."""
        offered = [self.quick_replies] + [t["bot"]["quick_replies"] for t in reversed(self.turns[:-1])]
        offered.append(compact(shared().opening)["quick_replies"])
        return next((q["label"] for buttons in offered for q in buttons if q["payload"] == payload), None)


def compact(reply: Reply) -> dict[str, Any]:
    """A reply as the plain data the transcript keeps: messages and buttons, empty fields left out."""
    data = reply.to_dict()
    messages = [{k: v for k, v in m.items() if v not in (None, "", [])} for m in data["messages"]]
    kept: dict[str, Any] = {"messages": messages, "quick_replies": data["quick_replies"]}
    if reply.intent == PLAN_INTENT:
        kept["plan"] = True  # the page shows a link to the plan under this reply
    return kept


def _is_text(value: object, limit: int = 4000) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _valid_message(message: object) -> bool:
    if not isinstance(message, dict) or message.get("type") not in ("text", "card"):
        return False
    return all(
        _is_text(v) or (k == "lines" and isinstance(v, list) and all(_is_text(x) for x in v))
        for k, v in message.items()
    )


def _valid_turn(turn: object) -> bool:
    if not isinstance(turn, dict) or not _is_text(turn.get("you")):
        return False
    bot = turn.get("bot")
    if not isinstance(bot, dict):
        return False
    messages, buttons = bot.get("messages"), bot.get("quick_replies")
    return (
        isinstance(bot.get("plan", False), bool)
        and isinstance(messages, list)
        and all(_valid_message(m) for m in messages)
        and isinstance(buttons, list)
        and all(
            isinstance(q, dict) and _is_text(q.get("label")) and _is_text(q.get("payload")) for q in buttons
        )
    )


def load() -> Conversation:
    """The conversation in this request's cookie, or a fresh one."""
    state, turns = session.get("state"), session.get("turns")
    if (
        session.get("v") != SCHEMA
        or not isinstance(state, dict)
        or not isinstance(turns, list)
        or not all(_valid_turn(t) for t in turns)
    ):
        return Conversation(state=copy.deepcopy(shared().opening_state))
    return Conversation(state=state, turns=turns, earlier=bool(session.get("earlier")))


def take_turn(conversation: Conversation, message: Message, shown_as: str) -> tuple[Reply, str]:
    """Ask the engine for a reply, add the turn to the transcript and save it in the cookie.

    Returns the reply and the person's words as the transcript keeps them: without any e-mail
    address, phone number, postcode or name the engine finds in them.
    """
    reply, state = shared().engine.respond(conversation.state, message)
    if reply.intent == RESTART_INTENT:
        clear()
        return reply, shown_as
    conversation.state = state
    if not message.payload:
        cleaned, had_personal_data = strip_personal_data(shown_as)
        if had_personal_data:
            shown_as = " ".join(cleaned.split()) + " (personal details removed)"
    conversation.turns.append({"you": shown_as, "bot": compact(reply)})
    save(conversation)
    return reply, shown_as


def save(conversation: Conversation) -> None:
    """Write the conversation to the session, dropping the oldest turns to fit the cookie budget."""
    config = current_app.config
    keep = int(config["TRANSCRIPT_TURNS"])
    if len(conversation.turns) > keep:
        conversation.turns = conversation.turns[-keep:]
        conversation.earlier = True
    _write(conversation)
    while _cookie_size() > config["SESSION_COOKIE_BUDGET"] and conversation.turns:
        if len(conversation.turns) > 1:
            conversation.turns.pop(0)
        elif any(m.get("lines") for m in conversation.turns[0]["bot"]["messages"]):
            # One very long reply: keep its titles and buttons, drop the details of its cards.
            for message in conversation.turns[0]["bot"]["messages"]:
                message.pop("lines", None)
        else:
            conversation.turns.clear()
        conversation.earlier = True
        _write(conversation)


def clear() -> None:
    """Forget the conversation (and everything else in the cookie)."""
    session.clear()


def _write(conversation: Conversation) -> None:
    session["v"] = SCHEMA
    session["state"] = conversation.state
    session["turns"] = conversation.turns
    if conversation.earlier:
        session["earlier"] = True


def _cookie_size() -> int:
    """How long the cookie's value would be if the response were sent now."""
    serializer = current_app.session_interface.get_signing_serializer(current_app)  # type: ignore[attr-defined]
    if serializer is None:
        return 0
    return len(serializer.dumps(dict(session)))
