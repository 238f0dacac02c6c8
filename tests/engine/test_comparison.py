"""Two jobs side by side: "ECA vs paramedic", "HCA or care worker?", "do they earn more than us?"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from careers_bot.engine import Engine, Message, Reply


def ask(engine: Engine, text: str) -> Reply:
    return engine.respond({}, Message(text=text))[0]


@pytest.mark.parametrize(
    ("text", "intent", "compared"),
    [
        (
            "whats the difference between a paramedic and an eca",
            "role-about",
            ["paramedic", "emergency-care-assistant"],
        ),
        ("dental nurse or gp receptionist?", "role-about", ["dental-nurse", "gp-receptionist"]),
        (
            "is a support worker the same as a carer",
            "role-about",
            ["learning-disability-support-worker", "care-worker"],
        ),
        (
            "midwife vs childrens nurse which pays better",
            "role-pay",
            ["midwife", "registered-nurse-children"],
        ),
        (
            "how do u become a physio compared to an OT",
            "role-entry",
            ["physiotherapist", "occupational-therapist"],
        ),
        # The job they do now is what the other is compared with: the other is the one asked about.
        (
            "I'm a HCA, do nursing associates get paid more than me?",
            "role-pay",
            ["nursing-associate", "healthcare-support-worker"],
        ),
    ],
)
def test_two_jobs_set_side_by_side_get_both(
    engine: Engine, text: str, intent: str, compared: list[str]
) -> None:
    reply = ask(engine, text)
    assert (reply.intent, reply.entities.get("compared"), reply.entities.get("role")) == (
        intent,
        compared,
        compared[0],
    )


def test_compared_pay_gives_each_jobs_pay_with_its_date(engine: Engine) -> None:
    reply = ask(engine, "care worker vs pharmacy assistant, which pays more")
    for role_id in ("care-worker", "pharmacy-assistant"):
        role = engine.kb.role(role_id)
        assert any(text.startswith(f"{role.title}: {role.pay.summary}") for text in reply.texts)
    assert all("(figures from " in text for text in reply.texts[1:3])


def test_compared_jobs_say_what_each_is_and_where_with_a_card_each(engine: Engine) -> None:
    reply = ask(engine, "whats the difference between a care worker and a home care worker")
    care, home = engine.kb.role("care-worker"), engine.kb.role("home-care-worker")
    assert reply.texts[0] == "How a care worker and a home care worker compare:"
    assert reply.texts[1] == (
        f"Care worker, a social care job: {care.summary} You work in care homes, supported living and day centres."
    )
    assert reply.texts[2].startswith(
        f"Home care worker, a social care job: {home.summary} You work in people's own homes"
    )
    assert [(card.kind, card.ref) for card in reply.cards] == [
        ("role", "care-worker"),
        ("role", "home-care-worker"),
        ("comparison", "care-worker+home-care-worker"),
    ]


def test_compared_pay_or_ways_in_lead_to_the_whole_table(engine: Engine) -> None:
    for text in ("nurse vs paramedic pay", "how do you become a nurse or a paramedic, which is easier"):
        cards = ask(engine, text).cards
        assert [(card.kind, card.ref) for card in cards] == [
            ("comparison", "registered-nurse-adult+paramedic")
        ]


def test_compared_jobs_offer_the_other_questions_about_each(engine: Engine) -> None:
    reply = ask(engine, "radiographer vs physio pay")
    payloads = [button.payload for button in reply.quick_replies]
    assert payloads == [
        "role:diagnostic-radiographer:about",
        "role:physiotherapist:about",
        "role:diagnostic-radiographer:entry",
        "role:physiotherapist:entry",
        "menu",
    ]


def test_a_follow_up_after_a_comparison_asks_about_both_jobs(talk: Callable[..., Reply]) -> None:
    talk("paramedic or nurse?")
    reply = talk("what does it pay?")
    assert reply.intent == "role-pay"
    assert reply.texts[0] == "What a paramedic and a registered nurse (adult) earn:"


def test_both_compared_jobs_go_into_the_plan(engine: Engine) -> None:
    _, state = engine.respond({}, Message(text="pharmacist vs pharmacy technician"))
    assert {"pharmacist", "pharmacy-technician"} <= set(engine.plan(state).roles)


@pytest.mark.parametrize(
    ("text", "intent", "role"),
    [
        # Where my own job leads is not a comparison of the jobs I might go to.
        (
            "I'm a team leader. what's next for me, deputy or registered manager?",
            "role-progression",
            "team-leader",
        ),
        # Two jobs with nothing that sets them side by side: the way into the one they head for.
        ("ive been a carer for 3 years and want to become a nurse, how", "faq:how-to-become-a-nurse", None),
    ],
)
def test_two_jobs_named_without_comparing_them_are_not_compared(
    engine: Engine, text: str, intent: str, role: str | None
) -> None:
    reply = ask(engine, text)
    assert reply.intent == intent and "compared" not in reply.entities
    if role:
        assert reply.entities.get("role") == role


def test_jobs_of_people_someone_sees_are_not_compared(engine: Engine) -> None:
    reply = ask(engine, "is my GP better than the practice nurse")
    assert "compared" not in reply.entities


def test_hourly_pay_beside_yearly_pay_says_how_to_compare_them(engine: Engine) -> None:
    reply, _ = engine.respond({}, Message(text="care worker or hca which pays more"))
    assert reply.intent == "role-pay"
    assert any("multiply the pay for an hour by 1,950" in t for t in reply.texts)
