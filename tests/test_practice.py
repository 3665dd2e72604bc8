"""The live loop as a user meets it: role-play on a recording, the event log, the voice,
the history; barge-in; the stop command; the microphone through PulseAudio."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import FIXTURES, made_once, run_voicecoach, write_wav
from voicecoach.analyze.scoring import tokens
from voicecoach.coaching.persona import load_scenario
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.understanding.topics import Topic

EVENT_TYPES = {"speech_start", "speech_end", "transcript", "reply_start", "reply_end",
               "tip_start", "tip_end", "barge_in", "command", "session_end", "speech_resume"}


def read_events(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def speak(text: str, voice: str = "en-gb-x-rp") -> np.ndarray:
    """A phrase in espeak-ng's voice, 16 kHz."""
    with subprocess.Popen(["espeak-ng", "-v", voice, "-s", "140", "--stdout", text],
                          stdout=subprocess.PIPE) as process:
        data, _ = process.communicate()
    path = Path(f"/tmp/voicecoach-test-{abs(hash(text))}.wav")
    path.write_bytes(data)
    try:
        return FileSource(path).read_all()
    finally:
        path.unlink()


def recording(tmp_path: Path, parts: list[tuple[str, float]], lead_in: float = 10.0) -> Path:
    """The user's side: phrases with the silence after each, as one WAV."""
    pieces = [np.zeros(int(lead_in * 16_000), dtype=np.float32)]
    for text, silence in parts:
        pieces += [speak(text), np.zeros(int(silence * 16_000), dtype=np.float32)]
    return write_wav(tmp_path / "me.wav", np.concatenate(pieces))


@pytest.fixture(scope="module")
def party() -> dict[str, Any]:
    """One replay of the bundled party recording, shared by the tests that read it (and by the
    xdist workers: the tests only read its folder)."""
    return made_once("party_replay", party_replay)


def party_replay(folder: Path) -> dict[str, Any]:
    result = run_voicecoach(
        "practice", "--input", str(FIXTURES / "demo_user.flac"), "--scenario", "party",
        "--persona", "Jordan", "--seed", "1", "--speak-to", str(folder / "coach.wav"),
        # as `voicecoach demo` plays it: the recording leaves room for replies this quick
        "--rate", "170", "--partner-rate", "170",
        "--events", str(folder / "events.jsonl"), "--data-dir", str(folder / "data"), "--json")
    assert result.code == 0, result.stderr
    return {"folder": folder, "report": json.loads(result.stdout),
            "events": read_events(folder / "events.jsonl")}


def test_the_event_log_keeps_its_contract(party: dict[str, Any]) -> None:
    events = party["events"]
    assert {e["type"] for e in events} <= EVENT_TYPES
    times = [e["t"] for e in events]
    assert times == sorted(times), "events are written in time order"
    assert events[-1]["type"] == "session_end"
    for event in events:
        if event["type"] == "speech_end":
            assert event["last_voice_t"] <= event["t"]
        if event["type"] == "transcript":
            assert event["text"] and isinstance(event["labels"], list)
        if event["type"] in ("reply_start", "tip_start"):
            assert event["text"]
    starts = [e for e in events if e["type"] == "speech_start"]
    assert len(starts) == 5  # the recording has five turns


