"""Audio in: 16 kHz mono float32 chunks stamped from sample counts, from a file or a microphone.

Time comes from counting samples, never from the wall clock, so a file replayed through the
same loop gives the same events every time.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from voicecoach.alsa import route_alsa_messages
from voicecoach.errors import AudioError, MicrophoneLostError

__all__ = [
    "CHUNK_SAMPLES",
    "CUT_SHORT_FRACTION",
    "CUT_SHORT_S",
    "SAMPLE_RATE",
    "STREAMED_WAV_LENGTH",
    "AudioChunk",
    "AudioSource",
    "CaptureClock",
    "FileSource",
    "InputDevice",
    "MicrophoneSource",
    "list_input_devices",
    "list_output_devices",
    "resolve_input_device",
]

SAMPLE_RATE = 16_000
CHUNK_SAMPLES = 512  # 32 ms: the window the Silero VAD takes at 16 kHz
STREAMED_WAV_LENGTH = 0x7FFF0000  # data lengths from here up are placeholders

Samples = npt.NDArray[np.float32]


@dataclass(frozen=True)
class AudioChunk:
    """A run of mono float32 samples in [-1, 1] and where it starts on the session clock."""

    samples: Samples
    start: float
    rate: int = SAMPLE_RATE

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate

    @property
    def end(self) -> float:
        return self.start + self.duration


class AudioSource(Protocol):
    """Anything that yields consecutive chunks; the microphone just yields them in real time."""

    def chunks(self) -> Iterator[AudioChunk]: ...

    @property
    def overflows(self) -> int:
        """How many times audio was dropped because the consumer fell behind."""
        ...


def _rechunk(blocks: Iterator[Samples | int], chunk_samples: int) -> Iterator[AudioChunk]:
    """Cut a stream of sample blocks of any size into equal chunks stamped by sample count.

    An int in the stream stands for that many samples that were lost (a dropped block):
    the clock moves on past them, so later chunks keep their true times.
    """
    pending = np.zeros(0, dtype=np.float32)
    position = 0  # samples since the start, including lost ones
    for block in blocks:
        if isinstance(block, int):
            position += len(pending) + block
            pending = np.zeros(0, dtype=np.float32)
            continue
        pending = np.concatenate([pending, block]) if len(pending) else block
        while len(pending) >= chunk_samples:
            piece, pending = pending[:chunk_samples], pending[chunk_samples:]
            yield AudioChunk(np.ascontiguousarray(piece), position / SAMPLE_RATE)
            position += chunk_samples
    if len(pending):
        # The last partial chunk is padded with silence so every chunk has the VAD's size.
        piece = np.zeros(chunk_samples, dtype=np.float32)
        piece[: len(pending)] = pending
        yield AudioChunk(piece, position / SAMPLE_RATE)


class FileSource:
    """Decodes WAV, FLAC, MP3, OGG (anything FFmpeg reads, through PyAV) to 16 kHz mono chunks."""

    def __init__(self, path: Path | str, chunk_samples: int = CHUNK_SAMPLES) -> None:
        self.path = Path(path)
        self.chunk_samples = chunk_samples
        _check_readable(self.path)

    @property
    def overflows(self) -> int:
        return 0  # a file waits for its reader

    def chunks(self) -> Iterator[AudioChunk]:
        return _rechunk(_decode_blocks(self.path), self.chunk_samples)

    def read_all(self) -> Samples:
        """The whole file as one array (for analysis passes that want it at once)."""
        blocks = list(_decode_blocks(self.path))
        return np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.float32)


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise AudioError(f"{path}: no such file; check the path and try again")
    if path.is_dir():
        raise AudioError(
            f"{path}: is a folder, not an audio file; give a WAV, FLAC, MP3 or OGG file")
    try:
        with path.open("rb") as handle:
            handle.read(1)
    except OSError as error:
        raise AudioError(
            f"{path}: cannot be read ({error.strerror}); check its permissions") from None
    if path.stat().st_size == 0:
        raise AudioError(f"{path}: the file is empty; record again or pick another file")
    _check_wav_complete(path)


def _check_wav_complete(path: Path) -> None:
    """A WAV whose header promises more audio than the file holds was cut short in copying.

    FFmpeg would quietly decode the part that is there; we say so instead, since an
    analysis of half a recording looks like a real result.
    """
    with path.open("rb") as handle:
        header = handle.read(12)
        if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
            return
        size = path.stat().st_size
        bytes_per_second = 0
        while True:
            chunk = handle.read(8)
            if len(chunk) < 8:
                raise AudioError(f"{path}: the WAV file is cut short before its audio; "
                                 "copy or export it again")
            chunk_id, length = chunk[:4], int.from_bytes(chunk[4:], "little")
            if chunk_id == b"fmt " and length >= 16:
                fmt = handle.read(16)
                handle.seek(-16, 1)
                bytes_per_second = int.from_bytes(fmt[8:12], "little")
            if chunk_id == b"data":
                # 0, or a length near 2**31 or 2**32, means "unknown": a writer that
                # streamed the file (espeak-ng --stdout, a pipe) and never went back.
                available = size - handle.tell()
                if 0 < length < STREAMED_WAV_LENGTH and available < length:
                    if bytes_per_second:
                        raise _cut_short(path, available / bytes_per_second,
                                         length / bytes_per_second)
                    raise AudioError(
                        f"{path}: the WAV file is cut short ({available} of {length} audio "
                        "bytes); copy or export it again"
                    )
                return
            handle.seek(length + (length & 1), 1)


def _cut_short(path: Path, readable_s: float, declared_s: float | None) -> AudioError:
    """One message for any format whose audio ends before its header says it does."""
    of = f" of its {declared_s:.1f} s" if declared_s else ""
    return AudioError(f"{path}: the file is cut short; only {readable_s:.1f} s{of} can be "
                      "read; copy or export it again")


# A file shorter than its header says by more than this is cut short, not rounded (an
# estimated length, from a bit rate, can be a few per cent off).
CUT_SHORT_S = 0.5
CUT_SHORT_FRACTION = 0.05


def _short_of(declared: float | None, decoded_s: float) -> bool:
    return declared is not None and declared - decoded_s > max(CUT_SHORT_S,
                                                               CUT_SHORT_FRACTION * declared)


def _declared_seconds(path: Path, container: Any, stream: Any) -> float | None:
    """How long the file's header says its audio is, where the header says it exactly: an
    MP3's Xing/Info frame count, FLAC's STREAMINFO. None for the rest (an estimate from the
    bit rate is no evidence: MP3s joined end to end have a wrong one)."""
    name = str(container.format.name)
    if "mp3" in name.split(","):
        return _xing_seconds(path, int(stream.sample_rate or 0))
    if name == "flac" and stream.duration and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    return None


def _xing_seconds(path: Path, rate: int) -> float | None:
    """Frames × samples per frame from the Xing/Info header LAME and FFmpeg write."""
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    start = 0
    if head[:3] == b"ID3" and len(head) >= 10:  # skip an ID3v2 tag (syncsafe length)
        start = 10 + (head[6] << 21 | head[7] << 14 | head[8] << 7 | head[9])
    sync = next((i for i in range(start, min(len(head) - 4, start + 4096))
                 if head[i] == 0xFF and head[i + 1] & 0xE0 == 0xE0), None)
    if sync is None or rate <= 0:
        return None
    tag = max(head.find(b"Xing", sync, sync + 200), head.find(b"Info", sync, sync + 200))
    if tag < 0 or len(head) < tag + 12:
        return None
    flags = int.from_bytes(head[tag + 4 : tag + 8], "big")
    if not flags & 1:
        return None
    frames = int.from_bytes(head[tag + 8 : tag + 12], "big")
    mpeg1 = (head[sync + 1] >> 3) & 3 == 3
    return frames * (1152 if mpeg1 else 576) / rate


def _decode_blocks(path: Path) -> Iterator[Samples]:
    import av  # imported here: PyAV is heavy and only file input needs it

    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as error:
        raise AudioError(
            f"{path}: not an audio file voicecoach can read ({_short(error)}); "
            "use WAV, FLAC, MP3 or OGG"
        ) from None
    with container:
        if not container.streams.audio:
            raise AudioError(f"{path}: holds no audio stream; give a recording with sound in it")
        stream = container.streams.audio[0]
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        shape: tuple[str, str, int] | None = None  # the input frames' format, layout, rate
        decoded_any = False
        declared = _declared_seconds(path, container, stream)
        decoded_s = 0.0
        try:
            for frame in container.decode(stream):
                decoded_any = True
                decoded_s += frame.samples / frame.sample_rate
                # A stream may change rate or channels part-way (MP3s joined end to end);
                # a resampler takes one kind of frame, so the next kind gets a new one.
                now = (frame.format.name, frame.layout.name, frame.sample_rate)
                if shape is not None and now != shape:
                    for out in resampler.resample(None):
                        yield _frame_samples(out)
                    resampler = av.AudioResampler(format="flt", layout="mono",
                                                  rate=SAMPLE_RATE)
                shape = now
                for out in resampler.resample(frame):
                    yield _frame_samples(out)
            for out in resampler.resample(None):  # flush the resampler's tail
                yield _frame_samples(out)
        except (av.error.FFmpegError, ValueError) as error:
            if decoded_any and _short_of(declared, decoded_s):
                raise _cut_short(path, decoded_s, declared) from None
            raise AudioError(
                f"{path}: the audio is damaged after {decoded_s:.1f} s ({_short(error)}); "
                "re-export or record it again"
            ) from None
        if not decoded_any:
            raise AudioError(f"{path}: holds no decodable audio; the file may be truncated")
        if _short_of(declared, decoded_s):
            raise _cut_short(path, decoded_s, declared)


def _frame_samples(frame: Any) -> Samples:
    return np.asarray(frame.to_ndarray(), dtype=np.float32).reshape(-1)


# FFmpeg's error texts, in words a user can act on.
_PLAIN_FFMPEG = {
    "Invalid data found when processing input": "its contents are not audio in a format it knows",
    "End of file": "the file ends too early",
}


def _short(error: BaseException) -> str:
    """The error in a few plain words: never PyAV's `[Errno 1094995529] ...: 'path'`.

    PyAV raises FFmpeg's AVERROR codes as errno values (AVERROR_INVALIDDATA is -1094995529,
    the letters "INDA"), which mean nothing to a person; the text after them is kept.
    """
    import av

    if isinstance(error, av.error.FFmpegError) and error.strerror:
        text = str(error.strerror)
        return _PLAIN_FFMPEG.get(text, text[:1].lower() + text[1:])
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


@dataclass(frozen=True)
class InputDevice:
    index: int
    name: str
    channels: int
    default_rate: float
    is_default: bool


def list_input_devices() -> list[InputDevice]:
    """The microphones (and monitor sources) that PortAudio can see."""
    return _list_devices("input")


def list_output_devices() -> list[InputDevice]:
    """The speakers and headphones that PortAudio can see (same fields as an input)."""
    return _list_devices("output")


def _list_devices(kind: str) -> list[InputDevice]:
    sd = _sounddevice()
    try:
        devices = sd.query_devices()
        default = sd.default.device[0 if kind == "input" else 1]
    except sd.PortAudioError as error:
        raise AudioError(
            f"cannot list audio devices ({error}); is a sound server running?") from None
    key = f"max_{kind}_channels"
    return [
        InputDevice(i, str(d["name"]), int(d[key]), float(d["default_samplerate"]),
                    i == default)
        for i, d in enumerate(devices)
        if int(d[key]) > 0
    ]


def resolve_input_device(device: str | int | None) -> int | None:
    """An index for a device given by index or by (part of) its name; None means the default."""
    if device is None or device == "":
        return None
    inputs = list_input_devices()
    if isinstance(device, int) or str(device).isdigit():
        index = int(device)
        if any(d.index == index for d in inputs):
            return index
    else:
        wanted = str(device).lower()
        exact = [d for d in inputs if d.name.lower() == wanted]
        partial = [d for d in inputs if wanted in d.name.lower()]
        if exact or len(partial) == 1:
            return (exact or partial)[0].index
        if len(partial) > 1:
            names = ", ".join(f"{d.index}: {d.name}" for d in partial)
            raise AudioError(f"input device {device!r} is ambiguous ({names}); give its index")
    known = ", ".join(f"{d.index}: {d.name}" for d in inputs) or "none"
    raise AudioError(
        f"no input device {device!r}; run `voicecoach devices` to list them (found: {known})"
    )


class CaptureClock:
    """The microphone's sample clock read on PortAudio's stream clock, and back.

    A microphone chunk's session time is its first sample's position in the input stream
    (`_rechunk`), so this is the one clock on which anything else can be lined up with what
    the microphone heard: the speakers' echo reference is stamped on it (the output stream's
    DAC times are on the same PortAudio clock as the input's callback times, one host API in
    one process). A block cannot be handed over before its last sample was captured, and is
    handed over later when PulseAudio delivers in bursts or the callback thread waits, so the
    offset taken is the smallest seen (the block delivered soonest), over the first
    `settle_s`. It is then held: the smallest over the last `window_s` crept down by 4 ms in
    15 s on a PulseAudio monitor while the echo itself stayed put, and each step moved the
    reference against the echo, which an echo canceller has to learn again. It is taken
    afresh only when that smallest offset is `relock_s` away from the one held (blocks lost
    uncounted, a stream started again); slow drift is the echo delay search's to follow.
    PortAudio's own ADC times were worse: they wandered by 10 ms over a few seconds.
    """

    def __init__(self, rate: int = SAMPLE_RATE, window_s: float = 10.0,
                 settle_s: float = 2.0, relock_s: float = 0.02) -> None:
        self.rate = rate
        self.window_s = window_s
        self.settle_s = settle_s
        self.relock_s = relock_s
        # (callback time, callback time - position after the block), rising offsets.
        self._offsets: deque[tuple[float, float]] = deque()
        self._held: float | None = None
        self._since = 0.0  # callback time the offset was first or last taken afresh

    @property
    def offset(self) -> float | None:
        """Stream time minus microphone time (None before the first block)."""
        return self._held

    def observe(self, position_after: int, callback_time: float) -> None:
        """A block whose last sample is `position_after - 1` was handed over at
        `callback_time` (PortAudio's `currentTime`)."""
        if callback_time <= 0.0:
            return  # a backend with no clock
        offset = callback_time - position_after / self.rate
        while self._offsets and self._offsets[-1][1] >= offset:
            self._offsets.pop()  # never the minimum again: a smaller one came later
        self._offsets.append((callback_time, offset))
        while self._offsets[0][0] < callback_time - self.window_s:
            self._offsets.popleft()
        smallest = self._offsets[0][1]
        if self._held is None:
            self._since = callback_time
        if (self._held is None or callback_time - self._since < self.settle_s
                or abs(smallest - self._held) > self.relock_s):
            if self._held is not None and abs(smallest - self._held) > self.relock_s:
                self._since = callback_time  # settles afresh
            self._held = smallest

    def reset(self) -> None:
        """A new stream: its sample count starts again."""
        self._offsets.clear()
        self._held = None

    def session_time(self, stream_time: float) -> float | None:
        """When the microphone captures what happens at `stream_time` (PortAudio's clock),
        on the microphone's own clock; None until the microphone has run."""
        offset = self.offset
        return None if offset is None else stream_time - offset


def _sounddevice() -> Any:
    route_alsa_messages()  # before PortAudio starts ALSA, which may complain at once
    try:
        import sounddevice
    except OSError as error:  # PortAudio's shared library is missing
        raise AudioError(
            f"PortAudio is not installed ({error}); on Debian/Ubuntu run "
            "`apt-get install libportaudio2`"
        ) from None
    return sounddevice


class MicrophoneSource:
    """A sounddevice InputStream whose callback feeds a bounded queue.

    The callback never blocks: when the consumer falls behind, the newest block is dropped and
    counted, and later chunks keep their true times (the lost samples still move the clock).
    """

    def __init__(self, device: str | int | None = None, queue_blocks: int = 200,
                 block_samples: int = CHUNK_SAMPLES) -> None:
        self.device = resolve_input_device(device)
        if self.device is None and not list_input_devices():
            # Said here, before the session starts, rather than as PortAudio's
            # "Error querying device -1" when the stream is opened.
            raise AudioError(
                "no microphone found (no input device; is a sound server running?); plug one "
                "in and run `voicecoach devices`, or use a recording with --input FILE")
        self.block_samples = block_samples
        # Blocks of samples; an int marks that many samples lost; None marks the end.
        self._queue: queue.Queue[Samples | int | None] = queue.Queue(maxsize=queue_blocks)
        self._overflows = 0  # blocks dropped by us because the queue was full
        self._unreported_loss = 0  # samples dropped and not yet marked in the queue
        self._device_overflows = 0  # overflows PortAudio itself reported
        self._stop = threading.Event()
        self._position = 0  # samples the stream has delivered, kept or dropped
        # The microphone's clock on PortAudio's: what the speakers' echo reference is
        # stamped on (`voice.reference.EchoReference.capture`).
        self.clock = CaptureClock(SAMPLE_RATE)

    @property
    def overflows(self) -> int:
        return self._overflows + self._device_overflows

    def stop(self) -> None:
        self._stop.set()

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        if status and status.input_overflow:
            self._device_overflows += 1
        self._position += frames
        self.clock.observe(self._position, float(time_info.currentTime))
        try:
            if self._unreported_loss:
                self._queue.put_nowait(self._unreported_loss)
                self._unreported_loss = 0
            self._queue.put_nowait(np.array(indata[:, 0], dtype=np.float32))
        except queue.Full:
            self._overflows += 1
            self._unreported_loss += frames

    def _finished(self) -> None:
        self._queue.put(None)

    def chunks(self) -> Iterator[AudioChunk]:
        sd = _sounddevice()
        try:
            stream = sd.InputStream(
                samplerate=SAMPLE_RATE, channels=1, dtype="float32", device=self.device,
                blocksize=self.block_samples, callback=self._callback,
                finished_callback=self._finished,
            )
        except (sd.PortAudioError, ValueError) as error:
            raise AudioError(
                f"cannot open the microphone ({error}); run `voicecoach devices` and pick "
                "one with --device"
            ) from None
        self._position = 0
        self.clock.reset()

        def blocks() -> Iterator[Samples | int]:
            with stream:
                while not self._stop.is_set():
                    try:
                        block = self._queue.get(timeout=1.0)
                    except queue.Empty:
                        if not stream.active:
                            raise MicrophoneLostError(
                                "the microphone stopped delivering audio") from None
                        continue
                    if block is None:
                        raise MicrophoneLostError("the microphone went away")
                    yield block

        return _rechunk(blocks(), self.block_samples)
