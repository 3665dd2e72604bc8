"""Where the coach's voice goes: one sink protocol, three sinks, one way to pick them.

Every caller (the live loop, `analyze --speak`, the benchmarks) speaks through a `VoiceSink`,
the way httpx sends every request through one transport interface:

- `DeviceSink`: real time, through the speakers; a playback thread plays each line at its
  start on the session clock, `cut` stops it within one audio block, and `played` keeps what
  really came out of the device and when (the reference an echo canceller needs);
- `TimelineSink`: no real time; lines go onto a WAV timeline (`--speak-to`), or nowhere but
  the timeline when there is no file, so a replay still knows when each line would end;
- `voicecoach.testing.RecordingSink`: the fake, for tests.

A line's start and end are known when it is placed (its audio's length is known once it is
synthesised), so the loop can log reply and tip events and tell a barge-in from silence the
same way whatever the sink. `open_sink` picks one and falls back to printing the lines, with
one notice, when there is no voice or no output device: the coach never crashes for want of a
voice.
"""

from __future__ import annotations

import enum
import queue
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, TextIO

from voicecoach.clock import Clock
from voicecoach.errors import AudioError, NoOutputDeviceError
from voicecoach.voice.device import DevicePlayer, Played, find_output_device
from voicecoach.voice.synth import SpokenLine, Synthesizer, TextToSpeech, VoiceConfig
from voicecoach.voice.wavfile import WavTimeline

__all__ = [
    "DeviceSink",
    "LineKind",
    "OpenedSink",
    "PlacedLine",
    "Played",
    "TimelineSink",
    "VoiceSink",
    "open_sink",
]

WORDS_PER_SECOND_UNVOICED = 2.7  # when there is no voice at all, a line still takes time
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

    `played` lists what the device really played, with the times its first block went out
    and its last sample left the device.
    """

    def __init__(self, voice: TextToSpeech, player: DevicePlayer, clock: Clock) -> None:
        self._voice = voice
        self._player = player
        self._clock = clock
        self._timeline = _Timeline()
        self._queue: queue.Queue[tuple[PlacedLine, SpokenLine] | None] = queue.Queue()
        self._lock = threading.Lock()
        self.played: list[Played] = []
        self._thread = threading.Thread(target=self._play, name="voicecoach-voice", daemon=True)
        self._thread.start()

    @property
    def stream_latency(self) -> float:
        return self._player.stream_latency

    @property
    def underruns(self) -> int:
        return self._player.underruns

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        spoken = self._voice.synthesize(text)
        # The last sample leaves the device one output buffer after it is handed over: the
        # line ends then, for the event log and for the echo gate.
        duration = spoken.duration + self._player.stream_latency
        line = self._timeline.place(text, kind, max(at, self._clock.now()), duration)
        self._queue.put((line, spoken))
        return line

    def cut(self, t: float) -> PlacedLine | None:
        line = self._timeline.cut(t)
        if line is not None:
            self._player.stop()
        return line

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
            line, spoken = item
            self._clock.sleep(line.start - self._clock.now())
            played = self._player.play(spoken)
            with self._lock:
                self.played.append(played)


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
