"""The endpointer: turns start and end where a listener would say they do."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from voicecoach.analyze.analysis import find_turns
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.vad import (
    Endpointer,
    SileroVad,
    SpeechEnded,
    SpeechStarted,
    VadConfig,
    VadEvent,
    VadState,
)

CHUNK = 0.032


class ScriptedDetector:
    """Confidence comes from a script, not audio: the state machine alone is under test."""

    def confidence(self, samples: np.ndarray) -> float:
        raise AssertionError("the scripted tests call Endpointer.step directly")

    def reset(self) -> None:
        pass


def run(script: Sequence[float], config: VadConfig | None = None) -> list[VadEvent]:
    endpointer = Endpointer(ScriptedDetector(), config or VadConfig())
    events: list[VadEvent] = []
    for i, confidence in enumerate(script):
        events.extend(endpointer.step(i * CHUNK, (i + 1) * CHUNK, confidence))
    events.extend(endpointer.flush(len(script) * CHUNK))
    return events


def seconds(n: float) -> int:
    return round(n / CHUNK)


def test_one_utterance_gives_one_start_and_one_end() -> None:
    script = [0.0] * seconds(1) + [0.9] * seconds(1) + [0.0] * seconds(1)
    events = run(script)
    assert [type(e) for e in events] == [SpeechStarted, SpeechEnded]
    started, ended = events
    assert isinstance(started, SpeechStarted) and isinstance(ended, SpeechEnded)
    # Pre-roll: the turn's audio starts before the first voiced chunk.
    assert started.start == pytest.approx(1.0 - 0.192, abs=CHUNK)
    assert ended.last_voice == pytest.approx(2.0, abs=CHUNK)
    # The end is known only once the end silence (600 ms by default) has passed.
    assert ended.t == pytest.approx(2.0 + 0.6, abs=CHUNK)


def test_a_gap_shorter_than_the_end_silence_stays_inside_the_turn() -> None:
    script = [0.9] * seconds(1) + [0.0] * seconds(0.4) + [0.9] * seconds(1) + [0.0] * seconds(1)
    ends = [e for e in run(script) if isinstance(e, SpeechEnded)]
    assert len(ends) == 1


def test_a_longer_gap_splits_the_turns_and_the_setting_is_honoured() -> None:
    script = [0.9] * seconds(1) + [0.0] * seconds(0.8) + [0.9] * seconds(1) + [0.0] * seconds(1)
    assert len([e for e in run(script) if isinstance(e, SpeechEnded)]) == 2
    longer = VadConfig(end_silence_ms=1000)
    assert len([e for e in run(script, longer) if isinstance(e, SpeechEnded)]) == 1


def test_clicks_do_not_start_a_turn() -> None:
    script = [0.0] * 10 + [0.9] + [0.0] * 30 + [0.9] * 3 + [0.0] * 30
    assert not [e for e in run(script) if isinstance(e, SpeechEnded)]


@pytest.mark.parametrize(("first", "voiced", "turn"), [(1068, 5, True), (1068, 4, False),
                                                       (6, 5, True)])
def test_the_shortest_speech_is_a_turn_wherever_it_falls(first: int, voiced: int,
                                                          turn: bool) -> None:
    # A bare "Stop." over the coach at 34.2 s: five voiced chunks, exactly min_speech_ms,
    # which float arithmetic made 0.15999... s and dropped as noise.
    assert VadConfig().min_speech_ms == 5 * 32
    endpointer = Endpointer(ScriptedDetector())
    events: list[VadEvent] = []
    for i in range(first - 5, first + 40):
        confidence = 0.9 if first <= i < first + voiced else 0.0
        events += endpointer.step(i * CHUNK, (i + 1) * CHUNK, confidence)
    assert any(isinstance(e, SpeechEnded) for e in events) is turn


def test_speech_running_to_the_end_of_input_is_closed() -> None:
    events = run([0.0] * 5 + [0.9] * seconds(1))
    assert isinstance(events[-1], SpeechEnded)


def test_state_follows_the_audio() -> None:
    endpointer = Endpointer(ScriptedDetector())
    endpointer.step(0.0, CHUNK, 0.9)
    assert endpointer.state is VadState.STARTING
    endpointer.step(CHUNK, 2 * CHUNK, 0.9)
    assert endpointer.state is VadState.SPEAKING
    endpointer.step(2 * CHUNK, 3 * CHUNK, 0.0)
    assert endpointer.state is VadState.STOPPING


def test_silero_streams_with_its_state_carried(silero: SileroVad, fixture_info) -> None:
    """Feeding chunk by chunk finds the two spoken phrases of the fixture and nothing else."""
    info = fixture_info("two_turns")
    regions, _ = find_turns(FileSource(info.path).read_all(), silero, VadConfig())
    assert len(regions) == info.expected_turns
    for region, phrase in zip(regions, info.phrases, strict=True):
        assert region.start <= phrase["start"] + 0.1
        # espeak-ng ends each phrase with about 0.3 s of its own silence.
        assert phrase["end"] - 0.45 <= region.end <= phrase["end"] + 0.2


def test_silence_gives_no_turns(silero: SileroVad) -> None:
    quiet = (np.random.default_rng(1).normal(0, 0.001, 16_000 * 3)).astype(np.float32)
    regions, _ = find_turns(quiet, silero, VadConfig())
    assert regions == []
