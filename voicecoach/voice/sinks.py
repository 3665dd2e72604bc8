"""Where the coach's voice goes: one sink protocol, three sinks, one way to pick them.

Every caller (the live loop, `analyze --speak`, the benchmarks) speaks through a `VoiceSink`,
the way httpx sends every request through one transport interface:

- `DeviceSink`: real time, through the speakers; a playback thread plays each line at its
  start on the session clock, `cut` silences it within a few ms, `played` keeps when each
  line really reached the DAC and `reference` the samples themselves (what an echo canceller
  needs); `say_chunks` starts a line with its first sentence while the rest is synthesised,
  and `say` does so by itself for a line its voice would be slow to render whole (a Piper
  line built at run time: `voice.roles.VoiceCast.streams`);
- `TimelineSink`: no real time; lines go onto a WAV timeline (`--speak-to`), or nowhere but
  the timeline when there is no file, so a replay still knows when each line would end;
- `voicecoach.testing.RecordingSink`: the fake, for tests.

A line's start and end are planned when it is placed (its audio's length is known once it is
synthesised), so the loop can schedule what follows the same way whatever the sink. When the
line has played, `heard` gives it as it really was: the device's clock, not the plan, dates
the reply and tip ends in the event log and opens the echo gate.

`open_sink` picks one and falls back to printing the lines, with one notice, when there is no
voice or no output device: the coach never crashes for want of a voice.
"""

from __future__ import annotations

import enum
import queue
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol, TextIO, runtime_checkable

from voicecoach.clock import Clock
from voicecoach.errors import AudioError, NoOutputDeviceError
from voicecoach.voice.device import DevicePlayer, Played, find_output_device
from voicecoach.voice.reference import EchoReference
from voicecoach.voice.synth import (
    SpokenLine,
    Synthesizer,
    TextToSpeech,
    VoiceConfig,
    synthesize_sentences,
)
from voicecoach.voice.wavfile import WavTimeline

__all__ = [
    "DeviceSink",
    "LineKind",
    "OpenedSink",
    "PlacedLine",
    "Played",
    "RendersAhead",
    "SlowsDown",
    "TimelineSink",
    "VoiceSink",
    "open_sink",
]

WORDS_PER_SECOND_UNVOICED = 2.7  # when there is no voice at all, a line still takes time
WORDS_PER_SECOND_SPOKEN = 2.9  # espeak-ng at the default rate, for a line not yet synthesised
DUCKED_GAIN = 0.25  # -12 dB: the line goes on under a possible backchannel, clearly quieter


class LineKind(enum.Enum):
    REPLY = "reply"  # the partner (or the warm-up's guide) speaking
    TIP = "tip"  # a coaching line


@dataclass(frozen=True)
class PlacedLine:
    text: str
    kind: LineKind
    start: float
    end: float
    interrupted: bool = False

    def playing_at(self, t: float) -> bool:
        return self.start <= t < self.end


class VoiceSink(Protocol):
    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        """Place a line at session time `at` (or when the line before it ends)."""
        ...

    def cut(self, t: float) -> PlacedLine | None:
        """Barge-in: stop the line playing at `t`; the shortened line, or None."""
        ...

    def heard(self, line: PlacedLine) -> PlacedLine | None:
        """`line` (as placed, or as cut) as it really played, once it has: its start and end
        by the output's clock. None while it may still be playing."""
        ...

    def duck(self, t: float, ducked: bool) -> None:
        """From `t`, play the line on quietly (someone may be talking over it, or only saying
        "mm"), or at full volume again. The line keeps its place on the timeline."""
        ...

    def prepare(self, lines: list[str]) -> None:
        """Synthesise lines ahead, so saying them later costs nothing."""
        ...

    def close(self, end: float) -> None:
        """Finish: a device sink first lets every placed line play out."""
        ...

    @property
    def underruns(self) -> int:
        """Times the output device ran dry mid-line so far (a gap the listener heard)."""
        ...


@runtime_checkable
class RendersAhead(Protocol):
    """A sink that can start on a reply before the turn is over: its voice builds run-time
    lines slowly (Piper), so the loop hands it the reply chosen on the speculative words."""

    @property
    def renders_ahead(self) -> bool:
        """Whether lines said ahead are really rendered ahead (false for a fast voice)."""
        ...

    def say_ahead(self, lines: Iterable[tuple[str, LineKind]],
                  later: Iterable[tuple[str, LineKind]] = ()) -> None:
        """Start rendering `lines` (and, after them, `later`: lines a later reply may say)."""
        ...

    def drop_ahead(self) -> None:
        """The user went on: what was rendered ahead will not be said."""
        ...


