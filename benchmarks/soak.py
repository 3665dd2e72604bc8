"""Soak: a long session replayed at full speed, with resident memory sampled; and the CPU the
loop uses while it listens to silence in real time.

    .venv/bin/python benchmarks/soak.py                  # 60 minutes of replay, 60 s of silence
    .venv/bin/python benchmarks/soak.py --minutes 5 --silence-s 20 --mic-s 20

The long input is audio_fixtures/demo_user.flac (one side of a party conversation, 78 s, five
turns) repeated end to end into a temporary WAV. The practice loop runs in this process as
`voicecoach practice --input LONG.wav --no-save --speak-to coach.wav --events log.jsonl` would
run it (the coach's voice really is synthesised and written, the event log really is
written), and resident memory (VmRSS from /proc/self/status) is read after every turn.

Targets: resident memory grows by at most 50 MB after warm-up (the first 10% of the
session); listening to silence in real time uses at most half of one core (CPU seconds of the
whole process, every thread, over wall seconds).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import resource
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `voicecoach` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine
from voicecoach.coaching.partner import Partner
from voicecoach.coaching.persona import load_scenario
from voicecoach.coaching.practice import PracticeConductor
from voicecoach.commands.live_common import coach_for, prepare_lines
from voicecoach.config import load_config
from voicecoach.hearing.audio import (
    SAMPLE_RATE,
    AudioSource,
    FileSource,
    MicrophoneSource,
    Samples,
)
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.live.build import LiveOptions, build
from voicecoach.live.conductor import SessionOutcome
from voicecoach.live.events import EventLog
from voicecoach.live.loop import LoopHooks, LoopParts, SessionLoop
from voicecoach.live.view import PlainView
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import load_matcher
from voicecoach.understanding.turn import Turn

SOURCE = ROOT / "audio_fixtures" / "demo_user.flac"
WARM_UP_FRACTION = 0.1
MEMORY_LIMIT_MB = 50.0
CPU_LIMIT_CORES = 0.5


def rss_mb() -> float:
    """Resident memory of this process now, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)  # every thread of the process
    return usage.ru_utime + usage.ru_stime


def write_long_input(path: Path, minutes: float, source: Path = SOURCE) -> float:
    """`source` repeated end to end into a 16 kHz 16-bit WAV of at least `minutes`; seconds."""
    pcm = (np.clip(FileSource(source).read_all(), -1, 1) * 32767).astype("<i2").tobytes()
    repeats = max(1, int(np.ceil(minutes * 60 * SAMPLE_RATE * 2 / len(pcm))))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        for _ in range(repeats):
            out.writeframes(pcm)
    return repeats * len(pcm) / 2 / SAMPLE_RATE


def write_silence(path: Path, seconds: float) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(int(seconds * SAMPLE_RATE) * 2))


@dataclass
class Sample:
    audio_s: float  # session time of the turn's end
    rss_mb: float


@dataclass
class SoakResult:
    label: str
    audio_s: float
    wall_s: float
    cpu_s: float
    turns: int
    samples: list[Sample] = field(default_factory=list)
    rss_start_mb: float = 0.0
    rss_end_mb: float = 0.0
    peak_mb: float = 0.0

    def _after_warm_up(self) -> list[Sample]:
        cut = self.audio_s * WARM_UP_FRACTION
        return [s for s in self.samples if s.audio_s >= cut]

    @property
    def rss_warm_mb(self) -> float:
        after = self._after_warm_up()
        return after[0].rss_mb if after else self.rss_start_mb

    @property
    def growth_mb(self) -> float:
        """Resident memory at the end (and at its highest after warm-up) over warm-up's."""
        after = self._after_warm_up()
        highest = max([s.rss_mb for s in after] + [self.rss_end_mb])
        return highest - self.rss_warm_mb

    @property
    def cores(self) -> float:
        return self.cpu_s / self.wall_s if self.wall_s > 0 else 0.0


class _Peak:
    """Samples resident memory twice a second in a thread, for the peak."""

    def __init__(self) -> None:
        self.peak = rss_mb()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.peak = max(self.peak, rss_mb())

    @contextlib.contextmanager
    def running(self) -> Iterator[_Peak]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()
            self.peak = max(self.peak, rss_mb())


