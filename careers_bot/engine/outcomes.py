"""What a guided journey gives at the end: suggested roles, first steps, or the right support.

Which roles and services fit is worked out from the answers; the advice itself comes from the
FAQs the flow's options name, so editors change it in YAML.
"""

from __future__ import annotations

import re

from careers_bot.engine.compose import MENU_LABEL, Composer, apprenticeship_words, lower_first, with_article
from careers_bot.engine.entities import answer_slots
from careers_bot.engine.reply import Card, QuickReply, Reply
from careers_bot.engine.state import State
from careers_bot.knowledge.model import Flow, FlowOption, KnowledgeBase, Role

SUGGESTIONS = 3
ADVICE_CARDS = 4  # first steps shown at the end of a journey: enough to act on, not a wall of text
LOCAL_CONTACTS = 2  # and who to contact, most local first
SLOT_LABELS = {
    "age_band": "Age",
    "qualifications": "Qualifications",
    "experience": "Experience",
    "barrier": "Makes work harder",
    "area": "Area",
    "hours": "Hours",
    "interest": "Enjoys",
    "setting": "Would like to work",
    "need": "Needs help with",
}


def finish(composer: Composer, flow: Flow, state: State) -> Reply:
    """The outcome of a completed flow, built from the answers in the state's slots."""
    builders = {
        "suggest-roles": _suggest_roles,
        "first-steps": _first_steps,
        "provider-support": _provider_support,
        "menu": _menu,
    }
    return builders[flow.outcome](composer, flow, state)


def chosen_labels(
    flow: Flow, state: State, kb: KnowledgeBase | None = None, shareable: bool = False
) -> dict[str, str]:
    """The button label of each answer given, by slot: what the person told us, in our words.

    With `shareable`, answers that point only to personal FAQs (a criminal record) are left out.
    """
    labels: dict[str, str] = {}
    for step in flow.steps:
        values = [state.slots.get(slot) for slot in answer_slots(step.slot)]
        chosen = [
            option.label
            for value in values
            for option in step.options
            if value and option.value == value and not (shareable and kb and is_personal(kb, option))
        ]
        if chosen:
            later = (
                c if c.startswith(("I ", "I'")) else c[0].lower() + c[1:] for c in chosen[1:]
            )  # "I can't drive"
            said = [chosen[0], *later]
            labels[step.slot] = " and ".join([", ".join(said[:-1]), said[-1]] if len(said) > 2 else said)
    return labels


def is_personal(kb: KnowledgeBase, option: FlowOption) -> bool:
    """True for an answer that points only to personal FAQs: something to keep off a plan."""
    return bool(option.faqs) and all(kb.faq(f).personal for f in option.faqs)


def shareable_slots(kb: KnowledgeBase, state: State) -> dict[str, str]:
    """The answers given, without personal ones: what a plan link may carry."""
    personal = {
        slot
        for flow in kb.flows
        for step in flow.steps
        for slot in answer_slots(step.slot)
        for option in step.options
        if option.value == state.slots.get(slot) and is_personal(kb, option)
    }
    return {slot: value for slot, value in state.slots.items() if slot not in personal}


def _advice(composer: Composer, flow: Flow, state: State) -> list[str]:
    """One FAQ for each answer that points to one, what makes work harder first, at most ADVICE_CARDS."""
    faq_ids: list[str] = []
    for step in sorted(flow.steps, key=lambda s: s.slot != "barrier"):
        for value in [state.slots.get(slot) for slot in answer_slots(step.slot)]:
            for option in step.options:
                if value and option.value == value:
                    faq_ids += [f for f in option.faqs if f not in faq_ids][:1]
    return faq_ids[:ADVICE_CARDS]


def _steps_cards(composer: Composer, faq_ids: list[str], state: State) -> list[Card]:
    cards = []
    for faq_id in faq_ids:
        faq = composer.kb.faq(faq_id)
        state.remember("faqs", faq.id)
        cards.append(Card("step", faq.question, ref=faq.id, lines=(faq.answer,)))
    return cards


