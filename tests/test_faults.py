"""Faults during a session, as a person meets them, through the real command line.

Each fault must give one clear line (exit status 2 where it is an error, never a traceback or
a hang), and every turn finished before the fault must be in the history.

- the microphone's source disappears mid-session: on a PulseAudio server of the test's own,
  where nothing can take its place (the shared test server moves a recording stream to the
  default source when its source goes, so there the session keeps listening);
- no input device at all; the output device missing, stuck or vanishing mid-session;
- no text-to-speech engine;
- the data folder read-only (at the start) or full (mid-session), on a small tmpfs.

PortAudio and ALSA print a few diagnostic lines of their own on stderr when a device goes
away ("Expression '...' failed in 'src/hostapi/alsa/pa_linux_alsa.c'", "ALSA lib ...");
they come from C and are left out of the one-line check.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, skip_or_fail
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import DB_NAME, Store
from voicecoach.testing import make_turn

SHORT = FIXTURES / "two_turns.wav"  # 8 s, two turns 1.6 s apart
C_NOISE = ("Expression '", "ALSA lib ")


# ---------------------------------------------------------------- helpers


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str

    def ours(self) -> list[str]:
        """stderr without the C libraries' own diagnostics."""
        return [line for line in self.stderr.splitlines()
                if line.strip() and not line.startswith(C_NOISE)]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "FORCE_COLOR")}
    env.update(extra)
    return env


def voicecoach(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> Run:
    done = subprocess.run([sys.executable, "-m", "voicecoach", *args], capture_output=True,
                          text=True, env=env or cli_env(), timeout=timeout, cwd=ROOT)
    return Run(done.returncode, done.stdout, done.stderr)


def start(*args: str, env: dict[str, str], out: Path) -> subprocess.Popen[str]:
    """The command line in the background, its output in files (no pipe to fill up)."""
    return subprocess.Popen([sys.executable, "-m", "voicecoach", *args], cwd=ROOT, env=env,
                            stdout=(out / "stdout").open("w"), stderr=(out / "stderr").open("w"),
                            text=True)


def finish(process: subprocess.Popen[str], out: Path, timeout: float = 90) -> Run:
    try:
        code = process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        pytest.fail(f"the session hung; stderr: {(out / 'stderr').read_text()[-2000:]}")
    return Run(code, (out / "stdout").read_text(), (out / "stderr").read_text())


def assert_one_clean_line(run: Run, must_contain: str) -> str:
    """Exactly one line of ours on stderr names the problem; no traceback anywhere."""
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr, run.stderr
    ours = [line for line in run.ours() if line.startswith("voicecoach:")]
    hits = [line for line in ours if must_contain in line]
    assert len(hits) == 1, run.stderr
    return hits[0]


def stored(data_dir: Path) -> list[tuple[int, bool]]:
    """(turns, finished) of each session in the history, oldest first."""
    store = Store.open_existing(data_dir)
    if store is None:
        return []
    with store:
        return [(len(s.turns), s.finished) for s in reversed(store.sessions())]


def write_history(data_dir: Path, turns: int) -> None:
    """A finished session of `turns` turns, as an earlier practice would have left it."""
    now = datetime.now(timezone.utc)
    with Store.open(data_dir) as store:
        sid = store.begin_session(SessionRecord(SessionMode.PRACTICE, "party", "microphone", now))
        for i in range(turns):
            store.add_turn(sid, make_turn(i, 10.0 * i, 10.0 * i + 3, words=2, wpm=120.0,
                                          text="hi there"))
        store.end_session(sid, SessionSummary(now, 10.0 * turns))


def turns_written(data_dir: Path) -> int:
    """Turns in the history now, read beside the running session (WAL readers don't block)."""
    try:
        with sqlite3.connect(f"file:{data_dir / DB_NAME}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT COUNT(*) FROM turns").fetchone()[0])
    except sqlite3.Error:
        return 0


def wait_for(condition: Callable[[], bool], what: str, process: subprocess.Popen[str],
             timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if process.poll() is not None:
            pytest.fail(f"the session ended (status {process.returncode}) before {what}")
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"timed out waiting for {what}")


def events_written(path: Path) -> bool:
    return path.exists() and path.stat().st_size > 0


# ---------------------------------------------------------------- PulseAudio


