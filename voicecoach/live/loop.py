"""The live loop: listen, hear a turn, answer, coach. Practice and warm-up are conductors of it
(`live.conductor`); `live.build` wires the real parts into it, `voicecoach.testing` fakes.

Audio time is the session clock: a recording replayed through this loop gives the same events
as it would live. At full speed the work done per turn (transcription, synthesis) is still
placed on that clock where a live run would have finished it, so latencies stay honest.

Latency: the user's turn is transcribed speculatively as soon as they fall silent, with the
fast short-window path; if they go on, the result is dropped. At a later pause of the same turn
only the audio since the last pause of at least CUT_PAUSE_S is read, after the words already
heard, so a long turn's end is not held up by transcribing all of it again. The partner's fixed
lines were synthesised before the session began; the reply to the speculative words is chosen
at once (and taken back) so that a slow voice can start rendering what it builds at run time
(`sink.say_ahead`, voice/roles.py), dropped too if they go on.

End of turn: the endpointer only says how long it has been silent. On every chunk of a
silence the loop asks `hearing.turn_end.decide` whether the turn is over, given the
speculative transcript (once it is ready on the session clock) and the silence so far: a
question is answered after a short silence, a finished statement after a longer one (speakers
often go on after one), an unfinished one ("so i moved here because") is waited through.
The statement's window shortens for a speaker who stops after their statements, and keeps
above any pause they went on after (`hearing.statement_window`).
If the user goes on while the partner has only begun to answer, the partner stops and the two
parts are one turn (`speech_resume` in the event log).

Voice over a partner line is a barge-in only once it lasts (`TurnEndRules.confirm_s`): a cough,
a click or a listener's "mm" leaves the line playing and is not a turn. Speaking over the
coach's own lines (the scene, a tip) is never counted as jumping in on the partner.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import numpy as np

from voicecoach.clock import Clock
from voicecoach.errors import MicrophoneLostError
from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, AudioChunk, AudioSource, Samples
from voicecoach.hearing.echo import EchoMode, EchoWatch, SpeakerEcho
from voicecoach.hearing.statement_window import StatementWindow
from voicecoach.hearing.transcribe import Transcriber
from voicecoach.hearing.turn_end import (
    Completeness,
    TurnEndInput,
    TurnEndReason,
    close_sentence,
    decide,
    is_backchannel,
    wants_hesitant_reading,
)
from voicecoach.hearing.vad import (
    Endpointer,
    SpeechEnded,
    SpeechStarted,
    VadConfig,
    VadState,
    VoiceDetector,
)
from voicecoach.hearing.voiced import VoicedTimeline
from voicecoach.hearing.worker import AsrJob, AsrResult, AsrWorker, Later
from voicecoach.live.commandpass import CommandPass
from voicecoach.live.conductor import (
    Conductor,
    EndReason,
    LoopConfig,
    PredictsReplies,
    Say,
    SessionOutcome,
)
from voicecoach.live.events import EventLog, EventType
from voicecoach.understanding.fillers import FillerVocabulary, merge_fillers, on_voice
from voicecoach.understanding.match import Matcher
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.voicecommands import CommandVocabulary, VoiceCommand
from voicecoach.understanding.words import Word, join_words
from voicecoach.voice.sinks import LineKind, PlacedLine, RendersAhead, SlowsDown, VoiceSink

__all__ = [
    "AUDIO_KEPT_S", "CUT_PAUSE_S", "LOG_LOOKBACK_S", "LoopHooks", "LoopParts", "SessionClock",
    "SessionLoop",
]

AUDIO_KEPT_S = 120.0  # the longest turn the loop can transcribe
LOG_LOOKBACK_S = 0.25  # longer than the endpointer needs to confirm that speech started
# A pause this long is between phrases: its transcript may stand, and only the audio after it
# be read at the next pause (`SessionLoop._heard_before`). A shorter dip of the detector may be
# inside a word: cut at any dip, "we went to the market" came back as "we went. at the market".
# Not longer: the detector hears a real pause shorter than it is (acoustic_corpus's pauses of
# 0.34-0.62 s by the forced alignment were silent for 0.19-0.29 s).
CUT_PAUSE_S = 0.18
_START_EVENT = {LineKind.REPLY: EventType.REPLY_START, LineKind.TIP: EventType.TIP_START}
_END_EVENT = {LineKind.REPLY: EventType.REPLY_END, LineKind.TIP: EventType.TIP_END}


class _TurnAudio:
    """The last AUDIO_KEPT_S seconds of input and each chunk's speech probability, to cut a
    turn's audio from and to check its second pass's fillers against."""

    def __init__(self) -> None:
        kept = int(AUDIO_KEPT_S * SAMPLE_RATE / CHUNK_SAMPLES)
        self._chunks: deque[tuple[AudioChunk, float]] = deque(maxlen=kept)

    def add(self, chunk: AudioChunk, confidence: float) -> None:
        self._chunks.append((chunk, confidence))

    def between(self, start: float, end: float) -> np.ndarray:
        parts = [c.samples for c, _ in self._chunks if c.end > start and c.start < end]
        if not parts:
            return np.zeros(0, dtype=np.float32)
        first = next(c for c, _ in self._chunks if c.end > start)
        audio = np.concatenate(parts)
        skip = max(0, round((start - first.start) * SAMPLE_RATE))
        return audio[skip : skip + round((end - start) * SAMPLE_RATE)]

    def voiced(self, start: float, end: float) -> VoicedTimeline:
        """Where the audio between two times was voiced, as the loop's detector heard it."""
        kept = [(c, p) for c, p in self._chunks if c.end > start and c.start < end]
        return VoicedTimeline(np.array([p for _, p in kept], dtype=np.float32),
                              start=kept[0][0].start if kept else start)


