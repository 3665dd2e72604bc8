"""How the loop speaks: lines placed on the session clock, then played or written.

A line's start and end are known when it is placed (its audio's length is known once it is
synthesised), so the loop can log reply and tip events and tell a barge-in from silence the
same way whether the voice goes to the speakers, into a WAV timeline, or only onto the screen.
"""

from __future__ import annotations

import enum
import queue
import threading
from dataclasses import dataclass, field, replace
from typing import Protocol

from voicecoach.clock import Clock
from voicecoach.voice.sinks import DeviceSpeaker, WavTimelineSpeaker
from voicecoach.voice.synth import SpokenLine, TextToSpeech

WORDS_PER_SECOND_UNVOICED = 2.7  # when there is no voice at all, a line still takes time


class LineKind(enum.Enum):
    REPLY = "reply"  # the partner (or the warm-up's guide) speaking
    TIP = "tip"  # a coaching aside


@dataclass(frozen=True)
class PlacedLine:
    text: str
    kind: LineKind
    start: float
    end: float
    interrupted: bool = False

    def playing_at(self, t: float) -> bool:
        return self.start <= t < self.end


class Mouth(Protocol):
    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        """Place a line at session time `at` (or when the line before it ends)."""
        ...

    def cut(self, t: float) -> PlacedLine | None:
        """Barge-in: stop the line playing at `t`; the shortened line, or None."""
        ...

    def prepare(self, lines: list[str]) -> None:
        """Synthesise lines ahead, so saying them later costs nothing."""
        ...

    def close(self, end: float) -> None: ...


@dataclass
class _Timeline:
    lines: list[PlacedLine] = field(default_factory=list)

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


class TimelineMouth:
    """No real time: lines go onto a WAV timeline (`--speak-to`), or only onto the screen."""

    def __init__(self, voice: TextToSpeech | None, wav: WavTimelineSpeaker | None) -> None:
        self._voice = voice
        self._wav = wav
        self._timeline = _Timeline()

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        if self._voice is None:
            duration = len(text.split()) / WORDS_PER_SECOND_UNVOICED
        else:
            duration = self._voice.synthesize(text).duration
        line = self._timeline.place(text, kind, at, duration)
        if self._wav is not None:
            self._wav.say_at(text, line.start)
        return line

    def cut(self, t: float) -> PlacedLine | None:
        line = self._timeline.cut(t)
        if line is not None and self._wav is not None:
            self._wav.cut_at(t)
        return line

    def prepare(self, lines: list[str]) -> None:
        if self._voice is not None:
            for line in lines:
                self._voice.synthesize(line)

    def close(self, end: float) -> None:
        if self._wav is not None:
            self._wav.pad_to(end)
            self._wav.close()


class DeviceMouth:
    """Real time, through the speakers: a playback thread plays each line at its start time."""

    def __init__(self, voice: TextToSpeech, speaker: DeviceSpeaker, clock: Clock) -> None:
        self._voice = voice
        self._speaker = speaker
        self._clock = clock
        self._timeline = _Timeline()
        self._queue: queue.Queue[tuple[PlacedLine, SpokenLine] | None] = queue.Queue()
        self._thread = threading.Thread(target=self._play, name="voicecoach-voice", daemon=True)
        self._thread.start()

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        spoken = self._voice.synthesize(text)
        line = self._timeline.place(text, kind, max(at, self._clock.now()), spoken.duration)
        self._queue.put((line, spoken))
        return line

    def cut(self, t: float) -> PlacedLine | None:
        line = self._timeline.cut(t)
        if line is not None:
            self._speaker.stop()
        return line

    def prepare(self, lines: list[str]) -> None:
        for line in lines:
            self._voice.synthesize(line)

    def close(self, end: float) -> None:
        self._queue.put(None)
        self._thread.join(timeout=30)
        self._speaker.close()

    def _play(self) -> None:
        while (item := self._queue.get()) is not None:
            line, spoken = item
            self._clock.sleep(line.start - self._clock.now())
            self._speaker.play(spoken)