def pactl(server: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    env = cli_env(**({"PULSE_SERVER": server} if server else {}))
    return subprocess.run(["pactl", *args], capture_output=True, text=True, env=env, timeout=20)


def require_pulse_tools() -> None:
    for tool in ("pulseaudio", "pactl", "paplay"):
        if shutil.which(tool) is None:
            skip_or_fail(f"{tool} is not installed; `make test` installs pulseaudio and "
                         "pulseaudio-utils")


@pytest.fixture(scope="module")
def private_pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PulseAudio server of this module's own, with no devices but those a test loads.

    When a source goes away, PulseAudio moves its recording streams to another source; on
    a server with nothing else, the stream is killed instead: a microphone really gone.
    """
    require_pulse_tools()
    home = tmp_path_factory.mktemp("pulse")
    socket = home / "native"
    script = home / "minimal.pa"
    script.write_text(f"load-module module-native-protocol-unix socket={socket} "
                      "auth-anonymous=1\n")
    env = cli_env(HOME=str(home), PULSE_RUNTIME_PATH=str(home / "run"),
                  PULSE_STATE_PATH=str(home / "state"))
    for key in ("PULSE_SERVER", "PULSE_SINK", "PULSE_SOURCE"):
        env.pop(key, None)
    daemon = subprocess.Popen(
        ["pulseaudio", "-n", "-F", str(script), "--daemonize=no", "--exit-idle-time=-1",
         "--use-pid-file=no", "--disable-shm=yes", "--log-target=stderr"],
        env=env, stdout=subprocess.DEVNULL, stderr=(home / "log").open("w"))
    server = f"unix:{socket}"
    deadline = time.monotonic() + 10
    while pactl(server, "info").returncode != 0:
        if daemon.poll() is not None or time.monotonic() > deadline:
            daemon.kill()
            skip_or_fail(f"a private PulseAudio server would not start: "
                         f"{(home / 'log').read_text()[-500:]}")
        time.sleep(0.1)
    try:
        yield server
    finally:
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()


def load_sink(server: str | None, name: str) -> str:
    loaded = pactl(server, "load-module", "module-null-sink", f"sink_name={name}")
    if loaded.returncode != 0:
        skip_or_fail(f"PulseAudio refused a null sink: {loaded.stderr.strip()}")
    return loaded.stdout.strip()


def pulse_env(server: str | None, sink: str) -> dict[str, str]:
    env = cli_env(PULSE_SINK=sink, PULSE_SOURCE=f"{sink}.monitor")
    if server:
        env["PULSE_SERVER"] = server
    return env


def play(server: str | None, sink: str, wav: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(["paplay", f"--device={sink}", str(wav)],
                            env=pulse_env(server, sink), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def live_practice(env: dict[str, str], tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    # --headphones: the coach's voice goes into a file, so nothing it says can reach the
    # microphone; listen all the time.
    return start("practice", "--device", "pulse", "--headphones", "--speak-to",
                 str(tmp_path / "coach.wav"), "--data-dir", str(tmp_path / "data"),
                 "--events", str(tmp_path / "events.jsonl"), *extra, env=env, out=tmp_path)


# ---------------------------------------------------------------- the microphone


@pytest.mark.device
@pytest.mark.model
def test_the_microphone_vanishing_mid_session_ends_it_cleanly_with_the_turns_kept(
        private_pulse: str, tmp_path: Path) -> None:
    sink = f"vc_mic_{os.getpid()}"
    module = load_sink(private_pulse, sink)
    session = live_practice(pulse_env(private_pulse, sink), tmp_path)
    player: subprocess.Popen[bytes] | None = None
    try:
        # The event log's first line is written when the first chunk of audio arrives.
        wait_for(lambda: events_written(tmp_path / "events.jsonl"), "the microphone opened",
                 session)
        player = play(private_pulse, sink, SHORT)
        wait_for(lambda: turns_written(tmp_path / "data") >= 2, "two turns were saved",
                 session)
        pactl(private_pulse, "unload-module", module)
        run = finish(session, tmp_path)
    finally:
        if player is not None:
            player.kill()
            player.wait()
        pactl(private_pulse, "unload-module", module)
    assert run.code == 2, run.stderr
    line = assert_one_clean_line(run, "the microphone went away")
    assert line.startswith("voicecoach: error:") and "the session so far is kept" in line
    assert stored(tmp_path / "data") == [(2, True)]


@pytest.mark.device
@pytest.mark.model
def test_a_source_vanishing_on_the_shared_server_moves_the_stream_and_the_session_goes_on(
        pulse_null_sink: str, tmp_path: Path) -> None:
    """The shared test server has other sources: PulseAudio moves the recording to one of
    them, so the session keeps listening (silence now) until the user stops it."""
    sink = f"vc_moved_{os.getpid()}"
    module = load_sink(None, sink)
    session = live_practice(pulse_env(None, sink), tmp_path)
    player: subprocess.Popen[bytes] | None = None
    try:
        wait_for(lambda: events_written(tmp_path / "events.jsonl"), "the microphone opened",
                 session)
        player = play(None, sink, SHORT)
        wait_for(lambda: turns_written(tmp_path / "data") >= 2, "two turns were saved",
                 session)
        pactl(None, "unload-module", module)
        time.sleep(3)  # several 1 s queue timeouts: a dead stream would have ended it by now
        assert session.poll() is None, "the session ended though its stream was moved"
        session.send_signal(signal.SIGINT)  # Ctrl-C
        run = finish(session, tmp_path)
    finally:
        if player is not None:
            player.kill()
            player.wait()
        pactl(None, "unload-module", module)
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert stored(tmp_path / "data") == [(2, True)]


def no_sound_server_env() -> dict[str, str]:
    """This machine as if no sound server ran (CI has no sound card either)."""
    env = cli_env(PULSE_SERVER="unix:/nonexistent/voicecoach-test")
    devices = voicecoach("devices", "--json", env=env)
    if devices.code == 0 and '"name"' in devices.stdout:
        pytest.skip("this machine has sound hardware PortAudio reaches without a sound "
                    f"server ({devices.stdout[:200]}), so 'no device' cannot be staged here")
    return env


@pytest.mark.parametrize("command", ["practice", "warmup"])
def test_no_input_device_at_all_is_one_line_before_the_session(command: str,
                                                              tmp_path: Path) -> None:
    run = voicecoach(command, "--speak-to", str(tmp_path / "coach.wav"), "--data-dir",
                     str(tmp_path / "data"), env=no_sound_server_env())
    assert run.code == 2
    line = assert_one_clean_line(run, "no microphone found")
    assert line.startswith("voicecoach: error:") and "--input" in line
    assert all(turns == 0 for turns, _ in stored(tmp_path / "data"))


def test_no_input_device_leaves_no_empty_session_behind(tmp_path: Path) -> None:
    voicecoach("practice", "--speak-to", str(tmp_path / "coach.wav"), "--data-dir",
               str(tmp_path / "data"), env=no_sound_server_env())
    assert stored(tmp_path / "data") == []


# ---------------------------------------------------------------- the speakers


@pytest.mark.model
@pytest.mark.timing
def test_no_output_device_prints_the_coach_and_saves_the_session(tmp_path: Path) -> None:
    env = no_sound_server_env()
    run = voicecoach("practice", "--input", str(SHORT), "--realtime", "--persona", "Jordan",
                     "--data-dir", str(tmp_path / "data"), env=env)
    assert run.code == 0, run.stderr
    assert_one_clean_line(run, "no audio output device; the coach's lines will be printed")
    assert "Jordan (" in run.stdout  # the partner's lines are on the screen instead
    assert stored(tmp_path / "data") == [(2, True)]


@pytest.mark.device
@pytest.mark.parametrize("pace", [["--realtime"], []], ids=["realtime", "full speed"])
def test_an_output_device_that_is_not_there_is_one_line(pulse_null_sink: str, pace: list[str],
                                                        tmp_path: Path) -> None:
    # At full speed the speakers are not used, but a name that matches nothing is a mistake.
    run = voicecoach("practice", "--input", str(SHORT), *pace, "--output-device",
                     "no-such-speakers", "--no-save")
    assert run.code == 2
    line = assert_one_clean_line(run, "no output device named 'no-such-speakers'")
    assert line.startswith("voicecoach: error:")


@pytest.mark.device
def test_a_stuck_output_device_is_one_line(private_pulse: str, tmp_path: Path) -> None:
    """A sink that never pulls audio (suspended: as if another program held the device)."""
    sink = f"vc_stuck_{os.getpid()}"
    module = load_sink(private_pulse, sink)
    try:
        pactl(private_pulse, "suspend-sink", sink, "1")
        run = voicecoach("practice", "--input", str(SHORT), "--realtime", "--data-dir",
                         str(tmp_path / "data"), env=pulse_env(private_pulse, sink))
    finally:
        pactl(private_pulse, "unload-module", module)
    assert run.code == 2
    line = assert_one_clean_line(run, "the output device does not play")
    assert line.startswith("voicecoach: error:")


@pytest.mark.device
@pytest.mark.model
def test_the_speakers_vanishing_mid_session_fall_back_to_the_screen(
        private_pulse: str, tmp_path: Path) -> None:
    sink = f"vc_out_{os.getpid()}"
    module = load_sink(private_pulse, sink)
    events = tmp_path / "events.jsonl"
    session = start("practice", "--input", str(FIXTURES / "hello_intro.wav"), "--realtime",
                    "--persona", "Jordan", "--data-dir", str(tmp_path / "data"),
                    "--events", str(events),
                    env=pulse_env(private_pulse, sink), out=tmp_path)
    try:
        # In the middle of the partner's first reply (5.8 s to 11.3 s): the playing line
        # stalls, the stream cannot be reopened, and the speaker gives up.
        wait_for(lambda: events_written(events) and "reply_start" in events.read_text(),
                 "the partner began speaking",
                 session)
        time.sleep(1.0)
        unloaded = pactl(private_pulse, "unload-module", module)
        left = pactl(private_pulse, "list", "short", "sinks").stdout
        run = finish(session, tmp_path)
    finally:
        pactl(private_pulse, "unload-module", module)
    assert unloaded.returncode == 0 and sink not in left, (unloaded.stderr, left)
    assert run.code == 0, run.stderr
    assert "Traceback" not in run.stderr and "Exception ignored" not in run.stderr, run.stderr
    # Nearly always PortAudio's stream dies with the sink and the speaker says so once.
    # Under load ALSA's pulse plugin has been seen to report only underruns and carry on
    # (into nothing) without ever stalling; then the underruns are counted and said once.
    if "stopped working" in run.stderr or "ran dry" not in run.stderr:
        assert_one_clean_line(run, "the speakers stopped working")
    else:
        assert_one_clean_line(run, "the speakers ran dry")
    assert "ALSA lib" not in run.stderr  # ALSA's own messages never reach the terminal
    assert "Jordan (" in run.stdout  # the partner's lines are still on the screen
    assert stored(tmp_path / "data") == [(1, True)]


# ---------------------------------------------------------------- the voice


@pytest.fixture()
def no_tts_engine(tmp_path: Path) -> dict[str, str]:
    """pyttsx3 as it behaves with libespeak-ng missing: init() raises OSError."""
    shadow = tmp_path / "no_tts" / "pyttsx3"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        "def init(*args, **kwargs):\n"
        "    raise OSError('libespeak-ng.so.1: cannot open shared object file: "
        "No such file or directory')\n")
    return cli_env(PYTHONPATH=os.pathsep.join(
        [str(shadow.parent), *filter(None, [os.environ.get("PYTHONPATH")])]))


@pytest.mark.model
@pytest.mark.parametrize(("command", "recording", "turns"),
                         [("practice", SHORT, 2), ("warmup", FIXTURES / "warmup_user.flac", 3)])
def test_no_tts_engine_prints_the_coach_and_the_session_works(
        no_tts_engine: dict[str, str], tmp_path: Path, command: str, recording: Path,
        turns: int) -> None:
    run = voicecoach(command, "--input", str(recording), "--speak-to",
                     str(tmp_path / "coach.wav"), "--data-dir", str(tmp_path / "data"),
                     "--json", env=no_tts_engine)
    assert run.code == 0, run.stderr
    assert_one_clean_line(run, "no text-to-speech engine")
    assert run.stdout.lstrip().startswith("{")  # stdout is still JSON only
    assert not (tmp_path / "coach.wav").exists()
    assert stored(tmp_path / "data") == [(turns, True)]


def test_the_first_line_after_the_engine_starts_is_written_whole() -> None:
    """pyttsx3's first runAndWait() returned before espeak had written the file: a long
    first line failed ("the TTS engine wrote no audio") and "Audio saved to" leaked onto
    stdout later. A fresh process, since the engine is one per process."""
    code = ("from voicecoach.voice.synth import Synthesizer\n"
            "line = Synthesizer().synthesize('You are at a party and know nobody else. ' * 12)\n"
            "import sys; print(round(line.duration), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert int(done.stderr.strip().splitlines()[-1]) > 20


# ---------------------------------------------------------------- the data folder


@pytest.fixture()
def small_tmpfs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        skip_or_fail("mounting a small tmpfs needs root (CI runs as root)")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs",
                              str(mount_point)], capture_output=True, text=True)
    if mounted.returncode != 0:
        skip_or_fail(f"cannot mount a tmpfs here ({mounted.stderr.strip()}): a container "
                     "without CAP_SYS_ADMIN")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


@pytest.mark.model
@pytest.mark.timing
def test_a_full_disk_mid_session_keeps_the_turns_saved_before_it(small_tmpfs: Path,
                                                                 tmp_path: Path) -> None:
    data = small_tmpfs / "data"
    session = start("practice", "--input", str(SHORT), "--realtime", "--speak-to",
                    str(tmp_path / "coach.wav"), "--data-dir", str(data), env=cli_env(),
                    out=tmp_path)
    wait_for(lambda: turns_written(data) >= 1, "the first turn was saved", session)
    with (small_tmpfs / "ballast").open("wb") as ballast:
        try:
            while True:
                ballast.write(b"\0" * 65536)
                ballast.flush()
        except OSError:
            pass  # the disk is full
    run = finish(session, tmp_path)
    (small_tmpfs / "ballast").unlink()
    assert run.code == 2, run.stderr
    line = assert_one_clean_line(run, "could not save turn 2 to the history")
    assert "disk" in line and "turns saved before it are kept" in line
    assert stored(data) == [(1, False)]  # turn 1 kept; the session could not be closed


def test_a_read_only_data_folder_is_one_line_before_the_session(tmp_path: Path) -> None:
    """Read-only from the start: a tmpfs remounted read-only as root, a folder without write
    permission otherwise. (A mounted file system cannot be made read-only while a session
    has its history open for writing: the kernel refuses with EBUSY.)"""
    earlier = tmp_path / "earlier"
    write_history(earlier, 5)  # an older history, whose contents must survive
    if os.geteuid() == 0:
        data = tmp_path / "disk"
        data.mkdir()
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(data)],
                                 capture_output=True, text=True)
        if mounted.returncode != 0:
            skip_or_fail(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
        for name in os.listdir(earlier):
            shutil.copy2(earlier / name, data / name)
        subprocess.run(["mount", "-o", "remount,ro", str(data)], check=True)
    else:
        data = earlier
        data.chmod(0o500)
    try:
        run = voicecoach("practice", "--input", str(SHORT), "--speak-to",
                         str(tmp_path / "coach.wav"), "--data-dir", str(data))
        fresh = voicecoach("practice", "--input", str(SHORT), "--speak-to",
                           str(tmp_path / "coach.wav"), "--data-dir", str(data / "new"))
    finally:
        if os.geteuid() == 0:
            subprocess.run(["mount", "-o", "remount,rw", str(data)], check=True)
        else:
            data.chmod(0o700)
    assert run.code == 2 and fresh.code == 2
    for result in (run, fresh):
        line = assert_one_clean_line(result, "history.sqlite3")
        assert line.startswith("voicecoach: error:") and "--data-dir" in line
    assert stored(data) == [(5, True)]  # the older history is untouched
    if os.geteuid() == 0:
        subprocess.run(["umount", "-l", str(data)], capture_output=True)


@pytest.mark.model
def test_an_event_log_on_a_full_disk_is_one_line_and_the_session_goes_on(tmp_path: Path
                                                                        ) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("/dev/full (a device that is always full) is Linux only")
    run = voicecoach("practice", "--input", str(SHORT), "--speak-to",
                     str(tmp_path / "coach.wav"), "--data-dir", str(tmp_path / "data"),
                     "--events", "/dev/full")
    assert run.code == 2, run.stderr  # the session went on, but a script must know
    line = assert_one_clean_line(run, "cannot write the event log")
    assert "/dev/full" in line and "goes on without it" in line
    assert stored(tmp_path / "data") == [(2, True)]


# ---------------------------------------------------------------- a long session


@pytest.mark.model
def test_a_long_session_replayed_keeps_its_memory_bounded(tmp_path: Path) -> None:
    """A short soak (benchmarks/soak.py runs the hour): 5 minutes of conversation at full
    speed; resident memory may grow by at most 25 MB over the second half, when the
    allocators and the voice cache have warmed up. A guard against a leak per chunk or per
    line (10 kB a 32 ms chunk would be 47 MB over that half), not a measure of the slow
    growth the hour-long soak reports. In a process of its own, as a session runs: a test
    worker's memory holds every earlier test's too, and a crash shows its stack here."""
    code = ("import dataclasses, json, sys\n"
            "from pathlib import Path\n"
            "from benchmarks import soak\n"
            "result = soak.replay(5, Path(sys.argv[1]))\n"
            "print(json.dumps(dataclasses.asdict(result)))\n")
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", code, str(tmp_path)],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-4000:]
    from benchmarks import soak

    fields = json.loads(done.stdout.strip().splitlines()[-1])
    result = soak.SoakResult(**{**fields, "samples": [soak.Sample(**s)
                                                      for s in fields["samples"]]})
    assert result.turns >= 15
    half = [s.rss_mb for s in result.samples if s.audio_s >= result.audio_s / 2]
    assert half, "no turns in the second half"
    assert max([*half, result.rss_end_mb]) - half[0] <= 25, soak.table([result])
