"""Listening over the coach on speakers: the echo canceller, in a simulated room.

The room (`voicecoach.testing.SimulatedRoom`) plays the coach's real espeak-ng lines back into
the microphone, delayed, band-limited, with reflections and noise, and follows what the loop
really says (cuts and ducking included). The model tests run the real canceller, Silero and
tiny.en over it.
"""

from __future__ import annotations

import io

import numpy as np
import pytest

from tests.test_practice import speak
from voicecoach.clock import FakeClock
from voicecoach.coaching.warmup import WarmupConductor, WarmupScript
from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, AudioChunk
from voicecoach.hearing.echo import (
    EchoMode,
    EchoWatch,
    SpeakerEcho,
    erle_db,
    estimate_delay,
)
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.live.conductor import EndReason, LoopConfig
from voicecoach.live.events import EventLog
from voicecoach.live.loop import LoopHooks, LoopParts, SessionClock, SessionLoop
from voicecoach.live.view import ECHO_WORDS, PlainView
from voicecoach.testing import (
    OVER_THE_COACH,
    FakeTranscriber,
    RoomAcoustics,
    RoomParts,
    ScriptedDetector,
    SimulatedRoom,
    SpeakingSink,
    TalkingPartner,
    run_room,
    spoken_over,
    user_over_the_coach,
)
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import load_matcher
from voicecoach.voice.sinks import LineKind
from voicecoach.voice.synth import SpokenLine, Synthesizer


@pytest.fixture(scope="module")
def voice() -> Synthesizer:
    return Synthesizer()


@pytest.fixture(scope="module")
def coach_audio(voice: Synthesizer) -> np.ndarray:
    sink = SpeakingSink(voice)
    end = 0.0
    for text in TalkingPartner.lines[:2]:
        end = sink.say(text, LineKind.REPLY, end + 0.5).end
    return sink.read(0.0, end + 0.5).samples


class _Recorded:
    """A voice that says one recording, whatever the text."""

    def __init__(self, samples: np.ndarray) -> None:
        self.samples = samples

    def synthesize(self, text: str) -> SpokenLine:
        return SpokenLine(text, self.samples, SAMPLE_RATE)


def _room_echo(coach: np.ndarray, acoustics: RoomAcoustics) -> tuple[np.ndarray, SpeakingSink]:
    """The coach alone as the room's microphone hears it, and the sink that played it."""
    sink = SpeakingSink(_Recorded(coach))
    sink.say("the coach", LineKind.REPLY, 0.0)
    room = SimulatedRoom(np.zeros(len(coach), dtype=np.float32), sink, acoustics)
    return np.concatenate([c.samples for c in room.chunks()])[: len(coach)], sink


@pytest.mark.parametrize("delay_s", [0.02, 0.1, 0.3])
def test_the_delay_back_from_the_speakers_is_found(coach_audio: np.ndarray,
                                                   delay_s: float) -> None:
    mic, _ = _room_echo(coach_audio, RoomAcoustics(delay_s=delay_s))
    found = estimate_delay(coach_audio, mic, SAMPLE_RATE, max_delay_s=0.5)
    assert found is not None
    assert found.seconds == pytest.approx(delay_s, abs=0.002)


def test_nothing_played_gives_no_delay() -> None:
    quiet = np.zeros(SAMPLE_RATE, dtype=np.float32)
    assert estimate_delay(quiet, quiet + 0.01) is None


@pytest.mark.parametrize("delay_s", [0.02, 0.3])
def test_the_canceller_takes_the_coach_out_and_trusts_itself(coach_audio: np.ndarray,
                                                             delay_s: float) -> None:
    mic, sink = _room_echo(coach_audio, RoomAcoustics(delay_s=delay_s, noise_dbfs=-70))
    echo = SpeakerEcho(sink)
    assert echo.mode is EchoMode.GATE  # nothing measured yet: the gate stands
    out = [echo.clean(AudioChunk(mic[k:k + CHUNK_SAMPLES], k / SAMPLE_RATE)).samples
           for k in range(0, len(mic) - CHUNK_SAMPLES + 1, CHUNK_SAMPLES)]
    cleaned = np.concatenate(out)
    later = len(cleaned) // 2  # once converged
    assert erle_db(mic[later:len(cleaned)], cleaned[later:]) > 20.0
    assert echo.delay_s == pytest.approx(delay_s, abs=0.002)
    assert echo.mode is EchoMode.CANCEL


