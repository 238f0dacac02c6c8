"""The bundled knowledge base loads cleanly, meets the issue's counts, and its guide documents every key."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from careers_bot.knowledge import BUNDLED, load
from careers_bot.knowledge.model import KINDS, Flow, FlowOption, FlowStep, Pay, Role, Route

MINIMUM_COUNTS = {"roles": 30, "apprenticeships": 15, "services": 25, "faqs": 80, "areas": 9}
GUIDE = (BUNDLED / "README.md").read_text(encoding="utf-8")
LOADED = load(BUNDLED)


def test_bundled_knowledge_base_passes_strict_check() -> None:
    assert [str(w) for w in LOADED.warnings] == []


@pytest.mark.parametrize(("kind", "minimum"), MINIMUM_COUNTS.items())
def test_bundled_counts_meet_the_minimum(kind: str, minimum: int) -> None:
    assert LOADED.knowledge.counts()[kind] >= minimum


def test_every_district_of_llr_is_an_area() -> None:
    names = {area.name for area in LOADED.knowledge.areas}
    assert names == {
        "Leicester",
        "Blaby",
        "Charnwood",
        "Harborough",
        "Hinckley and Bosworth",
        "Melton",
        "North West Leicestershire",
        "Oadby and Wigston",
        "Rutland",
    }


def test_apprenticeships_span_levels_2_to_7() -> None:
    levels = {a.level for a in LOADED.knowledge.apprenticeships}
    assert levels == {2, 3, 4, 5, 6, 7}


def test_closed_bodies_are_not_presented_as_running() -> None:
    kb = LOADED.knowledge
    for service_id in ("llep", "signpost-2-grow", "health-education-england", "national-careers-service"):
        service = kb.service(service_id)
        assert service.status == "closed" and service.closed_note
    assert kb.service("llep").replaced_by == "llbsp"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_file_is_in_the_editors_guide(kind: str) -> None:
    assert f"## {kind}.yaml" in GUIDE


@pytest.mark.parametrize("cls", [*KINDS.values(), Pay, Flow, FlowStep, FlowOption], ids=lambda c: c.__name__)
def test_every_key_is_documented_for_editors(cls: type) -> None:
    documented = set(re.findall(r"^\| ([a-z_, ]+) \|", GUIDE, flags=re.MULTILINE))
    keys = {k.strip() for row in documented for k in row.split(",")}
    keys |= set(re.findall(r"`([a-z_]+)`", GUIDE))
    missing = [f.name for f in dataclasses.fields(cls) if f.name not in keys]
    assert missing == [], f"knowledge/README.md does not document {cls.__name__} keys {missing}"


def test_every_yaml_file_is_a_known_kind() -> None:
    files = {p.stem for p in Path(BUNDLED).glob("*.yaml")}
    assert files == set(KINDS)


# The lowest legal pay for a full-time year (37.5 hours a week) at the April 2026 rate for workers aged
# 21 and over: a yearly NHS figure below it cannot be this year's pay.
LEGAL_MINIMUM_HOURLY = 12.71
FULL_TIME_HOURS_A_YEAR = 37.5 * 52.143


@pytest.mark.parametrize("role", [r for r in LOADED.knowledge.roles if r.nhs_band], ids=lambda r: r.id)
def test_yearly_nhs_pay_is_not_below_the_legal_minimum(role: Role) -> None:
    summary = role.pay.summary
    yearly = [int(m.replace(",", "")) for m in re.findall(r"£(\d{2},\d{3})", summary)]
    assert all(figure >= LEGAL_MINIMUM_HOURLY * FULL_TIME_HOURS_A_YEAR for figure in yearly), summary


# No apprenticeship may be shorter than 8 months (starts from August 2025), so a step made through one
# cannot "usually take a few months".
SHORTEST_APPRENTICESHIP_MONTHS = 8


@pytest.mark.parametrize(
    "route", [r for r in LOADED.knowledge.routes if r.apprenticeship], ids=lambda r: r.id
)
def test_a_step_through_an_apprenticeship_takes_at_least_its_shortest_length(route: Route) -> None:
    time = route.typical_time
    months = [int(n) for n in re.findall(r"(\d+) months", time)]
    assert "year" in time or max(months, default=0) >= SHORTEST_APPRENTICESHIP_MONTHS, time
