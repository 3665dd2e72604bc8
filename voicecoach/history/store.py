"""Session history in SQLite, written turn by turn so a crash loses at most the turn in progress.

One file, `history.sqlite3`, in the user's data folder (`resolve_data_dir`). Every write is its
own short transaction in WAL mode with `synchronous=FULL`, so a pulled plug keeps every turn that
was handed over. The schema carries a version (`PRAGMA user_version`) and grows only through the
steps in `MIGRATIONS`; a file from a newer voicecoach is refused, never rewritten. A file that is
not a database, or is damaged, gives a `StoreCorruptError` and is never touched.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
import threading
import wave
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from voicecoach.errors import (
    StoreBusyError,
    StoreCorruptError,
    StoreError,
    UnknownSessionError,
)
from voicecoach.history.records import (
    MoveCount,
    SessionMode,
    SessionRecord,
    SessionSummary,
    StoredSession,
)
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.turn import Turn

if TYPE_CHECKING:  # numpy is imported only to write audio (--keep-audio), not to read history
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "AUDIO_DIR",
    "AUDIO_RATE",
    "DATA_DIR_ENV",
    "DB_NAME",
    "DEFAULT_BUSY_TIMEOUT_S",
    "LISTED_IDS",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Migration",
    "Store",
    "resolve_data_dir",
]

DB_NAME = "history.sqlite3"
AUDIO_DIR = "audio"
DATA_DIR_ENV = "VOICECOACH_DATA_DIR"
AUDIO_RATE = 16_000
DEFAULT_BUSY_TIMEOUT_S = 3.0
# An unknown id lists the ids that exist, but never a screenful of them.
LISTED_IDS = 20
# SQLite builds before 3.32 allow 999 bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class Migration:
    """One step of the schema; step N turns a version N-1 database into version N.

    `then` runs after the SQL, in the same transaction, for what SQL alone cannot decide.
    """

    version: int
    why: str
    sql: str
    then: Callable[[sqlite3.Connection], None] | None = None


def _drop_command_turns(db: sqlite3.Connection) -> None:
    """Spoken commands ("stop", "next") were once stored as turns; they are not turns."""
    # Here, not at the top: only an old file needs it, and it brings rapidfuzz along.
    from voicecoach.understanding.voicecommands import CommandVocabulary

    commands = CommandVocabulary.load()
    rows = db.execute("SELECT session_id, idx, text FROM turns").fetchall()
    gone = [(sid, idx) for sid, idx, text in rows if commands.recognise(text) is not None]
    for table, column in (("moves", "turn_idx"), ("tips", "turn_idx"), ("turns", "idx")):
        db.executemany(f"DELETE FROM {table} WHERE session_id = ? AND {column} = ?", gone)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "sessions, turns, their moves and tips", """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            mode TEXT NOT NULL,
            scenario TEXT,
            source TEXT,
            started_at TEXT NOT NULL,       -- ISO 8601, UTC
            ended_at TEXT,                  -- NULL: the session never ended (a crash)
            duration_s REAL,
            settings TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE turns (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start_s REAL NOT NULL,
            end_s REAL NOT NULL,
            text TEXT NOT NULL,
            words INTEGER NOT NULL,
            wpm REAL NOT NULL,
            articulation_wpm REAL NOT NULL,
            pauses INTEGER NOT NULL,
            fillers INTEGER NOT NULL,
            fillers_per_100_words REAL NOT NULL,
            response_gap_s REAL,
            barge_in INTEGER NOT NULL,
            partner_text TEXT,
            partner_speaking_s REAL NOT NULL,
            audio_path TEXT,
            PRIMARY KEY (session_id, idx)
        );
        CREATE TABLE moves (
            session_id INTEGER NOT NULL,
            turn_idx INTEGER NOT NULL,
            position INTEGER NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (session_id, turn_idx, position),
            FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
        );
        CREATE TABLE tips (
            session_id INTEGER NOT NULL,
            turn_idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (session_id, turn_idx),
            FOREIGN KEY (session_id, turn_idx) REFERENCES turns(session_id, idx) ON DELETE CASCADE
        );
    """),
    Migration(2, "keep the coach's spoken summary; count moves by label quickly", """
        CREATE TABLE summary_lines (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (session_id, position)
        );
        CREATE INDEX moves_by_label ON moves(label);
    """),
    # Pace became a measure of the speech rather than of the turn cuts (README,
    # "Definitions"): a turn keeps its speaking and articulation time and where its words
    # start and end, so that turns join into a session's pace. Older rows had no word times:
    # their speaking time is recovered from their pace, their first word is taken at the
    # turn's start.
    Migration(3, "pace from the speech: speaking time and word span per turn; no command turns",
              """
        ALTER TABLE turns ADD COLUMN speaking_s REAL NOT NULL DEFAULT 0;
        ALTER TABLE turns ADD COLUMN articulation_s REAL NOT NULL DEFAULT 0;
        ALTER TABLE turns ADD COLUMN first_word_s REAL NOT NULL DEFAULT 0;
        ALTER TABLE turns ADD COLUMN last_word_s REAL NOT NULL DEFAULT 0;
        UPDATE turns SET
            speaking_s = CASE WHEN wpm > 0 THEN words * 60.0 / wpm ELSE 0 END,
            articulation_s = CASE WHEN articulation_wpm > 0
                                  THEN words * 60.0 / articulation_wpm ELSE 0 END;
        UPDATE turns SET first_word_s = start_s, last_word_s = start_s + speaking_s;
    """, then=_drop_command_turns),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def resolve_data_dir(override: Path | None = None) -> Path:
    """--data-dir, else $VOICECOACH_DATA_DIR, else the platform's user data folder."""
    if override is not None:
        return override.expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only the commands that touch the history pay for it

    return Path(platformdirs.user_data_dir("voicecoach", appauthor=False))