@dataclass
class _Answered:
    """A turn the loop has ended and answered, which the user may yet go on with."""

    turn: Turn
    # With the fillers heard by the second pass (and, if joined from pieces, read whole): the
    # worker's idle time does it, so the loop goes on listening meanwhile.
    details: Later[Turn]
    audio: Samples
    audio_start: float
    last_voice: float
    ended_at: float  # when the loop ended it (speech_end)
    later: Callable[[Turn], list[Say]] | None
    tip_now: str | None
    ready: float
    heard: tuple[Word, ...] = ()  # its words as transcribed, on the session clock ...
    heard_to: float = 0.0  # ... from the audio up to here (a tail read after it goes on)
    ended_by: Completeness | None = None  # how its words read when the decision ended it


@dataclass
class _UnreadPause:
    """A pause inside the turn that the user went on from before its words were ready."""

    job: AsrJob
    pause_s: float
    words: AsrResult | None = None  # kept once in: a newer reading clears the worker's copy


class SessionClock:
    """Session time = audio time. Live, it also runs between chunks with the wall clock."""

    def __init__(self, realtime: bool, wall: Clock) -> None:
        self._realtime = realtime
        self.wall = wall
        self._audio_t = 0.0
        self._wall_at = wall.now()

    def start(self) -> None:
        """The session begins now (set-up before this does not count)."""
        self.on_chunk(0.0)

    def on_chunk(self, audio_end: float) -> None:
        self._audio_t = audio_end
        self._wall_at = self.wall.now()

    def now(self) -> float:
        if not self._realtime:
            return self._audio_t
        return self._audio_t + max(0.0, self.wall.now() - self._wall_at)

    def sleep(self, seconds: float) -> None:
        self.wall.sleep(seconds)


@dataclass(frozen=True)
class LoopParts:
    """The parts a session is made of; `live.build` wires the real ones, `testing` fakes."""

    source: AudioSource
    detector: VoiceDetector
    transcriber: Transcriber
    matcher: Matcher
    vocabulary: FillerVocabulary
    sink: VoiceSink
    events: EventLog
    clock: SessionClock  # the session's time; its wall clock paces and measures the work
    vad: VadConfig = field(default_factory=VadConfig)
    config: LoopConfig = field(default_factory=LoopConfig)
    # Speakers: the canceller that takes the coach out of the microphone (the gate stands in
    # until it is good enough); headphones: a watch for the coach coming back all the same.
    echo: SpeakerEcho | EchoWatch | None = None


@dataclass(frozen=True)
class LoopHooks:
    """Who else hears what happens (the screen, the history); each may be left out."""

    on_turn: Callable[[Turn], None] = lambda turn: None  # as soon as the words are known
    on_command: Callable[[VoiceCommand, str], None] = lambda command, text: None
    # With fillers and the tip, and the turn's audio (for the history and --keep-audio).
    on_turn_done: Callable[[Turn, Samples], None] = lambda turn, audio: None
    on_line: Callable[[PlacedLine], None] = lambda line: None
    on_chunk: Callable[[float, float, VadState], None] = lambda t, level, state: None
    on_echo: Callable[[float, EchoMode], None] = lambda t, mode: None  # cancel or gate, now
    on_echo_heard: Callable[[float], None] = lambda t: None  # headphones, yet the mic hears


