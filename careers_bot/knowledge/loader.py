"""Loading the knowledge base from its folder of YAML files, once, with every check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from careers_bot.knowledge.convert import build
from careers_bot.knowledge.integrity import Lines, check_integrity, duplicate_ids
from careers_bot.knowledge.model import KINDS, KnowledgeBase
from careers_bot.knowledge.problems import KnowledgeError, Problem
from careers_bot.knowledge.quality import check_quality
from careers_bot.knowledge.yaml_source import read_records

BUNDLED = Path(__file__).resolve().parents[2] / "knowledge"


@dataclass(frozen=True)
class Loaded:
    """A knowledge base that passed every check, and the warnings for its editors."""

    knowledge: KnowledgeBase
    warnings: tuple[Problem, ...]


def load(directory: Path | str = BUNDLED, today: date | None = None) -> Loaded:
    """Read, validate and cross-check every file; raise KnowledgeError listing all errors."""
    folder = Path(directory)
    if not folder.is_dir():
        raise KnowledgeError([Problem(str(folder), "this folder does not exist")])
    problems: list[Problem] = []
    lines: Lines = {}
    records: dict[str, tuple[object, ...]] = {}
    for kind, cls in KINDS.items():
        file = f"{kind}.yaml"
        raw, found = read_records(folder / file)
        problems += found
        built = []
        id_lines: list[tuple[str, int]] = []
        for item in raw:
            record_id = item.get("id") if isinstance(item.get("id"), str) else None
            obj, found = build(cls, item, file, record_id)
            problems += found
            if obj is not None:
                built.append(obj)
                id_lines.append((obj.id, item.line))
                lines[(kind, obj.id)] = {str(k): item.line_of(str(k)) for k in item} | {"id": item.line}
        problems += duplicate_ids(kind, id_lines)
        records[kind] = tuple(built)
    if problems:
        raise KnowledgeError(problems)
    kb = KnowledgeBase(**records)  # type: ignore[arg-type]
    problems = check_integrity(kb, lines)
    if problems:
        raise KnowledgeError(problems)
    return Loaded(kb, tuple(check_quality(kb, lines, today or date.today())))
