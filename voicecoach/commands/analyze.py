"""`voicecoach analyze FILE`: pace, pauses and fillers of a recording."""

from __future__ import annotations

import argparse
from pathlib import Path

from voicecoach.analysis import analyze_file
from voicecoach.commands.common import add_common_options, load_settings, open_transcriber
from voicecoach.fillers import FillerVocabulary
from voicecoach.output import console, print_json, progress_bar
from voicecoach.report import analysis_json, render_summary
from voicecoach.vad import SileroVad

EXAMPLES = """\
examples:
  voicecoach analyze talk.wav
  voicecoach analyze talk.mp3 --json | jq .pacing.wpm
  voicecoach analyze talk.flac --model ~/models/whisper-small-ct2
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "analyze", help="pace, pauses and filler words of a recording",
        description="Transcribe a recording offline and report its pace, pauses and fillers, "
                    "turn by turn.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, metavar="FILE", help="WAV, FLAC, MP3 or OGG")
    add_common_options(parser)
    parser.add_argument("--no-filler-pass", action="store_true",
                        help="skip the second pass that listens for um and uh (faster)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_settings(args)
    vocabulary = FillerVocabulary.load()
    with progress_bar(not args.quiet) as progress:
        progress("loading the model", 0.0)
        transcriber = open_transcriber(config)
        analysis = analyze_file(
            args.file, transcriber, SileroVad(), vocabulary, config.vad,
            recover_fillers=config.asr.recover_fillers and not args.no_filler_pass,
            progress=progress)
    if args.json:
        print_json(analysis_json(analysis))
    elif not args.quiet:
        render_summary(analysis, console())
    else:
        p = analysis.pacing
        print(f"{analysis.source}\t{len(analysis.turns)} turns\t{p.wpm:.0f} wpm\t"
              f"{p.fillers} fillers")
    return 0
