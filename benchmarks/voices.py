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

then for Piper, over the partner's lines filled in at run time (partner.toml's lines with a
placeholder, filled with names and words a user might give), as a session says them
(`VoiceCast.chunks`: the clauses prepared ahead come from memory, the rest is rendered piece
by piece): first audio (call -> first piece's samples, p50/p90; and "as said", with the
callbacks rendered ahead as a session does once the user told the word), how late a later
piece came
past the end of what was already playing, the first sentence rendered whole as before, those
lines' WER; a cached line's load from the disk cache (p50/p90); and the process's peak memory
(resident set, with the speech model and the voices loaded).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.common import machine
from voicecoach.analyze.scoring import edit_alignment
from voicecoach.coaching.partner import Partner, PartnerWording
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
from voicecoach.voice.roles import (
    DEFAULT_COACH_WPM,
    DEFAULT_PARTNER_WPM,
    ESPEAK_PARTNER,
    Role,
    VoiceCast,
)
from voicecoach.voice.synth import (
    SpokenLine,
    Synthesizer,
    TextToSpeech,
    VoiceConfig,
    resample,
)

NAMES = ["Alex", "Priya", "Sam", "Jordan", "Chris", "Maria", "Tom", "Leo"]
# What a user might tell, for the placeholders of partner.toml.
TOLD = {"work": ["the library", "the hospital", "a small bakery"],
        "field": ["marketing", "nursing", "software"], "job": ["nurse", "teacher", "chef"],
        "like": ["hiking", "pottery", "board games"], "place": ["Leeds", "Toronto", "Lisbon"],
        "duration": ["two years", "six months", "about a year"]}
PERSONA = "Jordan"


def templates_of(lines: list[str], per_template: int = 3) -> list[str]:
    """The template each of `run_time_lines()` was filled from."""
    return [t for t in PartnerWording.load().templates() for _ in range(per_template)]


