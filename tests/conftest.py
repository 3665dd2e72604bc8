"""Shared fixtures: the real model, the real VAD, real recordings and the PulseAudio device.

Nothing here fakes a real part. Where a real part is absent (a user's clone has no
../shared/real_speech; a laptop may have no PulseAudio), the test skips and says why,
except on CI (CI=true), where a missing real part fails the run instead.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import itertools
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest

from voicecoach.analyze.analysis import Analysis, analyze_file
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.paths import CACHE_DIR_ENV
from voicecoach.understanding.fillers import FillerVocabulary

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "audio_fixtures"
REAL_SPEECH = ROOT.parent / "shared" / "real_speech"
ON_CI = bool(os.environ.get("CI"))
# Synthesised lines cached by a test session go to a folder of its own, never the user's
# cache; commands run in a subprocess inherit it.
os.environ.setdefault(CACHE_DIR_ENV, tempfile.mkdtemp(prefix="voicecoach-test-cache-"))
# What a test run makes once for all its xdist workers (`made_once`); the workers inherit the
# folder from the process that started them.
SHARED_DIR_ENV = "VOICECOACH_TEST_SHARED"
os.environ.setdefault(SHARED_DIR_ENV, tempfile.mkdtemp(prefix="voicecoach-test-shared-"))

T = TypeVar("T")


class Busy(Exception):
    """Another worker is making it now (`made_once(..., block=False)`)."""


def made_once(name: str, make: Callable[[Path], T], block: bool = True) -> T:
    """`make(folder)`, run once in a test run whichever worker asks first: under `-n 3` a
    module's tests may be split between the workers, and each would otherwise make its own
    (a replay, an analysis). The others wait for it and read its result (pickled); `folder`
    is where `make` may leave files for the tests to read. If `make` fails or skips, nothing
    is kept and the next to ask makes it again. With `block=False`, raises Busy instead of
    waiting while another worker makes it."""
    base = Path(os.environ[SHARED_DIR_ENV]) / name
    base.mkdir(parents=True, exist_ok=True)
    with (base / "lock").open("w") as lock:
        try:  # released when the file is closed
            fcntl.flock(lock, fcntl.LOCK_EX | (0 if block else fcntl.LOCK_NB))
        except BlockingIOError:
            raise Busy(name) from None
        kept = base / "result.pickle"
        if kept.exists():
            result: T = pickle.loads(kept.read_bytes())
            return result
        folder = base / "files"
        shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
        folder.mkdir()
        result = make(folder)
        kept.write_bytes(pickle.dumps(result))
        return result


def skip_or_fail(reason: str) -> None:
    """Skip with a reason on a developer's machine; on CI a missing real part is a failure."""
    if ON_CI:
        pytest.fail(f"{reason} (on CI this must be present)")
    pytest.skip(reason)


# Tests that play or record through PulseAudio, or replay paced to the wall clock, are marked
# realtime: scripts/run-tests.sh runs them in a phase of their own, four at a time, beside the
# CPU-bound tests, which run at a lower priority (a real-time replay must not wait for a core
# another test is using). Each worker loads a null sink of its own (`pulse_null_sink`), and the
# CPU-bound phase plays into another, so that a stream PulseAudio moves when its source
# vanishes never lands on a source another test records from. A test also marked alone runs by
# itself after both phases (its outcome hangs on the device's timing too closely to share).
SOUND_SERVER_FIXTURES = frozenset({"pulse_null_sink", "fresh_null_sink", "monitor",
                                   "private_pulse"})


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if (item.get_closest_marker("device") or item.get_closest_marker("timing")
                or fixtures & SOUND_SERVER_FIXTURES):
            item.add_marker(pytest.mark.realtime)


@pytest.fixture(scope="session")
def partner_wording() -> Any:
    """The role-play partner's wording (`prompts/partner.toml`), loaded once."""
    from voicecoach.coaching.partner import PartnerWording

    return PartnerWording.load()


