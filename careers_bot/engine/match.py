"""Scoring a message against every way people ask each question.

Each phrasing becomes a TF-IDF vector over word stems, so rare, telling words ("DBS", "levy")
count for far more than common ones ("work", "how"). The score of a message against a phrasing
is their cosine similarity (0 to 1), which doubles as the engine's confidence.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from careers_bot.engine.lexicon import STOPWORDS, WEAK_DOMAIN, Lexicon


@dataclass(frozen=True)
class Candidate:
    """A possible reading of a message: an intent id and how well the message fits it."""

    intent: str
    score: float


class PhrasingIndex:
    """An inverted index of phrasings, built once; a lookup only adds up weights."""

    def __init__(self, lexicon: Lexicon, phrasings: Iterable[tuple[str, str]]) -> None:
        self._lexicon = lexicon
        documents: dict[str, set[str]] = defaultdict(set)
        vectors: list[tuple[str, dict[str, float]]] = []
        for intent, text in phrasings:
            terms = set(lexicon.terms(lexicon.read(text)))
            if terms:
                documents[intent] |= terms
                vectors.append((intent, {t: 1.0 for t in terms}))
        count = len(documents)
        frequency: dict[str, int] = defaultdict(int)
        for terms in documents.values():
            for term in terms:
                frequency[term] += 1
        self.idf = {t: math.log((count + 1) / (n + 0.5)) for t, n in frequency.items()}
        # A word we have never seen is information we cannot match: weigh it like the rarest word.
        self.unknown_weight = max(self.idf.values(), default=1.0)
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._intents: list[str] = []
        for position, (intent, vector) in enumerate(vectors):
            weights = {t: self.idf[t] for t in vector}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for term, weight in weights.items():
                self._postings[term].append((position, weight / norm))
            self._intents.append(intent)
        self.domain_terms = frozenset(
            t for t in self.idf if t not in {lexicon.stem(w) for w in WEAK_DOMAIN | STOPWORDS}
        )

    def search(self, terms: list[str], limit: int = 5) -> list[Candidate]:
        """The best intents for a message's terms, best first, one score per intent."""
        unique = set(terms)
        if not unique:
            return []
        weights = {t: self.idf.get(t, self.unknown_weight) for t in unique}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores: dict[int, float] = defaultdict(float)
        for term in unique:
            query_weight = weights[term] / norm
            for position, weight in self._postings.get(term, ()):
                scores[position] += query_weight * weight
        best: dict[str, float] = {}
        for position, score in scores.items():
            intent = self._intents[position]
            if score > best.get(intent, 0.0):
                best[intent] = score
        ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)[:limit]
        return [Candidate(intent, round(score, 4)) for intent, score in ranked]

    def has_domain_words(self, terms: list[str]) -> bool:
        """True when a message uses words that only care topics use, and they carry at least half its weight.

        "Can I get a bank loan" shares "bank" with bank shifts, but "loan" is a word we have never
        seen and outweighs it: that message is not about care.
        """
        unique = set(terms)
        if not any(t in self.domain_terms for t in unique):
            return False
        known = sum(self.idf[t] for t in unique if t in self.idf)
        unknown = sum(self.unknown_weight for t in unique if t not in self.idf)
        return known >= unknown
