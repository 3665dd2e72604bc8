"""`voicecoach demo`: a whole practice session with a bundled recording as your voice.

Speaks through the speakers when there is an output device (in real time, about two
minutes); otherwise replays at full speed and writes the coach's voice into a WAV it names.
Its WAV holds both sides of the conversation. Nothing is added to your history.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from voicecoach.commands.common import add_command
from voicecoach.commands.live_common import add_live_options
from voicecoach.commands.practice import report, run_practice
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.live.build import has_output_device
from voicecoach.paths import fixtures_dir
from voicecoach.terminal import console, notice
from voicecoach.voice.wavfile import mix_into_wav

__all__ = ["DEMO_PERSONA", "DEMO_RECORDING", "DEMO_SEED", "DEMO_WAV", "register", "run"]

DEMO_RECORDING = "demo_user.flac"
DEMO_WAV = Path("voicecoach-demo.wav")
DEMO_PERSONA = "Jordan"  # the party guest the bundled recording talks to
DEMO_SEED = 1


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "demo",
        description="Run a whole practice session at a party, with a bundled recording as "
                    "your side of the conversation: the coach answers, coaches, and sums up.",
        examples="examples:\n  voicecoach demo\n  voicecoach demo --speak-to demo.wav --quiet\n"
                 "  voicecoach demo --json\n"
                 "  voicecoach demo --partner-voice espeak-ng:en-us --coach-voice en-gb")
    add_live_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = console()
    if args.input is None:
        args.input = fixtures_dir() / DEMO_RECORDING
    if args.speak_to is None and not args.realtime:
        if has_output_device():
            args.realtime = True  # a person is listening: play it as it would happen
        else:
            args.speak_to = DEMO_WAV
    if args.data_dir is not None or args.keep_audio:
        notice("a demo is never added to your history; --data-dir and --keep-audio are "
               "ignored")
    args.no_save, args.keep_audio = True, False  # a demo is not your practice
    # The recording answers Jordan, line by line, so the demo always meets Jordan.
    args.persona, args.seed, args.no_nudges = DEMO_PERSONA, DEMO_SEED, True
    # The recording was timed for replies of one length; each of its turns waits until the
    # partner has finished, whatever the voice and its pace (hearing.replay).
    args.take_turns = True
    if not args.json and not args.quiet:
        where = ("through the speakers" if args.speak_to is None
                 else f"into {args.speak_to} (no output device here)")
        out.print(f"A party, replayed from {args.input.name}: the coach speaks {where}. "
                  "Nothing leaves this machine.\n")
    run = run_practice(args, "party", None)
    if args.speak_to is not None and run.live.voice_out == str(args.speak_to):
        # The WAV holds both sides, as the conversation sounded: the coach and the recording.
        user = run.live.replayed
        mix_into_wav(args.speak_to, FileSource(args.input).read_all() if user is None else user,
                     SAMPLE_RATE)
    return report(run, args)
