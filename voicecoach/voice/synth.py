"""Text to speech: pyttsx3 renders a line to a WAV file, which comes back as float32 samples.

pyttsx3 drives espeak-ng on Linux and the system voices on macOS and Windows. The engine is
shared: espeak can be initialised only once per process, `pyttsx3.init()` hands back the same
engine anyway, and `runAndWait()` raises if it is re-entered. So one process-wide lock guards
it, and every synthesis sets voice, rate and volume again, in case two synthesizers share it.

The espeak driver prints `Audio saved to …` on stdout for every file; stdout may carry JSON,
so synthesis runs with stdout pointed at /dev/null (at the file-descriptor level, and
`sys.stdout` too). That redirection is process-wide for a few milliseconds: print results
from the main thread when no line is being synthesised.
"""

from __future__ import annotations

import atexit
import contextlib
import difflib
import gc
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import numpy as np
from numpy.typing import NDArray

from voicecoach.errors import AudioError, ConfigError

__all__ = [
    "ESPEAK",
    "LineCache",
    "SpokenLine",
    "Synthesizer",
    "TextToSpeech",
    "VoiceConfig",
    "VoiceInfo",
    "available_voices",
    "clauses",
    "resample",
    "resolve_voice",
    "sentences",
    "synthesize_sentences",
]

ESPEAK = "espeak-ng"  # the engine name users type before the colon: espeak-ng:en-gb

Samples = NDArray[np.float32]


@dataclass(frozen=True)
class VoiceConfig:
    """How the coach sounds and where. `voice` is a voice's id or name (None: the engine's
    default); `output_device` an output device's number or part of its name (None: default)."""

    voice: str | None = None
    rate: int = 160  # espeak-ng's own rate setting (heard: about 1.23 times as many words)
    volume: float = 1.0
    output_device: int | str | None = None
    # Per role (`voice.roles`): ENGINE:NAME and heard words a minute; None: the defaults.
    partner: str | None = None
    coach: str | None = None
    partner_rate: int | None = None
    coach_rate: int | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> VoiceConfig:
        """From a settings file's [voice] table; ConfigError names an unknown key."""
        known = {"voice", "rate", "volume", "output_device", "partner", "coach",
                 "partner_rate", "coach_rate"}
        for key in data:
            if key not in known:
                raise ConfigError(
                    f"unknown [voice] setting {key!r}; known: {', '.join(sorted(known))}"
                )
        if "rate" in data and data.get("coach_rate") is None:
            # `rate` named the coach's pace before there were two roles; it still does.
            data = {**data, "coach_rate": data["rate"]}
        return cls(**data)  # type: ignore[arg-type]  # values are checked in __post_init__

    def __post_init__(self) -> None:
        if (
            isinstance(self.rate, bool)
            or not isinstance(self.rate, int)
            or not 60 <= self.rate <= 400
        ):
            raise ConfigError(
                f"voice rate must be words per minute from 60 to 400, got {self.rate!r}"
            )
        if isinstance(self.volume, bool) or not isinstance(self.volume, (int, float)):
            raise ConfigError(f"voice volume must be a number from 0 to 1, got {self.volume!r}")
        if not 0.0 <= self.volume <= 1.0:
            raise ConfigError(f"voice volume must be from 0 to 1, got {self.volume!r}")
        for key in ("partner_rate", "coach_rate"):
            value = getattr(self, key)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or not 80 <= value <= 250):
                raise ConfigError(f"voice {key} must be words per minute from 80 to 250, "
                                  f"got {value!r}")
        for key in ("partner", "coach"):
            value = getattr(self, key)
            if value is not None and not isinstance(value, str):
                raise ConfigError(f"voice {key} must be ENGINE:NAME in quotes (e.g. "
                                  f"\"espeak-ng:en-gb\"), got {value!r}")
        if self.voice is not None and not isinstance(self.voice, str):
            raise ConfigError(f"voice must be a voice's name or id, got {self.voice!r}")
        if self.output_device is not None and not isinstance(self.output_device, (int, str)):
            raise ConfigError(
                f"output_device must be a device number or name, got {self.output_device!r}"
            )


