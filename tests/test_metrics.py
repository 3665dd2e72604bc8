"""Pacing figures follow the README's definitions exactly."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_a_long_pause_is_not_speaking_time_inside_a_turn_or_between_turns(
        vocabulary: FillerVocabulary) -> None:
    words = [Word("we", 0.0, 0.4), Word("went", 0.5, 0.9),  # 0.1 s: part of the flow
             Word("home", 3.4, 3.8)]  # 2.5 s: a long pause, the speaker had stopped
    pacing = turn_pacing(words, vocabulary)
    assert pacing.speaking_s == pytest.approx(0.9 + 0.4)
    assert pacing.pauses == 0  # a long pause is neither speaking time nor a pause
    assert pacing.articulation_s == pytest.approx(pacing.speaking_s)


def test_a_short_gap_between_turns_counts_as_it_would_inside_one(
        vocabulary: FillerVocabulary) -> None:
    first = turn_pacing([Word("so", 0.0, 0.3), Word("we", 0.3, 0.6)], vocabulary)
    second = turn_pacing([Word("went", 1.1, 1.4), Word("home", 1.4, 1.8)], vocabulary)
    joined = Pacing.combine([first, second])
    assert joined.speaking_s == pytest.approx(1.8)  # the 0.5 s gap is a pause, still speech
    assert joined.pause_durations == (0.5,)
    assert joined.articulation_s == pytest.approx(1.3)


_word_times = st.lists(st.tuples(st.floats(0.05, 0.6), st.floats(0.0, 3.5), st.booleans()),
                       min_size=1, max_size=40)


@given(_word_times, st.sets(st.integers(1, 39), max_size=8))
def test_the_same_speech_gives_the_same_pace_however_it_is_cut(
        spec: list[tuple[float, float, bool]], cuts: set[int]) -> None:
    vocabulary = FillerVocabulary.load()
    words, t = [], 0.0
    for duration, gap, filler in spec:
        words.append(Word("um" if filler else "word", t, t + duration))
        t += duration + gap
    marked = vocabulary.mark(words)
    whole = turn_pacing(marked, vocabulary)
    bounds = [0, *sorted(c for c in cuts if c < len(marked)), len(marked)]
    parts = [turn_pacing(marked[a:b], vocabulary) for a, b in itertools.pairwise(bounds) if b > a]
    joined = Pacing.combine(parts)
    assert (joined.words, joined.fillers) == (whole.words, whole.fillers)
    assert joined.speaking_s == pytest.approx(whole.speaking_s)
    assert joined.articulation_s == pytest.approx(whole.articulation_s)
    assert joined.pauses == whole.pauses


def test_time_the_partner_spoke_between_two_turns_is_never_the_users(
        vocabulary: FillerVocabulary) -> None:
    first = turn_pacing([Word("so", 0.0, 0.3), Word("we", 0.3, 0.6)], vocabulary)
    second = turn_pacing([Word("went", 1.1, 1.4), Word("home", 1.4, 1.8)], vocabulary)
    joined = Pacing.combine([first, second], breaks=[False, True])
    assert joined.speaking_s == pytest.approx(0.6 + 0.7)
    assert joined.pauses == 0


def test_a_word_the_transcriber_missed_does_not_make_a_long_pause(
        vocabulary: FillerVocabulary) -> None:
    words = [Word("so", 0.0, 0.4), Word("home", 2.9, 3.3)]  # 2.5 s apart: "we went" not heard

    def voiced(start: float, end: float) -> float:  # the VAD heard voice from 1.0 to 2.0 s
        return max(0.0, min(end, 2.0) - max(start, 1.0))

    assert turn_pacing(words, vocabulary).speaking_s == pytest.approx(0.8)  # taken as a stop
    heard = turn_pacing(words, vocabulary, voiced)
    assert heard.speaking_s == pytest.approx(3.3)  # the speaker never stopped
    assert heard.pause_durations == (1.5,)  # the silent part of the gap, as one pause
