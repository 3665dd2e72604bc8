"""The progress bar of slow work (`analyze`), drawn on a forced terminal."""

from __future__ import annotations

import re
from io import StringIO

from rich.console import Console

from voicecoach.clock import FakeClock
from voicecoach.terminal import progress_bar


def _last_time_shown(screen: StringIO) -> str:
    times = re.findall(r"\d+:\d\d:\d\d", screen.getvalue())
    assert times, "the bar shows no elapsed time"
    return times[-1]


def test_the_elapsed_time_goes_on_after_the_first_stage_is_done() -> None:
    # `analyze` reports stage after stage on one bar; the first ("finding turns") reaches
    # 1.0 within seconds, and the time must not stop there for the rest of a long run.
    screen = StringIO()
    clock = FakeClock()
    terminal = Console(file=screen, force_terminal=True, width=80)
    with progress_bar(True, terminal=terminal, clock=clock.now) as update:
        update("finding turns", 0.0)
        clock.advance(2.0)
        update("finding turns", 1.0)
        clock.advance(70.0)
        update("transcribing", 0.5)
        assert _last_time_shown(screen) == "0:01:12"
        clock.advance(30.0)
        update("listening for fillers", 0.2)
        assert _last_time_shown(screen) == "0:01:42"


def test_no_bar_when_the_output_is_not_a_terminal() -> None:
    screen = StringIO()
    terminal = Console(file=screen, force_terminal=False)
    with progress_bar(True, terminal=terminal) as update:
        update("transcribing", 0.5)
    assert screen.getvalue() == ""
