"""Coverage-guided fuzzing with atheris (libFuzzer) for as long as you like.

    .venv/bin/pip install atheris          # not a dependency of voicecoach; wheels for Linux
    .venv/bin/python benchmarks/fuzz_atheris.py --seconds 300               # every target
    .venv/bin/python benchmarks/fuzz_atheris.py --target audio --seconds 60

Targets: `pack` (a move pack file of the input's bytes, then a matcher built from it),
`match` (the built-in matcher on the input as text), `events` (the event log writer on
events drawn from the input), `audio` (FileSource decoding the input as a WAV, FLAC, MP3 or
OGG file). Only `voicecoach.errors.VoiceCoachError` may come out; anything else is a crash,
and an input running longer than --timeout seconds is a hang. libFuzzer saves such inputs
as crash-*/timeout-* files in --artifacts and the run stops with a non-zero status.

Each target runs in its own process (libFuzzer runs one target per process), seeded with
the built-in packs, a few lines of speech and small recordings in every format.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ("pack", "match", "events", "audio")
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg")


def write_seeds(target: str, corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if target == "pack":
        for path in sorted((ROOT / "prompts" / "moves").glob("*.toml")):
            (corpus / path.name).write_bytes(path.read_bytes())
    elif target == "match":
        for number, line in enumerate((ROOT / "tests" / "data" / "moves_dev.tsv")
                                      .read_text().splitlines()[:50]):
            (corpus / f"line{number}").write_bytes(line.split("\t")[0].encode())
    elif target == "events":
        (corpus / "seed").write_bytes(bytes(range(256)))
    elif target == "audio":
        import av
        import numpy as np

        from voicecoach.hearing.audio import FileSource

        speech = FileSource(ROOT / "audio_fixtures" / "hello_intro.wav").read_all()[:16_000]
        pcm = io.BytesIO()
        with wave.open(pcm, "wb") as writer:
            writer.setnchannels(1)
            writer.setsampwidth(2)
            writer.setframerate(16_000)
            writer.writeframes((speech * 32767).astype("<i2").tobytes())
        # the first byte picks the suffix the file gets (see audio_input)
        (corpus / "wav").write_bytes(b"\x00" + pcm.getvalue())
        for index, (fmt, codec, rate) in enumerate(
                [("flac", "flac", 16_000), ("mp3", "libmp3lame", 16_000),
                 ("ogg", "libopus", 48_000)], start=1):
            buffer = io.BytesIO()
            samples = np.interp(np.arange(len(speech) * rate // 16_000) * 16_000 / rate,
                                np.arange(len(speech)), speech).astype(np.float32)
            with av.open(buffer, "w", format=fmt) as out:
                stream = out.add_stream(codec, rate=rate)
                stream.layout = "mono"
                frame = av.AudioFrame.from_ndarray(samples[None, :], format="flt",
                                                   layout="mono")
                frame.rate = rate
                for packet in [*stream.encode(frame), *stream.encode(None)]:
                    out.mux(packet)
            (corpus / fmt).write_bytes(bytes([index]) + buffer.getvalue())


def fuzz_one(target: str, argv: list[str]) -> None:
    """Run libFuzzer on one target in this process (never returns)."""
    import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]

    with atheris.instrument_imports(include=["voicecoach"]):
        from voicecoach.errors import VoiceCoachError
        from voicecoach.hearing.audio import FileSource
        from voicecoach.live.events import EventLog, EventType
        from voicecoach.understanding.match import Matcher, load_matcher
        from voicecoach.understanding.packs import load_pack

    scratch = Path(tempfile.mkdtemp(prefix=f"voicecoach-fuzz-{target}-"))
    matcher = load_matcher() if target == "match" else None
    kinds = list(EventType)

    def pack_input(data: bytes) -> None:
        path = scratch / "pack.toml"
        path.write_bytes(data)
        try:
            patterns = load_pack(path)
        except VoiceCoachError:
            return
        Matcher(patterns).match("hi i'm sam, how do you know the host?")

    def match_input(data: bytes) -> None:
        assert matcher is not None
        matcher.match(data.decode("utf-8", errors="replace"))

    def events_input(data: bytes) -> None:
        provider = atheris.FuzzedDataProvider(data)
        path = scratch / "events.jsonl"
        log = EventLog(path)
        now = 0.0
        for _ in range(provider.ConsumeIntInRange(0, 20)):
            if provider.ConsumeBool():
                now += provider.ConsumeFloatInRange(0.0, 30.0)
                log.advance(now)
            else:
                fields = {provider.ConsumeUnicodeNoSurrogates(6) or "text":
                          provider.ConsumeUnicodeNoSurrogates(40)}
                fields.pop("t", None)
                fields.pop("type", None)
                log.emit(now + provider.ConsumeFloatInRange(0.0, 30.0),
                         kinds[provider.ConsumeIntInRange(0, len(kinds) - 1)], **fields)
        log.close()
        times = [json.loads(line)["t"] for line in path.read_text("utf-8").splitlines()]
        if times != sorted(times):
            raise AssertionError(f"event log out of time order: {times}")

    def audio_input(data: bytes) -> None:
        if not data:
            return
        path = scratch / f"input{AUDIO_SUFFIXES[data[0] % len(AUDIO_SUFFIXES)]}"
        path.write_bytes(data[1:])
        try:
            source = FileSource(path)
            source.read_all()
        except VoiceCoachError:
            return

    one = {"pack": pack_input, "match": match_input, "events": events_input,
           "audio": audio_input}[target]
    atheris.Setup([sys.argv[0], *argv], one)
    atheris.Fuzz()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=(*TARGETS, "all"), default="all")
    parser.add_argument("--seconds", type=int, default=60,
                        help="how long to fuzz each target (default 60)")
    parser.add_argument("--timeout", type=int, default=10,
                        help="seconds one input may take before it counts as a hang")
    parser.add_argument("--artifacts", type=Path, default=Path("fuzz-artifacts"),
                        help="where crash and timeout inputs are saved")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args, extra = parser.parse_known_args()
    try:
        import atheris  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401
    except ImportError:
        print("benchmark: atheris is not installed; `.venv/bin/pip install atheris` "
              "(Linux wheels; it is not a voicecoach dependency)", file=sys.stderr)
        return 2
    if args.child:
        corpus = Path(extra[0])
        fuzz_one(args.target, [str(corpus), *extra[1:]])
        return 0
    args.artifacts.mkdir(parents=True, exist_ok=True)
    targets = TARGETS if args.target == "all" else (args.target,)
    failed = []
    with tempfile.TemporaryDirectory(prefix="voicecoach-fuzz-corpus-") as tmp:
        for target in targets:
            corpus = Path(tmp) / target
            write_seeds(target, corpus)
            print(f"== {target}: {args.seconds} s", flush=True)
            done = subprocess.run(
                [sys.executable, __file__, "--child", "--target", target, str(corpus),
                 f"-max_total_time={args.seconds}", f"-timeout={args.timeout}",
                 f"-artifact_prefix={args.artifacts.resolve()}/{target}-",
                 "-print_final_stats=1", "-max_len=65536", *extra],
                capture_output=True, text=True)
            stats = [line for line in done.stderr.splitlines()
                     if line.startswith(("stat::number_of_executed_units",
                                         "stat::average_exec_per_sec", "stat::new_units_added",
                                         "Done ", "==", "INFO: seed corpus"))
                     or "Uncaught Python exception" in line or "ERROR" in line]
            print("\n".join(stats) or done.stderr[-3000:])
            if done.returncode != 0:
                failed.append(target)
                print(done.stderr[-5000:])
    print("crashes or hangs in: " + ", ".join(failed) if failed else
          "no crash, no hang: only VoiceCoachError came out")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
