"""`voicecoach report`: one session as a self-contained HTML page with charts."""

from __future__ import annotations

import argparse
from pathlib import Path

from voicecoach.coaching.norms import Norms
from voicecoach.commands.common import add_command, load_norms
from voicecoach.commands.history import add_data_dir_option, open_history
from voicecoach.errors import ReportError, UnknownSessionError
from voicecoach.history.htmlreport import TREND_SESSIONS, ReportData, render_report
from voicecoach.history.store import Store

__all__ = ["DESCRIPTION", "EXAMPLES", "build_report", "register", "run"]

DESCRIPTION = ("Write one session as a single HTML page that works offline: pace and "
               "fillers per turn, response gaps and barge-ins, the moves you made, and "
               "your progress across sessions. Prints the page's path.")

EXAMPLES = """\
examples:
  voicecoach report                        the latest session, to voicecoach-report-<id>.html
  voicecoach report 12 --out party.html
  xdg-open "$(voicecoach report --last)"   write it and open it in a browser
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "report", DESCRIPTION, EXAMPLES)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("session_id", nargs="?", type=int, metavar="SESSION_ID",
                       help="a session number from `voicecoach history`")
    which.add_argument("--last", action="store_true", help="the latest session (the default)")
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="where to write the page (default: voicecoach-report-<id>.html in "
                             "the current folder)")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def build_report(store: Store, session_id: int, norms: Norms) -> ReportData:
    session = store.session(session_id)
    # Twice the trend's length: sessions without speech are left out of the trend.
    history = store.sessions(TREND_SESSIONS * 2, up_to=session_id)
    return ReportData(session=session, moves=store.move_counts(session_id),
                      history=tuple(reversed(history)),
                      sessions_up_to=store.count(up_to=session_id), norms=norms)


def run(args: argparse.Namespace) -> int:
    data_dir, store = open_history(args)
    if store is None:
        raise UnknownSessionError(f"there are no sessions in {data_dir} yet; practise once, "
                                  "then ask for a report")
    with store:
        session_id = args.session_id if args.session_id is not None else store.last_session_id()
        if session_id is None:
            raise UnknownSessionError(f"there are no sessions in {data_dir} yet; practise once, "
                                      "then ask for a report")
        page = render_report(build_report(store, session_id, load_norms(args)))
    out: Path = args.out or Path(f"voicecoach-report-{session_id}.html")
    try:
        out.write_text(page, encoding="utf-8")
    except OSError as error:
        raise ReportError(f"cannot write {out}: {error.strerror}; pass --out with a file in a "
                          "folder you can write to") from error
    print(out.resolve())
    return 0
