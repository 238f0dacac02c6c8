"""The transcript: messages kept in the cookie, replies rebuilt on the page by asking the engine again."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import pytest
from bs4 import Tag
from flask import Flask
from flask.testing import FlaskClient

from tests.web.pages import Browser

PERSONAL = (
    "my name is Sarah, call me on 07700 900123 or sarah@example.com, I live at 12 High Street LE1 5WW, "
    "can I be a carer"
)
# Taps and typed questions, with a journey, a step back and personal details along the way.
CONVERSATION: list[dict[str, str]] = [
    {"payload": "start:student", "label": "I'm at school or college"},
    {"payload": "answer:helping-people", "label": "Helping people"},
    {"payload": "answer:hospital", "label": "In a hospital"},
    {"message": "what does a care worker earn"},
    {"message": "how do I become a nurse"},
    {"message": PERSONAL},
    {"payload": "start:jobseeker", "label": "I'm looking for work or a change"},
    {"message": "I'm 45"},
    {"payload": "back", "label": "Back"},
    {"message": "no qualifications"},
    {"message": "looked after my mum"},
    {"message": "what is an apprenticeship"},
    {"message": "can I work part time"},
]


def cookie_data(app: Flask, client: FlaskClient) -> dict[str, Any]:
    """The session cookie, checked and decoded as the app reads it."""
    cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    serializer = app.session_interface.get_signing_serializer(app)  # type: ignore[attr-defined]
    data: dict[str, Any] = serializer.loads(cookie.value)
    return data


def said(messages: list[dict[str, Any]]) -> list[str]:
    """A reply's paragraphs and card titles, in order."""
    return [" ".join((m["text"] if m["type"] == "text" else m["title"]).split()) for m in messages]


def shown(turn: Tag) -> list[str]:
    """A reply on the page: its paragraphs and card titles, in order."""
    return [" ".join(tag.get_text(" ").split()) for tag in turn.select(".bubble-bot p, .card-title")]


def test_the_page_shows_the_replies_the_api_gave(browser: Browser) -> None:
    replies = []
    for body in CONVERSATION[:6]:
        response = browser.api(body)
        assert response.status_code == 200
        replies.append(said(response.get_json()["messages"]))
    page = browser.get("/")
    turns = page.all(".turn-bot")[1:]  # after the welcome
    assert [shown(turn) for turn in turns] == replies
    assert "Please do not share personal details" in " ".join(replies[-1]), "the note comes back too"
    assert page.texts(".bubble-you")[:3] == ["I'm at school or college", "Helping people", "In a hospital"]
    assert page.texts(".bubble-you")[3:5] == ["what does a care worker earn", "how do I become a nurse"]
    assert (
        page.texts(".bubble-you")[5] == "(Your message is not shown here, as it had personal details in it.)"
    )


@pytest.mark.parametrize("send", ["api", "form"])
def test_personal_details_never_reach_the_cookie(browser: Browser, app: Flask, send: str) -> None:
    if send == "api":
        assert browser.api({"message": PERSONAL}).status_code == 200
    else:
        assert browser.say(PERSONAL).status == 200
    data = cookie_data(app, browser.client)
    kept = json.dumps(data, ensure_ascii=False)
    for detail in ("Sarah", "sarah", "07700", "900123", "example.com", "LE1", "5WW", "High", "Street"):
        assert detail not in kept
    assert data["a"] == [{"text": data["a"][0]["text"], "redacted": True}]
    assert "can I be a carer" in data["a"][0]["text"]


def test_a_label_the_browser_claims_never_reaches_the_cookie(browser: Browser, app: Flask) -> None:
    browser.api({"payload": "start:browse", "label": "Call Sarah on 07700 900123"})
    data = cookie_data(app, browser.client)
    assert data["a"] == [{"payload": "start:browse"}]
    assert "Sarah" not in json.dumps(data)


