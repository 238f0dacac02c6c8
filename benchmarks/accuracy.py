"""Top-1 accuracy of the engine on the labelled utterances in tests/data/utterances.yaml.

Run: .venv/bin/python -m benchmarks.accuracy [--heldout-only|--tuning-only] [--show-misses] [--json]
Each line is one fresh conversation. A line is right when the reply's intent is its `expect` or one of
its `also` labels and, when the line names a `role` and the reply is about a job (role-pay, role-about...),
the reply's entities["role"] is that role: an FAQ's answer is the same whichever job the message named.

Parts: `tuning` (the lines the engine and the phrasings were improved against), `heldout` (every fifth
line of each set, never tuned against), `fresh` (lines marked `fresh: true`: written blind after the
engine work of one session and measured once at its end; held out as well), `fresh-2` (`fresh: 2`:
the same, written blind a session later), `fresh-3` (`fresh: 3`), then `fresh-4` and `fresh-5`
(`fresh: 4` and `fresh: 5`), written in one session: fresh-4 measured before its phrasing work, fresh-5 after,
`fresh-6` (`fresh: 6`), measured at the end of that session, `fresh-7` (`fresh: 7`), measured at the
end of the next, `fresh-8` (`fresh: 8`), measured once after the next session's work (only its
urgent misses were read), `fresh-9` (`fresh: 9`), measured once early in the session after that, and
`fresh-10` (`fresh: 10`), measured once late in the next session, after its engine work, `fresh-11`
(`fresh: 11`), measured once late in the session after that, after its engine work, `fresh-12`
(`fresh: 12`), measured once in the next session, after its first round of engine work, `fresh-13`
(`fresh: 13`), measured once early in the session after that, and `fresh-14` (`fresh: 14`), measured once
late in the same session, after its engine work.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from careers_bot.engine import Engine, Message
from careers_bot.knowledge import load

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "utterances.yaml"
OUT_OF_SCOPE = "out-of-scope"
UNSURE = ("fallback", "clarify")
CONTROL = frozenset(
    {
        "greeting",
        "thanks",
        "goodbye",
        "menu",
        "restart",
        "back",
        "human",
        "plan",
        "start-browse",
        "welcome",
        "first-step",
        "simpler",
    }
)
# Each round of fresh lines, and its part's name.
FRESH_PARTS = (
    (1, "fresh"),
    (2, "fresh-2"),
    (3, "fresh-3"),
    (4, "fresh-4"),
    (5, "fresh-5"),
    (6, "fresh-6"),
    (7, "fresh-7"),
    (8, "fresh-8"),
    (9, "fresh-9"),
    (10, "fresh-10"),
    (11, "fresh-11"),
    (12, "fresh-12"),
    (13, "fresh-13"),
    (14, "fresh-14"),
    (15, "fresh-15"),
    (16, "fresh-16"),
    (17, "fresh-17"),
)
CATEGORIES = ("faq", "role", "flow", "control", "urgent", "out-of-scope", "other")


@dataclass(frozen=True)
class Line:
    """One labelled utterance."""

    text: str
    expect: str
    also: tuple[str, ...] = ()
    role: str | None = None
    heldout: bool = False
    fresh: int = 0  # the round of blind lines written after engine work (1, 2...), held out too; 0 if none

    @property
    def labels(self) -> tuple[str, ...]:
        """Every intent that counts as right.

        A journey that a message starts and also finishes, because it told the journey everything
        ("I run a home care agency in Oakham and need help with training"), is that journey:
        `flow-provider-done` counts where `flow-provider` is expected.
        """
        labels = (self.expect, *self.also)
        return labels + tuple(f"{label}-done" for label in labels if label.startswith("flow-"))

    @property
    def category(self) -> str:
        """The kind of line, from its expected intent."""
        if self.expect.startswith("faq:"):
            return "faq"
        if self.expect.startswith("role-"):
            return "role"
        if self.expect.startswith("flow-"):
            return "flow"
        if self.expect in CONTROL:
            return "control"
        if self.expect == "urgent-help":
            return "urgent"
        return OUT_OF_SCOPE if self.expect == OUT_OF_SCOPE else "other"


def load_lines(path: Path = DATA) -> list[Line]:
    """Read the labelled utterances from YAML."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Line(
            text=str(item["text"]),
            expect=str(item["expect"]),
            also=tuple(str(a) for a in item.get("also") or ()),
            role=item.get("role"),
            heldout=bool(item.get("heldout", False)) or bool(item.get("fresh", False)),
            fresh=int(item.get("fresh") or 0),
        )
        for item in raw
    ]


