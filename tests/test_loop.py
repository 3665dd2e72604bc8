"""The live loop's logic on a fake clock: no model, no device, no real sleep.

Audio is tones; a tone's pitch stands for a phrase (`voicecoach.testing.FakeTranscriber`).
"""

from __future__ import annotations

import itertools
import threading
from dataclasses import dataclass, field

import numpy as np
import pytest

from voicecoach.clock import FakeClock
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.partner import Partner
from voicecoach.coaching.persona import load_scenario
from voicecoach.coaching.practice import PracticeConductor
from voicecoach.coaching.warmup import NO_ANSWER_S, NO_DRILLS, WarmupConductor, WarmupScript
from voicecoach.hearing.worker import AsrWorker
from voicecoach.live.conductor import EndReason, LoopConfig, Reaction, Say
from voicecoach.testing import FakeTranscriber, RecordingSink, join, run_loop, silence, tone
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import VoiceCommand
from voicecoach.understanding.words import Word
from voicecoach.voice.sinks import LineKind

HI, HOST, STOP, MORE = 300.0, 450.0, 600.0, 750.0
PHRASES = {HI: "hi i'm sam nice to meet you", HOST: "so how do you know the host",
           STOP: "stop", MORE: "and what do you do"}


@dataclass
class Scripted:
    """A conductor that opens, answers each turn with one line and a tip, and stops."""

    opening_lines: list[str] = field(default_factory=lambda: ["hello there"])
    tip: str | None = "nice question"
    turns: list[Turn] = field(default_factory=list)
    commands: list[VoiceCommand] = field(default_factory=list)
    taken_back: list[str] = field(default_factory=list)

    def opening(self) -> list[Say]:
        return [Say(text) for text in self.opening_lines]

    def take_back(self, turn: Turn) -> None:
        self.taken_back.append(turn.text)
        self.turns.remove(turn)

    def on_turn(self, turn: Turn) -> Reaction:
        self.turns.append(turn)
        later = (lambda t: [Say(self.tip, LineKind.TIP)]) if self.tip else None
        return Reaction(lines=[Say(f"reply {len(self.turns)}")], later=later)

    def on_command(self, command: VoiceCommand) -> Reaction:
        self.commands.append(command)
        return Reaction(end=command is VoiceCommand.STOP)

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        return None

    def closing(self, reason: EndReason) -> list[Say]:
        return [Say("bye", LineKind.TIP)]


def two_turns() -> np.ndarray:
    return join(silence(2.0), tone(1.5, HI), silence(3.0), tone(1.5, HOST), silence(3.0))


def test_a_replay_gives_the_same_event_log_byte_for_byte() -> None:
    first = run_loop(Scripted(), two_turns(), PHRASES, compute_s=0.2)
    second = run_loop(Scripted(), two_turns(), PHRASES, compute_s=0.2)
    assert first.log == second.log
    assert [e["text"] for e in first.of_type("transcript")] == [PHRASES[HI], PHRASES[HOST]]
    assert first.events[-1] == {"t": first.events[-1]["t"], "type": "session_end",
                                "reason": "end_of_input"}


def test_the_reply_waits_for_the_end_of_speech_and_the_transcription() -> None:
    run = run_loop(Scripted(), two_turns(), PHRASES, compute_s=0.2)
    end = run.of_type("speech_end")[0]
    reply = next(e for e in run.of_type("reply_start") if e["text"] == "reply 1")
    # The speculative transcription started `speculate_after_s` into the silence and took
    # 200 ms; the words read as a finished turn, so the partner answered as soon as they were
    # there, without waiting out the old 600 ms silence.
    assert reply["t"] == end["t"]
    assert end["reason"] == "complete"
    assert LoopConfig().speculate_after_s + 0.2 <= end["silence_s"] < 0.6


def test_the_tip_comes_a_short_gap_after_the_reply() -> None:
    run = run_loop(Scripted(), two_turns(), PHRASES)
    reply_end = run.of_type("reply_end")[1]  # [0] is the opening line
    tip = run.of_type("tip_start")[0]
    assert tip["text"] == "nice question"
    assert tip["t"] - reply_end["t"] == pytest.approx(LoopConfig().tip_gap_s, abs=1e-6)
    assert [t.tip for t in run.outcome.turns] == ["nice question", "nice question"]


def test_speaking_over_the_partner_is_a_barge_in_that_cuts_the_line() -> None:
    conductor = Scripted(opening_lines=["a long opening line that goes on and on and on"])
    audio = join(silence(1.0), tone(1.5, HI), silence(3.0))  # the line runs to 4.4 s
    run = run_loop(conductor, audio, PHRASES)
    assert run.of_type("barge_in")
    assert run.sink.cuts and run.outcome.lines[0].interrupted
    assert run.outcome.turns[0].barge_in


