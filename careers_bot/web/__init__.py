"""The web layer: blueprints, error pages, security headers and the Flask extensions.

Views are thin: they read the request, ask the engine or the knowledge base, and render. The web
layer never matches text and never reads YAML.
"""

from __future__ import annotations

from flask import Flask, redirect, request
from werkzeug.wrappers import Response as BaseResponse

from careers_bot.web import chat, errors, explore, health, plan, ratelimit, security, templating
from careers_bot.web.extensions import csrf
from careers_bot.web.json_provider import OrjsonProvider
from careers_bot.web.session import JSONSessionInterface


def register(app: Flask) -> None:
    """Bind the extensions and attach every blueprint, handler and template helper to the app."""
    app.json = OrjsonProvider(app)
    app.session_interface = JSONSessionInterface()
    csrf.init_app(app)
    ratelimit.init_app(app)
    for blueprint in (chat.bp, explore.bp, plan.bp, health.bp):
        app.register_blueprint(blueprint)
    errors.register(app)
    security.register(app)
    templating.register(app)
    app.before_request(without_trailing_slash)


def without_trailing_slash() -> BaseResponse | None:
    """'/roles/care-worker/' is '/roles/care-worker': send the browser there rather than show a 404."""
    path = request.path
    if path == "/" or not path.endswith("/") or request.method not in ("GET", "HEAD"):
        return None
    query = request.query_string.decode("latin-1")
    return redirect(path.rstrip("/") + (f"?{query}" if query else ""), code=308)
