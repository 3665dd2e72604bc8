"""Fakes and makers for tests, shipped so that users' own tests can reuse them.

The live loop's logic (barge-in, stale speculation, the echo gate, commands, a conductor's
timing) is tested without a model, a device or a real sleep: audio is made of tones, a tone's
pitch stands for what was said, and time is a `FakeClock`. `run_loop` wires it all, in the
manner of pipecat's `run_test`:

    audio = join(silence(1.0), tone(1.5, 300), silence(2.0))
    run = run_loop(MyConductor(), audio, {300: "hi i'm sam how do you know the host"})
    assert [e["type"] for e in run.events] == [...]

- `silence`, `tone`, `join`, `wav_bytes`: audio makers (16 kHz mono float32; WAV in memory);
- `ArraySource`: an `AudioSource` over an array, which can lose its microphone on cue;
- `ScriptedDetector`: voice activity from a script of confidences, or from loudness;
- `FakeTranscriber`: words from each voiced stretch's pitch;
- `RecordingSink`: places lines on a timeline and records what was said and cut;
- `SpeakingSink`, `SimulatedRoom`, `RoomAcoustics`: a room for the echo canceller: the sink
  really voices its lines (and is the echo reference), the room's microphone hears the user
  and those lines as a speaker-to-microphone path would pass them, delayed, plus noise;
- `make_turn`: a `Turn` from a few figures, with a pacing that agrees with them;
- `run_loop`: a whole session on a fake clock, returning its events.
"""

from __future__ import annotations

import io
import json
import wave
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from voicecoach.clock import FakeClock
from voicecoach.errors import MicrophoneLostError
from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, AudioChunk, Samples
from voicecoach.hearing.echo import EchoSettings, SpeakerEcho
from voicecoach.hearing.transcribe import Transcriber
from voicecoach.hearing.vad import VadConfig, VoiceDetector
from voicecoach.live.conductor import (
    Conductor,
    EndReason,
    LoopConfig,
    Reaction,
    Say,
    SessionOutcome,
)
from voicecoach.live.events import EventLog
from voicecoach.live.loop import LoopHooks, LoopParts, SessionClock, SessionLoop
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.understanding.words import Word
from voicecoach.voice.reference import ReferenceAudio
from voicecoach.voice.sinks import DUCKED_GAIN, LineKind, PlacedLine
from voicecoach.voice.synth import TextToSpeech, resample

__all__ = [
    "OVER_THE_COACH",
    "OVER_THE_COACH_S",
    "ArraySource",
    "FakeTranscriber",
    "Heard",
    "LoopRun",
    "RecordingSink",
    "RoomAcoustics",
    "RoomParts",
    "RoomRun",
    "ScriptedDetector",
    "SimulatedRoom",
    "SpeakingSink",
    "TalkingPartner",
    "join",
    "lay_out",
    "make_turn",
    "run_loop",
    "run_room",
    "silence",
    "spoken_over",
    "tone",
    "user_over_the_coach",
    "wav_bytes",
]

CHUNK_S = CHUNK_SAMPLES / SAMPLE_RATE
VOICED_LEVEL = 0.01  # RMS above which a chunk counts as voiced for the fakes


# ---------------------------------------------------------------------------- audio makers


def silence(seconds: float) -> Samples:
    return np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32)


def tone(seconds: float, hz: float = 440.0, level: float = 0.3) -> Samples:
    """A sine tone: the fakes hear its pitch as a phrase (see `FakeTranscriber`)."""
    t = np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (level * np.sin(2 * np.pi * hz * t)).astype(np.float32)


def join(*parts: Samples) -> Samples:
    return np.concatenate([np.asarray(p, dtype=np.float32) for p in parts])


def wav_bytes(samples: Samples, rate: int = SAMPLE_RATE, channels: int = 1) -> bytes:
    """A 16-bit PCM WAV file in memory."""
    pcm = (np.clip(np.asarray(samples), -1.0, 1.0) * 32767).astype("<i2")
    if channels > 1:
        pcm = np.repeat(pcm[:, None], channels, axis=1)
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())
    return out.getvalue()


