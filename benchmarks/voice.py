"""How fast the coach's voice starts and stops, on the default output device.

Run against the PulseAudio null sink (CI's .ci/run sets it up) or real speakers:

    PYTHONPATH=. .venv/bin/python benchmarks/voice.py [--lines 20]

Prints p50/p90 over the lines of:
- synth alone: pyttsx3/espeak-ng rendering a new line to samples;
- first audio, new line: `say()` called -> the first sample reaches the DAC (by the stream's
  clock: the device buffer, `stream latency` below, is included, and the targets for first
  audio allow for it);
- first audio, cached line: the same for a line said before;
- stop latency: `stop()` called -> the last sample of the cut line leaves the DAC, by the
  stream's clock (`stop()` lets the device's 100 ms buffer play out; the speaker's share of
  barge-in; benchmarks/playback.py finds the real end of the audio in a recording).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import threading
import time

from voicecoach.clock import MonotonicClock
from voicecoach.voice.device import DevicePlayer, Played
from voicecoach.voice.synth import Synthesizer, VoiceConfig

TARGETS_MS = {
    "synth alone (new line)": 100.0,
    "first audio, new line": 100.0,
    "first audio, cached line": 10.0,
    "stop latency": 250.0,
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def say_then_stop(speaker: DevicePlayer, synth: Synthesizer, clock: MonotonicClock, text: str
                  ) -> tuple[float, float]:
    """Say `text`, stop it 0.2 s after it starts; (first audio, stop latency) in seconds."""
    result: list[Played] = []
    called = clock.now()
    line = synth.synthesize(text)
    thread = threading.Thread(target=lambda: result.append(speaker.play(line)))
    thread.start()
    while not speaker.speaking and thread.is_alive():
        time.sleep(0.001)
    time.sleep(0.2)
    stop_called = clock.now()
    speaker.stop()
    thread.join()
    said = result[0]
    return said.start - called, said.end - stop_called


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20)
    args = parser.parse_args()
    lines = [
        f"Nice question number {i}; ask them what they enjoyed most." for i in range(args.lines)
    ]

    clock = MonotonicClock()
    synth_only = Synthesizer(VoiceConfig(rate=161))  # another rate: nothing shared with the cache
    synth_only.warm_up()
    synth_ms = []
    for text in lines:
        started = time.perf_counter()
        synth_only.synthesize(text)
        synth_ms.append(1000 * (time.perf_counter() - started))

    synth = Synthesizer()
    synth.warm_up()
    opened = time.perf_counter()
    speaker = DevicePlayer(clock)
    open_ms = 1000 * (time.perf_counter() - opened)
    new_ms, cached_ms, stop_ms = [], [], []
    try:
        for text in lines:
            first, stop = say_then_stop(speaker, synth, clock, text)
            new_ms.append(1000 * first)
            stop_ms.append(1000 * stop)
            first, stop = say_then_stop(speaker, synth, clock, text)
            cached_ms.append(1000 * first)
            stop_ms.append(1000 * stop)
        latency_ms = 1000 * speaker.stream_latency
    finally:
        speaker.close()

    print(f"machine: {platform.machine()} {os.cpu_count()} cores, {platform.system()}, "
          f"Python {platform.python_version()}; {args.lines} lines")  # fmt: skip
    print(
        f"output stream opened and flowing in {open_ms:.0f} ms; stream latency {latency_ms:.0f} ms"
    )
    print()
    print(f"{'measure':<28}{'p50 ms':>8}{'p90 ms':>8}{'target':>9}  ok")
    rows = [
        ("synth alone (new line)", synth_ms),
        ("first audio, new line", new_ms),
        ("first audio, cached line", cached_ms),
        ("stop latency", stop_ms),
    ]
    for name, values in rows:
        p50, p90 = statistics.median(values), percentile(values, 0.9)
        # The targets were set for the first block handed over; the buffer comes on top.
        target = TARGETS_MS[name] + (latency_ms if name.startswith("first audio") else 0.0)
        ok = "yes" if p90 <= target else "NO"
        print(f"{name:<28}{p50:>8.1f}{p90:>8.1f}{'<= ' + format(target, '.0f'):>9}  {ok}")


if __name__ == "__main__":
    main()
