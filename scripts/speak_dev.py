"""Speak the hard dev split with espeak-ng and write what tiny.en hears, line by line.

    PYTHONPATH=. .venv/bin/python scripts/speak_dev.py

Writes tests/data/moves_hard_dev_heard.tsv (heard text<TAB>labels<TAB>line number), which
`scripts/train_meaning.py --with-heard` adds to the classifier's training data, so it also
learns from transcripts with recognition errors (tried; the shipped weights do not use it).
Each line is spoken in one of four voices at one of three
rates (in turn, as benchmarks/match.py does, but starting one voice later) and transcribed as a
live turn (`transcribe_turn`), which is much faster than a whole `analyze` and hears the same.
The held-back split is never spoken here. Lines already heard (by line number, the split only
grows at its end) are kept, so growing the split speaks only its new lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.match import RATES, VOICES, read_split, speak  # noqa: E402
from voicecoach.hearing.transcribe import WhisperTranscriber  # noqa: E402
from voicecoach.understanding.words import join_words  # noqa: E402

DATA = ROOT / "tests" / "data"


def main() -> int:
    examples = read_split(DATA / "moves_hard_dev.tsv")
    out = DATA / "moves_hard_dev_heard.tsv"
    known: dict[int, str] = {}
    if out.exists():
        for line in out.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                heard_text, _, number = line.rsplit("\t", 2)
                known[int(number)] = heard_text
    transcriber = WhisperTranscriber()
    rows = ["# What tiny.en heard of moves_hard_dev.tsv spoken by espeak-ng "
            "(scripts/speak_dev.py). heard<TAB>labels<TAB>line"]
    pad = np.zeros(3_200, dtype=np.float32)
    for number, example in enumerate(examples):
        heard = known.get(number)
        if heard is None:
            voice = VOICES[(number + 1) % len(VOICES)]
            rate = RATES[(number // len(VOICES) + 1) % len(RATES)]
            audio = np.concatenate([pad, speak(example.text, voice, rate), pad])
            heard = join_words(transcriber.transcribe_turn(audio)).replace("\t", " ")
        labels = ",".join(sorted(label.value for label in example.labels)) or "none"
        rows.append(f"{heard}\t{labels}\t{number}")
        if number % 50 == 49:
            print(f"  {number + 1}/{len(examples)}", file=sys.stderr)
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
