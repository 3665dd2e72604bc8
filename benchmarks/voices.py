"""Each default voice, heard back: word error rate and real pace; Piper's timings and memory.

    PYTHONPATH=. .venv/bin/python benchmarks/voices.py [--every K]

For each default voice (the coach's and the partner's espeak-ng voices, Piper's partner when
`voicecoach[neural]` is installed, and espeak-ng as it spoke every line before roles, for
comparison) it synthesises every fixed scenario and coaching line (prompts/: each persona's
lines, the scenes and hints, the coach's spoken lines, the warm-up; `--every K` takes every
K-th), transcribes each back with the bundled tiny.en and prints:

- WER: word errors over reference words, all lines pooled (tokens as `analyze` scores them);
- pace: words over the seconds from each line's first sound to its last, as the coach times
  a user's turn (`understanding/pacing.py`), and over the whole audio, end pauses included;

then for Piper: first audio of a run-time line (call -> first sentence's samples, p50/p90,
lines with a name in them, never cached), a cached line's load from the disk cache (p50/p90),
and the process's peak memory (resident set, with the speech model and both voices loaded).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.common import machine
from voicecoach.analyze.scoring import _edit_alignment
from voicecoach.coaching.partner import Partner
from voicecoach.coaching.persona import load_scenario, scenario_names
from voicecoach.coaching.warmup import WarmupScript
from voicecoach.commands.live_common import coach_for
from voicecoach.config import load_config
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.understanding.match import load_matcher
from voicecoach.understanding.words import Word
from voicecoach.voice.catalog import Engine, VoiceChoice, open_voice
from voicecoach.voice.diskcache import CachedVoice, DiskCache
from voicecoach.voice.piper import piper_installed
from voicecoach.voice.roles import DEFAULT_COACH_WPM, DEFAULT_PARTNER_WPM, ESPEAK_PARTNER
from voicecoach.voice.synth import (
    SpokenLine,
    Synthesizer,
    TextToSpeech,
    VoiceConfig,
    resample,
)

RUN_TIME_LINES = [  # replies built at run time: a name or a topic filled in
    "Lovely to meet you, {name}. I'm Jordan. How do you know Sam?",
    "Oh, {name}, the library! That sounds interesting. What do you do there?",
    "Nice to meet you too, {name}. Have you come far tonight?",
    "{name}, that's a great question. I'd start with a short walk and good boots.",
    "Ha, me too, {name}. What got you into it in the first place?",
]
NAMES = ["Alex", "Priya", "Sam", "Jordan", "Chris", "Maria", "Tom", "Leo"]


def fixed_lines() -> list[str]:
    """Every fixed line of every scenario, persona and coaching script, once each."""
    lines: dict[str, None] = {}
    for name in scenario_names():
        scenario = load_scenario(name)
        for persona in scenario.personas:
            partner = Partner(scenario, 1, persona=persona.name)
            lines.update(dict.fromkeys(partner.lines_to_prepare()))
        lines.update(dict.fromkeys([scenario.scene, scenario.closing, *scenario.silence.hints,
                                    *scenario.silence.nudges]))
    coach = coach_for(load_config(None), load_matcher())
    lines.update(dict.fromkeys(coach.wording.spoken_lines()))
    lines.update(dict.fromkeys(WarmupScript.load().all_lines()))
    # A line with `{` is filled in at run time; a bare count ("2") says nothing of a voice.
    return [line for line in lines if line and "{" not in line and len(line.split()) > 1]


def tokens(text: str) -> list[str]:
    return [Word(part, 0.0, 0.0).token for part in text.split()]


@dataclass
class VoiceResult:
    label: str
    wer: float | None  # None: not transcribed (--pace-only)
    wpm: float  # first sound to last
    whole_wpm: float  # the whole audio
    lines: int


def sounding(line: SpokenLine) -> float:
    """Seconds from the line's first sound to its last (above -34 dBFS)."""
    loud = np.flatnonzero(np.abs(line.samples) > 0.02)
    return float(loud[-1] - loud[0]) / line.rate if len(loud) else 0.0


