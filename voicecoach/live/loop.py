"""The live loop: listen, hear a turn, answer, coach. Practice and warm-up are modes of it.

Audio time is the session clock: a recording replayed through this loop gives the same events
as it would live. At full speed the work done per turn (transcription, synthesis) is still
placed on that clock where a live run would have finished it, so latencies stay honest.

Latency: the user's turn is transcribed speculatively as soon as they fall silent, with the
fast short-window path; if they go on, the result is dropped. By the time the end-of-speech
silence has passed, the words are usually ready, and the partner's lines were synthesised
before the session began.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from voicecoach.clock import Clock
from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, AudioChunk, AudioSource
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import (
    Endpointer,
    SpeechEnded,
    SpeechStarted,
    VadConfig,
    VadState,
    VoiceDetector,
)
from voicecoach.hearing.worker import AsrJob, AsrResult, AsrWorker
from voicecoach.live.events import EventLog, EventType
from voicecoach.understanding.fillers import FillerVocabulary, merge_fillers
from voicecoach.understanding.match import Matcher
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.pacing import Pacing, turn_pacing
from voicecoach.understanding.voicecommands import CommandVocabulary, VoiceCommand
from voicecoach.understanding.words import Word, join_words
from voicecoach.voice.mouth import LineKind, Mouth, PlacedLine

AUDIO_KEPT_S = 120.0  # the longest turn the loop can transcribe
LOG_LOOKBACK_S = 0.25  # longer than the endpointer needs to confirm that speech started
_START_EVENT = {LineKind.REPLY: EventType.REPLY_START, LineKind.TIP: EventType.TIP_START}
_END_EVENT = {LineKind.REPLY: EventType.REPLY_END, LineKind.TIP: EventType.TIP_END}


class EndReason(enum.Enum):
    END_OF_INPUT = "end_of_input"
    TURN_LIMIT = "turn_limit"
    COMMAND = "command"
    INTERRUPTED = "interrupted"  # Ctrl-C
    MICROPHONE_LOST = "microphone_lost"
    FINISHED = "finished"  # the warm-up ran its course


@dataclass(frozen=True)
class LoopConfig:
    realtime: bool = False  # chunks arrive in real time (microphone, or --realtime replay)
    pace_input: bool = False  # a recording to be fed at real speed (the microphone paces itself)
    echo_gate: bool = False  # speakers: the microphone hears the coach, so ignore it then
    echo_tail_s: float = 0.3  # room echo after the coach's line ends
    speculate_after_s: float = 0.16  # silence before the turn is transcribed speculatively
    tip_gap_s: float = 0.4  # between the partner's reply and a coaching aside
    max_turns: int | None = None


@dataclass(frozen=True)
class HeardTurn:
    """One user turn as the loop heard it."""

    index: int
    start: float  # first voiced chunk
    end: float
    last_voice: float
    words: tuple[Word, ...]
    labels: tuple[MoveLabel, ...]
    pacing: Pacing
    barge_in: bool
    partner_end: float | None  # when the coach's last line before this turn ended
    partner_speaking_s: float  # how long the coach spoke since the previous turn
    command: VoiceCommand | None
    audio: np.ndarray  # the turn's audio, pre-roll included
    audio_start: float  # session time of the audio's first sample

    @property
    def text(self) -> str:
        return join_words(self.words)


@dataclass(frozen=True)
class Say:
    text: str
    kind: LineKind = LineKind.REPLY
    pause_before_s: float = 0.0
    hold_s: float = 0.0  # the next line starts no sooner than this after this one starts


@dataclass
class Reaction:
    """What a conductor wants done after a turn (or a silence)."""

    lines: list[Say] = field(default_factory=list)
    # Given the turn with its fillers (heard by a second pass while the lines above play),
    # returns lines said after them unless the user speaks first: the coaching aside.
    later: Callable[[HeardTurn], list[Say]] | None = None
    end: bool = False


class Conductor(Protocol):
    """Decides what the coach says: a role-play partner, or the warm-up's guide."""

    def opening(self) -> list[Say]: ...

    def on_turn(self, turn: HeardTurn) -> Reaction: ...

    def on_silence(self, quiet_since: float, now: float) -> Reaction | None:
        """Called while nobody speaks; lets a guide move on when no answer comes."""
        ...

    def closing(self, reason: EndReason) -> list[Say]: ...


