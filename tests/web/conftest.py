"""One app for the web tests (the knowledge base and engine load once); a fresh client per test.

CSRF stays on: tests read the token from the page, as a browser would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from careers_bot import create_app
from careers_bot.web import ratelimit
from tests.web.pages import Browser


@pytest.fixture(scope="session")
def app() -> Flask:
    """The app on the bundled knowledge base, as in development but with TESTING on."""
    return create_app({"TESTING": True})


@pytest.fixture(autouse=True)
def _fresh_rate_limits(app: Flask) -> None:
    ratelimit.reset(app)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A test client with its own cookies."""
    return app.test_client()


@pytest.fixture
def browser(client: FlaskClient) -> Browser:
    """A browser without JavaScript."""
    return Browser(client)


@pytest.fixture
def settings(app: Flask) -> Callable[..., AbstractContextManager[None]]:
    """Change some settings of the shared app for one block, then put them back."""

    @contextmanager
    def changed(**values: Any) -> Iterator[None]:
        before = {key: app.config.get(key) for key in values}
        app.config.update(values)
        try:
            yield
        finally:
            app.config.update(before)

    return changed
