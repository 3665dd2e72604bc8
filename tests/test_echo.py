"""Listening over the coach on speakers: the echo canceller, in a simulated room.

The room (`voicecoach.testing.SimulatedRoom`) plays the coach's real espeak-ng lines back into
the microphone, delayed, band-limited, with reflections and noise, and follows what the loop
really says (cuts and ducking included). The model tests run the real canceller, Silero and
tiny.en over it.
"""

from __future__ import annotations

import numpy as np
import pytest

from tests.test_practice import speak
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
from voicecoach.live.conductor import EndReason, Reaction, Say
from voicecoach.testing import (
    RoomAcoustics,
    RoomParts,
    SimulatedRoom,
    SpeakingSink,
    run_room,
    spoken_over,
)
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.voice.sinks import LineKind
from voicecoach.voice.synth import SpokenLine, Synthesizer

TALK = [
    "So the thing about this neighbourhood is that everybody knows the baker, and the baker "
    "knows everything about everybody, which is lovely until you want to keep a secret.",
    "I moved here about three years ago, mostly for the job, but I stayed for the river walks "
    "and the little market on Saturdays where they sell the best bread in town.",
    "My sister keeps telling me to travel more, and she is probably right, but a quiet weekend "
    "at home with a long book is something I find very hard to give up.",
]


class Talker:
    """A partner who never stops talking: whatever the user says is said over it."""

    def __init__(self) -> None:
        self.said = 0

    def _next(self) -> list[Say]:
        self.said += 1
        return [Say(TALK[self.said % len(TALK)])]

    def opening(self) -> list[Say]:
        return [Say(TALK[0])]

    def on_turn(self, turn: Turn) -> Reaction:
        return Reaction(lines=self._next())

    def take_back(self, turn: Turn) -> None:
        pass

    def on_command(self, command: VoiceCommand) -> Reaction:
        return Reaction(lines=self._next())

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        return Reaction(lines=self._next()) if now - quiet_since > 0.3 else None

    def closing(self, reason: EndReason) -> list[Say]:
        return []


@pytest.fixture(scope="module")
def voice() -> Synthesizer:
    return Synthesizer()


@pytest.fixture(scope="module")
def coach_audio(voice: Synthesizer) -> np.ndarray:
    sink = SpeakingSink(voice)
    end = 0.0
    for text in TALK[:2]:
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
    sink.say(TALK[0], LineKind.REPLY, 0.0)
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


def _user(parts: list[tuple[float, str]], length_s: float) -> tuple[np.ndarray,
                                                                    list[tuple[float, float]]]:
    """The user's side: each phrase at its time, in a voice unlike the coach's."""
    audio = np.zeros(int(length_s * SAMPLE_RATE), dtype=np.float32)
    said = []
    for at, text in parts:
        phrase = 0.7 * speak(text)
        first = int(at * SAMPLE_RATE)
        audio[first:first + len(phrase)] += phrase
        said.append((at, at + len(phrase) / SAMPLE_RATE))
    return audio, said


OVER_THE_COACH = [
    (8.0, "Next one."),
    (14.0, "Skip this part."),
    (20.0, "Hi, I'm Alex. How do you know the host?"),
    (28.0, "Say that again."),
    (34.0, "Stop."),
    (40.0, "What do you like about this neighborhood?"),
    (47.0, "Repeat that."),
    (53.0, "I just moved here from Chicago."),
    (60.0, "Slower please."),
    (66.0, "That's all."),
]
EXPECTED = ["next", "skip", "alex", "repeat", "stop", "neighborhood", "repeat", "chicago",
            "slower", "stop"]


@pytest.mark.model
def test_over_the_coach_commands_and_barge_ins_are_heard_and_the_coach_never_is(
        voice: Synthesizer, transcriber: WhisperTranscriber, silero: SileroVad) -> None:
    user, said = _user(OVER_THE_COACH, 72.0)
    run = run_room(Talker(), user, RoomParts(voice, silero, transcriber),
                   RoomAcoustics(delay_s=0.1))
    heard, stray = spoken_over(run.events, said)
    assert stray == []  # the coach's voice never became a user turn
    assert run.echo.mode is EchoMode.CANCEL
    # Said over the partner: each one that was heard cut the line first.
    assert len([e for e in run.events if e["type"] == "barge_in"]) >= sum(
        h is not None for h in heard)
    hits = [h is not None and want in h.lower() for h, want in zip(heard, EXPECTED, strict=True)]
    print("heard over the coach:", list(zip(EXPECTED, heard, strict=True)))
    assert sum(hits) >= 8, list(zip(EXPECTED, heard, strict=True))


@pytest.mark.model
def test_the_warm_ups_breathing_is_stopped_by_voice(
        voice: Synthesizer, transcriber: WhisperTranscriber, silero: SileroVad) -> None:
    user, said = _user([(9.0, "That's all.")], 14.0)
    run = run_room(WarmupConductor(WarmupScript.load()), user,
                   RoomParts(voice, silero, transcriber), RoomAcoustics(delay_s=0.3))
    commands = [e["command"] for e in run.events if e["type"] == "command"]
    assert commands == ["stop"]
    assert run.outcome.reason is EndReason.COMMAND
    _, stray = spoken_over(run.events, said)
    assert stray == []
