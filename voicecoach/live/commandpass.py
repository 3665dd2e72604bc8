"""A turn's words, with a second reading of a short turn primed with the spoken commands.

tiny.en hears a command said alone as nonsense ("skip" as "C -O" or "Scib"), which the
warm-up then scored as a failed drill. A short turn is decoded once more with the command
phrases as its prompt; the command that reading heard is taken only if the plain reading
sounds like it (`CommandVocabulary.confirm`), so "yes" or "nice" stay replies. Measured with
espeak-ng in four voices at two rates (benchmarks/commands.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from voicecoach.hearing.audio import SAMPLE_RATE, Samples
from voicecoach.understanding.voicecommands import MAX_COMMAND_WORDS, CommandVocabulary
from voicecoach.understanding.words import Word, join_words

__all__ = ["MAX_COMMAND_AUDIO_S", "CommandPass", "TurnTranscriber"]

# A turn's audio is its voice plus the endpointer's 0.19 s pre-roll and a tail of 0.1-0.3 s.
# The longest command ("say that again", "end the session") takes 1.7 s at a slow 135 words
# a minute; longer audio is never only a command, and is not decoded twice.
MAX_COMMAND_AUDIO_S = 2.2


class TurnTranscriber(Protocol):
    """The one part of a `Transcriber` this needs."""

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]: ...


@dataclass(frozen=True)
class CommandPass:
    transcriber: TurnTranscriber
    commands: CommandVocabulary

    def __call__(self, audio: Samples) -> list[Word]:
        """The turn's words; for a short turn heard as a command only when primed with the
        commands, the words of that reading (its first clause)."""
        words = self.transcriber.transcribe_turn(audio)
        # A reply of six words is no misheard command: it is not read again, which would
        # hold up the partner's answer.
        if (not words or len(words) > MAX_COMMAND_WORDS + 1
                or len(audio) > MAX_COMMAND_AUDIO_S * SAMPLE_RATE
                or self.commands.recognise(join_words(words)) is not None
                or not self.commands.could_be_misheard(join_words(words))):
            return words
        primed = self.transcriber.transcribe_turn(audio, prompt=self.commands.prompt)
        if self.commands.confirm(join_words(words), join_words(primed)) is None:
            return words
        return _first_clause(primed)


def _first_clause(words: list[Word]) -> list[Word]:
    """The words up to the first that ends a clause, without its comma ("skip," -> "skip")."""
    for at, word in enumerate(words):
        if re.search(r"[,.!?;:]$", word.text):
            return [*words[:at], replace(word, text=word.text.rstrip(",;:"))]
    return list(words)
