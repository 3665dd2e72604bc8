"""A finished statement's window learns from the speaker (`hearing.statement_window`): faster
for someone who stops after their statements, never faster than the pauses they go on after,
never slower than before. First the window alone, then in the loop on a fake clock."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_turn_end import RULES, Partnerlike, replies_between
from voicecoach.hearing.audio import Samples
from voicecoach.hearing.statement_window import StatementWindow
from voicecoach.live.conductor import LoopConfig
from voicecoach.testing import LoopRun, join, run_loop, silence, tone

CHUNK_S = 0.032


def window() -> StatementWindow:
    return StatementWindow(slow_s=0.55, fast_s=0.3, step_s=0.15, margin_s=0.1)


def test_it_starts_where_it_always_was_and_comes_down_for_a_speaker_who_stops() -> None:
    learned = window()
    assert learned.seconds == 0.55
    learned.stood()
    assert learned.seconds == 0.55  # one turn that stood is too little to go on
    learned.stood()
    assert learned.seconds == pytest.approx(0.4)
    learned.stood()
    learned.stood()
    assert learned.seconds == pytest.approx(0.3)  # never below fast_s


def test_a_pause_the_speaker_went_on_after_is_never_answered_again() -> None:
    learned = window()
    learned.went_on(0.38)  # "Hi, I'm Sam. | How do you know the host?", inside one turn
    for _ in range(5):
        learned.stood()
    assert learned.seconds == pytest.approx(0.48)


def test_going_on_after_the_partner_began_sends_it_back_to_the_start() -> None:
    learned = window()
    for _ in range(3):
        learned.stood()
    learned.went_on(0.32, after_answer=True)
    assert learned.seconds == 0.55
    learned.stood()
    learned.stood()
    assert learned.seconds == pytest.approx(0.42)  # above that pause, by the margin


def test_it_never_waits_longer_than_before() -> None:
    learned = window()
    learned.went_on(1.1, after_answer=True)  # a misheard "I work at the ..." cut
    assert learned.seconds == learned.floor_s == 0.55


def test_patience_scales_the_learned_window_too() -> None:
    patient = RULES.with_patience(2.0).learning_statement_window()
    assert patient.slow_s == pytest.approx(2 * RULES.statement_s)
    assert patient.fast_s == pytest.approx(2 * RULES.statement_fast_s)


# ---------------------------------------------------------------------------- in the loop

WORK, MOVED, SAM, HOST, CAKE = 310.0, 430.0, 550.0, 670.0, 790.0
PHRASES = {WORK: "i work in marketing", MOVED: "i moved here last year", SAM: "hi i'm sam.",
           HOST: "how do you know the host?", CAKE: "i had some of the cake"}


def statement_waits(run: LoopRun) -> list[float]:
    return [float(str(end["silence_s"])) for end in run.of_type("speech_end")]


def test_a_speaker_who_stops_after_statements_is_answered_faster() -> None:
    audio = join(silence(2.0), tone(1.2, WORK), silence(3.0), tone(1.4, MOVED), silence(3.0),
                 tone(1.2, CAKE), silence(3.0), tone(1.2, WORK), silence(3.0), tone(1.4, MOVED),
                 silence(3.0))
    run = run_loop(Partnerlike(), audio, PHRASES, compute_s=0.05)
    waits = statement_waits(run)
    assert {str(end["rule"]) for end in run.of_type("speech_end")} == {"statement"}
    assert waits[0] == pytest.approx(RULES.statement_s, abs=CHUNK_S)  # as before, at first
    assert waits[1] == pytest.approx(RULES.statement_s, abs=CHUNK_S)  # one turn proves little
    assert waits[3] == pytest.approx(RULES.statement_fast_s, abs=CHUNK_S)
    assert waits[4] == pytest.approx(RULES.statement_fast_s, abs=CHUNK_S)
    assert [float(str(end["window_s"])) for end in run.of_type("speech_end")] == \
        pytest.approx([0.55, 0.55, 0.4, 0.3, 0.3])
    assert [t.text for t in run.outcome.turns] == [PHRASES[WORK], PHRASES[MOVED],
                                                   PHRASES[CAKE], PHRASES[WORK], PHRASES[MOVED]]


def test_the_learning_can_be_turned_off_in_the_prompts_file() -> None:
    audio = join(silence(2.0), tone(1.2, WORK), silence(3.0), tone(1.4, MOVED), silence(3.0),
                 tone(1.2, CAKE), silence(3.0))
    fixed = RULES.with_statement_window(RULES.statement_s)
    off = replace(fixed, statement_fast_s=fixed.statement_s)
    run = run_loop(Partnerlike(), audio, PHRASES, compute_s=0.05,
                   config=LoopConfig(turn_end=off))
    assert statement_waits(run) == pytest.approx([RULES.statement_s] * 3, abs=CHUNK_S)


def two_sentences(pause: float) -> list[Samples]:
    return [tone(0.9, SAM), silence(pause), tone(1.4, HOST), silence(3.0)]


def test_a_speaker_who_pauses_between_sentences_keeps_the_longer_window() -> None:
    # Their first turn shows a 0.45 s pause after a finished statement; later statements are
    # not answered faster than that, and the same pause later in the session is not cut.
    audio = join(silence(2.0), *two_sentences(0.45), tone(1.2, WORK), silence(3.0),
                 tone(1.2, CAKE), silence(3.0), tone(1.2, WORK), silence(3.0),
                 *two_sentences(0.45))
    run = run_loop(Partnerlike(), audio, PHRASES, compute_s=0.05)
    assert not run.of_type("speech_resume")
    assert [t.text for t in run.outcome.turns][-1] == f"{PHRASES[SAM]} {PHRASES[HOST]}"
    assert len(run.outcome.turns) == 5
    assert min(statement_waits(run)[1:4]) >= 0.45 + RULES.statement_margin_s - CHUNK_S


def test_a_pause_learned_too_late_is_cut_once_then_waited_through() -> None:
    # Three single statements bring the window to 0.3 s; then "Hi, I'm Sam. | How do you know
    # the host?" with 0.45 s between: the partner begins in the pause, stops when the user goes
    # on, and the turn is joined. The next time, the same pause is waited through.
    first_pair = 2.0 + 3 * (1.2 + 3.0)
    audio = join(silence(2.0), tone(1.2, WORK), silence(3.0), tone(1.2, CAKE), silence(3.0),
                 tone(1.2, WORK), silence(3.0), *two_sentences(0.45), *two_sentences(0.45))
    run = run_loop(Partnerlike(), audio, PHRASES, compute_s=0.05)
    resumes = run.of_type("speech_resume")
    assert len(resumes) == 1
    assert float(str(resumes[0]["t"])) == pytest.approx(first_pair + 0.9 + 0.45, abs=CHUNK_S)
    joined = f"{PHRASES[SAM]} {PHRASES[HOST]}"
    assert [t.text for t in run.outcome.turns] == [PHRASES[WORK], PHRASES[CAKE], PHRASES[WORK],
                                                   joined, joined]
    second_pair = first_pair + 0.9 + 0.45 + 1.4 + 3.0
    pause = (second_pair + 0.9, second_pair + 0.9 + 0.45)
    assert replies_between(run.events, *pause) == []


def test_a_pause_read_only_after_the_speaker_went_on_still_counts() -> None:
    # On a loaded machine the words of "Hi, I'm Sam." are ready only after the speaker has
    # gone on (a 0.6 s reading, a 0.45 s pause): read then, they still show that this speaker
    # goes on after a finished statement, and the window stays up.
    audio = join(silence(2.0), *two_sentences(0.45), tone(1.2, WORK), silence(3.0),
                 tone(1.2, CAKE), silence(3.0), tone(1.2, WORK), silence(3.0),
                 tone(1.4, MOVED), silence(3.0))
    run = run_loop(Partnerlike(), audio, PHRASES, compute_s=0.6)
    windows = [float(str(end["window_s"])) for end in run.of_type("speech_end")
               if "window_s" in end]
    assert len(windows) == 4
    assert min(windows) > 0.45  # that pause would not be answered (it fell to 0.3 s before)
