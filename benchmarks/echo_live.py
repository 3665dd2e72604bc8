"""The echo canceller on a real output and input stream: the coach's lines played by the
real `DevicePlayer` into a PulseAudio sink whose monitor is the microphone.

    PYTHONPATH=. .venv/bin/python benchmarks/echo_live.py [--seconds 40] [--session-clock]

Starts a PulseAudio server of its own (nothing else plays into it) with one null sink, plays
the coach's espeak-ng lines through it, and cleans what its monitor captures with
`SpeakerEcho`, as a live session does on speakers. The reader of the microphone stalls now
and then, as the loop does while a turn is transcribed (0.2-0.8 s every 2-4 s), so that the
session clock, which follows the loop, runs behind the microphone by a varying amount.
`--session-clock` stamps the echo reference on that session clock (how it was before the
microphone's clock was used). Prints the median ERLE over each 2 s of coach voice, the delay
found and when the canceller was trusted. ECHO_DUMP=file.npz keeps what the microphone
heard and what was played, for a look offline.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine
from voicecoach.clock import MonotonicClock
from voicecoach.hearing.audio import MicrophoneSource
from voicecoach.hearing.echo import EchoMode, SpeakerEcho
from voicecoach.live.loop import SessionClock
from voicecoach.voice.device import DevicePlayer
from voicecoach.voice.synth import Synthesizer

LINES = ["Take a slow breath in, two, three, four.", "And out, two, three, four, five, six.",
         "Hi, I'm Sam. How do you know the host?",
         "I just moved here, so I'm still finding my way around the neighbourhood.",
         "What kind of work do you do? I'm a nurse, mostly night shifts at the moment."]


class PrivatePulse:
    """A PulseAudio daemon of our own with a null sink; its monitor is the default source."""

    def __init__(self) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="vc-echo-pulse-"))
        socket = self.home / "native"
        (self.home / "minimal.pa").write_text(
            f"load-module module-native-protocol-unix socket={socket} auth-anonymous=1\n"
            "load-module module-null-sink sink_name=vc_echo\n")
        env = {**os.environ, "HOME": str(self.home), "PULSE_RUNTIME_PATH": str(self.home / "run"),
               "PULSE_STATE_PATH": str(self.home / "state")}
        env.pop("PULSE_SERVER", None)
        self.daemon = subprocess.Popen(
            ["pulseaudio", "-n", "-F", str(self.home / "minimal.pa"), "--daemonize=no",
             "--exit-idle-time=-1", "--use-pid-file=no", "--disable-shm=yes"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.server = f"unix:{socket}"
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "-s", self.server, "info"],
                             capture_output=True).returncode != 0:
            if time.monotonic() > deadline:
                self.close()
                raise SystemExit("the private PulseAudio server would not start")
            time.sleep(0.1)
        os.environ.update(PULSE_SERVER=self.server, PULSE_SINK="vc_echo",
                          PULSE_SOURCE="vc_echo.monitor")

    def close(self) -> None:
        self.daemon.terminate()
        self.daemon.wait(10)
        shutil.rmtree(self.home, ignore_errors=True)


def run(seconds: float, session_clock: bool, stall: bool = True) -> None:
    clock = SessionClock(True, MonotonicClock())
    voice = Synthesizer()
    lines = [voice.synthesize(text) for text in LINES]
    player = DevicePlayer(clock)
    mic = MicrophoneSource()
    if not session_clock:
        player.reference.capture = mic.clock
    echo = SpeakerEcho(player.reference)
    done = threading.Event()

    def speak() -> None:
        k = 0
        time.sleep(1.0)
        while not done.is_set():
            player.play(lines[k % len(lines)])
            k += 1
            time.sleep(0.4)

    talker = threading.Thread(target=speak, daemon=True)
    rng = random.Random(1)
    clock.start()
    talker.start()
    rows: list[tuple[float, float, bool]] = []  # (t, erle of the chunk, coach playing)
    next_stall = 3.0
    mics: list[np.ndarray] = []
    started = time.monotonic()
    try:
        for chunk in mic.chunks():
            clock.on_chunk(chunk.end)
            mics.append(chunk.samples)
            mode = echo.mode
            cleaned = echo.clean(chunk)
            far = player.reference.read(chunk.start - (echo.delay_s or 0.0),
                                        chunk.end - (echo.delay_s or 0.0)).samples
            playing = len(far) > 0 and float(np.max(np.abs(far))) > 1e-3
            m = float(np.mean(np.square(chunk.samples, dtype=np.float64)))
            c = float(np.mean(np.square(cleaned.samples, dtype=np.float64)))
            rows.append((chunk.start, 10 * np.log10((m + 1e-10) / (c + 1e-10)), playing))
            if echo.mode is not mode:
                print(f"  {chunk.start:6.2f}s  {echo.mode.value}  (median ERLE "
                      f"{echo.erle_db or 0.0:.1f} dB, delay {1000 * (echo.delay_s or 0):.0f} ms)")
            if stall and chunk.start > next_stall:
                time.sleep(rng.uniform(0.2, 0.8))  # the loop transcribing a turn
                next_stall = chunk.start + rng.uniform(2.0, 4.0)
            if time.monotonic() - started > seconds:
                break
    finally:
        done.set()
        mic.stop()
        player.close()
    if os.environ.get("ECHO_DUMP"):
        np.savez(os.environ["ECHO_DUMP"], mic=np.concatenate(mics),
                 far=player.reference.read(0.0, len(mics) * 512 / 16000).samples)
    print(f"  {'window':>11} {'ERLE':>6}")
    for lo in np.arange(0.0, seconds, 4.0):
        sel = [e for t, e, p in rows if lo <= t < lo + 4.0 and p]
        if sel:
            print(f"  {lo:4.0f}-{lo + 4:3.0f} s {np.median(sel):5.1f} dB")
    trusted = next((t for t, mode in echo.changes if mode is EchoMode.CANCEL), None)
    after = [e for t, e, p in rows if p and t > seconds / 2]
    when = f"at {trusted:.1f} s" if trusted is not None else "never"
    print(f"  delay found {1000 * (echo.delay_s or float('nan')):.0f} ms; trusted "
          f"{when}; mode at the end "
          f"{echo.mode.value}; median ERLE over the second half "
          f"{np.median(after) if after else float('nan'):.1f} dB; mode changes "
          f"{[(round(t, 1), m.value) for t, m in echo.changes]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--session-clock", action="store_true",
                        help="stamp the reference on the loop's session clock (the old way)")
    parser.add_argument("--no-stall", action="store_true", help="a reader that never stalls")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    pulse = PrivatePulse()
    try:
        which = "the session clock" if args.session_clock else "the microphone's clock"
        print(f"\nThe reference on {which}, {args.seconds:.0f} s of coach lines"
              f"{'' if args.no_stall else ', the reader stalling as the loop does'}")
        run(args.seconds, args.session_clock, not args.no_stall)
    finally:
        pulse.close()


if __name__ == "__main__":
    main()
