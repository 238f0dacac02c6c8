"""Services asked about by name: "what is golearn", "who is nacro", "loughborough college?".

A message that names one of the knowledge base's services, by its name, the name without the part in
brackets, or the short name in brackets ("LPT", "EMAS"), and says little else, asks what that service is.
The names are matched as whole words in order, after the message is read as any message is (case,
spelling, synonyms), so "Leicester College" is not found inside "Leicester College Road".
"""

from __future__ import annotations

import re
from collections import Counter

from careers_bot.engine.lexicon import is_english
from careers_bot.engine.normalise import fold, words
from careers_bot.knowledge.model import KnowledgeBase

BRACKETED = re.compile(r"\(([^)]*)\)")
TRUST = re.compile(r"\s+NHS(?: Foundation)? Trust$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9-]{2,}$")  # a short name in brackets: "LPT", "ASC-WDS"; not "(old)"
# Words that may stand beside a name in a message that only asks what it is.
ASKING_WORDS = frozenset(
    "what whats is are who whos the a an about tell me more on any info information do does they run it "
    "where wheres how can i contact get hold of please and in at near my nearest local office address phone "
    "number website find for there vacancies jobs job careers".split()
)
# Words that ask where a service is, or for its jobs: what its card tells, whatever answer names it.
WHERE_WORDS = frozenset("where wheres nearest near local address vacancies jobs careers".split())
SHORT_NAME = 3  # a first word that names a service alone has at least this many letters


class ServiceNames:
    """Finds the service a message names. Build once per knowledge base."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._names: list[tuple[tuple[str, ...], str]] = []
        owners = Counter(service.organisation for service in kb.services)
        places = {fold(town) for area in kb.areas for town in (area.name, *area.towns)} | {"llr"}
        # The words of places, which may stand beside a name: "jobcentre in melton mowbray".
        self._places = {word for place in places for word in place.split()} | {"leicestershire", "city"}
        self._place_names = (
            self._places - ASKING_WORDS
        )  # "rutland", "loughborough"; not "the" of "The Bosworths"
        # The areas each place word is in, and the areas each service serves (none: all of them, as a
        # national one does); the Growth Hub is not Rutland's.
        self._areas_of: dict[str, set[str]] = {}
        for area in kb.areas:
            for place in (area.name, *area.towns):
                for word in set(words(fold(place))) & self._place_names:
                    self._areas_of.setdefault(word, set()).add(area.id)
        self._serves = {s.id: set() if "national" in s.areas else set(s.areas) for s in kb.services}
        firsts = Counter(words(fold(service.name))[0] for service in kb.services)
        for service in kb.services:
            names = _names_of(service.name)
            if owners[service.organisation] == 1 and len(service.organisation) > SHORT_NAME:
                # "Nacro"; "University Hospitals of Leicester", with or without "NHS Trust".
                names += _names_of(service.organisation)
                names += _names_of(TRUST.sub("", service.organisation))
            # A made-up first word names it alone: "GoLearn", "LOROS"; not "Leicester", "Care" or "NHS".
            first = words(fold(service.name))[0]
            if first.isalpha() and len(first) >= SHORT_NAME and firsts[first] == 1:
                if not is_english(first) and first not in places:
                    names.append(first)
            # What people type for it: "job centre" and "jcp" for Jobcentre Plus.
            names += [
                word
                for synonym in kb.synonyms
                if fold(synonym.term) == fold(service.name)
                for word in synonym.words
            ]
            for name in dict.fromkeys(names):
                self._names.append((tuple(words(fold(name))), service.id))
        # Looked up by first word, so a message is read once however many services there are.
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for said, service_id in self._names:
            if said:
                self._by_first.setdefault(said[0], []).append((said, service_id))
        # The services an answer is written about, named in its question or first sentence: "What is
        # Inspired to Care?"; "Think Rutland is Rutland County Council's business support brand."
        self._written_about = {
            faq.id: {
                service_id
                for _, service_id, _ in self._found(
                    words(fold(f"{faq.question} {_first_sentence(faq.answer)}"))
                )
            }
            for faq in kb.faqs
        }

    def asked_about(self, raw: list[str], where: bool = False) -> str | None:
        """The service a short message asks about by name, or None.

        Only when every other word of the message is one of asking ("what is", "tell me about"), so a
        question that only mentions a service ("how do I claim from the LDSS for a Level 2?") is left to
        the answers written for it. With `where`, only when those words ask where it is ("where", a place) or for
        its jobs ("lpt vacancies").
        """
        found = self._found(raw)
        if not found:
            return None
        name, service_id, at = max(found, key=lambda item: len(item[0]))  # the longest name said
        rest = raw[:at] + raw[at + len(name) :]
        serves = self._serves[service_id]
        if serves and any(self._areas_of.get(word, serves).isdisjoint(serves) for word in rest):
            return None  # a place it does not serve: "rutland growth hub"
        if all(word in ASKING_WORDS or word in self._places for word in rest):
            if not where or any(word in WHERE_WORDS or word in self._place_names for word in rest):
                return service_id
        return None

    def written_about(self, faq_id: str, service_id: str) -> bool:
        """True when an answer's own question names the service ("What is the LSCDG?")."""
        return service_id in self._written_about.get(faq_id, ())

    def _found(self, raw: list[str]) -> list[tuple[tuple[str, ...], str, int]]:
        """Each service name said in the words, with where it starts."""
        return [
            (name, service_id, at)
            for at, word in enumerate(raw)
            for name, service_id in self._by_first.get(word, ())
            if tuple(raw[at : at + len(name)]) == name
        ]


def _first_sentence(text: str) -> str:
    return text.split(". ", 1)[0]


def _names_of(name: str) -> list[str]:
    """A service's names: as written, without its bracketed part, and the bracketed short name."""
    names = [name]
    inside = BRACKETED.findall(name)
    bare = BRACKETED.sub(" ", name).strip()
    if inside:
        names.append(bare)
        names += [short for short in inside if ACRONYM.match(short)]
    return [n for n in names if words(fold(n))]
