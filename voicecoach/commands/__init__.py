"""One module per subcommand; each has `register(subparsers)` which sets `run` on its parser.

A command module parses and prints; the work it asks for lives in the library modules.
"""

from __future__ import annotations

import argparse
from typing import Protocol


class Command(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


def _load() -> list[Command]:
    from voicecoach.commands import (
        analyze,
        check,
        demo,
        devices,
        export,
        forget,
        history,
        match,
        practice,
        report_cmd,
        scenarios,
        voices,
        warmup,
    )

    return [demo, practice, scenarios, warmup, analyze, match, history, report_cmd, export,
            forget, devices, voices, check]


COMMANDS: list[Command] = _load()
