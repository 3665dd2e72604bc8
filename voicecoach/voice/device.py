"""The output device: a PortAudio stream that plays synthesised lines and stops at once.

`DevicePlayer.play` blocks until a line has played (or was stopped) and says when its first
block went out and when its last sample left the device. `voice.sinks.DeviceSink` places lines
on the session clock and plays them through it.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from voicecoach.alsa import AlsaMessages, route_alsa_messages
from voicecoach.clock import Clock
from voicecoach.errors import AudioError, NoOutputDeviceError
from voicecoach.voice.synth import Samples, SpokenLine, resample

__all__ = ["DevicePlayer", "Played", "find_output_device"]


@dataclass(frozen=True)
class Played:
    """One line as the device played it; `start` and `end` are session seconds."""

    text: str
    start: float
    end: float
    interrupted: bool = False


def _sounddevice() -> Any:
    route_alsa_messages()  # before PortAudio starts ALSA, which may complain at once
    try:
        import sounddevice
    except OSError as error:  # PortAudio library missing
        raise NoOutputDeviceError(f"no audio output library ({error})") from error
    return sounddevice





def find_output_device(device: int | str | None) -> int | None:
    """The PortAudio index for `device` (an index, a digit string or part of a name).

    None means the system default (returned as None). AudioError names an unknown device.
    """
    sd = _sounddevice()
    try:
        devices = list(sd.query_devices())
    except sd.PortAudioError as error:
        raise NoOutputDeviceError(f"cannot list audio devices ({error})") from error
    outputs = [(i, str(d["name"])) for i, d in enumerate(devices) if d["max_output_channels"] > 0]
    if not outputs:
        raise NoOutputDeviceError("this machine has no audio output device")
    if device is None:
        return None
    if isinstance(device, str) and device.strip().isdigit():
        device = int(device)
    hint = "run `voicecoach devices` to list them"
    if isinstance(device, int):
        if device not in {i for i, _ in outputs}:
            raise AudioError(f"there is no output device number {device}; {hint}")
        return device
    wanted = device.strip().casefold()
    exact = [i for i, name in outputs if name.casefold() == wanted]
    partial = [(i, name) for i, name in outputs if wanted in name.casefold()]
    if exact:
        return exact[0]
    if len(partial) == 1:
        return partial[0][0]
    if partial:
        names = ", ".join(repr(name) for _, name in partial[:4])
        raise AudioError(f"output device {device!r} matches {names}; give more of the name")
    raise AudioError(f"no output device named {device!r}; {hint}, or leave it out for the default")


@dataclass(eq=False)
class _Playback:
    """The line being played; the audio callback moves `pos` under the speaker's lock."""

    samples: Samples
    pos: int = 0
    start: float | None = None
    end: float | None = None
    interrupted: bool = False
    stop_requested: bool = False
    done: threading.Event = field(default_factory=threading.Event)


_OPEN_ATTEMPTS = 3
_FLOW_TIMEOUT_S = 3.0  # a PulseAudio sink waking from idle may take over a second to pull audio
_STALL_S = 1.0  # no audio callback for this long while playing: the stream is stuck
_IDLE_STALL_S = 0.25  # checked before a line starts, when waiting costs nothing yet


