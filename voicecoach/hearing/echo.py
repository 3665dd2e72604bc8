"""Hearing the user over the coach's own voice: acoustic echo cancellation.

On speakers the microphone hears the coach. `SpeakerEcho` takes each microphone chunk and what
the speakers played (the `voice.reference.EchoReference`, on the session clock), finds how
late the coach comes back (cross-correlation; built-in speakers add a few ms, Bluetooth a few
hundred), and subtracts it with a maintained canceller: speexdsp (Debian's `libspeexdsp1`,
through ctypes), or WebRTC's AEC3 (the `webrtc` extra, `pywebrtc-audio`). `benchmarks/echo.py`
chose speexdsp: AEC3 removes more of the coach alone, but mangles the user speaking over it
(half the commands lost), while speexdsp's output leaves them to the speech model intact.

It also measures how much of the coach it removes (echo return loss enhancement, ERLE), so that
the loop keeps the old gate (deaf while the coach speaks) until cancellation is good enough,
and tells, chunk by chunk, whether what is left can be the user (`user_likely`): the
canceller's residual is still speech to a voice detector.

`EchoWatch` is for `--headphones`: it only listens for the coach coming back, so the loop can
warn once instead of letting the coach talk to itself.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import enum
from collections import deque
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from voicecoach.errors import EchoCancellerError
from voicecoach.hearing.audio import SAMPLE_RATE, AudioChunk, Samples

__all__ = [
    "CancellerKind",
    "DelayEstimate",
    "EchoCanceller",
    "EchoMode",
    "EchoReading",
    "EchoSettings",
    "EchoWatch",
    "FarEnd",
    "PlayedAudio",
    "SpeakerEcho",
    "SpeexCanceller",
    "WebRtcCanceller",
    "erle_db",
    "estimate_delay",
    "open_canceller",
]

_EPS = 1e-10
_SILENT_RMS = 1e-3  # a reference quieter than this (-60 dBFS) plays nothing worth cancelling
_REALIGN_S = 0.001  # the reference stream is read afresh from the chunk's time if this far off


class CancellerKind(enum.Enum):
    WEBRTC = "webrtc"  # AEC3, with its own residual-echo suppressor
    SPEEX = "speex"  # speexdsp's MDF filter and its preprocessor's echo suppression


class EchoMode(enum.Enum):
    """How the loop keeps the coach's voice from being taken for the user's."""

    CANCEL = "cancel"  # the canceller removes it; the microphone stays open
    GATE = "gate"  # not (yet) good enough: deaf while the coach may be audible


@dataclass(frozen=True)
class EchoSettings:
    kind: CancellerKind = CancellerKind.SPEEX
    # Bluetooth speakers reach 300 ms, and the microphone's own latency adds to it.
    max_delay_s: float = 0.8
    window_s: float = 3.0  # audio kept to estimate the delay from
    estimate_every_s: float = 0.5
    # A correlation peak this many times the typical one is the coach coming back: the room's
    # echo gave 50-380 (40 dB down still 50), noise about 5, the user's unrelated speech up
    # to 20 (a voice's harmonics line up by chance).
    min_peak_ratio: float = 40.0
    margin_s: float = 0.02  # the reference is fed this much early: the filter stays causal
    # A new delay estimate this far from the one the reference follows moves it. Not less:
    # every move is a step the filter must learn afresh (on a real stream 2 ms steps took
    # ERLE from 30 dB to 0 for seconds, and the coach's voice became turns), while the filter
    # itself follows an echo that drifts by a few ms. Under the margin, so it stays causal.
    follow_s: float = 0.01
    jump_s: float = 0.08  # ... and this far, the filter starts again
    speex_filter_s: float = 0.2  # the room's tail the speex filter models
    # Median ERLE over the recent stretches of coach voice needed to trust the canceller, and
    # below which it is distrusted again (hysteresis: a user talking over the coach lowers it).
    good_erle_db: float = 12.0
    poor_erle_db: float = 8.0
    erle_chunks: int = 120  # about 4 s of coach voice
    # Over the coach a chunk is heard only if what is left of it lies less than this under
    # the loudest of the last `user_chunks` microphone chunks, and this far above the noise
    # floor: the canceller's residual is still speech to a voice detector behind an automatic
    # gain. Against the chunk itself (12 dB) the residual in the coach's pauses between words
    # passed (the microphone there almost silent): on the real loop-back 12% of the coach's
    # chunks, in runs of up to 6, enough for a turn; against the last 8 chunks (18 dB) 1.1%,
    # at most two in a row, while 91% of those with the user still pass (95% before). 6 chunks
    # and 15 dB let through as little of the coach but lost words in the simulated room.
    user_below_loudest_db: float = 18.0
    user_chunks: int = 8
    user_above_floor_db: float = 10.0
    floor_chunks: int = 300  # the noise floor: the quietest tenth of the last 10 s of output
    tail_chunks: int = 6  # ... and for 160 ms after the coach's last sound (reflections)
    min_erle_chunks: int = 30


@dataclass(frozen=True)
class EchoReading:
    """What `SpeakerEcho.clean` made of one chunk (for benchmarks and diagnosis)."""

    t: float
    erle_db: float  # how much the canceller took out of this chunk
    level_db: float  # what is left, dBFS
    floor_db: float  # the room's noise floor, as the rule sees it
    playing: bool  # the coach may be in this chunk (or was, within the tail)
    user_likely: bool


class PlayedAudio(Protocol):
    """What the speakers played over a stretch (`voice.reference.ReferenceAudio`)."""

    @property
    def rate(self) -> int: ...

    @property
    def samples(self) -> Samples: ...


class FarEnd(Protocol):
    """The speakers' output on the session clock (`voice.reference.EchoReference`)."""

    def read(self, start: float, end: float) -> PlayedAudio: ...


