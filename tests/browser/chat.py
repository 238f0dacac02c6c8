"""Helpers for driving the chat page in a real browser, with and without its script."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

# The student's pathway finder, by the labels of the buttons a student taps.
STUDENT_JOURNEY = ("I'm at school or college", "Helping people", "In a hospital")
SUGGESTED_ROLE = "Healthcare support worker"


def chip(page: Page, label: str) -> Locator:
    """The quick-reply button with exactly this label."""
    return page.locator("#chips").get_by_role("button", name=label, exact=True)


def bot_turns(page: Page) -> Locator:
    """The guide's turns in the transcript (the welcome is the first)."""
    return page.locator("#transcript .turn-bot")


def mark_document(page: Page) -> None:
    """Mark this document, so a test can tell later that the page was not reloaded."""
    page.evaluate("window.__sameDocument = true")


def same_document(page: Page) -> bool:
    """Whether the page is still the document mark_document marked."""
    return bool(page.evaluate("window.__sameDocument === true"))


def tap(page: Page, label: str, javascript: bool = True) -> None:
    """Tap a quick reply and wait for the guide's answer: added in place, or on the next page without script."""
    turns = bot_turns(page)
    before = turns.count()
    button = chip(page, label)
    if javascript:
        button.tap()
    else:
        with page.expect_navigation():
            button.tap()
    expect(turns).to_have_count(before + 1)


def latest_text(page: Page) -> str:
    """The text of the guide's latest turn."""
    return " ".join(page.locator("#latest").inner_text().split())