@dataclass(frozen=True, eq=False)
class SpokenLine:
    """One synthesised line: mono float32 samples in [-1, 1] at `rate` Hz."""

    text: str
    samples: Samples = field(repr=False)
    rate: int

    @property
    def duration(self) -> float:
        return len(self.samples) / self.rate


K = TypeVar("K")


class LineCache(Generic[K]):
    """The lines said lately, so a repeated line costs nothing; the oldest go first.

    Its lock is never held while a line renders: asking whether a line is ready (the live
    loop does, as a reply is said) must not wait for another line being rendered ahead (it
    did, 0.2 s with Piper, benchmarks/latency.py). Two threads asking for the same new line
    may both render it; the second copy replaces the first.
    """

    def __init__(self, size: int) -> None:
        self._lines: OrderedDict[K, SpokenLine] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def __contains__(self, key: K) -> bool:
        with self._lock:
            return key in self._lines

    def clear(self) -> None:
        with self._lock:
            self._lines.clear()

    def get_or_render(self, key: K, render: Callable[[], SpokenLine]) -> SpokenLine:
        with self._lock:
            line = self._lines.get(key)
            if line is not None:
                self._lines.move_to_end(key)
                return line
        line = render()
        with self._lock:
            self._lines[key] = line
            while len(self._lines) > self._size:
                self._lines.popitem(last=False)
        return line


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    language: str = ""


class TextToSpeech(Protocol):
    """What a speaker needs from a voice."""

    def synthesize(self, text: str) -> SpokenLine: ...


@dataclass(frozen=True)
class _CacheKey:
    text: str
    voice: str | None
    rate: int
    volume: float


_ENGINE_LOCK = threading.RLock()
_RENDER_ATTEMPTS = 3
_RETRY_PAUSE_S = 0.05
_PROGRAM_TIMEOUT_S = 20.0
_IDLE_WAIT_S = 20.0  # espeak-ng still busy after this is stuck; the line is tried anyway
_engine: Any = None
_default_voice: str | None = None


def _shared_engine() -> Any:
    """The process's one pyttsx3 engine; AudioError when there is no TTS engine at all."""
    global _engine, _default_voice
    with _ENGINE_LOCK:
        if _engine is None:
            try:
                import pyttsx3

                with _quiet_stdout():
                    engine = pyttsx3.init()
                    # pyttsx3's driver proxy starts out "busy", so the first runAndWait()
                    # pumps its own end-of-loop command before the line is synthesised and
                    # returns before espeak has written the file (the file then appears
                    # later, with "Audio saved to" on the real stdout). An empty run
                    # settles the proxy, and every later runAndWait() waits for its line.
                    engine.runAndWait()
                _default_voice = engine.getProperty("voice")
                _engine = engine
            except Exception as error:  # ImportError, OSError (no libespeak-ng), RuntimeError
                raise AudioError(
                    f"no text-to-speech engine ({type(error).__name__}: {error}); "
                    "install espeak-ng (Linux: apt install espeak-ng)"
                ) from error
        return _engine


@atexit.register
def _release_engine() -> None:
    """Free the engine while modules still exist; pyttsx3's finaliser fails at interpreter
    teardown (the driver and its proxy form a cycle, so only the collector frees them)."""
    global _engine
    with _ENGINE_LOCK:
        _engine = None
    gc.collect()


def available_voices() -> list[VoiceInfo]:
    """The voices the TTS engine offers (for a settings listing)."""
    engine = _shared_engine()
    with _ENGINE_LOCK:
        return [VoiceInfo(str(v.id), str(v.name), _language(v))
                for v in engine.getProperty("voices")]


def _language(voice: Any) -> str:
    languages = getattr(voice, "languages", None) or []
    first = languages[0] if languages else ""
    return first.decode(errors="replace") if isinstance(first, bytes) else str(first)


