"""The whole live loop on speakers over a real output and input stream: does the coach's
cancelled voice become turns, and are commands and turns said over the coach heard?

    PYTHONPATH=. .venv/bin/python benchmarks/echo_loop.py [--runs 3] [--gate] [--quiet-user]

A PulseAudio server of the benchmark's own (`benchmarks/echo_live.PrivatePulse`) with one null
sink: the real `DeviceSink` plays a partner who never stops talking (`testing.TalkingPartner`,
espeak-ng) into it, and the microphone is its monitor (an exact digital copy of what played,
so this proves the plumbing: clock, delay, stream restarts, not the room) with the user's
voice added to each chunk as it arrives: the ten commands and turns of
`testing.OVER_THE_COACH` (espeak-ng's en-gb-x-rp, as loud as the coach). The loop is the
real one (Silero, tiny.en on the worker thread, the end-of-turn rules, barge-in), with
`SpeakerEcho` in front of it as `[audio] cancel_echo` wires it.

Reports per run: commands and turns heard (as `benchmarks/echo.py` counts them); coach turns:
transcripts of nothing the user said; false barge-ins: the partner cut where the user said
nothing; when the canceller was trusted and whether it was lost again; underruns; the ERLE.
`--quiet-user` leaves the user out (only the coach: every turn is the coach's). ECHO_TRACE=file
writes each chunk's reading (ERLE, level, floor, the detector, where the reference lay) and
the event log; ECHO_DUMP=file.npz what the canceller was fed (microphone and reference) and the
user's voice, for a look offline.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine
from benchmarks.echo_live import PrivatePulse
from benchmarks.match import speak
from voicecoach.clock import MonotonicClock
from voicecoach.hearing.audio import (
    SAMPLE_RATE,
    AudioChunk,
    CaptureClock,
    MicrophoneSource,
    Samples,
)
from voicecoach.hearing.echo import (
    EchoMode,
    EchoReading,
    EchoSettings,
    SpeakerEcho,
    SpeexCanceller,
)
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.turn_end import TurnEndRules
from voicecoach.hearing.vad import SileroVad
from voicecoach.live.conductor import LoopConfig
from voicecoach.live.events import EventLog
from voicecoach.live.loop import LoopParts, SessionClock, SessionLoop
from voicecoach.testing import (
    OVER_THE_COACH,
    OVER_THE_COACH_S,
    TalkingPartner,
    spoken_over,
    user_over_the_coach,
)
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.voice.device import DevicePlayer
from voicecoach.voice.sinks import DeviceSink
from voicecoach.voice.synth import Synthesizer


class MixedMicrophone:
    """The sink's monitor with the user's voice added where it falls on the microphone's
    clock; ends after `seconds`."""

    def __init__(self, mic: MicrophoneSource, user: Samples, seconds: float) -> None:
        self.mic = mic
        self.user = user
        self.seconds = seconds

    @property
    def overflows(self) -> int:
        return self.mic.overflows

    def chunks(self) -> Iterator[AudioChunk]:
        for chunk in self.mic.chunks():
            first = round(chunk.start * SAMPLE_RATE)
            part = self.user[first:first + len(chunk.samples)]
            samples = chunk.samples.copy()
            samples[:len(part)] += part
            yield AudioChunk(samples, chunk.start, chunk.rate)
            if chunk.end >= self.seconds:
                self.mic.stop()
                return


@dataclass(frozen=True)
class Row:
    reading: EchoReading
    confidence: float
    mode: str


class WatchedEcho(SpeakerEcho):
    """`SpeakerEcho` keeping each chunk's reading."""

    rows: list[EchoReading]
    where: list[tuple[float, float, float]]  # the reference's shift, last anchor, mic offset
    mic_clock: CaptureClock

    def clean(self, chunk: AudioChunk) -> AudioChunk:
        out = super().clean(chunk)
        if self.reading is not None:
            self.rows.append(self.reading)
            anchors = getattr(self.far, "_anchors", None)
            anchor = anchors[-1][1] - anchors[-1][0] / 22050 if anchors else 0.0
            self.where.append((self._shift, anchor, self.mic_clock.offset or 0.0))
        return out


class RecordingCanceller:
    """speexdsp, keeping what it was given (ECHO_DUMP)."""

    def __init__(self) -> None:
        self.inner = SpeexCanceller()
        self.mic: list[Samples] = []
        self.far: list[Samples] = []
        self.resets = 0

    @property
    def lag(self) -> int:
        return self.inner.lag

    def process(self, mic: Samples, far: Samples) -> Samples:
        self.mic.append(mic)
        self.far.append(far)
        return self.inner.process(mic, far)

    def reset(self) -> None:
        self.resets += 1
        self.inner.reset()


class WatchedVad:
    def __init__(self) -> None:
        self.vad = SileroVad()
        self.values: list[float] = []

    def confidence(self, samples: Samples) -> float:
        p = self.vad.confidence(samples)
        self.values.append(p)
        return p

    def reset(self) -> None:
        self.vad.reset()


