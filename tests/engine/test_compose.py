"""How replies word things from the knowledge base."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message
from careers_bot.engine.compose import apprenticeship_words


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
