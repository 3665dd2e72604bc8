"""What the speakers played, sample for sample, on the session clock: an echo canceller's
reference signal.

Live, "the session clock" here is the microphone's: each block is placed where the
microphone captures what the DAC plays at that moment (`capture`, the input stream's
`hearing.audio.CaptureClock`), from the output stream's own DAC time. Placed by the loop's
session clock instead, which follows the loop and so runs behind the microphone by a varying
amount, the reference moved against the microphone by 5-20 ms between lines on a real
stream, and the echo canceller never got past 9 dB.

The audio callback writes every block it hands to the device (lines, ducking and the silence
between them) with the session time its first sample reaches the DAC. A ring keeps the last
`seconds` of it, so memory stays bounded however long the session runs. The stream's own
sample clock is trusted over the callback's jittery timestamps: a new anchor is taken only
when blocks stop following on from the ones before (a restarted stream, a dropout, drift).
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from voicecoach.voice.synth import Samples

__all__ = ["CaptureTime", "EchoReference", "ReferenceAudio"]

# The stream's sample clock is kept while blocks follow on from the ones before: the DAC times
# of single blocks jitter by over 2 ms under load, and they drift against the microphone's
# clock (2 ms in 30 s, and 15 ms over a stream's first 5 s) on a PulseAudio null sink whose
# monitor (the echo) stays put to the sample. Each new anchor is a step of the reference
# against the echo, which cost the echo canceller all it had learnt (ERLE from 30 dB to 0 for
# 3-5 s, and the coach's voice became turns meanwhile: benchmarks/echo_loop.py). So a new
# anchor is taken only where the stream really broke off: a block this far off at once (a
# restarted stream), or a block after an underrun more than `_JUMP_S` off. A new anchor, taken
# from one jittery block, is set right once by the median of the `_SETTLE_BLOCKS` after it.
# Drift (two devices' clocks) is the echo delay search's to follow, in steps of 10 ms.
_JUMP_S = 0.002
_SETTLE_BLOCKS = 8
_RESTART_S = 0.05


@dataclass(frozen=True, eq=False)
class ReferenceAudio:
    """Samples the device played, the first of them at session time `start`."""

    start: float
    rate: int
    samples: Samples = field(repr=False)

    @property
    def end(self) -> float:
        return self.start + len(self.samples) / self.rate


class CaptureTime(Protocol):
    """The microphone's clock (`hearing.audio.CaptureClock`)."""

    def session_time(self, stream_time: float) -> float | None:
        """PortAudio's `stream_time` on the microphone's clock (None: not known yet)."""
        ...


class EchoReference:
    """A ring of the last `seconds` of output, each sample placed on the session clock."""

    def __init__(self, rate: int, seconds: float = 30.0,
                 capture: CaptureTime | None = None) -> None:
        self.rate = rate
        # Set live: blocks given a stream time are placed on the microphone's clock.
        self.capture = capture
        self._ring = np.zeros(max(1, int(rate * seconds)), dtype=np.float32)
        self._written = 0  # samples ever written; sample i lives at ring[i % size]
        # (sample index, session time): where the sample clock was (re)anchored.
        self._anchors: deque[tuple[int, float]] = deque()
        self._drift: deque[float] = deque(maxlen=_SETTLE_BLOCKS)  # recent blocks: off by
        self._fresh = True  # the last anchor has not yet been set right by the blocks after it
        self._lock = threading.Lock()

    @property
    def seconds(self) -> float:
        return len(self._ring) / self.rate

    def write(self, samples: Samples, at: float, stream_at: float | None = None,
              underflow: bool = False) -> None:
        """`samples` reached (or will reach) the DAC from session time `at` on; from
        `stream_at` on PortAudio's clock, which `capture` (when set and running) turns into
        the time the microphone hears it, used instead of `at`. `underflow`: the device ran
        dry before this block (the blocks before it may have played later than stamped)."""
        n = len(samples)
        if n == 0:
            return
        capture = self.capture
        if capture is not None and stream_at is not None:
            heard = capture.session_time(stream_at)
            if heard is not None:
                at = heard
        size = len(self._ring)
        with self._lock:
            if self._anchors:
                index, t = self._anchors[-1]
                expected = t + (self._written - index) / self.rate
                self._drift.append(at - expected)
                settled = float(np.median(self._drift))
                if abs(at - expected) > _RESTART_S or (underflow
                                                        and abs(at - expected) > _JUMP_S):
                    self._anchors.append((self._written, at))
                    self._drift.clear()
                    self._fresh = True
                elif self._fresh and len(self._drift) == _SETTLE_BLOCKS:
                    if abs(settled) > _JUMP_S:
                        self._anchors.append((self._written, expected + settled))
                        self._drift.clear()
                    self._fresh = False
            else:
                self._anchors.append((self._written, at))
            if n >= size:
                self._written += n - size  # only the last `size` samples are kept
                samples, n = samples[-size:], size
            pos = self._written % size
            first = min(n, size - pos)
            self._ring[pos : pos + first] = samples[:first]
            self._ring[: n - first] = samples[first:]
            self._written += n
            oldest = self._written - size
            while len(self._anchors) > 1 and self._anchors[1][0] <= oldest:
                self._anchors.popleft()

    def read(self, start: float, end: float) -> ReferenceAudio:
        """What played between session times `start` and `end`; silence where nothing did
        (before the ring's oldest sample, between streams, after the newest)."""
        out = np.zeros(max(0, round((end - start) * self.rate)), dtype=np.float32)
        size = len(self._ring)
        with self._lock:
            oldest = max(0, self._written - size)
            anchors = list(self._anchors)
            for k, (index, t) in enumerate(anchors):
                stop = anchors[k + 1][0] if k + 1 < len(anchors) else self._written
                lo = max(index, oldest)
                if lo >= stop:
                    continue
                # Samples lo..stop of this stretch start at this time, at this output index:
                first_t = t + (lo - index) / self.rate
                dst = round((first_t - start) * self.rate)
                src_lo, src_hi = lo, stop
                if dst < 0:
                    src_lo, dst = src_lo - dst, 0
                src_hi = min(src_hi, src_lo + len(out) - dst)
                if src_hi <= src_lo:
                    continue
                idx = np.arange(src_lo, src_hi) % size
                out[dst : dst + (src_hi - src_lo)] = self._ring[idx]
        return ReferenceAudio(start, self.rate, out)
