"""The event log: one JSON object per line, `t` in seconds on the session clock.

A contract (README, "The event log"): outside checks read it. The session clock is the
input's audio time, so a recording replayed twice gives the same events.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import sys
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO, Any

from voicecoach.errors import VoiceCoachError

__all__ = ["Event", "EventLog", "EventType"]

_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


class EventType(str, Enum):
    SPEECH_START = "speech_start"
    SPEECH_END = "speech_end"  # carries last_voice_t, reason, silence_s
    SPEECH_RESUME = "speech_resume"  # the user went on after their turn ended; carries
    # turn_start_t and pause_s. The next transcript covers the joined turn.
    TRANSCRIPT = "transcript"  # carries text and labels
    REPLY_START = "reply_start"  # carries text
    REPLY_END = "reply_end"
    TIP_START = "tip_start"  # carries text
    TIP_END = "tip_end"
    BARGE_IN = "barge_in"  # carries line ("reply" or "tip": the kind of line cut)
    COMMAND = "command"  # carries command
    AUDIO_UNDERRUN = "audio_underrun"  # carries count: the speakers ran dry mid-line
    SESSION_END = "session_end"  # carries reason


@dataclass(frozen=True)
class Event:
    t: float
    type: EventType
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> str:
        text = json.dumps({"t": round(self.t, 3), "type": self.type.value, **self.data},
                          ensure_ascii=False)
        # JSON leaves these unescaped, but many line readers (Python's splitlines,
        # JavaScript) end a line at them: escaped, every event stays on one line.
        return text.translate(_LINE_BREAKS)


class EventLog:
    """Keeps the events in memory and, with a path, writes each line as it happens.

    The loop places the coach's lines ahead of time, so an event may be known before its
    time comes; it is written when the session clock reaches it (`advance`), which keeps the
    log in time order. Each line is flushed at once, so a session that dies still leaves a
    readable log.

    A log that cannot be written once the session runs (a full disk) is reported once on
    stderr and dropped; the session goes on, and the lines written before stay (a log
    without `session_end` was cut short). `failure` says why.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.events: list[Event] = []  # written so far, in time order
        self._waiting: list[tuple[float, int, Event]] = []
        self._count = 0
        self._path = path
        self._file: IO[str] | None = None
        self.failure: str | None = None
        if path is not None:
            try:
                self._file = path.open("w", encoding="utf-8")
            except OSError as error:
                raise VoiceCoachError(
                    f"{path}: cannot write the event log ({error.strerror}); "
                    "pick a folder you can write to") from None

    def emit(self, t: float, type: EventType, **data: Any) -> Event:
        event = Event(t, type, data)
        self._count += 1
        heapq.heappush(self._waiting, (t, self._count, event))
        return event

    def advance(self, now: float) -> None:
        """Write every event whose time has come."""
        while self._waiting and self._waiting[0][0] <= now:
            _, _, event = heapq.heappop(self._waiting)
            self.events.append(event)
            if self._file is not None:
                try:
                    self._file.write(event.as_json() + "\n")
                    self._file.flush()
                except OSError as error:
                    self._give_up(error)

    def of_type(self, type: EventType) -> list[Event]:
        return [e for e in self.events if e.type is type]

    def close(self) -> None:
        self.advance(float("inf"))
        if self._file is not None:
            try:
                self._file.close()
            except OSError as error:
                self._give_up(error)
            self._file = None

    def _give_up(self, error: OSError) -> None:
        self.failure = (f"{self._path}: cannot write the event log "
                        f"({error.strerror or error}); the session goes on without it")
        print(f"voicecoach: {self.failure}", file=sys.stderr, flush=True)
        file, self._file = self._file, None
        if file is not None:
            with contextlib.suppress(OSError):
                file.close()  # the failed flush is retried and fails again; the fd is freed
