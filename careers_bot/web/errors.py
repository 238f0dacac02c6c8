"""Error pages in the site's own style, each with a way back; JSON errors for the API."""

from __future__ import annotations

from flask import Flask, jsonify, make_response, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError, TooManyRequests
from werkzeug.wrappers import Response

# status -> (code for the API, page title, what to say). Words for people, not for developers.
MESSAGES: dict[int, tuple[str, str, str]] = {
    400: ("bad_request", "Something went wrong with that request", "Please go back and try again."),
    404: ("not_found", "Page not found", "We could not find that page. The link may be old or mistyped."),
    405: ("method_not_allowed", "That did not work", "Please go back and try again."),
    413: (
        "too_large",
        "That was too much to send",
        "What you sent was too long for us to read. Please keep your message short and try again.",
    ),
    429: (
        "too_many_requests",
        "Please slow down a little",
        "You have sent a lot of messages very quickly. Wait a minute, then carry on.",
    ),
    500: (
        "server_error",
        "Sorry, something went wrong on our side",
        "It is not your fault. Please try again in a moment, or start again.",
    ),
}
CSRF_MESSAGE = (
    "csrf",
    "This page has expired",
    "The page was open for a long time, or the conversation was reset in another tab, so we could "
    "not be sure that message came from you. Go back to the chat and send it again.",
)
PLAN_MESSAGE = (
    "plan_not_found",
    "We could not open that plan",
    "The plan link is not complete or has been changed. Ask for the link again, or start a new "
    "conversation to make a new plan.",
)


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return request.path.startswith("/api/") or (best == "application/json" and request.is_json)


def error_response(status: int, wording: tuple[str, str, str]) -> tuple[Response, int] | tuple[str, int]:
    """The error as JSON for the API, or as a page with a way back."""
    code, title, text = wording
    if _wants_json():
        return jsonify(error=code, message=f"{title}. {text}"), status
    return render_template("error.html", status=status, title=title, text=text), status


def register(app: Flask) -> None:
    """Attach the error handlers to the app."""

    @app.errorhandler(CSRFError)
    def csrf_failed(error: CSRFError) -> tuple[Response, int] | tuple[str, int]:
        return error_response(400, CSRF_MESSAGE)

    @app.errorhandler(TooManyRequests)
    def too_many(error: TooManyRequests) -> Response:
        # No rate-limit headers on every response; a 429 says when to retry.
        response = make_response(error_response(429, MESSAGES[429]))
        response.headers["Retry-After"] = str(error.retry_after or 60)
        return response

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response, int] | tuple[str, int] | HTTPException:
        status = error.code or 500
        if status == 404 and error.description == "plan":
            return error_response(404, PLAN_MESSAGE)
        if status not in MESSAGES:
            return error
        return error_response(status, MESSAGES[status])

    @app.errorhandler(InternalServerError)
    def server_error(error: InternalServerError) -> tuple[Response, int] | tuple[str, int]:
        return error_response(500, MESSAGES[500])
