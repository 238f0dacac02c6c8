"""The knowledge base as plain, frozen, typed objects.

The loader builds these from the YAML files under knowledge/. The field names here are the
YAML keys; the type hints drive validation, so a new key is added in one place only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Annotated, Literal, NewType

Url = NewType("Url", str)
Email = NewType("Email", str)
Phone = NewType("Phone", str)
MonthDate = NewType("MonthDate", str)  # "2025-12" or "2025-12-01": when a figure applied


@dataclass(frozen=True)
class Ref:
    """Marks a field that holds the id of a record of another kind."""

    kind: str
    also: tuple[str, ...] = ()


RoleId = Annotated[str, Ref("roles")]
ApprenticeshipId = Annotated[str, Ref("apprenticeships")]
ServiceId = Annotated[str, Ref("services")]
FaqId = Annotated[str, Ref("faqs")]
AreaId = Annotated[str, Ref("areas", also=("national",))]

Sector = Literal["social-care", "health"]
Audience = Literal["student", "jobseeker", "career-changer", "provider"]
Topic = Literal[
    "careers-advice",
    "jobs",
    "apprenticeships",
    "training",
    "funding",
    "recruitment",
    "retention",
    "business-growth",
    "wellbeing",
    "urgent-help",
    # Not this guide's subject (arranging care, health advice, other jobs): the answer says who helps.
    "elsewhere",
]
EntryRoute = Literal[
    "direct", "apprenticeship", "college", "university", "t-level", "volunteering", "traineeship"
]
PathwayCategory = Literal[
    "new-to-care",
    "care-or-support-worker",
    "enhanced-care-worker",
    "personal-assistant",
    "supervisor-or-leader",
    "practice-leader",
    "deputy-manager",
    "registered-manager",
]
ServiceStatus = Literal["active", "closed"]
Setting = Literal[
    "care-home",
    "peoples-homes",
    "supported-living",
    "day-centre",
    "community",
    "hospital",
    "gp-surgery",
    "pharmacy",
    "ambulance",
    "office",
]
Interest = Literal["helping-people", "science-and-health", "active-work", "organising", "talking-with-people"]

AUDIENCES: tuple[str, ...] = Audience.__args__  # type: ignore[attr-defined]
TOPICS: tuple[str, ...] = Topic.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Pay:
    """A pay figure, always with the date it applied and where it came from."""

    summary: str
    as_of: MonthDate
    source: str

    @property
    def has_figure(self) -> bool:
        """True when the summary gives an amount ('£12.60 an hour'), not only who sets the pay."""
        return "£" in self.summary

    @property
    def per(self) -> str | None:
        """'hour' or 'year': how the figure is given ('£12.60 an hour', 'about £32,070 a year'); None without one."""
        if not self.has_figure:
            return None
        return "hour" if "an hour" in self.summary else "year"


@dataclass(frozen=True)
class Level:
    """What a qualification level means in everyday words."""

    id: str
    level: int
    name: str
    like: str
    summary: str
    reviewed: date
    source: str


@dataclass(frozen=True)
class Role:
    """A job in health or social care."""

    id: str
    title: str
    sector: Sector
    summary: str
    day_to_day: str
    settings: tuple[Setting, ...]
    entry_routes: tuple[EntryRoute, ...]
    you_need: str
    you_do_not_need: str
    pay: Pay
    reviewed: date
    source: str
    also_called: tuple[str, ...] = ()
    described_as: tuple[str, ...] = ()  # what people say the job does, not its name ("deliver babies")
    # Whole messages in which people describe the job without naming it ("the people who take your blood?").
    described_by: tuple[str, ...] = ()
    no_qualifications_needed: bool = False
    entry_role: bool = False
    senior: bool = False
    pathway_category: PathwayCategory | None = None
    nhs_band: str | None = None
    interests: tuple[Interest, ...] = ()
    check_with: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """Every way people name the job or describe it: title, other names, everyday descriptions."""
        return (self.title, *self.also_called, *self.described_as)


@dataclass(frozen=True)
class Apprenticeship:
    """An apprenticeship standard and the roles it leads to."""

    id: str
    name: str
    level: int
    duration: str
    entry_requirements: str
    summary: str
    roles: tuple[RoleId, ...]
    reviewed: date
    source: str
    reference: str | None = None
    funding_band: str | None = None
    url: Url | None = None
    check_with: str | None = None


@dataclass(frozen=True)
class Route:
    """A step from one role to another, and how people make it."""

    id: str
    from_role: RoleId
    to_role: RoleId
    via: str
    typical_time: str
    reviewed: date
    source: str
    apprenticeship: ApprenticeshipId | None = None


@dataclass(frozen=True)
class Service:
    """A support service or contact, shaped like an Open Referral UK service record."""

    id: str
    name: str
    organisation: str
    description: str
    audiences: tuple[Audience, ...]
    topics: tuple[Topic, ...]
    areas: tuple[AreaId, ...]
    status: ServiceStatus
    reviewed: date
    source: str
    url: Url | None = None
    phone: Phone | None = None
    email: Email | None = None
    replaced_by: ServiceId | None = None
    closed_note: str | None = None
    check_with: str | None = None
    sectors: tuple[Sector, ...] = ()  # only for jobs in these sectors; none: for either


@dataclass(frozen=True)
class Faq:
    """A question people ask, the ways they ask it, and a short answer."""

    id: str
    question: str
    phrasings: tuple[str, ...]
    answer: str
    reviewed: date
    source: str
    audiences: tuple[Audience, ...] = ()
    topics: tuple[Topic, ...] = ()
    follow_ups: tuple[FaqId, ...] = ()
    roles: tuple[RoleId, ...] = ()
    services: tuple[ServiceId, ...] = ()
    check_with: str | None = None
    personal: bool = False  # about someone's own situation (a record, their health): left off a printed plan
    way_in: str | None = (
        None  # the plan's next step for its roles that need a qualification, in place of the usual one
    )


@dataclass(frozen=True)
class Synonym:
    """Words people type, and the term the knowledge base uses for them."""

    id: str
    term: str
    words: tuple[str, ...]
    reviewed: date
    source: str


@dataclass(frozen=True)
class Area:
    """A district of Leicester, Leicestershire and Rutland, its towns and its council."""

    id: str
    name: str
    council: str
    towns: tuple[str, ...]
    adult_social_care: ServiceId
    reviewed: date
    source: str


FlowOutcome = Literal["suggest-roles", "first-steps", "provider-support", "menu"]
SlotName = Literal[
    "interest", "setting", "age_band", "qualifications", "experience", "barrier", "area", "hours", "need"
]


@dataclass(frozen=True)
class FlowOption:
    """One answer to a guided question: its button label, the value it stores, words that mean it."""

    label: str
    value: str
    words: tuple[str, ...] = ()
    topics: tuple[Topic, ...] = ()
    faqs: tuple[FaqId, ...] = ()


@dataclass(frozen=True)
class FlowStep:
    """A question in a guided journey, and the slot its answer fills."""

    id: str
    ask: str
    slot: SlotName
    options: tuple[FlowOption, ...]
    why: str | None = None


@dataclass(frozen=True)
class Flow:
    """A guided journey for one audience: questions in order, then an outcome."""

    id: str
    title: str
    intro: str
    steps: tuple[FlowStep, ...]
    outcome: FlowOutcome
    reviewed: date
    source: str
    audience: Audience | None = None
    faqs: tuple[FaqId, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    """Every record, by kind, each in file order."""

    levels: tuple[Level, ...] = ()
    roles: tuple[Role, ...] = ()
    apprenticeships: tuple[Apprenticeship, ...] = ()
    routes: tuple[Route, ...] = ()
    services: tuple[Service, ...] = ()
    faqs: tuple[Faq, ...] = ()
    synonyms: tuple[Synonym, ...] = ()
    areas: tuple[Area, ...] = ()
    flows: tuple[Flow, ...] = ()

    @cached_property
    def _by_id(self) -> dict[str, dict[str, object]]:
        return {kind: {record.id: record for record in getattr(self, kind)} for kind in KINDS}

    def get(self, kind: str, record_id: str) -> object | None:
        """The record of this kind with this id, or None."""
        return self._by_id[kind].get(record_id)

    def role(self, role_id: str) -> Role:
        """The role with this id (KeyError if there is none)."""
        return self._by_id["roles"][role_id]  # type: ignore[return-value]

    def service(self, service_id: str) -> Service:
        """The service with this id (KeyError if there is none)."""
        return self._by_id["services"][service_id]  # type: ignore[return-value]

    def faq(self, faq_id: str) -> Faq:
        """The FAQ with this id (KeyError if there is none)."""
        return self._by_id["faqs"][faq_id]  # type: ignore[return-value]

    def apprenticeship(self, apprenticeship_id: str) -> Apprenticeship:
        """The apprenticeship with this id (KeyError if there is none)."""
        return self._by_id["apprenticeships"][apprenticeship_id]  # type: ignore[return-value]

    def flow(self, flow_id: str) -> Flow:
        """The flow with this id (KeyError if there is none)."""
        return self._by_id["flows"][flow_id]  # type: ignore[return-value]

    def area(self, area_id: str) -> Area:
        """The area with this id (KeyError if there is none)."""
        return self._by_id["areas"][area_id]  # type: ignore[return-value]

    @cached_property
    def _links(self) -> dict[str, dict[str, tuple[object, ...]]]:
        routes_from: dict[str, list[Route]] = {}
        routes_to: dict[str, list[Route]] = {}
        training: dict[str, list[Apprenticeship]] = {}
        for route in self.routes:
            routes_from.setdefault(route.from_role, []).append(route)
            routes_to.setdefault(route.to_role, []).append(route)
        for apprenticeship in sorted(self.apprenticeships, key=lambda a: a.level):
            for role_id in apprenticeship.roles:
                training.setdefault(role_id, []).append(apprenticeship)
        return {
            "from": {k: tuple(v) for k, v in routes_from.items()},
            "to": {k: tuple(v) for k, v in routes_to.items()},
            "training": {k: tuple(v) for k, v in training.items()},
        }

    def routes_from(self, role_id: str) -> tuple[Route, ...]:
        """The steps that lead on from a role."""
        return self._links["from"].get(role_id, ())  # type: ignore[return-value]

    def routes_to(self, role_id: str) -> tuple[Route, ...]:
        """The steps that lead into a role."""
        return self._links["to"].get(role_id, ())  # type: ignore[return-value]

    def apprenticeships_into(self, role_id: str) -> tuple[Apprenticeship, ...]:
        """The apprenticeships that lead to a role, lowest level first."""
        return self._links["training"].get(role_id, ())  # type: ignore[return-value]

    def services_for(
        self, audience: str | None = None, topic: str | None = None, area: str | None = None
    ) -> tuple[Service, ...]:
        """Active services that fit an audience, a topic and an area (None matches any)."""
        return tuple(
            s
            for s in self.services
            if s.status == "active"
            and (audience is None or audience in s.audiences)
            and (topic is None or topic in s.topics)
            and (area is None or area in s.areas or "national" in s.areas)
        )

    def counts(self) -> dict[str, int]:
        """How many records of each kind there are."""
        return {kind: len(getattr(self, kind)) for kind in KINDS}


KINDS: dict[str, type] = {
    "levels": Level,
    "roles": Role,
    "apprenticeships": Apprenticeship,
    "routes": Route,
    "services": Service,
    "faqs": Faq,
    "synonyms": Synonym,
    "areas": Area,
    "flows": Flow,
}
