"""The chat without JavaScript: form posts, redirects and the transcript kept in the cookie."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest
from flask import Flask
from flask.testing import FlaskClient

from careers_bot.web.conversation import SCHEMA
from tests.web.pages import Browser

WELCOME = "I'm the Care Careers Guide"


def test_home_page_welcomes_and_offers_who_are_you_buttons(browser: Browser) -> None:
    page = browser.get("/")
    assert page.status == 200
    assert WELCOME in page.text
    assert "I'm at school or college" in page.buttons
    assert page.one("#transcript")["role"] == "log"
    assert page.one("#transcript")["aria-live"] == "polite"
    assert page.response.headers["Cache-Control"] == "no-store"


def test_a_reply_bubble_starts_with_its_first_paragraph(browser: Browser) -> None:
    """The bubble keeps line breaks, so white space before its first paragraph would show as a blank line."""
    page = browser.say("how much do care workers earn")
    for bubble in page.all(".bubble-bot"):
        assert bubble.contents and bubble.contents[0].name == "p"


def test_home_page_has_a_labelled_message_box_and_start_again(browser: Browser) -> None:
    page = browser.get("/")
    assert page.one('label[for="message"]')
    assert page.one("#message-form")["action"] == "/chat"
    assert page.one("a#start-again").get_text(strip=True) == "Start again"
    assert page.one("#message-form")["data-api-url"] == "/api/chat"


def test_quick_replies_are_real_submit_buttons_in_a_form(browser: Browser) -> None:
    page = browser.get("/")
    form = page.one("#quick-replies")
    assert form.name == "form" and form["method"] == "post" and form["action"] == "/chat"
    assert form.select_one('input[name="csrf_token"]')
    for button in form.select("button"):
        assert button["type"] == "submit" and button["name"] == "payload" and button["value"]


def test_a_student_finds_jobs_by_tapping_buttons_then_opens_the_plan(browser: Browser) -> None:
    browser.get("/")
    page = browser.tap("I'm at school or college")
    assert page.status == 200
    assert "I'm at school or college" in page.texts(".bubble-you")
    page = browser.tap("Helping people")
    page = browser.tap("In a hospital")
    assert "Here are some jobs that could suit you" in page.text
    role_links = [a["href"] for a in page.all("#latest .card-title a")]
    assert role_links and all(str(href).startswith("/roles/") for href in role_links)
    page = browser.tap("See my plan")
    assert page.response.request.path == "/plan"
    assert page.h1 == "Your plan"
    assert "Healthcare support worker" in page.text
    page = browser.get("/")
    assert "Open my plan" in page.one("#latest").get_text()
    page = browser.tap("Main menu")
    assert "I'm at school or college" in page.buttons


def test_each_post_redirects_to_the_latest_reply(browser: Browser) -> None:
    browser.get("/")
    response = browser.client.post(
        "/chat", data={"csrf_token": browser.token(), "payload": "start:student"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["Location"] == "/#latest"


def test_the_latest_reply_is_the_focus_target_after_the_redirect(browser: Browser) -> None:
    page = browser.say("what does a care worker earn")
    latest = page.one("#latest")
    assert latest["tabindex"] == "-1"
    assert latest is page.all(".turn-bot")[-1]


def test_typed_question_is_answered_and_shown_escaped(browser: Browser) -> None:
    page = browser.say("<b>what does a care worker earn?</b>")
    assert page.status == 200
    assert "<b>what does" not in page.html
    assert "&lt;b&gt;what does a care worker earn?&lt;/b&gt;" in page.html
    assert page.texts(".bubble-you")[-1] == "<b>what does a care worker earn?</b>"
    assert page.one("#latest").select(".bubble-bot")


def test_message_over_the_limit_asks_to_keep_it_shorter_and_keeps_the_text(browser: Browser) -> None:
    long_text = "I would like to work in care " * 20
    page = browser.say(long_text)
    assert page.status == 422
    assert "Please keep it shorter" in page.one("#message-error").get_text()
    assert page.one("#message")["value"] == long_text
    assert page.one("#message")["aria-invalid"] == "true"
    assert "message-error" in page.one("#message")["aria-describedby"]
    assert not page.all(".bubble-you"), "nothing was sent"


def test_message_box_stops_at_the_servers_limit(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    assert browser.get("/").one("#message")["maxlength"] == "500"
    with settings(MESSAGE_MAX_CHARS=200):
        page = browser.get("/")
    assert page.one("#message")["maxlength"] == "200"
    assert "Up to 200 characters" in page.one("#message-hint").get_text()
    # Room for chat.js's count: shown on screen only, and read out by its own polite live region.
    assert page.one("#message-count")["aria-hidden"] == "true"
    assert page.one("#message-count-live")["aria-live"] == "polite"


def test_message_of_exactly_the_limit_is_answered(browser: Browser) -> None:
    page = browser.say("care " * 99 + "care")
    assert page.status == 200
    assert len(page.all(".bubble-you")) == 1


def test_empty_message_asks_for_a_question(browser: Browser) -> None:
    page = browser.say("   ")
    assert page.status == 422
    assert "Type a question" in page.one("#message-error").get_text()


def test_tapped_button_shows_its_label_not_its_payload(browser: Browser) -> None:
    browser.get("/")
    page = browser.tap("Just browsing")
    assert page.texts(".bubble-you") == ["Just browsing"]
    assert "start:browse" not in page.text


def test_personal_details_typed_are_not_kept_in_the_transcript(browser: Browser) -> None:
    page = browser.say("my name is Sarah, call me on 07700 900123, can I be a carer")
    shown = page.texts(".bubble-you")[-1]
    assert "07700" not in shown and "Sarah" not in shown and "carer" not in shown
    assert shown == "(Your message is not shown here, as it had personal details in it.)"


def test_start_again_forgets_the_conversation(browser: Browser) -> None:
    browser.say("what does a care worker earn")
    page = browser.post("/reset", {})
    assert page.response.request.path == "/"
    assert not page.all(".bubble-you")
    assert WELCOME in page.text


def test_start_again_without_javascript_asks_first_and_keeps_the_chat_until_yes(browser: Browser) -> None:
    browser.say("what does a care worker earn")
    start = browser.get("/").one("#start-again")
    assert start.name == "a", "a link to a page that asks, not a form that clears at once"
    page = browser.get(str(start["href"]))
    assert page.status == 200 and page.h1 == "Clear this chat?"
    assert (
        page.one('main form[action="/reset"][method="post"] button').get_text(strip=True) == "Yes, clear it"
    )
    assert page.one("main .clear-buttons a").get_text(strip=True) == "No, keep it"
    assert page.one("main .clear-buttons a")["href"] == "/#latest"
    # Only asking: the conversation is still there.
    assert browser.get("/").texts(".bubble-you") == ["what does a care worker earn"]
    browser.get("/reset")
    response = browser.client.post("/reset", data={"csrf_token": browser.token()})
    # The fresh chat opens at its welcome, which takes the focus (it is the latest turn).
    assert response.status_code == 303 and response.headers["Location"] == "/#latest"
    page = browser.get("/")
    assert not page.all(".bubble-you")
    assert page.one("#latest")["tabindex"] == "-1" and WELCOME in page.one("#latest").get_text()


@pytest.mark.parametrize(
    ("came_from", "keep_url"),
    [("plan", "/plan"), ("chat", "/#latest"), ("https://example.com/", "/#latest"), ("", "/#latest")],
)
def test_no_keep_it_goes_back_to_the_page_that_asked_and_nowhere_else(
    browser: Browser, came_from: str, keep_url: str
) -> None:
    page = browser.get("/reset", query_string={"from": came_from})
    assert page.one("main .clear-buttons a")["href"] == keep_url


def test_the_chat_asks_in_place_with_its_script(browser: Browser) -> None:
    """The question chat.js shows: hidden until Start again, labelled for screen readers, with both answers."""
    page = browser.get("/")
    confirm = page.one("#clear-confirm")
    assert confirm.has_attr("hidden") and confirm["role"] == "group"
    assert confirm["aria-labelledby"] == "clear-question"
    assert page.one("#clear-question")["tabindex"] == "-1"
    assert "Clear this chat?" in page.one("#clear-question").get_text()
    assert confirm.select_one('form[action="/reset"] button').get_text(strip=True) == "Yes, clear it"
    assert page.one("#keep-chat").get_text(strip=True) == "No, keep it"


def test_start_again_button_from_the_engine_clears_the_transcript(browser: Browser) -> None:
    browser.get("/")
    browser.tap("Just browsing")
    page = browser.post("/chat", {"payload": "restart"})
    assert not page.all(".bubble-you")
    assert WELCOME in page.text


def test_transcript_keeps_only_the_last_few_turns(browser: Browser, app: Flask) -> None:
    keep = app.config["TRANSCRIPT_TURNS"]
    for _ in range(keep + 2):
        page = browser.say("what does a care worker earn")
    assert len(page.all(".bubble-you")) <= keep
    assert "Earlier messages are hidden" in page.text


def test_session_cookie_stays_under_the_budget_with_long_replies(browser: Browser, app: Flask) -> None:
    browser.get("/")
    for question in [
        "care worker",
        "healthcare support worker",
        "nursing associate",
        "registered manager",
    ] * 3:
        browser.say(f"tell me everything about being a {question}, pay, training and where it leads")
    cookie = browser.client.get_cookie(app.config["SESSION_COOKIE_NAME"])
    assert cookie is not None
    assert len(cookie.value) <= app.config["SESSION_COOKIE_BUDGET"]


def test_conversation_carries_on_across_requests(browser: Browser) -> None:
    browser.get("/")
    browser.tap("I'm at school or college")
    page = browser.get("/")
    assert page.texts(".bubble-you") == ["I'm at school or college"]
    assert "Helping people" in page.buttons


def test_tampered_cookie_starts_a_fresh_conversation(
    browser: Browser, app: Flask, client: FlaskClient
) -> None:
    browser.say("what does a care worker earn")
    name = app.config["SESSION_COOKIE_NAME"]
    cookie = client.get_cookie(name)
    assert cookie is not None
    client.set_cookie(name, cookie.value[:-4] + ("AAAA" if not cookie.value.endswith("AAAA") else "BBBB"))
    page = browser.get("/")
    assert page.status == 200
    assert not page.all(".bubble-you")
    assert WELCOME in page.text
    page = browser.tap("Just browsing")
    assert page.status == 200


def test_cookie_with_an_old_shape_starts_a_fresh_conversation(browser: Browser, client: FlaskClient) -> None:
    with client.session_transaction() as session:
        session["v"] = 1
        session["state"] = {"flow": "student", "v": 1}
        session["turns"] = [{"you": "hi", "bot": {"messages": [], "quick_replies": []}}]
    page = browser.get("/")
    assert page.status == 200
    assert not page.all(".bubble-you")
    assert WELCOME in page.text


@pytest.mark.parametrize(
    "kept",
    [
        {"a": "not a list"},
        {"a": [{"payload": "start:student", "label": "Claimed label"}]},
        {"a": [{"payload": "start:student", "text": "both"}]},
        {"a": [{"text": "hi", "redacted": False}]},
        {"a": [{"text": 7}]},
        {"a": [{"text": "x" * 2000}]},
        {"a": [{"payload": ""}]},
        {"a": [{"text": "hi"}] * 50},
        {"a": []},
        {"a": [{"text": "hi"}], "b": [{"text": "there"}]},
        {"a": [{"text": "hi"}], "mid": {"v": 1}},
        {"b": [{"text": "hi"}], "mid": {"v": 1}},
        {"a": [{"text": "hi"}], "base": "not a state"},
    ],
)
def test_signed_cookie_with_a_malformed_transcript_starts_fresh(
    browser: Browser, client: FlaskClient, kept: dict[str, object]
) -> None:
    with client.session_transaction() as session:
        session["v"] = SCHEMA
        session["state"] = {"flow": "student", "v": 1}
        session.update(kept)
    page = browser.get("/")
    assert page.status == 200
    assert not page.all(".bubble-you")
    assert "Claimed label" not in page.text
    assert WELCOME in page.text


def test_garbage_state_in_a_signed_cookie_does_not_break_the_chat(
    browser: Browser, client: FlaskClient
) -> None:
    with client.session_transaction() as session:
        session["v"] = SCHEMA
        session["state"] = {"flow": 7, "roles": "nope", "slots": [1, 2]}
        session["base"] = {"flow": "gone", "trail": 3}
        session["a"] = [{"text": "hello"}]
    assert browser.get("/").status == 200
    page = browser.say("what does a care worker earn")
    assert page.status == 200
    assert "£" in page.text


def test_unknown_payload_is_answered_not_an_error(browser: Browser) -> None:
    page = browser.post("/chat", {"payload": "no-such-button"})
    assert page.status == 200
    assert page.buttons


def test_kiosk_timings_come_from_the_settings(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    with settings(KIOSK=True, KIOSK_IDLE_SECONDS=45, KIOSK_WARNING_SECONDS=15):
        body = browser.get("/").one("body")
    assert body["data-kiosk-idle"] == "45" and body["data-kiosk-warning"] == "15"


def test_kiosk_mode_adds_the_idle_timer_and_still_there_prompt(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    with settings(KIOSK=True):
        page = browser.get("/")
    body = page.one("body")
    assert body["data-kiosk-idle"] == "90" and body["data-kiosk-warning"] == "30"
    assert body["data-reset-url"] == "/reset"
    assert page.one("#kiosk-prompt").has_attr("hidden")
    assert "Still there?" in page.one("#kiosk-prompt").get_text()
    assert "/static/js/kiosk.js" in [s["src"] for s in page.all("script")]


def test_without_kiosk_mode_there_is_no_idle_timer(browser: Browser) -> None:
    page = browser.get("/")
    assert not page.one("body").has_attr("data-kiosk-idle")
    assert not page.all("#kiosk-prompt")
    assert "/static/js/kiosk.js" not in [s["src"] for s in page.all("script")]


def test_kiosk_reset_wipes_the_conversation_and_answers_json(browser: Browser, client: FlaskClient) -> None:
    browser.say("what does a care worker earn")
    response = client.post("/reset", headers={"X-CSRFToken": browser.token(), "Accept": "application/json"})
    assert response.status_code == 200
    assert response.get_json() == {"reset": True}
    page = browser.get("/")
    assert not page.all(".bubble-you")


def test_a_button_from_an_earlier_reply_still_shows_its_label(browser: Browser) -> None:
    browser.get("/")
    browser.tap("I'm at school or college")
    browser.tap("Helping people")
    page = browser.post("/chat", {"payload": "start:browse"})
    assert page.texts(".bubble-you") == ["I'm at school or college", "Helping people", "Just browsing"]


def test_start_again_is_offered_once_beside_the_message_box_not_as_a_quick_reply(browser: Browser) -> None:
    browser.get("/")
    page = browser.tap("I'm at school or college")
    assert "Back" in page.buttons, "a journey's question offers Back (and, from the engine, Start again)"
    assert "Start again" not in page.buttons
    assert [b.get_text(strip=True) for b in page.all("button, a")].count("Start again") == 1
    assert page.one("#start-again").get_text(strip=True) == "Start again"