def resolve_voice(wanted: str) -> str:
    """The installed voice a person means: an id, a name or a short id, in any case, or the
    start of one ("en-gb" is en-gb-x-rp, "english" is English (Great Britain), espeak-ng's
    own "en"); the plainest match wins. An error lists the closest names."""
    base, plus, variant = wanted.partition("+")
    if plus and base.strip() and variant.strip().isalnum():
        # espeak-ng's variants ("en-us+f3": a higher, female-sounding voice) go on any voice
        return f"{resolve_voice(base)}+{variant.strip().casefold()}"
    voices = available_voices()
    for voice in voices:
        if voice.id == wanted:
            return voice.id
    folded = wanted.strip().casefold()

    def short(voice: VoiceInfo) -> str:
        return voice.id.rsplit("/", 1)[-1].casefold()

    exact = [v for v in voices if folded in (v.id.casefold(), v.name.casefold(), short(v))]
    if exact:
        return exact[0].id
    started = [v for v in voices
               if short(v).startswith(folded + "-") or v.name.casefold().startswith(folded)]
    if started:
        return min(started, key=lambda v: (len(short(v)), short(v))).id
    names = [short(v) for v in voices] + [v.name for v in voices]
    close = difflib.get_close_matches(wanted, names, n=4, cutoff=0.5)
    english = [short(v) for v in voices if short(v).startswith("en")][:4]
    examples = ", ".join(close or english or names[:4])
    raise ConfigError(
        f"unknown voice {wanted!r}: closest installed voices are {examples} "
        "(`voicecoach voices` lists them all); or leave it out for the default"
    )


@contextlib.contextmanager
def _quiet_stdout() -> Iterator[None]:
    """Send stdout to /dev/null meanwhile: C-level writes and Python's `sys.stdout` both."""
    with contextlib.ExitStack() as stack:
        try:
            sys.stdout.flush()  # what was printed before goes where it was meant to
            saved = os.dup(1)
        except (AttributeError, OSError, ValueError):  # no fd 1 (pythonw) or stdout is None
            saved = -1
        if saved >= 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.close(devnull)

            def restore() -> None:
                with contextlib.suppress(AttributeError, OSError, ValueError):
                    sys.stdout.flush()  # drop a buffered `Audio saved to …` into /dev/null
                os.dup2(saved, 1)
                os.close(saved)

            stack.callback(restore)
        stack.enter_context(contextlib.redirect_stdout(io.StringIO()))
        yield


def _read_audio(path: Path) -> tuple[Samples, int]:
    """Mono float32 samples and rate from the file the engine wrote."""
    try:
        with wave.open(str(path), "rb") as wav:
            rate, width, channels = wav.getframerate(), wav.getsampwidth(), wav.getnchannels()
            frames = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError):
        # macOS writes AIFF whatever the name says; PyAV (with faster-whisper) reads anything.
        from faster_whisper.audio import decode_audio

        decoded = np.asarray(decode_audio(str(path), sampling_rate=22050), dtype=np.float32)
        return decoded, 22050
    if width != 2:
        raise AudioError(f"the TTS engine wrote {8 * width}-bit audio; only 16-bit is read")
    pcm = np.frombuffer(frames, dtype="<i2").reshape(-1, channels)
    samples = pcm.mean(axis=1, dtype=np.float32) / np.float32(32768.0)
    return samples.astype(np.float32, copy=False), rate


def resample(samples: Samples, src_rate: int, dst_rate: int) -> Samples:
    """Linear resampling, with a windowed-sinc low-pass first when going down in rate."""
    if src_rate == dst_rate or len(samples) == 0:
        return samples
    x = samples
    if dst_rate < src_rate:
        cutoff = 0.45 * dst_rate / src_rate  # cycles per input sample, a little under Nyquist
        taps = np.arange(-32, 33, dtype=np.float64)
        kernel = 2 * cutoff * np.sinc(2 * cutoff * taps) * np.hamming(len(taps))
        x = np.convolve(x, kernel / kernel.sum(), mode="same").astype(np.float32)
    n_out = round(len(x) * dst_rate / src_rate)
    positions = np.arange(n_out, dtype=np.float64) * (src_rate / dst_rate)
    return np.interp(positions, np.arange(len(x)), x).astype(np.float32)


