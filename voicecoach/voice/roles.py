"""Two voices, one per role: the partner, and the coach (who also sets the scene).

A line's kind says whose it is (a reply is the partner's, a tip or the scene the coach's).
`RoleSink` wraps any sink: before a line is placed it tells the `VoiceCast` whose line it is,
and the cast, which is the sink's one `TextToSpeech`, speaks it in that role's voice. So the
sinks stay as they are, with one voice each.

Defaults: the coach is espeak-ng's default English voice; the partner espeak-ng's American
English with a higher variant (Piper, the `neural` extra, when chosen), so the two never sound
like one person. Rates are words a minute as heard, inside the pace band the
coach recommends (prompts/norms.toml: 110-170).
"""

from __future__ import annotations

import contextlib
import enum
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace

import numpy as np

from voicecoach.clock import Clock, MonotonicClock
from voicecoach.errors import AudioError
from voicecoach.voice.catalog import Engine, VoiceChoice, at_pace, open_voice
from voicecoach.voice.diskcache import CachedVoice
from voicecoach.voice.sinks import LineKind, PlacedLine, VoiceSink
from voicecoach.voice.synth import SpokenLine, TextToSpeech, VoiceConfig, clauses, sentences

__all__ = [
    "DEFAULT_COACH_WPM",
    "DEFAULT_PARTNER_WPM",
    "ESPEAK_PARTNER",
    "MAX_REAL_TIME_FACTOR",
    "OpenedCast",
    "Role",
    "RoleSink",
    "RoleVoices",
    "VoiceCast",
    "open_cast",
    "role_of",
]

DEFAULT_PARTNER_WPM = 150  # an ordinary conversational pace
DEFAULT_COACH_WPM = 140  # a little calmer: the coach models the pace it asks for
# "Could you speak more slowly?": each request takes a fifth off the pace (150 -> 120 -> 100
# words a minute), which a listener hears at once; below 100 espeak-ng drags its vowels.
SLOWER_BY = 0.8
SLOWEST_WPM = 100
# Another accent and a higher voice than the coach's. Not +f3, which tiny.en heard worse than
# espeak-ng's old single voice (benchmarks/voices.py: 20.4% against 17.4% for plain en-us).
ESPEAK_PARTNER = "en-us+f2"


class Role(enum.Enum):
    PARTNER = "partner"
    COACH = "coach"


def role_of(kind: LineKind) -> Role:
    return Role.PARTNER if kind is LineKind.REPLY else Role.COACH


@dataclass(frozen=True)
class RoleVoices:
    """Which voice and pace each role has, from the [voice] settings and the flags."""

    partner: VoiceChoice
    coach: VoiceChoice
    partner_rate: int = DEFAULT_PARTNER_WPM
    coach_rate: int = DEFAULT_COACH_WPM
    volume: float = 1.0

    @classmethod
    def from_config(cls, config: VoiceConfig, *, neural: bool = False) -> RoleVoices:
        """`coach` (else the older `voice`, which always named the coach's voice) and
        `partner` (else Piper with `neural`, else espeak-ng's ESPEAK_PARTNER).

        Piper is not the partner unless chosen (`[voice] partner = "piper"`, --partner-voice
        piper), even when installed. Its lines built at run time are no longer 1.5-2.2 s late
        (they play as they render, from clauses made ahead, and start on the speculative
        transcript), but over two runs of benchmarks/latency.py its replies were not yet
        shown to come as soon as espeak-ng's (p90 34-93 ms later), and a persona's first
        session renders its ~240 fixed lines for minutes on a 2-core machine."""
        coach = (VoiceChoice.parse(config.coach) if config.coach
                 else VoiceChoice(Engine.ESPEAK, config.voice))
        if config.partner:
            partner = VoiceChoice.parse(config.partner)
        elif neural:
            partner = VoiceChoice(Engine.PIPER)
        else:
            partner = VoiceChoice(Engine.ESPEAK, ESPEAK_PARTNER)
        return cls(partner, coach, config.partner_rate or DEFAULT_PARTNER_WPM,
                   config.coach_rate or DEFAULT_COACH_WPM, config.volume)

    def coach_only(self) -> RoleVoices:
        """Every line in the coach's voice: a session with no partner (the warm-up)."""
        return RoleVoices(self.coach, self.coach, self.coach_rate, self.coach_rate, self.volume)

    def espeak_partner(self) -> RoleVoices:
        """The same, with the partner on espeak-ng (when Piper cannot load)."""
        return RoleVoices(VoiceChoice(Engine.ESPEAK, ESPEAK_PARTNER), self.coach,
                          self.partner_rate, self.coach_rate, self.volume)


