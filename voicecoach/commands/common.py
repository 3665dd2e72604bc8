"""Options that several commands share, and turning them into settings."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from voicecoach.coaching.norms import Norms
from voicecoach.config import Config, load_config
from voicecoach.errors import ConfigError

# The speech side (numpy, rapidfuzz) is imported by the commands that hear, not by `history`.
if TYPE_CHECKING:
    from voicecoach.hearing.transcribe import WhisperTranscriber

__all__ = [
    "add_command",
    "add_common_options",
    "add_role_voice_options",
    "config_norms",
    "load_norms",
    "load_settings",
    "open_transcriber",
    "role_voice_overrides",
    "session_context_for",
]


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout, for scripts")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="plain short output, no progress bar")
    parser.add_argument("--model", type=Path, metavar="PATH",
                        help="a local CTranslate2 Whisper model folder (default: bundled tiny.en)")
    parser.add_argument("--config", type=Path, metavar="PATH",
                        help="settings file (default: ~/.config/voicecoach/config.toml)")
    parser.add_argument("--end-silence-ms", type=int, metavar="MS",
                        help="silence that ends a turn (default 600)")


def add_role_voice_options(parser: argparse._ActionsContainer) -> None:
    parser.add_argument("--partner-voice", metavar="ENGINE:NAME",
                        help="the partner's voice, e.g. espeak-ng:en-us or piper:joe "
                             "(`voicecoach voices` lists them; [voice] partner)")
    parser.add_argument("--coach-voice", metavar="ENGINE:NAME",
                        help="the coach's voice, e.g. espeak-ng:en-gb ([voice] coach)")
    parser.add_argument("--partner-rate", type=int, metavar="WPM",
                        help="the partner's pace in words a minute; lower is slower "
                             "(default 150, [voice] partner_rate)")


def role_voice_overrides(args: argparse.Namespace) -> dict[str, object]:
    """The role flags as [voice] settings (None: not given)."""
    return {"partner": args.partner_voice, "coach": args.coach_voice,
            "partner_rate": args.partner_rate}


def load_settings(args: argparse.Namespace) -> Config:
    config = load_config(args.config)
    if getattr(args, "model", None) is not None:
        config = dataclasses.replace(
            config, asr=dataclasses.replace(config.asr, model_path=args.model.expanduser()),
            path=None)  # the folder now comes from --model, not the file
    if getattr(args, "end_silence_ms", None) is not None:
        if not 100 <= args.end_silence_ms <= 5000:
            raise ConfigError(f"--end-silence-ms {args.end_silence_ms} is out of range; "
                              "give 100 to 5000 milliseconds")
        config = dataclasses.replace(
            config, vad=dataclasses.replace(config.vad, end_silence_ms=args.end_silence_ms))
    return config


def open_transcriber(config: Config, context: str = "") -> WhisperTranscriber:
    """The speech model, biased toward `context` (see `session_context_for`)."""
    from voicecoach.hearing.transcribe import WhisperTranscriber

    return WhisperTranscriber(config.asr, context, model_named_by=config.model_named_by)


def session_context_for(config: Config, scenario: str | None = None, extra: str = "") -> str:
    """The key words of a session: the scenario's title and names, `[user] name`, `extra`."""
    from voicecoach.coaching.persona import load_scenario
    from voicecoach.hearing.context import session_context, user_name

    user = user_name(config.sections)
    if scenario is None:
        return session_context(user=user, extra=extra)
    loaded = load_scenario(scenario)
    return session_context(loaded.title, loaded.partner, loaded.scene, user, extra)


def config_norms(config: Config) -> Norms:
    """The one set of norms every view colours and words its figures by: the built-in
    `prompts/norms.toml` with the settings file's `[norms]` on top."""
    return Norms.load(None, config.sections.get("norms", {}))


def load_norms(args: argparse.Namespace) -> Norms:
    return config_norms(load_config(getattr(args, "config", None)))


def add_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser], name: str,
                description: str, examples: str) -> argparse.ArgumentParser:
    """A subcommand's parser, its examples printed as written under --help. (Its one-line
    help is in the registry, `voicecoach.commands.COMMANDS`.)"""
    from voicecoach.commands import command_named

    entry = command_named(name)
    return subparsers.add_parser(name, help=entry.help if entry else None,
                                 description=description, epilog=examples,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