def _fit(role: Role, state: State) -> tuple[int, list[str]]:
    score, reasons = 0, []
    interest, setting = state.slots.get("interest"), state.slots.get("setting")
    if interest and interest in role.interests:
        # What the job is most about counts most: "being active" finds the paramedic before the care worker.
        score += 4 if role.interests[0] == interest else 3
        reasons.append(f"you enjoy {interest.replace('-', ' ')}")
    if setting and setting in role.settings:
        score += 2
        reasons.append(f"the work is in a place you chose ({setting.replace('-', ' ')})")
    return score, reasons


def _suggest_roles(composer: Composer, flow: Flow, state: State) -> Reply:
    ordered = sorted(
        (r for r in composer.kb.roles if r.entry_role),
        # Among equal fits, jobs to train for first (a student has time), then those with the most ways on.
        key=lambda r: (
            -_fit(r, state)[0],
            r.no_qualifications_needed,
            -len(composer.kb.routes_from(r.id)),
            r.title,
        ),
    )
    ranked = ordered[:SUGGESTIONS]
    # Jobs to train for, and one they could start soon without qualifications, if one fits at all.
    soon = next((r for r in ordered if r.no_qualifications_needed and _fit(r, state)[0] > 0), None)
    if soon and not any(r.no_qualifications_needed for r in ranked):
        ranked[-1] = soon
    cards = []
    for role in ranked:
        reasons = _fit(role, state)[1] or ["many people start their career here"]
        why = f"Why: {' and '.join(reasons)}. Ways in: {_way_in(composer, role)}."
        cards.append(composer.role_card(role, why=why))
        state.remember("roles", role.id)
    state.choices = [r.id for r in ranked]
    texts = ("Here are some jobs that could suit you. Tap one to find out more.",)
    buttons = [QuickReply(f"What does {with_article(r.title)} do?", f"role:{r.id}:about") for r in ranked]
    buttons += [composer.faq_button(f) for f in flow.faqs[:2]] + [QuickReply("See my plan", "plan")]
    return Reply(texts, tuple(cards), tuple(buttons), f"flow-{flow.id}-done", 1.0, {})


def _way_in(composer: Composer, role: Role) -> str:
    training = composer.kb.apprenticeships_into(role.id)
    ways = _routes_words(role)
    if training:
        first = training[0]
        ways = ways.replace(
            "an apprenticeship", f"the level {first.level} {apprenticeship_words(first.name)}"
        )
    return ways


def _routes_words(role: Role) -> str:
    needs_licence = bool(FULL_LICENCE.search(role.you_need.lower()))
    words = {
        # A job that needs a full driving licence cannot start at 16 (the emergency care assistant).
        "direct": "apply once you have a full driving licence, usually from 18"
        if needs_licence
        else "apply for a job (some employers take you at 16, many at 18)",
        "t-level": "a T Level",
        "college": "college",
        "university": "university",
        "volunteering": "volunteering",
        "traineeship": "a traineeship",
        "apprenticeship": "an apprenticeship",
    }
    return ", ".join(words[r] for r in role.entry_routes)


FULL_LICENCE = re.compile(r"\bfull (?:manual )?driving licence")
# Places where the work is mostly in the daytime, on weekdays, as a sentence names them.
DAYTIME_SETTINGS = {
    "day-centre": "day centres",
    "gp-surgery": "GP surgeries",
    "office": "offices",
    "pharmacy": "pharmacies",
}


def _night_and_day(role: Role) -> int:
    """0 for a job mostly done in a daytime place, 1 for one sometimes done there, 2 for the rest."""
    if role.settings and role.settings[0] in DAYTIME_SETTINGS:
        return 0
    return 1 if DAYTIME_SETTINGS.keys() & set(role.settings) else 2


