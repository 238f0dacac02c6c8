"""The pages to explore: roles, the pathways map, the support directory and links out."""

from __future__ import annotations

import pytest
from bs4 import Tag
from flask import Flask, url_for

from careers_bot.knowledge import KnowledgeBase, load
from careers_bot.web.context import EXTENSION
from tests.web.pages import Browser, Page

KB: KnowledgeBase = load().knowledge


def kb_of(app: Flask) -> KnowledgeBase:
    """The app's own knowledge base."""
    return app.extensions[EXTENSION].knowledge  # type: ignore[no-any-return]


def test_roles_index_lists_every_role_with_a_link(browser: Browser, app: Flask) -> None:
    page = browser.get("/roles")
    assert page.status == 200
    links = {a["href"] for a in page.all(".role-summary-title a")}
    assert links == {f"/roles/{role.id}" for role in kb_of(app).roles}
    assert f"Showing {len(kb_of(app).roles)} of {len(kb_of(app).roles)} jobs" in page.text


@pytest.mark.parametrize("sector", ["social-care", "health"])
def test_roles_index_filters_by_sector(browser: Browser, app: Flask, sector: str) -> None:
    page = browser.get(f"/roles?sector={sector}")
    shown = {a["href"] for a in page.all(".role-summary-title a")}
    assert shown == {f"/roles/{r.id}" for r in kb_of(app).roles if r.sector == sector}
    assert page.one(f'#sector option[value="{sector}"]').has_attr("selected")


def test_roles_index_filters_to_jobs_needing_no_qualifications(browser: Browser, app: Flask) -> None:
    page = browser.get("/roles?no-qualifications=yes")
    shown = {a["href"] for a in page.all(".role-summary-title a")}
    expected = {f"/roles/{r.id}" for r in kb_of(app).roles if r.no_qualifications_needed}
    assert shown == expected and expected
    assert page.one("#no-qualifications").has_attr("checked")


def test_roles_index_ignores_an_unknown_sector(browser: Browser, app: Flask) -> None:
    page = browser.get("/roles?sector=<script>")
    assert page.status == 200
    assert len(page.all(".role-summary")) == len(kb_of(app).roles)


def test_roles_filter_is_a_plain_get_form(browser: Browser) -> None:
    form = browser.get("/roles").one("form.filters")
    assert form["method"] == "get" and form["action"] == "/roles"


@pytest.mark.parametrize("role", KB.roles, ids=lambda r: r.id)
def test_every_role_has_a_page_with_work_pay_and_ways_in(browser: Browser, role: object) -> None:
    from careers_bot.knowledge.model import Role

    assert isinstance(role, Role)
    page = browser.get(f"/roles/{role.id}")
    assert page.status == 200
    assert page.h1 == role.title
    assert page.title.startswith(role.title)
    headings = page.texts("h2")
    assert {"What the work is like", "Pay", "How to get in", "Where it can lead"} <= set(headings)
    assert " ".join(role.pay.summary.split()) in page.text
    assert ("Figure from" if role.pay.has_figure else "Checked in") in page.text
    for route in KB.routes_from(role.id):
        assert page.all(f'#leads-to ~ ul a[href="/roles/{route.to_role}"]')
    for apprenticeship in KB.apprenticeships_into(role.id):
        assert apprenticeship.name in page.text


def test_role_page_shows_pay_date_in_words(browser: Browser) -> None:
    page = browser.get("/roles/care-worker")
    assert "Figure from December 2025" in page.text


def test_a_pay_line_with_no_amount_is_not_called_a_figure(browser: Browser) -> None:
    page = browser.get("/roles/social-work-assistant")
    assert "£" not in KB.role("social-work-assistant").pay.summary
    assert "Figure from" not in page.text and "Checked in November 2026" in page.text


def test_unknown_role_is_a_404_page(browser: Browser) -> None:
    page = browser.get("/roles/astronaut")
    assert page.status == 404
    assert page.h1 == "Page not found"


