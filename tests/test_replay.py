"""A recording replayed as a person who waits for the other side (the demo's user): its turns
wait while the partner speaks, its long recorded silences shrink once the partner has
answered, and nothing inside a turn moves."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tests.conftest import write_wav
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.hearing.replay import GAP_S, TurnTakingReplay, turn_starts
from voicecoach.testing import join, silence, tone


def recording(tmp_path: Path) -> Path:
    """Two turns 4 s apart; the first has a 0.4 s hesitation inside it."""
    audio = join(silence(1.0), tone(1.0), silence(0.4), tone(1.0), silence(4.0), tone(1.5),
                 silence(1.0))
    return write_wav(tmp_path / "me.wav", audio)


def voiced_starts(samples: np.ndarray) -> list[float]:
    """Seconds where voice begins after a silence of 0.9 s or more."""
    return [p.end / SAMPLE_RATE for p in turn_starts(samples)]


def test_the_turns_of_a_recording_are_found_and_a_hesitation_is_not_one(tmp_path: Path) -> None:
    starts = voiced_starts(FileSource(recording(tmp_path)).read_all())
    assert np.allclose(starts, [1.0, 7.4], atol=0.04)


def test_with_nobody_speaking_the_recording_plays_as_recorded(tmp_path: Path) -> None:
    source = FileSource(recording(tmp_path))
    replay = TurnTakingReplay(source)
    chunks = list(replay.chunks())
    original = source.read_all()
    assert np.array_equal(replay.played()[: len(original)], original)
    assert chunks[-1].end * SAMPLE_RATE >= len(original)


def test_a_turn_waits_while_the_other_side_speaks_then_leaves_a_gap(tmp_path: Path) -> None:
    replay = TurnTakingReplay(FileSource(recording(tmp_path)))
    replay.wait_while(lambda t: 3.0 <= t < 12.0)  # a long reply after the first turn
    list(replay.chunks())
    starts = voiced_starts(replay.played())
    assert abs(starts[0] - 1.0) < 0.04  # the first turn as recorded
    assert 12.0 + GAP_S - 0.04 <= starts[1] <= 12.0 + GAP_S + 0.1  # waited, then the gap


def test_a_long_recorded_silence_shrinks_once_the_other_side_has_answered(tmp_path: Path
                                                                          ) -> None:
    replay = TurnTakingReplay(FileSource(recording(tmp_path)))
    replay.wait_while(lambda t: 3.6 <= t < 4.6)  # a one-second reply
    list(replay.chunks())
    starts = voiced_starts(replay.played())
    assert 4.6 + GAP_S - 0.04 <= starts[1] <= 4.6 + GAP_S + 0.1  # not at 7.4 as recorded
    # The first turn, its hesitation included, is untouched.
    original = FileSource(recording(tmp_path)).read_all()
    first_turn = slice(0, int(3.4 * SAMPLE_RATE))
    assert np.array_equal(replay.played()[first_turn], original[first_turn])
