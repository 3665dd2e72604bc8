"""Coaching: what to say after each turn, and the summary at the end.

Live policy. Each policy is a small pure function of the turn, the turns before it, and the
norms; it proposes candidate tips. One chooser picks at most one tip per turn, or none:

1. the highest priority wins: a redirect from a topic best avoided (100), then a monologue
   (90), jumping in (80), a long silence before answering (70) - the moves that cost most
   socially - then praise for a move worth encouraging (60), pace (50), fillers (40), talk
   share (30), asking back (20);
2. the same tip (key) is not said again within `repeat_gap_turns` (3) turns;
3. after any tip, the next `rest_turns` (1) turn stays quiet unless something urgent comes up.

Live tips are sparse on purpose: in a study of public-speaking practice, detailed reports after
the session helped more than busy cues during it (Chollet et al. 2022), so the detail goes into
`summarise`, and a tip is one short line (12 words or fewer).

Pace and fillers are judged against fixed norms and, once there are `self_baseline_turns`
earlier turns, against the user's own median: a naturally fast speaker hears about a change,
not the same fixed-norm remark every few turns (the fixed norm still goes into the summary).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import Enum, IntEnum
from pathlib import Path
from typing import Any

from voicecoach.coaching.figures import (
    SessionFigures,
    is_monologue,
    jumped_in,
    session_figures,
    talk_share,
)
from voicecoach.coaching.norms import Norms
from voicecoach.errors import ConfigError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel
from voicecoach.understanding.turn import Turn

__all__ = [
    "AVOID_LABELS",
    "DEFAULT_POLICIES",
    "ENCOURAGED_LABELS",
    "MAX_TIP_WORDS",
    "Coach",
    "CoachConfig",
    "Point",
    "Priority",
    "Summary",
    "Tip",
    "TipKind",
    "Wording",
    "choose_tip",
    "summarise",
]

MAX_TIP_WORDS = 12
# The moves the coach praises, and the topics it steers away from, in the order it names them.
ENCOURAGED_LABELS = (MoveLabel.OPEN_QUESTION, MoveLabel.COMMON_GROUND, MoveLabel.COMPLIMENT,
                     MoveLabel.ENCOURAGER)
AVOID_LABELS = (MoveLabel.OFFENSIVE, MoveLabel.POLITICS, MoveLabel.CONTROVERSIAL,
                MoveLabel.GOSSIP, MoveLabel.COMPLAINT)
assert set(AVOID_LABELS) == AVOID_TOPICS


class TipKind(Enum):
    PRAISE = "praise"
    CORRECTION = "correction"
    REDIRECT = "redirect"


class Priority(IntEnum):
    REDIRECT = 100
    MONOLOGUE = 90
    JUMP_IN = 80
    LONG_GAP = 70
    PRAISE = 60
    PACE = 50
    FILLERS = 40
    TALK_SHARE = 30
    ASK_BACK = 20


@dataclass(frozen=True)
class Tip:
    """One live tip. `key` names what it is about; the chooser debounces by key."""

    key: str
    text: str
    priority: int
    kind: TipKind

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "text": self.text,
            "priority": self.priority,
            "kind": self.kind.value,
        }


def word_count(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------------------- wording


@dataclass(frozen=True)
class PointWording:
    say: str
    detail: str


@dataclass(frozen=True)
class Wording:
    """The coach's lines, from `prompts/coaching.toml`; every spoken line 12 words or fewer."""

    tips: Mapping[str, tuple[str, ...]]
    praise: Mapping[str, tuple[str, ...]]
    redirect: Mapping[str, tuple[str, ...]]
    strengths: Mapping[str, PointWording]
    work_on: Mapping[str, PointWording]

    @classmethod
    def load(cls, path: Path | None = None) -> Wording:
        path = path or prompts_dir() / "coaching.toml"
        data = load_toml(path)
        try:
            summary = data["summary"]
            return cls(
                tips=_lines(data["tips"], path, "tips"),
                praise=_lines(data["praise"], path, "praise"),
                redirect=_lines(data["redirect"], path, "redirect"),
                strengths=_points(summary["strengths"], path, "summary.strengths"),
                work_on=_points(summary["work_on"], path, "summary.work_on"),
            )
        except KeyError as error:
            raise ConfigError(
                f"{path} lacks the table {error}; restore it from the release"
            ) from None

    def spoken_lines(self) -> Iterator[str]:
        """Every line the coach may speak (templates unfilled)."""
        for table in (self.tips, self.praise, self.redirect):
            for lines in table.values():
                yield from lines
        for points in (self.strengths, self.work_on):
            for point in points.values():
                yield point.say