COMPARE_ROWS = [
    "Sector",
    "What you do",
    "Where you work",
    "Pay",
    "NHS pay band",
    "To start",
    "Ways in",
    "Apprenticeships",
    "Where it can lead",
]


def compare_query(*role_ids: str) -> str:
    """The compare page's address for these role ids, as its form sends them."""
    return "/roles/compare?" + "&".join(f"role={role_id}" for role_id in role_ids)


def table_rows(page: Page) -> dict[str, list[Tag]]:
    """The comparison table's cells, one per job, by row heading, as a screen reader reads them.

    Each cell starts with its job's name for a phone's stacked layout, hidden from screen readers
    (they hear the column heading); it is taken out here.
    """
    rows = {}
    for row in page.all(".compare-table tbody tr"):
        heading = row.select_one('th[scope="row"]')
        assert heading is not None
        for label in row.select('td > .compare-cell-job[aria-hidden="true"]'):
            label.decompose()
        rows[heading.get_text(strip=True)] = row.select("td")
    return rows


def compared(page: Page) -> list[str]:
    """The ids of the roles in the table's columns, from their links."""
    return [str(a["href"]).removeprefix("/roles/") for a in page.all('.compare-table th[scope="col"] a')]


@pytest.mark.parametrize(
    "role_ids",
    [("care-worker", "paramedic"), ("home-care-worker", "healthcare-support-worker", "registered-manager")],
    ids=["two", "three"],
)
def test_compare_sets_jobs_side_by_side(browser: Browser, role_ids: tuple[str, ...]) -> None:
    page = browser.get(compare_query(*role_ids))
    assert page.status == 200
    assert page.h1 == "Compare jobs"
    assert compared(page) == list(role_ids)
    assert page.texts('.compare-table th[scope="col"]') == [KB.role(r).title for r in role_ids]
    assert page.texts('.compare-table th[scope="row"]') == COMPARE_ROWS
    assert page.one(".compare-table caption")
    for row in page.all(".compare-table tbody tr"):
        assert len(row.select("td")) == len(role_ids)
    for role_id in role_ids:
        role = KB.role(role_id)
        assert " ".join(role.pay.summary.split()) in page.text
        assert page.one(f'#role-{role_ids.index(role_id) + 1} option[value="{role_id}"]').has_attr("selected")
    assert "Figure from December 2025" in page.text


def test_compare_shows_each_jobs_apprenticeships_and_where_it_leads(browser: Browser) -> None:
    role_ids = ["care-worker", "healthcare-support-worker"]
    rows = table_rows(browser.get(compare_query(*role_ids)))
    for column, role_id in enumerate(role_ids):
        apprenticeships = rows["Apprenticeships"][column]
        expected = KB.apprenticeships_into(role_id)
        links = {str(a["href"]): a.get_text(strip=True) for a in apprenticeships.select("a")}
        assert links == {f"/pathways#apprenticeship-{a.id}": a.name for a in expected}
        assert all(f"(level {a.level})" in apprenticeships.get_text() for a in expected)
        targets = [str(a["href"]) for a in rows["Where it can lead"][column].select("a")]
        assert targets == [f"/roles/{route.to_role}" for route in KB.routes_from(role_id)]