def _first_steps(composer: Composer, flow: Flow, state: State) -> Reply:
    barriers = {state.slots.get(slot) for slot in answer_slots("barrier")}
    roles = [r for r in composer.kb.roles if r.no_qualifications_needed and r.entry_role]
    left_out = []
    if "driving" in barriers:
        left_out = [r for r in roles if r.settings == ("peoples-homes",) or "home" in r.id]
        roles = [r for r in roles if r not in left_out]
    hours = state.slots.get("hours")
    # Around childcare or part time, daytime places first (day centres, GP surgeries, offices): hospital
    # shifts and home care's early and late calls fit school hours least. Then the jobs with the most ways
    # on: a first job should lead somewhere.
    daytime = "childcare" in barriers or hours == "part-time"
    roles.sort(
        key=lambda r: (_night_and_day(r) if daytime else 0, -len(composer.kb.routes_from(r.id)), r.title)
    )
    chosen = roles[:SUGGESTIONS]
    cards = []
    for role in chosen:
        why = "Why: you can start with no qualifications; the employer trains you."
        places = [DAYTIME_SETTINGS[s] for s in role.settings if s in DAYTIME_SETTINGS]
        # Only for a job mostly done in such a place: a healthcare support worker is mostly on hospital shifts.
        if daytime and places and _night_and_day(role) == 0:
            why += f" Jobs in {' and '.join(places)} are mostly in the daytime."
        cards.append(composer.role_card(role, why=why))
        state.remember("roles", role.id)
    state.choices = [r.id for r in chosen]
    texts = ["Here are realistic first jobs, and your first steps."]
    if left_out:
        texts.append(
            "I left out jobs that mostly need a car, like "
            + ", ".join(lower_first(r.title) for r in left_out)
            + "."
        )
    if daytime:
        fit = "around your family" if "childcare" in barriers else "for you"
        texts.append(f"Ask each employer for hours that fit {fit}. Many care jobs are part-time.")
    if state.slots.get("age_band") == "16-18":
        texts.append(
            "Some employers take you from 16, but many care and NHS jobs start from 18. An apprenticeship "
            "is often the best way in before then."
        )
    if hours == "weekdays":
        texts.append(
            "Tell each employer you need weekdays. Many care jobs include some weekends, but not all."
        )
    if hours == "nights-weekends":
        texts.append("Care homes and hospitals need people at night and at weekends, so your hours can help.")
    cards += _steps_cards(composer, _advice(composer, flow, state), state)
    area = state.slots.get("area")
    area_id = area if area and composer.kb.get("areas", area) else None
    found = composer.kb.services_for(audience="jobseeker", topic="jobs", area=area_id)
    if area and not area_id:  # "Somewhere else": nothing that only serves one part of LLR
        found = tuple(s for s in found if "national" in s.areas)
    local = sorted(found, key=lambda s: "national" in s.areas)[:LOCAL_CONTACTS]
    for service in local:
        state.remember("services", service.id)
    cards += [composer.service_card(s) for s in local]
    buttons = [composer.faq_button(f) for f in flow.faqs[:3]] + [QuickReply("See my plan", "plan")]
    return Reply(tuple(texts), tuple(cards), tuple(buttons), f"flow-{flow.id}-done", 1.0, {})


def _provider_support(composer: Composer, flow: Flow, state: State) -> Reply:
    need_step = next(s for s in flow.steps if s.slot == "need")
    option = next((o for o in need_step.options if o.value == state.slots.get("need")), need_step.options[0])
    area = state.slots.get("area")
    area_id = area if area and composer.kb.get("areas", area) else None
    services = []
    for topic in option.topics:
        for service in composer.kb.services_for(audience="provider", topic=topic, area=area_id):
            if service not in services:
                services.append(service)
    services = services[:4]
    for service in services:
        state.remember("services", service.id)
    texts = [f"Help with {option.label.lower()}: these services are the right place to start."]
    if option.faqs and state.topic != f"faq:{option.faqs[0]}":  # not again, if it was just answered
        key = composer.kb.faq(option.faqs[0])
        state.remember("faqs", key.id)
        texts.append(key.answer)
    buttons = [composer.faq_button(f) for f in option.faqs[1:]] + [
        QuickReply("Help with something else", f"start:{flow.id}"),
        QuickReply("See my plan", "plan"),
    ]
    return Reply(
        tuple(texts),
        tuple(composer.service_card(s) for s in services),
        tuple(buttons),
        f"flow-{flow.id}-done",
        1.0,
        {},
    )


def _menu(composer: Composer, flow: Flow, state: State) -> Reply:
    buttons = [composer.faq_button(f) for f in flow.faqs] + [QuickReply(MENU_LABEL, "menu")]
    # The journey's intro has just been said, so the menu needs no words of its own.
    return Reply((), (), tuple(buttons), "start-browse", 1.0, {})
