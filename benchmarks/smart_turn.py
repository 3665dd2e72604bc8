"""A trained end-of-turn model against the rules: pipecat's Smart Turn v3, measured, not shipped.

    pip install --no-deps pipecat-ai   # only for its model file; nothing of pipecat is imported
    PYTHONPATH=. .venv/bin/python benchmarks/smart_turn.py [--threshold 0.05] [--model PATH]

The `pipecat-ai` wheel (BSD-2) carries `smart-turn-v3.2-cpu.onnx` (8.7 MB): the last 8 s of a
turn as Whisper log-mel features in, the probability that the turn is complete out. Issue #13
asks to measure such a model against the rules and pick by the numbers; this does.

Each stretch of audio ends 0.16-0.2 s into a silence, where the loop first decides:

- `phrases`: the phrase sets of `benchmarks/turn_end_phrases.py` (espeak-ng; dev, blind dev,
  held out and fresh, each in its own voices): unfinished halves ("I work at the") and finished
  lines;
- `replay`: the pauses and turn ends of `benchmarks/turn_end.py`'s espeak recordings;
- `real`: the same for the real clips of ../shared/real_speech (jfk.wav's and mfa_uhum.wav's
  pauses inside a phrase, acoustic_corpus.wav's, sample.wav's turn ends).

Per set it prints how many unfinished pauses would be answered (cut-ins) and how many finished
turns would wait for the long window, for: the rules alone (`read_both` on tiny.en's readings,
as the loop reads them), the model alone (complete when p >= 0.5), and the rules with the model
as a veto (a reading that looks finished waits the long window when p < `--threshold`). Then
what one call of the model costs.

The features come from faster-whisper's own extractor (`FeatureExtractor`, after pipecat's
zero-mean, unit-variance normalisation of the waveform): within 0.007 of pipecat's vendored
numpy extractor on the same audio.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine
from benchmarks.turn_end import FINISHED, Recording, espeak, espeak_set, real_set, silence
from benchmarks.turn_end_phrases import (
    BLIND_DEV,
    DEV_UNFINISHED,
    DEV_VOICES,
    FRESH,
    FRESH_VOICES,
    HELD_OUT_FINISHED,
    HELD_OUT_UNFINISHED,
    HELD_OUT_VOICES,
    LEAD_IN_S,
    PAUSE_S,
    moves_dev_lines,
    phrases_of,
)
from voicecoach.hearing.audio import SAMPLE_RATE
from voicecoach.hearing.transcribe import AsrConfig, WhisperTranscriber
from voicecoach.hearing.turn_end import (
    Completeness,
    TurnEndRules,
    read_both,
    wants_hesitant_reading,
)
from voicecoach.understanding.words import join_words

MODEL_IN_WHEEL = Path("audio") / "turn" / "smart_turn" / "data" / "smart-turn-v3.2-cpu.onnx"
WINDOW_S = 8  # the model reads the last 8 s, zeros before a shorter turn
CONTEXT_BEFORE_S = 0.3  # audio kept before a turn's first voice, as an endpointer's pre-roll


class SmartTurn:
    """The ONNX model on one thread, as pipecat runs it."""

    def __init__(self, path: Path) -> None:
        import onnxruntime as ort
        from faster_whisper.feature_extractor import FeatureExtractor

        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(path), sess_options=options)
        self._features = FeatureExtractor(feature_size=80)

    def complete(self, audio: np.ndarray) -> float:
        """The probability that the turn ending with this audio is finished."""
        window = audio[-WINDOW_S * SAMPLE_RATE:].astype(np.float64)
        window = np.pad(window, (WINDOW_S * SAMPLE_RATE - len(window), 0))
        normal = (window - window.mean()) / np.sqrt(window.var() + 1e-7)
        features = self._features(normal.astype(np.float32), chunk_length=WINDOW_S)
        batch = features[None, :, : WINDOW_S * 100].astype(np.float32)
        return float(self._session.run(None, {"input_features": batch})[0].ravel()[0])


@dataclass
class Stretch:
    """Audio up to a decision point, what it is, what the rules and the model make of it."""

    kind: str  # "unfinished" (a pause the partner must not answer) or "finished"
    rules_finished: bool
    p_complete: float


@dataclass
class Row:
    name: str
    stretches: list[Stretch]


def find_model(given: Path | None) -> Path:
    if given is not None:
        if not given.is_file():
            sys.exit(f"smart_turn: {given} not found; give the .onnx file of Smart Turn v3")
        return given
    spec = importlib.util.find_spec("pipecat")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / MODEL_IN_WHEEL).is_file():
            return Path(folder) / MODEL_IN_WHEEL
    sys.exit("smart_turn: the model is not installed; run `.venv/bin/pip install --no-deps "
             "pipecat-ai` (only its model file is used) or give --model PATH")


def rules_read_finished(audio: np.ndarray, transcriber: WhisperTranscriber,
                        rules: TurnEndRules) -> bool:
    """Whether the loop's rules read this turn, so far, as finished."""
    heard = join_words(transcriber.transcribe_turn(audio))
    hesitant = (join_words(transcriber.transcribe_turn(audio, disfluent=True))
                if wants_hesitant_reading(heard, rules) else None)
    return read_both(heard, hesitant, rules)[0] is not Completeness.UNFINISHED