def test_compare_says_plainly_when_a_job_needs_no_qualifications_or_has_no_nhs_band(browser: Browser) -> None:
    rows = table_rows(browser.get(compare_query("care-worker", "paramedic")))
    assert [cell.get_text(" ", strip=True) for cell in rows["To start"]] == [
        "No qualifications needed.",
        " ".join(KB.role("paramedic").you_need.split()),
    ]
    assert [cell.get_text(strip=True) for cell in rows["NHS pay band"]] == ["No NHS pay band", "Band 5 to 6"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("role=care-worker&role=astronaut&role=paramedic", ["care-worker", "paramedic"]),
        ("role=care-worker&role=care-worker&role=paramedic", ["care-worker", "paramedic"]),
        ("role=care-worker&role=&role=paramedic", ["care-worker", "paramedic"]),
        (
            "role=care-worker&role=paramedic&role=midwife&role=doctor",
            ["care-worker", "paramedic", "midwife"],
        ),
        (
            "role=care-worker&role=care-worker&role=x&role=paramedic&role=midwife&role=doctor",
            ["care-worker", "paramedic", "midwife"],
        ),
    ],
    ids=["unknown", "duplicate", "empty", "four", "mixed"],
)
def test_compare_drops_unknown_and_repeated_jobs_and_keeps_three(
    browser: Browser, query: str, expected: list[str]
) -> None:
    page = browser.get(f"/roles/compare?{query}")
    assert page.status == 200
    assert compared(page) == expected


@pytest.mark.parametrize("query", ["", "?role=care-worker", "?role=astronaut&role=x"])
def test_compare_with_fewer_than_two_jobs_asks_for_two_or_three(browser: Browser, query: str) -> None:
    page = browser.get(f"/roles/compare{query}")
    assert page.status == 200
    assert "Pick two or three jobs" in page.text
    assert not page.all("table")
    assert page.one("form.compare-form")


def test_compare_with_one_job_picked_twice_asks_for_two_different_jobs(browser: Browser) -> None:
    page = browser.get(compare_query("care-worker", "care-worker"))
    assert page.one("#compare-problem").get_text(" ", strip=True) == (
        "Pick two different jobs. You picked Care worker more than once."
    )
    assert "Pick two or three jobs" not in page.text
    assert not page.all("table")


def test_compare_says_when_a_repeated_job_is_shown_once(browser: Browser) -> None:
    page = browser.get(compare_query("care-worker", "paramedic", "care-worker"))
    assert compared(page) == ["care-worker", "paramedic"]
    assert (
        "You picked Care worker more than once, so it is shown once."
        in page.one("#compare-problem").get_text()
    )
    assert not browser.get(compare_query("care-worker", "paramedic")).all("#compare-problem")


def test_each_compared_cell_names_its_job_for_phones_but_not_for_screen_readers(browser: Browser) -> None:
    page = browser.get(compare_query("care-worker", "paramedic"))
    for row in page.all(".compare-table tbody tr"):
        labels = [cell.select_one(".compare-cell-job") for cell in row.select("td")]
        assert [label.get_text() if label else None for label in labels] == ["Care worker", "Paramedic"]
        assert all(label["aria-hidden"] == "true" for label in labels if label)


def test_compare_form_is_a_plain_get_form_with_three_labelled_choices(browser: Browser, app: Flask) -> None:
    page = browser.get(compare_query("paramedic"))
    form = page.one("form.compare-form")
    assert form["method"] == "get" and form["action"] == "/roles/compare"
    labels = {"role-1": "First job", "role-2": "Second job", "role-3": "Third job (optional)"}
    for select_id, text in labels.items():
        assert page.one(f'label[for="{select_id}"]').get_text(strip=True) == text
        select = page.one(f'select#{select_id}[name="role"]')
        options = select.select("option")
        assert options[0]["value"] == ""
        assert {o["value"] for o in options[1:]} == {r.id for r in kb_of(app).roles}
        assert [g["label"] for g in select.select("optgroup")] == ["Social care", "Health (NHS and others)"]
    assert page.one('#role-1 option[value="paramedic"]').has_attr("selected")
    assert page.one('#role-2 option[value=""]').has_attr("selected")
    assert page.one('#role-3 option[value=""]').has_attr("selected")
    assert page.one("form.compare-form button[type=submit]").get_text(strip=True) == "Compare"


