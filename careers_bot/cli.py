"""The careers-bot command: check the knowledge base, ask questions, chat, serve, benchmark."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from careers_bot.knowledge import BUNDLED, KnowledgeError, load


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
        click.echo(json.dumps({
            **counts,
            "errors": [p.as_dict() for p in errors],
            "warnings": [p.as_dict() for p in warnings],
        }, indent=2))
    else:
        _summarise(knowledge_dir, counts, errors, warnings, strict)
    sys.exit(1 if failed else 0)


def _summarise(folder: Path, counts: dict[str, int], errors: list, warnings: list, strict: bool) -> None:
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
