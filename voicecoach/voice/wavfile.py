"""The coach's voice written onto a WAV timeline at session times (`--speak-to`)."""

from __future__ import annotations

import contextlib
import wave
import weakref
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.errors import AudioError
from voicecoach.voice.synth import SpokenLine, resample

__all__ = ["WavTimeline", "mix_into_wav"]


class WavTimeline:
    """Writes the coach's voice onto a 16-bit mono WAV timeline instead of a device.

    `write_at(line, t)` places a line at session time `t` (or where the previous one ends, as
    a real speaker would) and returns where it starts and ends. The last line is held back
    until the next one (or `close`), so `cut_at(t)` can cut it where the user barged in.
    """

    def __init__(self, path: Path, *, rate: int = 16000) -> None:
        self.path = Path(path)
        self.rate = rate
        try:
            # open for the speaker's life: lines are written as they come, closed in close()
            self._file = self.path.open("wb")
        except OSError as error:
            raise AudioError(f"cannot write {self.path}: {error.strerror or error}") from error
        self._wav = wave.open(self._file, "wb")  # noqa: SIM115
        self._wav.setnchannels(1)
        self._wav.setsampwidth(2)
        self._wav.setframerate(rate)
        self._written = 0  # samples already in the file
        self._pending: tuple[int, np.ndarray[Any, np.dtype[np.int16]], str] | None = None
        self._closed = False
        # A session that fails before close() (a microphone that cannot be opened) still
        # leaves a valid WAV of what was written, and no "Exception ignored" traceback from
        # wave's finaliser running after the file object's.
        self._abandon = weakref.finalize(self, _close_wav, self._wav, self._file)

    @property
    def end(self) -> float:
        """Session time at which the timeline's audio so far ends."""
        return self._end_sample() / self.rate

    def write_at(self, line: SpokenLine, t: float) -> tuple[float, float]:
        if self._closed:
            raise AudioError(f"{self.path} is already finished; open a new sink")
        text = line.text
        samples = resample(line.samples, line.rate, self.rate)
        pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype(np.int16)
        start = max(round(max(t, 0.0) * self.rate), self._end_sample())
        self._commit()
        self._pending = (start, pcm, text)
        return start / self.rate, (start + len(pcm)) / self.rate

    def cut_at(self, t: float) -> float | None:
        """Cut the last line at time `t` (barge-in); its new end, or None if it had ended."""
        if self._pending is None:
            return None
        start, pcm, text = self._pending
        cut = round(t * self.rate) - start
        if cut >= len(pcm):
            return None
        cut = max(cut, 0)
        self._pending = (start, pcm[:cut], text)
        return (start + cut) / self.rate

    def pad_to(self, t: float) -> None:
        """Extend the timeline with silence to time `t` (to match the session's length)."""
        self._commit()
        missing = round(t * self.rate) - self._written
        if missing > 0:
            self._write_silence(missing)

    def close(self) -> None:
        if not self._closed:
            self._commit()
            self._abandon.detach()
            self._wav.close()  # writes the final header sizes
            self._file.close()
            self._closed = True

    def _end_sample(self) -> int:
        if self._pending is None:
            return self._written
        start, pcm, _ = self._pending
        return start + len(pcm)

    def _commit(self) -> None:
        if self._pending is None:
            return
        start, pcm, _ = self._pending
        self._write_silence(start - self._written)
        self._wav.writeframes(pcm.astype("<i2").tobytes())
        self._written = start + len(pcm)
        self._pending = None

    def _write_silence(self, count: int) -> None:
        block = np.zeros(min(max(count, 0), self.rate), dtype="<i2").tobytes()
        while count > 0:
            n = min(count, self.rate)
            self._wav.writeframes(block[: 2 * n])
            self._written += n
            count -= n


def _close_wav(wav: wave.Wave_write, file: Any) -> None:
    with contextlib.suppress(OSError, ValueError):
        wav.close()
    with contextlib.suppress(OSError, ValueError):
        file.close()


def mix_into_wav(path: Path, samples: Any, rate: int) -> None:
    """Add `samples` (float32 at `rate`, from time 0) into a 16-bit mono WAV timeline, which
    grows to hold them; for a demo WAV that holds both sides of the conversation."""
    with wave.open(str(path), "rb") as wav:
        own_rate = wav.getframerate()
        pcm = np.frombuffer(wav.readframes(wav.getnframes()), dtype="<i2")
    mixed = resample(np.asarray(samples, dtype=np.float32), rate, own_rate)
    length = max(len(pcm), len(mixed))
    total = np.zeros(length, dtype=np.float32)
    total[: len(pcm)] += pcm.astype(np.float32) / 32768.0
    total[: len(mixed)] += mixed
    out = np.clip(np.round(total * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(own_rate)
        wav.writeframes(out.tobytes())
