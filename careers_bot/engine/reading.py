"""Reading one message, with no conversation state: what it says, and which answers it may want.

A message is normalised, its spelling corrected and synonyms applied; then its entities are found,
its terms and concepts matched against every phrasing, and it is judged to be about care or not.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from careers_bot.engine.audience import AudienceGuess
from careers_bot.engine.described import DescribedJobs
from careers_bot.engine.distress_examples import OFF_TOPIC
from careers_bot.engine.entities import (
    BARE_NAME,
    NAME_INTRO_WORDS,
    TRAINED_IN,
    Entities,
    EntityFinder,
    age_band,
    strip_personal_data,
)
from careers_bot.engine.intents import CONTROL_PHRASES, INDEXED_CONTROLS
from careers_bot.engine.lexicon import Lexicon, common_english_words
from careers_bot.engine.match import LONG_MESSAGE_TERMS, Candidate, PhrasingIndex
from careers_bot.engine.narrowing import Narrower
from careers_bot.engine.normalise import MAX_MESSAGE_LENGTH, words
from careers_bot.engine.safety import PAST_HARM
from careers_bot.knowledge.model import Faq, KnowledgeBase

RANK_PER_SCORE = 10.0  # a nudge to a reading's fit moves its rank this many times as far
DOMAIN_FIT = 0.75  # a message this close to a phrasing is about what the phrasing is about
AUDIENCE_NUDGE = 0.04
JOB_WORD = re.compile(r"\b(?:job|jobs|vacancy|vacancies)\b")
WORK_WORDS = frozenset("job jobs work working hours shifts shift".split())
# Someone who grew up in care: "im a care leaver", "i was in foster care", "left care last year" (not a care job).
CARE_LEAVER = re.compile(
    r"\b(?:care leavers?|leaving care|foster care|fostered|grew up in care|(?:was|been|were) in care(?! work| job)"
    r"|left care (?:last|this) (?:year|month)|left care at (?:16|17|18))\b"
)
# "i hate school what else can i do", "want to leave school": what comes after school is a careers question.
AFTER_SCHOOL = re.compile(
    r"\b(?:hates?|hated|dont like|doesnt like|cant stand|sick of|fed up (?:of|with)|leave|leaving|quit"
    r"|drop out of|dropped out of)"
    r" (?:school|sixth form|college|my a levels)\b"
)
ROLE_NUDGE = 0.05
EVERYDAY_WORD_COUNT = 50_000  # a word this common in English (pyspellchecker's list) is everyday
QUESTION = re.compile(
    r"^(?:how|what|whats|where|when|why|which|who|is|are|can|could|do|does|did|will|would|should|shall|may)\b"
    r"|\b(?:can i|could i|do i|will i|would i|should i|can we|do we|how do|how can|how much|how long|what is|"
    r"what are|is it|is there|are there|does it|tell me|want to know|wondering|wonder if|not sure if|need to know)\b"
    r"|\b(?:will|would|does|do|is|can|could|should) (?:that|this|it|they|my|having|being|she|he|anyone|anybody"
    r"|someone|somebody)\b"
    # "what even is a t level", "what exactly is the LSCDG", "how exactly do we..."
    r"|\b(?:what|how|where|who) (?:even|exactly|actually|really|else) (?:is|are|does|do|did|can|would|could)\b"
    # "difference between care home and nursing home", "care home vs nursing home": a comparison asks.
    r"|^(?:the )?difference between\b|\b(?:vs|versus)\b"
)
# The word before a job that says it is the one asked about ("become a nurse", "what does a PA earn"),
# or the one someone does now ("I'm a carer", "ex care worker").
TOWARDS_WORDS = frozenset("become becoming being be to into train qualify whats what does do is are".split())
OWN_JOB_WORDS = frozenset("am im as been ex currently was".split())
TOWARDS, NAMED, OWN, SEEN = range(4)  # how a job a message names stands, in the order they are asked about
# Words that wish for a job to come ("want to work as a carer"), not one held now.
WISH_WORDS = frozenset("want wants wanted wanna hope hoping like love dream planning plan".split())
# Words that weigh up a job not held yet ("would working as a PA be more flexible?", "thinking of going as a PA").
MAYBE_WORDS = frozenset("would could might thinking considering consider fancy".split())
TRAINING_WORDS = frozenset("train training retrain retraining qualify qualifying".split())
# Words that look for a job not held yet ("get a job as a PA", "looking for work as a carer").
SEEKING_WORDS = frozenset("get getting find finding look looking apply applying land seeking".split())
ARTICLES = frozenset({"a", "an", "the"})
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# Places wider than a district: details, like a town, not a question ("leics" is Leicestershire).
OWN_CHILDREN = re.compile(r"\b(?:my|\d|one|two|three|four|five|six) (?:kids|children|little ones)\b")
NATIONAL_PLACES = ("uk", "england", "britain", "midlands", "leics", "llr")
SPEAKER_TERMS = frozenset({"=i", "=we"})  # the terms concepts() gives for who is speaking
WE_WORDS = frozenset({"we", "our", "ours", "us", "staff", "employees", "workforce"})
BENEFIT_WORDS = frozenset({"allowance", "allowence", "credit", "element"})  # "my carers allowance"
STAFF_WORDS = frozenset(
    {"staff", "carers", "workers", "employees", "team", "residents", "clients", "seniors"}
)
# "my mum's carer" (folded "mums carer", or "my mum carer" once spelled as the knowledge base spells it):
# a job of someone a relative sees.
RELATIVES = (
    "mum mam mom dad nan nana nanna gran granny grandma grandad grandpa husband wife son daughter partner"
    " brother sister aunt auntie uncle neighbour friend"
).split()
FAMILY_OWNERS = (*(f"{who}s" for who in RELATIVES), *(f"my {who}" for who in RELATIVES))
# Job titles that begin with a word for a service's people ("staff nurse"): not "we" speaking.
STAFF_TITLES = frozenset({"nurse", "nurses", "midwife", "midwives"})
I_WORDS = frozenset({"i", "me", "my", "im", "mine", "myself"})


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
    asking: frozenset[str] = frozenset()  # in a story of several sentences, the terms of the one that asks
    # The jobs the speaker says they do now ("I'm a carer"), and those they are heading for ("become a nurse").
    own: frozenset[str] = frozenset()
    towards: frozenset[str] = frozenset()
    seen: frozenset[str] = frozenset()  # the jobs of people the speaker sees ("my GP", "my carer")
    described: str | None = None  # a job the message describes without naming it ("people who take blood")


# Words of applying for a job: a health condition said beside them is about work, not health advice.
APPLYING_WORDS = frozenset(
    {"apply", "applying", "application", "applications", "interview", "employer", "employers", "cv"}
)


class Reader:
    """Reads messages for one knowledge base: its lexicon, entity finder and phrasing index, built once."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        control_texts = [p for phrases in CONTROL_PHRASES.values() for p in phrases]
        # The countries and relatives the cues know are words too: "poland" is not a misspelt "plan", nor
        # "grans" a misspelt "grants".
        self.lexicon = Lexicon(
            kb, extra_texts=[*control_texts, TRAINED_IN.replace("|", " "), *RELATIVES, *FAMILY_OWNERS]
        )
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
        self.narrower = Narrower(kb, self.lexicon, self.index.idf)
        self.described = DescribedJobs(kb, self.lexicon, self._phrasing_terms)
        self.audience = AudienceGuess((*OFF_TOPIC, *control_texts))
        # Each job's names, by job, as a message reads them.
        self.role_names = {
            role.id: tuple(" ".join(self.lexicon.read(n)) for n in role.names) for role in kb.roles
        }
        self._someone_i_see = {role_id: _seen_pattern(names) for role_id, names in self.role_names.items()}
        self._child_stems = frozenset(self.lexicon.stem(w) for w in ("kids", "kid", "children", "child"))
        self.topic_words = frozenset({"job", "jobs", "pay", "money", "hours", "work", "wages", "training"})
        self.place_stems = {
            self.lexicon.stem(w)
            for area in kb.areas
            for place in (area.name, *area.towns)
            for w in words(place)
        } | {self.lexicon.stem(w) for w in NATIONAL_PLACES}
        self._place_words = frozenset(
            w for area in kb.areas for p in (area.name, *area.towns) for w in words(p)
        )

    def read(self, text: str) -> Reading:
        """Understand a message without answering it."""
        raw, tokens, entities, terms = self._words(text[:MAX_MESSAGE_LENGTH])
        # "a lone parent with 3 kids, can i train as a nurse?": their own children, not nursing for children.
        own_kids = "childcare" in entities.barriers and OWN_CHILDREN.search(" ".join(raw))
        telling = [t for t in terms if not (own_kids and t in self._child_stems)]
        entities.roles = self.narrower.narrow(entities.roles, telling, entities.aspects)
        # "The people at the hospital who take your blood, what are they called?"
        described = None if entities.roles else self.described.job(" ".join(raw), terms)
        if described:
            entities.roles = [described]
        question = "?" in text or bool(QUESTION.search(" ".join(raw)))
        if entities.audience is None and not entities.roles and not question:
            # "18, just finished college, no clue what to do": someone saying who they are, though no cue
            # says which kind of person. (A question, or a job named, is asked about; not told.)
            entities.audience = self.audience.guess(text)
            if entities.audience == "provider" and JOB_WORD.search(" ".join(raw)) and not we_words(raw):
                # "kitchen job in care home": someone after a job, in a care home's words.
                entities.audience = None
            entities.audience_inferred = entities.audience is not None
        standing = {r: self._standing(r, tokens) for r in entities.roles}
        own = frozenset(r for r, (kind, _) in standing.items() if kind == OWN)
        towards = frozenset(r for r, (kind, _) in standing.items() if kind == TOWARDS)
        seen = frozenset(r for r, (kind, _) in standing.items() if kind == SEEN)
        if len(entities.roles) > 1:
            entities.roles = sorted(entities.roles, key=standing.__getitem__)
        asking = self._question_terms(text, terms)
        candidates = self.index.search(terms, stressed=asking)
        if entities.roles:
            candidates = self._favour_roles(candidates, entities.roles)
        if entities.refused:
            # "but not be a nurse": an answer written only for the job turned down is not the answer.
            refused, named = set(entities.refused), set(entities.roles)
            candidates = [c for c in candidates if not self._written_for(c, refused, named)]
        if entities.audience:
            audience = entities.audience
            candidates = self.favour(candidates, lambda faq: audience in faq.audiences, AUDIENCE_NUDGE)
        # A place on its own ("weather in Leicester") does not make a message about care.
        content = [t for t in terms if t not in self.place_stems]
        cared = self.index.has_domain_words(content)
        # Saying what you do, or want, makes a message about care. An age or a past job alone does
        # not when a short message is about something we have no words for ("cheap car insurance for
        # a 17 year old", "warehouse jobs at the Amazon").
        foreign = len(set(content)) < LONG_MESSAGE_TERMS and any(
            t not in self.index.idf and t not in entities.cue_terms for t in content if not t.startswith("=")
        )
        told = bool(
            entities.roles
            or entities.apprenticeships
            or (entities.audience and not entities.audience_guessed)
            or entities.qualifications
            or entities.level
            or entities.hours in ("weekdays", "part-time")  # "no saturdays for me": hours said of work
            or self.topic_word(tokens)
            # "I was abused as a child, can I work with kids?": told to a careers guide, a hard past is about work.
            or bool(PAST_HARM.search(" ".join(raw)))
            or bool(AFTER_SCHOOL.search(" ".join(raw)))
            # "with the kids" is everyday talk: in a long story with no care words it says nothing.
            or (
                entities.barriers
                and (
                    cared
                    # A short message naming a barrier is about work, unless it is about something we have
                    # no words for ("lightweight folding wheelchair recommendations").
                    or (len({t for t in content if t[0] != "="}) < LONG_MESSAGE_TERMS and not foreign)
                    # "a single mum, I can only work 9 till 3": a barrier to work, said of work. (Not a
                    # health one: "a bad back since lifting at work" may ask for health advice.)
                    or bool(set(entities.barriers) - {"health"} and set(raw) & WORK_WORDS)
                    # Any barrier beside applying for a job: "diabetes... put that on the application form?"
                    or bool(set(raw) & APPLYING_WORDS)
                )
            )
        )
        guessed = bool(entities.audience or entities.experience or entities.age is not None)
        # A close fit to a phrasing is about care too: the fit counts words we never saw against it.
        close_fit = bool(candidates) and candidates[0].score >= DOMAIN_FIT
        domain = cared or told or close_fit or (guessed and not foreign)
        return Reading(
            " ".join(raw),
            raw,
            tokens,
            terms,
            entities,
            candidates,
            domain,
            question,
            foreign,
            asking,
            own,
            towards,
            seen,
            described,
        )

    def _standing(self, role: str, tokens: list[str]) -> tuple[int, int]:
        """Where a job a message names stands, for ordering: the one asked about first.

        "I'm a care worker, how do I become a senior carer?": the job someone is going to, or asks
        about ("what does a lead practitioner do"), comes before the one they do now ("I'm a", "as a",
        "ex"); "My GP said I should think about nursing": the job of someone they see comes last.
        Otherwise the order they were named in stays.
        """
        said = f" {' '.join(tokens)} "
        if self._someone_i_see[role].search(said):
            return SEEN, 0
        found = [said.find(f" {name} ") for name in self.role_names[role] if f" {name} " in said]
        where = min(found, default=len(said))
        before = [w for w in said[:where].split() if w not in ARTICLES][-2:]
        last = before[-1] if before else ""
        if last in TOWARDS_WORDS or (last == "as" and before[0] in TRAINING_WORDS):
            return TOWARDS, where  # "become a nurse", "training as a HCA"
        window = [w for w in said[:where].split() if w not in ARTICLES][-7:]
        if last == "as" and (
            set(window) & WISH_WORDS
            and "to" in window
            or set(window) & MAYBE_WORDS
            or set(window[-4:]) & SEEKING_WORDS
        ):
            return TOWARDS, where  # "want to work on the ambulances as a paramedic", "get a job as a PA"
        if last in OWN_JOB_WORDS:
            return OWN, where
        return NAMED, where

    def _question_terms(self, text: str, terms: list[str]) -> frozenset[str]:
        """In a story of several sentences, the terms of the sentence that asks the question."""
        sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
        if len(sentences) < 2:
            return frozenset()
        said = [[self.lexicon.correct(w) for w in words(s)] for s in sentences]
        asking = [raw for s, raw in zip(sentences, said, strict=True) if "?" in s] or [
            raw for raw in said if QUESTION.search(" ".join(raw))
        ]
        if not asking:
            return frozenset()
        return frozenset(self.lexicon.terms(self.lexicon.apply_synonyms(asking[-1]))) & frozenset(terms)

    def _phrasing_terms(self, text: str) -> list[str]:
        """A phrasing's terms, read as a message is, so the same cues give the same concepts."""
        _, _, _, terms = self._words(text)
        return terms

    def _words(self, text: str) -> tuple[list[str], list[str], Entities, list[str]]:
        """A text's words spelled as the knowledge base spells them, with synonyms, entities and terms."""
        raw = [self.lexicon.correct(w) for w in words(text)]
        tokens = self.lexicon.apply_synonyms(raw)
        entities = self.entities.find(raw, tokens)
        return raw, tokens, entities, self.lexicon.terms(tokens) + concepts(entities, raw)

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

    def topic_word(self, tokens: list[str]) -> bool:
        """True for one everyday topic word on its own ("jobs?", "pay?"): asked here, it is about care."""
        return len(set(tokens)) == 1 and tokens[0] in self.topic_words

    def favour(
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

    def _written_for(self, candidate: Candidate, refused: set[str], named: set[str]) -> bool:
        """True for an FAQ about a job turned down, and about no job the message names."""
        if not candidate.intent.startswith("faq:"):
            return False
        roles = set(self.kb.faq(candidate.intent[4:]).roles)
        return bool(roles & refused) and not roles & named

    def _favour_roles(self, candidates: list[Candidate], roles: list[str]) -> list[Candidate]:
        """FAQs about a role the message names: "pay" plus "nurse" finds nurse pay."""
        return self.favour(candidates, lambda faq: bool(set(roles) & set(faq.roles)), ROLE_NUDGE)


def domain_texts(kb: KnowledgeBase) -> list[str]:
    """The names and questions whose words make a message about care careers.

    Every word of a name counts. From the FAQ questions, only the less common words count:
    "keep", "date" and "mean" are in questions too, but "my wifi keeps dropping out" is not about care.
    """
    common = common_english_words(EVERYDAY_WORD_COUNT)

    def uncommon(text: str) -> str:
        return " ".join(w for w in words(text) if w not in common)

    texts = [name for role in kb.roles for name in (role.title, *role.also_called)]
    texts += [a.name for a in kb.apprenticeships]
    # Service names and journey answers are made of everyday words ("Leicester City Council", "Out of
    # work"); only their rarer words say care. A synonym's words become its term when they are said
    # together, so a word of a longer phrase ("laid" of "laid off") says nothing on its own.
    texts += [uncommon(t) for t in (faq.question for faq in kb.faqs)]
    texts += [uncommon(s.name) for s in kb.services]
    texts += [uncommon(o.label) for flow in kb.flows for step in flow.steps for o in step.options]
    texts += [synonym.term for synonym in kb.synonyms]
    texts += [w if len(words(w)) == 1 else uncommon(w) for synonym in kb.synonyms for w in synonym.words]
    return texts


def concepts(entities: Entities, raw: list[str]) -> list[str]:
    """What a message says about the person, as matching terms.

    "I have epilepsy" and "Can I work with a health condition?" share no word, but both name a
    health barrier; the cue lists in entities.py know many more ways to say each thing than any
    FAQ's phrasings do. Who is speaking counts too, though its words are stopwords: "do we pay
    for their DBS" is an employer's question, "do I pay for my DBS" a worker's. Terms start with
    "=", which no word can.
    """
    said = set(raw)
    # "my carers", "my staff": an employer speaking.
    # (Not "my carers allowance", a benefit.)
    employer = bool(we_words(raw)) or any(
        a == "my" and b in STAFF_WORDS and c not in BENEFIT_WORDS
        for a, b, c in zip(raw, raw[1:], [*raw[2:], ""], strict=False)
    )
    found = ["=we" if employer else "=i"] if we_words(raw) or said & I_WORDS else []
    found += [f"=barrier-{b}" for b in entities.barriers]
    for kind in ("qualifications", "experience", "hours"):
        value = getattr(entities, kind)
        if value:
            found.append(f"={kind}-{value}")
    if entities.age is not None:
        found.append(f"=age-{age_band(entities.age)}")
    if CARE_LEAVER.search(" ".join(raw)):
        found.append("=care-leaver")
    return found


def _seen_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """A job named as someone the person or a relative sees: "my GP", "my dad's nurse", "carers for my nan",
    "needs carers coming in"."""
    whose = "|".join(re.escape(w) for w in ("my", "her", "his", "their", *FAMILY_OWNERS))
    job = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    relatives = "|".join(RELATIVES)
    return re.compile(
        rf" (?:{whose}) (?:{job})s? | (?:{job})s? (?:for|to help|to look after|to care for) (?:my|her|his|our) "
        rf"(?:{relatives}) "
        rf"| (?:needs|needed|need|getting|get|arrange|arranging) (?:some |a |more )?(?:{job})s? "
        rf"(?:coming|to come|going|visiting|in |round|at home)"
    )


def we_words(raw: list[str]) -> set[str]:
    """The words of a message that speak for a service ("we", "our", "staff"), not inside a job title."""
    found = set(raw) & WE_WORDS
    if "staff" in found and not any(
        a == "staff" and b not in STAFF_TITLES for a, b in zip(raw, [*raw[1:], ""], strict=True)
    ):
        found.discard("staff")  # "I'm a staff nurse"
    return found
