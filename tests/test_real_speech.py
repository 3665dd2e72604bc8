"""Real human speech from ../shared/real_speech, scored against other people's ground truth."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RealAnalyses
from voicecoach.analyze.analysis import Analysis, Region, build_turns
from voicecoach.analyze.scoring import (
    filler_score,
    read_textgrid_words,
    reference_words,
    word_error_rate,
)
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.pacing import Pacing


@pytest.fixture(scope="module")
def analyses(real_analysis: RealAnalyses) -> dict[str, Analysis]:
    return real_analysis.all("jfk", "acoustic_corpus", "mfa_uhum", "sample")


def reference(real_speech: Path, name: str, vocabulary: FillerVocabulary):
    return reference_words((real_speech / f"{name}.txt").read_text(), vocabulary)


@pytest.mark.parametrize(("name", "max_wer"), [("jfk", 0.05), ("acoustic_corpus", 0.12),
                                                ("sample", 0.25)])
def test_words_are_heard(analyses, real_speech: Path, vocabulary: FillerVocabulary,
                         name: str, max_wer: float) -> None:
    wer = word_error_rate(reference(real_speech, name, vocabulary), analyses[name].words)
    assert wer <= max_wer


def test_fillers_are_heard_where_people_said_them(analyses, real_speech: Path,
                                                 vocabulary: FillerVocabulary) -> None:
    scores = [filler_score(reference(real_speech, n, vocabulary), analyses[n].words,
                           vocabulary)
              for n in ("acoustic_corpus", "mfa_uhum")]
    correct = sum(s.correct for s in scores)
    assert correct / sum(s.reference for s in scores) >= 0.8
    assert correct / sum(s.found for s in scores) >= 0.9


def test_a_telephone_call_gets_no_invented_fillers(analyses, real_speech: Path,
                                                   vocabulary: FillerVocabulary) -> None:
    score = filler_score(reference(real_speech, "sample", vocabulary),
                         analyses["sample"].words, vocabulary)
    assert score.found - score.correct <= 1


def test_pace_agrees_with_forced_alignment(analyses, real_speech: Path,
                                           vocabulary: FillerVocabulary) -> None:
    """wpm within 5% of the figure from the TextGrid's word times, with the same turns."""
    ours = analyses["acoustic_corpus"]
    aligned = vocabulary.mark(read_textgrid_words(real_speech / "acoustic_corpus.TextGrid"))
    regions = [Region(t.start, t.end, t.last_voice) for t in ours.turns]
    truth = Pacing.combine([t.pacing for t in build_turns(regions, aligned, vocabulary)])
    assert ours.pacing.wpm == pytest.approx(truth.wpm, rel=0.05)
    # The recording is fast first, then deliberately slow: the turns should show it.
    assert ours.turns[0].pacing.wpm > ours.turns[1].pacing.wpm


def test_the_introductions_in_a_phone_call(analyses) -> None:
    text = analyses["sample"].transcript.lower()
    for said in ("this is diane in new jersey", "originally from chicago"):
        assert said in text.replace(",", "").replace(".", "")
    assert analyses["sample"].turns[0].start == pytest.approx(6.7, abs=0.5)
