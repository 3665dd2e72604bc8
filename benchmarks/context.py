"""Context biasing on real speech: WER and fillers of `analyze` with and without a context.

For each clip in ../shared/real_speech, `analyze` as today (no context) and then with the
context prompt of every built-in scenario (plus the user name "Alex"): a context that has
nothing to do with the clip must not hurt it. Then the demo recording, with and without the
party scenario's context, to see whether "the host" is heard.

    .venv/bin/python benchmarks/context.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.asr import CLIPS, fmt, score
from benchmarks.common import machine, require_real_speech
from voicecoach.analyze.analysis import analyze_audio
from voicecoach.coaching.scenario import list_scenarios, load_scenario
from voicecoach.hearing.audio import FileSource
from voicecoach.hearing.context import session_context
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad
from voicecoach.paths import fixtures_dir
from voicecoach.understanding.fillers import FillerVocabulary


def contexts() -> dict[str, str]:
    result = {"none": ""}
    for name in list_scenarios():
        scenario = load_scenario(name)
        result[name] = session_context(scenario.title, scenario.partner, scenario.scene, "Alex")
    return result


def main() -> None:
    folder = require_real_speech()
    vocabulary = FillerVocabulary.load()
    transcriber = WhisperTranscriber()
    prompts = contexts()
    print(f"machine: {machine()}\n")
    for name, prompt in prompts.items():
        print(f"context {name}: {prompt or '(none)'}")
    print("\n| clip | context | WER | filler recall | filler precision | fillers found |")
    print("|---|---|---|---|---|---|")
    worst: dict[str, float] = {}
    for clip in CLIPS:
        samples = FileSource(folder / f"{clip}.wav").read_all()
        for name, prompt in prompts.items():
            analysis = analyze_audio(samples, clip, transcriber, SileroVad(), vocabulary,
                                     context=prompt)
            row = score(clip, 0.0, 0.0, list(analysis.words), folder, vocabulary)
            print(f"| {clip} | {name} | {fmt(row.wer)} | {fmt(row.filler_recall)} "
                  f"| {fmt(row.filler_precision)} | {row.fillers_found} |", flush=True)
            if row.wer is not None and name != "none":
                worst[clip] = max(worst.get(clip, 0.0), row.wer)
    print("\nworst WER with any scenario's context: "
          + ", ".join(f"{clip} {wer:.2f}" for clip, wer in worst.items()))

    demo = FileSource(fixtures_dir() / "demo_user.flac").read_all()
    for name in ("none", "party"):
        analysis = analyze_audio(demo, "demo_user", transcriber, SileroVad(), vocabulary,
                                 context=prompts[name])
        second = analysis.turns[1].text if len(analysis.turns) > 1 else ""
        print(f"demo_user, context {name}: turn 2 heard as {second!r}")


if __name__ == "__main__":
    main()
