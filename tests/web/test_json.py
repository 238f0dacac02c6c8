"""JSON in and out of the web layer: the same JSON as Flask's own, read strictly."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from flask import Flask
from markupsafe import Markup

from careers_bot.web.json_provider import OrjsonProvider
from tests.web.pages import Browser


@dataclass
class Point:
    """A dataclass, which Flask turns into an object."""

    x: int
    y: int


@pytest.fixture
def provider() -> OrjsonProvider:
    """The provider on an app of its own."""
    return OrjsonProvider(Flask(__name__))


def test_data_is_written_as_flask_writes_it(provider: OrjsonProvider) -> None:
    data = {
        "b": [1, 2.5, None, True],
        "a": "£12.60 an hour – “quoted”",
        "when": date(2026, 4, 1),
        "cost": Decimal("12.71"),
        "html": Markup("<b>bold</b>"),
        "point": Point(1, 2),
    }
    written = provider.dumps(data)
    assert json.loads(written) == json.loads(Flask(__name__).json.dumps(data))
    assert list(json.loads(written)) == sorted(data), "keys sorted, as Flask sorts them"
    assert "£12.60" in written, "non-ASCII text stays as it is"


def test_responses_are_compact_and_indented_in_debug_mode(provider: OrjsonProvider) -> None:
    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    with app.app_context():
        assert app.json.response({"a": [1, 2]}).get_data(as_text=True) == '{"a":[1,2]}\n'
        app.debug = True
        assert app.json.response({"a": 1}).get_data(as_text=True) == '{\n  "a": 1\n}\n'


def test_forms_only_the_json_module_writes_are_left_to_it(provider: OrjsonProvider) -> None:
    assert provider.dumps({"a": 1}, separators=(", ", ": ")) == '{"a": 1}'
    assert provider.dumps({"a": [1]}, indent=4) == json.dumps({"a": [1]}, indent=4)


def test_the_api_reply_reads_back_with_the_pound_sign_as_it_is(browser: Browser) -> None:
    response = browser.api({"message": "what does a care worker earn"})
    assert response.status_code == 200
    assert "£" in response.get_data(as_text=True)
    assert response.get_json()["messages"]


@pytest.mark.parametrize(
    "body",
    [
        '{"message": "care worker \\ud800 pay"}',  # half a character: not text
        "[" * 5000 + "]" * 5000,  # nested too deep to be a message
        '{"message": NaN}',
    ],
)
def test_json_that_is_not_a_sensible_message_is_refused_as_a_bad_request(browser: Browser, body: str) -> None:
    response = browser.client.post(
        "/api/chat", data=body, content_type="application/json", headers={"X-CSRFToken": browser.token()}
    )
    assert response.status_code == 400
    assert response.get_json()["error"] == "bad_request"
