"""Role-play practice: the coach plays the other person and coaches between turns."""

from __future__ import annotations

from voicecoach.coaching.coach import Coach, Summary
from voicecoach.coaching.partner import Partner, UserLine
from voicecoach.coaching.persona import Scenario
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
    """`nudges`: whether silence brings the partner's nudge and the coach's hint (off for a
    replayed recording, which cannot answer them)."""

    def __init__(self, scenario: Scenario, partner: Partner, coach: Coach,
                 nudges: bool = True) -> None:
        self.scenario = scenario
        self.partner = partner
        self.coach = coach
        self.nudges = nudges
        self.summary: Summary | None = None
        self.replies: dict[int, str] = {}  # turn index -> the partner's reply to it
        self.tips: dict[int, str] = {}  # turn index -> the coach's tip after it

    def lines_to_prepare(self) -> list[str]:
        general = [self.scenario.scene, self.scenario.closing, *self.scenario.silence.nudges,
                   *self.scenario.silence.hints]
        opening = [self.scenario.opening] if self.scenario.opening else []
        return (general + opening + self.partner.lines_to_prepare()
                + list(self.coach.wording.spoken_lines()))

    def opening(self) -> list[Say]:
        lines = [Say(self.scenario.scene, LineKind.TIP)]
        if self.scenario.opening:
            lines.append(Say(self.scenario.opening, pause_before_s=0.4))
        return lines

    def on_turn(self, turn: HeardTurn) -> Reaction:
        if turn.command is VoiceCommand.STOP:
            return Reaction(end=True)
        reply = self.partner.reply(UserLine(turn.text, tuple(turn.labels)))
        self.replies[turn.index] = reply.text
        # One line per part: the fixed parts were synthesised before the session began.
        return Reaction(lines=[Say(part) for part in reply.parts], later=self._tip)

    def _tip(self, turn: HeardTurn) -> list[Say]:
        tip = self.coach.after_turn(turn_facts(turn))
        if tip is None:
            return []
        self.tips[turn.index] = tip.text
        return [Say(tip.text, LineKind.TIP)]

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        if not self.nudges:
            return None  # the partner waits for the user
        step = self.partner.on_silence(now - quiet_since)
        if step is None:
            return None
        return Reaction(lines=[Say(step.text, LineKind.TIP if step.is_hint else LineKind.REPLY)])

    def closing(self, reason: EndReason) -> list[Say]:
        self.summary = self.coach.summary()
        lines = [] if reason is EndReason.MICROPHONE_LOST else [Say(self.scenario.closing)]
        return lines + [Say(point, LineKind.TIP, pause_before_s=0.6)
                        for point in self.summary.spoken]