class VoiceCast:
    """The session's voices behind one `TextToSpeech`: a line is spoken in the voice of the
    role it was last assigned to (`assign`), the coach's when it was never assigned."""

    def __init__(self, partner: TextToSpeech, coach: TextToSpeech,
                 choices: RoleVoices | None = None) -> None:
        self.voices = {Role.PARTNER: partner, Role.COACH: coach}
        self.choices = choices
        self._roles: dict[str, Role] = {}
        self._lock = threading.Lock()
        self._background: list[threading.Thread] = []
        self._stop = threading.Event()
        self._ahead: dict[str, _Ahead] = {}  # run-time lines rendered ahead, by text
        self._ahead_jobs: deque[_Ahead] = deque()  # first: the reply about to be said
        self._later_jobs: deque[str] = deque()  # then: lines a later reply may say
        self._jobs = threading.Condition(self._lock)
        self._ahead_thread: threading.Thread | None = None
        # Lines a later reply may say wait until a line is being said: while the user's turn
        # ends, the speech model needs the cores, and the reply about to be said the voice.
        self._saying = False
        self._closing = False
        self.render_missing = True  # `prepare` renders lines not on disk in the background

    def voice(self, role: Role) -> TextToSpeech:
        return self.voices[role]

    def slow_down(self, role: Role) -> bool:
        """Asked to speak more slowly: `role` speaks SLOWER_BY times its pace from its next
        line, not below SLOWEST_WPM (False: it was there already). espeak-ng renders a line in
        ~15 ms, so nothing is prepared again; a Piper voice's lines prepared at the old pace
        are not used, and the rest are rendered as they are said, as a line with the user's
        words in it is."""
        choices = self.choices
        if choices is None:
            return False
        partner = role is Role.PARTNER
        choice = choices.partner if partner else choices.coach
        rate = choices.partner_rate if partner else choices.coach_rate
        slower = max(SLOWEST_WPM, round(rate * SLOWER_BY))
        if slower >= rate:
            return False
        voice = at_pace(self.voices[role], choice, slower, choices.volume)
        with self._lock:
            self.voices[role] = voice
            self.choices = (replace(choices, partner_rate=slower) if partner
                            else replace(choices, coach_rate=slower))
        return True

    def assign(self, text: str, role: Role) -> None:
        with self._lock:
            if len(self._roles) > 4096:  # a long session: old lines will not come back
                self._roles.clear()
            self._roles[text.strip()] = role

    def assigned(self, text: str) -> Role | None:
        with self._lock:
            return self._roles.get(text.strip())

    def role_for(self, text: str) -> Role:
        return self.assigned(text) or Role.COACH

    def synthesize(self, text: str) -> SpokenLine:
        return self.voices[self.role_for(text)].synthesize(text)

    def synthesize_sentences(self, text: str, role: Role) -> Iterator[SpokenLine]:
        """A run-time line in `role`'s voice, one sentence at a time (rendered lazily), so
        playback can begin with the first sentence."""
        voice = self.voices[role]
        by_sentence = getattr(voice, "synthesize_sentences", None)
        if by_sentence is not None:
            yield from by_sentence(text)
            return
        for sentence in sentences(text):
            yield voice.synthesize(sentence)

    # -- lines built at run time ----------------------------------------------------------

    def streams(self, text: str) -> bool:
        """Whether a line is to be played as it is rendered: its voice is a slow (neural,
        disk-cached) one and the line is not ready. espeak-ng renders a line in a few tens of
        ms, so its lines are rendered whole, as ever."""
        voice = self.voices[self.role_for(text)]
        return isinstance(voice, CachedVoice) and not voice.is_loaded(text)

    def expected_s(self, text: str) -> float:
        """About how long a line not yet rendered will last (its plan until it has played)."""
        role = self.role_for(text)
        wpm = DEFAULT_PARTNER_WPM if self.choices is None else (
            self.choices.partner_rate if role is Role.PARTNER else self.choices.coach_rate)
        return _EDGES_S + len(text.split()) * 60.0 / wpm

    def chunks(self, text: str) -> Iterator[SpokenLine]:
        """A line in the voice it was assigned, a piece at a time, each rendered only when
        asked for (or already rendered ahead, `render_ahead`): the clauses prepared ahead come
        from memory, the rest is rendered a sentence (or the run of clauses between two
        prepared ones) at a time. So playback starts with the first piece, at once when the
        line begins with a prepared clause ("Nice to meet you," then "Sam!")."""
        key = text.strip()
        with self._lock:
            ahead = self._ahead.pop(key, None)
        if ahead is not None and ahead.claim():
            return ahead.take()
        # Not begun (the thread was busy): rendered here, as it plays.
        return _composed(self.voices[self.role_for(key)], key)

    def render_ahead(self, texts: Iterable[str]) -> None:
        """Start rendering these (run-time) lines on a background thread, before they are
        said: the reply chosen on the speculative transcript. What was rendered ahead before
        and not said is dropped."""
        self.drop_ahead()
        wanted = [text.strip() for text in texts if text.strip() and self.streams(text)]
        with self._jobs:
            self._saying = False
            for key in wanted:
                job = _Ahead(key, self.voices[self._roles.get(key, Role.COACH)])
                self._ahead[key] = job
                self._ahead_jobs.append(job)
            self._start_worker()

    def render_later(self, texts: Iterable[str]) -> None:
        """Render these (run-time) lines whole into the voice's memory, after any line about
        to be said: lines a later reply may say. Never written to disk."""
        wanted = [text.strip() for text in texts if text.strip() and self.streams(text)]
        with self._jobs:
            self._later_jobs.extend(key for key in wanted if key not in self._later_jobs)
            self._start_worker()

    def saying(self) -> None:
        """A line is being said: the lines rendered for later may go on."""
        with self._jobs:
            self._saying = True
            self._jobs.notify_all()

    def _start_worker(self) -> None:
        if self._ahead_thread is None and (self._ahead_jobs or self._later_jobs):
            self._ahead_thread = threading.Thread(target=self._render_ahead,
                                                  name="voicecoach-ahead", daemon=True)
            self._ahead_thread.start()
        self._jobs.notify_all()

    def drop_ahead(self) -> None:
        """The user went on: what was being rendered ahead will not be said."""
        with self._lock:
            dropped = list(self._ahead.values())
            self._ahead.clear()
        for job in dropped:
            job.cancel()

    def rendering_ahead(self) -> dict[str, int]:
        """The lines rendered (or to be rendered) ahead and not yet said, with how many of
        their pieces are ready."""
        with self._lock:
            return {text: len(job.rendered) for text, job in self._ahead.items()}

    def _render_ahead(self) -> None:
        while True:
            with self._jobs:
                while not (self._ahead_jobs or (self._later_jobs and self._saying)
                           or self._closing):
                    self._jobs.wait()
                if self._closing:
                    return
                job = self._ahead_jobs.popleft() if self._ahead_jobs else None
                later = self._later_jobs.popleft() if job is None else None
            if job is not None:
                job.run()
            elif later is not None and self.streams(later):
                # A failure here is met again when the line is said, and handled there.
                with contextlib.suppress(AudioError):
                    self.voices[self.role_for(later)].synthesize(later)

    def prepare(self, lines: Mapping[Role, Iterable[str]]) -> None:
        """Synthesise each role's fixed lines ahead. A disk-cached (slow, neural) voice loads
        what it has at once and renders the rest on a background thread, so a session never
        waits minutes for its first start; a line asked for first is rendered when asked.
        With `render_missing` off (a replay at full speed: nobody waits for a line) the rest
        is rendered only if it is said."""
        for role, texts in lines.items():
            wanted = [text for text in texts if text.strip()]
            for text in wanted:
                self.assign(text, role)
            voice = self.voices[role]
            if isinstance(voice, CachedVoice):
                missing = voice.load_cached(wanted)
                if missing and self.render_missing:
                    thread = threading.Thread(target=self._render_later, args=(voice, missing),
                                              name=f"voicecoach-prepare-{role.value}",
                                              daemon=True)
                    self._background.append(thread)
                    thread.start()
            else:
                for text in wanted:
                    voice.synthesize(text)

    def _render_later(self, voice: CachedVoice, texts: list[str]) -> None:
        # Behind the live loop and the lines being said (Linux: a thread's own niceness).
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        for text in texts:
            if self._stop.is_set():
                return
            try:
                voice.prepare([text])
            except AudioError:
                return  # the line is rendered again when it is said, and fails there

    def close(self) -> None:
        """Stop preparing in the background (the line being rendered finishes)."""
        self._stop.set()
        self.drop_ahead()
        with self._jobs:
            self._closing = True
            self._later_jobs.clear()
            self._jobs.notify_all()
        for thread in [*self._background, *filter(None, [self._ahead_thread])]:
            thread.join(timeout=5)


