"""The hands-free warm-up: breathing, opener drills, follow-up drills, a short recap.

Driven by prompts/warmup.toml. Each drill waits for the user's answer; a voice command
(next, repeat, skip, slower, stop) works at any point, and a drill answer is never taken for
one (see voicecommands.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from voicecoach.errors import PackError
from voicecoach.live.conductor import EndReason, Reaction, Say
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.voice.sinks import LineKind

__all__ = [
    "FEEDBACK",
    "NO_ANSWER_S",
    "NO_DRILLS",
    "SLOWER",
    "DrillResult",
    "Stage",
    "WarmupConductor",
    "WarmupScript",
]

NO_ANSWER_S = 12.0  # silence after a drill's prompt before the guide helps
SLOWER = 1.25  # each "slower" stretches the breathing counts and pauses by this much
_QUESTIONS = {MoveLabel.OPEN_QUESTION, MoveLabel.CLOSED_QUESTION}
_NEGATIVE = {MoveLabel.COMPLAINT, MoveLabel.OFFENSIVE}


class Stage(enum.Enum):
    BREATHING = "breathing"
    OPENERS = "openers"
    FOLLOWUPS = "followups"
    RECAP = "recap"
    DONE = "done"


@dataclass(frozen=True)
class WarmupScript:
    breathing_intro: str
    rounds: int
    count_s: float
    steps: tuple[str, ...]
    breathing_outro: str
    openers_intro: str
    situations: tuple[str, ...]
    followups_intro: str
    followups: tuple[str, ...]
    recap_intro: str
    recap_outro: str

    @classmethod
    def load(cls, path: Path | None = None) -> WarmupScript:
        path = path or prompts_dir() / "warmup.toml"
        data = load_toml(path)
        try:
            b, o, f, r = data["breathing"], data["openers"], data["followups"], data["recap"]
            return cls(str(b["intro"]), int(b["rounds"]), float(b["count_s"]),
                       tuple(b["steps"]), str(b["outro"]), str(o["intro"]),
                       tuple(o["situations"]), str(f["intro"]), tuple(f["lines"]),
                       str(r["intro"]), str(r["outro"]))
        except KeyError as error:
            raise PackError(f"{path}: missing {error.args[0]!r}; see prompts/README.md") from None

    def all_lines(self) -> list[str]:
        counts = [str(n) for n in range(2, int(self.count_s) + 1)]
        return [self.breathing_intro, *self.steps, *counts, self.breathing_outro,
                self.openers_intro, *self.situations, self.followups_intro, *self.followups,
                self.recap_intro, self.recap_outro, *FEEDBACK.values()]


NO_DRILLS = "No drills this time. Run the warm-up again to practise openers."

FEEDBACK = {
    "opener_good": "Lovely: you introduced yourself and asked a question.",
    "opener_no_intro": "Good question. Next time, say your name first.",
    "opener_no_question": "Nice start. Now add a simple question.",
    "opener_neither": "Say hello and your name, then ask them something simple.",
    "negative": "Keep it light and positive for a first hello.",
    "avoid": "Best to steer clear of that topic with someone new.",
    "followup_good": "Great follow-up: that invites them to tell you more.",
    "followup_closed": "Good. An open question, like how was it, invites more.",
    "followup_none": "Try asking about it, like: how was it?",
    "no_answer": "Take your time. Here it is again.",
    "moving_on": "Let's move on.",
}


@dataclass
class DrillResult:
    stage: Stage
    prompt: str
    answer: str
    good: bool


@dataclass
class WarmupConductor:
    script: WarmupScript
    stage: Stage = Stage.BREATHING
    item: int = 0  # breathing round, or drill number within the stage
    pace: float = 1.0
    results: list[DrillResult] = field(default_factory=list)
    _waiting_since: float | None = None  # a drill's prompt is out, no answer yet
    _asked_again: bool = False
    _stage_started: bool = False
    _before_answer: tuple[int, WarmupConductor] | None = None  # for `take_back`

    @property
    def finished(self) -> bool:
        return self.stage is Stage.DONE

    def lines_to_prepare(self) -> dict[LineKind, list[str]]:
        """The guide's prompts are replies (lines the user answers), its feedback tips; the
        warm-up has no partner, so both are spoken in the coach's voice
        (`commands/warmup.py`)."""
        tips = [self.script.recap_intro, self.script.recap_outro, NO_DRILLS,
                *FEEDBACK.values()]
        return {LineKind.REPLY: [line for line in self.script.all_lines() if line not in tips],
                LineKind.TIP: tips}

    def opening(self) -> list[Say]:
        self._stage_started = True
        return [Say(self.script.breathing_intro), *self._breathing_round()]

    # -------------------------------------------------------------- the routine

    def _breathing_round(self) -> list[Say]:
        hold = self.script.count_s * self.pace
        lines: list[Say] = []
        for step in self.script.steps:
            lines.append(Say(step, hold_s=hold / self.script.count_s))
            lines.extend(Say(str(n), hold_s=hold / self.script.count_s)
                         for n in range(2, int(self.script.count_s) + 1))
        return lines

    def _current_prompt(self) -> str | None:
        if self.stage is Stage.OPENERS:
            return self.script.situations[self.item]
        if self.stage is Stage.FOLLOWUPS:
            return self.script.followups[self.item]
        return None

    def _advance(self) -> list[Say]:
        """Move to the next item (or stage) and return what to say for it."""
        self._waiting_since = None
        self._asked_again = False
        self.item += 1
        if self.stage is Stage.BREATHING and self.item >= self.script.rounds:
            return [Say(self.script.breathing_outro), *self._next_stage()]
        if self.stage is Stage.BREATHING:
            return self._breathing_round()
        if self.stage is Stage.OPENERS and self.item >= len(self.script.situations):
            return self._next_stage()
        if self.stage is Stage.FOLLOWUPS and self.item >= len(self.script.followups):
            return self._next_stage()
        return self._ask()

    def _next_stage(self) -> list[Say]:
        order = [Stage.BREATHING, Stage.OPENERS, Stage.FOLLOWUPS, Stage.RECAP, Stage.DONE]
        self.stage = order[order.index(self.stage) + 1]
        self.item = 0
        self._waiting_since = None
        if self.stage is Stage.OPENERS:
            return [Say(self.script.openers_intro, pause_before_s=0.5), *self._ask()]
        if self.stage is Stage.FOLLOWUPS:
            return [Say(self.script.followups_intro, pause_before_s=0.5), *self._ask()]
        return self._recap()

    def _ask(self) -> list[Say]:
        prompt = self._current_prompt()
        self._waiting_since = -1.0  # set to the prompt's end when the silence starts
        return [Say(prompt, pause_before_s=0.4)] if prompt else []

    def _recap(self) -> list[Say]:
        self.stage = Stage.DONE
        drills = len(self.results)
        good = sum(r.good for r in self.results)
        if not drills:  # nothing was practised: no "you're ready" for a skipped warm-up
            return [Say(self.script.recap_intro, LineKind.TIP, pause_before_s=0.5),
                    Say(NO_DRILLS, LineKind.TIP)]
        summary = f"You answered {drills} drills, and {good} of them hit the mark."
        return [Say(self.script.recap_intro, LineKind.TIP, pause_before_s=0.5),
                Say(summary, LineKind.TIP), Say(self.script.recap_outro, LineKind.TIP)]

    # -------------------------------------------------------------- reacting

    def on_command(self, command: VoiceCommand) -> Reaction:
        if command is VoiceCommand.STOP:
            self.stage = Stage.RECAP
            return Reaction(lines=self._recap(), end=True)
        if command is VoiceCommand.SLOWER:
            self.pace *= SLOWER
            return Reaction(lines=[Say("Okay, slower.", LineKind.TIP)])
        if command is VoiceCommand.REPEAT:
            prompt = self._current_prompt()
            again = self._breathing_round() if self.stage is Stage.BREATHING else (
                [Say(prompt)] if prompt else [])
            return Reaction(lines=again)
        if command is VoiceCommand.SKIP:
            self.item = 10**6  # past the end of this stage
            return Reaction(lines=self._advance(), end=self.finished)
        return Reaction(lines=self._advance(), end=self.finished)  # next

    def on_turn(self, turn: Turn) -> Reaction:
        self._before_answer = (turn.index, replace(self, results=list(self.results),
                                                   _before_answer=None))
        prompt = self._current_prompt()
        if prompt is None:
            return Reaction()  # talking during the breathing: carry on
        key, good = self._judge(turn)
        self.results.append(DrillResult(self.stage, prompt, turn.text, good))
        lines = [Say(FEEDBACK[key], LineKind.TIP), *self._advance()]
        return Reaction(lines=lines, end=self.finished)

    def take_back(self, turn: Turn) -> None:
        # The user went on over the feedback: the drill is judged on the whole answer.
        if self._before_answer is not None and self._before_answer[0] == turn.index:
            before = self._before_answer[1]
            for state in fields(self):
                setattr(self, state.name, getattr(before, state.name))
        self._before_answer = None

    def _judge(self, turn: Turn) -> tuple[str, bool]:
        labels = set(turn.labels)
        if any(label.is_avoid_topic for label in labels - _NEGATIVE):
            return "avoid", False
        if labels & _NEGATIVE:
            return "negative", False
        if self.stage is Stage.OPENERS:
            intro = MoveLabel.GREETING_INTRO in labels
            question = bool(labels & _QUESTIONS)
            key = ("opener_good" if intro and question else "opener_no_intro" if question
                   else "opener_no_question" if intro else "opener_neither")
            return key, key == "opener_good"
        if labels & {MoveLabel.OPEN_QUESTION, MoveLabel.ENCOURAGER}:
            return "followup_good", True
        if MoveLabel.CLOSED_QUESTION in labels:
            return "followup_closed", True
        return "followup_none", False

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        if self.stage is Stage.BREATHING:
            if now >= quiet_since + 0.3:  # this round's counts have all been said
                return Reaction(lines=self._advance())
            return None
        if self.stage is Stage.DONE:
            return Reaction(end=True) if now >= quiet_since + 0.5 else None
        if self._waiting_since is None or now - quiet_since < NO_ANSWER_S:
            return None
        if not self._asked_again:
            self._asked_again = True
            prompt = self._current_prompt() or ""
            return Reaction(lines=[Say(FEEDBACK["no_answer"], LineKind.TIP), Say(prompt)])
        return Reaction(lines=[Say(FEEDBACK["moving_on"], LineKind.TIP), *self._advance()],
                        end=self.finished)

    def closing(self, reason: EndReason) -> list[Say]:
        if self.stage is Stage.DONE or reason is EndReason.MICROPHONE_LOST:
            return []
        return self._recap()
