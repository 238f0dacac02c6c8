"""Warnings tell editors what to look at without stopping the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from careers_bot.knowledge import load
from tests.knowledge.fixtures import minimal, write


def warnings_for(tmp_path: Path, data: dict, today: date = date(2026, 11, 22)) -> list[str]:
    return [str(w) for w in load(write(tmp_path, data), today=today).warnings]


def test_entry_not_reviewed_for_a_year(tmp_path: Path) -> None:
    data = minimal()
    data["roles"][0]["reviewed"] = "2025-10-01"
    [warning] = warnings_for(tmp_path, data)
    assert "roles.yaml, line" in warning and "'care-worker'" in warning
    assert "last reviewed 2025-10-01, over 12 months ago" in warning


def test_everything_goes_stale_a_year_on(tmp_path: Path) -> None:
    warnings = warnings_for(tmp_path, minimal(), today=date(2027, 11, 2))
    assert len(warnings) == 11  # every record in the fixture


def test_hard_to_read_answer(tmp_path: Path) -> None:
    data = minimal()
    data["faqs"][0]["answer"] = (
        "Notwithstanding organisational considerations, prospective employees demonstrating "
        "appropriate interpersonal capabilities are generally considered eligible irrespective "
        "of formal qualifications."
    )
    [warning] = warnings_for(tmp_path, data)
    assert "key 'answer': hard to read (grade" in warning


def test_plain_answer_is_not_flagged(tmp_path: Path) -> None:
    data = minimal()
    data["faqs"][0]["answer"] = (
        "No. You can start with no qualifications at all. Your employer trains you on the job. "
        "You learn the Care Certificate in your first few weeks."
    )
    assert warnings_for(tmp_path, data) == []


def test_pointing_people_to_a_closed_service(tmp_path: Path) -> None:
    data = minimal()
    data["faqs"][0]["services"] = ["old-hub"]
    [warning] = warnings_for(tmp_path, data)
    assert "points people to 'old-hub', which has closed; point to 'skills-for-care' instead" in warning
