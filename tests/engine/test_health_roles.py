"""Health jobs beyond nursing are known by their everyday names, and a job named as someone the
person sees ("my GP", "a GP appointment") is not taken as a question about that job."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message, Reply


def all_text(reply: Reply) -> str:
    return " ".join([*reply.texts, *(line for c in reply.cards for line in (c.title, *c.lines))])


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        ("how do i become a midwife", "role-entry", "midwife"),
        ("doctor pay", "role-pay", "doctor"),
        ("how much do gps earn", "role-pay", "doctor"),
        ("what do medics earn", "role-pay", "doctor"),
        ("pharmacist salary", "role-pay", "pharmacist"),
        ("how to become a dental nurse", "role-entry", "dental-nurse"),
        ("what does a radiographer do", "role-about", "diagnostic-radiographer"),
        ("paediatric nurse salary", "role-pay", "registered-nurse-children"),
        ("what does an odp do", "role-about", "operating-department-practitioner"),
        ("speech therapist", "role-about", "speech-and-language-therapist"),
        ("dietician", "role-about", "dietitian"),
    ],
)
def test_health_jobs_beyond_nursing_are_known_by_their_everyday_names(
    engine: Engine, text: str, intent: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities.get("role")) == (intent, role)


def test_a_first_year_doctors_pay_is_given_with_its_year(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="how much does a junior doctor earn"))
    assert reply.intent == "role-pay"
    assert "£38,831" in all_text(reply) and "2025/26" in all_text(reply)


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("how do i book a gp appointment", "health-advice-elsewhere"),
        ("the gp surgery was rude to me how do i complain", "complaints-and-ratings"),
        ("how do i claim carers allowance", "benefits-advice-elsewhere"),
    ],
)
def test_a_job_named_as_someone_the_person_sees_is_not_a_job_question(
    engine: Engine, text: str, elsewhere: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.intent == "out-of-scope"
    assert reply.entities["elsewhere"] == elsewhere


def test_asking_how_to_become_one_is_still_a_job_question(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="how do i become a gp"))
    assert (reply.intent, reply.entities.get("role")) == ("role-entry", "doctor")


def test_the_job_asked_about_comes_before_the_one_they_see(engine: Engine) -> None:
    reading = engine.read("my gp said i should think about nursing, how do i start")
    assert reading.entities.roles[0] == "registered-nurse-adult"