class EchoCanceller(Protocol):
    """Takes a microphone stretch and the speakers' output aligned with it (same length, 16
    kHz) and returns the microphone with the speakers' part removed, the same length."""

    @property
    def lag(self) -> int:
        """Samples the output trails the input by (framing)."""
        ...

    def process(self, mic: Samples, far: Samples) -> Samples: ...

    def reset(self) -> None: ...


# ---------------------------------------------------------------------------- the cancellers


class _Framed:
    """Cuts a stream into the fixed frames a canceller takes; the output trails the input by
    one frame when the chunk is not a whole number of frames."""

    def __init__(self, frame: int, lag: int) -> None:
        self.frame = frame
        self.lag = lag
        self._mic = np.zeros(0, dtype=np.float32)
        self._far = np.zeros(0, dtype=np.float32)
        self._out = np.zeros(lag, dtype=np.float32)

    def feed(self, mic: Samples, far: Samples) -> tuple[Samples, Samples]:
        """The whole frames now ready (mic, far), concatenated."""
        self._mic = np.concatenate([self._mic, mic])
        self._far = np.concatenate([self._far, far])
        n = len(self._mic) // self.frame * self.frame
        ready = self._mic[:n], self._far[:n]
        self._mic, self._far = self._mic[n:], self._far[n:]
        return ready

    def emit(self, cleaned: Samples, n: int) -> Samples:
        self._out = np.concatenate([self._out, cleaned])
        out, self._out = self._out[:n], self._out[n:]
        return out

    def reset(self) -> None:
        self._mic = self._far = np.zeros(0, dtype=np.float32)
        self._out = np.zeros(self.lag, dtype=np.float32)


class WebRtcCanceller:
    """WebRTC AEC3 (the canceller in Chrome), from the `pywebrtc-audio` wheel; 10 ms frames."""

    def __init__(self, rate: int = SAMPLE_RATE) -> None:
        try:
            from pywebrtc_audio import EchoCanceller as Aec3
        except ImportError as error:
            raise EchoCancellerError(
                f"the WebRTC echo canceller is not installed ({error}); "
                "pip install 'voicecoach[webrtc]'") from error
        self._aec = Aec3(sample_rate=rate, num_channels=1, stream_delay_ms=0)
        frame = rate // 100
        self._framed = _Framed(frame, frame)

    @property
    def lag(self) -> int:
        return self._framed.lag

    def process(self, mic: Samples, far: Samples) -> Samples:
        m, f = self._framed.feed(mic, far)
        cleaned: Samples = m
        if len(m):
            near: Samples = np.ascontiguousarray(m, dtype=np.float32)
            cleaned = self._aec.process(near, np.ascontiguousarray(f, dtype=np.float32))
        return self._framed.emit(cleaned, len(mic))

    def reset(self) -> None:
        self._aec.reset()
        self._framed.reset()


