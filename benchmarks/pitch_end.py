"""Does the pitch at the end of a phrase tell a hesitation from a finished turn? (issue #13)

    PYTHONPATH=. .venv/bin/python benchmarks/pitch_end.py [--sets real,espeak]

For every phrase end of the end-of-turn dev sets (benchmarks/turn_end.py: the pauses marked
inside a turn and each turn's end), the pitch of the last 300 ms of voice before the silence,
by autocorrelation on 40 ms frames (75-400 Hz). Two figures per phrase end: the slope of the
pitch over that stretch in semitones per second (a fall is negative), and where it ends against
the speaker's median pitch in the recording, in semitones. Printed: per kind of phrase end
(after an unfinished phrase, at a sentence's end inside a turn, at the end of a turn) the median
and spread of both, and how well the best single threshold on each separates unfinished phrases
from finished turns (the rules' job at a pause). A measurement only: nothing here is used by the
loop.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine
from benchmarks.turn_end import Recording, espeak_set, real_set
from voicecoach.hearing.audio import SAMPLE_RATE

FRAME_S = 0.04
HOP_S = 0.01
LOW_HZ, HIGH_HZ = 75.0, 400.0
TAIL_S = 0.3  # the stretch of voice before the silence that is read
VOICED = 0.45  # the autocorrelation peak a frame needs to count as voiced


@dataclass(frozen=True)
class PhraseEnd:
    recording: str
    kind: str  # "unfinished", "sentence" (a sentence's end inside a turn) or "turn"
    at: float  # where the silence starts, s
    slope: float | None  # semitones per second over the tail
    height: float | None  # the tail's last pitch against the speaker's median, semitones


def pitch_track(audio: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Times and pitches (Hz, NaN where unvoiced) of 40 ms frames every 10 ms."""
    frame, hop = round(FRAME_S * SAMPLE_RATE), round(HOP_S * SAMPLE_RATE)
    low_lag, high_lag = int(SAMPLE_RATE / HIGH_HZ), int(SAMPLE_RATE / LOW_HZ)
    level = float(np.percentile(np.abs(audio), 99)) or 1.0
    times, pitches = [], []
    for start in range(0, len(audio) - frame, hop):
        chunk = audio[start:start + frame].astype(np.float64)
        chunk = chunk - chunk.mean()
        energy = float(np.dot(chunk, chunk))
        pitch = np.nan
        if energy > 0 and np.sqrt(energy / frame) > 0.02 * level:
            corr = np.correlate(chunk, chunk, mode="full")[frame - 1:]
            corr = corr / energy
            lag = low_lag + int(np.argmax(corr[low_lag:high_lag]))
            if corr[lag] >= VOICED:
                pitch = SAMPLE_RATE / lag
        times.append((start + frame / 2) / SAMPLE_RATE)
        pitches.append(pitch)
    return np.array(times), np.array(pitches)


def semitones(hz: np.ndarray, reference: float) -> np.ndarray:
    return 12.0 * np.log2(hz / reference)


def phrase_ends(recording: Recording) -> list[PhraseEnd]:
    times, pitches = pitch_track(recording.audio)
    voiced = ~np.isnan(pitches)
    if not voiced.any():
        return []
    median = float(np.median(pitches[voiced]))
    ends = [(a, kind) for mark in recording.turns for a, _b, kind in mark.pauses]
    ends += [(mark.last_voice, "turn") for mark in recording.turns]
    found = []
    for at, kind in ends:
        # the last TAIL_S of voiced frames before the silence (within a second of it)
        window = voiced & (times <= at) & (times >= at - 1.0)
        picked = np.flatnonzero(window)
        picked = picked[times[picked] >= times[picked[-1]] - TAIL_S] if len(picked) else picked
        slope = height = None
        if len(picked) >= 5:
            tones = semitones(pitches[picked], median)
            slope = float(np.polyfit(times[picked], tones, 1)[0])
            height = float(np.median(tones[-5:]))
        found.append(PhraseEnd(recording.name, kind, at, slope, height))
    return found


def separation(unfinished: list[float], finished: list[float]) -> tuple[str, float, int, int]:
    """The single threshold (either way round) that errs least in calling a phrase end
    unfinished, and its errors: unfinished phrases called finished (cut-ins), finished turns
    called unfinished (long waits)."""
    best = ("above", 0.0, len(unfinished), 0)
    for threshold in sorted({*unfinished, *finished}):
        for side, sign in (("above", 1.0), ("below", -1.0)):
            misses = sum(sign * (value - threshold) < 0 for value in unfinished)
            false = sum(sign * (value - threshold) >= 0 for value in finished)
            if misses + false < best[2] + best[3]:
                best = (side, threshold, misses, false)
    return best


def summary(values: list[float]) -> str:
    if not values:
        return "-"
    low, high = min(values), max(values)
    return f"{statistics.median(values):+.1f} ({low:+.1f} to {high:+.1f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="real,espeak")
    args = parser.parse_args()
    print(f"machine: {machine()}\n")
    with tempfile.TemporaryDirectory() as folder:
        for name in args.sets.split(","):
            recordings = real_set() if name == "real" else espeak_set(Path(folder))
            ends = [end for recording in recordings for end in phrase_ends(recording)]
            print(f"## {name}\n")
            print("| phrase end | n | with pitch | slope, st/s: median (range) "
                  "| end against median, st |")
            print("|---|---|---|---|---|")
            for kind in ("unfinished", "sentence", "turn"):
                group = [end for end in ends if end.kind == kind]
                slopes = [end.slope for end in group if end.slope is not None]
                heights = [end.height for end in group if end.height is not None]
                print(f"| {kind} | {len(group)} | {len(slopes)} | {summary(slopes)} | "
                      f"{summary(heights)} |")
            for label, field in (("slope", "slope"), ("end height", "height")):
                unfinished = [getattr(end, field) for end in ends
                              if end.kind == "unfinished" and getattr(end, field) is not None]
                finished = [getattr(end, field) for end in ends
                            if end.kind == "turn" and getattr(end, field) is not None]
                if unfinished and finished:
                    side, threshold, misses, false = separation(unfinished, finished)
                    print(f"\nbest single threshold on {label} (unfinished at or {side} "
                          f"{threshold:+.1f}):"
                          f" {misses} of {len(unfinished)} unfinished called finished, "
                          f"{false} of {len(finished)} finished turns called unfinished")
            print()


if __name__ == "__main__":
    main()