_TURN_COLUMNS = ("session_id, idx, start_s, end_s, text, words, wpm, articulation_wpm, pauses, "
                 "fillers, fillers_per_100_words, response_gap_s, barge_in, partner_text, "
                 "partner_speaking_s, audio_path, speaking_s, articulation_s, first_word_s, "
                 "last_word_s")


# What a turn is read back from (`_turn`): its times and counts, not the rates stored beside
# them, with its tip joined on (turns AS t, LEFT JOIN tips).
_READ_TURN_COLUMNS = ("t.session_id, t.idx, t.start_s, t.end_s, t.text, t.words, t.pauses, "
                      "t.fillers, t.response_gap_s, t.barge_in, t.partner_text, "
                      "t.partner_speaking_s, t.audio_path, t.speaking_s, t.articulation_s, "
                      "t.first_word_s, t.last_word_s, tips.text")


class Store:
    """The session history. Safe to share between the loop's threads (one lock, short writes)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.data_dir = path.parent
        self._db = connection
        self._lock = threading.Lock()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Store:
        """Open the history in `data_dir`, creating the folder (0700) and file (0600) if absent."""
        path = data_dir / DB_NAME
        try:
            if not data_dir.exists():
                data_dir.mkdir(mode=0o700, parents=True)
            if not path.exists():
                # Created here rather than by SQLite so the transcripts are private from the
                # first byte; SQLite gives its -wal and -shm files the same mode.
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except OSError as error:
            raise StoreError(f"cannot create {path}: {error.strerror}; pass --data-dir with a "
                             "folder you can write to") from error
        return cls._connect(path, busy_timeout_s)

    @classmethod
    def open_existing(cls, data_dir: Path, *,
                      busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> Store | None:
        """The history in `data_dir`, or None when there is none yet (nothing is created)."""
        path = data_dir / DB_NAME
        if not path.exists():
            return None
        return cls._connect(path, busy_timeout_s)

    @classmethod
    def _connect(cls, path: Path, busy_timeout_s: float) -> Store:
        try:
            connection = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None,
                                         check_same_thread=False)
        except sqlite3.Error as error:
            raise _translate(error, path) from error
        store = cls(path, connection)
        try:
            store._prepare()
        except BaseException:
            connection.close()
            raise
        return store

    def _prepare(self) -> None:
        with self._guard():
            found = self._version()  # the first read: a file that is not a database fails here
            if found > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer voicecoach (history schema {found}; "
                    f"this one reads up to {SCHEMA_VERSION}); upgrade voicecoach, or pass "
                    "--data-dir to keep this history apart")
            self._db.execute("PRAGMA foreign_keys = ON")
            # Forgotten sessions are overwritten with zeros, not just unlinked from the b-tree.
            self._db.execute("PRAGMA secure_delete = ON")
            mode = self._db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(f"{self.path}: SQLite would not switch to WAL mode ({mode}); "
                                 "is the folder on a network drive? Pass --data-dir with a local "
                                 "folder")
            # FULL: in WAL mode NORMAL may lose the last commits on power loss.
            self._db.execute("PRAGMA synchronous = FULL")
            if found < SCHEMA_VERSION:
                self._migrate()

    def _version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        with self._write():
            current = self._version()  # again, under the write lock: another process may have
            for step in MIGRATIONS:
                if step.version > current:
                    for statement in _statements(step.sql):
                        self._db.execute(statement)
                    if step.then is not None:
                        step.then(self._db)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @property
    def schema_version(self) -> int:
        with self._guard():
            return self._version()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- errors and transactions -------------------------------------------------------------

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as error:
            raise _translate(error, self.path) from error

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction that takes the write lock up front, so waiting obeys the timeout."""
        with self._lock, self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- writing (the live loop) ---------------------------------------------------------------

    def begin_session(self, record: SessionRecord) -> int:
        """Record a session's start; returns its id."""
        with self._write():
            cursor = self._db.execute(
                "INSERT INTO sessions (mode, scenario, source, started_at, settings) "
                "VALUES (?, ?, ?, ?, ?)",
                (record.mode.value, record.scenario, record.source, _iso(record.started_at),
                 json.dumps(dict(record.settings), sort_keys=True)))
            session_id = cursor.lastrowid
        assert session_id is not None
        return session_id

    def add_turn(self, session_id: int, turn: Turn) -> None:
        """Store one turn, its moves and its tip in one transaction."""
        with self._write():
            self._require(session_id)
            if self._db.execute("SELECT 1 FROM turns WHERE session_id = ? AND idx = ?",
                                (session_id, turn.index)).fetchone():
                raise StoreError(f"turn {turn.index} of session {session_id} is already stored")
            self._db.execute(
                f"INSERT INTO turns ({_TURN_COLUMNS}) VALUES ({', '.join('?' * 20)})",
                _turn_row(session_id, turn))
            self._db.executemany(
                "INSERT INTO moves (session_id, turn_idx, position, label) VALUES (?, ?, ?, ?)",
                [(session_id, turn.index, i, label.value) for i, label in enumerate(turn.labels)])
            if turn.tip is not None:
                self._db.execute("INSERT INTO tips (session_id, turn_idx, text) VALUES (?, ?, ?)",
                                 (session_id, turn.index, turn.tip))

    def end_session(self, session_id: int, summary: SessionSummary) -> None:
        with self._write():
            self._require(session_id)
            self._db.execute("UPDATE sessions SET ended_at = ?, duration_s = ? WHERE id = ?",
                             (_iso(summary.ended_at), summary.duration_s, session_id))
            self._db.execute("DELETE FROM summary_lines WHERE session_id = ?", (session_id,))
            self._db.executemany(
                "INSERT INTO summary_lines (session_id, position, text) VALUES (?, ?, ?)",
                [(session_id, i, line) for i, line in enumerate(summary.spoken_summary)])

    def save_turn_audio(self, session_id: int, turn_index: int,
                        samples: npt.NDArray[np.float32]) -> Path:
        """Write a user's turn as 16 kHz mono 16-bit WAV, readable only by the user.

        Only for --keep-audio: by default no audio is kept. Pass the returned path as the turn's
        `audio_path`.
        """
        import numpy as np

        audio = np.asarray(samples, dtype=np.float32)
        if audio.ndim != 1:
            raise ValueError(f"expected mono samples, got shape {audio.shape}")
        folder = self._audio_folder(session_id)
        path = folder / f"turn-{turn_index:04d}.wav"
        try:
            for directory in (folder.parent, folder):
                directory.mkdir(mode=0o700, exist_ok=True)
                directory.chmod(0o700)
            fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
            os.fchmod(fd, 0o600)  # an older file of the same name may have had other bits
            pcm = (np.clip(audio, -1.0, 1.0) * 32767.0).astype("<i2")
            with os.fdopen(fd, "wb") as raw, wave.open(raw, "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(AUDIO_RATE)
                out.writeframes(pcm.tobytes())
        except OSError as error:
            raise StoreError(f"cannot write {path}: {error.strerror}; free some space or run "
                             "without --keep-audio") from error
        return path

    # -- reading -------------------------------------------------------------------------------

    def session_ids(self) -> list[int]:
        """Every session id, newest first."""
        with self._lock, self._guard():
            return [row[0] for row in self._db.execute("SELECT id FROM sessions ORDER BY id DESC")]

    def count(self, *, up_to: int | None = None) -> int:
        """How many sessions there are (with `up_to`: with an id up to and including it)."""
        with self._lock, self._guard():
            row = self._db.execute("SELECT COUNT(*) FROM sessions WHERE id <= ?",
                                   (up_to if up_to is not None else 2**62,)).fetchone()
        return int(row[0])

    def last_session_id(self) -> int | None:
        with self._lock, self._guard():
            row = self._db.execute("SELECT MAX(id) FROM sessions").fetchone()
        return None if row[0] is None else int(row[0])

    def session(self, session_id: int) -> StoredSession:
        with self._lock, self._guard():
            self._require(session_id)
            return self._load([session_id])[0]

    def sessions(self, limit: int | None = None, *, up_to: int | None = None
                 ) -> list[StoredSession]:
        """Sessions newest first: the `limit` newest, or the `limit` up to and including `up_to`."""
        query = "SELECT id FROM sessions"
        params: list[int] = []
        if up_to is not None:
            query += " WHERE id <= ?"
            params.append(up_to)
        query += " ORDER BY id DESC"
        if limit is not None:
            query += " LIMIT ?"
            params.append(limit)
        with self._lock, self._guard():
            ids = [row[0] for row in self._db.execute(query, params)]
            return self._load(ids)

    def move_counts(self, session_id: int) -> tuple[MoveCount, ...]:
        """How often each move was made in a session, most frequent first."""
        with self._lock, self._guard():
            self._require(session_id)
            rows = self._db.execute(
                "SELECT label, COUNT(*) AS n FROM moves WHERE session_id = ? "
                "GROUP BY label ORDER BY n DESC, label", (session_id,)).fetchall()
        return tuple(MoveCount(label, count) for label, count in rows)

    # -- forgetting ----------------------------------------------------------------------------

    def forget(self, session_id: int) -> None:
        """Delete a session's rows and any audio kept for it."""
        with self._lock, self._guard():
            self._require(session_id)
        self._remove_tree(self._audio_folder(session_id))  # files first: privacy over tidiness
        with self._write():
            self._db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        self._flush_wal()

    def forget_all(self) -> int:
        """Delete every session and all kept audio; returns how many sessions there were."""
        count = self.count()
        self._remove_tree(self.data_dir / AUDIO_DIR)
        with self._write():
            self._db.execute("DELETE FROM sessions")
        self._flush_wal()
        return count

    def _flush_wal(self) -> None:
        # The WAL still holds page images of what was just deleted; truncate it. Best effort:
        # a reader in another process can keep it from being truncated until it closes.
        with self._lock, self._guard():
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def _remove_tree(self, folder: Path) -> None:
        try:
            shutil.rmtree(folder)
        except FileNotFoundError:
            pass
        except OSError as error:
            raise StoreError(f"cannot delete {folder}: {error.strerror}; delete it by hand"
                             ) from error

    # -- internals -----------------------------------------------------------------------------

    def _audio_folder(self, session_id: int) -> Path:
        return self.data_dir / AUDIO_DIR / f"session-{session_id}"

    def _require(self, session_id: int) -> None:
        """Raise UnknownSessionError, listing the ids that exist, unless the session exists."""
        if self._db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone():
            return
        ids = [row[0] for row in self._db.execute(
            "SELECT id FROM sessions ORDER BY id DESC LIMIT ?", (LISTED_IDS + 1,))]
        if not ids:
            raise UnknownSessionError(f"no session {session_id}: there are no sessions in "
                                      f"{self.data_dir} yet")
        listed = ", ".join(str(i) for i in ids[:LISTED_IDS])
        more = ", …" if len(ids) > LISTED_IDS else ""
        raise UnknownSessionError(f"no session {session_id} in {self.data_dir}; the sessions "
                                  f"there are {listed}{more} (see voicecoach history)")

    def _load(self, ids: Sequence[int]) -> list[StoredSession]:
        """Whole sessions for `ids`, in that order, in a handful of queries."""
        with _collector_paused():
            return self._read(ids)

    def _read(self, ids: Sequence[int]) -> list[StoredSession]:
        heads: dict[int, tuple[Any, ...]] = {}
        turns: dict[int, list[tuple[Any, ...]]] = {i: [] for i in ids}
        labels: dict[tuple[int, int], list[MoveLabel]] = {}
        lines: dict[int, list[str]] = {i: [] for i in ids}
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start:start + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            for row in self._db.execute(
                    "SELECT id, mode, scenario, source, started_at, ended_at, duration_s, settings "
                    f"FROM sessions WHERE id IN ({marks})", chunk):
                heads[row[0]] = row
            for row in self._db.execute(
                    f"SELECT {_READ_TURN_COLUMNS} FROM turns AS t LEFT JOIN tips "
                    "ON tips.session_id = t.session_id AND tips.turn_idx = t.idx "
                    f"WHERE t.session_id IN ({marks}) ORDER BY t.session_id, t.idx", chunk):
                turns[row[0]].append(row)
            for sid, idx, name in self._db.execute(
                    f"SELECT session_id, turn_idx, label FROM moves WHERE session_id IN ({marks}) "
                    "ORDER BY session_id, turn_idx, position", chunk):
                label = MoveLabel.parse(name)  # a label this version does not know is skipped
                if label is not None:
                    labels.setdefault((sid, idx), []).append(label)
            for sid, text in self._db.execute(
                    f"SELECT session_id, text FROM summary_lines WHERE session_id IN ({marks}) "
                    "ORDER BY session_id, position", chunk):
                lines[sid].append(text)
        return [_session(heads[i], turns[i], labels, lines[i]) for i in ids if i in heads]


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No garbage collection while the history is read: 1,000 sessions are some 100,000 new
    objects, none in a cycle, and the collector walked the growing heap again and again for
    nothing (0.03 s of `history --json --limit 0`)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _session(head: tuple[Any, ...], turn_rows: list[tuple[Any, ...]],
             labels: Mapping[tuple[int, int], list[MoveLabel]], lines: list[str]
             ) -> StoredSession:
    sid, mode, scenario, source, started_at, ended_at, duration_s, settings = head
    record = SessionRecord(
        mode=SessionMode(mode), scenario=scenario, source=source,
        started_at=datetime.fromisoformat(started_at),
        settings=MappingProxyType(json.loads(settings)))
    summary = None
    if ended_at is not None:
        summary = SessionSummary(ended_at=datetime.fromisoformat(ended_at),
                                 duration_s=float(duration_s or 0.0),
                                 spoken_summary=tuple(lines))
    turns = tuple(_turn(row, labels.get((sid, row[1]), ())) for row in turn_rows)
    return StoredSession(id=sid, record=record, summary=summary, turns=turns)


def _turn_row(session_id: int, turn: Turn) -> tuple[Any, ...]:
    """A `Turn` as a row of `turns` (in `_TURN_COLUMNS` order). Rates are stored for the
    readers of the file; the figures are read back from the times."""
    p = turn.pacing
    return (session_id, turn.index, turn.start, turn.end, turn.text, p.words, p.wpm,
            p.articulation_wpm, p.pauses, p.fillers, p.fillers_per_100_words,
            turn.response_gap, int(turn.barge_in), turn.partner_text, turn.partner_speaking_s,
            turn.audio_path, p.speaking_s, p.articulation_s, p.first_start, p.last_end)


def _turn(row: tuple[Any, ...], labels: Sequence[MoveLabel]) -> Turn:
    """A `Turn` from a row of `_READ_TURN_COLUMNS` and its move labels."""
    (_, idx, start, end, text, words, pauses, fillers, gap, barge_in, partner_text, partner_s,
     audio_path, speaking, articulation, first, last, tip) = row
    return Turn(
        index=idx, start=start, end=end, text=text,
        pacing=Pacing(words=words, fillers=fillers, first_start=first, last_end=last,
                      speaking_s=speaking, articulation_s=articulation, pauses=pauses),
        labels=tuple(labels), partner_end=None if gap is None else start - gap,
        partner_speaking_s=partner_s, partner_text=partner_text, barge_in=bool(barge_in),
        tip=tip, audio_path=audio_path)


def _translate(error: sqlite3.Error, path: Path) -> StoreError:
    """One line that names the file and says what to do."""
    text = str(error)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StoreBusyError(f"{path} is locked by another program (another voicecoach "
                              "still running?); close it and try again")
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return StoreCorruptError(f"{path} is damaged or is not a voicecoach history ({text}); "
                                 "it was left untouched: move it aside to start a new history, "
                                 "or pass --data-dir")
    if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
        return StoreError(f"cannot open {path} for writing ({text}); check its permissions, or "
                          "pass --data-dir with a folder you can write to")
    if "disk is full" in lowered or "disk i/o" in lowered:
        return StoreError(f"cannot write {path} ({text}); free some disk space and try again")
    return StoreError(f"{path}: {text}")


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT the open transaction; run the statements one by one instead.
    return [s.strip() for s in script.split(";") if s.strip()]


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()
