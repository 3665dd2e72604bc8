"""`voicecoach voices`: every voice of every installed engine, and a sample to hear one."""

from __future__ import annotations

import argparse
import warnings
from pathlib import Path

from voicecoach.clock import MonotonicClock
from voicecoach.commands.common import add_command, load_settings
from voicecoach.errors import ConfigError
from voicecoach.live.build import voice_config
from voicecoach.terminal import console, notice, print_json
from voicecoach.voice.catalog import VoiceChoice, list_voices, open_voice
from voicecoach.voice.roles import RoleVoices, open_cast
from voicecoach.voice.sinks import LineKind, open_sink
from voicecoach.voice.synth import TextToSpeech, VoiceConfig

__all__ = ["DESCRIPTION", "EXAMPLES", "register", "run"]

DESCRIPTION = ("List every voice of every installed engine (espeak-ng, and Piper when "
               "`pip install 'voicecoach[neural]'` added it) with its engine, id, name, "
               "language and whether it can be used. --say plays a sample.")

EXAMPLES = """\
examples:
  voicecoach voices                                  every voice, the defaults marked
  voicecoach voices --json | jq '.[] | select(.language | startswith("en"))'
  voicecoach voices --say "Hi, I'm Jordan."          the partner's and the coach's voices
  voicecoach voices --voice espeak-ng:en-gb --say "Nice to meet you."
  voicecoach voices --voice piper:joe --rate 130 --say "Hello." --speak-to joe.wav

Choose with [voice] partner and coach in the settings, or --partner-voice and --coach-voice.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "voices", DESCRIPTION, EXAMPLES)
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list of {engine, id, name, language, usable}")
    parser.add_argument("--say", metavar="TEXT", help="say TEXT, to hear a voice")
    parser.add_argument("--voice", metavar="ENGINE:NAME",
                        help="with --say: this voice (default: the partner's, then the coach's)")
    parser.add_argument("--rate", type=int, metavar="WPM",
                        help="with --say and --voice: words a minute (default 150)")
    parser.add_argument("--speak-to", type=Path, metavar="FILE.wav",
                        help="with --say: write the sample into this WAV instead of playing it")
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="settings file (default: ~/.config/voicecoach/config.toml)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.say is None and (args.voice or args.speak_to or args.rate):
        raise ConfigError("--voice, --rate and --speak-to go with --say TEXT; add --say")
    if args.say is not None and not args.say.strip():
        raise ConfigError("--say needs some words to say, e.g. --say \"Hello there.\"")
    if args.rate is not None and not 80 <= args.rate <= 250:
        raise ConfigError(f"--rate {args.rate} must be words a minute from 80 to 250")
    config = load_settings(args)
    settings = voice_config(config, {})
    if args.say is not None:
        return _say(args, settings)
    entries = list_voices()
    if args.json:
        print_json([entry.as_json() for entry in entries])
        return 0
    if not entries:
        notice("no voices: install espeak-ng (Linux: apt install espeak-ng)")
        return 1
    roles = RoleVoices.from_config(settings)
    out = console()
    out.print(f"partner: {roles.partner}    coach: {roles.coach}")
    for entry in entries:
        usable = "" if entry.usable else "  (cannot load)"
        out.print(f"{entry.engine}:{entry.id}\t{entry.name}\t{entry.language}{usable}",
                  markup=False, highlight=False)
    return 0


def _say(args: argparse.Namespace, settings: VoiceConfig) -> int:
    voices: list[TextToSpeech]
    if args.voice:
        voices = [open_voice(VoiceChoice.parse(args.voice), args.rate or 150, settings.volume)]
    else:
        opened = open_cast(RoleVoices.from_config(settings))
        for message in opened.notices:
            notice(message)
        voices = [opened.cast.voices[role] for role in opened.cast.voices]
    clock = MonotonicClock()
    end = clock.now()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PortAudio's own chatter; fall-backs are notices
        for voice in voices:
            sink = open_sink(settings, clock, speak_to=args.speak_to, voice=voice)
            for message in sink.notices:
                notice(message)
            end = sink.sink.say(args.say, LineKind.TIP, clock.now()).end
            sink.sink.close(end)
            if args.speak_to is not None:
                break  # one file, one voice: the first asked for
    if args.speak_to is not None:
        console().print(f"The sample is in {args.speak_to}")
    return 0
