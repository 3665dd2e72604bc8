"""Conversation norms: the thresholds the coach measures turns against.

Defaults live in `prompts/norms.toml` with the source of each; a user's file and then
`overrides` (from settings or the command line) replace any of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voicecoach.errors import ConfigError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml

__all__ = ["Norms"]


@dataclass(frozen=True)
class Norms:
    pace_min_wpm: float
    pace_max_wpm: float
    max_fillers_per_100_words: float
    max_response_gap_s: float
    jump_in_overlap_s: float
    monologue_s: float
    monologue_words: int
    max_talk_share: float
    self_baseline_turns: int
    self_pace_change: float
    self_filler_change: float
    min_words_for_rate: int

    @classmethod
    def default(cls) -> Norms:
        return cls.load(None)

    @classmethod
    def load(cls, path: Path | None = None, overrides: Mapping[str, object] | None = None) -> Norms:
        """Built-in norms, then the TOML file at `path`, then `overrides`; validated.

        ConfigError names the key (and the file) and says what to write instead.
        """
        builtin = prompts_dir() / "norms.toml"
        values: dict[str, object] = {}
        values.update(_read(builtin))
        if path is not None:
            values.update(_check_keys(_read(Path(path)), str(path)))
        if overrides:
            values.update(_check_keys(dict(overrides), "the overrides"))
        missing = [f.name for f in dataclasses.fields(cls) if f.name not in values]
        if missing:
            raise ConfigError(f"{builtin} lacks {', '.join(missing)}; restore it from the release")
        fields: dict[str, Any] = {
            f.name: _coerce(f.name, values[f.name], f.type) for f in dataclasses.fields(cls)
        }
        return cls(**fields)

    def __post_init__(self) -> None:
        positive = [
            "pace_min_wpm", "max_response_gap_s", "monologue_s", "monologue_words",
            "self_pace_change", "self_filler_change", "min_words_for_rate",
        ]  # fmt: skip
        for name in positive:
            if getattr(self, name) <= 0:
                raise ConfigError(f"norm {name} must be above 0, got {getattr(self, name)}")
        for name in ["max_fillers_per_100_words", "jump_in_overlap_s", "self_baseline_turns"]:
            if getattr(self, name) < 0:
                raise ConfigError(f"norm {name} must be 0 or more, got {getattr(self, name)}")
        if self.pace_max_wpm <= self.pace_min_wpm:
            raise ConfigError(
                f"norm pace_max_wpm ({self.pace_max_wpm}) must be above pace_min_wpm "
                f"({self.pace_min_wpm}); raise the one or lower the other"
            )
        if not 0 < self.max_talk_share <= 1:
            raise ConfigError(
                f"norm max_talk_share is a share of the time from 0 to 1 (0.65 is 65%), "
                f"got {self.max_talk_share}"
            )

    def pace_ok(self, wpm: float) -> bool:
        """Inside the pace band: every view colours and words a pace by this one test."""
        return self.pace_min_wpm <= wpm <= self.pace_max_wpm

    @property
    def pace_band(self) -> str:
        return f"{self.pace_min_wpm:.0f}–{self.pace_max_wpm:.0f}"

    def as_dict(self) -> dict[str, float | int]:
        return dataclasses.asdict(self)


def _read(path: Path) -> dict[str, Any]:
    return load_toml(path)


def _check_keys(values: dict[str, Any], where: str) -> dict[str, Any]:
    known = {f.name for f in dataclasses.fields(Norms)}
    for key in values:
        if key not in known:
            raise ConfigError(
                f"unknown norm {key!r} in {where}; known norms: {', '.join(sorted(known))}"
            )
    return values


def _coerce(name: str, value: object, kind: object) -> float | int:
    wants_int = kind in (int, "int")
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ConfigError(f"norm {name} must be a number, got {value!r}")
    if isinstance(value, str):  # from the command line
        try:
            value = float(value)
        except ValueError:
            raise ConfigError(f"norm {name} must be a number, got {value!r}") from None
    if wants_int:
        if float(value) != int(value):
            raise ConfigError(f"norm {name} must be a whole number, got {value!r}")
        return int(value)
    return float(value)
