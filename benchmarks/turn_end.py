"""End of turn: the end-of-turn decision against the old fixed 600 ms silence, side by side.

    PYTHONPATH=. .venv/bin/python benchmarks/turn_end.py [--fast] [--sets espeak,real]

Two dev sets, each a recording of a user's turns with the marks it is scored against:

- `espeak`: made with espeak-ng at run time in several voices: turns split by a pause of
  0.8-1.2 s after an unfinished phrase ("so i moved here because ... i got a job at the
  aquarium"), and finished questions and statements, each followed by 3.5 s of silence for the
  partner's answer;
- `real`: the real clips of ../shared/real_speech replayed as a user's turns: `sample.wav`'s
  turns (from its timed transcript, `sample.stm`) each followed by 3.5 s of silence, `jfk.wav`,
  `mfa_uhum.wav` and `acoustic_corpus.wav` (its pauses from the forced alignment in its
  TextGrid, marked by hand as after an unfinished phrase or at a sentence's end).

Each recording goes through the live loop (Silero VAD, tiny.en, the partner saying a short line
after each turn) paced to real time, as a microphone would deliver it (`--fast`: at full speed,
with each transcription placed on the session clock where a live run would have had it).

Per set and policy it prints: pauses after an unfinished phrase that the partner answered
(cut-ins), the same for pauses at a sentence's end inside a turn, reply onset after the last
voiced chunk of a finished turn (p50, p90), how many finished turns waited for the long window,
how many turns were split or joined wrongly, and on real speech the word error rate of the
turns' words (fillers left out) against the reference. Then what one decision costs.

Held out: the en-gb-scotland voice and `sample.wav` were never looked at while tuning the rules
or the loop; their rows are printed again on their own (`held out`).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, require_real_speech
from voicecoach.analyze.scoring import reference_words, word_error_rate
from voicecoach.clock import MonotonicClock
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.hearing.transcribe import AsrConfig, WhisperTranscriber
from voicecoach.hearing.turn_end import TurnEndInput, TurnEndRules, _classify, decide
from voicecoach.hearing.vad import SileroVad
from voicecoach.live.conductor import EndReason, LoopConfig, Reaction, Say
from voicecoach.live.events import EventLog
from voicecoach.live.loop import LoopParts, SessionClock, SessionLoop
from voicecoach.testing import ArraySource
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import load_matcher
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.understanding.words import Word
from voicecoach.voice.sinks import TimelineSink

VOICES = ("en-us", "en-gb-x-rp", "en-us+f3", "en-gb-scotland")
# (unfinished first half, second half): the pause falls after the first.
SPLITS = (
    ("So I moved here because", "I got a job at the aquarium."),
    ("I'm studying, um", "marine biology at the university."),
    ("The reason I came tonight was", "to meet some new people."),
    ("I work at the", "hospital downtown, in the lab."),
    ("We went to the market and then", "we had lunch by the river."),
    ("I grew up in", "a small town near the coast."),
)
FINISHED = (
    "How do you know Sam?",
    "What do you do for work?",
    "I work in marketing.",
    "Have you tried the cake?",
    "I moved here last year.",
    "Where are you from?",
    "That sounds like a lot of fun.",
    "Nice to meet you.",
)
PAUSES = (0.8, 1.0, 1.2)
AFTER_TURN_S = 3.5  # silence after a finished turn, for the partner's answer
LEVEL = 10 ** (-40 / 20)  # a sample this far below the peak is silence, for the marks
HELD_OUT = ("en-gb-scotland", "sample.wav")  # never tuned on; reported on their own


@dataclass
class Mark:
    """A turn of the recording: where its voice starts and ends, and the pauses inside it."""

    start: float
    last_voice: float
    pauses: list[tuple[float, float, str]] = field(default_factory=list)  # (from, to, kind)


@dataclass
class Recording:
    name: str
    audio: np.ndarray
    turns: list[Mark]
    reference: str | None = None  # what was said, for the word error rate

    @property
    def held_out(self) -> bool:
        return any(name in self.name for name in HELD_OUT)


# ---------------------------------------------------------------------------- the dev sets


def espeak(text: str, voice: str, folder: Path) -> np.ndarray:
    path = folder / "phrase.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(path), text], check=True)
    return trim(FileSource(path).read_all())


def trim(audio: np.ndarray) -> np.ndarray:
    voiced = np.flatnonzero(np.abs(audio) > LEVEL * max(1e-9, float(np.max(np.abs(audio)))))
    return audio[voiced[0]:voiced[-1] + 1] if len(voiced) else audio[:0]


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32)


class Builder:
    def __init__(self, lead_in: float = 2.0) -> None:
        self.parts: list[np.ndarray] = [silence(lead_in)]
        self.t = lead_in
        self.turns: list[Mark] = []

    def add(self, audio: np.ndarray) -> tuple[float, float]:
        start = self.t
        self.parts.append(audio.astype(np.float32))
        self.t += len(audio) / SAMPLE_RATE
        return start, self.t

    def pause(self, seconds: float) -> None:
        self.add(silence(seconds))

    def recording(self, name: str, reference: str | None = None) -> Recording:
        return Recording(name, np.concatenate(self.parts), self.turns, reference)


def espeak_set(folder: Path) -> list[Recording]:
    recordings = []
    for v, voice in enumerate(VOICES):
        built = Builder()
        items: list[tuple[str, str] | str] = []
        for k in range(max(len(SPLITS), len(FINISHED))):
            if k < len(SPLITS):
                items.append(SPLITS[(k + v) % len(SPLITS)])
            if k < len(FINISHED):
                items.append(FINISHED[(k + v) % len(FINISHED)])
        for k, item in enumerate(items):
            if isinstance(item, tuple):
                start, first_end = built.add(espeak(item[0], voice, folder))
                pause = PAUSES[(k + v) % len(PAUSES)]
                built.pause(pause)
                _, end = built.add(espeak(item[1], voice, folder))
                built.turns.append(Mark(start, end, [(first_end, first_end + pause,
                                                      "unfinished")]))
            else:
                start, end = built.add(espeak(item, voice, folder))
                built.turns.append(Mark(start, end))
            built.pause(AFTER_TURN_S)
        recordings.append(built.recording(f"espeak {voice}"))
    return recordings


def voiced_gaps(audio: np.ndarray, min_gap: float = 0.3) -> list[tuple[float, float]]:
    """Silent stretches of at least `min_gap` between voiced 32 ms frames (by level)."""
    frame = 512
    n = len(audio) // frame
    level = np.sqrt(np.mean(audio[:n * frame].reshape(n, frame) ** 2, axis=1))
    voiced = level > 0.1 * np.percentile(level, 95)
    on = np.flatnonzero(voiced)
    gaps = []
    for a, b in itertools.pairwise(on):
        if (b - a - 1) * frame / SAMPLE_RATE >= min_gap:
            gaps.append(((a + 1) * frame / SAMPLE_RATE, b * frame / SAMPLE_RATE))
    return gaps


def whole(audio: np.ndarray) -> tuple[float, float]:
    voiced = np.flatnonzero(np.abs(audio) > 0.05 * float(np.max(np.abs(audio))))
    return voiced[0] / SAMPLE_RATE, (voiced[-1] + 1) / SAMPLE_RATE


def real_set() -> list[Recording]:
    folder = require_real_speech()
    recordings = []
    # sample.wav: each speaker's turn (consecutive segments of one speaker), then silence.
    sample = FileSource(folder / "sample.wav").read_all()
    segments = []
    for line in (folder / "sample.stm").read_text().splitlines():
        parts = line.split()
        segments.append((parts[2], float(parts[3]), float(parts[4])))
    turns: list[list[tuple[str, float, float]]] = []
    for segment in segments:
        if turns and turns[-1][-1][0] == segment[0]:
            turns[-1].append(segment)
        else:
            turns.append([segment])
    built = Builder()
    for turn in turns:
        a, b = turn[0][1], turn[-1][2]
        audio = sample[round(a * SAMPLE_RATE):round(b * SAMPLE_RATE)]
        offset = built.t
        start, end = built.add(audio)
        # Pauses inside a turn of a phone call: between the speaker's segments, if long.
        pauses = [(offset + x[2] - a, offset + y[1] - a, "sentence")
                  for x, y in itertools.pairwise(turn) if y[1] - x[2] >= 0.3]
        built.turns.append(Mark(start, end, pauses))
        built.pause(AFTER_TURN_S)
    reference = " ".join(line.split(maxsplit=5)[5] for line in
                         (folder / "sample.stm").read_text().splitlines())
    recordings.append(built.recording("real sample.wav (phone call, 9 turns)", reference))
    # jfk.wav: one sentence; its pauses are inside it ("and so my fellow americans, ...").
    # mfa_uhum.wav: "montreal forced uh um uh hm hm um forced aligner": every pause is a
    # hesitation inside the phrase.
    for name, kind in (("jfk.wav", "unfinished"), ("mfa_uhum.wav", "unfinished")):
        audio = FileSource(folder / name).read_all()
        first, last = whole(audio)
        built = Builder(lead_in=1.0)
        offset = built.t
        built.add(audio)
        pauses = [(offset + a, offset + b, kind) for a, b in voiced_gaps(audio)
                  if first < a and b < last]
        built.turns.append(Mark(offset + first, offset + last, pauses))
        built.pause(AFTER_TURN_S)
        reference = (folder / name.replace(".wav", ".txt")).read_text()
        recordings.append(built.recording(f"real {name}", reference))
    # acoustic_corpus.wav: one speaker, one long turn; pauses from the forced alignment.
    audio = FileSource(folder / "acoustic_corpus.wav").read_all()
    built = Builder(lead_in=1.0)
    offset = built.t
    built.add(audio)
    marks = [(7.54, 8.02, "sentence"),  # "... but who cares" | "um this is me"
             (11.80, 12.14, "unfinished"),  # "and slightly" | "lower in intensity"
             (13.90, 14.87, "sentence"),  # "lower in intensity" | "we're just saying"
             (17.19, 18.35, "sentence"),  # "some words" | "and here's some more"
             (22.33, 22.90, "sentence"),  # "word words" | "um"
             (23.53, 24.15, "unfinished")]  # "um" | "and that should be all"
    built.turns.append(Mark(offset + 1.05, offset + 25.25,
                            [(offset + a, offset + b, k) for a, b, k in marks]))
    built.pause(AFTER_TURN_S)
    recordings.append(built.recording("real acoustic_corpus.wav",
                                      (folder / "acoustic_corpus.txt").read_text()))
    return recordings


# ---------------------------------------------------------------------------- the replay


@dataclass
class Listener:
    """The partner: a short line after each turn, nothing else."""

    def opening(self) -> list[Say]:
        return []

    def on_turn(self, turn: Turn) -> Reaction:
        return Reaction(lines=[Say("I see.")])

    def take_back(self, turn: Turn) -> None:
        pass  # its replies are fixed lines; there is nothing to forget

    def on_command(self, command: VoiceCommand) -> Reaction:
        return Reaction()

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        return None

    def closing(self, reason: EndReason) -> list[Say]:
        return []


@dataclass
class Result:
    events: list[dict[str, object]]
    turns: list[Turn]


def replay(recording: Recording, transcriber: WhisperTranscriber, matcher: object,
           rules: TurnEndRules | None, fast: bool, options: argparse.Namespace) -> Result:
    events = EventLog()
    config = LoopConfig(realtime=not fast, pace_input=not fast, turn_end=rules,
                        speculate_after_s=options.speculate_after,
                        speculate_tail=not options.whole)
    parts = LoopParts(source=ArraySource(recording.audio), detector=SileroVad(),
                      transcriber=transcriber, matcher=matcher,  # type: ignore[arg-type]
                      vocabulary=FillerVocabulary.load(), sink=TimelineSink(None, None),
                      events=events, clock=SessionClock(not fast, MonotonicClock()),
                      config=config)
    outcome = SessionLoop(parts, Listener()).run()
    events.close()
    return Result([{"t": e.t, "type": e.type.value, **e.data} for e in events.events],
                  outcome.turns)


@dataclass
class Score:
    unfinished_pauses: int = 0
    unfinished_cut_ins: int = 0
    sentence_pauses: int = 0
    sentence_cut_ins: int = 0
    latencies: list[float] = field(default_factory=list)
    # The same onsets by the rule that ended the turn (a question's window is shorter than a
    # statement's; "-" if the turn did not end where the recording's turn did).
    by_rule: dict[str, list[float]] = field(default_factory=dict)
    unanswered: int = 0
    long_waits: int = 0
    finished: int = 0
    split: int = 0
    joined: int = 0
    turns: int = 0
    errors: float = 0.0  # word errors against the reference (fillers left out)
    reference_words: int = 0
    texts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, recording: Recording, result: Result) -> None:
        replies = [float(str(e["t"])) for e in result.events if e["type"] == "reply_start"]
        ends = [e for e in result.events if e["type"] == "speech_end"]
        self.texts += [str(e["text"]) for e in result.events if e["type"] == "transcript"]
        if recording.reference is not None:
            vocabulary = FillerVocabulary.load()
            ref = reference_words(recording.reference, vocabulary)
            hyp = vocabulary.mark([Word(t, 0.0, 0.0) for turn in result.turns
                                   for t in turn.text.split()])
            count = sum(not w.filler for w in ref)
            self.errors += word_error_rate(ref, hyp) * count
            self.reference_words += count
        for mark in recording.turns:
            for a, b, kind in mark.pauses:
                cut = any(a < t <= b for t in replies)
                if cut:
                    heard = [str(e["text"]) for e in result.events
                             if e["type"] == "transcript" and a < float(str(e["t"])) <= b]
                    self.notes.append(f"cut-in ({kind}, {b - a:.2f} s) in {recording.name} "
                                      f"after {heard}")
                if kind == "unfinished":
                    self.unfinished_pauses += 1
                    self.unfinished_cut_ins += cut
                else:
                    self.sentence_pauses += 1
                    self.sentence_cut_ins += cut
            self.finished += 1
            end = min(ends, key=lambda e: abs(float(str(e["last_voice_t"])) - mark.last_voice),
                      default=None)
            last_voice = mark.last_voice
            rule = "-"
            if end is not None and abs(float(str(end["last_voice_t"])) - last_voice) < 0.3:
                last_voice = float(str(end["last_voice_t"]))
                rule = str(end.get("rule", end.get("reason")))
                self.long_waits += end.get("reason") == "max_wait"
                if end.get("reason") == "max_wait":
                    said = next((str(e["text"]) for e in result.events
                                 if e["type"] == "transcript"
                                 and float(str(e["t"])) >= float(str(end["t"]))), "")
                    self.notes.append(f"long wait in {recording.name} at "
                                      f"{mark.last_voice:.1f} ({end.get('rule')}): {said!r}")
            reply = next((t for t in replies if last_voice - 0.05 < t < last_voice + 3.0), None)
            if reply is None:
                self.unanswered += 1
            else:
                self.latencies.append(reply - last_voice)
                self.by_rule.setdefault(rule, []).append(reply - last_voice)
            covering = [t for t in result.turns
                        if t.start < mark.last_voice and t.end > mark.start]
            self.split += len(covering) > 1
        for turn in result.turns:
            self.turns += 1
            inside = [m for m in recording.turns
                      if turn.start < m.last_voice and turn.end > m.start]
            self.joined += len(inside) > 1


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def decision_cost(texts: list[str], rules: TurnEndRules,
                  repeats: int = 20) -> tuple[list[float], list[float]]:
    """Milliseconds of each decision with the text not seen before, on the wall clock and in
    the thread's CPU time (each transcript decided `repeats` times, its cache cleared each
    time). On a loaded machine the wall clock's worst calls are the scheduler's (the process
    waits for a core), not the rules'; the CPU time is what the rules cost."""
    wall, cpu = [], []
    decide(TurnEndInput("warm up: the first call loads the word lists", 0.3), rules)
    for text in (texts or ["so i moved here because"]) * repeats:
        _classify.cache_clear()
        started, started_cpu = time.perf_counter(), time.thread_time()
        decide(TurnEndInput(text, 0.3), rules)
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    return wall, cpu


