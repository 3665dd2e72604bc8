"""Spoken commands said alone, and short replies, by espeak-ng: commands heard, false commands.

Every command phrase of prompts/warmup.toml and REPLIES (short answers that must stay
answers) are said in four voices at two rates, made at run time (nothing is stored), with
the endpointer's pre-roll and tail around them, and go through the live path: the short
window's plain reading and, for a short turn, the reading primed with the commands
(live/commandpass.py).

    .venv/bin/python benchmarks/commands.py [--dump FILE]

`--dump` writes each utterance's readings as JSON, to tune the thresholds without the model.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.match import speak
from voicecoach.hearing.audio import SAMPLE_RATE, Samples
from voicecoach.hearing.transcribe import Transcriber, WhisperTranscriber
from voicecoach.live.commandpass import CommandPass
from voicecoach.understanding.voicecommands import CommandVocabulary, VoiceCommand
from voicecoach.understanding.words import Word, join_words

REPLIES = ("Yes.", "Sure.", "Nice.", "No.", "Okay.", "Really?", "Thanks.", "Me too.",
           "Great.", "Cool.", "Hello.", "Hi there.", "I agree.", "Not really.", "Maybe.",
           "Of course.", "Why not?", "Sounds good.", "Good morning.", "That's fun.",
           "Tell me more.", "Exactly.", "I see.", "Wow.", "Right.", "Absolutely.", "Kind of.",
           "Yeah.")
VOICES = ("en-us", "en-gb", "en-us+f3", "en-gb-x-rp+f2")
RATES = (135, 175)  # words a minute: slow, brisk
PRE_ROLL_S = 0.2  # the endpointer keeps 0.19 s before the voice ...
TAIL_S = 0.25  # ... and the turn's audio runs 0.1-0.3 s past it


@dataclass(frozen=True)
class Utterance:
    text: str
    voice: str
    rate: int
    command: VoiceCommand | None  # what it is: a command, or None for a reply
    audio: Samples = field(repr=False, compare=False)


@dataclass
class Readings:
    """A transcriber that keeps what each reading heard."""

    transcriber: Transcriber
    plain: str = ""
    primed: str = ""
    plain_probability: float = 0.0  # the plain reading's least sure word

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        words = self.transcriber.transcribe_turn(audio, disfluent, prompt)
        if prompt is None:
            self.plain, self.primed = join_words(words), ""
            self.plain_probability = min((w.probability for w in words), default=0.0)
        else:
            self.primed = join_words(words)
        return words


def espeak_available() -> bool:
    return shutil.which("espeak-ng") is not None


def utterance(text: str, voice: str, rate: int, command: VoiceCommand | None) -> Utterance:
    """`text` said by espeak-ng, with the silence a live turn's audio has around it."""
    pre = np.zeros(int(PRE_ROLL_S * SAMPLE_RATE), dtype=np.float32)
    tail = np.zeros(int(TAIL_S * SAMPLE_RATE), dtype=np.float32)
    return Utterance(text, voice, rate, command,
                     np.concatenate([pre, speak(text, voice, rate), tail]))


def utterances(commands: CommandVocabulary, replies: tuple[str, ...] = REPLIES,
               voices: tuple[str, ...] = VOICES, rates: tuple[int, ...] = RATES
               ) -> list[Utterance]:
    """Every command phrase and every reply, in every voice at every rate."""
    said: list[tuple[str, VoiceCommand | None]] = list(dict(commands.phrases).items())
    said += [(reply, None) for reply in replies]
    return [utterance(text, voice, rate, command)
            for text, command in said for voice in voices for rate in rates]


@dataclass(frozen=True)
class Heard:
    utterance: Utterance
    plain: str
    primed: str
    plain_probability: float
    before: VoiceCommand | None  # from the plain reading alone
    after: VoiceCommand | None  # with the primed reading of a short turn


def hear(said: list[Utterance], transcriber: Transcriber,
         commands: CommandVocabulary) -> list[Heard]:
    readings = Readings(transcriber)
    listen = CommandPass(readings, commands)
    heard = []
    for u in said:
        words = listen(u.audio)
        heard.append(Heard(u, readings.plain, readings.primed, readings.plain_probability,
                           commands.recognise(readings.plain), commands.recognise(
                               join_words(words))))
    return heard


@dataclass(frozen=True)
class Tally:
    commands: int
    recognised: int  # commands heard as the command said
    replies: int
    false: int  # replies heard as a command


def tally(heard: list[Heard], after: bool) -> Tally:
    def got(h: Heard) -> VoiceCommand | None:
        return h.after if after else h.before
    said = [h for h in heard if h.utterance.command is not None]
    replies = [h for h in heard if h.utterance.command is None]
    return Tally(len(said), sum(got(h) is h.utterance.command for h in said),
                 len(replies), sum(got(h) is not None for h in replies))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, help="write each utterance's readings as JSON")
    args = parser.parse_args()
    if not espeak_available():
        sys.exit("benchmark: espeak-ng is not installed")
    commands = CommandVocabulary.load()
    heard = hear(utterances(commands), WhisperTranscriber(), commands)
    for h in heard:
        u = h.utterance
        if h.after is not u.command or h.before is not u.command:
            print(f"  {u.text!r:18} {u.voice:<14} {u.rate}  plain {h.plain!r:24} "
                  f"primed {h.primed!r:28} -> {h.after.value if h.after else '-'}")
    for name, after in (("plain reading only", False), ("with the primed reading", True)):
        t = tally(heard, after)
        print(f"{name:>24}: commands recognised {t.recognised}/{t.commands}, "
              f"false commands {t.false}/{t.replies}")
    if args.dump:
        args.dump.write_text(json.dumps([
            {**{k: v for k, v in asdict(h.utterance).items() if k != "audio"},
             "command": h.utterance.command.value if h.utterance.command else None,
             "plain": h.plain, "primed": h.primed, "plain_probability": h.plain_probability}
            for h in heard], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
