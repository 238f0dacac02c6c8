"""Hospital and care home jobs people ask about by everyday names (phlebotomist, porter, maternity support
worker, ward clerk, housekeeper, psychologist, podiatrist, health visitor, 999 and 111 call handler, drug and
alcohol recovery worker) are found, and "domestic abuse" still gets urgent help, not a job."""

from __future__ import annotations

import pytest

from careers_bot.engine import Engine, Message


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("how do i become a phlebotomist", "phlebotomist"),
        ("what does a hospital porter earn", "hospital-porter"),
        ("maternity support worker what do they do", "maternity-support-worker"),
        ("ward clerk jobs no experience", "ward-clerk"),
        ("cleaner in a care home how much", "housekeeper"),
        ("the person who takes your blood at the hospital, how do you get that job", "phlebotomist"),
        ("flebotomist", "phlebotomist"),
        ("domestic assistant nhs pay", "housekeeper"),
        ("midwife assistant jobs", "maternity-support-worker"),
    ],
)
def test_new_hospital_and_care_home_jobs_are_found_by_everyday_names(
    engine: Engine, text: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert reply.entities.get("role") == role
    # The job's own answer, or an FAQ written with this job among its roles.
    faq_roles = engine.kb.faq(reply.intent[4:]).roles if reply.intent.startswith("faq:") else ()
    assert reply.intent.startswith("role-") or role in faq_roles, reply.intent


def test_domestic_abuse_gets_urgent_help_and_names_no_job(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="my partner is hurting me, domestic abuse"))
    assert reply.intent == "urgent-help"
    assert "role" not in reply.entities and not reply.entities.get("roles")
    assert all(card.kind != "role" for card in reply.cards)
    said = " ".join([*reply.texts, *(line for c in reply.cards for line in (c.title, *c.lines))]).lower()
    assert "housekeeper" not in said and "domestic assistant" not in said


@pytest.mark.parametrize(
    "text",
    ["hotel porter jobs", "how do i become a veterinary nurse", "i was a hotel receptionist, can i do care"],
)
def test_a_job_title_of_a_workplace_outside_care_is_not_our_job(engine: Engine, text: str) -> None:
    assert engine.read(text).entities.roles == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("porter at the hospital jobs", "hospital-porter"),
        ("how do i become a school nurse", "registered-nurse-adult"),
        ("bank healthcare assistant shifts", "healthcare-support-worker"),
    ],
)
def test_the_same_title_in_care_is_ours(engine: Engine, text: str, role: str) -> None:
    assert engine.read(text).entities.roles == [role]


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        ("whats a psychologist earn", "role-pay", "clinical-psychologist"),
        ("clinical psychologist salary", "role-pay", "clinical-psychologist"),
        ("how do i become a podiatrist", "role-entry", "podiatrist"),
        ("chiropodist pay", "role-pay", "podiatrist"),
        ("what does a health visitor do", "role-about", "health-visitor"),
        ("999 call handler job", "role-about", "emergency-call-handler"),
        ("nhs 111 call handler", "role-about", "emergency-call-handler"),
        ("recovery worker jobs leicester", "role-about", "drug-and-alcohol-recovery-worker"),
        (
            "what does a psychological wellbeing practitioner do",
            "role-about",
            "psychological-wellbeing-practitioner",
        ),
    ],
)
def test_jobs_a_tester_asked_about_have_their_own_answer(
    engine: Engine, text: str, intent: str, role: str
) -> None:
    reply, _ = engine.respond({}, Message(text=text))
    assert (reply.intent, reply.entities.get("role")) == (intent, role)


def test_work_in_drug_and_alcohol_services_is_answered_with_the_recovery_worker_job(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="drug and alcohol work?"))
    assert reply.intent == "faq:substance-misuse-work"
    assert "drug-and-alcohol-recovery-worker" in engine.kb.faq("substance-misuse-work").roles


@pytest.mark.parametrize(
    ("from_role", "to_role"),
    [
        ("mental-health-support-worker", "psychological-wellbeing-practitioner"),
        ("psychological-wellbeing-practitioner", "clinical-psychologist"),
        ("midwife", "health-visitor"),
        ("registered-nurse-adult", "health-visitor"),
        ("emergency-call-handler", "emergency-care-assistant"),
    ],
)
def test_new_jobs_sit_on_real_ladders(engine: Engine, from_role: str, to_role: str) -> None:
    assert any(r.from_role == from_role and r.to_role == to_role for r in engine.kb.routes)
