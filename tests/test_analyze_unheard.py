"""A turn the voice detector found but Whisper, reading the whole recording, left out is read
again alone, so `analyze` does not lose it (six short lines spoken with 2 s between them came
back with the first two missing: `benchmarks/match.py --heard` had 49 of 3,393 lines empty)."""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from voicecoach.analyze.analysis import Region, analyze_audio, reread_unheard_turns
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource, Samples
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.testing import FakeTranscriber, ScriptedDetector
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.words import Word


class WholeSkipsTheFirstTurn:
    """The whole recording's reading heard only the second turn; a turn read alone is heard."""

    def __init__(self) -> None:
        self.alone: list[float] = []

    def transcribe(self, audio: Samples, progress: Callable[[float], None] | None = None,
                   context: str | None = None) -> list[Word]:
        return [Word("second", 5.1, 5.6), Word("turn.", 5.6, 6.0)]

    def transcribe_disfluent(self, audio: Samples,
                             progress: Callable[[float], None] | None = None,
                             context: str | None = None) -> list[Word]:
        return self.transcribe(audio)

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        self.alone.append(len(audio) / SAMPLE_RATE)
        return [Word("first", 0.1, 0.5), Word("turn.", 0.5, 0.9)]


def test_a_turn_the_whole_reading_left_out_is_read_alone_and_put_in_order() -> None:
    fake = WholeSkipsTheFirstTurn()
    regions = [Region(1.0, 2.0, 1.9), Region(5.0, 6.1, 6.0), Region(8.0, 8.2, 8.1)]
    audio = np.zeros(10 * SAMPLE_RATE, dtype=np.float32)
    words = reread_unheard_turns(audio, regions, fake.transcribe(audio), fake)
    assert [(w.text, w.start) for w in words] == [
        ("first", 1.1), ("turn.", 1.5), ("second", 5.1), ("turn.", 5.6)]
    # the heard turn is not read again, nor a 0.2 s click
    assert fake.alone == [1.0]


def speak(text: str, voice: str, rate: int) -> Samples:
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "line.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(rate), "-w", str(wav), text],
                       check=True, capture_output=True)
        return FileSource(wav).read_all()


def test_every_line_of_a_spoken_recording_is_heard(transcriber: WhisperTranscriber,
                                                   vocabulary: FillerVocabulary) -> None:
    # The recording where tiny.en, reading it whole, wrote nothing for the first two lines
    # (the dev split's lines 342-347, in the benchmark's voices and rates).
    lines = [("the buses here are a joke", "en-us+f3", 160),
             ("this party is so boring", "en-gb-x-rp+f2", 160),
             ("i hate my job so much", "en-us", 185),
             ("the traffic was a nightmare getting here", "en-gb", 185),
             ("ugh this music is way too loud", "en-us+f3", 185),
             ("the food is cold and the wine is cheap", "en-gb-x-rp+f2", 185)]
    gap = np.zeros(2 * SAMPLE_RATE, dtype=np.float32)
    pieces: list[Samples] = [gap]
    for text, voice, rate in lines:
        pieces += [speak(text, voice, rate), gap]
    analysis = analyze_audio(np.concatenate(pieces), "six lines", transcriber, SileroVad(),
                             vocabulary)
    assert len(analysis.turns) == len(lines), [t.text for t in analysis.turns]
    assert all(len(turn.words) >= 3 for turn in analysis.turns), [t.text for t in analysis.turns]


class InventsASentenceAtTheEnd(FakeTranscriber):
    """Hears the tone's phrase, and then, as Whisper may, a sentence in the silence after it."""

    def transcribe(self, audio: Samples, progress: Callable[[float], None] | None = None,
                   context: str | None = None) -> list[Word]:
        return [*super().transcribe(audio), Word("The", 4.4, 4.9), Word("coffee", 4.9, 4.92),
                Word("is", 4.92, 4.94), Word("hot.", 4.94, 4.96)]


def test_a_sentence_whisper_wrote_over_silence_is_not_a_turn(vocabulary: FillerVocabulary) -> None:
    audio = np.zeros(5 * SAMPLE_RATE, dtype=np.float32)
    seconds = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    audio[SAMPLE_RATE:2 * SAMPLE_RATE] = 0.3 * np.sin(2 * np.pi * 220 * seconds)
    fake = InventsASentenceAtTheEnd({220.0: "hello there friend"})
    analysis = analyze_audio(audio, "tone", fake, ScriptedDetector(), vocabulary,
                             recover_fillers=False)
    assert [turn.text for turn in analysis.turns] == ["hello there friend"]
