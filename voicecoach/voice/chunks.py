"""A line cut into sentences, synthesised one at a time, so playback can start with the first.

pyttsx3 renders a whole utterance to a file before any of it can play; a long line therefore
waits for all of it. Synthesising sentence by sentence, lazily, lets the device play the first
while the next is rendered (`DeviceSink.say_chunks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from voicecoach.voice.synth import SpokenLine, TextToSpeech

__all__ = ["sentence_chunks", "split_sentences"]

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def split_sentences(text: str) -> list[str]:
    """The line's sentences, in order; a line of one sentence is itself."""
    parts = [part.strip() for part in _SENTENCE_END.split(text.strip())]
    return [part for part in parts if part]


def sentence_chunks(voice: TextToSpeech, text: str) -> Iterator[SpokenLine]:
    """Each sentence synthesised when it is asked for (a lazy iterator)."""
    for sentence in split_sentences(text):
        yield voice.synthesize(sentence)
