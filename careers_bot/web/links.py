"""Where a card in a reply leads: its page on this site, and the service's own site via /go/."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from flask import Flask, current_app, request, url_for

from careers_bot.engine.reply import COMPARED_SEPARATOR
from careers_bot.knowledge import KnowledgeBase
from careers_bot.knowledge.model import Apprenticeship, Role, Route, Service
from careers_bot.web.context import knowledge


def card_links(card: Mapping[str, Any]) -> dict[str, str]:
    """The links for a card: `href` (a page here) and `go` (a service's site), when there are any."""
    kind, ref = card.get("kind"), card.get("ref")
    if not isinstance(kind, str) or not isinstance(ref, str):
        return {}
    app: Flask = current_app._get_current_object()  # type: ignore[attr-defined]
    return dict(_links(app, request.script_root, kind, ref))


@lru_cache(maxsize=4096)
def _links(app: Flask, script_root: str, kind: str, ref: str) -> tuple[tuple[str, str], ...]:
    # The same card always leads to the same pages in one app mounted at one place, and cards
    # only name records of the knowledge base: so each is built once (url_for is most of the cost).
    kb = knowledge()
    links: dict[str, str] = {}
    if kind == "role" and isinstance(kb.get("roles", ref), Role):
        links["href"] = url_for("explore.role", role_id=ref)
    elif kind == "route" and isinstance(route := kb.get("routes", ref), Route):
        links["href"] = url_for("explore.role", role_id=route.to_role)
    elif kind == "apprenticeship" and isinstance(kb.get("apprenticeships", ref), Apprenticeship):
        links["href"] = url_for("explore.pathways", _anchor=f"apprenticeship-{ref}")
    elif kind == "comparison" and _all_roles(kb, jobs := ref.split(COMPARED_SEPARATOR)):
        links["href"] = url_for("explore.compare", role=jobs)
    elif kind == "service" and isinstance(service := kb.get("services", ref), Service):
        links["href"] = url_for("explore.support", _anchor=ref)
        if service.url or service.replaced_by:
            links["go"] = url_for("explore.go", service_id=ref)
    return tuple(links.items())


def _all_roles(kb: KnowledgeBase, role_ids: list[str]) -> bool:
    return all(isinstance(kb.get("roles", r), Role) for r in role_ids)


def with_links(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The messages, each card given its links (for the JSON API, so the script need not know URLs)."""
    return [m | card_links(m) if m.get("type") == "card" else m for m in messages]
