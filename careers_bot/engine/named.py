"""Jobs and apprenticeships a message names: whether it asks about the job itself, and which answer.

"How much do nursing associates get paid?" asks the job's pay; "heard there's a new level 2
qualification for carers" names a job in passing and asks about something an FAQ answers; "how do I
book a GP appointment?" names a job as someone the person sees. A job question that has an FAQ
written for it ("How do I become a nurse?") gets that FAQ.
"""

from __future__ import annotations

import re

from careers_bot.engine.compose import Composer, is_elsewhere, sentences
from careers_bot.engine.entities import ASPECT_WORDS
from careers_bot.engine.match import (
    CONFIDENT,
    LONG_MESSAGE_TERMS,
    QUESTION_TERMS,
    REST_WEIGHT,
    SURE,
    UNSURE,
    Candidate,
)
from careers_bot.engine.reading import SPEAKER_TERMS, Reader, Reading, we_words
from careers_bot.engine.reply import Reply
from careers_bot.engine.state import State
from careers_bot.knowledge.model import KnowledgeBase, Route

# Words that ask about a job itself (its way in, training, pay or vacancies), beyond a bare "how do I".
JOB_ASK = re.compile(
    r"\b(?:becom\w*|be an?|careers?|jobs?|work(?:ing)? as|train\w*|apprentice\w*|qualifi\w*|courses?|degrees?"
    r"|uni|university|study|studying|pay|paid|salary|salaries|earn\w*|wages?|band|vacanc\w*|hiring|apply|role)\b"
)
# "Can I do it as an apprenticeship?", "is there one for that?": the job just talked about.
REFERS_BACK = re.compile(r"\b(?:it|that|this|that job|this job|one)\b")
SHORT_ASK_TERMS = 4
POINTS_BACK = re.compile(r"\b(?:after|from|than|with) (?:that|this)\b|\b(?:that|this) (?:job|one|role)\b")
# A job named by a word we do not know as one ("whats a psychologist earn"): known jobs are entities.
OTHER_JOB = re.compile(
    r"\b(?:a|an)\s+([a-z]+)\s+(?:earn|earns|get|gets|make|makes|paid|do|does|need)\b"
    r"|\b(?:about|for|as|being|become|be) (?:a|an) (?:[a-z]+ )?([a-z]+(?:ist|or|er|ian|eon))\b"
)
NOT_A_JOB = frozenset(
    {"one", "job", "person", "worker", "new", "newly", "qualified", "trainee", "student", "year"}
)


def short_ask(reading: Reading) -> bool:
    """A short question, with few words beyond how it is asked."""
    return len([t for t in reading.terms if not t.startswith("=")]) <= SHORT_ASK_TERMS