# ---------------------------------------------------------------------------- hearing fakes


class ArraySource:
    """An `AudioSource` over samples in memory; `lose_at` drops the microphone there, and
    `interrupt_at` presses Ctrl-C there."""

    def __init__(self, samples: Samples, lose_at: float | None = None,
                 interrupt_at: float | None = None) -> None:
        self.samples = np.asarray(samples, dtype=np.float32)
        self.lose_at = lose_at
        self.interrupt_at = interrupt_at

    @property
    def overflows(self) -> int:
        return 0

    def chunks(self) -> Iterator[AudioChunk]:
        for start in range(0, len(self.samples), CHUNK_SAMPLES):
            block = self.samples[start:start + CHUNK_SAMPLES]
            if len(block) < CHUNK_SAMPLES:
                block = np.pad(block, (0, CHUNK_SAMPLES - len(block)))
            chunk = AudioChunk(block, start / SAMPLE_RATE)
            if self.lose_at is not None and chunk.start >= self.lose_at:
                raise MicrophoneLostError("the microphone went away")
            if self.interrupt_at is not None and chunk.start >= self.interrupt_at:
                raise KeyboardInterrupt
            yield chunk


class ScriptedDetector:
    """Speech confidence per chunk: the next value of `script`, else from loudness."""

    def __init__(self, script: Iterable[float] | None = None) -> None:
        self._script = iter(script) if script is not None else None

    def confidence(self, samples: Samples) -> float:
        if self._script is not None:
            return next(self._script, 0.0)
        return 1.0 if _rms(samples) > VOICED_LEVEL else 0.0

    def reset(self) -> None:
        pass


def _rms(samples: Samples) -> float:
    return float(np.sqrt(np.mean(np.square(samples)))) if len(samples) else 0.0


def _voiced_runs(audio: Samples, min_gap_s: float = 0.3) -> list[tuple[int, int]]:
    """(first, last) sample of each voiced stretch; shorter silences do not split one."""
    n = len(audio) // CHUNK_SAMPLES
    voiced = [_rms(audio[i * CHUNK_SAMPLES:(i + 1) * CHUNK_SAMPLES]) > VOICED_LEVEL
              for i in range(n)]
    runs: list[tuple[int, int]] = []
    gap_chunks = round(min_gap_s / CHUNK_S)
    for i, on in enumerate(voiced):
        if not on:
            continue
        if runs and i - runs[-1][1] <= gap_chunks:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return [(a * CHUNK_SAMPLES, (b + 1) * CHUNK_SAMPLES) for a, b in runs]


def _pitch(audio: Samples) -> float:
    spectrum = np.abs(np.fft.rfft(audio * np.hanning(len(audio))))
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(audio))


@dataclass
class FakeTranscriber:
    """Hears each voiced stretch's pitch as the phrase nearest to it in `phrases`.

    Words are spread evenly over the stretch.
    """

    phrases: Mapping[float, str]
    # A phrase whose words end this long before its voice does: a sound the transcriber wrote
    # no word for (plain decoding leaves "um" out).
    unworded_s: Mapping[str, float] = field(default_factory=dict)
    # A phrase as the reading primed to write hesitations hears it ("i'm starting" as "i'm
    # starting um"); a phrase not here is heard the same both ways.
    hesitant: Mapping[str, str] = field(default_factory=dict)

    def _words(self, audio: Samples, primed: bool = False) -> list[Word]:
        words: list[Word] = []
        for first, last in _voiced_runs(audio):
            pitch = _pitch(audio[first:last])
            text = self.phrases[min(self.phrases, key=lambda hz: abs(hz - pitch))]
            text = self.hesitant.get(text, text) if primed else text
            tokens = text.split()
            worded = (last - first) / SAMPLE_RATE - self.unworded_s.get(text, 0.0)
            step = max(0.0, worded) / max(1, len(tokens))
            start = first / SAMPLE_RATE
            words += [Word(token, round(start + k * step, 3), round(start + (k + 1) * step, 3))
                      for k, token in enumerate(tokens)]
        return words

    def transcribe(self, audio: Samples, progress: Callable[[float], None] | None = None,
                   context: str | None = None) -> list[Word]:
        return self._words(audio)

    def transcribe_disfluent(self, audio: Samples,
                             progress: Callable[[float], None] | None = None,
                             context: str | None = None) -> list[Word]:
        # Free on a fake clock (`run_loop`'s compute_s is for plain readings): the real one
        # decodes the plain reading's encoding again, 30-50 ms.
        return self._words(audio, primed=True)

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        return self.transcribe_disfluent(audio) if disfluent else self.transcribe(audio)


