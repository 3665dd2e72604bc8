"""The same voice at any input level: the endpointer, the words and the level warning.

A quiet microphone must not make a deaf coach: the VAD sees each chunk through a streaming
automatic gain (hearing/level.py), Whisper sees the turn brought to a steady level, and where
the input is too quiet to use, `analyze` says so with the level.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from conftest import run_voicecoach, write_wav

from benchmarks.levels import encode, scaled
from voicecoach.analyze.analysis import analyze_audio, find_turns
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.level import TOO_QUIET_DBFS, AutoGain, LevelMeter, dbfs
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad, VadConfig, VadState
from voicecoach.live.view import PlainView
from voicecoach.understanding.fillers import FillerVocabulary

TOLERANCE_S = 0.3
# A pause this close to the end silence (600 ms) can end a turn or not; a tenth of a dB
# decides it either way (acoustic_corpus has one of 0.62 s). Turns split by a gap this short
# are compared as one.
BORDERLINE_GAP_S = 0.45


def turns(audio: np.ndarray) -> list[tuple[float, float]]:
    regions, _ = find_turns(audio, SileroVad(), VadConfig())
    return [(r.start, r.end) for r in regions]


def joined(cuts: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for start, end in cuts:
        if out and start - out[-1][1] < BORDERLINE_GAP_S:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def same_turns(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> bool:
    a, b = joined(a), joined(b)
    return len(a) == len(b) and all(
        abs(x[0] - y[0]) <= TOLERANCE_S and abs(x[1] - y[1]) <= TOLERANCE_S
        for x, y in zip(a, b, strict=True))


def test_a_quiet_meeting_is_cut_into_the_same_turns_at_any_level(real_speech: Path) -> None:
    """dev00 is a real meeting recorded quietly (speech near -40 dBFS, peak 0.08)."""
    audio = FileSource(real_speech / "dev00.wav").read_all()
    reference = turns(audio)
    assert len(reference) >= 5
    for db in (-6, -12, -18):
        assert same_turns(turns(scaled(audio, db)), reference), f"{db} dB"


def test_every_real_recording_keeps_its_turns_until_it_is_too_quiet_to_use(
        real_speech: Path) -> None:
    """From 0 to -30 dB: the same turns, or `too_quiet` with the level; never deaf in silence."""
    for name in ("jfk", "acoustic_corpus", "mfa_uhum", "sample", "dev00"):
        audio = FileSource(real_speech / f"{name}.wav").read_all()
        reference = turns(audio)
        for db in (-6, -12, -18, -24, -30):
            quiet = scaled(audio, db)
            regions, voiced = find_turns(quiet, SileroVad(), VadConfig())
            level = voiced.level(quiet)
            cuts = [(r.start, r.end) for r in regions]
            assert same_turns(cuts, reference) or level.too_quiet, (
                f"{name} at {db} dB ({level.level_dbfs:.0f} dBFS): {cuts} != {reference}")


def test_words_are_the_same_at_any_level_and_encoding(
        real_speech: Path, transcriber: WhisperTranscriber, vocabulary: FillerVocabulary,
        tmp_path: Path) -> None:
    audio = FileSource(real_speech / "jfk.wav").read_all()

    def heard(samples: np.ndarray) -> tuple[list[tuple[float, float]], list[int]]:
        a = analyze_audio(samples, "jfk", transcriber, SileroVad(), vocabulary,
                          recover_fillers=False)
        return [(t.start, t.end) for t in a.turns], [t.pacing.words for t in a.turns]

    reference_turns, reference_words = heard(audio)
    assert sum(reference_words) == 22  # the reference transcript's words
    versions = {f"{db} dB": scaled(audio, db) for db in (-6, -12, -18)}
    for name, codec, rate, channels in (("flac44k_stereo.flac", "flac", 44_100, 2),
                                        ("ogg48k.ogg", "libopus", 48_000, 1),
                                        ("mp3.mp3", "libmp3lame", 44_100, 1)):
        path = encode(scaled(audio, -12), tmp_path / name, codec, rate, channels)
        versions[name] = FileSource(path).read_all()
    for name, samples in versions.items():
        cuts, words = heard(samples)
        assert same_turns(cuts, reference_turns), name
        assert words == reference_words, name


def test_quiet_speech_loses_no_words(real_speech: Path,
                                     transcriber: WhisperTranscriber) -> None:
    """Whisper itself copes with level: 40 dB down (speech near -57 dBFS), the same words."""
    audio = FileSource(real_speech / "jfk.wav").read_all()
    loud = [w.token for w in transcriber.transcribe_turn(audio)]
    quiet = [w.token for w in transcriber.transcribe_turn(scaled(audio, -40))]
    assert quiet == loud


def test_analyze_says_when_the_input_is_too_quiet(tmp_path: Path,
                                                  fixture_info) -> None:  # type: ignore[no-untyped-def]
    info = fixture_info("two_turns")
    audio = FileSource(info.path).read_all()
    path = write_wav(tmp_path / "whisper_quiet.wav", scaled(audio, -50))
    result = run_voicecoach("analyze", str(path), "--no-filler-pass", "--json")
    assert result.code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["input_level_dbfs"] < TOO_QUIET_DBFS
    assert data["input_too_quiet"] is True
    text = run_voicecoach("analyze", str(path), "--no-filler-pass")
    assert "too quiet" in text.stdout
    assert f"{data['input_level_dbfs']:.0f} dBFS" in text.stdout


def test_analyze_reports_the_level_of_an_ordinary_recording(fixture_info) -> None:  # type: ignore[no-untyped-def]
    info = fixture_info("two_turns")
    result = run_voicecoach("analyze", str(info.path), "--no-filler-pass", "--json")
    data = json.loads(result.stdout)
    assert -30 < data["input_level_dbfs"] < -10
    assert data["input_too_quiet"] is False
    assert len(data["turns"]) == info.expected_turns


def test_the_gain_is_capped_so_a_silent_room_is_not_blown_up() -> None:
    rng = np.random.default_rng(7)
    gain = AutoGain()
    hiss = (rng.standard_normal(512 * 200) * 10 ** (-90 / 20)).astype(np.float32)
    for i in range(200):
        out = gain.process(hiss[i * 512 : (i + 1) * 512])
    assert dbfs(out) < -50


def test_the_live_meter_warns_of_a_quiet_voice_and_not_of_a_quiet_room() -> None:
    meter = LevelMeter()
    for _ in range(200):
        meter.add_level(-48.0, speaking=False)  # an ordinary room, nobody speaking
    assert meter.warning() is None
    for _ in range(60):
        meter.add_level(-62.0, speaking=True)
    for _ in range(200):
        meter.add_level(-70.0, speaking=False)  # the turn is over; the warning stays
    warning = meter.warning()
    assert warning is not None and "too quiet" in warning and "-62 dBFS" in warning
    for _ in range(60):
        meter.add_level(-25.0, speaking=True)  # the next turn is loud enough
    assert meter.warning() is None


def test_the_live_meter_tells_a_muted_microphone_from_a_file_s_silence() -> None:
    muted, replay = LevelMeter(), LevelMeter(watch_for_muted=False)
    for meter in (muted, replay):
        for _ in range(200):
            meter.add_level(-100.0, speaking=False)  # digital silence
    assert "muted" in (muted.warning() or "")
    assert replay.warning() is None


def test_the_plain_live_view_says_once_that_the_voice_is_too_quiet() -> None:
    stream = io.StringIO()
    view = PlainView(stream)
    for i in range(300):
        view.level(i * 0.032, 10 ** (-62 / 20), VadState.SPEAKING)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1 and "too quiet" in lines[0] and "-62 dBFS" in lines[0]


def test_a_live_session_on_a_quiet_input_hears_the_turns_and_says_it_is_too_quiet(
        tmp_path: Path, fixture_info) -> None:  # type: ignore[no-untyped-def]
    """demo_user 45 dB down (speech near -65 dBFS): every turn heard, and one note saying so."""
    info = fixture_info("demo_user")
    quiet = write_wav(tmp_path / "quiet.wav", scaled(FileSource(info.path).read_all(), -45))
    result = run_voicecoach("demo", "--input", str(quiet), "--no-save", "--quiet",
                            "--speak-to", str(tmp_path / "coach1.wav"))
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sum(line.startswith("you (") for line in lines) == info.expected_turns
    notes = [line for line in lines if line.startswith("note (")]
    assert len(notes) == 1 and "too quiet" in notes[0] and "dBFS" in notes[0]
    loud = run_voicecoach("demo", "--input", str(info.path), "--no-save", "--quiet",
                          "--speak-to", str(tmp_path / "coach2.wav"))
    assert not [line for line in loud.stdout.splitlines() if line.startswith("note (")]