# A composed line's pieces meet inside a sentence with the pause of a comma, not the breath
# that ends a line (Piper leaves 0.3-0.5 s after each piece it renders alone).
_JOIN_TAIL_S = 0.12
_JOIN_LEAD_S = 0.03
_QUIET = 0.01  # below this (-40 dBFS) a sample is the silence around speech
_EDGES_S = 0.45  # the silence before and after a rendered line, about


def _trim(line: SpokenLine, lead_s: float | None, tail_s: float | None) -> SpokenLine:
    """The line with at most `lead_s` of silence before its first sound and `tail_s` after
    its last (None: as it is)."""
    loud = np.flatnonzero(np.abs(line.samples) > _QUIET)
    if not len(loud):
        return line
    start = 0 if lead_s is None else max(0, int(loud[0] - lead_s * line.rate))
    end = (len(line.samples) if tail_s is None
           else min(len(line.samples), int(loud[-1] + 1 + tail_s * line.rate)))
    return SpokenLine(line.text, line.samples[start:end], line.rate)


def _pieces(voice: TextToSpeech, text: str) -> list[str]:
    """What to render, in order: each clause that is ready on its own, and between them the
    rest a sentence (or the run of clauses up to a ready one) at a time."""
    ready = getattr(voice, "is_loaded", None)
    pieces: list[str] = []
    for sentence in sentences(text):
        parts = clauses(sentence)
        if ready is None or not any(ready(part) for part in parts):
            pieces.append(sentence)
            continue
        run: list[str] = []
        for part in parts:
            if ready(part):
                if run:
                    pieces.append(" ".join(run))
                    run = []
                pieces.append(part)
            else:
                run.append(part)
        if run:
            pieces.append(" ".join(run))
    return pieces


