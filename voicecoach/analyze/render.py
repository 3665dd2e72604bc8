"""How an analysis is shown: the JSON contract and the readable summary."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voicecoach.analyze.analysis import Analysis
from voicecoach.analyze.feedback import RecordingFeedback, RecordingKind, TurnTaking
from voicecoach.coaching.figures import fillers_text
from voicecoach.coaching.norms import Norms
from voicecoach.terminal import plural
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.turn import Turn

__all__ = [
    "MIN_SPEECH_FOR_PACE_S",
    "analysis_json",
    "pacing_json",
    "questions_line",
    "render_coach",
    "render_summary",
    "turn_json",
    "turn_length_line",
]

# Below this much speech a words-per-minute figure says nothing useful to a person.
MIN_SPEECH_FOR_PACE_S = 1.0


def _r(value: float, digits: int = 2) -> float:
    return round(float(value), digits)


def pacing_json(p: Pacing) -> dict[str, Any]:
    return {
        "wpm": _r(p.wpm, 1),
        "articulation_wpm": _r(p.articulation_wpm, 1),
        "pauses": p.pauses,
        "pause_durations": [_r(d, 3) for d in p.pause_durations],
        "fillers": p.fillers,
        "fillers_per_100_words": _r(p.fillers_per_100_words, 2),
        "words": p.words,
        "speaking_s": _r(p.speaking_s, 3),
    }


def turn_json(t: Turn) -> dict[str, Any]:
    return {
        "start": _r(t.start, 3),
        "end": _r(t.end, 3),
        "last_voice": None if t.last_voice is None else _r(t.last_voice, 3),
        "text": t.text,
        "wpm": _r(t.pacing.wpm, 1),
        "articulation_wpm": _r(t.pacing.articulation_wpm, 1),
        "pauses": t.pacing.pauses,
        "fillers": t.pacing.fillers,
        "words": t.pacing.words,
    }


def analysis_json(a: Analysis, feedback: RecordingFeedback | None = None) -> dict[str, Any]:
    """The `analyze --json` contract (README, "analyze --json"); more keys may be added.

    With `feedback`, each turn gains `labels`, and `turn_taking`, `feedback` (every line the
    coach chose: the live tips, then the spoken summary) and `coach` (the same, structured)
    are added.
    """
    turns = [turn_json(t) for t in a.turns]
    coaching: dict[str, Any] = {}
    if feedback is not None:
        for turn, facts in zip(turns, feedback.facts, strict=True):
            turn["labels"] = [label.value for label in facts.labels]
        coaching = {
            "kind": feedback.kind.value,
            "turn_taking": feedback.turn_taking.as_dict(),
            "feedback": list(feedback.coach.lines),
            "coach": feedback.coach.as_dict(),
        }
    level: dict[str, Any] = {}
    if a.level is not None:
        level = {"input_level_dbfs": _r(a.level.level_dbfs, 1),
                 "input_too_quiet": a.level.too_quiet,
                 "input_warning": a.level.warning()}
    return {
        "source": a.source,
        "duration_s": _r(a.duration_s, 3),
        **level,
        "transcript": a.transcript,
        "words": [
            {"text": w.text, "start": _r(w.start, 3), "end": _r(w.end, 3), "filler": w.filler}
            for w in a.words
        ],
        "turns": turns,
        "pacing": pacing_json(a.pacing),
        **coaching,
        **a.extras,
    }


def _pace(p: Pacing, norms: Norms) -> str:
    """The pace, in orange outside the band the coach's tips use; none for a short turn."""
    if p.speaking_s < MIN_SPEECH_FOR_PACE_S:
        return "–"
    return f"{p.wpm:.0f}" if norms.pace_ok(p.wpm) else f"[orange3]{p.wpm:.0f}[/orange3]"


