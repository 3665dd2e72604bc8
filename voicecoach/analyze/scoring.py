"""Scoring against ground truth: word error rate, filler recall and precision, TextGrid words.

Used by the benchmarks and the tests on real speech; kept in the package so users' own
tests can score their recordings the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.words import Word, normalise_token

__all__ = [
    "FILLER",
    "FillerScore",
    "edit_alignment",
    "filler_score",
    "read_textgrid_words",
    "reference_words",
    "tokens",
    "word_error_rate",
]

FILLER = "<filler>"


def tokens(text: str) -> list[str]:
    """Lower-case words without punctuation; hyphens split words ("E-R" -> "e", "r")."""
    return [t for t in (normalise_token(w) for w in re.split(r"[\s\-]+", text)) if t]


def reference_words(text: str, vocabulary: FillerVocabulary) -> list[Word]:
    """A reference transcript as untimed words with fillers marked by the same vocabulary."""
    return vocabulary.mark([Word(t, 0.0, 0.0) for t in tokens(text)])


def edit_alignment(ref: Sequence[str], hyp: Sequence[str]) -> tuple[int, list[tuple[int, int]]]:
    """Levenshtein distance and the matched (ref index, hyp index) pairs of equal tokens."""
    n, m = len(ref), len(hyp)
    cost = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        cost[i][0] = i
    for j in range(m + 1):
        cost[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            same = ref[i - 1] == hyp[j - 1]
            cost[i][j] = min(cost[i - 1][j] + 1, cost[i][j - 1] + 1,
                             cost[i - 1][j - 1] + (0 if same else 1))
    pairs = []
    i, j = n, m
    while i > 0 and j > 0:
        same = ref[i - 1] == hyp[j - 1]
        if cost[i][j] == cost[i - 1][j - 1] + (0 if same else 1):
            if same:
                pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif cost[i][j] == cost[i - 1][j] + 1:
            i -= 1
        else:
            j -= 1
    return cost[n][m], pairs[::-1]


def word_error_rate(ref: Sequence[Word], hyp: Sequence[Word]) -> float:
    """WER with fillers left out of both sides."""
    r = [w.token for w in ref if not w.filler]
    h = [w.token for w in hyp if not w.filler]
    if not r:
        return 0.0 if not h else 1.0
    distance, _ = edit_alignment(r, h)
    return distance / len(r)


@dataclass(frozen=True)
class FillerScore:
    reference: int
    found: int
    correct: int

    @property
    def recall(self) -> float:
        return self.correct / self.reference if self.reference else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0


def _filler_tokens(words: Sequence[Word], vocabulary: FillerVocabulary) -> list[str]:
    """Words as tokens with each filler (a sound, or a whole phrase) as one FILLER token."""
    starts = vocabulary.starts_filler(words)
    return [FILLER if start else w.token
            for w, start in zip(words, starts, strict=True) if start or not w.filler]


def filler_score(ref: Sequence[Word], hyp: Sequence[Word],
                 vocabulary: FillerVocabulary) -> FillerScore:
    """Fillers found in the right place: the two sequences are aligned with every filler as
    one token (an "uh" heard as "um" still counts; "you know" is one filler), so a filler
    counts as correct only where the reference has one between the same words."""
    r = _filler_tokens(ref, vocabulary)
    h = _filler_tokens(hyp, vocabulary)
    _, pairs = edit_alignment(r, h)
    return FillerScore(reference=r.count(FILLER), found=h.count(FILLER),
                       correct=sum(1 for i, _ in pairs if r[i] == FILLER))


def read_textgrid_words(path: Path, tier: str = "words") -> list[Word]:
    """Intervals with text from a Praat TextGrid (long text format)."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    try:
        at = lines.index(f'"{tier}"')
    except ValueError:
        raise ValueError(f"{path}: no tier named {tier!r}") from None
    count = int(lines[at + 3])
    values = lines[at + 4 : at + 4 + 3 * count]
    words = []
    for k in range(count):
        start, end, text = values[3 * k : 3 * k + 3]
        text = text.strip('"')
        if text:
            words.append(Word(text, float(start), float(end)))
    return words
