"""The signed session cookie: JSON signed once for each change, keys rotated, tampering refused."""

from __future__ import annotations

import pytest
from flask import Flask, session
from flask.testing import FlaskClient

from careers_bot.web.session import JSONSessionInterface, signed_cookie

OLD_KEY = "o" * 40
NEW_KEY = "n" * 40


@pytest.fixture
def small() -> Flask:
    """A one-route app with the chat's session interface: each visit counts in the session."""
    small = Flask(__name__)
    small.config.update(SECRET_KEY=OLD_KEY, SESSION_COOKIE_NAME="s")
    small.session_interface = JSONSessionInterface()

    @small.get("/count")
    def count() -> str:
        session["count"] = int(session.get("count", 0)) + 1
        return str(session["count"])

    return small


def sent_cookie(client: FlaskClient) -> str:
    """The value of the session cookie the client holds."""
    cookie = client.get_cookie("s")
    assert cookie is not None
    return cookie.value


def test_the_cookie_sent_is_the_value_measured_when_nothing_changed_since(small: Flask) -> None:
    with small.test_request_context():
        session["a"] = [1, 2]
        measured = signed_cookie()
        response = small.process_response(small.response_class("ok"))
    assert response.headers["Set-Cookie"].startswith(f"s={measured};")


def test_a_session_changed_after_it_was_measured_is_signed_again(small: Flask) -> None:
    interface = small.session_interface
    assert isinstance(interface, JSONSessionInterface)
    with small.test_request_context():
        session["a"] = [1]
        first = signed_cookie()
        session["b"] = "two"
        second = signed_cookie()
        session["a"].append(3)
        session.modified = True  # as Flask asks, after changing a value inside the session
        third = signed_cookie()
        serializer = interface.get_signing_serializer(small)
        assert serializer is not None
    assert serializer.loads(first) == {"a": [1]}
    assert serializer.loads(second) == {"a": [1], "b": "two"}
    assert serializer.loads(third) == {"a": [1, 3], "b": "two"}


def test_a_cookie_carries_the_session_from_one_request_to_the_next(small: Flask) -> None:
    client = small.test_client()
    assert [client.get("/count").text for _ in range(3)] == ["1", "2", "3"]


@pytest.mark.parametrize("where", ["payload", "timestamp", "signature"])
def test_a_changed_cookie_is_refused_and_a_fresh_session_starts(small: Flask, where: str) -> None:
    client = small.test_client()
    client.get("/count")
    client.get("/count")
    payload, timestamp, signature = sent_cookie(client).split(".")
    flip = {"A": "B"}

    def changed(part: str) -> str:
        return flip.get(part[0], "A") + part[1:]

    parts = {"payload": payload, "timestamp": timestamp, "signature": signature}
    parts[where] = changed(parts[where])
    client.set_cookie("s", ".".join(parts.values()))
    assert client.get("/count").text == "1"


def test_a_new_secret_key_refuses_old_cookies_unless_the_old_key_is_a_fallback(small: Flask) -> None:
    client = small.test_client()
    client.get("/count")
    old_cookie = sent_cookie(client)
    small.config["SECRET_KEY"] = NEW_KEY
    assert client.get("/count").text == "1", "signed with a key the app no longer has"
    client.set_cookie("s", old_cookie)
    small.config["SECRET_KEY_FALLBACKS"] = [OLD_KEY]
    assert client.get("/count").text == "2", "the old key still reads while it is a fallback"
    small.config["SECRET_KEY_FALLBACKS"] = []
    client.set_cookie("s", old_cookie)
    assert client.get("/count").text == "1"
