"""Synthesised lines kept on disk between sessions, so a slow voice costs nothing twice.

Only lines with no user content go here: the fixed lines a session prepares ahead (the
persona's and the coach's), never a reply built at run time with the user's name or topic.
The folder is bounded (least recently used lines go first) and `forget --all` empties it.
Each line is a 16-bit WAV named by a hash of the voice, its settings and the text.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import threading
import wave
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from voicecoach.paths import cache_dir
from voicecoach.voice.synth import SpokenLine, TextToSpeech

__all__ = ["DEFAULT_MAX_BYTES", "CachedVoice", "DiskCache", "clear_voice_cache",
           "voice_cache_dir"]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024  # about 25 minutes of 22 kHz speech


def voice_cache_dir() -> Path:
    return cache_dir() / "voices"


def clear_voice_cache() -> int:
    """Delete every cached line; how many there were."""
    folder = voice_cache_dir()
    count = len(list(folder.glob("*.wav"))) if folder.is_dir() else 0
    shutil.rmtree(folder, ignore_errors=True)
    return count


class DiskCache:
    """A bounded folder of lines: `get` and `put` by key, oldest used dropped past `max_bytes`."""

    def __init__(self, folder: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = folder or voice_cache_dir()
        self.max_bytes = max_bytes
        self._lock = threading.Lock()

    def path_for(self, key: str) -> Path:
        return self.folder / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.wav"

    def get(self, key: str, text: str) -> SpokenLine | None:
        path = self.path_for(key)
        try:
            with wave.open(str(path), "rb") as wav:
                rate = wav.getframerate()
                pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
            os.utime(path)  # recently used: evicted last
        except (OSError, EOFError, wave.Error):
            return None  # absent, or half written by a process that died: synthesise again
        return SpokenLine(text, pcm.astype(np.float32) / np.float32(32768.0), rate)

    def put(self, key: str, line: SpokenLine) -> None:
        """Best effort: a full or read-only disk only means the line is not kept."""
        pcm = np.clip(np.round(line.samples * 32767.0), -32768, 32767).astype("<i2")
        path = self.path_for(key)
        with self._lock, contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.part")
            with wave.open(str(partial), "wb") as wav:
                wav.setnchannels(1)
                wav.setsampwidth(2)
                wav.setframerate(line.rate)
                wav.writeframes(pcm.tobytes())
            partial.replace(path)  # atomic: a reader never sees half a line
            self._trim()

    def size(self) -> int:
        return sum(p.stat().st_size for p in self.folder.glob("*.wav")) \
            if self.folder.is_dir() else 0

    def _trim(self) -> None:
        files = []
        for path in self.folder.glob("*.wav"):
            with contextlib.suppress(OSError):
                stat = path.stat()
                files.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in files)
        for _, size, path in sorted(files):
            if total <= self.max_bytes:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size


class CachedVoice:
    """A voice whose prepared (fixed) lines are kept on disk between sessions.

    `identity` names the voice and its settings (engine, voice id, rate, volume): a line is
    found again only with all of them the same. `synthesize` reads the disk first; only
    `prepare` writes to it, since only prepared lines are known to carry no user content.
    """

    def __init__(self, voice: TextToSpeech, identity: str, cache: DiskCache | None = None
                 ) -> None:
        self.voice = voice
        self.identity = identity
        self.cache = cache or DiskCache()
        self._loaded: dict[str, SpokenLine] = {}
        self._fixed: set[str] = set()  # lines given to `load_cached`: kept on disk when said
        self._lock = threading.Lock()

    def synthesize(self, text: str) -> SpokenLine:
        key = text.strip()
        with self._lock:
            line = self._loaded.get(key)
        if line is not None:
            return line
        line = self.cache.get(self._key(key), key)
        if line is not None:
            with self._lock:
                self._loaded[key] = line
            return line
        with self._lock:
            fixed = key in self._fixed
        if fixed:  # a fixed line not rendered ahead: rendered now, and kept like the others
            self.prepare([key])
            with self._lock:
                return self._loaded[key]
        return self.voice.synthesize(text)

    def is_loaded(self, text: str) -> bool:
        """Whether the line is ready in memory (prepared, or rendered earlier this session)."""
        key = text.strip()
        with self._lock:
            if key in self._loaded:
                return True
        is_cached = getattr(self.voice, "is_cached", None)
        return bool(is_cached is not None and is_cached(key))

    def prepare(self, lines: Iterable[str]) -> None:
        for text in lines:
            key = text.strip()
            if not key:
                continue
            with self._lock:
                line = self._loaded.get(key)
            line = line or self.cache.get(self._key(key), key)
            if line is None:
                line = self.voice.synthesize(key)
                self.cache.put(self._key(key), line)
            with self._lock:
                self._loaded[key] = line

    def load_cached(self, lines: Iterable[str]) -> list[str]:
        """Load the lines already on disk; the ones that are not, to `prepare` later."""
        missing = []
        for text in lines:
            key = text.strip()
            with self._lock:
                self._fixed.add(key)
            line = self.cache.get(self._key(key), key) if key else None
            if line is None:
                missing.append(text)
            else:
                with self._lock:
                    self._loaded[key] = line
        return missing

    def _key(self, text: str) -> str:
        return f"{self.identity}\n{text}"