_SPEEX_ECHO_SET_SAMPLING_RATE = 24
_SPEEX_PREPROCESS_SET_ECHO_STATE = 24
_SPEEX_PREPROCESS_SET_DENOISE = 0


def _speexdsp() -> ctypes.CDLL:
    name = ctypes.util.find_library("speexdsp") or "libspeexdsp.so.1"
    try:
        lib = ctypes.CDLL(name)
    except OSError as error:
        raise EchoCancellerError(
            f"speexdsp is not installed ({error}); apt-get install libspeexdsp1") from error
    vp, i16p = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int16)
    lib.speex_echo_state_init.restype = vp
    lib.speex_echo_state_init.argtypes = [ctypes.c_int, ctypes.c_int]
    lib.speex_echo_cancellation.argtypes = [vp, i16p, i16p, i16p]
    lib.speex_echo_ctl.argtypes = [vp, ctypes.c_int, vp]
    lib.speex_echo_state_reset.argtypes = [vp]
    lib.speex_echo_state_destroy.argtypes = [vp]
    lib.speex_preprocess_state_init.restype = vp
    lib.speex_preprocess_state_init.argtypes = [ctypes.c_int, ctypes.c_int]
    lib.speex_preprocess_run.argtypes = [vp, i16p]
    lib.speex_preprocess_ctl.argtypes = [vp, ctypes.c_int, vp]
    lib.speex_preprocess_state_destroy.argtypes = [vp]
    return lib


def _pcm(samples: Samples) -> np.ndarray:
    return np.ascontiguousarray(np.clip(samples, -1.0, 1.0) * 32767.0, dtype=np.int16)


class SpeexCanceller:
    """speexdsp's echo canceller (MDF) and its residual-echo suppression, from Debian's
    `libspeexdsp1` through ctypes; 16 ms frames (a 32 ms chunk is two)."""

    def __init__(self, rate: int = SAMPLE_RATE, filter_s: float = 0.2) -> None:
        self._lib = _speexdsp()
        self._rate = rate
        self._frame = rate * 16 // 1000  # 16 ms: a 32 ms chunk is two frames
        self._taps = int(filter_s * rate)
        self._echo: int | None = None
        self._pre: int | None = None
        self._open()
        self._framed = _Framed(self._frame, 0)

    def _open(self) -> None:
        lib = self._lib
        self._echo = lib.speex_echo_state_init(self._frame, self._taps)
        self._pre = lib.speex_preprocess_state_init(self._frame, self._rate)
        rate = ctypes.c_int(self._rate)
        lib.speex_echo_ctl(self._echo, _SPEEX_ECHO_SET_SAMPLING_RATE, ctypes.byref(rate))
        lib.speex_preprocess_ctl(self._pre, _SPEEX_PREPROCESS_SET_ECHO_STATE,
                                 ctypes.c_void_p(self._echo))
        off = ctypes.c_int(0)  # noise is the VAD's business; only the echo is suppressed
        lib.speex_preprocess_ctl(self._pre, _SPEEX_PREPROCESS_SET_DENOISE, ctypes.byref(off))

    @property
    def lag(self) -> int:
        return 0

    def process(self, mic: Samples, far: Samples) -> Samples:
        m, f = self._framed.feed(mic, far)
        pm, pf = _pcm(m), _pcm(f)
        out = np.empty_like(pm)
        i16p = ctypes.POINTER(ctypes.c_int16)
        for k in range(0, len(pm), self._frame):
            rec, play, dst = pm[k:k + self._frame], pf[k:k + self._frame], out[k:k + self._frame]
            self._lib.speex_echo_cancellation(self._echo, rec.ctypes.data_as(i16p),
                                              play.ctypes.data_as(i16p), dst.ctypes.data_as(i16p))
            self._lib.speex_preprocess_run(self._pre, dst.ctypes.data_as(i16p))
        return self._framed.emit(out.astype(np.float32) / np.float32(32768.0), len(mic))

    def reset(self) -> None:
        self._close()
        self._open()
        self._framed.reset()

    def _close(self) -> None:
        if getattr(self, "_pre", None) is not None:
            self._lib.speex_preprocess_state_destroy(self._pre)
        if getattr(self, "_echo", None) is not None:
            self._lib.speex_echo_state_destroy(self._echo)
        self._echo = self._pre = None

    def __del__(self) -> None:
        self._close()


