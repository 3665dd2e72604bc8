"""Two voices, one per role: the partner, and the coach (who also sets the scene).

A line's kind says whose it is (a reply is the partner's, a tip or the scene the coach's).
`RoleSink` wraps any sink: before a line is placed it tells the `VoiceCast` whose line it is,
and the cast, which is the sink's one `TextToSpeech`, speaks it in that role's voice. So the
sinks stay as they are, with one voice each.

Defaults: the coach is espeak-ng's default English voice; the partner is Piper when the
`neural` extra is installed, else espeak-ng's American English with a higher variant, so the
two never sound like one person. Rates are words a minute as heard, inside the pace band the
coach recommends (prompts/norms.toml: 110-170).
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from voicecoach.clock import Clock, MonotonicClock
from voicecoach.errors import AudioError
from voicecoach.voice.catalog import Engine, VoiceChoice, open_voice
from voicecoach.voice.diskcache import CachedVoice
from voicecoach.voice.sinks import LineKind, PlacedLine, VoiceSink
from voicecoach.voice.synth import SpokenLine, TextToSpeech, VoiceConfig, sentences

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
ESPEAK_PARTNER = "en-us+f3"  # another accent and a higher voice than the coach's


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
        piper), even when installed: a line built at run time (with the user's name in it)
        starts 1.5-2.2 s late with Piper until it is played sentence by sentence as rendered,
        and a partner that answers late is worse practice than a robotic one."""
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

    def voice(self, role: Role) -> TextToSpeech:
        return self.voices[role]

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

    def prepare(self, lines: Mapping[Role, Iterable[str]]) -> None:
        """Synthesise each role's fixed lines ahead. A disk-cached (slow, neural) voice loads
        what it has at once and renders the rest on a background thread, so a session never
        waits minutes for its first start; a line asked for first is rendered when asked."""
        for role, texts in lines.items():
            wanted = [text for text in texts if text.strip()]
            for text in wanted:
                self.assign(text, role)
            voice = self.voices[role]
            if isinstance(voice, CachedVoice):
                missing = voice.load_cached(wanted)
                if missing:
                    thread = threading.Thread(target=self._render_later, args=(voice, missing),
                                              name=f"voicecoach-prepare-{role.value}",
                                              daemon=True)
                    self._background.append(thread)
                    thread.start()
            else:
                for text in wanted:
                    voice.synthesize(text)

    def _render_later(self, voice: CachedVoice, texts: list[str]) -> None:
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
        for thread in self._background:
            thread.join(timeout=5)


class RoleSink:
    """A `VoiceSink` that speaks replies in the partner's voice and tips in the coach's."""

    def __init__(self, inner: VoiceSink, cast: VoiceCast) -> None:
        self.inner = inner
        self.cast = cast

    def say(self, text: str, kind: LineKind, at: float) -> PlacedLine:
        self.cast.assign(text, role_of(kind))
        return self.inner.say(text, kind, at)

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