def test_long_non_ascii_messages_keep_the_cookie_under_the_budget(browser: Browser, app: Flask) -> None:
    budget = app.config["SESSION_COOKIE_BUDGET"]
    limit = app.config["MESSAGE_MAX_CHARS"]
    pick = random.Random(4)
    alphabets = ["éèàüößçñ", "日本語の介護職について", "😀🩺💉🏥🚑❤️", "Здравствуйте", "ab cd ef"]
    name = app.config["SESSION_COOKIE_NAME"]
    for turn in range(12):
        letters = alphabets[turn % len(alphabets)]
        text = "".join(pick.choice(letters) for _ in range(limit))
        response = browser.api({"message": text})
        assert response.status_code == 200
        cookie = browser.client.get_cookie(name)
        assert cookie is not None
        assert len(cookie.value) <= budget
    page = browser.get("/")
    assert page.status == 200
    assert "Earlier messages are hidden" in page.text


def test_messages_roll_over_into_two_segments_past_the_transcript_length(
    browser: Browser, app: Flask
) -> None:
    keep = app.config["TRANSCRIPT_TURNS"]
    half = keep // 2
    replies: list[list[str]] = []
    typed: list[str | None] = []
    for number, body in enumerate(CONVERSATION, start=1):
        response = browser.api(body)
        assert response.status_code == 200
        replies.append(said(response.get_json()["messages"]))
        typed.append(body.get("message"))

        data = cookie_data(app, browser.client)
        count = number if number <= keep else half + (number - 1) % half + 1
        assert len(data["a"]) == min(count, half)
        assert len(data.get("b", [])) == count - min(count, half)
        assert ("mid" in data) == (count > half)
        assert ("base" in data) == (number > keep), "the first segment starts at the welcome until it rolls"
        assert data.get("earlier", False) == (number > keep)

        page = browser.get("/")
        assert [shown(turn) for turn in page.all(".turn-bot")[1:]] == replies[-count:]
        bubbles = page.texts(".bubble-you")
        assert len(bubbles) == count
        for bubble, words in zip(bubbles, typed[-count:], strict=True):
            if words and words != PERSONAL:
                assert bubble == words
        assert ("Earlier messages are hidden" in page.text) == (number > keep)


def test_a_turn_never_asks_the_engine_more_than_once(
    browser: Browser, app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    for body in CONVERSATION[:10]:
        browser.api(body)
    engine = app.extensions["careers_bot"].engine
    calls = []
    answer = engine.respond
    monkeypatch.setattr(engine, "respond", lambda *args: calls.append(args) or answer(*args))
    browser.api({"message": "what does a nurse earn"})
    assert len(calls) == 1, "no replay on a chat turn"
    browser.get("/")
    assert len(calls) <= 1 + app.config["TRANSCRIPT_TURNS"], "a page replays at most the turns it shows"


def incompressible(pick: random.Random, length: int) -> str:
    """Text zlib cannot shrink: random characters from a large alphabet (three bytes each in UTF-8)."""
    return "".join(chr(0x4E00 + pick.randrange(4000)) for _ in range(length))


def test_a_message_too_long_to_keep_with_the_others_is_kept_alone(
    browser: Browser, app: Flask, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    pick = random.Random(9)
    with settings(SESSION_COOKIE_BUDGET=2600):
        browser.api({"payload": "start:student"})
        browser.api({"message": incompressible(pick, 500)})
        response = browser.api({"message": incompressible(pick, 500)})
        data = cookie_data(app, browser.client)
        page = browser.get("/")
    assert data["a"] == [{"text": data["a"][0]["text"]}] and "b" not in data
    assert data["base"]["flow"] == "student", "it starts from the state before it, mid-journey"
    assert [shown(turn) for turn in page.all(".turn-bot")[1:]] == [said(response.get_json()["messages"])]
    assert "Earlier messages are hidden" in page.text


def test_a_message_too_long_for_the_cookie_is_dropped_but_the_conversation_carries_on(
    browser: Browser, app: Flask, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    with settings(SESSION_COOKIE_BUDGET=1200):
        browser.api({"payload": "start:student"})
        browser.api({"message": incompressible(random.Random(3), 500)})
        cookie = browser.client.get_cookie(app.config["SESSION_COOKIE_NAME"])
        assert cookie is not None and len(cookie.value) <= 1200
        page = browser.get("/")
        assert not page.all(".bubble-you")
        assert "Earlier messages are hidden" in page.text
        body = browser.api({"payload": "answer:helping-people"}).get_json()
    assert body["intent"] == "flow-answer", "the journey carries on from the state kept"
