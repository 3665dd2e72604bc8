"""Audio in: any file becomes 16 kHz mono chunks stamped by sample count; bad files say why."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np
import pytest

from tests.conftest import write_wav
from voicecoach.errors import AudioError
from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, FileSource, _rechunk


def tone(seconds: float, rate: int, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def test_any_rate_and_channel_count_becomes_16k_mono(tmp_path: Path) -> None:
    stereo = np.stack([tone(2.0, 44_100), tone(2.0, 44_100, 660.0)], axis=1).reshape(-1)
    path = write_wav(tmp_path / "stereo.wav", stereo, rate=44_100, channels=2)
    audio = FileSource(path).read_all()
    assert audio.dtype == np.float32
    assert abs(len(audio) / SAMPLE_RATE - 2.0) < 0.01
    assert 0.1 < float(np.sqrt(np.mean(audio**2))) < 0.6  # the sound survived the downmix


def test_chunk_times_come_from_sample_counts(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "t.wav", tone(1.0, 22_050), rate=22_050)
    chunks = list(FileSource(path).chunks())
    assert all(len(c.samples) == CHUNK_SAMPLES for c in chunks)
    expected = [i * CHUNK_SAMPLES / SAMPLE_RATE for i in range(len(chunks))]
    assert [c.start for c in chunks] == expected
    assert chunks[-1].end == pytest.approx(len(chunks) * 0.032)


def test_lost_samples_move_the_clock_on() -> None:
    block = np.ones(CHUNK_SAMPLES, dtype=np.float32)
    chunks = list(_rechunk(iter([block, 3 * CHUNK_SAMPLES, block]), CHUNK_SAMPLES))
    assert [c.start for c in chunks] == [0.0, 4 * CHUNK_SAMPLES / SAMPLE_RATE]


@pytest.mark.parametrize(("container", "codec"), [("flac", "flac"), ("mp3", "mp3"),
                                                  ("ogg", "libopus")])
def test_compressed_formats_decode(tmp_path: Path, fixture_info, container: str,
                                   codec: str) -> None:
    source = fixture_info("hello_intro").path
    target = tmp_path / f"hello.{container}"
    original = FileSource(source).read_all()
    with av.open(str(target), "w") as out:
        stream = out.add_stream(codec, rate=SAMPLE_RATE)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(original.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    decoded = FileSource(target).read_all()
    assert abs(len(decoded) - len(original)) / SAMPLE_RATE < 0.1


def written(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: d / "missing.wav", "no such file"),
    (lambda d: d, "is a folder"),
    (lambda d: written(d / "empty.wav", b""), "empty"),
    (lambda d: written(d / "noise.wav", b"not audio at all" * 100), "not an audio file"),
])
def test_unreadable_files_name_the_problem(tmp_path: Path, make, message: str) -> None:
    with pytest.raises(AudioError, match=message):
        FileSource(make(tmp_path)).read_all()


def test_a_truncated_wav_is_reported_not_half_analysed(tmp_path: Path, fixture_info) -> None:
    whole = fixture_info("hello_intro").path.read_bytes()
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(AudioError, match="cut short"):
        FileSource(cut)
