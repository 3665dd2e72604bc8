"""What a session leaves behind: the records the live loop hands to the store, and the figures
derived from them.

Plain frozen dataclasses with no dependency on the rest of voicecoach, so the loop, the store and
the report can each change without the others. Figures such as overall pace are never stored:
`session_figures` derives them from the turns, and both `history` and `report` call it, so the
two can never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from types import MappingProxyType

# Labels that count as "asking back" (names of MoveLabel members; kept as strings here so
# records stay free of the matcher).
QUESTION_LABELS = frozenset({"open_question", "closed_question"})

# The band of pace people find easy to follow (README, "Definitions").
TARGET_WPM = (120.0, 160.0)


class SessionMode(str, Enum):
    """How a session was run; str-valued so it prints and serialises as-is."""

    ANALYZE = "analyze"
    PRACTICE = "practice"
    WARMUP = "warmup"
    TEXT = "text"  # typed practice: no audio, so no pace, fillers or gaps

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class TurnRecord:
    """One user turn as it was measured, with what surrounded it in the conversation."""

    index: int
    start: float  # seconds on the session clock
    end: float
    text: str
    words: int  # non-filler words
    wpm: float
    articulation_wpm: float
    pauses: int
    fillers: int
    fillers_per_100_words: float
    labels: tuple[str, ...] = ()  # move labels, e.g. "open_question", "politics"
    response_gap_s: float | None = None  # partner's speech end -> user's start
    barge_in: bool = False
    tip: str | None = None  # the tip spoken after this turn
    partner_text: str | None = None  # what the partner/coach said before this turn
    partner_speaking_s: float = 0.0  # the partner's speech time before this turn
    audio_path: str | None = None

    @property
    def speaking_s(self) -> float:
        """Speech time of the turn, recovered from its pace (wpm = words / speaking time)."""
        return self.words * 60.0 / self.wpm if self.wpm > 0 else 0.0

    @property
    def asks_back(self) -> bool:
        return any(label in QUESTION_LABELS for label in self.labels)


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
class SessionFigures:
    """A session's figures, derived from its turns (never stored)."""

    turns: int
    words: int
    speaking_s: float
    wpm: float  # all non-filler words / all speaking time x 60
    fillers: int
    fillers_per_100_words: float
    questions_asked_back: float | None  # share of turns that ask a question; None: no turns
    talk_share: float | None  # user / (user + partner) speech; None: no partner spoke
    barge_ins: int
    tips_given: int
    mean_response_gap_s: float | None


def session_figures(turns: Sequence[TurnRecord]) -> SessionFigures:
    """The one place where a session's overall figures are computed."""
    words = sum(t.words for t in turns)
    speaking = sum(t.speaking_s for t in turns)
    fillers = sum(t.fillers for t in turns)
    partner = sum(t.partner_speaking_s for t in turns)
    gaps = [t.response_gap_s for t in turns if t.response_gap_s is not None]
    return SessionFigures(
        turns=len(turns),
        words=words,
        speaking_s=speaking,
        wpm=words / speaking * 60.0 if speaking > 0 else 0.0,
        fillers=fillers,
        fillers_per_100_words=fillers / words * 100.0 if words else 0.0,
        questions_asked_back=(sum(t.asks_back for t in turns) / len(turns)) if turns else None,
        talk_share=speaking / (speaking + partner) if partner > 0 else None,
        barge_ins=sum(t.barge_in for t in turns),
        tips_given=sum(t.tip is not None for t in turns),
        mean_response_gap_s=sum(gaps) / len(gaps) if gaps else None,
    )


@dataclass(frozen=True)
class StoredSession:
    """A session as read back from the store; `summary` is None when it never ended."""

    id: int
    record: SessionRecord
    summary: SessionSummary | None
    turns: tuple[TurnRecord, ...]

    @property
    def finished(self) -> bool:
        return self.summary is not None

    @property
    def figures(self) -> SessionFigures:
        return session_figures(self.turns)

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
