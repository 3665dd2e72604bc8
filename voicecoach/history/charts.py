"""Small inline SVG charts drawn in Python: no scripts, no fonts or files from elsewhere.

Every mark carries its figure in `data-value` (and a `<title>` a person sees on hover), so a page
can be checked against the database by reading the DOM. Text is escaped here; callers pass plain
strings.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from html import escape

__all__ = [
    "HEIGHT",
    "PLOT_H",
    "PLOT_W",
    "WIDTH",
    "Bar",
    "Count",
    "Mark",
    "Point",
    "Scale",
    "Tone",
    "bar_chart",
    "count_chart",
    "line_chart",
    "nice_scale",
    "timeline_chart",
]

WIDTH = 960
HEIGHT = 250
LEFT, RIGHT, TOP, BOTTOM = 56, 20, 30, 42
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM


class Tone(str, Enum):
    """What a mark means to the reader; the page's CSS gives each a colour."""

    GOOD = "good"
    HIGH = "high"
    LOW = "low"
    NEUTRAL = "neutral"
    WARN = "warn"


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar (a turn number)
    value: float
    title: str  # the hover text
    tone: Tone = Tone.NEUTRAL
    key: str = ""  # data-key, e.g. the turn index


@dataclass(frozen=True)
class Mark:
    """A bar placed on a time axis (a response gap), optionally flagged (a barge-in)."""

    at_s: float
    value: float | None
    title: str
    flagged: bool = False
    key: str = ""


@dataclass(frozen=True)
class Count:
    label: str
    count: int
    tone: Tone = Tone.NEUTRAL


@dataclass(frozen=True)
class Point:
    label: str  # x-axis label (a date)
    value: float
    title: str
    key: str = ""
    current: bool = False


@dataclass(frozen=True)
class Scale:
    low: float
    high: float
    ticks: tuple[float, ...]

    def y(self, value: float) -> float:
        span = self.high - self.low or 1.0
        return TOP + PLOT_H * (1.0 - (value - self.low) / span)


