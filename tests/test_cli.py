"""The command line: `careers-bot ask` (one fresh conversation per question) and `careers-bot chat`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from careers_bot import cli
from careers_bot.cli import main
from careers_bot.engine import Engine
from careers_bot.knowledge import load


@pytest.fixture(scope="module")
def built() -> Engine:
    return Engine(load().knowledge)


@pytest.fixture(autouse=True)
def one_engine(built: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each command builds its engine from the bundled knowledge base; build it once for these tests."""
    bundled = cli.BUNDLED

    def engine_for(knowledge_dir: Path) -> Engine:
        assert knowledge_dir == bundled
        return built

    monkeypatch.setattr(cli, "_engine", engine_for)


def test_ask_prints_one_plain_reply() -> None:
    result = CliRunner().invoke(main, ["ask", "how do i become a nurse"])
    assert result.exit_code == 0
    assert "nursing degree" in result.output
    assert "[1]" in result.output  # buttons are numbered


def test_ask_json_gives_the_reply_fields() -> None:
    result = CliRunner().invoke(main, ["ask", "--json", "what does a nursing associate earn"])
    reply = json.loads(result.output)
    assert {"messages", "quick_replies", "intent", "confidence", "entities"} <= set(reply)
    assert reply["intent"] == "role-pay" and reply["entities"]["role"] == "nursing-associate"


def test_ask_without_text_answers_each_line_as_a_fresh_conversation() -> None:
    result = CliRunner().invoke(main, ["ask"], input="what is a dbs check\n\nwhat does it pay?\n")
    replies = [json.loads(line) for line in result.output.splitlines()]
    assert [r["text"] for r in replies] == ["what is a dbs check", "what does it pay?"]
    assert replies[0]["intent"] == "faq:what-is-a-dbs-check"
    assert replies[1]["intent"] != "role-pay"  # no job was named in this fresh conversation


def test_chat_taps_numbered_buttons_and_prints_the_plan() -> None:
    typed = "2\n1\n9\nwhat is a dbs check\nplan\nquit\n"
    result = CliRunner().invoke(main, ["chat"], input=typed)
    assert result.exit_code == 0
    assert "How old are you?" in result.output  # 2: looking for work
    assert "Please pick a number from 1 to 6" in result.output  # 9 is not a button

    assert "Your plan:" in result.output and "Answer: What is a DBS check?" in result.output


def test_chat_takes_a_two_digit_number_as_typed_text() -> None:
    result = CliRunner().invoke(main, ["chat"], input="2\n34\nquit\n")
    assert result.exit_code == 0
    assert "Please pick a number" not in result.output
    assert "What qualifications do you have?" in result.output  # 34 answered "How old are you?"


def test_the_plan_part_way_through_a_journey_is_not_called_empty() -> None:
    result = CliRunner().invoke(main, ["chat"], input="2\n3\n1\nsee my plan\nquit\n")
    assert "Your plan is empty" not in result.output
    assert "What you told us: Age: 25 to 49" in result.output
    assert "jobs and contacts will be added" in result.output