# ---------------------------------------------------------------------------- voice fake


@dataclass
class RecordingSink:
    """Places lines on a timeline, `seconds_per_word` long each word, and records them.

    `heard_late_s` plays the part of a device that starts and ends every line that much later
    than planned (`heard` says so); `heard` says nothing at all until `close` with
    `unheard_until_close` (a line whose playing the device never confirmed)."""

    seconds_per_word: float = 0.4
    heard_late_s: float = 0.0
    unheard_until_close: bool = False
    closed: bool = False
    lines: list[PlacedLine] = field(default_factory=list)
    cuts: list[float] = field(default_factory=list)
    ducks: list[tuple[float, bool]] = field(default_factory=list)  # (t, ducked)
    prepared: list[str] = field(default_factory=list)

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        start = max(at, self.lines[-1].end if self.lines else 0.0)
        line = PlacedLine(text, kind, start, start + self.seconds_per_word * len(text.split()))
        self.lines.append(line)
        return line

    def cut(self, t: float) -> PlacedLine | None:
        if not self.lines or not self.lines[-1].playing_at(t):
            return None
        last = self.lines[-1]
        self.lines[-1] = PlacedLine(last.text, last.kind, last.start, t, interrupted=True)
        self.cuts.append(t)
        return self.lines[-1]

    def heard(self, line: PlacedLine) -> PlacedLine | None:
        if self.unheard_until_close and not self.closed:
            return None
        if not self.heard_late_s:
            return line  # a timeline plays every line exactly as placed
        return replace(line, start=line.start + self.heard_late_s,
                       end=line.end + self.heard_late_s)

    def duck(self, t: float, ducked: bool) -> None:
        self.ducks.append((t, ducked))

    def prepare(self, lines: list[str]) -> None:
        self.prepared += lines

    def close(self, end: float) -> None:
        self.closed = True

    underruns = 0  # a timeline never runs dry


# ---------------------------------------------------------------------------- a room


@dataclass(eq=False)
class _Voiced:
    text: str
    kind: LineKind
    start: float
    samples: Samples  # at SAMPLE_RATE
    end: float


