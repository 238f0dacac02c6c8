"""axe-core finds nothing to fix on any page, at tablet and phone size, against WCAG 2.0, 2.1 and 2.2 A and AA.

axe-core comes inside the axe-playwright-python package (no network). Each page is checked in the state
a person would see it: the chat as it opens and after a few turns, the explore pages (with three jobs
compared side by side), the support directory with its filters chosen, a plan with something in it, error
pages, and the kiosk prompt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.browser.chat import STUDENT_JOURNEY, bot_turns, tap
from tests.browser.live import PHONE, TABLET, LiveServer, Opener, Session

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
SIZES = {"tablet": TABLET, "phone": PHONE}

axe = Axe()


def journey(session: Session) -> Page:
    """The student's journey by taps, then a typed question: cards, buttons and typed words in the log."""
    page = session.goto("/")
    for label in STUDENT_JOURNEY:
        tap(page, label)
    page.get_by_label("Or type a question").fill("who can help me find an apprenticeship")
    page.get_by_role("button", name="Send", exact=True).tap()
    expect(bot_turns(page)).to_have_count(len(STUDENT_JOURNEY) + 2)
    return page


def chat_with_an_error(session: Session) -> Page:
    """The chat showing "type a question" for an empty message (the box's maxlength stops one too long)."""
    page = session.goto("/")
    page.get_by_role("button", name="Send", exact=True).tap()
    expect(page.locator("#message-error")).to_be_visible()
    return page


def chat_near_the_limit(session: Session) -> Page:
    """The chat counting down the characters left in a long message."""
    page = session.goto("/")
    page.get_by_label("Or type a question").fill("care " * 90)
    expect(page.locator("#message-count")).to_be_visible()
    return page


def provider_answer(session: Session) -> Page:
    """A provider's question answered with service cards that carry long e-mail and web addresses."""
    page = session.goto("/")
    page.get_by_label("Or type a question").fill("is there funding for care staff training")
    page.get_by_role("button", name="Send", exact=True).tap()
    expect(bot_turns(page)).to_have_count(2)
    return page


def role_from_the_chat(session: Session) -> Page:
    """A job's page reached from the chat, so it offers the way back to the chat too."""
    journey(session)
    return session.goto("/roles/healthcare-support-worker")


def asking_to_clear(session: Session) -> Page:
    """The chat asking "Clear this chat?" in place, after Start again."""
    page = session.goto("/")
    tap(page, STUDENT_JOURNEY[0])
    page.get_by_role("link", name="Start again").tap()
    expect(page.get_by_role("group", name="Clear this chat?")).to_be_visible()
    return page


def plan_after_journey(session: Session) -> Page:
    """The plan, once the journey has found something."""
    journey(session)
    page = session.goto("/plan")
    expect(page.get_by_role("heading", name="Jobs to look at")).to_be_visible()
    return page


# Three jobs with the longest titles and long words, from both sectors: the hardest table to fit on a phone.
COMPARE_THREE = (
    "/roles/compare?role=learning-disability-support-worker"
    "&role=registered-nurse-learning-disability&role=operating-department-practitioner"
)


def visit(path: str) -> Callable[[Session], Page]:
    """Just open a page."""

    def opened(session: Session) -> Page:
        return session.goto(path)

    opened.__name__ = path
    return opened


STATES: dict[str, Callable[[Session], Page]] = {
    "chat": visit("/"),
    "chat-after-turns": journey,
    "chat-with-error": chat_with_an_error,
    "chat-near-the-limit": chat_near_the_limit,
    "chat-with-service-cards": provider_answer,
    "chat-asking-to-clear": asking_to_clear,
    "start-again": visit("/reset"),
    "roles": visit("/roles"),
    "roles-filtered": visit("/roles?sector=social-care&no-qualifications=yes"),
    "role": visit("/roles/healthcare-support-worker"),
    "role-from-the-chat": role_from_the_chat,
    "compare": visit(COMPARE_THREE),
    "pathways": visit("/pathways"),
    "pathways-from-a-job": visit("/pathways?from=care-worker"),
    "support": visit("/support"),
    "support-filtered": visit("/support?audience=jobseeker&topic=training&area=leicester"),
    "plan-empty": visit("/plan"),
    "plan": plan_after_journey,
    "error-404": visit("/no-such-page"),
    "error-plan-link": visit("/plan/not-a-real-plan"),
}


