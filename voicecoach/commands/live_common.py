"""Options and set-up shared by the live commands (practice, warmup, demo)."""

from __future__ import annotations

import argparse
import io
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voicecoach.analyze.feedback import move_lines
from voicecoach.coaching.coach import Coach
from voicecoach.commands.common import (
    add_common_options,
    add_role_voice_options,
    config_norms,
    load_settings,
    open_transcriber,
    role_voice_overrides,
    session_context_for,
)
from voicecoach.commands.history import add_data_dir_option
from voicecoach.config import Config
from voicecoach.errors import ConfigError
from voicecoach.hearing.audio import MicrophoneSource, Samples
from voicecoach.hearing.turn_end import TurnEndRules
from voicecoach.hearing.vad import SileroVad
from voicecoach.history.records import SessionMode
from voicecoach.history.store import Store, resolve_data_dir
from voicecoach.live.build import LiveOptions, LiveParts, build, voice_config
from voicecoach.live.conductor import Conductor, EndReason, SessionOutcome
from voicecoach.live.events import EventLog
from voicecoach.live.loop import LoopHooks, LoopParts, SessionLoop
from voicecoach.live.recorder import SessionRecorder
from voicecoach.live.view import PlainView, RichView
from voicecoach.terminal import console, notice, wants_colour
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.voice.roles import RoleSink, role_of
from voicecoach.voice.sinks import LineKind, VoiceSink
from voicecoach.voice.synth import clauses


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
    parser.add_argument("--patience", type=float, metavar="X",
                        help="how long the partner waits for you to go on after a pause: "
                             "2 waits twice as long, 0.5 half (default 1, or [turn] patience)")
    add_role_voice_options(parser)
    parser.add_argument("--voice", help="the coach's voice, an espeak-ng name or id (as "
                                        "--coach-voice; kept for older scripts)")
    parser.add_argument("--rate", type=int, help="the coach's speaking rate, words a minute "
                                                 "(as [voice] coach_rate)")
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


def live_options(args: argparse.Namespace, config: Config, max_turns: int | None,
                 partner: bool = True) -> LiveOptions:
    if args.realtime and args.input is None:
        raise ConfigError("--realtime paces a recording; give it with --input FILE")
    if max_turns is not None and max_turns < 1:
        raise ConfigError(f"--turns {max_turns} must be 1 or more")
    patience = args.patience if args.patience is not None else config.turn.patience
    TurnEndRules.load().with_patience(patience)  # out of range: said before anything starts
    voice = voice_config(config, {"voice": args.voice, "rate": args.rate,
                                  "volume": args.volume, "output_device": args.output_device,
                                  **role_voice_overrides(args)})
    return LiveOptions(
        input_file=args.input, realtime=args.realtime,
        input_device=args.device or config.audio.input_device, speak_to=args.speak_to,
        headphones=args.headphones, max_turns=max_turns, voice=voice,
        patience=patience, partner=partner,
        # --end-silence-ms asks for the fixed silence: it is what ends each turn then.
        predict_turn_end=config.turn.predict and getattr(args, "end_silence_ms", None) is None,
        take_turns=getattr(args, "take_turns", False), cancel_echo=config.audio.cancel_echo)


ECHO_HEARD = ("the microphone hears the coach's voice although --headphones was given: "
              "use headphones, or leave --headphones out so the coach's voice is cancelled")


def prepare_lines(sink: VoiceSink, lines: Mapping[LineKind, list[str]]) -> None:
    """Synthesise the fixed lines ahead, each in the voice of the role that says it. A line
    with `{` is filled in at run time: its clauses with no placeholder are made ahead, so a
    slow voice can start such a line from them ("Nice to meet you," before "{user}!")."""
    fixed = {kind: fixed_parts(texts) for kind, texts in lines.items()}
    if isinstance(sink, RoleSink):
        sink.prepare_roles({role_of(kind): texts for kind, texts in fixed.items()})
    else:
        sink.prepare([line for texts in fixed.values() for line in texts])


def fixed_parts(lines: list[str]) -> list[str]:
    """The lines with no placeholder, then the placeholder-free clauses of the others."""
    whole = [line for line in lines if "{" not in line]
    parts = [part for line in lines if "{" in line for part in clauses(line)
             if "{" not in part]
    return list(dict.fromkeys(whole + parts))