def test_a_new_delay_gates_until_the_canceller_has_learnt_it(coach_audio: np.ndarray) -> None:
    # Bluetooth speakers connected mid-session: the coach comes back 200 ms later than before.
    twice = np.concatenate([coach_audio, coach_audio])
    near, sink = _room_echo(twice, RoomAcoustics(delay_s=0.05))
    far, _ = _room_echo(twice, RoomAcoustics(delay_s=0.25))
    half = len(coach_audio)
    mic = np.concatenate([near[:half], far[half:]])
    echo = SpeakerEcho(sink)
    for k in range(0, len(mic) - CHUNK_SAMPLES + 1, CHUNK_SAMPLES):
        echo.clean(AudioChunk(mic[k:k + CHUNK_SAMPLES], k / SAMPLE_RATE))
    switched = half / SAMPLE_RATE
    modes = [mode for t, mode in echo.changes]
    assert modes == [EchoMode.CANCEL, EchoMode.GATE, EchoMode.CANCEL]
    assert echo.changes[0][0] < switched < echo.changes[1][0]
    assert echo.delay_s == pytest.approx(0.25, abs=0.002)


def test_headphones_that_leak_are_noticed_once(coach_audio: np.ndarray) -> None:
    mic, sink = _room_echo(coach_audio, RoomAcoustics(delay_s=0.05, gain=0.05))
    watch = EchoWatch(sink)
    noticed = [watch.observe(AudioChunk(mic[k:k + CHUNK_SAMPLES], k / SAMPLE_RATE))
               for k in range(0, len(mic) - CHUNK_SAMPLES + 1, CHUNK_SAMPLES)]
    assert sum(noticed) == 1
    rng = np.random.default_rng(3)
    quiet = (0.003 * rng.standard_normal(len(mic))).astype(np.float32)  # real headphones
    deaf = EchoWatch(sink)
    assert not any(deaf.observe(AudioChunk(quiet[k:k + CHUNK_SAMPLES], k / SAMPLE_RATE))
                   for k in range(0, len(quiet) - CHUNK_SAMPLES + 1, CHUNK_SAMPLES))


def test_the_room_stops_echoing_a_cut_line(voice: Synthesizer) -> None:
    sink = SpeakingSink(voice)
    sink.say(TalkingPartner.lines[0], LineKind.REPLY, 0.0)
    room = SimulatedRoom(np.zeros(4 * SAMPLE_RATE, dtype=np.float32), sink,
                         RoomAcoustics(delay_s=0.1))
    levels = []
    for chunk in room.chunks():
        if chunk.start >= 1.0 and not sink.cuts:
            sink.cut(chunk.end)
        levels.append(float(np.sqrt(np.mean(chunk.samples ** 2))))
    per_s = round(1 / (CHUNK_SAMPLES / SAMPLE_RATE))
    assert max(levels[: per_s]) > 0.05  # the coach came back while it spoke
    assert max(levels[int(1.3 * per_s):]) < 0.005  # and not after the cut and the room's tail


# ---------------------------------------------------------------------------- with the model


@pytest.mark.model
def test_over_the_coach_commands_and_barge_ins_are_heard_and_the_coach_never_is(
        voice: Synthesizer, transcriber: WhisperTranscriber, silero: SileroVad) -> None:
    """The ten phrases of OVER_THE_COACH said over a partner who never stops, in rooms whose
    echo comes back after 20, 100 and 300 ms. 26 of the 30 must be heard as meant. Over all
    three, not one room: one misreading by tiny.en moves with every shift of the timeline
    (a turn ended 0.3 s later elsewhere turned "Slower please." into "So, please..." in one
    room and not the others), so one room at 9 of 10 passed or failed by chance. Machines
    with AVX2 kernels heard 27 or 28; a Zen 4 machine's AVX-512 kernels 26 (README, "How it
    hears you")."""
    user, said = user_over_the_coach(speak)
    missed: list[tuple[float, str, str | None]] = []  # (delay, what was said, what was heard)
    for delay_s in (0.02, 0.1, 0.3):
        shown: list[tuple[float, EchoMode]] = []
        run = run_room(TalkingPartner(), user, RoomParts(voice, silero, transcriber),
                       RoomAcoustics(delay_s=delay_s),
                       hooks=LoopHooks(on_echo=lambda t, mode, shown=shown:
                                       shown.append((t, mode))))
        heard, stray = spoken_over(run.events, said)
        assert stray == [], delay_s  # the coach's voice never became a user turn
        # The view was told: gated at first, then open, before the first command was said.
        assert [mode for _, mode in shown] == [EchoMode.GATE, EchoMode.CANCEL]
        assert shown[0][0] == 0.0 and shown[1][0] < OVER_THE_COACH[0][0]
        missed += [(delay_s, text, h.text) for h, (_, text, want)
                   in zip(heard, OVER_THE_COACH, strict=True) if not h.recognised(want)]
    assert len(missed) <= 4, missed