def open_canceller(settings: EchoSettings, rate: int = SAMPLE_RATE) -> EchoCanceller:
    """The canceller `settings` names; EchoCancellerError when its library is missing."""
    if settings.kind is CancellerKind.SPEEX:
        return SpeexCanceller(rate, settings.speex_filter_s)
    return WebRtcCanceller(rate)


# ---------------------------------------------------------------------------- measuring


def erle_db(echo: Samples, residual: Samples) -> float:
    """Echo return loss enhancement: how much quieter the echo is after cancellation."""
    before = float(np.mean(np.square(echo, dtype=np.float64)))
    after = float(np.mean(np.square(residual, dtype=np.float64)))
    return float(10.0 * np.log10((before + _EPS) / (after + _EPS)))


@dataclass(frozen=True)
class DelayEstimate:
    seconds: float  # how long after it is played the speakers' sound reaches the microphone
    peak_ratio: float  # the correlation peak over the typical correlation: how sure


def estimate_delay(far: Samples, mic: Samples, rate: int = SAMPLE_RATE,
                   max_delay_s: float = 0.5) -> DelayEstimate | None:
    """The lag at which `far` best explains `mic` (generalised cross-correlation with phase
    transform: sharp peaks whatever the room's colouring); None with nothing played."""
    n = min(len(far), len(mic))
    if n == 0 or _rms(far[:n]) < _SILENT_RMS:
        return None
    size = 1 << int(np.ceil(np.log2(2 * n)))
    cross = np.fft.rfft(mic[:n], size) * np.conj(np.fft.rfft(far[:n], size))
    cross /= np.abs(cross) + _EPS
    cc = np.abs(np.fft.irfft(cross, size)[: min(n, int(max_delay_s * rate) + 1)])
    best = int(np.argmax(cc))
    typical = float(np.mean(cc)) + _EPS
    return DelayEstimate(best / rate, float(cc[best]) / typical)


def _rms(samples: Samples) -> float:
    return float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if len(samples) else 0.0


def _db(samples: Samples) -> float:
    return float(10.0 * np.log10(np.mean(np.square(samples, dtype=np.float64)) + _EPS))


class _FarStream:
    """What the speakers played, as one continuous stream at the canceller's rate, from a
    session time on: each read goes on from the source sample where the last one ended.
    Reading each chunk's window by time instead would round it to the reference's sample
    grid afresh every 32 ms, and an adaptive filter cannot follow a path that moves by a
    fraction of a sample that often (on a real device it stayed under 6 dB)."""

    _MARGIN = 8  # source samples read beyond each end, for the filter and the interpolation

    def __init__(self, far: FarEnd, rate: int) -> None:
        self.far = far
        self.rate = rate
        self._t0 = 0.0  # session time of source sample 0
        self._pos = 0.0  # where the next output sample lies, in source samples from _t0
        self._src_rate: int | None = None

    @property
    def at(self) -> float:
        """The session time of the next sample `take` gives."""
        return self._t0 + self._pos / self._src_rate if self._src_rate else self._t0

    def seek(self, t: float) -> None:
        self._t0, self._pos, self._src_rate = t, 0.0, None

    def take(self, n: int) -> Samples:
        if self._src_rate is None:
            self._src_rate = self.far.read(self._t0, self._t0).rate
        src_rate = self._src_rate
        ratio = src_rate / self.rate
        positions = self._pos + np.arange(n, dtype=np.float64) * ratio
        first = int(np.floor(positions[0])) - self._MARGIN
        last = int(np.ceil(positions[-1])) + self._MARGIN + 1
        played = self.far.read(self._t0 + first / src_rate, self._t0 + last / src_rate)
        if played.rate != src_rate:  # the output stream was reopened at another rate
            self.seek(self.at)
            return self.take(n)
        x = np.asarray(played.samples, dtype=np.float32)
        if src_rate > self.rate and len(x):
            # Averaging over the rate ratio: a cheap anti-alias filter, enough for a
            # reference whose speech energy lies far below 8 kHz.
            width = max(1, round(ratio))
            x = np.convolve(x, np.full(width, 1.0 / width, dtype=np.float32), mode="same")
        self._pos += n * ratio
        return np.interp(positions - first, np.arange(len(x)), x, left=0.0,
                         right=0.0).astype(np.float32)


