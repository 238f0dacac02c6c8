"""The plan: what a conversation found, as a list a person can print or carry away."""

from __future__ import annotations

from typing import Any

from careers_bot.engine.compose import apprenticeship_words, listed, lower_first
from careers_bot.engine.outcomes import SLOT_LABELS, chosen_labels, shareable_slots
from careers_bot.engine.reply import Plan
from careers_bot.engine.state import State
from careers_bot.knowledge.model import KnowledgeBase

PRIVATE_NOTE = "Something private you told us, like a health condition or a record, is kept off this plan."


def build_plan(kb: KnowledgeBase, state: State) -> Plan:
    """A plan from a state: roles, services and answers found, and next steps that follow from them.

    Jobs with the same next step share one line; a contact reached the same way as one before is not
    listed twice; what a person told us that points only to personal answers (a criminal record, a
    health condition) stays off the plan, which can be printed and carried to another device.
    """
    about = []
    kept_off = False
    for flow in kb.flows:
        shown = chosen_labels(flow, state, kb, shareable=True)
        for slot, label in shown.items():
            line = f"{SLOT_LABELS[slot]}: {label}"
            if line not in about:
                about.append(line)
        kept_off = kept_off or chosen_labels(flow, state, kb) != shown
    if kept_off:
        # "I've noted this: a health condition" in the chat, and nothing on the plan, reads as a mistake.
        about.append(PRIVATE_NOTE)
    steps: list[str] = []
    now: list[str] = []  # jobs open without qualifications: one step for them all
    # An answer that fits the person (a nurse who trained abroad) can give its own way into a job.
    ways_in = {r: f.way_in for f in map(kb.faq, state.faqs) if f.way_in for r in f.roles}
    # A care provider is not applying for the jobs it looked at: their next steps are the contacts.
    for role_id in state.roles if state.audience != "provider" else []:
        role = kb.role(role_id)
        training = kb.apprenticeships_into(role_id)
        if role.no_qualifications_needed:
            now.append(role.title)
        elif role_id in ways_in:
            steps.append(f"{role.title}: {ways_in[role_id]}")
        elif training:
            first = training[0]
            steps.append(
                f"{role.title}: look for the {apprenticeship_words(first.name)}. It is level {first.level} "
                f"and takes {first.duration}."
            )
        else:
            steps.append(f"{role.title}: {role.you_need}")
    jobs = listed([now[0], *map(lower_first, now[1:])]) if now else ""
    if now and (state.audience == "student" or state.slots.get("age_band") == "16-18"):
        steps.insert(
            0,
            f"{jobs}: some employers take you from 16, many from 18. Until then, try "
            "volunteering, a T Level or an apprenticeship.",
        )
    elif now:
        steps.insert(
            0,
            f"{jobs}: you can apply now. Employers train you and pay for your DBS check "
            "or tell you the cost.",
        )
    reached: set[str] = set()
    area = state.slots.get("area")
    for service_id in state.services:
        service = kb.service(service_id)
        if state.audience and service.audiences and state.audience not in service.audiences:
            continue  # on a student's plan, help meant for workers or employers is not a next step
        if area and "national" not in service.areas and area not in service.areas:
            continue  # no Think Rutland on the plan of a care home in Leicester
        ways = (("Call", service.phone), ("Visit", service.url), ("E-mail", service.email))
        verb, how = next(((v, str(w)) for v, w in ways if w), ("", ""))
        if not how:
            continue
        if how not in reached:
            reached.add(how)
            steps.append(f"{verb} {service.name}: {how}")
    return Plan(
        state.audience,
        tuple(about),
        # A care service's plan is its help and contacts: the jobs whose cards came with answers are not its next
        # steps ("Job: Care worker, Job: Senior care worker" on an owner's plan).
        tuple(state.roles) if state.audience != "provider" else (),
        tuple(state.services),
        tuple(f for f in state.faqs if not kb.faq(f).personal),
        tuple(steps),
    )


def plan_state(kb: KnowledgeBase, state: State) -> dict[str, Any]:
    """Only what a plan needs: the found ids and the answers given, nothing else (no personal answers)."""
    carried = State(
        slots=shareable_slots(kb, state),
        audience=state.audience,
        roles=list(state.roles),
        services=list(state.services),
        faqs=[f for f in state.faqs if not kb.faq(f).personal],
    )
    return carried.to_dict()
