"""Is every line of a whole session heard, whole, with no underrun? The command line run with a
private PulseAudio server's null sink as the speakers, its monitor recorded by `parecord`, each
logged line found in the recording and transcribed back with tiny.en.

    PYTHONPATH=. .venv/bin/python benchmarks/sessions.py [--session demo|practice|both] [--runs 1]

- demo: `voicecoach demo --json` (the bundled recording takes its turns; about two minutes);
- practice: `voicecoach practice --input audio_fixtures/demo_user.flac --realtime --no-save
  --json`, the replay paced to real time, so transcription runs while the coach speaks.

Per run: underruns (`underruns` in `--json`, and when the `audio_underrun` events came);
lines logged and lines heard (their sound filling their logged place in the recording, and
some of their words transcribed back; the share of words tiny.en got back is printed too);
gaps: silences over 300 ms inside a line's audio beyond one for each pause mark the text has
inside it (espeak-ng pauses up to ~0.5 s at a comma or a full stop; a dropout mid-phrase has
no mark); span: the longest line's recorded first-to-last sound over its logged length.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine
from benchmarks.echo_live import PrivatePulse
from benchmarks.playback import FRAME_S, GAP_S, REC_RATE, Recorder, voiced
from voicecoach.analyze.scoring import edit_alignment
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.understanding.words import Word

USER = ROOT / "audio_fixtures" / "demo_user.flac"
COMMANDS = {
    "demo": ["demo", "--json"],
    "practice": ["practice", "--input", str(USER), "--realtime", "--no-save", "--json"],
}
# A line is heard when its sound fills its logged place (first to last sound over at least
# this much of its logged length) and tiny.en gets some of its words back: tiny.en mishears
# espeak-ng often ("You asked good questions back." -> "You must go to the question's back.")
HEARD_SPAN = 0.7  # espeak-ng's own silence at either end is in the logged length
PAUSE_MARKS = (",", ".", "?", "!", ";", ":", "-")


@dataclass
class LineResult:
    text: str
    start: float
    heard: float  # share of its words transcribed back
    gaps: list[float]  # seconds, silences > GAP_S not after punctuation
    span: float  # recorded first to last sound over the logged length

    @property
    def heard_whole(self) -> bool:
        return self.span >= HEARD_SPAN and self.heard > 0.0


def tokens(text: str) -> list[str]:
    return [Word(part, 0.0, 0.0).token for part in text.split()]


def run_session(kind: str, events: Path) -> tuple[dict[str, Any], np.ndarray[Any, Any]]:
    """The session's JSON and the recording of the speakers."""
    recorder = Recorder("vc_echo.monitor")
    time.sleep(0.5)
    done = subprocess.run([sys.executable, "-m", "voicecoach", *COMMANDS[kind],
                           "--events", str(events)], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    samples, _ = recorder.stop()
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed ({done.returncode}): {done.stderr[-2000:]}")
    return json.loads(done.stdout), samples


def first_sound(flags: np.ndarray[Any, Any], after: float) -> float:
    start = int(after / FRAME_S)
    on = np.flatnonzero(flags[start:])
    return (start + int(on[0])) * FRAME_S if len(on) else after


def check_line(line: dict[str, Any], bounds: tuple[float, float], offset: float,
               samples: np.ndarray[Any, Any], flags: np.ndarray[Any, Any],
               transcriber: WhisperTranscriber) -> LineResult:
    """`bounds`: the end of the line before and the start of the one after (session
    seconds): the margin around the line (its logged times are good to ~20 ms) stops there,
    so that a neighbour's first sound is not taken for the end of a gap in this one."""
    start, end = line["start"] + offset, line["end"] + offset
    a = max(0, int((max(start - 0.15, bounds[0] + offset)) / FRAME_S))
    b = int(min(end + 0.15, bounds[1] + offset) / FRAME_S)
    window = flags[a:b]
    on = np.flatnonzero(window)
    span = ((on[-1] - on[0] + 1) * FRAME_S / max(end - start, 1e-3)) if len(on) else 0.0
    audio = samples[a * int(REC_RATE * FRAME_S): b * int(REC_RATE * FRAME_S)]
    words = [w for w in transcriber.transcribe(audio, context="") if not w.filler]
    reference = tokens(line["text"])
    distance, _ = edit_alignment(reference, [w.token for w in words])
    heard = max(0.0, 1.0 - distance / max(len(reference), 1))
    gaps: list[float] = []
    if len(on):
        run = 0
        for flag in window[on[0]: on[-1] + 1]:
            if flag:
                if run * FRAME_S > GAP_S:
                    gaps.append(run * FRAME_S)
                run = 0
            else:
                run += 1
    # A pause the text has (a comma, a full stop) may be long; one per mark is not counted.
    marks = sum(line["text"].rstrip().rstrip("".join(PAUSE_MARKS)).count(m) for m in PAUSE_MARKS)
    gaps = sorted(gaps)[: max(0, len(gaps) - marks)]
    return LineResult(line["text"], line["start"], heard, gaps, float(span))


def analyse(kind: str, result: dict[str, Any], events: Path, samples: np.ndarray[Any, Any],
            transcriber: WhisperTranscriber) -> None:
    flags = voiced(samples, REC_RATE)
    lines = [line for line in result["lines"] if line["end"] > line["start"]]
    if not lines:
        print(f"{kind}: no line logged")
        return
    # The session clock against the recording: the first line's first sound.
    offset = first_sound(flags, 0.0) - lines[0]["start"]
    ends = [0.0, *(line["end"] for line in lines)]
    starts = [*(line["start"] for line in lines[1:]), float("inf")]
    checked = [check_line(line, (before, after), offset, samples, flags, transcriber)
               for line, before, after in zip(lines, ends, starts, strict=False)]
    underrun_events = [e for e in map(json.loads, events.read_text().splitlines())
                       if e["type"] == "audio_underrun"]
    # A line cut by a barge-in (the replay talks over the partner) is not to be heard whole.
    whole = [c for c, line in zip(checked, lines, strict=True) if not line["interrupted"]]
    heard = sum(c.heard_whole for c in whole)
    gaps = [g for c in checked for g in c.gaps]
    print(f"{kind}: underruns {result['underruns']} (events at "
          f"{[round(e['t'], 2) for e in underrun_events]}), lines logged {len(lines)}, "
          f"cut by a barge-in {len(lines) - len(whole)}, the others heard {heard}/{len(whole)}, "
          f"gaps > {GAP_S * 1000:.0f} ms "
          f"{len(gaps)} {[round(g, 2) for g in gaps]}, longest span "
          f"{max(c.span for c in whole):.2f}, words heard "
          f"{np.mean([c.heard for c in whole]):.0%}", flush=True)
    for c in whole:
        if not c.heard_whole or c.gaps:
            print(f"  at {c.start:.1f} s heard {c.heard:.0%} gaps {c.gaps}: {c.text[:60]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session", choices=["demo", "practice", "both"], default="both")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="keep each run's recording and JSON here")
    parser.add_argument("--again", type=Path, nargs="*", default=[], metavar="STEM",
                        help="analyse runs kept with --keep (their path without the suffix)")
    args = parser.parse_args()
    if args.again:
        transcriber = WhisperTranscriber()
        for stem in args.again:
            result = json.loads(stem.with_suffix(".json").read_text())
            analyse(stem.name, result, stem.with_suffix(".jsonl"),
                    np.load(stem.with_suffix(".npy")), transcriber)
        return
    kinds = ["demo", "practice"] if args.session == "both" else [args.session]
    print(machine())
    transcriber = WhisperTranscriber()
    pulse = PrivatePulse()
    try:
        for _ in range(args.runs):
            for kind in kinds:
                with tempfile.TemporaryDirectory() as folder:
                    events = Path(folder) / "events.jsonl"
                    load = Path("/proc/loadavg").read_text().split()[0]
                    print(f"{time.strftime('%H:%M', time.gmtime())} UTC, load {load}: ",
                          end="", flush=True)
                    result, samples = run_session(kind, events)
                    if args.keep is not None:
                        args.keep.mkdir(parents=True, exist_ok=True)
                        stem = args.keep / f"{kind}-{time.strftime('%H%M%S')}"
                        np.save(stem.with_suffix(".npy"), samples)
                        stem.with_suffix(".json").write_text(json.dumps(result))
                        stem.with_suffix(".jsonl").write_text(events.read_text())
                    analyse(kind, result, events, samples, transcriber)
    finally:
        pulse.close()


if __name__ == "__main__":
    main()
