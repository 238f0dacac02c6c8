"""The careers-bot command: check the knowledge base, ask questions, chat, serve, benchmark."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from careers_bot.knowledge import BUNDLED, KnowledgeError, Problem, load

# A chat turn is all Python work with no waiting on other servers, so threads beyond the cores only
# queue for the interpreter: on 2 cores, 2 threads gave a p99 turn of about 25 ms with 20 clients
# against about 45 ms with 8 (benchmarks/http.py). Waitress still reads and writes slow clients itself.
DEFAULT_THREADS = max(2, os.cpu_count() or 2)


@click.group()
def main() -> None:
    """Care Careers Guide: careers pathways and support in health and social care."""


@main.command()
@click.argument("knowledge_dir", required=False, type=click.Path(path_type=Path), default=BUNDLED)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a summary.")
def check(knowledge_dir: Path, strict: bool, as_json: bool) -> None:
    """Check the knowledge base in KNOWLEDGE_DIR (the bundled one by default)."""
    try:
        loaded = load(knowledge_dir)
    except KnowledgeError as error:
        errors, warnings, counts = list(error.problems), [], {}
    else:
        errors, warnings, counts = [], list(loaded.warnings), loaded.knowledge.counts()
    failed = bool(errors) or (strict and bool(warnings))
    if as_json:
        click.echo(
            json.dumps(
                {
                    **counts,
                    "errors": [p.as_dict() for p in errors],
                    "warnings": [p.as_dict() for p in warnings],
                },
                indent=2,
            )
        )
    else:
        _summarise(knowledge_dir, counts, errors, warnings, strict)
    sys.exit(1 if failed else 0)


def _summarise(
    folder: Path, counts: dict[str, int], errors: list[Problem], warnings: list[Problem], strict: bool
) -> None:
    for label, problems in (("Error", errors), ("Warning", warnings)):
        for problem in problems:
            click.echo(f"{label}: {problem}")
    if errors:
        click.echo(f"\n{folder}: {len(errors)} error(s). Fix them and run the check again.")
        return
    summary = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    click.echo(f"{folder}: {summary}.")
    if warnings:
        verdict = "treated as errors (--strict)" if strict else "the app will still run"
        click.echo(f"{len(warnings)} warning(s); {verdict}.")
    else:
        click.echo("No problems found.")


def _engine(knowledge_dir: Path) -> Any:
    from careers_bot.engine import Engine

    try:
        return Engine(load(knowledge_dir).knowledge)
    except KnowledgeError as error:
        raise click.ClickException(str(error)) from error


@main.command()
@click.argument("text", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the reply as JSON.")
@click.option("--knowledge", "knowledge_dir", type=click.Path(path_type=Path), default=BUNDLED)
def ask(text: str | None, as_json: bool, knowledge_dir: Path) -> None:
    """Ask one question in a fresh conversation. With no TEXT, read one question per line from stdin."""
    from careers_bot import terminal

    engine = _engine(knowledge_dir)
    if text is None:
        terminal.ask_lines(engine, terminal.stdin_lines(), click.echo)
    else:
        click.echo(terminal.ask_one(engine, text, as_json))


@main.command()
@click.option("--knowledge", "knowledge_dir", type=click.Path(path_type=Path), default=BUNDLED)
def chat(knowledge_dir: Path) -> None:
    """Talk to the assistant in the terminal; buttons are numbered choices."""
    from careers_bot import terminal

    terminal.chat(_engine(knowledge_dir), read=input, out=click.echo)


@main.command()
@click.option(
    "--host",
    envvar="CAREERS_BOT_HOST",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; 0.0.0.0 for every network (e.g. tablets on the same wifi).",
)
@click.option("--port", envvar="CAREERS_BOT_PORT", default=8000, show_default=True, type=int, help="Port.")
@click.option(
    "--threads",
    envvar="CAREERS_BOT_THREADS",
    default=DEFAULT_THREADS,
    show_default=True,
    type=int,
    help="Requests handled at once (default: one per CPU core, at least 2).",
)
@click.option("--kiosk", is_flag=True, help="Kiosk mode: wipe the conversation when idle.")
@click.option(
    "--knowledge",
    "knowledge_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="The knowledge folder (default: CAREERS_BOT_KNOWLEDGE_DIR, or the bundled one).",
)
def serve(host: str, port: int, threads: int, kiosk: bool, knowledge_dir: Path | None) -> None:
    """Serve the web app with waitress, a production WSGI server. Settings: see README.md."""
    from waitress import serve as waitress_serve

    from careers_bot import create_app
    from careers_bot.config import ConfigError

    overrides: dict[str, Any] = {}
    if kiosk:
        overrides["KIOSK"] = True
    if knowledge_dir is not None:
        overrides["KNOWLEDGE_DIR"] = str(knowledge_dir)
    try:
        app = create_app(overrides)
    except (ConfigError, KnowledgeError) as error:
        raise click.ClickException(str(error)) from error
    config = app.config
    shown = "localhost" if host in ("0.0.0.0", "::", "") else host
    extras = ", kiosk mode" if config["KIOSK"] else ""
    click.echo(f"Care Careers Guide ({config['ENV']} mode{extras}) at http://{shown}:{port}/")
    if config.get("SECRET_KEY_GENERATED"):
        click.echo(
            "A random secret key was made for this run: conversations and plan links end when it stops."
        )
        click.echo("For a real deployment set CAREERS_BOT_ENV=production and CAREERS_BOT_SECRET_KEY.")
    click.echo("Press Ctrl+C to stop.")
    waitress_serve(
        app,
        host=host,
        port=port,
        threads=threads,
        # Behind a reverse proxy the app reads X-Forwarded-* itself (CAREERS_BOT_TRUSTED_PROXIES).
        clear_untrusted_proxy_headers=not config["TRUSTED_PROXIES"],
        ident="careers-bot",
    )
