"""Warnings for editors: stale entries, hard reading, and signposts to closed services.

Warnings do not stop the app; `careers-bot check --strict` treats them as errors.
"""

from __future__ import annotations

from datetime import date, timedelta

import textstat

from careers_bot.knowledge.integrity import Lines
from careers_bot.knowledge.model import KINDS, KnowledgeBase
from careers_bot.knowledge.problems import Problem

STALE_AFTER = timedelta(days=365)
# Flesch-Kincaid grade 9 is a reading age of about 14: the youngest people we serve.
HARDEST_GRADE = 9.0
# Very short texts give unstable scores, so only texts this long are measured.
MEASURED_FROM_WORDS = 12
READ_BY_PEOPLE = {
    "roles": ("summary", "day_to_day"),
    "apprenticeships": ("summary",),
    "services": ("description",),
    "faqs": ("answer",),
    "levels": ("summary",),
}


def check_quality(kb: KnowledgeBase, lines: Lines, today: date) -> list[Problem]:
    """Every warning about the knowledge base, as of a given day."""
    return _stale(kb, lines, today) + _hard_to_read(kb, lines) + _closed_signposts(kb, lines)


def _where(lines: Lines, kind: str, record_id: str, key: str) -> int | None:
    key_lines = lines.get((kind, record_id), {})
    return key_lines.get(key, key_lines.get("id"))


def _stale(kb: KnowledgeBase, lines: Lines, today: date) -> list[Problem]:
    problems = []
    for kind in KINDS:
        for record in getattr(kb, kind):
            if today - record.reviewed > STALE_AFTER:
                problems.append(
                    Problem(
                        f"{kind}.yaml",
                        f"last reviewed {record.reviewed.isoformat()}, over 12 months ago: check the facts "
                        "and update 'reviewed'",
                        _where(lines, kind, record.id, "reviewed"),
                        record.id,
                        "reviewed",
                    )
                )
    return problems


def reading_grade(text: str) -> float | None:
    """The Flesch-Kincaid grade of a text, or None when it is too short to measure."""
    if len(text.split()) < MEASURED_FROM_WORDS:
        return None
    return float(textstat.flesch_kincaid_grade(text))


def _hard_to_read(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    problems = []
    for kind, keys in READ_BY_PEOPLE.items():
        for record in getattr(kb, kind):
            for key in keys:
                grade = reading_grade(getattr(record, key))
                if grade is not None and grade > HARDEST_GRADE:
                    problems.append(
                        Problem(
                            f"{kind}.yaml",
                            f"hard to read (grade {grade:.1f}; aim for {HARDEST_GRADE:.0f} or lower): "
                            "use shorter sentences and everyday words",
                            _where(lines, kind, record.id, key),
                            record.id,
                            key,
                        )
                    )
    return problems


def _closed_signposts(kb: KnowledgeBase, lines: Lines) -> list[Problem]:
    closed = {s.id for s in kb.services if s.status == "closed"}
    problems = []

    def warn(kind: str, record_id: str, key: str, target: str) -> None:
        service = kb.service(target)
        instead = f"; point to '{service.replaced_by}' instead" if service.replaced_by else ""
        problems.append(
            Problem(
                f"{kind}.yaml",
                f"points people to '{target}', which has closed{instead}",
                _where(lines, kind, record_id, key),
                record_id,
                key,
            )
        )

    for faq in kb.faqs:
        for target in faq.services:
            if target in closed:
                warn("faqs", faq.id, "services", target)
    for area in kb.areas:
        if area.adult_social_care in closed:
            warn("areas", area.id, "adult_social_care", area.adult_social_care)
    for service in kb.services:
        if service.replaced_by in closed:
            warn("services", service.id, "replaced_by", service.replaced_by)
    return problems
