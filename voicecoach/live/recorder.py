"""Saves a live session to the history turn by turn, so a crash loses at most one turn."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from voicecoach.errors import StoreError
from voicecoach.hearing.audio import Samples
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import Store
from voicecoach.terminal import notice
from voicecoach.understanding.turn import Turn

__all__ = ["SessionRecorder"]


class SessionRecorder:
    """Writes each finished turn at once. A write that fails (a full or read-only disk)
    is reported once; the session goes on, and what was written before stays written."""

    def __init__(self, store: Store, mode: SessionMode, scenario: str | None, source: str,
                 keep_audio: bool) -> None:
        self.store = store
        self.keep_audio = keep_audio
        self.failure: StoreError | None = None
        self.turns_saved = 0
        self.kept = True  # False once an empty session has been dropped at its end
        self.session_id = store.begin_session(SessionRecord(
            mode=mode, scenario=scenario, source=source, started_at=datetime.now(timezone.utc)))

    def turn(self, turn: Turn, audio: Samples) -> None:
        if self.failure is not None:
            return
        try:
            if self.keep_audio:
                path = self.store.save_turn_audio(self.session_id, turn.index, audio)
                turn = replace(turn, audio_path=str(path))
            self.store.add_turn(self.session_id, turn)
            self.turns_saved += 1
        except (StoreError, OSError) as error:
            self.failure = error if isinstance(error, StoreError) else StoreError(str(error))
            notice(f"could not save turn {turn.index + 1} to the history ({error}); the "
                   "session goes on, and the turns saved before it are kept")

    def end(self, duration_s: float, spoken: tuple[str, ...]) -> None:
        if self.failure is not None:
            return
        try:
            if not self.turns_saved:  # nothing was said: not a session worth keeping
                self.store.forget(self.session_id)
                self.kept = False
                return
            self.store.end_session(self.session_id, SessionSummary(
                ended_at=datetime.now(timezone.utc), duration_s=duration_s,
                spoken_summary=spoken))
        except StoreError as error:
            self.failure = error
            notice(f"could not close the session in the history ({error})")