# "What about a nurse?", "and a paramedic?": the last question again, about another job.
FOLLOW_UP = re.compile(r"(?:and |so )?(?:(?:what|how) about|and|same for|what for)\b")
# Next steps asked for oneself ("what's next for me, deputy or registered manager?"): the jobs named after
# are where they might go, not the job asked about.
FOR_ME = re.compile(r"\b(?:for me|from here|my options|where (?:can|do|could) i go)\b")
# Words that only name or ask about an apprenticeship ("lead practitioner level 4 apprenticeship details").
APPRENTICESHIP_WORDS = "apprenticeship about level details detail info information standard"
# The aspects that ask the way into a job, as an FAQ written for "How do I become...?" answers it.
ENTRY_FAMILY = frozenset({"entry", "becoming", "duration", "apprenticeship"})
# Two jobs set side by side: "ECA vs paramedic", "what's the difference between...", "is it the same as...",
# "cant decide between nurse and nursing associate".
COMPARE = re.compile(
    r"\b(?:vs|versus|difference|differences|diff|differ|differs|compare|compared|comparing|comparison)\b"
    r"|\bsame (?:thing |job )?as\b|\b(?:decide|deciding|choose|choosing|pick|picking|torn) between\b"
)
# Which of two jobs: "HCA or care worker?", "radiographer or physio, which one...", "pays more than".
CHOICE = re.compile(r"\bor\b")
WHICH = re.compile(r"\bwhich\b")
# Which of the jobs just shown, by time or by fit: "which is quicker?", "which one suits me best?"
QUICKER = re.compile(
    r"\b(?:quicker|quickest|faster|fastest|shorter|shortest|longer|longest|less time|more time)\b"
)
EITHER = re.compile(
    r"\b(?:either|both|each) (?:of (?:them|those|these) )?(?:as|by|through|with|one)\b|\b(?:either|both)\s*$"
)
HOW_MUCH_MORE = re.compile(r"\bhow much (?:more|less)\b|\b(?:pay|pays|paid|earn|earns|get) (?:more|less)\b")
BETTER = re.compile(
    r"\b(?:better|best|easier|easiest|harder|hardest|suit|suits|should i (?:do|pick|choose|go for))\b"
)
MORE_THAN = re.compile(r"\b(?:more|less|better|worse|higher|lower)(?: \w+)? than\b")
CHOICE_EXTRA_TERMS = 2  # "HCA or care worker?" says little beyond the two jobs; a longer story must say which
# What studying for a job costs, or the money for it: an answer of its own, not the job's pay or way in.
STUDY_COSTS = re.compile(
    r"\b(?:pay|paying|cost|costs|free)\b.{0,12}\b(?:uni|university|the course|the degree|tuition)\b"
    r"|\b(?:uni|university|degree|course)\b.{0,8}\bfree\b|\btuition\b|\bfees\b|student loans?|bursar\w*"
    r"|learning support fund|paid (?:for|during|while (?:on|doing)) (?:the |my |your |their )?(?:training|course|courses|induction)"
    r"|paid (?:while|when) (?:training|studying|you train|i train|you study|i study|learning)"
    r"|\b(?:is|are) (?:the )?(?:training|course|courses|induction) paid\b"
    r"|\b(?:degree|uni|university)\b.{0,12}\b(?:money|funding|grants?)\b"  # "nursing degree money support"
    r"|paid (?:to (?:go to|study at|be at)|at|while at|while studying at) (?:uni|university)"
    r"|paid to (?:train|study) (?:as|to be|for)\b"
    # "do i get paid while i train as a nurse", "do you get money while training to be a nurse": for a job
    # reached by a degree, the money while studying.
    r"|(?:paid|money|earn|earnings) (?:while|whilst|during|when) (?:i |you |we |they )?(?:train|training|study|studying)\b.{0,12}\b(?:as|to be) an? "
    r"(?:nurse|midwife|paramedic|physio\w*|radiographer|occupational therapist|speech and language therapist|dietitian"
    r"|operating department practitioner|social worker|doctor)\b"
)
# "How much does it cost?" after a job: what training costs, not what the job pays.
# What something costs, or who pays for it: "who pays for it?", "do i have to pay it back?" (not what the job pays).
COSTS = re.compile(
    r"\b(?:cost|costs|costing|fees|tuition)\b|\bwho pays\b|\bpay (?:it |them |this |that |the \w+ )?back\b"
    r"|\bpay for (?:it|the course|the training|uni|university|the degree)\b"
)
WHERE_TO_STUDY = re.compile(
    r"\b(?:uni|unis|university|universities|college|colleges|course|courses)\b.{0,20}\b(?:near|nearby|round here"
    r"|around here|local|close to)\b|\bwhere (?:can|do|could|should) i (?:study|train)\b"
)
# Asking for something that is not about a job, beside one that is named: software, a speech, booking a test.
# (A poem, jokes or a gift are declined before any job is looked at: OTHER_THING in dialogue.py.)
SOMETHING_ELSE = re.compile(
    r"\b(?:speech|software|app|apps|insurance|quote|solicitor|lawyer|recipe|menu|repair|repairs"
    r"|router|wifi|printer)\b|\bbook (?:my|me|a) (?:driving|practical|theory|test|appointment)\b"
)
# Moving from one job to another, asked of anyone in the job: "can a care worker become a nurse?", "how does
# she go on to qualify", "from technician to pharmacist". (Someone telling their own job and asking "how do I
# become a senior carer?" asks the way into that job.)
MOVING_ON = re.compile(
    r"\b(?:can|could|does|do|would|will|how (?:can|does|do|would)) (?:an?|the|she|he|they|someone|somebody|people)\b"
    r".{0,40}\b(?:becom\w*|go on to|move (?:on |up )?(?:to|into)|step up|progress\w*|qualify)\b"
    r"|\bfrom (?:an? |the )?\w+(?: \w+)? (?:to|into) (?:an? |the )?(?:actual |proper |fully qualified )?\w+"
)
WHILE_DOING_IT = re.compile(
    r"\b(?:while|whilst|during|when) (?:doing |on |i do |you do )?(?:it|that|this|the apprenticeship|an apprenticeship"
    r"|training|i train|you train|im training|i am training|ur training|your training|youre training|you are training"
    r"|u train|ur studying|your studying|youre studying|studying|i study|you study)\b"
)
# A length of time in an answer: "a 4-year degree", "about 10 weeks", "takes months".
DURATION = re.compile(
    r"\b(?:\d+|a|one|two|three|four|six|few)[ -](?:weeks?|months?|years?)\b|\b(?:weeks|months|years)\b"
)
APPRENTICE_PAY = "apprentice-pay"  # the answer on what apprentices are paid
DEGREE_MONEY = "money-for-health-degrees"  # the answer on money while studying for a health degree
TRAVEL_COSTS = re.compile(
    r"\b(?:mileage|milage|petrol|fuel|travel time|travel costs?|travel expenses|expenses)\b"
)
APPLYING = re.compile(r"\b(?:apply|applying|application|applications)\b")
# Setting up a care service of one's own: "start my own home care agency", "open a care home".
OWN_SERVICE = re.compile(
    r"\b(?:start|starting|set up|setting up|open|opening|run my own|own)\b.{0,25}\b(?:agency|business|company"
    r"|care home|service)\b"
)
# Where a job is done is part of naming it: "deputy manager care home pay?" asks the deputy's pay.
SETTING_WORDS = ("care", "home", "homes", "ward", "community", "agency", "residential")