def _composed(voice: TextToSpeech, text: str) -> Iterator[SpokenLine]:
    """The line's pieces, each rendered (or taken from memory) when asked for, joined inside a
    sentence with a comma's pause."""
    pieces = _pieces(voice, text)
    for i, piece in enumerate(pieces):
        joined_before = i > 0 and pieces[i - 1][-1:] in ",;:"
        joins_after = i + 1 < len(pieces) and piece[-1:] in ",;:"
        line = voice.synthesize(piece)
        if joined_before or joins_after:
            line = _trim(line, _JOIN_LEAD_S if joined_before else None,
                         _JOIN_TAIL_S if joins_after else None)
        yield line


class _Ahead:
    """A run-time line rendered on a background thread before it is said."""

    def __init__(self, text: str, voice: TextToSpeech) -> None:
        self.text = text
        self.voice = voice
        self.rendered: list[SpokenLine] = []
        self.started = False
        self.finished = False
        self.error: AudioError | None = None
        self.cancelled = threading.Event()
        self._changed = threading.Condition()

    def claim(self) -> bool:
        """The line is to be said: whether it was begun (then it is taken from here); if
        not, it never will be here."""
        with self._changed:
            if not self.started:
                self.cancelled.set()
            return self.started

    def run(self) -> None:
        with self._changed:
            if self.cancelled.is_set():
                return
            self.started = True
        try:
            for line in _composed(self.voice, self.text):
                if self.cancelled.is_set():
                    break
                with self._changed:
                    self.rendered.append(line)
                    self._changed.notify_all()
        except AudioError as error:
            self.error = error
        finally:
            with self._changed:
                self.finished = True
                self._changed.notify_all()

    def cancel(self) -> None:
        self.cancelled.set()

    def take(self) -> _Taken:
        return _Taken(self)


class _Taken:
    """A line rendered ahead, piece by piece as it is rendered (waiting for each); `close`
    (the line was cut, or is done with) drops what is still to be rendered."""

    def __init__(self, ahead: _Ahead) -> None:
        self._ahead = ahead
        self._taken = 0

    def __iter__(self) -> _Taken:
        return self

    def __next__(self) -> SpokenLine:
        ahead = self._ahead
        with ahead._changed:
            while self._taken >= len(ahead.rendered) and not ahead.finished:
                ahead._changed.wait(0.05)
            if self._taken < len(ahead.rendered):
                self._taken += 1
                return ahead.rendered[self._taken - 1]
        self.close()
        if ahead.error is not None:
            raise ahead.error
        raise StopIteration

    def close(self) -> None:
        self._ahead.cancel()