class _History:
    """The last few seconds of microphone and reference (unshifted), for the delay search."""

    def __init__(self, seconds: float, rate: int) -> None:
        self._size = int(seconds * rate)
        self._mic: deque[Samples] = deque()
        self._far: deque[Samples] = deque()
        self._n = 0

    def add(self, mic: Samples, far: Samples) -> None:
        self._mic.append(mic)
        self._far.append(far)
        self._n += len(mic)
        while self._n - len(self._mic[0]) >= self._size:
            self._n -= len(self._mic.popleft())
            self._far.popleft()

    def arrays(self) -> tuple[Samples, Samples]:
        return np.concatenate(list(self._far)), np.concatenate(list(self._mic))


class _Delay:
    """Finds how late the speakers come back, from time to time, while the coach speaks."""

    def __init__(self, settings: EchoSettings, rate: int) -> None:
        self.settings = settings
        self.rate = rate
        self.history = _History(settings.window_s, rate)
        self.estimate: DelayEstimate | None = None
        self._since = 0.0

    def observe(self, mic: Samples, far: Samples) -> DelayEstimate | None:
        """A new estimate when one is due and the coach has spoken enough to make it."""
        self.history.add(mic, far)
        self._since += len(mic) / self.rate
        if self._since < self.settings.estimate_every_s:
            return None
        far_all, mic_all = self.history.arrays()
        active = np.mean(np.abs(far_all) > _SILENT_RMS)
        if active < 0.3:
            return None  # too little of the coach in the window to go by
        self._since = 0.0
        found = estimate_delay(far_all, mic_all, self.rate, self.settings.max_delay_s)
        if found is None or found.peak_ratio < self.settings.min_peak_ratio:
            return None
        self.estimate = found
        return found


class _Lag:
    """A stream delayed by a fixed number of samples."""

    def __init__(self, lag: int) -> None:
        self._held = np.zeros(lag, dtype=np.float32)

    def push(self, x: Samples) -> Samples:
        if not len(self._held):
            return x
        joined = np.concatenate([self._held, x])
        out, self._held = joined[: len(x)], joined[len(x):]
        return out


