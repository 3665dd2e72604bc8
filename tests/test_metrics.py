"""Pacing figures follow the README's definitions exactly."""

from __future__ import annotations

import pytest

from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.pacing import Pacing, turn_pacing
from voicecoach.understanding.words import Word


def test_rates_pauses_and_fillers_of_a_turn(vocabulary: FillerVocabulary) -> None:
    turn = vocabulary.mark([
        Word("so", 0.0, 0.3), Word("um", 0.3, 0.6), Word("we", 0.6, 0.8),
        Word("went", 1.3, 1.6),  # a 0.5 s pause before it
        Word("home", 1.8, 2.0),  # 0.2 s: too short to be a pause
    ])
    pacing = turn_pacing(turn, vocabulary)
    assert pacing.words == 4
    assert pacing.fillers == 1
    assert pacing.speaking_s == pytest.approx(2.0)
    assert pacing.pause_durations == (0.5,)
    assert pacing.wpm == pytest.approx(4 / 2.0 * 60)
    assert pacing.articulation_wpm == pytest.approx(4 / 1.5 * 60)
    assert pacing.fillers_per_100_words == pytest.approx(25.0)


def test_overall_speaking_time_leaves_out_the_silence_between_turns(
        vocabulary: FillerVocabulary) -> None:
    first = turn_pacing([Word("hi", 0.0, 0.5), Word("there", 0.5, 1.0)], vocabulary)
    second = turn_pacing([Word("nice", 10.0, 10.5), Word("day", 10.5, 11.0)], vocabulary)
    overall = Pacing.combine([first, second])
    assert overall.speaking_s == pytest.approx(2.0)
    assert overall.wpm == pytest.approx(120.0)


def test_no_words_means_no_rate_rather_than_a_crash(vocabulary: FillerVocabulary) -> None:
    empty = turn_pacing([], vocabulary)
    assert (empty.wpm, empty.articulation_wpm, empty.fillers_per_100_words) == (0.0, 0.0, 0.0)