def test_compare_is_not_taken_for_a_role_id(browser: Browser, app: Flask) -> None:
    page = browser.get("/roles/compare")
    assert page.status == 200
    assert page.h1 == "Compare jobs"
    with app.test_request_context():
        url = url_for("explore.compare", role=["care-worker", "paramedic"])
    assert url == "/roles/compare?role=care-worker&role=paramedic"
    assert browser.get(url).status == 200
    assert browser.get("/roles/care-worker").h1 == "Care worker"


def test_compare_links_back_to_all_jobs(browser: Browser) -> None:
    page = browser.get(compare_query("care-worker", "paramedic"))
    assert page.all('.compare-link a[href="/roles"]')


def test_roles_index_and_role_pages_link_to_compare(browser: Browser) -> None:
    link = browser.get("/roles").one('a[href="/roles/compare"]')
    assert link.get_text(strip=True) == "Compare jobs side by side"
    link = browser.get("/roles/paramedic").one('a[href="/roles/compare?role=paramedic"]')
    assert link.get_text(strip=True) == "Compare this job with another"


def test_compare_escapes_what_is_typed_in_the_address(browser: Browser) -> None:
    page = browser.get("/roles/compare?role=<script>alert(1)</script>&role=care-worker&role=paramedic")
    assert page.status == 200
    assert "<script>alert" not in page.html
    assert compared(page) == ["care-worker", "paramedic"]


def test_pathways_map_is_an_svg_with_a_link_for_every_role(browser: Browser, app: Flask) -> None:
    page = browser.get("/pathways")
    assert page.status == 200
    svg = page.one("svg.map")
    # Each job on the whole map leads to its own steps, untangled from the rest.
    links = {a["href"] for a in svg.select("a.map-node")}
    assert links == {f"/pathways?from={role.id}#route" for role in kb_of(app).roles}
    assert len(svg.select("path.map-edge")) == len(kb_of(app).routes)
    assert svg.select_one("title")
    # Each box's name, wrapped over lines, is read out whole ("Learning disability support worker").
    names = {a["aria-label"] for a in svg.select("a.map-node")}
    assert names == {role.title for role in kb_of(app).roles}


def test_pathways_map_puts_spaces_between_the_lines_of_a_name(browser: Browser, app: Flask) -> None:
    """The words of a wrapped name ran together when read as text ("Learningdisability supportworker")."""
    svg = browser.get("/pathways").one("svg.map")
    wrapped = 0
    for node in svg.select("a.map-node"):
        text = node.select_one("text")
        assert text is not None
        assert " ".join(text.get_text().split()) == node["aria-label"]
        wrapped += len(text.select("tspan")) > 1
    assert wrapped > 10


def test_pathways_map_starts_every_column_at_the_top(app: Flask) -> None:
    """Centred columns left the top of the map empty: on a phone, the first thing seen was a blank box."""
    from careers_bot.web.pathway_map import MARGIN, layout

    tops: dict[int, float] = {}
    for node in layout(kb_of(app)).nodes:
        tops[node.column] = min(tops.get(node.column, node.y), node.y)
    # The first columns are what a narrow screen shows first. (A later column may start lower, below
    # the lines of longer routes passing over it.)
    assert tops[0] == tops[1] == MARGIN, tops


