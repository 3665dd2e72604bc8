"""`voicecoach devices`: the microphones to listen to and the outputs to speak on."""

from __future__ import annotations

import argparse
from typing import Any

from voicecoach.commands.common import add_command
from voicecoach.hearing.audio import InputDevice, list_input_devices, list_output_devices
from voicecoach.terminal import console, print_json

__all__ = ["device_json", "register", "run"]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "devices",
        description="List the input and output devices PortAudio can see; pick a microphone "
                    "with --device INDEX or part of its name, a speaker with the "
                    "output_device setting ([voice] in the settings file). "
                    "`voicecoach check` tries them out.",
        examples="examples:\n  voicecoach devices\n  voicecoach devices --json | jq .inputs\n"
               "  voicecoach check                 hear yourself through them")
    parser.add_argument("--json", action="store_true",
                        help='print JSON on stdout: {"inputs": [...], "outputs": [...]}')
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="one line a device: in or out, index, name")
    parser.set_defaults(run=run)


def device_json(d: InputDevice) -> dict[str, Any]:
    return {"index": d.index, "name": d.name, "channels": d.channels,
            "default_rate": d.default_rate, "default": d.is_default}


def run(args: argparse.Namespace) -> int:
    inputs, outputs = list_input_devices(), list_output_devices()
    if args.json:
        print_json({"inputs": [device_json(d) for d in inputs],
                    "outputs": [device_json(d) for d in outputs]})
        return 0
    if args.quiet:
        for kind, devices in (("in", inputs), ("out", outputs)):
            for d in devices:
                print(f"{kind}\t{d.index}\t{d.name}")
        return 0
    out = console()
    for title, devices, missing in (
            ("Microphones (input)", inputs, "none found: plug in a microphone, or check the "
                                            "sound settings"),
            ("Speakers (output)", outputs, "none found: the coach's lines will be printed")):
        out.print(f"[bold]{title}[/bold]")
        if not devices:
            out.print(f"  {missing}")
        for d in devices:
            mark = "*" if d.is_default else " "
            out.print(f"{mark} {d.index:>3}  {d.name}  ({d.channels} ch, "
                      f"{d.default_rate:.0f} Hz)")
        out.print()
    out.print("* the default. Choose a microphone with --device INDEX or part of its name, a "
              "speaker with output_device in [voice]; `voicecoach check` tries them out.")
    return 0
