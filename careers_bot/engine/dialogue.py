"""The engine: one turn in, one reply and a new state out. No Flask, no I/O.

A turn is read (normalise, correct, synonyms, entities), then decided in this order: urgent help,
buttons, the conversation's own moves, an answer to the question just asked, a guided journey
the person's words call for, a role or apprenticeship they named, an FAQ, and an honest fallback.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz, process

from careers_bot.engine.compose import ELSEWHERE, MENU_LABEL, Composer
from careers_bot.engine.entities import (
    ASPECT_WORDS,
    BARE_NAME,
    NAME_INTRO_WORDS,
    Entities,
    EntityFinder,
    age_band,
    strip_personal_data,
)
from careers_bot.engine.intents import AUDIENCE_FLOW, CONTROL_PHRASES, INDEXED_CONTROLS
from careers_bot.engine.lexicon import Lexicon, common_english_words
from careers_bot.engine.match import LONG_MESSAGE_TERMS, Candidate, PhrasingIndex
from careers_bot.engine.normalise import MAX_MESSAGE_LENGTH, fold, words
from careers_bot.engine.outcomes import SLOT_LABELS, chosen_labels, finish
from careers_bot.engine.plan import build_plan, plan_state
from careers_bot.engine.reply import Message, Plan, QuickReply, Reply
from careers_bot.engine.safety import in_distress
from careers_bot.engine.state import State
from careers_bot.knowledge.model import Faq, Flow, FlowOption, FlowStep, KnowledgeBase

# Confidence bands for FAQ matches, tuned on the tuning part of tests/data/utterances.yaml.
CONFIDENT = 0.5
UNSURE = 0.3
# Margins between the best two readings are in nats (see match.Candidate.rank).
TIE_MARGIN = 0.3
VAGUE_MARGIN = 2.0
RANK_PER_SCORE = 10.0  # a nudge to a reading's fit moves its rank this many times as far
FOLLOW_ON_NUDGE = 0.2
FOLLOW_ON_TERMS = 3
DOMAIN_FIT = 0.75  # a message this close to a phrasing is about what the phrasing is about
SPECIFIC_IDF = 1.0  # a word in fewer than about a third of the answers says something about which
CLARIFY_FLOOR = 0.4  # below CONFIDENT with no clear lead: offer choices only if the best is this good
# Words that ask what a job is, and add nothing to which job.
ABOUT_WORDS = frozenset(
    {"what", "tell", "about", "whats", "job", "jobs", "role", "do", "like", "realli", "actual"}
)
SURE = 0.8
CLEAR_LEAD = 0.5  # below CONFIDENT, answer only when the best reading is this far ahead of the next
AUDIENCE_NUDGE = 0.04
CONTROL_SURE = 0.65
# Slots whose answers are plain words ("recruiting", "part time"), read from a message that starts a journey.
WORDED_SLOTS = frozenset({"need", "hours", "interest", "setting"})
ROLE_NUDGE = 0.05
EVERYDAY_WORD_COUNT = 50_000  # a word this common in English (pyspellchecker's list) is everyday
# Journey answers that say "not sure": taken when tapped or typed as the answer, never guessed.
UNSURE_VALUES = frozenset({"any", "not-sure"})
ASKING_WORDS = frozenset({"need", "needs", "support", "help", "advice", "struggling", "want", "looking"})
QUESTION = re.compile(
    r"^(?:how|what|whats|where|when|why|which|who|is|are|can|could|do|does|did|will|would|should|shall|may)\b"
    r"|\b(?:can i|could i|do i|will i|would i|should i|can we|do we|how do|how can|how much|how long|what is|"
    r"what are|is it|is there|are there|does it|tell me)\b"
    r"|\b(?:will|would|does|do|is|can|could|should) (?:that|this|it|they|my|having|being)\b"
)
# Words that ask about a job itself (its way in, training, pay or vacancies), beyond a bare "how do I".
JOB_ASK = re.compile(
    r"\b(?:becom\w*|be an?|careers?|jobs?|work(?:ing)? as|train\w*|apprentice\w*|qualifi\w*|courses?|degrees?"
    r"|uni|university|study|studying|pay|paid|salary|salaries|earn\w*|wages?|band|vacanc\w*|hiring|apply|role)\b"
)
# "What about a nurse?", "and a paramedic?": the last question again, about another job.
FOLLOW_UP = re.compile(r"(?:and |so )?(?:(?:what|how) about|and|same for|what for)\b")
PERSONAL_DATA_NOTE = (
    "Please do not share personal details like your name, phone number or address here. "
    "I do not need them, and I do not keep them."
)


@dataclass(frozen=True)
class Reading:
    """What the engine made of a message."""

    folded: str
    raw: list[str]
    tokens: list[str]
    terms: list[str]
    entities: Entities
    candidates: list[Candidate]
    domain: bool
    question: bool
    foreign: bool = False  # a short message with words we never saw: about something else


class Engine:
    """Answers people from one knowledge base. Build once; respond to any number of turns."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        control_texts = [p for phrases in CONTROL_PHRASES.values() for p in phrases]
        self.lexicon = Lexicon(kb, extra_texts=control_texts)
        self.entities = EntityFinder(kb, self.lexicon)
        faq_texts = [(f"faq:{faq.id}", text) for faq in kb.faqs for text in (faq.question, *faq.phrasings)]
        control_intents = [(intent, text) for intent in INDEXED_CONTROLS for text in CONTROL_PHRASES[intent]]
        self.index = PhrasingIndex(
            self.lexicon,
            [*faq_texts, *control_intents],
            domain_texts(kb),
            self._phrasing_terms,
            answers=[(f"faq:{faq.id}", faq.answer) for faq in kb.faqs],
        )
        self.compose = Composer(kb)
        self._role_stems = {
            role.id: {
                t
                for name in (role.title, *role.also_called)
                for t in self.lexicon.terms(self.lexicon.read(name))
            }
            for role in kb.roles
        }
        self._topic_words = frozenset({"job", "jobs", "pay", "money", "hours", "work", "wages", "training"})
        self._role_names = {
            " ".join(self.lexicon.read(name)) for role in kb.roles for name in (role.title, *role.also_called)
        }
        # "my GP", "my carer": a job named as someone the person sees, as a message reads it.
        self._someone_i_see = {
            role.id: tuple(f" my {' '.join(self.lexicon.read(n))} " for n in (role.title, *role.also_called))
            for role in kb.roles
        }
        self._place_stems = {
            self.lexicon.stem(w)
            for area in kb.areas
            for place in (area.name, *area.towns)
            for w in words(place)
        } | {self.lexicon.stem(w) for w in NATIONAL_PLACES}
        self._place_words = frozenset(
            w for area in kb.areas for p in (area.name, *area.towns) for w in words(p)
        )
        self._controls = {" ".join(words(p)): intent for intent, ps in CONTROL_PHRASES.items() for p in ps}
        for flow in kb.flows:
            self._controls[" ".join(words(flow.title))] = f"start:{flow.id}"
        self._control_keys = list(self._controls)
        # Each journey option's words as a message reads them, and each step's answers by those words.
        self._option_phrases: dict[FlowOption, tuple[str, ...]] = {}
        self._choices: dict[FlowStep, dict[str, FlowOption]] = {}
        for flow in kb.flows:
            for step in flow.steps:
                choices = self._choices.setdefault(step, {})
                for option in step.options:
                    said = [" ".join(self.lexicon.read(w)) for w in (option.label, *option.words)]
                    self._option_phrases[option] = tuple(said)
                    for text in (option.label, option.value.replace("-", " "), *option.words):
                        choices[" ".join(self.lexicon.read(text))] = option
        self._aspect_stems = frozenset(self.lexicon.stem(w) for w in ASPECT_WORDS)
        self._setting_stems = frozenset(self.lexicon.stem(w) for w in SETTING_WORDS)
        self._place_question = frozenset(self.lexicon.stem(w) for w in PLACE_QUESTION_WORDS)
        # Words that describe a person or a service, or ask for help in general: none is a question.
        self._self_stems = (
            frozenset(self.lexicon.stem(w) for w in SELF_WORDS) | self._setting_stems | self._place_stems
        )
        self._role_faqs = self._dedicated_faqs()

    # The public face ------------------------------------------------------------------------------

    def opening(self) -> tuple[Reply, dict[str, Any]]:
        """The first turn: a welcome and who-are-you buttons."""
        return self._welcome(), State().to_dict()

    def respond(self, state: object, message: Message) -> tuple[Reply, dict[str, Any]]:
        """Answer one message (typed text or a button payload) given the conversation so far."""
        current = State.from_dict(state, self.kb)
        if message.payload:
            reply = self._payload(current, message.payload)
        else:
            reply = self._text(current, message.text, message.redacted)
        return reply, current.to_dict()

    def plan(self, state: object) -> Plan:
        """What the conversation found, for the plan page."""
        return build_plan(self.kb, State.from_dict(state, self.kb))

    def plan_state(self, state: object) -> dict[str, Any]:
        """The small part of a state that a plan link carries."""
        return plan_state(State.from_dict(state, self.kb))

    def read(self, text: str) -> Reading:
        """Understand a message without answering it (also used by the benchmarks)."""
        raw = [self.lexicon.correct(w) for w in words(text[:MAX_MESSAGE_LENGTH])]
        tokens = self.lexicon.apply_synonyms(raw)
        entities = self.entities.find(raw, tokens)
        if len(entities.roles) > 1:
            # "My GP said I should think about nursing": the job asked about is not the one they see.
            said = f" {' '.join(tokens)} "
            seen = [r for r in entities.roles if any(p in said for p in self._someone_i_see[r])]
            entities.roles = [r for r in entities.roles if r not in seen] + seen
        terms = self.lexicon.terms(tokens) + concepts(entities, raw)
        candidates = self.index.search(terms)
        if entities.roles:
            candidates = self._favour_roles(candidates, entities.roles)
        if entities.audience:
            audience = entities.audience
            candidates = self._favour(candidates, lambda faq: audience in faq.audiences, AUDIENCE_NUDGE)
        # A place on its own ("weather in Leicester") does not make a message about care.
        content = [t for t in terms if t not in self._place_stems]
        told = bool(
            entities.roles
            or entities.apprenticeships
            or entities.barriers
            or (entities.audience and not entities.audience_guessed)
            or entities.qualifications
            or entities.level
            or self._topic_word(tokens)
        )
        # Saying what you do, or want, makes a message about care. An age or a past job alone does
        # not when a short message is about something we have no words for ("cheap car insurance for
        # a 17 year old", "warehouse jobs at the Amazon").
        foreign = len(set(content)) < LONG_MESSAGE_TERMS and any(
            t not in self.index.idf and t not in entities.cue_terms for t in content if not t.startswith("=")
        )
        guessed = bool(entities.audience or entities.experience or entities.age is not None)
        # A close fit to a phrasing is about care too: the fit counts words we never saw against it.
        close_fit = bool(candidates) and candidates[0].score >= DOMAIN_FIT
        domain = self.index.has_domain_words(content) or told or close_fit or (guessed and not foreign)
        question = "?" in text or bool(QUESTION.search(" ".join(raw)))
        return Reading(" ".join(raw), raw, tokens, terms, entities, candidates, domain, question, foreign)

    def _phrasing_terms(self, text: str) -> list[str]:
        """A phrasing's terms, read as a message is, so the same cues give the same concepts."""
        raw = [self.lexicon.correct(w) for w in words(text)]
        tokens = self.lexicon.apply_synonyms(raw)
        return self.lexicon.terms(tokens) + concepts(self.entities.find(raw, tokens), raw)

    # Typed text ---------------------------------------------------------------------------------

    def redact(self, text: str) -> tuple[str, bool]:
        """The message without e-mail addresses, phone numbers, postcodes or names; and whether it had any.

        A name on its own ("Sarah Jones", "it's Priya") counts when its words are capitalised and are
        none of the words the guide knows (jobs, places, "Hello").
        """
        cleaned, found = strip_personal_data(text)
        name = BARE_NAME.match(cleaned)
        if name:
            named = name.group(1).split()
            intro = bool(NAME_INTRO_WORDS.match(cleaned))
            if (intro or len(named) >= 2) and not any(
                w.lower() in self.lexicon.vocabulary or w.lower() in self._place_words for w in named
            ):
                return "", True
        return cleaned, found

    def _text(self, state: State, text: str, redacted: bool = False) -> Reply:
        cleaned, had_personal_data = self.redact(text[:MAX_MESSAGE_LENGTH])
        had_personal_data = had_personal_data or redacted
        reading = self.read(cleaned)
        reply = self._decide(state, reading)
        if in_distress(fold(cleaned)):
            urgent = self.compose.urgent(state, reading.entities.area or state.slots.get("area"))
            keep = reply.intent not in ("fallback", "out-of-scope", "clarify")
            reply = _join(urgent, reply) if keep else urgent
        if had_personal_data:
            if reply.intent in ("fallback", "out-of-scope"):
                reply = self._with_step(
                    state, Reply((), (), tuple(self.compose.menu_buttons()), "personal-data", 1.0)
                )
            reply = replace(reply, texts=(PERSONAL_DATA_NOTE, *reply.texts))
        return reply

    def _decide(self, state: State, reading: Reading) -> Reply:
        entities = reading.entities
        if not reading.raw:
            return self._not_understood(state, reading, "Please type a question, or tap one of the buttons.")
        control = self._control(reading)
        if control:
            return self._payload(state, control, confidence=0.95)
        step = self._current_step(state)
        if step:
            option = self._match_option(step[1], reading)
            if option:
                return self._answer_step(state, step[0], step[1], option, reading)
        if not reading.domain and not _in_context(state, reading) and not self._place_only(reading):
            # Not about care, unless it follows on from the job just shown ("what does it pay?").
            followed = self._follow_up(state, reading)
            return self._with_step(state, followed or self._faq_or_fallback(state, reading))
        top = reading.candidates[0] if reading.candidates else Candidate("", 0.0)
        started = self._maybe_start_flow(state, reading, top)
        if started:
            return started
        named = self._named_thing(state, reading, top)
        if named:
            return self._with_step(state, named)
        if entities.area and not step and self._place_only(reading):
            return self.compose.area(entities.area, state, 0.8, entities.as_dict())
        return self._with_step(state, self._faq_or_fallback(state, reading))

    def _control(self, reading: Reading) -> str | None:
        if len(reading.raw) > 6:
            return None
        found = self._controls.get(reading.folded)
        if found:
            return found
        best = process.extractOne(reading.folded, self._control_keys, scorer=fuzz.ratio, score_cutoff=88)
        return self._controls[best[0]] if best else None

    def _maybe_start_flow(self, state: State, reading: Reading, top: Candidate) -> Reply | None:
        """Someone who says who they are starts their journey; a question they ask is answered first."""
        entities = reading.entities
        audience = entities.audience
        said = set(reading.raw)
        # "Our carers have been with us for years": what "we" say about people is about staff, not
        # the speaker looking for work.
        for_others = bool(said & WE_WORDS) and not said & I_WORDS
        if for_others and audience != "provider":
            audience = None
        if audience is None and entities.about_person >= 2 and not for_others:
            audience = "jobseeker"
        if audience is None:
            return None
        state.audience = audience
        flow = self.kb.flow(AUDIENCE_FLOW[audience])
        faq = next((c for c in reading.candidates if c.intent.startswith("faq:")), Candidate("", 0.0))
        # Beyond saying who they are, a message that asks something an answer explains is a question,
        # with or without a question mark ("business support in Rutland for a care provider").
        asked = [
            t
            for t in reading.terms
            if t not in entities.cue_terms and t not in self._self_stems and not t.startswith("=")
        ]
        weight = sum(self.index.idf.get(t, 0.0) for t in set(asked))
        fits = bool(asked) and bool(faq.intent) and audience in self.kb.faq(faq.intent[4:]).audiences
        # What they asked, beyond who they are, is something this answer explains.
        clear = fits and weight >= REST_WEIGHT and self._explains(faq.intent, asked)
        asks = (fits and faq.score >= SURE) or (clear and faq.score >= CONFIDENT)
        if (reading.question and faq.score >= UNSURE) or asks:
            # Three or more things about themselves and no clear question: the journey notes them all.
            told_a_lot = entities.about_person >= 3 and faq.score < SURE and not clear
            if state.flow != flow.id and (asks or (faq.score >= CONFIDENT and not told_a_lot) or clear):
                # The answer first. The journey starts quietly with what they told us: if that is all it
                # needs, its contacts join the answer; if not, its next question follows.
                journey = self._start_flow(state, flow, entities, reading)
                answer = self._faq_or_fallback(state, reading)
                if journey.intent.endswith("-done"):
                    return _with_outcome(answer, journey)
                return self._with_step(state, answer)
            if entities.about_person < 2:
                return None  # a question, with little about themselves: answered as any question is
        # Who they are, and an unclear question or none ("I'm 45, ex-retail, no GCSEs, live in Hinckley,
        # can I do care?"): the journey notes it all and asks the rest.
        if state.flow == flow.id:
            self._fill_slots(state, entities, reading)
            return self._next_step(state, flow, heard=True)
        return self._start_flow(state, flow, entities, reading)

    def _named_thing(self, state: State, reading: Reading, top: Candidate) -> Reply | None:
        entities = reading.entities
        info = entities.as_dict()
        aspect = _aspect(entities.aspects)
        if not entities.roles and not entities.apprenticeships:
            return self._follow_up(state, reading)
        if entities.apprenticeships and (not entities.roles or "apprenticeship" in entities.aspects):
            apprenticeship = self.kb.apprenticeship(entities.apprenticeships[0])
            named = {*self._words_of(apprenticeship.name), *self._words_of(APPRENTICESHIP_WORDS)}
            if top.score >= SURE and any(t not in named for t in reading.terms if not t.startswith("=")):
                return None  # a question about the apprenticeship that an FAQ answers
            return self.compose.apprenticeship(apprenticeship, state, 0.85, info)
        if (
            entities.audience == "provider"
            or set(reading.raw) & WE_WORDS  # "our carers keep leaving": about their service, not the job
            or entities.barriers
            or entities.qualifications
            or entities.experience
        ):
            return None  # the question is about the person or the service, not the job itself
        role_id = entities.roles[0]
        rest = self._beyond_the_job(reading, role_id)
        if rest and self._uses_the_service(reading, rest):
            return None  # "how do I book a GP appointment?": the doctor is someone they see, not a job
        if rest:
            # With the job's pay, way in or next steps asked for, a common word is a detail ("become an
            # ECA with EMAS"); a telling one or several is a question of its own that an FAQ may answer.
            asked = aspect in ("pay", "progression", "entry", "duration")
            weight = sum(self.index.idf.get(t, 0.0) for t in set(rest))
            # A pointer elsewhere never outranks a question about the job ("my nan's carer... how do I
            # become a carer?").
            faq = next(
                (
                    c
                    for c in reading.candidates
                    if c.intent.startswith("faq:") and not self._elsewhere(c.intent)
                ),
                None,
            )
            if (
                faq
                and faq.score >= UNSURE
                and (weight >= REST_WEIGHT or not asked)
                and self._explains(faq.intent, rest)
            ):
                return None  # the job is mentioned, but an FAQ answers what else they asked
            short = len(set(reading.terms)) < LONG_MESSAGE_TERMS  # in a long story, unknown words are details
            if not asked and short and any(t not in self.index.idf for t in rest if not t.startswith("=")):
                return None  # "do care workers get a pension?": a question we have no words for
        if FOLLOW_UP.match(reading.folded) and not rest and state.topic and state.topic.startswith("role-"):
            # "What about a nurse?" after a paramedic's pay: the same question about another job.
            aspect = state.topic[5:]
        aspect = "entry" if aspect in ("duration", None) and "entry" in entities.aspects else aspect
        aspect = aspect if aspect in ("pay", "progression", "entry") else "about"
        dedicated = self._role_faqs.get((role_id, aspect))
        if dedicated:
            # "How do I become a nurse?" has an answer written for it: better than the job's facts alone.
            state.topic = f"faq:{dedicated}"
            return self.compose.faq(self.kb.faq(dedicated), state, 0.85, info)
        return self.compose.role(self.kb.role(role_id), aspect, state, 0.85, info)

    def _follow_up(self, state: State, reading: Reading) -> Reply | None:
        """A short question about the job or apprenticeship just shown ("what does it pay?")."""
        entities = reading.entities
        aspect = _aspect(entities.aspects)
        short = len(reading.terms) <= 3 and aspect is not None
        # "apprenticeships?" after a job is a new question, not "how do I get into that job?"
        new_question = entities.aspects == ["apprenticeship"]
        info = entities.as_dict()
        if (
            short
            and state.role
            and aspect in ("pay", "progression", "entry", "duration")
            and not new_question
        ):
            aspect = "entry" if aspect == "duration" else aspect
            return self.compose.role(self.kb.role(state.role), aspect, state, 0.75, info)
        if short and state.apprenticeship and aspect in ("duration", "entry", "about"):
            apprenticeship = self.kb.apprenticeship(state.apprenticeship)
            return self.compose.apprenticeship(apprenticeship, state, 0.75, info)
        return None

    def _uses_the_service(self, reading: Reading, rest: list[str]) -> bool:
        """True when a message names a job only as someone the person sees (a GP, a dentist).

        The best reading is a pointer elsewhere that explains what else was said, and nothing asks
        about the job itself: "how do I book a GP appointment?", not "how do I become a GP?".
        """
        top = next((c for c in reading.candidates if c.intent.startswith("faq:")), None)
        return (
            top is not None
            and self._elsewhere(top.intent)
            and top.score >= CONFIDENT
            and not JOB_ASK.search(reading.folded)
            and self._explains(top.intent, rest)
        )

    def _place_only(self, reading: Reading) -> bool:
        """True when a message names a place and little else ("anything in Loughborough?")."""
        rest = [t for t in reading.terms if t not in self._place_stems and not t.startswith("=")]
        return bool(reading.entities.area) and all(t in self._place_question for t in rest)

    def _beyond_the_job(self, reading: Reading, role_id: str) -> list[str]:
        """The terms of a message that say more than "tell me this about this job"."""
        said = self._role_stems[role_id] | self._aspect_stems | self._place_stems | self._setting_stems
        return [t for t in reading.terms if t not in said and t not in SPEAKER_TERMS]

    def _explains(self, intent: str, terms: list[str]) -> bool:
        """True when an intent's phrasings use most of these terms (by weight)."""
        vocabulary = self.index.vocabulary(intent)
        known = [t for t in set(terms) if t in self.index.idf]
        weight = sum(self.index.idf[t] for t in known)
        covered = sum(self.index.idf[t] for t in known if t in vocabulary)
        return weight > 0 and covered >= weight / 2

    def _dedicated_faqs(self) -> dict[tuple[str, str], str]:
        """FAQs whose question is just "this about this job" ("How do I become a nurse?"), by job and aspect."""
        found: dict[tuple[str, str], str] = {}
        for faq in self.kb.faqs:
            reading = self.read(faq.question)
            roles = reading.entities.roles
            if len(roles) != 1 or not reading.entities.aspects or self._beyond_the_job(reading, roles[0]):
                continue
            aspect = _aspect(reading.entities.aspects) or "about"
            found.setdefault((roles[0], "entry" if aspect == "duration" else aspect), faq.id)
        return found

    def _faq_or_fallback(self, state: State, reading: Reading) -> Reply:
        info = reading.entities.as_dict()
        if reading.candidates and reading.candidates[0].score >= CONFIDENT:
            move = reading.candidates[0].intent
            if move in INDEXED_CONTROLS and reading.candidates[0].score >= CONTROL_SURE:
                return self._payload(state, move, confidence=reading.candidates[0].score)
        candidates = [c for c in reading.candidates if c.intent.startswith("faq:")]
        # An answer needs some word that says what it is about ("the care thing" does not), or all its
        # words together as people ask it ("what jobs are there in care").
        specific = (
            max((self.index.idf.get(t, 0.0) for t in reading.terms), default=0.0) >= SPECIFIC_IDF
            or (bool(candidates) and candidates[0].score >= SURE)
            or self._topic_word(reading.tokens)
        )
        if not specific and not (candidates and self._follows_on(state, candidates[0].intent)):
            candidates = []
        if candidates and candidates[0].score >= UNSURE and self._elsewhere(candidates[0].intent):
            # Not our subject, but a common one: say who can help ("how do I book a GP appointment?").
            state.misses = 0
            return self.compose.faq(self.kb.faq(candidates[0].intent[4:]), state, candidates[0].score, info)
        if len(set(reading.terms)) <= FOLLOW_ON_TERMS and state.topic:
            # A short question after an answer ("how much does it cost?") is most likely one it suggested.
            candidates = self._favour(
                candidates, lambda faq: self._follows_on(state, f"faq:{faq.id}"), FOLLOW_ON_NUDGE
            )
        # "Why should we keep it up to date?" is about care when the last answer was.
        domain = (
            reading.domain
            or _in_context(state, reading)
            or bool(candidates and self._follows_on(state, candidates[0].intent))
        )
        if candidates and candidates[0].score >= CONFIDENT and domain:
            top = candidates[0]
            # One word alone ("training") fits many answers about as well: ask which one.
            margin = TIE_MARGIN if len(set(reading.terms)) > 1 else VAGUE_MARGIN
            close = [c for c in candidates[1:3] if top.rank - c.rank < margin]
            close = close if top.score < SURE else []
            if close:
                return self._clarify(state, [top, *close], info)
            state.misses = 0
            state.topic = top.intent
            return self.compose.faq(self.kb.faq(top.intent[4:]), state, top.score, info)
        # A weak reading that leaves a word we do not know unexplained ("do care homes allow tattoos")
        # is a question we cannot answer: say so rather than guess.
        short = len(set(reading.terms)) < LONG_MESSAGE_TERMS  # in a long story, unknown words are details
        unknown = short and any(t not in self.index.idf for t in reading.terms if not t.startswith("="))
        if candidates and candidates[0].score >= UNSURE and domain and not unknown:
            runner_up = candidates[1].rank if len(candidates) > 1 else -math.inf
            if candidates[0].rank - runner_up >= CLEAR_LEAD:
                state.misses = 0
                return self.compose.faq(
                    self.kb.faq(candidates[0].intent[4:]), state, candidates[0].score, info
                )
            if candidates[0].score >= CLARIFY_FLOOR:
                return self._clarify(state, candidates[:3], info)
        if domain:
            return self._not_understood(state, reading, None)
        state.misses = 0
        return Reply(
            (
                "Sorry, I can only help with jobs, training and support in health and social care.",
                "Try asking about care jobs, pay, apprenticeships or help for care employers.",
            ),
            quick_replies=tuple(self.compose.menu_buttons()),
            intent="out-of-scope",
            confidence=1.0 - (candidates[0].score if candidates else 0.0),
            entities=info,
        )

    def _words_of(self, text: str) -> set[str]:
        return set(self.lexicon.terms(self.lexicon.read(text)))

    def _topic_word(self, tokens: list[str]) -> bool:
        """True for one everyday topic word on its own ("jobs?", "pay?"): asked here, it is about care."""
        return len(set(tokens)) == 1 and tokens[0] in self._topic_words

    def _elsewhere(self, intent: str) -> bool:
        """True for an FAQ that answers "not here: ask them" (its topic is elsewhere)."""
        return ELSEWHERE in self.kb.faq(intent[4:]).topics

    def _follows_on(self, state: State, intent: str) -> bool:
        """True when an FAQ is the last one answered, or one it suggests next."""
        if not state.topic or not state.topic.startswith("faq:") or not self.kb.get("faqs", state.topic[4:]):
            return False
        last = self.kb.faq(state.topic[4:])
        return intent[4:] in (last.id, *last.follow_ups)

    def _clarify(self, state: State, options: list[Candidate], info: dict[str, Any]) -> Reply:
        buttons = [self.compose.faq_button(c.intent[4:]) for c in options]
        texts = ("I'm not quite sure what you mean. Did you mean one of these?",)
        buttons.append(QuickReply("None of these", "not-listed"))
        return Reply(
            texts,
            (),
            tuple(buttons),
            "clarify",
            options[0].score,
            {**info, "options": [c.intent for c in options]},
        )

    def _not_understood(self, state: State, reading: Reading, text: str | None) -> Reply:
        state.misses += 1
        if state.misses >= 2:
            state.misses = 0
            reply = self.compose.human(state, 0.0)
            return replace(
                reply,
                texts=("Sorry, I still don't understand.", *reply.texts),
                intent="fallback",
                entities=reading.entities.as_dict(),
            )
        texts = (
            text or "Sorry, I don't know the answer to that one.",
            "Try asking in a different way, or pick one of these.",
        )
        buttons = [*self.compose.menu_buttons(), QuickReply("Talk to a person", "human")]
        return Reply(texts, (), tuple(buttons), "fallback", 0.0, reading.entities.as_dict())

    # Buttons ------------------------------------------------------------------------------------

    def _payload(self, state: State, payload: str, confidence: float = 1.0) -> Reply:
        kind, _, rest = payload.partition(":")
        if kind == "faq" and self.kb.get("faqs", rest):
            state.topic = payload
            return self._with_step(state, self.compose.faq(self.kb.faq(rest), state, confidence, {}))
        if kind == "role":
            role_id, _, aspect = rest.partition(":")
            if self.kb.get("roles", role_id):
                return self._with_step(
                    state, self.compose.role(self.kb.role(role_id), aspect or "about", state, confidence, {})
                )
        if kind == "start" and self.kb.get("flows", rest):
            flow = self.kb.flow(rest)
            state.audience = flow.audience
            return self._start_flow(state, flow, Entities())
        if kind == "answer":
            step = self._current_step(state)
            if step:
                option = next((o for o in step[1].options if o.value == rest), None)
                if option:
                    return self._answer_step(state, step[0], step[1], option, None)
        if kind == "area" and self.kb.get("areas", rest):
            return self.compose.area(rest, state, confidence, {})
        if payload in ("restart", "menu"):
            found = (state.roles, state.services, state.faqs) if payload == "menu" else ([], [], [])
            state.__init__()  # type: ignore[misc]
            state.roles, state.services, state.faqs = found
            return replace(self._welcome(), intent=payload, confidence=confidence)
        if payload == "back":
            return self._back(state, confidence)
        if payload == "human":
            return self.compose.human(state, confidence)
        if payload == "plan":
            return Reply(
                ("Your plan is ready. Open it to print it or take it with you.",),
                quick_replies=(QuickReply(MENU_LABEL, "menu"),),
                intent="plan",
                confidence=confidence,
            )
        if payload == "not-listed":
            return self._not_understood(state, self.read(""), "Sorry I didn't get it right.")
        if payload in ("greeting", "thanks", "goodbye"):
            return self._small_talk(state, payload, confidence)
        return self._not_understood(state, self.read(""), None)

    def _small_talk(self, state: State, intent: str, confidence: float) -> Reply:
        texts = {
            "greeting": "Hello! I can help you find a job in health and social care, or help for your care "
            "service. Who are you?",
            "thanks": "You're welcome. Is there anything else I can help with?",
            "goodbye": "Good luck! You can take your plan with you, or start again at any time.",
        }
        buttons = (
            self.compose.menu_buttons()
            if intent != "goodbye"
            else [QuickReply("See my plan", "plan"), QuickReply("Start again", "restart")]
        )
        return self._with_step(state, Reply((texts[intent],), (), tuple(buttons), intent, confidence))

    def _welcome(self) -> Reply:
        texts = (
            "Hello! I'm the Care Careers Guide for Leicester, Leicestershire and Rutland.",
            "I can tell you about jobs in health and social care, what they pay, and how to get in. "
            "I can also point care services to help. Who are you? Or just type a question.",
        )
        return Reply(texts, (), tuple(self.compose.menu_buttons()), "welcome", 1.0)

    # Guided journeys ------------------------------------------------------------------------------

    def _current_step(self, state: State) -> tuple[Flow, FlowStep] | None:
        if not state.flow or not state.step:
            return None
        flow = self.kb.flow(state.flow)
        step = next((s for s in flow.steps if s.id == state.step), None)
        return (flow, step) if step else None

    def _start_flow(
        self, state: State, flow: Flow, entities: Entities, reading: Reading | None = None
    ) -> Reply:
        state.flow, state.step, state.trail = flow.id, None, []
        state.slots = {}
        self._fill_slots(state, entities, reading)
        reply = self._next_step(state, flow, heard=bool(state.slots))
        # What the message told us, including journey answers read from its words ("can't find staff").
        told = {**entities.as_dict(), **state.slots}
        return replace(reply, texts=(flow.intro, *reply.texts), entities=told)

    def _fill_slots(self, state: State, entities: Entities, reading: Reading | None = None) -> None:
        if not state.flow:
            return
        flow = self.kb.flow(state.flow)
        for slot, value in entities.slots().items():
            for step in flow.steps:
                if step.slot == slot and any(o.value == value for o in step.options):
                    state.slots[slot] = value
        if reading is None:
            return
        said = f" {' '.join(reading.tokens)} "
        asking = bool(set(reading.raw) & ASKING_WORDS)
        for step in flow.steps:
            if step.slot in state.slots or step.slot not in WORDED_SLOTS:
                continue
            for option in step.options:
                if option.value in UNSURE_VALUES:
                    continue  # "no idea what I want to do" is not an answer to where they'd like to work
                # Naming a job while saying who you are ("I'm the registered manager") answers nothing.
                if any(
                    len(p) > 3 and f" {p} " in said and (asking or p not in self._role_names)
                    for p in self._option_phrases[option]
                ):
                    state.slots[step.slot] = option.value
                    break

    def _match_option(self, step: FlowStep, reading: Reading) -> FlowOption | None:
        found = reading.entities.slots().get(step.slot)
        if found:
            option = next((o for o in step.options if o.value == found), None)
            if option:
                return option
        if len(reading.raw) > 8:
            return None
        choices = self._choices[step]
        if step.slot == "age_band":
            number = next((int(w) for w in reading.raw if w.isdigit() and 14 <= int(w) <= 90), None)
            if number is not None:
                return next((o for o in step.options if o.value == age_band(number)), None)
        for said in (" ".join(reading.raw), " ".join(reading.tokens)):
            if said in choices:
                return choices[said]
        said = " ".join(reading.tokens)
        best = process.extractOne(said, list(choices), scorer=fuzz.token_set_ratio, score_cutoff=90)
        return choices[best[0]] if best else None

    def _answer_step(
        self, state: State, flow: Flow, step: FlowStep, option: FlowOption, reading: Reading | None
    ) -> Reply:
        state.slots[step.slot] = option.value
        state.trail.append(step.id)
        if reading:
            self._fill_slots(state, reading.entities)
        reply = self._next_step(state, flow, heard=False)
        return replace(
            reply,
            intent=reply.intent if reply.intent.endswith("-done") else "flow-answer",
            entities={**(reading.entities.as_dict() if reading else {}), step.slot: option.value},
        )

    def _next_step(self, state: State, flow: Flow, heard: bool) -> Reply:
        remaining = [s for s in flow.steps if s.slot not in state.slots]
        if not remaining:
            state.step = None
            reply = finish(self.compose, flow, state)
            state.flow = None if flow.outcome != "menu" else state.flow
            return reply
        step = remaining[0]
        state.step = step.id
        texts = []
        if heard:
            texts.append(self._heard(flow, state))
        texts.append(step.ask if not step.why else f"{step.ask} {step.why}")
        return Reply(
            tuple(t for t in texts if t), (), tuple(self._step_buttons(step)), f"flow-{flow.id}", 1.0
        )

    def _heard(self, flow: Flow, state: State) -> str:
        told = [f"{SLOT_LABELS[slot]}: {label}" for slot, label in chosen_labels(flow, state).items()]
        return ("Thanks. I've noted this. " + "; ".join(told) + ".") if told else ""

    def _step_buttons(self, step: FlowStep) -> list[QuickReply]:
        buttons = [QuickReply(o.label, f"answer:{o.value}") for o in step.options]
        return buttons + [QuickReply("Back", "back"), QuickReply("Start again", "restart")]

    def _with_step(self, state: State, reply: Reply) -> Reply:
        """After answering a question mid-journey, offer the journey's question again."""
        current = self._current_step(state)
        if not current or reply.intent.startswith("flow"):
            return reply
        flow, step = current
        return replace(
            reply,
            texts=(*reply.texts, f"To carry on: {step.ask}"),
            quick_replies=tuple(self._step_buttons(step)) + reply.quick_replies[:2],
        )

    def _back(self, state: State, confidence: float) -> Reply:
        current = self._current_step(state)
        if not current or not state.trail:
            if current:
                return self._next_step(state, current[0], heard=False)
            return replace(self._welcome(), intent="back", confidence=confidence)
        flow = current[0]
        previous = state.trail.pop()
        step = next(s for s in flow.steps if s.id == previous)
        state.slots.pop(step.slot, None)
        state.step = step.id
        return Reply((step.ask,), (), tuple(self._step_buttons(step)), "back", confidence)

    def _favour(
        self, candidates: list[Candidate], fits: Callable[[Faq], bool], nudge: float
    ) -> list[Candidate]:
        """Nudge up the FAQs that fit what the message told us (a role it names, who is asking)."""
        nudged = [
            Candidate(c.intent, c.score + nudge, c.rank + nudge * RANK_PER_SCORE)
            if c.intent.startswith("faq:") and fits(self.kb.faq(c.intent[4:]))
            else c
            for c in candidates
        ]
        return sorted(nudged, key=lambda c: c.rank, reverse=True)

    def _favour_roles(self, candidates: list[Candidate], roles: list[str]) -> list[Candidate]:
        """FAQs about a role the message names: "pay" plus "nurse" finds nurse pay."""
        return self._favour(candidates, lambda faq: bool(set(roles) & set(faq.roles)), ROLE_NUDGE)


