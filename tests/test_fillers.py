"""Fillers: which words count, and merging a second pass without losing or doubling words."""

from __future__ import annotations

import itertools

import pytest

from voicecoach.understanding.fillers import FillerVocabulary, merge_fillers
from voicecoach.understanding.words import Word


def words(text: str, step: float = 0.4) -> list[Word]:
    return [Word(t, i * step, i * step + step * 0.8) for i, t in enumerate(text.split())]


def filler_tokens(vocabulary: FillerVocabulary, text: str) -> list[str]:
    return [w.token for w in vocabulary.mark(words(text)) if w.filler]


@pytest.mark.parametrize(("text", "fillers"), [
    ("um I think so", ["um"]),
    ("Uh, well, hmm.", ["uh", "hmm"]),
    ("I like this place", []),
    ("it looks like rain", []),
    ("would you like to come", []),
    ("it was like amazing", ["like"]),
    ("so like we just left", ["like"]),
    ("we're just you know tired", ["you", "know"]),
    ("do you know the host", []),
    ("you know what I mean", []),
    ("i mean it was fun", ["i", "mean"]),
    ("that is what i mean", []),
    ("it was kind of fun", ["kind", "of"]),
    ("what kind of music", []),
])
def test_fillers_only_where_they_fill(vocabulary: FillerVocabulary, text: str,
                                      fillers: list[str]) -> None:
    assert filler_tokens(vocabulary, text) == fillers


def test_a_phrase_is_one_filler_and_repeated_sounds_are_several(
        vocabulary: FillerVocabulary) -> None:
    assert vocabulary.count(vocabulary.mark(words("we're just you know tired"))) == 1
    assert vocabulary.count(vocabulary.mark(words("um um uh okay"))) == 3
    assert vocabulary.count(vocabulary.mark(words("um you know I mean"))) == 3


def test_merge_adds_fillers_only_the_second_pass_heard(vocabulary: FillerVocabulary) -> None:
    plain = words("but who cares this is me")
    prompted = words("but who cares um this is me")
    merged = merge_fillers(plain, prompted, vocabulary)
    assert [w.token for w in merged] == ["but", "who", "cares", "um", "this", "is", "me"]
    assert [w.token for w in merged if not w.filler] == [w.token for w in plain]
    assert all(a.end <= b.start + 1e-9 for a, b in itertools.pairwise(merged))


def test_merge_never_counts_a_filler_twice(vocabulary: FillerVocabulary) -> None:
    plain = words("so uh I went there")
    prompted = words("so uh I went um there")
    merged = merge_fillers(plain, prompted, vocabulary)
    assert [w.token for w in merged] == ["so", "uh", "i", "went", "um", "there"]
    same = merge_fillers(plain, words("so um I went there"), vocabulary)
    assert [w.token for w in same] == ["so", "uh", "i", "went", "there"]


def test_a_derailed_second_pass_cannot_change_the_words(vocabulary: FillerVocabulary) -> None:
    plain = words("this is diane in new jersey and i am sheila")
    derailed = words("hello hello hello hello um thank you for watching")
    merged = merge_fillers(plain, derailed, vocabulary)
    assert [w.token for w in merged if not vocabulary.is_sound(w.token)] == [
        w.token for w in plain]
