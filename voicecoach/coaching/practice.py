"""Role-play practice: the coach plays the other person and coaches between turns."""

from __future__ import annotations

from voicecoach.coaching.coach import Coach
from voicecoach.coaching.partner import Partner, PartnerState, UserLine
from voicecoach.coaching.persona import Scenario
from voicecoach.coaching.summary import Summary
from voicecoach.live.conductor import EndReason, Reaction, Say
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.voice.sinks import LineKind

__all__ = ["PracticeConductor"]


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
        self._before_reply: tuple[int, PartnerState] | None = None  # for `take_back`

    def lines_to_prepare(self) -> dict[LineKind, list[str]]:
        """The fixed lines, by who says them: replies are the partner's, tips the coach's."""
        opening = [self.scenario.opening] if self.scenario.opening else []
        scenario = self.scenario
        parting = [line for line in (scenario.closing, scenario.closing_after_card) if line]
        return {
            LineKind.REPLY: [*parting, *self.scenario.silence.nudges, *opening,
                             *self.partner.lines_to_prepare()],
            LineKind.TIP: [self.scenario.scene, *self.scenario.silence.hints,
                           *self.coach.wording.spoken_lines()],
        }

    def opening(self) -> list[Say]:
        lines = [Say(self.scenario.scene, LineKind.TIP)]
        if self.scenario.opening:
            lines.append(Say(self.scenario.opening, pause_before_s=0.4))
        return lines

    def on_turn(self, turn: Turn) -> Reaction:
        self._before_reply = (turn.index, self.partner.checkpoint())
        reply = self.partner.reply(UserLine(turn.text, tuple(turn.labels)))
        self.replies[turn.index] = reply.text
        # One line per part: the fixed parts were synthesised before the session began.
        return Reaction(lines=[Say(part) for part in reply.parts], later=self._tip,
                        slower=reply.slower)

    def likely_lines(self) -> list[Say]:
        """Replies with the user's words that may come later (see `Partner.likely_lines`)."""
        return [Say(text) for text in self.partner.likely_lines()]

    def take_back(self, turn: Turn) -> None:
        # The user went on over the reply: the partner has not told that story step or asked
        # that question, and answers the whole turn next.
        if self._before_reply is not None and self._before_reply[0] == turn.index:
            self.partner.rewind(self._before_reply[1])
            self.replies.pop(turn.index, None)
        self._before_reply = None

    def on_command(self, command: VoiceCommand) -> Reaction:
        # In a role-play only "stop" means something; the rest are not the other person's
        # business, and are not turns either.
        return Reaction(end=command is VoiceCommand.STOP)

    def _tip(self, turn: Turn) -> list[Say]:
        tip = self.coach.after_turn(turn)
        return [] if tip is None else [Say(tip.text, LineKind.TIP)]

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        if not self.nudges:
            return None  # the partner waits for the user
        step = self.partner.on_silence(now - quiet_since)
        if step is None:
            return None
        return Reaction(lines=[Say(step.text, LineKind.TIP if step.is_hint else LineKind.REPLY)])

    def closing(self, reason: EndReason) -> list[Say]:
        self.summary = self.coach.summary()
        # No parting line when the microphone is gone, or when the partner has just said
        # goodbye in answer to the user's (a second goodbye sounds like a machine).
        parting = reason is not EndReason.MICROPHONE_LOST and not self.partner.said_goodbye
        before = self.partner.leaving_words() if parting else None
        lines = [Say(text) for text in (before, self.partner.parting_line() if parting else None)
                 if text]
        return lines + [Say(point, LineKind.TIP, pause_before_s=0.6)
                        for point in self.summary.spoken]
