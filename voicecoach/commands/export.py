"""`voicecoach export`: the whole history as JSON or CSV, for a spreadsheet or a script."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from voicecoach.commands.common import add_command, load_norms
from voicecoach.commands.history import add_data_dir_option, open_history
from voicecoach.errors import StoreError
from voicecoach.history.export import ExportFormat, export_sessions
from voicecoach.terminal import notice

__all__ = ["DESCRIPTION", "EXAMPLES", "register", "run"]

DESCRIPTION = ("Write every session, oldest first: JSON gives one object per session with "
               "its figures and turns; CSV gives one row per turn.")

EXAMPLES = """\
examples:
  voicecoach export > history.json                 JSON, the default
  voicecoach export --format csv --out turns.csv   one row per turn
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "export", DESCRIPTION, EXAMPLES)
    parser.add_argument("--format", type=ExportFormat, default=ExportFormat.JSON,
                        choices=list(ExportFormat), metavar="{json,csv}",
                        help="json (the default) or csv")
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="write here (readable only by you) instead of standard output")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    _, store = open_history(args)
    norms = load_norms(args)
    sessions = []
    if store is not None:
        with store:
            sessions = list(reversed(store.sessions()))
    if args.out is None:
        export_sessions(sessions, args.format, sys.stdout, norms)
        return 0
    try:
        # The export holds transcripts: private from the first byte, like the history itself.
        fd = os.open(args.out, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with open(fd, "w", encoding="utf-8", newline="") as out:
            export_sessions(sessions, args.format, out, norms)
    except OSError as error:
        raise StoreError(f"cannot write {args.out}: {error.strerror}; pass --out with a file in "
                         "a folder you can write to") from error
    notice(f"exported {len(sessions)} sessions to {args.out}")
    return 0
