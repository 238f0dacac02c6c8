"""The support directory in plain words: services grouped by who they are for, and areas named simply.

Only presentation: the groups come from each service's audiences and topics as the knowledge base
records them, and nothing here changes what a service is for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from careers_bot.knowledge.model import Area, Service

SEEKERS = {"jobseeker", "career-changer"}
COUNTY_COUNCIL = "Leicestershire County Council"  # its districts together are "Leicestershire"
WHOLE_AREA = "All of Leicester, Leicestershire and Rutland"

# In the order most readers need them: students and people looking for work first (most readers
# are), urgent help before help only for employers, which comes last.
GROUPS: tuple[tuple[str, str], ...] = (
    ("students", "For students and young people"),
    ("students-and-jobseekers", "For students, and for people looking for work"),
    ("jobseekers", "For people looking for work or a change of job"),
    ("urgent", "Urgent help and someone to talk to"),
    ("providers", "For care providers and employers"),
)


@dataclass(frozen=True)
class Group:
    """Services under one heading; `also` are services under other headings that are for these readers too."""

    id: str
    heading: str
    services: tuple[Service, ...]
    also: tuple[Service, ...] = ()


def group_of(service: Service) -> str:
    """Which heading a service goes under: urgent help, else by who it is for."""
    if "urgent-help" in service.topics:
        return "urgent"
    audiences = set(service.audiences)
    student, seeker = "student" in audiences, bool(audiences & SEEKERS)
    if student and seeker:
        return "students-and-jobseekers"
    if student:
        return "students"
    if seeker:
        return "jobseekers"
    return "providers"


def grouped(services: Iterable[Service]) -> list[Group]:
    """The services under plain headings, each once, leaving out headings with nothing under them.

    Employers also use many services listed for jobseekers or students (Jobcentre Plus, the DBS, Skills
    for Care): the employers' group names them, so a care provider need not read every group.
    """
    by_group: dict[str, list[Service]] = {group_id: [] for group_id, _ in GROUPS}
    for service in services:
        by_group[group_of(service)].append(service)
    elsewhere_for_providers = tuple(
        s
        for group_id in ("students", "students-and-jobseekers", "jobseekers")
        for s in by_group[group_id]
        if "provider" in s.audiences
    )
    return [
        Group(
            group_id,
            heading,
            tuple(by_group[group_id]),
            elsewhere_for_providers if group_id == "providers" else (),
        )
        for group_id, heading in GROUPS
        if by_group[group_id]
    ]


def in_words(names: list[str]) -> str:
    """['Leicester', 'Blaby', 'Rutland'] as 'Leicester, Blaby and Rutland'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def areas_in_words(area_ids: Iterable[str], areas: Iterable[Area]) -> str:
    """Where a service works, as briefly as it is true: the whole area, or Leicestershire for its districts."""
    chosen, areas = set(area_ids), tuple(areas)
    if "national" in chosen:
        return "All of England"
    if chosen >= {a.id for a in areas}:
        return WHOLE_AREA
    county = {a.id for a in areas if a.council == COUNTY_COUNCIL}
    whole_county = bool(county) and county <= chosen
    names: list[str] = []
    for area in areas:
        if area.id not in chosen:
            continue
        name = "Leicestershire" if whole_county and area.id in county else area.name
        if name not in names:
            names.append(name)
    return in_words(names) if names else ", ".join(sorted(chosen))