def nice_scale(low: float, high: float, *, target_ticks: int = 5) -> Scale:
    """A y range that starts and ends on round numbers and covers [low, high]."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high - low <= 0:
        high = low + 1.0
    raw = (high - low) / max(1, target_ticks)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    end = math.ceil(high / step) * step
    count = round((end - start) / step)
    return Scale(start, end, tuple(start + i * step for i in range(count + 1)))


def _fmt(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 or abs(value) >= 10 else f"{value:g}"


def _open(name: str, title: str, height: int = HEIGHT) -> list[str]:
    return [f'<svg class="chart" data-chart="{escape(name)}" viewBox="0 0 {WIDTH} {height}" '
            f'width="100%" role="img" aria-label="{escape(title)}" '
            'xmlns="http://www.w3.org/2000/svg">', f"<title>{escape(title)}</title>"]


def _grid(scale: Scale, unit: str) -> list[str]:
    parts = []
    for tick in scale.ticks:
        y = scale.y(tick)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" '
                     f'y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">'
                     f"{_fmt(tick)}</text>")
    parts.append(f'<text class="unit" x="{LEFT - 6}" y="{TOP - 12}" text-anchor="end">'
                 f"{escape(unit)}</text>")
    return parts


def _band(scale: Scale, band: tuple[float, float] | None) -> list[str]:
    if band is None:
        return []
    top, bottom = scale.y(min(band[1], scale.high)), scale.y(max(band[0], scale.low))
    return [f'<rect class="band" x="{LEFT}" y="{top:.1f}" width="{PLOT_W}" '
            f'height="{max(0.0, bottom - top):.1f}"/>',
            # The legend sits above the plot so that no bar or value label can cover it.
            f'<rect class="band legend" x="{WIDTH - RIGHT - 112}" y="{TOP - 18}" width="12" '
            'height="12"/>',
            f'<text class="band-label" x="{WIDTH - RIGHT}" y="{TOP - 8}" '
            f'text-anchor="end">target {_fmt(band[0])}–{_fmt(band[1])}</text>']


def _every(count: int, room: int) -> int:
    """Label every n-th item so that labels do not overlap."""
    return max(1, math.ceil(count / room))


def bar_chart(name: str, title: str, bars: Sequence[Bar], *, unit: str,
              band: tuple[float, float] | None = None) -> str:
    """One vertical bar per item (turns), with an optional shaded target band."""
    top = max([b.value for b in bars] + ([band[1]] if band else []) + [0.0])
    scale = nice_scale(min([b.value for b in bars] + [0.0]), top * 1.08)
    parts = _open(name, title) + _grid(scale, unit) + _band(scale, band)
    slot = PLOT_W / max(1, len(bars))
    width = max(2.0, min(slot * 0.7, 48.0))
    label_every = _every(len(bars), 40)
    zero = scale.y(0.0)
    for i, bar in enumerate(bars):
        x = LEFT + slot * i + (slot - width) / 2
        y = scale.y(max(bar.value, 0.0))
        height = abs(scale.y(bar.value) - zero)
        parts.append(f'<rect class="bar {bar.tone.value}" data-key="{escape(bar.key)}" '
                     f'data-value="{bar.value:.6g}" x="{x:.1f}" y="{y:.1f}" width="{width:.1f}" '
                     f'height="{height:.1f}"><title>{escape(bar.title)}</title></rect>')
        if len(bars) <= 30:
            parts.append(f'<text class="value" x="{x + width / 2:.1f}" y="{y - 4:.1f}" '
                         f'text-anchor="middle">{_fmt(round(bar.value))}</text>')
        if i % label_every == 0:
            parts.append(f'<text class="tick" x="{x + width / 2:.1f}" y="{HEIGHT - BOTTOM + 16}" '
                         f'text-anchor="middle">{escape(bar.label)}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{zero:.1f}" '
                 f'y2="{zero:.1f}"/>')
    parts.append(f'<text class="unit" x="{LEFT + PLOT_W / 2:.0f}" y="{HEIGHT - 6}" '
                 'text-anchor="middle">turn</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def timeline_chart(name: str, title: str, marks: Sequence[Mark], *, duration_s: float,
                   unit: str) -> str:
    """Bars placed on the session's clock; flagged marks get a triangle above the plot."""
    values = [m.value for m in marks if m.value is not None]
    scale = nice_scale(min([*values, 0.0]), max([*values, 0.0]) * 1.1 or 1.0)
    parts = _open(name, title) + _grid(scale, unit)
    span = max(duration_s, max((m.at_s for m in marks), default=0.0), 1.0)

    def x_of(seconds: float) -> float:
        return LEFT + PLOT_W * seconds / span

    step = nice_scale(0.0, span, target_ticks=7).ticks
    for tick in step:
        if tick <= span:
            parts.append(f'<text class="tick" x="{x_of(tick):.1f}" y="{HEIGHT - BOTTOM + 16}" '
                         f'text-anchor="middle">{_clock(tick)}</text>')
    zero = scale.y(0.0)
    for m in marks:
        x = x_of(m.at_s)
        if m.value is not None:
            y = scale.y(max(m.value, 0.0))
            height = abs(scale.y(m.value) - zero)
            tone = Tone.WARN if m.flagged else Tone.NEUTRAL
            parts.append(f'<rect class="bar {tone.value}" data-key="{escape(m.key)}" '
                         f'data-value="{m.value:.6g}" x="{x - 5:.1f}" y="{y:.1f}" width="10" '
                         f'height="{max(height, 1.0):.1f}"><title>{escape(m.title)}</title>'
                         "</rect>")
        if m.flagged:
            parts.append(f'<path class="barge-in" data-key="{escape(m.key)}" '
                         f'd="M{x - 7:.1f},{TOP - 14} L{x + 7:.1f},{TOP - 14} L{x:.1f},{TOP - 2}'
                         f' Z"><title>{escape(m.title)}</title></path>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{zero:.1f}" '
                 f'y2="{zero:.1f}"/>')
    parts.append(f'<text class="unit" x="{LEFT + PLOT_W / 2:.0f}" y="{HEIGHT - 6}" '
                 'text-anchor="middle">time in the session (min:s)</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def count_chart(name: str, title: str, counts: Sequence[Count]) -> str:
    """Horizontal bars, one per label, with the count written at the end."""
    row = 28
    height = TOP + row * max(1, len(counts)) + 10
    label_w = 170
    most = max([c.count for c in counts] + [1])
    parts = _open(name, title, height)
    for i, c in enumerate(counts):
        y = TOP + i * row
        width = (WIDTH - label_w - RIGHT - 50) * c.count / most
        parts.append(f'<text class="label" x="{label_w - 10}" y="{y + 17}" text-anchor="end">'
                     f"{escape(c.label)}</text>")
        parts.append(f'<rect class="bar {c.tone.value}" data-key="{escape(c.label)}" '
                     f'data-value="{c.count}" x="{label_w}" y="{y + 4}" width="{width:.1f}" '
                     f'height="{row - 8}"><title>{escape(c.label)}: {c.count}</title></rect>')
        parts.append(f'<text class="value" x="{label_w + width + 6:.1f}" y="{y + 17}">'
                     f"{c.count}</text>")
    parts.append("</svg>")
    return "\n".join(parts)


def line_chart(name: str, title: str, points: Sequence[Point], *, unit: str,
               band: tuple[float, float] | None = None) -> str:
    """One point per item (sessions) joined by a line; the current item is drawn larger."""
    values = [p.value for p in points]
    top = max(values + ([band[1]] if band else []) + [0.0])
    scale = nice_scale(0.0, top * 1.08)
    parts = _open(name, title) + _grid(scale, unit) + _band(scale, band)
    slot = PLOT_W / max(1, len(points))

    def x_of(i: int) -> float:
        return LEFT + slot * (i + 0.5)

    coords = " ".join(f"{x_of(i):.1f},{scale.y(p.value):.1f}" for i, p in enumerate(points))
    if len(points) > 1:
        parts.append(f'<polyline class="trend" points="{coords}"/>')
    label_every = _every(len(points), 10)
    for i, p in enumerate(points):
        current = " current" if p.current else ""
        radius = 6 if p.current else 4
        parts.append(f'<circle class="point{current}" data-key="{escape(p.key)}" '
                     f'data-value="{p.value:.6g}" cx="{x_of(i):.1f}" '
                     f'cy="{scale.y(p.value):.1f}" r="{radius}"><title>{escape(p.title)}</title>'
                     "</circle>")
        if i % label_every == 0 or p.current:
            parts.append(f'<text class="tick" x="{x_of(i):.1f}" y="{HEIGHT - BOTTOM + 16}" '
                         f'text-anchor="middle">{escape(p.label)}</text>')
    parts.append(f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
                 f'y1="{scale.y(0.0):.1f}" y2="{scale.y(0.0):.1f}"/>')
    parts.append(f'<text class="unit" x="{LEFT + PLOT_W / 2:.0f}" y="{HEIGHT - 6}" '
                 'text-anchor="middle">session</text>')
    parts.append("</svg>")
    return "\n".join(parts)
