"""Care Careers Guide: a careers pathway and signposting assistant for health and social care in LLR."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: settings, the knowledge base (loaded and checked once), the engine, the web layer.

    Raises ConfigError when the settings cannot be used and KnowledgeError when the knowledge base
    has problems; both messages say what to fix.
    """
    # Imported here, not at the top: the engine and knowledge packages live under careers_bot too,
    # and importing them must not pull in Flask.
    import copy
    import os

    from flask import Flask
    from werkzeug.middleware.proxy_fix import ProxyFix

    from careers_bot import config as settings
    from careers_bot.engine import Engine
    from careers_bot.knowledge import load
    from careers_bot.web import register
    from careers_bot.web.context import Shared, install
    from careers_bot.web.transcript import compact

    app = Flask(__name__, template_folder="../templates", static_folder="../static")
    app.config.update(settings.settings(os.environ, config))
    loaded = load(app.config["KNOWLEDGE_DIR"])
    for warning in loaded.warnings:
        app.logger.info("Knowledge base: %s", warning)
    engine = Engine(loaded.knowledge)
    opening, opening_state = engine.opening()
    install(app, Shared(loaded.knowledge, engine, opening, copy.deepcopy(opening_state), compact(opening)))
    register(app)
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies:
        # Behind a reverse proxy: take the client's address, scheme and host from its X-Forwarded-* headers.
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies
        )
    return app
