"""The plan: built from the conversation, carried by a signed link and a QR code, never stored."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from urllib.parse import urlsplit

from flask import Flask
from itsdangerous import URLSafeSerializer

from careers_bot.web.plan import SALT
from tests.web.pages import Browser, Page


def plan_with_jobs(browser: Browser) -> Page:
    """Tap through the student journey, then open the plan."""
    browser.get("/")
    for label in ("I'm at school or college", "Helping people", "In a hospital"):
        browser.tap(label)
    return browser.get("/plan")


def test_plan_with_nothing_found_says_so_and_links_to_the_chat(browser: Browser) -> None:
    page = browser.get("/plan")
    assert page.status == 200
    assert "Nothing here yet" in page.text
    assert page.one('main a[href="/"]')
    assert not page.all("svg.qr")


def test_plan_shows_the_jobs_next_steps_and_what_you_told_us(browser: Browser) -> None:
    page = plan_with_jobs(browser)
    assert page.h1 == "Your plan"
    assert "Healthcare support worker" in page.text
    assert page.one('a[href="/roles/healthcare-support-worker"]')
    assert "What you told us" in page.texts("h2")
    assert page.all(".next-steps li")
    assert page.response.headers["Cache-Control"] == "no-store"


def test_plan_web_addresses_are_links_and_the_answers_can_be_cleared(browser: Browser) -> None:
    browser.get("/")
    for label in (
        "I'm looking for work or a change",
        "25 to 49",
        "None",
        "No experience yet",
        "Nothing like that",
    ):
        browser.tap(label)
    browser.tap("Leicester city")
    browser.tap("Full time")
    page = browser.get("/plan")
    visits = [li for li in page.all(".next-steps li") if li.get_text().startswith("Visit ")]
    assert visits and all(li.find("a", href=True)["href"].startswith("https://") for li in visits)
    clear = page.one('.plan-actions a[href="/reset?from=plan"]')
    assert clear.get_text(strip=True) == "Finished? Clear my answers"
    # It asks first; "No, keep it" leads back to the plan.
    assert browser.get("/reset?from=plan").one("main .clear-buttons a")["href"] == "/plan"
    browser.post("/reset", {})
    assert "Nothing here yet" in browser.get("/plan").text


def test_plan_has_an_inline_svg_qr_code_of_its_absolute_link(browser: Browser) -> None:
    page = plan_with_jobs(browser)
    qr = page.one(".qr-box svg.qr")
    assert qr["role"] == "img" and "QR code" in qr["aria-label"]
    assert qr.has_attr("viewbox") or qr.has_attr("viewBox")
    url = page.one(".plan-link a")["href"]
    assert str(url).startswith("http://localhost/plan/")
    assert page.one(".plan-url").get_text(strip=True) == url


def test_plan_link_round_trips_to_the_same_plan_on_another_device(browser: Browser, app: Flask) -> None:
    page = plan_with_jobs(browser)
    path = urlsplit(str(page.one(".plan-link a")["href"])).path
    phone = Browser(app.test_client())
    carried = phone.get(path)
    assert carried.status == 200
    assert carried.texts(".panel h3") == page.texts(".panel h3")
    assert carried.texts(".next-steps li") == page.texts(".next-steps li")
    assert "carried here by its link" in carried.text


def test_plan_link_is_compact(browser: Browser) -> None:
    page = plan_with_jobs(browser)
    assert len(urlsplit(str(page.one(".plan-link a")["href"])).path) < 300


def test_changed_plan_link_is_refused_with_a_friendly_page(browser: Browser) -> None:
    page = plan_with_jobs(browser)
    path = urlsplit(str(page.one(".plan-link a")["href"])).path
    head, _, signature = path.rpartition(".")
    tampered = f"{head}.{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"
    for bad in (tampered, path[:-3], "/plan/nonsense", "/plan/" + "x" * 3000):
        refused = browser.get(bad)
        assert refused.status == 404
        assert refused.h1 == "We could not open that plan"
        assert refused.one('main a[href="/"]')


def test_plan_link_signed_with_another_key_is_refused(browser: Browser) -> None:
    token = URLSafeSerializer("some-other-key", salt=SALT).dumps({"roles": ["care-worker"], "v": 1})
    assert browser.get(f"/plan/{token}").status == 404


def test_plan_link_that_names_records_no_longer_known_skips_them(browser: Browser, app: Flask) -> None:
    token = URLSafeSerializer(app.config["SECRET_KEY"], salt=SALT).dumps(
        {"roles": ["care-worker", "gone-role"], "services": ["gone-service"], "v": 1}
    )
    page = browser.get(f"/plan/{token}")
    assert page.status == 200
    assert page.texts(".panel h3") == ["Care worker"]


def test_plan_link_uses_the_public_address_when_set(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    with settings(PUBLIC_URL="https://careers.example.org/"):
        page = plan_with_jobs(browser)
    assert str(page.one(".plan-link a")["href"]).startswith("https://careers.example.org/plan/")


def test_kiosk_plan_offers_the_qr_code_but_no_link_to_follow_on_the_tablet(
    browser: Browser, settings: Callable[..., AbstractContextManager[None]]
) -> None:
    with settings(KIOSK=True):
        page = plan_with_jobs(browser)
    assert page.one("svg.qr")
    assert not page.all(".plan-link")


def test_plan_page_has_a_print_stylesheet_and_print_button(browser: Browser) -> None:
    page = plan_with_jobs(browser)
    assert page.one('link[rel="stylesheet"][media="print"]')["href"] == "/static/css/print.css"
    assert page.one("#print-plan").has_attr("hidden"), "shown by the script, which it needs"


def test_a_printed_plan_writes_out_each_website_address(browser: Browser) -> None:
    browser.get("/")
    browser.say("where can i find an apprenticeship")
    page = browser.get("/plan")
    # On paper a "Website" link cannot be followed: its address is written beside it, for print only.
    written = [span.get_text(strip=True) for span in page.all(".service .print-only")]
    assert written and all(text.startswith("https://") for text in written)


def test_plan_stores_nothing_on_the_server_the_link_carries_it(browser: Browser, app: Flask) -> None:
    page = plan_with_jobs(browser)
    token = urlsplit(str(page.one(".plan-link a")["href"])).path.removeprefix("/plan/")
    data = URLSafeSerializer(app.config["SECRET_KEY"], salt=SALT).loads(token)
    assert "healthcare-support-worker" in data["roles"]


def test_plan_part_way_through_a_journey_shows_what_was_told_and_what_comes_next(browser: Browser) -> None:
    browser.get("/")
    for label in ("I'm looking for work or a change", "25 to 49", "None"):
        browser.tap(label)
    page = browser.get("/plan")
    assert "Nothing here yet" not in page.text
    assert "Age: 25 to 49" in page.text and "Qualifications: None" in page.text
    assert "Answer the rest of the questions in the chat" in page.text
