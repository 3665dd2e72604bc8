"""`analyze`'s filler pass reads the whole recording with a disfluent prompt, which can make
Whisper leave out a turn that sounds like the prompt (it seems already said): on one CPU's
kernels tiny.en dropped the first turn of audio_fixtures/fillers.wav and both its fillers. Such
a turn is read again on its own (`reread_skipped_turns`); on a fake transcriber here, on the
real model in tests/test_analyze.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from voicecoach.analyze.analysis import analyze_audio
from voicecoach.hearing.audio import Samples
from voicecoach.testing import FakeTranscriber, ScriptedDetector, join, silence, tone
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.words import Word

THINKING, PLACE = 330.0, 560.0
PHRASES = {THINKING: "so um i was thinking uh that we could go to the park",
           PLACE: "i like this place a lot"}
AUDIO = join(silence(0.5), tone(4.0, THINKING), silence(1.5), tone(2.0, PLACE), silence(1.0))


@dataclass
class SkipsATurn(FakeTranscriber):
    """Plain decoding writes no fillers; the whole-recording filler pass leaves out the first
    turn (as tiny.en did), a turn read alone keeps its fillers."""

    skip_before_s: float = 4.0
    turns_read: list[float] = field(default_factory=list)

    def transcribe(self, audio: Samples, progress: Callable[[float], None] | None = None,
                   context: str | None = None) -> list[Word]:
        return [w for w in self._words(audio) if w.token not in ("um", "uh")]

    def transcribe_disfluent(self, audio: Samples,
                             progress: Callable[[float], None] | None = None,
                             context: str | None = None) -> list[Word]:
        return [w for w in self._words(audio) if w.start >= self.skip_before_s]

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        self.turns_read.append(len(audio) / 16_000)
        return self._words(audio) if disfluent else self.transcribe(audio)


def fillers_per_turn(transcriber: FakeTranscriber) -> list[int]:
    analysis = analyze_audio(AUDIO, "test", transcriber, ScriptedDetector(),
                             FillerVocabulary.load())
    return [turn.pacing.fillers for turn in analysis.turns]


def test_a_turn_the_filler_pass_left_out_is_read_again_and_keeps_its_fillers() -> None:
    skipping = SkipsATurn(PHRASES)
    assert fillers_per_turn(skipping) == [2, 0]
    assert len(skipping.turns_read) == 1  # only the turn that was left out


def test_a_filler_pass_that_heard_every_turn_reads_none_again() -> None:
    whole = SkipsATurn(PHRASES, skip_before_s=0.0)
    assert fillers_per_turn(whole) == [2, 0]
    assert whole.turns_read == []


def test_a_long_stretch_the_filler_pass_derailed_on_is_left_as_it_was() -> None:
    # A phone call read as one 23 s stretch derails under the disfluent prompt however it is
    # read; read again it gave a false "um". Past MAX_REREAD_S it only loses its fillers.
    audio = join(silence(0.5), tone(11.0, THINKING), silence(1.5), tone(2.0, PLACE),
                 silence(1.0))
    skipping = SkipsATurn(PHRASES, skip_before_s=12.0)
    analysis = analyze_audio(audio, "test", skipping, ScriptedDetector(), FillerVocabulary.load())
    assert [turn.pacing.fillers for turn in analysis.turns] == [0, 0]
    assert skipping.turns_read == []
