"""Fuzzing with hypothesis: pack loading, the matcher, the event log writer and the audio
decoder, fed random and corrupt input. Only the documented errors may come out (subclasses of
`voicecoach.errors.VoiceCoachError`); nothing may crash or hang.

A hang is caught by faulthandler: a test still running after HANG_S seconds dumps every
thread's stack and ends the run (a guard against a hang, not a timing assertion). The longer
runs with atheris are `benchmarks/fuzz_atheris.py`.
"""

from __future__ import annotations

import faulthandler
import io
import json
import math
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from voicecoach.errors import AudioError, PackError, VoiceCoachError
from voicecoach.hearing.audio import FileSource
from voicecoach.live.events import EventLog, EventType
from voicecoach.understanding.match import Matcher, MoveLabel, load_matcher
from voicecoach.understanding.packs import builtin_dir, load_pack

HANG_S = 300
FUZZ = settings(max_examples=400, deadline=None, derandomize=False, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    faulthandler.dump_traceback_later(HANG_S, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# ---------------------------------------------------------------- mutations


@st.composite
def mutated(draw: st.DrawFn, seed: bytes, max_edits: int = 6) -> bytes:
    """`seed` with a few random edits: flips, overwrites, insertions, cuts, repeats."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_edits))):
        size = len(data)
        at = draw(st.integers(0, max(size - 1, 0)))
        kind = draw(st.sampled_from(["flip", "overwrite", "insert", "delete", "truncate",
                                     "repeat", "zero"]))
        if kind == "flip" and size:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "overwrite" and size:
            chunk = draw(st.binary(min_size=1, max_size=8))
            data[at:at + len(chunk)] = chunk
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 256))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "repeat" and size:
            data[at:at] = data[at:at + draw(st.integers(1, 512))]
        elif kind == "zero":
            data[at:at + draw(st.integers(1, 64))] = bytes(min(64, size - at))
    return bytes(data)


def one_file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- packs

SEED_PACK = (builtin_dir() / "greetings.toml").read_bytes()
KNOWN_KEYS = ["id", "label", "examples", "cues", "coaching", "min_score"]

toml_scalars = st.one_of(
    st.text(max_size=30), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.booleans())
toml_values = st.one_of(toml_scalars, st.lists(toml_scalars, max_size=5),
                        st.lists(st.text(max_size=40), max_size=8))


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") \
            if math.isinf(value) else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a TOML basic string
    return "[" + ", ".join(toml_value(item) for item in value) + "]"


@st.composite
def pack_text(draw: st.DrawFn) -> str:
    """TOML that parses, with pattern tables of plausible and implausible contents."""
    tables = []
    for _ in range(draw(st.integers(0, 4))):
        keys = draw(st.lists(st.one_of(st.sampled_from(KNOWN_KEYS),
                                       st.from_regex(r"[a-z_]{1,10}", fullmatch=True)),
                             max_size=7, unique=True))
        lines = ["[[pattern]]"]
        for key in keys:
            if key == "label":
                value: Any = draw(st.one_of(st.sampled_from([m.value for m in MoveLabel]),
                                            toml_values))
            elif key == "id":
                value = draw(st.one_of(st.from_regex(r"[A-Za-z0-9_.\-]{1,20}", fullmatch=True),
                                       toml_values))
            else:
                value = draw(toml_values)
            lines.append(f"{key} = {toml_value(value)}")
        tables.append("\n".join(lines))
    return "\n\n".join(tables) + "\n"


def check_pack(path: Path) -> None:
    try:
        patterns = load_pack(path)
    except PackError as error:
        assert str(path) in str(error)  # every message names the file
        return
    # What loads must also build a matcher that works.
    result = Matcher(patterns).match("hi i'm sam how do you know the host")
    assert all(isinstance(label, MoveLabel) for label in result.labels)


@FUZZ
@given(data=st.binary(max_size=2048))
def test_pack_loading_random_bytes(scratch: Path, data: bytes) -> None:
    check_pack(one_file(scratch, "random.toml", data))


@FUZZ
@given(data=mutated(SEED_PACK))
def test_pack_loading_a_corrupted_real_pack(scratch: Path, data: bytes) -> None:
    check_pack(one_file(scratch, "mutated.toml", data))


@FUZZ
@given(text=pack_text())
def test_pack_loading_well_formed_toml_with_any_contents(scratch: Path, text: str) -> None:
    check_pack(one_file(scratch, "structured.toml", text.encode("utf-8")))


# ---------------------------------------------------------------- the matcher

PACK_WORDS = sorted({word for path in builtin_dir().glob("*.toml")
                     for word in path.read_text().lower().replace('"', " ").split()
                     if word.isalpha()})


def check_match(matcher: Matcher, text: str) -> None:
    result = matcher.match(text)
    assert all(isinstance(label, MoveLabel) for label in result.labels)
    assert all(0.0 <= m.score <= 100.0 for m in result.matches)


@FUZZ
@given(text=st.text(max_size=400))
def test_matcher_any_text(matcher: Matcher, text: str) -> None:
    check_match(matcher, text)


@FUZZ
@given(words=st.lists(st.one_of(st.sampled_from(PACK_WORDS),
                                st.sampled_from(["?", "...", "—", "um", "uh", "'", "$", "*"]),
                                st.text(min_size=1, max_size=6)), max_size=120))
def test_matcher_sentences_made_of_pack_words(matcher: Matcher, words: list[str]) -> None:
    check_match(matcher, " ".join(words))


def test_matcher_a_very_long_utterance(matcher: Matcher) -> None:
    """Ten minutes of talk with no full stop: matched in bounded pieces, not all at once."""
    rng = np.random.default_rng(7)
    check_match(matcher, " ".join(rng.choice(PACK_WORDS, 2000)))


# ---------------------------------------------------------------- the event log

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**53, 2**53),
              st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=40)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=10)
event_fields = st.dictionaries(  # any keys but the two the log sets itself
    st.text(max_size=8).filter(lambda key: key not in ("t", "type")), json_values, max_size=4)


def strict_json(line: str) -> dict[str, Any]:
    def refuse(constant: str) -> None:
        raise ValueError(f"not JSON: {constant}")

    parsed: dict[str, Any] = json.loads(line, parse_constant=refuse)
    return parsed


operations = st.lists(st.one_of(
    st.tuples(st.just("emit"), st.floats(0.0, 60.0), st.sampled_from(list(EventType)),
              event_fields),
    st.tuples(st.just("advance"), st.floats(0.0, 60.0))), max_size=30)


@FUZZ
@given(ops=operations)
def test_event_log_writes_every_event_as_one_json_line_in_time_order(
        scratch: Path, ops: list[tuple[Any, ...]]) -> None:
    """As the loop uses it: events are emitted at or after the time the log has reached
    (`advance`), possibly ahead of it; each comes out once, as strict JSON, in time order."""
    path = scratch / "events.jsonl"
    log = EventLog(path)
    now = 0.0
    emitted = 0
    for op in ops:
        if op[0] == "emit":
            log.emit(now + op[1], op[2], **op[3])
            emitted += 1
        else:
            now += op[1]
            log.advance(now)
    log.close()
    assert log.failure is None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == emitted == len(log.events)
    parsed = [strict_json(line) for line in lines]
    times = [p["t"] for p in parsed]
    assert times == sorted(times)
    for written, event in zip(parsed, log.events, strict=True):
        assert written == json.loads(event.as_json())
        assert written["type"] == event.type.value


@pytest.mark.parametrize("where", ["folder", "missing_parent", "dev_full"])
def test_event_log_that_cannot_be_written_is_a_documented_error_or_a_notice(
        scratch: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    path = {"folder": scratch, "missing_parent": scratch / "no" / "such" / "log.jsonl",
            "dev_full": Path("/dev/full")}[where]
    if where == "dev_full" and not path.exists():
        pytest.skip("/dev/full is Linux only")
    try:
        log = EventLog(path)
    except VoiceCoachError as error:
        assert str(path) in str(error)
        return
    for i in range(50):
        log.emit(float(i), EventType.TRANSCRIPT, text="x" * 200)
        log.advance(float(i))
    log.close()  # a full disk: one notice, and the session would go on
    assert log.failure is not None and "No space left" in log.failure
    assert capsys.readouterr().err.count("cannot write the event log") == 1


# ---------------------------------------------------------------- the audio decoder


def _encode(samples: np.ndarray, fmt: str, codec: str, rate: int) -> bytes:
    buffer = io.BytesIO()
    resampled = np.interp(np.arange(int(len(samples) * rate / 16_000)) * 16_000 / rate,
                          np.arange(len(samples)), samples).astype(np.float32)
    with av.open(buffer, "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(resampled[None, :], format="flt", layout="mono")
        frame.rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()


def _seeds() -> dict[str, bytes]:
    speech = FileSource(FIXTURES / "hello_intro.wav").read_all()[8_000:24_000]  # one second
    pcm16 = io.BytesIO()
    with wave.open(pcm16, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(16_000)
        writer.writeframes((speech * 32767).astype("<i2").tobytes())
    seeds = {"wav": pcm16.getvalue(), "float.wav": _encode(speech, "wav", "pcm_f32le", 16_000),
             "flac": _encode(speech, "flac", "flac", 16_000),
             "mp3": _encode(speech, "mp3", "libmp3lame", 16_000),
             "opus": _encode(speech, "ogg", "libopus", 48_000)}
    return seeds


SEEDS = _seeds()


def check_decode(path: Path) -> None:
    try:
        source = FileSource(path)
        audio = source.read_all()
        chunks = list(source.chunks())
    except AudioError as error:
        assert str(path) in str(error)  # every message names the file
        assert "\n" not in str(error)  # one line
        return
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert all(len(c.samples) == 512 for c in chunks)
    starts = [c.start for c in chunks]
    assert starts == sorted(starts)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".wav", ".flac", ".mp3", ".ogg"]))
def test_audio_decoder_random_bytes(scratch: Path, data: bytes, suffix: str) -> None:
    check_decode(one_file(scratch, "random" + suffix, data))


@FUZZ
@given(kind=st.sampled_from(sorted(SEEDS)), data=st.data())
def test_audio_decoder_corrupted_real_files(scratch: Path, kind: str, data: st.DataObject
                                            ) -> None:
    corrupted = data.draw(mutated(SEEDS[kind]))
    check_decode(one_file(scratch, "mutated." + kind.split(".")[-1], corrupted))


def test_audio_decoder_seeds_are_valid(scratch: Path) -> None:
    """The seeds themselves decode (else the mutations above would test nothing)."""
    for kind, data in SEEDS.items():
        audio = FileSource(one_file(scratch, "seed." + kind.split(".")[-1], data)).read_all()
        assert 0.8 < len(audio) / 16_000 < 1.3, kind


def _mp3(rate: int, layout: str, seconds: float) -> bytes:
    channels = 2 if layout == "stereo" else 1
    tone = (0.3 * np.sin(np.arange(int(rate * seconds)) * 2 * np.pi * 440 / rate)
            ).astype(np.float32)
    buffer = io.BytesIO()
    # No ID3 tag or Xing frame: two such files joined are still one valid MP3 stream.
    with av.open(buffer, "w", format="mp3",
                 options={"id3v2_version": "0", "write_xing": "0"}) as out:
        stream = out.add_stream("libmp3lame", rate=rate)
        stream.layout = layout
        frame = av.AudioFrame.from_ndarray(np.tile(tone, (channels, 1)), format="fltp",
                                           layout=layout)
        frame.rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            out.mux(packet)
    return buffer.getvalue()


def test_audio_decoder_a_stream_that_changes_rate_and_channels(scratch: Path) -> None:
    """Found by atheris: MP3s joined end to end (44.1 kHz stereo, then 16 kHz mono) made
    PyAV's resampler raise ValueError ("Frame does not match AudioResampler setup"), a
    traceback instead of a result; now each kind of frame gets its own resampler."""
    joined = one_file(scratch, "joined.mp3", _mp3(44_100, "stereo", 1.0)
                      + _mp3(16_000, "mono", 1.0))
    audio = FileSource(joined).read_all()
    assert 1.9 < len(audio) / 16_000 < 2.3
