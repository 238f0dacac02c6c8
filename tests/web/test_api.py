"""The JSON API the page's script uses: the same conversation, as data."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from tests.web.pages import Browser


def test_api_answers_a_typed_question_with_messages_and_buttons(browser: Browser) -> None:
    response = browser.api({"message": "what does a care worker earn?"})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    assert body["you"] == "what does a care worker earn?"
    assert body["messages"] and body["messages"][0]["type"] == "text"
    assert isinstance(body["quick_replies"], list)
    assert {"intent", "confidence", "entities"} <= set(body)


def test_api_answers_a_tapped_button_and_echoes_its_label(browser: Browser) -> None:
    browser.get("/")
    response = browser.api({"payload": "start:student", "label": "I'm at school or college"})
    body = response.get_json()
    assert response.status_code == 200
    assert body["you"] == "I'm at school or college"
    assert "Helping people" in [q["label"] for q in body["quick_replies"]]


def test_api_echoes_the_label_sent_but_the_transcript_shows_the_label_on_offer(browser: Browser) -> None:
    browser.get("/")
    body = browser.api({"payload": "start:browse", "label": "something else"}).get_json()
    assert body["you"] == "something else", "the script's own echo, shown only on its own page"
    page = browser.get("/")
    assert page.texts(".bubble-you") == ["Just browsing"]
    assert "something else" not in page.text


@pytest.mark.parametrize("label", [None, "", "   ", ["a list"], "x" * 201])
def test_api_without_a_sensible_label_echoes_the_welcome_label(browser: Browser, label: object) -> None:
    body = browser.api({"payload": "start:browse", "label": label}).get_json()
    assert body["you"] == "Just browsing"


def test_api_echoes_an_unknown_payload_as_it_is(browser: Browser) -> None:
    assert browser.api({"payload": "no-such-button"}).get_json()["you"] == "no-such-button"


def test_api_does_not_offer_start_again_as_a_quick_reply(browser: Browser) -> None:
    body = browser.api({"payload": "start:student", "label": "I'm at school or college"}).get_json()
    payloads = [q["payload"] for q in body["quick_replies"]]
    assert "back" in payloads and "restart" not in payloads, "the page has its own Start again"


def test_api_cards_carry_links_to_their_pages(browser: Browser) -> None:
    browser.get("/")
    for payload in ("start:student", "answer:helping-people", "answer:hospital"):
        body = browser.api({"payload": payload}).get_json()
    cards = [m for m in body["messages"] if m["type"] == "card"]
    assert cards
    assert all(card["href"] == f"/roles/{card['ref']}" for card in cards if card["kind"] == "role")


def test_api_service_cards_link_to_the_directory_and_out_through_go(browser: Browser) -> None:
    body = browser.api({"message": "who can help me find care jobs in Leicester"}).get_json()
    services = [m for m in body["messages"] if m["type"] == "card" and m["kind"] == "service"]
    for card in services:
        assert card["href"] == f"/support#{card['ref']}"
        if "go" in card:
            assert card["go"] == f"/go/{card['ref']}"


def test_api_turns_show_in_the_transcript_after_a_reload(browser: Browser) -> None:
    browser.get("/")
    browser.api({"payload": "start:student", "label": "I'm at school or college"})
    browser.api({"message": "what does a nurse earn"})
    page = browser.get("/")
    assert page.texts(".bubble-you") == ["I'm at school or college", "what does a nurse earn"]


def test_api_rejects_a_message_over_the_limit_with_a_clear_reason(browser: Browser) -> None:
    response = browser.api({"message": "x" * 501})
    assert response.status_code == 422
    body = response.get_json()
    assert body["error"] == "too_long"
    assert "Please keep it shorter" in body["message"]


def test_api_rejects_an_empty_message(browser: Browser) -> None:
    response = browser.api({"message": ""})
    assert response.status_code == 422
    assert response.get_json()["error"] == "empty"


def test_api_rejects_a_body_that_is_not_a_json_object(browser: Browser, client: FlaskClient) -> None:
    token = browser.token()
    for body in (["a list"], "text", 3):
        response = client.post("/api/chat", json=body, headers={"X-CSRFToken": token})
        assert response.status_code == 400
        assert response.get_json()["error"] == "bad_request"
    response = client.post("/api/chat", data="not json", headers={"X-CSRFToken": token})
    assert response.status_code == 400


def test_api_rejects_a_message_that_is_not_text(browser: Browser) -> None:
    response = browser.api({"message": ["hello"]})
    assert response.status_code == 422


def test_api_rejects_an_overlong_payload(browser: Browser) -> None:
    response = browser.api({"payload": "p" * 201})
    assert response.status_code == 422
    assert response.get_json()["error"] == "bad_payload"


def test_api_see_my_plan_gives_the_plan_address(browser: Browser) -> None:
    browser.get("/")
    body = browser.api({"payload": "plan"}).get_json()
    assert body["plan_url"] == "/plan"


def test_api_start_again_from_the_engine_gives_the_home_address(browser: Browser) -> None:
    browser.api({"message": "what does a nurse earn"})
    body = browser.api({"payload": "restart"}).get_json()
    assert body["restart_url"] == "/"
    assert not browser.get("/").all(".bubble-you")


def test_card_links_follow_where_the_app_is_mounted(browser: Browser) -> None:
    asked = {"message": "what does a care worker earn"}
    at_root = browser.api(asked).get_json()["messages"]
    mounted = browser.client.post(
        "/api/chat",
        json=asked,
        headers={"X-CSRFToken": browser.token()},
        base_url="http://localhost/careers",
    ).get_json()["messages"]
    roles = [m["href"] for m in at_root if m.get("kind") == "role"]
    assert roles and all(href.startswith("/roles/") for href in roles)
    assert [m["href"] for m in mounted if m.get("kind") == "role"] == [f"/careers{href}" for href in roles]


def test_a_comparison_of_jobs_links_to_the_page_that_sets_them_side_by_side(browser: Browser) -> None:
    messages = browser.api({"message": "nurse vs paramedic, which pays more"}).get_json()["messages"]
    links = [m["href"] for m in messages if m.get("kind") == "comparison"]
    assert links == ["/roles/compare?role=registered-nurse-adult&role=paramedic"]
    page = browser.get(links[0])
    assert page.texts("table th[scope=col]") == ["Registered nurse (adult)", "Paramedic"]
