"""Who is speaking, guessed from examples when no cue says so."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message
from careers_bot.engine.audience import AudienceGuess

EXAMPLES = {
    "student": ["year 10 and into science", "at college doing health, not sure what next"],
    "jobseeker": ["out of work since the factory shut", "been made redundant, need something new"],
    "provider": ["we run two care homes in the county", "small home care agency, twelve staff"],
}


def test_the_kind_of_person_whose_examples_fit_is_guessed() -> None:
    guess = AudienceGuess(["weather tomorrow in leicester", "best chippy in town please"], EXAMPLES)
    assert guess.guess("we run two small care homes in the county") == "provider"
    assert guess.guess("what is the weather like in town tomorrow") is None


def test_too_few_words_say_nothing_about_who_is_speaking() -> None:
    assert AudienceGuess([], EXAMPLES).guess("care homes") is None


def test_someone_saying_who_they_are_with_no_cue_starts_their_journey(engine: Engine) -> None:
    text = "been a lorry driver for twenty years, knees have gone, fancy something different"
    assert engine.read(text).entities.audience == "jobseeker"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "flow-jobseeker"


@pytest.mark.parametrize(
    "text",
    [
        "my wifi keeps dropping out every evening",  # not about the speaker at all
        "what does a nurse earn in leicester",  # a question about a job is asked, not told
        "care pay",  # too short to say who is speaking
    ],
)
def test_no_kind_of_person_is_guessed_for_other_messages(engine: Engine, text: str) -> None:
    assert engine.read(text).entities.audience is None


@pytest.mark.parametrize(
    "text",
    [
        "help job please",
        "i not have job",
        "i got no job",
        "i want job. care job. help me",
        "hello i am from romania i want work care",
        "need work",
    ],
)
def test_wanting_work_in_few_words_or_little_english_starts_the_jobseeker_journey(
    engine: Engine, text: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "flow-jobseeker"


def test_wanting_work_experience_is_not_wanting_a_job(engine: Engine) -> None:
    assert engine.read("i want work experience in a hospital").entities.audience != "jobseeker"


def test_no_car_beside_care_jobs_is_not_a_car_care_job(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="customer lives in a village, no car, care jobs?"))
    assert reply.intent == "faq:no-driving-licence"


def test_help_finding_work_starts_the_jobseeker_journey(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="i need help finding work"))
    assert reply.intent == "flow-jobseeker"


@pytest.mark.parametrize("text", ["school", "college", "at school"])
def test_one_word_saying_where_a_pupil_is_starts_the_pupils_journey(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "flow-student"
