"""Listening over the coach on speakers: how much of the coach's voice the echo canceller
leaves, what it costs, and what the loop hears said over the coach, in a simulated room.

    PYTHONPATH=. .venv/bin/python benchmarks/echo.py [--quick]

The room (`voicecoach.testing.SimulatedRoom`): the coach's espeak-ng lines come back into
the microphone delayed 20, 100 or 300 ms (built-in speakers; USB; Bluetooth), band-limited to
250-3500 Hz, with 60 ms of reflections, at half the level they were played, over noise.

- ERLE: echo return loss enhancement, the coach alone in the microphone against what the
  canceller lets through, over the second half of 40 s of coach lines (converged), with room
  noise at -70 dBFS so that the noise floor does not cap it;
- trusted after: when the loop's fall-back gate gave way to the canceller (`EchoMode.CANCEL`);
- CPU: process time of `SpeakerEcho.clean` (delay search included) per second of audio
  while the coach speaks, in % of one core;
- heard over the coach: the full loop (real Silero, real tiny.en) with a partner that never
  stops talking, and ten commands and turns spoken over it (`testing.OVER_THE_COACH`, in
  espeak-ng's en-gb-x-rp voice, as loud at the microphone as the coach); a command is
  heard when the loop took the right command from it, a turn when the loop cut the partner
  and took a turn from it (its words as heard are listed where they differ); stray:
  transcripts of nothing the user said (the coach taken for the user).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine
from benchmarks.match import speak
from voicecoach.errors import EchoCancellerError
from voicecoach.hearing.audio import SAMPLE_RATE
from voicecoach.hearing.echo import (
    CancellerKind,
    EchoMode,
    EchoSettings,
    SpeakerEcho,
    erle_db,
    open_canceller,
)
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.testing import (
    OVER_THE_COACH,
    OVER_THE_COACH_S,
    Heard,
    RoomAcoustics,
    RoomParts,
    SimulatedRoom,
    SpeakingSink,
    TalkingPartner,
    run_room,
    spoken_over,
    user_over_the_coach,
)
from voicecoach.voice.sinks import LineKind
from voicecoach.voice.synth import Synthesizer

DELAYS = (0.02, 0.1, 0.3)
LINES = [*TalkingPartner.lines, "Take a slow breath in, two, three, four.",
         "And out, two, three, four, five, six.", "Hi, I'm Sam. How do you know the host?"]


def coach_session(voice: Synthesizer, seconds: float) -> SpeakingSink:
    """A sink that has said the coach's lines, with short pauses, for `seconds`."""
    sink = SpeakingSink(voice)
    end, k = 0.0, 0
    while end < seconds:
        end = sink.say(LINES[k % len(LINES)], LineKind.REPLY, end + 0.4).end
        k += 1
    return sink


def cancel_alone(sink: SpeakingSink, kind: CancellerKind, delay_s: float,
                 seconds: float) -> dict[str, float]:
    room = SimulatedRoom(np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32), sink,
                         RoomAcoustics(delay_s=delay_s, noise_dbfs=-70.0))
    echo = SpeakerEcho(sink, EchoSettings(kind=kind))
    mic, out, far_active = [], [], 0.0
    cpu = 0.0
    for chunk in room.chunks():
        t0 = time.process_time()
        cleaned = echo.clean(chunk)
        cpu += time.process_time() - t0
        mic.append(chunk.samples)
        out.append(cleaned.samples)
        if np.max(np.abs(sink.read(chunk.start, chunk.end).samples)) > 1e-3:
            far_active += chunk.end - chunk.start
    lag = echo.canceller.lag
    m = np.concatenate(mic)
    o = np.concatenate(out)[lag:]
    half = len(o) // 2
    trusted = next((t for t, mode in echo.changes if mode is EchoMode.CANCEL), float("nan"))
    return {"erle": erle_db(m[half:len(o)], o[half:]), "trusted": trusted,
            "delay": echo.delay_s if echo.delay_s is not None else float("nan"),
            "cpu": 100.0 * cpu / max(1e-9, far_active)}


def over_the_coach(voice: Synthesizer, kind: CancellerKind | None, delay_s: float,
                   transcriber: WhisperTranscriber) -> tuple[int, list[str], list[Heard]]:
    user, said = user_over_the_coach(lambda text: speak(text, "en-gb-x-rp", 140),
                                     seconds=OVER_THE_COACH_S)
    settings = (EchoSettings(kind=kind) if kind is not None
                else EchoSettings(good_erle_db=float("inf")))  # never trusted: the gate alone
    run = run_room(TalkingPartner(), user, RoomParts(voice, SileroVad(), transcriber),
                   RoomAcoustics(delay_s=delay_s), settings)
    heard, stray = spoken_over(run.events, said)
    hits = sum(h.recognised(want) for h, (_, _, want) in zip(heard, OVER_THE_COACH, strict=True))
    return hits, stray, heard


def words(text: str) -> list[str]:
    return "".join(c for c in text.lower() if c.isalpha() or c in " '").split()


def usable(kind: CancellerKind) -> bool:
    try:
        open_canceller(EchoSettings(kind=kind))
    except EchoCancellerError as error:
        print(f"{kind.value}: not measured ({error})")
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 ms only, no loop runs")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    voice = Synthesizer()
    delays = (0.1,) if args.quick else DELAYS
    seconds = 40.0
    sink = coach_session(voice, seconds)
    print("\nThe coach alone (ERLE in dB after convergence; trusted after: seconds into the "
          "session; CPU: % of one core while the coach speaks)\n")
    print(f"{'library':<8} {'delay':>6} {'found':>6} {'ERLE':>6} {'trusted':>8} {'CPU':>6}")
    kinds = [kind for kind in CancellerKind if usable(kind)]
    for kind in kinds:
        for delay in delays:
            fresh = SpeakingSink(voice)
            fresh.lines = sink.lines  # the same lines, read afresh
            r = cancel_alone(fresh, kind, delay, seconds)
            print(f"{kind.value:<8} {1000 * delay:>4.0f}ms {1000 * r['delay']:>4.0f}ms "
                  f"{r['erle']:>5.1f} {r['trusted']:>7.1f}s {r['cpu']:>5.1f}%")
    if args.quick:
        return
    transcriber = WhisperTranscriber()
    print(f"\nSaid over the coach ({len(OVER_THE_COACH)} commands and turns), the full loop\n")
    print(f"{'library':<8} {'delay':>6} {'heard':>6} {'stray':>6}  missed")
    for which in [None, *kinds]:
        for delay in delays if which is not None else (0.1,):
            hits, stray, heard = over_the_coach(voice, which, delay, transcriber)
            missed = [f"{text!r}->{h.command or h.text!r}" for (_, text, want), h
                      in zip(OVER_THE_COACH, heard, strict=True) if not h.recognised(want)]
            misheard = [f"{text!r}->{h.text!r}" for (_, text, want), h
                        in zip(OVER_THE_COACH, heard, strict=True)
                        if want is None and h.recognised(want)
                        and words(h.text or "") != words(text)]
            name = which.value if which is not None else "gate"
            print(f"{name:<8} {1000 * delay:>4.0f}ms {hits:>3}/{len(OVER_THE_COACH)} "
                  f"{len(stray):>6}  {'; '.join(missed)}"
                  + (f"  stray: {stray}" if stray else "")
                  + (f"  (turns misheard: {'; '.join(misheard)})" if misheard else ""))


if __name__ == "__main__":
    main()
