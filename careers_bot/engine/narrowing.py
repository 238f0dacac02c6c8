"""A job named by a word many jobs share, made specific by a word of one of them.

"Nurse" alone is a registered nurse, but "the nurse at the dentist" is a dental nurse, "nurses on
the psych wards" are mental health nurses and "the lady on the front desk at my doctors" is a GP
receptionist. A one-word name ("nurse", "doctor") is a head; the jobs whose longer names use that
head ("dental nurse", "doctor's receptionist") are its narrower jobs; each is told by the other words
of those names that no other narrower job uses and that are telling (rare in the phrasings, or not
in them at all). A message that names the head and uses the telling words of exactly one narrower
job means that job.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from careers_bot.engine.entities import ASPECT_WORDS
from careers_bot.engine.lexicon import Lexicon
from careers_bot.knowledge.model import KnowledgeBase

# A word this rare in the phrasings (its IDF) tells a narrower job apart ("kids", "psych").
TELLING_IDF = 2.5
# Words of places people work in are not a kind of job ("home" in "home care worker").
PLACE_WORDS = ("care", "home", "homes", "ward", "wards", "community", "agency", "hospital", "hospitals")
# Nor are words for a stage of one's training or career ("trainee dental nurse").
STAGE_WORDS = ("trainee", "student", "senior", "junior", "apprentice", "newly", "qualified")
# Nor what people do to reach a service ("can I phone my doctor": the doctor, not the receptionist).
SERVICE_WORDS = ("phone", "phones", "ring", "call", "calls", "book", "books", "booking")


class Narrower:
    """For each job with a one-word name, its narrower jobs and the words that tell each apart."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, idf: dict[str, float]) -> None:
        def stems(text: str) -> frozenset[str]:
            return frozenset(lexicon.terms(lexicon.read(text)))

        names = {role.id: [stems(n) for n in role.names] for role in kb.roles}
        plain = {lexicon.stem(w) for w in (*ASPECT_WORDS, *PLACE_WORDS, *STAGE_WORDS, *SERVICE_WORDS)}
        heads: dict[str, set[str]] = defaultdict(set)  # role -> its one-word names
        for role_id, role_names in names.items():
            heads[role_id].update(h for n in role_names if len(n) == 1 for h in n if h not in plain)
        self._narrower: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        for role_id, role_heads in heads.items():
            own = frozenset().union(*names[role_id])
            found: list[tuple[str, str, set[str]]] = []
            for head in sorted(role_heads):
                for other, other_names in names.items():
                    if other == role_id:
                        continue
                    words = set().union(*(n for n in other_names if head in n and len(n) > 1)) - own - plain
                    telling = {w for w in words if len(w) > 2 and idf.get(w, TELLING_IDF) >= TELLING_IDF}
                    if telling:
                        found.append((head, other, telling))
            shared = _shared(telling for _, _, telling in found)
            kept = [(head, other, frozenset(telling - shared)) for head, other, telling in found]
            if any(telling for _, _, telling in kept):
                self._narrower[role_id] = [k for k in kept if k[2]]

    def narrow(self, roles: list[str], terms: list[str], aspects: list[str]) -> list[str]:
        """The jobs a message names, each named only by a shared word made specific where it can be.

        Only a head said once is narrowed, and never to a job the message names itself: "I'm a dental
        nurse, could I become a nurse?" names two jobs. Nor when the message asks what comes next:
        "paramedic, what can you progress to? advanced?" names where they might go.
        """
        if "progression" in aspects:
            return roles
        said = frozenset(terms)
        narrowed: list[str] = []
        for role_id in roles:
            choices = {
                other
                for head, other, telling in self._narrower.get(role_id, ())
                if terms.count(head) == 1 and telling & said and other not in roles
            }
            chosen = choices.pop() if len(choices) == 1 else role_id
            if chosen not in narrowed:
                narrowed.append(chosen)
        return narrowed


def _shared(sets: Iterable[set[str]]) -> set[str]:
    """Words that more than one of the sets has."""
    seen: set[str] = set()
    shared: set[str] = set()
    for words in sets:
        shared |= seen & words
        seen |= words
    return shared
