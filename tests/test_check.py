"""`voicecoach check` against a PulseAudio null sink: the check listens on the sink's monitor
while `paplay` plays a fixture into the sink, and reports the level and the words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from tests.conftest import ROOT, run_voicecoach
from voicecoach.analyze.scoring import tokens

pytestmark = pytest.mark.device


def check_while_playing(sink: str, wav: str, *args: str,
                        volume: int = 65536) -> tuple[int, str, str]:
    """Run the check; once it says it is listening, play `wav` into the sink (at `volume`,
    PulseAudio's scale: 65536 is as recorded, and amplitude goes with its cube)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "check", "--device", "pulse", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=dict(os.environ))
    assert process.stderr is not None and process.stdout is not None
    errors: list[str] = []
    for line in process.stderr:
        errors.append(line)
        if "listening" in line:
            break
    command = ["paplay", f"--device={sink}", f"--volume={volume}", wav]
    player = threading.Thread(target=subprocess.run, daemon=True, args=(command,),
                              kwargs={"check": True, "timeout": 60})
    player.start()
    stdout, rest = process.communicate(timeout=120)
    player.join(60)
    return process.returncode, stdout, "".join(errors) + rest


def test_check_hears_a_played_fixture_and_reports_its_level(pulse_null_sink: str,
                                                            fixture_info) -> None:
    info = fixture_info("hello_intro")
    code, stdout, stderr = check_while_playing(pulse_null_sink, str(info.path), "--json",
                                               "--no-play", "--seconds", "12")
    assert code == 0, stderr
    report = json.loads(stdout)
    assert report["ok"] is True and report["problems"] == []
    assert -40 < report["level"]["speech_dbfs"] < -5
    said, heard = set(tokens(info.text)), set(tokens(report["heard"]))
    assert len(said & heard) >= len(said) - 2, report["heard"]
    assert any(d["name"] == "pulse" for d in report["inputs"])
    assert report["outputs"], "the null sink is an output"


def test_check_plays_its_line_and_says_what_it_heard(pulse_null_sink: str,
                                                     fixture_info) -> None:
    info = fixture_info("two_turns")
    code, stdout, stderr = check_while_playing(pulse_null_sink, str(info.path),
                                               "--seconds", "12")
    assert code == 0, stderr
    assert "dBFS" in stdout and "ok: it hears you" in stdout
    assert "chicago" in stdout.lower()
    assert "Playing:" in stderr


def test_check_says_a_quiet_voice_is_too_quiet_with_its_level(pulse_null_sink: str,
                                                              fixture_info) -> None:
    """Played 42 dB down (speech near -62 dBFS): the check says so, and gives the level."""
    info = fixture_info("hello_intro")
    code, stdout, stderr = check_while_playing(pulse_null_sink, str(info.path), "--json",
                                               "--no-play", "--seconds", "8", volume=13_000)
    assert code == 1, stderr
    report = json.loads(stdout)
    assert report["level"]["input_level_dbfs"] < -56
    assert any("too quiet" in p and f"{report['level']['input_level_dbfs']:.0f} dBFS" in p
               for p in report["problems"]), report["problems"]


def test_check_says_a_silent_microphone_is_muted_or_the_wrong_one(
        pulse_null_sink: str) -> None:
    result = run_voicecoach("check", "--device", "pulse", "--no-play", "--seconds", "2",
                            "--quiet")
    assert result.code == 1
    assert "muted" in result.stdout and "dBFS" in result.stdout


def test_check_with_an_unknown_device_is_one_line_and_exit_2(pulse_null_sink: str) -> None:
    result = run_voicecoach("check", "--device", "no-such-microphone", "--no-play")
    assert result.code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "voicecoach devices" in result.stderr


def test_devices_lists_outputs_too(pulse_null_sink: str) -> None:
    result = run_voicecoach("devices", "--json")
    devices = json.loads(result.stdout)
    assert devices["inputs"] and devices["outputs"]
    text = run_voicecoach("devices")
    assert "Speakers (output)" in text.stdout and "Microphones (input)" in text.stdout
