"""Guided journeys: skip what is known, allow questions mid-way, go back and start again, build a plan."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from careers_bot.engine import Engine, Message, Reply
from careers_bot.engine.compose import lower_first
from careers_bot.engine.plan import PRIVATE_NOTE
from careers_bot.engine.state import replay_start


def test_student_journey_suggests_roles_and_says_why(talk: Callable[..., Reply]) -> None:
    talk("@start:student")
    talk("@answer:science-and-health")
    done = talk("@answer:hospital")
    assert done.intent == "flow-student-done"
    roles = [c for c in done.cards if c.kind == "role"]
    assert len(roles) == 3
    assert all(c.lines[0].startswith("Why:") for c in roles)
    assert any("science and health" in c.lines[0] for c in roles)


def test_a_student_sees_jobs_to_train_for_and_one_to_start_soon(
    engine: Engine, talk: Callable[..., Reply]
) -> None:
    talk("@start:student")
    talk("@answer:helping-people")
    done = talk("@answer:hospital")
    shown = [engine.kb.role(c.ref) for c in done.cards if c.kind == "role"]
    assert all("helping-people" in r.interests and "hospital" in r.settings for r in shown)
    assert not shown[0].no_qualifications_needed  # a student has time to train: the nurse before the HCA
    assert sum(r.no_qualifications_needed for r in shown) == 1  # and one job they could start soon
    onward = [len(engine.kb.routes_from(r.id)) for r in shown if not r.no_qualifications_needed]
    assert onward == sorted(onward, reverse=True)  # among equal fits, jobs that lead somewhere first


def test_being_active_suggests_active_jobs_first(talk: Callable[..., Reply]) -> None:
    talk("@start:student")
    talk("@answer:active-work")
    done = talk("@answer:hospital")
    assert "Paramedic" in [c.title for c in done.cards]


def test_rambling_message_fills_slots_and_skips_their_questions(talk: Callable[..., Reply]) -> None:
    reply = talk("I'm 45, ex-retail, no GCSEs, live in Hinckley, can I do care?")
    assert reply.intent == "flow-jobseeker"
    assert "Is anything making work harder for you?" in " ".join(reply.texts)
    assert "Hinckley and Bosworth" in " ".join(reply.texts)


def test_jobseeker_who_cannot_drive_is_not_offered_home_care(talk: Callable[..., Reply]) -> None:
    talk("@start:jobseeker")
    for answer in ("@answer:50-plus", "@answer:none", "@answer:family", "@answer:driving", "@answer:melton"):
        talk(answer)
    done = talk("@answer:part-time")
    assert done.intent == "flow-jobseeker-done"
    titles = [c.title for c in done.cards if c.kind == "role"]
    assert titles and "Home care worker" not in titles
    steps = [c.title for c in done.cards if c.kind == "step"]
    assert "Do I need a driving licence?" in steps


def test_a_question_mid_journey_is_answered_then_the_journey_resumes(talk: Callable[..., Reply]) -> None:
    talk("@start:jobseeker")
    reply = talk("what is a dbs check")
    assert reply.intent == "faq:what-is-a-dbs-check"
    assert reply.texts[-1] == "To carry on: How old are you?"
    assert reply.quick_replies[0].payload == "answer:16-18"
    assert talk("25 to 49").intent == "flow-answer"


def test_back_returns_to_the_previous_question(talk: Callable[..., Reply]) -> None:
    talk("@start:student")
    talk("@answer:helping-people")
    back = talk("back")
    assert back.intent == "back" and back.texts == ("What do you enjoy most?",)


def test_start_again_forgets_everything(engine: Engine) -> None:
    _, state = engine.respond({}, Message(text="I'm 45 and live in Melton, looking for work"))
    reply, state = engine.respond(state, Message(text="start again"))
    assert reply.intent == "restart" and set(state) == {"v"}


def test_provider_journey_points_to_services_with_contacts(talk: Callable[..., Reply]) -> None:
    talk("@start:provider")
    talk("@answer:training")
    done = talk("@answer:charnwood")
    assert done.intent == "flow-provider-done"
    refs = [c.ref for c in done.cards]
    assert "ldss" in refs
    assert all(c.url or c.phone or c.email for c in done.cards)


def test_tampered_state_starts_fresh_instead_of_failing(engine: Engine) -> None:
    for junk in (
        None,
        [],
        "x",
        {"v": 1, "flow": "nope", "roles": ["not-a-role", 3], "misses": -4},
        {"v": 99},
        {"v": 1, "slots": {"area": ["x"]}, "step": 5},
    ):
        reply, state = engine.respond(junk, Message(text="hello"))
        assert reply.intent == "greeting"
        assert json.dumps(state)


def test_jobs_offered_side_by_side_last_one_turn_and_unknown_ones_are_dropped(engine: Engine) -> None:
    offered = {"v": 1, "choices": ["care-worker", "not-a-role", 7, "healthcare-support-worker"]}
    reply, state = engine.respond(offered, Message(text="pay?"))
    assert reply.intent == "clarify"
    assert [b.payload for b in reply.quick_replies][:2] == [
        "role:care-worker:pay",
        "role:healthcare-support-worker:pay",
    ]
    assert state["choices"] == ["care-worker", "healthcare-support-worker"]  # asked again, still offered
    reply, state = engine.respond(state, Message(text="what is a dbs check"))
    assert "choices" not in state and "offered" not in state
    reply, _ = engine.respond(state, Message(text="pay?"))
    assert reply.intent != "clarify"


def test_state_stays_small_after_a_long_conversation(engine: Engine) -> None:
    state: object = {}
    for text in [
        "hi",
        "nursing associate",
        "pay?",
        "levy",
        "dbs",
        "what is a t level",
        "physio",
        "paramedic",
        "@start:jobseeker",
        "45",
        "no qualifications",
        "looked after mum",
        "cant drive",
        "Melton",
        "part time",
        "care worker pay",
        "registered manager",
        "social worker",
        "OT",
        "apprentice",
    ]:
        message = Message(payload=text[1:]) if text.startswith("@") else Message(text=text)
        _, state = engine.respond(state, message)
    assert len(json.dumps(state)) < 1200


def test_plan_lists_what_was_found_with_next_steps(engine: Engine) -> None:
    state: object = {}
    for text in [
        "@start:jobseeker",
        "@answer:25-49",
        "@answer:none",
        "@answer:none",
        "@answer:none",
        "@answer:leicester",
        "@answer:full-time",
    ]:
        _, state = engine.respond(state, Message(payload=text[1:]))
    plan = engine.plan(state)
    assert not plan.empty
    assert "Area: Leicester city" in plan.about
    assert plan.roles and plan.steps
    assert engine.plan(engine.plan_state(state)) == plan


def test_no_reply_depends_on_what_the_plan_keeps(engine: Engine) -> None:
    # The web layer replays messages from states without the plan's lists (a smaller cookie).
    turns = [
        Message(payload="start:jobseeker"),
        Message(text="I'm 45, no qualifications, I looked after my mum"),
        Message(text="what does a care worker earn?"),
        Message(payload="menu"),
        Message(text="how do i become a nurse"),
        Message(payload="plan"),
    ]
    state: dict[str, Any] = {}
    for message in turns:
        reply, after = engine.respond(state, message)
        again, _ = engine.respond(replay_start(state), message)
        assert again == reply
        state = after
    assert state.get("roles") and state.get("faqs")  # the lists were there to leave out


def test_a_students_plan_says_when_they_can_apply_and_leaves_out_personal_answers(engine: Engine) -> None:
    state: object = {}
    for message in (
        Message(payload="start:student"),
        Message(payload="answer:helping-people"),
        Message(payload="answer:care-home"),
        Message(text="can i work in care with a criminal record"),
    ):
        _, state = engine.respond(state, message)
    assert (
        isinstance(state, dict) and "criminal-record" in state["faqs"]
    )  # answered, so the plan could show it
    plan = engine.plan(state)
    assert plan.steps and not any("you can apply now" in step for step in plan.steps)
    assert any("some employers take you from 16" in step for step in plan.steps)
    assert "criminal-record" not in plan.faqs
    assert "criminal-record" not in engine.plan_state(state).get("faqs", [])


def test_a_plan_keeps_a_criminal_record_to_itself_and_says_each_next_step_once(engine: Engine) -> None:
    state: object = {}
    for payload in (
        "start:jobseeker",
        "answer:19-24",
        "answer:none",
        "answer:none",
        "answer:criminal-record",
        "answer:rutland",
        "answer:full-time",
    ):
        _, state = engine.respond(state, Message(payload=payload))
    plan = engine.plan(state)
    assert not any("criminal record" in line.lower() for line in plan.about)
    # The chat said it was noted: the plan says why it is not shown, without saying what it was.
    assert plan.about[-1] == PRIVATE_NOTE
    assert "barrier" not in engine.plan_state(state).get("slots", {})
    assert "Area: Rutland" in plan.about
    apply_now = [step for step in plan.steps if "you can apply now" in step]
    assert len(apply_now) == 1 and " and " in apply_now[0].split(":")[0]  # the jobs share one step
    contacts = [
        step.split(": ", 1)[1] for step in plan.steps if step.startswith(("Call ", "Visit ", "E-mail "))
    ]
    assert contacts and len(contacts) == len(set(contacts))
    assert not any(step.startswith("Contact ") for step in plan.steps)


def test_a_students_plan_has_no_contacts_meant_for_workers_or_employers(engine: Engine) -> None:
    state: object = {}
    for message in (
        Message(payload="start:student"),
        Message(payload="answer:helping-people"),
        Message(payload="answer:care-home"),
        Message(text="how much would i get paid as a 16 year old apprentice"),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict) and "acas" in state["services"]  # shown beside the answer
    assert not any("Acas" in step for step in engine.plan(state).steps)


def test_a_relatives_town_is_not_taken_for_where_the_person_lives(engine: Engine) -> None:
    state: object = {}
    for message in (
        Message(payload="start:jobseeker"),
        Message(text="my nan was in a care home in Wigston and the carers were lovely, im 34"),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict)
    assert state["slots"].get("age_band") == "25-49" and "area" not in state["slots"]
    # Where the person at risk is still picks the council for urgent help.
    reply, _ = engine.respond({}, Message(text="my neighbour in Oakham is being abused"))
    assert "rutland-adult-social-care" in {c.ref for c in reply.cards}


def test_a_second_thing_that_makes_work_harder_is_kept_and_a_personal_one_stays_off_the_plan(
    engine: Engine,
) -> None:
    state: object = {}
    for message in (
        Message(payload="start:jobseeker"),
        Message(payload="answer:25-49"),
        Message(payload="answer:none"),
        Message(payload="answer:none"),
        Message(text="I can't drive and I have a criminal record from years ago"),
        Message(payload="answer:melton"),
        Message(payload="back"),
        Message(payload="back"),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict) and "barrier_also" not in state.get("slots", {})  # back forgets both
    for message in (
        Message(text="I can't drive and I have a criminal record from years ago"),
        Message(payload="answer:melton"),
        Message(payload="answer:part-time"),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict) and state["slots"]["barrier_also"] == "criminal-record"
    plan = engine.plan(state)
    assert "Makes work harder: I can't drive" in plan.about
    assert "barrier_also" not in engine.plan_state(state)["slots"]


def test_a_jobseeker_aged_16_to_18_is_not_told_to_apply_now(engine: Engine) -> None:
    state: object = {}
    reply = None
    for payload in (
        "start:jobseeker",
        "answer:16-18",
        "answer:none",
        "answer:none",
        "answer:none",
        "answer:leicester",
        "answer:full-time",
    ):
        reply, state = engine.respond(state, Message(payload=payload))
    assert reply is not None and any("many care and NHS jobs start from 18" in t for t in reply.texts)
    steps = engine.plan(state).steps
    assert not any("you can apply now" in step for step in steps)
    assert any("some employers take you from 16" in step for step in steps)


def test_a_providers_plan_does_not_tell_them_to_apply_for_jobs(engine: Engine) -> None:
    state: object = {}
    for message in (
        Message(payload="start:provider"),
        Message(text="can I sponsor care workers from overseas on a visa"),
        Message(text="what does a care worker earn"),
    ):
        reply, state = engine.respond(state, message)
    assert isinstance(state, dict) and "care-worker" in state["roles"]
    plan = engine.plan(state)
    assert not any("you can apply now" in step or "look for the" in step for step in plan.steps)
    assert plan.roles == ()  # not padded with the jobs whose cards came with its answers


def test_a_nurse_who_trained_abroad_is_sent_to_the_register_not_to_train_again(engine: Engine) -> None:
    state: object = {}
    for message in (
        Message(payload="start:jobseeker"),
        Message(text="I was a nurse in Syria for 8 years, I have refugee status now. How do I nurse here?"),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict) and "registered-nurse-adult" in state["roles"]
    steps = engine.plan(state).steps
    nurse = [step for step in steps if step.startswith("Registered nurse")]
    assert nurse and "NMC register" in nurse[0] and "apprenticeship" not in nurse[0]


def test_a_nurse_who_has_not_trained_is_still_shown_the_way_to_train(engine: Engine) -> None:
    _, state = engine.respond({}, Message(text="how do I become a nurse"))
    steps = engine.plan(state).steps
    assert any(step.startswith("Registered nurse") and "apprenticeship" in step for step in steps)


def test_a_plan_leaves_out_local_help_for_another_area(engine: Engine) -> None:
    state: object = {}
    for message in (
        Message(payload="start:provider"),
        Message(payload="faq:think-rutland-support"),  # seen before they said where they are
        Message(text="we are a care home in hinckley"),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict) and "think-rutland" in state["services"]
    assert not any("Think Rutland" in step for step in engine.plan(state).steps)


@pytest.mark.parametrize(
    ("title", "in_a_sentence"),
    [
        ("Care worker", "care worker"),
        ("Shared Lives carer", "Shared Lives carer"),
        ("GP receptionist", "GP receptionist"),
        ("Registered nurse (adult)", "registered nurse (adult)"),
    ],
)
def test_a_job_title_inside_a_sentence_keeps_the_capitals_of_names(title: str, in_a_sentence: str) -> None:
    assert lower_first(title) == in_a_sentence


def test_a_plan_keeps_the_capitals_of_a_job_that_holds_a_name(engine: Engine) -> None:
    state: object = {}
    for text in ("what does a care worker do", "what is a shared lives carer"):
        _, state = engine.respond(state, Message(text=text))
    steps = engine.plan(state).steps
    assert any(step.startswith("Care worker") and "Shared Lives carer" in step for step in steps), steps


@pytest.mark.parametrize(
    ("typed", "barrier"),
    [("could i drive people to hospital appointments instead", None), ("i cant drive", "driving")],
)
def test_saying_you_could_drive_is_not_taken_as_cannot_drive(
    engine: Engine, typed: str, barrier: str | None
) -> None:
    # Round 23: "could i drive people to hospital appointments" was noted as "I can't drive".
    state: object = {}
    for message in (
        Message(payload="start:jobseeker"),
        Message(payload="answer:50-plus"),
        Message(payload="answer:none"),
        Message(payload="answer:none"),
        Message(text=typed),
    ):
        _, state = engine.respond(state, message)
    assert isinstance(state, dict)
    assert state.get("slots", {}).get("barrier") == barrier
