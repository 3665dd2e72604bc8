"""The offline guarantee: `analyze`, `practice --input` and `warmup --input` work with the
network unreachable, and nothing even tries to connect.

Three instruments, each run of the command line under all that the machine allows:

- a network namespace of its own (`unshare -rn`, or `unshare -n` as root): only a loopback
  that is down, so no packet can leave whatever tries; this proves the commands need no
  network;
- a socket guard (a `sitecustomize` on PYTHONPATH) that makes Python's `socket.connect`,
  `getaddrinfo` and friends raise and writes down who called them, with the stack: this
  tells *what* tried (local AF_UNIX sockets are let through, and written down too);
- `strace -f -e trace=socket` where strace works: no AF_INET or AF_INET6 socket is even
  created, from Python or from C (ctranslate2, onnxruntime, espeak-ng, PortAudio).

The environment has no hub or proxy variables (HF_*, HUGGINGFACE_*, TRANSFORMERS_*, *_proxy),
and HOME and the XDG folders point at an empty folder, so no model cache or settings file of
the user's can stand in for the bundled model.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, skip_or_fail
from voicecoach.history.store import Store

GUARD = r'''
"""Installed by tests/test_offline.py: no network from Python, and a note of who tried."""
import json
import os
import socket
import traceback

_LOG = os.environ.get("VOICECOACH_NET_LOG")


def _note(call, target, allowed):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(json.dumps({"call": call, "target": repr(target), "allowed": allowed,
                                  "stack": traceback.format_stack(limit=15)[:-2]}) + "\n")


def _local(sock):
    return getattr(socket, "AF_UNIX", None) is not None and sock.family == socket.AF_UNIX


def _guard_method(name):
    original = getattr(socket.socket, name)

    def guarded(self, *args, **kwargs):
        if _local(self):
            _note(f"socket.{name}", args[:1], True)
            return original(self, *args, **kwargs)
        _note(f"socket.{name}", args[:1], False)
        raise OSError(101, f"network use refused by the offline test (socket.{name})")

    setattr(socket.socket, name, guarded)


def _guard_function(name):
    def guarded(*args, **kwargs):
        _note(f"socket.{name}", args[:2], False)
        raise OSError(101, f"network use refused by the offline test (socket.{name})")

    setattr(socket, name, guarded)


for _name in ("connect", "connect_ex", "sendto", "sendmsg"):
    _guard_method(_name)
for _name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "create_connection"):
    _guard_function(_name)
'''

HUB_OR_PROXY = re.compile(r"^(HF_|HUGGINGFACE|TRANSFORMERS_|VOICECOACH_)|proxy$", re.IGNORECASE)
NETWORK_FAMILIES = ("AF_INET", "AF_INET6")


@cache
def namespace_prefix() -> tuple[str, ...] | None:
    """How to run a command in a network namespace of its own here, or None."""
    if shutil.which("unshare") is None:
        return None
    for prefix in (("unshare", "-rn"), ("unshare", "-n")):
        if subprocess.run([*prefix, "true"], capture_output=True).returncode == 0:
            return prefix
    return None


@cache
def strace_works() -> bool:
    if shutil.which("strace") is None:
        return False
    return subprocess.run(["strace", "-f", "-qq", "-e", "trace=socket", "-o", os.devnull,
                           "true"], capture_output=True).returncode == 0


@dataclass(frozen=True)
class OfflineRun:
    code: int
    stdout: str
    stderr: str
    attempts: list[dict[str, object]]  # what the guard saw
    network_sockets: list[str]  # strace lines creating an AF_INET/AF_INET6 socket
    instruments: tuple[str, ...]


def offline_env(home: Path, guard_dir: Path, log: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not HUB_OR_PROXY.search(k)}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
               PYTHONPATH=os.pathsep.join([str(guard_dir), str(ROOT)]),
               VOICECOACH_NET_LOG=str(log))
    return env


def run_offline(tmp_path: Path, argv: list[str], *, guard: bool = True,
                python: list[str] | None = None) -> OfflineRun:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir(exist_ok=True)
    if guard:
        (guard_dir / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    trace = tmp_path / "strace.txt"
    command = python or [sys.executable, "-m", "voicecoach"]
    instruments = ["guard"] if guard else []
    if strace_works():
        command = ["strace", "-f", "-qq", "-e", "trace=socket", "-o", str(trace), *command]
        instruments.append("strace")
    prefix = namespace_prefix()
    if prefix is not None:
        command = [*prefix, *command]
        instruments.append("namespace")
    done = subprocess.run([*command, *argv], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env=offline_env(home, guard_dir, log))
    attempts = ([json.loads(line) for line in log.read_text().splitlines()]
                if log.exists() else [])
    sockets = ([line for line in trace.read_text().splitlines()
                if any(f"socket({family}," in line for family in NETWORK_FAMILIES)]
               if trace.exists() else [])
    return OfflineRun(done.returncode, done.stdout, done.stderr, attempts, sockets,
                      tuple(instruments))


def assert_nothing_tried(run: OfflineRun) -> None:
    refused = [a for a in run.attempts if not a["allowed"]]
    assert not refused, "tried to use the network:\n" + "\n".join(
        f"{a['call']} {a['target']}\n{''.join(map(str, a['stack']))}"
        for a in refused)
    assert not run.network_sockets, run.network_sockets


def saved_turns(data_dir: Path) -> int:
    store = Store.open_existing(data_dir)
    assert store is not None, f"nothing was saved in {data_dir}"
    with store:
        return sum(len(session.turns) for session in store.sessions())


def test_the_network_namespace_is_available_here() -> None:
    if namespace_prefix() is None:
        skip_or_fail("no network namespace can be made here (unshare missing, or user "
                     "namespaces disabled and not root); the offline tests rely on the "
                     "socket guard alone")


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "argv", "check"),
    [
        ("analyze", ["analyze", str(FIXTURES / "demo_user.flac"), "--json"],
         lambda out, tmp: len(json.loads(out)["turns"]) == 5),
        ("practice", ["practice", "--input", str(FIXTURES / "demo_user.flac"), "--speak-to",
                      "coach.wav", "--no-save", "--json"],
         lambda out, tmp: (len(json.loads(out)["turns"]) == 5
                           and (tmp / "coach.wav").stat().st_size > 100_000)),
        ("warmup", ["warmup", "--input", str(FIXTURES / "warmup_user.flac"), "--speak-to",
                    "coach.wav", "--data-dir", "data", "--json"],
         # three drill answers; "skip this" (twice) and "stop" are commands, not turns
         lambda out, tmp: len(json.loads(out)["turns"]) == 3 and saved_turns(tmp / "data") == 3),
    ],
    ids=["analyze", "practice", "warmup"],
)
def test_works_offline_and_nothing_tries_to_connect(
        name: str, argv: list[str], check: Callable[[str, Path], bool], tmp_path: Path) -> None:
    run = run_offline(tmp_path, argv)
    assert run.code == 0, run.stderr
    assert check(run.stdout, tmp_path), run.stdout[:2000]
    assert "Traceback" not in run.stderr
    assert_nothing_tried(run)
    # Only local sockets were let through (espeak-ng's audio layer asks for PulseAudio's
    # unix socket through C, which the guard does not see; strace does, and it is AF_UNIX).
    assert all(a["allowed"] for a in run.attempts)
    print(f"{name}: offline under {', '.join(run.instruments)}; "
          f"{len(run.attempts)} local socket calls from Python")


def test_the_instruments_catch_a_connection_attempt(tmp_path: Path) -> None:
    """The guard notes and refuses a connection; in the namespace one cannot succeed."""
    for sub in ("guarded", "bare"):
        (tmp_path / sub).mkdir()
    probe = ("import socket, sys\n"
             "try:\n"
             "    socket.create_connection(('192.0.2.1', 80), timeout=2)\n"
             "except OSError as error:\n"
             "    print('refused', error)\n"
             "    sys.exit(0)\n"
             "sys.exit(1)\n")
    guarded = run_offline(tmp_path / "guarded", ["-c", probe], python=[sys.executable])
    assert guarded.code == 0, guarded.stderr
    assert [a["call"] for a in guarded.attempts] == ["socket.create_connection"]
    raw_probe = ("import socket, sys\n"
                 "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
                 "s.settimeout(2)\n"
                 "sys.exit(s.connect_ex(('192.0.2.1', 80)) == 0)\n")
    bare = run_offline(tmp_path / "bare", ["-c", raw_probe], guard=False,
                       python=[sys.executable])
    if "strace" in bare.instruments:
        assert any("AF_INET" in line for line in bare.network_sockets)
    if "namespace" in bare.instruments:
        assert bare.code == 0, "a connection left the network namespace"

