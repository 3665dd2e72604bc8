"""Norms: built-in defaults, a user's file and overrides, and errors a user can act on."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.coaching.norms import Norms
from voicecoach.errors import ConfigError


def test_defaults_are_the_documented_ones() -> None:
    norms = Norms.default()
    assert (norms.pace_min_wpm, norms.pace_max_wpm) == (110, 170)
    assert norms.max_fillers_per_100_words == 5
    assert norms.max_response_gap_s == 3
    assert (norms.monologue_s, norms.monologue_words) == (45, 120)
    assert norms.max_talk_share == 0.65
    assert isinstance(norms.monologue_words, int)


def test_a_user_file_overrides_some_keys_and_overrides_win(tmp_path: Path) -> None:
    mine = tmp_path / "norms.toml"
    mine.write_text("pace_max_wpm = 190\nmax_response_gap_s = 4.5\n")
    norms = Norms.load(mine, {"max_response_gap_s": "2"})  # a command-line string
    assert norms.pace_max_wpm == 190
    assert norms.max_response_gap_s == 2.0
    assert norms.pace_min_wpm == 110  # untouched keys keep the defaults


def test_an_unknown_key_is_named(tmp_path: Path) -> None:
    mine = tmp_path / "norms.toml"
    mine.write_text("pace_max = 190\n")
    with pytest.raises(ConfigError, match=r"unknown norm 'pace_max' in .*norms.toml.*pace_max_wpm"):
        Norms.load(mine)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"pace_max_wpm": "fast"}, r"pace_max_wpm must be a number, got 'fast'"),
        ({"monologue_words": 12.5}, r"monologue_words must be a whole number"),
        ({"pace_min_wpm": 180}, r"pace_max_wpm \(170.0\) must be above pace_min_wpm \(180.0\)"),
        ({"max_talk_share": 65}, r"max_talk_share is a share of the time from 0 to 1"),
        ({"max_response_gap_s": -1}, r"max_response_gap_s must be above 0"),
        ({"jump_in_overlap_s": True}, r"jump_in_overlap_s must be a number"),
    ],
)
def test_bad_values_name_the_key_and_the_fix(overrides: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Norms.load(None, overrides)


def test_a_broken_file_names_the_file(tmp_path: Path) -> None:
    mine = tmp_path / "norms.toml"
    mine.write_text("pace_max_wpm = \n")
    with pytest.raises(ConfigError, match=r"norms.toml: not valid TOML"):
        Norms.load(mine)
    with pytest.raises(ConfigError, match=r"missing.toml: file not found"):
        Norms.load(tmp_path / "missing.toml")
