"""End of turn, phrase by phrase: how the decision reads what tiny.en hears at a pause.

    PYTHONPATH=. .venv/bin/python benchmarks/turn_end_phrases.py [--verbose]

`benchmarks/turn_end.py` replays whole sessions in real time (minutes a run, 24 mid-turn pauses).
This one is wider and quick: each phrase is spoken by espeak-ng, after the endpointer's
pre-roll (0.128 s of silence) and followed by the 0.16 s of silence the loop has when it first
reads a turn, and read once as the loop reads it (tiny.en,
the short window, and again primed to write hesitations when that looks finished, as the loop
does); then `read_both` says what the end-of-turn decision would make of it. `--plain`: the
first reading alone (the decision before the hesitant reading).

- **unfinished**: the first half of a sentence, cut where a speaker might pause to think ("I
  work at the", "after work I usually"). Read as finished (a statement, a question, or too
  short to tell), the partner would answer a pause of about 0.6 s: a cut-in.
- **finished**: a whole line of small talk. Read as unfinished, the partner would wait the long
  window (1.6 s) before answering.

Four splits. Dev: the phrases and voices the rules were tuned on (the finished lines are the
moves dev split's lines of three words or more). Held out: other phrases in other voices,
written before the first run of this script and never used to tune the rules.

`blind dev` (`tests/data/turn_end_dev.tsv`): 160 unfinished halves and 100 finished turns,
written on 2026-12-04 by someone who had not seen the rules, in more kinds of cut (after an
adjective, a possessive, a relative word, a word of degree ...); each phrase is read in one of
the dev voices, in turn. The rules of that day were written from it.

`fresh` (`tests/data/turn_end_fresh.tsv`, in three voices used nowhere else): 45 unfinished
halves and 45 finished turns written the same day by another who had not seen the rules or the
other phrases; a test split, never written from.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, machine
from benchmarks.match import read_split
from benchmarks.turn_end import FINISHED, SPLITS, espeak, silence
from voicecoach.hearing.settings import VadConfig
from voicecoach.hearing.transcribe import AsrConfig, WhisperTranscriber
from voicecoach.hearing.turn_end import (
    Completeness,
    TurnEndRules,
    read_both,
    wants_hesitant_reading,
)
from voicecoach.understanding.words import join_words

DEV_VOICES = ("en-us", "en-gb-x-rp", "en-us+f3")
HELD_OUT_VOICES = ("en-gb-scotland", "en-us+m3")
FRESH_VOICES = ("en-gb-x-gbclan", "en-us-nyc+f2", "en-029")
FRESH = ROOT / "tests" / "data" / "turn_end_fresh.tsv"
BLIND_DEV = ROOT / "tests" / "data" / "turn_end_dev.tsv"
DEV_UNFINISHED = (
    *(first for first, _ in SPLITS),
    "I've been living here for", "My sister works as a", "We should go to the",
    "I was thinking that", "I came with my friend and", "It was really nice but",
    "Honestly I think the", "I usually go running in the", "I'm from a small town near",
    "Last weekend we went to", "The best part was when", "I used to work for a",
    "My flatmate and I", "I really wanted to", "What I like about it is", "So the thing is",
    "I've never been to", "We met at a", "I'm not sure if", "I think it's because",
    "After work I usually", "I moved here with my", "The food here is", "I've just started a",
    "It depends on the", "My favourite thing to do is", "I'd love to try", "We were going to",
)
HELD_OUT_UNFINISHED = (
    "My brother lives in", "I'm hoping to", "We always spend the summer at",
    "The last film I saw was", "I started learning the", "When I was younger I",
    "My job is mostly about", "I'm a bit nervous because", "The band played for",
    "I came here straight from", "Our neighbours have a", "I normally", "She told me that",
    "I spent most of the weekend", "We drove up to the", "I've been meaning to",
    "The course I'm doing is on", "My favourite place in town is the", "I'm kind of",
    "We're thinking of moving to", "It reminds me of", "I got into it through my",
    "The weather last week was", "So what happened was", "I'm trying to get better at",
)
HELD_OUT_FINISHED = (
    "How long have you lived here?", "I've been here about three years.",
    "Do you come to these often?", "That's a great idea.", "What brings you here tonight?",
    "I'm a nurse at the hospital.", "Have you been to the new cafe?", "We came by train.",
    "My brother invited me.", "Is this your first time here?", "I really like your jacket.",
    "What are you reading at the moment?", "It was nice talking to you.",
    "I play the guitar a bit.", "Where did you grow up?", "The music is really good.",
    "Do you want another drink?", "I just moved into a new flat.", "How was your weekend?",
    "We should do this again sometime.", "I'm not much of a cook.",
    "Which team do you support?", "My kids are at school now.", "I love hiking in autumn.",
    "What kind of music do you like?",
)
PAUSE_S = 0.16  # the silence the loop has heard when it first reads the turn
# The loop's turn audio starts with the endpointer's pre-roll: the audio kept from before the
# voice was confirmed (pre_roll_ms), less the voice it took to confirm it (start_ms). tiny.en
# reads the same phrase otherwise with and without it ("I work at the" with none: "I'm
# Wurakatma."; with it: "I'm where catamard").
LEAD_IN_S = (VadConfig().pre_roll_ms - VadConfig().start_ms) / 1000


@dataclass
class Tally:
    phrases: int = 0
    wrong: int = 0
    examples: list[str] = field(default_factory=list)


def moves_dev_lines(count: int) -> list[str]:
    examples = read_split(ROOT / "tests" / "data" / "moves_dev.tsv")
    lines = [example.text for example in examples if len(example.text.split()) >= 3]
    random.Random(5).shuffle(lines)
    return lines[:count]


def phrases_of(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(unfinished, finished) of a `kind<TAB>text` file."""
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip()]
    return (tuple(text for kind, text in rows if kind == "unfinished"),
            tuple(text for kind, text in rows if kind == "finished"))