class SessionClock:
    """Session time = audio time. Live, it also runs between chunks with the wall clock."""

    def __init__(self, realtime: bool, wall: Clock) -> None:
        self._realtime = realtime
        self._wall = wall
        self._audio_t = 0.0
        self._wall_at = wall.now()

    def start(self) -> None:
        """The session begins now (set-up before this does not count)."""
        self.on_chunk(0.0)

    def on_chunk(self, audio_end: float) -> None:
        self._audio_t = audio_end
        self._wall_at = self._wall.now()

    def now(self) -> float:
        if not self._realtime:
            return self._audio_t
        return self._audio_t + max(0.0, self._wall.now() - self._wall_at)


@dataclass
class SessionOutcome:
    turns: list[HeardTurn]
    lines: list[PlacedLine]
    reason: EndReason
    duration_s: float
    overflows: int
    closing_at: float  # where the closing lines (the spoken summary) begin
    message: str | None = None


class _TurnAudio:
    """The last AUDIO_KEPT_S seconds of input, to cut a turn's audio from."""

    def __init__(self) -> None:
        kept = int(AUDIO_KEPT_S * SAMPLE_RATE / CHUNK_SAMPLES)
        self._chunks: deque[AudioChunk] = deque(maxlen=kept)

    def add(self, chunk: AudioChunk) -> None:
        self._chunks.append(chunk)

    def between(self, start: float, end: float) -> np.ndarray:
        parts = [c.samples for c in self._chunks if c.end > start and c.start < end]
        if not parts:
            return np.zeros(0, dtype=np.float32)
        first = next(c for c in self._chunks if c.end > start)
        audio = np.concatenate(parts)
        skip = max(0, round((start - first.start) * SAMPLE_RATE))
        return audio[skip : skip + round((end - start) * SAMPLE_RATE)]