def sideways_scroll(page: Page) -> int:
    """How far the page is wider than the screen, in px (0 or less: no sideways scroll)."""
    wide: int = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    return wide


def violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now."""
    found: list[dict[str, Any]] = axe.run(page, options=AXE_OPTIONS).response["violations"]
    return found


# Controls a finger must hit: at least 44 px each way (links inside sentences are exempt, as in WCAG 2.5.5).
CONTROLS = "button:visible, .button:visible, select:visible, input[type=text]:visible, .site-nav a:visible"
TAP_TARGET_PX = 44


def small_controls(page: Page) -> list[str]:
    """The visible controls smaller than a fingertip."""
    small = []
    for control in page.locator(CONTROLS).all():
        box = control.bounding_box()
        if box and (box["width"] < TAP_TARGET_PX or box["height"] < TAP_TARGET_PX):
            name = " ".join(control.inner_text().split()) or control.get_attribute("id") or "?"
            small.append(f"{name!r} {box['width']:.0f}x{box['height']:.0f}")
    return small


def describe(found: list[dict[str, Any]]) -> str:
    """Violations as lines a person can act on: the rule, the elements, and what is wrong."""
    lines = []
    for violation in found:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {node['target']}: {summary[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("state", STATES)
def test_page_is_accessible(open_session: Opener, state: str, size: str) -> None:
    session = open_session(viewport=SIZES[size])
    page = STATES[state](session)
    page.wait_for_load_state("load")
    found = violations(page)
    assert not found, f"axe-core, {state} at {size} size:\n{describe(found)}"
    assert not small_controls(page), f"controls under {TAP_TARGET_PX} px: {small_controls(page)}"
    # Reflow (WCAG 1.4.10): nothing pushes the page wider than the screen, such as a long e-mail address.
    wide = sideways_scroll(page)
    assert wide <= 0, f"{state} at {size} size scrolls sideways by {wide} px"


@pytest.mark.parametrize("size", SIZES)
def test_compare_table_fits_the_screen_and_stays_a_table(open_session: Opener, size: str) -> None:
    """Three jobs fit without sideways scroll, and stay a table for screen readers (a phone shows rows as grids)."""
    session = open_session(viewport=SIZES[size])
    page = session.goto(COMPARE_THREE)
    table = page.get_by_role("table", name="side by side")
    expect(table).to_be_visible()
    wide = sideways_scroll(page)
    assert wide <= 0, f"compare at {size} size scrolls sideways by {wide} px"
    box = table.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= SIZES[size]["width"]
    spilling = page.evaluate(
        """() => [...document.querySelectorAll(".compare-table th, .compare-table td")]
            .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
            .map((cell) => cell.textContent.trim().slice(0, 40))"""
    )
    assert not spilling, f"cells wider than their column at {size} size: {spilling}"
    # Chromium's own accessibility tree, not Playwright's reading of the tags: what a screen reader gets.
    tree = session.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    roles = Counter(node.get("role", {}).get("value") for node in tree)
    # Nine rows of three jobs, and the empty corner above the row headings.
    assert (roles["table"], roles["columnheader"], roles["rowheader"], roles["cell"]) == (1, 3, 9, 9 * 3 + 1)


# Every word of the table's text, with where each line of it is drawn: a word drawn on two lines was
# cut in two ("apprenticesh/ip"). A break after a hyphen or a slash ("full-time") is a proper one.
WORDS_CUT_IN_TWO = """() => {
    const cut = [];
    const walker = document.createTreeWalker(document.querySelector(".compare-table"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent.matchAll(/[^\\s\\-\\/]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) cut.push(match[0]);
        }
    }
    return cut;
}"""


@pytest.mark.parametrize("size", SIZES)
def test_compare_never_cuts_a_word_in_two(open_session: Opener, size: str) -> None:
    page = open_session(viewport=SIZES[size]).goto(COMPARE_THREE)
    expect(page.get_by_role("table", name="side by side")).to_be_visible()
    cut: list[str] = page.evaluate(WORDS_CUT_IN_TWO)
    assert not cut, f"words cut in two at {size} size: {cut}"


def test_axe_catches_what_it_should(open_session: Opener) -> None:
    """The check is not vacuous: a nameless button and faint text on the real page are reported."""
    page = open_session().goto("/")
    page.evaluate(
        """() => {
            const button = document.createElement("button");
            document.getElementById("chips").appendChild(button);
            const faint = document.createElement("p");
            faint.textContent = "Hard to read";
            faint.setAttribute("class", "bubble");
            faint.setAttribute("id", "faint");
            document.getElementById("transcript").appendChild(faint);
            document.styleSheets[0].insertRule("#faint { color: #ccc; }");
        }"""
    )
    assert {"button-name", "color-contrast"} <= {v["id"] for v in violations(page)}


@pytest.mark.parametrize("size", SIZES)
def test_axe_finds_no_violations_in_the_kiosk_prompt(
    open_session: Opener, kiosk_server: LiveServer, size: str
) -> None:
    session = open_session(viewport=SIZES[size], live=kiosk_server)
    page = session.goto("/")
    tap(page, STUDENT_JOURNEY[0])
    expect(page.get_by_role("alertdialog", name="Still there?")).to_be_visible()
    found = violations(page)
    # Answer it, so the wipe does not race the end of the test.
    page.get_by_role("button", name="Yes, I'm still here").tap()
    assert not found, f"kiosk prompt at {size} size:\n{describe(found)}"


def luminance(rgb: str) -> float:
    """The relative luminance of a computed colour such as 'rgb(27, 39, 51)'."""
    channels = [int(part) / 255 for part in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, two: str) -> float:
    """The WCAG contrast ratio of two computed colours."""
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_pathway_map_text_contrast(open_session: Opener) -> None:
    """axe-core cannot see the colours behind SVG text, so the map's boxes and level badges are checked here."""
    page = open_session().goto("/pathways")
    pairs: list[list[str]] = page.evaluate(
        """() => {
            const fill = (el) => getComputedStyle(el).fill;
            const pairs = [];
            for (const node of document.querySelectorAll(".map-node")) {
                pairs.push([node.id, fill(node.querySelector("text")), fill(node.querySelector("rect"))]);
            }
            for (const badge of document.querySelectorAll(".map-badge")) {
                pairs.push(["level badge", fill(badge.nextElementSibling), fill(badge)]);
            }
            return pairs;
        }"""
    )
    assert len(pairs) > 10
    low = [(name, f"{contrast(text, box):.1f}") for name, text, box in pairs if contrast(text, box) < 4.5]
    assert not low, f"map text below 4.5:1 contrast: {low}"


@pytest.mark.parametrize("width", [320, 375])
def test_the_menu_fits_one_line_on_the_smallest_phones(open_session: Opener, width: int) -> None:
    """At 320px "My plan" wrapped onto a second line, and the header took 140px of a 568px screen."""
    page = open_session(viewport={"width": width, "height": 568}).goto("/")
    tops = page.evaluate(
        "() => [...document.querySelectorAll('.site-nav a')].map((a) => a.getBoundingClientRect().top)"
    )
    assert len(tops) == 5 and len(set(tops)) == 1, f"menu links on {len(set(tops))} lines at {width}px"
    assert not small_controls(page), small_controls(page)
    wide = sideways_scroll(page)
    assert wide <= 0, f"the chat at {width}px scrolls sideways by {wide} px"
