"""Time per chat turn: median and 99th percentile, on the bundled knowledge base and one ten times larger.

Run: .venv/bin/python -m benchmarks.latency [--times 10] [--rounds 3]
A turn is Engine.respond on a mix of typed questions, journeys and button taps. The scaled figure is
reported as a ratio against the bundled one measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

import yaml

from benchmarks.synthetic import scaled
from careers_bot.engine import Engine, Message
from careers_bot.knowledge import load
from careers_bot.knowledge.model import KnowledgeBase

UTTERANCES = Path(__file__).resolve().parents[1] / "tests" / "data" / "utterances.yaml"
JOURNEY = [
    Message(payload="start:jobseeker"),
    Message(text="I'm 45"),
    Message(text="no qualifications"),
    Message(text="looked after my mum"),
    Message(text="can't drive"),
    Message(text="Hinckley"),
    Message(text="part time"),
]


def messages() -> list[str]:
    """The typed messages to time: the labelled utterance set."""
    lines = yaml.safe_load(UTTERANCES.read_text(encoding="utf-8"))
    return [str(line["text"]) for line in lines]


def time_turns(kb: KnowledgeBase, texts: list[str], rounds: int) -> dict[str, float]:
    """Milliseconds per turn over fresh questions and a whole journey, repeated `rounds` times."""
    started = time.perf_counter()
    engine = Engine(kb)
    build_ms = (time.perf_counter() - started) * 1000
    timings: list[float] = []
    for _ in range(rounds):
        for text in texts:
            began = time.perf_counter()
            engine.respond({}, Message(text=text))
            timings.append(time.perf_counter() - began)
        state: Any = {}
        for message in JOURNEY:
            began = time.perf_counter()
            _, state = engine.respond(state, message)
            timings.append(time.perf_counter() - began)
    timings.sort()
    return {
        "turns": len(timings),
        "median_ms": statistics.median(timings) * 1000,
        "p99_ms": timings[int(len(timings) * 0.99) - 1] * 1000,
        "build_ms": build_ms,
    }


def main() -> None:
    """Measure both knowledge bases and print the figures and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    kb = load().knowledge
    texts = messages()
    Engine(kb).respond({}, Message(text="warm up"))
    base = time_turns(kb, texts, args.rounds)
    big = time_turns(scaled(kb, args.times), texts, args.rounds)
    result = {
        "bundled": base,
        f"x{args.times}": big,
        "median_ratio": big["median_ms"] / base["median_ms"],
        "p99_ratio": big["p99_ms"] / base["p99_ms"],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for name, figures in (("bundled", base), (f"{args.times}x larger", big)):
        print(
            f"{name:>12}: median {figures['median_ms']:.3f} ms, p99 {figures['p99_ms']:.3f} ms "
            f"over {figures['turns']} turns (engine built in {figures['build_ms']:.0f} ms)"
        )
    print(f"{'ratio':>12}: median x{result['median_ratio']:.2f}, p99 x{result['p99_ratio']:.2f}")


if __name__ == "__main__":
    main()
