"""How fast `history` and `report` are on a long history: `.venv/bin/python benchmarks/history.py`.

Fills a temporary data folder with 1,000 sessions of about ten turns each (realistic pace,
fillers, moves, gaps and tips, written through the same Store calls the live loop makes), then
times `history`, `history --json --limit 0` and `report --last`, both in-process and as a
`voicecoach` subprocess (which adds interpreter start-up and imports). Target: each under 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a source tree that is not pip-installed

from benchmarks.common import machine  # noqa: E402
from voicecoach import cli  # noqa: E402
from voicecoach.history.records import (  # noqa: E402
    SessionMode,
    SessionRecord,
    SessionSummary,
)
from voicecoach.history.store import Store  # noqa: E402
from voicecoach.understanding.moves import MoveLabel  # noqa: E402
from voicecoach.understanding.pacing import Pacing  # noqa: E402
from voicecoach.understanding.turn import Turn  # noqa: E402

TARGET_S = 1.0
LABELS = ("greeting_intro", "icebreaker", "open_question", "closed_question", "encourager",
          "compliment", "common_ground", "advice_request", "complaint", "politics")
LINES = ("hi I'm Sam, how do you know the host", "oh that sounds like a lot of fun",
         "um so what got you into climbing", "I love your jacket, where is it from",
         "we went to the same school I think", "what would you recommend for a beginner")
TIPS = ("Try asking them something back.", "A little slower helps people follow.",
        "Nice open question.", None, None, None)


def fill(data_dir: Path, sessions: int, seed: int = 7) -> int:
    """Write `sessions` sessions through the public Store API; returns the number of turns."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, 18, 0, tzinfo=timezone.utc)
    turns_written = 0
    with Store.open(data_dir) as store:
        for n in range(sessions):
            began = start + timedelta(days=n // 3, hours=n % 3)
            sid = store.begin_session(SessionRecord(
                rng.choice(list(SessionMode)), rng.choice(("party", "meetup", "first day")),
                "microphone", began, {"end_silence_ms": "600"}))
            clock = 0.0
            turns = rng.randint(7, 13)
            for i in range(turns):
                partner_s = rng.uniform(1.5, 6.0)
                gap = rng.gauss(0.7, 0.5)
                clock += partner_s + gap
                words = rng.randint(4, 40)
                wpm = max(60.0, rng.gauss(145 - n * 0.01, 22))
                speaking = words * 60 / wpm
                fillers = sum(rng.random() < 0.06 for _ in range(words))
                labels = tuple(MoveLabel(label)
                               for label in rng.sample(LABELS, rng.choice((0, 1, 1, 2))))
                pacing = Pacing(words=words, fillers=fillers, first_start=clock,
                                last_end=clock + speaking, speaking_s=speaking,
                                articulation_s=speaking / 1.15, pauses=rng.randint(0, 3))
                store.add_turn(sid, Turn(
                    index=i, start=clock, end=clock + speaking + 0.3, text=rng.choice(LINES),
                    pacing=pacing, labels=labels, partner_end=clock - gap, barge_in=gap < 0,
                    tip=rng.choice(TIPS), partner_text="So how do you know everyone here?",
                    partner_speaking_s=partner_s))
                clock += speaking + 0.3
                turns_written += 1
            store.end_session(sid, SessionSummary(
                began + timedelta(seconds=clock + 2), clock + 2,
                ("You asked good questions.", "Next time, pause before you answer.")))
    return turns_written


@dataclass(frozen=True)
class Timing:
    what: str
    how: str
    median_s: float
    best_s: float


def measure(what: str, how: str, run: Callable[[], None], repeats: int) -> Timing:
    run()  # warm the page cache (and, in-process, the imports)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return Timing(what, how, statistics.median(times), min(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        started = time.perf_counter()
        turns = fill(data_dir, options.sessions)
        fill_s = time.perf_counter() - started
        os.chdir(tmp)  # report writes its page into the current folder
        commands = {
            "history": ["history"],
            "history --json --limit 0": ["history", "--json", "--limit", "0"],
            "report --last": ["report", "--last", "--out", "page.html"],
        }
        prefix = [str(Path(sys.executable).with_name("voicecoach"))]
        timings = []
        for what, argv in commands.items():
            full = [*argv, "--data-dir", str(data_dir)]

            def in_process(full: list[str] = full) -> None:
                with redirect_stdout(StringIO()):
                    if cli.main(full) != 0:
                        raise SystemExit(f"{full} failed")

            def as_subprocess(full: list[str] = full) -> None:
                subprocess.run([*prefix, *full], check=True, capture_output=True)

            timings.append(measure(what, "in-process", in_process, options.repeats))
            timings.append(measure(what, "subprocess", as_subprocess, options.repeats))
        size = (data_dir / "history.sqlite3").stat().st_size

    print(f"machine: {machine()}")
    print(f"history: {options.sessions} sessions, {turns} turns, database {size / 2**20:.1f} MiB "
          f"(filled in {fill_s:.1f} s, one transaction per turn)")
    print(f"{'command':<26} {'how':<11} {'median':>8} {'best':>8}  target < {TARGET_S:.0f} s")
    for t in timings:
        verdict = "ok" if t.median_s < TARGET_S else "SLOW"
        print(f"{t.what:<26} {t.how:<11} {t.median_s:>7.3f}s {t.best_s:>7.3f}s  {verdict}")


if __name__ == "__main__":
    main()