def test_the_partner_answers_what_was_said(party: dict[str, Any]) -> None:
    """The bundled recording talks to Jordan; each reply follows the line before it."""
    persona = next(p for p in load_scenario("party").personas if p.name == "Jordan")
    events = party["events"]
    # A transcript followed by speech_resume was superseded: the user went on.
    said = [e for i, e in enumerate(events) if e["type"] == "transcript"
            and next((f["type"] for f in events[i + 1:]
                      if f["type"] in ("speech_start", "speech_resume")), "") != "speech_resume"]
    replies = []
    for transcript in said:
        after = events[events.index(transcript) + 1:]
        reply = next(e for e in after if e["type"] == "reply_start")
        assert reply["t"] >= transcript["t"]
        replies.append(reply["text"])
    turns = party["report"]["turns"]
    assert all(t["reply"] and "tip" in t for t in turns), "each turn has its reply and tip"
    whole = [t["reply"] for t in turns]
    assert [r in w for r, w in zip(replies, whole, strict=True)] == [True] * len(whole)
    assert "Alex" in whole[0] and "Jordan" in whole[0]  # names given back
    assert persona.facts[Topic.REASON].answer in whole[1]  # "And how do you know the host?"
    assert persona.facts[Topic.RECENT].answer in whole[2]  # "What have you been up to?"
    assert "encourager" in set(said[3]["labels"])  # "Tell me more about your trip."
    # "Tell me more" starts the trip's story, also when the replay's timing made the user go on
    # over a reply (speech_resume): the partner takes back what it said to the first half.
    assert persona.facts[Topic.RECENT].story[0] in whole[3]
    assert "advice_request" in set(said[4]["labels"])  # "What would you recommend ...?"
    assert persona.facts[Topic.HOBBIES].advice in whole[4]
    assert len(set(replies)) == len(replies), "no line is repeated in a session"
    assert party["report"]["persona"] == "Jordan"


@pytest.mark.timing
def test_the_voice_says_the_replies(party: dict[str, Any],
                                    transcriber: WhisperTranscriber) -> None:
    """Transcribing the coach's WAV finds the first reply where the log says it starts."""
    events = party["events"]
    reply = next(e for e in events if e["type"] == "reply_start" and e["t"] > 10)
    end = next(e for e in events if e["type"] == "reply_end" and e["t"] > reply["t"])
    audio = FileSource(party["folder"] / "coach.wav").read_all()
    window = audio[int(reply["t"] * 16_000): int(end["t"] * 16_000) + 8_000]
    heard = set(tokens(" ".join(w.text for w in transcriber.transcribe(window))))
    said = set(tokens(reply["text"]))
    assert len(said & heard) >= 0.6 * len(said), (reply["text"], heard)
    # And the silence while the user speaks stays silent.
    first = next(e for e in events if e["type"] == "speech_start")
    user_time = audio[int(first["t"] * 16_000): int((first["t"] + 1.0) * 16_000)]
    assert float(np.sqrt(np.mean(user_time**2))) < 0.01


def test_the_session_is_in_the_history(party: dict[str, Any]) -> None:
    data = party["folder"] / "data"
    result = run_voicecoach("history", "--json", "--data-dir", str(data))
    assert result.code == 0, result.stderr
    sessions = json.loads(result.stdout)
    assert len(sessions) == 1
    assert sessions[0]["mode"] == "practice" and sessions[0]["scenario"] == "party"
    assert sessions[0]["turns"] == 5
    assert party["report"]["session_id"] == sessions[0]["id"]


def test_every_view_gives_the_same_figures(party: dict[str, Any]) -> None:
    """`practice --json` and `history --json` read the same pace and talk share."""
    figures = party["report"]["figures"]
    result = run_voicecoach("history", "--json", "--data-dir", str(party["folder"] / "data"))
    stored = json.loads(result.stdout)[0]
    assert isinstance(figures["wpm"], float) and isinstance(stored["wpm"], float)
    assert figures["wpm"] == pytest.approx(stored["wpm"], abs=0.1)
    assert isinstance(figures["talk_share"], float)
    assert figures["talk_share"] == pytest.approx(stored["talk_share"], abs=0.005)
    assert party["report"]["summary"]["figures"]["wpm"] == figures["wpm"]
    tips = [turn["tip"] for turn in party["report"]["turns"] if turn["tip"]]
    assert stored["tips_given"] == figures["tips_given"] == len(tips)


def test_summary_speaks_at_most_three_points(party: dict[str, Any]) -> None:
    summary = party["report"]["summary"]
    assert 1 <= len(summary["spoken"]) <= 3
    closing = [line for line in party["report"]["lines"]
               if line["kind"] == "tip" and line["text"] in summary["spoken"]]
    assert len(closing) == len(summary["spoken"])