def domain_texts(kb: KnowledgeBase) -> list[str]:
    """The names and questions whose words make a message about care careers.

    Every word of a name counts. From the FAQ questions, only the less common words count:
    "keep", "date" and "mean" are in questions too, but "my wifi keeps dropping out" is not about care.
    """
    common = common_english_words(EVERYDAY_WORD_COUNT)
    texts = [" ".join(w for w in words(faq.question) if w not in common) for faq in kb.faqs]
    texts += [name for role in kb.roles for name in (role.title, *role.also_called)]
    texts += [a.name for a in kb.apprenticeships] + [s.name for s in kb.services]
    texts += [w for synonym in kb.synonyms for w in (synonym.term, *synonym.words)]
    texts += [o.label for flow in kb.flows for step in flow.steps for o in step.options]
    return texts


# Words that only name or ask about an apprenticeship ("lead practitioner level 4 apprenticeship details").
APPRENTICESHIP_WORDS = "apprenticeship about level details detail info information standard"
OUTCOME_CARDS = 6  # an answer and a journey's contacts together: enough to choose from, not a wall
# What people say around a place name when the place is all they ask about ("anything round Ashby?").
PLACE_QUESTION_WORDS = "anything what about near round around live living based from here there area".split()
NATIONAL_PLACES = ("uk", "england", "britain")  # details, like a town, not a question
# Where a job is done is part of naming it: "deputy manager care home pay?" asks the deputy's pay.
SETTING_WORDS = ("care", "home", "homes", "ward", "community", "agency", "residential")
# Beyond a job's facts or who someone is, this much (summed IDF) is a question of its own: one rare word.
REST_WEIGHT = 3.0
# Words that describe a person or a service ("a small care business here", "I live in Melton"): saying
# who you are, not asking a question.
SELF_WORDS = frozenset(
    """business company agency service provider organisation firm charity small large big new here student
    school college sixth form year job work live living based from""".split()
)
SPEAKER_TERMS = frozenset({"=i", "=we"})
WE_WORDS = frozenset({"we", "our", "ours", "us", "staff", "employees", "workforce"})
I_WORDS = frozenset({"i", "me", "my", "im", "mine", "myself"})


