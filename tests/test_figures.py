"""Session figures: one module computes them for every view, as pure functions of turns."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from voicecoach.coaching.figures import (
    is_monologue,
    jumped_in,
    questions_asked_back,
    session_figures,
    talk_share,
)
from voicecoach.coaching.norms import Norms
from voicecoach.testing import make_turn as turn
from voicecoach.understanding.moves import MoveLabel

NORMS = Norms.default()


def test_response_gap_runs_from_partner_end_to_user_start() -> None:
    assert turn(start=10.0, partner_end=9.8).response_gap == 10.0 - 9.8
    assert turn(start=10.0, partner_end=10.5).response_gap == -0.5  # overlap
    assert turn(start=10.0).response_gap is None  # nobody spoke before


def test_waiting_for_the_coachs_tip_is_not_a_slow_reply() -> None:
    from dataclasses import replace

    waited = replace(turn(start=14.0, partner_end=9.0), coach_end=13.6)
    assert abs(waited.response_gap - 0.4) < 1e-9  # type: ignore[operator]
    over_the_tip = replace(turn(start=12.0, partner_end=9.0), coach_end=13.6)
    assert over_the_tip.response_gap == 0.0
    jumped = replace(turn(start=8.5, partner_end=9.0), coach_end=13.6)
    assert jumped.response_gap == -0.5  # over the partner is still over the partner


def test_jumping_in_is_barge_in_or_more_than_a_brief_overlap() -> None:
    assert jumped_in(turn(barge_in=True), NORMS)
    assert jumped_in(turn(start=10.0, partner_end=11.0), NORMS)
    assert not jumped_in(turn(start=10.0, partner_end=10.3), NORMS)  # ordinary brief overlap
    assert not jumped_in(turn(start=10.0, partner_end=9.8), NORMS)


def test_monologue_by_seconds_or_by_words() -> None:
    assert is_monologue(turn(start=0.0, end=46.0, words=80), NORMS)
    assert is_monologue(turn(start=0.0, end=30.0, words=121), NORMS)
    assert not is_monologue(turn(start=0.0, end=44.0, words=120), NORMS)


def test_talk_share_counts_the_users_speaking_time_against_the_partners() -> None:
    turns = [  # 12 words at 120 wpm: 6 s of speech; then 4 words at 120 wpm: 2 s
        turn(start=0, end=6, words=12, wpm=120, partner_speaking_s=2),
        turn(start=10, end=12, words=4, wpm=120, partner_speaking_s=6),
    ]
    assert talk_share(turns) == 8 / 16
    assert talk_share([]) is None
    assert talk_share([turn()]) is None  # a recording: nobody to share the talking with


def test_questions_asked_back_counts_turns_holding_a_question() -> None:
    turns = [
        turn(labels=("open_question",)),
        turn(labels=("closed_question", "open_question")),
        turn(labels=("compliment",)),
        turn(),
    ]
    q = questions_asked_back(turns)
    assert (q.open, q.closed, q.turns_with_question, q.share) == (2, 1, 2, 0.5)


def test_session_figures_aggregate_a_session() -> None:
    turns = [
        turn(0, 0, 5, words=12, fillers=1, wpm=144, labels=("open_question",)),
        turn(1, 9, 14, words=3, fillers=0, wpm=40, partner_end=8.0, partner_speaking_s=3),
        turn(2, 25, 75, words=130, fillers=5, wpm=156, partner_end=20.0, barge_in=True,
             labels=("politics", "open_question"), tip="Let them finish."),
    ]  # fmt: skip
    f = session_figures(turns, NORMS)
    assert (f.turns, f.words, f.fillers) == (3, 145, 6)
    speaking = 12 / 144 * 60 + 3 / 40 * 60 + 130 / 156 * 60  # turns more than 1 s apart
    assert f.speaking_s == speaking
    assert f.wpm == 145 / speaking * 60
    assert f.median_wpm == 150  # the 3-word turn is too short for a rate of its own
    assert f.fillers_per_100_words == 100 * 6 / 145
    assert f.median_gap_s == 3.0 and f.mean_gap_s == 3.0
    assert (f.long_gaps, f.jump_ins, f.barge_ins, f.monologues, f.tips_given) == (1, 1, 1, 1, 1)
    assert f.moves == ((MoveLabel.OPEN_QUESTION, 2), (MoveLabel.POLITICS, 1))
    assert f.talk_share == speaking / (speaking + 3)
    data = f.as_dict()
    assert data["moves"] == {"open_question": 2, "politics": 1}
    assert data["user_speaking_s"] == data["speaking_s"]
    json.dumps(data)  # plain data for --json


@given(
    st.lists(
        st.tuples(
            st.floats(0, 600), st.floats(0, 60), st.floats(0, 60), st.integers(0, 300),
            st.booleans(),
        ),
        max_size=20,
    )
)  # fmt: skip
def test_figures_stay_in_range(raw: list[tuple[float, float, float, int, bool]]) -> None:
    turns = [
        turn(i, start=s, end=s + d, partner_speaking_s=p, words=w, barge_in=b)
        for i, (s, d, p, w, b) in enumerate(raw)
    ]
    f = session_figures(turns, NORMS)
    assert f.talk_share is None or 0.0 <= f.talk_share <= 1.0
    assert 0 <= f.jump_ins <= f.turns and 0 <= f.monologues <= f.turns
    assert f.questions.share is None or 0.0 <= f.questions.share <= 1.0