def sets(names: list[str], folder: Path) -> Iterator[tuple[str, list[Recording]]]:
    if "espeak" in names:
        yield "espeak-ng, 4 voices", espeak_set(folder)
    if "real" in names:
        yield "real speech", real_set()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fast", action="store_true",
                        help="replay at full speed (compute placed on the session clock)")
    parser.add_argument("--sets", default="espeak,real")
    parser.add_argument("--policies", default="fixed,decision",
                        help="which of `fixed` (600 ms) and `decision` to run")
    parser.add_argument("--only", default="",
                        help="only the recordings whose name holds this (e.g. acoustic)")
    parser.add_argument("--speculate-after", type=float, default=LoopConfig().speculate_after_s,
                        help="silence (s) before the turn is transcribed speculatively")
    parser.add_argument("--whole", action="store_true",
                        help="at a later pause transcribe the whole turn again, not its tail")
    parser.add_argument("--verbose", action="store_true", help="print every transcript")
    args = parser.parse_args()
    rules = TurnEndRules.load()
    transcriber = WhisperTranscriber(AsrConfig())
    matcher = load_matcher([])
    print(f"machine: {machine()}")
    print(f"replay: {'full speed' if args.fast else 'real time'}; tiny.en; "
          f"windows {rules.complete_s}/{rules.statement_s}/{rules.default_s}/"
          f"{rules.unfinished_s} s (hands over/statement/can't tell/unfinished; the statement's "
          f"learned down to {rules.statement_fast_s} s per recording); "
          f"speculating {args.speculate_after} s into a silence, "
          f"{'the whole turn' if args.whole else 'the tail since the last pause'}\n")
    rows = []
    texts: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for set_name, recordings in sets(args.sets.split(","), Path(tmp)):
            recordings = [r for r in recordings if args.only in r.name]
            policies = [(name, policy_rules) for key, name, policy_rules in
                        (("fixed", "fixed 600 ms", None), ("decision", "end-of-turn decision",
                                                           rules))
                        if key in args.policies.split(",")]
            for policy, policy_rules in policies:
                score, held_out = Score(), Score()
                for recording in recordings:
                    result = replay(recording, transcriber, matcher, policy_rules, args.fast,
                                    args)
                    score.add(recording, result)
                    if recording.held_out:
                        held_out.add(recording, result)
                texts += score.texts
                if args.verbose:
                    print(f"{set_name} / {policy}:", *score.texts, sep="\n  ")
                print(f"{set_name} / {policy}:", *score.notes, sep="\n  ", flush=True)
                print("  onset p50 / p90 (ms) by the rule that ended the turn: " + "; ".join(
                    f"{rule} {percentile(v, 50) * 1000:.0f} / {percentile(v, 90) * 1000:.0f} "
                    f"(n={len(v)})" for rule, v in sorted(score.by_rule.items())), flush=True)
                rows.append((set_name, policy, score))
                if held_out.finished:
                    rows.append((f"{set_name}, held out", policy, held_out))
    print("| set | policy | cut-ins: pauses after an unfinished phrase | answered at a "
          "sentence's end inside a turn | reply onset p50 / p90 (ms) | finished turns on the "
          "long window | unanswered | turns split / joined wrongly | WER |")
    print("|---|---|---|---|---|---|---|---|---|")
    for set_name, policy, s in rows:
        wer = f"{s.errors / s.reference_words:.3f}" if s.reference_words else "-"
        print(f"| {set_name} | {policy} | {s.unfinished_cut_ins} of {s.unfinished_pauses} | "
              f"{s.sentence_cut_ins} of {s.sentence_pauses} | "
              f"{percentile(s.latencies, 50) * 1000:.0f} / {percentile(s.latencies, 90) * 1000:.0f}"
              f" | {s.long_waits} of {s.finished} | {s.unanswered} | "
              f"{s.split} / {s.joined} of {s.finished} | {wer} |")
    wall, cpu = decision_cost(texts, rules)
    print(f"\none decision (a transcript not seen before; {len(texts)} transcripts x 20), "
          "mean / p99 / worst:")
    for clock, costs in (("CPU time", cpu), ("wall clock", wall)):
        print(f"  {clock}: {statistics.mean(costs):.3f} / {percentile(costs, 99):.3f} / "
              f"{max(costs):.3f} ms")


if __name__ == "__main__":
    main()