def phrase_rows(transcriber: WhisperTranscriber, rules: TurnEndRules, model: SmartTurn,
                folder: Path) -> list[Row]:
    blind_unfinished, blind_finished = phrases_of(BLIND_DEV)
    fresh_unfinished, fresh_finished = phrases_of(FRESH)
    splits = {
        "phrases: dev": (DEV_VOICES, DEV_UNFINISHED,
                         tuple(FINISHED) + tuple(moves_dev_lines(80)), False),
        "phrases: blind dev": (DEV_VOICES, blind_unfinished, blind_finished, True),
        "phrases: held out": (HELD_OUT_VOICES, HELD_OUT_UNFINISHED, HELD_OUT_FINISHED, False),
        "phrases: fresh": (FRESH_VOICES, fresh_unfinished, fresh_finished, False),
    }
    rows = []
    for name, (voices, unfinished, finished, rotate) in splits.items():
        stretches = []
        for k, voice in enumerate(voices):
            for kind, phrases in (("unfinished", unfinished), ("finished", finished)):
                for text in phrases[k::len(voices)] if rotate else phrases:
                    spoken = espeak(text, voice, folder)
                    read = np.concatenate([silence(LEAD_IN_S), spoken, silence(PAUSE_S)])
                    heard = np.concatenate([silence(CONTEXT_BEFORE_S), spoken,
                                            silence(PAUSE_S)])
                    stretches.append(Stretch(kind, rules_read_finished(read, transcriber, rules),
                                             model.complete(heard)))
        rows.append(Row(name, stretches))
    return rows


def recording_row(name: str, recordings: list[Recording], transcriber: WhisperTranscriber,
                  rules: TurnEndRules, model: SmartTurn) -> Row:
    """Every pause after an unfinished phrase, and every turn's end, of these recordings."""
    stretches = []
    for recording in recordings:
        audio = recording.audio
        for mark in recording.turns:
            first = max(0, round((mark.start - CONTEXT_BEFORE_S) * SAMPLE_RATE))
            points = [(a, "unfinished") for a, _b, kind in mark.pauses if kind == "unfinished"]
            points.append((mark.last_voice, "finished"))
            for at, kind in points:
                stretch = audio[first:round((at + PAUSE_S) * SAMPLE_RATE)]
                lead = silence(LEAD_IN_S)
                read = np.concatenate([lead, audio[round(mark.start * SAMPLE_RATE):
                                                   round((at + PAUSE_S) * SAMPLE_RATE)]])
                stretches.append(Stretch(kind, rules_read_finished(read, transcriber, rules),
                                         model.complete(stretch)))
    return Row(name, stretches)


def tally(stretches: list[Stretch], finished_when: Callable[[Stretch], bool]
          ) -> tuple[int, int, int, int]:
    """(cut-ins, unfinished pauses, long waits, finished turns) for a way of deciding."""
    unfinished = [s for s in stretches if s.kind == "unfinished"]
    finished = [s for s in stretches if s.kind == "finished"]
    return (sum(finished_when(s) for s in unfinished), len(unfinished),
            sum(not finished_when(s) for s in finished), len(finished))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, help="the .onnx file (default: pipecat-ai's)")
    parser.add_argument("--threshold", type=float, default=0.05,
                        help="below this the model vetoes a finished reading (default 0.05)")
    args = parser.parse_args()
    model = SmartTurn(find_model(args.model))
    rules = TurnEndRules.load()
    transcriber = WhisperTranscriber(AsrConfig())
    print(f"machine: {machine()}\n")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = phrase_rows(transcriber, rules, model, folder)
        rows.append(recording_row("replay: espeak recordings", espeak_set(folder), transcriber,
                                  rules, model))
    rows.append(recording_row("real speech", real_set(), transcriber, rules, model))
    ways: dict[str, Callable[[Stretch], bool]] = {
        "rules": lambda s: s.rules_finished,
        "model (p >= 0.5)": lambda s: s.p_complete >= 0.5,
        f"rules + model veto (p < {args.threshold})":
            lambda s: s.rules_finished and s.p_complete >= args.threshold,
    }
    print("| set | decision | unfinished pauses answered (cut-ins) | finished turns sent to "
          "the long wait |")
    print("|---|---|---|---|")
    for row in rows:
        for way, finished_when in ways.items():
            cut, pauses, waits, turns = tally(row.stretches, finished_when)
            print(f"| {row.name} | {way} | {cut} of {pauses} | {waits} of {turns} |")
    probe = np.concatenate([silence(1.0), np.random.default_rng(0).standard_normal(
        4 * SAMPLE_RATE).astype(np.float32) * 0.1])
    costs = []
    for _ in range(30):
        started = time.perf_counter()
        model.complete(probe)
        costs.append((time.perf_counter() - started) * 1000)
    print(f"\none call of the model: {statistics.median(costs):.0f} ms median, "
          f"{max(costs):.0f} ms worst of 30 (one thread)")


if __name__ == "__main__":
    main()