class SessionLoop:
    def __init__(self, *, source: AudioSource, detector: VoiceDetector, vad: VadConfig,
                 transcriber: WhisperTranscriber, matcher: Matcher,
                 vocabulary: FillerVocabulary, conductor: Conductor, mouth: Mouth,
                 events: EventLog, clock: SessionClock, config: LoopConfig,
                 on_turn: Callable[[HeardTurn], None] = lambda turn: None,
                 on_turn_done: Callable[[HeardTurn, str | None], None] = lambda turn, tip: None,
                 on_line: Callable[[PlacedLine], None] = lambda line: None,
                 on_chunk: Callable[[float, float, VadState], None] = (
                     lambda t, level, state: None),
                 ) -> None:
        self.source = source
        self.endpointer = Endpointer(detector, vad)
        self.transcriber = transcriber
        self.matcher = matcher
        self.vocabulary = vocabulary
        self.commands = CommandVocabulary.load()
        self.conductor = conductor
        self.mouth = mouth
        self.events = events
        self.clock = clock
        self.config = config
        self.on_turn = on_turn  # as soon as the words are known (for the screen)
        self.on_turn_done = on_turn_done  # with fillers and the chosen tip (for the history)
        self.on_line = on_line
        self.on_chunk = on_chunk
        self.worker = AsrWorker(transcriber.transcribe_turn)
        self.audio = _TurnAudio()
        self.turns: list[HeardTurn] = []
        self.lines: list[PlacedLine] = []
        self._logged_end: set[int] = set()  # lines whose end event is written
        # Lines waiting their turn to be said; the user speaking clears it (they have the
        # floor now), so nothing queued is said over them.
        self._queue: deque[tuple[Say, float]] = deque()
        self._speculation: AsrJob | None = None
        self._silence_from: float | None = None
        self._turn_start: float | None = None
        self._barge_in = False
        self._last_user_end: float | None = None
        self._hold_until = 0.0  # the coach's lines, pauses included, run until then

    # ------------------------------------------------------------------ the loop

    def run(self) -> SessionOutcome:
        reason = EndReason.END_OF_INPUT
        message = None
        self.clock.start()
        self._speak(self.conductor.opening(), at=0.0)
        wall_start = time.monotonic()
        end_t = 0.0
        try:
            for chunk in self._paced(self.source.chunks(), wall_start):
                end_t = chunk.end
                ended = self._step(chunk)
                if ended is not None:
                    reason = ended
                    break
            else:
                message = getattr(self.source, "error", None)
                if message:
                    reason = EndReason.MICROPHONE_LOST
                else:
                    self._finish_open_turn(end_t)
        except KeyboardInterrupt:
            reason = EndReason.INTERRUPTED
        finally:
            self.worker.close()
        self._pump(float("inf"))  # what was still to be said before the end
        closing_at = max(self.clock.now(), self._hold_until)
        self._speak(self.conductor.closing(reason), at=closing_at)
        self._pump(float("inf"))
        session_end = max(end_t, self._lines_end())
        self._log_line_ends(session_end + 1e-9)
        self.events.emit(session_end, EventType.SESSION_END, reason=reason.value)
        self.mouth.close(session_end)
        return SessionOutcome(self.turns, self.lines, reason, session_end,
                              self.source.overflows, closing_at, message)

    def _paced(self, chunks: Iterator[AudioChunk], wall_start: float) -> Iterator[AudioChunk]:
        for chunk in chunks:
            if self.config.pace_input:
                # A file replayed in real time: wait until the chunk would have been heard.
                delay = wall_start + chunk.end - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            yield chunk

    def _step(self, chunk: AudioChunk) -> EndReason | None:
        self.clock.on_chunk(chunk.end)
        self._pump(chunk.start)
        self._log_line_ends(chunk.start)
        # Held back a little: speech_start is stamped at the first voiced chunk, which the
        # endpointer confirms a few chunks later.
        self.events.advance(chunk.start - LOG_LOOKBACK_S)
        confidence = self.endpointer.detector.confidence(chunk.samples)
        if self.config.echo_gate and self._coach_audible(chunk.start):
            confidence = 0.0  # that voice is the coach's, coming back through the microphone
        self.audio.add(chunk)
        self.on_chunk(chunk.end, float(np.sqrt(np.mean(chunk.samples**2))),
                      self.endpointer.state)
        before = self.endpointer.state
        for event in self.endpointer.step(chunk.start, chunk.end, confidence):
            if isinstance(event, SpeechStarted):
                self._speech_started(event)
            elif isinstance(event, SpeechEnded):
                ended = self._speech_ended(event)
                if ended is not None:
                    return ended
        self._maybe_speculate(before, chunk.end)
        if self.endpointer.state is VadState.QUIET:
            return self._while_quiet(chunk.end)
        return None

    # ------------------------------------------------------------------ speech events

    def _speech_started(self, event: SpeechStarted) -> None:
        self._turn_start = event.first_voice
        self._queue.clear()  # the user has the floor: what was still to come is dropped
        self.events.emit(event.first_voice, EventType.SPEECH_START)
        cut = self.mouth.cut(event.t)
        self._barge_in = cut is not None
        if cut is not None:
            self._replace_line(cut)
            self._hold_until = cut.end  # the next line need not wait for the cut one
            self.events.emit(event.t, EventType.BARGE_IN)

    def _maybe_speculate(self, before: VadState, now: float) -> None:
        state = self.endpointer.state
        if state is VadState.SPEAKING:
            self._silence_from = None
            return
        if state is VadState.STOPPING and before is VadState.SPEAKING:
            self._silence_from = now
        if (state is VadState.STOPPING and self._silence_from is not None
                and self._turn_start is not None
                and now - self._silence_from >= self.config.speculate_after_s
                and (self._speculation is None
                     or self._speculation.audio_end < self._silence_from)):
            start = self.endpointer.turn_audio_start
            self._speculation = self.worker.submit(
                start, now, now, self.audio.between(start, now))

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

    def _speech_ended(self, event: SpeechEnded) -> EndReason | None:
        self.events.emit(event.t, EventType.SPEECH_END, last_voice_t=round(event.last_voice, 3))
        result = self._transcript_for(event)
        start = self._turn_start if self._turn_start is not None else event.start
        self._turn_start = None
        if result is None or not result.words:
            return None  # a cough, a laugh: voiced but no words
        ready = max(event.t, result.ready_at, self.clock.now())
        audio = self.audio.between(event.start, event.end)
        words = list(result.words)
        text = join_words(words)
        labels = self.matcher.match(text).labels
        command = self.commands.recognise(text)
        self.events.emit(ready, EventType.TRANSCRIPT, text=text,
                         labels=[label.value for label in labels])
        partner_end, partner_speaking = self._partner_before(start)
        turn = HeardTurn(
            index=len(self.turns), start=start, end=event.end, last_voice=event.last_voice,
            words=tuple(self.vocabulary.mark(words)), labels=labels,
            pacing=turn_pacing(self.vocabulary.mark(words), self.vocabulary),
            barge_in=self._barge_in, partner_end=partner_end,
            partner_speaking_s=partner_speaking, command=command, audio=audio,
            audio_start=event.start)
        self._barge_in = False
        if command is not None:
            self.events.emit(ready, EventType.COMMAND, command=command.value)
        self.on_turn(turn)
        reaction = self.conductor.on_turn(turn)
        self._last_user_end = event.end
        self._speak(reaction.lines, at=ready)
        # The reply is on its way; now listen again for the fillers, for the figures and tip.
        detailed = self._with_fillers(turn)
        self.turns.append(detailed)
        aside = reaction.later(detailed) if reaction.later is not None else []
        self._speak([Say(say.text, say.kind, say.pause_before_s + self.config.tip_gap_s,
                         say.hold_s) for say in aside[:1]] + aside[1:], at=ready)
        self.on_turn_done(detailed, aside[0].text if aside else None)
        # The audio has served (filler pass, --keep-audio); an hour's session must not keep it.
        self.turns[-1] = replace(detailed, audio=np.zeros(0, dtype=np.float32))
        if reaction.end:
            return EndReason.COMMAND if command is not None else EndReason.FINISHED
        if self.config.max_turns is not None and len(self.turns) >= self.config.max_turns:
            return EndReason.TURN_LIMIT
        return None

    def _with_fillers(self, turn: HeardTurn) -> HeardTurn:
        """The turn with the fillers a second, disfluent pass heard (for the coach's tip)."""
        prompted = [w.shifted(turn.audio_start)
                    for w in self.transcriber.transcribe_turn(turn.audio, disfluent=True)]
        words = self.vocabulary.mark(merge_fillers(list(turn.words), prompted, self.vocabulary))
        return replace(turn, words=tuple(words), pacing=turn_pacing(words, self.vocabulary))

    def _finish_open_turn(self, t: float) -> None:
        for event in self.endpointer.flush(t):
            if isinstance(event, SpeechEnded):
                self._speech_ended(event)

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
            line = self.mouth.say(say.text, say.kind, start)
            self.lines.append(line)
            self.events.emit(line.start, _START_EVENT[line.kind], text=line.text)
            self.on_line(line)
            self._hold_until = max(self._hold_until, line.end, line.start + say.hold_s)

    def _replace_line(self, cut: PlacedLine) -> None:
        for i in range(len(self.lines) - 1, -1, -1):
            if self.lines[i].start == cut.start and self.lines[i].text == cut.text:
                self.lines[i] = cut
                return

    def _log_line_ends(self, now: float) -> None:
        for i, line in enumerate(self.lines):
            if i not in self._logged_end and line.end <= now:
                self._logged_end.add(i)
                self.events.emit(line.end, _END_EVENT[line.kind])

    def _lines_end(self) -> float:
        return max((line.end for line in self.lines), default=0.0)

    def _coach_audible(self, t: float) -> bool:
        return any(line.start <= t < line.end + self.config.echo_tail_s for line in self.lines)

    def _partner_before(self, start: float) -> tuple[float | None, float]:
        previous = self._last_user_end or 0.0
        before = [line for line in self.lines if line.start < start]
        spoken = sum(min(line.end, start) - max(line.start, previous)
                     for line in before if line.end > previous)
        return (max(line.end for line in before) if before else None), max(0.0, spoken)
