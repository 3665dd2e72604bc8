"""The README's sample settings file works as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_voicecoach
from voicecoach.coaching.norms import Norms
from voicecoach.config import load_config
from voicecoach.errors import ConfigError
from voicecoach.voice.synth import Synthesizer, VoiceConfig


def readme_sample(tmp_path: Path) -> Path:
    readme = (ROOT / "README.md").read_text()
    settings = readme[readme.index("## Settings"):]
    block = re.search(r"```toml\n(.*?)```", settings, re.DOTALL)
    assert block is not None, "the README's Settings section has a TOML sample"
    path = tmp_path / "config.toml"
    path.write_text(block.group(1))
    return path


def test_every_key_of_the_readme_sample_is_valid(tmp_path: Path) -> None:
    config = load_config(readme_sample(tmp_path))
    assert config.vad.end_silence_ms == 600
    norms = Norms.load(None, config.sections["norms"])
    assert norms.pace_min_wpm == 100
    voice = VoiceConfig.from_mapping(config.sections["voice"])
    Synthesizer(voice).synthesize("Hello there.")  # "english" is a voice people can type


def test_a_placeholder_model_path_names_the_setting_and_the_file(tmp_path: Path) -> None:
    path = readme_sample(tmp_path)
    result = run_voicecoach("analyze", str(ROOT / "audio_fixtures" / "hello_intro.wav"),
                            "--config", str(path))
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert f"[asr] model_path in {path}" in lines[0] and "--model" not in lines[0]


def test_a_beam_count_out_of_range_names_the_setting(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[asr]\nlive_beam_size = 0\n")
    with pytest.raises(ConfigError, match=r"\[asr\] live_beam_size = 0 is outside 1 to 10"):
        load_config(path)
    path.write_text("[asr]\nbeam_size = 1\n")  # greedy over recordings too, as before
    assert load_config(path).asr.beam_size == 1


@pytest.mark.parametrize("typed", ["english", "en-gb", "EN-US", "English (Great Britain)"])
def test_voice_names_people_type_are_found(typed: str) -> None:
    Synthesizer(VoiceConfig(voice=typed)).synthesize("Hi.")