class SessionLoop:
    def __init__(self, parts: LoopParts, conductor: Conductor,
                 hooks: LoopHooks | None = None) -> None:
        self.parts = parts
        self.source = parts.source
        self.rules = parts.config.turn_end
        vad = parts.vad
        if self.rules is not None:
            # The endpointer only tracks voice; the loop decides when a turn ends, well before
            # the endpointer's own end-of-speech silence would.
            vad = replace(vad, end_silence_ms=max(
                vad.end_silence_ms, round((self.rules.longest_wait_s + 0.1) * 1000)))
        self.endpointer = Endpointer(parts.detector, vad)
        # A finished statement's window learns from this speaker (hearing/statement_window.py);
        # the decision is asked with the rules as they are now.
        self._statement = (self.rules.learning_statement_window()
                           if self.rules is not None else None)
        self._decision_rules = self.rules
        self.transcriber = parts.transcriber
        self.matcher = parts.matcher
        self.vocabulary = parts.vocabulary
        self.commands = CommandVocabulary.load()
        self.conductor = conductor
        self.sink = parts.sink
        self.events = parts.events
        self.clock = parts.clock
        self.wall = parts.clock.wall
        self.config = parts.config
        self.hooks = hooks or LoopHooks()
        # A short turn that may be a command is read twice (see live/commandpass.py).
        self.worker = AsrWorker(CommandPass(parts.transcriber, self.commands), self.wall,
                                tail=parts.transcriber.transcribe_turn,
                                second_reading=self._read_hesitant)
        self.audio = _TurnAudio()
        self.turns: list[Turn] = []
        self.lines: list[PlacedLine] = []
        self._logged_end: set[int] = set()  # lines whose end event is written
        # Lines the sink has not yet said how they really played (a device sink knows once
        # the last sample has left the DAC); until then `lines` holds them as planned.
        self._unheard: set[int] = set()
        # Lines waiting their turn to be said; the user speaking clears it (they have the
        # floor now), so nothing queued is said over them.
        self._queue: deque[tuple[Say, float]] = deque()
        self._speculation: AsrJob | None = None
        self._speculated: AsrResult | None = None
        self._ahead_of: AsrResult | None = None  # the words a reply is rendering ahead for
        self._silence_from: float | None = None
        self._cut_job = 0  # the speculation made in a pause of CUT_PAUSE_S the user went on from
        self._turn_start: float | None = None
        self._last_voice = 0.0
        self._barge_in = False
        self._answered: _Answered | None = None  # may still be joined by what comes next
        self._resumed: _Answered | None = None  # the turn the current speech goes on with
        self._over_line = False  # the current speech began while a line was playing
        self._unconfirmed = False  # ... and has not yet lasted long enough to cut it
        self._ducked = False  # the playing line is lowered while that voice goes on
        # The line a confirmed barge-in cut and the lines that were to follow, until the words
        # show whether it was a turn.
        self._taken: tuple[PlacedLine | None, list[tuple[Say, float]]] | None = None
        self._voiced_s = 0.0
        self._rule = ""  # the end-of-turn rule that last decided, for the event log
        self._reading: Completeness | None = None  # how the words read in this silence
        # Read when its words are in, for the statement window.
        self._unread_pause: _UnreadPause | None = None
        self._last_user_end: float | None = None
        self._hold_until = 0.0  # the coach's lines, pauses included, run until then
        self._underruns = 0  # the sink's underruns already logged

    # ------------------------------------------------------------------ the loop

    def run(self) -> SessionOutcome:
        reason = EndReason.END_OF_INPUT
        message = None
        self.clock.start()
        if isinstance(self.parts.echo, SpeakerEcho):
            self.hooks.on_echo(0.0, self.parts.echo.mode)  # the gate, until it is trusted
        self._speak(self.conductor.opening(), at=0.0)
        wall_start = self.wall.now()
        end_t = 0.0
        try:
            for chunk in self._paced(self.source.chunks(), wall_start):
                end_t = chunk.end
                ended = self._step(chunk)
                if ended is not None:
                    reason = ended
                    break
            else:
                self._finish_open_turn(end_t)
        except MicrophoneLostError as error:
            reason, message = EndReason.MICROPHONE_LOST, str(error)
        except KeyboardInterrupt:
            reason = EndReason.INTERRUPTED
        finally:
            self.worker.close()
        self._settle(force=True)
        if reason is EndReason.INTERRUPTED:
            # Ctrl-C: silence at once. The conductor still sums up (on the screen), unspoken.
            self._queue.clear()
            self._cut_line(self.clock.now())
            closing_at = self.clock.now()
            self.conductor.closing(reason)
        else:
            self._pump(float("inf"))  # what was still to be said before the end
            closing_at = max(self.clock.now(), self._hold_until)
            self._speak(self.conductor.closing(reason), at=closing_at)
            self._pump(float("inf"))
        session_end = max(end_t, self._lines_end())
        # The input has ended, so no chunk advances the log any more: what has happened so
        # far is written now, not only once the last lines have played out.
        now = self.clock.now()
        self._log_line_ends(now)
        self.events.advance(now)
        self.sink.close(session_end)  # a device sink plays its last lines out first
        self._take_heard()
        session_end = max(session_end, self._lines_end())
        self._log_line_ends(session_end + 1e-9, final=True)
        underruns = self._note_underruns(session_end)
        self.events.emit(session_end, EventType.SESSION_END, reason=reason.value)
        return SessionOutcome(self.turns, self.lines, reason, session_end,
                              self.source.overflows, closing_at, message, underruns)

    def _paced(self, chunks: Iterator[AudioChunk], wall_start: float) -> Iterator[AudioChunk]:
        for chunk in chunks:
            if self.config.pace_input:
                # A file replayed in real time: wait until the chunk would have been heard.
                delay = wall_start + chunk.end - self.wall.now()
                if delay > 0:
                    self.wall.sleep(delay)
            yield chunk

    def _step(self, chunk: AudioChunk) -> EndReason | None:
        self.clock.on_chunk(chunk.end)
        self._note_underruns(chunk.start)
        self._settle(now=chunk.start)
        if not self._holding:
            self._pump(chunk.start)
        self._log_line_ends(chunk.start)
        # Held back a little: speech_start is stamped at the first voiced chunk, which the
        # endpointer confirms a few chunks later.
        self.events.advance(chunk.start - LOG_LOOKBACK_S)
        chunk = self._without_echo(chunk)
        confidence = self.endpointer.detector.confidence(chunk.samples)
        if self._coach_audible(chunk.start) and (self._gated or self._echo_only):
            confidence = 0.0  # that voice is the coach's, coming back through the microphone
        self.audio.add(chunk, confidence)
        self.hooks.on_chunk(chunk.end, float(np.sqrt(np.mean(chunk.samples**2))),
                            self.endpointer.state)
        before = self.endpointer.state
        for event in self.endpointer.step(chunk.start, chunk.end, confidence):
            if isinstance(event, SpeechStarted):
                self._speech_started(event)
            elif isinstance(event, SpeechEnded):
                # The endpointer's own silence: the fixed policy, or the backstop.
                reason = (TurnEndReason.SILENCE if self.rules is None
                          else TurnEndReason.MAX_WAIT)
                ended = self._speech_ended(event, reason)
                if ended is not None:
                    return ended
        if before is VadState.STOPPING and self.endpointer.state is VadState.SPEAKING:
            self._went_on(chunk.start - self._last_voice)
        self._read_late_pause(chunk.end)
        if (self.endpointer.state in (VadState.STARTING, VadState.SPEAKING)
                and confidence >= self.endpointer.config.start_threshold):
            if before is VadState.QUIET:
                self._voiced_s = 0.0
            self._last_voice = chunk.end
            self._voiced_s += chunk.end - chunk.start
            self._confirm_barge_in(chunk.end)
        # Voice over a line that is not yet a barge-in: the line goes on, quieter, while it lasts.
        self._duck(chunk.end, self._unconfirmed
                   and self.endpointer.state in (VadState.STARTING, VadState.SPEAKING))
        self._maybe_speculate(before, chunk.end)
        if self.rules is not None and self.endpointer.state is VadState.STOPPING:
            ended = self._decide(chunk.end)
            if ended is not None:
                return ended
        if self.endpointer.state is VadState.QUIET:
            return self._while_quiet(chunk.end)
        return None

    # ------------------------------------------------------------------ speech events

    def _speech_started(self, event: SpeechStarted) -> None:
        self._drop_ahead()
        self._turn_start = event.first_voice
        self._barge_in = False
        self._resumed = None
        self._speculated = None
        answered = self._answered
        if answered is not None and self._goes_on_with(answered, event.first_voice):
            # The user had not finished: the partner stops, and this is the same turn.
            self._answered = None
            self._resumed = answered
            answered.details.drop()  # the joined turn gets its own
            self.turns.pop()
            self.conductor.take_back(answered.turn)
            self._turn_start = answered.turn.start
            self._barge_in = answered.turn.barge_in
            self._queue.clear()
            cut = self.sink.cut(event.t)
            if cut is not None:
                self._replace_line(cut)
                self._hold_until = cut.end
            pause = event.first_voice - answered.last_voice
            self.events.emit(event.first_voice, EventType.SPEECH_RESUME,
                             turn_start_t=round(answered.turn.start, 3), pause_s=round(pause, 3))
            if answered.ended_by is Completeness.STATEMENT:
                self._learn(lambda window: window.went_on(pause, after_answer=True))
            return
        self._settle(force=True)  # a new turn: the one before can no longer be joined
        self.events.emit(event.first_voice, EventType.SPEECH_START)
        playing = self._playing_at(event.t)
        self._over_line = playing is not None
        self._unconfirmed = playing is not None and self.rules is not None
        if self._unconfirmed:
            self._duck(event.t, True)  # at once; cut only if the voice lasts
        else:
            self._take_floor(event.t)

    def _duck(self, t: float, ducked: bool) -> None:
        if ducked != self._ducked:
            self._ducked = ducked
            self.sink.duck(t, ducked)

    def _take_floor(self, t: float, jumping_in: bool = True) -> None:
        """The user has the floor: what was still to come is dropped, a playing line cut
        (`jumping_in`: the voice that cut it may be a turn that came in over the partner)."""
        self._unconfirmed = False
        playing = self._playing_at(t)
        if self.rules is not None and self._over_line:
            # Kept until the words come: a cough or an "oh" that lasted is not a turn, and
            # then the partner goes on from the word it was at.
            self._taken = (playing, list(self._queue))
        self._queue.clear()
        cut = self.sink.cut(t)
        if cut is not None:
            self._replace_line(cut)
            self._hold_until = cut.end  # the next line need not wait for the cut one
            self.events.emit(t, EventType.BARGE_IN, line=cut.kind.value)
            # Speaking over the scene or a tip is not jumping in on the other person.
            self._barge_in = self._barge_in or (jumping_in and cut.kind is LineKind.REPLY)
        self._duck(t, False)  # the next line plays at full volume

    def _give_back(self, taken: tuple[PlacedLine | None, list[tuple[Say, float]]] | None,
                   t: float) -> None:
        """Voice that cut a line was not a turn after all: the line goes on from the word it
        was cut at, and what was to follow it is said after."""
        if taken is None:
            return
        line, queued = taken
        says: list[Say] = []
        if line is not None:
            words = line.text.split()
            cut = next((c for c in self.lines if c.start == line.start and c.text == line.text),
                       line)
            said_s = cut.end - line.start
            at = int(len(words) * max(0.0, min(1.0, said_s / max(1e-9, line.end - line.start))))
            if words[at:]:
                says.append(Say(" ".join(words[at:]), line.kind))
        self._queue.clear()
        self._speak(says, at=t)
        self._queue.extend(queued)
        self._pump(self.clock.now())

    def _confirm_barge_in(self, now: float) -> None:
        if (self._unconfirmed and self.rules is not None
                and self._voiced_s >= self.rules.confirm_s - 1e-6):
            self._take_floor(now)

    @property
    def _holding(self) -> bool:
        """Voice over a line, not yet a barge-in: nothing new starts over it meanwhile."""
        return self._unconfirmed and self.endpointer.state is not VadState.QUIET

    def _goes_on_with(self, answered: _Answered, first_voice: float) -> bool:
        """Voice soon after a turn the loop ended, before the partner got a line out, goes
        on with that turn."""
        if self.rules is None:
            return False
        if first_voice - answered.last_voice > self.rules.window(Completeness.UNFINISHED):
            return False
        return not any(line.start >= answered.ended_at and line.end <= first_voice
                       for line in self.lines)

    @property
    def _audio_start(self) -> float:
        if self._resumed is not None:
            return self._resumed.audio_start
        return self.endpointer.turn_audio_start

    def _maybe_speculate(self, before: VadState, now: float) -> None:
        state = self.endpointer.state
        if state is VadState.SPEAKING:
            job = self._speculation
            if (self._silence_from is not None and job is not None
                    and job.audio_end >= self._silence_from
                    and now - self._silence_from >= CUT_PAUSE_S):
                self._cut_job = job.job_id  # its words may stand; read on from its end
            if before is VadState.STOPPING and self._ahead_of is not None:
                self._drop_ahead()  # they went on: the reply rendering ahead is not said
            self._silence_from = None
            return
        if state is VadState.STOPPING and before is VadState.SPEAKING:
            self._silence_from = now
        if (state is VadState.STOPPING and self._silence_from is not None
                and self._turn_start is not None
                and now - self._silence_from >= self.config.speculate_after_s
                and (self._speculation is None
                     or self._speculation.audio_end < self._silence_from
                     or self._speculation.turn_start != self._audio_start)):
            start = self._audio_start
            heard, cut = self._heard_before(now)
            if self.rules is not None:
                heard = close_sentence(heard, self.rules)
            self._speculated = None
            self._speculation = self.worker.submit(
                start, now, now, self.audio.between(cut, now), heard,
                None if cut == start else cut)

    def _read_hesitant(self, audio: Samples, heard: tuple[Word, ...]) -> list[Word] | None:
        """On the worker's thread: a pause's audio read again, primed to write hesitations,
        when its words read as finished (hearing.turn_end.read_both)."""
        rules = self.rules
        if (rules is None or len(audio) / SAMPLE_RATE > rules.hesitant_max_s
                or not wants_hesitant_reading(join_words(list(heard)), rules)):
            return None
        return self.transcriber.transcribe_turn(audio, disfluent=True)

    def _heard_before(self, now: float) -> tuple[tuple[Word, ...], float]:
        """The turn's words up to an earlier pause that the user went on from, and where that
        pause's transcription stopped: only the audio since then needs transcribing now (a
        26 s turn's end would otherwise wait for 26 s to be transcribed again). Nothing, and
        the turn's start, if there is no such pause or a live run would not have its words."""
        job, start = self._speculation, self._audio_start
        if not self.config.speculate_tail:
            return (), start
        resumed = self._resumed
        if job is None or job.turn_start != start:
            # Going on after the partner began: the answered part's words stand.
            if resumed is not None and resumed.heard:
                return resumed.heard, resumed.heard_to
            return (), start
        if self._silence_from is None or job.audio_end >= self._silence_from:
            return (), start
        if self._cut_job == job.job_id:
            result = (self._speculated if self._speculated is not None
                      and self._speculated.job is job else self.worker.poll(job)
                      if self.config.realtime else self.worker.result(job))
            if result is not None and result.ready_at <= now and result.words:
                return result.words, job.audio_end
        if job.tail_start is not None:  # not ready, or a dip: the words it went on from
            return job.before, job.tail_start
        return (), start

    def _speculated_words(self, now: float) -> AsrResult | None:
        """The speculative transcript of the turn so far, if a live run would have it by now."""
        job = self._speculation
        if (job is None or job.audio_end < self._last_voice
                or job.turn_start != self._audio_start):
            return None
        if self._speculated is None or self._speculated.job is not job:
            # A replay waits for the words (and places them where a live run had them); live,
            # the loop never waits: it asks again at the next chunk.
            result = (self.worker.poll(job) if self.config.realtime
                      else self.worker.result(job))
            if self.worker.error is not None:
                raise self.worker.error
            if result is None:
                return None
            self._speculated = result
        return self._speculated if self._speculated.ready_at <= now else None

    def _decide(self, now: float) -> EndReason | None:
        """Ask the end-of-turn decision; end the turn if it says so."""
        assert self.rules is not None
        if self._turn_start is None:
            return None
        result = self._speculated_words(now)
        self._say_ahead(result)
        text = join_words(list(result.words)) if result is not None else None
        silence = now - self._last_voice
        tail = (self._last_voice - result.words[-1].end
                if result is not None and result.words else 0.0)
        assert self._decision_rules is not None
        hesitant = (join_words(list(result.hesitant))
                    if result is not None and result.hesitant is not None else None)
        decision = decide(TurnEndInput(text, silence, unworded_tail_s=tail,
                                       hesitant_text=hesitant),
                          self._decision_rules)
        end, reason, self._rule = decision.end, decision.reason, decision.rule
        self._reading = decision.completeness
        if text and self.commands.recognise(text) is not None:
            # "stop", "skip": short, but nothing more is coming.
            end = silence >= self.rules.window(Completeness.COMPLETE) - 1e-6
            reason, self._rule, self._reading = TurnEndReason.COMMAND, "command", None
        if not end:
            return None
        for event in self.endpointer.flush(now):
            if isinstance(event, SpeechEnded):
                return self._speech_ended(event, reason)
        # Too short to be speech (the endpointer's min_speech_ms): a turn it seemed to go on
        # with stands as it was.
        if self._resumed is not None:
            self.turns.append(self._resumed.turn)
            self._answered = self._resumed
        taken, self._taken = self._taken, None
        self._give_back(taken, now)
        self._forget_speech()
        return None

    def _say_ahead(self, result: AsrResult | None) -> None:
        """The reply these speculative words would get starts rendering now, before the turn
        is over (only what a slow voice builds at run time: voice/roles.py); dropped if the
        user goes on."""
        sink = self.sink
        if (not isinstance(sink, RendersAhead) or not sink.renders_ahead
                or result is None or result is self._ahead_of or not result.words):
            return
        self._ahead_of = result
        words = list(result.words)
        text = join_words(words)
        if self.commands.recognise(text) is not None:
            return
        start = self._turn_start if self._turn_start is not None else words[0].start
        turn = Turn.from_words(len(self.turns), start, self._last_voice, words, self.vocabulary,
                               labels=self.matcher.match(text).labels)
        reaction = self.conductor.on_turn(turn)
        later = (self.conductor.likely_lines()
                 if isinstance(self.conductor, PredictsReplies) else [])
        self.conductor.take_back(turn)  # chosen again, the same, when the turn is over
        sink.say_ahead([(say.text, say.kind) for say in reaction.lines],
                       [(say.text, say.kind) for say in later])

    def _went_on(self, pause_s: float) -> None:
        """Voice again inside the turn, after a pause whose words read as a finished
        statement: this speaker goes on after such a pause."""
        reading, self._reading = self._reading, None
        if reading is Completeness.STATEMENT:
            self._learn(lambda window: window.went_on(pause_s))
        elif (reading in (None, Completeness.PENDING) and self._speculation is not None
              and self._silence_from is not None
              and self._speculation.audio_end >= self._silence_from):
            self._unread_pause = _UnreadPause(self._speculation, pause_s)

    def _read_late_pause(self, now: float) -> None:
        """The words of a pause the user went on from before they were ready: a finished
        statement there still tells the statement window about this speaker."""
        unread = self._unread_pause
        if unread is None or self._decision_rules is None:
            return
        if unread.words is None:
            unread.words = (self.worker.poll(unread.job) if self.config.realtime
                            else self.worker.result(unread.job))
            if unread.words is None:
                if not self.config.realtime or self._speculation is not unread.job:
                    self._unread_pause = None  # a newer reading replaced it: never to come
                return
        if unread.words.ready_at > now:
            return
        self._unread_pause = None
        text = join_words(list(unread.words.words))
        if text and decide(TurnEndInput(text, unread.pause_s),
                           self._decision_rules).completeness is Completeness.STATEMENT:
            self._learn(lambda window: window.went_on(unread.pause_s))

    def _learn(self, change: Callable[[StatementWindow], None]) -> None:
        if self.rules is None or self._statement is None:
            return
        change(self._statement)
        self._decision_rules = self.rules.with_statement_window(self._statement.seconds)

    def _drop_ahead(self) -> None:
        self._ahead_of = None
        if isinstance(self.sink, RendersAhead):
            self.sink.drop_ahead()

    def _forget_speech(self) -> None:
        self._turn_start = None
        self._reading = None
        self._resumed = None
        self._unconfirmed = False
        self._over_line = False
        self._speculation = None
        self._speculated = None

    def _transcript_for(self, event: SpeechEnded) -> AsrResult | None:
        job = self._speculation
        if job is None or job.audio_end < event.last_voice or job.turn_start != event.start:
            job = self.worker.submit(event.start, event.end, event.t,
                                     self.audio.between(event.start, event.end))
        self._speculation = None
        result = self.worker.result(job)
        if self.worker.error is not None:
            raise self.worker.error
        return result

    def _speech_ended(self, event: SpeechEnded, reason: TurnEndReason) -> EndReason | None:
        resumed = self._resumed
        if resumed is not None:
            event = replace(event, start=resumed.audio_start)  # the joined turn's audio
        result = self._transcript_for(event)
        start = self._turn_start if self._turn_start is not None else event.start
        over_line, unconfirmed = self._over_line, self._unconfirmed
        ended_by = self._reading if reason is TurnEndReason.COMPLETE else None
        self._forget_speech()
        barge_in, self._barge_in = self._barge_in, False
        words = list(result.words) if result is not None else []
        text = join_words(words)
        command = self.commands.recognise(text) if words else None
        if command is not None:
            reason, ended_by = TurnEndReason.COMMAND, None
        rule, self._rule = self._rule, ""
        extra: dict[str, str | float] = {"rule": rule} if rule else {}
        if ended_by is Completeness.STATEMENT and self._statement is not None:
            extra["window_s"] = round(self._statement.seconds, 3)
        self.events.emit(event.t, EventType.SPEECH_END, last_voice_t=round(event.last_voice, 3),
                         reason=reason.value, silence_s=round(event.t - event.last_voice, 3),
                         **extra)
        taken, self._taken = self._taken, None
        if result is None or not words:
            self._give_back(taken, event.t)
            return None  # a cough, a laugh: voiced but no words
        if (over_line and self.rules is not None and command is None and resumed is None
                and (unconfirmed or is_backchannel(text, self.rules))):
            self._give_back(taken, event.t)
            return None  # a listener's "mm" or "oh" while the partner spoke: not a turn
        ready = max(event.t, result.ready_at, self.clock.now())
        labels = () if command is not None else self.matcher.match(text).labels
        self.events.emit(ready, EventType.TRANSCRIPT, text=text,
                         labels=[label.value for label in labels])
        self._last_user_end = event.end
        if command is not None:
            if unconfirmed:
                # Too short to cut the line it was said over ("Stop!" lasts about 0.3 s),
                # but a command is for the coach: the line stops now, as it would have had
                # the word lasted longer, and the answer does not wait for the line's end.
                self._take_floor(ready, jumping_in=False)
            # A command steers the session; it is not a turn of the conversation.
            self.events.emit(ready, EventType.COMMAND, command=command.value)
            self.hooks.on_command(command, text)
            reaction = self.conductor.on_command(command)
            self._speak(reaction.lines, at=ready)
            return EndReason.COMMAND if reaction.end else None
        partner_end, partner_speaking, partner_text = self._partner_before(start)
        turn = replace(
            Turn.from_words(len(self.turns), start, event.end, words, self.vocabulary,
                            labels=labels, last_voice=event.last_voice),
            partner_end=partner_end, partner_speaking_s=partner_speaking,
            partner_text=partner_text, coach_end=self._coach_after(partner_end, start),
            barge_in=barge_in)
        self.hooks.on_turn(turn)
        reaction = self.conductor.on_turn(turn)
        if reaction.slower and isinstance(self.sink, SlowsDown):
            self.sink.slow_down(LineKind.REPLY)
        self._speak(reaction.lines, at=ready)
        # The reply is on its way; now listen again for the fillers, for the figures and tip.
        audio = self.audio.between(event.start, event.end)
        voiced = self.audio.voiced(event.start, event.start + len(audio) / SAMPLE_RATE)
        whole = result.job.before != ()
        details = self.worker.later(
            lambda: self._with_fillers(turn, audio, event.start, voiced, whole=whole))
        if not self.config.realtime:
            details.result()  # a replay keeps to one thread: done now, as always, repeatably
        self.turns.append(turn)  # until its details are heard (`_settle`)
        # The coach hears the turn (and picks its tip) once the user can no longer go on
        # with it: when the partner's answer is out, or the next turn starts.
        self._answered = _Answered(turn, details, audio, event.start, event.last_voice,
                                   event.t, reaction.later, reaction.tip_now(), ready,
                                   result.words, result.job.audio_end, ended_by)
        if self.rules is None or reaction.end:
            self._settle(force=True)
        if reaction.end:
            return EndReason.FINISHED
        if self.config.max_turns is not None and len(self.turns) >= self.config.max_turns:
            return EndReason.TURN_LIMIT
        return None

    def _settle(self, now: float = 0.0, force: bool = False) -> None:
        """The answered turn is final: the coach hears it, its tip is queued, it is saved."""
        answered = self._answered
        if answered is None:
            return
        if not force:
            assert self.rules is not None
            waited = now - answered.last_voice > self.rules.window(Completeness.UNFINISHED)
            replied = any(line.start >= answered.ended_at and line.end <= now
                          for line in self.lines)
            if not (waited or replied):
                return
        # Live, the loop never waits for the second readings; a replay (and a turn that must
        # be final now) does.
        detailed = (answered.details.poll() if self.config.realtime and not force
                    else answered.details.result())
        if detailed is None:
            return
        self._answered = None
        if answered.ended_by is Completeness.STATEMENT:
            self._learn(lambda window: window.stood())  # they stopped where it read finished
        aside = answered.later(detailed) if answered.later is not None else []
        self._speak([Say(say.text, say.kind, say.pause_before_s + self.config.tip_gap_s,
                         say.hold_s) for say in aside[:1]] + aside[1:], at=answered.ready)
        done = replace(detailed, tip=aside[0].text if aside else answered.tip_now)
        at = next(i for i, t in enumerate(self.turns) if t is answered.turn)
        self.turns[at] = done
        # The audio serves the filler pass and --keep-audio, then goes: an hour's session
        # must not keep it.
        self.hooks.on_turn_done(done, answered.audio)

    def _with_fillers(self, turn: Turn, audio: Samples, audio_start: float,
                      voiced: VoicedTimeline, whole: bool = False) -> Turn:
        """The turn with the fillers a second, disfluent pass heard (for the coach's tip), on
        the worker's thread: `voiced` is the detector's readings, taken on the loop's.

        `whole`: its words were joined from readings of its parts (`_heard_before`), which
        knew less of what came before them; for the figures and the history it is read whole
        once more (on real speech the joined words had a word error rate of 0.22, the whole
        turn's 0.15: "and so my fellow americans" came back as "and so am i fellow americans")."""
        if whole:
            words = [w.shifted(audio_start) for w in self.transcriber.transcribe_turn(audio)]
            if words:
                heard = Turn.from_words(turn.index, turn.start, turn.end, words,
                                        self.vocabulary, last_voice=turn.last_voice)
                turn = replace(turn, words=heard.words, text=heard.text, pacing=heard.pacing)
        prompted = [w.shifted(audio_start)
                    for w in self.transcriber.transcribe_turn(audio, disfluent=True)]
        # As in `analyze`: a filler must sit on voiced audio (the decoder invents them in a
        # pause).
        prompted = on_voice(prompted, self.vocabulary, voiced.voiced_seconds)
        words = merge_fillers(list(turn.words), prompted, self.vocabulary)
        heard = Turn.from_words(turn.index, turn.start, turn.end, words, self.vocabulary)
        return replace(turn, words=heard.words, text=heard.text, pacing=heard.pacing)

    def _finish_open_turn(self, t: float) -> None:
        for event in self.endpointer.flush(t):
            if isinstance(event, SpeechEnded):
                self._speech_ended(event, TurnEndReason.SILENCE)

    # ------------------------------------------------------------------ quiet time

    def _while_quiet(self, now: float) -> EndReason | None:
        if self._queue:
            return None  # the coach still has things to say
        quiet_since = max(self._last_user_end or 0.0, self._lines_end(), self._hold_until)
        reaction = self.conductor.on_silence(quiet_since, now)
        if reaction is not None:
            self._speak(reaction.lines, at=self.clock.now())
            if reaction.end:
                return EndReason.FINISHED
        return None

    # ------------------------------------------------------------------ speaking

    def _speak(self, says: list[Say], at: float) -> None:
        """Queue lines; the first is said at `at` at the earliest, each after the one before."""
        for say in says:
            self._queue.append((say, at))
        self._pump(self.clock.now())

    def _pump(self, now: float) -> None:
        """Say the queued lines whose time has come (all of them, with now = inf)."""
        while self._queue:
            say, not_before = self._queue[0]
            t = max(not_before, self._hold_until) + say.pause_before_s
            if t > now:
                return
            self._queue.popleft()
            # Live, a line starts no sooner than now; a replay places it where it falls.
            start = max(t, self.clock.now()) if self.config.realtime else t
            line = self.sink.say(say.text, say.kind, start)
            self._unheard.add(len(self.lines))
            self.lines.append(line)
            self.events.emit(line.start, _START_EVENT[line.kind], text=line.text)
            self.hooks.on_line(line)
            self._hold_until = max(self._hold_until, line.end, line.start + say.hold_s)

    def _note_underruns(self, t: float) -> int:
        """Log the speakers running dry since the last look; the total so far."""
        total = self.sink.underruns
        if total > self._underruns:
            self.events.emit(t, EventType.AUDIO_UNDERRUN, count=total - self._underruns)
            self._underruns = total
        return total

    def _cut_line(self, t: float) -> bool:
        """Stop the line playing at `t`, if one is; whether one was."""
        cut = self.sink.cut(t)
        if cut is None:
            return False
        self._replace_line(cut)
        self._hold_until = cut.end  # the next line need not wait for the cut one
        return True

    def _replace_line(self, cut: PlacedLine) -> None:
        for i in range(len(self.lines) - 1, -1, -1):
            if self.lines[i].start == cut.start and self.lines[i].text == cut.text:
                self.lines[i] = cut
                return

    def _take_heard(self) -> None:
        """Replace planned lines by the sink's account of how they really played."""
        for i in sorted(self._unheard):
            heard = self.sink.heard(self.lines[i])
            if heard is not None:
                self.lines[i] = heard
                self._unheard.discard(i)

    def _log_line_ends(self, now: float, final: bool = False) -> None:
        """Log the ends of lines that have played, when the output really finished them
        (`final`: the session is over; a line the sink never accounted for ends as planned)."""
        self._take_heard()
        for i, line in enumerate(self.lines):
            if i in self._logged_end or (i in self._unheard and not final):
                continue
            if line.end <= now:
                self._logged_end.add(i)
                self.events.emit(line.end, _END_EVENT[line.kind])

    def _lines_end(self) -> float:
        return max((line.end for line in self.lines), default=0.0)

    def _playing_at(self, t: float) -> PlacedLine | None:
        return next((line for line in reversed(self.lines) if line.playing_at(t)), None)

    def _without_echo(self, chunk: AudioChunk) -> AudioChunk:
        """The chunk with the coach's voice cancelled (speakers); with headphones, a warning
        the first time the coach is heard coming back all the same."""
        echo = self.parts.echo
        if isinstance(echo, EchoWatch):
            if echo.observe(chunk):
                self.hooks.on_echo_heard(chunk.start)
            return chunk
        if echo is None:
            return chunk
        mode = echo.mode
        chunk = echo.clean(chunk)
        if echo.mode is not mode:
            self.hooks.on_echo(chunk.start, echo.mode)
        return chunk

    @property
    def _gated(self) -> bool:
        """Deaf while the coach may be audible: speakers, and no canceller to trust (yet)."""
        echo = self.parts.echo
        return self.config.echo_gate and not (isinstance(echo, SpeakerEcho)
                                              and echo.mode is EchoMode.CANCEL)

    @property
    def _echo_only(self) -> bool:
        """The canceller left no more than its usual residual: nothing but the coach."""
        echo = self.parts.echo
        return isinstance(echo, SpeakerEcho) and not echo.user_likely

    def _coach_audible(self, t: float) -> bool:
        """Whether the coach's voice may be reaching the microphone at `t`: a line that has
        played, up to its real end and the room's echo after it; a line still playing (its
        end not known yet), from its planned start on."""
        return self._sounding(t, self.config.echo_tail_s)

    def _sounding(self, t: float, tail_s: float) -> bool:
        return any(line.start <= t and (i in self._unheard or t < line.end + tail_s)
                   for i, line in enumerate(self.lines))

    def other_side_busy(self, t: float) -> bool:
        """Whether the partner or the coach is speaking at `t`, or has lines still to say:
        what a replay that waits its turn like a person asks (`hearing.replay`)."""
        return bool(self._queue) or t < self._hold_until or self._sounding(t, 0.0)

    def _partner_before(self, start: float) -> tuple[float | None, float, str | None]:
        """When the other side last stopped before `start`, how long it spoke since the
        user's previous turn, and its last reply (the line this turn answers)."""
        previous = self._last_turn_end
        # The partner's lines only: the scene and the coach's tips are narration, and
        # speaking over them is not jumping in on the other person.
        before = [line for line in self.lines if line.start < start
                  and line.kind is LineKind.REPLY]
        spoken = sum(min(line.end, start) - max(line.start, previous)
                     for line in before if line.end > previous)
        replies = [line.text for line in before if line.kind is LineKind.REPLY]
        return ((max(line.end for line in before) if before else None), max(0.0, spoken),
                replies[-1] if replies else None)

    def _coach_after(self, partner_end: float | None, start: float) -> float | None:
        """When the coach's lines (tips, the scene) said after the partner's last line and
        before the user began ended: the user waited for them, as a person would."""
        if partner_end is None:
            return None
        ends = [line.end for line in self.lines if line.kind is not LineKind.REPLY
                and partner_end <= line.start < start]
        return max(ends, default=None)

    @property
    def _last_turn_end(self) -> float:
        return self.turns[-1].end if self.turns else 0.0
