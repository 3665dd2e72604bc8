"""`voicecoach analyze FILE`: pace, pauses and fillers of a recording, and the coach's view."""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

from voicecoach.analyze.analysis import Analysis, analyze_audio
from voicecoach.analyze.feedback import (
    RecordingFeedback,
    RecordingKind,
    detect_kind,
    move_lines,
    policies_for,
    recording_feedback,
)
from voicecoach.analyze.render import analysis_json, render_summary
from voicecoach.clock import Clock, MonotonicClock
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.persona import list_scenarios
from voicecoach.commands.common import (
    add_command,
    add_common_options,
    add_role_voice_options,
    config_norms,
    load_settings,
    open_transcriber,
    role_voice_overrides,
    session_context_for,
)
from voicecoach.commands.history import add_data_dir_option
from voicecoach.errors import AudioError, ConfigError
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.vad import SileroVad
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import Store, resolve_data_dir
from voicecoach.live.build import voice_config
from voicecoach.terminal import console, notice, print_json, progress_bar
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.voice.catalog import check_choice, open_voice
from voicecoach.voice.roles import RoleVoices
from voicecoach.voice.sinks import LineKind, VoiceSink, open_sink
from voicecoach.voice.synth import TextToSpeech

__all__ = [
    "DESCRIPTION",
    "EXAMPLES",
    "PAUSE_BETWEEN_LINES_S",
    "check_options",
    "register",
    "run",
    "save",
    "show",
    "speak_lines",
]

DESCRIPTION = ("Transcribe a recording offline and report its pace, pauses and fillers, "
               "turn by turn, with the coach's summary.")

EXAMPLES = """\
examples:
  voicecoach analyze talk.wav
  voicecoach analyze talk.mp3 --json | jq .pacing.wpm
  voicecoach analyze talk.wav --speak              hear the coach's summary
  voicecoach analyze talk.wav --speak --coach-voice espeak-ng:en-gb-scotland
  voicecoach analyze talk.wav --speak-to coach.wav --json | jq .feedback
  voicecoach analyze talk.wav --save               add it to your history
  voicecoach analyze speech.wav --kind talk        coach a speech as a talk, not a chat
  voicecoach analyze talk.flac --model ~/models/whisper-small-ct2
  voicecoach analyze party.wav --context "Sam's birthday, the host, Jordan"
  voicecoach analyze party.wav --scenario party    hear it as that scenario's session
"""

# A breath between the summary's points, so they do not run together.
PAUSE_BETWEEN_LINES_S = 0.6


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "analyze", DESCRIPTION, EXAMPLES)
    parser.add_argument("file", type=Path, metavar="FILE", help="WAV, FLAC, MP3 or OGG")
    add_common_options(parser)
    parser.add_argument("--kind", choices=["auto", *map(str, RecordingKind)], default="auto",
                        help="a conversation (one side of it) or a talk (a speech, a "
                             "reading); auto tells them apart by the gaps and questions")
    parser.add_argument("--no-filler-pass", action="store_true",
                        help="skip the second pass that listens for um and uh (faster)")
    voice = parser.add_mutually_exclusive_group()
    voice.add_argument("--speak", action="store_true",
                       help="speak the coach's summary through the speakers")
    voice.add_argument("--speak-to", type=Path, metavar="FILE.wav",
                       help="write the coach's spoken summary into this WAV instead")
    add_role_voice_options(parser)
    parser.add_argument("--context", default="", metavar="WORDS",
                        help="key words to listen for: names, the place, the occasion "
                             "(comma-separated; [user] name is added)")
    parser.add_argument("--scenario", metavar="NAME",
                        help="add a practice scenario's key words to the context")
    parser.add_argument("--pack", type=Path, action="append", default=[], metavar="DIR",
                        help="also load the move packs in DIR (repeatable)")
    parser.add_argument("--save", action="store_true",
                        help="add this recording to your history (see `voicecoach history`)")
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_settings(args)
    speak_to = check_options(args)
    source = FileSource(args.file)  # a missing, empty or cut-short file is said at once
    # Everything a setting or a pack can get wrong is read before the slow work.
    matcher = _matcher(args.pack)
    norms = config_norms(config)
    voice = voice_config(config, role_voice_overrides(args))
    roles = RoleVoices.from_config(voice)
    for choice in (roles.partner, roles.coach):  # a wrong name is said before the slow work
        check_choice(choice)
    store = Store.open(resolve_data_dir(args.data_dir)) if args.save else None
    vocabulary = FillerVocabulary.load()
    context = session_context_for(config, args.scenario, args.context)
    with progress_bar(not args.quiet) as progress:
        # Decoded before the model loads: a file that is not audio is said without waiting.
        progress("reading the recording", 0.0)
        audio = source.read_all()
        progress("loading the model", 0.0)
        transcriber = open_transcriber(config)
        analysis = analyze_audio(
            audio, str(args.file), transcriber, SileroVad(), vocabulary, config.vad,
            recover_fillers=config.asr.recover_fillers and not args.no_filler_pass,
            progress=progress, context=context)
    labels = [matcher.match(t.text).labels for t in analysis.turns]
    kind = (detect_kind(analysis, labels) if args.kind == "auto"
            else RecordingKind(args.kind))
    coach = Coach(norms, move_lines=move_lines(matcher.patterns), policies=policies_for(kind))
    feedback = recording_feedback(analysis, labels, coach, kind)
    clock = MonotonicClock()
    sink = None
    if args.speak or speak_to:
        coach_voice: TextToSpeech | None = None
        with contextlib.suppress(AudioError):  # no espeak-ng: open_sink prints the lines
            coach_voice = open_voice(roles.coach, roles.coach_rate, roles.volume)
        # The summary is the coach's: only the coach's voice speaks here.
        opened = open_sink(voice, clock, speak_to=speak_to, print_to=sys.stderr,
                           voice=coach_voice)
        for message in opened.notices:
            notice(message)
        sink = opened.sink
    end = clock.now()
    try:
        session_id = None
        if store is not None:
            with store:
                session_id = save(store, analysis, feedback)
        show(analysis, feedback, args, session_id, coach.norms)
        if sink is not None:
            end = speak_lines(sink, feedback.coach.spoken_summary, clock)
    finally:
        if sink is not None:  # a device sink plays its lines out before it closes
            sink.close(end)
    return 0


