"""Who is speaking when no cue says so: a student, someone looking for work, or someone who runs a service.

The cue patterns in entities.py know the common ways ("I'm in year 10", "I run a care home"); people say
who they are in many more ("18, just finished college, no clue what to do"). A model for each kind of
person (learned.py), learned from messages in which people of that kind say who they are, against the
other kinds and against everyday messages about other things, guesses who is speaking when it is sure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from careers_bot.engine.audience_examples import JOBSEEKER, PROVIDER, STUDENT
from careers_bot.engine.learned import WordModel
from careers_bot.engine.normalise import words

EXAMPLES: Mapping[str, tuple[str, ...]] = {"student": STUDENT, "jobseeker": JOBSEEKER, "provider": PROVIDER}
SURE = 0.8  # how sure the best model must be
APART = 0.2  # and by how much more sure than the next
SAYS_ENOUGH = 5  # the fewest words the models judge ("scared of personal care" says too little)


class AudienceGuess:
    """Guesses who is speaking from examples of each kind of person. Build once."""

    def __init__(self, others: Iterable[str], examples: Mapping[str, Iterable[str]] = EXAMPLES) -> None:
        texts = {who: list(said) for who, said in examples.items()}
        others = list(others)
        self._models = {
            who: WordModel(said, [t for other, ts in texts.items() if other != who for t in ts] + others)
            for who, said in texts.items()
        }

    def guess(self, text: str) -> str | None:
        """Who is speaking ("student", "jobseeker" or "provider"), or None when the models are not sure."""
        if len(words(text)) < SAYS_ENOUGH:
            return None
        sure = sorted(((m.likelihood(text), who) for who, m in self._models.items()), reverse=True)
        (best, who), (second, _) = sure[0], sure[1]
        return who if best >= SURE and best - second >= APART else None
