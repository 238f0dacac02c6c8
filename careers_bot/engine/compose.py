"""Building replies from the knowledge base: answers, role facts, service contacts, menus.

Every sentence about care comes from a knowledge record; the words here only join them up.
"""

from __future__ import annotations

import re
from dataclasses import replace

from careers_bot.engine import urgent_help
from careers_bot.engine.reply import COMPARED_SEPARATOR, Card, QuickReply, Reply
from careers_bot.engine.state import State
from careers_bot.knowledge.labels import label
from careers_bot.knowledge.model import Apprenticeship, Faq, KnowledgeBase, Role, Route, Service

ENTRY_ROUTE_WORDS = {
    "direct": "apply for a job straight away",
    "apprenticeship": "an apprenticeship (paid work with training)",
    "college": "a college course",
    "university": "a university degree",
    "t-level": "a T Level at college (2 years, like 3 A levels)",
    "volunteering": "volunteering first",
    "traineeship": "a traineeship",
}
MENU_LABEL = "Main menu"
ELSEWHERE = "elsewhere"  # the FAQ topic of questions this guide does not answer
OUT_OF_SCOPE = "out-of-scope"
SECTOR_WORDS = {"social-care": "a social care job", "health": "a health job"}


# Who helps one to one, by who is asking: what to say, and the contacts to show.
HUMAN_HELP = {
    "student": "The careers adviser or careers leader at your school or college can talk it through with you. "
    "These websites explain every job:",
    "provider": "For one-to-one help with your care service, contact these teams:",
    "jobseeker": "Your Jobcentre work coach can help you one to one. If you do not have a work coach, the Jobs "
    "and Careers Service helps, mostly online:",
}
HUMAN_CONTACTS = {
    "student": ["health-careers", "skills-for-care"],
    "provider": ["skills-for-care", "business-gateway-growth-hub"],
    "jobseeker": ["jobcentre-plus", "jobs-and-careers-service"],
}