class SpeakingSink:
    """A timeline sink whose lines are really voiced, at the microphone's rate, and which is
    its own echo reference: `read` renders what played over a stretch (cuts and ducking
    included), as `voice.reference.EchoReference` does for the device.

    Like a device it cannot play in the past: a line placed before what has already been read
    starts where the reading got to (and `heard` says so)."""

    def __init__(self, voice: TextToSpeech) -> None:
        self.voice = voice
        self.rate = SAMPLE_RATE
        self.lines: list[_Voiced] = []
        self.ducks: list[tuple[float, bool]] = []
        self.cuts: list[float] = []
        self._read_to = 0.0

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        spoken = self.voice.synthesize(text)
        samples = resample(spoken.samples, spoken.rate, SAMPLE_RATE)
        start = max(at, self.lines[-1].end if self.lines else 0.0, self._read_to)
        line = _Voiced(text, kind, start, samples, start + len(samples) / SAMPLE_RATE)
        self.lines.append(line)
        return PlacedLine(text, kind, start, line.end)

    def cut(self, t: float) -> PlacedLine | None:
        if not self.lines or not self.lines[-1].start <= t < self.lines[-1].end:
            return None
        last = self.lines[-1]
        last.end = max(t, self._read_to)  # what was read has played
        self.cuts.append(last.end)
        return PlacedLine(last.text, last.kind, last.start, last.end, interrupted=True)

    def heard(self, line: PlacedLine) -> PlacedLine | None:
        return line

    def duck(self, t: float, ducked: bool) -> None:
        self.ducks.append((max(t, self._read_to), ducked))

    def prepare(self, lines: list[str]) -> None:
        pass

    def close(self, end: float) -> None:
        pass

    underruns = 0

    def read(self, start: float, end: float) -> ReferenceAudio:
        """What the speakers played between `start` and `end` (session seconds)."""
        n = max(0, round((end - start) * SAMPLE_RATE))
        out = np.zeros(n, dtype=np.float32)
        for line in self.lines:
            lo = max(line.start, start)
            hi = min(line.end, end)
            if hi <= lo:
                continue
            dst = round((lo - start) * SAMPLE_RATE)
            src = round((lo - line.start) * SAMPLE_RATE)
            part = line.samples[src:src + min(n - dst, round((hi - lo) * SAMPLE_RATE))]
            out[dst:dst + len(part)] = part
        for k, (t, ducked) in enumerate(self.ducks):
            if not ducked:
                continue
            until = next((u for u, d in self.ducks[k + 1:] if not d), end)
            a = max(0, round((t - start) * SAMPLE_RATE))
            b = min(n, round((until - start) * SAMPLE_RATE))
            if b > a:
                out[a:b] *= DUCKED_GAIN
        self._read_to = max(self._read_to, end)
        return ReferenceAudio(start, SAMPLE_RATE, out)


@dataclass(frozen=True)
class RoomAcoustics:
    """A speaker-to-microphone path: a laptop's speakers a few cm from its microphone."""

    delay_s: float = 0.1  # output latency and the air: 20 ms built in, 300 ms Bluetooth
    gain: float = 0.5  # the coach at the microphone, relative to what was played
    low_hz: float = 3500.0  # small speakers and the casing pass little above this
    high_hz: float = 250.0  # ... and little below this
    reverb_s: float = 0.06  # how long the room's reflections last (to -60 dB)
    reverb: float = 0.3  # the reflections' strength relative to the direct sound
    noise_dbfs: float = -55.0  # the room's noise floor
    seed: int = 0

    def impulse_response(self) -> Samples:
        """The path after its delay: band-limited direct sound plus decaying reflections."""
        rng = np.random.default_rng(self.seed)
        n = max(1, round(self.reverb_s * SAMPLE_RATE))
        t = np.arange(n) / SAMPLE_RATE
        ir = self.reverb * rng.standard_normal(n) * np.exp(-6.9 * t / self.reverb_s) / 8.0
        ir[0] = 1.0
        spectrum = np.fft.rfft(ir, 2 * n)
        hz = np.fft.rfftfreq(2 * n, 1 / SAMPLE_RATE)
        band = (1 / np.sqrt(1 + (hz / self.low_hz) ** 4)
                / np.sqrt(1 + (self.high_hz / (hz + 1e-3)) ** 4))
        shaped = np.fft.irfft(spectrum * band, 2 * n)[:n]
        return (self.gain * shaped / max(1e-9, float(np.max(np.abs(shaped))))).astype(np.float32)


