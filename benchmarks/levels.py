"""Turn cuts at several input levels and encodings, on every real recording and espeak fixture.

The endpointer sees each chunk through a streaming automatic gain (hearing/level.py); this
prints, per clip, the turns at 0 dB and whether -6, -12, -18, -24 and -30 dB, and the clip
re-encoded (44.1 kHz stereo FLAC, 48 kHz Opus in OGG, 44.1 kHz MP3, each from the -12 dB
version), give the same turns (starts and ends within 0.3 s), with the speech level in dBFS.
`--old` runs the VAD without the gain, for comparison.

    .venv/bin/python benchmarks/levels.py [--old]
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import av
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import REAL_SPEECH, ROOT
from voicecoach.analyze.analysis import find_turns
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource, Samples
from voicecoach.hearing.vad import SileroVad, VadConfig

LEVELS_DB = (-6, -12, -18, -24, -30)
ENCODINGS = (("flac44k_stereo.flac", "flac", 44_100, 2), ("ogg48k.ogg", "libopus", 48_000, 1),
             ("mp3.mp3", "libmp3lame", 44_100, 1))
TOLERANCE_S = 0.3
Cuts = list[tuple[float, float]]


def scaled(audio: Samples, db: float) -> Samples:
    quieter: Samples = (audio * np.float32(10 ** (db / 20))).astype(np.float32)
    return quieter


def encode(audio: Samples, path: Path, codec: str, rate: int, channels: int) -> Path:
    """Re-encode 16 kHz mono audio as another container, rate and channel count, with PyAV."""
    layout = "stereo" if channels == 2 else "mono"
    resampler = av.AudioResampler(format="s16" if codec == "flac" else "fltp", layout=layout,
                                  rate=rate)
    with av.open(str(path), "w") as container:
        stream = container.add_stream(codec, rate=rate)
        stream.layout = layout
        frame = av.AudioFrame.from_ndarray(audio.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for out in [*resampler.resample(frame), *resampler.resample(None)]:
            for packet in stream.encode(out):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return path


def turns(audio: Samples, normalise: bool = True) -> tuple[Cuts, float]:
    regions, voiced = find_turns(audio, SileroVad(normalise=normalise), VadConfig())
    return [(r.start, r.end) for r in regions], voiced.level(audio).level_dbfs


def same(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> bool:
    return len(a) == len(b) and all(abs(x[0] - y[0]) <= TOLERANCE_S
                                    and abs(x[1] - y[1]) <= TOLERANCE_S
                                    for x, y in zip(a, b, strict=True))


def main() -> None:
    normalise = "--old" not in sys.argv
    clips = [ROOT / "audio_fixtures" / f for f in ("hello_intro.wav", "two_turns.wav",
                                                   "fillers.wav", "demo_user.flac",
                                                   "warmup_user.flac")]
    if (REAL_SPEECH / "MANIFEST.md").exists():
        clips = [REAL_SPEECH / f"{n}.wav" for n in ("jfk", "acoustic_corpus", "mfa_uhum",
                                                   "sample", "dev00")] + clips
    print(f"VAD {'with' if normalise else 'without'} the automatic gain; 'same' = the turns "
          f"of 0 dB within {TOLERANCE_S} s, else the number of turns\n")
    print("| clip | speech dBFS | turns at 0 dB | " + " | ".join(f"{d} dB" for d in LEVELS_DB)
          + " | " + " | ".join(e[0].split(".")[0] for e in ENCODINGS) + " |")
    print("|---" * (3 + len(LEVELS_DB) + len(ENCODINGS)) + "|")
    with tempfile.TemporaryDirectory() as folder:
        for clip in clips:
            audio = FileSource(clip).read_all()
            reference, level = turns(audio, normalise)
            cells = []
            for db in LEVELS_DB:
                cuts, quiet_level = turns(scaled(audio, db), normalise)
                cells.append("same" if same(cuts, reference)
                             else f"{len(cuts)} ({quiet_level:.0f} dBFS)")
            for name, codec, rate, channels in ENCODINGS:
                path = encode(scaled(audio, -12), Path(folder) / name, codec, rate, channels)
                cuts, _ = turns(FileSource(path).read_all(), normalise)
                cells.append("same" if same(cuts, reference) else str(len(cuts)))
            print(f"| {clip.name} | {level:.0f} | {len(reference)} | " + " | ".join(cells)
                  + " |", flush=True)


if __name__ == "__main__":
    main()
