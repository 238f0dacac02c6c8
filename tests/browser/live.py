"""The live servers and browser sessions the browser tests use (the fixtures are in conftest.py)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page
from waitress import create_server
from waitress.server import BaseWSGIServer
from waitress.wasyncore import close_all, loop

from careers_bot import create_app

CHROMIUM = os.environ.get("CAREERS_BOT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
HOST = "127.0.0.1"
TABLET = {"width": 768, "height": 1024}
PHONE = {"width": 375, "height": 667}
# Long enough for a slow machine, short enough that a broken page fails quickly.
TIMEOUT_MS = 10_000
SECRET_KEY = "browser-tests-" + "k" * 40
BASE_SETTINGS: dict[str, Any] = {
    "TESTING": True,
    "SECRET_KEY": SECRET_KEY,
    # Every test shares 127.0.0.1; the production default (120 a minute) would be reached.
    "CHAT_RATE_LIMIT": "10000 per minute",
}
KIOSK_IDLE_SECONDS = 1
KIOSK_WARNING_SECONDS = 2


class LiveServer:
    """A waitress server for an app, in a thread, on 127.0.0.1 and a free port; stops from its own thread."""

    def __init__(self, settings: dict[str, Any]) -> None:
        self.app = create_app(settings)
        server = create_server(self.app, host=HOST, port=0, threads=4, ident="careers-bot-tests")
        assert isinstance(server, BaseWSGIServer)
        self.server = server
        self.url = f"http://{HOST}:{server.effective_port}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="live-server", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        server = self.server
        while not self._stopping.is_set():
            loop(timeout=0.1, map=server._map, count=1)
        server.task_dispatcher.shutdown()
        close_all(server._map)

    def stop(self) -> None:
        """Stop serving and wait for the thread to finish."""
        self._stopping.set()
        self._thread.join(timeout=10)


@dataclass
class Requests:
    """Every request the pages of a context made, and the sizes of the responses."""

    urls: list[str] = field(default_factory=list)

    def off_host(self) -> list[str]:
        """The requests to anywhere but 127.0.0.1 (data: and about: URLs never leave the page)."""
        return [
            url
            for url in self.urls
            if urlsplit(url).scheme not in ("data", "about", "blob") and urlsplit(url).hostname != HOST
        ]


@dataclass
class Session:
    """A browser context with its first page, on one server, and the requests it made."""

    context: BrowserContext
    page: Page
    base_url: str
    requests: Requests

    def goto(self, path: str) -> Page:
        """Open a path of the server in the page, failing on anything but a page that loaded."""
        response = self.page.goto(self.base_url + path)
        assert response is not None
        return self.page


Opener = Callable[..., Session]
