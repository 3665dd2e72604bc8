"""The event log: one JSON object per line, `t` in seconds on the session clock.

A contract (README, "The event log"): outside checks read it. The session clock is the
input's audio time, so a recording replayed twice gives the same events.
"""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO, Any

from voicecoach.errors import VoiceCoachError


class EventType(str, Enum):
    SPEECH_START = "speech_start"
    SPEECH_END = "speech_end"  # carries last_voice_t
    TRANSCRIPT = "transcript"  # carries text and labels
    REPLY_START = "reply_start"  # carries text
    REPLY_END = "reply_end"
    TIP_START = "tip_start"  # carries text
    TIP_END = "tip_end"
    BARGE_IN = "barge_in"
    COMMAND = "command"  # carries command
    SESSION_END = "session_end"  # carries reason


@dataclass(frozen=True)
class Event:
    t: float
    type: EventType
    data: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> str:
        return json.dumps({"t": round(self.t, 3), "type": self.type.value, **self.data},
                          ensure_ascii=False)


class EventLog:
    """Keeps the events in memory and, with a path, writes each line as it happens.

    The loop places the coach's lines ahead of time, so an event may be known before its
    time comes; it is written when the session clock reaches it (`advance`), which keeps the
    log in time order. Each line is flushed at once, so a session that dies still leaves a
    readable log.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.events: list[Event] = []  # written so far, in time order
        self._waiting: list[tuple[float, int, Event]] = []
        self._count = 0
        self._file: IO[str] | None = None
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
                self._file.write(event.as_json() + "\n")
                self._file.flush()

    def of_type(self, type: EventType) -> list[Event]:
        return [e for e in self.events if e.type is type]

    def close(self) -> None:
        self.advance(float("inf"))
        if self._file is not None:
            self._file.close()
            self._file = None
