"""Pages to explore: every role, roles side by side, the pathways map, the support directory, links out."""

from __future__ import annotations

from functools import cache

from flask import Blueprint, abort, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from careers_bot.engine.compose import HOURLY_AND_YEARLY, mixed_pay
from careers_bot.knowledge import KnowledgeBase
from careers_bot.knowledge.model import AUDIENCES, TOPICS, Role, Service
from careers_bot.web.context import knowledge
from careers_bot.web.directory import grouped
from careers_bot.web.pathway_map import PathwayMap, layout

bp = Blueprint("explore", __name__)

RELATED_SERVICES = 5
# NHS Health Careers compares up to three roles; more columns would not fit a phone.
COMPARE_AT_MOST = 3


def sectors_of(kb: KnowledgeBase) -> list[str]:
    """The sectors that have roles, social care first."""
    return sorted({r.sector for r in kb.roles}, reverse=True)


@bp.get("/roles")
def roles() -> str:
    """Every role, filtered by sector and by 'no qualifications needed' (a plain GET form)."""
    kb = knowledge()
    sector = request.args.get("sector", "")
    sector = sector if sector in {r.sector for r in kb.roles} else ""
    no_qualifications = request.args.get("no-qualifications") == "yes"
    shown = [
        r
        for r in kb.roles
        if (not sector or r.sector == sector) and (not no_qualifications or r.no_qualifications_needed)
    ]
    return render_template(
        "roles.html",
        roles=shown,
        total=len(kb.roles),
        sectors=sectors_of(kb),
        sector=sector,
        no_qualifications=no_qualifications,
    )


def related_services(kb: KnowledgeBase, role: Role) -> list[Service]:
    """Services that questions about this role point to, then general careers help."""
    found: dict[str, Service] = {}
    for faq in kb.faqs:
        if role.id in faq.roles:
            for service_id in faq.services:
                service = kb.service(service_id)
                if service.status == "active" and (not service.sectors or role.sector in service.sectors):
                    found.setdefault(service.id, service)
    general = [
        s for s in kb.services_for(topic="careers-advice") if not s.sectors or role.sector in s.sectors
    ]
    # Help for jobs in this sector (NHS Jobs for a radiographer) before help for anyone.
    for service in sorted(general, key=lambda s: role.sector not in s.sectors):
        found.setdefault(service.id, service)
    return list(found.values())[:RELATED_SERVICES]


def chosen_roles(kb: KnowledgeBase, role_ids: list[str]) -> list[Role]:
    """The roles asked for, in order: unknown ids and repeats dropped, at most three kept."""
    chosen: dict[str, Role] = {}
    for role_id in role_ids:
        found = kb.get("roles", role_id)
        if isinstance(found, Role):
            chosen.setdefault(found.id, found)
    return list(chosen.values())[:COMPARE_AT_MOST]


def repeated_roles(kb: KnowledgeBase, role_ids: list[str]) -> list[Role]:
    """The roles asked for more than once, so the page can say why it shows fewer."""
    seen: set[str] = set()
    repeated: dict[str, Role] = {}
    for role_id in role_ids:
        found = kb.get("roles", role_id)
        if isinstance(found, Role):
            if found.id in seen:
                repeated.setdefault(found.id, found)
            seen.add(found.id)
    return list(repeated.values())


# Registered before /roles/<role_id>; werkzeug also ranks a fixed path above a variable one.
@bp.get("/roles/compare")
def compare() -> str:
    """Two or three roles side by side, chosen with a plain GET form (?role=a&role=b&role=c)."""
    kb = knowledge()
    asked = request.args.getlist("role")
    chosen = chosen_roles(kb, asked)
    return render_template(
        "compare.html",
        chosen=chosen,
        repeated=repeated_roles(kb, asked),
        choices=[(sector, [r for r in kb.roles if r.sector == sector]) for sector in sectors_of(kb)],
        apprenticeships={r.id: kb.apprenticeships_into(r.id) for r in chosen},
        leads_to={r.id: kb.routes_from(r.id) for r in chosen},
        pay_note=HOURLY_AND_YEARLY if mixed_pay(chosen) else None,
    )


@bp.get("/roles/<role_id>")
def role(role_id: str) -> str:
    """One role: the work, pay with its date, how to get in, apprenticeships, where it leads, help."""
    kb = knowledge()
    found = kb.get("roles", role_id)
    if not isinstance(found, Role):
        abort(404)
    return render_template(
        "role.html",
        role=found,
        apprenticeships=kb.apprenticeships_into(role_id),
        routes_from=kb.routes_from(role_id),
        routes_to=kb.routes_to(role_id),
        faqs=[f for f in kb.faqs if role_id in f.roles][:4],
        services=related_services(kb, found),
        levels={level.level: level for level in kb.levels},
    )


@cache
def _map(kb: KnowledgeBase) -> PathwayMap:
    return layout(kb)


@cache
def _map_around(kb: KnowledgeBase, role_id: str) -> PathwayMap | None:
    # One job's own small map: the steps into it and on from it, and nothing else, so no lines cross it.
    routes = tuple(r for r in kb.routes if role_id in (r.from_role, r.to_role))
    return layout(kb, routes) if routes else None


@bp.get("/pathways")
def pathways() -> str:
    """The progression map, or one job's steps in and on (?from=care-worker), and apprenticeships by level.

    The whole map is a wide picture for big screens; one job's steps read as a list on any screen,
    each next job leading on to its own steps, so a phone can follow a path one tap at a time.
    """
    kb = knowledge()
    start = kb.get("roles", request.args.get("from", ""))
    start = start if isinstance(start, Role) else None
    return render_template(
        "pathways.html",
        start=start,
        map=_map_around(kb, start.id) if start else _map(kb),
        choices=[(sector, [r for r in kb.roles if r.sector == sector]) for sector in sectors_of(kb)],
        levels={level.level: level for level in kb.levels},
        apprenticeships=sorted(kb.apprenticeships, key=lambda a: (a.level, a.name)),
    )


def _choice(name: str, allowed: set[str]) -> str:
    value = request.args.get(name, "")
    return value if value in allowed else ""


@bp.get("/support")
def support() -> str:
    """Every service, filterable by audience, topic and area (a plain GET form)."""
    kb = knowledge()
    audience = _choice("audience", set(AUDIENCES))
    topic = _choice("topic", set(TOPICS))
    area = _choice("area", {a.id for a in kb.areas})
    active = kb.services_for(audience or None, topic or None, area or None)
    # Unless they chose who it is for, the services come under headings by who they are for, students
    # and people looking for work first (most readers are), help only for employers last.
    groups = [] if audience else grouped(active)
    closed = [
        s
        for s in kb.services
        if s.status == "closed"
        and (not audience or audience in s.audiences)
        and (not topic or topic in s.topics)
        and (not area or area in s.areas or "national" in s.areas)
    ]
    return render_template(
        "support.html",
        services=active,
        groups=groups,
        closed=closed,
        audiences=AUDIENCES,
        topics=TOPICS,
        areas=kb.areas,
        chosen={"audience": audience, "topic": topic, "area": area},
        filtered=bool(audience or topic or area),
    )


@bp.get("/go/<service_id>")
def go(service_id: str) -> Response:
    """Out to a service's own site (links go through here so they can be counted later)."""
    service = knowledge().get("services", service_id)
    if not isinstance(service, Service):
        abort(404)
    if service.status == "closed" and service.replaced_by:
        return redirect(url_for(".go", service_id=service.replaced_by))
    if not service.url:
        return redirect(url_for(".support", _anchor=service.id))
    return redirect(service.url)
