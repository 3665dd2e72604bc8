"""What the user sees during a live session: a rich status view, or plain lines (--quiet)."""

from __future__ import annotations

import math
import sys
from typing import TextIO

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from voicecoach.hearing.echo import EchoMode
from voicecoach.hearing.level import SILENT_DBFS, LevelMeter
from voicecoach.hearing.vad import VadState
from voicecoach.understanding.turn import Turn
from voicecoach.voice.sinks import LineKind, PlacedLine

__all__ = ["ECHO_WORDS", "PlainView", "RichView"]


def _meter_level(meter: LevelMeter, rms: float, state: VadState) -> str | None:
    """Feed one chunk's RMS to the meter; the input-level warning, if there is one now."""
    db = 20.0 * math.log10(rms) if rms > 0 else SILENT_DBFS
    meter.add_level(max(SILENT_DBFS, db), state is VadState.SPEAKING)
    return meter.warning()


# What the microphone does while the coach speaks on speakers.
ECHO_WORDS = {EchoMode.CANCEL: "echo cancelled: talk over the coach any time",
              EchoMode.GATE: "echo gate until the canceller has learnt the speakers: the "
                             "microphone is closed while the coach speaks"}

_STATE_WORDS = {VadState.QUIET: "listening", VadState.STARTING: "hearing you",
                VadState.SPEAKING: "hearing you", VadState.STOPPING: "thinking"}


class PlainView:
    """One line per thing that happens; fine for pipes, logs and screen readers."""

    def __init__(self, stream: TextIO | None = None, partner: str = "partner",
                 microphone: bool = True) -> None:
        self.stream = stream or sys.stdout
        self.partner = partner
        # A file's digital silence is not a muted microphone.
        self.meter = LevelMeter(watch_for_muted=microphone)
        self.warned: str | None = None
        self._last_turn_start: float | None = None

    def turn(self, turn: Turn) -> None:
        labels = ", ".join(label.value for label in turn.labels) or "no move"
        pace = f"{turn.pacing.wpm:.0f} wpm" if turn.pacing.speaking_s >= 1.0 else "short"
        # A turn the user went on with after the partner began comes again, whole; a printed
        # line cannot be taken back, so this one says that it replaces the one before.
        who = "you went on" if turn.start == self._last_turn_start else "you"
        self._last_turn_start = turn.start
        print(f"{who} ({turn.start:.1f}s): {turn.text}  [{labels}; {pace}]",
              file=self.stream, flush=True)

    def line(self, line: PlacedLine) -> None:
        who = self.partner if line.kind is LineKind.REPLY else "coach"
        print(f"{who} ({line.start:.1f}s): {line.text}", file=self.stream, flush=True)

    def level(self, t: float, level: float, state: VadState) -> None:
        warning = _meter_level(self.meter, level, state)
        if warning is not None and self.warned is None:
            print(f"note ({t:.1f}s): {warning}", file=self.stream, flush=True)
        self.warned = warning

    def echo(self, t: float, mode: EchoMode) -> None:
        print(f"note ({t:.1f}s): {ECHO_WORDS[mode]}", file=self.stream, flush=True)

    def close(self) -> None:
        pass


class RichView:
    """A live panel on the terminal: state, input level, last transcript, pace and tip."""

    def __init__(self, console: Console, partner: str, microphone: bool = True) -> None:
        self.console = console
        self.partner = partner
        self.state = "listening"
        self.level_value = 0.0
        self.last_turn: Turn | None = None
        self.last_tip = ""
        self.last_reply = ""
        self.speaking_until = 0.0
        self.meter = LevelMeter(watch_for_muted=microphone)
        self.warning: str | None = None
        self.echo_mode: EchoMode | None = None
        self._live = Live(self._render(), console=console, refresh_per_second=8,
                          transient=False)
        self._live.start()

    def _render(self) -> Group:
        bar = "█" * min(30, int(self.level_value * 300))
        header = Text.assemble((f" {self.state:<12}", "bold cyan"), (f" {bar:<30}", "green"))
        parts = [header]
        if self.warning:
            parts.append(Text.assemble((" note: ", "bold red"), self.warning))
        if self.echo_mode is not None:
            parts.append(Text(f" {ECHO_WORDS[self.echo_mode]}", style="dim"))
        if self.last_reply:
            parts.append(Text.assemble((f" {self.partner}: ", "bold magenta"), self.last_reply))
        if self.last_turn is not None:
            turn = self.last_turn
            labels = ", ".join(label.value for label in turn.labels) or "no move"
            parts.append(Text.assemble((" you: ", "bold"), turn.text))
            parts.append(Text(f"      {labels} · {turn.pacing.wpm:.0f} wpm", style="dim"))
        if self.last_tip:
            parts.append(Text.assemble((" coach: ", "bold yellow"), self.last_tip))
        return Group(*parts)

    def turn(self, turn: Turn) -> None:
        self.last_turn = turn
        self._live.update(self._render())

    def line(self, line: PlacedLine) -> None:
        if line.kind is LineKind.REPLY:
            self.last_reply = line.text
        else:
            self.last_tip = line.text
        self.speaking_until = line.end
        self.state = "speaking"
        self._live.update(self._render())

    def level(self, t: float, level: float, state: VadState) -> None:
        self.warning = _meter_level(self.meter, level, state)
        self.level_value = level
        self.state = "speaking" if t < self.speaking_until else _STATE_WORDS[state]
        self._live.update(self._render())

    def echo(self, t: float, mode: EchoMode) -> None:
        self.echo_mode = mode
        self._live.update(self._render())

    def close(self) -> None:
        self._live.stop()