class Synthesizer:
    """pyttsx3 synthesis with an in-memory cache, so a repeated line costs nothing.

    Raises AudioError when there is no TTS engine, ConfigError for an unknown voice.
    """

    def __init__(self, config: VoiceConfig | None = None, *, cache_size: int = 256) -> None:
        self.config = config or VoiceConfig()
        _shared_engine()  # fail here, not on the first line, when there is no engine
        self._voice_id = resolve_voice(self.config.voice) if self.config.voice else None
        self._cache: LineCache[_CacheKey] = LineCache(cache_size)
        self._dir = Path(tempfile.mkdtemp(prefix="voicecoach-tts-"))
        self._count = 0
        self._cleanup = weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)

    def synthesize(self, text: str) -> SpokenLine:
        key = self._key(text)
        return self._cache.get_or_render(key, lambda: self._render(key.text))

    def is_cached(self, text: str) -> bool:
        return self._key(text) in self._cache

    def _key(self, text: str) -> _CacheKey:
        return _CacheKey(text.strip(), self._voice_id, self.config.rate, self.config.volume)

    def prepare(self, lines: Iterable[str]) -> None:
        """Synthesise likely lines ahead, so saying them later starts at once."""
        for text in lines:
            self.synthesize(text)

    def warm_up(self) -> None:
        """Load the voice's data now rather than on the first real line."""
        self._render("Ready.")

    def close(self) -> None:
        self._cleanup()

    def _render(self, text: str) -> SpokenLine:
        if not text:
            return SpokenLine(text, np.zeros(0, dtype=np.float32), 22050)
        # pyttsx3's espeak driver now and then wrote a file with no audio in it (2 of 300
        # lines measured here), or none at all (once, in a test run under full load): a line
        # begun while espeak was still busy, which `_wait_until_idle` now prevents. The tries
        # stay for other engines, since a line that is never heard is worse than a late one.
        for attempt in range(_RENDER_ATTEMPTS):
            line = self._render_once(text)
            if len(line.samples):
                return line
            time.sleep(_RETRY_PAUSE_S * (attempt + 1))  # an engine behind under load catches up
        # Under a tracer and full load (the offline test, 2026-12-04), all three came back
        # empty: the same espeak-ng, run as a program of its own, is the last resort.
        line = self._render_by_program(text)
        if len(line.samples):
            return line
        raise AudioError(f"the TTS engine wrote no audio for {text!r}")

    def _render_by_program(self, text: str) -> SpokenLine:
        """`text` from the `espeak-ng` program with the voice, rate and volume the driver had;
        no audio where the driver is not espeak-ng's or the program is missing."""
        nothing = SpokenLine(text, np.zeros(0, dtype=np.float32), 22050)
        program = shutil.which("espeak-ng")
        if program is None or _espeak_driver(_shared_engine()) is None:
            return nothing
        path = self._next_path()
        voice = self._voice_id or _default_voice or "en"
        command = [program, "-v", voice, "-s", str(self.config.rate),
                   "-a", str(round(100 * float(self.config.volume))), "-w", str(path)]
        try:  # the text on stdin: a line starting with "-" is no option
            subprocess.run(command, input=text.encode("utf-8"), capture_output=True,
                           timeout=_PROGRAM_TIMEOUT_S, check=True)
            samples, rate = _read_audio(path)
        except (OSError, subprocess.SubprocessError, wave.Error):
            return nothing
        finally:
            path.unlink(missing_ok=True)
        return SpokenLine(text, samples, rate)

    def _next_path(self) -> Path:
        with _ENGINE_LOCK:
            self._count += 1
            return self._dir / f"line-{self._count}.wav"

    def _render_once(self, text: str) -> SpokenLine:
        path = self._next_path()
        with _ENGINE_LOCK:
            engine = _shared_engine()
            _apply_now(engine, self._voice_id or _default_voice, self.config.rate)
            engine.setProperty("voice", self._voice_id or _default_voice)
            engine.setProperty("rate", self.config.rate)
            engine.setProperty("volume", float(self.config.volume))
            _wait_until_idle(engine)
            with _quiet_stdout():
                engine.save_to_file(text, str(path))
                engine.runAndWait()
            _wait_until_idle(engine)
        try:
            samples, rate = _read_audio(path)
        except FileNotFoundError:
            return SpokenLine(text, np.zeros(0, dtype=np.float32), 22050)  # tried again
        finally:
            path.unlink(missing_ok=True)
        return SpokenLine(text, samples, rate)