@pytest.mark.model
@pytest.mark.parametrize("delay_s", [0.02, 0.3])
def test_the_coach_talking_alone_is_never_taken_for_the_user(
        voice: Synthesizer, transcriber: WhisperTranscriber, silero: SileroVad,
        delay_s: float) -> None:
    silent = np.zeros(40 * SAMPLE_RATE, dtype=np.float32)
    run = run_room(TalkingPartner(), silent, RoomParts(voice, silero, transcriber),
                   RoomAcoustics(delay_s=delay_s))
    assert run.echo.mode is EchoMode.CANCEL  # the microphone was open, not gated
    assert [e for e in run.events if e["type"] in ("speech_start", "transcript")] == []


@pytest.mark.model
def test_the_warm_ups_breathing_is_stopped_by_voice(
        voice: Synthesizer, transcriber: WhisperTranscriber, silero: SileroVad) -> None:
    user, said = user_over_the_coach(speak, [(14.0, "Stop.")], 19.0)
    run = run_room(WarmupConductor(WarmupScript.load()), user,
                   RoomParts(voice, silero, transcriber), RoomAcoustics(delay_s=0.3))
    commands = [e for e in run.events if e["type"] == "command"]
    assert [e["command"] for e in commands] == ["stop"]
    # ... said during the breathing counts: the last line before it was a step or a count.
    script = WarmupScript.load()
    before = [str(e["text"]) for e in run.events
              if e["type"] == "reply_start" and float(str(e["t"])) <= float(str(commands[0]["t"]))]
    assert before[-1] in script.steps or before[-1].isdigit()
    assert run.outcome.reason is EndReason.COMMAND
    _, stray = spoken_over(run.events, said)
    assert stray == []


def _headphones_session(voice: Synthesizer, acoustics: RoomAcoustics) -> list[float]:
    """A session with --headphones whose microphone may hear the speakers: when the loop
    said so."""
    sink = SpeakingSink(voice)
    room = SimulatedRoom(np.zeros(10 * SAMPLE_RATE, dtype=np.float32), sink, acoustics)
    warned: list[float] = []
    parts = LoopParts(source=room, detector=ScriptedDetector(),
                      transcriber=FakeTranscriber({300.0: "hello"}),
                      matcher=load_matcher([]), vocabulary=FillerVocabulary.load(), sink=sink,
                      events=EventLog(), clock=SessionClock(False, FakeClock()),
                      config=LoopConfig(echo_gate=False), echo=EchoWatch(sink))
    SessionLoop(parts, TalkingPartner(), LoopHooks(on_echo_heard=warned.append)).run()
    return warned


def test_with_headphones_a_microphone_that_hears_the_coach_is_reported_once(
        voice: Synthesizer) -> None:
    assert len(_headphones_session(voice, RoomAcoustics(delay_s=0.05, gain=0.1))) == 1
    assert _headphones_session(voice, RoomAcoustics(gain=0.0)) == []


def test_the_view_says_whether_the_microphone_stays_open() -> None:
    out = io.StringIO()
    view = PlainView(out)
    view.echo(2.0, EchoMode.CANCEL)
    view.echo(9.5, EchoMode.GATE)
    lines = out.getvalue().splitlines()
    assert lines == [f"note (2.0s): {ECHO_WORDS[EchoMode.CANCEL]}",
                     f"note (9.5s): {ECHO_WORDS[EchoMode.GATE]}"]
    assert "talk over the coach" in lines[0] and "closed" in lines[1]
