"""`voicecoach check`: is it hearing me? Devices, a spoken line, the microphone level, the words.

Lists the input and output devices, plays a short line through the output, then listens on
the microphone while the user says a sentence (the level is shown as it comes in), transcribes
what it heard and says what to fix: a muted microphone, the wrong device, too quiet, clipping.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from voicecoach.clock import MonotonicClock
from voicecoach.commands.common import (
    add_command,
    add_common_options,
    load_settings,
    open_transcriber,
)
from voicecoach.commands.devices import device_json
from voicecoach.errors import AudioError, ConfigError, MicrophoneLostError
from voicecoach.hearing.audio import (
    CHUNK_SAMPLES,
    SAMPLE_RATE,
    MicrophoneSource,
    list_input_devices,
    list_output_devices,
)
from voicecoach.hearing.level import MUTED_DBFS, InputLevel, dbfs, measure_level
from voicecoach.hearing.vad import Endpointer, SileroVad, SpeechEnded, SpeechStarted, VadConfig
from voicecoach.terminal import console, print_json
from voicecoach.voice.catalog import open_voice
from voicecoach.voice.roles import RoleVoices
from voicecoach.voice.sinks import LineKind, open_sink
from voicecoach.voice.synth import TextToSpeech, VoiceConfig

__all__ = [
    "AFTER_SPEECH_S",
    "DESCRIPTION",
    "EXAMPLES",
    "LINE",
    "SUGGESTION",
    "CheckReport",
    "diagnose",
    "register",
    "run",
]

DESCRIPTION = ("List the devices, play a short line, listen while you say a sentence "
               "(showing the microphone level), transcribe it back, and say what to fix.")

EXAMPLES = """\
examples:
  voicecoach check                        play a line, then say a sentence when asked
  voicecoach check --device 3             try another microphone (see `voicecoach devices`)
  voicecoach check --no-play --seconds 10 only listen, for up to 10 s
  voicecoach check --json | jq .level     the findings as JSON

exit status: 0 when it heard you clearly, 1 when there is something to fix (the report says
what), 2 when the check could not run (an unknown device, no model).
"""

LINE = "Hello, this is your coach. If you can hear me, say a sentence back."
SUGGESTION = "Hi, I'm Sam. How do you know the host?"
AFTER_SPEECH_S = 0.8  # the sentence is over once the endpointer has closed the turn


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = add_command(subparsers, "check", DESCRIPTION, EXAMPLES)
    parser.add_argument("--device", metavar="DEV",
                        help="the microphone: an index or part of its name (default: the "
                             "system's)")
    parser.add_argument("--seconds", type=float, default=8.0, metavar="S",
                        help="listen for at most this long (default 8; it stops sooner once "
                             "you have said a sentence)")
    parser.add_argument("--no-play", action="store_true",
                        help="do not play the line through the speakers; only listen")
    add_common_options(parser)
    parser.set_defaults(run=run)


@dataclass
class CheckReport:
    inputs: list[dict[str, Any]]
    outputs: list[dict[str, Any]]
    input_device: str | None
    played: str | None = None  # the line played, or None
    playback_note: str | None = None  # why it was not played aloud
    seconds: float = 0.0
    level: InputLevel | None = None
    heard: str = ""
    words: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        level = None
        if self.level is not None:
            level = {"speech_dbfs": _r(self.level.speech_dbfs),
                     "loudest_dbfs": _r(self.level.loudest_dbfs),
                     "peak": round(self.level.peak, 3),
                     "input_level_dbfs": _r(self.level.level_dbfs)}
        return {"ok": self.ok, "inputs": self.inputs, "outputs": self.outputs,
                "input_device": self.input_device, "played": self.played,
                "playback_note": self.playback_note, "listened_s": round(self.seconds, 2),
                "level": level, "heard": self.heard, "words": self.words,
                "problems": self.problems}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def run(args: argparse.Namespace) -> int:
    if not 1.0 <= args.seconds <= 60.0:
        raise ConfigError(f"--seconds {args.seconds:g} is out of range; give 1 to 60 seconds")
    config = load_settings(args)
    chatty = not args.json and not args.quiet
    out = console(sys.stderr) if chatty else None
    microphone = MicrophoneSource(args.device)  # an unknown device is an error before all else
    report = CheckReport([device_json(d) for d in list_input_devices()],
                         [device_json(d) for d in list_output_devices()],
                         None if args.device is None else str(args.device))
    transcriber = open_transcriber(config)
    if out is not None:
        _show_devices(report, out)
    if not args.no_play:
        _play(report, VoiceConfig.from_mapping(config.sections.get("voice", {})), out)
    audio, voiced = _listen(microphone, args.seconds, out, config.vad)
    report.seconds = len(audio) / SAMPLE_RATE
    report.level = measure_level(audio, voiced)
    words = transcriber.transcribe(audio) if voiced.any() else []
    report.heard = " ".join(w.text for w in words)
    report.words = len(words)
    report.problems = diagnose(report.level, report.words, microphone.overflows)
    if args.json:
        print_json(report.as_dict())
    elif args.quiet:
        verdict = "ok" if report.ok else "fix: " + "; ".join(report.problems)
        print(f"{report.level.level_dbfs:.0f} dBFS\t{report.words} words\t{verdict}")
    else:
        _show_findings(report)
    return 0 if report.ok else 1


def diagnose(level: InputLevel, words: int, overflows: int) -> list[str]:
    """What to fix, in the user's terms; empty when the check heard them clearly."""
    problems = []
    if level.loudest_dbfs < MUTED_DBFS:
        problems.append(f"nothing came in from the microphone ({level.loudest_dbfs:.0f} dBFS): "
                        "it is muted, or the wrong device is chosen; unmute it, or pick "
                        "another with --device (see `voicecoach devices`)")
    elif level.too_quiet:
        problems.append(level.warning() or "the input is too quiet")
    elif level.speech_dbfs is None:
        problems.append(f"no speech was heard (loudest sound {level.loudest_dbfs:.0f} dBFS): "
                        "is the right microphone chosen? Try --device with another one")
    elif level.clipping:
        problems.append(level.warning() or "the input is clipping")
    if level.speech_dbfs is not None and not level.too_quiet and words == 0:
        problems.append("voice was heard but no words could be made out: speak a little "
                        "closer and more slowly, or cut background noise")
    if overflows:
        problems.append(f"{overflows} blocks of audio were dropped: close other programs "
                        "using the CPU")
    return problems