def read(text: str, voice: str, transcriber: WhisperTranscriber, folder: Path,
         rules: TurnEndRules, plain_only: bool) -> tuple[str, str | None]:
    """The phrase as the loop reads it at a pause: (words, hesitant reading or None)."""
    audio = np.concatenate([silence(LEAD_IN_S), espeak(text, voice, folder), silence(PAUSE_S)])
    heard = join_words(transcriber.transcribe_turn(audio))
    if plain_only or not wants_hesitant_reading(heard, rules):
        return heard, None
    return heard, join_words(transcriber.transcribe_turn(audio, disfluent=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verbose", action="store_true", help="print every misread phrase")
    parser.add_argument("--plain", action="store_true",
                        help="the first reading alone, without the hesitant one")
    parser.add_argument("--splits", default="dev,blind dev,held out,fresh",
                        help="which splits to read (default: all four)")
    args = parser.parse_args()
    rules = TurnEndRules.load()
    transcriber = WhisperTranscriber(AsrConfig())
    # (voices, unfinished, finished, each phrase in one voice only)
    splits = {
        "dev": (DEV_VOICES, DEV_UNFINISHED, tuple(FINISHED) + tuple(moves_dev_lines(80)),
                False),
        "blind dev": (DEV_VOICES, *phrases_of(BLIND_DEV), True),
        "held out": (HELD_OUT_VOICES, HELD_OUT_UNFINISHED, HELD_OUT_FINISHED, False),
        "fresh": (FRESH_VOICES, *phrases_of(FRESH), False),
    }
    chosen = {name.strip() for name in args.splits.split(",")}
    splits = {name: split for name, split in splits.items() if name in chosen}
    print(f"machine: {machine()}\n")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for split, (voices, unfinished, finished, rotate) in splits.items():
            for k, voice in enumerate(voices):
                tallies = {"unfinished": Tally(), "finished": Tally()}
                for kind, phrases in (("unfinished", unfinished), ("finished", finished)):
                    tally = tallies[kind]
                    for text in phrases[k::len(voices)] if rotate else phrases:
                        heard, hesitant = read(text, voice, transcriber, Path(tmp), rules,
                                               args.plain)
                        completeness, rule = read_both(heard, hesitant, rules)
                        looks_unfinished = completeness is Completeness.UNFINISHED
                        tally.phrases += 1
                        if looks_unfinished != (kind == "unfinished"):
                            tally.wrong += 1
                            also = f" / {hesitant!r}" if hesitant is not None else ""
                            tally.examples.append(f"{text!r} heard {heard!r}{also} ({rule})")
                rows.append((split, voice, tallies))
                if args.verbose:
                    for kind, tally in tallies.items():
                        for example in tally.examples:
                            print(f"{split} {voice} {kind} misread: {example}")
    print("| split | voice | unfinished phrases read as finished (a cut-in) | finished lines "
          "read as unfinished (the long wait) |")
    print("|---|---|---|---|")
    for split, voice, tallies in rows:
        u, f = tallies["unfinished"], tallies["finished"]
        print(f"| {split} | {voice} | {u.wrong} of {u.phrases} | {f.wrong} of {f.phrases} |")


if __name__ == "__main__":
    main()
