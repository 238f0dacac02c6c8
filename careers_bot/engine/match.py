"""Scoring a message against every way people ask each question.

Each phrasing becomes a TF-IDF vector over word stems, so rare, telling words ("DBS", "levy")
count for far more than common ones ("work", "how"). The score of a message against a phrasing
is their cosine similarity (0 to 1), which doubles as the engine's confidence.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from careers_bot.engine.lexicon import STOPWORDS, WEAK_DOMAIN, Lexicon

LONG_MESSAGE_TERMS = 6


@dataclass(frozen=True)
class Candidate:
    """A possible reading of a message: an intent id and how well the message fits it."""

    intent: str
    score: float


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
    ) -> None:
        """`terms_of` reads a phrasing into terms exactly as messages are read (words only by default)."""
        read = terms_of or (lambda text: lexicon.terms(lexicon.read(text)))
        by_intent: dict[str, list[set[str]]] = defaultdict(list)
        for intent, text in phrasings:
            terms = set(read(text))
            if terms:
                by_intent[intent].append(terms)
        count = len(by_intent)
        frequency: dict[str, int] = defaultdict(int)
        for vectors in by_intent.values():
            for term in set().union(*vectors):
                frequency[term] += 1
        self.idf = {t: math.log((count + 1) / (n + 0.5)) for t, n in frequency.items()}
        # A word we have never seen is information we cannot match: weigh it like the rarest word.
        self.unknown_weight = max(self.idf.values(), default=1.0)
        self._intents = list(by_intent)
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
        # Domain words come from names and questions, not from casual phrasings full of everyday words.
        stop_stems = {lexicon.stem(w) for w in WEAK_DOMAIN | STOPWORDS}
        named = {t for text in domain_texts for t in lexicon.terms(lexicon.read(text))}
        self.domain_terms = frozenset(t for t in named if t in self.idf and t not in stop_stems)

    def search(self, terms: list[str], limit: int = 5) -> list[Candidate]:
        """The best intents for a message's terms, best first, one score (0 to 1) per intent."""
        unique = set(terms)
        known = [t for t in unique if t in self._postings]
        if not known:
            return []
        # In a short message a word we never saw is most of what was said ("fortnite tips"); in a long
        # one it is usually a detail of someone's story ("a pub", "since christmas"), so it weighs less.
        unknown = self.unknown_weight if len(unique) < LONG_MESSAGE_TERMS else self.unknown_weight / 2
        weights = {t: self.idf.get(t, unknown) for t in unique}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        positions = np.concatenate([self._postings[t][0] for t in known])
        contributions = np.concatenate([self._postings[t][1] * (weights[t] / norm) for t in known])
        per_phrasing = np.bincount(positions, weights=contributions, minlength=self._size)
        per_intent = np.maximum.reduceat(per_phrasing, self._starts)
        take = min(limit, len(per_intent))
        best = np.argpartition(-per_intent, take - 1)[:take]
        ranked = sorted(best, key=lambda i: -per_intent[i])
        return [
            Candidate(self._intents[i], round(float(per_intent[i]), 4)) for i in ranked if per_intent[i] > 0
        ]

    def has_domain_words(self, terms: list[str]) -> bool:
        """True when a message uses words that belong to care topics, not swamped by words we never saw.

        "Can I get fortnite tips" shares "tips" with an FAQ, but "fortnite" is unknown and outweighs it.
        """
        unique = set(terms)
        domain = sum(1 for t in unique if t in self.domain_terms)
        unknown = sum(1 for t in unique if t not in self.idf)
        return domain > 0 and domain >= unknown
