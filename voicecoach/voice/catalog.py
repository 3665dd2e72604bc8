"""Every voice of every installed engine, and opening one by what a person typed.

A voice is named `ENGINE:NAME` (`espeak-ng:en-gb`, `piper:joe`) or just `NAME`, which means
espeak-ng (the engine every install has). The name resolves as each engine's lookup allows:
espeak-ng takes an id, a name or a short id in any case, or the start of one (`english`).
"""

from __future__ import annotations

import contextlib
import enum
from dataclasses import asdict, dataclass
from typing import Any

from voicecoach.errors import AudioError, ConfigError
from voicecoach.voice.diskcache import CachedVoice, DiskCache
from voicecoach.voice.piper import (
    PIPER,
    PiperSynthesizer,
    find_piper_voice,
    piper_installed,
    piper_voices,
)
from voicecoach.voice.synth import (
    ESPEAK,
    Synthesizer,
    TextToSpeech,
    VoiceConfig,
    available_voices,
    resolve_voice,
)

__all__ = [
    "ESPEAK_WPM_PER_RATE",
    "Engine",
    "VoiceChoice",
    "VoiceEntry",
    "at_pace",
    "check_choice",
    "espeak_rate_for",
    "list_voices",
    "open_voice",
]

# espeak-ng's rate setting is not the pace a listener hears. Timed as the coach times a turn
# (words from the first sound to the last) over all 736 fixed lines, settings 100, 115 and 130
# gave 123, 141 and 161 words a minute: a steady 1.23 for each unit (benchmarks/voices.py).
ESPEAK_WPM_PER_RATE = 1.23


def espeak_rate_for(wpm: int) -> int:
    """espeak-ng's rate setting for a heard pace of `wpm` words a minute (espeak's floor is
    80)."""
    return max(80, round(wpm / ESPEAK_WPM_PER_RATE))


class Engine(enum.Enum):
    ESPEAK = ESPEAK
    PIPER = PIPER

    @classmethod
    def parse(cls, text: str) -> Engine:
        folded = text.strip().casefold()
        aliases = {"espeak": cls.ESPEAK, "espeak-ng": cls.ESPEAK, "espeakng": cls.ESPEAK,
                   "piper": cls.PIPER}
        if folded not in aliases:
            raise ConfigError(f"unknown voice engine {text!r}: the engines are espeak-ng and "
                              "piper (write ENGINE:NAME, e.g. espeak-ng:en-gb or piper:joe)")
        return aliases[folded]


@dataclass(frozen=True)
class VoiceChoice:
    """An engine and a voice name in it (None: the engine's default voice)."""

    engine: Engine
    name: str | None = None

    @classmethod
    def parse(cls, text: str) -> VoiceChoice:
        """`ENGINE:NAME`, `ENGINE:` or `ENGINE` alone (its default voice), or a bare espeak-ng
        name. espeak-ng ids contain `/` but never `:`, so the first colon splits."""
        if not isinstance(text, str) or not text.strip():
            raise ConfigError(f"a voice is ENGINE:NAME or a voice's name, got {text!r}")
        engine, colon, name = text.partition(":")
        if colon:
            return cls(Engine.parse(engine), name.strip() or None)
        if text.strip().casefold() in ("espeak", "espeak-ng", "piper"):
            return cls(Engine.parse(text))
        return cls(Engine.ESPEAK, text.strip())

    def __str__(self) -> str:
        return f"{self.engine.value}:{self.name or 'default'}"


@dataclass(frozen=True)
class VoiceEntry:
    """One voice as `voicecoach voices` lists it."""

    engine: str
    id: str
    name: str
    language: str
    usable: bool

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def list_voices() -> list[VoiceEntry]:
    """espeak-ng's voices (none when it is missing), then Piper's when the extra is in."""
    entries: list[VoiceEntry] = []
    with contextlib.suppress(AudioError):  # no espeak-ng: the command says so
        entries += [VoiceEntry(ESPEAK, v.id, v.name, v.language, True)
                    for v in available_voices()]
    if piper_installed():
        entries += [VoiceEntry(PIPER, v.id, v.name, v.language, _piper_usable())
                    for v in piper_voices()]
    return entries


def _piper_usable() -> bool:
    """Piper's runtime imports (its wheel's native phonemizer and ONNX Runtime load)."""
    try:
        import piper  # noqa: F401
    except Exception:  # ImportError, OSError from a native library
        return False
    return True


def check_choice(choice: VoiceChoice) -> None:
    """ConfigError now for a voice name that matches nothing, without loading the voice (a
    missing engine is not the user's mistake: it is said, with a fall-back, when opened)."""
    if choice.name is None:
        return
    if choice.engine is Engine.PIPER:
        if piper_installed():
            find_piper_voice(choice.name)
        return
    with contextlib.suppress(AudioError):
        resolve_voice(choice.name)


def open_voice(choice: VoiceChoice, wpm: int, volume: float = 1.0) -> TextToSpeech:
    """A synthesizer for `choice` speaking at about `wpm` heard words a minute.

    ConfigError for an unknown voice; AudioError when the engine cannot start (for Piper the
    caller falls back to espeak-ng). A Piper voice keeps its prepared lines on disk.
    """
    if choice.engine is Engine.PIPER:
        if not piper_installed():
            raise AudioError("Piper is not installed; pip install 'voicecoach[neural]'")
        return _kept_on_disk(PiperSynthesizer(choice.name, rate=wpm, volume=volume), wpm, volume)
    return Synthesizer(VoiceConfig(voice=choice.name, rate=espeak_rate_for(wpm), volume=volume))


def at_pace(voice: TextToSpeech, choice: VoiceChoice, wpm: int, volume: float = 1.0
            ) -> TextToSpeech:
    """`voice` (opened from `choice`) speaking at `wpm` instead: a Piper voice keeps its
    loaded model (loading it again would hold up the reply), espeak-ng is opened anew."""
    if isinstance(voice, CachedVoice) and isinstance(voice.voice, PiperSynthesizer):
        return _kept_on_disk(voice.voice.at_rate(wpm), wpm, volume, voice.cache)
    return open_voice(choice, wpm, volume)


def _kept_on_disk(voice: PiperSynthesizer, wpm: int, volume: float,
                  cache: DiskCache | None = None) -> CachedVoice:
    """Its prepared lines on disk, found again only at the same voice, pace and volume."""
    return CachedVoice(voice, f"piper\n{voice.voice_id}\n{wpm}\n{volume}", cache)
