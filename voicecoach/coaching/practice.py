"""Role-play practice: the coach plays the other person and coaches between turns."""

from __future__ import annotations

from voicecoach.coaching.coach import Coach
from voicecoach.coaching.scenario import Partner, Scenario
from voicecoach.coaching.summary import Summary
from voicecoach.live.conductor import EndReason, Reaction, Say
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.voice.sinks import LineKind


class PracticeConductor:
    def __init__(self, scenario: Scenario, partner: Partner, coach: Coach) -> None:
        self.scenario = scenario
        self.partner = partner
        self.coach = coach
        self.summary: Summary | None = None

    def lines_to_prepare(self) -> list[str]:
        return self.scenario.all_lines() + list(self.coach.wording.spoken_lines())

    def opening(self) -> list[Say]:
        lines = [Say(self.scenario.scene, LineKind.TIP)]
        if self.scenario.opening:
            lines.append(Say(self.scenario.opening, pause_before_s=0.4))
        return lines

    def on_turn(self, turn: Turn) -> Reaction:
        _, line = self.partner.reply_to(turn.labels)
        return Reaction(lines=[Say(line)], later=self._tip)

    def on_command(self, command: VoiceCommand) -> Reaction:
        # In a role-play only "stop" means something; the rest are not the other person's
        # business, and are not turns either.
        return Reaction(end=command is VoiceCommand.STOP)

    def _tip(self, turn: Turn) -> list[Say]:
        tip = self.coach.after_turn(turn)
        return [] if tip is None else [Say(tip.text, LineKind.TIP)]

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        return None  # the partner waits for the user

    def closing(self, reason: EndReason) -> list[Say]:
        self.summary = self.coach.summary()
        lines = [] if reason is EndReason.MICROPHONE_LOST else [Say(self.scenario.closing)]
        return lines + [Say(point, LineKind.TIP, pause_before_s=0.6)
                        for point in self.summary.spoken]