class Composer:
    """Turns knowledge records into replies, with buttons that lead on."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # Cards -----------------------------------------------------------------------------------

    def role_card(self, role: Role, why: str | None = None) -> Card:
        """A role in brief: what it is, its pay and whether you need qualifications."""
        lines = [role.summary, f"Pay: {in_brief(role.pay.summary)} ({_month(role.pay.as_of)})"]
        if role.no_qualifications_needed:
            lines.append("You can start with no qualifications.")
        if why:
            lines.insert(0, why)
        return Card("role", role.title, ref=role.id, lines=tuple(lines))

    def service_card(self, service: Service, notes: bool = True) -> Card:
        """A service with its contact details; a closed one says what replaced it.

        Without `notes`, the card leaves out what to check with the service (for urgent help).
        """
        lines = [service.description]
        if service.status == "closed" and service.closed_note:
            lines.append(service.closed_note)
        if service.check_with and notes:
            lines.append(service.check_with)
        return Card(
            "service",
            service.name,
            ref=service.id,
            lines=tuple(lines),
            url=service.url,
            phone=service.phone,
            email=service.email,
        )

    def service(self, service: Service, state: State, entities: dict[str, object]) -> Reply:
        """A service asked about by name ("what is golearn"): what it is, and its card with how to reach it."""
        state.remember("services", service.id)
        about = (
            service.closed_note if service.status == "closed" and service.closed_note else service.description
        )
        return Reply(
            (f"{service.name}: {about}",),
            (self.service_card(service),),
            tuple(self.menu_buttons()),
            "service-about",
            0.9,
            entities,
        )

    def route_card(self, route: Route) -> Card:
        """A step from one role to the next."""
        to_role = self.kb.role(route.to_role)
        return Card(
            "route",
            f"{self.kb.role(route.from_role).title} to {to_role.title}",
            ref=to_role.id,
            lines=(route.via, f"Usually takes: {route.typical_time}"),
        )

    def route(self, route: Route, state: State, confidence: float, entities: dict[str, object]) -> Reply:
        """How people move from one job to another ("can a social work assistant become a social worker?")."""
        from_role, to_role = self.kb.role(route.from_role), self.kb.role(route.to_role)
        state.role = to_role.id  # "how long does that take?" next is about the job they are aiming for
        state.topic = "role-progression"
        state.remember("roles", to_role.id)
        texts = [
            f"Yes. From {lower_first(from_role.title)} to {lower_first(to_role.title)}: {route.via.strip()}",
            f"It usually takes {route.typical_time}.",
        ]
        cards: list[Card] = [self.route_card(route), self.role_card(to_role)]
        if route.apprenticeship and self.kb.get("apprenticeships", route.apprenticeship):
            cards.append(self.apprenticeship_card(self.kb.apprenticeship(route.apprenticeship)))
        buttons = self.role_buttons(to_role, skip="progression")[:3] + [QuickReply(MENU_LABEL, "menu")]
        return Reply(
            tuple(texts),
            tuple(cards),
            tuple(buttons),
            "role-progression",
            confidence,
            {**entities, "role": from_role.id},
        )

    def apprenticeship_card(self, apprenticeship: Apprenticeship) -> Card:
        """An apprenticeship standard: level, length and what you need."""
        lines = [
            apprenticeship.summary,
            f"Level {apprenticeship.level}, {apprenticeship.duration}.",
            apprenticeship.entry_requirements,
        ]
        if apprenticeship.check_with:
            lines.append(apprenticeship.check_with)
        return Card(
            "apprenticeship",
            apprenticeship.name,
            ref=apprenticeship.id,
            lines=tuple(lines),
            url=apprenticeship.url,
        )

    # Buttons ---------------------------------------------------------------------------------

    def faq_button(self, faq_id: str) -> QuickReply:
        """A button that asks an FAQ's question."""
        return QuickReply(self.kb.faq(faq_id).question, f"faq:{faq_id}")

    def role_buttons(self, role: Role, skip: str | None = None) -> list[QuickReply]:
        """Buttons for the other things people ask about a role."""
        name = with_article(role.title)
        options = [
            ("about", f"What does {name} do?"),
            ("pay", f"What does {name} earn?"),
            ("entry", f"How do I become {name}?"),
            ("progression", f"Where can {name} go next?"),
        ]
        return [QuickReply(label, f"role:{role.id}:{aspect}") for aspect, label in options if aspect != skip]

    def role_button(self, role: Role, aspect: str) -> QuickReply:
        """The button that asks one thing about a role ("What does a nurse earn?")."""
        return next(b for b in self.role_buttons(role) if b.payload.endswith(f":{aspect}"))

    def menu_buttons(self) -> list[QuickReply]:
        """The opening choices: who are you?"""
        return [QuickReply(flow.title, f"start:{flow.id}") for flow in self.kb.flows]

    # Replies ---------------------------------------------------------------------------------

    def faq(self, faq: Faq, state: State, confidence: float, entities: dict[str, object]) -> Reply:
        """An FAQ's answer, the services it points to, and its follow-ups."""
        if ELSEWHERE in faq.topics:
            return self.elsewhere(faq, confidence, entities)
        # The question first, so an answer that begins "Yes" or "Not for most jobs" says what it answers.
        texts = [f"{faq.question} {faq.answer}"]
        if faq.check_with:
            texts.append(f"Good to know: {faq.check_with}")
        services = self._for_area(
            [self.kb.service(s) for s in faq.services], entities.get("area") or state.slots.get("area")
        )[:3]
        roles = [self.kb.role(r) for r in faq.roles][:2]
        for service in services:
            state.remember("services", service.id)
        for role in roles:
            state.remember("roles", role.id)
        state.remember("faqs", faq.id)
        named = entities.get("roles")
        if len(faq.roles) == 1 and (
            state.role is None or (isinstance(named, list) and faq.roles[0] in named)
        ):
            # The job the answer is about is the job in mind, unless another was (a healthcare assistant's
            # "what gcses do i need?" is answered with a care worker's card, and stays about the assistant).
            state.role = faq.roles[0]
        cards = [self.service_card(s) for s in services] + [self.role_card(r) for r in roles]
        buttons = [self.faq_button(f) for f in faq.follow_ups] + [QuickReply(MENU_LABEL, "menu")]
        return Reply(
            tuple(texts), tuple(cards), tuple(buttons), f"faq:{faq.id}", min(confidence, 1.0), entities
        )

    def in_short(self, reply: Reply, faq: Faq) -> Reply:
        """An answer just given, matched again: its first sentence, and who can say more.

        A second question that finds the same answer usually asks for a detail it does not have ("does the
        new manager need Level 5 before they register?"): say so, and keep the contacts that can help.
        """
        first = first_sentence(faq.answer)
        more = faq.check_with or "The contacts below can tell you more."
        texts = (
            f"{faq.question} In short: {first}",
            f"I do not have more detail than this. {more}",
        )
        return replace(reply, texts=texts, cards=tuple(c for c in reply.cards if c.kind == "service"))

    def _for_area(self, services: list[Service], area: object) -> list[Service]:
        """The services that work where the person is, when we know: no Think Rutland for a Hinckley care home.

        The most local come first (a Hinckley college before one that serves the whole county), so the few
        cards shown are the nearest; national services keep their place after them.
        """
        if not isinstance(area, str) or not self.kb.get("areas", area):
            return services
        kept = [s for s in services if "national" in s.areas or area in s.areas]
        return sorted(
            kept, key=lambda s: len(s.areas) if "national" not in s.areas else len(self.kb.areas) + 1
        )

    def about_the_job(
        self, role: Role, said: str, aspect: str, state: State, entities: dict[str, object]
    ) -> Reply:
        """A short reply from the job just shown: the part of it a follow-up asks about, with the job's card."""
        state.misses = 0
        buttons = (*self.role_buttons(role, skip=aspect)[:3], QuickReply(MENU_LABEL, "menu"))
        return Reply(
            (f"{role.title}: {said}",), (self.role_card(role),), buttons, f"role-{aspect}", 0.6, entities
        )

    def with_job(self, reply: Reply, role: Role, aspect: str, state: State) -> Reply:
        """An FAQ's answer with the job the message asked about: its card first, and a button for what was asked.

        "How do I get a job as a pharmacy assistant with no experience?" is answered by the FAQ about
        starting with no experience; the pharmacy assistant's own facts belong beside it.
        """
        if any(card.kind == "role" and card.ref == role.id for card in reply.cards):
            return reply
        # An answer about something else, beside the job they asked about: that job is the one in mind now,
        # so "what does that pay?" next asks its pay.
        state.role = role.id
        state.remember("roles", role.id)
        asked = self.role_button(role, aspect)
        buttons = [asked, *(b for b in reply.quick_replies if b.payload != asked.payload)]
        return replace(reply, cards=(self.role_card(role), *reply.cards), quick_replies=tuple(buttons))

    def which_job(
        self, role_ids: tuple[str, ...], aspect: str, state: State, entities: dict[str, object]
    ) -> Reply:
        """A short question about "it" when the last reply showed several jobs: a button for each job."""
        state.choices = list(role_ids)
        buttons = [self.role_button(self.kb.role(r), aspect) for r in role_ids]
        return Reply(
            ("Which job do you mean? Tap one.",),
            quick_replies=(*buttons, QuickReply(MENU_LABEL, "menu")),
            intent="clarify",
            confidence=0.6,
            entities=entities,
        )

    def elsewhere(self, faq: Faq, confidence: float, entities: dict[str, object]) -> Reply:
        """A polite "not my subject" that says who can help; nothing of it goes into the plan."""
        services = [self.kb.service(s) for s in faq.services][:3]
        buttons = [self.faq_button(f) for f in faq.follow_ups] + self.menu_buttons()
        return Reply(
            (faq.answer,),
            tuple(self.service_card(s) for s in services),
            tuple(buttons),
            OUT_OF_SCOPE,
            min(confidence, 1.0),
            {**entities, "elsewhere": faq.id},
        )

    def role(
        self, role: Role, aspect: str, state: State, confidence: float, entities: dict[str, object]
    ) -> Reply:
        """One aspect of a role: what it is, its pay, the way in, or where it leads."""
        state.role = role.id
        state.topic = f"role-{aspect}"  # "what about a nurse?" next asks the same of another job
        state.remember("roles", role.id)
        cards: list[Card] = []
        if aspect == "pay":
            texts = [
                f"{role.title}: {role.pay.summary}",
                f"This figure is from {_month(role.pay.as_of)} ({role.pay.source})."
                if role.pay.has_figure
                else f"Checked in {_month(role.pay.as_of)} ({role.pay.source}).",
            ]
            if role.nhs_band and "Band" not in role.pay.summary:  # said once is enough
                texts.append(f"In the NHS this job is usually {role.nhs_band}.")
        elif aspect == "entry":
            ways = ", ".join(ENTRY_ROUTE_WORDS[r] for r in role.entry_routes)
            texts = [
                f"To become {with_article(role.title)}, you need: {role.you_need}",
                f"You do not need: {role.you_do_not_need}",
                f"Ways in: {ways}.",
            ]
            training = self.kb.apprenticeships_into(role.id)[:2]
            asked = entities.get("aspects")
            if training and isinstance(asked, list) and "duration" in asked:
                # "How long does it take?": the time each way in takes, first.
                lengths = "; ".join(
                    f"the {apprenticeship_words(a.name)} takes {a.duration}" for a in training
                )
                texts.insert(0, f"How long: {lengths}.")
            cards = [self.apprenticeship_card(a) for a in training]
        elif aspect == "progression":
            routes = self.kb.routes_from(role.id)
            if routes:
                texts = [f"From {lower_first(role.title)}, people often move on to these jobs:"]
                cards = [self.route_card(r) for r in routes][:4]
            else:
                texts = [
                    f"{role.title} is one of the most senior jobs on this path. "
                    "Many people stay and grow in it, or move into teaching and leading others."
                ]
        else:
            aspect = "about"
            texts = [role.summary, role.day_to_day]
            cards = [self.role_card(role)]
        notes = notes_for(role.check_with, aspect)
        if notes:
            texts.append(f"Good to know: {notes}")
        buttons = self.role_buttons(role, skip=aspect)[:3] + [QuickReply(MENU_LABEL, "menu")]
        return Reply(
            tuple(texts),
            tuple(cards),
            tuple(buttons),
            f"role-{aspect}",
            confidence,
            {**entities, "role": role.id},
        )

    def comparison(
        self, roles: list[Role], aspect: str, state: State, confidence: float, entities: dict[str, object]
    ) -> Reply:
        """Two or more jobs side by side: what each is and where, or their pay, or the way into each."""
        aspect = aspect if aspect in ("pay", "entry") else "about"
        first = roles[0]
        state.role = first.id
        state.topic = f"role-{aspect}"
        for role in roles:
            state.remember("roles", role.id)
        state.choices = [r.id for r in roles]  # "which is quicker?" next asks of these jobs
        names = listed([with_article(r.title) for r in roles])
        cards: tuple[Card, ...] = ()
        if aspect == "pay":
            texts = [f"What {names} earn:"]
            texts += [f"{r.title}: {r.pay.summary} (figures from {_month(r.pay.as_of)})" for r in roles]
            if mixed_pay(roles):
                texts.append(HOURLY_AND_YEARLY)
        elif aspect == "entry":
            texts = [f"How to become {names}:"]
            for role in roles:
                ways = ", ".join(ENTRY_ROUTE_WORDS[r] for r in role.entry_routes)
                texts.append(f"{role.title}: {role.you_need} Ways in: {ways}.")
        else:
            texts = [f"How {names} compare:"]
            for role in roles:
                where = listed([lower_first(label(s, "setting")) for s in role.settings])
                texts.append(
                    f"{role.title}, {SECTOR_WORDS[role.sector]}: {role.summary} You work in {where}."
                )
            # Each job's card gives its pay and whether you need qualifications.
            cards = tuple(self.role_card(r) for r in roles)
        notes = dict.fromkeys(r.check_with for r in roles if r.check_with)
        if notes:  # one line, not a stack of them
            texts.append("Good to know: " + " ".join(notes))
        others = [a for a in ("about", "pay", "entry") if a != aspect]
        buttons = [
            button
            for other in others
            for role in roles[:2]
            for button in self.role_buttons(role)
            if button.payload.endswith(f":{other}")
        ]
        table = Card(
            "comparison",
            "Compare these jobs side by side",
            ref=COMPARED_SEPARATOR.join(r.id for r in roles),
            lines=("Pay, ways in, apprenticeships and where each job leads, in one table.",),
        )
        return Reply(
            tuple(texts),
            (*cards, table),
            (*buttons[:4], QuickReply(MENU_LABEL, "menu")),
            f"role-{aspect}",
            confidence,
            {**entities, "role": first.id, "compared": [r.id for r in roles]},
        )

    def apprenticeship(
        self, apprenticeship: Apprenticeship, state: State, confidence: float, entities: dict[str, object]
    ) -> Reply:
        """An apprenticeship: what it is, how long it takes and where it leads."""
        state.apprenticeship = apprenticeship.id
        state.topic = "apprenticeship-about"  # "how long does that take?" next is about this apprenticeship
        roles = [self.kb.role(r) for r in apprenticeship.roles]
        leads = ", ".join(lower_first(r.title) for r in roles)
        texts = [
            f"The {apprenticeship_words(apprenticeship.name)} is level {apprenticeship.level}. "
            f"It usually takes {apprenticeship.duration}.",
            f"It leads to jobs like: {leads}.",
        ]
        buttons = [
            QuickReply(f"What does {with_article(r.title)} do?", f"role:{r.id}:about") for r in roles[:2]
        ]
        buttons += [QuickReply(MENU_LABEL, "menu")]
        return Reply(
            tuple(texts),
            (self.apprenticeship_card(apprenticeship),),
            tuple(buttons),
            "apprenticeship-about",
            confidence,
            {**entities, "apprenticeship": apprenticeship.id},
        )

    def area(self, area_id: str, state: State, confidence: float, entities: dict[str, object]) -> Reply:
        """Local help for a district: the services there for whoever asks.

        Not the council's line for an adult at risk: that is for harm, which urgent help gives when it is raised.
        """
        area = self.kb.area(area_id)
        audience = state.audience
        # The most local first: a service for this district alone before one for all of LLR.
        local = sorted(
            (
                s
                for s in self.kb.services_for(audience=audience, area=area_id)
                if "national" not in s.areas
                and "urgent-help" not in s.topics
                # Not knowing who asks, help for people looking for work or study, not for employers only.
                and (audience or s.audiences != ("provider",))
            ),
            key=lambda s: len(s.areas),
        )[:3]
        for service in local:
            state.remember("services", service.id)
        texts = [f"{area.name} is served by {area.council}. Here is local help I know about."]
        cards = [self.service_card(s) for s in local]
        return Reply(
            tuple(texts),
            tuple(cards),
            tuple(self.menu_buttons()),
            "area-support",
            confidence,
            {**entities, "area": area_id},
        )

    def urgent(self, area_id: str | None, kinds: list[str], young: bool) -> Reply:
        """Urgent help first: kind words and the contacts for the kind of trouble (urgent_help.py).

        The council's adult social care line is the person's council when we know where they are, else
        each council's. Crisis cards show only the contact and what it does, no notes to check.
        """
        texts, ids = urgent_help.contacts(kinds, young)
        councils = (
            [self.kb.area(area_id).adult_social_care]
            if area_id
            else [a.adult_social_care for a in self.kb.areas]
        )
        services: list[Service] = []
        for found in ids:
            for service_id in dict.fromkeys(councils) if found == urgent_help.COUNCIL else [found]:
                if self.kb.get("services", service_id):
                    services.append(self.kb.service(service_id))
        cards = [self.service_card(s, notes=False) for s in services][: urgent_help.MOST_CARDS]
        return Reply(texts, tuple(cards), (QuickReply(MENU_LABEL, "menu"),), "urgent-help", 1.0, {})

    def human(self, state: State, confidence: float) -> Reply:
        """Who to talk to when a person would help more than I can."""
        ids = list(HUMAN_CONTACTS.get(state.audience or "", HUMAN_CONTACTS["jobseeker"]))
        # "Who do I ring?" after an answer: first the lines that answer's services give (the DBS helpline).
        last = (
            self.kb.get("faqs", state.topic[4:]) if state.topic and state.topic.startswith("faq:") else None
        )
        if isinstance(last, Faq):
            ids = [s for s in last.services if self.kb.get("services", s) and self.kb.service(s).phone][
                :2
            ] + ids
        services = [self.kb.service(s) for s in dict.fromkeys(ids) if self.kb.get("services", s)]
        for service in services:
            state.remember("services", service.id)
        texts = (
            "I am an automatic guide, not a person, so I cannot phone or talk with you.",
            HUMAN_HELP.get(state.audience or "", HUMAN_HELP["jobseeker"]),
        )
        return Reply(
            texts,
            tuple(self.service_card(s) for s in services),
            tuple(self.menu_buttons()),
            "human",
            confidence,
            {},
        )


