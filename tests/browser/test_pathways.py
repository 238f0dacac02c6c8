"""The pathways page: a map to scroll sideways on a tablet, and steps to follow one tap at a time on a phone."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.browser.live import PHONE, TABLET, Opener


def test_on_a_phone_a_path_is_followed_one_tap_at_a_time_without_javascript(open_session: Opener) -> None:
    session = open_session(viewport=PHONE, javascript=False)
    page = session.goto("/pathways")
    # No wide picture to swipe through on a phone: the steps as lists instead.
    expect(page.locator(".pathway-map")).to_be_hidden()
    expect(page.get_by_role("heading", name="Every step, job by job")).to_be_visible()

    page.get_by_label("Start from a job").select_option(label="Care worker")
    with page.expect_navigation():
        page.get_by_role("button", name="Show the steps").tap()
    expect(page).to_have_url(session.base_url + "/pathways?from=care-worker#route")
    heading = page.get_by_role("heading", name="Care worker: where it can lead")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()

    with page.expect_navigation():
        page.get_by_role("link", name="Where Senior care worker can lead").tap()
    expect(page.get_by_role("heading", name="Senior care worker: where it can lead")).to_be_focused()
    expect(page.get_by_role("heading", name="Senior care worker: how people get here")).to_be_attached()
    wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert wide <= 0, f"the page scrolls sideways by {wide} px"


def test_on_a_tablet_the_map_scrolls_only_sideways_and_its_names_are_readable(open_session: Opener) -> None:
    page = open_session(viewport=TABLET).goto("/pathways")
    scroller = page.get_by_role("region", name="Pathways map (scrolls sideways)")
    expect(scroller).to_be_visible()
    found = page.evaluate(
        """() => {
            const scroller = document.querySelector(".map-scroll");
            const svg = scroller.querySelector("svg").getBoundingClientRect();
            const nodes = [...document.querySelectorAll(".map-node")];
            const spilling = nodes.filter((node) => {
                const box = node.querySelector("rect").getBBox();
                const text = node.querySelector("text").getBBox();
                return text.x < box.x || text.y < box.y || text.x + text.width > box.x + box.width
                    || text.y + text.height > box.y + box.height;
            }).map((node) => node.id);
            const tops = nodes.map((node) => node.getBoundingClientRect().top - svg.top);
            return {
                scrollsInside: scroller.scrollHeight > scroller.clientHeight + 1,
                sideways: scroller.scrollWidth > scroller.clientWidth,
                fontSize: parseFloat(getComputedStyle(nodes[0].querySelector("text")).fontSize),
                spilling: spilling,
                firstBox: Math.min(...tops),
            };
        }"""
    )
    # A finger on the map scrolls the page up and down; only sideways is the map's own.
    assert not found["scrollsInside"] and found["sideways"], found
    assert found["fontSize"] >= 16, found
    assert not found["spilling"], f"names wider or taller than their boxes: {found['spilling']}"
    # No empty space above the first boxes.
    assert found["firstBox"] <= 30, found


def test_a_job_on_the_map_shows_only_its_own_steps(open_session: Opener) -> None:
    session = open_session(viewport=TABLET)
    page = session.goto("/pathways")
    page.locator("#map-healthcare-support-worker").click()
    expect(page).to_have_url(session.base_url + "/pathways?from=healthcare-support-worker#route")
    expect(page.get_by_role("heading", name="Healthcare support worker: where it can lead")).to_be_focused()
    # Its own map is small: it fits a tablet without scrolling sideways.
    fits = page.evaluate(
        "() => { const s = document.querySelector('.map-scroll'); return s.scrollWidth <= s.clientWidth; }"
    )
    assert fits