def test_with_the_echo_gate_the_coachs_own_voice_is_not_the_user() -> None:
    conductor = Scripted(opening_lines=["a long opening line that goes on and on and on"])
    audio = join(silence(1.0), tone(1.5, HI), silence(3.0), tone(1.5, HOST), silence(3.0))
    run = run_loop(conductor, audio, PHRASES, config=LoopConfig(echo_gate=True))
    assert not run.of_type("barge_in")
    assert not run.sink.cuts
    # What was heard while the line played was ignored; the turn after it was heard.
    assert [e["text"] for e in run.of_type("transcript")] == [PHRASES[HOST]]


def test_going_on_after_a_short_pause_keeps_one_turn() -> None:
    audio = join(silence(1.0), tone(1.2, HI), silence(0.7), tone(1.2, MORE), silence(3.0))
    conductor = Scripted()
    run = run_loop(conductor, audio, PHRASES)
    assert [t.text for t in run.outcome.turns] == [f"{PHRASES[HI]} {PHRASES[MORE]}"]
    # The reply to the first half was never heard: the conductor took it back, and answered
    # the joined turn as its first.
    assert conductor.taken_back == [PHRASES[HI]]
    # the partner reads the two parts as two sentences (the first read as finished)
    assert [t.text for t in conductor.turns] == [f"{PHRASES[HI]}. {PHRASES[MORE]}"]
    # "hi i'm sam nice to meet you" reads as finished, so the partner began to answer; the
    # user went on, the partner stopped, and the log says the turn was joined.
    assert len(run.of_type("speech_start")) == len(run.of_type("speech_resume")) == 1
    assert run.of_type("transcript")[-1]["text"] == f"{PHRASES[HI]}. {PHRASES[MORE]}"
    assert run.outcome.lines[1].interrupted and not run.outcome.turns[0].barge_in


def test_a_spoken_stop_ends_the_session_and_is_not_a_turn() -> None:
    audio = join(silence(1.0), tone(1.5, HI), silence(3.0), tone(0.6, STOP), silence(3.0),
                 tone(1.5, HOST), silence(3.0))
    conductor = Scripted()
    run = run_loop(conductor, audio, PHRASES)
    assert [e["command"] for e in run.of_type("command")] == ["stop"]
    assert run.outcome.reason is EndReason.COMMAND
    assert [t.text for t in run.outcome.turns] == [PHRASES[HI]]  # the rest is never heard
    assert conductor.commands == [VoiceCommand.STOP]
    assert run.of_type("tip_start")[-1]["text"] == "bye"


def test_a_lost_microphone_ends_the_session_and_keeps_the_turns_before() -> None:
    run = run_loop(Scripted(), two_turns(), PHRASES, lose_at=6.0)
    assert run.outcome.reason is EndReason.MICROPHONE_LOST
    assert run.outcome.message == "the microphone went away"
    assert [t.text for t in run.outcome.turns] == [PHRASES[HI]]


def test_ctrl_c_silences_the_coach_at_once_and_sums_up_unspoken() -> None:
    conductor = Scripted(opening_lines=["a long opening line that goes on and on and on"])
    run = run_loop(conductor, join(silence(10.0)), PHRASES, interrupt_at=1.5)
    assert run.outcome.reason is EndReason.INTERRUPTED
    assert run.outcome.lines[0].interrupted
    assert run.outcome.lines[0].end == pytest.approx(1.5, abs=0.04)  # within a chunk
    assert "bye" not in [line.text for line in run.outcome.lines]  # the closing is not spoken
    assert run.events[-1]["t"] == pytest.approx(1.5, abs=0.04)


def test_the_partner_answers_each_turn_without_repeating_itself() -> None:
    scenario = load_scenario("party")
    conductor = PracticeConductor(scenario, Partner(scenario), Coach())
    run = run_loop(conductor, join(silence(12.0), two_turns()), PHRASES)
    replies = [e["text"] for e in run.of_type("reply_start")]
    assert replies[0] == scenario.opening and replies[-1] == scenario.closing
    # Each turn is answered (a reply may be said in parts, a line each) before the next.
    heard = [e["t"] for e in run.of_type("transcript")] + [run.outcome.closing_at]
    assert len(heard) == 2 + 1
    for said, next_said in itertools.pairwise(heard):
        assert any(said <= e["t"] < next_said for e in run.of_type("reply_start"))
    assert len(set(replies)) == len(replies)


