"""`voicecoach match`: which conversational moves a sentence makes, from the pattern packs."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from voicecoach.commands.common import add_command
from voicecoach.understanding.match import load_matcher
from voicecoach.understanding.moves import MatchResult

__all__ = [
    "DESCRIPTION",
    "EPILOG",
    "TOP_MATCHES",
    "as_json",
    "readable",
    "register",
    "run",
    "utterances",
]

TOP_MATCHES = 3  # matches shown per line in the readable output

DESCRIPTION = """\
Recognise the conversational moves in each utterance: greeting_intro, icebreaker,
open_question, closed_question, encourager, compliment, advice_request, common_ground,
and the topics to avoid: politics, controversial, gossip, complaint, offensive.
Each TEXT argument is one utterance; "-" reads one utterance per line from stdin."""

EPILOG = """\
examples:
  voicecoach match "hi i'm leo how do you know the host"
  voicecoach match --json "do you come here often" "tell me more"
  voicecoach match --json - < transcript.txt        one JSON object per line
  voicecoach match --pack ~/my-packs "any tips for a beginner"

--pack DIR adds the .toml packs of DIR (may be given more than once); a pattern whose id is
already loaded replaces it, and a notice on stderr says so. Pack format: prompts/README.md.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(
        subparsers, "match",
        description=DESCRIPTION,
        examples=EPILOG)
    parser.add_argument(
        "--json", action="store_true", help="one JSON object per utterance, one per line"
    )
    parser.add_argument(
        "--pack",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="also load the pattern packs in DIR (repeatable)",
    )
    parser.add_argument(
        "text", nargs="+", metavar="TEXT", help='an utterance, or "-" for lines from stdin'
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    matcher = load_matcher(args.pack)
    for notice in matcher.notices:
        print(f"voicecoach: {notice}", file=sys.stderr)
    for text in utterances(args.text, sys.stdin):
        result = matcher.match(text)
        _write(sys.stdout, as_json(result) if args.json else readable(result))
    return 0


def utterances(arguments: Sequence[str], stdin: TextIO) -> Iterator[str]:
    """The arguments in order, with "-" replaced by the lines of stdin (blank ones kept, so
    output line N answers input line N)."""
    for argument in arguments:
        if argument == "-":
            yield from _lines(stdin)
        else:
            yield argument


def _lines(stream: TextIO) -> Iterable[str]:
    # Read bytes when we can, so a stray invalid byte becomes U+FFFD instead of a crash.
    raw = getattr(stream, "buffer", None)
    source = io.TextIOWrapper(raw, encoding="utf-8", errors="replace") if raw else stream
    for line in source:
        yield line.rstrip("\r\n")


def as_json(result: MatchResult) -> str:
    return json.dumps(
        {
            "text": result.text,
            "labels": [label.value for label in result.labels],
            "matches": [
                {"id": match.pattern_id, "label": match.label.value,
                 "score": round(match.score, 1), "via": match.via.value}
                for match in result.matches
            ],
        }
    )


def readable(result: MatchResult) -> str:
    if not result.labels:
        return f"{_quoted(result.text)}: no move recognised"
    top = ", ".join(
        f"{match.pattern_id} {match.score:.0f} ({_quoted(' '.join(match.matched_words))})"
        for match in result.matches[:TOP_MATCHES]
    )
    labels = ", ".join(label.value for label in result.labels)
    return f"{_quoted(result.text)}: {labels}  [{top}]"


def _quoted(text: str) -> str:
    """Text in plain double quotes, as a person writes them (not Python's repr)."""
    return f'"{text}"'


def _write(stream: TextIO, line: str) -> None:
    """Print a line even on a terminal that cannot show every character (emoji, scripts)."""
    try:
        print(line, file=stream)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=stream)