def build_live(args: argparse.Namespace, config: Config, max_turns: int | None,
               partner: bool = True) -> LiveParts:
    """`partner=False`: a session with no partner (the warm-up), all in the coach's voice."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # build() reports its fall-backs as notices
        parts = build(live_options(args, config, max_turns, partner))
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
    return Coach(config_norms(config), move_lines=move_lines(matcher.patterns))


def view_for(args: argparse.Namespace, partner: str,
             microphone: bool = True) -> PlainView | RichView:
    """`microphone`: the input is a live microphone (a file's silence is no muted mic)."""
    if args.json:  # stdout carries the JSON; what happens goes to stderr, or nowhere
        return PlainView(io.StringIO() if args.quiet else sys.stderr, partner, microphone)
    if args.quiet or not wants_colour(sys.stdout):
        return PlainView(sys.stdout, partner, microphone)
    return RichView(console(), partner, microphone)


@dataclass(frozen=True)
class LiveRun:
    outcome: SessionOutcome
    voice_out: str
    session_id: int | None
    save_failure: str | None  # why the history or the event log could not be written
    # The user's side as the session heard it, when a recording waited its turns (the demo).
    replayed: Samples | None = None


def run_live(args: argparse.Namespace, config: Config, conductor: Conductor,
             lines_to_prepare: Mapping[LineKind, list[str]], mode: SessionMode,
             scenario: str | None,
             partner: str, max_turns: int | None, matcher: Matcher, *,
             has_partner: bool = True) -> LiveRun:
    """Set up the parts, run the loop, save the session turn by turn. `has_partner=False`:
    every line is the coach's (the warm-up's guide is the coach)."""
    transcriber = open_transcriber(config, session_context_for(config, scenario))
    # Loaded before the output stream opens: the stream's first moments are not to wait for
    # them (a stream starved for 0.25 s is taken for stuck and restarted, which the echo
    # canceller pays for).
    detector, vocabulary = SileroVad(), FillerVocabulary.load()
    # devices first: a bad one adds no session
    parts = build_live(args, config, max_turns, has_partner)
    recorder = recorder_for(args, mode, scenario)
    prepare_lines(parts.sink, lines_to_prepare)
    events = EventLog(args.events)
    view = view_for(args, partner, isinstance(parts.source, MicrophoneSource))
    loop = SessionLoop(
        LoopParts(source=parts.source, detector=detector, transcriber=transcriber,
                  matcher=matcher, vocabulary=vocabulary, sink=parts.sink,
                  events=events, clock=parts.clock, vad=config.vad, config=parts.loop,
                  echo=parts.echo),
        conductor,
        LoopHooks(on_turn=view.turn, on_line=view.line, on_chunk=view.level,
                  on_echo=view.echo, on_echo_heard=lambda t: notice(ECHO_HEARD),
                  on_turn_done=(recorder.turn if recorder is not None
                                else LoopHooks.on_turn_done)))
    if parts.replay is not None:
        parts.replay.wait_while(loop.other_side_busy)
    try:
        outcome = loop.run()
    finally:
        view.close()
        events.close()
    if recorder is not None:
        spoken = tuple(line.text for line in outcome.lines
                       if line.start >= outcome.closing_at and line.kind is LineKind.TIP)
        recorder.end(outcome.duration_s, spoken)
        recorder.store.close()
    failures = [str(f) for f in (recorder and recorder.failure, events.failure) if f]
    kept = recorder is not None and recorder.kept
    replayed = parts.replay.played() if parts.replay is not None else None
    return LiveRun(outcome, parts.voice_out, recorder.session_id if recorder and kept else None,
                   "; ".join(failures) or None, replayed)


def live_json(run: LiveRun) -> dict[str, Any]:
    outcome = run.outcome
    return {
        "session_id": run.session_id,
        "reason": outcome.reason.value,
        "duration_s": round(outcome.duration_s, 3),
        "overflows": outcome.overflows,
        "underruns": outcome.underruns,
        "turns": [{"start": round(t.start, 3), "end": round(t.end, 3), "text": t.text,
                   "labels": [label.value for label in t.labels],
                   "wpm": round(t.pacing.wpm, 1), "fillers": t.pacing.fillers,
                   "barge_in": t.barge_in, "tip": t.tip} for t in outcome.turns],
        "lines": [{"kind": line.kind.value, "text": line.text, "start": round(line.start, 3),
                   "end": round(line.end, 3), "interrupted": line.interrupted}
                  for line in outcome.lines],
    }


def finish(run: LiveRun, args: argparse.Namespace) -> int:
    """Where things went, and the exit status: 2 when the microphone went away."""
    outcome = run.outcome
    if not args.json and not args.quiet:
        out = console()
        if run.voice_out not in ("speakers", "screen"):
            out.print(f"\nThe coach's voice is in {run.voice_out}")
        if run.session_id is not None and run.save_failure is None:
            out.print(f"Saved as session {run.session_id}: `voicecoach report "
                      f"{run.session_id}` draws it, `voicecoach history` shows your progress.")
    if outcome.underruns:
        notice(f"the speakers ran dry {outcome.underruns} times while the coach spoke (a short "
               "gap each); close other programs if this keeps happening")
    if outcome.overflows:
        notice(f"{outcome.overflows} blocks of microphone audio were dropped because the "
               "computer fell behind; close other programs if this keeps happening")
    if run.save_failure is not None:
        return 2  # said when it happened, with what was kept; the exit status tells scripts
    if outcome.reason is EndReason.MICROPHONE_LOST:
        print(f"voicecoach: error: {outcome.message}; the session so far is kept. Check the "
              "microphone and run `voicecoach devices`", file=sys.stderr)
        return 2
    return 0


__all__ = ["LiveRun", "add_live_options", "build_live", "coach_for", "finish", "fixed_parts",
           "live_json", "load_settings", "matcher_for", "prepare_lines", "recorder_for",
           "run_live", "view_for"]