def test_turn_limit_ends_the_session_with_the_closing_line(tmp_path: Path) -> None:
    result = run_voicecoach(
        "practice", "--input", str(FIXTURES / "demo_user.flac"), "--turns", "2",
        "--scenario", "neighbour", "--no-save", "--json")
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["reason"] == "turn_limit" and len(report["turns"]) == 2
    closing = load_scenario("neighbour").closing
    assert any(line["text"] == closing for line in report["lines"])


def test_saying_thats_all_ends_the_session(tmp_path: Path) -> None:
    me = recording(tmp_path, [("Hi, I'm Sam, nice to meet you.", 9.0), ("That's all.", 4.0),
                              ("What do you do for work?", 3.0)])
    events_path = tmp_path / "events.jsonl"
    result = run_voicecoach("practice", "--input", str(me), "--no-save", "--json",
                            "--events", str(events_path))
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["reason"] == "command"
    # "That's all" is a command, not a turn; the question after it is never heard.
    assert [tokens(turn["text"]) for turn in report["turns"]] == [
        tokens("Hi, I'm Sam, nice to meet you.")]
    commands = [e for e in read_events(events_path) if e["type"] == "command"]
    assert [c["command"] for c in commands] == ["stop"]


@pytest.mark.timing
def test_talking_over_the_partner_is_a_barge_in_that_cuts_the_line(tmp_path: Path) -> None:
    # The second phrase starts 1.5 s after the first ends: the reply is still playing.
    # The first waits for the scene and the partner's opening, at an everyday pace.
    me = recording(tmp_path, [("Hi, I'm Sam. How do you know the host?", 1.5),
                              ("Oh sorry, go on.", 8.0)], lead_in=14.0)
    events_path = tmp_path / "events.jsonl"
    result = run_voicecoach("practice", "--input", str(me), "--no-save", "--json",
                            "--events", str(events_path))
    assert result.code == 0, result.stderr
    events = read_events(events_path)
    barge = [e for e in events if e["type"] == "barge_in"]
    assert len(barge) == 1
    cut = next(e for e in events if e["type"] == "reply_end" and e["t"] >= barge[0]["t"])
    assert cut["t"] == pytest.approx(barge[0]["t"], abs=0.05)
    report = json.loads(result.stdout)
    assert report["turns"][1]["barge_in"] is True
    assert any(line["interrupted"] for line in report["lines"])


@pytest.mark.timing
def test_realtime_replay_gives_the_same_conversation(tmp_path: Path) -> None:
    me = recording(tmp_path, [("Hi, I'm Sam. How do you know the host?", 7.0)], lead_in=8.0)
    fast = run_voicecoach("practice", "--input", str(me), "--no-save", "--json")
    live = run_voicecoach("practice", "--input", str(me), "--no-save", "--json", "--realtime",
                          "--speak-to", str(tmp_path / "coach.wav"))
    assert fast.code == 0 and live.code == 0, fast.stderr + live.stderr
    fast_report, live_report = json.loads(fast.stdout), json.loads(live.stdout)
    assert [t["text"] for t in fast_report["turns"]] == [t["text"] for t in live_report["turns"]]
    assert [t["labels"] for t in fast_report["turns"]] == [
        t["labels"] for t in live_report["turns"]]
    assert live_report["duration_s"] >= 15.0


