"""Builds a live session from settings: where the audio comes from, where the voice goes."""

from __future__ import annotations

import dataclasses
import warnings
from dataclasses import dataclass
from pathlib import Path

from voicecoach.clock import MonotonicClock
from voicecoach.config import Config
from voicecoach.errors import AudioError, EchoCancellerError
from voicecoach.hearing.audio import AudioSource, FileSource, MicrophoneSource
from voicecoach.hearing.echo import EchoWatch, PlayedAudio, SpeakerEcho
from voicecoach.hearing.replay import TurnTakingReplay
from voicecoach.hearing.turn_end import TurnEndRules
from voicecoach.live.conductor import LoopConfig
from voicecoach.live.loop import SessionClock
from voicecoach.voice.roles import RoleSink, RoleVoices, open_cast
from voicecoach.voice.sinks import DeviceSink, VoiceSink, open_sink
from voicecoach.voice.synth import VoiceConfig

__all__ = ["LiveOptions", "LiveParts", "build", "has_output_device", "voice_config"]


@dataclass(frozen=True)
class LiveOptions:
    input_file: Path | None = None  # None: the microphone
    realtime: bool = False  # pace a file to real time (the microphone always is)
    input_device: str | None = None
    speak_to: Path | None = None
    headphones: bool = False
    max_turns: int | None = None
    patience: float = 1.0  # scales the end-of-turn windows
    predict_turn_end: bool = True  # False: the fixed end-of-speech silence
    # A recording's turns wait while the other side speaks (the demo's recording was timed
    # for replies of one length; see hearing.replay).
    take_turns: bool = False
    cancel_echo: bool = True  # speakers: the echo canceller rather than the gate ([audio])
    voice: VoiceConfig = dataclasses.field(default_factory=VoiceConfig)
    partner: bool = True  # False: no partner (the warm-up), every line in the coach's voice


@dataclass
class LiveParts:
    source: AudioSource
    sink: VoiceSink
    clock: SessionClock
    loop: LoopConfig
    notices: list[str]
    voice_out: str  # where the voice goes, for the user: "speakers", a WAV path, "screen"
    echo: SpeakerEcho | EchoWatch | None = None
    # The demo's recording, replayed one turn at a time: it waits for the loop's lines, and
    # what it played is the user's side of the demo's WAV.
    replay: TurnTakingReplay | None = None


class _Played:
    """The device's echo reference, read afresh each time (a reopened stream has a new one)."""

    def __init__(self, sink: DeviceSink) -> None:
        self._sink = sink

    def read(self, start: float, end: float) -> PlayedAudio:
        return self._sink.reference.read(start, end)


def voice_config(config: Config, overrides: dict[str, object]) -> VoiceConfig:
    """The [voice] section of the settings file with command-line flags on top."""
    values = {**config.sections.get("voice", {}),
              **{k: v for k, v in overrides.items() if v is not None}}
    return VoiceConfig.from_mapping(values)


def build(options: LiveOptions) -> LiveParts:
    live = options.input_file is None or options.realtime
    source: AudioSource
    replay = None
    if options.input_file is None:
        source = MicrophoneSource(options.input_device)
    elif options.take_turns:
        source = replay = TurnTakingReplay(FileSource(options.input_file))
    else:
        source = FileSource(options.input_file)
    clock = SessionClock(live, MonotonicClock())
    notices: list[str] = []
    cast = None
    try:
        # The partner's and the coach's voices; a name that matches no voice is raised.
        roles = RoleVoices.from_config(options.voice)
        # A replay at full speed waits for no line: no speed trial, and a slow voice renders
        # only the lines it says.
        opened_cast = open_cast(roles if options.partner else roles.coach_only(),
                                check_speed=live)
        cast, notices = opened_cast.cast, opened_cast.notices
        cast.render_missing = live
    except AudioError:
        pass  # no espeak-ng: open_sink says so and prints the lines instead
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PortAudio's own chatter; fall-backs are notices
        opened = open_sink(options.voice, clock, speak_to=options.speak_to, device=live,
                           voice=cast)
    sink: VoiceSink = opened.sink if cast is None else RoleSink(opened.sink, cast)
    # Speakers leak into a microphone. A recording cannot hear the coach, nor can a
    # microphone when the voice goes into a file or onto the screen.
    echo_gate = (options.input_file is None and not options.headphones
                 and isinstance(opened.sink, DeviceSink))
    echo: SpeakerEcho | EchoWatch | None = None
    if isinstance(opened.sink, DeviceSink) and options.input_file is None:
        if isinstance(source, MicrophoneSource):
            # What the speakers play, placed where the microphone hears it: one clock.
            opened.sink.reference.capture = source.clock
        if options.headphones:
            echo = EchoWatch(_Played(opened.sink))  # to warn if the speakers leak after all
        elif options.cancel_echo:
            try:
                echo = SpeakerEcho(_Played(opened.sink))
            except EchoCancellerError as error:
                notices.append(f"{error}; the microphone is closed while the coach speaks")
    loop = LoopConfig(realtime=live, pace_input=options.input_file is not None and live,
                      echo_gate=echo_gate, max_turns=options.max_turns,
                      turn_end=(TurnEndRules.load(patience=options.patience)
                                if options.predict_turn_end else None))
    return LiveParts(source, sink, clock, loop, notices + opened.notices, opened.where, echo,
                     replay)


def has_output_device() -> bool:
    from voicecoach.voice.device import find_output_device

    try:
        find_output_device(None)
    except AudioError:
        return False
    return True
