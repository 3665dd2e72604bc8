"""A long live turn keeps its words (the real model on real speech)."""

from __future__ import annotations

from pathlib import Path

from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.hearing.transcribe import WhisperTranscriber


def test_a_long_turn_of_real_speech_keeps_its_words(real_speech: Path,
                                                     transcriber: WhisperTranscriber) -> None:
    """sample.wav from its first word on, 12 s of a phone call as one turn: the short-window
    reading alone came back as "Hello." and nothing else."""
    audio = FileSource(real_speech / "sample.wav").read_all()
    turn = audio[int(6.6 * SAMPLE_RATE) : int(18.6 * SAMPLE_RATE)]
    heard = " ".join(word.text for word in transcriber.transcribe_turn(turn)).lower()
    for said in ("diane", "new jersey", "sheila", "chicago"):
        assert said in heard, heard
