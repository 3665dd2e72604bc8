"""Wall time for the few things that truly need it, through one injected clock.

Audio time comes from sample counts. Wall time is read only to pace a replay to real time,
to measure how long transcription took (so a replay at full speed places its result where a
live run would have had it), and to play the coach's voice on time. Each reads it through an
injected `Clock`, so tests drive a `FakeClock`: no real sleeps, and the same events every run.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol

__all__ = ["Clock", "FakeClock", "MonotonicClock"]


class Clock(Protocol):
    """Seconds on the session's clock; only differences between readings mean anything."""

    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None:
        """Wait `seconds` (a fake clock just moves on)."""
        ...


class MonotonicClock:
    """`time.monotonic()` shifted so the session starts at 0 (or at `start`)."""

    def __init__(self, start: float = 0.0) -> None:
        self._offset = time.monotonic() - start

    def now(self) -> float:
        return time.monotonic() - self._offset

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)


class FakeClock:
    """A clock that moves only when told to; safe to read from an audio thread."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def set(self, t: float) -> None:
        with self._lock:
            if t < self._now:
                raise ValueError(f"a clock does not go back: {t} < {self._now}")
            self._now = t

    def sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))

    def advance(self, seconds: float) -> float:
        """Move on by `seconds` and return the new time."""
        if seconds < 0:
            raise ValueError(f"a clock does not go back: advance({seconds})")
        with self._lock:
            self._now += seconds
            return self._now