def test_pathways_from_a_job_shows_its_steps_on_and_in(browser: Browser, app: Flask) -> None:
    kb = kb_of(app)
    page = browser.get("/pathways?from=care-worker")
    assert page.one("h2#route").get_text(strip=True) == "Care worker: where it can lead"
    assert page.one("h2#route")["tabindex"] == "-1"
    steps_on = page.one("#route ~ ol.route-steps").select("li.route-step")
    assert [s.select_one("h3 a")["href"] for s in steps_on] == [
        f"/roles/{r.to_role}" for r in kb.routes_from("care-worker")
    ]
    # Each next job leads on to its own steps, so a phone can follow a path a tap at a time.
    senior = steps_on[[r.to_role for r in kb.routes_from("care-worker")].index("senior-care-worker")]
    assert senior.select_one(".route-step-next a")["href"] == "/pathways?from=senior-care-worker#route"
    assert "Level 3 apprenticeship" in senior.get_text()
    steps_in = page.one("#route-in ~ ul.route-steps").select("li.route-step")
    assert [s.select_one("h3 a")["href"] for s in steps_in] == [
        f"/roles/{r.from_role}" for r in kb.routes_to("care-worker")
    ]
    # Its own small map: the job, the jobs next to it, and only the steps that touch it.
    svg = page.one("svg.map")
    touching = [r for r in kb.routes if "care-worker" in (r.from_role, r.to_role)]
    assert len(svg.select("path.map-edge")) == len(touching)
    shown = {str(a["id"]).removeprefix("map-") for a in svg.select("a.map-node")}
    assert shown == {"care-worker"} | {r.from_role for r in touching} | {r.to_role for r in touching}
    assert page.one("#map-care-worker")["href"] == "/roles/care-worker"
    # Not the whole list of every step, which the whole map has.
    assert not page.all(".pathway-text")
    assert page.one('.pathway-form a.clear-filters[href="/pathways"]')


def test_pathways_from_the_most_senior_job_says_so(browser: Browser) -> None:
    page = browser.get("/pathways?from=registered-manager")
    assert "one of the most senior jobs on its ladder" in page.one("section.route").get_text()
    assert page.all("#route-in ~ ul.route-steps li")


def test_pathways_from_an_unknown_job_shows_the_whole_map(browser: Browser, app: Flask) -> None:
    page = browser.get("/pathways?from=astronaut")
    assert not page.all("section.route")
    assert len(page.all("svg.map a.map-node")) == len(kb_of(app).roles)


def test_pathways_job_picker_is_a_plain_get_form(browser: Browser, app: Flask) -> None:
    page = browser.get("/pathways")
    form = page.one("form.pathway-form")
    assert form["method"] == "get" and form["action"] == "/pathways#route"
    assert page.one('label[for="from"]').get_text(strip=True) == "Start from a job"
    options = page.one('select#from[name="from"]').select("option")
    assert options[0]["value"] == "" and {o["value"] for o in options[1:]} == {r.id for r in kb_of(app).roles}
    chosen = browser.get("/pathways?from=paramedic")
    assert chosen.one('#from option[value="paramedic"]').has_attr("selected")


def test_a_role_page_leads_to_its_own_steps_on_the_map(browser: Browser) -> None:
    page = browser.get("/roles/paramedic")
    assert page.one('a[href="/pathways?from=paramedic#route"]')


def test_pathways_map_marks_the_apprenticeship_level_on_steps(browser: Browser, app: Flask) -> None:
    svg = browser.get("/pathways").one("svg.map")
    badges = [t.get_text(strip=True) for t in svg.select("text.map-badge-text")]
    kb = kb_of(app)
    # One badge per level per role it leads into, however many routes share it.
    arrivals = {(r.to_role, kb.apprenticeship(r.apprenticeship).level) for r in kb.routes if r.apprenticeship}
    assert sorted(badges) == sorted(str(level) for _, level in arrivals)


def test_pathways_map_boxes_do_not_overlap(app: Flask) -> None:
    from careers_bot.web.pathway_map import layout

    nodes = layout(kb_of(app)).nodes
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            apart = (
                a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y or b.y + b.height <= a.y
            )
            assert apart, f"{a.role_id} overlaps {b.role_id}"


def test_pathways_text_version_lists_every_route(browser: Browser, app: Flask) -> None:
    page = browser.get("/pathways")
    text_links = [a["href"] for a in page.all(".pathway-text .steps a")]
    assert len(text_links) == len(kb_of(app).routes)
    assert page.one(".map-scroll")["tabindex"] == "0"


def test_pathways_lists_apprenticeships_by_level_with_anchors(browser: Browser, app: Flask) -> None:
    page = browser.get("/pathways")
    for apprenticeship in kb_of(app).apprenticeships:
        assert page.one(f"#apprenticeship-{apprenticeship.id}")


