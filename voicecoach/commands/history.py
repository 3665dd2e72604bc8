"""`voicecoach history`: past sessions, one line each, with the figures that show progress."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from voicecoach.coaching.norms import Norms
from voicecoach.commands.common import add_command, load_norms
from voicecoach.history.records import StoredSession
from voicecoach.history.store import Store, resolve_data_dir
from voicecoach.jsonout import print_json  # not from terminal: --json needs no rich

__all__ = [
    "DEFAULT_LIMIT",
    "DESCRIPTION",
    "EXAMPLES",
    "add_data_dir_option",
    "open_history",
    "register",
    "run",
    "session_json",
]

DESCRIPTION = ("List past sessions, newest first, with the figures that show progress: "
               "pace, fillers per 100 words, how often you asked back, your share of the "
               "talking, barge-ins and tips.")

EXAMPLES = """\
examples:
  voicecoach history                       the 20 newest sessions as a table
  voicecoach history --limit 0             every session
  voicecoach history --json | jq '.[0].wpm'
  voicecoach history --data-dir ~/voicecoach-test
"""

DEFAULT_LIMIT = 20


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    """--data-dir, shared by the commands that read or change the history."""
    parser.add_argument("--data-dir", type=Path, metavar="DIR",
                        help="where the history is kept (default: $VOICECOACH_DATA_DIR, else "
                             "the platform's user data folder, e.g. ~/.local/share/voicecoach)")


def open_history(args: argparse.Namespace) -> tuple[Path, Store | None]:
    """The data folder and its history, or None when nothing has been recorded there yet."""
    data_dir = resolve_data_dir(args.data_dir)
    return data_dir, Store.open_existing(data_dir)


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count; give 0 (all) or more")
    return value


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "history", DESCRIPTION, EXAMPLES)
    parser.add_argument("--json", action="store_true", help="a JSON list of objects, for scripts")
    parser.add_argument("--limit", type=_limit, default=DEFAULT_LIMIT, metavar="N",
                        help=f"show the N newest sessions (default {DEFAULT_LIMIT}; 0: all)")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def session_json(s: StoredSession, norms: Norms) -> dict[str, Any]:
    """One session's line of `history --json`."""
    f = s.figures(norms)

    def r(value: float | None, digits: int) -> float | None:
        return None if value is None else round(value, digits)

    return {
        "id": s.id,
        "started_at": s.record.started_at.isoformat(),
        "ended_at": s.summary.ended_at.isoformat() if s.summary else None,
        "finished": s.finished,
        "mode": s.record.mode.value,
        "scenario": s.record.scenario,
        "source": s.record.source,
        "duration_s": round(s.duration_s, 3),
        "turns": f.turns,
        "words": f.words,
        "wpm": r(f.wpm, 1),
        "fillers": f.fillers,
        "fillers_per_100_words": r(f.fillers_per_100_words, 2),
        "questions_asked_back": r(f.questions.share, 3),
        "talk_share": r(f.talk_share, 3),
        "barge_ins": f.barge_ins,
        "tips_given": f.tips_given,
        "mean_response_gap_s": r(f.mean_gap_s, 2),
        "median_response_gap_s": r(f.median_gap_s, 2),
    }


def _pace(wpm: float | None, norms: Norms) -> str:
    """The pace, in orange when it is outside the band the coach's tips use."""
    if wpm is None:
        return "—"
    return f"{wpm:.0f}" if norms.pace_ok(wpm) else f"[orange3]{wpm:.0f}[/orange3]"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def run(args: argparse.Namespace) -> int:
    data_dir, store = open_history(args)
    norms = load_norms(args)
    if store is None:
        sessions: list[StoredSession] = []
        total = 0
    else:
        with store:
            sessions = store.sessions(args.limit or None)
            total = store.count()
    if args.json:
        print_json([session_json(s, norms) for s in sessions])
        return 0
    # Only the table needs rich, not --json.
    from rich.table import Table

    from voicecoach.terminal import console

    out = console()
    if not sessions:
        out.print(f"No sessions yet in {data_dir}. Practise once and they appear here.")
        return 0
    # Narrow enough for an 80-column terminal or a pipe.
    table = Table(title="Your sessions, newest first", title_justify="left",
                  box=None, padding=(0, 1, 0, 0), header_style="bold underline")
    table.add_column("#", justify="right")
    table.add_column("date", no_wrap=True)
    table.add_column("mode")
    table.add_column("scenario")
    for name in ("turns", "wpm", "fill/100", "asks", "talk", "over", "tips"):
        table.add_column(name, justify="right")
    unfinished = False
    for s in sessions:
        f = s.figures(norms)
        when = s.record.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if not s.finished:
            when += "*"
            unfinished = True
        table.add_row(str(s.id), when, s.record.mode.value, s.record.scenario or "",
                      str(f.turns), _pace(f.wpm, norms),
                      "—" if f.fillers_per_100_words is None else f"{f.fillers_per_100_words:.1f}",
                      _share(f.questions.share), _share(f.talk_share), str(f.barge_ins),
                      str(f.tips_given))
    out.print(table)
    out.print(f"wpm: words a minute (the coach's band: {norms.pace_band}); fill/100: fillers "
              "per 100 words")
    out.print("asks: turns that asked a question; talk: your share of the talking; over: times "
              "you spoke over the other person; tips: tips from the coach")
    if unfinished:
        out.print("*: the session did not end normally; its turns up to then were kept.")
    if total > len(sessions):
        out.print(f"{len(sessions)} of {total} sessions shown; --limit 0 shows all.")
    out.print("Charts of one session: voicecoach report SESSION_ID (or --last)")
    return 0
