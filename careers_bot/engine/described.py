"""Jobs described without their name: "the people who take your blood", "whoever sorts the carers' rotas".

A message that names no job but describes someone at work is compared with the messages in which people
describe each job (each role's `described_by` in the knowledge base), read as any message is. The job
whose descriptions fit best is the one meant, when the fit is good and clearly better than the next job's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from careers_bot.engine.lexicon import Lexicon
from careers_bot.engine.match import PhrasingIndex
from careers_bot.knowledge.model import KnowledgeBase

# Someone at work, described: "the people who...", "the lady behind the counter", "the job where you...".
DESCRIBING = re.compile(
    r"\b(?:person|people|one|ones|someone|somebody|staff|worker|workers|lady|ladies|man|men|woman|women|guy|guys"
    r"|bloke|fella|nurse|nurses|helper|helpers|team)\s+(?:called\s+)?(?:who|that|which|whose|what|behind|on|at|in|with"
    r"|from|"
    r"doing|does|on the)\b|\b(?:job|role) (?:where|when|that|called|doing)\b|\bwhat (?:do|would) you call\b"
    r"|\bwhats? (?:that|this|the) (?:job|role)\b|\bwhoever\b"
)
# And asks about that someone's job: "what are they called", "how do you become one", "is that a job".
ABOUT_THEIR_JOB = re.compile(
    r"\b(?:job|jobs|role|called|name|title|become one|be one|do that|doing that|they|them|their|she|he|her|his)\b"
)
# Not the asker's own likes: "jobs for people who like computers" is the journey that suggests jobs.
LIKING = re.compile(
    r"\b(?:people|person|someone|somebody|one|ones) (?:who|that) (?:like|likes|love|loves|enjoy|enjoys|want|wants"
    r"|are good|is good|are into|is into|care about|cares about)\b"
)
FIT = 0.45  # how well the best job's descriptions must fit (cosine of the weighted terms)
LEAD = 1.0  # and how far ahead of the next job's it must rank (nats)


class DescribedJobs:
    """Finds the job a message describes. Build once per knowledge base."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon, terms_of: Callable[[str], list[str]]) -> None:
        described = [(role.id, text) for role in kb.roles for text in role.described_by]
        self._index = PhrasingIndex(lexicon, described, terms_of=terms_of) if described else None

    def job(self, folded: str, terms: list[str]) -> str | None:
        """The id of the job the message describes, or None when it describes none clearly."""
        if self._index is None or not (DESCRIBING.search(folded) and ABOUT_THEIR_JOB.search(folded)):
            return None
        if LIKING.search(folded):
            return None
        found = self._index.search(terms, limit=2)
        if not found or found[0].score < FIT:
            return None
        if len(found) > 1 and found[0].rank - found[1].rank < LEAD:
            return None
        return found[0].intent
