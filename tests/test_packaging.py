"""voicecoach installed from a wheel, as `pip install .` would put it, not from the checkout.

The packs (`prompts/`) and the demo's recordings (`audio_fixtures/`) live at the top of the
source tree; a wheel must carry them inside the package, and `voicecoach.testing` must work
from it for people who reuse the fakes in their own tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "voicecoach", "prompts", "audio_fixtures")

# Run from outside the checkout, with only the installed copy on the path before the
# environment's own packages: a replay of two turns through the party scenario, twice, on the
# fake clock. It prints where voicecoach came from and whether the event logs were the same.
REPLAY = """
import json, voicecoach, voicecoach.testing as testing
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.partner import Partner
from voicecoach.coaching.persona import load_scenario
from voicecoach.coaching.practice import PracticeConductor
from voicecoach.paths import fixtures_dir, prompts_dir

phrases = {300.0: "hi i'm sam nice to meet you", 450.0: "so how do you know the host"}
audio = testing.join(testing.silence(12.0), testing.tone(1.5, 300.0), testing.silence(3.0),
                     testing.tone(1.5, 450.0), testing.silence(3.0))

def replay():
    scenario = load_scenario("party")
    conductor = PracticeConductor(scenario, Partner(scenario), Coach())
    return testing.run_loop(conductor, audio, phrases)

first, second = replay(), replay()
print(json.dumps({
    "package": voicecoach.__file__, "testing": testing.__file__,
    "prompts": str(prompts_dir()), "fixtures": str(fixtures_dir()),
    "same_log": first.log == second.log,
    "transcripts": [e["text"] for e in first.of_type("transcript")],
    "replies": len(first.of_type("reply_start")),
}))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the sources and installed into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    for name in SOURCES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(origin, source / name)
    target = work / "site"
    # No build isolation and no index: the environment's setuptools and wheel (the test
    # extra) build it offline.
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    return target / "voicecoach"


def test_the_wheel_carries_every_pack_recording_and_subpackage(installed: Path) -> None:
    for folder, packaged in (("prompts", "_prompts"), ("audio_fixtures", "_fixtures")):
        shipped = {p.relative_to(REPO / folder) for p in (REPO / folder).rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts}
        carried = {p.relative_to(installed / packaged) for p in (installed / packaged).rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts}
        assert shipped - carried == set(), f"{folder}/ files missing from the wheel"
    subpackages = {p.parent.name for p in (REPO / "voicecoach").glob("*/__init__.py")}
    assert subpackages <= {p.parent.name for p in installed.glob("*/__init__.py")}


def test_the_fakes_replay_the_same_log_from_the_installed_package(installed: Path,
                                                                   tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(installed.parent)}
    env.pop("VOICECOACH_PROMPTS", None)
    run = subprocess.run([sys.executable, "-c", REPLAY], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    for key in ("package", "testing", "prompts", "fixtures"):
        assert Path(result[key]).is_relative_to(installed), (key, result[key])
    assert result["same_log"] is True
    assert result["transcripts"] == ["hi i'm sam nice to meet you", "so how do you know the host"]
    assert result["replies"] >= 3  # the opening, an answer to each turn
