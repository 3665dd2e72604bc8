"""Reading TOML files with errors that name the file and the line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from voicecoach.errors import ConfigError, VoiceCoachError

__all__ = ["load_toml"]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def load_toml(path: Path, error_type: type[VoiceCoachError] = ConfigError) -> dict[str, Any]:
    """The file's tables; a missing or broken file raises `error_type` naming it."""
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except FileNotFoundError:
        raise error_type(f"{path}: file not found; check the path") from None
    except tomllib.TOMLDecodeError as error:
        raise error_type(f"{path}: not valid TOML ({error}); fix the syntax there") from None
