"""The warm-up replayed from a recording: drills are turns with their feedback as tips;
spoken commands steer it and are never turns."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, made_once, run_voicecoach

pytestmark = pytest.mark.model

# warmup_user.flac: "Skip this." (the breathing), two opener answers, "Skip this.", one
# follow-up answer, "Stop."
DRILL_ANSWERS = 3
COMMANDS = ["skip", "skip", "stop"]


@pytest.fixture(scope="module")
def warmup() -> dict[str, Any]:
    """One replay of warmup_user.flac, shared by the tests that read it (and by the xdist
    workers: the tests only read its folder)."""
    return made_once("warmup_replay", replay)


def replay(folder: Path) -> dict[str, Any]:
    result = run_voicecoach(
        "warmup", "--input", str(FIXTURES / "warmup_user.flac"), "--speak-to",
        str(folder / "coach.wav"), "--events", str(folder / "events.jsonl"), "--data-dir",
        str(folder / "data"), "--json")
    assert result.code == 0, result.stderr
    events = [json.loads(line) for line in (folder / "events.jsonl").read_text().splitlines()]
    return {"folder": folder, "report": json.loads(result.stdout), "events": events}


def test_spoken_commands_are_logged_as_commands_not_turns(warmup: dict[str, Any]) -> None:
    commands = [e["command"] for e in warmup["events"] if e["type"] == "command"]
    assert commands == COMMANDS
    turns = warmup["report"]["turns"]
    assert len(turns) == DRILL_ANSWERS
    assert not any(t["text"].strip(" .!").lower() in ("stop", "skip this") for t in turns)
    assert warmup["events"][-1] == {**warmup["events"][-1], "reason": "command"}


def test_the_history_counts_drills_and_their_feedback_as_tips(warmup: dict[str, Any]) -> None:
    result = run_voicecoach("history", "--json", "--data-dir", str(warmup["folder"] / "data"))
    stored = json.loads(result.stdout)[0]
    assert stored["mode"] == "warmup"
    assert stored["turns"] == DRILL_ANSWERS
    assert stored["tips_given"] == DRILL_ANSWERS  # every drill answer got feedback
    assert all(turn["tip"] for turn in warmup["report"]["turns"])


def test_the_report_charts_no_command(warmup: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run_voicecoach("report", "--last", "--data-dir", str(warmup["folder"] / "data"),
                            "--out", str(out))
    assert result.code == 0, result.stderr
    page = out.read_text()
    assert page.count('data-turn="') == DRILL_ANSWERS
    assert "Stop" not in page.split("<h2>Coaching")[0]
