"""A small learned model of example messages: logistic regression over their words.

Used where written rules fall short and examples say more: whether a message is a cry for help
(distress.py), and who is speaking when no cue says so (audience.py). Words are compared as typed,
stemmed, with the pairs of words next to each other ("not breathing", "hurt myself") and the four-letter
pieces of each word as typed (for typos: "sucide", "kil myself"). No spelling correction or synonyms:
those serve the careers vocabulary, and would turn "cutting" or "tablets" into other words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import snowballstemmer

from careers_bot.engine.normalise import words

# Only the words that never change what is meant: "not", "me", "no" and "myself" matter here.
FILLER = frozenset(
    "a an the and or to of in on at for is are was be been it its this that with so just".split()
)
ROUNDS, RATE, DECAY = 200, 0.02, 1e-5  # how a model learns: passes over the examples, step, weight decay
_stem = lru_cache(maxsize=16384)(snowballstemmer.stemmer("english").stemWord)


def stems_and_pairs(text: str) -> list[str]:
    """The stems of a text's words (fillers left out), then each pair of neighbouring stems."""
    stems = [_stem(w) for w in words(text) if w not in FILLER]
    return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]


def features(text: str) -> set[str]:
    """Stems, pairs, and every four-letter piece of each word as typed."""
    pieces = {f"#{w[i : i + 4]}" for w in (f"<{w}>" for w in words(text)) for i in range(max(1, len(w) - 3))}
    return set(stems_and_pairs(text)) | pieces


class WordModel:
    """How likely a text is one of the positive examples rather than a negative one. Build once.

    Plain gradient descent over all the examples at once, the two kinds weighed equally: the same
    examples always give the same model.
    """

    def __init__(self, positive: Iterable[str], negative: Iterable[str]) -> None:
        positives = [features(t) for t in positive]
        negatives = [features(t) for t in negative]
        found = positives + negatives
        target = np.array([1.0] * len(positives) + [0.0] * len(negatives))
        self._index = {f: i for i, f in enumerate(dict.fromkeys(f for fs in found for f in fs))}
        sizes = np.array([len(fs) for fs in found])
        columns = np.array([self._index[f] for fs in found for f in fs], dtype=np.int64)
        rows = np.repeat(np.arange(len(found)), sizes)
        values = np.repeat(1.0 / np.sqrt(np.maximum(sizes, 1)), sizes)
        share = target.mean() or 1.0
        balance = np.where(target == 1.0, (1.0 - share) / share, 1.0)
        balance /= balance.mean()
        weights, bias, count = np.zeros(len(self._index)), 0.0, len(found)
        for _ in range(ROUNDS):
            score = np.bincount(rows, weights=weights[columns] * values, minlength=count) + bias
            error = (1.0 / (1.0 + np.exp(-score)) - target) * balance
            gradient = np.bincount(columns, weights=error[rows] * values, minlength=len(weights))
            weights -= RATE * (gradient + DECAY * count * weights)
            bias -= RATE * 50 * float(error.mean())
        self._weights, self._bias = weights, bias

    def likelihood(self, text: str) -> float:
        """How likely the text is like the positive examples (0 to 1)."""
        found = features(text)
        known = [self._index[f] for f in found if f in self._index]
        score = self._bias + (float(self._weights[known].sum()) / math.sqrt(len(found)) if known else 0.0)
        return 1.0 / (1.0 + math.exp(-score))
