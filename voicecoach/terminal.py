"""Terminal output: colour only on a terminal, a progress bar on stderr, JSON on stdout."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from voicecoach.jsonout import print_json

if TYPE_CHECKING:  # the analysis (and numpy) are not loaded for `history` and `match`
    from voicecoach.analyze.analysis import Progress as ProgressCallback

__all__ = [
    "RunTimeColumn",
    "console",
    "notice",
    "plural",
    "print_json",
    "progress_bar",
    "wants_colour",
]


def plural(count: int, word: str) -> str:
    """"1 tip", "2 tips": a count as a person writes it."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def wants_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def console(stream: TextIO | None = None) -> Console:
    stream = stream or sys.stdout
    colour = wants_colour(stream)
    return Console(file=stream, no_color=not colour, color_system="auto" if colour else None,
                   highlight=False, soft_wrap=True, force_terminal=colour)


def notice(message: str) -> None:
    print(f"voicecoach: {message}", file=sys.stderr)


class RunTimeColumn(TimeElapsedColumn):
    """The time since the bar started, however many stages the run has had.

    The bar's one task goes from 0 to 1 once per stage; rich counts a task that reached its
    total as finished and freezes its time there, which froze the clock at the end of the
    first stage ("finding turns") for the rest of a long `analyze`.
    """

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed
        if elapsed is None:
            return super().render(task)
        return Text(str(timedelta(seconds=max(0, int(elapsed)))), style="progress.elapsed")


@contextmanager
def progress_bar(enabled: bool, *, terminal: Console | None = None,
                 clock: Callable[[], float] | None = None) -> Iterator[ProgressCallback]:
    """A bar on stderr for slow work; silent when stderr is not a terminal or --quiet is given.

    `terminal` and `clock` are for tests: where the bar is drawn, and the time it reads.
    """
    terminal = terminal or Console(file=sys.stderr)
    if not enabled or not terminal.is_terminal:
        yield lambda stage, fraction: None
        return
    bar = Progress(TextColumn("{task.description:<22}"), BarColumn(), RunTimeColumn(),
                   console=terminal, transient=True, get_time=clock)
    with bar:
        task = bar.add_task("starting", total=1.0)

        def update(stage: str, fraction: float) -> None:
            bar.update(task, description=stage, completed=fraction, refresh=True)

        yield update
