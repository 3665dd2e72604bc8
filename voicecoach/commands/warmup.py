"""`voicecoach warmup`: five hands-free minutes before an event."""

from __future__ import annotations

import argparse
from typing import Any

from voicecoach.coaching.warmup import WarmupConductor, WarmupScript
from voicecoach.commands.common import add_command
from voicecoach.commands.live_common import (
    LiveRun,
    add_live_options,
    finish,
    live_json,
    load_settings,
    matcher_for,
    run_live,
)
from voicecoach.history.records import SessionMode
from voicecoach.terminal import console, notice, print_json
from voicecoach.voice.sinks import LineKind

__all__ = ["DESCRIPTION", "EXAMPLES", "add_replies_and_tips", "register", "run"]

DESCRIPTION = ("Paced breathing, then opener drills (introduce yourself and ask a "
               "simple question) and follow-up drills, with feedback after each answer.")

EXAMPLES = """\
examples:
  voicecoach warmup                      breathing, opener and follow-up drills, a recap
  voicecoach warmup --headphones         say a command even while the coach speaks
  voicecoach warmup --input me.wav --speak-to coach.wav --events log.jsonl
  voicecoach warmup --coach-voice en-us --rate 120   the guide (the coach) slower

Say any time: "next", "repeat", "skip" (the rest of this part), "slower", "stop".
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "warmup", DESCRIPTION, EXAMPLES)
    add_live_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_settings(args)
    if args.partner_voice or args.partner_rate:
        notice("the warm-up has no partner: its guide is the coach, so --partner-voice and "
               "--partner-rate are not used (--coach-voice and --rate are)")
    conductor = WarmupConductor(WarmupScript.load())
    live = run_live(args, config, conductor, conductor.lines_to_prepare(),
                    SessionMode.WARMUP, None, "guide", None, matcher_for(args),
                    has_partner=False)
    if args.json:
        data = live_json(live)
        add_replies_and_tips(live, data["turns"])
        print_json({**data,
                    "drills": [{"stage": r.stage.value, "prompt": r.prompt, "answer": r.answer,
                                "good": r.good} for r in conductor.results]})
    elif not args.quiet:
        out = console()
        good = sum(r.good for r in conductor.results)
        out.print(f"\nWarm-up: {len(conductor.results)} drills answered, {good} on the mark.")
        for r in conductor.results:
            out.print(f"  {'✓' if r.good else '·'} {r.prompt}\n      you: {r.answer}")
    return finish(live, args)


def add_replies_and_tips(live: LiveRun, turns: list[dict[str, Any]]) -> None:
    """Each turn's `reply` and `tip`: what the guide and the coach said between the end of
    that turn and the start of the next (None when nothing)."""
    heard = live.outcome.turns
    for number, (turn, item) in enumerate(zip(heard, turns, strict=True)):
        until = heard[number + 1].start if number + 1 < len(heard) else float("inf")
        said = [line for line in live.outcome.lines if turn.end <= line.start < until]
        for key, kind in (("reply", LineKind.REPLY), ("tip", LineKind.TIP)):
            texts = [line.text for line in said if line.kind is kind]
            item[key] = " ".join(texts) if texts else None
