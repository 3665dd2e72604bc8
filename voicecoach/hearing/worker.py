"""One worker thread for transcription, so slow decoding never blocks capture.

The loop submits a turn's audio as soon as the user falls silent (speculatively: they may go
on), and again if they do go on; a newer job makes older ones stale and their results are
dropped. Each result carries how long the work took, so a replay at full speed can place
the transcript on the session clock where a live run would have had it.

A job may be the tail of a turn only: the words before it (`AsrJob.before`, heard at an earlier
pause of the same turn) are kept, and only the audio since that pause is transcribed, so a long
turn's end is not held up by transcribing all of it again.

A job's words may be read a second time, primed to write hesitations (`second_reading`; the
end-of-turn decision asks for it when the first reading looks finished: see
`hearing.turn_end.read_both`), on the same thread, so its result carries both.

Work that no turn's end waits for (an answered turn read whole again, its filler pass) goes to
the same thread as a `Later`, run only when no turn's words are waiting: on the loop's thread
it held the loop for one or two transcriptions (0.2-1.5 s) just after the partner began, so a
user who went on was not heard in that time.
"""

from __future__ import annotations

import enum
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from voicecoach.clock import Clock
from voicecoach.hearing.audio import Samples
from voicecoach.understanding.words import Word

__all__ = ["AsrJob", "AsrResult", "AsrWorker", "Later", "SecondReading"]

T = TypeVar("T")
# (the job's audio, the words heard so far with `before` in front) -> the audio read again,
# or None when no second reading is wanted.
SecondReading = Callable[[Samples, tuple[Word, ...]], list[Word] | None]


@dataclass(frozen=True)
class AsrJob:
    job_id: int
    turn_start: float  # session time of the audio's first sample
    audio_end: float  # session time of the audio's last sample
    submitted_at: float  # session time when it was handed to the worker
    audio: Samples
    # A tail job: the turn's words before `audio` (session times), and where `audio` starts.
    before: tuple[Word, ...] = ()
    tail_start: float | None = None

    @property
    def audio_start(self) -> float:
        """Session time of `audio`'s first sample."""
        return self.turn_start if self.tail_start is None else self.tail_start


@dataclass(frozen=True)
class AsrResult:
    job: AsrJob
    words: tuple[Word, ...]  # times on the session clock
    compute_s: float
    # The same audio read primed to write hesitations, `before` in front (None: not read so).
    hesitant: tuple[Word, ...] | None = None

    @property
    def ready_at(self) -> float:
        """When a live run would have had this transcript."""
        return self.job.submitted_at + self.compute_s


