"""The chat: the home page, its no-JavaScript form posts, the JSON API the script uses, and Start again."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import (
    Blueprint,
    Response,
    current_app,
    jsonify,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from werkzeug.wrappers import Response as BaseResponse

from careers_bot.engine.reply import Message
from careers_bot.web import conversation, ratelimit, transcript
from careers_bot.web.context import shared
from careers_bot.web.conversation import Conversation
from careers_bot.web.links import with_links

bp = Blueprint("chat", __name__)


@dataclass(frozen=True)
class Sent:
    """A message read from a request, and how the transcript shows it."""

    message: Message
    shown_as: str


@dataclass(frozen=True)
class Problem:
    """Why a message could not be sent, in words for the person who sent it."""

    code: str
    text: str


def read_message(data: Mapping[str, Any]) -> Sent | Problem:
    """Check what was sent: a tapped button's payload, or typed text of a sensible length.

    A button is shown as the label the page sent with it (the script's own echo; the transcript
    never keeps it), else as the welcome's label for it.
    """
    payload, text = data.get("payload"), data.get("message", "")
    if payload:
        if not isinstance(payload, str) or len(payload) > conversation.PAYLOAD_MAX_CHARS:
            return Problem("bad_payload", "That button did not work. Please try again or type your question.")
        label = data.get("label")
        if isinstance(label, str) and 0 < len(label.strip()) <= conversation.PAYLOAD_MAX_CHARS:
            return Sent(Message(payload=payload), label.strip())
        return Sent(Message(payload=payload), transcript.opening_label(payload) or payload)
    if not isinstance(text, str):
        return Problem("bad_message", "Please type your question as words.")
    text = text.strip()
    limit = current_app.config["MESSAGE_MAX_CHARS"]
    if len(text) > limit:
        return Problem(
            "too_long",
            f"Please keep it shorter: your message has {len(text)} characters, and the most is {limit}. "
            "Try asking one thing at a time.",
        )
    if not text:
        return Problem("empty", "Type a question, or tap one of the buttons.")
    return Sent(Message(text=text), text)


def _no_store(response: Response) -> Response:
    # The page shows this person's conversation: never keep it in a cache or the back-forward history.
    response.headers["Cache-Control"] = "no-store"
    return response


def render_chat(
    conv: Conversation, problem: Problem | None = None, draft: str = "", status: int = 200
) -> Response:
    """The chat page: the welcome, the turns replayed from the cookie, the buttons on offer and the message box."""
    html = render_template(
        "chat.html",
        opening=shared().opening_view,
        transcript=transcript.replay(conv),
        problem=problem,
        draft=draft,
    )
    return _no_store(make_response(html, status))


@bp.get("/")
def home() -> Response:
    """The chat, showing the conversation so far."""
    return render_chat(conversation.load())


@bp.get("/chat")
def chat_page() -> BaseResponse:
    """/chat asked for as a page (a refresh or a bookmark after sending without JavaScript): the chat."""
    return redirect(url_for(".home"), code=303)


@bp.post("/chat")
@ratelimit.chat_turn
def send() -> BaseResponse:
    """A message from the plain HTML form: answer it, then show the page again (post, redirect, get)."""
    conv = conversation.load()
    sent = read_message(request.form)
    if isinstance(sent, Problem):
        return render_chat(conv, sent, draft=request.form.get("message", ""), status=422)
    reply, _ = conversation.take_turn(conv, sent.message, sent.shown_as)
    if reply.intent == transcript.PLAN_INTENT:
        return redirect(url_for("plan.my_plan"), code=303)
    return redirect(url_for(".home", _anchor="latest"), code=303)


@bp.post("/api/chat")
@ratelimit.chat_turn
def api() -> tuple[Response, int] | Response:
    """A message from the page's script, as JSON: the reply as JSON, with links for its cards."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return jsonify(error="bad_request", message="Send a JSON object with a message or a payload."), 400
    conv = conversation.load()
    sent = read_message(data)
    if isinstance(sent, Problem):
        return jsonify(error=sent.code, message=sent.text), 422
    reply, shown_as = conversation.take_turn(conv, sent.message, sent.shown_as)
    body = reply.to_dict()
    body["messages"] = with_links(body["messages"])
    body["quick_replies"] = transcript.on_the_page(body["quick_replies"])
    body["you"] = shown_as
    if reply.intent == transcript.PLAN_INTENT:
        body["plan_url"] = url_for("plan.my_plan")
    if reply.intent == conversation.RESTART_INTENT:
        body["restart_url"] = url_for(".home")
    return _no_store(jsonify(body))


# Where "No, keep it" on the Start again page leads: back to the page that asked (never an address from outside).
KEEP_GOING_TO = {"chat": ("chat.home", "latest"), "plan": ("plan.my_plan", None)}


@bp.get("/reset")
def confirm_reset() -> str:
    """Start again, asked for without the script: clearing cannot be undone, so this page asks first."""
    endpoint, anchor = KEEP_GOING_TO.get(request.args.get("from", ""), KEEP_GOING_TO["chat"])
    return render_template("start-again.html", keep_url=url_for(endpoint, _anchor=anchor))


@bp.post("/reset")
def reset() -> BaseResponse:
    """Start again: forget the conversation. The kiosk timer posts here too, asking for JSON.

    The fresh chat opens at its welcome (#latest), which takes the focus, so nobody is left on the
    page's body wondering what happened.
    """
    conversation.clear()
    if request.accept_mimetypes.best == "application/json":
        return _no_store(jsonify(reset=True))
    return redirect(url_for(".home", _anchor="latest"), code=303)