def run_session(source_path: Path | None, *, label: str, realtime: bool = False,
                listen_s: float | None = None, workdir: Path,
                transcriber: WhisperTranscriber | None = None) -> SoakResult:
    """The practice loop as `voicecoach practice` runs it, saving nothing to the history.

    `source_path` None listens to the microphone (PulseAudio's default source) for
    `listen_s` seconds.
    """
    config = load_config(None)
    transcriber = transcriber or WhisperTranscriber(config.asr)
    matcher = load_matcher()
    scenario = load_scenario("party")
    conductor = PracticeConductor(scenario, Partner(scenario), coach_for(config, matcher))
    options = LiveOptions(input_file=source_path, realtime=realtime,
                          input_device="pulse" if source_path is None else None,
                          speak_to=workdir / f"{label}-coach.wav", headphones=True)
    parts = build(options)
    prepare_lines(parts.sink, conductor.lines_to_prepare())
    events = EventLog(workdir / f"{label}-events.jsonl")
    samples: list[Sample] = []
    source: AudioSource = parts.source
    with open(os.devnull, "w") as devnull:
        view = PlainView(devnull, scenario.partner)

        def turn_done(turn: Turn, audio: Samples) -> None:
            samples.append(Sample(turn.end, rss_mb()))

        loop = SessionLoop(
            LoopParts(source=source, detector=SileroVad(), transcriber=transcriber,
                      matcher=matcher, vocabulary=FillerVocabulary.load(), sink=parts.sink,
                      events=events, clock=parts.clock, vad=config.vad,
                      config=dataclasses.replace(parts.loop, echo_gate=False)),
            conductor, LoopHooks(on_turn=view.turn, on_line=view.line, on_turn_done=turn_done))
        timer = None
        if isinstance(source, MicrophoneSource) and listen_s is not None:
            timer = threading.Timer(listen_s, source.stop)
        start_rss = rss_mb()
        start_cpu, start_wall = cpu_s(), time.perf_counter()
        with _Peak().running() as peak:
            if timer is not None:
                timer.start()
            try:
                outcome: SessionOutcome = loop.run()
            finally:
                events.close()
        wall, cpu = time.perf_counter() - start_wall, cpu_s() - start_cpu
    return SoakResult(label, outcome.duration_s, wall, cpu, len(outcome.turns), samples, start_rss,
                      rss_mb(), peak.peak)


def replay(minutes: float, workdir: Path, transcriber: WhisperTranscriber | None = None
           ) -> SoakResult:
    """`minutes` of conversation replayed at full speed."""
    long_wav = workdir / "long.wav"
    seconds = write_long_input(long_wav, minutes)
    result = run_session(long_wav, label=f"replay {seconds / 60:.0f} min", workdir=workdir,
                         transcriber=transcriber)
    long_wav.unlink()
    return result


def silence(seconds: float, workdir: Path, transcriber: WhisperTranscriber | None = None
            ) -> SoakResult:
    """Listening in real time to a silent recording (what the loop does between turns)."""
    quiet = workdir / "silence.wav"
    write_silence(quiet, seconds)
    return run_session(quiet, label=f"silence {seconds:.0f} s, real time", realtime=True,
                       workdir=workdir, transcriber=transcriber)


def microphone(seconds: float, workdir: Path, transcriber: WhisperTranscriber | None = None
               ) -> SoakResult:
    """Listening to the microphone (the PulseAudio null sink's monitor on a test machine)."""
    return run_session(None, label=f"microphone {seconds:.0f} s", listen_s=seconds,
                       workdir=workdir, transcriber=transcriber)


def table(results: list[SoakResult]) -> str:
    lines = [
        "| run | audio s | wall s | turns | RSS start MB | RSS after warm-up MB | RSS end MB "
        "| growth MB | peak MB | CPU s | cores |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.label} | {r.audio_s:.0f} | {r.wall_s:.1f} | {r.turns} | {r.rss_start_mb:.0f} "
            f"| {r.rss_warm_mb:.0f} | {r.rss_end_mb:.0f} | {r.growth_mb:+.1f} | {r.peak_mb:.0f} "
            f"| {r.cpu_s:.1f} | {r.cores:.2f} |")
    return "\n".join(lines)


def memory_curve(result: SoakResult, points: int = 7) -> str:
    if not result.samples:
        return ""
    picks = np.linspace(0, len(result.samples) - 1, points).round().astype(int)
    marks = ", ".join(f"{result.samples[i].audio_s / 60:.0f} min: "
                      f"{result.samples[i].rss_mb:.0f} MB" for i in sorted(set(picks)))
    return f"RSS after turns of '{result.label}': {marks}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0,
                        help="length of the replayed session (default 60)")
    parser.add_argument("--silence-s", type=float, default=60.0,
                        help="seconds of silence listened to in real time (default 60; 0: skip)")
    parser.add_argument("--mic-s", type=float, default=0.0,
                        help="seconds of listening to the microphone (default 0: skip)")
    args = parser.parse_args(argv)
    print(f"machine: {machine()}")
    transcriber = WhisperTranscriber()
    results: list[SoakResult] = []
    with tempfile.TemporaryDirectory(prefix="voicecoach-soak-") as tmp:
        workdir = Path(tmp)
        results.append(replay(args.minutes, workdir, transcriber))
        if args.silence_s > 0:
            results.append(silence(args.silence_s, workdir, transcriber))
        if args.mic_s > 0:
            results.append(microphone(args.mic_s, workdir, transcriber))
    print(table(results))
    print(memory_curve(results[0]))
    verdicts = [f"memory growth after warm-up {results[0].growth_mb:+.1f} MB "
                f"(limit {MEMORY_LIMIT_MB:.0f}): "
                f"{'ok' if results[0].growth_mb <= MEMORY_LIMIT_MB else 'OVER'}"]
    for r in results[1:]:
        verdicts.append(f"{r.label}: {r.cores:.2f} of a core (limit {CPU_LIMIT_CORES}): "
                        f"{'ok' if r.cores <= CPU_LIMIT_CORES else 'OVER'}")
    print("\n".join(verdicts))
    failed = results[0].growth_mb > MEMORY_LIMIT_MB or any(
        r.cores > CPU_LIMIT_CORES for r in results[1:])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
