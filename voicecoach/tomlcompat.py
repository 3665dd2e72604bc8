"""Reading TOML files with errors that name the file and the line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from voicecoach.errors import ConfigError

__all__ = ["load_toml"]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found; check the path") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error}); fix the syntax there") from None
