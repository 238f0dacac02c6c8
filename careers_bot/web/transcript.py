"""The transcript the chat page shows, rebuilt by replaying the messages kept in the cookie.

The engine is deterministic: the same state and message always give the same reply. So the cookie
keeps only what was sent, and the page asks the engine again (a few quick turns, only when the page
is drawn). Labels are never taken from the cookie: a tapped button is shown by the label the
replayed replies gave it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from careers_bot.engine.reply import Message, Reply
from careers_bot.web.context import shared
from careers_bot.web.conversation import Conversation, shown_text

PLAN_INTENT = "plan"  # the engine's intent for "show me my plan"
RESTART_PAYLOAD = "restart"  # the engine's "Start again" button: the page has its own, beside the message box


@dataclass(frozen=True)
class Turn:
    """One turn as the page shows it: what the person sent, and the reply as plain data."""

    you: str
    bot: dict[str, Any]


@dataclass
class Transcript:
    """The turns still shown, oldest first, and whether earlier ones are hidden."""

    turns: list[Turn] = field(default_factory=list)
    earlier: bool = False

    @property
    def quick_replies(self) -> list[dict[str, str]]:
        """The buttons to offer now: the latest reply's, or the welcome's."""
        bot = self.turns[-1].bot if self.turns else shared().opening_view
        return on_the_page(bot["quick_replies"])


def compact(reply: Reply) -> dict[str, Any]:
    """A reply as plain data for the page: messages and buttons, empty fields left out."""
    data = reply.to_dict()
    messages = [{k: v for k, v in m.items() if v not in (None, "", [])} for m in data["messages"]]
    kept: dict[str, Any] = {"messages": messages, "quick_replies": data["quick_replies"]}
    if reply.intent == PLAN_INTENT:
        kept["plan"] = True  # the page shows a link to the plan under this reply
    return kept


def on_the_page(buttons: list[dict[str, str]]) -> list[dict[str, str]]:
    """The buttons to show as chips: all but "Start again", which the page always has."""
    return [b for b in buttons if b["payload"] != RESTART_PAYLOAD]


def opening_label(payload: str) -> str | None:
    """The label of the welcome's button that sends this payload, if it has one."""
    buttons = shared().opening_view["quick_replies"]
    return next((b["label"] for b in buttons if b["payload"] == payload), None)


def replay(conversation: Conversation) -> Transcript:
    """The turns kept in the conversation, each reply asked of the engine again."""
    engine = shared().engine
    offered: list[list[dict[str, str]]] = []  # the buttons of each reply so far, oldest first
    turns = []
    for segment in conversation.segments:
        state = segment.start
        for sent in segment.sent:
            reply, state = engine.respond(state, Message(**sent))
            bot = compact(reply)
            turns.append(Turn(_you(sent, offered), bot))
            offered.append(bot["quick_replies"])
    return Transcript(turns, conversation.earlier)


def _you(sent: dict[str, Any], offered: list[list[dict[str, str]]]) -> str:
    """What the person sent: their words, or the label of the button as the reply before offered it."""
    payload = sent.get("payload")
    if not payload:
        return shown_text(sent["text"], bool(sent.get("redacted")))
    for buttons in reversed(offered):
        label = next((b["label"] for b in buttons if b["payload"] == payload), None)
        if label:
            return label
    return opening_label(payload) or payload
