"""`voicecoach warmup`: five hands-free minutes before an event."""

from __future__ import annotations

import argparse

from voicecoach.coaching.warmup import WarmupConductor, WarmupScript
from voicecoach.commands.live_common import (
    add_live_options,
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
  voicecoach warmup                      breathing, opener and follow-up drills, a recap
  voicecoach warmup --headphones         say a command even while the coach speaks
  voicecoach warmup --input me.wav --speak-to coach.wav --events log.jsonl

Say any time: "next", "repeat", "skip" (the rest of this part), "slower", "stop".
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "warmup", help="a five-minute spoken warm-up before an event",
        description="Paced breathing, then opener drills (introduce yourself and ask a "
                    "simple question) and follow-up drills, with feedback after each answer.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_live_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_settings(args)
    conductor = WarmupConductor(WarmupScript.load())
    live = run_live(args, config, conductor, conductor.lines_to_prepare(),
                    SessionMode.WARMUP, None, "guide", None, matcher_for(args))
    if args.json:
        print_json({**live_json(live),
                    "drills": [{"stage": r.stage.value, "prompt": r.prompt, "answer": r.answer,
                                "good": r.good} for r in conductor.results]})
    elif not args.quiet:
        out = console()
        good = sum(r.good for r in conductor.results)
        out.print(f"\nWarm-up: {len(conductor.results)} drills answered, {good} on the mark.")
        for r in conductor.results:
            out.print(f"  {'✓' if r.good else '·'} {r.prompt}\n      you: {r.answer}")
    return finish(live, args)
