"""Is the coach's voice heard whole and on time? Lines played into a PulseAudio null sink,
its monitor recorded, the real audio found in the recording.

    scripts/pulse-null-sink.sh   # once: a PulseAudio daemon
    PYTHONPATH=. .venv/bin/python benchmarks/playback.py [--lines 8] [--load both] [--runs 2]

Each run plays `--lines` lines through `DeviceSink` into a null sink of its own (so nothing
else playing on the machine gets into the recording), while `parecord` records the sink's
monitor in another process, then cuts one long line
with `cut()` (a barge-in) and plays a short one after it. It prints, idle and while real
tiny.en transcriptions run in a thread of the same process (as the live loop's ASR worker):

- underruns: as the player counted them (the `audio_underrun` events of a session);
- gaps: silences > 300 ms inside a line that the synthesised line does not have;
- stretch: how much longer the line took in the recording than its samples last (max);
- end error: the end the sink reports for the line (what reply_end/tip_end log) minus the
  real end of its audio in the recording (median and worst of |error|);
- stop: `cut()` called -> the last audio of the cut line in the recording;
- after stop: the line after the cut one heard whole (its length in the recording within
  50 ms of its samples').

The recording's clock is tied to `time.monotonic()` by the earliest arrival of its samples
(parecord hands audio over in bursts; the earliest one is the least late), so the end errors
carry a few ms of that uncertainty.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from benchmarks.common import machine
from voicecoach.clock import MonotonicClock
from voicecoach.voice.device import DevicePlayer
from voicecoach.voice.sinks import DeviceSink, LineKind, PlacedLine
from voicecoach.voice.synth import Synthesizer

REC_RATE = 16000
FRAME_S = 0.005
GAP_S = 0.3
SILENT_RMS = 2e-3
LINES = [
    "Nice question, ask them what they enjoyed most about the trip",
    "That sounds like a lovely place to spend a long weekend with friends",
    "Tell me more about the food there because I have never tried it",
    "I think you could share a little more about yourself next time",
    "What did you like best about living near the sea for so many years",
    "Try a follow up question before you move on to the next topic",
    "My sister went there last spring and she still talks about the markets",
    "You answered quickly and warmly which keeps the conversation going",
]
LONG_LINE = ("Here is a much longer line that goes on and on so that it can be cut "
             "somewhere in the middle while it is still playing out loud")
SHORT_LINE = "And this one follows the cut line"
VERBOSE = False


class Recorder:
    """parecord on the null sink's monitor, each burst stamped with when it arrived."""

    def __init__(self, source: str) -> None:
        self.process = subprocess.Popen(
            ["parecord", "--raw", "--format=float32le", f"--rate={REC_RATE}", "--channels=1",
             "--latency-msec=10", "-d", source], stdout=subprocess.PIPE)
        self.chunks: list[bytes] = []
        self.arrivals: list[tuple[float, int]] = []  # (monotonic time, samples so far)
        self._total = 0
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert isinstance(stream, io.BufferedReader)
        while chunk := stream.read1(4096):
            now = time.monotonic()
            self.chunks.append(chunk)
            self._total += len(chunk)
            self.arrivals.append((now, self._total // 4))

    def stop(self) -> tuple[np.ndarray[Any, Any], float]:
        """The samples and the monotonic time of the first one."""
        time.sleep(0.5)
        self.process.terminate()
        self.reader.join(5)
        data = b"".join(self.chunks)
        samples = np.frombuffer(data[: len(data) // 4 * 4], dtype=np.float32)
        t0 = min(at - n / REC_RATE for at, n in self.arrivals)
        return samples, t0


def voiced(samples: np.ndarray[Any, Any], rate: int) -> np.ndarray[Any, Any]:
    n = max(1, int(rate * FRAME_S))
    frames = samples[: len(samples) // n * n].astype(np.float64).reshape(-1, n)
    flags: np.ndarray[Any, Any] = np.sqrt(np.mean(frames**2, axis=1)) > SILENT_RMS
    return flags


def silent_runs(flags: np.ndarray[Any, Any]) -> list[int]:
    """Lengths in frames of the silent runs between the first and last voiced frame."""
    on = np.flatnonzero(flags)
    if len(on) == 0:
        return []
    runs, count = [], 0
    for flag in flags[on[0] : on[-1] + 1]:
        if flag:
            if count:
                runs.append(count)
            count = 0
        else:
            count += 1
    return runs


@dataclass
class Heard:
    start: float
    end: float
    gaps: int
    stretch: float


def find_line(flags: np.ndarray[Any, Any], t0: float, window: tuple[float, float],
              source_s: float, source_gap: float) -> Heard | None:
    """The line's audio inside `window` (monotonic seconds) of the recording."""
    lo = max(0, int((window[0] - t0) / FRAME_S))
    hi = min(len(flags), int((window[1] - t0) / FRAME_S))
    on = np.flatnonzero(flags[lo:hi])
    if len(on) == 0:
        return None
    first, last = lo + on[0], lo + on[-1] + 1
    limit = max(GAP_S, source_gap + 0.05) / FRAME_S
    gaps = sum(1 for run in silent_runs(flags[first:last]) if run > limit)
    start, end = t0 + first * FRAME_S, t0 + last * FRAME_S
    return Heard(start, end, gaps, (end - start) - source_s)


@dataclass
class Row:
    name: str
    lines: int = 0
    missing: int = 0
    underruns: int = 0
    gaps: int = 0
    stretch: list[float] = field(default_factory=list)
    end_errors: list[float] = field(default_factory=list)
    stop_ms: float = float("nan")
    after_stop_whole: bool = False
    transcriptions: int = 0


class Load:
    """Real tiny.en transcriptions back to back on a thread, as the live ASR worker runs."""

    def __init__(self, synth: Synthesizer, threads: int) -> None:
        from voicecoach.hearing.transcribe import AsrConfig, WhisperTranscriber
        from voicecoach.voice.synth import resample

        # 0: the transcriber's own default, as a session runs it
        self.transcriber = WhisperTranscriber(AsrConfig(cpu_threads=threads))
        spoken = synth.synthesize("I went to Lisbon last spring with my sister and we "
                                  "walked everywhere and ate far too many pastries")
        self.audio = resample(spoken.samples, spoken.rate, 16000).astype(np.float32)
        self.transcriber.transcribe_turn(self.audio)  # warm
        self.count = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> Load:
        self.count = 0
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            self.transcriber.transcribe_turn(self.audio)
            self.transcriber.transcribe_turn(self.audio, disfluent=True)
            self.count += 2

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()


def reported_end(sink: DeviceSink, line: PlacedLine) -> float:
    """The end the loop logs: the sink's heard line where the sink knows it (this branch),
    else the end placed when the line was said (before)."""
    heard = getattr(sink, "heard", None)
    if heard is not None:
        real = heard(line)
        if real is not None:
            return float(real.end)
    return line.end


def reported_start(sink: DeviceSink, line: PlacedLine) -> float:
    heard = getattr(sink, "heard", None)
    real = heard(line) if heard is not None else None
    return line.start if real is None else float(real.start)


class PrivateSink:
    """A null sink for this benchmark alone; PortAudio's ALSA default plays into it."""

    def __init__(self) -> None:
        self.name = f"voicecoach_bench_{os.getpid()}"
        loaded = subprocess.run(["pactl", "load-module", "module-null-sink",
                                 f"sink_name={self.name}"], capture_output=True, text=True)
        if loaded.returncode != 0:
            sys.exit(f"benchmark: PulseAudio refused a null sink: {loaded.stderr.strip()}")
        self.module = loaded.stdout.strip()
        os.environ["PULSE_SINK"] = self.name

    @property
    def monitor(self) -> str:
        return f"{self.name}.monitor"

    def close(self) -> None:
        subprocess.run(["pactl", "unload-module", self.module], capture_output=True)


def open_player(clock: MonotonicClock, options: dict[str, Any]) -> DevicePlayer:
    return DevicePlayer(clock, **options)


def run(name: str, synth: Synthesizer, lines: list[str], load: Load | None,
        source: str, options: dict[str, Any]) -> Row:
    row = Row(name)
    clock = MonotonicClock(start=time.monotonic())  # session time == time.monotonic()
    spoken = {text: synth.synthesize(text) for text in [*lines, LONG_LINE, SHORT_LINE]}
    recorder = Recorder(source)
    player = open_player(clock, options)
    sink = DeviceSink(synth, player, clock)
    placed: list[PlacedLine] = []
    if load is not None:
        load.__enter__()
    try:
        time.sleep(1.0)  # the load settles in; the sink wakes
        at = clock.now() + 0.2
        for text in lines:
            line = sink.say(text, LineKind.REPLY, at)
            placed.append(line)
            at = line.end + 0.7
        long = sink.say(LONG_LINE, LineKind.REPLY, at)
        time.sleep(max(0.0, long.start + 1.5 - clock.now()))
        stop_at = clock.now()
        sink.cut(stop_at)
        short = sink.say(SHORT_LINE, LineKind.REPLY, stop_at + 0.7)
        time.sleep(max(0.0, short.end + 0.5 - clock.now()))
        ends = [reported_end(sink, line) for line in [*placed, short]]
        starts = [reported_start(sink, line) for line in [*placed, short]]
    finally:
        if load is not None:
            load.__exit__()
            row.transcriptions = load.count
        sink.close(0.0)
    row.underruns = sink.underruns
    samples, t0 = recorder.stop()
    flags = voiced(samples, REC_RATE)
    windows = [*placed, short]
    order = [*placed, long, short]
    for i, line in enumerate(windows):
        said = spoken[line.text]
        source_flags = voiced(said.samples, said.rate)
        on = np.flatnonzero(source_flags)
        if len(on) == 0:
            print(f"  the voice made silence of {line.text!r}; left out", file=sys.stderr)
            continue
        source_s = (on[-1] + 1 - on[0]) * FRAME_S
        # The line's samples go on past its last voiced frame: its real end is that much later.
        tail_s = said.duration - (on[-1] + 1) * FRAME_S
        source_gap = max(silent_runs(source_flags), default=0) * FRAME_S
        k = order.index(line)
        nxt = order[k + 1].start if k + 1 < len(order) else line.end + 2.0
        if line is short:
            window = (stop_at + 0.3, line.end + 1.5)
        else:
            window = (line.start - 0.3, min(nxt - 0.2, line.end + 1.5))
        heard = find_line(flags, t0, window, source_s, source_gap)
        if heard is None:
            row.missing += 1
            continue
        if line is short:
            row.after_stop_whole = abs(heard.stretch) <= 0.05 and heard.gaps == 0
            continue
        real_end = heard.end + tail_s
        real_start = heard.start - on[0] * FRAME_S
        if VERBOSE:
            print(f"  {line.text[:24]!r}: placed {line.start:.3f}-{line.end:.3f} heard "
                  f"{real_start:.3f}-{real_end:.3f} reported {starts[i]:.3f}-{ends[i]:.3f} "
                  f"stretch {heard.stretch:.3f}s gaps {heard.gaps}", file=sys.stderr)
        row.lines += 1
        row.gaps += heard.gaps
        row.stretch.append(heard.stretch)
        row.end_errors.append(ends[i] - real_end)
    cut = find_line(flags, t0, (long.start - 0.3, stop_at + 0.6), 0.0, 1.0)
    if cut is not None:
        row.stop_ms = 1000 * (cut.end - stop_at)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=8)
    parser.add_argument("--load", choices=["none", "asr", "both"], default="both")
    parser.add_argument("--latency", type=float, help="the output latency, in seconds")
    parser.add_argument("--no-realtime", action="store_true",
                        help="do not ask for a real-time callback thread")
    parser.add_argument("--runs", type=int, default=1, help="runs of each condition")
    parser.add_argument("--asr-threads", type=int, default=0,
                        help="threads for the transcription load (0: voicecoach's default)")
    parser.add_argument("--verbose", action="store_true", help="each line's times")
    args = parser.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    if subprocess.run(["pactl", "info"], capture_output=True).returncode != 0:
        sys.exit("benchmark: no PulseAudio; run scripts/pulse-null-sink.sh first")

    options: dict[str, Any] = {}
    if args.latency is not None:
        options["latency"] = args.latency
    if args.no_realtime:
        options["realtime"] = False
    synth = Synthesizer()
    synth.warm_up()
    lines = (LINES * (1 + args.lines // len(LINES)))[: args.lines]
    rows: list[Row] = []
    load = Load(synth, args.asr_threads) if args.load != "none" else None
    sink = PrivateSink()
    try:
        for i in range(args.runs):
            if args.load in ("none", "both"):
                rows.append(run(f"idle #{i + 1}", synth, lines, None, sink.monitor, options))
            if load is not None:
                rows.append(run(f"asr #{i + 1}", synth, lines, load, sink.monitor, options))
        player = open_player(MonotonicClock(), options)
        latency_ms = 1000 * player.stream_latency
        player.close()
    finally:
        sink.close()
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f}; output stream "
          f"latency {latency_ms:.0f} ms; asr threads {args.asr_threads or 'default'}; "
          f"options {options or 'default'}")
    print(f"{'run':<12}{'lines':>6}{'lost':>5}{'underruns':>10}{'gaps':>5}{'stretch':>9}"
          f"{'end err p50':>12}{'worst':>7}{'stop':>7}{'next whole':>11}{'asr':>5}")
    for row in rows:
        errors = [abs(e) * 1000 for e in row.end_errors]
        p50 = statistics.median(errors) if errors else float("nan")
        worst = max(errors) if errors else float("nan")
        stretch = 1000 * max(row.stretch) if row.stretch else float("nan")
        print(f"{row.name:<12}{row.lines:>6}{row.missing:>5}{row.underruns:>10}{row.gaps:>5}"
              f"{stretch:>7.0f}ms{p50:>10.0f}ms{worst:>5.0f}ms{row.stop_ms:>5.0f}ms"
              f"{'yes' if row.after_stop_whole else 'NO':>11}{row.transcriptions:>5}")
    print("end err: the sink's reported end minus the real end of the audio (|ms|); "
          "stretch: the longest line's extra length; asr: transcriptions during the run")


if __name__ == "__main__":
    main()
