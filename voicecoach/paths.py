"""Where voicecoach finds the data it ships with (pattern packs, fixtures) and its cache."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CACHE_DIR_ENV", "cache_dir", "fixtures_dir", "prompts_dir"]

CACHE_DIR_ENV = "VOICECOACH_CACHE_DIR"

_PACKAGE = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE.parent


def _shipped(installed: str, in_source_tree: str) -> Path:
    """A data folder: inside the package where it was installed from a wheel (pyproject.toml
    maps it there), else at the top of the source tree (a checkout, an editable install)."""
    packaged = _PACKAGE / installed
    return packaged if packaged.is_dir() else _REPO_ROOT / in_source_tree


def prompts_dir() -> Path:
    """The folder of built-in packs; VOICECOACH_PROMPTS points elsewhere (tests, packagers)."""
    override = os.environ.get("VOICECOACH_PROMPTS")
    return Path(override) if override else _shipped("_prompts", "prompts")


def fixtures_dir() -> Path:
    return _shipped("_fixtures", "audio_fixtures")


def cache_dir() -> Path:
    """What can be made again (synthesised voice lines): $VOICECOACH_CACHE_DIR, else the
    platform's user cache folder (~/.cache/voicecoach on Linux)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only what touches the cache pays for it

    return Path(platformdirs.user_cache_dir("voicecoach", appauthor=False))
