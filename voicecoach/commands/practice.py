"""`voicecoach practice`: role-play a conversation; the coach plays the other person."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from typing import Any

from voicecoach.commands.common import open_transcriber
from voicecoach.commands.live_common import (
    add_live_options,
    build_live,
    coach_for,
    load_settings,
    matcher_for,
    recorder_for,
    view_for,
)
from voicecoach.config import Config
from voicecoach.events import EventLog
from voicecoach.fillers import FillerVocabulary
from voicecoach.match import Matcher
from voicecoach.mouth import LineKind
from voicecoach.output import console, notice, print_json
from voicecoach.practice import PracticeConductor, turn_facts
from voicecoach.recorder import SessionRecorder
from voicecoach.records import SessionMode
from voicecoach.scenario import Partner, list_scenarios, load_scenario
from voicecoach.session import Conductor, EndReason, HeardTurn, SessionLoop, SessionOutcome
from voicecoach.turntaking import session_figures
from voicecoach.vad import SileroVad

EXAMPLES = """\
examples:
  voicecoach practice                              a party, through the microphone
  voicecoach practice --scenario networking --turns 6
  voicecoach practice --headphones                 interrupt the coach when you like
  voicecoach practice --input me.wav --speak-to coach.wav --events log.jsonl
  voicecoach practice --input me.wav --realtime    replay a recording as if live

Say "stop" or "that's all" (or press Ctrl-C) to finish; you get a spoken and a printed summary.
scenarios: {scenarios}
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "practice", help="role-play a conversation with spoken coaching",
        description="Practise a conversation out loud. The coach plays the other person, "
                    "answers your moves, and gives short tips between turns.",
        epilog=EXAMPLES.format(scenarios=", ".join(list_scenarios())),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenario", default="party", metavar="NAME",
                        help="where the conversation happens (default: party)")
    parser.add_argument("--turns", type=int, metavar="N", help="stop after N of your turns")
    add_live_options(parser)
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class LiveRun:
    outcome: SessionOutcome
    voice_out: str
    session_id: int | None
    save_failure: str | None  # why the history or the event log could not be written


def run_live(args: argparse.Namespace, config: Config, conductor: Conductor,
             lines_to_prepare: list[str], mode: SessionMode, scenario: str | None,
             partner: str, max_turns: int | None, matcher: Matcher) -> LiveRun:
    """Set up the parts, run the loop, save the session turn by turn."""
    transcriber = open_transcriber(config)
    parts = build_live(args, config, max_turns)  # devices first: a bad one adds no session
    recorder = recorder_for(args, mode, scenario)
    parts.mouth.prepare([line for line in lines_to_prepare if "{" not in line])
    events = EventLog(args.events)
    view = view_for(args, partner)
    loop = SessionLoop(
        source=parts.source, detector=SileroVad(), vad=config.vad, transcriber=transcriber,
        matcher=matcher, vocabulary=FillerVocabulary.load(), conductor=conductor,
        mouth=parts.mouth, events=events, clock=parts.clock, config=parts.loop,
        on_turn=view.turn, on_line=view.line, on_chunk=view.level,
        on_turn_done=lambda turn, tip: save_turn(recorder, turn, tip, loop))
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
    return LiveRun(outcome, parts.voice_out, recorder.session_id if recorder else None,
                   "; ".join(failures) or None)


@dataclass(frozen=True)
class PracticeRun:
    live: LiveRun
    conductor: PracticeConductor


def run_practice(args: argparse.Namespace, scenario_name: str, max_turns: int | None
                 ) -> PracticeRun:
    config = load_settings(args)
    scenario = load_scenario(scenario_name)
    matcher = matcher_for(args)
    conductor = PracticeConductor(scenario, Partner(scenario), coach_for(config, matcher))
    live = run_live(args, config, conductor, conductor.lines_to_prepare(),
                    SessionMode.PRACTICE, scenario.id, scenario.partner, max_turns, matcher)
    return PracticeRun(live, conductor)


def save_turn(recorder: SessionRecorder | None, turn: HeardTurn, tip: str | None,
              loop: SessionLoop) -> None:
    if recorder is not None:
        recorder.turn(turn, tip, loop.lines)


def live_json(run: LiveRun) -> dict[str, Any]:
    outcome = run.outcome
    return {
        "session_id": run.session_id,
        "reason": outcome.reason.value,
        "duration_s": round(outcome.duration_s, 3),
        "overflows": outcome.overflows,
        "turns": [{"start": round(t.start, 3), "end": round(t.end, 3), "text": t.text,
                   "labels": [label.value for label in t.labels],
                   "wpm": round(t.pacing.wpm, 1), "fillers": t.pacing.fillers,
                   "barge_in": t.barge_in} for t in outcome.turns],
        "lines": [{"kind": line.kind.value, "text": line.text, "start": round(line.start, 3),
                   "end": round(line.end, 3), "interrupted": line.interrupted}
                  for line in outcome.lines],
    }


def practice_json(run: PracticeRun) -> dict[str, Any]:
    conductor = run.conductor
    facts = [turn_facts(t) for t in run.live.outcome.turns]
    summary = conductor.summary
    return {**live_json(run.live), "scenario": conductor.scenario.id,
            "figures": session_figures(facts, conductor.coach.norms).as_dict(),
            "summary": summary.as_dict() if summary else None}


def report(run: PracticeRun, args: argparse.Namespace) -> int:
    if args.json:
        print_json(practice_json(run))
    elif run.conductor.summary is not None:
        console().print("\n" + run.conductor.summary.render_text())
    return finish(run.live, args)


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


def run(args: argparse.Namespace) -> int:
    return report(run_practice(args, args.scenario, args.turns), args)
