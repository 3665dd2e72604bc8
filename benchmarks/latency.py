"""Reply latency of the live loop: from the last voiced chunk of a turn to the first sample
of the coach's reply, replaying recordings in real time (`--realtime`), as if live.

    PYTHONPATH=. .venv/bin/python benchmarks/latency.py [--end-silence-ms 500] [--speakers]
        [--partner-voice espeak-ng --partner-voice piper] [--rounds N] [--no-barge-in]
        [--keep-logs DIR]

Without --end-silence-ms the end-of-turn decision ends each turn (`hearing.turn_end`); with it,
the fixed silence (benchmarks/turn_end.py compares the two on marked dev sets).

Each recording is fed through `voicecoach practice --input FILE --realtime --seed 7` with an
event log; per turn it reads `speech_end.last_voice_t` and the start of the next reply. With
--speakers the coach's voice goes to the default output device (the PulseAudio null sink on a
machine with no sound card), and the reply's start is when its first sample reached the
device, by the output stream's clock (the line as `--json` reports it, once played): so a line
rendered as it plays (a Piper line built at run time) is timed by its first sound, not by its
plan. Without --speakers the voice goes into a WAV timeline at the moment the line is placed,
which does not see how long a line takes to render: compare voices with --speakers.

Each --partner-voice (default: the default partner) is measured on the same recordings, one
after the other; a Piper partner's fixed lines are rendered into the disk cache first, as a
first session would have left them.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import wave
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine
from voicecoach.hearing.audio import FileSource
from voicecoach.terminal import notice

RECORDINGS = ("audio_fixtures/demo_user.flac", "audio_fixtures/warmup_user.flac")
SEED = 7  # the same persona and replies for every voice
# Phrases spoken 1.2 s after the one before ends: the partner's reply is still playing.
BARGE_INS = ("Hi, I'm Sam. How do you know the host?", "Oh sorry, go on.",
             "What do you do for work?", "Wait, sorry, one more thing.",
             "Do you come here often?", "Ah, I see, go on.")


def practice(recording: Path, folder: Path, name: str, speakers: bool,
             partner_voice: str | None, extra: list[str] | None = None
             ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Run a practice session on `recording`: its events, and its lines as they played."""
    events_path = folder / f"{name}.jsonl"
    command = [sys.executable, "-m", "voicecoach", "practice", "--input", str(recording),
               "--realtime", "--no-save", "--json", "--quiet", "--seed", str(SEED),
               "--events", str(events_path), *(extra or [])]
    if partner_voice is not None:
        command += ["--partner-voice", partner_voice]
    if not speakers:
        command += ["--speak-to", str(folder / f"{name}.wav")]
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, cwd=ROOT, text=True)
    events = [json.loads(line) for line in events_path.read_text().splitlines()]
    return events, json.loads(out.stdout)["lines"]


def latencies(recording: Path, end_silence_ms: int | None, speakers: bool, folder: Path,
              partner_voice: str | None = None) -> list[float]:
    extra = [] if end_silence_ms is None else ["--end-silence-ms", str(end_silence_ms)]
    events, lines = practice(recording, folder, recording.stem, speakers, partner_voice, extra)
    # The k-th line start in the log is the k-th line said; --json has it as it played.
    starts = iter(lines)
    played = {}
    for i, event in enumerate(events):
        if event["type"] in ("reply_start", "tip_start"):
            played[i] = next(starts)["start"]
    found = []
    for i, event in enumerate(events):
        if event["type"] != "speech_end":
            continue
        reply = next(((j, e) for j, e in enumerate(events[i + 1:], i + 1)
                      if e["type"] in ("reply_start", "speech_start")), None)
        if reply is not None and reply[1]["type"] == "reply_start":
            start = played[reply[0]] if speakers else reply[1]["t"]
            found.append(start - event["last_voice_t"])
    return found


def warm_piper_cache(partner_voice: str) -> None:
    """Render the Piper partner's fixed lines (and their fixed clauses) for both personas of
    the default scenario into the disk cache, as a first session leaves them."""
    from voicecoach.coaching.partner import Partner
    from voicecoach.coaching.persona import load_scenario
    from voicecoach.commands.live_common import fixed_parts
    from voicecoach.voice.catalog import VoiceChoice, open_voice
    from voicecoach.voice.diskcache import CachedVoice
    from voicecoach.voice.roles import DEFAULT_PARTNER_WPM

    voice = open_voice(VoiceChoice.parse(partner_voice), DEFAULT_PARTNER_WPM)
    if not isinstance(voice, CachedVoice):
        return
    scenario = load_scenario("party")
    lines = [scenario.closing, *scenario.silence.nudges, scenario.opening or ""]
    for persona in scenario.personas:
        lines += Partner(scenario, SEED, persona=persona.name).lines_to_prepare()
    wanted = fixed_parts(lines)
    missing = voice.load_cached(wanted)
    if missing:
        notice(f"rendering {len(missing)} of the Piper partner's {len(wanted)} fixed lines "
               "into the disk cache first")
        voice.prepare(missing)


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