class DevicePlayer:
    """Plays lines through a sounddevice `OutputStream` that stays open while the speaker does.

    The stream runs continuously, playing silence between lines: a new line starts at the
    next callback block, and `stop()` silences it at the next block. With PortAudio's ALSA
    backend on a PulseAudio sink a new stream sometimes never starts pulling audio; the
    speaker checks that audio flows and reopens the stream if it does not.

    `Played.start` is when the first block was handed to the stream; `end` is when the last
    sample leaves the device (the stream's latency added), or when `stop()` cut it.

    If the device goes away mid-session and cannot be reopened, the speaker says so once on
    stderr and goes quiet: later lines return at once (the screen still shows them), and the
    session goes on rather than dying in the playback thread.
    """

    def __init__(
        self,
        clock: Clock,
        device: int | str | None = None,
        *,
        latency: float | str = "low",
        rate: int = 22050,
    ) -> None:
        self._sd = _sounddevice()
        self._clock = clock
        self._device = find_output_device(device)
        self._latency = latency
        self._lock = threading.Lock()  # the callback's state
        self._underflows = 0  # blocks the device wanted before the callback had filled them
        self._alsa_before = AlsaMessages.count
        self._say_lock = threading.Lock()  # one line at a time
        self._current: _Playback | None = None
        self._stops = 0
        self._frames = 0  # frames the stream has pulled; how the speaker knows audio flows
        self._last_callback = time.monotonic()
        self._stream: Any = None
        self._stream_latency = 0.0
        self._rate = rate
        self._gain = 1.0  # lowered by `duck` while someone may be talking over the line
        self.lost: str | None = None  # why the device stopped playing for good, once it has
        self._open(rate)

    @property
    def rate(self) -> int:
        return self._rate

    @property
    def stream_latency(self) -> float:
        """Seconds the device buffers after a block is handed over (as PortAudio reports it)."""
        return self._stream_latency

    @property
    def underruns(self) -> int:
        """Times the device ran dry: as PortAudio flagged them mid-line, or as ALSA's own
        messages counted them (ALSA's pulse plugin sometimes tells only itself)."""
        return max(self._underflows, AlsaMessages.count - self._alsa_before)

    @property
    def speaking(self) -> bool:
        with self._lock:
            return self._current is not None

    def play(self, line: SpokenLine, *, _stops_before: int | None = None) -> Played:
        """Play an already synthesised line."""
        with self._say_lock:
            with self._lock:
                idle_stalled = time.monotonic() - self._last_callback > _IDLE_STALL_S
            if idle_stalled and self.lost is None:
                self._reopen()
            if self.lost is not None:
                now = self._clock.now()
                return Played(line.text, now, now, interrupted=True)
            samples = resample(line.samples, line.rate, self._rate)
            playback = _Playback(samples)
            with self._lock:
                if _stops_before is not None and self._stops != _stops_before:
                    now = self._clock.now()  # stopped while the line was being synthesised
                    return Played(line.text, now, now, interrupted=True)
                if len(samples) == 0:
                    now = self._clock.now()
                    return Played(line.text, now, now)
                self._current = playback
            self._wait(playback)
            assert playback.start is not None and playback.end is not None
            return Played(line.text, playback.start, playback.end, playback.interrupted)

    def duck(self, gain: float) -> None:
        """Play on at `gain` (1.0: full volume) from the next block."""
        with self._lock:
            self._gain = gain

    def stop(self) -> None:
        with self._lock:
            self._stops += 1
            if self._current is not None:
                self._current.stop_requested = True

    def close(self) -> None:
        self.stop()
        self._drop_stream()

    def _drop_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            # A stream whose device has gone may fail to abort; it is being dropped anyway.
            with contextlib.suppress(self._sd.PortAudioError):
                stream.abort()  # stop() would drain, which takes over a second on PulseAudio
            with contextlib.suppress(self._sd.PortAudioError):
                stream.close()

    def _wait(self, playback: _Playback) -> None:
        while not playback.done.wait(0.05):
            with self._lock:
                stalled = time.monotonic() - self._last_callback > _STALL_S
                cut_now = playback.stop_requested and stalled
                if cut_now:
                    self._finish(playback, self._clock.now(), interrupted=True)
            if stalled:
                self._reopen()
                if self.lost is not None:
                    with self._lock:
                        if not playback.done.is_set():
                            self._finish(playback, self._clock.now(), interrupted=True)
                    return

    def _finish(self, playback: _Playback, end: float, *, interrupted: bool) -> None:
        if playback.start is None:
            playback.start = end
        playback.end = end
        playback.interrupted = interrupted
        self._current = None
        playback.done.set()

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        outdata.fill(0)
        with self._lock:
            if status and status.output_underflow and self._current is not None:
                self._underflows += 1  # mid-line: a gap the listener heard
            self._frames += frames
            self._last_callback = time.monotonic()
            playback = self._current
            if playback is None:
                return
            now = self._clock.now()
            if playback.stop_requested:
                self._finish(playback, now, interrupted=True)
                return
            chunk = playback.samples[playback.pos : playback.pos + frames]
            outdata[: len(chunk), 0] = chunk * self._gain if self._gain != 1.0 else chunk
            if playback.start is None:
                playback.start = now
            playback.pos += len(chunk)
            if playback.pos >= len(playback.samples):
                tail = len(chunk) / self._rate + float(self._stream_latency)
                self._finish(playback, now + tail, interrupted=False)

    def _open(self, rate: int) -> None:
        sd = self._sd
        last_error: Exception | None = None
        for _ in range(_OPEN_ATTEMPTS):
            try:
                stream = sd.OutputStream(
                    device=self._device,
                    samplerate=rate,
                    channels=1,
                    dtype="float32",
                    latency=self._latency,
                    callback=self._callback,
                )
            except sd.PortAudioError as error:
                if rate != 48000 and "sample rate" in str(error).lower():
                    rate = 48000  # the device refuses 22 kHz; lines get resampled
                    continue
                raise AudioError(f"cannot open the output device ({error})") from error
            with self._lock:
                self._frames = 0
                self._last_callback = time.monotonic()
            stream.start()
            if self._flows(rate):
                self._stream, self._rate = stream, rate
                self._stream_latency = float(stream.latency)
                return
            stream.abort()
            stream.close()
            last_error = AudioError("the output stream started but never asked for audio")
        raise AudioError(f"the output device does not play: {last_error}; check it is not muted")

    def _flows(self, rate: int) -> bool:
        deadline = time.monotonic() + _FLOW_TIMEOUT_S
        while time.monotonic() < deadline:
            with self._lock:
                if self._frames >= rate // 10:
                    return True
            time.sleep(0.01)
        return False

    def _reopen(self) -> None:
        """A new stream for a stuck one; if the device is gone for good, give up quietly."""
        self._drop_stream()
        try:
            self._open(self._rate)
        except AudioError as error:
            self.lost = str(error)
            print(f"voicecoach: the speakers stopped working ({error}); the coach's lines "
                  "will only be shown", file=sys.stderr, flush=True)