class _State(enum.Enum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    DROPPED = "dropped"  # no longer wanted; asked for after all, it runs on the asker's thread


class Later(Generic[T]):
    """Work for the worker's idle time whose result is wanted later, not now."""

    def __init__(self, work: Callable[[], T]) -> None:
        self._work = work
        self._lock = threading.Condition()
        self._state = _State.WAITING
        self._value: T | None = None
        self._error: BaseException | None = None

    def poll(self) -> T | None:
        """The result if the work is done (None: not yet)."""
        with self._lock:
            return self._value if self._state is _State.DONE else None

    def result(self) -> T:
        """The result, waiting for it; work not yet begun is done here, now (a session's end,
        or a turn that must be final at once, does not wait behind the worker's queue)."""
        with self._lock:
            if self._state is _State.RUNNING:
                self._lock.wait_for(lambda: self._state is _State.DONE)
        self._run(claimed=self._claim(dropped_too=True))
        with self._lock:
            if self._error is not None:
                raise self._error
            assert self._state is _State.DONE
            return self._value  # type: ignore[return-value]

    def drop(self) -> None:
        """Not wanted unless asked for again: the worker skips it."""
        with self._lock:
            if self._state is _State.WAITING:
                self._state = _State.DROPPED

    def _claim(self, dropped_too: bool = False) -> bool:
        with self._lock:
            if self._state is _State.WAITING or (dropped_too and self._state is _State.DROPPED):
                self._state = _State.RUNNING
                return True
            return False

    def _run(self, claimed: bool) -> None:
        if not claimed:
            return
        value: T | None = None
        error: BaseException | None = None
        try:
            value = self._work()
        except BaseException as failure:  # handed to whoever asks for the result
            error = failure
        with self._lock:
            self._value, self._error, self._state = value, error, _State.DONE
            self._lock.notify_all()


class AsrWorker:
    def __init__(self, transcribe: Callable[[Samples], list[Word]], clock: Clock,
                 tail: Callable[[Samples], list[Word]] | None = None,
                 second_reading: SecondReading | None = None) -> None:
        self._transcribe = transcribe
        # A turn's tail is never a spoken command said alone: read once, plainly.
        self._tail = tail or transcribe
        self._second_reading = second_reading
        self._clock = clock  # measures the work: a fake clock makes a replay repeatable
        self._jobs: deque[AsrJob] = deque()
        self._later: deque[Later[object]] = deque()  # run when no job is waiting
        self._closed = False
        self._lock = threading.Lock()
        self._results: dict[int, AsrResult] = {}
        self._done = threading.Condition(self._lock)
        self._latest = 0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="voicecoach-asr", daemon=True)
        self._thread.start()

    def submit(self, turn_start: float, audio_end: float, submitted_at: float,
               audio: Samples, before: tuple[Word, ...] = (),
               tail_start: float | None = None) -> AsrJob:
        """Transcribe `audio` (from `tail_start`, or the turn's start); the words `before` it
        are put in front of what it heard."""
        with self._lock:
            self._latest += 1
            job = AsrJob(self._latest, turn_start, audio_end, submitted_at, audio, before,
                         tail_start)
            self._results.clear()  # anything older is stale now
            self._jobs.clear()  # ... and not worth starting
            self._jobs.append(job)
            self._done.notify_all()
        return job

    def later(self, work: Callable[[], T]) -> Later[T]:
        """Do `work` once no turn's words are waiting; the result is collected from the
        `Later` (`poll`, or `result` to wait for it)."""
        task = Later(work)
        with self._done:
            self._later.append(task)  # type: ignore[arg-type]
            self._done.notify_all()
        return task

    def result(self, job: AsrJob, timeout: float = 60.0) -> AsrResult | None:
        """Wait for a job's words; None if a newer job replaced it or the worker failed."""
        with self._done:
            self._done.wait_for(lambda: job.job_id in self._results or self.error is not None
                                or self._latest != job.job_id, timeout)
            return self._results.get(job.job_id)

    def poll(self, job: AsrJob) -> AsrResult | None:
        """A job's words if they are ready now, without waiting (None: not yet, or stale)."""
        with self._lock:
            return self._results.get(job.job_id)

    def close(self) -> None:
        """Stop once the work queued is done (what is left of `later` runs where it is asked
        for)."""
        with self._done:
            self._closed = True
            self._done.notify_all()
        self._thread.join(timeout=10)

    def _next(self) -> AsrJob | Later[object] | None:
        """A turn's words first: someone is waiting for them. None: closed."""
        with self._done:
            self._done.wait_for(lambda: bool(self._jobs or self._later) or self._closed)
            if self._jobs:
                return self._jobs.popleft()
            if self._later and not self._closed:
                return self._later.popleft()
            return None

    def _run(self) -> None:
        while (job := self._next()) is not None:
            if isinstance(job, Later):
                job._run(claimed=job._claim())
                continue
            with self._lock:
                if job.job_id != self._latest:
                    continue  # the user went on talking; a newer job covers this audio
            started = self._clock.now()
            try:
                words = job.before + tuple(
                    w.shifted(job.audio_start) for w in (
                        self._tail if job.tail_start is not None else self._transcribe
                    )(job.audio))
                with self._lock:  # the user went on meanwhile: no need to read it again
                    wanted = job.job_id == self._latest
                again = (self._second_reading(job.audio, words)
                         if self._second_reading is not None and wanted else None)
            except BaseException as error:  # reported to the loop, which ends the session
                with self._done:
                    self.error = error
                    self._done.notify_all()
                return
            hesitant = (None if again is None
                        else job.before + tuple(w.shifted(job.audio_start) for w in again))
            result = AsrResult(job, words, self._clock.now() - started, hesitant)
            with self._done:
                if job.job_id == self._latest:
                    self._results[job.job_id] = result
                self._done.notify_all()
