"""One session as a self-contained HTML page: figures, inline SVG charts, the turns, the trend.

The page has no scripts and loads nothing: styles are inline, fonts are the system's, charts
are SVG drawn in `voicecoach.history.charts`. Every figure comes from `session_figures`, the
same function `history` uses, so the two always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape

from voicecoach.coaching.figures import SessionFigures, fillers_text
from voicecoach.coaching.norms import Norms
from voicecoach.history.charts import (
    Bar,
    Count,
    Mark,
    Point,
    Tone,
    bar_chart,
    count_chart,
    line_chart,
    timeline_chart,
)
from voicecoach.history.records import MoveCount, StoredSession
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.turn import Turn

__all__ = [
    "STYLE",
    "TREND_SESSIONS",
    "ReportData",
    "fmt_clock",
    "fmt_per_100",
    "fmt_seconds",
    "fmt_share",
    "fmt_wpm",
    "move_name",
    "pace_tone",
    "render_report",
]

# More points than this make the trend unreadable; the page says when it shows fewer.
TREND_SESSIONS = 50


@dataclass(frozen=True)
class ReportData:
    session: StoredSession
    moves: tuple[MoveCount, ...]  # counted by the store, one row per label
    history: tuple[StoredSession, ...]  # sessions up to and including this one, oldest first
    sessions_up_to: int  # how many sessions there are up to and including this one
    norms: Norms  # the band every figure is coloured by: the one the coach's tips use

    @property
    def pace_band(self) -> tuple[float, float]:
        return self.norms.pace_min_wpm, self.norms.pace_max_wpm


def pace_tone(wpm: float, norms: Norms) -> Tone:
    if norms.pace_ok(wpm):
        return Tone.GOOD
    return Tone.LOW if wpm < norms.pace_min_wpm else Tone.HIGH


def fmt_wpm(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def fmt_per_100(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def fmt_share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def fmt_seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} s"


def fmt_clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def move_name(label: str) -> str:
    return label.replace("_", " ")


def _move_tone(label: str) -> Tone:
    move = MoveLabel.parse(label)
    return Tone.WARN if move is not None and move.is_avoid_topic else Tone.GOOD


def _local(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M}"


def _figure(key: str, value: str, name: str, hint: str = "") -> str:
    hint_html = f'<span class="hint">{escape(hint)}</span>' if hint else ""
    return (f'<div class="figure" data-figure="{key}"><span class="value">{escape(value)}</span>'
            f'<span class="name">{escape(name)}</span>{hint_html}</div>')


def _figures(f: SessionFigures, duration_s: float, norms: Norms) -> str:
    return "\n".join([
        '<section class="figures">',
        _figure("turns", str(f.turns), "turns", fmt_clock(duration_s) + " in all"),
        _figure("wpm", fmt_wpm(f.wpm), "words a minute", f"the coach's band: {norms.pace_band}"),
        _fillers_figure(f, norms),
        _figure("questions_asked_back", fmt_share(f.questions.share),
                "of turns asked a question"),
        _figure("talk_share", fmt_share(f.talk_share), "of the talking was yours"),
        _figure("mean_response_gap_s", fmt_seconds(f.median_gap_s),
                "typical wait before you answered",
                f"people leave about 0.2 s; over {norms.max_response_gap_s:g} s reads as trouble"),
        _figure("barge_ins", str(f.barge_ins), "times you spoke over the other person"),
        _figure("tips_given", str(f.tips_given), "tips from the coach"),
        "</section>",
    ])


def _fillers_figure(f: SessionFigures, norms: Norms) -> str:
    """The session's rate; a session of a few words gets "—" and the count under it."""
    if f.words < norms.min_words_for_rate:
        return _figure("fillers_per_100_words", fmt_per_100(None), "fillers per 100 words",
                       fillers_text(f.fillers, f.words, norms))
    return _figure("fillers_per_100_words", fmt_per_100(f.fillers_per_100_words),
                   "fillers per 100 words", f"{f.fillers} fillers, {f.words} words")


def _pace_chart(turns: Sequence[Turn], norms: Norms) -> str:
    bars = [Bar(str(t.index + 1), t.pacing.wpm,
                f"Turn {t.index + 1}: {fmt_wpm(t.pacing.wpm)} words a minute",
                pace_tone(t.pacing.wpm, norms), str(t.index)) for t in turns]
    band = (norms.pace_min_wpm, norms.pace_max_wpm)
    return bar_chart("pace", "Pace per turn", bars, unit="wpm", band=band)


def _filler_chart(turns: Sequence[Turn], norms: Norms) -> str:
    # Counted, not rated: most live turns are a few words, where one filler would read as
    # a rate of 20-100 per 100 words. The hover gives the rate where there are enough words.
    bars = [Bar(str(t.index + 1), float(t.pacing.fillers),
                f"Turn {t.index + 1}: {fillers_text(t.pacing.fillers, t.pacing.words, norms)}",
                Tone.NEUTRAL, str(t.index)) for t in turns]
    return bar_chart("fillers", "Fillers per turn", bars, unit="fillers")


