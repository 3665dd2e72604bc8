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


def timed(*items: tuple[str, float, float]) -> list[Word]:
    return [Word(text, start, end) for text, start, end in items]


@pytest.mark.parametrize(("plain", "prompted"), [
    # What tiny.en wrote for espeak-ng turns with no filler in them (benchmarks/short_turns.py).
    (timed(("slower", 0.0, 0.62)), timed(("So,", 0.0, 0.6), ("uh,", 0.68, 1.2))),
    (timed(("slow", 0.0, 0.62), ("it", 0.62, 1.26)),
     timed(("So,", 0.0, 0.6), ("uh,", 0.74, 1.22))),
    (timed(("Oh,", 0.0, 0.3), ("that's", 0.3, 0.6), ("fine.", 0.6, 1.0)),
     timed(("Oh,", 0.0, 0.3), ("that's,", 0.3, 0.6), ("uh...", 0.6, 1.1))),
    (timed(("I'm", 0.0, 0.3), ("firm.", 0.3, 0.8)), timed(("I'm,", 0.0, 0.3), ("um...", 0.3, 0.9))),
])
def test_a_filler_the_second_pass_made_of_the_last_word_is_not_added(
        vocabulary: FillerVocabulary, plain: list[Word], prompted: list[Word]) -> None:
    merged = vocabulary.mark(merge_fillers(plain, prompted, vocabulary))
    assert vocabulary.count(merged) == 0
    assert [w.text for w in merged] == [w.text for w in plain]


def test_a_decoder_running_on_past_the_audio_adds_no_filler(
        vocabulary: FillerVocabulary) -> None:
    """'Uh, okay.' heard as 'uh, okay' and, prompted, 'Uh, okay. Uh, okay.' (a loop)."""
    plain = timed(("uh,", 0.0, 0.52), ("okay", 0.84, 1.0))
    prompted = timed(("Uh,", 0.0, 0.44), ("okay.", 0.8, 0.98), ("Uh,", 1.18, 1.18),
                     ("okay.", 1.18, 1.18))
    merged = vocabulary.mark(merge_fillers(plain, prompted, vocabulary))
    assert [w.text for w in merged] == ["uh,", "okay"]
    assert vocabulary.count(merged) == 1


def test_fillers_in_the_middle_of_a_turn_are_still_added(vocabulary: FillerVocabulary) -> None:
    """mfa_uhum: the passes disagree on a word after the fillers, which are real."""
    plain = timed(("Montreal", 0.0, 1.36), ("forced,", 1.36, 2.34), ("uh,", 2.34, 2.34),
                  ("um,", 5.8, 5.8), ("um,", 6.3, 6.42), ("for", 6.94, 6.94), ("a", 6.94, 7.06),
                  ("stilliner.", 7.06, 7.3))
    prompted = timed(("Montreal", 0.0, 1.36), ("forced,", 1.36, 2.34), ("uh,", 2.34, 2.34),
                     ("um,", 4.34, 4.34), ("uh,", 4.34, 4.34), ("hmm,", 4.34, 6.68),
                     ("um,", 6.76, 6.76), ("forced", 6.98, 7.0), ("a", 7.0, 7.14),
                     ("liner.", 7.14, 7.28))
    merged = vocabulary.mark(merge_fillers(plain, prompted, vocabulary))
    assert vocabulary.count(merged) == 5
    assert "a" in [w.token for w in merged]
    # Only fillers were added: the plain pass's words are all there, in order.
    assert [w.text for w in merged if not vocabulary.is_sound(w.token)] == [
        w.text for w in plain if not vocabulary.is_sound(w.token)]