def render_summary(a: Analysis, out: Console, norms: Norms,
                   feedback: RecordingFeedback | None = None) -> None:
    p = a.pacing
    level = "" if a.level is None else f", input level {a.level.level_dbfs:.0f} dBFS"
    out.print(f"[bold]{escape(a.source)}[/bold]  {a.duration_s:.1f} s, {len(a.turns)} "
              f"turn{'s' if len(a.turns) != 1 else ''}{level}")
    warning = None if a.level is None else a.level.warning()
    if warning is not None:
        out.print(f"[bold yellow]Note:[/bold yellow] {warning[0].upper()}{warning[1:]}.")
    if not a.turns:
        out.print("No speech heard. Check the recording, or speak closer to the microphone.")
        return
    out.print()
    pauses = ", ".join(f"{d:.1f} s" for d in p.pause_durations[:8])
    more = f", … ({p.pauses - 8} more)" if p.pauses > 8 else ""
    out.print(f"  pace      [bold]{_pace(p, norms)}[/bold] words a minute "
              f"({p.articulation_wpm:.0f} with pauses taken out); the coach's band is "
              f"{norms.pace_band}")
    out.print(f"  pauses    {p.pauses}" + (f"  ({pauses}{more})" if p.pauses else ""))
    rate = (fillers_text(p.fillers, p.words, norms) if p.words < norms.min_words_for_rate
            else f"{p.fillers_per_100_words:.1f} per 100 words")
    out.print(f"  fillers   {p.fillers}  ({rate})")
    out.print()
    table = Table(box=None, pad_edge=False, show_edge=False)
    for column, justify in (("turn", "right"), ("time", "left"), ("words", "right"),
                            ("wpm", "right"), ("fillers", "right"), ("what was said", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for t in a.turns:
        text = " ".join(f"[italic]{w.text}[/italic]" if w.filler else w.text for w in t.words)
        table.add_row(str(t.index + 1), f"{t.start:5.1f}–{t.end:.1f} s", str(t.pacing.words),
                      _pace(t.pacing, norms), str(t.pacing.fillers), text)
    out.print(table)
    if feedback is not None:
        render_coach(feedback, out)


def turn_length_line(tt: TurnTaking) -> str:
    if tt.seconds is None or tt.words is None:
        return "no turns"
    line = (f"{tt.seconds.mean:.1f} s and {tt.words.mean:.0f} words on average "
            f"(longest {tt.seconds.longest:.1f} s, most words {tt.words.longest:.0f}); ")
    if not tt.monologues:
        return line + f"none over {tt.monologue_s:g} s or {tt.monologue_words} words"
    which = ", ".join(str(i + 1) for i in tt.monologues)
    return line + (f"{plural(len(tt.monologues), 'turn')} over {tt.monologue_s:g} s or "
                   f"{tt.monologue_words} words ({which})")


def questions_line(tt: TurnTaking) -> str:
    q = tt.questions
    return (f"in {q.turns_with_question} of {plural(len(tt.turns), 'turn')} "
            f"({q.open} open, {q.closed} closed)")


def render_coach(feedback: RecordingFeedback, out: Console) -> None:
    """The "Coach" section: the summary the coach speaks, the figures, the tips it chose."""
    summary = feedback.coach.summary
    if summary is None:
        return
    tt = feedback.turn_taking
    out.print()
    talk = feedback.kind is RecordingKind.TALK
    out.print("[bold]Coach[/bold]" + (" (a talk: pace, pauses and fillers)" if talk
                                      else " (a conversation)"))
    # Lines come from packs and wording files: print them as text, not as markup.
    out.print(f"  went well   {escape(summary.strength.say)}")
    for point in summary.work_on:
        out.print(f"  work on     {escape(point.say)} {escape(point.detail)}")
    if not talk:
        out.print(f"  turns       {turn_length_line(tt)}")
        out.print(f"  questions   {questions_line(tt)}")
    moves = summary.figures.moves
    if moves:
        out.print("  moves       " + ", ".join(f"{label} {count}" for label, count in moves))
    for tip in feedback.coach.tips:
        out.print(f"  tip         after turn {tip.index + 1}: {escape(tip.tip.text)}")
