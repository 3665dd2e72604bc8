"""One module per subcommand; each has `register(subparsers)` which sets `run` on its parser.

A command module parses and prints; the work it asks for lives in the library modules.
Only the module of the command being run is imported (the others cost 0.5-0.8 s of start-up
together), so each command's one-line help lives here, in the registry, not in its module.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from typing import Protocol

__all__ = ["COMMANDS", "Command", "CommandEntry", "command_named"]


class Command(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None: ...


@dataclass(frozen=True)
class CommandEntry:
    name: str
    module: str  # under voicecoach.commands
    help: str

    def load(self) -> Command:
        module: Command = importlib.import_module(f"voicecoach.commands.{self.module}")
        return module


COMMANDS: tuple[CommandEntry, ...] = (
    CommandEntry("demo", "demo", "see voicecoach work, with a bundled recording as your voice"),
    CommandEntry("practice", "practice", "role-play a conversation with spoken coaching"),
    CommandEntry("scenarios", "scenarios", "list the role-play scenarios, yours included"),
    CommandEntry("warmup", "warmup", "a five-minute spoken warm-up before an event"),
    CommandEntry("analyze", "analyze", "pace, pauses and filler words of a recording"),
    CommandEntry("match", "match", "recognise conversational moves in text"),
    CommandEntry("history", "history", "your past sessions: pace, fillers, questions, talk share"),
    CommandEntry("report", "report_cmd", "one session as an HTML page with charts"),
    CommandEntry("export", "export", "the whole history as JSON or CSV"),
    CommandEntry("forget", "forget", "delete a session (or all) and any audio kept"),
    CommandEntry("devices", "devices",
                 "list microphones and speakers (input and output devices)"),
    CommandEntry("voices", "voices", "list the voices, and hear one"),
    CommandEntry("check", "check", "is it hearing me? test the microphone and speakers"),
)


def command_named(name: str) -> CommandEntry | None:
    return next((entry for entry in COMMANDS if entry.name == name), None)
