"""Checks across records: unique ids, references that resolve, routes that connect."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, get_args, get_origin

from careers_bot.knowledge.convert import fields_of
from careers_bot.knowledge.model import KINDS, KnowledgeBase, Ref
from careers_bot.knowledge.problems import Problem

Lines = dict[tuple[str, str], dict[str, int]]  # (kind, id) -> key -> line


def check_integrity(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    """Every problem that involves more than one record."""
    problems: list[Problem] = []
    problems += _check_references(kb, lines)
    problems += _check_services(kb, lines)
    problems += _check_records(kb, lines)
    problems += _check_routes(kb, lines)
    return problems


def _problem(lines: Lines, kind: str, record_id: str, key: str | None, message: str) -> Problem:
    key_lines = lines.get((kind, record_id), {})
    line = key_lines.get(key or "", key_lines.get("id"))
    return Problem(f"{kind}.yaml", message, line, record_id, key)


def _refs(hint: Any) -> Ref | None:
    if get_origin(hint) is Annotated:
        return next((m for m in get_args(hint)[1:] if isinstance(m, Ref)), None)
    for arg in get_args(hint):
        found = _refs(arg)
        if found:
            return found
    return None


def _values(value: Any) -> Iterator[str]:
    if isinstance(value, tuple):
        yield from value
    elif isinstance(value, str):
        yield value


def _check_references(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    problems = []
    for kind, cls in KINDS.items():
        for field in fields_of(cls):
            ref = _refs(field.hint)
            if ref is None:
                continue
            for record in getattr(kb, kind):
                for target in _values(getattr(record, field.name)):
                    if target in ref.also or kb.get(ref.kind, target) is not None:
                        continue
                    if ref.kind == kind and target == record.id:
                        continue
                    problems.append(
                        _problem(
                            lines,
                            kind,
                            record.id,
                            field.name,
                            f"'{target}' is not an id in {ref.kind}.yaml",
                        )
                    )
    return problems


def _check_services(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    problems = []
    for service in kb.services:
        if service.status == "closed":
            if not service.closed_note:
                problems.append(
                    _problem(
                        lines,
                        "services",
                        service.id,
                        "closed_note",
                        "a closed service needs a closed_note saying when it closed and why",
                    )
                )
        elif service.replaced_by or service.closed_note:
            key = "replaced_by" if service.replaced_by else "closed_note"
            problems.append(
                _problem(
                    lines,
                    "services",
                    service.id,
                    key,
                    "only a closed service has this key; set status: closed or remove it",
                )
            )
        if not (service.url or service.phone or service.email):
            if service.status == "active":
                problems.append(
                    _problem(
                        lines,
                        "services",
                        service.id,
                        None,
                        "an active service needs a url, phone or email so people can reach it",
                    )
                )
    return problems


def _check_records(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    problems = []
    for apprenticeship in kb.apprenticeships:
        if not 2 <= apprenticeship.level <= 7:
            problems.append(
                _problem(
                    lines,
                    "apprenticeships",
                    apprenticeship.id,
                    "level",
                    f"level {apprenticeship.level} is out of range; use 2 to 7",
                )
            )
    for level in kb.levels:
        if not 1 <= level.level <= 8:
            problems.append(
                _problem(
                    lines, "levels", level.id, "level", f"level {level.level} is out of range; use 1 to 8"
                )
            )
    for faq in kb.faqs:
        if len(faq.phrasings) < 3:
            problems.append(
                _problem(lines, "faqs", faq.id, "phrasings", "give at least 3 ways people ask this question")
            )
        if faq.id in faq.follow_ups:
            problems.append(
                _problem(lines, "faqs", faq.id, "follow_ups", "an FAQ cannot be its own follow-up")
            )
    for flow in kb.flows:
        step_ids = [step.id for step in flow.steps]
        for step in flow.steps:
            if step_ids.count(step.id) > 1:
                problems.append(
                    _problem(
                        lines, "flows", flow.id, "steps", f"step id '{step.id}' is used twice in this flow"
                    )
                )
            values = [option.value for option in step.options]
            if len(set(values)) != len(values) or not values:
                problems.append(
                    _problem(
                        lines,
                        "flows",
                        flow.id,
                        "steps",
                        f"step '{step.id}' needs options, each with a different value",
                    )
                )
    owner: dict[str, str] = {}
    for synonym in kb.synonyms:
        for word in synonym.words:
            word_key = word.lower()
            if word_key in owner and owner[word_key] != synonym.id:
                problems.append(
                    _problem(
                        lines,
                        "synonyms",
                        synonym.id,
                        "words",
                        f"'{word}' is already in synonym '{owner[word_key]}'; keep it in one place",
                    )
                )
            owner.setdefault(word_key, synonym.id)
    return problems


def _check_routes(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    problems = []
    for route in kb.routes:
        if route.from_role == route.to_role:
            problems.append(
                _problem(lines, "routes", route.id, "to_role", "a route must lead to a different role")
            )
        if route.apprenticeship:
            trained = kb.get("apprenticeships", route.apprenticeship)
            if trained is not None and route.to_role not in trained.roles:  # type: ignore[attr-defined]
                problems.append(
                    _problem(
                        lines,
                        "routes",
                        route.id,
                        "apprenticeship",
                        f"apprenticeship '{route.apprenticeship}' does not list "
                        f"'{route.to_role}' in its roles",
                    )
                )
    reached = {role.id for role in kb.roles if role.entry_role}
    frontier = list(reached)
    while frontier:
        for route in kb.routes_from(frontier.pop()):
            if route.to_role not in reached:
                reached.add(route.to_role)
                frontier.append(route.to_role)
    for role in kb.roles:
        if role.id not in reached:
            problems.append(
                _problem(
                    lines,
                    "roles",
                    role.id,
                    None,
                    "no entry role leads here: mark it entry_role: true or add a route into it",
                )
            )
        if not role.senior and not kb.routes_from(role.id):
            problems.append(
                _problem(
                    lines,
                    "roles",
                    role.id,
                    None,
                    "this role leads nowhere: add a route from it or mark it senior: true",
                )
            )
    return problems


def duplicate_ids(kind: str, ids_and_lines: list[tuple[str, int]]) -> list[Problem]:
    """A problem for each id used a second time in one file."""
    seen: dict[str, int] = {}
    problems = []
    for record_id, line in ids_and_lines:
        if record_id in seen:
            problems.append(
                Problem(
                    f"{kind}.yaml",
                    f"this id is already used on line {seen[record_id]}",
                    line,
                    record_id,
                    "id",
                )
            )
        else:
            seen[record_id] = line
    return problems
