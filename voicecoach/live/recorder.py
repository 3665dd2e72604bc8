"""Saves a live session to the history turn by turn, so a crash loses at most one turn."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary, TurnRecord
from voicecoach.history.store import Store, StoreError
from voicecoach.live.loop import HeardTurn
from voicecoach.terminal import notice
from voicecoach.voice.mouth import LineKind, PlacedLine


class SessionRecorder:
    """Writes each finished turn at once. A write that fails (a full or read-only disk)
    is reported once; the session goes on, and what was written before stays written."""

    def __init__(self, store: Store, mode: SessionMode, scenario: str | None, source: str,
                 keep_audio: bool) -> None:
        self.store = store
        self.keep_audio = keep_audio
        self.failure: StoreError | None = None
        self.session_id = store.begin_session(SessionRecord(
            mode=mode, scenario=scenario, source=source, started_at=datetime.now(timezone.utc)))

    def turn(self, turn: HeardTurn, tip: str | None, lines: list[PlacedLine]) -> None:
        if self.failure is not None:
            return
        before = [line for line in lines if line.kind is LineKind.REPLY and line.start < turn.start]
        p = turn.pacing
        try:
            audio_path: Path | None = None
            if self.keep_audio:
                audio_path = self.store.save_turn_audio(self.session_id, turn.index, turn.audio)
            self.store.add_turn(self.session_id, TurnRecord(
                index=turn.index, start=turn.start, end=turn.end, text=turn.text,
                words=p.words, wpm=p.wpm, articulation_wpm=p.articulation_wpm, pauses=p.pauses,
                fillers=p.fillers, fillers_per_100_words=p.fillers_per_100_words,
                labels=tuple(label.value for label in turn.labels),
                response_gap_s=(None if turn.partner_end is None
                                else turn.start - turn.partner_end),
                barge_in=turn.barge_in, tip=tip,
                partner_text=before[-1].text if before else None,
                partner_speaking_s=turn.partner_speaking_s,
                audio_path=str(audio_path) if audio_path else None))
        except (StoreError, OSError) as error:
            self.failure = error if isinstance(error, StoreError) else StoreError(str(error))
            notice(f"could not save turn {turn.index + 1} to the history ({error}); the "
                   "session goes on, and the turns saved before it are kept")

    def end(self, duration_s: float, spoken: tuple[str, ...]) -> None:
        if self.failure is not None:
            return
        try:
            self.store.end_session(self.session_id, SessionSummary(
                ended_at=datetime.now(timezone.utc), duration_s=duration_s,
                spoken_summary=spoken))
        except StoreError as error:
            self.failure = error
            notice(f"could not close the session in the history ({error})")