def _check_line(line: object, where: str) -> str:
    if not isinstance(line, str) or not line.strip():
        raise ConfigError(f"{where} must be a non-empty string, got {line!r}")
    if word_count(line) > MAX_TIP_WORDS:
        raise ConfigError(f"{where} has {word_count(line)} words; shorten it to {MAX_TIP_WORDS}")
    return line.strip()


def _lines(table: Mapping[str, Any], path: Path, name: str) -> dict[str, tuple[str, ...]]:
    result = {}
    for key, lines in table.items():
        if not isinstance(lines, list) or not lines:
            raise ConfigError(f"{path}: {name}.{key} must be a list of lines")
        result[key] = tuple(_check_line(line, f"{path}: {name}.{key}") for line in lines)
    return result


def _points(table: Mapping[str, Any], path: Path, name: str) -> dict[str, PointWording]:
    result = {}
    for key, point in table.items():
        where = f"{path}: {name}.{key}"
        if not isinstance(point, dict) or "say" not in point or "detail" not in point:
            raise ConfigError(f"{where} needs `say` and `detail`")
        result[key] = PointWording(_check_line(point["say"], where), str(point["detail"]))
    return result


# ---------------------------------------------------------------------------- policies


@dataclass(frozen=True)
class CoachContext:
    """What policies read besides the turns: norms, wording, and how often each key was said."""

    norms: Norms
    wording: Wording
    move_lines: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    said: Mapping[str, int] = field(default_factory=dict)

    def tip(self, key: str, lines: Sequence[str], priority: int, kind: TipKind) -> Tip:
        """A tip with the next of its lines, so a repeated tip varies its wording."""
        return Tip(key, lines[self.said.get(key, 0) % len(lines)], priority, kind)

    def line_for(self, key: str) -> tuple[str, ...]:
        return self.wording.tips[key]


Policy = Callable[[Turn, Sequence[Turn], CoachContext], Iterator[Tip]]


