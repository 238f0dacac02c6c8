"""Talking to the engine in a terminal: one question (`ask`) or a whole conversation (`chat`)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TextIO

from careers_bot.engine import Engine, Message, Reply


def render(reply: Reply) -> str:
    """A reply as plain text: paragraphs, cards indented, buttons numbered."""
    lines = list(reply.texts)
    for card in reply.cards:
        lines.append(f"  * {card.title}")
        lines += [f"      {line}" for line in card.lines]
        lines += [
            f"      {label}: {value}"
            for label, value in (("Phone", card.phone), ("Email", card.email), ("Web", card.url))
            if value
        ]
    lines += [f"  [{n}] {q.label}" for n, q in enumerate(reply.quick_replies, start=1)]
    return "\n".join(lines)


def render_plan(engine: Engine, state: dict[str, Any]) -> str:
    """The conversation's plan as plain text, since a terminal has no plan page to open."""
    plan, kb = engine.plan(state), engine.kb
    if plan.empty:
        return "Your plan is empty so far. Ask about a job or a service, and it will be added."
    lines = ["Your plan:"]
    lines += [f"  What you told us: {line}" for line in plan.about]
    if plan.only_told:
        lines.append(f"  {plan.ONLY_TOLD}")
    lines += [f"  Next step: {step}" for step in plan.steps]
    lines += [f"  Job: {kb.role(r).title}" for r in plan.roles]
    lines += [f"  Answer: {kb.faq(f).question}" for f in plan.faqs]
    for service_id in plan.services:
        service = kb.service(service_id)
        contact = service.phone or service.url or service.email or ""
        if not any(service.name in step for step in plan.steps):  # a next step already gives it
            lines.append(f"  Contact: {service.name}" + (f" ({contact})" if contact else ""))
    return "\n".join(lines)


def ask_one(engine: Engine, text: str, as_json: bool) -> str:
    """One fresh conversation, one reply, as text or JSON."""
    reply, _ = engine.respond({}, Message(text=text))
    return json.dumps(reply.to_dict(), ensure_ascii=False) if as_json else render(reply)


def ask_lines(engine: Engine, lines: TextIO, out: Callable[[str], Any]) -> None:
    """Each input line is a fresh conversation; print one JSON object per line."""
    for line in lines:
        text = line.rstrip("\n")
        if text.strip():
            reply, _ = engine.respond({}, Message(text=text))
            out(json.dumps({"text": text, **reply.to_dict()}, ensure_ascii=False))


def chat(engine: Engine, read: Callable[[str], str] = input, out: Callable[[str], Any] = print) -> None:
    """An interactive conversation; type a number to tap a button, or 'quit' to stop."""
    reply, state = engine.opening()
    out(render(reply))
    while True:
        try:
            text = read("> ").strip()
        except (EOFError, KeyboardInterrupt):
            out("")
            return
        if text.lower() in ("quit", "exit"):
            return
        message = Message(text=text)
        if text.isdigit() and 1 <= int(text) <= len(reply.quick_replies):
            message = Message(payload=reply.quick_replies[int(text) - 1].payload)
        elif text.isdigit() and len(text) == 1 and reply.quick_replies:  # "34" is an age, typed as text
            out(f"Please pick a number from 1 to {len(reply.quick_replies)}, or type a question.")
            continue
        reply, state = engine.respond(state, message)
        if reply.intent == "plan":  # a terminal has no plan page to open: the plan itself, then the buttons
            reply = replace(reply, texts=(render_plan(engine, state),))
        out(render(reply))


def stdin_lines() -> TextIO:
    """Standard input, for `ask` with no text."""
    return sys.stdin
