"""Where voicecoach finds the data it ships with (pattern packs, fixtures)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["fixtures_dir", "prompts_dir"]

_REPO_ROOT = Path(__file__).resolve().parent.parent


def prompts_dir() -> Path:
    """The folder of built-in packs; VOICECOACH_PROMPTS points elsewhere (tests, packagers)."""
    override = os.environ.get("VOICECOACH_PROMPTS")
    return Path(override) if override else _REPO_ROOT / "prompts"


def fixtures_dir() -> Path:
    return _REPO_ROOT / "audio_fixtures"
