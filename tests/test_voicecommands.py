"""Spoken commands: which short utterances steer a session, and which stay answers."""

from __future__ import annotations

import pytest
from conftest import skip_or_fail

from benchmarks.commands import espeak_available, hear, tally, utterance
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.understanding.voicecommands import CommandVocabulary, VoiceCommand

COMMANDS = CommandVocabulary.load()


@pytest.mark.parametrize(("said", "command"), [
    ("Stop.", VoiceCommand.STOP),
    ("Again, please.", VoiceCommand.REPEAT),  # a phrase with "please" in it, as it stands
    ("Slower, please.", VoiceCommand.SLOWER),
    ("Stop, please.", VoiceCommand.STOP),  # a command said politely
    ("Skip this art.", VoiceCommand.SKIP),
    ("That's really", None),  # close to "that's all" letter by letter, but not a command
    ("I'd stop by the bakery", None),
    ("Yes.", None),
])
def test_what_the_plain_reading_wrote_is_a_command_or_not(
        said: str, command: VoiceCommand | None) -> None:
    assert COMMANDS.recognise(said) is command


@pytest.mark.parametrize(("plain", "primed", "command"), [
    ("Scib", "skip, skip", VoiceCommand.SKIP),  # tiny.en on espeak-ng saying "skip"
    ("Keep it.", "skip it,", VoiceCommand.SKIP),
    ("Boss.", "pass,", VoiceCommand.SKIP),
    ("Slurr", "slow down,", VoiceCommand.SLOWER),
    ("C -O", "skip,", VoiceCommand.SKIP),  # only letters: nothing said against the command
    ("Yes.", "next,", None),  # a reply the prompt led astray
    ("Sure.", "stop,", None),
    ("Nice.", "next one,", None),
    ("Okay.", "next,", None),
    ("So come", "slow down,", None),
])
def test_a_command_the_primed_reading_heard_counts_if_the_plain_one_sounds_like_it(
        plain: str, primed: str, command: VoiceCommand | None) -> None:
    assert COMMANDS.confirm(plain, primed) is command


# Commands that tiny.en's plain reading mishears in these espeak-ng voices (the benchmark
# found them), and short replies that must stay replies.
MISHEARD = [("skip", "en-us", 135), ("skip it", "en-us", 175), ("pass", "en-gb", 175),
            ("slower", "en-gb-x-rp+f2", 135), ("skip this", "en-gb-x-rp+f2", 175),
            ("end the session", "en-gb-x-rp+f2", 135)]
REPLIES = ["Yes.", "Sure.", "Nice.", "Okay.", "Me too.", "Right.", "Not really.", "Cool."]


def test_misheard_commands_are_heard_and_short_replies_stay_replies(
        transcriber: WhisperTranscriber) -> None:
    if not espeak_available():
        skip_or_fail("espeak-ng is not installed; `apt-get install espeak-ng`")
    said = [utterance(text, voice, rate, COMMANDS.recognise(text))
            for text, voice, rate in MISHEARD]
    said += [utterance(text, voice, 175, None) for text in REPLIES
             for voice in ("en-us", "en-gb-x-rp+f2")]
    heard = hear(said, transcriber, COMMANDS)
    before, after = tally(heard, after=False), tally(heard, after=True)
    # The plain reading misses these (what the warm-up used to score as failed drill answers):
    # all six with AVX2 kernels; on an AVX-512 machine tiny.en reads one of them right.
    assert before.recognised <= 1
    assert after.recognised == after.commands == len(MISHEARD), [
        (h.utterance.text, h.plain, h.primed) for h in heard if h.after is None]
    assert after.false == 0, [(h.utterance.text, h.plain, h.primed) for h in heard
                              if h.utterance.command is None and h.after is not None]