def _gap_chart(session: StoredSession) -> str:
    marks = []
    for t in session.turns:
        what = (f"a wait of {t.response_gap:.1f} s" if t.response_gap is not None
                else "no wait measured")
        flag = "; you spoke over the other person" if t.barge_in else ""
        marks.append(Mark(t.start, t.response_gap,
                          f"Turn {t.index + 1} at {fmt_clock(t.start)}: {what}{flag}",
                          t.barge_in, str(t.index)))
    return timeline_chart("gaps", "Response gaps and barge-ins", marks,
                          duration_s=session.duration_s, unit="seconds")


def _move_chart(moves: Sequence[MoveCount]) -> str:
    if not moves:
        return '<p class="empty">No conversational moves were recognised in this session.</p>'
    counts = [Count(move_name(m.label), m.count, _move_tone(m.label)) for m in moves]
    return count_chart("moves", "Moves you made", counts)


def _trend(data: ReportData) -> str:
    figures = {s.id: s.figures(data.norms) for s in data.history}
    spoken = [s for s in data.history if figures[s.id].wpm is not None][-TREND_SESSIONS:]
    if len(spoken) < 2:
        return ('<p class="empty">The trend appears once you have practised more than once.</p>')

    def points(value: str) -> list[Point]:
        out = []
        for s in spoken:
            f = figures[s.id]
            figure = (f.wpm if value == "wpm" else f.fillers_per_100_words) or 0.0
            shown = fmt_wpm(figure) if value == "wpm" else fmt_per_100(figure)
            out.append(Point(s.record.started_at.astimezone().strftime("%d %b"), figure,
                             f"Session {s.id}, {_local(s.record.started_at)}: {shown}",
                             str(s.id), s.id == data.session.id))
        return out

    shown = (f"the last {len(spoken)} sessions with speech" if data.sessions_up_to > len(spoken)
             else f"all {len(spoken)} sessions with speech")
    return "\n".join([
        f'<p class="note">Each dot is a session — {shown}, up to this one (the larger dot).</p>',
        "<h3>Pace per session</h3>",
        line_chart("trend-pace", "Pace per session", points("wpm"), unit="wpm",
                   band=data.pace_band),
        "<h3>Fillers per 100 words per session</h3>",
        line_chart("trend-fillers", "Fillers per 100 words per session", points("fillers"),
                   unit="per 100"),
    ])


def _turn_rows(turns: Sequence[Turn]) -> str:
    rows = []
    for t in turns:
        partner = (f'<div class="partner">{escape(t.partner_text)}</div>' if t.partner_text
                   else "")
        labels = ", ".join(move_name(label.value) for label in t.labels) or ""
        flag = ' <span class="flag">spoke over</span>' if t.barge_in else ""
        tip = f'<div class="tip">{escape(t.tip)}</div>' if t.tip else ""
        rows.append(
            f'<tr data-turn="{t.index}"><td class="num">{t.index + 1}</td>'
            f'<td class="num">{fmt_clock(t.start)}</td>'
            f"<td>{partner}<div>{escape(t.text)}</div>{tip}</td>"
            f'<td class="num" data-col="wpm">{fmt_wpm(t.pacing.wpm)}</td>'
            f'<td class="num" data-col="fillers">{t.pacing.fillers}</td>'
            f'<td class="num" data-col="gap">{fmt_seconds(t.response_gap)}{flag}</td>'
            f"<td>{escape(labels)}</td></tr>")
    return "\n".join(rows)


def _coach(session: StoredSession) -> str:
    parts = []
    if session.summary and session.summary.spoken_summary:
        parts.append("<h3>What the coach said at the end</h3><ul>")
        parts += [f"<li>{escape(line)}</li>" for line in session.summary.spoken_summary]
        parts.append("</ul>")
    tips = [t for t in session.turns if t.tip]
    if tips:
        parts.append('<h3>Tips during the session</h3><ul class="tips">')
        parts += [f'<li><span class="when">after turn {t.index + 1}</span> {escape(t.tip or "")}'
                  "</li>" for t in tips]
        parts.append("</ul>")
    if not parts:
        return ""
    return '<section><h2>Coaching</h2>' + "\n".join(parts) + "</section>"


