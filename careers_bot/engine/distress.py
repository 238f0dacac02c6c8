"""Cries for help the cue patterns miss, found by likeness to written examples.

The patterns in safety.py catch what they were written for; people say the same things in ways nobody
wrote a pattern for. So the guide also compares a message with example messages: ones that need urgent
help, and everyday ones: worries about care work that only sound like them ("what if I can't cope with
the toileting?") and every way the knowledge base knows of asking its questions. A message that is close
to an urgent example, and closer to it than to any everyday one, gets urgent help too. The everyday
questions matter: some urgent examples hide a cry for help inside a careers question, and "how do I
apply for a care job?" must stay nearer the questions than those.

Nearest examples miss a message that mixes the words of several ("my mate said he's going to take all
his pills tonight"), so a model is learned from the same examples when the engine starts (learned.py):
it weighs every word and pair by how much it speaks for urgent help. It judges only messages of a few
words or more ("not sure" says too little), and must be sure (LIKELY).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np

from careers_bot.engine.distress_examples import EVERYDAY, URGENT
from careers_bot.engine.learned import WordModel, stems_and_pairs
from careers_bot.engine.normalise import fold, words
from careers_bot.engine.safety import GOES_ON, PAST_HARM, TO_ME, in_distress, kinds

CLOSE = 0.35  # how close to an urgent example a message must be (cosine of the weighted words and pairs)
CLEAR = 0.05  # and how much closer to it than to the nearest everyday one
LIKELY = 0.945  # or how sure the model of the same examples is that it is urgent
SAYS_ENOUGH = 3  # the model judges only messages of at least this many words ("not sure" says too little)
# A question for a course, a training session or a policy ("types of abuse for my level 2 unit"): the cue
# patterns' words without a crisis. Only when the model is also sure it is not urgent (CALM) does it stand:
# a cry for help inside a course question ("doing level 2 but I think about killing myself") still counts.
LEARNING = re.compile(
    r"\b(?:course|courses|training|trained|assignment|unit|module|essay|revision|revising|revise|quiz|induction|awareness"
    r"|nvq|care certificate"
    r"|policy|policies|procedure|procedures|interview question|btec|certificate|diploma|exam|homework|lesson"
    r"|lecture|documentary|signs of|types of|what counts as|in class|for my level \d|level \d (?:unit|module"
    r"|assignment)|how do (?:care homes|staff|carers|nurses|you|they|services|hospitals) (?:keep|protect|stop|prevent)"
    # An employer's question: "how do i check overseas workers arent being exploited".
    r"|how (?:do|can|should) (?:i|we) (?:check|make sure|ensure|stop|prevent|spot|protect))\b"
)
CALM = 0.15
# Where or how someone wants to live ("i dont want to live on benefits anymore", "...in leicester"): alike in
# words to "i dont want to live anymore", but about a home or an income, unless a cue pattern says more.
SOMEWHERE_TO_LIVE = re.compile(
    r"\bwant to live (?:on|in|with|at|near|off|somewhere|abroad|there|together|alone|round|around)\b"
)
# A question about a career in helping people in crisis ("how do I become a suicide prevention worker", "I want
# to work with women who have escaped domestic abuse"): the cue words without a crisis, when the model leans
# away from urgent (below CAREER_CALM) and nobody says it of themselves.
CAREER = re.compile(
    r"\b(?:become|becoming|be an?|work with|working with|want to work|jobs?|careers?|train (?:to|as)|training to"
    r"|(?:nurses|workers|carers|staff|paramedics|doctors|therapists) (?:help|deal with|support|cope with)"
    r"|(?:have|has) to deal with"
    # A manager asking how to support staff: "as a manager how do i support a staff member going through...".
    r"|\bas an? (?:manager|employer|provider)\b|how (?:do|can|should) (?:i|we) support (?:a |my |our )?(?:staff|member of staff|staff member|employee|colleague)"
    # "what does a mental health nurse do when someone is suicidal?"
    r"|what (?:does|do|would|should) (?:an? |the )?(?:\w+ ){0,3}(?:nurse|nurses|carer|carers|worker|workers|doctor"
    r"|doctors|paramedic|staff|therapist|advocates?|advis[eo]rs?|officers?|practitioners?|specialists?|coordinators?"
    r"|idvas?|isvas?|counsellors?|navigators?)(?: (?:at|in|for|on|with) (?:an? |the )?(?:\w+ ){0,4}\w+)? do"
    r"|(?:carers|nurses|staff|workers|paramedics) (?:do|learn|carry|give|get trained|are trained)|earn|earns|salary)\b"
)
CAREER_CALM = 0.3
FEELING_LOW = "feeling low"
# Someone cared for at work has died: "a lady I looked after on placement died last night".
GRIEF_AT_WORK = re.compile(
    r"\b(?:resident|client|patient|service user|lady|ladies|man|men|gentleman|gentlemen|woman|women)s?\b.{0,50}"
    r"\b(?:died|passed away|passed on"
    r"|passed)\b|\b(?:lost|losing) (?:a|one of (?:my|our)) (?:residents?|clients?|patients?)\b"
)
# A problem with one's own benefit claim ("my carers allowance has been stopped and no one will tell me why",
# "my uc got sanctioned"): worrying, but a job for Citizens Advice, not a crisis, unless a cue pattern says
# more ("...and there is no food in the house").
MY_BENEFIT_CLAIM = re.compile(
    r"\bmy (?:universal credit|uc|pip|esa|dla|jsa|carers allowance|child benefit|housing benefit|tax credits?"
    r"|pension credit|attendance allowance|benefits?)(?: claim| payments?| money)?"
    r" (?:\w+ ){0,2}(?:stopped|cut|sanctioned|late|wrong|reduced|suspended|refused|turned down|changed)\b"
)
# A worry about a visa or a sponsor, told with fear ("...lost their licence, what do i do, im scared"): the
# answer about it, not the help for danger, unless something else says danger.
VISA_WORRY = re.compile(
    r"\b(?:visa|visas|sponsor\w*|home office|leave to remain|right to work|immigration)\b"
)
WORRY_CALM = 0.5  # and the model is less than even that it is urgent
SCARED = re.compile(r"\b(?:im|i am|i feel|and) (?:so |really |very )?(?:scared|worried|frightened)\b")
# Crisis words that also name a subject people work in.
SUBJECTS = re.compile(
    r"\b(?:suicid\w*|abus\w*|domestic (?:violence|abuse)|heart attacks?|self ?harm\w*|neglect\w*|overdos\w*"
    r"|sexual (?:assault|violence) (?:referral )?(?:cent(?:re|er)s?|services?|nurses?|examiners?)|sarcs?"
    r"|seizures?|strokes?|choking|safeguarding|forced marriage(?: unit)?|homeless(?:ness)?|rough sleep\w*|no (?:home|house|fixed abode)|panic attacks?|psycho(?:sis|tic)|manic)\b"
)
# But never when someone says it of themselves: "whats the point training for a career when i want to be dead",
# "Ive self harmed 3 times this week", "before i end things on friday".
OF_MYSELF = re.compile(
    r"\b(?:i|im|i am|ive|i have)\b(?: \w+){0,3} (?:want|wanna|wish|going|gonna|thinking|planning|tried|trying)\b"
    r"(?: \w+){0,3} (?:dead|die|dying|kill|killing|end(?:ing)? it|end(?:ing)? my life)\b"
    r"|\b(?:kill|hurt|harm|cut|cutting|hurting) my ?self\b"
    r"|\b(?:ive|i have|i|im|i am|i keep)\b (?:\w+ ){0,2}(?:self ?harm\w*|cut(?:ting)? my)"
    r"|\bi (?:\w+ ){0,3}end (?:it|things|my life)\b"
    # Harm done to them: "i was sexually assaulted years ago and the training is bringing it all back".
    r"|\b(?:i was|ive been|i have been|i got|im being|i am being) (?:\w+ )?(?:assaulted|raped|abused|attacked|groomed"
    r"|beaten)\b|\bbringing it (?:all )?back\b|\bflashbacks\b"
    # Nowhere to sleep tonight, beside a course question: "kicked me out today, on a mates sofa tonight".
    r"|\b(?:kicked|thrown|chucked) me out\b|\bnowhere to (?:sleep|stay)\b"
)


class DistressMatcher:
    """Finds messages like the urgent examples and unlike the everyday ones. Build once."""

    def __init__(self, urgent: Iterable[str] = URGENT, everyday: Iterable[str] = EVERYDAY) -> None:
        urgent, everyday = list(urgent), list(everyday)
        examples = [(text, True) for text in urgent] + [(text, False) for text in everyday]
        found = [stems_and_pairs(text) for text, _ in examples]
        counts = Counter(f for features in found for f in set(features))
        total = len(examples)
        self._idf = {f: math.log((1 + total) / (1 + n)) + 1.0 for f, n in counts.items()}
        self._urgent = np.array([is_urgent for _, is_urgent in examples])
        self._size = total
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, features in enumerate(found):
            for feature, weight in self._vector(features).items():
                postings[feature].append((index, weight))
        self._postings = {
            f: (np.array([i for i, _ in pairs]), np.array([w for _, w in pairs]))
            for f, pairs in postings.items()
        }
        self._model = WordModel(urgent, everyday)
        self._everyday = frozenset(fold(text) for text in everyday)

    def urgent(self, text: str) -> bool:
        """True when a message needs urgent help first: the cue patterns or the examples say so.

        A cue pattern in a question for a course or a policy, which the model is sure is not urgent, does not,
        unless the person says it of themselves.
        """
        folded = fold(text)
        if folded in self._everyday and not in_distress(folded):
            return False  # written as an everyday example ("a client keeps asking me to lend her money")
        if PAST_HARM.search(folded) and not GOES_ON.search(folded):
            # "I was abused as a child, can I be a social worker?": harm that is over is not a crisis now;
            # the rest of the message is judged by the cue patterns ("...and I still want to die").
            return in_distress(PAST_HARM.sub(" ", folded))
        if MY_BENEFIT_CLAIM.search(folded) and not in_distress(folded):
            return False
        if (
            VISA_WORRY.search(folded)
            and not in_distress(SCARED.sub(" ", folded))
            and self.likelihood(text) < WORRY_CALM
        ):
            return False
        if (
            GRIEF_AT_WORK.search(folded)
            and kinds(folded) in ([], [FEELING_LOW])
            and not OF_MYSELF.search(folded)
        ):
            # "a lady I looked after died last night and I can't stop crying, is that normal?": grief for someone
            # cared for, answered with what helps (the answer on when someone you cared for dies), not a crisis.
            return False
        if self._near_urgent(text) and not (SOMEWHERE_TO_LIVE.search(folded) and not in_distress(folded)):
            return True
        likely = self.likelihood(text)  # worked out once, for both uses below
        if self._sure(text, likely):
            return True
        learning = bool(LEARNING.search(folded)) and likely < CALM
        career = (
            bool(CAREER.search(folded))
            and likely < CAREER_CALM
            and not TO_ME.search(folded)
            # Only the name of a subject ("suicide prevention", "abuse"), not harm being done ("shouts at him").
            and not in_distress(SUBJECTS.sub(" ", folded))
        )
        vetoed = (learning or career) and not OF_MYSELF.search(folded)
        return in_distress(folded) and not vetoed

    def matches(self, text: str) -> bool:
        """True when the text is close to an urgent example and clearly closer than to any everyday one,
        or when its words together say urgent with the model's confidence."""
        return self._near_urgent(text) or self._sure(text, self.likelihood(text))

    def _near_urgent(self, text: str) -> bool:
        urgent, everyday = self.closeness(text)
        return urgent >= CLOSE and urgent - everyday >= CLEAR

    def _sure(self, text: str, likely: float) -> bool:
        return likely >= LIKELY and len(words(text)) >= SAYS_ENOUGH

    def likelihood(self, text: str) -> float:
        """How likely the model thinks the text needs urgent help (0 to 1)."""
        return self._model.likelihood(text)

    def closeness(self, text: str) -> tuple[float, float]:
        """How close the text is to the nearest urgent example, and to the nearest everyday one."""
        found = [
            (self._postings[f], w)
            for f, w in self._vector(stems_and_pairs(text)).items()
            if f in self._postings
        ]
        if not found:
            return 0.0, 0.0
        positions = np.concatenate([p[0] for p, _ in found])
        weights = np.concatenate([p[1] * w for p, w in found])
        scores = np.bincount(positions, weights=weights, minlength=self._size)
        return float(scores[self._urgent].max()), float(scores[~self._urgent].max())

    def _vector(self, features: list[str]) -> dict[str, float]:
        counts = Counter(features)
        weights = {f: (1 + math.log(n)) * self._idf.get(f, 0.0) for f, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {f: w / norm for f, w in weights.items() if w}
