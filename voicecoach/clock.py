"""Wall time for the few things that truly need it.

Audio time comes from sample counts. Only how long the coach's voice played, and how long the
user has been quiet while the coach waits, are measured in wall time; they read it through an
injected `Clock`, so tests drive a `FakeClock` instead of sleeping.
"""

from __future__ import annotations

import threading
import time
from typing import Protocol

__all__ = ["Clock", "FakeClock", "MonotonicClock"]


class Clock(Protocol):
    """Seconds on the session's clock; only differences between readings mean anything."""

    def now(self) -> float: ...


class MonotonicClock:
    """`time.monotonic()` shifted so the session starts at 0 (or at `start`)."""

    def __init__(self, start: float = 0.0) -> None:
        self._offset = time.monotonic() - start

    def now(self) -> float:
        return time.monotonic() - self._offset


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

    def advance(self, seconds: float) -> float:
        """Move on by `seconds` and return the new time."""
        if seconds < 0:
            raise ValueError(f"a clock does not go back: advance({seconds})")
        with self._lock:
            self._now += seconds
            return self._now