class SimulatedRoom:
    """An `AudioSource`: the user's recording as the microphone hears it in a room where the
    coach's lines come out of speakers. The coach's part is rendered chunk by chunk from what
    `played` (a `SpeakingSink`, or any echo reference) has played by then, through
    `acoustics`, so it follows whatever the loop says, cuts and ducks."""

    def __init__(self, user: Samples, played: SpeakingSink,
                 acoustics: RoomAcoustics | None = None, tail_s: float = 0.0) -> None:
        self.user = np.asarray(user, dtype=np.float32)
        self.played = played
        self.acoustics = acoustics or RoomAcoustics()
        self.tail_s = tail_s
        self._ir = self.acoustics.impulse_response()
        self._echoes: list[Samples] = []

    @property
    def echo(self) -> Samples:
        """The coach's part of what the microphone heard so far."""
        return np.concatenate(self._echoes) if self._echoes else np.zeros(0, np.float32)

    @property
    def overflows(self) -> int:
        return 0

    def chunks(self) -> Iterator[AudioChunk]:
        a = self.acoustics
        rng = np.random.default_rng(a.seed + 1)
        noise = 10 ** (a.noise_dbfs / 20)
        audio = np.concatenate([self.user, np.zeros(round(self.tail_s * SAMPLE_RATE),
                                                    dtype=np.float32)])
        self._echoes = []
        history = len(self._ir) - 1
        for first in range(0, len(audio), CHUNK_SAMPLES):
            block = audio[first:first + CHUNK_SAMPLES]
            block = np.pad(block, (0, CHUNK_SAMPLES - len(block)))
            start = first / SAMPLE_RATE
            end = start + CHUNK_S
            played = self.played.read(start - a.delay_s - history / SAMPLE_RATE,
                                       end - a.delay_s).samples
            echo = np.convolve(played, self._ir)[history:history + CHUNK_SAMPLES]
            self._echoes.append(echo.astype(np.float32))
            mic = block + echo + noise * rng.standard_normal(CHUNK_SAMPLES)
            yield AudioChunk(np.clip(mic, -1.0, 1.0).astype(np.float32), start)


# ---------------------------------------------------------------------------- turns


def make_turn(index: int = 0, start: float = 10.0, end: float = 15.0, *, words: int = 12,
              wpm: float = 144.0, articulation_wpm: float | None = None, pauses: int = 0,
              fillers: int = 0, labels: Iterable[str | MoveLabel] = (), text: str = "",
              partner_end: float | None = None, partner_speaking_s: float = 0.0,
              partner_text: str | None = None, barge_in: bool = False,
              tip: str | None = None) -> Turn:
    """A turn whose pacing gives `words` words at `wpm` (speech starting at `start`)."""
    speaking = words * 60.0 / wpm if wpm > 0 else 0.0
    articulation = words * 60.0 / articulation_wpm if articulation_wpm else speaking
    pacing = Pacing(words=words, fillers=fillers, first_start=start,
                    last_end=start + speaking, speaking_s=speaking,
                    articulation_s=min(articulation, speaking), pauses=pauses)
    return Turn(index=index, start=start, end=end, text=text or " ".join(["word"] * words),
                pacing=pacing, labels=tuple(MoveLabel(label) for label in labels),
                partner_end=partner_end, partner_speaking_s=partner_speaking_s,
                partner_text=partner_text, barge_in=barge_in, tip=tip)


# ---------------------------------------------------------------------------- a whole loop


@dataclass
class LoopRun:
    outcome: SessionOutcome
    events: list[dict[str, object]]  # the event log, as `--events` would write it
    log: list[str]  # the same, line by line, byte for byte
    sink: RecordingSink
    transcriber: FakeTranscriber
    clock: FakeClock

    def of_type(self, *types: str) -> list[dict[str, object]]:
        return [e for e in self.events if e["type"] in types]


_MATCHER: list[Matcher] = []


