"""Context biasing on real speech: WER and fillers of `analyze` with and without a context.

For each clip in ../shared/real_speech, `analyze` as today (no context) and then with the
context prompt of every built-in scenario (plus the user name "Alex"): a context that has
nothing to do with the clip must not hurt it. The same for the live path (each endpointed
turn through `transcribe_turn`, plain and disfluent, fillers merged; `--live-only` skips the
`analyze` part). Then the demo
recording, with and without the party scenario's context, to see whether "the host" is heard.

    .venv/bin/python benchmarks/context.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.asr import CLIPS, fmt, score
from benchmarks.common import machine, require_real_speech
from voicecoach.analyze.analysis import analyze_audio, find_turns
from voicecoach.coaching.persona import list_scenarios, load_scenario
from voicecoach.hearing.audio import SAMPLE_RATE, FileSource
from voicecoach.hearing.context import session_context
from voicecoach.hearing.transcribe import WhisperTranscriber
from voicecoach.hearing.vad import SileroVad, VadConfig
from voicecoach.paths import fixtures_dir
from voicecoach.understanding.fillers import FillerVocabulary, merge_fillers
from voicecoach.understanding.words import Word


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
    for clip in () if "--live-only" in sys.argv else CLIPS:
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

    print("\nlive path (transcribe_turn per endpointed turn, plain and disfluent; with a "
          "context, a second decode of the plain turn swaps in sound-alike key words)")
    print("| clip | context | WER | filler recall | filler precision | fillers found |")
    print("|---|---|---|---|---|---|")
    worst.clear()
    for clip in CLIPS:
        samples = FileSource(folder / f"{clip}.wav").read_all()
        regions, _ = find_turns(samples, SileroVad(), VadConfig())
        for name, prompt in prompts.items():
            transcriber.set_context(prompt)
            heard: list[Word] = []
            for region in regions:
                first = max(0, int((region.start - 0.2) * SAMPLE_RATE))
                piece = samples[first : int((region.end + 0.2) * SAMPLE_RATE)]
                plain = transcriber.transcribe_turn(piece)
                disfluent = transcriber.transcribe_turn(piece, disfluent=True)
                heard += [w.shifted(first / SAMPLE_RATE)
                          for w in merge_fillers(plain, disfluent, vocabulary)]
            row = score(clip, 0.0, 0.0, heard, folder, vocabulary)
            print(f"| {clip} | {name} | {fmt(row.wer)} | {fmt(row.filler_recall)} "
                  f"| {fmt(row.filler_precision)} | {row.fillers_found} |", flush=True)
            if row.wer is not None and name != "none":
                worst[clip] = max(worst.get(clip, 0.0), row.wer)
    transcriber.set_context("")
    print("\nlive path, worst WER with any scenario's context: "
          + ", ".join(f"{clip} {wer:.2f}" for clip, wer in worst.items()))

    demo = FileSource(fixtures_dir() / "demo_user.flac").read_all()
    for name in ("none", "party"):
        analysis = analyze_audio(demo, "demo_user", transcriber, SileroVad(), vocabulary,
                                 context=prompts[name])
        second = analysis.turns[1].text if len(analysis.turns) > 1 else ""
        print(f"demo_user, context {name}: turn 2 heard as {second!r}")


if __name__ == "__main__":
    main()
