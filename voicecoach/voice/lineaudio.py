"""One line's samples on their way to the audio callback, handed over whole or in chunks.

The producer (the sink's playback thread, synthesising sentence by sentence) appends chunks;
the PortAudio callback takes them block by block. So playback starts with the first chunk,
and the callback does no Python work beyond a slice and a copy: it never waits for synthesis.
"""

from __future__ import annotations

import threading
from collections import deque

import numpy as np

from voicecoach.voice.synth import Samples, resample

__all__ = ["LineAudio"]

_EMPTY: Samples = np.zeros(0, dtype=np.float32)


class LineAudio:
    """Samples at the stream's `rate`, appended by one thread and taken by the callback."""

    def __init__(self, text: str, rate: int) -> None:
        self.text = text
        self.rate = rate
        self._chunks: deque[Samples] = deque()
        self._lock = threading.Lock()  # held for a deque operation, never across work
        self._finished = False
        self.appended = 0  # samples handed over so far
        self.taken = 0  # samples the callback has taken

    @classmethod
    def whole(cls, text: str, samples: Samples, src_rate: int, rate: int) -> LineAudio:
        line = cls(text, rate)
        line.append(samples, src_rate)
        line.finish()
        return line

    def append(self, samples: Samples, src_rate: int | None = None) -> None:
        """Add the next chunk (resampled here, in the producer's thread, if need be)."""
        if src_rate is not None and src_rate != self.rate:
            samples = resample(samples, src_rate, self.rate)
        samples = np.ascontiguousarray(samples, dtype=np.float32)
        with self._lock:
            if self._finished:
                raise ValueError("the line is finished; nothing can be added to it")
            if len(samples):
                self._chunks.append(samples)
                self.appended += len(samples)

    def finish(self) -> None:
        """No more chunks: once the callback has taken what there is, the line is over."""
        with self._lock:
            self._finished = True

    @property
    def finished(self) -> bool:
        with self._lock:
            return self._finished

    @property
    def done(self) -> bool:
        """Finished and all taken."""
        with self._lock:
            return self._finished and not self._chunks

    def take(self, n: int) -> Samples:
        """Up to `n` samples: fewer if the producer has not caught up (or the line is over)."""
        parts: list[Samples] = []
        with self._lock:
            while n > 0 and self._chunks:
                head = self._chunks[0]
                if len(head) <= n:
                    parts.append(self._chunks.popleft())
                    n -= len(head)
                else:
                    parts.append(head[:n])
                    self._chunks[0] = head[n:]
                    n = 0
        out = parts[0] if len(parts) == 1 else (np.concatenate(parts) if parts else _EMPTY)
        self.taken += len(out)
        return out