@pytest.fixture(scope="session")
def transcriber() -> WhisperTranscriber:
    return WhisperTranscriber()


@pytest.fixture(scope="session")
def vocabulary() -> FillerVocabulary:
    return FillerVocabulary.load()


@pytest.fixture()
def silero() -> SileroVad:
    return SileroVad()


@dataclass(frozen=True)
class FixtureInfo:
    path: Path
    text: str
    expected_turns: int
    expected_fillers: int
    phrases: list[dict[str, Any]]
    duration_s: float


@pytest.fixture(scope="session")
def fixture_info() -> Callable[[str], FixtureInfo]:
    manifest = json.loads((FIXTURES / "manifest.json").read_text())
    by_name = {f["name"]: f for f in manifest["fixtures"]}

    def lookup(name: str) -> FixtureInfo:
        f = by_name[name]
        return FixtureInfo(FIXTURES / f["file"], f["text"], f["expected_turns"],
                           f["expected_fillers"], f["phrases"], f["duration_s"])

    return lookup


@pytest.fixture(scope="session")
def real_speech() -> Path:
    if not (REAL_SPEECH / "MANIFEST.md").exists():
        skip_or_fail(f"real speech recordings not found at {REAL_SPEECH} (they live in "
                     "../shared beside the repository, which a user's clone does not have)")
    return REAL_SPEECH


class RealAnalyses:
    """`analyze_file` of ../shared/real_speech/<name>.wav with the defaults, made once a test
    run: test_real_speech scores it, test_pace_invariance compares other cuts with it."""

    def __init__(self, folder: Path, transcriber: WhisperTranscriber,
                 vocabulary: FillerVocabulary) -> None:
        self.folder, self.transcriber, self.vocabulary = folder, transcriber, vocabulary
        self.made: dict[str, Analysis] = {}

    def _get(self, name: str, block: bool) -> Analysis:
        if name not in self.made:
            self.made[name] = made_once(f"real_analysis_{name}", lambda _: analyze_file(
                self.folder / f"{name}.wav", self.transcriber, SileroVad(), self.vocabulary),
                block)
        return self.made[name]

    def __call__(self, name: str) -> Analysis:
        return self._get(name, block=True)

    def all(self, *names: str) -> dict[str, Analysis]:
        """Those another worker is making now are taken last, so that the workers make
        different ones meanwhile rather than one waiting for the other."""
        pending = list(names)
        while pending:
            for name in list(pending):
                try:
                    self._get(name, block=len(pending) == 1)
                except Busy:
                    continue
                pending.remove(name)
            if pending and all(name not in self.made for name in pending):
                time.sleep(0.05)  # all the rest are being made by the other worker
        return {name: self.made[name] for name in names}


@pytest.fixture(scope="session")
def real_analysis(real_speech: Path, transcriber: WhisperTranscriber,
                  vocabulary: FillerVocabulary) -> RealAnalyses:
    return RealAnalyses(real_speech, transcriber, vocabulary)


@pytest.fixture(scope="session")
def pulse_null_sink() -> Iterator[str]:
    """A null sink of this test run's own, made PulseAudio's default for this process.

    `make test` starts the daemon (scripts/pulse-null-sink.sh). Each run loads a private
    sink so that nothing else playing on the machine leaks into what the tests record;
    PULSE_SINK and PULSE_SOURCE steer PortAudio's "pulse" device to it and its monitor.
    """
    with _own_null_sink(f"voicecoach_test_{os.getpid()}") as sink:
        yield sink


@pytest.fixture()
def fresh_null_sink() -> Iterator[str]:
    """A null sink for one test alone: what an earlier test left playing on the run's own
    sink (a stream PulseAudio moved there) cannot leak into what this one records."""
    with _own_null_sink(f"voicecoach_test_{os.getpid()}_{next(_SINKS)}") as sink:
        yield sink


