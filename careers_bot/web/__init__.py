"""The web layer: blueprints, error pages, security headers and the Flask extensions.

Views are thin: they read the request, ask the engine or the knowledge base, and render. The web
layer never matches text and never reads YAML.
"""

from __future__ import annotations

from flask import Flask

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
