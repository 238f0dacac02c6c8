"""Scoring a message against every way people ask each question.

Two measures, both built once from the phrasings:

- **Which answer** (the ranking): naive Bayes over word stems. Each phrasing of an answer is
  evidence for the words people use when they mean it, and the answer's own text adds a little
  more. A message's words are weighed together, so "levy" plus "give us" points at a levy
  transfer even when no single phrasing has both. On the blind part of the utterance set this
  ranks the right answer first far more often than nearest-phrasing similarity does.
- **How well it fits** (the score, 0 to 1, which doubles as the engine's confidence): the cosine
  similarity of TF-IDF vectors, against the best phrasing or all of an answer's phrasings together.
  Rare, telling words ("DBS", "levy") count for far more than common ones ("work", "how"), and a
  message made of words no phrasing has scores low.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from careers_bot.engine.lexicon import STOPWORDS, WEAK_DOMAIN, Lexicon

LONG_MESSAGE_TERMS = 6
# Confidence bands for the fit of a message to an answer, tuned on the tuning part of
# tests/data/utterances.yaml.
CONFIDENT = 0.5
UNSURE = 0.3
SURE = 0.8
# Beyond a job's facts or who someone is, this much (summed IDF) is a question of its own: one rare word.
REST_WEIGHT = 3.0
QUESTION_TERMS = frozenset({"what", "how", "why", "when", "where", "who", "which"})
# Naive Bayes: smoothing for words an answer's phrasings never use, and how much the answer's own
# words count against one phrasing (tuned on the tuning part of tests/data/utterances.yaml).
SMOOTHING = 0.1
STRESS = 1.5  # how much more the words of the question count than the story around it
ANSWER_WEIGHT = 0.5
# The rank adds this many nats per unit of fit: when the words alone barely tell answers apart (one
# word, "apprenticeship?"), the phrasing that says just that wins.
FIT_NATS = 3.0


@dataclass(frozen=True)
class Candidate:
    """A possible reading of a message: an intent id, how well the message fits it (0 to 1), and its rank.

    `rank` orders the readings: the naive Bayes log-likelihood of the message's words, in nats.
    A difference of 1 means the better reading is e (2.7) times as likely.
    """

    intent: str
    score: float
    rank: float = 0.0


class PhrasingIndex:
    """An inverted index of phrasings, built once; a lookup only adds up weights.

    Postings are numpy arrays, so a lookup costs a few array operations per word of the message
    rather than a Python loop over every phrasing that shares a word.
    """

    def __init__(
        self,
        lexicon: Lexicon,
        phrasings: Iterable[tuple[str, str]],
        domain_texts: Iterable[str] = (),
        terms_of: Callable[[str], list[str]] | None = None,
        answers: Iterable[tuple[str, str]] = (),
    ) -> None:
        """`terms_of` reads a phrasing into terms exactly as messages are read (words only by default).

        `answers` are (intent, text) pairs whose words are weaker evidence for the intent.
        """
        read = terms_of or (lambda text: lexicon.terms(lexicon.read(text)))
        by_intent: dict[str, list[set[str]]] = defaultdict(list)
        for intent, text in phrasings:
            terms = set(read(text))
            # A phrasing that comes down to a question word ("what do you do") would match any "what".
            if terms - QUESTION_TERMS:
                by_intent[intent].append(terms)
        # Each phrasing's words, when only one intent has a phrasing with just those words.
        owners: dict[frozenset[str], set[str]] = defaultdict(set)
        for intent, vectors in by_intent.items():
            for terms in vectors:
                owners[frozenset(terms)].add(intent)
        self.written = {terms: next(iter(ids)) for terms, ids in owners.items() if len(ids) == 1}
        count = len(by_intent)
        frequency: dict[str, int] = defaultdict(int)
        for vectors in by_intent.values():
            for term in set().union(*vectors):
                frequency[term] += 1
        self.idf = {t: math.log((count + 1) / (n + 0.5)) for t, n in frequency.items()}
        # A word we have never seen is information we cannot match: weigh it like the rarest word.
        self.unknown_weight = max(self.idf.values(), default=1.0)
        self._intents = list(by_intent)
        self._vocabulary = {i: frozenset().union(*vectors) for i, vectors in by_intent.items()}
        postings: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        starts: list[int] = []
        position = 0
        for intent in self._intents:
            starts.append(position)
            # Every phrasing, plus all of them together: a long message may echo several phrasings.
            for terms in [*by_intent[intent], set().union(*by_intent[intent])]:
                norm = math.sqrt(sum(self.idf[t] ** 2 for t in terms)) or 1.0
                for term in terms:
                    postings[term][0].append(position)
                    postings[term][1].append(self.idf[term] / norm)
                position += 1
        self._size = position
        self._starts = np.array(starts, dtype=np.intp)
        self._postings = {
            t: (np.array(p, dtype=np.intp), np.array(w, dtype=np.float64)) for t, (p, w) in postings.items()
        }
        self._build_bayes(by_intent, [(i, set(read(t))) for i, t in answers if i in by_intent])
        # Domain words come from names and questions, not from casual phrasings full of everyday words.
        stop_stems = {lexicon.stem(w) for w in WEAK_DOMAIN | STOPWORDS}
        named = {t for text in domain_texts for t in lexicon.terms(lexicon.read(text))}
        self.domain_terms = frozenset(t for t in named if t in self.idf and t not in stop_stems)

    def _build_bayes(self, by_intent: dict[str, list[set[str]]], answers: list[tuple[str, set[str]]]) -> None:
        """Naive Bayes word evidence per intent, kept sparse: the gain over an unseen word, per word.

        log P(word | intent) = log(count + SMOOTHING) - log(total + SMOOTHING * vocabulary), where a
        count is how many phrasings use the word (plus ANSWER_WEIGHT when the answer does). Stored as
        `base` per intent (the log-probability of a word it never uses) and, per word, the intents that
        use it with their gain over that base; a message's score is base times its words plus gains.
        """
        counts: dict[str, dict[str, float]] = {i: defaultdict(float) for i in self._intents}
        for intent, vectors in by_intent.items():
            for terms in vectors:
                for term in terms:
                    counts[intent][term] += 1.0
        for intent, terms in answers:
            for term in terms:
                if term in self.idf:  # only words some phrasing uses: the answer adds weight, not vocabulary
                    counts[intent][term] += ANSWER_WEIGHT
        vocabulary = len(self.idf)
        totals = np.array([sum(counts[i].values()) for i in self._intents])
        self._base = math.log(SMOOTHING) - np.log(totals + SMOOTHING * vocabulary)
        gains: dict[str, tuple[list[int], list[float]]] = defaultdict(lambda: ([], []))
        for k, intent in enumerate(self._intents):
            for term, n in counts[intent].items():
                gains[term][0].append(k)
                gains[term][1].append(math.log(n + SMOOTHING) - math.log(SMOOTHING))
        self._gains = {
            t: (np.array(k, dtype=np.intp), np.array(g, dtype=np.float64)) for t, (k, g) in gains.items()
        }

    def search(
        self, terms: list[str], limit: int = 5, stressed: frozenset[str] = frozenset()
    ) -> list[Candidate]:
        """The likeliest intents for a message's terms, best first, each with how well it fits (0 to 1).

        `stressed` terms (those of the question in a longer story) count STRESS times as much.
        """
        unique = set(terms)
        known = [t for t in unique if t in self._postings]
        if not known:
            return []
        # In a short message a word we never saw is most of what was said ("fortnite tips"); in a long
        # one it is usually a detail of someone's story ("a pub", "since christmas"), so it weighs less.
        unknown = self.unknown_weight if len(unique) < LONG_MESSAGE_TERMS else self.unknown_weight / 2
        times = {t: STRESS if t in stressed else 1.0 for t in unique}
        weights = {t: self.idf.get(t, unknown) * times[t] for t in unique}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        positions = np.concatenate([self._postings[t][0] for t in known])
        contributions = np.concatenate([self._postings[t][1] * (weights[t] / norm) for t in known])
        per_phrasing = np.bincount(positions, weights=contributions, minlength=self._size)
        fits = np.maximum.reduceat(per_phrasing, self._starts)
        which = np.concatenate([self._gains[t][0] for t in known])
        gain = np.concatenate([self._gains[t][1] * times[t] for t in known])
        count = sum(times[t] for t in known)
        ranks = self._base * count + np.bincount(which, weights=gain, minlength=len(self._intents))
        ranks += FIT_NATS * fits
        ranks[fits <= 0] = -np.inf  # an intent that shares no word with the message is no reading of it
        take = min(limit, int(np.count_nonzero(fits > 0)))
        if take == 0:
            return []
        best = np.argpartition(-ranks, take - 1)[:take]
        ordered = sorted(best, key=lambda i: -ranks[i])
        return [
            Candidate(self._intents[i], round(float(fits[i]), 4), round(float(ranks[i]), 4)) for i in ordered
        ]

    def vocabulary(self, intent: str) -> frozenset[str]:
        """Every term the phrasings of an intent use."""
        return self._vocabulary.get(intent, frozenset())

    def explains(self, intent: str, terms: list[str]) -> bool:
        """True when an intent's phrasings use most of these terms (by weight)."""
        vocabulary = self.vocabulary(intent)
        known = [t for t in set(terms) if t in self.idf]
        weight = sum(self.idf[t] for t in known)
        covered = sum(self.idf[t] for t in known if t in vocabulary)
        return weight > 0 and covered >= weight / 2

    def has_domain_words(self, terms: list[str]) -> bool:
        """True when a message uses words that belong to care topics, not swamped by words we never saw.

        "Can I get fortnite tips" shares "tips" with an FAQ, but "fortnite" is unknown and outweighs
        it; in a short message a care word must outnumber the words we never saw ("change a tyre").
        """
        unique = set(terms)
        domain = sum(1 for t in unique if t in self.domain_terms)
        unknown = sum(1 for t in unique if t not in self.idf)
        if len(unique) >= LONG_MESSAGE_TERMS:
            return domain > 0 and domain >= unknown / 2  # in a long story, words we never saw are details
        return domain > unknown
