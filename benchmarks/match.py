"""How well and how fast the move matcher works: run `.venv/bin/python benchmarks/match.py`.

Quality is measured on the held-out split tests/data/moves_test.tsv (never tuned on): per-label
precision, recall and F1, their macro average, and how often open and closed questions are told
apart when the transcript has no question mark. Speed is measured with every built-in pack
loaded, and again with the packs inflated tenfold to show how the cost grows.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a source tree that is not pip-installed

from voicecoach.understanding.match import Matcher  # noqa: E402
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel, Pattern  # noqa: E402
from voicecoach.understanding.packs import load_packs  # noqa: E402

DATA = ROOT / "tests" / "data"
INFLATE_WORDS = ("so", "well", "oh", "and", "but", "okay", "now", "yes", "look", "honestly")


@dataclass(frozen=True)
class Example:
    text: str
    labels: frozenset[MoveLabel]


@dataclass(frozen=True)
class Score:
    label: MoveLabel
    support: int
    precision: float
    recall: float
    f1: float


def read_split(path: Path) -> list[Example]:
    """Rows of `text<TAB>labels`; labels comma-separated or "none"; '#' lines are comments."""
    examples: list[Example] = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for line in lines:
        if line.startswith("#") or line == "text\tlabels":
            continue
        text, _, names = line.partition("\t")
        labels: frozenset[MoveLabel] = frozenset()
        if names != "none":
            labels = frozenset(MoveLabel(name) for name in names.split(","))
        examples.append(Example(text, labels))
    return examples


def scores(
    gold: Sequence[frozenset[MoveLabel]], predicted: Sequence[frozenset[MoveLabel]]
) -> list[Score]:
    result: list[Score] = []
    for label in MoveLabel:
        tp = sum(label in g and label in p for g, p in zip(gold, predicted, strict=True))
        fp = sum(label not in g and label in p for g, p in zip(gold, predicted, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result.append(Score(label, tp + fn, precision, recall, f1))
    return result


def question_form_accuracy(
    examples: Sequence[Example], predicted: Sequence[frozenset[MoveLabel]]
) -> tuple[int, int]:
    """(right, total) over questions without "?" whose gold form is exactly one of the two."""
    forms = {MoveLabel.OPEN_QUESTION, MoveLabel.CLOSED_QUESTION}
    right = total = 0
    for example, labels in zip(examples, predicted, strict=True):
        gold = example.labels & forms
        if len(gold) != 1 or "?" in example.text:
            continue
        total += 1
        right += (labels & forms) == gold
    return right, total


def inflate(patterns: Sequence[Pattern], times: int) -> list[Pattern]:
    """`times` copies of every pattern, each copy's examples made distinct by a lead word."""
    result: list[Pattern] = []
    for copy in range(times):
        lead = "" if copy == 0 else INFLATE_WORDS[copy % len(INFLATE_WORDS)] + " "
        for pattern in patterns:
            result.append(
                replace(
                    pattern,
                    id=pattern.id if copy == 0 else f"{pattern.id}.x{copy}",
                    examples=tuple(lead + example for example in pattern.examples),
                )
            )
    return result


def timing(matcher: Matcher, texts: Sequence[str], rounds: int) -> float:
    """Median milliseconds per utterance over `rounds` passes."""
    matcher.match("warm up the caches")
    per_round: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            matcher.match(text)
        per_round.append((time.perf_counter() - start) * 1000 / len(texts))
    return statistics.median(per_round)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DATA / "moves_test.tsv")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    packs = load_packs()
    matcher = Matcher.from_packs(packs)
    examples = read_split(args.split)
    predicted = [frozenset(matcher.match(example.text).labels) for example in examples]
    gold = [example.labels for example in examples]
    table = scores(gold, predicted)

    print(f"split: {args.split} ({len(examples)} utterances, "
          f"{sum(not g for g in gold)} with no label)")
    print()
    print(f"{'label':<16} {'n':>4} {'precision':>9} {'recall':>7} {'F1':>6}")
    print("-" * 46)
    for row in table:
        mark = " (avoid)" if row.label in AVOID_TOPICS else ""
        print(f"{row.label.value:<16} {row.support:>4} {row.precision:>9.3f} "
              f"{row.recall:>7.3f} {row.f1:>6.3f}{mark}")
    print("-" * 46)
    macro_p = statistics.mean(row.precision for row in table)
    macro_r = statistics.mean(row.recall for row in table)
    macro_f = statistics.mean(row.f1 for row in table)
    print(f"{'macro average':<16} {'':>4} {macro_p:>9.3f} {macro_r:>7.3f} {macro_f:>6.3f}")
    exact = sum(g == p for g, p in zip(gold, predicted, strict=True))
    print(f"exact label set right: {exact}/{len(examples)} ({exact / len(examples):.1%})")
    right, total = question_form_accuracy(examples, predicted)
    print(f"open vs closed, questions without '?': {right}/{total} ({right / max(total, 1):.1%})")

    texts = [example.text for example in examples]
    texts += [example.text for example in read_split(DATA / "moves_dev.tsv")]
    print()
    print(f"speed over {len(texts)} utterances (dev + held-out), median of {args.rounds} rounds")
    print(f"{'packs':<26} {'patterns':>8} {'examples':>8} {'ms/utt':>8} {'utt/s':>8}")
    for name, patterns in (("all built-in packs", list(packs.patterns)),
                           ("built-in inflated x10", inflate(packs.patterns, 10))):
        start = time.perf_counter()
        built = Matcher(patterns)
        build_ms = (time.perf_counter() - start) * 1000
        ms = timing(built, texts, args.rounds)
        examples_count = sum(len(pattern.examples) for pattern in patterns)
        print(f"{name:<26} {len(patterns):>8} {examples_count:>8} {ms:>8.3f} {1000 / ms:>8.0f}"
              f"   (built in {build_ms:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
