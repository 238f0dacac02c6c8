"""Browser tests in real Chromium: Debian's /usr/bin/chromium driven by Playwright, never a downloaded browser.

The app runs on waitress (as `careers-bot serve` runs it) in a thread, on 127.0.0.1 and a free port. A
second server in kiosk mode, with timings of a few seconds, starts only for the kiosk test. Each test
gets fresh browser contexts; every request any page makes is recorded, and a request to any host but
127.0.0.1 fails the test that made it.

Chromium missing is a failure, not a skip: run `make browser` (apt-get install chromium chromium-driver).
Set CAREERS_BOT_SCREENSHOTS to a folder to keep screenshots of the chat on a tablet.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Playwright, sync_playwright

from tests.browser.live import (
    BASE_SETTINGS,
    CHROMIUM,
    CHROMIUM_ARGS,
    KIOSK_IDLE_SECONDS,
    KIOSK_WARNING_SECONDS,
    TABLET,
    TIMEOUT_MS,
    LiveServer,
    Opener,
    Requests,
    Session,
)


@pytest.fixture(scope="session")
def server() -> Iterator[LiveServer]:
    """The app as a laptop runs it (not kiosk), with a fixed test key and a raised rate limit."""
    live = LiveServer(dict(BASE_SETTINGS))
    yield live
    live.stop()


@pytest.fixture(scope="session")
def kiosk_server() -> Iterator[LiveServer]:
    """The app in kiosk mode, asking "Still there?" after a second and wiping two seconds later."""
    settings = BASE_SETTINGS | {
        "KIOSK": True,
        "KIOSK_IDLE_SECONDS": KIOSK_IDLE_SECONDS,
        "KIOSK_WARNING_SECONDS": KIOSK_WARNING_SECONDS,
    }
    live = LiveServer(settings)
    yield live
    live.stop()


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    """Playwright's driver (no browser of its own is ever downloaded or used)."""
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless. Missing Chromium fails every browser test with the fix to make."""
    path = CHROMIUM if os.path.isabs(CHROMIUM) else shutil.which(CHROMIUM)
    if not path or not os.access(path, os.X_OK):
        pytest.fail(
            f"Chromium was not found at {CHROMIUM}. The browser tests need Debian's chromium: run "
            "`make browser` (it runs apt-get install chromium chromium-driver), or set CAREERS_BOT_CHROMIUM "
            "to the path of a Chromium binary.",
            pytrace=False,
        )
    chromium = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture
def open_session(browser: Browser, server: LiveServer) -> Iterator[Opener]:
    """Open a fresh context (no cookies, no cache): tablet-sized and touch by default.

    After the test, every context's requests must have stayed on 127.0.0.1.
    """
    opened: list[Session] = []

    def opener(
        viewport: dict[str, int] = TABLET,
        javascript: bool = True,
        touch: bool = True,
        live: LiveServer | None = None,
        reduced_motion: bool = True,
    ) -> Session:
        base = (live or server).url
        context = browser.new_context(
            viewport=viewport,  # type: ignore[arg-type]
            has_touch=touch,
            java_script_enabled=javascript,
            locale="en-GB",
            reduced_motion="reduce" if reduced_motion else "no-preference",
        )
        context.set_default_timeout(TIMEOUT_MS)
        requests = Requests()
        context.on("request", lambda request: requests.urls.append(request.url))
        session = Session(context, context.new_page(), base, requests)
        opened.append(session)
        return session

    yield opener
    try:
        for session in opened:
            assert not session.requests.off_host(), f"requests left 127.0.0.1: {session.requests.off_host()}"
    finally:
        for session in opened:
            session.context.close()


@pytest.fixture
def screenshots() -> Path | None:
    """Where to keep screenshots (CAREERS_BOT_SCREENSHOTS), or None to take none."""
    folder = os.environ.get("CAREERS_BOT_SCREENSHOTS")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path