def run_once(user: Samples, said: list[tuple[float, float]], transcriber: WhisperTranscriber,
             matcher: Matcher, gate: bool, seconds: float) -> LoopResult:
    # Everything slow is loaded before the output stream opens: a second of the GIL held
    # (loading the matcher) starved its callback into a burst of underruns.
    vocabulary = FillerVocabulary.load()
    clock = SessionClock(True, MonotonicClock())
    voice = Synthesizer()
    player = DevicePlayer(clock)
    sink = DeviceSink(voice, player, clock)
    mic = MicrophoneSource()
    player.reference.capture = mic.clock  # as live.build wires it
    settings = EchoSettings(good_erle_db=float("inf")) if gate else EchoSettings()
    canceller = RecordingCanceller()
    echo = WatchedEcho(sink.reference, settings, canceller)
    echo.rows, echo.where, echo.mic_clock = [], [], mic.clock
    vad = WatchedVad()
    events = EventLog()
    parts = LoopParts(source=MixedMicrophone(mic, user, seconds), detector=vad,
                      transcriber=transcriber, matcher=matcher,
                      vocabulary=vocabulary, sink=sink, events=events,
                      clock=clock, config=LoopConfig(realtime=True, echo_gate=True,
                                                     turn_end=TurnEndRules.load()),
                      echo=echo)
    outcome = SessionLoop(parts, TalkingPartner()).run()
    events.close()
    log = [json.loads(e.as_json()) for e in events.events]
    heard, stray = spoken_over(log, said)
    false_barge = [float(str(e["t"])) for e in log if e["type"] == "barge_in"
                   and not any(a <= float(str(e["t"])) <= b + 2.5 for a, b in said)]
    if not said:  # the coach alone: every turn is the coach's
        stray = [str(e["text"]) for e in log if e["type"] == "transcript"]
    if os.environ.get("ECHO_TRACE"):
        with open(os.environ["ECHO_TRACE"], "a") as out:
            for r, p, w in zip(echo.rows, vad.values, echo.where, strict=False):
                out.write(json.dumps({**asdict(r), "vad": p, "where": w}) + "\n")
            out.write(json.dumps({"events": log}) + "\n")
    if os.environ.get("ECHO_DUMP"):
        np.savez(os.environ["ECHO_DUMP"], mic=np.concatenate(canceller.mic),
                 far=np.concatenate(canceller.far), user=user)
    coach = [r.erle_db for r in echo.rows if r.playing and r.t > seconds / 2]
    spoken = OVER_THE_COACH if said else []
    hits = sum(h.recognised(want) for h, (_, _, want) in zip(heard, spoken, strict=True))
    commands = sum(h.recognised(want) for h, (_, _, want) in zip(heard, spoken, strict=True)
                   if want is not None)
    missed = [f"{text!r}->{h.command or h.text!r}" for (_, text, want), h
              in zip(spoken, heard, strict=True) if not h.recognised(want)]
    return LoopResult(hits if said else None, commands, stray, false_barge, echo.changes,
                      float(np.median(coach)) if coach else float("nan"), echo.delay_s,
                      outcome.underruns, missed)


@dataclass(frozen=True)
class LoopResult:
    hits: int | None  # commands and turns said over the coach that were heard
    commands: int  # ... of them commands
    stray: list[str]  # transcripts of nothing the user said: the coach's voice as turns
    false_barge: list[float]  # the partner cut where the user said nothing
    changes: list[tuple[float, EchoMode]]
    erle_db: float  # median over the second half's chunks of coach voice
    delay_s: float | None
    underruns: int
    missed: list[str]

    @property
    def trusted(self) -> float | None:
        return next((t for t, mode in self.changes if mode is EchoMode.CANCEL), None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--gate", action="store_true", help="never trust the canceller")
    parser.add_argument("--quiet-user", action="store_true", help="the coach alone")
    parser.add_argument("--seconds", type=float, default=OVER_THE_COACH_S)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    said: list[tuple[float, float]] = []
    if args.quiet_user:
        user = np.zeros(round(args.seconds * SAMPLE_RATE), dtype=np.float32)
    else:
        user, said = user_over_the_coach(lambda text: speak(text, "en-gb-x-rp", 140),
                                         seconds=args.seconds)
    transcriber = WhisperTranscriber()
    matcher = load_matcher([])
    pulse = PrivatePulse()
    try:
        for k in range(args.runs):
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            when = time.strftime("%H:%M", time.gmtime())
            r = run_once(user, said, transcriber, matcher, args.gate, args.seconds)
            n_commands = sum(want is not None for _, _, want in OVER_THE_COACH)
            hits = ("-" if r.hits is None else f"{r.hits}/{len(OVER_THE_COACH)} (commands "
                    f"{r.commands}/{n_commands})")
            trusted = "never" if r.trusted is None else f"at {r.trusted:.1f} s"
            changes = [(round(t, 1), mode.value) for t, mode in r.changes]
            print(f"run {k + 1} ({when} UTC, load {load}): heard {hits}; coach turns "
                  f"{len(r.stray)} {r.stray}; false barge-ins {r.false_barge}; trusted "
                  f"{trusted}; mode changes {changes}; ERLE 2nd half {r.erle_db:.1f} dB; "
                  f"delay {1000 * (r.delay_s or 0.0):.0f} ms; underruns {r.underruns}",
                  flush=True)
            if r.missed:
                print(f"  missed: {'; '.join(r.missed)}", flush=True)
    finally:
        pulse.close()


if __name__ == "__main__":
    main()