def test_support_directory_lists_every_active_service_with_an_anchor(browser: Browser, app: Flask) -> None:
    page = browser.get("/support")
    active = [s for s in kb_of(app).services if s.status == "active"]
    assert {a["id"] for a in page.all(".services > article:not(.service-closed)")} == {s.id for s in active}


def test_support_directory_puts_help_only_for_employers_last_unless_they_filter(
    browser: Browser, app: Flask
) -> None:
    services = {s.id: s for s in kb_of(app).services}
    shown = [a["id"] for a in browser.get("/support").all("article.service:not(.service-closed)")]
    for_employers = [services[i].audiences == ("provider",) for i in shown]
    assert for_employers == sorted(for_employers) and any(for_employers) and not for_employers[0]


SUPPORT_GROUPS = [
    "For students and young people",
    "For students, and for people looking for work",
    "For people looking for work or a change of job",
    "Urgent help and someone to talk to",
    "For care providers and employers",
]


def group_of_service(page: Page, service_id: str) -> str:
    """The heading of the group a service's card is under."""
    card = page.one(f"article#{service_id}")
    section = card.find_parent("section", class_="service-group")
    assert isinstance(section, Tag)
    heading = section.find("h2")
    assert heading is not None
    return heading.get_text(strip=True)


def test_support_directory_groups_every_service_once_under_who_it_is_for(
    browser: Browser, app: Flask
) -> None:
    page = browser.get("/support")
    assert page.texts(".service-group > h2") == SUPPORT_GROUPS
    # A contents list leads to each group, with how many are in it.
    contents = page.one("nav.contents")
    assert [str(a["href"]) for a in contents.select("a")] == [
        f"#{h['id']}" for h in page.all(".service-group > h2")
    ]
    assert contents.select("a")[0].get_text(strip=True) == "For students and young people (3)"
    grouped = [a["id"] for a in page.all(".service-group article.service")]
    active = [s.id for s in kb_of(app).services if s.status == "active"]
    assert sorted(grouped) == sorted(active), "every active service, each once"
    for service_id, heading in {
        "sixteen-to-nineteen-bursary": "For students and young people",
        "nhs-jobs": "For students, and for people looking for work",
        "jobcentre-plus": "For people looking for work or a change of job",
        "samaritans": "Urgent help and someone to talk to",
        "llbsp": "For care providers and employers",
    }.items():
        assert group_of_service(page, service_id) == heading
    # Cards sit under their group's h2, so their names are h3s.
    assert page.one("article#nhs-jobs .service-name").name == "h3"


def test_support_directory_tells_employers_which_services_in_other_groups_are_for_them_too(
    browser: Browser, app: Flask
) -> None:
    page = browser.get("/support")
    also = page.one("#group-providers ~ details.also-for")
    targets = {str(a["href"]).removeprefix("#") for a in also.select("a")}
    services = {s.id: s for s in kb_of(app).services}
    assert "jobcentre-plus" in targets and "skills-for-care" in targets
    for service_id in targets:
        assert "provider" in services[service_id].audiences
        assert group_of_service(page, service_id) != "For care providers and employers"


def test_support_directory_chosen_for_one_audience_is_one_list(browser: Browser) -> None:
    page = browser.get("/support?audience=student")
    assert not page.all(".service-group") and not page.all("nav.contents")
    assert page.all(".services > article.service h2.service-name")


def test_support_directory_for_students_keeps_urgent_lines_and_leaves_out_adult_services(
    browser: Browser,
) -> None:
    shown = {a["id"] for a in browser.get("/support?audience=student").all(".services > article.service")}
    assert {"childline", "samaritans", "shout", "nhs-111", "emergency-999"} <= shown
    adult_only = {"leicester-adult-social-care", "book-a-driving-test", "care-quality-commission"}
    assert not shown & adult_only


