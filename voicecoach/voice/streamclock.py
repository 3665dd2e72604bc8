"""The output stream's clock read on the session clock.

PortAudio stamps each callback with its own clock (`currentTime`, `outputBufferDacTime`). The
callback reads the session clock too, but only once it holds the GIL, which under load can be
hundreds of ms after PortAudio's stamp; taken at face value, that wait would push every DAC
time late. The offset between the two clocks is therefore the smallest seen over the last few
seconds (the callback that waited least), as a sliding-window minimum.
"""

from __future__ import annotations

from collections import deque

__all__ = ["StreamClock"]


class StreamClock:
    """Maps stream times to session times; fed one (session now, stream now) pair a callback."""

    def __init__(self, window_s: float = 5.0) -> None:
        self.window_s = window_s  # long enough to span a stall, short enough to follow drift
        self._offsets: deque[tuple[float, float]] = deque()  # (session now, offset), rising

    def observe(self, session_now: float, stream_now: float) -> None:
        offset = session_now - stream_now
        while self._offsets and self._offsets[-1][1] >= offset:
            self._offsets.pop()  # never the minimum again: a smaller one came later
        self._offsets.append((session_now, offset))
        while self._offsets[0][0] < session_now - self.window_s and len(self._offsets) > 1:
            self._offsets.popleft()

    @property
    def offset(self) -> float | None:
        return self._offsets[0][1] if self._offsets else None

    def session_time(self, stream_time: float) -> float:
        """`stream_time` on the session clock (unchanged before any observation)."""
        offset = self.offset
        return stream_time if offset is None else stream_time + offset

    def reset(self) -> None:
        """A new stream may keep another clock."""
        self._offsets.clear()
