"""Kiosk mode on a shared tablet: "Still there?", then a wipe that leaves nothing of the last person."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.chat import STUDENT_JOURNEY, SUGGESTED_ROLE, latest_text, tap
from tests.browser.live import KIOSK_IDLE_SECONDS, KIOSK_WARNING_SECONDS, LiveServer, Opener

# What the last person's conversation showed: none of it may be anywhere once the screen is wiped.
THEIR_WORDS = ("Helping people", "In a hospital", "Where would you like to work?", "jobs that could suit you")
# Long enough for the idle time and the countdown, with room for a slow machine.
WAIT_MS = (KIOSK_IDLE_SECONDS + KIOSK_WARNING_SECONDS + 5) * 1000


def assert_nothing_left(page: Page) -> None:
    """The page in view shows none of the last person's conversation."""
    text = page.locator("body").inner_text()
    left = [words for words in THEIR_WORDS if words in text]
    assert not left, f"the last person's conversation is still on the page: {left}"


def test_kiosk_asks_then_wipes_the_conversation(open_session: Opener, kiosk_server: LiveServer) -> None:
    session = open_session(live=kiosk_server)
    page = session.goto("/")
    for label in STUDENT_JOURNEY:
        tap(page, label)
    assert "jobs that could suit you" in latest_text(page)
    prompt = page.get_by_role("alertdialog", name="Still there?")

    # Nobody touches the screen: it asks, with the focus on "yes"; a tap on "yes" keeps everything.
    expect(prompt).to_be_visible(timeout=WAIT_MS)
    stay = page.get_by_role("button", name="Yes, I'm still here")
    expect(stay).to_be_focused()
    stay.tap()
    expect(prompt).to_be_hidden()
    assert "jobs that could suit you" in latest_text(page)

    # They wander off to a role's page, and leave the tablet there.
    page.locator("#latest .card-title a", has_text=SUGGESTED_ROLE).tap()
    expect(page).to_have_url(re.compile(r"/roles/healthcare-support-worker$"))
    expect(prompt).to_be_visible(timeout=WAIT_MS)
    expect(page.locator("#kiosk-countdown")).to_have_text(re.compile(r"^[0-9]+$"))

    # No answer: the screen is wiped and the start page shown, as if nobody had been there.
    page.wait_for_url(session.base_url + "/", timeout=WAIT_MS)
    expect(page.locator("#transcript .bubble-you")).to_have_count(0)
    expect(page.locator("#chips").get_by_role("button", name=STUDENT_JOURNEY[0], exact=True)).to_be_visible()
    assert_nothing_left(page)

    # The wipe replaced the page in the history: nothing there restores the conversation either.
    entries = page.evaluate("history.length")
    assert entries <= 3, f"{entries} history entries"
    visited = []
    for _ in range(entries - 1):
        page.go_back()
        page.wait_for_load_state()
        visited.append(page.url)
        assert_nothing_left(page)
    assert session.base_url + "/" in visited, f"back went through {visited}"
    # The chat page the student used, reached again through the history, starts afresh.
    page.goto(session.base_url + "/")
    expect(page.locator("#transcript .bubble-you")).to_have_count(0)
    assert_nothing_left(page)
