"""The plan: what this conversation found, to print, or to carry to a phone by link or QR code.

The plan travels inside its link: the engine's small plan state, as compact JSON, compressed and
signed with the app's secret key. Nothing about the person is stored on the server, and a link that
has been changed is refused.
"""

from __future__ import annotations

from typing import Any

import segno
from flask import Blueprint, abort, current_app, make_response, render_template, url_for
from itsdangerous import BadData, URLSafeSerializer
from markupsafe import Markup
from werkzeug.wrappers import Response

from careers_bot.engine.reply import Plan
from careers_bot.knowledge.model import Faq, Role, Service
from careers_bot.web import conversation
from careers_bot.web.context import knowledge, shared

bp = Blueprint("plan", __name__)

SALT = "careers-bot.plan-link"
TOKEN_MAX_CHARS = 2000


def _serializer() -> URLSafeSerializer:
    # URLSafeSerializer compresses with zlib when that is shorter, then base64-encodes and signs.
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt=SALT)


def make_token(plan_state: dict[str, Any]) -> str:
    """A signed, compact token that carries the plan state in a URL."""
    return str(_serializer().dumps(plan_state))


def read_token(token: str) -> dict[str, Any] | None:
    """The plan state in a token, or None if it was changed, cut short or made with another key."""
    if len(token) > TOKEN_MAX_CHARS:
        return None
    try:
        data = _serializer().loads(token)
    except BadData:
        return None
    return data if isinstance(data, dict) else None


def plan_url(token: str) -> str:
    """The absolute address of a plan link, on the public address when one is set."""
    path = url_for("plan.shared_plan", token=token)
    public = current_app.config.get("PUBLIC_URL")
    return public.rstrip("/") + path if public else url_for("plan.shared_plan", token=token, _external=True)


def qr_svg(url: str) -> Markup:
    """The address as a QR code, an inline SVG that scales with its box (no style attributes)."""
    code = segno.make(url, error="m", micro=False)
    svg = code.svg_inline(
        scale=1, border=2, dark="#000", light="#fff", omitsize=True, svgclass="qr", lineclass=None
    )
    label = "QR code: scan it with a phone camera to open this plan"
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{label}" focusable="false" ', 1))


def _details(plan: Plan) -> dict[str, Any]:
    """The plan's ids looked up in the knowledge base; ids it no longer has are left out."""
    kb = knowledge()
    roles = [r for r in (kb.get("roles", i) for i in plan.roles) if isinstance(r, Role)]
    return {
        "plan": plan,
        "roles": [(r, kb.routes_from(r.id), kb.apprenticeships_into(r.id)) for r in roles],
        "services": [s for s in (kb.get("services", i) for i in plan.services) if isinstance(s, Service)],
        "faqs": [f for f in (kb.get("faqs", i) for i in plan.faqs) if isinstance(f, Faq)],
    }


def _render(plan: Plan, token: str, shared_link: bool) -> Response:
    url = plan_url(token)
    html = render_template(
        "plan.html",
        **_details(plan),
        url=url,
        qr=None if plan.empty else qr_svg(url),
        shared_link=shared_link,
    )
    response = make_response(html)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/plan")
def my_plan() -> Response:
    """The plan for the conversation in this browser's cookie."""
    engine = shared().engine
    state = conversation.load().state
    return _render(engine.plan(state), make_token(engine.plan_state(state)), shared_link=False)


@bp.get("/plan/<token>")
def shared_plan(token: str) -> Response:
    """A plan carried by its link (from the QR code, or copied)."""
    plan_state = read_token(token)
    if plan_state is None:
        abort(404, description="plan")
    return _render(shared().engine.plan(plan_state), token, shared_link=True)
