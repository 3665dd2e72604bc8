"""One worker thread for transcription, so slow decoding never blocks capture.

The loop submits a turn's audio as soon as the user falls silent (speculatively: they may go
on), and again if they do go on; a newer job makes older ones stale and their results are
dropped. Each result carries how long the work took, so a replay at full speed can place
the transcript on the session clock where a live run would have had it.

A job may be the tail of a turn only: the words before it (`AsrJob.before`, heard at an earlier
pause of the same turn) are kept, and only the audio since that pause is transcribed, so a long
turn's end is not held up by transcribing all of it again.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass

from voicecoach.clock import Clock
from voicecoach.hearing.audio import Samples
from voicecoach.understanding.words import Word


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

    @property
    def ready_at(self) -> float:
        """When a live run would have had this transcript."""
        return self.job.submitted_at + self.compute_s


class AsrWorker:
    def __init__(self, transcribe: Callable[[Samples], list[Word]], clock: Clock,
                 tail: Callable[[Samples], list[Word]] | None = None) -> None:
        self._transcribe = transcribe
        # A turn's tail is never a spoken command said alone: read once, plainly.
        self._tail = tail or transcribe
        self._clock = clock  # measures the work: a fake clock makes a replay repeatable
        self._jobs: queue.Queue[AsrJob | None] = queue.Queue()
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
        self._jobs.put(job)
        return job

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
        self._jobs.put(None)
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            with self._lock:
                if job.job_id != self._latest:
                    continue  # the user went on talking; a newer job covers this audio
            started = self._clock.now()
            try:
                words = (self._tail if job.tail_start is not None
                         else self._transcribe)(job.audio)
            except BaseException as error:  # reported to the loop, which ends the session
                with self._done:
                    self.error = error
                    self._done.notify_all()
                return
            result = AsrResult(job, job.before + tuple(w.shifted(job.audio_start)
                                                       for w in words),
                               self._clock.now() - started)
            with self._done:
                if job.job_id == self._latest:
                    self._results[job.job_id] = result
                self._done.notify_all()