@pytest.mark.device
def test_practice_through_the_microphone(pulse_null_sink: str, tmp_path: Path) -> None:
    """Speech played into the null sink is heard through PortAudio and answered."""
    me = recording(tmp_path, [("Hi, I'm Sam. How do you know the host?", 1.0)], lead_in=1.0)
    events_path = tmp_path / "events.jsonl"
    result: dict[str, Any] = {}

    def practise() -> None:
        result["run"] = run_voicecoach(
            "practice", "--device", "pulse", "--turns", "1", "--no-save", "--json",
            "--speak-to", str(tmp_path / "coach.wav"), "--events", str(events_path))

    session = threading.Thread(target=practise)
    session.start()
    deadline = time.monotonic() + 60
    while not events_path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)  # real time: wait for the session to be listening
    time.sleep(3.0)
    subprocess.run(["paplay", f"--device={pulse_null_sink}", str(me)], check=True, timeout=60)
    session.join(120)
    run = result["run"]
    assert run.code == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["reason"] == "turn_limit"
    heard = set(tokens(report["turns"][0]["text"]))
    assert {"sam", "know"} <= heard
    types = [e["type"] for e in read_events(events_path)]
    assert types.index("speech_end") < types.index("transcript") < len(types) - 1
    assert "reply_start" in types


@pytest.mark.device
@pytest.mark.alone  # under the suite's load, one underrun once in four runs
def test_the_speakers_never_run_dry_while_the_coach_speaks(pulse_null_sink: str) -> None:
    """Through the speakers (the test's null sink) from the command line, so the output
    stream starts as every session starts it, with the loads around it. A demo once logged
    an underrun at 0.0 s in every other run: the stream's start, before any line."""
    run = run_voicecoach("practice", "--input", str(FIXTURES / "hello_intro.wav"),
                         "--realtime", "--turns", "1", "--no-save", "--json")
    assert run.code == 0, run.stderr
    report = json.loads(run.stdout)
    played = [line for line in report["lines"] if line["end"] > line["start"]]
    assert {line["kind"] for line in played} >= {"tip", "reply"}, report["lines"]
    assert report["underruns"] == 0
    assert "ran dry" not in run.stderr


@pytest.mark.device
def test_ctrl_c_stops_with_the_summary(pulse_null_sink: str, tmp_path: Path) -> None:
    events_path = tmp_path / "events.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "voicecoach", "practice", "--device", "pulse", "--quiet",
         "--speak-to", str(tmp_path / "coach.wav"), "--events", str(events_path),
         "--data-dir", str(tmp_path / "data")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    # The first event is written once the loop has run a quarter of a second: it listens.
    while not (events_path.exists() and events_path.read_text()) and time.monotonic() < deadline:
        time.sleep(0.1)  # real time: a process of its own, listening to a real device
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert "Session summary" in stdout and "Traceback" not in stderr
    assert read_events(events_path)[-1] == {
        **read_events(events_path)[-1], "type": "session_end", "reason": "interrupted"}
    # Nothing was said, so nothing is saved.
    assert "Saved as session" not in stdout
    listed = run_voicecoach("history", "--json", "--data-dir", str(tmp_path / "data"))
    assert json.loads(listed.stdout) == []


def test_asked_to_speak_more_slowly_the_partner_slows_down(tmp_path: Path) -> None:
    """"Sorry, could you speak more slowly please?": the partner agrees, says its question
    again, and from then on its lines take longer a word (its pace drops by a fifth)."""
    me = recording(tmp_path, [("Hi, I'm Sam. How do you know the host?", 20.0),
                              ("Sorry, could you speak more slowly please?", 15.0)],
                   lead_in=14.0)
    result = run_voicecoach("practice", "--input", str(me), "--scenario", "party",
                            "--persona", "Jordan", "--seed", "1", "--no-save", "--json",
                            "--speak-to", str(tmp_path / "coach.wav"))
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    asked_at = report["turns"][1]["end"]
    assert "slow" in report["turns"][1]["text"].lower()

    def seconds_a_word(before: bool) -> float:
        lines = [line for line in report["lines"] if line["kind"] == "reply"
                 and not line["interrupted"] and (line["start"] < asked_at) == before]
        return (sum(line["end"] - line["start"] for line in lines)
                / sum(len(line["text"].split()) for line in lines))

    assert seconds_a_word(before=False) > 1.15 * seconds_a_word(before=True), report["lines"]
