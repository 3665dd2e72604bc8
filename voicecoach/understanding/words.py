"""Timed words: what the transcriber heard, and when."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["Word", "join_words", "normalise_token"]

_EDGE_PUNCTUATION = re.compile(r"^[^\w']+|[^\w']+$")


def normalise_token(text: str) -> str:
    """Lower case without surrounding punctuation: " Um," -> "um"."""
    return _EDGE_PUNCTUATION.sub("", text.strip().lower().replace("’", "'"))


@dataclass(frozen=True)
class Word:
    text: str  # as the transcriber wrote it, punctuation included
    start: float  # seconds on the session clock
    end: float
    probability: float = 1.0
    filler: bool = False

    @property
    def token(self) -> str:
        return normalise_token(self.text)

    @property
    def duration(self) -> float:
        return self.end - self.start

    def shifted(self, offset: float) -> Word:
        return replace(self, start=self.start + offset, end=self.end + offset)


def join_words(words: list[Word] | tuple[Word, ...]) -> str:
    return " ".join(w.text.strip() for w in words if w.text.strip())
