"""Short turns (1-4 words) said by espeak-ng in several voices, for filler precision.

A live turn is often a word or two ("Slower.", "Oh, that's fun."), and a disfluent second
pass over so little audio tends to turn a word it cannot make out into "uh". This set is
made at run time with espeak-ng (nothing is stored), most turns with no filler and some with
one, so precision and recall can both be measured. Each turn goes through the live path:
the short-window plain pass, the disfluent pass, and `merge_fillers`.

    .venv/bin/python benchmarks/short_turns.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from voicecoach.analyze.scoring import filler_score, reference_words
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.understanding.fillers import FillerVocabulary, merge_fillers
from voicecoach.understanding.words import Word

CLEAN = ("Slower.", "Yes.", "Really?", "Oh, that's fun.", "What about you?", "Sounds great.",
         "Nice to meet you.", "Me too.", "Thanks.", "Tell me more.", "Sure.", "I agree.",
         "Where from?", "How was it?", "Stop.", "Repeat that.", "Good morning.", "No way!",
         "That's cool.", "I'm Sam.", "Faster, please.", "Okay.", "Hello there.",
         "What do you do?")
WITH_FILLERS = ("Um, yes.", "Uh, sure.", "Um, I agree.", "Well, uh, maybe.",
                "Uh, okay.", "Um, me too.")
VOICES = ("en-us", "en-gb-x-rp", "en-us+f3", "en-gb-scotland")
LEAD_S = 0.2  # the endpointer's pre-roll and tail leave about this much around a turn


@dataclass(frozen=True)
class ShortTurn:
    text: str
    voice: str
    audio: np.ndarray


@dataclass(frozen=True)
class Heard:
    turn: ShortTurn
    words: list[Word]


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def synthesise(folder: Path) -> list[ShortTurn]:
    """Every phrase in every voice, as 16 kHz audio with a little silence around it."""
    turns = []
    pad = np.zeros(int(LEAD_S * SAMPLE_RATE), dtype=np.float32)
    for v, voice in enumerate(VOICES):
        for i, text in enumerate(CLEAN + WITH_FILLERS):
            path = folder / f"{v}_{i}.wav"
            subprocess.run(["espeak-ng", "-v", voice, "-s", "150", "-w", str(path), text],
                           check=True, capture_output=True)
            audio = np.concatenate([pad, FileSource(path).read_all(), pad])
            turns.append(ShortTurn(text, voice, audio))
    return turns


def hear(turns: list[ShortTurn], transcriber: WhisperTranscriber,
         vocabulary: FillerVocabulary) -> list[Heard]:
    """Each turn as the live loop hears it: plain pass, disfluent pass, merge."""
    heard = []
    for turn in turns:
        plain = transcriber.transcribe_turn(turn.audio)
        prompted = transcriber.transcribe_turn(turn.audio, disfluent=True)
        heard.append(Heard(turn, vocabulary.mark(merge_fillers(plain, prompted, vocabulary))))
    return heard


@dataclass(frozen=True)
class Totals:
    reference: int
    found: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.reference if self.reference else 1.0


def totals(heard: list[Heard], vocabulary: FillerVocabulary) -> Totals:
    reference = found = correct = 0
    for h in heard:
        score = filler_score(reference_words(h.turn.text, vocabulary), h.words, vocabulary)
        reference += score.reference
        found += score.found
        correct += score.correct
    return Totals(reference, found, correct)


def main() -> None:
    if not espeak_available():
        sys.exit("benchmark: espeak-ng is not installed")
    vocabulary = FillerVocabulary.load()
    transcriber = WhisperTranscriber()
    with tempfile.TemporaryDirectory() as folder:
        turns = synthesise(Path(folder))
    heard = hear(turns, transcriber, vocabulary)
    for h in heard:
        said = vocabulary.count(reference_words(h.turn.text, vocabulary))
        got = vocabulary.count(h.words)
        if said != got:
            print(f"  {h.turn.voice:<15} {h.turn.text!r:<22} heard: "
                  + " ".join(f"[{w.text}]" if w.filler else w.text for w in h.words))
    t = totals(heard, vocabulary)
    print(f"\nshort turns: {len(turns)} ({len(CLEAN)} clean and {len(WITH_FILLERS)} with "
          f"fillers, in {len(VOICES)} voices); fillers said {t.reference}, found {t.found}, "
          f"correct {t.correct}: precision {t.precision:.2f}, recall {t.recall:.2f}")


if __name__ == "__main__":
    main()
