"""The session cookie as plain compact JSON, signed as Flask signs it, and made once per change.

Flask's default serializer tags every value so it can round-trip dates and bytes; ours holds only
plain JSON (the engine's state and the last few messages), and walking it for tags was most of the
cost of a chat turn. Flask also builds a new signing serializer twice a request (to read the cookie
and to write it) and signs the session again when the response goes out; the chat has usually
signed it already, to check that it fits the cookie budget. Here the serializer is built once for
each secret key, and the signed value is kept with the session until the session changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flask import current_app, session
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from careers_bot.web.json_provider import compact, parse

if TYPE_CHECKING:
    from flask import Flask
    from flask.sessions import SessionMixin
    from flask.wrappers import Response


class CompactJSON:
    """dumps and loads for itsdangerous: JSON with no spaces."""

    dumps = staticmethod(compact)
    loads = staticmethod(parse)


class SignedSession(SecureCookieSession):
    """A cookie session that keeps its signed cookie value until it changes.

    A change is what Flask tracks: setting or removing a key, or `modified = True` after changing a
    value inside (a list or dict in the session), as Flask asks for.
    """

    signed: str | None = None  # the cookie value for the contents as they are now, once made

    @property
    def modified(self) -> bool:
        """Whether the session changed in this request (set True after changing a value inside)."""
        return self.__dict__.get("_modified", False)  # type: ignore[no-any-return]

    @modified.setter
    def modified(self, value: bool) -> None:
        self.__dict__["_modified"] = value
        if value:
            self.signed = None


class JSONSessionInterface(SecureCookieSessionInterface):
    """Signed cookie sessions whose payload is plain JSON, signed once for each change."""

    serializer = CompactJSON()  # type: ignore[assignment]
    session_class = SignedSession

    def __init__(self) -> None:
        self._signing: tuple[tuple[Any, ...], URLSafeTimedSerializer] | None = None

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer for the app's keys, built once while the keys stay the same."""
        keys = (*(app.config["SECRET_KEY_FALLBACKS"] or ()), app.secret_key)
        made = self._signing
        if made is None or made[0] != keys:
            serializer = super().get_signing_serializer(app)
            if serializer is None:
                return None
            made = self._signing = (keys, serializer)
        return made[1]

    def cookie_value(self, app: Flask, session: SignedSession) -> str:
        """The signed cookie value for the session as it is now (made once until it changes)."""
        if session.signed is None:
            serializer = self.get_signing_serializer(app)
            assert serializer is not None, "the settings always give the app a secret key"
            session.signed = serializer.dumps(dict(session))
        return session.signed

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        """Set the cookie as Flask does, with the value made only when the session has none."""
        if not isinstance(session, SignedSession) or not session or not self.should_set_cookie(app, session):
            super().save_session(app, session, response)  # no change to send, or the cookie to remove
            return
        response.set_cookie(
            self.get_cookie_name(app),
            self.cookie_value(app, session),
            expires=self.get_expiration_time(app, session),
            httponly=self.get_cookie_httponly(app),
            domain=self.get_cookie_domain(app),
            path=self.get_cookie_path(app),
            secure=self.get_cookie_secure(app),
            partitioned=self.get_cookie_partitioned(app),
            samesite=self.get_cookie_samesite(app),
        )
        response.vary.add("Cookie")


def signed_cookie() -> str:
    """This request's session as the signed cookie value it will be sent as (for its size)."""
    interface = current_app.session_interface
    found = session._get_current_object()  # type: ignore[attr-defined]
    assert isinstance(interface, JSONSessionInterface) and isinstance(found, SignedSession)
    return interface.cookie_value(current_app, found)
