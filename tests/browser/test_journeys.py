"""A student's journey on a tablet: by taps with the script, by form posts without it, and by keyboard alone."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, Route, expect

from tests.browser.chat import (
    STUDENT_JOURNEY,
    SUGGESTED_ROLE,
    bot_turns,
    chip,
    latest_text,
    mark_document,
    same_document,
    tap,
)
from tests.browser.live import Opener

TAP_TARGET_PX = 44


def assert_tap_targets(page: Page) -> None:
    """Every quick reply and chat button is at least 44 px each way."""
    for control in page.locator(
        "#chips button:visible, #composer button:visible, #composer .button:visible"
    ).all():
        box = control.bounding_box()
        assert box is not None
        label = control.inner_text()
        assert box["height"] >= TAP_TARGET_PX and box["width"] >= TAP_TARGET_PX, f"{label!r} is {box}"


def open_role_card(page: Page) -> None:
    """Tap the body of the suggested role's card (not only its title) and land on that role's page."""
    card = page.locator("#latest .card-role", has_text=SUGGESTED_ROLE)
    expect(card).to_be_visible()
    box = card.bounding_box()
    assert box is not None
    card.tap(position={"x": box["width"] / 2, "y": box["height"] - 12})  # low on the card, far from its title
    expect(page).to_have_url(re.compile(r"/roles/healthcare-support-worker$"))
    expect(page.locator("h1")).to_have_text(SUGGESTED_ROLE)
    expect(page.get_by_role("heading", name="Pay")).to_be_visible()


def test_student_taps_through_the_journey_on_a_tablet(open_session: Opener, screenshots: Path | None) -> None:
    # As a tablet comes: touch, and smooth scrolling left on.
    page = open_session(reduced_motion=False).goto("/")
    expect(page.get_by_role("log", name="Conversation")).to_have_attribute("aria-live", "polite")
    assert_tap_targets(page)
    mark_document(page)

    first, interest, setting = STUDENT_JOURNEY
    tap(page, first)
    assert "What do you enjoy most?" in latest_text(page)
    expect(chip(page, interest)).to_be_visible()
    tap(page, interest)
    assert "Where would you like to work?" in latest_text(page)
    assert_tap_targets(page)
    if screenshots:
        page.screenshot(path=str(screenshots / "chat-tablet.png"))
    tap(page, setting)
    assert "jobs that could suit you" in latest_text(page)
    expect(page.locator("#latest .card-role .card-title")).to_contain_text([SUGGESTED_ROLE])
    # The script answered each tap in place: the page never reloaded, and each tap is in the transcript.
    assert same_document(page)
    you = page.locator("#transcript .bubble-you")
    expect(you).to_have_text(list(STUDENT_JOURNEY))
    if screenshots:
        page.locator("#latest").scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots / "chat-tablet-roles.png"))

    open_role_card(page)


def test_student_journey_works_without_javascript(open_session: Opener) -> None:
    session = open_session(javascript=False)
    page = session.goto("/")
    for label in STUDENT_JOURNEY:
        tap(page, label, javascript=False)
        # Post, redirect, get: the chat page again, at the latest answer.
        expect(page).to_have_url(session.base_url + "/#latest")
    assert "jobs that could suit you" in latest_text(page)
    expect(page.locator("#transcript .bubble-you")).to_have_text(list(STUDENT_JOURNEY))

    # A typed question goes by form post too.
    page.get_by_label("Or type a question").fill("what does a care worker earn")
    with page.expect_navigation():
        page.get_by_role("button", name="Send", exact=True).tap()
    expect(page.locator("#transcript .bubble-you").last).to_have_text("what does a care worker earn")
    assert "£" in latest_text(page)

    # The role card from the earlier answer still links to its page.
    link = page.locator("#transcript .card-role .card-title a", has_text=SUGGESTED_ROLE).first
    link.tap()
    expect(page.locator("h1")).to_have_text(SUGGESTED_ROLE)


def focused(page: Page) -> dict[str, str]:
    """What has the keyboard focus: its tag, id, classes and text."""
    found: dict[str, str] = page.evaluate(
        """() => {
            const el = document.activeElement;
            return {tag: el.tagName.toLowerCase(), id: el.id, cls: el.className, text: el.textContent.trim(),
                    visible: String(el.matches(':focus-visible'))};
        }"""
    )
    return found


def tab_to(page: Page, selector: str, most: int = 30) -> int:
    """Press Tab until the focus is on an element matching the selector; how many presses it took."""
    for presses in range(1, most + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{most} presses of Tab never reached {selector}; focus is on {focused(page)}")


def test_keyboard_only(open_session: Opener) -> None:
    page = open_session(touch=False).goto("/")
    mark_document(page)
    turns = bot_turns(page)

    # The first Tab reaches the skip link; the quick replies come soon after the header's links.
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Skip to main content"
    presses = tab_to(page, "#chips button")
    assert presses <= 10, f"{presses} more presses of Tab to reach the first quick reply"
    now = focused(page)
    assert now["text"] == STUDENT_JOURNEY[0] and now["visible"] == "true", now

    # Enter on a quick reply: the answer appears, and the focus moves to the first of the new buttons.
    page.keyboard.press("Enter")
    expect(turns).to_have_count(2)
    expect(page.locator("#chips button").first).to_be_focused()
    assert focused(page)["text"] == STUDENT_JOURNEY[1]
    assert focused(page)["visible"] == "true", "the focused button shows a focus ring"

    # Space works the same way.
    page.keyboard.press("Space")
    expect(turns).to_have_count(3)
    assert "Where would you like to work?" in latest_text(page)
    expect(page.locator("#chips button").first).to_be_focused()

    # On to the message box, type a question, and send it with Enter: the answer appears, the box is
    # emptied and keeps the focus for the next question.
    tab_to(page, "#message")
    page.keyboard.type("what does a care worker earn")
    page.keyboard.press("Enter")
    expect(turns).to_have_count(4)
    expect(page.locator("#transcript .bubble-you").last).to_have_text("what does a care worker earn")
    assert "£" in latest_text(page)
    expect(page.locator("#message")).to_be_focused()
    expect(page.locator("#message")).to_have_value("")

    # The Send button works from the keyboard as well.
    page.keyboard.type("how do I become a nurse")
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Send"
    page.keyboard.press("Enter")
    expect(turns).to_have_count(5)
    assert same_document(page)

    # "Start again" is in reach from the keyboard. It asks first, with the focus on its question, so
    # pressing Enter twice clears nothing; Tab leads to "No, keep it", then "Yes, clear it".
    tab_to(page, "#start-again")
    page.keyboard.press("Enter")
    expect(page.locator("#clear-question")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#transcript .bubble-you")).to_have_count(4)
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "No, keep it"
    page.keyboard.press("Tab")
    assert focused(page)["text"] == "Yes, clear it"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator("#transcript .bubble-you")).to_have_count(0)
    # The fresh chat's welcome has the focus, not the page's body.
    expect(page.locator("#latest")).to_be_focused()


def test_after_a_long_reply_the_keyboard_focus_is_in_sight(open_session: Opener) -> None:
    page = open_session(touch=False).goto("/")
    turns = bot_turns(page)
    first, interest, setting = STUDENT_JOURNEY
    for count, label in enumerate((first, interest), start=2):
        chip(page, label).focus()
        page.keyboard.press("Enter")
        expect(turns).to_have_count(count)
    chip(page, setting).focus()
    page.keyboard.press("Enter")
    expect(turns).to_have_count(4)
    assert "jobs that could suit you" in latest_text(page)
    page.wait_for_timeout(300)  # the scroll to the new reply has settled
    # The suggested jobs fill the screen: focus goes to the reply, not to a button hidden under the message box.
    box = page.evaluate(
        """() => {
            const r = document.activeElement.getBoundingClientRect();
            const composer = document.getElementById('composer').getBoundingClientRect();
            return {top: r.top, composer: composer.top, id: document.activeElement.id};
        }"""
    )
    assert box["top"] >= 0 and box["top"] < box["composer"], box


def test_start_again_asks_in_place_before_clearing(open_session: Opener) -> None:
    page = open_session().goto("/")
    tap(page, STUDENT_JOURNEY[0])
    mark_document(page)
    start = page.get_by_role("link", name="Start again")
    question = page.get_by_role("group", name="Clear this chat?")
    expect(question).to_be_hidden()

    # A double tap on Start again only asks: "No, keep it" is where the second tap lands.
    box = start.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.touchscreen.tap(x, y)
    page.touchscreen.tap(x, y)
    expect(question).to_be_visible()
    expect(page.locator("#transcript .bubble-you")).to_have_count(1)
    assert same_document(page)

    # "No, keep it": the chat stays, and the focus goes back to Start again.
    question.get_by_role("button", name="No, keep it").tap()
    expect(question).to_be_hidden()
    expect(start).to_be_focused()
    expect(page.locator("#transcript .bubble-you")).to_have_count(1)

    # Asked again, the question has the focus, so a screen reader reads it out; Escape keeps the chat.
    start.tap()
    expect(page.locator("#clear-question")).to_be_focused()
    page.keyboard.press("Escape")
    expect(question).to_be_hidden()
    expect(start).to_be_focused()

    start.tap()
    with page.expect_navigation():
        question.get_by_role("button", name="Yes, clear it").tap()
    expect(page.locator("#transcript .bubble-you")).to_have_count(0)
    expect(page.locator("#latest")).to_be_focused()


def test_start_again_without_javascript_asks_on_its_own_page(open_session: Opener) -> None:
    session = open_session(javascript=False)
    page = session.goto("/")
    tap(page, STUDENT_JOURNEY[0], javascript=False)
    with page.expect_navigation():
        page.get_by_role("link", name="Start again").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Clear this chat?")
    with page.expect_navigation():
        page.get_by_role("link", name="No, keep it").tap()
    expect(page.locator("#transcript .bubble-you")).to_have_text([STUDENT_JOURNEY[0]])
    expect(page.locator("#latest")).to_be_focused()

    with page.expect_navigation():
        page.get_by_role("link", name="Start again").tap()
    with page.expect_navigation():
        page.get_by_role("button", name="Yes, clear it").tap()
    expect(page).to_have_url(session.base_url + "/#latest")
    expect(page.locator("#transcript .bubble-you")).to_have_count(0)
    expect(page.locator("#latest")).to_be_focused()


def test_the_message_box_counts_down_near_the_limit_and_stops_at_it(open_session: Opener) -> None:
    page = open_session(touch=False).goto("/")
    box = page.get_by_label("Or type a question")
    count, live = page.locator("#message-count"), page.locator("#message-count-live")
    limit = int(box.get_attribute("maxlength") or 0)
    assert limit == 500

    # Far from the limit nothing is counted.
    box.fill("a" * (limit - 150))
    expect(count).to_be_hidden()
    expect(live).to_have_text("")

    # Near it, the count shows at once; a screen reader hears it only once typing pauses.
    box.press("End")
    box.type("b" * 55)
    expect(count).to_be_visible()
    expect(count).to_have_text("95 characters left")
    assert live.text_content() == "", "not read out while typing"
    expect(live).to_have_text("95 characters left")

    # The box takes no more than the limit, and says so.
    box.type("c" * 120)
    expect(box).to_have_value("a" * (limit - 150) + "b" * 55 + "c" * 95)
    expect(count).to_have_text("0 characters left: that is the most a message can be")

    # Sent: the box empties and the count goes.
    box.press("Enter")
    expect(bot_turns(page)).to_have_count(2)
    expect(box).to_have_value("")
    expect(count).to_be_hidden()


def test_from_a_job_page_back_to_the_chat_at_the_latest_reply(open_session: Opener) -> None:
    session = open_session()
    page = session.goto("/")
    for label in STUDENT_JOURNEY:
        tap(page, label)
    open_role_card(page)
    # A kiosk tablet has no Back button: the page itself leads back, to the reply and not the top.
    page.get_by_role("link", name="Back to the chat").first.tap()
    expect(page).to_have_url(session.base_url + "/#latest")
    expect(page.locator("#latest")).to_be_focused()
    assert "jobs that could suit you" in latest_text(page)
    assert page.evaluate("window.scrollY") > 0


def test_a_tapped_answer_shows_at_once_while_the_reply_is_on_its_way(open_session: Opener) -> None:
    page = open_session().goto("/")
    held: list[Route] = []
    page.route("**/api/chat", lambda route: held.append(route))  # the reply waits until let go
    turns = bot_turns(page)
    chip(page, STUDENT_JOURNEY[0]).tap()
    # Before any reply: the tap is on the page as your answer, with the guide "typing".
    expect(page.locator("#transcript .bubble-you")).to_have_text([STUDENT_JOURNEY[0]])
    expect(page.locator("#transcript .typing")).to_be_attached()
    expect(turns).to_have_count(1)
    assert len(held) == 1
    held[0].continue_()
    expect(turns).to_have_count(2)
    # The reply joins the bubble already there: the answer is not shown twice.
    expect(page.locator("#transcript .bubble-you")).to_have_text([STUDENT_JOURNEY[0]])
    assert "What do you enjoy most?" in latest_text(page)


def test_a_tapped_answer_that_fails_is_taken_back(open_session: Opener) -> None:
    page = open_session().goto("/")
    page.route("**/api/chat", lambda route: route.abort())
    chip(page, STUDENT_JOURNEY[0]).tap()
    expect(page.locator("#message-error")).to_contain_text("could not reach the guide")
    expect(page.locator("#transcript .bubble-you")).to_have_count(0)


def test_the_message_area_that_stays_on_screen_is_compact_on_a_tablet(open_session: Opener) -> None:
    """It took 176px, 17% of an upright tablet and 23% of a landscape one; Start again had a row of its own."""
    for viewport in ({"width": 768, "height": 1024}, {"width": 1024, "height": 768}):
        page = open_session(viewport=viewport).goto("/")
        composer = page.locator("#composer").bounding_box()
        label = page.locator(".message-label").bounding_box()
        start = page.get_by_role("link", name="Start again").bounding_box()
        assert composer and label and start
        assert composer["height"] <= 145, f"{composer['height']:.0f}px at {viewport}"
        # Start again sits beside the label, not below the message box.
        assert abs((start["y"] + start["height"] / 2) - (label["y"] + label["height"] / 2)) < 4, (
            start,
            label,
        )
        assert_tap_targets(page)
