"""`voicecoach scenarios`: the role-play scenarios, built-in and your own, with their titles."""

from __future__ import annotations

import argparse

from rich.markup import escape

from voicecoach.coaching.persona import find_scenarios, load_scenario_file, user_scenarios_dir
from voicecoach.commands.common import add_command
from voicecoach.errors import PackError
from voicecoach.terminal import console, print_json

__all__ = ["EPILOG", "register", "run"]

EPILOG = """\
examples:
  voicecoach scenarios
  voicecoach scenarios --check        load every scenario and report problems
  voicecoach practice --scenario networking

Your own scenarios go in {folder} (one .toml file each, the format is in prompts/README.md);
one with the id of a built-in scenario replaces it.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "scenarios",
        description="List the scenarios `voicecoach practice --scenario NAME` can use.",
        examples=EPILOG.format(folder=user_scenarios_dir()))
    parser.add_argument("--json", action="store_true", help="print JSON on stdout, for scripts")
    parser.add_argument("--check", action="store_true",
                        help="load each scenario fully; exit 2 if any has a problem")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    infos = find_scenarios()
    problems: dict[str, str] = {}
    personas: dict[str, list[str]] = {}
    for info in infos:
        try:
            scenario = load_scenario_file(info.path)
            personas[info.id] = [p.name for p in scenario.personas]
        except PackError as error:
            problems[info.id] = str(error)
    if args.json:
        print_json([{"id": i.id, "title": i.title, "path": str(i.path), "yours": i.yours,
                     "personas": personas.get(i.id, []), "problem": problems.get(i.id)}
                    for i in infos])
    else:
        out = console()
        width = max((len(i.id) for i in infos), default=0)
        for info in infos:
            mark = "  (yours)" if info.yours else ""
            who = ", ".join(personas.get(info.id, []))
            out.print(f"{escape(info.id):<{width}}  {escape(info.title)}{mark}"
                      + (f"  [dim]- {escape(who)}[/dim]" if who else ""), highlight=False)
            if info.id in problems:
                out.print(f"{'':<{width}}  [red]problem:[/red] {escape(problems[info.id])}",
                          highlight=False, markup=True)
        out.print(f"\nYour own scenarios: {user_scenarios_dir()}", highlight=False)
    return 2 if args.check and problems else 0
