"""The plan: what a conversation found, as a list a person can print or carry away."""

from __future__ import annotations

from typing import Any

from careers_bot.engine.compose import apprenticeship_words
from careers_bot.engine.outcomes import SLOT_LABELS, chosen_labels
from careers_bot.engine.reply import Plan
from careers_bot.engine.state import State
from careers_bot.knowledge.model import KnowledgeBase


def build_plan(kb: KnowledgeBase, state: State) -> Plan:
    """A plan from a state: roles, services and answers found, and next steps that follow from them."""
    about = []
    for flow in kb.flows:
        for slot, label in chosen_labels(flow, state).items():
            line = f"{SLOT_LABELS[slot]}: {label}"
            if line not in about:
                about.append(line)
    steps = []
    for role_id in state.roles:
        role = kb.role(role_id)
        training = kb.apprenticeships_into(role_id)
        if role.no_qualifications_needed and state.audience == "student":
            steps.append(
                f"{role.title}: some employers take you from 16, many from 18. Until then, try volunteering, "
                "a T Level or an apprenticeship."
            )
        elif role.no_qualifications_needed:
            steps.append(
                f"{role.title}: you can apply now. Employers train you and pay for your DBS check "
                "or tell you the cost."
            )
        elif training:
            first = training[0]
            steps.append(
                f"{role.title}: look for the {apprenticeship_words(first.name)} (level {first.level}, "
                f"{first.duration})."
            )
        else:
            steps.append(f"{role.title}: {role.you_need}")
    for service_id in state.services:
        service = kb.service(service_id)
        how = service.phone or service.url or service.email
        if how:
            steps.append(f"Contact {service.name}: {how}")
    return Plan(
        state.audience,
        tuple(about),
        tuple(state.roles),
        tuple(state.services),
        tuple(f for f in state.faqs if not kb.faq(f).personal),
        tuple(steps),
    )


def plan_state(kb: KnowledgeBase, state: State) -> dict[str, Any]:
    """Only what a plan needs: the found ids and the answers given, nothing else (no personal answers)."""
    carried = State(
        slots=dict(state.slots),
        audience=state.audience,
        roles=list(state.roles),
        services=list(state.services),
        faqs=[f for f in state.faqs if not kb.faq(f).personal],
    )
    return carried.to_dict()