def barge_in_delays(recording: Path, speakers: bool, folder: Path,
                    partner_voice: str | None = None) -> list[float]:
    """From the user's first voiced chunk to the coach's line being cut."""
    events, _ = practice(recording, folder, "barge", speakers, partner_voice)
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
    parser.add_argument("--partner-voice", action="append", metavar="ENGINE:NAME",
                        help="measure with this partner voice (again for another)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="replay every recording this many times per voice, the voices "
                             "taking turns (their order flipped each round), and pool the turns")
    parser.add_argument("--no-barge-in", action="store_true", help="onsets only")
    parser.add_argument("--keep-logs", type=Path, metavar="DIR",
                        help="copy each session's event log here, to look into a slow turn")
    args = parser.parse_args()
    voices: list[str | None] = args.partner_voice or [None]
    for voice in voices:
        if voice is not None and voice.casefold().startswith("piper"):
            warm_piper_cache(voice)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.1f} at the start")
    ending = (f"end-of-speech silence {args.end_silence_ms} ms" if args.end_silence_ms
              else "the end-of-turn decision")
    print(f"{ending}; voice to "
          f"{'the speakers (first sample at the device)' if args.speakers else 'a WAV timeline'}"
          "; real-time replay\n")
    names = [voice or "default partner" for voice in voices]
    print("| recording | turn | " + " | ".join(f"{n}: last voice → reply (ms)" for n in names)
          + " |")
    print("|---|---|" + "---|" * len(names))
    every: dict[str, list[float]] = {name: [] for name in names}
    paired: list[float] = []  # second voice minus first, turn by turn
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            # Flipping the order each round keeps a load that drifts from favouring one voice.
            order = list(range(len(voices)))[:: -1 if round_ % 2 else 1]
            for recording in RECORDINGS:
                measured: dict[int, list[float]] = {}
                for k in order:
                    measured[k] = latencies(ROOT / recording, args.end_silence_ms, args.speakers,
                                            Path(tmp), voices[k])
                    if args.keep_logs is not None:  # the log `practice` just wrote
                        args.keep_logs.mkdir(parents=True, exist_ok=True)
                        shutil.copy(Path(tmp) / f"{Path(recording).stem}.jsonl",
                                    args.keep_logs / f"{Path(recording).stem}-round{round_ + 1}-"
                                    f"{names[k].replace(':', '_')}.jsonl")
                columns = [measured[k] for k in range(len(voices))]
                label = Path(recording).name + (f" (round {round_ + 1})" if args.rounds > 1
                                                else "")
                for turn in range(max(len(c) for c in columns)):
                    cells = [f"{c[turn] * 1000:.0f}" if turn < len(c) else "-" for c in columns]
                    print(f"| {label} | {turn + 1} | " + " | ".join(cells) + " |", flush=True)
                for name, column in zip(names, columns, strict=True):
                    every[name] += column
                if len(columns) == 2 and len(columns[0]) == len(columns[1]):
                    # The same turn with each voice: less at the mercy of the load.
                    paired += [b - a for a, b in zip(*columns, strict=True)]
        print()
        for name, values in every.items():
            print(f"{name}: turns: {len(values)}; p50 {percentile(values, 50) * 1000:.0f} ms, "
                  f"p90 {percentile(values, 90) * 1000:.0f} ms, "
                  f"max {max(values) * 1000:.0f} ms, mean {statistics.mean(values) * 1000:.0f} "
                  "ms (targets: p50 <= 800, p90 <= 1100)")
        if paired:
            print(f"{names[1]} minus {names[0]}, turn by turn (recordings whose turns pair "
                  f"up): median {statistics.median(paired) * 1000:+.0f} ms, later in "
                  f"{sum(d > 0 for d in paired)} of {len(paired)} turns")
        if args.no_barge_in:
            print(f"load average {os.getloadavg()[0]:.1f} at the end")
            return
        barge = barge_in_recording(Path(tmp))
        print("\nbarge-in: from the user's first voiced chunk to the coach's line cut")
        for name, voice in zip(names, voices, strict=True):
            delays = barge_in_delays(barge, args.speakers, Path(tmp), voice)
            if delays:
                print(f"{name}: barge-ins: {len(delays)}; "
                      + ", ".join(f"{d * 1000:.0f}" for d in delays)
                      + f" ms; max {max(delays) * 1000:.0f} ms (target <= 250 ms, plus the "
                      "speaker's stop latency from benchmarks/voice.py)")
            else:
                print(f"{name}: no barge-in happened (every reply ended before the next "
                      "phrase)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")


if __name__ == "__main__":
    main()
