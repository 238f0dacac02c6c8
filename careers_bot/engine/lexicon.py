"""Everything the engine needs to read a message, built once from the knowledge base.

Spelling correction, synonyms and stemming all work from the knowledge base's own words, so a
new role or FAQ teaches the engine new vocabulary without a code change.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer
from rapidfuzz import fuzz, process
from spellchecker import SpellChecker

from careers_bot.engine.normalise import TEXT_SPEAK, words
from careers_bot.knowledge.model import KnowledgeBase

# Words that carry no meaning for matching. Question words stay out of this list on purpose:
# "how" and "what" tell questions apart ("how much" is about pay, "what" about the work).
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with about as into is are was were be been being
    am do does did doing have has had having i me my mine myself we our ours us you your yours he him his she
    her hers it its they them their this that these those there here then than so too very just also really
    any some all much many more most such own same other only not no nor yes ok please thanks thank hi hello
    would could should will shall might must may can get got getting go going want wanted wanting need needs
    like know tell let give make made one ones thing things something anything still even well now ever soon
    quite bit lot lots sort kind maybe actually basically literally im its ive oh um umm er erm hmm uh able
    honestly tbh tbf ngl tho lol haha innit anyway seriously""".split()
)
# Words that are common in the knowledge base but do not, alone, make a message about care careers.
WEAK_DOMAIN = frozenset(
    """job jobs work working worker workers pay paid money time help people person year years day days week
    good best start new old find look looking place area local near live long take takes much what how why
    when where who which way cost costs free need bank car cars tax council school homework maths math english
    phone house online family kids children child money""".split()
)


# A word seen this often in pyspellchecker's English frequency list is a real word, typed on purpose:
# "house" is not a typo for "hours", nor "france" for "face". Rarer entries include common misspellings
# ("saff"), which are mended.
KNOWN_WORD_COUNT = 100
SHORT_WORD_CUTOFF = 85.0  # fuzz.ratio of a four-letter word to a five-letter word one letter longer: 88.9


@lru_cache(maxsize=4)
def common_english_words(at_least: int) -> frozenset[str]:
    """English words seen at least this often, from the frequency list bundled with pyspellchecker."""
    counts = _english_counts()
    return frozenset(word for word, count in counts.items() if count >= at_least)


def is_english(word: str) -> bool:
    """True for any word in the English frequency list bundled with pyspellchecker."""
    return word in _english_counts()


@lru_cache(maxsize=1)
def _english_counts() -> dict[str, int]:
    return dict(SpellChecker(language="en", distance=1).word_frequency.dictionary)


class Lexicon:
    """Vocabulary, synonyms and stems for one knowledge base."""

    def __init__(self, kb: KnowledgeBase, extra_texts: Iterable[str] = ()) -> None:
        self._stemmer = snowballstemmer.stemmer("english")
        self.stem = lru_cache(maxsize=16384)(self._stem)
        # Keyed by singular words, so "physio assistants" finds "physio assistant".
        self.synonyms = {tuple(map(singular, key)): term for key, term in _synonym_table(kb).items()}
        # For each first word of a phrase, the phrase lengths it starts, longest first.
        self._sizes: dict[str, tuple[int, ...]] = {}
        for key in self.synonyms:
            self._sizes[key[0]] = tuple(sorted({len(key), *self._sizes.get(key[0], ())}, reverse=True))
        texts = [*_knowledge_texts(kb), *extra_texts, *TEXT_SPEAK.values(), *STOPWORDS]
        vocabulary = {w for text in texts for w in words(text)}
        vocabulary |= {w for phrase in _synonym_table(kb) for w in phrase}
        self.vocabulary = frozenset(vocabulary)
        # Mending a real word changes what was said; a plural of ours ("tutors") meets ours once stemmed.
        self._english = common_english_words(KNOWN_WORD_COUNT)
        # Candidates for correction, by first letter: typos rarely hit the first letter, and a
        # bucket is a twentieth of the vocabulary to search.
        self._spellable: dict[str, list[str]] = {}
        for word in sorted(w for w in vocabulary if len(w) >= 4 and w.isalpha()):
            self._spellable.setdefault(word[0], []).append(word)
        self.correct = lru_cache(maxsize=8192)(self._correct)

    def _stem(self, word: str) -> str:
        return str(self._stemmer.stemWord(word))

    def _correct(self, word: str) -> str:
        """The knowledge base's spelling of a word, when the word is a near miss of one."""
        if word in self.vocabulary or word in self._english or len(word) < 4 or not word.isalpha():
            return word
        # A four-letter word is mended only by one missing letter ("strt", "saff", "chek"): any looser
        # and short words would turn into each other.
        cutoff = 80.0 if len(word) > 4 else SHORT_WORD_CUTOFF
        bucket = self._spellable.get(word[0], [])
        best = process.extractOne(word, bucket, scorer=fuzz.ratio, score_cutoff=cutoff)
        return str(best[0]) if best else word

    def read(self, text: str) -> list[str]:
        """Words of a message, spelled as the knowledge base spells them, synonyms applied."""
        corrected = [self.correct(w) for w in words(text)]
        return self.apply_synonyms(corrected)

    def apply_synonyms(self, tokens: list[str]) -> list[str]:
        """Replace the longest known phrases (plurals too) with the knowledge base's own term."""
        out: list[str] = []
        stems = [singular(t) for t in tokens]
        i = 0
        while i < len(tokens):
            for size in self._sizes.get(stems[i], ()):
                term = self.synonyms.get(tuple(stems[i : i + size])) if i + size <= len(tokens) else None
                if term is not None:
                    out.extend(term)
                    i += size
                    break
            else:
                out.append(tokens[i])
                i += 1
        return out

    def terms(self, tokens: Iterable[str]) -> list[str]:
        """The stems of the meaningful words, for matching."""
        return [self.stem(t) for t in tokens if t not in STOPWORDS and not t.isdigit()]


def singular(word: str) -> str:
    """A word without a plural 's' ("assistants" -> "assistant"); "class" and "bus" stay as they are."""
    return (
        word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word
    )


def _synonym_table(kb: KnowledgeBase) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for synonym in kb.synonyms:
        term = tuple(words(synonym.term))
        for variant in synonym.words:
            key = tuple(words(variant))
            if key and key != term:
                table[key] = term
    return table


def _knowledge_texts(kb: KnowledgeBase) -> Iterable[str]:
    for faq in kb.faqs:
        yield faq.question
        yield from faq.phrasings
    for role in kb.roles:
        yield from role.names
    for apprenticeship in kb.apprenticeships:
        yield apprenticeship.name
    for area in kb.areas:
        yield area.name
        yield from area.towns
    for synonym in kb.synonyms:
        yield synonym.term
    for flow in kb.flows:
        yield flow.title
        for step in flow.steps:
            for option in step.options:
                yield option.label
                yield from option.words
    for service in kb.services:
        yield service.name