_SINKS = itertools.count()


@contextlib.contextmanager
def _own_null_sink(sink: str) -> Iterator[str]:
    if shutil.which("pactl") is None:
        skip_or_fail("pactl is not installed; `make test` installs pulseaudio-utils")
    if subprocess.run(["pactl", "info"], capture_output=True).returncode != 0:
        skip_or_fail("no PulseAudio server; start one with scripts/pulse-null-sink.sh")
    loaded = subprocess.run(["pactl", "load-module", "module-null-sink", f"sink_name={sink}"],
                            capture_output=True, text=True)
    if loaded.returncode != 0:
        skip_or_fail(f"PulseAudio refused a null sink: {loaded.stderr.strip()}")
    saved = {k: os.environ.get(k) for k in ("PULSE_SINK", "PULSE_SOURCE")}
    os.environ["PULSE_SINK"] = sink
    os.environ["PULSE_SOURCE"] = f"{sink}.monitor"
    try:
        yield sink
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        subprocess.run(["pactl", "unload-module", loaded.stdout.strip()], capture_output=True)


class MonitorRecorder:
    """parecord on the null sink's monitor. The monitor can hand audio over in late bursts,
    so `stop` waits until the recording covers the time that passed."""

    def __init__(self, sink: str) -> None:
        self.process = subprocess.Popen(
            ["parecord", "--raw", "--format=float32le", "--rate=16000", "--channels=1",
             "--latency-msec=20", "-d", f"{sink}.monitor"], stdout=subprocess.PIPE)
        self.started = time.monotonic()
        self.chunks: list[bytes] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert isinstance(stream, io.BufferedReader)
        while chunk := stream.read1(8192):
            self.chunks.append(chunk)

    def seconds(self) -> float:
        return sum(len(c) for c in self.chunks) / 4 / 16000

    def stop(self) -> np.ndarray[Any, Any]:
        wanted = time.monotonic() - self.started - 0.5
        deadline = time.monotonic() + 10
        while self.seconds() < wanted and time.monotonic() < deadline:
            time.sleep(0.05)
        self.process.terminate()
        self.reader.join(5)
        return np.frombuffer(b"".join(self.chunks), dtype=np.float32)


@pytest.fixture
def monitor(pulse_null_sink: str) -> Iterator[MonitorRecorder]:
    if shutil.which("parecord") is None:
        skip_or_fail("parecord is not installed; `make test` installs pulseaudio-utils")
    recorder = MonitorRecorder(pulse_null_sink)
    yield recorder
    if recorder.process.poll() is None:
        recorder.process.kill()
        recorder.process.wait()


def write_wav(path: Path, samples: np.ndarray, rate: int = 16_000, channels: int = 1) -> Path:
    data = np.clip(samples, -1.0, 1.0)
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(2)
        writer.setframerate(rate)
        writer.writeframes((data * 32767).astype("<i2").tobytes())
    return path


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_voicecoach(*args: str, env: dict[str, str] | None = None,
                   input_text: str | None = None) -> CliResult:
    """The installed command line in a fresh process, as a user would run it. A crash in native
    code (PortAudio, CTranslate2, espeak-ng) prints every thread's stack to stderr."""
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-m", "voicecoach", *args],
                          capture_output=True, text=True, env={**os.environ, **(env or {})},
                          input=input_text, timeout=300, cwd=ROOT)
    return CliResult(done.returncode, done.stdout, done.stderr)


def talk_through(matcher: Any, scene: str, persona: str, *lines: str, seed: int = 5
                 ) -> list[str]:
    """The partner's replies to `lines`, one after another, in one session of `scene`."""
    from voicecoach.coaching.partner import Partner, UserLine
    from voicecoach.coaching.persona import load_scenario

    partner = Partner(load_scenario(scene), seed=seed, persona=persona)
    return [partner.reply(UserLine(line, matcher.match(line).labels)).text for line in lines]