def measure(label: str, voice: TextToSpeech, lines: list[str],
            transcriber: WhisperTranscriber | None) -> VoiceResult:
    errors = words = 0
    seconds = whole = 0.0
    for text in lines:
        line = voice.synthesize(text)
        seconds += sounding(line)
        whole += line.duration
        reference = tokens(text)
        words += len(reference)
        if transcriber is not None:
            heard = transcriber.transcribe(resample(line.samples, line.rate, 16000), context="")
            distance, _ = _edit_alignment(reference, [w.token for w in heard if not w.filler])
            errors += distance
    return VoiceResult(label, None if transcriber is None else errors / max(words, 1),
                       words / seconds * 60, words / whole * 60, len(lines))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def piper_timings(lines: list[str]) -> dict[str, float]:
    """First audio of run-time lines, and cached lines loaded from disk, in milliseconds."""
    voice = open_voice(VoiceChoice(Engine.PIPER), DEFAULT_PARTNER_WPM)
    assert isinstance(voice, CachedVoice)
    from voicecoach.voice.piper import PiperSynthesizer

    piper = voice.voice
    assert isinstance(piper, PiperSynthesizer)
    piper.warm_up()
    first: list[float] = []
    for name in NAMES:
        for template in RUN_TIME_LINES:
            started = time.perf_counter()
            next(piper.synthesize_sentences(template.format(name=name)))
            first.append((time.perf_counter() - started) * 1000)
    with tempfile.TemporaryDirectory() as folder:
        cache = DiskCache(Path(folder))
        CachedVoice(piper, "bench", cache).prepare(lines[:40])
        loads = []
        for text in lines[:40]:
            fresh = CachedVoice(piper, "bench", cache)  # nothing in memory: from disk
            started = time.perf_counter()
            fresh.synthesize(text)
            loads.append((time.perf_counter() - started) * 1000)
    return {"first audio p50": statistics.median(first), "first audio p90":
            percentile(first, 0.9), "cached load p50": statistics.median(loads),
            "cached load p90": percentile(loads, 0.9)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, metavar="K",
                        help="take every K-th line (default: all)")
    parser.add_argument("--pace-only", action="store_true",
                        help="measure the pace only, without transcribing (much faster)")
    args = parser.parse_args()
    lines = fixed_lines()[:: args.every]
    print(f"{machine()}; {len(lines)} lines, "
          f"{sum(len(line.split()) for line in lines)} words", flush=True)
    transcriber = None if args.pace_only else WhisperTranscriber()
    voices: list[tuple[str, TextToSpeech]] = [
        ("espeak-ng before roles (default voice, rate 160)", Synthesizer(VoiceConfig())),
        (f"coach: espeak-ng default, {DEFAULT_COACH_WPM} wpm",
         open_voice(VoiceChoice(Engine.ESPEAK), DEFAULT_COACH_WPM)),
        (f"partner: espeak-ng {ESPEAK_PARTNER}, {DEFAULT_PARTNER_WPM} wpm",
         open_voice(VoiceChoice(Engine.ESPEAK, ESPEAK_PARTNER), DEFAULT_PARTNER_WPM)),
    ]
    if piper_installed():
        voices.append((f"partner: piper joe, {DEFAULT_PARTNER_WPM} wpm",
                       open_voice(VoiceChoice(Engine.PIPER), DEFAULT_PARTNER_WPM)))
    else:
        print("Piper is not installed (pip install 'voicecoach[neural]'): espeak-ng only")
    print(f"{'voice':<52} {'WER':>6} {'wpm':>5} {'whole':>6}")
    for label, voice in voices:
        result = measure(label, voice, lines, transcriber)
        wer = "-" if result.wer is None else f"{result.wer:.1%}"
        print(f"{result.label:<52} {wer:>6} {result.wpm:>5.0f} {result.whole_wpm:>6.0f}",
              flush=True)
    if piper_installed() and not args.pace_only:
        for name, ms in piper_timings(lines).items():
            print(f"piper {name:<20} {ms:>7.1f} ms")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (resident): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