def check_options(args: argparse.Namespace) -> Path | None:
    """Mistakes that would otherwise surface only after the slow work; the WAV to speak to."""
    if args.scenario is not None and args.scenario not in list_scenarios():
        raise ConfigError(f"--scenario {args.scenario}: no such scenario; the scenarios are "
                          f"{', '.join(list_scenarios())}")
    if args.data_dir is not None and not args.save:
        raise ConfigError("--data-dir says where --save keeps the recording; add --save")
    if args.speak_to is None:
        return None
    speak_to: Path = args.speak_to.expanduser()
    if not speak_to.parent.is_dir():
        raise ConfigError(f"--speak-to {args.speak_to}: the folder {speak_to.parent} does not "
                          "exist; create it first")
    return speak_to


def _matcher(packs: list[Path]) -> Matcher:
    matcher = load_matcher(packs)
    for message in matcher.notices:
        notice(message)
    return matcher


def save(store: Store, analysis: Analysis, feedback: RecordingFeedback) -> int:
    """Add the recording to the history as an `analyze` session, turn by turn."""
    session_id = store.begin_session(SessionRecord(
        mode=SessionMode.ANALYZE, scenario=None, source=analysis.source,
        started_at=datetime.now(timezone.utc)))
    for turn in feedback.facts:
        store.add_turn(session_id, replace(turn, tip=feedback.coach.tip_for(turn.index)))
    store.end_session(session_id, SessionSummary(
        ended_at=datetime.now(timezone.utc), duration_s=analysis.duration_s,
        spoken_summary=feedback.coach.spoken_summary))
    return session_id


def show(analysis: Analysis, feedback: RecordingFeedback, args: argparse.Namespace,
         session_id: int | None, norms: Norms) -> None:
    saved = {} if session_id is None else {"session_id": session_id}
    if args.json:
        print_json({**analysis_json(analysis, feedback), **saved})
    elif not args.quiet:
        out = console()
        render_summary(analysis, out, norms, feedback)
        if session_id is not None:
            out.print(f"\nSaved as session {session_id}: `voicecoach history` shows your "
                      "progress.")
    else:
        p = analysis.pacing
        saved_field = "" if session_id is None else f"\tsession {session_id}"
        level = analysis.level
        level_field = "" if level is None else f"\t{level.level_dbfs:.0f} dBFS"
        quiet_field = "\ttoo quiet" if level is not None and level.too_quiet else ""
        print(f"{analysis.source}\t{len(analysis.turns)} turns\t{p.wpm:.0f} wpm\t"
              f"{p.fillers} fillers{saved_field}{level_field}{quiet_field}")


def speak_lines(sink: VoiceSink, lines: tuple[str, ...], clock: Clock) -> float:
    """Place the lines one after another, with a breath between them; where they end."""
    end = clock.now()
    if not lines:
        notice("no speech was heard, so the coach has nothing to say")
    for i, line in enumerate(lines):
        end = sink.say(line, LineKind.TIP, end + (PAUSE_BETWEEN_LINES_S if i else 0.0)).end
    return end
