"""`voicecoach practice`: role-play a conversation; the coach plays the other person."""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from typing import Any

from voicecoach.coaching.figures import session_figures
from voicecoach.coaching.partner import Partner
from voicecoach.coaching.persona import load_scenario, scenario_names
from voicecoach.coaching.practice import PracticeConductor
from voicecoach.commands.common import add_command
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
from voicecoach.config import Config
from voicecoach.errors import ConfigError
from voicecoach.history.records import SessionMode
from voicecoach.terminal import console, print_json

__all__ = [
    "EXAMPLES", "PracticeRun", "add_partner_options", "make_partner", "practice_json", "register",
    "report", "run", "run_practice",
]

EXAMPLES = """\
examples:
  voicecoach practice                              a party, through the microphone
  voicecoach practice --text                       type your lines instead of speaking
  voicecoach practice --scenario networking --turns 6
  voicecoach practice --seed 7                     the same partner and session again
  voicecoach practice --headphones                 interrupt the coach when you like
  voicecoach practice --partner-voice piper:joe --coach-voice en-gb
  voicecoach practice --partner-rate 120           a slower partner (words a minute)
  voicecoach practice --input me.wav --speak-to coach.wav --events log.jsonl
  voicecoach practice --input me.wav --realtime    replay a recording as if live

Say "stop" or "that's all" (or press Ctrl-C) to finish; you get a spoken and a printed summary.
scenarios (`voicecoach scenarios` lists them with titles): {scenarios}
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "practice",
        description="Practise a conversation out loud (or typed, with --text). The coach plays "
                    "the other person, answers what you say, and gives short tips between turns.",
        examples=EXAMPLES.format(scenarios=", ".join(scenario_names())))
    parser.add_argument("--scenario", default="party", metavar="NAME",
                        help="where the conversation happens (default: party)")
    parser.add_argument("--turns", type=int, metavar="N", help="stop after N of your turns")
    add_partner_options(parser)
    parser.add_argument("--text", action="store_true",
                        help="type your lines (or pipe them, one a line) instead of speaking: "
                             "no microphone or speech model needed")
    add_live_options(parser)
    parser.set_defaults(run=run)


def add_partner_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, metavar="N",
                        help="the same N gives the same partner and session (default: random)")
    parser.add_argument("--persona", metavar="NAME",
                        help="talk to this persona of the scenario (default: drawn by seed)")
    parser.add_argument("--no-nudges", action="store_true",
                        help="when you are quiet, the partner and the coach just wait")


def make_partner(args: argparse.Namespace, config: Config, scenario_name: str) -> Partner:
    scenario = load_scenario(scenario_name)
    if args.seed is None:
        # Printed in --json, so the session can be replayed.
        args.seed = random.SystemRandom().randrange(1_000_000)
    user = config.sections.get("user", {})
    name = user.get("name")
    if name is not None and not isinstance(name, str):
        raise ConfigError(f"{config.path}: [user] name must be text in quotes")
    return Partner(scenario, args.seed, persona=args.persona, user_name=name)


@dataclass(frozen=True)
class PracticeRun:
    live: LiveRun
    conductor: PracticeConductor


def run_practice(args: argparse.Namespace, scenario_name: str, max_turns: int | None
                 ) -> PracticeRun:
    config = load_settings(args)
    partner = make_partner(args, config, scenario_name)
    scenario = partner.scenario
    matcher = matcher_for(args)
    nudges = args.input is None and not args.no_nudges  # a recording cannot answer a nudge
    conductor = PracticeConductor(scenario, partner, coach_for(config, matcher), nudges)
    live = run_live(args, config, conductor, conductor.lines_to_prepare(),
                    SessionMode.PRACTICE, scenario.id, partner.name, max_turns, matcher)
    return PracticeRun(live, conductor)


def practice_json(run: PracticeRun) -> dict[str, Any]:
    conductor = run.conductor
    summary = conductor.summary
    data = live_json(run.live)
    for turn, item in zip(run.live.outcome.turns, data["turns"], strict=True):
        item["reply"] = conductor.replies.get(turn.index)
    return {**data, "scenario": conductor.scenario.id, "persona": conductor.partner.name,
            "seed": conductor.partner.seed,
            "figures": session_figures(run.live.outcome.turns, conductor.coach.norms).as_dict(),
            "summary": summary.as_dict() if summary else None}


def report(run: PracticeRun, args: argparse.Namespace) -> int:
    if args.json:
        print_json(practice_json(run))
    elif run.conductor.summary is not None:
        console().print("\n" + run.conductor.summary.render_text())
    return finish(run.live, args)


def run(args: argparse.Namespace) -> int:
    if args.text:
        from voicecoach.commands.textmode import run_text  # no audio modules needed

        return run_text(args)
    return report(run_practice(args, args.scenario, args.turns), args)