def redirect_avoided_topics(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """A gentle redirect after a topic best avoided (politics, gossip, ...)."""
    for label in AVOID_LABELS:
        if label in turn.labels:
            lines = (
                ctx.move_lines.get(label.value)
                or ctx.wording.redirect.get(label.value)
                or ctx.wording.redirect["default"]
            )
            yield ctx.tip(f"redirect:{label}", lines, Priority.REDIRECT, TipKind.REDIRECT)


def praise_good_moves(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """Praise the moves worth encouraging, so feedback is not only correction."""
    for label in ENCOURAGED_LABELS:
        if label in turn.labels:
            lines = ctx.move_lines.get(label.value) or ctx.wording.praise.get(label.value)
            if lines:
                yield ctx.tip(f"praise:{label}", lines, Priority.PRAISE, TipKind.PRAISE)


def flag_monologue(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    if is_monologue(turn, ctx.norms):
        yield ctx.tip(
            "monologue", ctx.line_for("monologue"), Priority.MONOLOGUE, TipKind.CORRECTION
        )


def flag_jump_in(turn: Turn, history: Sequence[Turn], ctx: CoachContext) -> Iterator[Tip]:
    if jumped_in(turn, ctx.norms):
        yield ctx.tip("jump_in", ctx.line_for("jump_in"), Priority.JUMP_IN, TipKind.CORRECTION)


def flag_long_gap(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    gap = turn.response_gap
    if gap is not None and gap > ctx.norms.max_response_gap_s:
        yield ctx.tip("gap_long", ctx.line_for("gap_long"), Priority.LONG_GAP, TipKind.CORRECTION)


def _own_median(
    history: Sequence[Turn], norms: Norms, value: Callable[[Turn], float]
) -> float | None:
    """The user's median over earlier turns long enough to measure; None until there are
    `norms.self_baseline_turns` of them."""
    rated = [value(t) for t in history if t.pacing.words >= norms.min_words_for_rate]
    if not rated or len(rated) < norms.self_baseline_turns:
        return None
    return statistics.median(rated)


def check_pace(turn: Turn, history: Sequence[Turn], ctx: CoachContext) -> Iterator[Tip]:
    """Pace (words per minute, pauses included) against the norm and the user's own median.

    Before a baseline exists, only the norm counts. After, a turn outside the norm is
    mentioned only if the user is usually inside it; a change of `self_pace_change` or more
    from their own median is mentioned either way.
    """
    norms = ctx.norms
    if turn.pacing.words < norms.min_words_for_rate:
        return
    own = _own_median(history, norms, lambda t: t.pacing.wpm)
    wpm = turn.pacing.wpm
    usual_ok = own is None or norms.pace_min_wpm <= own <= norms.pace_max_wpm
    if own is not None and wpm > own * (1 + norms.self_pace_change):
        yield ctx.tip(
            "pace_fast", ctx.line_for("pace_faster_than_usual"), Priority.PACE, TipKind.CORRECTION
        )
    elif own is not None and wpm < own * (1 - norms.self_pace_change):
        yield ctx.tip(
            "pace_slow", ctx.line_for("pace_slower_than_usual"), Priority.PACE, TipKind.CORRECTION
        )
    elif usual_ok and wpm > norms.pace_max_wpm:
        yield ctx.tip("pace_fast", ctx.line_for("pace_fast"), Priority.PACE, TipKind.CORRECTION)
    elif usual_ok and wpm < norms.pace_min_wpm:
        yield ctx.tip("pace_slow", ctx.line_for("pace_slow"), Priority.PACE, TipKind.CORRECTION)


def check_fillers(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """Fillers per 100 words, against the norm and the user's own median (as `check_pace`).
    A single filler is never remarked on, however short the turn."""
    norms = ctx.norms
    if turn.pacing.words < norms.min_words_for_rate or turn.pacing.fillers < 2:
        return
    own = _own_median(history, norms, lambda t: t.pacing.fillers_per_100_words)
    rate, most = turn.pacing.fillers_per_100_words, norms.max_fillers_per_100_words
    if own is not None and own > most:  # a habit: mention it when it grows
        if rate > own + norms.self_filler_change:
            line = ctx.line_for("fillers_more_than_usual")
            yield ctx.tip("fillers", line, Priority.FILLERS, TipKind.CORRECTION)
    elif rate > most:
        yield ctx.tip("fillers", ctx.line_for("fillers"), Priority.FILLERS, TipKind.CORRECTION)


def check_talk_share(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """The user's share of talking so far, once there are 3 turns and the partner spoke."""
    turns = [*history, turn]
    share = talk_share(turns)
    if len(turns) >= 3 and share is not None and share > ctx.norms.max_talk_share:
        yield ctx.tip(
            "talk_share", ctx.line_for("talk_share"), Priority.TALK_SHARE, TipKind.CORRECTION
        )


def nudge_ask_back(
    turn: Turn, history: Sequence[Turn], ctx: CoachContext
) -> Iterator[Tip]:
    """No question in the last 4 turns: suggest asking something back."""
    recent = [*history[-3:], turn]
    if len(recent) == 4 and not any(t.asks_back for t in recent):
        yield ctx.tip("ask_back", ctx.line_for("ask_back"), Priority.ASK_BACK, TipKind.CORRECTION)


DEFAULT_POLICIES: tuple[Policy, ...] = (
    redirect_avoided_topics,
    flag_monologue,
    flag_jump_in,
    flag_long_gap,
    praise_good_moves,
    check_pace,
    check_fillers,
    check_talk_share,
    nudge_ask_back,
)


# ---------------------------------------------------------------------------- chooser


@dataclass(frozen=True)
class CoachConfig:
    repeat_gap_turns: int = 3  # the same tip (key) not again within this many turns
    rest_turns: int = 1  # quiet turns after any tip ...
    urgent_priority: int = Priority.MONOLOGUE  # ... unless a tip is at least this urgent

    def __post_init__(self) -> None:
        if self.repeat_gap_turns < 0 or self.rest_turns < 0:
            raise ConfigError("coach repeat_gap_turns and rest_turns must be 0 or more")


def choose_tip(
    candidates: Sequence[Tip],
    turn_number: int,
    last_said: Mapping[str, int],
    last_tip_turn: int | None,
    config: CoachConfig,
) -> Tip | None:
    """The one tip to say after turn `turn_number`, or None (see the module docstring).

    `last_said` maps a key to the turn number it was last said at. Ties keep policy order.
    """
    resting = last_tip_turn is not None and turn_number - last_tip_turn <= config.rest_turns
    best: Tip | None = None
    for tip in candidates:
        said_at = last_said.get(tip.key)
        if said_at is not None and turn_number - said_at <= config.repeat_gap_turns:
            continue
        if resting and tip.priority < config.urgent_priority:
            continue
        if best is None or tip.priority > best.priority:
            best = tip
    return best


class Coach:
    """Holds a session's turns and picks the live tip after each; `summary()` at the end."""

    def __init__(
        self,
        norms: Norms | None = None,
        *,
        config: CoachConfig | None = None,
        wording: Wording | None = None,
        move_lines: Mapping[str, Sequence[str]] | None = None,
        policies: Sequence[Policy] = DEFAULT_POLICIES,
    ) -> None:
        self.norms = norms or Norms.default()
        self.config = config or CoachConfig()
        self.wording = wording or Wording.load()
        self._move_lines = _usable_move_lines(move_lines or {})
        self._policies = tuple(policies)
        self._history: list[Turn] = []
        self._last_said: dict[str, int] = {}
        self._times_said: dict[str, int] = {}
        self._last_tip_turn: int | None = None

    @property
    def history(self) -> tuple[Turn, ...]:
        return tuple(self._history)

    def candidates(self, turn: Turn) -> list[Tip]:
        """Every tip the policies propose for `turn` given the turns so far (no state change)."""
        ctx = CoachContext(self.norms, self.wording, self._move_lines, dict(self._times_said))
        return [tip for policy in self._policies for tip in policy(turn, self._history, ctx)]

    def after_turn(self, turn: Turn) -> Tip | None:
        """Record `turn` and return the tip to speak now, or None."""
        number = len(self._history)
        tip = choose_tip(
            self.candidates(turn), number, self._last_said, self._last_tip_turn, self.config
        )
        self._history.append(turn if tip is None else replace(turn, tip=tip.text))
        if tip is not None:
            self._last_said[tip.key] = number
            self._times_said[tip.key] = self._times_said.get(tip.key, 0) + 1
            self._last_tip_turn = number
        return tip

    def summary(self) -> Summary:
        return summarise(self._history, self.norms, self.wording)


def _usable_move_lines(move_lines: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    """The pattern pack's lines, keeping only those short enough to speak as a tip."""
    usable = {}
    for label, lines in move_lines.items():
        short = tuple(s.strip() for s in lines if s.strip() and word_count(s) <= MAX_TIP_WORDS)
        if short:
            usable[str(label.value if isinstance(label, Enum) else label)] = short
    return usable


# ---------------------------------------------------------------------------- summary


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
            ("fillers", _fmt(f.fillers_per_100_words, "{:.1f} per 100 words"),
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
