"""Makes the synthetic speech fixtures in audio_fixtures/ with espeak-ng.

Run `make fixtures`. Each fixture is a list of (text, silence after in seconds) spoken by
one espeak-ng voice; the manifest records the text, the voice and what a listener should
hear (words, fillers, turns), so tests check against it instead of against constants.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import wave
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "audio_fixtures"
RATE = 22_050  # espeak-ng's own rate; keeping it makes every test exercise the resampler


@dataclass(frozen=True)
class Fixture:
    name: str
    voice: str
    speed_wpm: int
    phrases: tuple[tuple[str, float], ...]  # text, silence after it (s)
    lead_in_s: float
    expected_turns: int
    expected_fillers: int
    note: str
    container: str = "wav"  # "flac" where long silences would make a WAV large


FIXTURES = (
    Fixture("hello_intro", "en-gb-x-rp", 140,
            (("Hi, I'm Sam. So, how do you know the host?", 0.8),), 0.5, 1, 0,
            "one turn: an introduction and an icebreaker question"),
    Fixture("two_turns", "en-us", 150,
            (("I just moved here from Chicago.", 1.6),
             ("What do you like about this neighborhood?", 0.8)), 0.5, 2, 0,
            "two turns split by 1.6 s of silence"),
    Fixture("fillers", "en-us", 140,
            (("So, um, I was thinking, uh, that we could go to the park.", 1.2),
             ("I like this place a lot.", 0.8)), 0.5, 2, 2,
            "two filler sounds in the first turn; 'I like' in the second is not a filler"),
    # The user's side of a party conversation with Jordan (`voicecoach demo` picks that
    # persona), with room between turns for the partner's reply and a coaching aside, as if
    # recorded during a real session. Each line follows what Jordan said before it.
    Fixture("demo_user", "en-gb-x-rp", 140,
            (("Hi, I'm Alex. Nice to meet you.", 7.5),
             ("I work with Sam at the library. And how do you know the host?", 13.5),
             ("So what have you been up to lately?", 11.0),
             ("That sounds amazing. Tell me more about your trip.", 10.5),
             ("Me too, I love hiking. What would you recommend for a beginner?", 6.0)),
            10.5, 5, 0,
            "the user's side of a party conversation, used by `voicecoach demo`", "flac"),
    # Answers to `voicecoach warmup`, with voice commands: skip the breathing, answer two
    # openers, skip the other openers, answer a follow-up, stop.
    Fixture("warmup_user", "en-gb-x-rp", 140,
            (("Skip this.", 14.0),
             ("Hi, I'm Alex, how do you know the host?", 10.0),
             ("Good morning! Is this your first week too?", 10.0),
             ("Skip this.", 12.0),
             ("Oh wow, where did you go?", 10.0),
             ("Stop.", 8.0)),
            8.0, 6, 0,
            "warm-up answers and commands: skip, two openers, skip, a follow-up, stop",
            "flac"),
)


def speak(text: str, voice: str, speed: int) -> np.ndarray:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(path), text],
                       check=True)
        with wave.open(str(path)) as reader:
            assert reader.getframerate() == RATE and reader.getnchannels() == 1
            return np.frombuffer(reader.readframes(reader.getnframes()), dtype=np.int16)


def write_flac(path: Path, samples: np.ndarray) -> None:
    import av

    with av.open(str(path), "w") as out:
        stream = out.add_stream("flac", rate=RATE)
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = RATE
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


def build(fixture: Fixture) -> dict[str, object]:
    parts = [np.zeros(int(fixture.lead_in_s * RATE), dtype=np.int16)]
    spans = []
    for text, pause in fixture.phrases:
        start = sum(len(p) for p in parts) / RATE
        audio = speak(text, fixture.voice, fixture.speed_wpm)
        parts.append(audio)
        spans.append({"text": text, "start": round(start, 3),
                      "end": round(start + len(audio) / RATE, 3)})
        parts.append(np.zeros(int(pause * RATE), dtype=np.int16))
    samples = np.concatenate(parts)
    path = OUT / f"{fixture.name}.{fixture.container}"
    if fixture.container == "flac":
        write_flac(path, samples)
    else:
        with wave.open(str(path), "wb") as writer:
            writer.setnchannels(1)
            writer.setsampwidth(2)
            writer.setframerate(RATE)
            writer.writeframes(samples.tobytes())
    entry = asdict(fixture)
    entry.pop("phrases")
    entry.update(file=path.name, rate=RATE, duration_s=round(len(samples) / RATE, 3),
                 text=" ".join(t for t, _ in fixture.phrases), phrases=spans)
    return entry


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for old in OUT.glob("*.*"):
        if old.suffix in (".wav", ".flac"):
            old.unlink()
    version = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True,
                             check=True).stdout.strip()
    manifest = {"generator": "scripts/make_fixtures.py", "espeak_ng": version,
                "fixtures": [build(f) for f in FIXTURES]}
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    print(f"wrote {len(FIXTURES)} fixtures to {OUT}")


if __name__ == "__main__":
    main()
