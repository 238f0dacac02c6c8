"""The engine: one turn in, one reply and a new state out. No Flask, no I/O.

A turn is read (normalise, correct, synonyms, entities), then decided in this order: urgent help,
buttons, the conversation's own moves, an answer to the question just asked, a guided journey
the person's words call for, a role or apprenticeship they named, an FAQ, and an honest fallback.
Reading a message is reading.py's job, the journeys are journeys.py's, named jobs named.py's and
what a button does buttons.py's; this module decides.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from copy import deepcopy
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz, process

from careers_bot.engine.buttons import Buttons
from careers_bot.engine.compose import MENU_LABEL, Composer, is_elsewhere, listed, sentences
from careers_bot.engine.distress import DistressMatcher
from careers_bot.engine.distress_examples import EVERYDAY
from careers_bot.engine.entities import STARTING_A_SERVICE
from careers_bot.engine.intents import AUDIENCE_FLOW, CONTROL_PHRASES, INDEXED_CONTROLS
from careers_bot.engine.journeys import CARRY_ON, Journeys
from careers_bot.engine.lexicon import is_english
from careers_bot.engine.match import (
    CONFIDENT,
    LONG_MESSAGE_TERMS,
    QUESTION_TERMS,
    REST_WEIGHT,
    SURE,
    UNSURE,
    Candidate,
)
from careers_bot.engine.named import (
    CHOICE,
    COMPARE,
    COSTS,
    DURATION,
    JOB_ASK,
    STUDY_COSTS,
    NamedThings,
    section_asked,
)
from careers_bot.engine.normalise import MAX_MESSAGE_LENGTH, fold, words
from careers_bot.engine.plan import build_plan, plan_state
from careers_bot.engine.reading import (
    AUDIENCE_NUDGE,
    I_WORDS,
    RELATIVES,
    STAFF_WORDS,
    Reader,
    Reading,
    we_words,
)
from careers_bot.engine.reply import Message, Plan, QuickReply, Reply
from careers_bot.engine.safety import PAST_HARM, PAST_SELF_HARM, kinds
from careers_bot.engine.service_names import ServiceNames
from careers_bot.engine.state import State
from careers_bot.engine.urgent_help import NO_POINTER, YOUNG_AGE
from careers_bot.knowledge.model import Faq, Flow, KnowledgeBase

# Margins between the best two readings are in nats (see match.Candidate.rank).
TIE_MARGIN = 0.3
LONG_ANSWER_WORDS = 8  # a journey's answer longer than this may say more than the answer
VAGUE_MARGIN = 2.0
FOLLOW_ON_NUDGE = 0.2
FOLLOW_ON_TERMS = 3
FIT_LEAD = 0.15  # of two answers close by likelihood, how much better one must fit to be picked outright
JOB_SHOWN_NUDGE = 0.3  # and for an answer about the job just shown
# A message that is plainly a question, not an answer that happens to name a journey's option.
ASKS_OUTRIGHT = re.compile(
    r"^(?:what is|what are|whats|what does|how do|how does|how can|how much|how long|who is|who are|is there|are there"
    r"|can i|can we|do i|do we|does|tell me about|tell me more about|explain)\b"
)
POINTS_BACK_WORDS = 8  # a question that points back to the last answer ("how do i claim it?") is this short
# Who can help with what was just answered: "who can help me?", "who do i ask?", "who do we talk to about it?"
# ("who do i ring?" is the move that gives phone lines.)
WHO_HELPS = re.compile(
    r"^(?:so |and |ok )?who (?:can|could|will|would|do|should) (?:i|we|help|you)\b(?! (?:\w+ )?(?:ring|call|phone))"
    r"(?: \w+){0,2}(?: (?:help|ask|talk to|speak to|contact))?(?: (?:me|us))?"
    r"(?: (?:with|about) (?:\w+ing (?:it|that|this|them)|it|that|this))?"  # "who can help me with disclosing it"
    r"(?: (?:round|around|near) here| locally| in (?:leicester|leicestershire|rutland|llr))?$"
)
TOPIC_WORD_WEIGHT = 0.5  # a word of the job the last answer is about, named again in a follow-up
WHO_HELPS_LOCALLY = "who-helps-locally"  # the answer on who helps with care careers in LLR
SHORT_SENTENCE_WORDS = 12
FOLLOW_UP_WORDS = 8  # a follow-up about the job just shown is short: "is it all night shifts?"  # a sentence of the last answer this short is given with the one after it
# A condition of the speaker's own: "i have a bad back", "my knees".
_PARTS = (
    r"(?:back|knees?|hips?|shoulders?|neck|health|condition|disability|arthritis|asthma|diabetes|epilepsy)"
)
MY_CONDITION = re.compile(
    rf"\bmy {_PARTS}\b|\b(?:i have|i have got|ive got|i got|i suffer (?:from|with)) (?:a |an )?(?:bad |dodgy |weak |chronic )?"
    rf"{_PARTS}\b|\bim disabled\b"
)
# Asking for care or treatment for oneself: health advice, whatever it means for work.
FOR_MY_HEALTH = re.compile(
    r"\b(?:appointment|gp|doctor|doctors|prescription|medicine|medication|tablets|treatment|painkillers|sick note"
    r"|fit note|a&e|111|what should i (?:take|do about)|how do i (?:treat|fix|ease|stop)|hospital)\b"
)
# Words for someone's own family ("my mum needs carers"): a provider may ask for a relative too.
PEOPLE_OF_MY_OWN = frozenset(RELATIVES)
SPECIFIC_IDF = 1.0  # a word in fewer than about a third of the answers says something about which
CLARIFY_FLOOR = 0.4  # below CONFIDENT with no clear lead: offer choices only if the best is this good
CLEAR_LEAD = 0.5  # below CONFIDENT, answer only when the best reading is this far ahead of the next
CONTROL_SURE = 0.65
STORY_UNSURE = 0.2  # in a long story, a reading this good may answer, when it leads by STORY_LEAD
STORY_LEAD = 2.0
# Everyday answers to a journey's question that the safety check must not take for despair.
UNSURE_ANSWERS = ("not sure", "im not sure", "i am not sure", "dont know", "i dont know", "no idea", "dunno")
# Asking for work in health or care for oneself, and wanting to leave it (for the pointer to other jobs).
WANTS_OUR_WORK = re.compile(
    r"\b(?:care|caring|carer|carers|nhs|hospital|healthcare|health care)"
    r" (?:jobs?|work|roles?|vacanc\w*|posts?|positions?)\b"
    r"|\b(?:work|job|jobs|career) in (?:care|a care home|care homes|health|the nhs|social care|healthcare|a hospital)\b"
    r"|\b(?:take me on|hire me|employ me|give me a job)\b"
)
CAREER_ASK = re.compile(
    r"\b(?:want(?:s|ed)? to|wanna|would like to|hope to|how (?:do|can|could|would) (?:i|you|someone)|how to"
    r"|could i|can i|should i) (?:be|become|train(?:ing)? (?:as|to be)|work as|get a job as|study to be)(?: an?\b)?"
)
# The speaker's own wish: "i wanna be a nurse" (not "she want to work as carer").
MY_CAREER = re.compile(
    r"\b(?:i|id|i d) (?:really |just |would )?(?:want(?:ed)? to|wanna|would like to|like to|hope to) (?:be|become"
    r"|train (?:as|to be)|work as)\b"
)
NAMED_JOB_WORDS = 6
WEIGHED_IN_WORDS = 12  # two jobs joined by 'or' in this few words are weighed up
STARTING_A_SERVICE_PATTERN = re.compile(STARTING_A_SERVICE)
WHERE_TO_START = re.compile(
    r"\bwhere (?:do|should|can) (?:i|we) (?:even )?(?:start|begin)$|\bwhere to (?:start|begin)$"
)
BACK_REFERENCE = re.compile(r"\b(?:it|that|this|they|them|those|these)\b")
SOME_DAY = re.compile(r"\b(?:one day|some day|someday|in the future|right now)\b")
AWAY_FROM_CARE = re.compile(
    r"\b(?:instead of|other than|apart from|besides|outside of|away from|out of care|leave care|leaving care"
    r"|quit|had enough|sick of|fed up|done with|anything but|not care|something (?:else|different)"
    r"|totally different|no more care)\b"
)
# A question about the trouble itself, beside words of distress: what to do, who to tell.
ABOUT_THE_TROUBLE = re.compile(
    r"\bwhat (?:should|do|can|shall) (?:i|we) do\b|\bwho (?:do|should|can) (?:i|we) (?:tell|ring|call|phone|contact)\b"
    r"|\bwhat do i say\b|\bhow do i help (?:him|her|them)\b|\bis (?:this|that|it) normal\b"
)
# Someone telling of a death in their family, or their own loss; urgent help speaks for itself.
FAMILY = "mum|mom|mother|dad|father|husband|wife|partner|son|daughter|nan|nana|nanna|gran|grandma|grandad|grandpa|brother|sister|baby|child"
BEREAVED = re.compile(
    rf"\b(?:my|our|her|his|their) (?:{FAMILY})\b[^.?!]{{0,40}}\b(?:passed away|passed on|died|death)\b"
    rf"|\blost (?:my|our) (?:{FAMILY})\b|\b(?:she|he|they) passed away\b|\bbereave\w*"
)
SORRY_FOR_YOUR_LOSS = "I'm sorry for your loss."
IF_IT_COMES_BACK = "If those feelings ever come back, Samaritans will listen at any time, free, on 116 123."
IF_IT_HELPS_TO_TALK = (
    "If it would help to talk about what happened, Samaritans will listen at any time, free, on 116 123."
)
ONLY_ENGLISH = (
    "Sorry, I can only read and reply in English.",
    'Try a few words in English, like "care jobs" or "become a carer". A friend or your work coach can '
    "help you type.",
)
NOT_ENGLISH_WORDS, NOT_ENGLISH_SHARE = 2, 0.6  # at least this many words, and this share of them not English
PERSONAL_DATA_NOTE = (
    "Please do not share personal details like your name, phone number or address here. "
    "I do not need them, and I do not keep them."
)


class Engine:
    """Answers people from one knowledge base. Build once; respond to any number of turns."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.reader = Reader(kb)
        self.lexicon = self.reader.lexicon
        self.index = self.reader.index
        self.compose = Composer(kb)
        self.journeys = Journeys(kb, self.reader, self.compose)
        self.named = NamedThings(kb, self.reader, self.compose)
        self.services_named = ServiceNames(kb)
        self.buttons = Buttons(kb, self.reader, self.compose, self.journeys)
        self.distress = DistressMatcher(everyday=(*EVERYDAY, *_everyday_texts(kb)))
        self._controls = {" ".join(words(p)): intent for intent, ps in CONTROL_PHRASES.items() for p in ps}
        for flow in kb.flows:
            self._controls[" ".join(words(flow.title))] = f"start:{flow.id}"
        self._control_keys = list(self._controls)
        self._place_question = frozenset(self.lexicon.stem(w) for w in PLACE_QUESTION_WORDS)
        # An FAQ's own question, asked in its words ("what is an apprenticeship"), is that FAQ's, however many
        # phrasings another answer has for the same words.
        asked = [(frozenset(self.reader.read(f.question).terms), f"faq:{f.id}") for f in kb.faqs]
        seen = [terms for terms, _ in asked]
        # Only a question that says something of its own: not "What if work is getting too much for me?" for
        # "what jobs can I do", which shares only common words with it.
        self._questions = {
            terms: intent
            for terms, intent in asked
            if seen.count(terms) == 1 and max(self.index.idf.get(t, 0.0) for t in terms) >= SPECIFIC_IDF
        }
        # A message written word for word as one of an answer's phrasings is about care, whatever its words
        # ("i cant read good").
        phrased = [(" ".join(words(p)), f"faq:{f.id}") for f in kb.faqs for p in f.phrasings]
        said = Counter(text for text, _ in phrased)
        self._phrased = {text: intent for text, intent in phrased if said[text] == 1}
        # The same for the words of a phrasing, when they say something of their own and no other answer has a
        # phrasing of just those words ("cv for carer job"). The literal text above still settles a phrasing
        # whose words two answers share.
        self._phrased_terms = {
            terms: intent
            for terms, intent in self.index.written.items()
            if intent.startswith("faq:")
            and len(terms) > 1
            and max(self.index.idf.get(t, 0.0) for t in terms) >= SPECIFIC_IDF
        }
        # Words that describe a person or a service, or ask for help in general: none is a question.
        self._self_stems = (
            frozenset(self.lexicon.stem(w) for w in SELF_WORDS)
            | self.named.setting_stems
            | self.reader.place_stems
        )
        # The words of each way of asking for a move ("start over": start, over).
        self._control_terms: dict[str, list[frozenset[str]]] = defaultdict(list)
        for terms, intent in self.index.written.items():
            if intent in INDEXED_CONTROLS and any(not t.startswith("=") for t in terms):
                self._control_terms[intent].append(terms)
        # Words that answer a journey's questions about the person ("doing biology", "kids at school"):
        # telling us about themselves. What a service needs ("can't find staff") is a problem they ask about.
        self._told_stems: dict[str, frozenset[str]] = {
            flow.id: frozenset(
                t
                for step in flow.steps
                if step.slot not in ASKED_SLOTS
                for option in step.options
                for text in (option.label, *option.words)
                for t in self.lexicon.terms(self.lexicon.apply_synonyms(self.lexicon.read(text)))
            )
            for flow in kb.flows
        }

    # The public face ------------------------------------------------------------------------------

    def opening(self) -> tuple[Reply, dict[str, Any]]:
        """The first turn: a welcome and who-are-you buttons."""
        return self.buttons.welcome(), State().to_dict()

    def respond(self, state: object, message: Message) -> tuple[Reply, dict[str, Any]]:
        """Answer one message (typed text or a button payload) given the conversation so far."""
        current = State.from_dict(state, self.kb)
        if message.payload:
            reply = self.buttons.press(current, message.payload)
        else:
            reply = self._text(current, message.text, message.redacted)
        return reply, current.to_dict()

    def plan(self, state: object) -> Plan:
        """What the conversation found, for the plan page."""
        return build_plan(self.kb, State.from_dict(state, self.kb))

    def plan_state(self, state: object) -> dict[str, Any]:
        """The small part of a state that a plan link carries."""
        return plan_state(self.kb, State.from_dict(state, self.kb))

    def read(self, text: str) -> Reading:
        """Understand a message without answering it."""
        return self.reader.read(text)

    def redact(self, text: str) -> tuple[str, bool]:
        """The message without e-mail addresses, phone numbers, postcodes or names; and whether it had any."""
        return self.reader.redact(text)

    # Typed text ---------------------------------------------------------------------------------

    def _asked_of_last_answer(self, state: State, reading: Reading) -> Reply | None:
        """The sentences of the last answer that a short follow-up asks for, if it has them.

        "is that paid?" after how to train for a job, "any money to help me?" after the care leavers' answer,
        "do i have to give it back?" after the student grant: not a new answer about pay in general.
        """
        if (state.topic or "").startswith("role-"):
            return self._from_the_job(state, reading)
        if not (state.topic or "").startswith("faq:"):
            return None
        topic = state.topic or ""
        if WHO_HELPS.match(reading.folded) and self.kb.get("faqs", topic[4:]):
            # "who can help me?" after old convictions: the contacts that answer gave (Nacro, the DBS).
            faq = self.kb.faq(topic[4:])
            names = [self.kb.service(s).name for s in faq.services if self.kb.get("services", s)]
            if names:
                state.misses = 0
                return self._about_the_last(
                    faq,
                    f"These can help: {listed(names)}.",
                    "The contacts below say how to reach them.",
                    reading,
                )
            if self.kb.get("faqs", WHO_HELPS_LOCALLY):
                # The last answer names nobody: who helps with care careers here, not a pointer elsewhere.
                state.misses = 0
                state.topic = f"faq:{WHO_HELPS_LOCALLY}"
                return self.compose.faq(
                    self.kb.faq(WHO_HELPS_LOCALLY), state, 0.6, reading.entities.as_dict()
                )
        for asks, answering, not_of_a_job in LAST_ANSWER_ASKS:
            found = asks.search(reading.folded)
            if found and not (not_of_a_job and reading.entities.roles):
                # "do we have to pay them mileage?": words after the ask name what it is about, so the sentence
                # that shares them comes before the first sentence about pay.
                named = reading.folded[found.end() :].strip() and self._from_last_answer(state, reading)
                said = named or self._from_last_answer(state, reading, answering)
                if said is None and asks is HOW_MUCH_PAID_OUT and self.kb.get("faqs", topic[4:]):
                    # "how much would we get?" after an answer that names no sum: say so, not another answer's pay.
                    return self._about_the_last(
                        self.kb.faq(topic[4:]),
                        "I do not know of a set amount for this.",
                        "The contacts below can tell you more.",
                        reading,
                    )
                return said
        return None

    def _asked_what_service(self, reading: Reading, reply: Reply) -> str | None:
        """The service asked about by name ("what is access to work") when the answer found is for employers.

        Someone who has not said they run a service gets what the service is, unless the answer is written
        about it ("What is Inspired to Care?"): "Is there help to employ a disabled worker?" is for someone else.
        """
        if not reply.intent.startswith("faq:") or reading.entities.audience == "provider":
            return None
        service = self.services_named.asked_about(reading.raw)
        faq_id = reply.intent[4:]
        if not service or self.kb.faq(faq_id).audiences != ("provider",):
            return None
        return None if self.services_named.written_about(faq_id, service) else service

    def _text(self, state: State, text: str, redacted: bool = False) -> Reply:
        cleaned, had_personal_data = self.reader.redact(text[:MAX_MESSAGE_LENGTH])
        had_personal_data = had_personal_data or redacted
        reading = self._as_known_speaker(state, self.reader.read(cleaned))
        # The words of a button typed out ("carry on with my questions") are that button, not a cry for help.
        urgent = reading.folded not in self._controls and self.distress.urgent(cleaned)
        # With urgent help first, the rest of the turn is tried on a copy: it is kept only if it answers.
        turn = deepcopy(state) if urgent else state
        last_topic = turn.topic
        # A question that may point back is tried on a copy first, so an answer set aside leaves no trace.
        before = deepcopy(turn) if self._points_back(reading, last_topic) else None
        reply = self._decide(turn, reading)
        if before is not None and (
            reply.intent in UNANSWERED
            or (reply.intent.startswith("faq:") and not self._suggested_by(last_topic, reply.intent))
        ):
            # "how do i claim it?" after the LDSS, "do i have to tell them?" after old convictions, "who pays
            # for it?" after the DBS check: nothing fitted, or an answer to something else.
            read_back = self._in_light_of_last(before, reading, last_topic, reply)
            if read_back:
                turn.take(before)
                reply = read_back
        weak = reply.intent.startswith("faq:") and reply.confidence < CONFIDENT
        if reply.intent != "urgent-help" and "elsewhere" not in reply.entities:
            # "what is golearn", "loughborough college?": a service of ours, asked about by name; and
            # "where is the job centre", "loughborough jobcentre", "lpt vacancies": where one is, or its jobs,
            # whatever else fits.
            service = self.services_named.asked_about(
                reading.raw, where=not (reply.intent in UNANSWERED or weak)
            ) or self._asked_what_service(reading, reply)
            if service:
                reply = self.journeys.with_step(
                    turn, self.compose.service(self.kb.service(service), turn, reading.entities.as_dict())
                )
        if reply.intent in UNANSWERED and "elsewhere" not in reply.entities:
            reply = self._suggest_jobs(turn, reading) or reply
        if urgent:
            reply = self._urgent_first(state, turn, reading, cleaned, reply)
        elif reply.intent in ("out-of-scope", "fallback") and "elsewhere" not in reply.entities:
            if self._not_english(cleaned, reading):
                reply = replace(reply, texts=ONLY_ENGLISH, intent="out-of-scope")
        elif BEREAVED.search(reading.folded):
            # "She passed away in the summer and now I need to find work": a word for that first.
            reply = replace(reply, texts=(SORRY_FOR_YOUR_LOSS, *reply.texts))
        elif PAST_SELF_HARM.search(reading.folded):
            # "Can I work in care if I self harmed in the past?": the answer, and where to turn if it comes back.
            reply = replace(reply, texts=(*reply.texts, IF_IT_COMES_BACK))
        elif (
            PAST_HARM.search(reading.folded)
            and reply.intent != "urgent-help"
            and reply.intent not in UNANSWERED
        ):
            reply = replace(reply, texts=(*reply.texts, IF_IT_HELPS_TO_TALK))
        if had_personal_data:
            if reply.intent in ("fallback", "out-of-scope"):
                reply = self.journeys.with_step(
                    state, Reply((), (), tuple(self.compose.menu_buttons()), "personal-data", 1.0)
                )
            reply = replace(reply, texts=(PERSONAL_DATA_NOTE, *reply.texts))
        return reply

    def _not_english(self, text: str, reading: Reading) -> bool:
        """True for a message in another language: another script, or words that are mostly not English."""
        if not reading.raw:
            return any(c.isalpha() for c in text)
        typed = [w for w in words(text) if not w.isdigit()]
        strange = [w for w in typed if not is_english(w) and w not in self.lexicon.vocabulary]
        return len(typed) >= NOT_ENGLISH_WORDS and len(strange) >= NOT_ENGLISH_SHARE * len(typed)

    def _as_known_speaker(self, state: State, reading: Reading) -> Reading:
        """A reading weighed by who we already know is speaking, when the message does not say.

        A care provider's "can the jobcentre help?" is about recruiting through it: the jobcentre is a
        jobseeker's word, but not said of themselves, and a pointer written for people on benefits is no
        answer for them.
        """
        audience = state.audience
        if not audience:
            return reading
        entities = reading.entities
        if (
            audience == "provider"
            and entities.audience not in (None, "provider")
            and not I_WORDS & set(reading.raw)
        ):
            entities.audience = None
            candidates = [
                c
                for c in reading.candidates
                if not (
                    is_elsewhere(self.kb, c.intent) and "provider" not in self.kb.faq(c.intent[4:]).audiences
                )
            ]
            reading = replace(reading, candidates=candidates)
        if audience == "provider" and not set(reading.raw) & PEOPLE_OF_MY_OWN:
            # "who do I contact at the council?" from a care provider: not about arranging care for a relative.
            candidates = [
                c
                for c in reading.candidates
                if not (
                    is_elsewhere(self.kb, c.intent) and "provider" not in self.kb.faq(c.intent[4:]).audiences
                )
            ]
            for_them = [
                c for c in candidates if c.intent.startswith("faq:") and self._for_providers(c.intent)
            ]
            if any(c.score >= UNSURE for c in for_them) and not set(reading.raw) & I_WORDS:
                # "what about overseas nurses?" from a care provider: recruiting them, not training as one.
                candidates = [
                    c for c in candidates if not c.intent.startswith("faq:") or self._for_providers(c.intent)
                ]
            reading = replace(reading, candidates=candidates)
        if entities.audience:
            return reading
        candidates = self.reader.favour(reading.candidates, lambda f: audience in f.audiences, AUDIENCE_NUDGE)
        return replace(reading, candidates=candidates)

    def _urgent_first(self, state: State, turn: State, reading: Reading, cleaned: str, reply: Reply) -> Reply:
        """Urgent help for the kind of trouble, then an answer to a question asked beside it, if any.

        "I self harm, can I still be a carer?" keeps its answer below the help, and a pointer to who helps
        with something else stays too ("my nan is neglected in her home, how do I complain?"); but a
        journey does not carry on as if nothing was said ("Thanks, I've noted this. Where would you like to
        work?"): it waits for the "Carry on" button.
        """
        found = kinds(fold(cleaned))
        age = reading.entities.age
        young = state.audience == "student" or (age is not None and age < YOUNG_AGE)
        help_first = self.compose.urgent(reading.entities.area or state.slots.get("area"), found, young)
        # A clear answer to a question asked beside the trouble; not a guess at one ("a resident is being abused").
        # A job's way in or next steps stay ("...how do I become a carer?"); what a job named in the report is
        # or pays does not ("she's the manager's friend. What do I do?").
        answered = (
            reading.question
            and reply.intent.startswith(("faq:", "apprenticeship", "role-entry", "role-progression"))
            and reply.confidence >= CONFIDENT
            # "...he wants to end it all, what should I do?" asks about the trouble itself, nothing else.
            and not ABOUT_THE_TROUBLE.search(reading.folded)
        )
        pointer = (
            reading.question
            and "elsewhere" in reply.entities
            and reply.confidence >= CONFIDENT  # "whats the point of any of this" asks nothing of benefits
            and not (found and found[0] in NO_POINTER)
        )
        if answered or pointer:
            state.take(turn)
            help_first = _join(help_first, self.journeys.without_step(state, reply))
        if self.journeys.current_step(state):
            help_first = replace(help_first, quick_replies=(CARRY_ON, *help_first.quick_replies))
        elif found and found[0] == "domestic abuse" and state.audience != "provider":
            # A job may be the way out they asked for: the jobseeker's journey is one tap away.
            work = QuickReply("Help me find care work", "start:jobseeker")
            help_first = replace(help_first, quick_replies=(work, *help_first.quick_replies))
        return help_first

    def _decide(self, state: State, reading: Reading) -> Reply:
        entities = reading.entities
        if not reading.raw:
            return self.buttons.not_understood(
                state, reading, "Please type a question, or tap one of the buttons."
            )
        step = self.journeys.current_step(state)
        if step and reading.folded in NOT_AN_ANSWER and not self.journeys.match_option(step[1], reading):
            # "ok" or "no" to a journey's question ("How old are you?") is not thanks or goodbye.
            lead = NOT_AN_ANSWER[reading.folded]
            again = self.journeys.ask_again(state, lead)
            if again:
                return again
        control = self._control(reading)
        if control:
            return self.buttons.press(state, control, confidence=0.95)
        if step:
            option = self.journeys.match_option(step[1], reading)
            if option and self._asks_beyond_the_step(reading, step[0]):
                # "I am a refugee, I have a degree in nursing from my country" at "What qualifications do
                # you have?": the answer is noted, and what they told us beyond it is answered too.
                journey = self.journeys.answer(state, step[0], step[1], option, reading)
                answer = self._faq_or_job(state, reading)
                if journey.intent.endswith("-done"):
                    return _with_outcome(answer, journey)
                return self.journeys.with_step(state, answer)
            if option:
                return self.journeys.answer(state, step[0], step[1], option, reading)
        if reading.folded in SHORT_REPLIES:
            # "no" after "Is there anything else I can help with?"; a journey's own answers come first.
            return self.buttons.press(state, SHORT_REPLIES[reading.folded], confidence=0.9)
        if entities.other_work:
            # "Any warehouse jobs round here? Care's not for me": who helps with other work, not our journey.
            pointer = next((c for c in reading.candidates if is_elsewhere(self.kb, c.intent)), None)
            if pointer:
                faq = self.kb.faq(pointer.intent[4:])
                return self.journeys.with_step(
                    state, self.compose.faq(faq, state, pointer.score, entities.as_dict())
                )
        thing = OTHER_THING.search(reading.folded)
        thing = (
            thing
            if thing and not set(entities.aspects) - {"about", "doing"}
            else SURELY_OTHER.search(reading.folded)
        )
        if thing:
            # "write me a poem about nurses", "doctor jokes", "gift ideas for a nurse": a job in passing, and
            # something asked for that is not about work. Who helps with that thing, when an answer of ours
            # is about it ("cheap car insurance": "Can you help me find insurance?").
            state.misses = 0
            asked = set(self.reader.read(thing.group(0)).terms)
            pointer = next(
                (
                    c
                    for c in reading.candidates
                    if is_elsewhere(self.kb, c.intent)
                    and c.score >= UNSURE
                    and asked & set(self.reader.read(self.kb.faq(c.intent[4:]).question).terms)
                ),
                None,
            )
            declined = (
                self.compose.faq(self.kb.faq(pointer.intent[4:]), state, pointer.score, entities.as_dict())
                if pointer
                else self._decline(entities.as_dict(), 0.0)
            )
            return self.journeys.with_step(state, declined)
        from_last = self._asked_of_last_answer(state, reading)
        if from_last:
            return self.journeys.with_step(state, from_last)
        asked_how_long = HOW_LONG.match(reading.folded) and (state.topic or "").startswith("faq:")
        last = (
            self.kb.faq((state.topic or "")[4:])
            if asked_how_long and self.kb.get("faqs", (state.topic or "")[4:])
            else None
        )
        if last is not None and not entities.roles and not (state.role and state.role in last.roles):
            # "how long?" after the NMC's answer: how long that takes, not how long an apprenticeship does.
            # (After an answer about a job, its way in has its own time.)
            top = reading.candidates[0] if reading.candidates else Candidate("", 0.0)
            if not self._follows_on(state, top.intent):
                return self.journeys.with_step(state, self._how_long_that_takes(state, reading))
        shown = self.named.which_of_shown(state, reading)
        if shown:
            return self.journeys.with_step(state, shown)
        if (
            not reading.domain
            and reading.folded not in self._phrased
            and not _in_context(state, reading)
            and not self._place_only(reading)
        ):
            # Not about care, unless it follows on from the job just shown ("what does it pay?").
            followed = self.named.follow_up(state, reading)
            return self.journeys.with_step(state, followed or self._faq_or_fallback(state, reading))
        top = reading.candidates[0] if reading.candidates else Candidate("", 0.0)
        started = self._maybe_start_flow(state, reading, top)
        if started:
            return started
        named = self.named.answer(state, reading, top)
        if named:
            return self.journeys.with_step(state, named)
        if entities.area and step and self._place_only(reading) and state.flow:
            flow = self.kb.flow(state.flow)
            if any(s.slot == "area" for s in flow.steps) and "area" not in state.slots:
                # "what about in rutland?" mid-journey: where they live is noted for the journey, which carries on.
                self.journeys.fill_slots(state, entities)
                return self.journeys.next_step(state, flow, heard=True)
            # A journey that does not ask where (the pupils'): the local help there, and the journey waits.
            return self.journeys.with_step(
                state, self.compose.area(entities.area, state, 0.8, entities.as_dict())
            )
        if entities.area and not step and self._place_only(reading):
            about_pay = self.named.aspect_of(state.topic) == "pay"
            local = self.compose.area(entities.area, state, 0.8, entities.as_dict())
            if about_pay:
                # "what about in Melton?" after pay: we have no pay for each town; say so, and how to find it.
                place = self.kb.area(entities.area).name
                return replace(local, texts=(PAY_BY_PLACE.format(place=place), *local.texts))
            return local
        noted = self.journeys.note_in_passing(state, entities)
        answer = self._faq_or_job(state, reading)
        if noted and not answer.intent.startswith("flow"):
            answer = replace(answer, texts=(*answer.texts, noted))
        return self.journeys.with_step(state, answer)

    def _control(self, reading: Reading) -> str | None:
        # A move said word for word, however long ("i dont understand what u mean" reads as seven words).
        found = self._controls.get(reading.folded)
        if found or len(reading.raw) > 6:
            return found
        best = process.extractOne(reading.folded, self._control_keys, scorer=fuzz.ratio, score_cutoff=88)
        return self._controls[best[0]] if best else None

    def _maybe_start_flow(self, state: State, reading: Reading, top: Candidate) -> Reply | None:
        """Someone who says who they are starts their journey; a question they ask is answered first."""
        entities = reading.entities
        audience = entities.audience
        if (entities.audience_guessed or entities.audience_inferred) and state.flow and state.audience:
            # An age said in passing ("I left school at 16") does not turn a 52-year-old's journey into a
            # student's, nor does a likeness to what jobseekers say ("i want to work with kids") turn a
            # student's into a jobseeker's: the journey under way keeps its audience.
            audience = state.audience
        said = set(reading.raw)
        # "Our carers have been with us for years": what "we" say about people is about staff, not
        # the speaker looking for work.
        for_others = bool(we_words(reading.raw)) and not said & I_WORDS
        if for_others and audience not in ("provider", "student"):  # "we're a group of year 10s" are students
            audience = None
        # Things told about a person make a jobseeker, unless a care provider is already speaking ("40 bed
        # home in Belgrave, losing carers to Aldi, no nights").
        if (
            audience is None
            and entities.about_person >= 2
            and not for_others
            and state.audience != "provider"
        ):
            audience = "jobseeker"
        if audience is None:
            return None
        if (
            entities.audience_inferred
            and not for_others
            and is_elsewhere(self.kb, top.intent)
            and top.score >= CONFIDENT
        ):
            # "best care home in Oadby" only sounds like a care home speaking: it asks about something else.
            # ("we have a care home in Oadby" is one speaking.)
            return None
        flow = self.kb.flow(AUDIENCE_FLOW[audience])
        if (
            state.flow is None
            and state.audience == audience
            and all(s.slot in state.slots for s in flow.steps)
        ):
            # Their journey is done ("I'm 15, can I get a weekend job in a care home?" after the student's
            # suggestions): what they ask now is answered, not the first question again.
            return None
        state.audience = audience
        # "paramedic. im 16" from a student: a job named with little else is the job they want.
        named_job = (
            audience == "student"
            and bool(entities.roles)
            # "im in year 11, cant decide between nurse and nursing associate": two jobs side by side.
            and (
                len(reading.raw) <= NAMED_JOB_WORDS
                or (len(entities.roles) > 1 and bool(COMPARE.search(reading.folded)))
                # "doing a levels in oakham, thinking physio or OT": two jobs weighed in a few words.
                or (
                    len(entities.roles) > 1
                    and len(reading.raw) <= WEIGHED_IN_WORDS
                    and bool(CHOICE.search(reading.folded))
                )
            )
        )
        if audience != "provider" and (CAREER_ASK.search(reading.folded) or named_job):
            # "hi im 16 and i want to be a paramedic": the job they want is their question. The journey
            # starts quietly with what they told us, and its next question follows the job's way in.
            trial = deepcopy(state)
            job = self.named.answer(trial, reading, top)
            if job is None and entities.roles and not reading.question and MY_CAREER.search(reading.folded):
                # "im 16 at loughborough college and i wanna be a nurse": where they study is who they are; with
                # no other question, the job they want is what they ask.
                job = self.named.answer(trial, reading, top, defer=False)
            if job is None and named_job:
                job = self._faq_or_job(trial, reading)  # "paramedic. im 16": how to become one
                trial.role = entities.roles[0]  # "how many years training?" next is about this job
            # Not when an answer fits what they asked better ("im 17 can i be a carer or do u have to be 18").
            other = (
                top.intent.startswith("faq:")
                and top.score >= SURE
                and job is not None
                and job.intent != top.intent
            )
            if other and named_job:
                # "paramedic im 15": the answer that fits best is about the job named ("How do I become a
                # paramedic?"); it is their question.
                job, other = self._faq_or_job(trial, reading), False
            if job is not None and job.intent.startswith(("role-", "faq:")) and not other:
                state.take(trial)
                if state.flow == flow.id:  # already on the journey: note what they said, and carry on
                    self.journeys.fill_slots(state, entities, reading)
                    return self.journeys.with_step(state, job)
                journey = self.journeys.start(state, flow, entities, reading)
                if journey.intent.endswith("-done"):
                    return _with_outcome(job, journey)
                return self.journeys.with_step(state, job)
        faq = next(
            (
                c
                for c in reading.candidates
                if c.intent.startswith("faq:")
                and not (
                    audience == "provider" and we_words(reading.raw) and not self._for_providers(c.intent)
                )
                # "im 52 used to work in a warehouse 20 yrs, no qualifications": their past work is who they
                # are, not a wish for work outside care.
                and not (
                    is_elsewhere(self.kb, c.intent)
                    and "jobs" in self.kb.faq(c.intent[4:]).topics
                    and entities.experience == "other-work"
                    and not reading.question
                )
            ),
            Candidate("", 0.0),
        )
        # Beyond saying who they are, a message that asks something an answer explains is a question,
        # with or without a question mark ("business support in Rutland for a care provider").
        asked, weight = self._beyond_who_they_are(reading, flow)
        fits = bool(asked) and bool(faq.intent) and audience in self.kb.faq(faq.intent[4:]).audiences
        # What they asked, beyond who they are, is something this answer explains.
        clear = fits and weight >= REST_WEIGHT and self.index.explains(faq.intent, asked)
        # Without a question, a query ("business support in Rutland for a care provider") asks, and so does
        # a problem an answer explains ("our carers keep leaving"); someone only telling us about themselves
        # ("been a stay at home mum, looking for work") starts the journey.
        telling = not reading.question and bool(said & I_WORDS or we_words(reading.raw))
        topical = fits and weight >= TOPICAL_WEIGHT and self.index.explains(faq.intent, asked)
        asks = (fits and faq.score >= SURE and (topical or not telling)) or (clear and faq.score >= CONFIDENT)
        # "Where do we even start?" at the end of who they are asks for the journey itself, unless an answer
        # fits well.
        where_to_start = bool(WHERE_TO_START.search(reading.folded))
        if clear and STARTING_A_SERVICE_PATTERN.search(reading.folded):
            where_to_start = False  # "...want to open my own agency, where do I start?" asks how to open one
        if (reading.question and faq.score >= UNSURE and not where_to_start) or asks:
            # Three or more things about themselves and no clear question: the journey notes them all.
            told_a_lot = entities.about_person >= 3 and faq.score < SURE and not clear
            # A question after a little about themselves, with one answer well ahead of the rest, is asked
            # ("...I'm 38 and used to work in a warehouse, so what's the actual difference?").
            led = (
                reading.question
                and not told_a_lot
                and reading.candidates[0].intent == faq.intent
                and faq.score > UNSURE
                and not is_elsewhere(self.kb, faq.intent)
                and (len(reading.candidates) < 2 or faq.rank - reading.candidates[1].rank >= LEAD_MARGIN)
            )
            answered = asks or (faq.score >= CONFIDENT and not told_a_lot) or clear or led
            if answered and state.flow == flow.id:
                # On the journey already ("what can a 15 year old do in care in leicester?" at "What do you
                # enjoy most?"): what they told us is noted, the question answered, and the journey goes on.
                self.journeys.fill_slots(state, entities, reading)
                return self.journeys.with_step(state, self._faq_or_job(state, reading))
            if answered:
                # The answer first. The journey starts quietly with what they told us: if that is all it
                # needs, its contacts join the answer; if not, its next question follows.
                journey = self.journeys.start(state, flow, entities, reading)
                answer = self._faq_or_job(state, reading)
                if answer.intent == "clarify":
                    # Not sure what they asked after all: the journey's question, not a question back with it.
                    return journey
                if journey.intent.endswith("-done"):
                    return _with_outcome(answer, journey)
                return self.journeys.with_step(state, answer)
            if entities.about_person < 2:
                return None  # a question, with little about themselves: answered as any question is
        # Who they are, and an unclear question or none ("I'm 45, ex-retail, no GCSEs, live in Hinckley,
        # can I do care?"): the journey notes it all and asks the rest.
        if state.flow == flow.id:
            self.journeys.fill_slots(state, entities, reading)
            return self.journeys.next_step(state, flow, heard=True)
        return self.journeys.start(state, flow, entities, reading)

    def _suggest_jobs(self, state: State, reading: Reading) -> Reply | None:
        """ "I like science, what jobs?": the journey that suggests jobs, with what they enjoy noted.

        Only for a question about jobs in general that nothing else answered, from someone not on a
        journey who has not said who they are: a job it names gets its own answer, and "any office type
        jobs?" has an answer written for it.
        """
        if (
            state.flow
            or reading.entities.roles
            or reading.entities.audience
            or not (JOBS_IN_GENERAL.search(reading.folded) or ENJOYS.search(reading.folded))
        ):
            return None
        flow = self.journeys.suggesting(reading)
        if flow is None:
            return None
        state.misses = 0
        return self.journeys.start(state, flow, reading.entities, reading)

    def _place_only(self, reading: Reading) -> bool:
        """True when a message names a place and little else ("anything in Loughborough?")."""
        rest = [t for t in reading.terms if t not in self.reader.place_stems and not t.startswith("=")]
        return bool(reading.entities.area) and all(t in self._place_question for t in rest)

    def _faq_or_job(self, state: State, reading: Reading) -> Reply:
        """The FAQ that answers; else the job the message names, when it deferred to an answer that did not come.

        The job is better than nothing, or than a pointer elsewhere when the message asks about the job
        ("ex police, could i get in as a social work assistant?").
        """
        reply = self._faq_or_fallback(state, reading)
        entities = reading.entities
        # A pointer elsewhere that fits well ("who do I complain to") stands, whatever job is named.
        weak = reply.intent == "out-of-scope" and (
            "elsewhere" not in reply.entities or reply.confidence < CONFIDENT
        )
        # "can i be a physio assistant with no experience, i used to be a personal trainer": a weak answer to
        # something else does not stand in for the job they ask to do.
        unsure = reply.intent.startswith("faq:") and reply.confidence < CONFIDENT
        asked = (
            reply.intent == "fallback"
            or (weak and bool(entities.aspects))
            # Not a job wanted "one day" beside a question about now ("...but right now im 16, can i work in care").
            or (unsure and bool(CAREER_ASK.search(reading.folded)) and not SOME_DAY.search(reading.folded))
            # "shared lives carer - what is it? could I do it on top of my part time job": what the job is.
            or (unsure and self.named.asks_what_it_is(reading))
        )
        if asked and entities.roles:
            top = reading.candidates[0] if reading.candidates else Candidate("", 0.0)
            job = self.named.answer(state, reading, top, defer=False)
            if job:
                state.misses = 0
                return job
        jobs = [r for r in entities.roles if r not in reading.own and r not in reading.seen]
        if (reply.intent.startswith("faq:") or reply.intent == "clarify") and jobs:
            # The answer is about something else the message asked; the job it asked about goes beside it.
            return self.compose.with_job(reply, self.kb.role(jobs[0]), section_asked(entities.aspects), state)
        return reply

    def _faq_or_fallback(self, state: State, reading: Reading) -> Reply:
        info = reading.entities.as_dict()
        if reading.candidates and reading.candidates[0].score >= CONFIDENT:
            move = reading.candidates[0].intent
            # A move needs a word that says it: "do i have to tell them" shares only "I" with "what can i ask".
            # Starting again loses the conversation, so it needs all the words of one way of saying it: "they
            # are all over 25" shares only "over" with "start over".
            said = any(not t.startswith("=") for t in reading.terms)
            if move == "restart":
                said = any(terms <= set(reading.terms) for terms in self._control_terms[move])
            if move in INDEXED_CONTROLS and reading.candidates[0].score >= CONTROL_SURE and said:
                return self.buttons.press(state, move, confidence=reading.candidates[0].score)
        entities = reading.entities
        # Someone who asks for work in our field ("where do I look for care jobs", "would they take me on")
        # is not told to look elsewhere, whatever else they tell of themselves ("8 years in a warehouse").
        ours = WANTS_OUR_WORK.search(reading.folded) and not AWAY_FROM_CARE.search(reading.folded)
        # "I want to be a dentist" asks about a career: a pointer elsewhere that is not about jobs (health
        # advice, a dentist's bill) does not answer it.
        career = bool(CAREER_ASK.search(reading.folded))
        provider_voice = "provider" in (entities.audience, state.audience) and bool(we_words(reading.raw))
        # An answer written for one question about another job is no answer ("paramedic... what can you
        # progress to?" is not "How do I become a paramedic?").
        candidates = [
            c
            for c in reading.candidates
            if c.intent.startswith("faq:")
            and not (
                entities.roles and self.named.written_for_another(c.intent, entities.roles, entities.aspects)
            )
            and not (ours and is_elsewhere(self.kb, c.intent))
            and not (
                career and is_elsewhere(self.kb, c.intent) and "jobs" not in self.kb.faq(c.intent[4:]).topics
            )
            # "We run supported living..., what support is there for us": not "What is supported living?".
            and not (provider_voice and not self._for_providers(c.intent))
        ]
        # An answer needs some word that says what it is about ("the care thing" does not), or all its
        # words together as people ask it ("what jobs are there in care").
        specific = (
            max((self.index.idf.get(t, 0.0) for t in reading.terms), default=0.0) >= SPECIFIC_IDF
            or (bool(candidates) and candidates[0].score >= SURE)
            or self.reader.topic_word(reading.tokens)
            # "What can we do about pay?": pay, hours or training say what it is about, however common.
            or bool(set(reading.tokens) & self.reader.topic_words)
        )
        if not specific and not (candidates and self._follows_on(state, candidates[0].intent)):
            candidates = []
        if (
            candidates
            and is_elsewhere(self.kb, candidates[0].intent)
            and "health" in entities.barriers
            and MY_CONDITION.search(reading.folded)
            and not FOR_MY_HEALTH.search(reading.folded)
        ):
            # "what about my back tho, i have a bad back": what it means for work, not health advice.
            for_work = self._faqs_for_barriers(self.kb.flow("jobseeker"), ["health"])
            answer = next((self.kb.faq(f) for f in sorted(for_work) if self.kb.get("faqs", f)), None)
            if answer is not None:
                state.misses = 0
                return self.compose.faq(answer, state, CONFIDENT, info)
        if candidates and candidates[0].score >= UNSURE and is_elsewhere(self.kb, candidates[0].intent):
            # Not our subject, but a common one: say who can help ("how do I book a GP appointment?").
            state.misses = 0
            return self.compose.faq(self.kb.faq(candidates[0].intent[4:]), state, candidates[0].score, info)
        if len(set(reading.terms)) <= FOLLOW_ON_TERMS and state.topic:
            # A short question after an answer ("how much does it cost?") is most likely one it suggested.
            candidates = self.reader.favour(
                candidates, lambda faq: self._follows_on(state, f"faq:{faq.id}"), FOLLOW_ON_NUDGE
            )
            if state.role and not entities.roles:
                # "do u get paid while training?" after a midwife's way in: money for health students, not
                # a care worker's paid training.
                role = state.role
                candidates = self.reader.favour(candidates, lambda faq: role in faq.roles, JOB_SHOWN_NUDGE)
            if COSTS.search(reading.folded) or STUDY_COSTS.search(reading.folded):
                # "who pays for the degree?": an answer about money, not whether a degree is needed.
                candidates = self.reader.favour(
                    candidates, lambda faq: "funding" in faq.topics, FOLLOW_ON_NUDGE
                )
            top = candidates[0] if candidates else None
            if BACK_REFERENCE.search(reading.folded) and (
                top is None or (top.score < SURE and not self._follows_on(state, top.intent))
            ):
                # "do i pay it back?" after student funding: "it" is in the last answer, which says so.
                from_last = self._from_last_answer(state, reading)
                if from_last:
                    return from_last
        # "Why should we keep it up to date?" is about care when the last answer was.
        domain = (
            reading.domain
            or reading.folded in self._phrased
            or frozenset(reading.terms) in self._phrased_terms
            or _in_context(state, reading)
            or bool(candidates and self._follows_on(state, candidates[0].intent))
        )
        own = (
            self._questions.get(frozenset(reading.terms))
            or self._phrased.get(reading.folded)
            or self._phrased_terms.get(frozenset(reading.terms))
        )
        if own:
            top_rank = candidates[0].rank if candidates else 0.0
            candidates = [Candidate(own, 1.0, top_rank), *(c for c in candidates if c.intent != own)]
        if candidates and candidates[0].score < CONFIDENT:
            # The best by its words' likelihood fits poorly, and one close behind fits almost word for word
            # ("I want to start my own home care agency... What do I need?": not "Do I need qualifications?").
            better = next((c for c in candidates[1:3] if c.score >= SURE), None)
            if better:
                candidates = [better, *(c for c in candidates if c is not better)]
        if candidates and candidates[0].score >= CONFIDENT and domain:
            top = candidates[0]
            # One word alone ("training") fits many answers about as well: ask which one.
            margin = TIE_MARGIN if len(set(reading.terms)) > 1 else VAGUE_MARGIN
            close = [c for c in candidates[1:3] if top.rank - c.rank < margin]
            jobseeker = self.kb.flow("jobseeker")
            theirs = {f"faq:{f}" for f in self._faqs_for_barriers(jobseeker, entities.barriers)}
            if top.intent in theirs:
                # "I've got anxiety... would they turn me down?": the answer for what they have, not another
                # barrier's ("turn me down" is said of a criminal record too).
                every = {o.value for step in jobseeker.steps if step.slot == "barrier" for o in step.options}
                others = {f"faq:{f}" for f in self._faqs_for_barriers(jobseeker, list(every))} - theirs
                close = [c for c in close if c.intent not in others]
            if (
                "provider" not in (state.audience, entities.audience)
                and not we_words(reading.raw)
                and len(set(reading.terms)) > 1
            ):
                # "where are care jobs advertised round melton": not "where should we advertise?" for employers
                # (a word alone, "training", may come from anyone).
                close = [
                    c
                    for c in close
                    if not c.intent.startswith("faq:") or self.kb.faq(c.intent[4:]).audiences != ("provider",)
                ]
            close = close if top.score < SURE else []
            about_job = [
                c
                for c in (top, *close)
                if entities.roles
                and c.intent.startswith("faq:")
                and entities.roles[0] in self.kb.faq(c.intent[4:]).roles
            ]
            if close and len(about_job) == 1:
                # "could I become a social worker at my age, and how?": of close answers, the one about the job
                # they name.
                top, close = about_job[0], []
            # One that fits the words clearly less well is no real choice ("Is care a proper career?": not where
            # to get careers advice).
            close = [c for c in close if c.score > top.score - FIT_LEAD]
            if close:
                return self._clarify(state, [top, *close], info)
            state.misses = 0
            again = state.topic == top.intent
            if again:
                # The same answer twice in a row, word for word, helps nobody: the sentence of it the new
                # question asks about ("can carers wear nail varnish?" after the uniform answer), or it in
                # short, with the rest offered.
                from_last = self._from_last_answer(state, reading)
                if from_last:
                    return from_last
                first = reading.candidates[0] if reading.candidates else None
                if (
                    first is not None
                    and first.intent != top.intent
                    and first.intent.startswith("faq:")
                    and first.score >= CONFIDENT
                    and not is_elsewhere(self.kb, first.intent)
                ):
                    # Only the pull of the last answer brought it back: "how much would i get paid at 16?" after
                    # "can i work at 16?" asks the pay, which another answer gives.
                    top, again = first, False
            state.topic = top.intent
            reply = self.compose.faq(self.kb.faq(top.intent[4:]), state, top.score, info)
            return self.compose.in_short(reply, self.kb.faq(top.intent[4:])) if again else reply
        # A weak reading that leaves a word we do not know unexplained ("do care homes allow tattoos")
        # is a question we cannot answer: say so rather than guess.
        # In a long story, the words of the story dilute the fit: a clear lead says more than the fit.
        # Not when a job it names may answer instead, or words we never saw say it is about something else.
        elsewhere = self._elsewhere(reading)
        long_story = len(set(reading.terms)) >= LONG_MESSAGE_TERMS and not reading.entities.roles
        floor = STORY_UNSURE if long_story and not elsewhere else UNSURE
        if candidates and candidates[0].score >= floor and domain and not reading.foreign:
            runner_up = candidates[1].rank if len(candidates) > 1 else -math.inf
            lead = STORY_LEAD if candidates[0].score < UNSURE else CLEAR_LEAD
            if candidates[0].rank - runner_up >= lead:
                state.misses = 0
                return self.compose.faq(
                    self.kb.faq(candidates[0].intent[4:]), state, candidates[0].score, info
                )
            # Two close by likelihood, one a clearly better fit to the words ("my 15 yr old wants to volunteer at
            # a hospice": volunteering, not work at 16): that one, not a question back.
            fitter = max(candidates[:2], key=lambda c: c.score)
            named = reading.entities.roles
            if (
                len(candidates) > 1
                and fitter.intent.startswith("faq:")
                and abs(candidates[0].score - candidates[1].score) >= FIT_LEAD
                and fitter.score >= CONFIDENT
                and (not named or named[0] in self.kb.faq(fitter.intent[4:]).roles)
            ):
                state.misses = 0
                return self.compose.faq(self.kb.faq(fitter.intent[4:]), state, fitter.score, info)
            if candidates[0].score >= CLARIFY_FLOOR:
                return self._clarify(state, candidates[:3], info)
        # Nothing fits, nothing asks about work, training or running a service, and words we never saw
        # say what it is about ("LRI parking", "care home building for sale"): care words alone do not
        # make it our subject. "The care thing" is about care, but unclear.
        unrelated = self._off_subject(reading)
        if domain and (state.flow or state.topic or not (elsewhere or unrelated)):
            return self.buttons.not_understood(state, reading, None)
        state.misses = 0
        return self._decline(info, candidates[0].score if candidates else 0.0)

    def _decline(self, info: dict[str, Any], fit: float) -> Reply:
        """What we cannot help with, said plainly, with the menu."""
        return Reply(
            (
                "Sorry, I can only help with jobs, training and support in health and social care.",
                "Try asking about care jobs, pay, apprenticeships or help for care employers.",
            ),
            quick_replies=tuple(self.compose.menu_buttons()),
            intent="out-of-scope",
            confidence=1.0 - fit,
            entities=info,
        )

    def _off_subject(self, reading: Reading) -> bool:
        """True when nothing asks about work or tells about the person, and other words outweigh the care words.

        "Best pubs in Leicester city centre", "what time does the pharmacy in Oakham shut": a word of ours
        in passing; "tell me about care" is about care, only unclear.
        """
        found = reading.entities
        said = set(reading.raw)
        # "Do care homes give staff free meals?" is about the work, and "would anyone in care even look at
        # me" about our subject, though nothing answers them.
        if _about_work(reading) or found.barriers or found.experience or said & (STAFF_WORDS | CORE_WORDS):
            return False
        idf, ours = self.index.idf, self.index.domain_terms
        content = {t for t in reading.terms if t not in self.reader.place_stems and not t.startswith("=")}
        care = sum(idf.get(t, 0.0) for t in content if t in ours)
        other = sum(idf.get(t, self.index.unknown_weight) for t in content - ours - QUESTION_TERMS)
        return other > care

    def _from_last_answer(
        self, state: State, reading: Reading, about: re.Pattern[str] | None = None
    ) -> Reply | None:
        """The sentence of the last answer that a short follow-up asks about, when one shares its words (or,
        with `about`, the first sentence that matches it: "is that paid?" finds "You are paid a wage...")."""
        topic = state.topic or ""
        if not topic.startswith("faq:") or not self.kb.get("faqs", topic[4:]):
            return None
        faq = self.kb.faq(topic[4:])
        if about is not None:
            sentence = next((s for s in sentences(faq.answer) if about.search(s)), "")
            if not sentence:
                return None
        else:
            asked = {t for t in reading.terms if not t.startswith("=") and t not in QUESTION_TERMS}
            # A job the answer is about, named again, says what it is about more than what is asked of it now:
            # "can a nursing associate do the medication round?" after nursing associates asks about medicines.
            topic_terms = {
                t
                for role in reading.entities.roles
                if role in faq.roles
                for name in self.kb.role(role).names
                for t in self.reader.read(name).terms
            }
            weighed = [
                (
                    sum(
                        self.index.idf.get(t, 0.0) * (TOPIC_WORD_WEIGHT if t in topic_terms else 1.0)
                        for t in asked & set(self.reader.read(sentence).terms)
                    ),
                    sentence,
                )
                for sentence in sentences(faq.answer)
            ]
            weight, sentence = max(
                weighed, key=lambda pair: pair[0], default=(0.0, "")
            )  # the first of equals
            if weight < REST_WEIGHT:
                return None
        said = list(sentences(faq.answer))
        if len(sentence.split()) < SHORT_SENTENCE_WORDS and sentence in said[:-1]:
            # "It also shows spent ones, unless they are filtered." says little alone: the next sentence too.
            sentence = f"{sentence} {said[said.index(sentence) + 1]}"
        state.misses = 0
        return self._about_the_last(
            faq, f"About that: {sentence}", "The contacts below can tell you more.", reading
        )

    def _from_the_job(self, state: State, reading: Reading) -> Reply | None:
        """The sentence about the job just shown that a short follow-up pointing back asks about, if one has its words.

        "is it all night shifts?" after the 999 call handler: "You work shifts, day and night, in a call centre",
        not the care workers' shifts.
        """
        if not state.role or reading.entities.roles or len(reading.raw) > FOLLOW_UP_WORDS:
            return None
        if not BACK_REFERENCE.search(reading.folded) or reading.entities.aspects:
            return None  # "what does it pay?" has the job's own answer
        role = self.kb.role(state.role)
        names = {t for name in role.names for t in self.reader.read(name).terms}
        asked = {t for t in reading.terms if not t.startswith("=") and t not in QUESTION_TERMS} - names
        said = [*sentences(role.summary), *sentences(role.day_to_day), *sentences(role.you_need)]
        weighed = [
            (sum(self.index.idf.get(t, 0.0) for t in asked & set(self.reader.read(sentence).terms)), sentence)
            for sentence in said
        ]
        weight, sentence = max(weighed, key=lambda pair: pair[0], default=(0.0, ""))
        if weight < REST_WEIGHT:
            return None
        return self.compose.about_the_job(role, sentence, "about", state, reading.entities.as_dict())

    def _how_long_that_takes(self, state: State, reading: Reading) -> Reply:
        """What the last answer says about time, or that it does not say, and who knows."""
        found = self._from_last_answer(state, reading, DURATION)
        if found:
            return found
        faq = self.kb.faq((state.topic or "")[4:])
        return self._about_the_last(
            faq, "I do not know how long that takes for you.", "The contacts below can tell you.", reading
        )

    def _in_light_of_last(
        self, state: State, reading: Reading, topic: str | None, found: Reply
    ) -> Reply | None:
        """A short question that points back, which nothing answered, read with the last answer's question.

        "how do i claim it?" after "What is the LDSS?" is "How do we claim from the LDSS?", an answer the last
        one suggests; "do i have to tell them?" after old convictions is in the last answer itself. Only the
        last answer and those it suggests are weighed, so a pointer elsewhere ("claim" sounds like benefits)
        does not win. An answer already found stands unless, read that way, the one picked ranks above it.
        """
        if not topic or not self._points_back(reading, topic):
            return None
        last = self.kb.faq(topic[4:])
        near = {f"faq:{last.id}", *(f"faq:{f}" for f in last.follow_ups if self.kb.get("faqs", f))}
        together = self.reader.read(f"{' '.join(reading.raw)} {last.question}")
        weighed = [c for c in together.candidates if c.intent in near and c.score >= UNSURE]
        if not weighed:
            return None
        if found.intent.startswith("faq:"):
            rank_of_found = next((c.rank for c in together.candidates if c.intent == found.intent), None)
            if rank_of_found is not None and rank_of_found >= weighed[0].rank:
                return None
        if weighed[0].intent == topic:
            kept, state.topic = state.topic, topic
            from_last = self._from_last_answer(state, reading)
            if from_last:
                return from_last
            state.topic = kept
            # Nothing in the last answer has its words: the answer it suggests that fits best ("do i have to
            # tell them?" after old convictions: "When an employer asks, tell them..."), over an answer found
            # only if it fits surely ("who pays for it?" after the DBS check).
            weighed = [c for c in weighed[1:] if found.intent in UNANSWERED or c.score >= SURE]
            if not weighed:
                return None
        best = weighed[0]
        state.misses = 0
        state.topic = best.intent
        return self.compose.faq(self.kb.faq(best.intent[4:]), state, best.score, reading.entities.as_dict())

    def _points_back(self, reading: Reading, topic: str | None) -> bool:
        """A short question with "it", "them" or "that" after an answer of ours (not a pointer elsewhere)."""
        topic = topic or ""
        return (
            topic.startswith("faq:")
            and bool(self.kb.get("faqs", topic[4:]))
            and bool(BACK_REFERENCE.search(reading.folded))
            and len(reading.raw) <= POINTS_BACK_WORDS
            and not is_elsewhere(self.kb, topic)
        )

    def _about_the_last(self, faq: Faq, said: str, otherwise: str, reading: Reading) -> Reply:
        """A short reply about the last answer: its question, what is said of it, who to check with, its contacts."""
        cards = tuple(
            self.compose.service_card(self.kb.service(s)) for s in faq.services if self.kb.get("services", s)
        )
        texts = (f"{faq.question} {said}", faq.check_with or otherwise)
        return Reply(
            texts, cards, (QuickReply(MENU_LABEL, "menu"),), f"faq:{faq.id}", 0.6, reading.entities.as_dict()
        )

    def _asks_beyond_the_step(self, reading: Reading, flow: Flow) -> bool:
        """True for a message that answers a journey's question and asks about what makes work harder, or a long
        one that says more that an answer explains well."""
        if reading.question and MY_CONDITION.search(reading.folded) and "health" in reading.entities.barriers:
            return True  # "what about my back tho, i have a bad back": noted, and what it means for work
        faq = next((c for c in reading.candidates if c.intent.startswith("faq:")), None)
        if faq is None or faq.score < CONFIDENT or is_elsewhere(self.kb, faq.intent):
            return False
        if reading.question and faq.intent[4:] in self._faqs_for_barriers(flow, reading.entities.barriers):
            return True  # "im 48 and use a wheelchair, can i do care": the age, and the question about it
        if ASKS_OUTRIGHT.match(reading.folded) and faq.score >= SURE:
            return True  # "what is the ldss?" at "What do you need help with most?": noted, and answered
        if len(reading.raw) <= LONG_ANSWER_WORDS:
            return False
        asked, weight = self._beyond_who_they_are(reading, flow)
        return weight >= REST_WEIGHT and self.index.explains(faq.intent, asked)

    @staticmethod
    def _faqs_for_barriers(flow: Flow, barriers: list[str]) -> set[str]:
        """The answers a journey gives for the things that make work harder that a message tells."""
        return {
            faq
            for step in flow.steps
            if step.slot == "barrier"
            for option in step.options
            if option.value in barriers
            for faq in option.faqs
        }

    def _beyond_who_they_are(self, reading: Reading, flow: Flow) -> tuple[list[str], float]:
        """The words of a message beyond who the person is and what a journey asks, and their weight.

        Opening a service of their own is asked about as well as told: "I want to open my own agency".
        """
        starting = STARTING_A_SERVICE_PATTERN.search(reading.folded) if reading.question else None
        opening = set(self.lexicon.terms(self.lexicon.read(starting.group(0)))) if starting else set()
        asked = [
            t
            for t in reading.terms
            if t in opening
            or (
                t not in reading.entities.cue_terms
                and t not in self._self_stems
                and t not in self._told_stems[flow.id]
                and not t.startswith("=")
            )
        ]
        return asked, sum(self.index.idf.get(t, 0.0) for t in set(asked))

    def _for_providers(self, intent: str) -> bool:
        """True for an FAQ a care provider may be given: one written for them, or a pointer elsewhere."""
        faq = self.kb.faq(intent[4:])
        return "provider" in faq.audiences or not faq.audiences or is_elsewhere(self.kb, intent)

    def _elsewhere(self, reading: Reading) -> bool:
        """True when words we never saw, and nothing about work, training or a service, fill a message."""
        return not _about_work(reading) and any(t not in self.index.idf for t in reading.terms)

    def _suggested_by(self, topic: str | None, intent: str) -> bool:
        """True when an FAQ is the one a topic names, or one that FAQ suggests next."""
        if not topic or not topic.startswith("faq:") or not self.kb.get("faqs", topic[4:]):
            return False
        last = self.kb.faq(topic[4:])
        return intent[4:] in (last.id, *last.follow_ups)

    def _follows_on(self, state: State, intent: str) -> bool:
        """True when an FAQ is the last one answered, or one it suggests next."""
        return self._suggested_by(state.topic, intent)

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


