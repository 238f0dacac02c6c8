"""How replies word things from the knowledge base."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message
from careers_bot.engine.compose import apprenticeship_words, notes_for


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Adult Care Worker", "Adult Care Worker apprenticeship"),
        (
            "Health and Social Care Foundation Apprenticeship",
            "Health and Social Care Foundation Apprenticeship",
        ),
        ("Registered Nurse (degree apprenticeship)", "Registered Nurse (degree apprenticeship)"),
    ],
)
def test_an_apprenticeship_is_named_without_saying_apprenticeship_twice(name: str, words: str) -> None:
    assert apprenticeship_words(name) == words


def test_an_answer_says_which_question_it_answers(engine: Engine) -> None:
    """An answer that begins "Yes" or "Not to start" means something only beside its question."""
    reply, _ = engine.respond({}, Message(text="do u get paid holidays in care"))
    faq = engine.kb.faq(reply.intent.removeprefix("faq:"))
    assert reply.texts[0] == f"{faq.question} {faq.answer}"


def test_a_jobs_notes_go_with_what_was_asked(engine: Engine) -> None:
    pay, _ = engine.respond({}, Message(text="how much does a social worker earn"))
    entry, _ = engine.respond({}, Message(text="how do i become a social worker"))
    assert pay.intent == "role-pay" and any("Ask the council about pay" in t for t in pay.texts)
    assert not any("degree entry rules" in t for t in pay.texts)
    assert not any("Ask the council about pay" in t for t in entry.texts)


def test_notes_for_splits_a_note_into_pay_and_the_rest() -> None:
    note = "Check entry rules with each university. Ask the employer when midwives move up to Band 6."
    assert notes_for(note, "pay") == "Ask the employer when midwives move up to Band 6."
    assert notes_for(note, "entry") == "Check entry rules with each university."
    assert notes_for(None, "about") == ""
