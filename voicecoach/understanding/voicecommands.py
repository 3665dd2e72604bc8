"""Spoken commands (next, repeat, skip, slower, stop), matched fuzzily in short utterances.

A drill answer must never be taken for a command: only an utterance of at most
MAX_COMMAND_WORDS words (fillers and politeness left out) that is close to a command phrase
as a whole counts. "Stop" is a command; "I'd stop by the bakery" is not.

tiny.en mishears a command said alone ("skip" as "Scib", "C -O"). For a short utterance the
live loop decodes it once more with the command phrases as its prompt (live/commandpass.py);
`confirm` takes the command that reading heard only if the plain reading sounds like it, so
a reply such as "yes" or "nice" is not made a command by the prompt.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.soundalike import sounds_alike
from voicecoach.understanding.textnorm import default_fillers, normalise

__all__ = ["MAX_COMMAND_WORDS", "MIN_LAST_WORD_ALIKE", "MIN_MISHEARD_ALIKE", "MIN_SCORE",
           "MIN_SOUND_ALIKE", "CommandVocabulary", "VoiceCommand", "first_clause"]

MAX_COMMAND_WORDS = 4
MIN_SCORE = 86
# How alike (understanding/soundalike.py) the plain reading must sound to what the primed
# reading wrote. Measured on espeak-ng (benchmarks/commands.py): misheard commands score
# 50-100 ("Keep it" for "skip it": 91, "Boss." for "pass": 100, "Slurr" for "slow down": 50);
# a prompt that writes a command over a reply scores lower ("Nice." as "next one": 44,
# "Yes." as "next": 33, "So come" as "slow down": 44).
MIN_SOUND_ALIKE = 50
# A phrase's last word must sound like the last word said: "that is really" is 88 letter by
# letter from "that is all", but "really" and "all" score 50.
MIN_LAST_WORD_ALIKE = 60
# Before a short turn is read again at all, its plain reading must sound this much like some
# command phrase (the best of all phrases, so above MIN_SOUND_ALIKE): misheard commands score
# 63-100 ("Keep it missing." 63, "SCARE BIT" 67, "Scib" 80, "Keep it" 91, "Boss." 100); many
# everyday replies score lower and are not held up ("Yes." 50, "Me too." 50, "Hi, I'm Sam." 50,
# "Absolutely." 55, "Nice to meet you." 59, "Okay." 0), others are read again and then refused
# by `confirm` ("Right." 67, "Go on." 73).
MIN_MISHEARD_ALIKE = 60
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

    @property
    def prompt(self) -> str:
        """Every command phrase, as a prompt that primes a decoder to write them."""
        return ", ".join(dict.fromkeys(phrase for phrase, _ in self.phrases)) + "."

    def recognise(self, text: str) -> VoiceCommand | None:
        words = normalise(text, self.fillers).split()
        # "Again, please" is a phrase as it stands; "stop, please" is "stop" said politely.
        polite = [w for w in words if w not in _POLITE]
        if not polite or len(polite) > MAX_COMMAND_WORDS:
            return None
        found = max((self._best(" ".join(said)) for said in (words, polite)
                     if len(said) <= MAX_COMMAND_WORDS + 1),
                    key=lambda hit: hit[0], default=(0.0, None))
        return found[1]

    def _best(self, said: str) -> tuple[float, VoiceCommand | None]:
        """The closest phrase whose last word also sounds like the last word said: "that is
        really" is close to "that is all" letter by letter, but it is not a command."""
        last = said.rsplit(" ", 1)[-1]
        for phrase, score, index in process.extract(
                said, [p for p, _ in self.phrases], scorer=fuzz.ratio,
                score_cutoff=MIN_SCORE, limit=None):
            if sounds_alike(last, phrase.rsplit(" ", 1)[-1]) >= MIN_LAST_WORD_ALIKE:
                return score, self.phrases[index][1]
        return 0.0, None

    def could_be_misheard(self, plain: str) -> bool:
        """Whether a plain reading could be a misheard command at all: only letters, or
        sounding like some command phrase. Anything else ("Yes.", "Nice to meet you.") is not
        read again, so the partner's answer to a short reply is not held up."""
        said = normalise(plain, self.fillers).split()
        if said and all(len(token) == 1 for token in said):
            return True
        heard = self._impolite(plain)
        return any(sounds_alike(heard, phrase) >= MIN_MISHEARD_ALIKE
                   for phrase, _ in self.phrases)

    def confirm(self, plain: str, primed: str) -> VoiceCommand | None:
        """The command a reading primed with the commands heard, if the plain reading of the
        same audio sounds like what it wrote, or is only letters ("C -O": sounds the decoder
        could not make words of, which speak against nothing); else None.

        Only the primed reading's first clause counts: given a list of phrases, the decoder
        tends to go on listing them ("skip ahead, skip ahead,").
        """
        clause = first_clause(primed)
        command = self.recognise(clause)
        if command is None:
            return None
        said = normalise(plain, self.fillers).split()
        if said and all(len(token) == 1 for token in said):
            return command
        alike = sounds_alike(self._impolite(plain), self._impolite(clause))
        return command if alike >= MIN_SOUND_ALIKE else None

    def _impolite(self, text: str) -> str:
        return " ".join(w for w in normalise(text, self.fillers).split() if w not in _POLITE)


def first_clause(text: str) -> str:
    """The text up to its first comma or full stop ("skip it, skip it" -> "skip it")."""
    return re.split(r"[,.!?;:]", text.strip(), maxsplit=1)[0]