class NamedThings:
    """Answers about the jobs and apprenticeships messages name, with what is built once to tell."""

    def __init__(self, kb: KnowledgeBase, reader: Reader, compose: Composer) -> None:
        self.kb = kb
        self.reader = reader
        self.lexicon = reader.lexicon
        self.index = reader.index
        self.compose = compose
        self._role_stems = {
            role.id: set[str]().union(*(self._words_of(name) for name in role.names)) for role in kb.roles
        }
        self._aspect_stems = frozenset(self.lexicon.stem(w) for w in ASPECT_WORDS)
        self.setting_stems = frozenset(self.lexicon.stem(w) for w in SETTING_WORDS)
        self._student_stems = frozenset(self.lexicon.stem(w) for w in ("student", "students"))
        self._role_faqs = self._dedicated_faqs()
        self._written_for = {faq_id: key for key, faq_id in self._role_faqs.items()}

    def answer(self, state: State, reading: Reading, top: Candidate, defer: bool = True) -> Reply | None:
        """The job or apprenticeship a message names, when the question is about it; else None.

        With `defer` False, a message that says more than its question about the job (who they are,
        a detail an FAQ may explain) still gets the job, when no FAQ answered it.
        """
        entities = reading.entities
        info = entities.as_dict()
        aspect = aspect_asked(entities.aspects)
        if not entities.roles and not entities.apprenticeships:
            return self.follow_up(state, reading)
        # A job of someone they see ("my manager mentioned it") does not take an apprenticeship's question.
        jobs = [r for r in entities.roles if r not in reading.seen]
        if entities.apprenticeships and (not jobs or "apprenticeship" in entities.aspects):
            # "I'm a healthcare assistant and want to do my nursing degree apprenticeship": not the one
            # for the job they already do.
            named_ones = [self.kb.apprenticeship(a) for a in entities.apprenticeships]
            ahead = [a for a in named_ones if not set(a.roles) & reading.own]
            apprenticeship = (ahead or named_ones)[0]
            named = {
                *self._words_of(apprenticeship.name),
                *self._words_of(APPRENTICESHIP_WORDS),
                *self._words_of(apprenticeship.reference or ""),
            }
            more = [
                t
                for t in reading.terms
                if t not in named and t not in QUESTION_TERMS and not t.startswith("=")
            ]
            # (Not an answer written for someone else: "are there nurse associate apprenticeships we could
            # use" from a care home is not "How do I become a nursing associate?")
            for_them = not top.intent.startswith("faq:") or (
                state.audience is None or state.audience in self.kb.faq(top.intent[4:]).audiences
            )
            if top.score >= SURE and more and for_them:
                return None  # a question about the apprenticeship that an FAQ answers
            return self.compose.apprenticeship(apprenticeship, state, 0.85, info)
        route = self._route_asked(reading)
        if route is not None:
            return self.compose.route(route, state, 0.85, info)
        compared = self.compared(reading, aspect)
        if compared:
            roles = [self.kb.role(r) for r in compared]
            # "Should I be a care worker or an HCA? Which is better?" weighs the jobs up: what each is, unless
            # the pay, the way in ("how do I become...") or the next steps are what is asked.
            weighed = "about"
            if aspect in ("pay", "progression") or (aspect and "becoming" in entities.aspects):
                weighed = aspect
            return self.compose.comparison(roles, weighed, state, 0.85, info)
        if entities.audience == "provider" or we_words(reading.raw):
            return None  # "our carers keep leaving": about their service, not the job
        if defer and not entities.aspects and SOMETHING_ELSE.search(reading.folded):
            return None  # "a speech for my mum's leaving do, she's a nurse": the job is only in the story
        telling = self._telling_own_job(reading)
        if defer and (entities.barriers or entities.qualifications or entities.experience) and not telling:
            return None  # the question is about the person, not the job itself
        role_id = entities.roles[0]
        if telling and aspect in (None, "entry"):
            # "I work as a care assistant in a care home" ("work as" is no way in when it is their job):
            # where it can lead.
            aspect = "progression"
        if role_id in reading.seen and not JOB_ASK.search(reading.folded):
            return None  # "how do I get a sick note from my GP?": someone they see, not a job they want
        # "I'm a GP receptionist... can I move up from here?": where my own job leads is about the job.
        next_for_mine = aspect == "progression" and any(r in reading.own for r in entities.roles)
        described = reading.described == role_id  # the words that describe the job stand for its name
        if (
            defer
            and not described
            and reading.asking
            and not next_for_mine
            and not reading.asking & self._role_stems[role_id]
            and self._asks_more(reading)
        ):
            return None  # "Team leader here. What do the levels mean?": the job is in the story, not the question
        if aspect == "pay" and self._students_of(reading, role_id):
            return None  # "do student nurses get paid?": money while training for the job, not its pay
        if defer and STUDY_COSTS.search(reading.folded):
            return None  # "do nurses have to pay for uni?": what studying costs, not the job
        if defer and OWN_SERVICE.search(reading.folded):
            return None  # "start my own home care agency": a business to set up, not the job
        rest = [] if described or telling else self.beyond_the_job(reading, role_id)
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
                    if c.intent.startswith("faq:") and not is_elsewhere(self.kb, c.intent)
                ),
                None,
            )
            if faq and self.written_for_another(faq.intent, entities.roles, entities.aspects):
                faq = None  # "RGN salary newly qualified" is not asking "How do I become a nurse?"
            if (
                faq
                and all(t.startswith("=") for t in rest)
                and self._about_other_jobs(faq.intent, entities.roles)
            ):
                # "im 15 in year 10 i want to be a midwife": their age is who they are, and "Can I work in
                # care at 16 or 17?" is about other jobs.
                faq = None
            if (
                defer
                and faq
                and not next_for_mine
                and faq.score >= UNSURE
                and (weight >= REST_WEIGHT or not asked)
                and self.index.explains(faq.intent, rest)
            ):
                return None  # the job is mentioned, but an FAQ answers what else they asked
            short = len(set(reading.terms)) < LONG_MESSAGE_TERMS  # in a long story, unknown words are details
            if not asked and short and any(t not in self.index.idf for t in rest if not t.startswith("=")):
                return None  # "do care workers get a pension?": a question we have no words for
        if defer and aspect == "entry" and role_id in reading.own:
            # "been a carer 2 yrs, can i get into the nhs from that": the way in is to somewhere else.
            faq = next((c for c in reading.candidates if c.intent.startswith("faq:")), None)
            if faq and faq.score >= UNSURE:
                return None
        asked_before = self.aspect_of(state.topic)
        if FOLLOW_UP.match(reading.folded) and not rest and asked_before:
            # "What about a nurse?" after a paramedic's pay, or after "How much does a care worker earn?":
            # the same question about another job.
            aspect = asked_before
        # "How many years to be a doctor?": how long it takes is part of the way in (not "how long do you get
        # with each person", asked with what the work is like).
        timed = aspect == "duration" and "about" not in entities.aspects
        if timed or (aspect in ("duration", None) and "entry" in entities.aspects):
            aspect = "entry"
        if aspect is None and role_id in reading.towards and len(entities.roles) > 1:
            aspect = "entry"  # "carer to nurse?": the way from one job into the other
        if aspect == "progression" and reading.own and (not reading.towards or FOR_ME.search(reading.folded)):
            # "I'm a team leader, what's next for me, deputy or registered manager?": where my job leads.
            role_id = next(r for r in entities.roles if r in reading.own)
        aspect = aspect if aspect in ("pay", "progression", "entry") else "about"
        dedicated = self._role_faqs.get((role_id, aspect))
        if dedicated:
            # "How do I become a nurse?" has an answer written for it: better than the job's facts alone.
            state.topic = f"faq:{dedicated}"
            reply = self.compose.faq(self.kb.faq(dedicated), state, 0.85, info)
            state.role = role_id  # "how long does it take?" next is about this job
            return reply
        return self.compose.role(self.kb.role(role_id), aspect, state, 0.85, info)

    def aspect_of(self, topic: str | None) -> str | None:
        """What the last answer told about a job: a job's answer ("role-pay"), or an FAQ written for one."""
        if not topic:
            return None
        if topic.startswith("role-"):
            return topic[5:]
        written = self._written_for.get(topic[4:]) if topic.startswith("faq:") else None
        return written[1] if written else None

    def which_of_shown(self, state: State, reading: Reading) -> Reply | None:
        """ "Which pays more?", "which is quicker?" after two or three jobs were shown: those jobs side by side.

        The pay of each, the way into each (how long it takes is part of it), or what each is and where.
        """
        entities = reading.entities
        shown = list(state.offered)
        if (
            not shown
            and state.topic
            and state.topic.startswith("faq:")
            and self.kb.get("faqs", state.topic[4:])
        ):
            shown = list(self.kb.faq(state.topic[4:]).roles[:2])  # the jobs on the answer's cards
        if len(shown) < 2 or entities.roles:
            return None
        folded = reading.folded
        if not (
            WHICH.search(folded)
            or HOW_MUCH_MORE.search(folded)
            or COMPARE.search(folded)
            or EITHER.search(folded)
        ):
            return (
                None  # "which pays more?", "whats the difference?", "can i do either as an apprenticeship?"
            )
        if len(set(reading.terms)) >= LONG_MESSAGE_TERMS:
            return None
        aspect = aspect_asked(entities.aspects)
        if QUICKER.search(reading.folded) or aspect in ("entry", "duration", "apprenticeship"):
            asked = "entry"
        elif aspect == "pay":
            asked = "pay"
        elif BETTER.search(reading.folded) or aspect == "about" or COMPARE.search(reading.folded):
            asked = "about"
        else:
            return None
        # Known jobs only: `offered` is checked when the state is read, and an answer's jobs by the knowledge check.
        roles = [self.kb.role(r) for r in shown[:3]]
        return self.compose.comparison(roles, asked, state, 0.75, entities.as_dict())

    def follow_up(self, state: State, reading: Reading) -> Reply | None:
        """A short question about the job or apprenticeship just shown ("what does it pay?")."""
        entities = reading.entities
        aspect = aspect_asked(entities.aspects)
        # "is that paid?", "what's the next step after that?": a few words, or a few more that point back.
        short = aspect is not None and (
            len(reading.terms) <= 3
            or (len(reading.terms) <= SHORT_ASK_TERMS + 1 and bool(POINTS_BACK.search(reading.folded)))
        )
        # "apprenticeships?" after a job is a new question, not "how do I get into that job?"
        # "do u get paid while training" after a midwife's answer: money while studying, not a midwife's pay.
        new_question = (
            entities.aspects == ["apprenticeship"]
            or bool(COSTS.search(reading.folded))
            or bool(STUDY_COSTS.search(reading.folded))
            or bool(APPLYING.search(reading.folded))  # "how do i apply for it?": applying, not the way in
            or bool(WHERE_TO_STUDY.search(reading.folded))  # "is there a uni near me?": where, not how
            or bool(TRAVEL_COSTS.search(reading.folded))  # "do they pay mileage?": travel, not the job's pay
        )
        info = entities.as_dict()
        if (
            short
            and not new_question
            and len(state.offered) > 1
            and aspect in ("pay", "entry", "duration")
            and _compared(state)
        ):
            # "What does it pay?" after two jobs were set side by side: the pay of both.
            roles = [self.kb.role(r) for r in state.offered]
            return self.compose.comparison(roles, section_asked(entities.aspects), state, 0.75, info)
        if (
            short
            and not new_question
            and len(state.offered) > 1
            and aspect in ("pay", "progression", "entry", "duration")
        ):
            # "What does it pay?" after a few jobs were suggested: which one?
            return self.compose.which_job(state.offered, section_asked(entities.aspects), state, info)
        # "whats a psychologist earn" after a physio's answer names a job we do not know: not a question about it.
        other = OTHER_JOB.search(reading.folded)
        unknown_job = other is not None and (other.group(1) or other.group(2)) not in NOT_A_JOB
        # After an answer for employers that names a job ("Should our staff do the Level 2 certificate?"),
        # "how do i claim it?" is not the way into that job.
        topic = state.topic or ""
        about_the_job = not (
            topic.startswith("faq:")
            and self.kb.get("faqs", topic[4:]) is not None
            and self.kb.faq(topic[4:]).audiences == ("provider",)
        )
        if (
            aspect == "pay"
            and state.apprenticeship
            and WHILE_DOING_IT.search(reading.folded)
            and not entities.roles
            and self.kb.get("faqs", APPRENTICE_PAY)
        ):
            # "do i get paid while doing it?" after an apprenticeship: an apprentice's pay, not the qualified job's.
            return self.compose.faq(self.kb.faq(APPRENTICE_PAY), state, 0.75, info)
        if (
            aspect == "pay"
            and state.role
            and WHILE_DOING_IT.search(reading.folded)
            and not entities.roles
            and "university" in self.kb.role(state.role).entry_routes
        ):
            # "would i get paid while doing it?" after the way into a degree job: money while you study (or a
            # wage on the degree apprenticeship), not what the job pays once qualified.
            funding = [
                f
                for f in self.kb.faqs
                if "funding" in f.topics and state.role in f.roles and f.id != APPRENTICE_PAY
            ]
            if not funding and self.kb.get("faqs", DEGREE_MONEY):
                funding = [self.kb.faq(DEGREE_MONEY)]
            if funding:
                return self.compose.faq(funding[0], state, 0.75, info)
        if (
            short
            and state.apprenticeship
            and state.topic == "apprenticeship-about"
            and aspect in ("duration", "entry")
            and not new_question
        ):
            # "how long does that take?" straight after an apprenticeship's answer: that apprenticeship,
            # whatever job was in mind before it.
            return self.compose.apprenticeship(
                self.kb.apprenticeship(state.apprenticeship), state, 0.75, info
            )
        if short and state.role and aspect == "duration" and state.topic == "role-entry" and not new_question:
            # "how long does it take?" straight after a job's way in: the part of it that says how long, not the
            # same answer again.
            role = self.kb.role(state.role)
            said = sentences(role.you_need)
            # With the step that follows it: "A 4-year degree." "Then a paid foundation training year..."
            timed = [
                s
                for i, s in enumerate(said)
                if DURATION.search(s) or (i and s.startswith("Then ") and DURATION.search(said[i - 1]))
            ]
            if timed:
                return self.compose.about_the_job(role, " ".join(timed), "entry", state, info)
        if (
            short
            and state.role
            and about_the_job
            and aspect in ("pay", "progression", "entry", "duration")
            and not new_question
            and not unknown_job
        ):
            aspect = "entry" if aspect == "duration" else aspect
            return self.compose.role(self.kb.role(state.role), aspect, state, 0.75, info)
        if (
            state.role
            and "apprenticeship" in entities.aspects
            # With a job in mind, "is there an apprenticeship?" is about that job too (the word alone,
            # "apprenticeships?", asks about them in general).
            and (REFERS_BACK.search(reading.folded) or (state.topic is not None and len(reading.raw) > 2))
            and short_ask(reading)
        ):
            # "Can I do it as an apprenticeship?" after a job: that job's apprenticeship.
            training = self.kb.apprenticeships_into(state.role)
            if training:
                # The lowest level, and of those the one most about this job (a healthcare assistant's own,
                # not the foundation apprenticeship that leads to five jobs).
                first = min(training, key=lambda a: (a.level, len(a.roles)))
                return self.compose.apprenticeship(first, state, 0.75, info)
        if short and state.apprenticeship and aspect in ("duration", "entry", "about"):
            apprenticeship = self.kb.apprenticeship(state.apprenticeship)
            return self.compose.apprenticeship(apprenticeship, state, 0.75, info)
        return None

    def _route_asked(self, reading: Reading) -> Route | None:
        """The step between two jobs a message asks about: "can a social work assistant become a social
        worker?", "from pharmacy technician to pharmacist". None without a way of moving on, or two jobs."""
        roles = reading.entities.roles
        if len(roles) < 2 or not MOVING_ON.search(reading.folded):
            return None
        if set(roles) & reading.own:
            return None  # "I'm a pharmacy assistant, how do I become a technician?": the way into that job
        for start, end in ((roles[0], roles[1]), (roles[1], roles[0])):
            found = next((r for r in self.kb.routes_from(start) if r.to_role == end), None)
            if found is not None:
                return found
        return None

    def compared(self, reading: Reading, aspect: str | None) -> list[str]:
        """The two jobs a message sets side by side, the one asked about first; else [].

        "ECA vs paramedic", "HCA or care worker?", "which pays more, a carer or a HCA?", "do pharmacy
        technicians get paid more than us?" from a dental nurse. Not where a job leads ("I'm a team
        leader, what's next, deputy or registered manager?"), not jobs of people they see, not a service
        speaking of its staff.
        """
        entities = reading.entities
        jobs = [r for r in entities.roles if r not in reading.seen]
        if len(jobs) < 2 or aspect == "progression" or entities.audience == "provider":
            return []
        folded = reading.folded
        choice = bool(CHOICE.search(folded)) and (
            bool(WHICH.search(folded))
            or len(set(self.beyond_the_job(reading, jobs[0]))) <= CHOICE_EXTRA_TERMS
        )
        more = bool(MORE_THAN.search(folded)) and aspect == "pay"
        if not (COMPARE.search(folded) or choice or more):
            return []
        # The job they do now is the one compared with: the other is the one asked about.
        jobs.sort(key=lambda r: r in reading.own)
        return jobs[:2]

    def asks_what_it_is(self, reading: Reading) -> bool:
        """True when the question asks what the one job it names is, or pays, and names it ("shared lives carer -
        what is it?", "I'd like to know how much a healthcare support worker gets")."""
        jobs = [r for r in reading.entities.roles if r not in reading.seen and r not in reading.own]
        if len(jobs) != 1:
            return False
        role = self.kb.role(jobs[0])
        asking = reading.asking or frozenset(reading.terms)  # one sentence asks with all its words
        return aspect_asked(reading.entities.aspects) in ("about", "pay") and any(
            self._words_of(name) <= asking for name in (role.title, *role.also_called)
        )

    def written_for_another(self, intent: str, roles: list[str], aspects: list[str]) -> bool:
        """True when an FAQ was written for one question about one job: not a job named, or not what is asked.

        The way in is asked in many words ("become", "train", "how long", "apprenticeship").
        """
        written = self._written_for.get(intent[4:])
        if written is None:
            return False
        family = ENTRY_FAMILY if written[1] == "entry" else {written[1]}
        return written[0] not in roles or bool(aspects and not family & set(aspects))

    def _about_other_jobs(self, intent: str, roles: list[str]) -> bool:
        """True when an FAQ is tied to jobs and none of them is a job the message names."""
        linked = self.kb.faq(intent[4:]).roles
        return bool(linked) and not set(linked) & set(roles)

    def _telling_own_job(self, reading: Reading) -> bool:
        """True for a message that only says which job the person does ("im a senior carer in a nursing home")."""
        roles = reading.entities.roles
        return (
            not reading.question
            and len(roles) == 1
            and roles[0] in reading.own
            and all(t.startswith("=") for t in self.beyond_the_job(reading, roles[0]))
        )

    def _students_of(self, reading: Reading, role_id: str) -> bool:
        """True when the message names students of the job ("student nurses", "paramedic students")."""
        names, terms = self._role_stems[role_id], reading.terms
        return any(
            term in self._student_stems and bool({*terms[max(0, i - 1) : i], *terms[i + 1 : i + 2]} & names)
            for i, term in enumerate(terms)
        )

    def _uses_the_service(self, reading: Reading, rest: list[str]) -> bool:
        """True when a message names a job only as someone the person sees (a GP, a dentist).

        The best reading is a pointer elsewhere that explains what else was said, and nothing asks
        about the job itself: "how do I book a GP appointment?", not "how do I become a GP?".
        """
        top = next((c for c in reading.candidates if c.intent.startswith("faq:")), None)
        return (
            top is not None
            and is_elsewhere(self.kb, top.intent)
            and top.score >= CONFIDENT
            and not JOB_ASK.search(reading.folded)
            and self.index.explains(top.intent, rest)
        )

    def _asks_more(self, reading: Reading) -> bool:
        """True when the sentence that asks says more than "this about my job" ("can I move up?")."""
        said = self._aspect_stems | self.reader.place_stems | self.setting_stems
        return any(t not in said and t not in SPEAKER_TERMS for t in reading.asking)

    def beyond_the_job(self, reading: Reading, role_id: str) -> list[str]:
        """The terms of a message that say more than "tell me this about this job".

        Another job it names is a detail ("I'm a team leader, what does a lead practitioner earn?").
        """
        named = set().union(*(self._role_stems[r] for r in {role_id, *reading.entities.roles}))
        said = named | self._aspect_stems | self.reader.place_stems | self.setting_stems
        return [t for t in reading.terms if t not in said and t not in SPEAKER_TERMS]

    def _dedicated_faqs(self) -> dict[tuple[str, str], str]:
        """FAQs whose question is just "this about this job" ("How do I become a nurse?"), by job and aspect."""
        found: dict[tuple[str, str], str] = {}
        for faq in self.kb.faqs:
            reading = self.reader.read(faq.question)
            roles = reading.entities.roles
            if len(roles) != 1 or not reading.entities.aspects or self.beyond_the_job(reading, roles[0]):
                continue
            aspect = aspect_asked(reading.entities.aspects) or "about"
            found.setdefault((roles[0], "entry" if aspect == "duration" else aspect), faq.id)
        return found

    def _words_of(self, text: str) -> set[str]:
        """The terms of a name, read as a message is."""
        return set(self.lexicon.terms(self.lexicon.read(text)))


def _compared(state: State) -> bool:
    """True when the last reply set the jobs it showed side by side (not a journey's suggestions)."""
    return bool(state.topic and state.topic.startswith("role-"))


def aspect_asked(aspects: list[str]) -> str | None:
    """The one aspect a message asks about a job, the most telling first."""
    for aspect in ("doing", "becoming", "pay", "progression", "duration", "apprenticeship", "entry", "about"):
        if aspect in aspects:
            if aspect == "doing":
                return "about"
            return "entry" if aspect in ("apprenticeship", "becoming") else aspect
    return None


def section_asked(aspects: list[str]) -> str:
    """Which part of a job's answer a message asks for: "about", "pay", "entry" or "progression"."""
    aspect = aspect_asked(aspects)
    if aspect == "duration":
        return "entry"  # how long it takes is part of the way in
    return aspect if aspect in ("pay", "progression", "entry") else "about"