class RoleSink:
    """A `VoiceSink` that speaks replies in the partner's voice and tips in the coach's."""

    def __init__(self, inner: VoiceSink, cast: VoiceCast) -> None:
        self.inner = inner
        self.cast = cast

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        self.cast.assign(text, role_of(kind))
        self.cast.saying()
        return self.inner.say(text, kind, at)

    @property
    def renders_ahead(self) -> bool:
        """Whether lines said ahead (`say_ahead`) are rendered ahead: a slow (disk-cached)
        voice, through a real-time sink. The loop chooses a reply early only then."""
        return hasattr(self.inner, "say_chunks") and any(
            isinstance(voice, CachedVoice) for voice in self.cast.voices.values())

    def say_ahead(self, lines: Iterable[tuple[str, LineKind]],
                  later: Iterable[tuple[str, LineKind]] = ()) -> None:
        """Lines about to be said (a reply chosen on the speculative transcript): the ones
        built at run time start rendering now, dropped (`drop_ahead`) if the user goes on.
        `later`: lines a later reply may say, rendered after those and kept in memory."""
        if not self.renders_ahead:
            return  # espeak-ng, a WAV timeline, the screen: no one waits for a line there
        for text, kind in [*lines, *later]:
            self.cast.assign(text, role_of(kind))
        self.cast.render_ahead([text for text, _ in lines])
        self.cast.render_later([text for text, _ in later])

    def drop_ahead(self) -> None:
        self.cast.drop_ahead()

    def slow_down(self, kind: LineKind) -> bool:
        return self.cast.slow_down(role_of(kind))

    def cut(self, t: float) -> PlacedLine | None:
        return self.inner.cut(t)

    def heard(self, line: PlacedLine) -> PlacedLine | None:
        return self.inner.heard(line)

    def duck(self, t: float, ducked: bool) -> None:
        self.inner.duck(t, ducked)

    def prepare(self, lines: list[str]) -> None:
        """Lines given without a role: each in the voice it was assigned, else the partner's
        (most fixed lines are the partner's; `prepare_roles` says whose each is)."""
        by_role: dict[Role, list[str]] = {Role.PARTNER: [], Role.COACH: []}
        for text in lines:
            by_role[self.cast.assigned(text) or Role.PARTNER].append(text)
        self.prepare_roles(by_role)

    def prepare_roles(self, lines: Mapping[Role, Iterable[str]]) -> None:
        self.cast.prepare(lines)

    def close(self, end: float) -> None:
        self.cast.close()
        self.inner.close(end)

    @property
    def underruns(self) -> int:
        return self.inner.underruns


@dataclass
class OpenedCast:
    cast: VoiceCast
    notices: list[str] = field(default_factory=list)


# A neural voice slower than real time on this machine would make every reply wait.
MAX_REAL_TIME_FACTOR = 1.0
_TRIAL_LINE = "Hello, nice to meet you."


def open_cast(roles: RoleVoices, clock: Clock | None = None, *,
              check_speed: bool = True) -> OpenedCast:
    """Both voices. ConfigError for a name that matches no voice; AudioError when espeak-ng
    is missing. A Piper partner that will not load, or (with `check_speed`) renders a trial
    line slower than real time, falls back to espeak-ng with one notice."""
    notices: list[str] = []
    coach = open_voice(roles.coach, roles.coach_rate, roles.volume)
    if roles.partner == roles.coach and roles.partner_rate == roles.coach_rate:
        return OpenedCast(VoiceCast(coach, coach, roles), notices)  # one voice for both
    try:
        partner = open_voice(roles.partner, roles.partner_rate, roles.volume)
        if roles.partner.engine is Engine.PIPER and check_speed:
            _check_speed(partner, clock or MonotonicClock())
    except AudioError as error:
        if roles.partner.engine is not Engine.PIPER:
            raise
        notices.append(f"{error}; the partner speaks with espeak-ng instead")
        roles = roles.espeak_partner()
        partner = open_voice(roles.partner, roles.partner_rate, roles.volume)
    return OpenedCast(VoiceCast(partner, coach, roles), notices)


def _check_speed(voice: TextToSpeech, clock: Clock) -> None:
    """Render a trial line twice (the first run also warms ONNX Runtime up, now rather than
    on the first reply); AudioError when the second took longer than the line lasts."""
    inner = voice.voice if isinstance(voice, CachedVoice) else voice
    inner.synthesize(_TRIAL_LINE.upper())  # another text: the voice's own cache misses again
    started = clock.now()
    line = inner.synthesize(_TRIAL_LINE)
    took = clock.now() - started
    if line.duration > 0 and took > MAX_REAL_TIME_FACTOR * line.duration:
        raise AudioError(f"the Piper voice is slower than real time here ({took:.1f} s for a "
                         f"{line.duration:.1f} s line)")
