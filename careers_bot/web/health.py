"""A health check for load balancers and monitoring."""

from __future__ import annotations

from flask import Blueprint, jsonify
from werkzeug.wrappers import Response

from careers_bot.web.context import knowledge

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """200 with the knowledge base's counts: the app is up and its knowledge loaded."""
    return jsonify(status="ok", knowledge=knowledge().counts())