def _share(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide."""
    return round(part / whole, 4) if whole else None


def _accuracy(results: Sequence[tuple[Line, bool]]) -> dict[str, Any]:
    """Lines, correct lines and accuracy for some results."""
    correct = sum(ok for _, ok in results)
    return {"lines": len(results), "correct": correct, "accuracy": _share(correct, len(results))}


def evaluate(engine: Engine, lines: Iterable[Line]) -> dict[str, Any]:
    """Ask the engine every line in a fresh conversation and return the figures and the misses."""
    results: list[tuple[Line, bool]] = []
    intents: list[str] = []
    misses: list[dict[str, Any]] = []
    for line in lines:
        reply, _ = engine.respond({}, Message(text=line.text))
        role = reply.entities.get("role")
        about_a_job = reply.intent.startswith("role-")
        ok = reply.intent in line.labels and (line.role is None or not about_a_job or role == line.role)
        results.append((line, ok))
        intents.append(reply.intent)
        if not ok:
            misses.append(
                {
                    "text": line.text,
                    "expected": "|".join(line.labels) + (f" (role {line.role})" if line.role else ""),
                    "got": reply.intent + (f" (role {role})" if role else ""),
                    "confidence": round(reply.confidence, 2),
                    "category": line.category,
                    "heldout": line.heldout,
                    "fresh": line.fresh,
                }
            )
    in_scope = [i for (line, _), i in zip(results, intents, strict=True) if line.expect != OUT_OF_SCOPE]
    outside = [i for (line, _), i in zip(results, intents, strict=True) if line.expect == OUT_OF_SCOPE]
    return {
        "total": len(results),
        "all": _accuracy(results),
        "tuning": _accuracy([r for r in results if not r[0].heldout]),
        "heldout": _accuracy([r for r in results if r[0].heldout and not r[0].fresh]),
        **{part: _accuracy([r for r in results if r[0].fresh == round_]) for round_, part in FRESH_PARTS},
        "fallback_rate": _share(sum(i in UNSURE for i in in_scope), len(in_scope)),
        "clarify_rate": _share(sum(i == "clarify" for i in in_scope), len(in_scope)),
        "out_of_scope_declined": _share(sum(i == OUT_OF_SCOPE for i in outside), len(outside)),
        "in_scope_wrongly_declined": _share(sum(i == OUT_OF_SCOPE for i in in_scope), len(in_scope)),
        "by_category": {
            c: _accuracy([r for r in results if r[0].category == c])
            for c in CATEGORIES
            if any(r[0].category == c for r in results)
        },
        "misses": misses,
    }


def _pct(value: float | None) -> str:
    """A share as a percentage, or n/a."""
    return "n/a" if value is None else f"{value * 100:.1f}%"


def _row(name: str, acc: dict[str, Any]) -> str:
    """One accuracy line of the plain report."""
    return f"  {name:<22} {_pct(acc['accuracy']):>7}  ({acc['correct']}/{acc['lines']})"


def report(figures: dict[str, Any], show_misses: bool = False) -> str:
    """The figures as plain readable text."""
    out = [f"Utterances: {figures['total']}", "Top-1 accuracy:"]
    out += [_row(name, figures[name]) for name in ("all", "tuning", "heldout", *(p for _, p in FRESH_PARTS))]
    out += [
        f"Fallback rate (in-scope answered fallback or clarify): {_pct(figures['fallback_rate'])}",
        f"Clarify rate (in-scope):                               {_pct(figures['clarify_rate'])}",
        f"Out-of-scope lines declined:                           {_pct(figures['out_of_scope_declined'])}",
        f"In-scope lines wrongly declined:                       "
        f"{_pct(figures['in_scope_wrongly_declined'])}",
        "By category:",
    ]
    out += [_row(name, acc) for name, acc in figures["by_category"].items()]
    if show_misses:
        out.append(f"Misses ({len(figures['misses'])}):")
        for miss in figures["misses"]:
            tag = (
                f" [{dict(FRESH_PARTS)[miss['fresh']]}]"
                if miss["fresh"]
                else " [held-out]"
                if miss["heldout"]
                else ""
            )
            out.append(f"  - {miss['text']!r}{tag}")
            out.append(f"      expected {miss['expected']}; got {miss['got']} at {miss['confidence']}")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--heldout-only", action="store_true", help="only the held-out fifth")
    part.add_argument("--tuning-only", action="store_true", help="only the lines not held out")
    parser.add_argument("--show-misses", action="store_true", help="list every wrong answer")
    parser.add_argument("--json", action="store_true", help="print one JSON object (misses included)")
    parser.add_argument("--data", type=Path, default=DATA, help="the labelled utterances (YAML)")
    args = parser.parse_args(argv)
    lines = load_lines(args.data)
    if args.heldout_only:
        lines = [line for line in lines if line.heldout]
    elif args.tuning_only:
        lines = [line for line in lines if not line.heldout]
    figures = evaluate(Engine(load().knowledge), lines)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(report(figures, args.show_misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