def test_support_directory_spells_out_llr_before_using_it(browser: Browser) -> None:
    text = browser.get("/support").text
    first = text.index("LLR")
    assert (
        text[first - len("Leicester, Leicestershire and Rutland (") : first]
        == "Leicester, Leicestershire and Rutland ("
    )
    assert "Anywhere in LLR" not in text


def test_support_directory_says_in_plain_words_what_other_help_is(browser: Browser) -> None:
    page = browser.get("/support")
    assert (
        page.one('#topic option[value="elsewhere"]').get_text(strip=True) == "Driving, childcare and advice"
    )
    assert "Elsewhere" not in page.texts("#topic option")


@pytest.mark.parametrize(
    ("service_id", "covers"),
    [
        ("jobcentre-plus", "All of England"),
        ("de-montfort-university", "All of Leicester, Leicestershire and Rutland"),
        ("golearn-leicestershire", "Leicestershire"),
        ("inspired-to-care", "Leicestershire and Rutland"),
        ("business-gateway-growth-hub", "Leicester and Leicestershire"),
        ("leicester-adult-skills", "Leicester"),
        ("think-rutland", "Rutland"),
    ],
)
def test_a_service_says_where_it_works_in_few_words(browser: Browser, service_id: str, covers: str) -> None:
    meta = browser.get("/support").one(f"article#{service_id} .meta").get_text(" ", strip=True)
    assert f"Covers: {covers}." in meta


def test_support_directory_says_what_replaced_closed_services(browser: Browser, app: Flask) -> None:
    page = browser.get("/support")
    closed = [s for s in kb_of(app).services if s.status == "closed"]
    assert closed
    for service in closed:
        article = page.one(f"article#{service.id}")
        assert "This has closed" in article.get_text()
        if service.replaced_by:
            assert article.select_one(f'a[href="/support#{service.replaced_by}"]')


@pytest.mark.parametrize(
    ("query", "audience", "topic", "area"),
    [
        ("audience=provider", "provider", None, None),
        ("topic=funding", None, "funding", None),
        ("area=melton", None, None, "melton"),
        ("audience=jobseeker&topic=training&area=charnwood", "jobseeker", "training", "charnwood"),
    ],
)
def test_support_directory_filters_by_audience_topic_and_area(
    browser: Browser, app: Flask, query: str, audience: str | None, topic: str | None, area: str | None
) -> None:
    page = browser.get(f"/support?{query}")
    shown = {a["id"] for a in page.all(".services > article:not(.service-closed)")}
    assert shown == {s.id for s in kb_of(app).services_for(audience, topic, area)}
    assert "match your choices" in page.text
    assert page.one('a.clear-filters[href="/support"]')


def test_support_directory_ignores_unknown_filter_values(browser: Browser, app: Flask) -> None:
    page = browser.get("/support?audience=aliens&topic=x&area=mars")
    active = [s for s in kb_of(app).services if s.status == "active"]
    assert len(page.all(".services > article:not(.service-closed)")) == len(active)


def test_support_filter_is_a_plain_get_form_with_labels(browser: Browser) -> None:
    page = browser.get("/support")
    form = page.one("form.filters")
    assert form["method"] == "get"
    for name in ("audience", "topic", "area"):
        assert page.one(f'label[for="{name}"]') and page.one(f'select#{name}[name="{name}"]')


def test_service_website_links_go_through_go(browser: Browser) -> None:
    page = browser.get("/support")
    website_links = [a["href"] for a in page.all(".contact-links a") if "Website" in a.get_text()]
    assert website_links and all(str(href).startswith("/go/") for href in website_links)


def test_go_redirects_to_the_services_own_site(browser: Browser, app: Flask) -> None:
    service = next(s for s in kb_of(app).services if s.status == "active" and s.url)
    response = browser.client.get(f"/go/{service.id}")
    assert response.status_code == 302
    assert response.headers["Location"] == service.url


