"""What a session leaves behind: the session's record and summary around its turns.

Turns are the one `Turn` type the live loop and `analyze` build. Figures such as overall pace
are never stored: `coaching.figures.session_figures` derives them from the turns for every view
(`history`, `report`, `export`), so no two can disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from types import MappingProxyType

from voicecoach.coaching.figures import SessionFigures, session_figures
from voicecoach.coaching.norms import Norms
from voicecoach.understanding.turn import Turn

__all__ = ["MoveCount", "SessionMode", "SessionRecord", "SessionSummary", "StoredSession"]

class SessionMode(str, Enum):
    """How a session was run; str-valued so it prints and serialises as-is."""

    ANALYZE = "analyze"
    PRACTICE = "practice"
    WARMUP = "warmup"
    TEXT = "text"  # typed practice: no audio, so no pace, fillers or gaps

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class SessionRecord:
    """What is known when a session begins."""

    mode: SessionMode
    scenario: str | None
    source: str | None  # an input file, or "microphone"
    started_at: datetime  # UTC, timezone-aware
    settings: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if self.started_at.tzinfo is None:
            raise ValueError("SessionRecord.started_at must be timezone-aware (UTC)")


@dataclass(frozen=True)
class SessionSummary:
    """What is known when a session ends."""

    ended_at: datetime  # UTC, timezone-aware
    duration_s: float
    spoken_summary: tuple[str, ...] = ()  # the lines the coach said at the end

    def __post_init__(self) -> None:
        if self.ended_at.tzinfo is None:
            raise ValueError("SessionSummary.ended_at must be timezone-aware (UTC)")


@dataclass(frozen=True)
class StoredSession:
    """A session as read back from the store; `summary` is None when it never ended."""

    id: int
    record: SessionRecord
    summary: SessionSummary | None
    turns: tuple[Turn, ...]

    @property
    def finished(self) -> bool:
        return self.summary is not None

    def figures(self, norms: Norms) -> SessionFigures:
        return session_figures(self.turns, norms)

    @property
    def duration_s(self) -> float:
        """The summary's duration, or for an unfinished session the end of its last turn."""
        if self.summary is not None:
            return self.summary.duration_s
        return max((t.end for t in self.turns), default=0.0)


@dataclass(frozen=True)
class MoveCount:
    label: str
    count: int
