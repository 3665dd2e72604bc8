"""`voicecoach forget`: delete one session, or all of them, with any audio kept."""

from __future__ import annotations

import argparse
import sys

from voicecoach.commands.common import add_command
from voicecoach.commands.history import add_data_dir_option, open_history
from voicecoach.errors import ConfigError
from voicecoach.terminal import notice
from voicecoach.voice.diskcache import clear_voice_cache

__all__ = ["DESCRIPTION", "EXAMPLES", "register", "run"]

DESCRIPTION = ("Delete a session, or every session, from the history: its transcript, "
               "figures and any audio kept with --keep-audio (--all also clears the cache "
               "of synthesised voice lines). It cannot be undone.")

EXAMPLES = """\
examples:
  voicecoach forget 12                     asks first, then deletes session 12
  voicecoach forget --all --yes            deletes the whole history without asking
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "forget", DESCRIPTION, EXAMPLES)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("session_id", nargs="?", type=int, metavar="SESSION_ID",
                       help="a session number from `voicecoach history`")
    which.add_argument("--all", action="store_true", help="every session")
    parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def _confirm(question: str, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ConfigError("forget deletes for good and there is no terminal to ask on; add --yes "
                          "to confirm")
    answer = input(f"{question} [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _forget_voice_cache() -> None:
    """The voice cache holds no user content, but "all" means all that voicecoach kept."""
    lines = clear_voice_cache()
    if lines:
        notice(f"cleared {lines} cached voice lines")


def run(args: argparse.Namespace) -> int:
    data_dir, store = open_history(args)
    if store is None:
        if args.all:
            _forget_voice_cache()
        notice(f"no history in {data_dir}; nothing to forget")
        return 0
    with store:
        if args.all:
            total = store.count()
            if not _confirm(f"Forget all {total} sessions in {data_dir}, and any audio kept?",
                            args.yes):
                notice("nothing was deleted")
                return 1
            notice(f"forgot {store.forget_all()} sessions")
            _forget_voice_cache()
            return 0
        session = store.session(args.session_id)  # an unknown id fails here, listing the known
        when = session.record.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if not _confirm(f"Forget session {session.id} ({when}, {len(session.turns)} turns), and "
                        "any audio kept?", args.yes):
            notice("nothing was deleted")
            return 1
        store.forget(session.id)
        notice(f"forgot session {session.id}")
    return 0
