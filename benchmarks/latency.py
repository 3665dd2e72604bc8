"""Reply latency of the live loop: from the last voiced chunk of a turn to the first sample
of the coach's reply, replaying recordings in real time (`--realtime`), as if live.

    .venv/bin/python benchmarks/latency.py [--end-silence-ms 500] [--speakers]

Without --end-silence-ms the end-of-turn decision ends each turn (`hearing.turn_end`); with it,
the fixed silence (benchmarks/turn_end.py compares the two on marked dev sets).

Each recording is fed through `voicecoach practice --input FILE --realtime` with an event log;
per turn it reads `speech_end.last_voice_t` and the next `reply_start.t`. With --speakers the
coach's voice goes to the default output device (the PulseAudio null sink on a machine with
no sound card), so the reply's start includes opening the line on the device; without it the
voice goes into a WAV timeline at the moment the line is ready.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine
from voicecoach.hearing.audio import FileSource
from voicecoach.terminal import notice

RECORDINGS = ("audio_fixtures/demo_user.flac", "audio_fixtures/warmup_user.flac")
# Phrases spoken 1.2 s after the one before ends: the partner's reply is still playing.
BARGE_INS = ("Hi, I'm Sam. How do you know the host?", "Oh sorry, go on.",
             "What do you do for work?", "Wait, sorry, one more thing.",
             "Do you come here often?", "Ah, I see, go on.")


def latencies(recording: Path, end_silence_ms: int | None, speakers: bool,
              folder: Path) -> list[float]:
    events_path = folder / f"{recording.stem}.jsonl"
    command = [sys.executable, "-m", "voicecoach", "practice", "--input", str(recording),
               "--realtime", "--no-save", "--quiet", "--events", str(events_path)]
    if end_silence_ms is not None:
        command += ["--end-silence-ms", str(end_silence_ms)]
    if not speakers:
        command += ["--speak-to", str(folder / f"{recording.stem}.wav")]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    events = [json.loads(line) for line in events_path.read_text().splitlines()]
    found = []
    for i, event in enumerate(events):
        if event["type"] != "speech_end":
            continue
        reply = next((e for e in events[i + 1:] if e["type"] in ("reply_start", "speech_start")),
                     None)
        if reply is not None and reply["type"] == "reply_start":
            found.append(reply["t"] - event["last_voice_t"])
    return found


def barge_in_recording(folder: Path) -> Path:
    """The user talking over the partner, made with espeak-ng."""
    pieces = [np.zeros(16_000 * 8, dtype=np.float32)]
    for phrase in BARGE_INS:
        spoken = folder / "phrase.wav"
        subprocess.run(["espeak-ng", "-v", "en-gb-x-rp", "-s", "140", "-w", str(spoken), phrase],
                       check=True)
        pieces += [FileSource(spoken).read_all(), np.zeros(int(16_000 * 1.2), np.float32)]
    pieces.append(np.zeros(16_000 * 6, dtype=np.float32))
    audio = (np.clip(np.concatenate(pieces), -1, 1) * 32767).astype("<i2")
    path = folder / "barge_in.wav"
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(16_000)
        writer.writeframes(audio.tobytes())
    notice(f"made {path.name}: {len(BARGE_INS)} phrases, each 1.2 s after the last")
    return path


def barge_in_delays(recording: Path, speakers: bool, folder: Path) -> list[float]:
    """From the user's first voiced chunk to the coach's line being cut."""
    events_path = folder / "barge.jsonl"
    command = [sys.executable, "-m", "voicecoach", "practice", "--input", str(recording),
               "--realtime", "--no-save", "--quiet", "--events", str(events_path)]
    if not speakers:
        command += ["--speak-to", str(folder / "barge.wav")]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    events = [json.loads(line) for line in events_path.read_text().splitlines()]
    delays = []
    for i, event in enumerate(events):
        if event["type"] == "barge_in":
            start = next(e for e in reversed(events[:i]) if e["type"] == "speech_start")
            delays.append(event["t"] - start["t"])
    return delays


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--end-silence-ms", type=int, default=None,
                        help="the fixed silence instead of the end-of-turn decision")
    parser.add_argument("--speakers", action="store_true")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    ending = (f"end-of-speech silence {args.end_silence_ms} ms" if args.end_silence_ms
              else "the end-of-turn decision")
    print(f"{ending}; voice to "
          f"{'the speakers' if args.speakers else 'a WAV timeline'}; real-time replay\n")
    print("| recording | turn | last voice → reply (ms) |")
    print("|---|---|---|")
    every: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in RECORDINGS:
            values = latencies(ROOT / name, args.end_silence_ms, args.speakers, Path(tmp))
            for turn, value in enumerate(values, 1):
                print(f"| {Path(name).name} | {turn} | {value * 1000:.0f} |")
            every += values
        print(f"\nturns: {len(every)}; p50 {percentile(every, 50) * 1000:.0f} ms, "
              f"p90 {percentile(every, 90) * 1000:.0f} ms, max {max(every) * 1000:.0f} ms, "
              f"mean {statistics.mean(every) * 1000:.0f} ms (targets: p50 <= 800, p90 <= 1100)")
        delays = barge_in_delays(barge_in_recording(Path(tmp)), args.speakers, Path(tmp))
    print("\nbarge-in: from the user's first voiced chunk to the coach's line cut")
    if delays:
        print(f"barge-ins: {len(delays)}; " + ", ".join(f"{d * 1000:.0f}" for d in delays)
              + f" ms; max {max(delays) * 1000:.0f} ms (target <= 250 ms, plus the "
              "speaker's stop latency from benchmarks/voice.py)")
    else:
        print("no barge-in happened (every reply ended before the next phrase)")


if __name__ == "__main__":
    main()
