"""The labelled utterance set the accuracy benchmark reads: big enough, with a held-out part, labels that exist."""

from __future__ import annotations

import pytest

from benchmarks.accuracy import CONTROL, OUT_OF_SCOPE, Line, load_lines
from careers_bot.knowledge import load

OTHER_INTENTS = frozenset(
    {OUT_OF_SCOPE, "urgent-help", "personal-data", "area-support", "apprenticeship-about", "service-about"}
)
ROLE_ASPECTS = frozenset({"role-about", "role-pay", "role-entry", "role-progression"})


@pytest.fixture(scope="module")
def lines() -> list[Line]:
    return load_lines()


def test_the_set_is_big_and_keeps_a_held_out_part(lines: list[Line]) -> None:
    assert len(lines) >= 400
    held_out = [line for line in lines if line.heldout and not line.fresh]
    assert len(held_out) >= len([line for line in lines if not line.heldout]) // 5


def test_every_label_names_something_the_guide_has(lines: list[Line]) -> None:
    kb = load().knowledge
    faqs = {f"faq:{faq.id}" for faq in kb.faqs}
    flows = {f"flow-{flow.id}{done}" for flow in kb.flows for done in ("", "-done")}
    roles = {role.id for role in kb.roles}
    known = faqs | flows | ROLE_ASPECTS | CONTROL | OTHER_INTENTS | {"clarify", "fallback"}
    for line in lines:
        unknown = [label for label in (line.expect, *line.also) if label not in known]
        assert not unknown, f"{line.text!r} expects {unknown}"
        assert line.role is None or line.role in roles, f"{line.text!r} names the role {line.role!r}"
        assert line.role is not None or not line.expect.startswith("role-"), f"{line.text!r} needs a role"
