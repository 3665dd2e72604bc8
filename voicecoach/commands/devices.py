"""`voicecoach devices`: the microphones voicecoach can listen to."""

from __future__ import annotations

import argparse

from voicecoach.hearing.audio import list_input_devices
from voicecoach.terminal import console, print_json


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "devices", help="list microphones (input devices)",
        description="List the input devices PortAudio can see; pick one with --device "
                    "INDEX or part of its name.",
        epilog="examples:\n  voicecoach devices\n  voicecoach devices --json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print JSON on stdout")
    parser.add_argument("-q", "--quiet", action="store_true", help="indexes and names only")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    devices = list_input_devices()
    if args.json:
        print_json([{"index": d.index, "name": d.name, "channels": d.channels,
                     "default_rate": d.default_rate, "default": d.is_default} for d in devices])
        return 0
    if not devices:
        print("No input devices found. Plug in a microphone, or check the sound settings.")
        return 0
    out = console()
    for d in devices:
        mark = "*" if d.is_default else " "
        if args.quiet:
            print(f"{d.index}\t{d.name}")
        else:
            out.print(f"{mark} {d.index:>3}  {d.name}  ({d.channels} ch, {d.default_rate:.0f} Hz)")
    if not args.quiet:
        out.print("\n* the default. Choose another with --device INDEX or part of its name.")
    return 0
