"""End of turn: the pure decision (`hearing.turn_end`), then the loop that consults it, on a
fake clock (a tone's pitch stands for a phrase; see `voicecoach.testing`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.errors import ConfigError
from voicecoach.hearing.turn_end import (
    Completeness,
    TurnEndInput,
    TurnEndReason,
    TurnEndRules,
    classify_text,
    decide,
    is_backchannel,
)

RULES = TurnEndRules.load()

FINISHED = [
    "How do you know Sam?",
    "how do you know sam",  # no question mark: word order says it asks
    "Where are you from?",  # a stranded preposition closes a question
    "What do you like?",
    "I work in marketing.",
    "I moved here last year.",
    "I'm a nurse",
    "I think so.",
    "Me too.",
    "yeah",
    "nice to meet you",
    "so am i",
]
UNFINISHED = [
    "So I moved here because",  # a conjunction
    "so i moved here and",
    "I work at the",  # an article
    "I grew up in",  # a preposition
    "I'm from a little town near",
    "and then",
    "We went to the market and then",
    "The reason I moved was",  # a subject and verb waiting for their complement
    "my name is",
    "and I",  # a subject waiting for its verb
    "I really like",  # a verb waiting for its object
    "do you want to",  # "to" is never stranded, even in a question
    "what kind of",
    "So I'm studying,",  # a trailing comma
    "So I'm studying um",  # a filler before the silence
    "um",
    "I was going to",
]


@pytest.mark.parametrize("text", FINISHED)
def test_a_finished_turn_reads_as_complete(text: str) -> None:
    assert classify_text(text, RULES)[0] is Completeness.COMPLETE


@pytest.mark.parametrize("text", UNFINISHED)
def test_an_unfinished_phrase_reads_as_unfinished(text: str) -> None:
    assert classify_text(text, RULES)[0] is Completeness.UNFINISHED


def test_whispers_full_stop_does_not_finish_a_phrase() -> None:
    # tiny.en wrote "So I moved here because." for a half sentence followed by a pause.
    assert classify_text("So I moved here because.", RULES)[0] is Completeness.UNFINISHED
    assert classify_text("The reason I moved was.", RULES)[0] is Completeness.UNFINISHED


@pytest.mark.parametrize("text", ["Sam", "Marine biology", ""])
def test_what_cannot_be_told_gets_the_default_window(text: str) -> None:
    assert classify_text(text, RULES)[0] is Completeness.UNKNOWN
    decision = decide(TurnEndInput(text, 0.3), RULES)
    assert decision.wait_s == RULES.default_s
    assert decision.reason is TurnEndReason.SILENCE


def test_a_complete_turn_ends_after_the_short_window_and_not_before() -> None:
    text = "how do you know sam"
    early = decide(TurnEndInput(text, RULES.complete_s - 0.05), RULES)
    on_time = decide(TurnEndInput(text, RULES.complete_s), RULES)
    assert not early.end
    assert on_time.end and on_time.reason is TurnEndReason.COMPLETE
    assert RULES.complete_s < RULES.default_s


def test_an_unfinished_turn_waits_through_a_pause_of_1_2_s() -> None:
    for seconds in (0.3, 0.6, 0.9, 1.2, 1.5):
        assert not decide(TurnEndInput("so i moved here because", seconds), RULES).end
    late = decide(TurnEndInput("so i moved here because", RULES.unfinished_s), RULES)
    assert late.end and late.reason is TurnEndReason.MAX_WAIT
    assert late.completeness is Completeness.UNFINISHED


def test_a_filled_pause_heard_in_the_audio_makes_a_complete_looking_phrase_wait() -> None:
    # The plain transcript leaves the "um" out; the audio heard it.
    heard = TurnEndInput("So I'm studying.", 0.7, filler_before_silence=True)
    decision = decide(heard, RULES)
    assert not decision.end
    assert decision.rule == "filler-before-silence"
    assert decide(TurnEndInput("So I'm studying.", 0.7), RULES).end


def test_with_no_transcript_yet_it_waits_for_words_rather_than_guess() -> None:
    assert not decide(TurnEndInput(None, RULES.default_s + 0.2), RULES).end
    last = decide(TurnEndInput(None, RULES.max_wait_s), RULES)
    assert last.end and last.reason is TurnEndReason.MAX_WAIT


def test_patience_scales_every_window() -> None:
    patient = RULES.with_patience(2.0)
    text = "how do you know sam"
    assert not decide(TurnEndInput(text, RULES.complete_s), patient).end
    assert decide(TurnEndInput(text, 2 * RULES.complete_s), patient).end
    assert patient.window(Completeness.UNFINISHED) == 2 * RULES.unfinished_s
    assert patient.longest_wait_s == 2 * RULES.longest_wait_s
    hasty = RULES.with_patience(0.5)
    assert decide(TurnEndInput("so i moved here because", RULES.unfinished_s / 2), hasty).end


@pytest.mark.parametrize("patience", [0.0, 0.2, 10.0])
def test_patience_out_of_range_is_refused_with_the_range(patience: float) -> None:
    with pytest.raises(ConfigError, match=r"0\.5 to 3\.0"):
        RULES.with_patience(patience)


def test_the_windows_come_from_the_prompts_file(tmp_path: Path) -> None:
    path = tmp_path / "turn_end.toml"
    path.write_text("[windows]\ncomplete_s = 0.1\ndefault_s = 0.5\nunfinished_s = 2.0\n"
                    "max_wait_s = 2.0\n[words]\nconjunctions = [\"and\"]\n")
    rules = TurnEndRules.load(path)
    assert (rules.complete_s, rules.default_s, rules.unfinished_s) == (0.1, 0.5, 2.0)
    assert classify_text("i went there and", rules)[0] is Completeness.UNFINISHED
    # Word lists not given are empty: "the" no longer holds the floor.
    assert classify_text("i went to the", rules)[0] is not Completeness.UNFINISHED


def test_a_bad_word_list_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "turn_end.toml"
    path.write_text("[words]\nconjunctions = \"and\"\n")
    with pytest.raises(ConfigError, match="conjunctions"):
        TurnEndRules.load(path)


@pytest.mark.parametrize("text", ["mm", "Mm-hmm.", "oh", "Yeah.", "oh really", "I see", "uh huh"])
def test_a_listeners_sounds_are_backchannels(text: str) -> None:
    assert is_backchannel(text, RULES)


@pytest.mark.parametrize("text", ["wait, what do you mean", "yeah i work there too", "sorry"])
def test_words_that_take_the_floor_are_not_backchannels(text: str) -> None:
    assert not is_backchannel(text, RULES)