def test_the_warmup_helps_when_no_answer_comes() -> None:
    conductor = WarmupConductor(WarmupScript.load())
    # "Skip" skips the breathing; then nothing is said for longer than the guide waits.
    audio = join(silence(1.0), tone(0.5, 900.0), silence(40.0))
    run = run_loop(conductor, audio, {900.0: "skip"})
    assert [e["command"] for e in run.of_type("command")] == ["skip"]
    tips = [e for e in run.of_type("tip_start")]
    helped = [e for e in tips if e["text"] in conductor_feedback("no_answer")]
    assert helped, [e["text"] for e in tips]
    prompt_end = max(e["t"] for e in run.of_type("reply_end") if e["t"] < helped[0]["t"])
    assert helped[0]["t"] - prompt_end == pytest.approx(NO_ANSWER_S, abs=0.04)
    # No drill was answered, so the recap does not pretend the user is ready.
    said = [e["text"] for e in run.of_type("tip_start")]
    assert NO_DRILLS in said and not any("ready" in line for line in said)


def conductor_feedback(key: str) -> set[str]:
    from voicecoach.coaching.warmup import FEEDBACK

    return {FEEDBACK[key]}


def test_a_newer_transcription_makes_the_older_one_stale() -> None:
    clock = FakeClock()
    release = threading.Event()

    def transcribe(audio: np.ndarray) -> list[Word]:
        release.wait(5)
        clock.advance(0.25)
        return [Word("hi", 0.0, 0.3)]

    worker = AsrWorker(transcribe, clock)
    try:
        old = worker.submit(1.0, 2.0, 2.0, np.zeros(16, dtype=np.float32))
        new = worker.submit(1.0, 3.0, 3.0, np.zeros(16, dtype=np.float32))
        release.set()
        assert worker.result(old) is None  # the user went on; the newer job covers it
        result = worker.result(new)
        assert result is not None
        assert result.words[0].start == 1.0  # shifted to the turn's start
        assert result.ready_at == 3.0 + 0.25  # measured on the injected clock
    finally:
        worker.close()


def test_a_turns_words_come_before_the_work_that_can_wait() -> None:
    # An answered turn read again for the history must not hold up the words the next turn's
    # end waits for.
    order: list[str] = []
    busy, release = threading.Event(), threading.Event()

    def transcribe(audio: np.ndarray) -> list[Word]:
        if not busy.is_set():
            busy.set()
            release.wait(5)
        order.append(f"turn of {len(audio)}")
        return [Word("hi", 0.0, 0.3)]

    worker = AsrWorker(transcribe, FakeClock())
    try:
        worker.submit(0.0, 1.0, 1.0, np.zeros(8, dtype=np.float32))  # keeps the worker busy
        assert busy.wait(5)
        later = worker.later(lambda: order.append("later") or "read again")
        job = worker.submit(2.0, 3.0, 3.0, np.zeros(16, dtype=np.float32))
        release.set()
        assert worker.result(job) is not None
        assert later.result() == "read again"
        assert order == ["turn of 8", "turn of 16", "later"]
    finally:
        worker.close()


def test_dropped_work_is_not_done_unless_asked_for_again() -> None:
    done: list[str] = []
    worker = AsrWorker(lambda audio: [], FakeClock())
    gate = threading.Event()
    blocker = worker.later(lambda: gate.wait(5))  # the worker is busy with this one
    dropped = worker.later(lambda: done.append("dropped") or 1)
    dropped.drop()
    gate.set()
    assert blocker.result()
    worker.close()
    assert done == [] and dropped.poll() is None
    assert dropped.result() == 1 and done == ["dropped"]  # asked for after all: done here