def render_report(data: ReportData) -> str:
    s = data.session
    f = s.figures(data.norms)
    title = f"Session {s.id}"
    mode = s.record.mode.value
    scenario = f" · {escape(s.record.scenario)}" if s.record.scenario else ""
    source = f" · {escape(s.record.source)}" if s.record.source else ""
    unfinished = ('<p class="unfinished">This session did not end normally (the program stopped '
                  "part-way); every turn up to then was kept.</p>" if not s.finished else "")
    if s.turns:
        body = "\n".join([
            '<section><h2>Pace per turn</h2><p class="note">Words a minute in each turn. The '
            "green band is the coach's pace band, the one its tips use: green bars are in it, "
            "orange ones faster, blue ones slower.</p>", _pace_chart(s.turns, data.norms),
            "</section>",
            '<section><h2>Fillers per turn</h2><p class="note">How many “um”, “uh” and “you '
            "know” each turn had; hover for the rate per 100 words, given for turns of "
            f"{data.norms.min_words_for_rate} words or more.</p>",
            _filler_chart(s.turns, data.norms), "</section>",
            '<section><h2>Waiting and speaking over</h2><p class="note">How long you waited '
            "after the other person stopped before you answered; a red triangle marks a turn "
            "where you started while they were still speaking.</p>", _gap_chart(s),
            "</section>",
        ])
    else:
        body = '<p class="empty">No turns were recorded in this session.</p>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>voicecoach · {escape(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<p class="brand">voicecoach</p>
<h1>{escape(title)} <span class="mode">{escape(mode)}{scenario}</span></h1>
<p class="when">{escape(_local(s.record.started_at))}{source}</p>
{unfinished}
</header>
<main>
{_figures(f, s.duration_s, data.norms)}
{body}
<section><h2>Moves you made</h2>{_move_chart(data.moves)}</section>
{_coach(s)}
<section><h2>Progress over time</h2>{_trend(data)}</section>
<section><h2>Turn by turn</h2>
<table class="turns"><thead><tr><th class="num">#</th><th class="num">at</th>
<th>what you said</th><th class="num">wpm</th><th class="num">fillers</th>
<th class="num">wait</th><th>moves</th></tr></thead>
<tbody>
{_turn_rows(s.turns)}
</tbody></table></section>
</main>
<footer>Made by voicecoach on this computer. Nothing in this page came from, or goes to, the
internet.</footer>
</body>
</html>
"""


STYLE = """
:root { --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb; --good: #2f855a; --high: #c05621;
  --low: #2b6cb0; --warn: #c53030; --neutral: #52606d; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans",
  sans-serif; color: var(--ink); background: #f5f7fa; }
header, main, footer { max-width: 1040px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 28px; }
.brand { margin: 0; color: var(--good); font-weight: 700; letter-spacing: .04em; }
h1 { margin: 4px 0 0; font-size: 30px; }
h1 .mode { font-size: 18px; font-weight: 400; color: var(--muted); }
h2 { font-size: 20px; margin: 0 0 4px; }
h3 { font-size: 16px; margin: 16px 0 4px; }
.when, .note, footer { color: var(--muted); }
.note { margin: 0 0 8px; font-size: 14px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 10px;
  padding: 18px 20px; margin: 18px 0; }
.figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; background: none;
  border: none; padding: 0; }
.figure { background: #fff; border: 1px solid var(--line); border-radius: 10px;
  padding: 12px 14px; display: flex; flex-direction: column; }
.figure .value { font-size: 28px; font-weight: 700; }
.figure .name { font-size: 14px; }
.figure .hint { font-size: 12px; color: var(--muted); }
.unfinished { background: #fffbea; border: 1px solid #f0b429; border-radius: 8px;
  padding: 8px 12px; }
.empty { color: var(--muted); font-style: italic; }
svg.chart { display: block; height: auto; }
svg .grid { stroke: var(--line); }
svg .axis { stroke: #9aa5b1; }
svg text { font-size: 12px; fill: var(--muted); }
svg text.value { fill: var(--ink); font-size: 11px; }
svg text.label { fill: var(--ink); font-size: 13px; }
svg .band { fill: rgba(47, 133, 90, .12); }
svg text.band-label { fill: var(--good); }
svg .bar.good { fill: var(--good); } svg .bar.high { fill: var(--high); }
svg .bar.low { fill: var(--low); } svg .bar.neutral { fill: var(--neutral); }
svg .bar.warn { fill: var(--warn); } svg .barge-in { fill: var(--warn); }
svg .trend { fill: none; stroke: var(--low); stroke-width: 2; }
svg .point { fill: var(--low); } svg .point.current { fill: var(--high); }
table.turns { width: 100%; border-collapse: collapse; font-size: 14px; }
.turns th, .turns td { text-align: left; padding: 6px 8px; border-top: 1px solid var(--line);
  vertical-align: top; }
.turns .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.partner { color: var(--muted); font-style: italic; }
.tip { color: var(--good); }
.flag { color: var(--warn); font-size: 12px; }
ul.tips .when { color: var(--muted); font-size: 13px; margin-right: 6px; }
footer { font-size: 13px; padding-bottom: 28px; }
@media (max-width: 700px) { .figures { grid-template-columns: repeat(2, 1fr); } }
"""
