"""CSRF, security headers, cookie flags, size and rate limits."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest
from flask import Flask
from flask.testing import FlaskClient

from careers_bot.config import ConfigError
from careers_bot.web import ratelimit
from careers_bot.web.security import HEADERS
from tests.web.pages import Browser

PAGES = ["/", "/roles", "/roles/care-worker", "/pathways", "/support", "/plan", "/healthz", "/no-such-page"]


@pytest.mark.parametrize("url", PAGES)
def test_every_response_carries_the_security_headers(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    for name, value in HEADERS.items():
        assert response.headers[name] == value
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_static_files_carry_the_security_headers_too(client: FlaskClient) -> None:
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    response.close()


def test_session_cookie_is_httponly_and_samesite_lax(browser: Browser) -> None:
    browser.get("/")
    response = browser.client.post("/chat", data={"csrf_token": browser.token(), "message": "hello"})
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie, "development runs on plain http"


def test_session_cookie_is_secure_outside_development(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    browser.get("/")
    with settings(SESSION_COOKIE_SECURE=True):
        response = browser.client.post("/chat", data={"csrf_token": browser.token(), "message": "hello"})
    assert "Secure" in response.headers["Set-Cookie"]


@pytest.mark.parametrize("url", ["/chat", "/reset"])
def test_form_post_without_csrf_token_is_refused_with_a_friendly_page(client: FlaskClient, url: str) -> None:
    client.get("/")
    response = client.post(url, data={"message": "hello"})
    assert response.status_code == 400
    assert "This page has expired" in response.get_data(as_text=True)
    assert 'href="/"' in response.get_data(as_text=True)


def test_form_post_with_a_wrong_csrf_token_is_refused(browser: Browser) -> None:
    browser.get("/")
    response = browser.client.post("/chat", data={"csrf_token": "not-the-token", "message": "hello"})
    assert response.status_code == 400


def test_api_without_csrf_token_is_refused_as_json(browser: Browser) -> None:
    browser.get("/")
    response = browser.api({"message": "hello"}, token=None)
    assert response.status_code == 400
    assert response.get_json()["error"] == "csrf"


def test_csrf_token_from_another_session_is_refused(app: Flask, browser: Browser) -> None:
    other = Browser(app.test_client())
    browser.get("/")
    response = browser.api({"message": "hello"}, token=other.token())
    assert response.status_code == 400


def test_request_body_over_the_cap_is_refused_with_413(browser: Browser) -> None:
    token = browser.token()
    response = browser.client.post("/chat", data={"csrf_token": token, "message": "x" * 20_000})
    assert response.status_code == 413
    assert "too long" in response.get_data(as_text=True)


def test_api_body_over_the_cap_is_refused_with_413_json(browser: Browser) -> None:
    response = browser.api({"message": "x" * 20_000})
    assert response.status_code == 413
    assert response.get_json()["error"] == "too_large"


def test_chat_api_is_rate_limited_per_client_with_a_friendly_429(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    browser.get("/")
    with settings(CHAT_RATE_LIMIT="3 per minute"):
        statuses = [browser.api({"message": "hello"}).status_code for _ in range(4)]
        response = browser.api({"message": "hello"})
    assert statuses == [200, 200, 200, 429]
    assert response.status_code == 429
    assert response.get_json()["error"] == "too_many_requests"
    assert 1 <= int(response.headers["Retry-After"]) <= 60


def test_only_chat_turns_count_towards_the_rate_limit(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    with settings(CHAT_RATE_LIMIT="1 per minute"):
        for _ in range(3):
            assert browser.get("/").status == 200
            assert browser.get("/roles").status == 200
        assert browser.api({"message": "hello"}).status_code == 200
        assert browser.api({"message": "hello"}).status_code == 429


def test_responses_do_not_carry_rate_limit_headers(browser: Browser) -> None:
    response = browser.api({"message": "hello"})
    assert response.status_code == 200
    assert not [name for name in response.headers.keys() if name.lower().startswith("x-ratelimit")]


def test_form_chat_shares_the_rate_limit_and_shows_a_friendly_page(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    browser.get("/")
    with settings(CHAT_RATE_LIMIT="2 per minute"):
        browser.api({"message": "hello"})
        browser.say("hello")
        page = browser.say("hello")
    assert page.status == 429
    assert "Please slow down" in page.text
    assert page.one('main a[href="/"]')


def test_rate_limit_is_counted_per_client_address(
    app: Flask, browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    other = Browser(app.test_client())
    with settings(CHAT_RATE_LIMIT="1 per minute"):
        assert browser.api({"message": "hello"}).status_code == 200
        assert browser.api({"message": "hello"}).status_code == 429
        elsewhere = other.client.post(
            "/api/chat",
            json={"message": "hello"},
            headers={"X-CSRFToken": other.token()},
            environ_base={"REMOTE_ADDR": "10.0.0.9"},
        )
    assert elsewhere.status_code == 200


def test_a_turn_refused_for_its_csrf_token_does_not_count_towards_the_rate_limit(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    browser.get("/")
    with settings(CHAT_RATE_LIMIT="1 per minute"):
        assert browser.api({"message": "hello"}, token="not-the-token").status_code == 400
        assert browser.api({"message": "hello"}).status_code == 200
        assert browser.api({"message": "hello"}).status_code == 429


def test_a_turn_over_the_rate_limit_leaves_the_conversation_as_it_was(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    browser.get("/")
    with settings(CHAT_RATE_LIMIT="1 per minute"):
        browser.api({"message": "hello"})
        refused = browser.api({"message": "what does a care worker earn?"})
    assert refused.status_code == 429
    assert "Set-Cookie" not in refused.headers
    assert "care worker earn" not in browser.get("/").text


def test_a_rate_limit_that_does_not_read_stops_the_app_and_is_named() -> None:
    app = Flask(__name__)
    app.config.update(CHAT_RATE_LIMIT="lots", RATELIMIT_STORAGE_URI="memory://")
    with pytest.raises(ConfigError, match="CAREERS_BOT_CHAT_RATE_LIMIT='lots'"):
        ratelimit.init_app(app)


@pytest.mark.parametrize("header", ["X-CSRFToken", "X-CSRF-Token"])
def test_api_takes_the_csrf_token_from_either_header(browser: Browser, header: str) -> None:
    token = browser.token()
    response = browser.client.post("/api/chat", json={"message": "hello"}, headers={header: token})
    assert response.status_code == 200


def test_api_does_not_take_the_csrf_token_from_the_json_body(browser: Browser) -> None:
    token = browser.token()
    response = browser.client.post("/api/chat", json={"message": "hello", "csrf_token": token})
    assert response.status_code == 400
    assert response.get_json()["error"] == "csrf"


def test_a_form_post_may_carry_its_csrf_token_in_the_header(browser: Browser) -> None:
    token = browser.token()
    response = browser.client.post("/chat", data={"message": "hello"}, headers={"X-CSRFToken": token})
    assert response.status_code == 303
