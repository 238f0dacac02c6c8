"""Jobs described without their name are found from how people describe each job."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("someone who helps kids learn to talk, what is that job called", "speech-and-language-therapist"),
        (
            "the man who pushes patients around the hospital in beds, what is his job called",
            "hospital-porter",
        ),
        ("the one who tells you what to eat when you have diabetes, what are they called", "dietitian"),
        (
            "the people who come to your house for a few weeks after hospital to get you doing things again, whats that job",
            "reablement-worker",
        ),
    ],
)
def test_a_job_described_without_its_name_is_found(engine: Engine, text: str, role: str) -> None:
    reading = engine.read(text)
    assert reading.described == role and reading.entities.roles == [role]
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent.startswith("role-") and reply.entities["role"] == role


@pytest.mark.parametrize(
    "text",
    [
        "is it depressing working with people who are dying",  # people the work is for, not a worker
        "what jobs are good for people who like computers",  # the asker's likes
        "the people who work there seem nice",  # nothing asked about their job
    ],
)
def test_people_mentioned_without_asking_about_their_job_describe_no_job(engine: Engine, text: str) -> None:
    assert engine.read(text).described is None


def test_a_job_named_is_not_replaced_by_a_description(engine: Engine) -> None:
    reading = engine.read("the doctor who puts you to sleep before an operation, what do they earn")
    assert reading.described is None and reading.entities.roles == ["doctor"]


def test_a_job_turned_down_leaves_the_description_to_say_which_job(engine: Engine) -> None:
    reading = engine.read(
        "the person who puts you to sleep before an operation but isnt the doctor, what job is that"
    )
    assert reading.entities.refused == ["doctor"]
    assert reading.entities.roles == ["operating-department-practitioner"]