@dataclass
class _InventsFiller(FakeTranscriber):
    """A disfluent pass that writes an "um" at `um_at` (seconds into the turn's audio)."""

    um_at: float = 0.0

    def transcribe_turn(self, audio: np.ndarray, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        words = self.transcribe(audio)
        if not disfluent:
            return words
        um = Word("um,", self.um_at, self.um_at + 0.06)
        return sorted([um, *words], key=lambda w: w.start)


@pytest.mark.parametrize(("um_at", "fillers"), [(1.4, 0), (0.5, 1)])
def test_the_live_filler_pass_adds_a_filler_only_on_voiced_audio(
        um_at: float, fillers: int) -> None:
    # "I grew up near the coast and ... [a second of silence] ... hi, I'm Sam": one turn
    # with a pause in it. An "um" the disfluent pass wrote in that silence is the decoder's
    # invention, as `analyze` already knows; one written over the voice is kept.
    phrases = {**PHRASES, 350.0: "i grew up near the coast and"}
    audio = join(silence(2.0), tone(1.0, 350.0), silence(1.0), tone(1.5, HI), silence(3.0))
    run = run_loop(Scripted(), audio, phrases, transcriber=_InventsFiller(phrases, um_at=um_at))
    (turn,) = run.outcome.turns
    assert turn.text.endswith("hi i'm sam nice to meet you")
    assert turn.pacing.fillers == fillers
    assert ("um," in turn.text) == bool(fillers)


@dataclass
class _HearsCommandsWhenPrimed(FakeTranscriber):
    """tiny.en on a command said alone: nonsense, unless primed with the command phrases."""

    primed: dict[str, str] = field(default_factory=dict)  # plain reading -> primed reading

    def transcribe_turn(self, audio: np.ndarray, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        words = self.transcribe(audio)
        heard = self.primed.get(" ".join(w.text for w in words))
        if prompt is None or heard is None or not words:
            return words
        step = (words[-1].end - words[0].start) / len(heard.split())
        return [Word(token, words[0].start + k * step, words[0].start + (k + 1) * step)
                for k, token in enumerate(heard.split())]


@pytest.mark.parametrize(("plain", "primed", "command"), [
    ("C -O", "skip,", VoiceCommand.SKIP),  # "skip" as tiny.en heard it, before and after
    ("Keep it.", "skip it, skip it,", VoiceCommand.SKIP),
    ("Slurr", "slow down,", VoiceCommand.SLOWER),
])
def test_a_short_command_the_plain_reading_mishears_is_still_a_command(
        plain: str, primed: str, command: VoiceCommand) -> None:
    phrases = {**PHRASES, 500.0: plain}
    audio = join(silence(1.0), tone(0.5, 500.0), silence(3.0))
    conductor = Scripted()
    run = run_loop(conductor, audio, phrases,
                   transcriber=_HearsCommandsWhenPrimed(phrases, primed={plain: primed}))
    assert conductor.commands == [command]
    assert conductor.turns == []  # not a drill answer, not a turn
    assert [e["command"] for e in run.of_type("command")] == [command.value]


@pytest.mark.parametrize(("plain", "primed"), [
    ("Yes.", "next,"), ("Sure.", "stop,"), ("Nice.", "next one,"), ("So come", "slow down,")])
def test_a_short_reply_stays_a_reply_whatever_the_primed_reading_says(
        plain: str, primed: str) -> None:
    phrases = {**PHRASES, 500.0: plain}
    audio = join(silence(1.0), tone(0.5, 500.0), silence(3.0))
    conductor = Scripted()
    run_loop(conductor, audio, phrases,
             transcriber=_HearsCommandsWhenPrimed(phrases, primed={plain: primed}))
    assert conductor.commands == []
    assert [t.text for t in conductor.turns] == [plain]


def test_a_long_turn_is_not_read_again_for_a_command() -> None:
    phrases = {**PHRASES, 500.0: "C -O"}
    audio = join(silence(1.0), tone(3.0, 500.0), silence(3.0))
    conductor = Scripted()
    run_loop(conductor, audio, phrases,
             transcriber=_HearsCommandsWhenPrimed(phrases, primed={"C -O": "skip,"}))
    assert conductor.commands == []


# ---------------------------------------------------------------------------- lines as heard


def test_reply_and_tip_ends_are_logged_when_the_sink_heard_them_end() -> None:
    planned = run_loop(Scripted(), two_turns(), PHRASES)
    late = run_loop(Scripted(), two_turns(), PHRASES, sink=RecordingSink(heard_late_s=0.3))
    for kind in ("reply_end", "tip_end"):
        assert [e["t"] for e in late.of_type(kind)] == pytest.approx(
            [e["t"] + 0.3 for e in planned.of_type(kind)])
    assert [line.end for line in late.outcome.lines] == pytest.approx(
        [line.end + 0.3 for line in planned.outcome.lines])


def test_the_echo_gate_stays_shut_until_the_line_has_really_ended() -> None:
    conductor = Scripted(opening_lines=["a long opening line that goes on and on and on"])
    # The line is planned to end at 4.4 s; the user speaks from 5.0 s.
    audio = join(silence(5.0), tone(1.5, HI), silence(3.0))
    on_time = run_loop(conductor, audio, PHRASES, config=LoopConfig(echo_gate=True))
    assert [e["text"] for e in on_time.of_type("transcript")] == [PHRASES[HI]]
    # A device still playing it then (late by 2 s), or never saying it had finished: the
    # voice at 5 s may be the coach's own, so it is not taken for the user.
    for sink in (RecordingSink(heard_late_s=2.0), RecordingSink(unheard_until_close=True)):
        conductor = Scripted(opening_lines=["a long opening line that goes on and on and on"])
        run = run_loop(conductor, audio, PHRASES, config=LoopConfig(echo_gate=True), sink=sink)
        assert not run.of_type("transcript")
        assert not run.of_type("barge_in")


def test_a_line_never_heard_ends_as_planned_when_the_session_does() -> None:
    planned = run_loop(Scripted(), two_turns(), PHRASES)
    unheard = run_loop(Scripted(), two_turns(), PHRASES,
                       sink=RecordingSink(unheard_until_close=True))
    # Every line still has its end logged, once: at the close the sink has them all.
    assert len(unheard.of_type("reply_end")) == len(planned.of_type("reply_end"))
    assert len(unheard.of_type("tip_end")) == len(planned.of_type("tip_end"))