def run_time_lines(per_template: int = 3) -> list[str]:
    """The partner's lines filled in at run time (each of partner.toml's lines with a
    placeholder, `per_template` times with other names and words)."""
    lines = []
    for i, template in enumerate(PartnerWording.load().templates()):
        for k in range(per_template):
            values = {key: words[(i + k) % len(words)] for key, words in TOLD.items()}
            lines.append(template.format(name=PERSONA, user=NAMES[(i + k) % len(NAMES)],
                                         **values))
    return lines


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
            distance, _ = edit_alignment(reference, [w.token for w in heard if not w.filler])
            errors += distance
    return VoiceResult(label, None if transcriber is None else errors / max(words, 1),
                       words / seconds * 60, words / whole * 60, len(lines))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def piper_timings(transcriber: WhisperTranscriber | None) -> dict[str, float]:
    """Run-time lines as a session says them with the Piper partner (`VoiceCast.chunks`: the
    clauses prepared ahead from memory, the rest rendered piece by piece), in milliseconds:
    first audio (call -> first piece's samples), the longest wait for a later piece past the
    end of what had been heard, and the same lines' first sentence rendered whole (before);
    a cached line loaded from the disk cache; the WER of the composed lines."""
    from voicecoach.commands.live_common import fixed_parts
    from voicecoach.voice.piper import PiperSynthesizer

    piper = PiperSynthesizer(rate=DEFAULT_PARTNER_WPM)
    piper.warm_up()
    lines = run_time_lines()
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        cache = DiskCache(Path(folder))
        partner = CachedVoice(piper, "bench", cache)
        templates = [t.replace("{name}", PERSONA) for t in PartnerWording.load().templates()]
        partner.prepare(fixed_parts(templates))  # what a session prepares ahead
        cast = VoiceCast(partner, partner)
        first: list[float] = []
        as_said: list[float] = []
        waits: list[float] = []
        errors = words = 0
        wording = PartnerWording.load().lines
        callbacks = {line for key in TOLD for line in wording.get(f"callback_{key}", ())}
        for template, text in zip(templates_of(lines), lines, strict=True):
            cast.assign(text, Role.PARTNER)
            piper._cache.clear()  # a user's name said before is not in memory
            if template in callbacks:
                # A callback comes a reply or more after the user told the word; the session
                # rendered it then (`Partner.likely_lines`, `VoiceCast.render_later`).
                piper.synthesize(text)
                started = time.perf_counter()
                cast.synthesize(text) if not cast.streams(text) else next(cast.chunks(text))
                as_said.append((time.perf_counter() - started) * 1000)
                piper._cache.clear()
            started = time.perf_counter()
            heard_until = None
            pieces = []
            for piece in cast.chunks(text):
                now = time.perf_counter() - started
                if heard_until is None:
                    first.append(now * 1000)
                    if template not in callbacks:
                        as_said.append(now * 1000)
                    heard_until = now
                else:
                    waits.append(max(0.0, now - heard_until) * 1000)
                heard_until = max(heard_until, now) + piece.duration
                pieces.append(piece)
            if transcriber is not None:
                audio = np.concatenate([resample(p.samples, p.rate, 16000) for p in pieces])
                heard = transcriber.transcribe(audio, context="")
                reference = tokens(text)
                distance, _ = edit_alignment(reference,
                                              [w.token for w in heard if not w.filler])
                errors += distance
                words += len(reference)
        whole: list[float] = []
        for text in lines:
            piper._cache.clear()  # the first sentence rendered as before: nothing in memory
            started = time.perf_counter()
            next(piper.synthesize_sentences(text))
            whole.append((time.perf_counter() - started) * 1000)
        loads = []
        fixed = fixed_lines()[:40]
        CachedVoice(piper, "bench", cache).prepare(fixed)
        for text in fixed:
            fresh = CachedVoice(piper, "bench", cache)  # nothing in memory: from disk
            started = time.perf_counter()
            fresh.synthesize(text)
            loads.append((time.perf_counter() - started) * 1000)
    result.update({
        "run-time lines": len(lines),
        "first audio p50": statistics.median(first), "first audio p90": percentile(first, 0.9),
        "first audio as said p50": statistics.median(as_said),
        "first audio as said p90": percentile(as_said, 0.9),
        "later piece late p90": percentile(waits, 0.9) if waits else 0.0,
        "later piece late max": max(waits, default=0.0),
        "first sentence whole p50": statistics.median(whole),
        "first sentence whole p90": percentile(whole, 0.9),
        "cached load p50": statistics.median(loads), "cached load p90": percentile(loads, 0.9)})
    if transcriber is not None:
        result["run-time lines WER %"] = 100 * errors / max(words, 1)
    return result

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, metavar="K",
                        help="take every K-th line (default: all)")
    parser.add_argument("--pace-only", action="store_true",
                        help="measure the pace only, without transcribing (much faster)")
    parser.add_argument("--timings-only", action="store_true",
                        help="only Piper's timings and run-time lines (no voice's WER)")
    parser.add_argument("--only", default="", metavar="WORDS",
                        help="only the voices whose label holds one of these comma-separated "
                             "words (e.g. piper,coach)")
    parser.add_argument("--no-timings", action="store_true",
                        help="only each voice's WER and pace (no Piper timings)")
    args = parser.parse_args()
    if args.timings_only:
        print(f"{machine()}; load average {os.getloadavg()[0]:.1f}")
        for name, value in piper_timings(None if args.pace_only else WhisperTranscriber()
                                         ).items():
            unit = "" if name.startswith("run-time lines") else " ms"
            print(f"piper {name:<26} {value:>7.1f}{unit}", flush=True)
        return
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
        (f"partner before: espeak-ng en-us+f3, {DEFAULT_PARTNER_WPM} wpm",
         open_voice(VoiceChoice(Engine.ESPEAK, "en-us+f3"), DEFAULT_PARTNER_WPM)),
    ]
    if piper_installed():
        voices.append((f"partner: piper joe, {DEFAULT_PARTNER_WPM} wpm",
                       open_voice(VoiceChoice(Engine.PIPER), DEFAULT_PARTNER_WPM)))
    else:
        print("Piper is not installed (pip install 'voicecoach[neural]'): espeak-ng only")
    wanted = [w.strip().casefold() for w in args.only.split(",") if w.strip()]
    if wanted:
        voices = [(label, voice) for label, voice in voices
                  if any(w in label.casefold() for w in wanted)]
    print(f"{'voice':<52} {'WER':>6} {'wpm':>5} {'whole':>6}")
    for label, voice in voices:
        result = measure(label, voice, lines, transcriber)
        wer = "-" if result.wer is None else f"{result.wer:.1%}"
        print(f"{result.label:<52} {wer:>6} {result.wpm:>5.0f} {result.whole_wpm:>6.0f}",
              flush=True)
    if piper_installed() and not args.pace_only and not args.no_timings:
        print(f"load average before the Piper timings: {os.getloadavg()[0]:.1f}")
        for name, value in piper_timings(transcriber).items():
            unit = "" if name.startswith("run-time lines") else " ms"
            print(f"piper {name:<26} {value:>7.1f}{unit}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (resident): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
