"""The whole history as JSON or CSV (`voicecoach export`), with the same figures as every view."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from enum import Enum
from typing import Any, TextIO

from voicecoach.coaching.norms import Norms
from voicecoach.history.records import StoredSession
from voicecoach.understanding.turn import Turn

__all__ = ["ExportFormat", "export_sessions"]


class ExportFormat(str, Enum):
    JSON = "json"
    CSV = "csv"

    def __str__(self) -> str:
        return self.value


def export_sessions(sessions: Sequence[StoredSession], fmt: ExportFormat, out: TextIO,
                    norms: Norms) -> None:
    if fmt is ExportFormat.JSON:
        json.dump([_session_json(s, norms) for s in sessions], out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        _write_csv(sessions, out)


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def turn_json(t: Turn) -> dict[str, Any]:
    """One stored turn, rounded as a person reads it."""
    p = t.pacing
    return {
        "index": t.index, "start": _r(t.start, 3), "end": _r(t.end, 3), "text": t.text,
        "words": p.words, "wpm": _r(p.wpm, 1), "articulation_wpm": _r(p.articulation_wpm, 1),
        "pauses": p.pauses, "fillers": p.fillers,
        "fillers_per_100_words": _r(p.fillers_per_100_words, 1),
        "speaking_s": _r(p.speaking_s, 3), "labels": [label.value for label in t.labels],
        "response_gap_s": _r(t.response_gap, 3), "barge_in": t.barge_in, "tip": t.tip,
        "partner_text": t.partner_text, "partner_speaking_s": _r(t.partner_speaking_s, 3),
        "audio_path": t.audio_path,
    }


def _session_json(s: StoredSession, norms: Norms) -> dict[str, Any]:
    return {
        "id": s.id,
        "mode": s.record.mode.value,
        "scenario": s.record.scenario,
        "source": s.record.source,
        "started_at": s.record.started_at.isoformat(),
        "ended_at": s.summary.ended_at.isoformat() if s.summary else None,
        "finished": s.finished,
        "duration_s": _r(s.duration_s, 3),
        "settings": dict(s.record.settings),
        "spoken_summary": list(s.summary.spoken_summary) if s.summary else [],
        "figures": s.figures(norms).as_dict(),
        "turns": [turn_json(t) for t in s.turns],
    }


_CSV_SESSION = ("session_id", "mode", "scenario", "started_at", "finished")
_CSV_TURN = ("index", "start", "end", "text", "words", "wpm", "articulation_wpm", "pauses",
             "fillers", "fillers_per_100_words", "labels", "response_gap_s", "barge_in", "tip",
             "partner_text", "partner_speaking_s", "audio_path")


def _write_csv(sessions: Sequence[StoredSession], out: TextIO) -> None:
    """One row per turn, with its session's columns repeated (what a spreadsheet wants)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_SESSION + _CSV_TURN)
    for s in sessions:
        head = (s.id, s.record.mode.value, s.record.scenario or "",
                s.record.started_at.isoformat(), int(s.finished))
        for t in s.turns:
            row = turn_json(t)
            row["labels"] = ";".join(row["labels"])
            row["barge_in"] = int(t.barge_in)
            writer.writerow(head + tuple("" if row[c] is None else row[c] for c in _CSV_TURN))