def run_loop(conductor: Conductor, audio: Samples, phrases: Mapping[float, str], *,
             config: LoopConfig | None = None, vad: VadConfig | None = None,
             detector: ScriptedDetector | None = None, lose_at: float | None = None,
             interrupt_at: float | None = None,
             compute_s: float = 0.0, sink: RecordingSink | None = None,
             hooks: LoopHooks | None = None,
             transcriber: FakeTranscriber | None = None) -> LoopRun:
    """Run `conductor` over `audio` at full speed on a fake clock; `compute_s` is how long
    each transcription pretends to take (on that clock)."""
    if not _MATCHER:
        _MATCHER.append(load_matcher([]))  # the built-in packs, built once per process
    clock = FakeClock()
    transcriber = transcriber or FakeTranscriber(phrases)
    if compute_s:
        plain = transcriber.transcribe

        def slow(audio: Samples, progress: Callable[[float], None] | None = None,
                 context: str | None = None) -> list[Word]:
            clock.advance(compute_s)
            return plain(audio, progress, context)

        transcriber.transcribe = slow  # type: ignore[method-assign]
    sink = sink or RecordingSink()
    events = EventLog()
    config = config or LoopConfig()
    parts = LoopParts(source=ArraySource(audio, lose_at, interrupt_at),
                      detector=detector or ScriptedDetector(), transcriber=transcriber,
                      matcher=_MATCHER[0],
                      vocabulary=FillerVocabulary.load(), sink=sink, events=events,
                      clock=SessionClock(config.realtime, clock), vad=vad or VadConfig(),
                      config=config)
    outcome = SessionLoop(parts, conductor, hooks).run()
    events.close()
    log = [event.as_json() for event in events.events]
    return LoopRun(outcome, [json.loads(line) for line in log], log, sink, transcriber, clock)


# ---------------------------------------------------------------------------- a session in a room


@dataclass
class RoomRun:
    outcome: SessionOutcome
    events: list[dict[str, object]]
    echo: SpeakerEcho
    room: SimulatedRoom
    sink: SpeakingSink


def run_room(conductor: Conductor, user: Samples, parts: RoomParts,
             acoustics: RoomAcoustics | None = None,
             settings: EchoSettings | None = None,
             hooks: LoopHooks | None = None) -> RoomRun:
    """A speakers-mode session (echo gate on, the canceller in front of it) in a simulated
    room, at full speed on a fake clock, with the real detector and transcriber given."""
    if not _MATCHER:
        _MATCHER.append(load_matcher([]))
    sink = SpeakingSink(parts.voice)
    room = SimulatedRoom(user, sink, acoustics, tail_s=2.0)
    echo = SpeakerEcho(sink, settings)
    events = EventLog()
    config = LoopConfig(echo_gate=True)
    loop_parts = LoopParts(source=room, detector=parts.detector, transcriber=parts.transcriber,
                           matcher=_MATCHER[0], vocabulary=FillerVocabulary.load(), sink=sink,
                           events=events, clock=SessionClock(False, FakeClock()),
                           config=config, echo=echo)
    outcome = SessionLoop(loop_parts, conductor, hooks).run()
    events.close()
    return RoomRun(outcome, [json.loads(e.as_json()) for e in events.events], echo, room, sink)


@dataclass(frozen=True)
class RoomParts:
    voice: TextToSpeech  # the coach's
    detector: VoiceDetector
    transcriber: Transcriber


@dataclass(frozen=True)
class Heard:
    """What the loop made of one stretch the user spoke."""

    command: str | None = None  # the command it took it for
    text: str | None = None  # the words of the turn it took, or of the command
    barge_in: bool = False  # it cut the line playing

    def recognised(self, expected: VoiceCommand | None) -> bool:
        """The right command; for a turn (None), a turn taken over the partner."""
        if expected is not None:
            return self.command == expected.value
        return self.command is None and bool(self.text) and self.barge_in


