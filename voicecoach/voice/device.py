"""The output device: a PortAudio stream that plays synthesised lines and stops at once.

`DevicePlayer.play` (a whole line) and `play_chunks` (a line handed over as it is synthesised)
block until the line has played, or was stopped, and say when its first sample reached the
DAC and when its last one did, by the stream's own clock. `voice.sinks.DeviceSink` places lines
on the session clock and plays them through it.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from voicecoach.alsa import AlsaMessages, route_alsa_messages
from voicecoach.clock import Clock
from voicecoach.errors import AudioError, NoOutputDeviceError
from voicecoach.voice.lineaudio import LineAudio
from voicecoach.voice.priority import ask_realtime
from voicecoach.voice.reference import EchoReference
from voicecoach.voice.streamclock import StreamClock
from voicecoach.voice.synth import SpokenLine

__all__ = ["OUTPUT_LATENCY_S", "DevicePlayer", "Played", "find_output_device"]


@dataclass(frozen=True)
class Played:
    """One line as the device played it; `start` and `end` are session seconds."""

    text: str
    start: float
    end: float
    interrupted: bool = False
    # The device stopped taking audio mid-line (a suspended or corked sink, a stuck stream):
    # the line is not claimed as heard, and `end` is the last moment it was known to play.
    stalled: bool = False


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
    """A line in flight. The callback fills in `start` and `last` (session times at the DAC)
    under the player's lock; `end` is set once the line is over, then `done`."""

    audio: LineAudio
    start: float | None = None  # the first sample reaches the DAC
    last: float | None = None  # the last sample handed over so far leaves the DAC
    last_frame: int = 0  # the stream's frame count after that sample
    end: float | None = None
    interrupted: bool = False
    stalled: bool = False
    cut: bool = False  # stopped: no more of it is handed over
    done: threading.Event = field(default_factory=threading.Event)


# The device's buffer. PortAudio's "low" (8.5 ms here, on ALSA's PulseAudio plugin) ran dry
# whenever the callback thread was not run within 8.5 ms (PulseAudio asks in bigger steps; the
# GIL; a busy CPU), idle as well as during a transcription. 100 ms rides that out, and the
# times reported come from the stream's clock, so the size costs no timing
# (benchmarks/playback.py). It does delay the start of a line, ducking and the silence after
# stop() by that much (stop() lets the buffer play out: see there).
OUTPUT_LATENCY_S = 0.1
_OPEN_ATTEMPTS = 3
_FLOW_TIMEOUT_S = 3.0  # a PulseAudio sink waking from idle may take over a second to pull audio
_FLOWING_S = 0.1  # callbacks still coming this long after the start: the stream plays
# No audio callback for this long while playing: the stream is stuck (a suspended sink).
# Not shorter: at load 10 on 2 cores a busy machine paused the callbacks for up to 1.8 s,
# and then went on; a line given up after 1 s was cut short for nothing.
_STALL_S = 3.0
_IDLE_STALL_S = 0.25  # checked before a line starts, when waiting costs nothing yet
_RETRY_LOST_S = 10.0  # a device that stopped playing is tried again this often, by a line