def _espeak_driver(engine: Any) -> Any:
    """pyttsx3's espeak-ng driver inside `engine`, or None on other platforms' engines."""
    driver: Any = getattr(getattr(engine, "proxy", None), "_driver", None)
    return driver if type(driver).__name__ == "EspeakDriver" else None


def _apply_now(engine: Any, voice: str | None, rate: int) -> None:
    """Set espeak's voice and rate at once, not through pyttsx3's queue: queued, a change
    sometimes lands after the line has started, so two synthesizers with different rates on
    the one engine (the partner and the coach) would now and then speak at each other's."""
    driver = _espeak_driver(engine)
    if driver is None:
        return  # other platforms' drivers apply properties in order
    with contextlib.suppress(Exception):  # the queued setProperty still follows
        if voice:
            driver.setProperty("voice", voice)
        driver.setProperty("rate", rate)


def _wait_until_idle(engine: Any) -> None:
    """Wait until espeak-ng has done all it was asked (a no-op on other platforms' engines).

    pyttsx3 runs espeak-ng in its asynchronous mode: the synthesis, and every rate or volume
    change, run on espeak's own thread. A `runAndWait()` begun while that thread is still
    busy cancels at once and returns with the line still being made (no file, 2 renders in
    400 under load); a voice change made then swaps the voice data under that thread, the
    likeliest cause of a session's segmentation fault on CI (2026-12-04). So the engine is
    idle before a line starts and after it ends."""
    if _espeak_driver(engine) is None:
        return
    from pyttsx3.drivers import _espeak

    # espeak's own Synchronize() looks every 20 ms; a line takes about 15 ms in all.
    deadline = time.monotonic() + _IDLE_WAIT_S
    while _espeak.IsPlaying() and time.monotonic() < deadline:
        time.sleep(0.001)


# A sentence ends at . ! or ? (and any closing quote) before a space and a capital; titles
# such as "Dr." do not end one.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"')\]]))\s+(?=[\"'(]?[A-Z0-9])")
_TITLES = ("mr.", "mrs.", "ms.", "dr.", "st.", "prof.")


def sentences(text: str) -> list[str]:
    """The sentences of a line, in order ("Oh nice! Where was that?" is two): a run-time line
    is synthesised one sentence at a time so the first can play while the rest render."""
    out: list[str] = []
    for part in _SENTENCE_END.split(text.strip()):
        part = part.strip()
        if not part:
            continue
        if out and out[-1].casefold().rsplit(" ", 1)[-1] in _TITLES:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


# A clause ends at a comma, semicolon or colon before a space (inside a sentence).
_CLAUSE_END = re.compile(r"(?<=[,;:])\s+")


def clauses(text: str) -> list[str]:
    """The clauses of a line, sentence by sentence ("Nice to meet you, Sam! I'm Jo." is "Nice
    to meet you,", "Sam!", "I'm Jo."): a line built at run time is put together from the
    clauses prepared ahead and the ones made for it (`voice.roles.VoiceCast.chunks`)."""
    return [part.strip() for sentence in sentences(text)
            for part in _CLAUSE_END.split(sentence) if part.strip()]


def synthesize_sentences(voice: TextToSpeech, text: str) -> Iterator[SpokenLine]:
    """Synthesise `text` sentence by sentence, lazily: each line is rendered only when the
    caller asks for it, so playback can start on the first (a chunked sink's input)."""
    for sentence in sentences(text):
        yield voice.synthesize(sentence)