def spoken_over(events: list[dict[str, object]], said: list[tuple[float, float]],
                slack_s: float = 2.5) -> tuple[list[Heard], list[str]]:
    """For each stretch the user spoke (start, end), what the loop heard in it; and every
    transcript that fell in no stretch (the coach's voice taken for the user's)."""
    heard = [Heard() for _ in said]
    stray: list[str] = []
    for event in events:
        kind = event["type"]
        if kind not in ("transcript", "command", "barge_in"):
            continue
        t = float(str(event["t"]))
        k = next((i for i, (a, b) in enumerate(said) if a <= t <= b + slack_s), None)
        if k is None:
            if kind == "transcript":
                stray.append(str(event["text"]))
            continue
        if kind == "barge_in":
            heard[k] = replace(heard[k], barge_in=True)
        elif kind == "command":
            heard[k] = replace(heard[k], command=str(event["command"]))
        else:
            heard[k] = replace(heard[k], text=str(event["text"]))
    return heard, stray


# What a user says over a partner who never stops: (when, what, the command it is; None: a
# turn, a barge-in on the partner).
OVER_THE_COACH: list[tuple[float, str, VoiceCommand | None]] = [
    (8.0, "Next one.", VoiceCommand.NEXT),
    (14.0, "Skip this part.", VoiceCommand.SKIP),
    (20.0, "Hi, I'm Alex. How do you know the host?", None),
    (28.0, "Say that again.", VoiceCommand.REPEAT),
    (34.0, "Stop.", VoiceCommand.STOP),
    (40.0, "What do you like about this neighborhood?", None),
    (47.0, "Repeat that.", VoiceCommand.REPEAT),
    (53.0, "I just moved here from Chicago.", None),
    (60.0, "Slower please.", VoiceCommand.SLOWER),
    (66.0, "That's all.", VoiceCommand.STOP),
]
OVER_THE_COACH_S = 72.0

_TALK = [
    "So the thing about this neighbourhood is that everybody knows the baker, and the baker "
    "knows everything about everybody, which is lovely until you want to keep a secret.",
    "I moved here about three years ago, mostly for the job, but I stayed for the river walks "
    "and the little market on Saturdays where they sell the best bread in town.",
    "My sister keeps telling me to travel more, and she is probably right, but a quiet weekend "
    "at home with a long book is something I find very hard to give up.",
]


class TalkingPartner:
    """A conductor that never stops talking: whatever the user says is said over it."""

    lines = _TALK

    def __init__(self) -> None:
        self.said = 0

    def _next(self) -> list[Say]:
        self.said += 1
        return [Say(self.lines[self.said % len(self.lines)])]

    def opening(self) -> list[Say]:
        return [Say(self.lines[0])]

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


def lay_out(phrases: list[tuple[float, Samples]], seconds: float
            ) -> tuple[Samples, list[tuple[float, float]]]:
    """Phrases placed at their times in `seconds` of silence; and where each one lies."""
    audio = np.zeros(round(seconds * SAMPLE_RATE), dtype=np.float32)
    said = []
    for at, phrase in phrases:
        first = round(at * SAMPLE_RATE)
        part = phrase[: max(0, len(audio) - first)]
        audio[first:first + len(part)] += part
        said.append((at, at + len(phrase) / SAMPLE_RATE))
    return audio, said


# As loud at the microphone as the coach comes back in the room (`RoomAcoustics.gain` 0.5 of
# espeak-ng's level, with reflections on top).
USER_GAIN = 0.7


def user_over_the_coach(speak: Callable[[str], Samples],
                        parts: list[tuple[float, str]] | None = None,
                        seconds: float = OVER_THE_COACH_S
                        ) -> tuple[Samples, list[tuple[float, float]]]:
    """The user's side of a session over the coach: each phrase (default: the ten of
    `OVER_THE_COACH`) as `speak` voices it (16 kHz; a voice unlike the coach's), at
    `USER_GAIN`, at its time; and where each one lies."""
    parts = parts if parts is not None else [(at, text) for at, text, _ in OVER_THE_COACH]
    return lay_out([(at, np.float32(USER_GAIN) * speak(text)) for at, text in parts], seconds)

