"""Spoken commands (next, repeat, skip, slower, stop), matched fuzzily in short utterances.

A drill answer must never be taken for a command: only an utterance of at most
MAX_COMMAND_WORDS words (fillers and politeness left out) that is close to a command phrase
as a whole counts. "Stop" is a command; "I'd stop by the bakery" is not.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.textnorm import default_fillers, normalise

__all__ = ["MAX_COMMAND_WORDS", "MIN_SCORE", "CommandVocabulary", "VoiceCommand"]

MAX_COMMAND_WORDS = 4
MIN_SCORE = 86
_POLITE = frozenset({"please", "okay", "ok", "now", "coach", "thanks", "thank", "you"})


class VoiceCommand(enum.Enum):
    NEXT = "next"
    REPEAT = "repeat"
    SKIP = "skip"
    SLOWER = "slower"
    STOP = "stop"


@dataclass(frozen=True)
class CommandVocabulary:
    phrases: tuple[tuple[str, VoiceCommand], ...]
    fillers: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> CommandVocabulary:
        data = load_toml(path or prompts_dir() / "warmup.toml").get("commands", {})
        phrases = tuple((normalise(phrase), command) for command in VoiceCommand
                        for phrase in data.get(command.value, [command.value]))
        return cls(phrases, default_fillers())

    def recognise(self, text: str) -> VoiceCommand | None:
        words = [w for w in normalise(text, self.fillers).split() if w not in _POLITE]
        if not words or len(words) > MAX_COMMAND_WORDS:
            return None
        found = process.extractOne(" ".join(words), [p for p, _ in self.phrases],
                                   scorer=fuzz.ratio, score_cutoff=MIN_SCORE)
        return None if found is None else self.phrases[found[2]][1]
