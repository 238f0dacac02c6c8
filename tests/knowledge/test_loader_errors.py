"""Each kind of mistake an editor can make is caught, with a message that says where and what."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from careers_bot.knowledge import KnowledgeError, load
from tests.knowledge.fixtures import minimal, write

TODAY = date(2026, 11, 22)


def problems_for(tmp_path: Path, data: dict[str, Any]) -> list[str]:
    write(tmp_path, data)
    with pytest.raises(KnowledgeError) as caught:
        load(tmp_path, today=TODAY)
    return [str(p) for p in caught.value.problems]


def test_minimal_fixture_loads_cleanly(tmp_path: Path) -> None:
    loaded = load(write(tmp_path, minimal()), today=TODAY)
    assert loaded.knowledge.counts()["roles"] == 2
    assert loaded.warnings == ()


def test_unknown_key_is_named_with_a_suggestion(tmp_path: Path) -> None:
    data = minimal()
    data["roles"][0]["sumary"] = "typo"
    [problem] = problems_for(tmp_path, data)
    assert "roles.yaml, line" in problem
    assert "record 'care-worker'" in problem
    assert "key 'sumary'" in problem
    assert "did you mean 'summary'" in problem


def test_missing_required_key(tmp_path: Path) -> None:
    data = minimal()
    del data["services"][0]["description"]
    [problem] = problems_for(tmp_path, data)
    assert "services.yaml" in problem and "'skills-for-care'" in problem
    assert "key 'description': this key is required" in problem


@pytest.mark.parametrize(
    ("kind", "key", "value", "expected"),
    [
        ("apprenticeships", "level", "three", "expected a whole number"),
        ("roles", "senior", "yes please", "expected true or false"),
        ("roles", "settings", "care-home", "expected a list"),
        ("roles", "sector", "retail", "'retail' is not allowed; use one of: social-care, health"),
        ("roles", "reviewed", "22/11/2026", "expected a date like 2026-11-22"),
        ("services", "url", "www.skillsforcare.org.uk", "is not a web address starting https://"),
        ("services", "url", "http://www.skillsforcare.org.uk", "is not a web address starting https://"),
        ("services", "email", "info-at-skillsforcare", "is not an e-mail address"),
        ("services", "phone", "call 0113", "is not a UK phone number"),
        ("services", "phone", "0116 305", "is not a UK phone number"),
        ("faqs", "question", "", "expected some text"),
    ],
)
def test_wrong_values_are_explained(tmp_path: Path, kind: str, key: str, value: Any, expected: str) -> None:
    data = minimal()
    data[kind][0][key] = value
    [problem] = problems_for(tmp_path, data)
    assert f"{kind}.yaml, line" in problem
    assert f"key '{key}'" in problem
    assert expected in problem


def test_nested_key_is_named_with_its_parent(tmp_path: Path) -> None:
    data = minimal()
    data["roles"][0]["pay"]["as_of"] = "December"
    [problem] = problems_for(tmp_path, data)
    assert "key 'pay.as_of'" in problem and "expected a month like 2025-12" in problem


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    data = minimal()
    data["levels"].append(dict(data["levels"][0]))
    [problem] = problems_for(tmp_path, data)
    assert "levels.yaml, line 8, record 'level-2', key 'id': this id is already used on line 1" in problem


def test_badly_formed_id(tmp_path: Path) -> None:
    data = minimal()
    data["levels"][0]["id"] = "Level 2"
    [problem] = problems_for(tmp_path, data)
    assert "is not a valid id" in problem


@pytest.mark.parametrize(
    ("kind", "key", "value", "target"),
    [
        ("faqs", "roles", ["nurse-unicorn"], "roles.yaml"),
        ("faqs", "services", ["no-such-service"], "services.yaml"),
        ("faqs", "follow_ups", ["no-such-faq"], "faqs.yaml"),
        ("routes", "to_role", "no-such-role", "roles.yaml"),
        ("routes", "apprenticeship", "no-such-apprenticeship", "apprenticeships.yaml"),
        ("services", "areas", ["atlantis"], "areas.yaml"),
        ("areas", "adult_social_care", "no-such-service", "services.yaml"),
    ],
)
def test_references_to_missing_ids(tmp_path: Path, kind: str, key: str, value: Any, target: str) -> None:
    data = minimal()
    data[kind][0][key] = value
    problems = problems_for(tmp_path, data)
    assert any(f"key '{key}'" in p and f"is not an id in {target}" in p for p in problems), problems


def test_role_no_entry_role_reaches_is_an_error(tmp_path: Path) -> None:
    data = minimal()
    data["routes"] = []
    problems = problems_for(tmp_path, data)
    assert any("'senior-care-worker'" in p and "no entry role leads here" in p for p in problems)
    assert any("'care-worker'" in p and "this role leads nowhere" in p for p in problems)


def test_route_with_apprenticeship_that_trains_for_another_role(tmp_path: Path) -> None:
    data = minimal()
    data["apprenticeships"][0]["roles"] = ["care-worker"]
    problems = problems_for(tmp_path, data)
    assert any("does not list 'senior-care-worker' in its roles" in p for p in problems)


def test_closed_service_needs_a_note(tmp_path: Path) -> None:
    data = minimal()
    del data["services"][1]["closed_note"]
    [problem] = problems_for(tmp_path, data)
    assert "'old-hub'" in problem and "a closed service needs a closed_note" in problem


def test_active_service_needs_a_way_to_reach_it(tmp_path: Path) -> None:
    data = minimal()
    for key in ("url", "phone", "email"):
        del data["services"][0][key]
    [problem] = problems_for(tmp_path, data)
    assert "needs a url, phone or email" in problem


def test_faq_needs_three_phrasings(tmp_path: Path) -> None:
    data = minimal()
    data["faqs"][0]["phrasings"] = ["only one"]
    [problem] = problems_for(tmp_path, data)
    assert "give at least 3 ways" in problem


def test_word_in_two_synonyms(tmp_path: Path) -> None:
    data = minimal()
    data["synonyms"].append({**data["synonyms"][0], "id": "carer-again", "words": ["carer"]})
    [problem] = problems_for(tmp_path, data)
    assert "'carer' is already in synonym 'care-worker'" in problem


def test_yaml_syntax_error_gives_the_line(tmp_path: Path) -> None:
    write(tmp_path, minimal())
    (tmp_path / "levels.yaml").write_text("- id: level-2\n  name: [unclosed\n  level: 2\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(tmp_path, today=TODAY)
    [problem] = caught.value.problems
    assert problem.file == "levels.yaml" and problem.line is not None
    assert "check indentation, colons and quotes" in str(problem)


def test_repeated_key_in_a_record(tmp_path: Path) -> None:
    write(tmp_path, minimal())
    path = tmp_path / "levels.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  name: Level two again\n", encoding="utf-8")
    problems = [str(p) for p in pytest.raises(KnowledgeError, load, tmp_path, today=TODAY).value.problems]
    assert any("key 'name': this key appears twice" in p for p in problems)


def test_missing_file_and_not_a_list(tmp_path: Path) -> None:
    write(tmp_path, minimal())
    (tmp_path / "areas.yaml").unlink()
    (tmp_path / "synonyms.yaml").write_text("id: carer\n", encoding="utf-8")
    problems = [str(p) for p in pytest.raises(KnowledgeError, load, tmp_path, today=TODAY).value.problems]
    assert "areas.yaml: the file is missing" in problems
    assert any(p.startswith("synonyms.yaml, line 1") and "should be a list of records" in p for p in problems)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    data = minimal()
    data["levels"][0]["level"] = "two"
    data["roles"][1]["sector"] = "retail"
    data["services"][0]["email"] = "nope"
    assert len(problems_for(tmp_path, data)) == 3
