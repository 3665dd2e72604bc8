"""The command line: argument parsing and output only; the work lives in the modules it calls."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from voicecoach import __version__
from voicecoach.commands import COMMANDS, command_named
from voicecoach.errors import VoiceCoachError

__all__ = ["EPILOG", "build_parser", "main"]

EPILOG = """\
examples:
  voicecoach demo                         see the whole thing work on a bundled recording
  voicecoach analyze talk.wav             pace, pauses and fillers of a recording
  voicecoach analyze talk.wav --json      the same as one JSON object, for scripts
  voicecoach match "how do you know the host"
                                          which conversational moves a line makes
  voicecoach devices                      list microphones and speakers
  voicecoach voices --say "Hello there."  list the voices, hear the partner's and the coach's
  voicecoach practice --partner-voice piper:joe --coach-voice espeak-ng:en-gb
                                          choose a voice for each role
  voicecoach check                        is it hearing me? microphone level and words

settings: ~/.config/voicecoach/config.toml (see the README, "Settings")
"""


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `argv`, only the command it names is loaded in full (the others
    get their one-line help, which is all `voicecoach --help` shows)."""
    parser = argparse.ArgumentParser(
        prog="voicecoach",
        description="An offline voice companion for practising everyday conversation out loud.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"voicecoach {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    chosen = None if argv is None else _command_in(argv)
    for entry in COMMANDS:
        if argv is None or entry.name == chosen:
            entry.load().register(subparsers)
        else:
            subparsers.add_parser(entry.name, help=entry.help)
    return parser


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names: its first word that is a command (options come after)."""
    return next((word for word in argv if not word.startswith("-") and command_named(word)),
                None)


def main(argv: Sequence[str] | None = None) -> int:
    # Ctrl-C ends a session with its summary, even when started from a shell that had
    # SIGINT ignored for background jobs.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(words)
    args = parser.parse_args(words)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args))
    except VoiceCoachError as error:
        print(f"voicecoach: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("voicecoach: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`voicecoach history | head -1`): stop quietly, and keep
        # Python from complaining when it flushes stdout on the way out.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