def concepts(entities: Entities, raw: list[str]) -> list[str]:
    """What a message says about the person, as matching terms.

    "I have epilepsy" and "Can I work with a health condition?" share no word, but both name a
    health barrier; the cue lists in entities.py know many more ways to say each thing than any
    FAQ's phrasings do. Who is speaking counts too, though its words are stopwords: "do we pay
    for their DBS" is an employer's question, "do I pay for my DBS" a worker's. Terms start with
    "=", which no word can.
    """
    said = set(raw)
    found = ["=we" if said & WE_WORDS else "=i"] if said & (WE_WORDS | I_WORDS) else []
    found += [f"=barrier-{b}" for b in entities.barriers]
    for kind in ("qualifications", "experience", "hours"):
        value = getattr(entities, kind)
        if value:
            found.append(f"={kind}-{value}")
    if entities.age is not None:
        found.append(f"=age-{age_band(entities.age)}")
    return found


def _aspect(aspects: list[str]) -> str | None:
    for aspect in ("pay", "progression", "duration", "apprenticeship", "entry", "about"):
        if aspect in aspects:
            return "entry" if aspect == "apprenticeship" else aspect
    return None


def _in_context(state: State, reading: Reading) -> bool:
    """Mid-conversation, everyday words ("what can we do about pay?") are about what we were discussing."""
    return bool(state.flow or state.topic) and not reading.foreign and bool(reading.candidates)


def _with_outcome(answer: Reply, outcome: Reply) -> Reply:
    """An answer, with the cards and buttons of the journey it completed (local contacts, the plan)."""
    refs = {(c.kind, c.ref) for c in answer.cards}
    cards = answer.cards + tuple(c for c in outcome.cards if (c.kind, c.ref) not in refs)
    payloads = {q.payload for q in answer.quick_replies}
    buttons = [q for q in answer.quick_replies if q.payload != "menu"][:2]
    buttons += [q for q in outcome.quick_replies if q.payload not in payloads]
    return replace(answer, cards=cards[:OUTCOME_CARDS], quick_replies=tuple(buttons))


def _join(first: Reply, second: Reply) -> Reply:
    return replace(
        second,
        texts=first.texts + second.texts,
        cards=first.cards + second.cards,
        intent=first.intent,
        confidence=first.confidence,
    )
