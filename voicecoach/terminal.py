"""Terminal output: colour only on a terminal, a progress bar on stderr, JSON on stdout."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

if TYPE_CHECKING:  # the analysis (and numpy) are not loaded for `history` and `match`
    from voicecoach.analyze.analysis import Progress as ProgressCallback

__all__ = ["console", "notice", "print_json", "progress_bar", "wants_colour"]


def wants_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def console(stream: TextIO | None = None) -> Console:
    stream = stream or sys.stdout
    colour = wants_colour(stream)
    return Console(file=stream, no_color=not colour, color_system="auto" if colour else None,
                   highlight=False, soft_wrap=True, force_terminal=colour)


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def notice(message: str) -> None:
    print(f"voicecoach: {message}", file=sys.stderr)


@contextmanager
def progress_bar(enabled: bool) -> Iterator[ProgressCallback]:
    """A bar on stderr for slow work; silent when stderr is not a terminal or --quiet is given."""
    if not enabled or not sys.stderr.isatty():
        yield lambda stage, fraction: None
        return
    bar = Progress(TextColumn("{task.description:<22}"), BarColumn(), TimeElapsedColumn(),
                   console=Console(file=sys.stderr), transient=True)
    with bar:
        task = bar.add_task("starting", total=1.0)

        def update(stage: str, fraction: float) -> None:
            bar.update(task, description=stage, completed=fraction)

        yield update
