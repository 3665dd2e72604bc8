"""The command line as a whole: every command's help, and a start-up that loads one command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from voicecoach.cli import main
from voicecoach.commands import COMMANDS


def test_every_command_is_listed_with_its_help_and_has_examples(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    top = " ".join(capsys.readouterr().out.split())
    for entry in COMMANDS:
        assert entry.help in top, entry.name
        with pytest.raises(SystemExit) as exited:
            main([entry.name, "--help"])
        assert exited.value.code == 0
        assert "examples:" in capsys.readouterr().out, entry.name


def test_a_command_loads_only_its_own_module(tmp_path: Path) -> None:
    """Start-up imports the one command being run: `history` must not pay for the speech
    model's and the live loop's imports (0.5-0.8 s before the registry was lazy), nor, with
    --json, for numpy or rich (0.1 s of a 0.5 s `history --json` process)."""
    probe = ("import json, sys\n"
             "from voicecoach.cli import main\n"
             f"code = main(['history', '--json', '--data-dir', {str(tmp_path)!r}])\n"
             "print(json.dumps(sorted(sys.modules)))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=True)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "voicecoach.commands.history" in loaded
    for heavy in ("voicecoach.commands.analyze", "voicecoach.commands.practice",
                  "voicecoach.live.loop", "voicecoach.analyze.analysis",
                  "voicecoach.hearing.transcribe", "numpy", "rich", "rapidfuzz",
                  "faster_whisper", "sounddevice"):
        assert heavy not in loaded, heavy
