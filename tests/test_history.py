"""`voicecoach history`, `export` and `forget` as a person uses them: the figures shown are the
database's, the newest sessions come first, and nothing is deleted without a yes."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from voicecoach import cli
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import DB_NAME, Store
from voicecoach.testing import make_turn

START = datetime(2025, 5, 2, 17, 0, tzinfo=timezone.utc)


def voicecoach(*argv: str) -> int:
    """Run a command in this process, as `voicecoach ...` would."""
    return cli.main(list(argv))


# (words, wpm, fillers, labels, gap, barge_in, tip, partner seconds) for each turn.
PARTY = [
    (14, 171.0, 2, ("greeting_intro",), None, False, None, 0.0),
    (22, 150.0, 1, ("open_question",), 0.4, False, "Nice open question.", 3.5),
    (9, 108.0, 0, (), 1.9, False, None, 4.0),
    (31, 186.0, 4, ("politics",), -0.3, True, "Let them finish first.", 5.0),
    (18, 135.0, 1, ("closed_question", "compliment"), 0.7, False, None, 2.5),
]


def write_session(store: Store, minutes: int, turns: list[tuple[object, ...]] = PARTY,
                  *, scenario: str = "party", end: bool = True) -> int:
    sid = store.begin_session(SessionRecord(SessionMode.PRACTICE, scenario, "microphone",
                                            START + timedelta(minutes=minutes)))
    clock = 0.0
    for i, (words, wpm, fillers, labels, gap, barge, tip, partner) in enumerate(turns):
        assert isinstance(words, int) and isinstance(wpm, float) and isinstance(fillers, int)
        clock += float(partner) + (gap or 0.0)  # type: ignore[arg-type]
        speaking = words * 60 / wpm
        store.add_turn(sid, make_turn(
            i, clock, clock + speaking, text=f"line {i} of session at {minutes}",
            words=words, wpm=wpm, articulation_wpm=wpm * 1.1, pauses=1, fillers=fillers,
            labels=labels,  # type: ignore[arg-type]
            partner_end=None if gap is None else clock - gap,  # type: ignore[operator]
            barge_in=bool(barge), tip=tip,  # type: ignore[arg-type]
            partner_text="So, how do you know the host?",
            partner_speaking_s=float(partner)))  # type: ignore[arg-type]
        clock += speaking
    if end:
        store.end_session(sid, SessionSummary(START + timedelta(minutes=minutes + 2), clock,
                                              ("Good questions.",)))
    return sid


def figures_by_sql(path: Path, sid: int) -> dict[str, float]:
    """The figures straight from the tables, independently of voicecoach's own code."""
    with sqlite3.connect(path) as db:
        turns, words, seconds, fillers, barge_ins, partner = db.execute(
            "SELECT COUNT(*), SUM(words), SUM(words * 60.0 / wpm), SUM(fillers), SUM(barge_in), "
            "SUM(partner_speaking_s) FROM turns WHERE session_id = ?", (sid,)).fetchone()
        asking = db.execute(
            "SELECT COUNT(DISTINCT turn_idx) FROM moves WHERE session_id = ? AND label IN "
            "('open_question', 'closed_question')", (sid,)).fetchone()[0]
        tips = db.execute("SELECT COUNT(*) FROM tips WHERE session_id = ?", (sid,)).fetchone()[0]
    db.close()
    return {"turns": turns, "wpm": words / seconds * 60, "fillers": fillers,
            "fillers_per_100_words": fillers / words * 100,
            "questions_asked_back": asking / turns, "talk_share": seconds / (seconds + partner),
            "barge_ins": barge_ins, "tips_given": tips}


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_history_json_shows_the_databases_figures(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        first = write_session(store, 0)
        second = write_session(store, 60, PARTY[:3], scenario="meetup")
    assert voicecoach("history", "--json", "--data-dir", str(data_dir)) == 0
    listed = json.loads(capsys.readouterr().out)

    assert [s["id"] for s in listed] == [second, first]  # newest first
    for shown in listed:
        expected = figures_by_sql(data_dir / DB_NAME, shown["id"])
        for key, value in expected.items():
            assert shown[key] == pytest.approx(value, abs=0.051), key  # rounded to 0.1
    assert listed[0]["scenario"] == "meetup" and listed[0]["mode"] == "practice"
    assert listed[1]["barge_ins"] == 1 and listed[1]["tips_given"] == 2
    assert listed[1]["questions_asked_back"] == pytest.approx(0.4)


def test_the_table_shows_each_session_and_marks_an_unfinished_one(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        write_session(store, 0)
        write_session(store, 90, scenario="first day", end=False)
    assert voicecoach("history", "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.strip()[:1].isdigit()]
    assert len(rows) == 2
    newest, oldest = rows
    expected = figures_by_sql(data_dir / DB_NAME, 1)
    assert newest.split()[0] == "2" and "*" in newest and "first day" in newest
    assert f" {expected['wpm']:.0f} " in oldest and f" {expected['fillers_per_100_words']:.1f} " \
        in oldest and " 40% " in oldest
    assert "did not end normally" in out
    assert max(len(line) for line in out.splitlines()[:4]) <= 80  # fits a plain terminal


def test_limit_shows_the_newest_sessions_and_says_how_many_there_are(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        for n in range(25):
            write_session(store, n, PARTY[:1])
    assert voicecoach("history", "--data-dir", str(data_dir)) == 0
    out = capsys.readouterr().out
    assert "20 of 25 sessions shown" in out
    assert voicecoach("history", "--json", "--limit", "3", "--data-dir", str(data_dir)) == 0
    assert [s["id"] for s in json.loads(capsys.readouterr().out)] == [25, 24, 23]
    assert voicecoach("history", "--json", "--limit", "0", "--data-dir", str(data_dir)) == 0
    assert len(json.loads(capsys.readouterr().out)) == 25


def test_history_reads_the_data_folder_from_the_environment(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        write_session(store, 0)
    monkeypatch.setenv("VOICECOACH_DATA_DIR", str(data_dir))
    assert voicecoach("history", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_export_to_a_file_is_private_and_has_one_row_per_turn(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        write_session(store, 0)
        write_session(store, 30, PARTY[:2])
    out = tmp_path / "turns.csv"
    assert voicecoach("export", "--format", "csv", "--out", str(out),
                      "--data-dir", str(data_dir)) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [(r["session_id"], r["index"]) for r in rows] == [
        ("1", "0"), ("1", "1"), ("1", "2"), ("1", "3"), ("1", "4"), ("2", "0"), ("2", "1")]
    assert rows[4]["labels"] == "closed_question;compliment"
    assert "exported 2 sessions" in capsys.readouterr().err

    assert voicecoach("export", "--format", "json", "--data-dir", str(data_dir)) == 0
    sessions = json.loads(capsys.readouterr().out)
    assert sessions[0]["figures"]["barge_ins"] == 1
    assert sessions[0]["spoken_summary"] == ["Good questions."]


def test_export_defaults_to_json_and_rounds_its_csv(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        write_session(store, 0)
    assert voicecoach("export", "--data-dir", str(data_dir)) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert voicecoach("export", "--format", "csv", "--data-dir", str(data_dir)) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["fillers_per_100_words"] == "14.3"  # 2 of 14 words, not 14.285714285714286
    assert rows[0]["articulation_wpm"] == "188.1"
    for row in rows:
        for column in ("start", "end", "wpm", "response_gap_s", "partner_speaking_s"):
            decimals = row[column].partition(".")[2]
            assert len(decimals) <= 3, (column, row[column])


def test_export_rejects_an_unknown_format(data_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        voicecoach("export", "--format", "xml", "--data-dir", str(data_dir))
    assert exited.value.code == 2
    assert "json" in capsys.readouterr().err


class Terminal(io.StringIO):
    """Standard input as a terminal on which the person types the given answer."""

    def isatty(self) -> bool:
        return True


def test_forget_without_a_terminal_needs_yes(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        sid = write_session(store, 0)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert voicecoach("forget", str(sid), "--data-dir", str(data_dir)) == 2
    assert "--yes" in capsys.readouterr().err
    with Store.open(data_dir) as store:
        assert store.session_ids() == [sid]

    assert voicecoach("forget", str(sid), "--yes", "--data-dir", str(data_dir)) == 0
    with Store.open(data_dir) as store:
        assert store.session_ids() == []


def test_forget_on_a_terminal_asks_and_respects_the_answer(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        write_session(store, 0)
        write_session(store, 5)
    monkeypatch.setattr(sys, "stdin", Terminal("n\n"))
    assert voicecoach("forget", "--all", "--data-dir", str(data_dir)) == 1
    assert "Forget all 2 sessions" in capsys.readouterr().out
    with Store.open(data_dir) as store:
        assert store.count() == 2

    monkeypatch.setattr(sys, "stdin", Terminal("y\n"))
    assert voicecoach("forget", "1", "--data-dir", str(data_dir)) == 0
    monkeypatch.setattr(sys, "stdin", Terminal("yes\n"))
    assert voicecoach("forget", "--all", "--data-dir", str(data_dir)) == 0
    with Store.open(data_dir) as store:
        assert store.count() == 0


def test_forget_an_unknown_session_lists_the_known_ones(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(data_dir) as store:
        write_session(store, 0)
    assert voicecoach("forget", "8", "--yes", "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert "no session 8" in err and "the sessions there are 1 " in err
