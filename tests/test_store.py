"""The session history: what was saved survives crashes, old files are upgraded, bad files are
refused without being touched, and forgetting really forgets."""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import wave
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from voicecoach import cli
from voicecoach.coaching.figures import session_figures
from voicecoach.coaching.norms import Norms
from voicecoach.history.export import ExportFormat, export_sessions
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import (
    DB_NAME,
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    UnknownSessionError,
    resolve_data_dir,
)
from voicecoach.testing import make_turn
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.turn import Turn

START = datetime(2025, 3, 14, 18, 30, tzinfo=timezone.utc)


def voicecoach(*argv: str) -> int:
    """Run a command in this process, as `voicecoach ...` would."""
    return cli.main(list(argv))


def turn(index: int, *, response_gap_s: float | None = 0.6, **changes: object) -> Turn:
    start = 10.0 * index + 2.0
    fields: dict[str, object] = dict(
        end=10.0 * index + 7.5, text=f"turn {index} um so how do you know the host", words=12,
        wpm=144.0, articulation_wpm=160.0, pauses=1, fillers=1, labels=("open_question",),
        partner_end=None if response_gap_s is None else start - response_gap_s,
        barge_in=False, tip="Nice open question." if index == 1 else None,
        partner_text="Hi! I'm Alex.", partner_speaking_s=2.0)
    fields.update(changes)
    return make_turn(index, start, **fields)  # type: ignore[arg-type]


def record(minutes: int = 0) -> SessionRecord:
    return SessionRecord(SessionMode.PRACTICE, "party", "microphone",
                         START + timedelta(minutes=minutes), {"end_silence_ms": "600"})


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture()
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir) as opened:
        yield opened


def test_a_session_reads_back_exactly_as_it_was_written(data_dir: Path) -> None:
    turns = (
        turn(0, labels=("greeting_intro", "open_question")),
        turn(1, response_gap_s=None, barge_in=True, labels=()),
        turn(2, labels=("politics",), partner_text=None, tip="Maybe steer away from politics."),
    )
    summary = SessionSummary(START + timedelta(minutes=3), 180.5,
                             ("You asked two questions.", "Try a little more pause."))
    with Store.open(data_dir) as store:
        sid = store.begin_session(record())
        for t in turns:
            store.add_turn(sid, t)
        store.end_session(sid, summary)

    with Store.open(data_dir) as store:
        stored = store.session(sid)
    assert stored.turns == turns
    assert stored.summary == summary
    assert stored.record.started_at == START
    assert stored.record.mode is SessionMode.PRACTICE
    assert dict(stored.record.settings) == {"end_silence_ms": "600"}
    assert stored.finished


def test_reading_skips_unknown_labels_and_leaves_the_collector_as_it_was(store: Store) -> None:
    """A label from another version is dropped, the rest keep their order; the collector,
    paused while the history is read, is back to how it was found."""
    sid = store.begin_session(record())
    store.add_turn(sid, turn(0, labels=("open_question", "compliment")))
    with sqlite3.connect(store.path) as other:
        other.execute("UPDATE moves SET position = 2 WHERE label = 'compliment'")
        other.execute("INSERT INTO moves VALUES (?, 0, 1, 'no_such_label')", (sid,))
    assert gc.isenabled()
    assert store.session(sid).turns[0].labels == (MoveLabel.OPEN_QUESTION, MoveLabel.COMPLIMENT)
    assert gc.isenabled()
    gc.disable()
    try:
        store.sessions()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_figures_follow_the_readme_definitions() -> None:
    # 30 words in 12 s and 10 words in 6 s: 40 words in 18 s of speech.
    turns = [turn(0, words=30, wpm=150.0, fillers=3, labels=("open_question",),
                  partner_speaking_s=6.0, tip=None),
             turn(1, words=10, wpm=100.0, fillers=1, labels=("compliment",), barge_in=True,
                  partner_speaking_s=0.0, response_gap_s=None, tip="Slow down a little.")]
    f = session_figures(turns, Norms.default())
    assert f.wpm == pytest.approx(40 / 18 * 60)
    assert f.fillers_per_100_words == pytest.approx(4 / 40 * 100)
    assert f.questions.share == pytest.approx(0.5)
    assert f.talk_share == pytest.approx(18 / 24)
    assert (f.barge_ins, f.tips_given, f.turns) == (1, 1, 2)
    assert f.mean_gap_s == pytest.approx(0.6)
    assert session_figures([], Norms.default()).talk_share is None


