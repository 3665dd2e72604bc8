"""The end of a session: one strength, up to two things to work on, and the figures.

The detail goes here rather than into busy cues during the session: in a study of
public-speaking practice, detailed reports after the session helped more than live cues
(Chollet et al. 2022).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from voicecoach.coaching.figures import SessionFigures, fillers_text, session_figures
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.policies import AVOID_LABELS, ENCOURAGED_LABELS
from voicecoach.coaching.wording import MAX_TIP_WORDS, PointWording, Wording, word_count
from voicecoach.understanding.turn import Turn

__all__ = ["Point", "PointKind", "Summary", "summarise"]


class PointKind(Enum):
    STRENGTH = "strength"
    WORK_ON = "work_on"


@dataclass(frozen=True)
class Point:
    key: str
    kind: PointKind
    say: str  # spoken, 12 words or fewer
    detail: str  # printed, with the figures


@dataclass(frozen=True)
class Summary:
    """The end of a session: one strength, up to two things to work on, and the figures."""

    figures: SessionFigures
    norms: Norms
    strength: Point
    work_on: tuple[Point, ...]

    @property
    def spoken(self) -> tuple[str, ...]:
        """At most three short lines to speak: the strength first."""
        return (self.strength.say, *(p.say for p in self.work_on))

    def render_text(self) -> str:
        f, n = self.figures, self.norms
        lines = [f"Session summary: {f.turns} turns, {f.speaking_s:.0f} s of your speech", ""]
        lines.append(f"  Went well:   {self.strength.detail}")
        for i, point in enumerate(self.work_on, 1):
            lines.append(f"  Work on ({i}): {point.say} {point.detail}")
        q = f.questions
        share = None if f.talk_share is None else 100 * f.talk_share
        pace_norm = f"{n.pace_min_wpm:.0f}-{n.pace_max_wpm:.0f}"
        long_turn = f"over {n.monologue_s:g} s or {n.monologue_words} words"
        asked = f"{q.turns_with_question} of {f.turns} turns ({q.open} open, {q.closed} closed)"
        rows = [
            ("pace", _fmt(f.wpm, "{:.0f} wpm"), pace_norm),
            ("fillers", _fillers(f, n),
             f"under {n.max_fillers_per_100_words:g}"),
            ("reply gap (median)", _fmt(f.median_gap_s, "{:.1f} s"), "about 0.2 s"),
            ("long gaps", f"{f.long_gaps} turns", f"over {n.max_response_gap_s:g} s"),
            ("jumped in", f"{f.jump_ins} turns", "let them finish"),
            ("monologues", f"{f.monologues} turns", long_turn),
            ("talk share", _fmt(share, "{:.0f}%"), f"under {100 * n.max_talk_share:.0f}%"),
            ("questions back", asked, ""),
        ]  # fmt: skip
        lines += ["", "  Figures                 you                            norm"]
        lines += [f"    {name:<20}  {value:<30} {norm}".rstrip() for name, value, norm in rows]
        if f.moves:
            moves = ", ".join(f"{m.value} {c}" for m, c in f.moves)
            lines.append("    moves                 " + moves)
        return "\n".join(lines)

    def as_dict(self) -> dict[str, Any]:
        return {
            "spoken": list(self.spoken),
            "strength": _point_dict(self.strength),
            "work_on": [_point_dict(p) for p in self.work_on],
            "figures": self.figures.as_dict(),
            "norms": self.norms.as_dict(),
        }


def _point_dict(point: Point) -> dict[str, str]:
    data = asdict(point)
    data["kind"] = point.kind.value
    return data


def _turns(count: int) -> str:
    return f"{count} turn" if count == 1 else f"{count} turns"


def _fmt(value: float | None, pattern: str) -> str:
    return "-" if value is None else pattern.format(value)


def _fillers(f: SessionFigures, n: Norms) -> str:
    """The rate, or the count where there are too few words for a rate."""
    if not f.words or f.words >= n.min_words_for_rate:
        return _fmt(f.fillers_per_100_words, "{:.1f} per 100 words")
    return fillers_text(f.fillers, f.words, n)


def summarise(
    session: Sequence[Turn], norms: Norms | None = None, wording: Wording | None = None
) -> Summary:
    """The end-of-session summary: the first strength that applies, and the two most pressing
    things to work on, in the live tips' priority order (see `_strengths`, `_work_on`)."""
    norms = norms or Norms.default()
    wording = wording or Wording.load()
    figures = session_figures(session, norms)
    strengths = [
        _point(wording.strengths, key, PointKind.STRENGTH, values)
        for key, values in _strengths(session, figures, norms)
    ]
    work_on = [
        _point(wording.work_on, key, PointKind.WORK_ON, values)
        for key, values in _work_on(session, figures, norms)
    ]
    return Summary(figures, norms, strengths[0], tuple(work_on[:2]))