@runtime_checkable
class SlowsDown(Protocol):
    """A sink whose voices can speak more slowly mid-session (the user asked for it)."""

    def slow_down(self, kind: LineKind) -> bool:
        """Lines of `kind` come slower from now on; False when that voice cannot slow."""
        ...


class _Timeline:
    """Lines placed one after another on the session clock."""

    def __init__(self) -> None:
        self.lines: list[PlacedLine] = []

    def place(self, text: str, kind: LineKind, at: float, duration: float) -> PlacedLine:
        start = max(at, self.lines[-1].end if self.lines else 0.0)
        line = PlacedLine(text, kind, start, start + duration)
        self.lines.append(line)
        return line

    def cut(self, t: float) -> PlacedLine | None:
        if not self.lines or not self.lines[-1].playing_at(t):
            return None
        self.lines[-1] = replace(self.lines[-1], end=t, interrupted=True)
        return self.lines[-1]


class TimelineSink:
    """No real time: lines go onto a WAV timeline, or only onto the session clock.

    With `print_to`, each line is also printed there as it is said (`analyze --speak` with no
    voice); the live view prints lines itself and passes None.
    """

    def __init__(self, voice: TextToSpeech | None, wav: WavTimeline | None,
                 print_to: TextIO | None = None) -> None:
        self._voice = voice
        self._wav = wav
        self._print_to = print_to
        self._timeline = _Timeline()

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        if self._print_to is not None:
            print(f"coach: {text}", file=self._print_to, flush=True)
        if self._voice is None:
            return self._timeline.place(text, kind, at, len(text.split()) /
                                        WORDS_PER_SECOND_UNVOICED)
        spoken = self._voice.synthesize(text)
        line = self._timeline.place(text, kind, at, spoken.duration)
        if self._wav is not None:
            self._wav.write_at(spoken, line.start)
        return line

    def cut(self, t: float) -> PlacedLine | None:
        line = self._timeline.cut(t)
        if line is not None and self._wav is not None:
            self._wav.cut_at(t)
        return line

    def heard(self, line: PlacedLine) -> PlacedLine | None:
        return line  # no real time: a line plays exactly as placed

    def duck(self, t: float, ducked: bool) -> None:
        pass  # the timeline keeps what was said, at full volume

    def prepare(self, lines: list[str]) -> None:
        if self._voice is not None:
            for line in lines:
                self._voice.synthesize(line)

    def close(self, end: float) -> None:
        if self._wav is not None:
            self._wav.pad_to(end)
            self._wav.close()

    @property
    def underruns(self) -> int:
        return 0  # nothing plays in real time


