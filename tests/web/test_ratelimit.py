"""Counting chat turns in fixed windows: in this process, or in a store the limits library reaches."""

from __future__ import annotations

import pytest
from limits import parse
from limits.storage import MemoryStorage

from careers_bot.config import ConfigError
from careers_bot.web import ratelimit
from careers_bot.web.ratelimit import Counts, LocalCounts, SharedCounts

THREE_A_MINUTE = parse("3 per minute")


class Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    """The in-process counts' clock, stopped at a known time."""
    stopped = Clock()
    monkeypatch.setattr(ratelimit.time, "monotonic", stopped)
    return stopped


@pytest.fixture(params=["local", "shared"])
def counts(request: pytest.FixtureRequest) -> Counts:
    """Counts kept in this process, and in a store through the limits library."""
    return LocalCounts() if request.param == "local" else SharedCounts(MemoryStorage())


def test_turns_within_the_limit_pass_and_the_next_says_when_the_window_ends(counts: Counts) -> None:
    assert [counts.hit(THREE_A_MINUTE, "a") for _ in range(3)] == [None, None, None]
    wait = counts.hit(THREE_A_MINUTE, "a")
    assert wait is not None and 0 < wait <= 60


def test_each_key_has_its_own_count(counts: Counts) -> None:
    for _ in range(3):
        counts.hit(THREE_A_MINUTE, "a")
    assert counts.hit(THREE_A_MINUTE, "a") is not None
    assert counts.hit(THREE_A_MINUTE, "b") is None


def test_reset_forgets_every_count(counts: Counts) -> None:
    for _ in range(4):
        counts.hit(THREE_A_MINUTE, "a")
    counts.reset()
    assert counts.hit(THREE_A_MINUTE, "a") is None


def test_a_new_window_starts_when_the_last_one_ends(clock: Clock) -> None:
    counts = LocalCounts()
    for _ in range(3):
        counts.hit(THREE_A_MINUTE, "a")
    clock.now += 30
    assert counts.hit(THREE_A_MINUTE, "a") == pytest.approx(30)
    clock.now += 30
    assert counts.hit(THREE_A_MINUTE, "a") is None, "a fixed window: the count starts again"


def test_windows_that_ended_are_dropped_so_clients_gone_for_good_are_forgotten(clock: Clock) -> None:
    counts = LocalCounts()
    for address in ("a", "b", "c"):
        counts.hit(THREE_A_MINUTE, address)
    clock.now += ratelimit.SWEEP_SECONDS + 1
    counts.hit(THREE_A_MINUTE, "d")
    assert len(counts) == 1


def test_the_default_store_counts_in_this_process_and_others_through_limits() -> None:
    assert isinstance(ratelimit.counts_at("memory://"), LocalCounts)
    assert isinstance(ratelimit.counts_at("memory://?name=other"), SharedCounts)


def test_an_async_store_is_refused_with_its_setting_named() -> None:
    with pytest.raises(ConfigError, match="CAREERS_BOT_RATELIMIT_STORAGE_URI"):
        ratelimit.counts_at("async+memory://")