def _point(
    table: Mapping[str, PointWording], key: str, kind: PointKind, values: dict[str, Any]
) -> Point:
    wording = table[key]
    say = wording.say.format(**values)
    if word_count(say) > MAX_TIP_WORDS:  # a long list of topics; keep the spoken line short
        say = " ".join(say.split()[:MAX_TIP_WORDS])
    return Point(key, kind, say, wording.detail.format(**values))


Candidates = list[tuple[str, dict[str, Any]]]


def _rated_pace(f: SessionFigures, n: Norms) -> float | None:
    """The session's pace, when there were enough words for a rate to mean something."""
    return f.wpm if f.words >= n.min_words_for_rate else None


def _strengths(session: Sequence[Turn], f: SessionFigures, n: Norms) -> Candidates:
    """Strengths in order of preference; the last always applies."""
    found: Candidates = []
    q = f.questions
    if f.turns >= 2 and q.share is not None and q.share >= 0.3:
        found.append(
            (
                "questions",
                {
                    "asked": q.turns_with_question,
                    "turns": _turns(f.turns),
                    "open": q.open,
                    "closed": q.closed,
                },
            )
        )
    counts = dict(f.moves)
    for label in sorted(ENCOURAGED_LABELS, key=lambda m: -counts.get(m, 0)):
        if counts.get(label, 0):
            found.append((label.value, {"count": _turns(counts[label])}))
    pace = _rated_pace(f, n)
    if pace is not None and n.pace_min_wpm <= pace <= n.pace_max_wpm:
        found.append(
            (
                "pace",
                {
                    "wpm": round(pace),
                    "low": round(n.pace_min_wpm),
                    "high": round(n.pace_max_wpm),
                },
            )
        )
    if (
        f.fillers_per_100_words is not None
        and f.fillers_per_100_words <= n.max_fillers_per_100_words
        and f.words >= 20
    ):
        found.append(
            (
                "fillers",
                {
                    "per100": f"{f.fillers_per_100_words:.1f}",
                    "max": f"{n.max_fillers_per_100_words:g}",
                },
            )
        )
    if f.median_gap_s is not None and f.long_gaps == 0:
        found.append(("quick_replies", {"gap": f"{f.median_gap_s:.1f}"}))
    found.append(("practice", {}))
    return found


def _work_on(session: Sequence[Turn], f: SessionFigures, n: Norms) -> Candidates:
    """Things to work on, most pressing first (the live priorities)."""
    found: Candidates = []
    avoided = [label for label in AVOID_LABELS if dict(f.moves).get(label)]
    if avoided:
        count = sum(any(label in t.labels for label in AVOID_LABELS) for t in session)
        topics = " and ".join(label.value.replace("_", " ") for label in avoided[:2])
        found.append(("avoid_topic", {"topics": topics, "count": _turns(count)}))
    if f.monologues:
        found.append(
            (
                "monologue",
                {
                    "count": _turns(f.monologues),
                    "seconds": f"{n.monologue_s:g}",
                    "words": n.monologue_words,
                },
            )
        )
    if f.jump_ins:
        found.append(("jump_in", {"count": _turns(f.jump_ins)}))
    if f.long_gaps:
        found.append(
            (
                "long_gaps",
                {
                    "count": _turns(f.long_gaps),
                    "max": f"{n.max_response_gap_s:g}",
                    "gap": _fmt(f.median_gap_s, "{:.1f}"),
                },
            )
        )
    pace = _rated_pace(f, n)
    if pace is not None and not n.pace_min_wpm <= pace <= n.pace_max_wpm:
        key = "pace_fast" if pace > n.pace_max_wpm else "pace_slow"
        found.append(
            (
                key,
                {
                    "wpm": round(pace),
                    "low": round(n.pace_min_wpm),
                    "high": round(n.pace_max_wpm),
                },
            )
        )
    if (
        f.fillers_per_100_words is not None
        and f.fillers_per_100_words > n.max_fillers_per_100_words
        and f.words >= n.min_words_for_rate  # one "um" in "um, yes" is not a habit
    ):
        found.append(
            (
                "fillers",
                {
                    "per100": f"{f.fillers_per_100_words:.1f}",
                    "max": f"{n.max_fillers_per_100_words:g}",
                },
            )
        )
    if f.talk_share is not None and f.talk_share > n.max_talk_share:
        found.append(
            (
                "talk_share",
                {"share": round(100 * f.talk_share), "max": round(100 * n.max_talk_share)},
            )
        )
    q = f.questions
    if f.turns >= 3 and q.share is not None and q.share < 0.2:
        found.append(("ask_back", {"asked": q.turns_with_question, "turns": _turns(f.turns)}))
    return found