class DeviceSink:
    """Real time, through the speakers: a playback thread plays each line at its start time.

    `played` lists what the device really played, with the times its first sample reached
    the DAC and its last one did; `heard` finds a placed line's entry there.
    """

    def __init__(self, voice: TextToSpeech, player: DevicePlayer, clock: Clock) -> None:
        self._voice = voice
        self._player = player
        self._clock = clock
        self._timeline = _Timeline()
        self._queue: queue.Queue[_Queued | None] = queue.Queue()
        self._lock = threading.Lock()
        self.played: list[Played] = []
        self._heard: dict[tuple[str, float], PlacedLine] = {}  # by (text, placed start)
        # Lines cut before the playback thread reached them (it was late): never to play.
        self._cut_early: set[tuple[str, float]] = set()
        self._thread = threading.Thread(target=self._play, name="voicecoach-voice", daemon=True)
        self._thread.start()

    @property
    def stream_latency(self) -> float:
        return self._player.stream_latency

    @property
    def underruns(self) -> int:
        return self._player.underruns

    @property
    def reference(self) -> EchoReference:
        """The last seconds of what the speakers played, on the session clock."""
        return self._player.reference

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        streams = getattr(self._voice, "streams", None)
        if streams is not None and streams(text):
            # A line built at run time in a slow voice (Piper): it plays as it is rendered,
            # from its first piece, and the loop does not wait for it.
            voice: Any = self._voice
            return self.say_chunks(text, kind, at, voice.chunks(text), voice.expected_s(text))
        spoken = self._voice.synthesize(text)
        # Planned: the last sample leaves the device one output buffer after it is handed
        # over. `heard` has the real end once it has.
        duration = spoken.duration + self._player.stream_latency
        line = self._timeline.place(text, kind, max(at, self._clock.now()), duration)
        self._queue.put(_Queued(line, [spoken]))
        return line

    def say_chunks(self, text: str, kind: LineKind, at: float,
                   chunks: Iterable[SpokenLine] | None = None,
                   expected_s: float | None = None) -> PlacedLine:
        """Say a line handed over in chunks: it starts playing with the first, while the rest
        are synthesised. `chunks` defaults to the line's sentences, synthesised one by one in
        the playback thread. The line's length is only planned (`expected_s`, else from its
        words) until `heard` has the real one."""
        if chunks is None:
            chunks = synthesize_sentences(self._voice, text)
        if expected_s is None:
            expected_s = len(text.split()) / WORDS_PER_SECOND_SPOKEN
        line = self._timeline.place(text, kind, max(at, self._clock.now()),
                                    expected_s + self._player.stream_latency)
        self._queue.put(_Queued(line, chunks))
        return line

    def cut(self, t: float) -> PlacedLine | None:
        line = self._timeline.cut(t)
        if line is not None:
            with self._lock:
                self._cut_early.add((line.text, line.start))
            self._player.stop()
        return line

    def heard(self, line: PlacedLine) -> PlacedLine | None:
        with self._lock:
            return self._heard.get((line.text, line.start))

    def duck(self, t: float, ducked: bool) -> None:
        self._player.duck(DUCKED_GAIN if ducked else 1.0)

    def prepare(self, lines: list[str]) -> None:
        for line in lines:
            self._voice.synthesize(line)

    def close(self, end: float) -> None:
        self._queue.put(None)
        self._thread.join(timeout=60)
        self._player.close()

    def _play(self) -> None:
        while (item := self._queue.get()) is not None:
            line = item.line
            key = (line.text, line.start)
            self._clock.sleep(line.start - self._clock.now())
            stops = self._player.stops  # a cut from here on stops this line, even unstarted
            with self._lock:
                cut_early = key in self._cut_early
            if cut_early:
                now = self._clock.now()
                played = Played(line.text, now, now, interrupted=True)
            elif isinstance(item.chunks, list) and len(item.chunks) == 1:
                played = self._player.play(item.chunks[0], stops_before=stops)
            else:
                played = self._player.play_chunks(line.text, item.chunks, stops_before=stops)
            close = getattr(item.chunks, "close", None)
            if close is not None:
                close()  # cut, or played: nothing more of it is to be rendered
            heard = replace(line, start=played.start, end=played.end,
                            interrupted=played.interrupted)
            with self._lock:
                self.played.append(played)
                self._heard[key] = heard
                self._cut_early.discard(key)


@dataclass(frozen=True)
class _Queued:
    line: PlacedLine
    chunks: Iterable[SpokenLine]


@dataclass
class OpenedSink:
    sink: VoiceSink
    where: str  # for the user: "speakers", a WAV path, or "screen"
    notices: list[str]  # fall-backs taken, one line each


def open_sink(config: VoiceConfig, clock: Clock, *, speak_to: Path | None = None,
              device: bool = True, print_to: TextIO | None = None,
              voice: TextToSpeech | None = None) -> OpenedSink:
    """The sink for these settings: a WAV timeline, the output device, or the screen.

    `device=False` (a replay at full speed) never opens the speakers. With no TTS engine or no
    output device the lines go to the screen (printed to `print_to`, if given), with a notice.
    An unknown voice (ConfigError) or named output device (AudioError) is the user's to fix,
    so those are raised.
    """
    notices: list[str] = []
    if config.output_device is not None and (speak_to is not None or not device):
        # Not used this time, but a name that matches nothing is still the user's to fix.
        find_output_device(config.output_device)
    tts: TextToSpeech | None = voice
    if tts is None:
        try:
            tts = Synthesizer(config)
        except AudioError as error:
            notices.append(f"{error}; the coach's lines will be printed instead")
    if speak_to is not None:
        if tts is None:
            return OpenedSink(TimelineSink(None, None, print_to), "screen", notices)
        return OpenedSink(TimelineSink(tts, WavTimeline(speak_to)), str(speak_to), notices)
    if device and tts is not None:
        try:
            player = DevicePlayer(clock, config.output_device)
            return OpenedSink(DeviceSink(tts, player, clock), "speakers", notices)
        except NoOutputDeviceError as error:
            notices.append(f"{error}; the coach's lines will be printed instead")
    return OpenedSink(TimelineSink(tts, None, print_to), "screen", notices)
