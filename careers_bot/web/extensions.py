"""The Flask extensions, made once and bound to each app in the factory."""

from __future__ import annotations

from flask import current_app, request
from flask_wtf.csrf import CSRFProtect

# The bodies werkzeug reads form fields from; any other body has none.
FORM_MIMETYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})


class CSRF(CSRFProtect):  # type: ignore[misc]
    """Flask-WTF's CSRF protection, which finds the token without parsing a JSON body as a form.

    Flask-WTF looks for the token in the form fields first, then in the X-CSRFToken header. A body
    that is not a form has no fields, but asking for them still builds a form parser for it on
    every chat turn the script sends; so such a request's token is read from the headers straight
    away. The token is then checked by Flask-WTF exactly as before.
    """

    def _get_csrf_token(self) -> str | None:
        if request.mimetype in FORM_MIMETYPES:
            found: str | None = super()._get_csrf_token()
            return found
        for header in current_app.config["WTF_CSRF_HEADERS"]:
            token = request.headers.get(header)
            if token:
                return token
        return None


csrf = CSRF()
