"""`voicecoach analyze` end to end: the real model on espeak-ng fixtures, as a user runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import run_voicecoach, write_wav
from voicecoach.analyze.analysis import analyze_file
from voicecoach.analyze.scoring import tokens
from voicecoach.commands.common import session_context_for
from voicecoach.config import Config
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.understanding.fillers import FillerVocabulary


def test_json_contract_on_the_fixture_with_fillers(fixture_info) -> None:
    info = fixture_info("fillers")
    result = run_voicecoach("analyze", str(info.path), "--json")
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)  # exactly one JSON object, nothing else on stdout
    assert set(report) >= {"duration_s", "transcript", "words", "turns", "pacing"}
    assert report["duration_s"] == pytest.approx(info.duration_s, abs=0.05)
    assert {"text", "start", "end", "filler"} <= set(report["words"][0])
    assert len(report["turns"]) == info.expected_turns
    for turn in report["turns"]:
        assert {"start", "end", "text", "wpm", "articulation_wpm", "pauses", "fillers"} <= set(turn)
    pacing = report["pacing"]
    assert {"wpm", "articulation_wpm", "pauses", "fillers", "fillers_per_100_words"} <= set(pacing)
    # The manifest's two fillers are heard, in the first turn; "I like this" has none.
    assert pacing["fillers"] == info.expected_fillers
    assert [t["fillers"] for t in report["turns"]] == [2, 0]
    assert not any(w["filler"] for w in report["words"] if w["text"].lower().strip(",.") == "like")
    assert 100 < pacing["wpm"] < 180  # espeak-ng speaks at 140 words a minute here
    heard = set(tokens(report["transcript"]))
    assert {"thinking", "park", "like", "place"} <= heard


def test_readable_summary_names_pace_pauses_and_fillers(fixture_info) -> None:
    result = run_voicecoach("analyze", str(fixture_info("two_turns").path))
    assert result.code == 0, result.stderr
    for expected in ("2 turns", "pace", "words a minute", "fillers", "Chicago", "neighborhood"):
        assert expected in result.stdout


def test_turns_and_words_match_what_was_said(transcriber: WhisperTranscriber,
                                            vocabulary: FillerVocabulary, fixture_info) -> None:
    info = fixture_info("demo_user")
    # The demo is the party scenario: its key words ("the host") bias what is heard.
    context = session_context_for(Config(), "party")
    analysis = analyze_file(info.path, transcriber, SileroVad(), vocabulary, context=context)
    assert len(analysis.turns) == info.expected_turns
    for turn, phrase in zip(analysis.turns, info.phrases, strict=True):
        said = set(tokens(phrase["text"]))
        heard = set(tokens(turn.text))
        assert len(said & heard) / len(said) >= 0.75, (phrase["text"], turn.text)
        assert turn.start <= phrase["start"] + 0.3 and turn.end >= phrase["end"] - 0.6


def test_all_silence_is_a_valid_report_with_no_turns(tmp_path: Path) -> None:
    path = write_wav(tmp_path / "quiet.wav", np.zeros(16_000 * 4, dtype=np.float32))
    result = run_voicecoach("analyze", str(path), "--json")
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["turns"] == [] and report["words"] == [] and report["transcript"] == ""
    assert report["pacing"]["wpm"] == 0
    human = run_voicecoach("analyze", str(path))
    assert "No speech heard" in human.stdout


def assert_one_line_error(result, *needles: str) -> None:
    assert result.code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, fixture_info) -> None:
    assert_one_line_error(run_voicecoach("analyze", str(tmp_path / "nope.wav")), "no such file")
    (tmp_path / "junk.mp3").write_bytes(b"\x00\x01garbage" * 50)
    assert_one_line_error(run_voicecoach("analyze", str(tmp_path / "junk.mp3")), "junk.mp3")
    (tmp_path / "empty.wav").write_bytes(b"")
    assert_one_line_error(run_voicecoach("analyze", str(tmp_path / "empty.wav")), "empty")
    whole = fixture_info("hello_intro").path.read_bytes()
    (tmp_path / "cut.wav").write_bytes(whole[: len(whole) // 3])
    assert_one_line_error(run_voicecoach("analyze", str(tmp_path / "cut.wav")), "cut short")


def encoded(source: Path, target: Path, codec: str) -> Path:
    """The fixture re-encoded with PyAV (MP3 with its Xing header, FLAC with STREAMINFO)."""
    import av

    with av.open(str(source)) as inp, av.open(str(target), "w") as out:
        stream = out.add_stream(codec, rate=44_100)
        resampler = av.AudioResampler(format="s16p" if codec == "mp3" else "s16",
                                      layout="mono", rate=44_100)
        for frame in inp.decode(audio=0):
            for piece in resampler.resample(frame):
                for packet in stream.encode(piece):  # type: ignore[union-attr]
                    out.mux(packet)
        for packet in stream.encode(None):  # type: ignore[union-attr]
            out.mux(packet)
    return target


@pytest.mark.parametrize("kind", ["wav", "mp3", "flac"])
def test_a_truncated_file_is_refused_alike_in_every_format(tmp_path: Path, fixture_info,
                                                           kind: str) -> None:
    """A third of demo_user (78 s): one line, exit 2, and how much of it can be read.

    Before, a cut MP3 was analysed as if the rest had never been said."""
    info = fixture_info("demo_user")
    if kind == "wav":
        whole = write_wav(tmp_path / "whole.wav", FileSource(info.path).read_all())
    else:
        whole = encoded(info.path, tmp_path / f"whole.{kind}", kind)
    data = whole.read_bytes()
    cut = tmp_path / f"cut.{kind}"
    cut.write_bytes(data[: len(data) // 3])
    result = run_voicecoach("analyze", str(cut), "--json")
    assert_one_line_error(result, "cut short", "s can be read", f"of its {info.duration_s:.1f} s")
    assert "Errno" not in result.stderr


def test_a_file_that_is_not_audio_is_named_in_plain_words(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(bytes(range(256)) * 40)
    result = run_voicecoach("analyze", str(junk))
    assert_one_line_error(result, "junk.mp3", "not an audio file")
    assert "Errno" not in result.stderr and "1094995529" not in result.stderr


def test_a_missing_model_is_an_error_not_a_download(tmp_path: Path, fixture_info) -> None:
    wav = str(fixture_info("hello_intro").path)
    result = run_voicecoach("analyze", wav, "--model", str(tmp_path / "no-model"))
    assert_one_line_error(result, "no-model", "--model")
    (tmp_path / "not-a-model").mkdir()
    assert_one_line_error(run_voicecoach("analyze", wav, "--model", str(tmp_path / "not-a-model")),
                          "model.bin")


def test_bad_settings_file_is_one_line(tmp_path: Path, fixture_info) -> None:
    settings = tmp_path / "config.toml"
    settings.write_text("[vad]\nend_silence_ms = 'long'\n")
    result = run_voicecoach("analyze", str(fixture_info("hello_intro").path),
                            "--config", str(settings))
    assert_one_line_error(result, "end_silence_ms")


def test_settings_file_changes_the_turns(tmp_path: Path, fixture_info) -> None:
    """A 2 s end silence joins the two turns of the fixture (1.6 s apart) into one."""
    settings = tmp_path / "config.toml"
    settings.write_text("[vad]\nend_silence_ms = 2000\n")
    result = run_voicecoach("analyze", str(fixture_info("two_turns").path), "--json",
                            env={"VOICECOACH_CONFIG": str(settings)})
    assert result.code == 0, result.stderr
    assert len(json.loads(result.stdout)["turns"]) == 1


def test_version_help_and_module_entry_point() -> None:
    version = run_voicecoach("--version")
    assert version.code == 0 and version.stdout.startswith("voicecoach ")
    helped = run_voicecoach("--help")
    assert helped.code == 0 and "examples:" in helped.stdout and "analyze" in helped.stdout
    sub = run_voicecoach("analyze", "--help")
    assert sub.code == 0 and "--json" in sub.stdout and "examples:" in sub.stdout


def test_quiet_is_one_plain_line(fixture_info) -> None:
    result = run_voicecoach("analyze", str(fixture_info("hello_intro").path), "--quiet")
    assert result.code == 0
    assert len(result.stdout.strip().splitlines()) == 1
    assert "\x1b[" not in result.stdout  # no colour codes when not on a terminal
    assert result.stderr == ""


def test_demo_runs_on_the_built_in_default(tmp_path: Path, fixture_info,
                                          transcriber: WhisperTranscriber) -> None:
    voice = tmp_path / "demo.wav"
    data = tmp_path / "data"
    result = run_voicecoach("demo", "--speak-to", str(voice), "--data-dir", str(data))
    assert result.code == 0, result.stderr
    assert "Session summary: 5 turns" in result.stdout
    assert "Went well" in result.stdout and str(voice) in result.stdout
    assert voice.stat().st_size > 16_000 * 2 * 20  # at least 20 s of the coach's voice
    # A demo is never saved, and says so when asked to be.
    assert not data.exists() and "never added to your history" in result.stderr
    # The recording waits its turns, whatever the partner's voice and pace: nobody is blamed
    # for jumping in.
    assert re.search(r"jumped in\s+0 turns", result.stdout), result.stdout
    # The WAV holds both sides: the user's first words are in it where the session heard them.
    first = fixture_info("demo_user").phrases[0]
    said_at = float(re.search(r"^you \((\d+\.\d)s\)", result.stdout, re.M)[1])  # type: ignore[index]
    audio = FileSource(voice).read_all()
    length = first["end"] - first["start"]
    window = audio[int(said_at * 16_000) - 8_000 : int((said_at + length) * 16_000) + 8_000]
    heard = set(tokens(" ".join(w.text for w in transcriber.transcribe(window))))
    assert {"alex", "meet"} <= heard, heard


CONVERSATION_ADVICE = ("question", "ask them", "hand it back", "keep turns shorter",
                       "let them answer", "join in")


def conversation_advice(report: dict) -> list[str]:  # type: ignore[type-arg]
    lines = [*report["feedback"], *(p["detail"] for p in report["coach"]["summary"]["work_on"]),
             report["coach"]["summary"]["strength"]["detail"]]
    return [line for line in lines if any(a in line.lower() for a in CONVERSATION_ADVICE)]


def test_a_read_speech_is_coached_as_a_talk_and_a_conversation_as_one(
        real_speech: Path, fixture_info) -> None:
    """JFK's inaugural lines were told to 'Ask more questions back'; a chat keeps that advice."""
    speech = run_voicecoach("analyze", str(real_speech / "jfk.wav"), "--json",
                            "--no-filler-pass")
    report = json.loads(speech.stdout)
    assert report["kind"] == "talk"
    assert conversation_advice(report) == []
    assert report["feedback"]  # still coached: pace, pauses, fillers
    text = run_voicecoach("analyze", str(real_speech / "jfk.wav"), "--no-filler-pass")
    assert "a talk" in text.stdout and "questions" not in text.stdout.lower()

    chat = run_voicecoach("analyze", str(fixture_info("demo_user").path), "--json",
                          "--no-filler-pass")
    report = json.loads(chat.stdout)
    assert report["kind"] == "conversation"
    assert conversation_advice(report)  # "You asked good questions back."


def test_kind_can_be_given(fixture_info) -> None:
    chat = run_voicecoach("analyze", str(fixture_info("demo_user").path), "--json",
                          "--no-filler-pass", "--kind", "talk")
    report = json.loads(chat.stdout)
    assert report["kind"] == "talk"
    assert conversation_advice(report) == []
    bad = run_voicecoach("analyze", str(fixture_info("demo_user").path), "--kind", "speech")
    assert bad.code == 2 and "talk" in bad.stderr
