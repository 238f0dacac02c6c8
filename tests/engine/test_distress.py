"""Cries for help found by likeness to written examples, where no cue pattern fits."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message
from careers_bot.engine.distress import LEARNING, MY_BENEFIT_CLAIM, OF_MYSELF, DistressMatcher
from careers_bot.engine.normalise import fold
from careers_bot.engine.safety import in_distress

URGENT = ("took all the tablets in the drawer", "he pulled her across the room by her hair")
EVERYDAY = ("what tablets do carers give out", "how do i get my hair done for an interview")


def test_a_message_close_to_an_urgent_example_and_far_from_the_everyday_ones_matches() -> None:
    matcher = DistressMatcher(URGENT, EVERYDAY)
    assert matcher.matches("i took all the tablets in the drawer")
    assert not matcher.matches("what tablets do carers give out at night")
    assert not matcher.matches("how do i become a nurse")


def test_an_everyday_example_as_close_as_the_urgent_one_keeps_a_message_everyday() -> None:
    urgent, everyday = DistressMatcher(URGENT, EVERYDAY).closeness("how do i get my hair done")
    assert everyday > urgent


@pytest.mark.parametrize(
    "text",
    [
        "i cant do this anymore, ive got everything ready",
    ],
)
def test_a_cry_for_help_no_pattern_names_still_gets_urgent_help_first(engine: Engine, text: str) -> None:
    assert not in_distress(fold(text)) and engine.distress.matches(text)  # no pattern: the examples find it
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "urgent-help"


@pytest.mark.parametrize(
    "text",
    [
        "how do i apply for a care job?",
        "can you help with my cv",
        "is care work stressful",
        "what first aid training do carers get",
    ],
)
def test_careers_questions_are_nearer_the_everyday_examples(engine: Engine, text: str) -> None:
    assert not engine.distress.matches(text)


def test_the_model_of_the_examples_finds_what_neither_patterns_nor_nearest_examples_do(
    engine: Engine,
) -> None:
    text = "my mate said hes going to swallow his whole stash tonight"
    urgent, everyday = engine.distress.closeness(text)
    assert not in_distress(fold(text)) and not (urgent >= 0.35 and urgent - everyday >= 0.05)
    assert engine.distress.likelihood(text) >= 0.9 and engine.distress.matches(text)


@pytest.mark.parametrize("text", ["not sure", "im not sure", "nights?", "no idea"])
def test_short_everyday_answers_are_not_taken_for_distress(engine: Engine, text: str) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent != "urgent-help"


def test_the_same_examples_always_give_the_same_model() -> None:
    first, second = DistressMatcher(URGENT * 3, EVERYDAY * 3), DistressMatcher(URGENT * 3, EVERYDAY * 3)
    assert first.likelihood("took the tablets") == second.likelihood("took the tablets")


@pytest.mark.parametrize(
    "text",
    [
        "what are the types of abuse, its for my level 2 assignment",
        "how do you spot signs of neglect? we are doing it in class",
        "is there a suicide awareness course for care staff",
    ],
)
def test_a_course_or_policy_question_using_the_cue_words_is_answered_without_the_urgent_help(
    engine: Engine, text: str
) -> None:
    assert in_distress(fold(text))  # the cue patterns alone would have said urgent
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent != "urgent-help"


def test_a_cry_for_help_inside_a_course_question_still_gets_urgent_help_first(engine: Engine) -> None:
    text = "doing my level 2 health and social care but honestly i think about killing myself every day"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "urgent-help"


@pytest.mark.parametrize(
    "text",
    [
        "why bother with the training course when i just want to be dead",
        "doing my care certificate module but im thinking about ending my life",
    ],
)
def test_a_course_question_never_hides_someone_saying_it_of_themselves(engine: Engine, text: str) -> None:
    folded = fold(text)
    assert LEARNING.search(folded) and OF_MYSELF.search(folded)  # the course veto is set aside
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "urgent-help"


def test_a_problem_with_ones_own_benefit_claim_is_not_a_crisis(engine: Engine) -> None:
    text = "my carers allowance has been stopped and no one will tell me why"
    assert MY_BENEFIT_CLAIM.search(fold(text))
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent != "urgent-help"


def test_a_benefit_problem_with_a_cue_of_harm_still_gets_urgent_help(engine: Engine) -> None:
    text = "my uc has been stopped and i want to end my life"
    assert MY_BENEFIT_CLAIM.search(fold(text))
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "urgent-help"


def test_grief_for_someone_cared_for_gets_the_answer_on_it_not_crisis_help(engine: Engine) -> None:
    text = "one of my residents passed away and i cant stop crying, is that normal"
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "faq:when-someone-you-cared-for-dies"


def test_grief_with_thoughts_of_suicide_still_gets_urgent_help_first(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="my client died and i want to die too"))
    assert reply.intent == "urgent-help"
