"""`careers-bot check` for editors: exit codes, strictness and JSON output."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from careers_bot.cli import main
from tests.knowledge.fixtures import minimal, write


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.output


def test_clean_folder_passes(tmp_path: Path) -> None:
    code, output = run(str(write(tmp_path, minimal())))
    assert code == 0
    assert "2 roles" in output and "No problems found." in output


def test_errors_exit_1_and_name_the_file(tmp_path: Path) -> None:
    data = minimal()
    data["roles"][0]["sector"] = "retail"
    code, output = run(str(write(tmp_path, data)))
    assert code == 1
    assert "Error: roles.yaml, line" in output and "1 error(s)" in output


def test_warnings_pass_unless_strict(tmp_path: Path) -> None:
    data = minimal()
    data["roles"][0]["reviewed"] = "2020-01-01"
    folder = str(write(tmp_path, data))
    assert run(folder)[0] == 0
    code, output = run(folder, "--strict")
    assert code == 1 and "treated as errors (--strict)" in output


def test_json_output_has_counts_errors_and_warnings(tmp_path: Path) -> None:
    code, output = run(str(write(tmp_path, minimal())), "--json")
    report = json.loads(output)
    assert code == 0
    for kind in ("roles", "apprenticeships", "routes", "services", "faqs", "synonyms", "areas"):
        assert isinstance(report[kind], int)
    assert report["errors"] == [] and report["warnings"] == []


def test_json_output_lists_errors(tmp_path: Path) -> None:
    data = minimal()
    del data["faqs"][0]["answer"]
    code, output = run(str(write(tmp_path, data)), "--json")
    report = json.loads(output)
    assert code == 1
    assert report["errors"][0]["file"] == "faqs.yaml"
    assert report["errors"][0]["key"] == "answer"


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    code, output = run(str(tmp_path / "nowhere"))
    assert code == 1 and "this folder does not exist" in output