class SpeakerEcho:
    """The microphone with the coach's voice taken out, and whether that can be trusted.

    `clean` is called once per chunk, in order, from the loop's thread.
    """

    def __init__(self, far: FarEnd, settings: EchoSettings | None = None,
                 canceller: EchoCanceller | None = None, rate: int = SAMPLE_RATE) -> None:
        self.settings = settings or EchoSettings()
        self.far = far
        self.rate = rate
        self.canceller = canceller or open_canceller(self.settings, rate)
        self._delay = _Delay(self.settings, rate)
        self._shift = 0.0  # the reference is read this much earlier than the microphone
        self._far_now = _FarStream(far, rate)  # as played, for the delay search
        self._far_fed = _FarStream(far, rate)  # shifted, for the canceller
        self._erle: deque[float] = deque(maxlen=self.settings.erle_chunks)
        self.mode = EchoMode.GATE
        self.user_likely = True  # the last chunk may hold the user's voice (see `clean`)
        self.reading: EchoReading | None = None  # the last chunk's
        self._levels: deque[float] = deque(maxlen=self.settings.floor_chunks)
        self._recent: deque[bool] = deque(maxlen=self.settings.tail_chunks)  # coach played
        self._mic_power: deque[float] = deque(maxlen=self.settings.user_chunks)
        self.changes: list[tuple[float, EchoMode]] = []  # (t, mode) each time it changed
        self._mic_lag = _Lag(self.canceller.lag)
        self._far_lag = _Lag(self.canceller.lag)

    @property
    def delay_s(self) -> float | None:
        found = self._delay.estimate
        return found.seconds if found is not None else None

    @property
    def erle_db(self) -> float | None:
        """The median ERLE over the recent chunks of coach voice (None: too few yet)."""
        if len(self._erle) < self.settings.min_erle_chunks:
            return None
        return float(np.median(self._erle))

    def clean(self, chunk: AudioChunk) -> AudioChunk:
        mic = chunk.samples
        n = len(mic)
        if abs(self._far_now.at - chunk.start) > _REALIGN_S:
            self._far_now.seek(chunk.start)  # the first chunk, or the input skipped
        found = self._delay.observe(mic, self._far_now.take(n))
        if found is not None:
            shift = max(0.0, found.seconds - self.settings.margin_s)
            moved = abs(shift - self._shift)
            if moved > self.settings.follow_s:
                # Live, the delay drifts by tens of ms as the loop catches up with the
                # microphone: the reference follows it, so the filter's model still holds.
                self._shift = shift
                self._far_fed.seek(chunk.start - shift)
            if moved > self.settings.jump_s:
                self.canceller.reset()  # a new path (other speakers): learnt afresh
                self._erle.clear()
                self._set_mode(chunk.start, EchoMode.GATE)  # until it has learnt it
        if abs(self._far_fed.at - (chunk.start - self._shift)) > _REALIGN_S:
            self._far_fed.seek(chunk.start - self._shift)
        far = self._far_fed.take(n)
        cleaned = self.canceller.process(mic, far)
        # The output trails by the canceller's lag: measure it against what it came from.
        mic_in, far_in = self._mic_lag.push(mic), self._far_lag.push(far)
        level = _db(cleaned)
        self._levels.append(level)
        playing = _rms(far_in) >= _SILENT_RMS
        self._recent.append(playing)
        erle = erle_db(mic_in, cleaned)
        if playing:
            self._erle.append(erle)
        self._mic_power.append(_db(mic_in))
        # Well above the room's noise (a voice detector behind an automatic gain hears speech
        # in the noise the coach's voice leaves behind) and, while the coach may be heard,
        # near the loudness the microphone has just had: something not explained by what was
        # played, the user's voice. The room's reflections still come in a while after the
        # coach stops.
        floor = float(np.percentile(self._levels, 10))
        self.user_likely = level > floor + self.settings.user_above_floor_db and (
            not any(self._recent)
            or max(self._mic_power) - level < self.settings.user_below_loudest_db)
        self.reading = EchoReading(chunk.start, erle, level, floor, any(self._recent),
                                   self.user_likely)
        self._judge(chunk.start)
        return AudioChunk(cleaned, chunk.start, chunk.rate)

    def _judge(self, t: float) -> None:
        erle = self.erle_db
        if erle is None:
            return
        if self.mode is EchoMode.GATE and erle >= self.settings.good_erle_db:
            self._set_mode(t, EchoMode.CANCEL)
        elif self.mode is EchoMode.CANCEL and erle < self.settings.poor_erle_db:
            self._set_mode(t, EchoMode.GATE)

    def _set_mode(self, t: float, mode: EchoMode) -> None:
        if mode is not self.mode:
            self.mode = mode
            self.changes.append((t, mode))


class EchoWatch:
    """With headphones: listens for the coach's voice in the microphone; `heard` turns true
    (once, for good) when the correlation with what was played is unmistakable twice."""

    def __init__(self, far: FarEnd, settings: EchoSettings | None = None,
                 rate: int = SAMPLE_RATE) -> None:
        self.settings = settings or EchoSettings()
        self.far = far
        self.rate = rate
        self._delay = _Delay(self.settings, rate)
        self._far = _FarStream(far, rate)
        self._hits = 0
        self.heard = False

    def observe(self, chunk: AudioChunk) -> bool:
        """Whether this chunk made it certain that the microphone hears the speakers."""
        if self.heard:
            return False
        if abs(self._far.at - chunk.start) > _REALIGN_S:
            self._far.seek(chunk.start)
        if self._delay.observe(chunk.samples, self._far.take(len(chunk.samples))) is not None:
            self._hits += 1
        self.heard = self._hits >= 2
        return self.heard
