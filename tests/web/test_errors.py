"""Error pages share the site's look and each offers a way back; the API gets JSON."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from careers_bot.web import conversation
from tests.web.pages import Browser, Page


def assert_friendly(page_status: int, browser: Browser, heading: str) -> None:
    """The page in view has the status, the heading and links back."""
    page = browser.page
    assert page is not None
    assert page.status == page_status
    assert page.h1 == heading
    assert page.one('main a[href="/"]').get_text(strip=True) == "Back to the chat"
    assert page.one(".site-nav")


def test_404_page(browser: Browser) -> None:
    browser.get("/no-such-page")
    assert_friendly(404, browser, "Page not found")


def test_405_is_answered_plainly(browser: Browser) -> None:
    response = browser.client.post("/healthz")
    assert response.status_code == 405


def test_the_chat_address_opened_as_a_page_goes_to_the_chat(browser: Browser) -> None:
    response = browser.client.get("/chat")
    assert response.status_code == 303 and response.headers["Location"] == "/"


@pytest.mark.parametrize(
    ("path", "to"),
    [("/roles/care-worker/", "/roles/care-worker"), ("/support/?area=melton", "/support?area=melton")],
)
def test_an_address_with_a_slash_at_the_end_goes_to_the_page(browser: Browser, path: str, to: str) -> None:
    response = browser.client.get(path)
    assert response.status_code == 308 and response.headers["Location"] == to
    assert browser.client.get(to).status_code == 200


def test_400_page_when_the_csrf_token_has_expired(browser: Browser) -> None:
    browser.get("/")
    browser.page = Page(browser.client.post("/chat", data={"message": "hello", "csrf_token": "expired"}))
    assert_friendly(400, browser, "This page has expired")


def test_413_page(browser: Browser) -> None:
    browser.post("/chat", {"message": "x" * 20_000})
    assert_friendly(413, browser, "That was too much to send")


def test_429_page(browser: Browser, settings: Callable[..., AbstractContextManager[None]]) -> None:
    browser.get("/")
    with settings(CHAT_RATE_LIMIT="1 per minute"):
        browser.say("hello")
        browser.say("hello")
    assert_friendly(429, browser, "Please slow down a little")


def test_500_page(
    browser: Browser,
    settings: Callable[..., AbstractContextManager[None]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("the engine broke")

    browser.get("/")
    monkeypatch.setattr(conversation, "take_turn", broken)
    with settings(PROPAGATE_EXCEPTIONS=False):
        browser.say("hello")
    assert_friendly(500, browser, "Sorry, something went wrong on our side")
    assert browser.page is not None and "the engine broke" not in browser.page.text


def test_500_from_the_api_is_json(
    browser: Browser,
    settings: Callable[..., AbstractContextManager[None]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("the engine broke")

    browser.get("/")
    monkeypatch.setattr(conversation, "take_turn", broken)
    with settings(PROPAGATE_EXCEPTIONS=False):
        response = browser.api({"message": "hello"})
    assert response.status_code == 500
    assert response.get_json()["error"] == "server_error"


def test_404_from_the_api_is_json(browser: Browser) -> None:
    response = browser.client.get("/api/nothing-here")
    assert response.status_code == 404
    assert response.get_json()["error"] == "not_found"