# Asked for, with a job or care in passing: not about work ("nurse costume", "a poem about carers").
OTHER_THING = re.compile(
    r"\b(?:poems?|songs?|jokes?|films?|movies?|costumes?|fancy dress|halloween|gifts?|gift ideas|presents? for"
    r"|lego|toys?|retirement card|leaving card|birthday card|thank you card|box sets?|weather|forecast|takeaways?"
    r"|restaurants?|hair ?dryers?|straighteners|flowers|tickets? for|insurance quotes?|pizza|gym"
    r"|cheap holiday|holiday in|capital of|do my tax return|book me a taxi)\b"
    r"|\b(?:cheap|cheaper|cheapest|best) (?:\w+ )?insurance\b"  # buying it, not whether it covers care work
    r"|\bwrite (?:me a|it for me|my (?:\w+ )?(?:essay|homework|assignment|coursework))\b|\b\d+ words\b"
    r"|\bhelp (?:me )?with (?:my )?(?:\w+ )?homework\b|\bname for (?:my|our|a) (?:cat|dog|puppy|kitten|pet)\b"
    r"|\b(?:do|write|finish) my (?:\w+ ){0,5}(?:homework|essay|assignment|coursework)\b"
)
# Asked for, whatever else the message asks about a job: "how much is a pint... im celebrating my nursing degree".
SURELY_OTHER = re.compile(r"\b(?:a pint|the darts|mould|bin collection|used car|second ?hand car)\b")
# A bare yes or no, outside a journey's question: "no" is all they wanted, "yes" asks what else there is.
SHORT_REPLIES = {
    **dict.fromkeys(
        ("no", "nope", "nah", "no ta", "thats it", "thats all", "no im good", "im good"), "goodbye"
    ),
    **dict.fromkeys(("yes", "yeah", "yep", "yes please", "yeah please", "go on then"), "menu"),
}
PAID_FOR_IT = re.compile(
    r"^(?:and |but |so )?(?:is|are) (?:it|that|this|they|the training|the course) paid\b|^do (?:you|i|they) get paid\b"
)
HOW_LONG = re.compile(
    r"(?:and |so |but )?how long(?: (?:does|will|would|is|did|do|should|can|could|might|must) (?:it|that|this|they|you|i)"
    r"(?: take| last| be)?)?(?: to do| for me| roughly| usually| start to finish| from start to finish| in total)?$"
)
PAY_IT_BACK = re.compile(
    r"\b(?:give|pay|paying|giving|hand) (?:it|them|that|this|the \w+|any \w+) back\b|\brepay"
)
PAID_BACK = re.compile(r"\b(?:pay|paid|give|given) (?:\w+ ){0,2}back\b|\brepa(?:y|id)|\bnot a loan\b")
# What someone gets while they do it: pay, or the benefits they keep ("They stay on their benefits").
PAY_SENTENCE = re.compile(r"\b(?:paid|wage|wages|salary|earn|earns|benefits)\b")
MONEY_FOR_IT = re.compile(
    r"^(?:and |so |but )?(?:is there |are there |any |can i get |do i get |can i have )?(?:any )?(?:money|funding|grants?"
    r"|bursar(?:y|ies)|financial help|help with money)(?: to help(?: me)?| for (?:it|that|this|me))?$"
)
MONEY_SENTENCE = re.compile(r"£|\b(?:bursary|bursaries|grant|grants|fund|funding|loan|loans)\b")
# "how much does it cost?" after overseas recruitment, "how much do we get?" after the LDSS: what the last
# answer says of cost, or of money paid out, when it says anything.
WHAT_IT_COSTS = re.compile(
    r"^(?:and |so |but |ok |okay )?(?:how much (?:does|will|would|do|is|are) (?:it|that|this|they|one)(?: cost)?"
    r"(?: us| me| to do| to get)?|what (?:does|will|would) (?:it|that|this|one) cost(?: us| me)?"
    r"|what (?:are|is) the (?:fees?|costs?)|is (?:it|that|this|they) free|(?:does|will|would) (?:it|that|this) cost"
    r"(?: me| us)?(?: anything| money| much| more| extra)?|any (?:fees|costs)|what about (?:the )?(?:cost|costs|fees)"
    r"|(?:do|does|will|would) (?:they|it|that|this|you) charge(?: (?:for|anything))?(?: (?:it|that|this|them|anything))?"
    r"|is there a (?:charge|fee|cost)(?: for (?:it|that|this))?)$"
)
COST_SENTENCE = re.compile(r"£|\b(?:cost|costs|fee|fees|free|charge|charges)\b")
# An employer asking if they pay the people the last answer is about: "do we have to pay them while they do it?"
# after a work academy ("They stay on their benefits while they take part").
WE_PAY_THEM = re.compile(
    r"^(?:and |so |but |ok )?(?:do|will|would|must|should) (?:we|i) (?:have to |need to )?pay (?:them|him|her|staff"
    r"|the \w+)\b"
)
HOW_MUCH_PAID_OUT = re.compile(
    r"^(?:and |so |but |ok |okay )?how much (?:do|will|would|can|could) (?:we|i|you|they) (?:get|claim|receive)"
    r"(?: back| for (?:it|that|each|one|them|each one))?$"
)
# Follow-ups about the last answer: what they ask, the sentences that answer it, and whether naming a job
# makes it a new question ("is a nurse paid?").
# "when does that start?" after the Fair Pay Agreement: the sentence of the last answer with a date in it.
WHEN_IT_HAPPENS = re.compile(
    r"^(?:and |so |but |ok |okay )?when (?:does|will|did|is|do|are|can) (?:it|that|this|they|the \w+)"
    r"(?: (?:start|starts|begin|begins|come in|happen|open|close|end|change|finish|be|go live|come))?"
    r"(?: (?:from|then|exactly|roughly))?$"
)
DATE_SENTENCE = re.compile(
    r"\b(?:20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
LAST_ANSWER_ASKS = (
    (WHEN_IT_HAPPENS, DATE_SENTENCE, True),
    (PAID_FOR_IT, PAY_SENTENCE, True),
    (MONEY_FOR_IT, MONEY_SENTENCE, True),
    (PAY_IT_BACK, PAID_BACK, False),
    (WHAT_IT_COSTS, COST_SENTENCE, True),
    (HOW_MUCH_PAID_OUT, MONEY_SENTENCE, True),
    (WE_PAY_THEM, PAY_SENTENCE, True),
)
PAY_BY_PLACE = (
    "I do not have pay for each town. Care jobs in {place} usually pay close to the figures above, and NHS pay "
    "bands are the same across England. Local job adverts show what employers near you pay."
)
# Said to a journey's question, these answer nothing: the question again, with a word for what they said.
NOT_AN_ANSWER = {
    **dict.fromkeys(
        ("ok", "okay", "ok cool", "ok got it", "alright", "alright then", "right", "fine", "k", "kk"), "OK."
    ),
    **dict.fromkeys(("yes", "yeah", "yep", "sure", "go on", "go on then"), "OK."),
    **dict.fromkeys(
        ("no", "nope", "nah", "no thanks", "no ta"),
        "That's fine. You can tap Start again to stop, or ask me anything.",
    ),
}
ASKED_SLOTS = frozenset({"need"})  # a journey question whose answer is a problem to solve, not a detail
OUTCOME_CARDS = 6  # an answer and a journey's contacts together: enough to choose from, not a wall
# What people say around a place name when the place is all they ask about ("anything round Ashby?").
PLACE_QUESTION_WORDS = (
    "anything what about near round around live living based from here there area help support local please"
    " different same"
).split()
# One topical word beyond who someone is ("I run a care home and can't find staff": recruitment) is a
# problem they are telling us about, not just themselves.
TOPICAL_WEIGHT = 2.0
LEAD_MARGIN = 2.0  # nats between the best answer and the next
# Replies that did not answer: a question about jobs in general may still start the journey that suggests some.
UNANSWERED = frozenset({"fallback", "out-of-scope", "clarify"})
# Asking which jobs would suit: "what jobs", "best job for someone who...", "careers in science".
JOBS_IN_GENERAL = re.compile(
    r"\b(?:what|which|best|good|any|suggest\w*|ideas? for)\b(?: \w+){0,3} (?:jobs?|careers?|roles?)\b"
    r"|\b(?:jobs?|careers?) (?:for|where|that|working|with|in) (?:someone|a person|people|me|you|kids|science)"
)
# "i like helping people", "me like help people": what someone enjoys, said on its own, asks what job would suit.
ENJOYS = re.compile(r"^(?:i|me) (?:really |just |do )?(?:like|love|enjoy|am good at)\b")
# Words that name our subject itself: a message that uses one is about it, however unclear.
CORE_WORDS = frozenset({"care", "caring", "carer", "carers", "healthcare"})
# Words that describe a person or a service ("a small care business here", "I live in Melton"): saying
# who you are, not asking a question.
SELF_WORDS = frozenset(
    """business company agency service provider organisation firm charity small large big new here student
    school college sixth form year years yrs months ago job work live living based from owner opened""".split()
)


def _everyday_texts(kb: KnowledgeBase) -> list[str]:
    """What the guide expects to hear: its questions and their phrasings, the conversation's own moves,
    the journeys' answers and "I'm in Oakham". None is a cry for help, so the safety check weighs against them.
    """
    texts = [text for faq in kb.faqs for text in (faq.question, *faq.phrasings)]
    texts += [phrase for phrases in CONTROL_PHRASES.values() for phrase in phrases]
    options = [option for flow in kb.flows for step in flow.steps for option in step.options]
    texts += [text for option in options for text in (option.label, *option.words)]
    texts += list(UNSURE_ANSWERS)
    places = [place for area in kb.areas for place in (area.name, *area.towns)]
    texts += [f"{lead} {place}" for place in places for lead in ("im in", "i live in", "anything in")]
    return texts


def _about_work(reading: Reading) -> bool:
    """True when a message asks about jobs, training or a care service, or says who is asking."""
    found = reading.entities
    return bool(
        JOB_ASK.search(reading.folded)
        or (found.audience and not found.audience_guessed)
        or found.roles
        or found.apprenticeships
        or found.qualifications
        or found.level
    )


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
    """Urgent help first, then the answer; a card both have is shown once."""
    shown = {(c.kind, c.ref) for c in first.cards}
    return replace(
        second,
        texts=first.texts + second.texts,
        cards=first.cards + tuple(c for c in second.cards if (c.kind, c.ref) not in shown),
        intent=first.intent,
        confidence=first.confidence,
    )
