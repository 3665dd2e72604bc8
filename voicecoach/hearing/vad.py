"""Streaming endpointing: 32 ms chunks in, speech-start and speech-end events out.

The Silero model in faster-whisper's assets gives a speech probability per chunk; its LSTM
state (h, c) and 64 samples of context are carried from chunk to chunk so it streams.
Around that one seam (`confidence`) sits a small state machine that counts chunks, so the
endpointer is exact and testable with any scripted confidence.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, Samples
from voicecoach.hearing.level import AutoGain
from voicecoach.hearing.settings import VadConfig

__all__ = [
    "CONTEXT_SAMPLES",
    "Endpointer",
    "SileroVad",
    "SpeechEnded",
    "SpeechStarted",
    "VadConfig",
    "VadState",
    "VoiceDetector",
]

CONTEXT_SAMPLES = 64  # Silero v6 reads 64 samples before each 512-sample window


class VoiceDetector(Protocol):
    def confidence(self, samples: Samples) -> float:
        """Probability that this 32 ms chunk holds speech."""
        ...

    def reset(self) -> None: ...


class SileroVad:
    """The Silero VAD v6 ONNX model, one chunk at a time with its state carried over.

    With `normalise` (the default) each chunk first goes through a streaming automatic gain
    (hearing/level.py), so the same voice gives the same decisions at any input level.
    """

    def __init__(self, model_path: Path | None = None, normalise: bool = True) -> None:
        import onnxruntime

        if model_path is None:
            from faster_whisper.utils import get_assets_path

            model_path = Path(get_assets_path()) / "silero_vad_v6.onnx"
        options = onnxruntime.SessionOptions()
        options.inter_op_num_threads = 1
        options.intra_op_num_threads = 1  # one chunk is ~0.2 ms; threads only add overhead
        options.log_severity_level = 4
        self._session = onnxruntime.InferenceSession(
            str(model_path), providers=["CPUExecutionProvider"], sess_options=options
        )
        self.gain = AutoGain() if normalise else None
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT_SAMPLES, dtype=np.float32)
        if self.gain is not None:
            self.gain.reset()

    def confidence(self, samples: Samples) -> float:
        if len(samples) != CHUNK_SAMPLES:
            raise ValueError(f"the VAD takes chunks of {CHUNK_SAMPLES} samples, not {len(samples)}")
        if self.gain is not None:
            samples = self.gain.process(samples)
        window = np.concatenate([self._context, samples]).reshape(1, -1)
        output, self._h, self._c = self._session.run(
            None, {"input": window, "h": self._h, "c": self._c}
        )
        self._context = samples[-CONTEXT_SAMPLES:]
        return float(output.reshape(-1)[0])


class VadState(enum.Enum):
    QUIET = "quiet"
    STARTING = "starting"
    SPEAKING = "speaking"
    STOPPING = "stopping"


@dataclass(frozen=True)
class SpeechStarted:
    t: float  # when the event is known (end of the chunk that confirmed it)
    start: float  # where the turn's audio begins, pre-roll included
    first_voice: float  # start of the first voiced chunk


@dataclass(frozen=True)
class SpeechEnded:
    t: float  # when the event is known: last_voice + the end silence
    start: float
    end: float  # end of the turn's audio (last voiced chunk plus a short tail)
    last_voice: float  # end of the last voiced chunk


VadEvent = SpeechStarted | SpeechEnded


def _chunks_for(ms: int) -> int:
    return max(1, round(ms / 1000 * SAMPLE_RATE / CHUNK_SAMPLES))


class Endpointer:
    """QUIET → STARTING → SPEAKING → STOPPING → QUIET, counting chunks, never reading a clock."""

    def __init__(self, detector: VoiceDetector, config: VadConfig | None = None) -> None:
        self.detector = detector
        self.config = config or VadConfig()
        self._start_chunks = _chunks_for(self.config.start_ms)
        self._end_chunks = _chunks_for(self.config.end_silence_ms)
        self._pre_roll = self.config.pre_roll_ms / 1000
        self._min_speech = self.config.min_speech_ms / 1000
        self.reset()

    def reset(self) -> None:
        self.detector.reset()
        self.state = VadState.QUIET
        self._voiced_run = 0
        self._silent_run = 0
        self._turn_start = 0.0
        self._first_voice = 0.0
        self._last_voice = 0.0

    @property
    def turn_audio_start(self) -> float:
        """Where the current turn's audio begins (pre-roll included)."""
        return self._turn_start

    def step(self, chunk_start: float, chunk_end: float, confidence: float) -> list[VadEvent]:
        """Advance by one chunk whose speech probability is known."""
        cfg = self.config
        voiced = confidence >= cfg.start_threshold
        silent = confidence < cfg.end_threshold
        events: list[VadEvent] = []
        if self.state in (VadState.QUIET, VadState.STARTING):
            if voiced:
                if self.state is VadState.QUIET:
                    self._first_voice = chunk_start
                    self.state = VadState.STARTING
                self._voiced_run += 1
                self._last_voice = chunk_end
                if self._voiced_run >= self._start_chunks:
                    self.state = VadState.SPEAKING
                    self._turn_start = max(0.0, self._first_voice - self._pre_roll)
                    events.append(SpeechStarted(chunk_end, self._turn_start, self._first_voice))
            elif silent or self.state is VadState.QUIET:
                self.state = VadState.QUIET
                self._voiced_run = 0
        else:  # SPEAKING or STOPPING
            if not silent:
                if voiced:
                    self._last_voice = chunk_end
                self._silent_run = 0
                self.state = VadState.SPEAKING
            else:
                self._silent_run += 1
                self.state = VadState.STOPPING
                if self._silent_run >= self._end_chunks:
                    events.extend(self._close(chunk_end))
        return events

    def _close(self, t: float) -> list[VadEvent]:
        start, last_voice = self._turn_start, self._last_voice
        self.state = VadState.QUIET
        self._voiced_run = 0
        self._silent_run = 0
        # A hair of tolerance: five 32 ms chunks are 0.15999... s in floats, and a bare "Stop."
        # over the coach (five voiced chunks) was dropped as too short to be speech.
        if last_voice - self._first_voice < self._min_speech - 1e-6:
            return []
        # A short tail keeps the decay of the last syllable for the transcriber.
        end = min(t, last_voice + 0.1)
        return [SpeechEnded(t, start, end, last_voice)]

    def flush(self, t: float) -> list[VadEvent]:
        """End of input: close a turn that is still open."""
        if self.state in (VadState.SPEAKING, VadState.STOPPING):
            return self._close(t)
        self.state = VadState.QUIET
        return []
