"""Cries for help the cue patterns miss, found by likeness to written examples.

The patterns in safety.py catch what they were written for; people say the same things in ways nobody
wrote a pattern for. So the guide also compares a message with example messages: ones that need urgent
help, and everyday ones: worries about care work that only sound like them ("what if I can't cope with
the toileting?") and every way the knowledge base knows of asking its questions. A message that is close
to an urgent example, and closer to it than to any everyday one, gets urgent help too. The everyday
questions matter: some urgent examples hide a cry for help inside a careers question, and "how do I
apply for a care job?" must stay nearer the questions than those.

Nearest examples miss a message that mixes the words of several ("my mate said he's going to take all
his pills tonight"), so a logistic model is learned from the same examples when the engine starts: it
weighs every word and pair by how much it speaks for urgent help. It judges only messages of a few words
or more ("not sure" says too little), and must be sure (LIKELY).

Words are compared as typed, stemmed, with the pairs of words next to each other ("not breathing",
"hurt myself"), weighted by how rare they are among the examples. No spelling correction or synonyms:
those serve the careers vocabulary, and would turn "cutting" or "tablets" into other words.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import snowballstemmer

from careers_bot.engine.distress_examples import EVERYDAY, URGENT
from careers_bot.engine.normalise import words

# Only the words that never change what is meant: "not", "me", "no" and "myself" matter here.
FILLER = frozenset(
    "a an the and or to of in on at for is are was be been it its this that with so just".split()
)
CLOSE = 0.35  # how close to an urgent example a message must be (cosine of the weighted words and pairs)
CLEAR = 0.05  # and how much closer to it than to the nearest everyday one
LIKELY = 0.945  # or how sure the weighed words are that it is urgent (a logistic model of the same examples)
SAYS_ENOUGH = 3  # the model judges only messages of at least this many words ("not sure" says too little)
ROUNDS, RATE, DECAY = 200, 0.02, 1e-5  # how the model learns: passes over the examples, step, weight decay


class DistressMatcher:
    """Finds messages like the urgent examples and unlike the everyday ones. Build once."""

    def __init__(self, urgent: Iterable[str] = URGENT, everyday: Iterable[str] = EVERYDAY) -> None:
        stemmer = snowballstemmer.stemmer("english")
        self._stem = lru_cache(maxsize=8192)(stemmer.stemWord)
        examples = [(text, True) for text in urgent] + [(text, False) for text in everyday]
        features = [self._features(text) for text, _ in examples]
        counts = Counter(f for found in features for f in set(found))
        total = len(examples)
        self._idf = {f: math.log((1 + total) / (1 + n)) + 1.0 for f, n in counts.items()}
        self._urgent = np.array([is_urgent for _, is_urgent in examples])
        self._size = total
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, found in enumerate(features):
            for feature, weight in self._vector(found).items():
                postings[feature].append((index, weight))
        self._postings = {
            f: (np.array([i for i, _ in pairs]), np.array([w for _, w in pairs]))
            for f, pairs in postings.items()
        }
        modelled = [self._model_features(text) for text, _ in examples]
        self._index = {f: i for i, f in enumerate(dict.fromkeys(f for found in modelled for f in found))}
        self._weights, self._bias = self._learn(modelled, self._urgent)

    def matches(self, text: str) -> bool:
        """True when the text is close to an urgent example and clearly closer than to any everyday one,
        or when its words together say urgent with the model's confidence."""
        urgent, everyday = self.closeness(text)
        if urgent >= CLOSE and urgent - everyday >= CLEAR:
            return True
        return len(words(text)) >= SAYS_ENOUGH and self.likelihood(text) >= LIKELY

    def likelihood(self, text: str) -> float:
        """How likely the model thinks the text needs urgent help (0 to 1)."""
        found = self._model_features(text)
        known = [self._index[f] for f in found if f in self._index]
        score = self._bias + (float(self._weights[known].sum()) / math.sqrt(len(found)) if known else 0.0)
        return 1.0 / (1.0 + math.exp(-score))

    def _learn(self, found: list[set[str]], urgent: np.ndarray) -> tuple[np.ndarray, float]:
        """Logistic regression on which words and pairs each example has, the two kinds weighed equally.

        Plain gradient descent over all the examples at once: the same examples always give the same model.
        """
        sizes = np.array([len(f) for f in found])
        columns = np.array([self._index[f] for features in found for f in features], dtype=np.int64)
        rows = np.repeat(np.arange(len(found)), sizes)
        values = np.repeat(1.0 / np.sqrt(np.maximum(sizes, 1)), sizes)
        target = urgent.astype(float)
        share = target.mean() or 1.0
        balance = np.where(urgent, (1.0 - share) / share, 1.0)
        balance /= balance.mean()
        weights, bias = np.zeros(len(self._index)), 0.0
        count = len(found)
        for _ in range(ROUNDS):
            score = np.bincount(rows, weights=weights[columns] * values, minlength=count) + bias
            error = (1.0 / (1.0 + np.exp(-score)) - target) * balance
            gradient = np.bincount(columns, weights=error[rows] * values, minlength=len(weights))
            weights -= RATE * (gradient + DECAY * count * weights)
            bias -= RATE * 50 * float(error.mean())
        return weights, bias

    def closeness(self, text: str) -> tuple[float, float]:
        """How close the text is to the nearest urgent example, and to the nearest everyday one."""
        found = [
            (self._postings[f], w)
            for f, w in self._vector(self._features(text)).items()
            if f in self._postings
        ]
        if not found:
            return 0.0, 0.0
        positions = np.concatenate([p[0] for p, _ in found])
        weights = np.concatenate([p[1] * w for p, w in found])
        scores = np.bincount(positions, weights=weights, minlength=self._size)
        return float(scores[self._urgent].max()), float(scores[~self._urgent].max())

    def _model_features(self, text: str) -> set[str]:
        """The words and pairs, and every four-letter piece of each word as typed ("sucide", "kil myself")."""
        pieces = {
            f"#{w[i : i + 4]}" for w in (f"<{w}>" for w in words(text)) for i in range(max(1, len(w) - 3))
        }
        return set(self._features(text)) | pieces

    def _features(self, text: str) -> list[str]:
        stems = [self._stem(w) for w in words(text) if w not in FILLER]
        return stems + [f"{a} {b}" for a, b in zip(stems, stems[1:], strict=False)]

    def _vector(self, features: list[str]) -> dict[str, float]:
        counts = Counter(features)
        weights = {f: (1 + math.log(n)) * self._idf.get(f, 0.0) for f, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {f: w / norm for f, w in weights.items() if w}
