"""How well and how fast moves are recognised, typed and heard (benchmarks/match.py).

Quality on a labelled split (default: the hard held-back split tests/data/moves_hard_test.tsv,
never tuned on), for the pattern matcher alone and for the matcher plus the sentence
classifier (meaning.py):
- typed: the text as written;
- heard (`--heard`): each line spoken by espeak-ng (four voices, three rates, in turn), padded
  with silence, and run end to end through `analyze` (endpointer, both Whisper passes, fillers)
  with the bundled tiny.en; the turns' text is what is matched. The audio and transcripts are
  made at benchmark time into a cache folder (never into the repository).
Per label: precision and recall; then macro-F1, and how often open and closed questions are
told apart. Speed: milliseconds per utterance (median and p90) over dev + held-out lines, the
classifier's load time, and the matcher alone on packs inflated tenfold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a source tree that is not pip-installed

from voicecoach.understanding.match import Matcher  # noqa: E402
from voicecoach.understanding.meaning import MeaningClassifier  # noqa: E402
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel, Pattern  # noqa: E402
from voicecoach.understanding.packs import load_packs  # noqa: E402

DATA = ROOT / "tests" / "data"
INFLATE_WORDS = ("so", "well", "oh", "and", "but", "okay", "now", "yes", "look", "honestly")
VOICES = ("en-us", "en-gb", "en-us+f3", "en-gb-x-rp+f2")
RATES = (135, 160, 185)  # words a minute
GROUP = 6  # lines per spoken recording
GAP_S = 2.0  # silence between them: a turn ends after 0.6 s
SLACK_S = 0.4
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "voicecoach-bench"


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


def macro_f1(table: Sequence[Score]) -> float:
    return statistics.mean(row.f1 for row in table)


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


def per_utterance_ms(matcher: Matcher, texts: Sequence[str]) -> tuple[float, float, float, float]:
    """Median and p90 milliseconds of one `match` call, each utterance timed on its own: wall
    time, then CPU time of the calling thread (onnxruntime runs on it with one thread), which a
    busy shared machine disturbs much less."""
    matcher.match("warm up the caches")
    wall: list[float] = []
    cpu: list[float] = []
    for text in texts:
        start, start_cpu = time.perf_counter(), time.thread_time()
        matcher.match(text)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start) * 1000)
    return (float(np.percentile(wall, 50)), float(np.percentile(wall, 90)),
            float(np.percentile(cpu, 50)), float(np.percentile(cpu, 90)))


# -- the spoken copy ---------------------------------------------------------------------


def speak(text: str, voice: str, rate: int) -> np.ndarray:
    """`text` as espeak-ng says it, 16 kHz mono."""
    from voicecoach.hearing.audio import FileSource

    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "line.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(wav), text],
                       check=True, capture_output=True)
        return FileSource(wav).read_all()


def heard_texts(examples: Sequence[Example], context: str) -> list[str]:
    """Each line spoken by espeak-ng and run through `analyze`; cached by text, voice, rate.

    Lines are spoken GROUP at a time into one recording with GAP_S of silence between them,
    as turns of a conversation are: `analyze` finds the turns itself, and the words that fall
    in a line's time span are what was heard of it.
    """
    from voicecoach.analyze.analysis import analyze_audio
    from voicecoach.hearing.settings import AsrConfig
    from voicecoach.hearing.transcribe import WhisperTranscriber
    from voicecoach.hearing.vad import SileroVad
    from voicecoach.understanding.fillers import FillerVocabulary

    CACHE.mkdir(parents=True, exist_ok=True)
    cache_file = CACHE / "heard.json"
    cache: dict[str, str] = json.loads(cache_file.read_text()) if cache_file.exists() else {}
    keys: list[str] = []
    spoken: list[tuple[str, int]] = []
    asr = AsrConfig()  # a reading with other beams is another reading
    asr_key = f"beams {asr.beam_size}" if asr.beam_size != 1 else ""  # 1: the older entries
    for number, example in enumerate(examples):
        voice = VOICES[number % len(VOICES)]
        rate = RATES[(number // len(VOICES)) % len(RATES)]
        spoken.append((voice, rate))
        keys.append(hashlib.sha1(f"{example.text}|{voice}|{rate}|{context}|{GROUP}{asr_key}"
                                 .encode()).hexdigest())
    missing = [n for n, key in enumerate(keys) if key not in cache]
    transcriber = WhisperTranscriber() if missing else None
    vocabulary = FillerVocabulary.load()
    for first in range(0, len(missing), GROUP):
        group = missing[first : first + GROUP]
        gap = np.zeros(int(GAP_S * 16_000), dtype=np.float32)
        pieces: list[np.ndarray] = [gap]
        spans: list[tuple[float, float]] = []
        at = GAP_S
        for number in group:
            speech = speak(examples[number].text, *spoken[number])
            spans.append((at, at + len(speech) / 16_000))
            at += len(speech) / 16_000 + GAP_S
            pieces += [speech, gap]
        assert transcriber is not None
        analysis = analyze_audio(np.concatenate(pieces), "heard", transcriber, SileroVad(),
                                 vocabulary, context=context or None)
        for number, (start, end) in zip(group, spans, strict=True):
            words = [w.text for w in analysis.words
                     if start - SLACK_S <= (w.start + w.end) / 2 <= end + SLACK_S]
            cache[keys[number]] = " ".join(words)
        cache_file.write_text(json.dumps(cache))
        print(f"  heard {min(first + GROUP, len(missing))}/{len(missing)}", file=sys.stderr)
    return [cache[key] for key in keys]


# -- printing ----------------------------------------------------------------------------


def print_table(title: str, examples: Sequence[Example], texts: Sequence[str],
                systems: dict[str, Matcher]) -> dict[str, list[Score]]:
    gold = [example.labels for example in examples]
    tables: dict[str, list[Score]] = {}
    predictions: dict[str, list[frozenset[MoveLabel]]] = {}
    for name, matcher in systems.items():
        predictions[name] = [frozenset(matcher.match(text).labels) for text in texts]
        tables[name] = scores(gold, predictions[name])
    names = list(systems)
    print(f"\n{title} ({len(examples)} utterances, {sum(not g for g in gold)} with no label)\n")
    header = "| label | n | " + " | ".join(f"{n} P | {n} R" for n in names) + " |"
    print(header)
    print("|---|---|" + "---|---|" * len(names))
    for row in range(len(MoveLabel)):
        label = tables[names[0]][row].label
        mark = " (avoid)" if label in AVOID_TOPICS else ""
        cells = " | ".join(f"{tables[n][row].precision:.2f} | {tables[n][row].recall:.2f}"
                           for n in names)
        print(f"| {label.value}{mark} | {tables[names[0]][row].support} | {cells} |")
    print("| **macro-F1** | | " + " | ".join(f"**{macro_f1(tables[n]):.3f}** | "
                                             for n in names) + "|")
    for name in names:
        right, total = question_form_accuracy(examples, predictions[name])
        exact = sum(g == p for g, p in zip(gold, predictions[name], strict=True))
        print(f"- {name}: exact label set {exact}/{len(examples)}; open vs closed without '?' "
              f"{right}/{total}")
    return tables


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DATA / "moves_hard_test.tsv")
    parser.add_argument("--heard", action="store_true",
                        help="also speak the split with espeak-ng and match what analyze hears")
    parser.add_argument("--context", default="",
                        help="context words for the heard run (default: none)")
    parser.add_argument("--weights", type=Path, default=None,
                        help="the classifier weights (default: prompts/meaning)")
    parser.add_argument("--no-speed", action="store_true", help="quality only, no timing")
    args = parser.parse_args()
    if not args.split.is_file():
        parser.error(f"--split {args.split}: no such file; give the path of a TSV split "
                     f"(for example {DATA.relative_to(ROOT) / 'moves_hard_dev.tsv'})")

    packs = load_packs()
    alone = Matcher.from_packs(packs)
    start = time.perf_counter()
    classifier = MeaningClassifier.load(args.weights)
    load_s = time.perf_counter() - start
    combined = Matcher.from_packs(packs, meaning=lambda: classifier)
    systems = {"matcher": alone, "+ classifier": combined}
    examples = read_split(args.split)
    shown = args.split.resolve()
    print(f"split: {shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown}")
    print_table("typed", examples, [e.text for e in examples], systems)
    if args.heard:
        heard = heard_texts(examples, args.context)
        voices = ", ".join(VOICES)
        print_table(f"heard: espeak-ng ({voices}; {'/'.join(map(str, RATES))} wpm) "
                    "through analyze, tiny.en", examples, heard, systems)
    if args.no_speed:
        return 0

    texts = [e.text for e in examples] + [e.text for e in read_split(DATA / "moves_dev.tsv")]
    print(f"\nspeed over {len(texts)} utterances (this split + the old dev split), "
          f"each timed on its own; classifier on 1 thread; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| system | patterns | wall ms median | wall ms p90 | CPU ms median | CPU ms p90 |")
    print("|---|---|---|---|---|---|")
    rows = [(name, matcher) for name, matcher in systems.items()]
    rows.append(("matcher, packs inflated x10", Matcher(inflate(packs.patterns, 10))))
    for name, matcher in rows:
        median, p90, cpu_median, cpu_p90 = per_utterance_ms(matcher, texts)
        print(f"| {name} | {len(matcher.patterns)} | {median:.2f} | {p90:.2f} "
              f"| {cpu_median:.2f} | {cpu_p90:.2f} |")
    print(f"\nclassifier load (embedding model + weights): {load_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
