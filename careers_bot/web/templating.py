"""Small helpers the templates use: names for ids, and dates in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from flask import Flask

from careers_bot.knowledge.labels import label
from careers_bot.knowledge.model import Apprenticeship, Role, Route, Service
from careers_bot.web.context import knowledge
from careers_bot.web.conversation import has_messages
from careers_bot.web.directory import areas_in_words
from careers_bot.web.links import card_links

# Plainer words than the knowledge base's own labels, where a page shows them ("Help with: Elsewhere"
# said nothing). The knowledge base keeps its values; only the words on the page change.
PAGE_LABELS: dict[str, dict[str, str]] = {
    "topic": {"elsewhere": "Driving, childcare and advice"},
}

MONTHS = ("January February March April May June July August September October November December").split()


def role_title(role_id: str) -> str:
    """The title of a role, by id."""
    found = knowledge().get("roles", role_id)
    return found.title if isinstance(found, Role) else role_id


def role_named(role_id: str) -> Role | None:
    """The role with this id, if there is one."""
    found = knowledge().get("roles", role_id)
    return found if isinstance(found, Role) else None


def service_named(service_id: str) -> Service | None:
    """The service with this id, if there is one."""
    found = knowledge().get("services", service_id)
    return found if isinstance(found, Service) else None


def page_label(value: object, kind: str) -> str:
    """The everyday words for a value on a page: this page's plainer words first, then the knowledge base's."""
    return PAGE_LABELS.get(kind, {}).get(str(value)) or label(value, kind)


def service_areas(service: Service) -> str:
    """Where a service works, in as few words as are true ('All of Leicester, Leicestershire and Rutland')."""
    return areas_in_words(service.areas, knowledge().areas)


def routes_from(role_id: str) -> tuple[Route, ...]:
    """The steps that lead on from a role."""
    return knowledge().routes_from(role_id)


def routes_to(role_id: str) -> tuple[Route, ...]:
    """The steps that lead into a role."""
    return knowledge().routes_to(role_id)


def apprenticeship_level(apprenticeship_id: str) -> int | None:
    """The level of an apprenticeship, by id."""
    found = knowledge().get("apprenticeships", apprenticeship_id)
    return found.level if isinstance(found, Apprenticeship) else None


def month_year(value: object) -> str:
    """'2025-12' (or '2025-12-01') as 'December 2025'."""
    parts = str(value).split("-")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit() and 1 <= int(parts[1]) <= 12:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return str(value)


def long_date(value: date) -> str:
    """A date as '22 November 2026'."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def step_parts(step: str) -> tuple[str, str | None]:
    """A plan step split into its words and the web address it ends with, if any ('Visit X: https://...')."""
    words, _, last = step.rpartition(": ")
    if words and last.startswith(("https://", "http://")) and " " not in last:
        return f"{words}: ", last
    return step, None


def in_conversation() -> bool:
    """Whether this visitor has a chat to go back to, so a page offers 'Back to the chat'."""
    return has_messages()


def register(app: Flask) -> None:
    """Make the helpers available in every template."""
    helpers: tuple[Callable[..., Any], ...] = (
        role_title,
        role_named,
        service_named,
        routes_from,
        routes_to,
        apprenticeship_level,
        card_links,
        step_parts,
        in_conversation,
        service_areas,
    )
    for helper in helpers:
        app.add_template_global(helper)
    app.add_template_filter(page_label, "label")
    filters: tuple[Callable[..., str], ...] = (month_year, long_date)
    for text_filter in filters:
        app.add_template_filter(text_filter)
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
