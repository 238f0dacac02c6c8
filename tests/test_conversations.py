"""Conversation transcripts (tests/conversations/*.yaml) replayed turn by turn against the engine.

Each YAML file holds one conversation or a list of them. A conversation has a `name`, its `turns` and,
while the engine gets it wrong, an `xfail` line saying why (a strict xfail, so it fails once fixed).
A turn sends one thing, `tap: <payload>` (a button) or `send: <text>` (typed), and checks the reply:

- `intent`: what the engine understood; a list means any one of them.
- `says` / `first_says`: substrings of the reply's paragraphs / of its first paragraph.
- `not_says`: substrings that must appear nowhere in the reply (paragraphs, cards, buttons or entities).
- `buttons`: quick-reply labels that must be offered. `cards` / `not_cards`: card titles shown / not shown.
- `card_says`: substrings of the cards' titles, lines or contact details.
- `entities`: a subset of what the engine found (`{role: nursing-associate}`).

Text checks ignore case. Every reply is also checked not to repeat a paragraph. In a [bracketed] list,
put text that holds a ? or a colon in double quotes: `says: ["To carry on: How old are you?"]`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from careers_bot.engine import Engine, Message, Reply
from careers_bot.knowledge import load

CONVERSATIONS = Path(__file__).parent / "conversations"
CONVERSATION_KEYS = {"name", "turns", "xfail"}
TURN_KEYS = {
    "tap",
    "send",
    "intent",
    "says",
    "first_says",
    "not_says",
    "buttons",
    "cards",
    "not_cards",
    "card_says",
    "entities",
}
LIST_KEYS = {"says", "first_says", "not_says", "buttons", "cards", "not_cards", "card_says"}


def _checked(conversation: object, where: str) -> dict[str, Any]:
    """A conversation whose keys are known and whose turns each send exactly one thing, or an error."""
    if not isinstance(conversation, dict) or not isinstance(conversation.get("name"), str):
        raise ValueError(f"{where}: a conversation needs a `name`")
    where = f"{where}, {conversation['name']!r}"
    if unknown := set(conversation) - CONVERSATION_KEYS:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    turns = conversation.get("turns")
    if not isinstance(turns, list) or not turns:
        raise ValueError(f"{where}: `turns` must be a non-empty list")
    for number, turn in enumerate(turns, start=1):
        if not isinstance(turn, dict):
            raise ValueError(f"{where}, turn {number}: a turn is a mapping")
        if unknown := set(turn) - TURN_KEYS:
            raise ValueError(f"{where}, turn {number}: unknown keys {sorted(unknown)}")
        if ("tap" in turn) == ("send" in turn):
            raise ValueError(f"{where}, turn {number}: give exactly one of `tap` or `send`")
        for key in LIST_KEYS & set(turn):
            if not isinstance(turn[key], list):
                raise ValueError(f"{where}, turn {number}: `{key}` must be a list")
        if "entities" in turn and not isinstance(turn["entities"], dict):
            raise ValueError(f"{where}, turn {number}: `entities` must be a mapping")
    return conversation


def _conversations() -> list[Any]:
    """Every conversation in every transcript file, as pytest params named after the conversation."""
    params: list[Any] = []
    names: set[str] = set()
    for path in sorted(CONVERSATIONS.glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in loaded if isinstance(loaded, list) else [loaded]:
            conversation = _checked(item, path.name)
            if conversation["name"] in names:
                raise ValueError(f"{path.name}: two conversations are named {conversation['name']!r}")
            names.add(conversation["name"])
            marks: list[pytest.MarkDecorator] = []
            if "xfail" in conversation:
                marks.append(pytest.mark.xfail(reason=str(conversation["xfail"]), strict=True))
            params.append(pytest.param(conversation, id=conversation["name"], marks=marks))
    return params


@pytest.fixture(scope="session")
def engine() -> Engine:
    """One engine over the bundled knowledge base, shared by every conversation."""
    return Engine(load().knowledge)


def _card_text(reply: Reply) -> list[str]:
    """Everything each card shows: title, lines and contact details, one string per card."""
    return [
        " ".join([card.title, *card.lines, *(x for x in (card.phone, card.email, card.url) if x)]).lower()
        for card in reply.cards
    ]


def _describe(number: int, sent: str, reply: Reply) -> str:
    """The turn and the reply as a failure message: what was sent, and what came back."""
    lines = [f"turn {number}: sent {sent}", f"  intent: {reply.intent} ({reply.confidence:.2f})"]
    lines += [f"  says: {text}" for text in reply.texts]
    lines += [f"  card: {card.title}" for card in reply.cards]
    lines.append(f"  buttons: {[q.label for q in reply.quick_replies]}")
    lines.append(f"  entities: {reply.entities}")
    return "\n".join(lines)


def _problems(turn: dict[str, Any], reply: Reply) -> list[str]:
    """What the reply gets wrong against one turn's expectations; empty when it is right."""
    problems: list[str] = []
    texts = [t.lower() for t in reply.texts]
    cards = _card_text(reply)
    titles = [card.title.lower() for card in reply.cards]
    labels = [q.label.lower() for q in reply.quick_replies]
    everything = " ".join([*texts, *cards, *labels, str(reply.entities).lower()])
    intent = turn.get("intent")
    if intent is not None and reply.intent not in (intent if isinstance(intent, list) else [intent]):
        problems.append(f"intent should be {intent}")
    problems += [f"should say {s!r}" for s in turn.get("says", []) if not any(s.lower() in t for t in texts)]
    if first := turn.get("first_says", []):
        problems += [f"should say first {s!r}" for s in first if not texts or s.lower() not in texts[0]]
    problems += [f"should not show {s!r}" for s in turn.get("not_says", []) if s.lower() in everything]
    problems += [f"should offer button {b!r}" for b in turn.get("buttons", []) if b.lower() not in labels]
    problems += [f"should show card {c!r}" for c in turn.get("cards", []) if c.lower() not in titles]
    problems += [f"should not show card {c!r}" for c in turn.get("not_cards", []) if c.lower() in titles]
    problems += [
        f"a card should say {s!r}"
        for s in turn.get("card_says", [])
        if not any(s.lower() in c for c in cards)
    ]
    for key, value in turn.get("entities", {}).items():
        if reply.entities.get(key) != value:
            problems.append(f"entities[{key!r}] should be {value!r}")
    if len(set(texts)) != len(texts):
        problems.append("the reply repeats a paragraph")
    return problems


@pytest.mark.parametrize("conversation", _conversations())
def test_conversation(engine: Engine, conversation: dict[str, Any]) -> None:
    """Each turn of the transcript gets the reply it describes, from a fresh opening state."""
    _, state = engine.opening()
    for number, turn in enumerate(conversation["turns"], start=1):
        if "tap" in turn:
            message, sent = Message(payload=str(turn["tap"])), f"tap {turn['tap']!r}"
        else:
            message, sent = Message(text=str(turn["send"])), f"send {turn['send']!r}"
        reply, state = engine.respond(state, message)
        problems = _problems(turn, reply)
        assert not problems, _describe(number, sent, reply) + "\n  wrong: " + "; ".join(problems)