def _play(report: CheckReport, voice: VoiceConfig, out: Any) -> None:
    clock = MonotonicClock()
    roles = RoleVoices.from_config(voice, neural=False)  # the coach speaks the check's line
    coach: TextToSpeech | None = None
    with contextlib.suppress(AudioError):  # no espeak-ng: open_sink says so
        coach = open_voice(roles.coach, roles.coach_rate, roles.volume)
    opened = open_sink(voice, clock, voice=coach)
    end = clock.now()
    try:
        if opened.where != "speakers":
            report.playback_note = opened.notices[0] if opened.notices else "no output device"
            if out is not None:
                out.print(f"Could not play the line: {report.playback_note}")
            return
        if out is not None:
            out.print(f"Playing: \"{LINE}\"")
        end = opened.sink.say(LINE, LineKind.TIP, clock.now()).end
        report.played = LINE
    finally:
        opened.sink.close(end)  # plays the line out first


def _listen(microphone: MicrophoneSource, seconds: float, out: Any,
            vad: VadConfig) -> tuple[np.ndarray, np.ndarray]:
    """Record until a sentence has been said (or `seconds` pass); per-chunk voiced flags."""
    if out is not None:
        out.print(f"Now say a sentence, for example: \"{SUGGESTION}\"")
    endpointer = Endpointer(SileroVad(), vad)
    chunks: list[np.ndarray] = []
    voiced: list[bool] = []
    ended_at: float | None = None
    bar = out is not None and sys.stderr.isatty()
    lost: str | None = None
    try:
        for chunk in microphone.chunks():
            if not chunks:  # said once audio flows, so nothing said before is lost
                print("voicecoach: listening", file=sys.stderr, flush=True)
            confidence = endpointer.detector.confidence(chunk.samples)
            events = endpointer.step(chunk.start, chunk.end, confidence)
            chunks.append(chunk.samples)
            voiced.append(confidence >= 0.5)
            if any(isinstance(e, SpeechEnded) for e in events):
                ended_at = chunk.end
            if bar:
                _meter(dbfs(chunk.samples), any(isinstance(e, SpeechStarted) for e in events)
                       or endpointer.state.value in ("speaking", "stopping"))
            if chunk.end >= seconds or (ended_at is not None
                                        and chunk.end - ended_at >= AFTER_SPEECH_S):
                break
    except MicrophoneLostError as error:
        lost = str(error)
    finally:
        microphone.stop()
        if bar:
            sys.stderr.write("\n")
    if lost and not chunks:
        raise AudioError(f"{lost}; run `voicecoach devices` and pick one with --device")
    audio = np.concatenate(chunks) if chunks else np.zeros(CHUNK_SAMPLES, dtype=np.float32)
    return audio.astype(np.float32), np.asarray(voiced or [False], dtype=bool)


def _meter(level_db: float, speaking: bool) -> None:
    width = max(0, min(40, int((level_db + 70) / 70 * 40)))
    state = "hearing you" if speaking else "listening  "
    sys.stderr.write(f"\r  {state} {'█' * width:<40} {level_db:6.1f} dBFS")
    sys.stderr.flush()


def _show_devices(report: CheckReport, out: Any) -> None:
    for title, devices in (("Microphones", report.inputs), ("Speakers", report.outputs)):
        names = ", ".join(f"{d['index']}: {d['name']}" + (" (default)" if d["default"] else "")
                          for d in devices) or "none"
        out.print(f"{title}: {names}")


def _show_findings(report: CheckReport) -> None:
    out = console()
    level = report.level
    assert level is not None
    out.print("[bold]Check[/bold]")
    if report.played:
        out.print(f"  played      \"{report.played}\"")
    elif report.playback_note:
        out.print(f"  played      nothing: {report.playback_note}")
    speech = "no speech" if level.speech_dbfs is None else f"{level.speech_dbfs:.0f} dBFS"
    out.print(f"  level       speech {speech}, loudest {level.loudest_dbfs:.0f} dBFS, "
              f"peak {level.peak:.2f} (speech is easy to hear from about -40 to -10 dBFS)")
    out.print(f"  heard       \"{report.heard}\"" if report.heard else "  heard       nothing")
    if report.ok:
        out.print("  verdict     ok: it hears you clearly")
    for problem in report.problems:
        out.print(f"  fix         {problem}")
