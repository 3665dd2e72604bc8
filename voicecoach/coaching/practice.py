"""Role-play practice: the coach plays the other person and coaches between turns."""

from __future__ import annotations

from voicecoach.coaching.coach import Coach, Summary
from voicecoach.coaching.scenario import Partner, Scenario
from voicecoach.live.loop import EndReason, HeardTurn, Reaction, Say
from voicecoach.understanding.figures import TurnFacts
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.voice.mouth import LineKind


def turn_facts(turn: HeardTurn) -> TurnFacts:
    p = turn.pacing
    return TurnFacts(
        index=turn.index, start=turn.start, end=turn.end, word_count=p.words, wpm=p.wpm,
        articulation_wpm=p.articulation_wpm, pauses=p.pauses, fillers=p.fillers,
        fillers_per_100_words=p.fillers_per_100_words,
        labels=tuple(label.value for label in turn.labels), partner_end=turn.partner_end,
        partner_speaking_s=turn.partner_speaking_s, barge_in=turn.barge_in)


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

    def on_turn(self, turn: HeardTurn) -> Reaction:
        if turn.command is VoiceCommand.STOP:
            return Reaction(end=True)
        _, line = self.partner.reply_to(turn.labels)
        return Reaction(lines=[Say(line)], later=self._tip)

    def _tip(self, turn: HeardTurn) -> list[Say]:
        tip = self.coach.after_turn(turn_facts(turn))
        return [] if tip is None else [Say(tip.text, LineKind.TIP)]

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        return None  # the partner waits for the user

    def closing(self, reason: EndReason) -> list[Say]:
        self.summary = self.coach.summary()
        lines = [] if reason is EndReason.MICROPHONE_LOST else [Say(self.scenario.closing)]
        return lines + [Say(point, LineKind.TIP, pause_before_s=0.6)
                        for point in self.summary.spoken]
