"""Nothing is loaded from another host, and the home page is small enough for a busy event's wifi."""

from __future__ import annotations

from urllib.parse import urlsplit

from playwright.sync_api import Request

from tests.browser.chat import STUDENT_JOURNEY, tap
from tests.browser.live import HOST, Opener

HOME_PAGE_BUDGET = 100 * 1024
PAGES = (
    "/",
    "/roles",
    "/roles?sector=health&no-qualifications=yes",
    "/roles/healthcare-support-worker",
    "/pathways",
    "/support",
    "/support?audience=student&topic=careers-advice",
    "/plan",
    "/no-such-page",
)


def test_no_request_leaves_localhost(open_session: Opener) -> None:
    session = open_session()
    page = session.goto("/")
    for label in STUDENT_JOURNEY:
        tap(page, label)
    for path in PAGES:
        session.goto(path)
        page.wait_for_load_state("load")
    hosts = {urlsplit(url).hostname for url in session.requests.urls}
    assert hosts == {HOST}, f"requests went to {hosts}: {session.requests.off_host()}"
    # The pages did load what they needed from here: the style sheet, the scripts, the chat API.
    paths = {urlsplit(url).path for url in session.requests.urls}
    assert {"/static/css/site.css", "/static/js/chat.js", "/api/chat", "/plan"} <= paths


def test_home_page_transfers_under_100_kb(open_session: Opener) -> None:
    session = open_session()
    finished: list[Request] = []
    session.page.on("requestfinished", lambda request: finished.append(request))
    session.goto("/")
    session.page.wait_for_load_state("networkidle")
    sizes = {request.url: request.sizes() for request in finished}
    body = sum(size["responseBodySize"] for size in sizes.values())
    headers = sum(size["responseHeadersSize"] for size in sizes.values())
    listing = ", ".join(f"{urlsplit(url).path} {size['responseBodySize']} B" for url, size in sizes.items())
    assert {urlsplit(url).path for url in sizes} >= {"/", "/static/css/site.css", "/static/js/chat.js"}
    assert body + headers < HOME_PAGE_BUDGET, f"the home page transferred {body + headers} bytes: {listing}"