CRASHING_WRITER = textwrap.dedent("""
    import os, sys
    from datetime import datetime, timezone
    from pathlib import Path
    from voicecoach.history.records import SessionMode, SessionRecord
    from voicecoach.history.store import Store
    from voicecoach.testing import make_turn

    store = Store.open(Path(sys.argv[1]))
    sid = store.begin_session(SessionRecord(SessionMode.PRACTICE, "party", "microphone",
                                            datetime.now(timezone.utc)))
    for i in range(3):
        store.add_turn(sid, make_turn(i, 5.0 * i, 5.0 * i + 3, words=8, wpm=140.0,
                                      labels=("compliment",), text=f"turn number {i}"))
    print(sid, flush=True)
    os._exit(1)  # no close, no end_session, no clean-up: as if the process were killed
""")


def test_a_crash_mid_session_keeps_every_turn_written(data_dir: Path) -> None:
    crashed = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(data_dir)],
                             capture_output=True, text=True)
    assert crashed.returncode == 1, crashed.stderr
    sid = int(crashed.stdout)

    with Store.open(data_dir) as store:
        session = store.session(sid)
    assert [t.text for t in session.turns] == ["turn number 0", "turn number 1", "turn number 2"]
    assert not session.finished
    assert session.duration_s == pytest.approx(13.0)  # the end of the last turn written


def test_the_history_is_in_wal_mode_and_private(store: Store) -> None:
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.data_dir.stat().st_mode) == 0o700


