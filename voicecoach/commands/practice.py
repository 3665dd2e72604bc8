"""`voicecoach practice`: role-play a conversation; the coach plays the other person."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from voicecoach.coaching.figures import session_figures
from voicecoach.coaching.practice import PracticeConductor
from voicecoach.coaching.scenario import Partner, list_scenarios, load_scenario
from voicecoach.commands.live_common import (
    LiveRun,
    add_live_options,
    coach_for,
    finish,
    live_json,
    load_settings,
    matcher_for,
    run_live,
)
from voicecoach.history.records import SessionMode
from voicecoach.terminal import console, print_json

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


def practice_json(run: PracticeRun) -> dict[str, Any]:
    conductor = run.conductor
    summary = conductor.summary
    return {**live_json(run.live), "scenario": conductor.scenario.id,
            "figures": session_figures(run.live.outcome.turns, conductor.coach.norms).as_dict(),
            "summary": summary.as_dict() if summary else None}


def report(run: PracticeRun, args: argparse.Namespace) -> int:
    if args.json:
        print_json(practice_json(run))
    elif run.conductor.summary is not None:
        console().print("\n" + run.conductor.summary.render_text())
    return finish(run.live, args)


def run(args: argparse.Namespace) -> int:
    return report(run_practice(args, args.scenario, args.turns), args)
