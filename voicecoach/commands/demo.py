"""`voicecoach demo`: the whole pipeline on a bundled recording, for a newcomer with no mic."""

from __future__ import annotations

import argparse

from voicecoach.analysis import analyze_file
from voicecoach.commands.common import add_common_options, load_settings, open_transcriber
from voicecoach.fillers import FillerVocabulary
from voicecoach.output import console, print_json, progress_bar
from voicecoach.paths import fixtures_dir
from voicecoach.report import analysis_json, render_summary
from voicecoach.vad import SileroVad

DEMO_RECORDING = "demo_user.wav"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="see voicecoach work on a bundled recording",
        description="Analyse a bundled recording of one side of a party conversation, "
                    "offline, and print what the coach heard.",
        epilog="examples:\n  voicecoach demo\n  voicecoach demo --json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_settings(args)
    recording = fixtures_dir() / DEMO_RECORDING
    out = console()
    if not args.json and not args.quiet:
        out.print(f"Analysing a bundled recording ({recording.name}); "
                  "nothing leaves this machine.\n")
    with progress_bar(not args.quiet) as progress:
        progress("loading the model", 0.0)
        analysis = analyze_file(recording, open_transcriber(config), SileroVad(),
                                FillerVocabulary.load(), config.vad, progress=progress)
    if args.json:
        print_json(analysis_json(analysis))
    else:
        render_summary(analysis, out)
        if not args.quiet:
            out.print("\nTry it on your own recording: voicecoach analyze FILE.wav")
    return 0