def test_a_version_1_history_is_migrated_and_keeps_its_sessions(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / DB_NAME
    with sqlite3.connect(path) as old:  # what the first release wrote
        old.executescript(MIGRATIONS[0].sql)
        old.execute("PRAGMA user_version = 1")
        old.execute("INSERT INTO sessions (id, mode, scenario, source, started_at, ended_at, "
                    "duration_s) VALUES (7, 'warmup', 'meetup', 'microphone', ?, ?, 60.0)",
                    (START.isoformat(), (START + timedelta(minutes=1)).isoformat()))
        old.execute("INSERT INTO turns VALUES (7, 0, 1.0, 4.0, 'hello there', 2, 120.0, 130.0, "
                    "0, 0, 0.0, 0.8, 0, NULL, 1.5, NULL)")
        old.execute("INSERT INTO moves VALUES (7, 0, 0, 'greeting_intro')")
    old.close()

    with Store.open(data_dir) as store:
        assert store.schema_version == SCHEMA_VERSION
        session = store.session(7)
        assert [t.text for t in session.turns] == ["hello there"]
        assert session.turns[0].labels == (MoveLabel.GREETING_INTRO,)
        assert session.summary is not None and session.summary.spoken_summary == ()
        # What version 2 added works on the upgraded file.
        store.end_session(7, SessionSummary(START + timedelta(minutes=1), 60.0, ("Well done.",)))
        assert store.session(7).summary == SessionSummary(START + timedelta(minutes=1), 60.0,
                                                          ("Well done.",))


def test_a_history_from_a_newer_voicecoach_is_refused_and_left_alone(data_dir: Path) -> None:
    with Store.open(data_dir) as store:
        store.begin_session(record())
        path = store.path
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()

    with pytest.raises(StoreError, match="newer voicecoach") as refused:
        Store.open(data_dir)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == before


def test_a_corrupt_file_gives_one_clear_line_and_is_never_touched(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir.mkdir()
    path = data_dir / DB_NAME
    garbage = random.Random(3).randbytes(8192)
    path.write_bytes(garbage)

    with pytest.raises(StoreCorruptError) as refused:
        Store.open(data_dir)
    assert str(path) in str(refused.value) and "move it aside" in str(refused.value)

    assert voicecoach("history", "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in data_dir.iterdir()) == [DB_NAME]  # no -wal, no new file


def test_a_locked_history_gives_a_clear_error_after_a_short_wait(store: Store) -> None:
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store.open(store.data_dir, busy_timeout_s=0.1) as second:
            # In WAL mode readers are not blocked: history still works while a session records.
            assert second.count() == 0
            with pytest.raises(StoreBusyError, match="try again") as busy:
                second.begin_session(record())
            assert str(store.path) in str(busy.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_locked_history_not_yet_in_wal_mode_cannot_even_be_opened(data_dir: Path) -> None:
    data_dir.mkdir()
    holder = sqlite3.connect(data_dir / DB_NAME, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")  # a rollback-journal database, locked exclusively
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreBusyError, match="locked by another program"):
            Store.open(data_dir, busy_timeout_s=0.1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_unknown_session_id_lists_the_ones_that_exist(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        for n in range(3):
            store.begin_session(record(n))
    assert voicecoach("report", "99", "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert "no session 99" in err and "3, 2, 1" in err and "…" not in err

    with Store.open(data_dir) as store:
        for n in range(3, 25):
            store.begin_session(record(n))
        with pytest.raises(UnknownSessionError) as unknown:
            store.session(99)
    listed = str(unknown.value)
    assert "25, 24, 23" in listed and "6, …" in listed and ", 5," not in listed


def test_a_turn_cannot_be_written_twice_or_to_a_missing_session(store: Store) -> None:
    sid = store.begin_session(record())
    store.add_turn(sid, turn(0))
    with pytest.raises(StoreError, match="already stored"):
        store.add_turn(sid, turn(0, text="again"))
    with pytest.raises(UnknownSessionError):
        store.add_turn(sid + 1, turn(0))
    assert [t.text for t in store.session(sid).turns] == [turn(0).text]


def test_kept_audio_is_private_and_forget_deletes_it(store: Store) -> None:
    sid = store.begin_session(record())
    tone = (0.3 * np.sin(np.linspace(0, 440 * 2 * np.pi, 16_000))).astype(np.float32)
    path = store.save_turn_audio(sid, 0, tone)
    store.add_turn(sid, dataclasses.replace(turn(0), audio_path=str(path)))

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    with wave.open(str(path)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getnframes()) == (16_000, 1, 16_000)
    assert store.session(sid).turns[0].audio_path == str(path)

    store.forget(sid)
    assert not path.exists() and not path.parent.exists()
    assert store.session_ids() == []


def test_forget_all_removes_every_session_and_file(store: Store) -> None:
    paths = []
    for n in range(2):
        sid = store.begin_session(record(n))
        paths.append(store.save_turn_audio(sid, 0, np.zeros(1600, dtype=np.float32)))
    assert store.forget_all() == 2
    assert store.count() == 0
    assert not any(p.exists() for p in paths)
    assert not (store.data_dir / "audio").exists()


def test_forgotten_words_are_gone_from_the_files_on_disk(data_dir: Path) -> None:
    secret = "my landlord is called Bartholomew Quince"
    with Store.open(data_dir) as store:
        keep = store.begin_session(record())
        store.add_turn(keep, turn(0))
        gone = store.begin_session(record(1))
        store.add_turn(gone, turn(0, text=secret, tip=secret))
        store.forget(gone)
        assert store.session_ids() == [keep]
    on_disk = b"".join(p.read_bytes() for p in data_dir.iterdir() if p.is_file())
    assert secret.encode() not in on_disk
    assert turn(0).text.encode() in on_disk


def test_export_writes_every_session_and_turn(store: Store) -> None:
    import csv
    import io

    for n in range(2):
        sid = store.begin_session(record(n))
        for i in range(3):
            store.add_turn(sid, turn(i))
    out = io.StringIO()
    sessions = list(reversed(store.sessions()))
    export_sessions(sessions, ExportFormat.JSON, out, Norms.default())
    exported = json.loads(out.getvalue())
    assert [s["id"] for s in exported] == [1, 2]
    assert [t["text"] for t in exported[0]["turns"]] == [turn(i).text for i in range(3)]
    assert exported[0]["turns"][0]["labels"] == ["open_question"]

    out = io.StringIO()
    export_sessions(sessions, ExportFormat.CSV, out, Norms.default())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 6
    assert rows[4]["session_id"] == "2" and rows[4]["text"] == turn(1).text
    assert rows[1]["tip"] == "Nice open question." and rows[0]["tip"] == ""
    assert rows[0]["wpm"] == "144.0" and rows[0]["fillers_per_100_words"] == "8.3"  # rounded


def test_the_data_folder_follows_the_flag_then_the_environment_then_the_platform(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.setenv("VOICECOACH_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert resolve_data_dir() == tmp_path / "env"
    monkeypatch.delenv("VOICECOACH_DATA_DIR")
    assert resolve_data_dir() == Path(platformdirs.user_data_dir("voicecoach", appauthor=False))


def test_reading_commands_create_nothing_where_there_is_no_history(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert voicecoach("history", "--data-dir", str(data_dir)) == 0
    assert "No sessions yet" in capsys.readouterr().out
    assert voicecoach("report", "--last", "--data-dir", str(data_dir)) == 2
    assert "no sessions" in capsys.readouterr().err
    assert not data_dir.exists()
    assert os.listdir(data_dir.parent) == []


def test_a_history_written_by_the_previous_version_migrates_and_reports(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Written by voicecoach 0.1.0 (schema 2): a practice replay of demo_user.flac, an analyze
    # of acoustic_corpus.wav and a warm-up whose spoken commands were stored as turns.
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(Path(__file__).parent / "data" / "history_v2.sqlite3", data_dir / DB_NAME)
    with sqlite3.connect(data_dir / DB_NAME) as db:
        old_rows = db.execute("SELECT session_id, text, words, wpm FROM turns").fetchall()
    db.close()

    assert cli.main(["history", "--json", "--data-dir", str(data_dir)]) == 0
    listed = {s["id"]: s for s in json.loads(capsys.readouterr().out)}
    with Store.open(data_dir) as store:
        assert store.schema_version == SCHEMA_VERSION
        warmup = store.session(3)
        practice = store.session(1)
    # Commands are not turns: "skip this" (twice) and "Stop!" are gone, the drills stay.
    assert [t.text for t in warmup.turns] == [
        "Hi, I'm Alex. How do you know the host?", "Good morning, is this your first week too?",
        "Oh wow, where did you go?"]
    assert listed[3]["turns"] == 3
    # Each old turn keeps its words and its pace; the session's pace joins them.
    for turn in practice.turns:
        *_, words, wpm = next(r for r in old_rows if r[0] == 1 and r[1] == turn.text)
        assert (turn.pacing.words, turn.pacing.wpm) == (words, pytest.approx(wpm))
    words = sum(r[2] for r in old_rows if r[0] == 1)
    speaking = sum(r[2] * 60 / r[3] for r in old_rows if r[0] == 1)
    assert listed[1]["wpm"] == pytest.approx(words / speaking * 60, abs=0.05)
    out = tmp_path / "report.html"
    assert cli.main(["report", "1", "--data-dir", str(data_dir), "--out", str(out)]) == 0
    assert "Session 1" in out.read_text()