def is_elsewhere(kb: KnowledgeBase, intent: str) -> bool:
    """True for an FAQ intent that answers "not here: ask them" (the FAQ's topic is elsewhere)."""
    return intent.startswith("faq:") and ELSEWHERE in kb.faq(intent[4:]).topics


SENTENCE_END = re.compile(r"(?<=\.) (?=[A-Z])")
BRIEF_SENTENCES = 2


HOURLY_AND_YEARLY = (
    "Care jobs often give pay by the hour, NHS jobs by the year. To compare them: a full-time year of 37.5 "
    "hours a week is about 1,950 hours, so multiply the pay for an hour by 1,950."
)


def mixed_pay(roles: list[Role]) -> bool:
    """True when some of the jobs give pay by the hour and others by the year."""
    return len({r.pay.per for r in roles if r.pay.per}) > 1


PAY_WORDS = re.compile(r"\b(?:pay|pays|paid|band|bands|salary|wage|wages|figures?)\b", re.IGNORECASE)


def notes_for(check_with: str | None, aspect: str) -> str:
    """The sentences of a job's "check with" note that fit what was asked: pay notes beside its pay, the rest
    beside what it is, the way in or where it leads ("Check entry rules with each university" is no pay note).
    """
    return " ".join(s for s in sentences(check_with or "") if bool(PAY_WORDS.search(s)) == (aspect == "pay"))


