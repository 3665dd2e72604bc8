"""Options and set-up shared by the live commands (practice, warmup, demo)."""

from __future__ import annotations

import argparse
import io
import sys
import warnings
from pathlib import Path

from voicecoach.coach import Coach
from voicecoach.commands.common import add_common_options, load_settings
from voicecoach.commands.history import add_data_dir_option
from voicecoach.config import Config
from voicecoach.errors import ConfigError
from voicecoach.feedback import move_lines
from voicecoach.live import LiveOptions, LiveParts, build, voice_config
from voicecoach.liveview import PlainView, RichView
from voicecoach.match import Matcher, load_matcher
from voicecoach.norms import Norms
from voicecoach.output import console, notice, wants_colour
from voicecoach.recorder import SessionRecorder
from voicecoach.records import SessionMode
from voicecoach.store import Store, resolve_data_dir


def add_live_options(parser: argparse.ArgumentParser) -> None:
    add_common_options(parser)
    parser.add_argument("--input", type=Path, metavar="FILE",
                        help="a recording to use as your voice instead of the microphone")
    parser.add_argument("--realtime", action="store_true",
                        help="with --input: play the recording at real speed, as if live")
    parser.add_argument("--device", metavar="DEVICE",
                        help="microphone: index or part of its name (see `voicecoach devices`)")
    parser.add_argument("--speak-to", type=Path, metavar="FILE.wav",
                        help="write the coach's voice into this WAV instead of the speakers")
    parser.add_argument("--events", type=Path, metavar="FILE.jsonl",
                        help="log every event as one JSON object per line")
    parser.add_argument("--headphones", action="store_true",
                        help="you wear headphones: keep listening while the coach speaks, "
                             "and let you interrupt")
    parser.add_argument("--voice", help="the coach's voice (name or id)")
    parser.add_argument("--rate", type=int, help="the coach's speaking rate, words a minute")
    parser.add_argument("--volume", type=float, help="the coach's volume, 0 to 1")
    parser.add_argument("--output-device", metavar="DEVICE",
                        help="speakers: index or part of the name")
    parser.add_argument("--pack", type=Path, action="append", default=[], metavar="DIR",
                        help="also load the move packs in DIR")
    add_data_dir_option(parser)
    parser.add_argument("--keep-audio", action="store_true",
                        help="keep your turns' audio next to the history (readable only by you)")
    parser.add_argument("--no-save", action="store_true",
                        help="do not add this session to the history")


def live_options(args: argparse.Namespace, config: Config, max_turns: int | None
                 ) -> LiveOptions:
    if args.realtime and args.input is None:
        raise ConfigError("--realtime paces a recording; give it with --input FILE")
    if max_turns is not None and max_turns < 1:
        raise ConfigError(f"--turns {max_turns} must be 1 or more")
    voice = voice_config(config, {"voice": args.voice, "rate": args.rate,
                                  "volume": args.volume, "output_device": args.output_device})
    return LiveOptions(
        input_file=args.input, realtime=args.realtime,
        input_device=args.device or config.audio.input_device, speak_to=args.speak_to,
        headphones=args.headphones, max_turns=max_turns, voice=voice)


def build_live(args: argparse.Namespace, config: Config, max_turns: int | None) -> LiveParts:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # build() reports its fall-backs as notices
        parts = build(live_options(args, config, max_turns))
    for message in parts.notices:
        notice(message)
    return parts


def recorder_for(args: argparse.Namespace, mode: SessionMode, scenario: str | None
                 ) -> SessionRecorder | None:
    """The history this session is saved to, opened before the session starts so that a
    data folder that cannot be written is reported before anyone speaks."""
    if args.no_save:
        if args.keep_audio:
            raise ConfigError("--keep-audio keeps audio in the history; drop --no-save")
        return None
    store = Store.open(resolve_data_dir(args.data_dir))
    source = str(args.input) if args.input is not None else "microphone"
    return SessionRecorder(store, mode, scenario, source, args.keep_audio)


def matcher_for(args: argparse.Namespace) -> Matcher:
    matcher = load_matcher(args.pack)
    for message in matcher.notices:
        notice(message)
    return matcher


def coach_for(config: Config, matcher: Matcher) -> Coach:
    norms = Norms.load(None, config.sections.get("norms", {}))
    return Coach(norms, move_lines=move_lines(matcher.patterns))


def view_for(args: argparse.Namespace, partner: str) -> PlainView | RichView:
    if args.json:  # stdout carries the JSON; what happens goes to stderr, or nowhere
        return PlainView(io.StringIO() if args.quiet else sys.stderr, partner)
    if args.quiet or not wants_colour(sys.stdout):
        return PlainView(sys.stdout, partner)
    return RichView(console(), partner)


__all__ = ["add_live_options", "build_live", "coach_for", "load_settings", "matcher_for",
           "recorder_for", "view_for"]
