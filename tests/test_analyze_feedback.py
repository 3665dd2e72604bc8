"""The coach on a recording: `analyze` with turn-taking figures, feedback, a voice and a history.

The pure tests build `Analysis` objects by hand; the rest run the real model, the real voice
(espeak-ng) and, for `--speak`, the PulseAudio null sink, as a user would.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from rich.console import Console

from tests.conftest import MonitorRecorder, run_voicecoach
from tests.test_analyze import assert_one_line_error
from voicecoach import cli
from voicecoach.analyze.analysis import Analysis
from voicecoach.analyze.feedback import recording_feedback, turn_facts, turn_taking
from voicecoach.analyze.render import analysis_json, render_summary
from voicecoach.analyze.scoring import tokens
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.norms import Norms
from voicecoach.coaching.wording import Wording
from voicecoach.errors import AudioError, NoOutputDeviceError
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.understanding.fillers import FillerVocabulary
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.pacing import Pacing
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.words import Word, join_words
from voicecoach.voice import catalog, device, sinks

NORMS = Norms.default()
OPEN = MoveLabel.OPEN_QUESTION
WORDING = Wording.load()

# ---------------------------------------------------------------------------- by hand


def hand_turn(index: int, start: float, seconds: float, words: int) -> Turn:
    """A turn of `words` evenly spaced words over `seconds`, with no fillers or pauses."""
    step = seconds / words
    timed = tuple(Word(f"w{k}", start + k * step, start + (k + 1) * step) for k in range(words))
    return Turn.from_words(index, start, start + seconds, timed, FillerVocabulary.load(),
                           last_voice=start + seconds)


def hand_analysis(shapes: Sequence[tuple[float, int]]) -> Analysis:
    """Turns of (seconds, words), 5 s apart."""
    turns, start = [], 0.0
    for index, (seconds, words) in enumerate(shapes):
        turns.append(hand_turn(index, start, seconds, words))
        start += seconds + 5.0
    return Analysis("hand.wav", start, tuple(w for t in turns for w in t.words), tuple(turns),
                    Pacing.combine([t.pacing for t in turns]))


def coach() -> Coach:
    return Coach(NORMS, wording=WORDING)


def test_turns_over_the_monologue_norms_are_flagged_and_coached() -> None:
    # 50 s is over 45 s; 130 words is over 120 words, though in only 40 s.
    analysis = hand_analysis([(3.0, 8), (50.0, 100), (40.0, 130), (4.0, 10)])
    feedback = recording_feedback(analysis, [()] * 4, coach())

    assert feedback.turn_taking.monologues == (1, 2)
    assert [t.monologue for t in feedback.turn_taking.turns] == [False, True, True, False]
    assert feedback.coach.tip_for(1) in WORDING.tips["monologue"]
    keep_short = WORDING.work_on["monologue"].say
    assert keep_short in feedback.coach.spoken_summary
    assert feedback.coach.lines[-len(feedback.coach.spoken_summary):] == \
        feedback.coach.spoken_summary  # tips first, the summary last

    figures = feedback.turn_taking.as_dict()
    assert figures["monologues"] == {"count": 2, "turns": [1, 2], "over_s": 45.0,
                                     "over_words": 120}
    assert figures["turn_length"]["max_s"] == 50.0 and figures["turn_length"]["max_words"] == 130
    assert [t["words"] for t in figures["turns"]] == [8, 100, 130, 10]


def test_questions_share_counts_open_and_closed_questions() -> None:
    analysis = hand_analysis([(3.0, 8)] * 4)
    labels = [(OPEN,), (MoveLabel.CLOSED_QUESTION, MoveLabel.COMPLIMENT),
              (OPEN, MoveLabel.CLOSED_QUESTION), (MoveLabel.GREETING_INTRO,)]
    facts = turn_facts(analysis, labels)
    figures = turn_taking(facts, NORMS).as_dict()

    assert figures["questions"] == {"turns_with_question": 3, "share": 0.75, "open": 2,
                                    "closed": 2}
    # One voice: nobody answered, nobody shared the talking.
    assert figures["median_gap_s"] is None and figures["talk_share"] is None
    assert all(f.partner_end is None for f in facts)


def test_few_questions_bring_a_nudge_to_ask_back() -> None:
    analysis = hand_analysis([(3.0, 8)] * 5)
    feedback = recording_feedback(analysis, [()] * 5, coach())
    assert feedback.turn_taking.as_dict()["questions"]["share"] == 0.0
    assert WORDING.work_on["ask_back"].say in feedback.coach.spoken_summary
    assert feedback.coach.tip_for(3) in WORDING.tips["ask_back"]


def test_no_turns_means_no_feedback_at_all() -> None:
    feedback = recording_feedback(hand_analysis([]), [], coach())
    assert feedback.coach.lines == () and feedback.coach.summary is None
    assert feedback.turn_taking.as_dict()["turn_length"]["mean_s"] is None


def test_labels_must_match_the_turns() -> None:
    with pytest.raises(ValueError, match="1 label sets for 2 turns"):
        turn_facts(hand_analysis([(3.0, 8), (3.0, 8)]), [()])


def test_the_json_gains_keys_and_keeps_the_old_ones() -> None:
    analysis = hand_analysis([(3.0, 8), (2.5, 7)])
    feedback = recording_feedback(analysis, [(), (OPEN,)], coach())
    before, after = analysis_json(analysis), analysis_json(analysis, feedback)
    for key, value in before.items():
        if key != "turns":
            assert after[key] == value
    for old, new in zip(before["turns"], after["turns"], strict=True):
        assert new == {**old, "labels": new["labels"]}
    assert [t["labels"] for t in after["turns"]] == [[], ["open_question"]]
    assert after["feedback"] == list(feedback.coach.lines)
    assert after["coach"]["summary"]["spoken"] == list(feedback.coach.spoken_summary)


def test_the_readable_summary_has_a_coach_section() -> None:
    analysis = hand_analysis([(3.0, 8), (50.0, 100)])
    feedback = recording_feedback(analysis, [(), (OPEN,)], coach())
    out = io.StringIO()
    render_summary(analysis, Console(file=out, width=200), NORMS, feedback)
    text = out.getvalue()
    section = text[text.index("Coach"):]
    for line in feedback.coach.spoken_summary:
        assert line in section
    assert "1 turn over 45 s or 120 words (2)" in section
    assert "in 1 of 2 turns (1 open, 0 closed)" in section


def test_a_filler_in_a_two_word_recording_is_a_count_not_a_rate() -> None:
    # "Um, yes." once reads as "1 (50.0 per 100 words)": a rate of a habit no one can have
    # shown in two words.
    words = (Word("um,", 0.0, 0.3), Word("yes", 0.5, 0.9), Word("sure", 1.0, 1.4))
    turn = Turn.from_words(0, 0.0, 1.4, words, FillerVocabulary.load(), last_voice=1.4)
    analysis = Analysis("short.wav", 2.0, words, (turn,), turn.pacing)
    out = io.StringIO()
    render_summary(analysis, Console(file=out, width=200), NORMS)
    line = next(line for line in out.getvalue().splitlines() if "fillers" in line)
    assert "per 100 words" not in line
    assert "1 filler in 2 words" in line


def test_a_long_recording_keeps_its_filler_rate() -> None:
    analysis = hand_analysis([(50.0, 100)])
    out = io.StringIO()
    render_summary(analysis, Console(file=out, width=200), NORMS)
    assert "0  (0.0 per 100 words)" in out.getvalue()


# ---------------------------------------------------------------------------- real model


def analyze_json(*args: str) -> dict[str, Any]:
    result = run_voicecoach("analyze", *args, "--json")
    assert result.code == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)  # exactly one JSON object
    return report


def test_two_turns_json_has_turn_taking_and_feedback(fixture_info) -> None:
    report = analyze_json(str(fixture_info("two_turns").path))
    turns = report["turns"]
    assert len(turns) == 2
    assert "open_question" in turns[1]["labels"]  # "What do you like about this neighborhood?"
    assert not {"open_question", "closed_question"} & set(turns[0]["labels"])

    figures = report["turn_taking"]
    assert figures["questions"] == {"turns_with_question": 1, "share": 0.5, "open": 1,
                                    "closed": 0}
    assert figures["monologues"]["count"] == 0
    assert [t["words"] for t in figures["turns"]] == [t["words"] for t in turns]
    assert all(1.5 < t["seconds"] < 4.0 for t in figures["turns"])
    assert figures["median_gap_s"] is None and figures["talk_share"] is None

    feedback = report["feedback"]
    spoken = report["coach"]["summary"]["spoken"]
    assert feedback and all(isinstance(line, str) and line for line in feedback)
    assert feedback[-len(spoken):] == spoken
    assert spoken[0] == WORDING.strengths["questions"].say  # one question in two turns
    assert [t["index"] for t in report["coach"]["tips"]] == [1]  # praise after the question


CONTENT_STOPWORDS = {"you", "your", "them", "in", "to", "the", "a", "was", "for", "so", "it",
                     "that", "is", "of", "and", "more", "with"}


def heard_content(line: str, heard: str) -> float:
    """Share of the content words of `line` found in `heard` (questions ~ question)."""
    wanted = [w for w in tokens(line) if w not in CONTENT_STOPWORDS]
    got = {w.rstrip("s") for w in tokens(heard)}
    return sum(w.rstrip("s") in got for w in wanted) / len(wanted)


@pytest.mark.model
def test_speak_to_writes_the_summary_that_whisper_hears(fixture_info, tmp_path: Path) -> None:
    out = tmp_path / "coach.wav"
    report = analyze_json(str(fixture_info("hello_intro").path), "--speak-to", str(out))
    first = report["coach"]["summary"]["spoken"][0]
    heard = join_words(WhisperTranscriber().transcribe(FileSource(out).read_all()))
    assert heard_content(first, heard) > 0.5, (first, heard)


def test_speak_to_a_missing_folder_is_one_line_and_exit_2(fixture_info, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "coach.wav"
    result = run_voicecoach("analyze", str(fixture_info("two_turns").path), "--speak-to",
                            str(out))
    assert_one_line_error(result, "no-such-folder", "does not exist")
    assert result.stdout == "" and not out.parent.exists()


def no_output_device(device: object) -> int | None:
    raise NoOutputDeviceError("this machine has no audio output device")


def no_tts_engine(config: object) -> Any:
    raise AudioError("no text-to-speech engine (OSError: libespeak-ng.so.1 missing)")


@pytest.mark.parametrize(("module", "part", "fake", "reason"), [
    (device, "find_output_device", no_output_device, "no audio output device"),
    (sinks, "Synthesizer", no_tts_engine, "no text-to-speech engine"),
])
def test_speak_without_a_device_or_voice_prints_the_lines_and_warns_once(
        module: Any, part: str, fake: Any, reason: str, fixture_info,
        monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(module, part, fake)
    if part == "Synthesizer":  # the coach's voice is opened through the voice catalog
        monkeypatch.setattr(catalog, "Synthesizer", fake)
    code = cli.main(["analyze", str(fixture_info("two_turns").path), "--speak", "--json"])
    out, err = capfd.readouterr()
    assert code == 0
    report = json.loads(out)
    warnings = [line for line in err.splitlines() if reason in line]
    assert len(warnings) == 1 and "Traceback" not in err
    assert [line.removeprefix("coach: ") for line in err.splitlines()
            if line.startswith("coach: ")] == report["coach"]["summary"]["spoken"]


def test_save_adds_an_analyze_session_to_the_history(fixture_info, tmp_path: Path) -> None:
    data = tmp_path / "data"
    report = analyze_json(str(fixture_info("two_turns").path), "--save", "--data-dir", str(data))
    listed = run_voicecoach("history", "--json", "--data-dir", str(data))
    assert listed.code == 0, listed.stderr
    sessions = json.loads(listed.stdout)
    assert len(sessions) == 1
    saved = sessions[0]
    assert saved["id"] == report["session_id"] and saved["mode"] == "analyze"
    assert saved["turns"] == len(report["turns"]) == 2 and saved["finished"]
    assert saved["tips_given"] == len(report["coach"]["tips"])
    assert saved["questions_asked_back"] == 0.5


def test_save_says_where_it_went_and_data_dir_needs_save(fixture_info, tmp_path: Path) -> None:
    wav = str(fixture_info("hello_intro").path)
    readable = run_voicecoach("analyze", wav, "--save", "--data-dir", str(tmp_path))
    assert readable.code == 0, readable.stderr
    assert "Coach" in readable.stdout and "Saved as session 1" in readable.stdout
    assert_one_line_error(run_voicecoach("analyze", wav, "--data-dir", str(tmp_path)), "--save")


# ---------------------------------------------------------------------------- real device




@pytest.mark.device
def test_speak_plays_the_summary_through_the_speakers(fixture_info,
                                                      monitor: MonitorRecorder) -> None:
    result = run_voicecoach("analyze", str(fixture_info("hello_intro").path), "--speak",
                            "--json")  # the child inherits PULSE_SINK: our null sink
    recorded = monitor.stop()
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)["feedback"]  # stdout stayed one JSON object
    assert "printed instead" not in result.stderr  # it really went to a device
    usable = recorded[: len(recorded) // 1600 * 1600].reshape(-1, 1600)  # 0.1 s windows
    voiced = np.sqrt(np.mean(usable.astype(np.float64) ** 2, axis=1)) > 0.02
    assert voiced.sum() >= 10  # at least a second of the coach's voice reached the sink


def test_a_users_pack_labels_turns_and_the_coach_praises_them(fixture_info,
                                                               tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "home.toml").write_text(
        '[[pattern]]\nid = "common_ground.home"\nlabel = "common_ground"\n'
        'examples = ["i moved here from chicago"]\ncues = ["chicago"]\n'
        'coaching = ["Chicago! A hometown is easy common ground."]\n')
    report = analyze_json(str(fixture_info("two_turns").path), "--pack", str(packs))
    assert "common_ground" in report["turns"][0]["labels"]
    tips = report["coach"]["tips"]
    assert tips[0]["index"] == 0 and tips[0]["key"] == "praise:common_ground"
    assert tips[0]["text"] in report["feedback"]