def sentences(text: str) -> list[str]:
    """The sentences of a knowledge text, its line breaks and double spaces gone."""
    return [s for s in SENTENCE_END.split(" ".join(text.split())) if s]


def in_brief(text: str) -> str:
    """The first sentences of a text, for a card: the whole pay line is on the job's page and its answer."""
    return " ".join(sentences(text)[:BRIEF_SENTENCES])


def apprenticeship_words(name: str) -> str:
    """'the Adult Care Worker apprenticeship', without doubling a name that already says it.

    "Registered Nurse (degree apprenticeship)" already says it, in brackets.
    """
    return name if "apprenticeship" in name.lower() else f"{name} apprenticeship"


def with_article(title: str) -> str:
    """'an occupational therapist', 'a care worker': a job title as it reads in a sentence."""
    lowered = lower_first(title)
    return ("an " if lowered[0] in "aeiou" else "a ") + lowered


def listed(items: list[str]) -> str:
    """ "a, b and c" """
    return " and ".join(filter(None, [", ".join(items[:-1]), items[-1]])) if items else ""


def lower_first(text: str) -> str:
    """ "Care homes" as it reads inside a sentence; "GP surgeries" and "Shared Lives carer", names, stay as they are."""
    second = text.split(" ", 2)[1:2]
    if second and second[0][:1].isupper():
        return text
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _month(as_of: str) -> str:
    months = ("January February March April May June July August September October November December").split()
    year, month = as_of.split("-")[:2]
    return f"{months[int(month) - 1]} {year}"


def first_sentence(text: str) -> str:
    """The first sentence of an answer, for a reply in fewer words."""
    return next(iter(sentences(text)), "")