def test_go_for_a_closed_service_goes_to_its_replacement(browser: Browser, app: Flask) -> None:
    service = next(s for s in kb_of(app).services if s.status == "closed" and s.replaced_by)
    response = browser.client.get(f"/go/{service.id}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/go/{service.replaced_by}"


def test_go_for_a_service_without_a_website_goes_to_its_directory_entry(browser: Browser, app: Flask) -> None:
    service = next((s for s in kb_of(app).services if s.status == "active" and not s.url), None)
    if service is None:
        pytest.skip("every active service has a website")
    response = browser.client.get(f"/go/{service.id}")
    assert response.headers["Location"] == f"/support#{service.id}"


def test_go_for_an_unknown_service_is_a_404(browser: Browser) -> None:
    assert browser.get("/go/no-such-service").status == 404


def test_the_chat_link_returns_to_the_latest_reply(browser: Browser) -> None:
    page = browser.get("/roles")
    chat = [a for a in page.all(".site-nav a") if a.get_text(strip=True) == "Chat"]
    assert chat and chat[0]["href"] == "/#latest"


def back_to_chat(page: Page) -> list[str]:
    """Where the page's "Back to the chat" links lead (outside the site's menu)."""
    return [
        str(a["href"]) for a in page.all("main .back-links a") if a.get_text(strip=True) == "Back to the chat"
    ]


def test_a_role_page_leads_back_to_the_chat_at_its_latest_reply(browser: Browser) -> None:
    browser.get("/")
    browser.tap("I'm at school or college")
    page = browser.get("/roles/healthcare-support-worker")
    # At the top and again at the end of a long page, beside "All jobs".
    assert back_to_chat(page) == ["/#latest", "/#latest"]
    assert page.texts("main .back-links a") == ["Back to the chat", "All jobs"] * 2


@pytest.mark.parametrize(
    "path", ["/roles/compare?role=care-worker&role=registered-nurse-adult", "/support", "/pathways"]
)
def test_pages_a_chat_card_leads_to_offer_the_way_back(browser: Browser, path: str) -> None:
    browser.say("what does a care worker earn")
    assert back_to_chat(browser.get(path)) == ["/#latest"]


def test_with_no_chat_to_go_back_to_a_role_page_offers_only_all_jobs(browser: Browser) -> None:
    page = browser.get("/roles/healthcare-support-worker")
    assert not back_to_chat(page)
    assert page.texts("main .back-links a") == ["All jobs", "All jobs"]
    assert not browser.get("/support").all("main .back-links")


def test_navigation_marks_the_current_page(browser: Browser) -> None:
    page = browser.get("/support")
    assert page.texts('.site-nav a[aria-current="page"]') == ["Support"]
    page = browser.get("/roles/care-worker")
    assert page.texts('.site-nav a[aria-current="page"]') == ["Jobs"]


def test_healthz_answers_with_the_knowledge_counts(browser: Browser, app: Flask) -> None:
    response = browser.client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["knowledge"] == kb_of(app).counts()
    assert body["knowledge"]["roles"] > 0


def test_a_health_jobs_page_lists_nhs_help_and_not_help_for_social_care_employers(browser: Browser) -> None:
    page = browser.get("/roles/dietitian")
    help_names = page.texts(".service-card h3, .service h3, #help h3")
    text = " ".join(help_names) or page.text
    assert "NHS Health Careers" in text
    assert "Skills for Care" not in text and "Care Workforce Pathway" not in text
    care = browser.get("/roles/care-worker").text
    assert "Skills for Care" in care


def test_compare_says_how_to_set_hourly_pay_beside_yearly_pay(browser: Browser) -> None:
    mixed = browser.get("/roles/compare?role=care-worker&role=healthcare-support-worker")
    assert "multiply the pay for an hour by 1,950" in mixed.one("#pay-units").get_text()
    same = browser.get("/roles/compare?role=registered-nurse-adult&role=midwife")
    assert not same.all("#pay-units")