class DevicePlayer:
    """Plays lines through a sounddevice `OutputStream` that stays open while the speaker does.

    The stream runs continuously, playing silence between lines. Its callback only copies
    prepared samples (`LineAudio`) into the device's buffer: a new line starts at the next
    block, and `stop()` hands no more of the line over, so it falls silent when the device's
    buffer has played out (100 ms). Every
    block played also goes into `reference` (what an echo canceller subtracts).

    Times come from the stream's clock: `Played.start` is when the first sample reaches the
    DAC, `end` when the last one has, confirmed by the stream still running past it. If the
    device stops asking for audio mid-line (a suspended PulseAudio sink) the line is reported
    stalled and interrupted, not played, and the next line reopens the stream. With PortAudio's ALSA
    backend on a PulseAudio sink a new stream sometimes never starts pulling audio; the
    speaker checks that audio flows and reopens the stream if it does not.

    If the device goes away mid-session and cannot be reopened, the speaker says so once on
    stderr and goes quiet: later lines return at once (the screen still shows them), and the
    session goes on rather than dying in the playback thread. A line every `_RETRY_LOST_S`
    tries the device again, so speakers that come back (a sink resumed) are used again.
    """

    def __init__(
        self,
        clock: Clock,
        device: int | str | None = None,
        *,
        latency: float | str = OUTPUT_LATENCY_S,
        rate: int = 22050,
        reference_s: float = 30.0,
        realtime: bool = True,
    ) -> None:
        self._sd = _sounddevice()
        self._clock = clock
        self._device = find_output_device(device)
        self._latency = latency
        self._realtime = realtime  # ask for a real-time callback thread (see voice/priority.py)
        self._lock = threading.Lock()  # the callback's state; held for copies only
        self._stream_lock = threading.RLock()  # opening, flushing and closing the stream
        self._underflows = 0  # blocks the device wanted before the callback had filled them
        self._alsa_underruns = 0  # ALSA's own xrun messages while a line was heard
        self._alsa_seen = AlsaMessages.xruns  # ... up to the last callback
        self._say_lock = threading.Lock()  # one line at a time
        self._current: _Playback | None = None  # being handed to the stream
        self._draining: deque[_Playback] = deque()  # all handed over, not yet out of the DAC
        self._stops = 0
        self._frames = 0  # frames the stream has pulled; how the speaker knows audio flows
        self._last_callback = time.monotonic()
        self._last_heard = 0.0  # session time of the newest callback: what was due has played
        self._stream_clock = StreamClock()
        self._stream: Any = None
        self._stream_latency = 0.0
        self._rate = rate
        self._reference_s = reference_s
        self.reference = EchoReference(rate, reference_s)
        self._gain = 1.0  # lowered by `duck` while someone may be talking over the line
        self.lost: str | None = None  # why the device does not play, while it does not
        self._lost_at = 0.0  # when it was last tried (time.monotonic())
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
        """Times the device ran dry while a line was heard: as PortAudio flagged them, or as
        ALSA's own messages counted them (ALSA's pulse plugin sometimes tells only itself).
        Running dry of silence is not counted: it sounds the same. The stream's start does
        that on ALSA's PulseAudio plugin, now and then: an xrun while PortAudio fills the
        buffer, before any line (the "one underrun at 0.0 s" of a demo)."""
        return max(self._underflows, self._alsa_underruns)

    @property
    def speaking(self) -> bool:
        with self._lock:
            return self._current is not None or bool(self._draining)

    @property
    def stops(self) -> int:
        """How many times `stop()` was called; a line synthesised meanwhile is not played."""
        with self._lock:
            return self._stops

    def play(self, line: SpokenLine, *, stops_before: int | None = None) -> Played:
        """Play an already synthesised line."""
        audio = LineAudio.whole(line.text, line.samples, line.rate, self._rate)
        return self.play_chunks(audio, (), stops_before=stops_before)

    def play_chunks(self, line: LineAudio | str, chunks: Iterable[SpokenLine], *,
                    stops_before: int | None = None) -> Played:
        """Play a line whose chunks are synthesised as it plays: playback starts with the
        first chunk, and the rest is pulled from `chunks` while the line is heard. A chunk
        late to arrive is a pause in the line, not an underrun of the device."""
        audio = line if isinstance(line, LineAudio) else LineAudio(line, self._rate)
        with self._say_lock:
            with self._lock:
                idle_stalled = time.monotonic() - self._last_callback > _IDLE_STALL_S
            retry = self.lost is not None and time.monotonic() - self._lost_at > _RETRY_LOST_S
            if (idle_stalled and self.lost is None) or retry:
                self._reopen(attempts=1 if retry else _OPEN_ATTEMPTS)
            if self.lost is not None:
                return self._unplayed(audio.text)
            playback = _Playback(audio)
            with self._lock:
                if stops_before is not None and self._stops != stops_before:
                    return self._unplayed(audio.text)  # stopped while it was synthesised
                self._current = playback
            failed = False
            try:
                for chunk in chunks:
                    if playback.done.is_set() or playback.cut:
                        break  # stopped: synthesise no more of it
                    audio.append(chunk.samples, chunk.rate)
            except AudioError:
                failed = True  # the voice failed mid-line: what was synthesised still plays
            if not audio.finished:
                audio.finish()
            self._wait(playback)
            assert playback.start is not None and playback.end is not None
            return Played(audio.text, playback.start, playback.end,
                          playback.interrupted or failed, playback.stalled)

    def duck(self, gain: float) -> None:
        """Play on at `gain` (1.0: full volume) from the next block."""
        with self._lock:
            self._gain = gain

    def stop(self) -> None:
        """Silence the line: stop feeding it. What the device already buffers (one output
        buffer, 100 ms) still plays; the line ends when its last sample handed over leaves
        the DAC. The stream is not restarted: a restart (abort and start) dropped the buffer,
        but on ALSA's PulseAudio plugin it set off bursts of underruns and gave the new
        stream's first blocks DAC times up to 0.2 s off, so the echo reference no longer lay
        where the microphone heard the coach, and the coach's voice became the user's
        (benchmarks/echo_loop.py)."""
        with self._lock:
            self._stops += 1
            current, self._current = self._current, None
            for playback in self._draining:
                playback.cut = True
            if current is None:
                return
            current.cut = True
            if current.last is None:  # nothing of it handed over yet: over now
                self._finish(current, self._last_heard, interrupted=True)
            else:
                self._draining.append(current)

    def close(self) -> None:
        self.stop()
        self._drop_stream()
        with self._lock:  # the stream is gone: what was still to leave it never will
            while self._draining:
                over = self._draining.popleft()
                self._finish(over, over.last or self._last_heard, interrupted=True)

    def _unplayed(self, text: str) -> Played:
        now = self._clock.now()
        return Played(text, now, now, interrupted=True)

    def _drop_stream(self) -> None:
        with self._stream_lock:
            stream, self._stream = self._stream, None
            if stream is not None:
                # A stream whose device has gone may fail to abort; it is being dropped anyway.
                with contextlib.suppress(self._sd.PortAudioError):
                    stream.abort()  # stop() would drain, which takes over a second on PulseAudio
                with contextlib.suppress(self._sd.PortAudioError):
                    stream.close()

    def _wait(self, playback: _Playback) -> None:
        """Until the line is over. If the stream stops calling back (a suspended sink), the
        line is reported as far as it was heard, at once; the next line reopens the stream."""
        while not playback.done.wait(0.05):
            with self._lock:
                if time.monotonic() - self._last_callback > _STALL_S:
                    # Audio handed over but never confirmed played: honest about it.
                    if self._current is playback:
                        self._current = None
                    if playback in self._draining:
                        self._draining.remove(playback)
                    self._finish(playback, self._last_heard, interrupted=True, stalled=True)
                    return

    def _finish(self, playback: _Playback, end: float, *, interrupted: bool,
                stalled: bool = False) -> None:
        if playback.done.is_set():
            return
        if playback.start is None:
            playback.start = end
        playback.end = max(end, playback.start)
        playback.interrupted = interrupted
        playback.stalled = stalled
        playback.done.set()

    def _callback(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        read_at = self._clock.now()
        out = outdata[:, 0]
        out.fill(0)
        with self._lock:
            stamped = time_info.currentTime
            if stamped > 0.0:
                self._stream_clock.observe(read_at, stamped)
                now = self._stream_clock.session_time(stamped)  # when PortAudio called
            else:
                now = read_at  # a backend with no clock
            ahead = time_info.outputBufferDacTime - stamped
            # Some backends give no DAC time (0): then the stream's reported latency stands in.
            valid = 0.0 <= ahead < 1.0
            dac = now + (ahead if valid else self._stream_latency)
            # For the echo reference, on PortAudio's clock (placed on the microphone's), a
            # buffer's worth early: PulseAudio's monitor gave the samples back 20 ms before
            # their DAC time, and the canceller needs the reference before the echo.
            stream_dac = (float(time_info.outputBufferDacTime) - self._stream_latency
                          if valid and stamped > 0.0 else None)
            first_frame = self._frames  # the stream's count of this block's first frame
            self._frames += frames
            self._last_callback = time.monotonic()
            self._last_heard = now
            playback = self._current
            underflow = bool(status and status.output_underflow)
            # The flag (and ALSA's message) says the device ran dry before this block. Heard
            # only if some line's audio was in its buffer then: one handed over already
            # (started), or draining. A line whose first block this is was not: the device
            # ran out of silence, which sounds the same.
            xruns, self._alsa_seen = AlsaMessages.xruns - self._alsa_seen, AlsaMessages.xruns
            if (playback is not None and playback.start is not None) or self._draining:
                self._underflows += underflow  # mid-line: a gap the listener heard
                self._alsa_underruns += xruns
            for waiting in self._draining:
                # Each block's DAC time is fresh news: a dropout since the line's last sample
                # was handed over delays that sample too.
                waiting.last = dac - (first_frame - waiting.last_frame) / self._rate
            while self._draining and (last := self._draining[0].last) is not None \
                    and last <= now:
                over = self._draining.popleft()
                self._finish(over, last, interrupted=over.cut)
            if playback is not None:
                chunk = playback.audio.take(frames)
                if len(chunk):
                    out[: len(chunk)] = chunk * self._gain if self._gain != 1.0 else chunk
                    if playback.start is None:
                        playback.start = dac
                    playback.last = dac + len(chunk) / self._rate
                    playback.last_frame = first_frame + len(chunk)
                if playback.audio.done:
                    self._current = None
                    if playback.last is None:
                        self._finish(playback, now, interrupted=False)  # an empty line
                    else:
                        self._draining.append(playback)
        self.reference.write(out, dac, stream_dac, underflow)

    def _open(self, rate: int, attempts: int = _OPEN_ATTEMPTS) -> None:
        sd = self._sd
        last_error: Exception | None = None
        for _ in range(attempts):
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
            self._stream_clock.reset()
            if rate != self.reference.rate:
                self.reference = EchoReference(rate, self._reference_s,
                                               self.reference.capture)
            self._rate = rate
            if self._realtime:
                ask_realtime(sd, stream, self._device)
            stream.start()
            if self._flows(rate):
                with self._stream_lock:
                    self._stream = stream
                self._stream_latency = float(stream.latency)
                return
            stream.abort()
            stream.close()
            last_error = AudioError("the output stream started but never asked for audio")
        raise AudioError(f"the output device does not play: {last_error}; check it is not muted")

    def _flows(self, rate: int) -> bool:
        """Whether the stream keeps asking for audio. Its first callbacks come at once, to
        fill the device's buffer, whether the sink plays or not; only callbacks that go on
        past the buffer's worth show that it does."""
        opened = time.monotonic()
        deadline = opened + _FLOW_TIMEOUT_S
        while time.monotonic() < deadline:
            with self._lock:
                if self._last_callback - opened >= _FLOWING_S and self._frames >= rate // 10:
                    return True
            time.sleep(0.01)
        return False

    def _reopen(self, attempts: int = _OPEN_ATTEMPTS) -> None:
        """A new stream for a stuck one. If none plays, the lines are only shown, and every
        `_RETRY_LOST_S` a line tries once more (a suspended sink may come back)."""
        with self._stream_lock:
            self._drop_stream()
            try:
                self._open(self._rate, attempts)
            except AudioError as error:
                if self.lost is None:
                    print(f"voicecoach: the speakers stopped working ({error}); the coach's "
                          "lines will only be shown", file=sys.stderr, flush=True)
                self.lost = str(error)
                self._lost_at = time.monotonic()
            else:
                self.lost = None
