"""Settings: one TOML file, small frozen dataclasses per part, command-line flags on top.

The file is $VOICECOACH_CONFIG, else $XDG_CONFIG_HOME/voicecoach/config.toml, else
~/.config/voicecoach/config.toml. Every key is optional; the README lists them all.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from voicecoach.errors import ConfigError
from voicecoach.hearing.settings import AsrConfig, VadConfig  # numpy-free: see its docstring
from voicecoach.tomlcompat import load_toml

__all__ = ["AudioConfig", "Config", "TurnConfig", "default_config_path", "load_config"]


@dataclass(frozen=True)
class AudioConfig:
    input_device: str | None = None  # index or part of a name; None: the system default
    output_device: str | None = None
    # Speakers mode: take the coach out of the microphone instead of closing it while the coach
    # speaks (the gate stands in until the canceller is trusted); false: the gate alone.
    cancel_echo: bool = True


@dataclass(frozen=True)
class TurnConfig:
    """When the partner answers (`hearing.turn_end`, windows in prompts/turn_end.toml)."""

    patience: float = 1.0  # multiplies every waiting window: 2 waits twice as long
    # False: the old fixed silence ([vad] end_silence_ms) ends every turn, whatever was said.
    predict: bool = True


@dataclass(frozen=True)
class Config:
    asr: AsrConfig = field(default_factory=AsrConfig)
    vad: VadConfig = field(default_factory=VadConfig)
    audio: AudioConfig = field(default_factory=AudioConfig)
    turn: TurnConfig = field(default_factory=TurnConfig)
    # Sections other parts read themselves ([voice], [norms]); kept as given, validated there.
    sections: dict[str, dict[str, Any]] = field(default_factory=dict)
    path: Path | None = None

    @property
    def model_named_by(self) -> str:
        """Where the speech model's folder was given, for an error to point at."""
        if self.path is not None and self.asr.model_path is not None:
            return f"[asr] model_path in {self.path}"
        return "--model"


_TYPED_SECTIONS: dict[str, type] = {"asr": AsrConfig, "vad": VadConfig, "audio": AudioConfig,
                                    "turn": TurnConfig}
_FREE_SECTIONS = {"voice", "norms", "user"}


def default_config_path() -> Path:
    if override := os.environ.get("VOICECOACH_CONFIG"):
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "voicecoach" / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The settings file if there is one; a missing default file just means the defaults."""
    explicit = path is not None
    path = path or default_config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such settings file; check the path given to --config")
        return Config()
    data = load_toml(path)
    parts: dict[str, Any] = {}
    sections: dict[str, dict[str, Any]] = {}
    for name, values in data.items():
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: `{name}` must be a [section]; see the README, Settings")
        if name in _TYPED_SECTIONS:
            parts[name] = _build(path, name, _TYPED_SECTIONS[name], values)
        elif name in _FREE_SECTIONS:
            sections[name] = values
        else:
            known = ", ".join(sorted([*_TYPED_SECTIONS, *_FREE_SECTIONS]))
            raise ConfigError(f"{path}: unknown section [{name}]; the sections are {known}")
    return Config(sections=sections, path=path, **parts)


def _build(path: Path, section: str, cls: type, values: dict[str, Any]) -> Any:
    fields = {f.name: f for f in dataclasses.fields(cls)}
    for key, value in values.items():
        if key not in fields:
            raise ConfigError(f"{path}: [{section}] has no setting `{key}`; "
                              f"the settings are {', '.join(fields)}")
        default = getattr(cls(), key)
        if default is not None and not isinstance(value, type(default)) and not (
            isinstance(default, float) and isinstance(value, int)
        ):
            raise ConfigError(f"{path}: [{section}] {key} = {value!r} should be "
                              f"a {type(default).__name__}")
    if "model_path" in values:
        values = {**values, "model_path": Path(values["model_path"]).expanduser()}
    try:
        return cls(**values)
    except ValueError as error:  # a value in range checks of its own (AsrConfig)
        raise ConfigError(f"{path}: [{section}] {error}; see the README, Settings") from None
