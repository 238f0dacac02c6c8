"""A small browser for tests: pages parsed with BeautifulSoup, forms posted with the page's CSRF token."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup, Tag
from flask.testing import FlaskClient
from werkzeug.test import TestResponse


class Page:
    """A response parsed as HTML, with the checks every page must pass."""

    def __init__(self, response: TestResponse) -> None:
        self.response = response
        self.status = response.status_code
        self.html = response.get_data(as_text=True)
        self.soup = BeautifulSoup(self.html, "html.parser")
        if response.mimetype == "text/html":
            self.check_hygiene()

    def check_hygiene(self) -> None:
        """Every page: a language, a title, one h1, no inline script or style (the CSP forbids them)."""
        assert self.soup.html is not None and self.soup.html.get("lang") == "en-GB"
        assert self.soup.title is not None and self.soup.title.get_text(strip=True)
        assert len(self.soup.find_all("h1")) == 1, "each page has exactly one h1"
        assert not self.soup.select("[style]"), "no style attributes"
        assert not self.soup.find_all("style"), "no style elements"
        assert all(script.get("src") for script in self.soup.find_all("script")), "no inline script"
        assert not any(attr.startswith("on") for tag in self.soup.find_all(True) for attr in tag.attrs)
        ids = [tag["id"] for tag in self.soup.select("[id]")]
        assert len(ids) == len(set(ids)), "ids are unique"

    @property
    def title(self) -> str:
        """The text of the <title>."""
        assert self.soup.title is not None
        return self.soup.title.get_text(strip=True)

    @property
    def h1(self) -> str:
        """The text of the page's heading."""
        heading = self.soup.find("h1")
        assert heading is not None
        return heading.get_text(" ", strip=True)

    @property
    def text(self) -> str:
        """All the page's text, spaces normalised."""
        return " ".join(self.soup.get_text(" ").split())

    def one(self, selector: str) -> Tag:
        """The single element matching a CSS selector."""
        found = self.soup.select(selector)
        assert len(found) == 1, f"{selector}: found {len(found)}"
        return found[0]

    def all(self, selector: str) -> list[Tag]:
        """Every element matching a CSS selector."""
        return self.soup.select(selector)

    def texts(self, selector: str) -> list[str]:
        """The text of every element matching a CSS selector."""
        return [" ".join(tag.get_text(" ").split()) for tag in self.soup.select(selector)]

    @property
    def buttons(self) -> list[str]:
        """The labels of the quick-reply buttons on offer."""
        return self.texts("#chips button")

    @property
    def csrf_token(self) -> str:
        """The CSRF token from the page's meta tag."""
        return str(self.one('meta[name="csrf-token"]')["content"])


class Browser:
    """Visits pages and posts forms the way a browser without JavaScript would."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.page: Page | None = None

    def get(self, url: str, **kwargs: Any) -> Page:
        """Open a page."""
        self.page = Page(self.client.get(url, **kwargs))
        return self.page

    def token(self) -> str:
        """The CSRF token of the page in view (opening the home page first if none is)."""
        if self.page is None or self.page.response.mimetype != "text/html":
            self.get("/")
        assert self.page is not None
        return self.page.csrf_token

    def post(self, url: str, data: dict[str, str], follow: bool = True) -> Page:
        """Submit a form with the page's CSRF token, following the redirect like a browser."""
        form = {"csrf_token": self.token(), **data}
        self.page = Page(self.client.post(url, data=form, follow_redirects=follow))
        return self.page

    def say(self, text: str) -> Page:
        """Type a message and press Send."""
        return self.post("/chat", {"message": text})

    def tap(self, label: str) -> Page:
        """Tap the quick-reply button with this label."""
        page = self.page or self.get("/")
        buttons = {b.get_text(" ", strip=True): str(b["value"]) for b in page.all("#chips button")}
        assert label in buttons, f"no button {label!r}; there are {list(buttons)}"
        return self.post("/chat", {"payload": buttons[label]})

    def api(self, body: Any, token: str | None = "page") -> TestResponse:
        """Post JSON to /api/chat as the page's script does."""
        headers = {"Accept": "application/json"}
        if token is not None:
            headers["X-CSRFToken"] = self.token() if token == "page" else token
        return self.client.post("/api/chat", json=body, headers=headers)
