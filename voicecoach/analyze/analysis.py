"""Analyse a recording: turns from the endpointer, words from the transcriber, pacing per turn."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from voicecoach.hearing.audio import CHUNK_SAMPLES, SAMPLE_RATE, AudioChunk, FileSource, Samples
from voicecoach.hearing.context import keywords, merge_context
from voicecoach.hearing.level import InputLevel
from voicecoach.hearing.transcribe import Transcriber
from voicecoach.hearing.vad import Endpointer, SpeechEnded, VadConfig, VoiceDetector
from voicecoach.hearing.voiced import (
    FILLER_VOICE_THRESHOLD,
    MAX_GAP_IN_WORD_CHUNKS,
    MIN_WORD_S,
    WORD_VOICE_THRESHOLD,
    VoicedTimeline,
)
from voicecoach.understanding.fillers import FillerVocabulary, merge_fillers, on_voice
from voicecoach.understanding.pacing import Pacing, VoicedIn
from voicecoach.understanding.turn import Turn
from voicecoach.understanding.words import Word, join_words

__all__ = [
    "FILLER_VOICE_THRESHOLD",
    "MAX_GAP_IN_WORD_CHUNKS",
    "MIN_WORD_S",
    "WORD_VOICE_THRESHOLD",
    "Analysis",
    "Region",
    "VoicedTimeline",
    "analyze_audio",
    "analyze_file",
    "assign_words",
    "build_turns",
    "find_turns",
    "reread_skipped_turns",
]

# Report progress in stages so a long file shows a moving bar.
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class Analysis:
    source: str
    duration_s: float
    words: tuple[Word, ...]
    turns: tuple[Turn, ...]
    pacing: Pacing  # all the turns' speech, joined (`session_pacing`): cut-independent
    extras: dict[str, Any] = field(default_factory=dict)
    level: InputLevel | None = None  # how loud the recording was; None when not measured

    @property
    def transcript(self) -> str:
        return join_words(self.words)


@dataclass(frozen=True)
class Region:
    start: float
    end: float
    last_voice: float


def find_turns(audio: Samples, detector: VoiceDetector, config: VadConfig
               ) -> tuple[list[Region], VoicedTimeline]:
    """Stream the recording through the endpointer, chunk by chunk, as the live loop would."""
    endpointer = Endpointer(detector, config)
    regions: list[Region] = []
    confidences = np.zeros((len(audio) + CHUNK_SAMPLES - 1) // CHUNK_SAMPLES, dtype=np.float32)
    for i in range(len(confidences)):
        samples = audio[i * CHUNK_SAMPLES : (i + 1) * CHUNK_SAMPLES]
        if len(samples) < CHUNK_SAMPLES:
            samples = np.pad(samples, (0, CHUNK_SAMPLES - len(samples)))
        chunk = AudioChunk(samples, i * CHUNK_SAMPLES / SAMPLE_RATE)
        confidences[i] = detector.confidence(chunk.samples)
        events = endpointer.step(chunk.start, chunk.end, float(confidences[i]))
        regions.extend(Region(e.start, e.end, e.last_voice) for e in events
                       if isinstance(e, SpeechEnded))
    duration = len(audio) / SAMPLE_RATE
    regions.extend(Region(e.start, min(e.end, duration), e.last_voice)
                   for e in endpointer.flush(duration) if isinstance(e, SpeechEnded))
    return regions, VoicedTimeline(confidences, FILLER_VOICE_THRESHOLD)


def assign_words(regions: Sequence[Region], words: Sequence[Word]) -> list[list[Word]]:
    """Each word goes to the turn it overlaps most, or the nearest one if it overlaps none."""
    buckets: list[list[Word]] = [[] for _ in regions]
    if not regions:
        return buckets
    for word in words:
        def distance(region: Region, w: Word = word) -> float:
            overlap = min(region.end, w.end) - max(region.start, w.start)
            return -overlap if overlap > 0 else max(region.start - w.end, w.start - region.end)
        best = min(range(len(regions)), key=lambda k: distance(regions[k]))
        buckets[best].append(word)
    return buckets


def analyze_audio(audio: Samples, source: str, transcriber: Transcriber,
                  detector: VoiceDetector, vocabulary: FillerVocabulary,
                  vad_config: VadConfig | None = None, recover_fillers: bool = True,
                  progress: Progress | None = None, context: str | None = None) -> Analysis:
    """`context`: key words to bias recognition toward (names, the setting's words)."""
    vad_config = vad_config or VadConfig()
    report = progress or (lambda stage, fraction: None)
    report("finding turns", 0.0)
    regions, voiced = find_turns(audio, detector, vad_config)
    report("finding turns", 1.0)
    level = voiced.level(audio)
    words: list[Word] = []
    if regions:
        # The plain pass decodes without a prompt: a context prompt there measurably raised
        # the word error rate of real recordings, and in the filler pass it let false fillers
        # in. So a context gets a pass of its own, and only its sound-alike key words are taken.
        words = transcriber.transcribe(audio, lambda f: report("transcribing", f), "")
        words = reread_unheard_turns(audio, regions, words, transcriber)
        if recover_fillers:
            prompted = transcriber.transcribe_disfluent(
                audio, lambda f: report("listening for fillers", f), "")
            prompted = reread_skipped_turns(audio, regions, words, prompted, transcriber,
                                            vocabulary)
            words = merge_fillers(words, on_voice(prompted, vocabulary, voiced.voiced_seconds),
                                  vocabulary)
        if context:
            biased = transcriber.transcribe(
                audio, lambda f: report("listening for key words", f), context)
            words = merge_context(words, biased, keywords(context))
    words = vocabulary.mark([voiced.trim(w) for w in words
                             if not _invented(w, regions, voiced)])
    turns = build_turns(regions, words, vocabulary, voiced.voiced_seconds)
    return Analysis(
        source=source,
        duration_s=len(audio) / SAMPLE_RATE,
        words=tuple(w for t in turns for w in t.words),
        turns=tuple(turns),
        # turns are in time order; a gap between them counts as one inside a turn would
        pacing=Pacing.combine([t.pacing for t in turns], voiced=voiced.voiced_seconds),
        level=level,
    )


# The filler pass skipped a turn when it heard fewer than this share of the plain pass's words
# there (and the plain pass heard at least MIN_WORDS_TO_CHECK).
SKIPPED_SHARE = 0.5
MIN_WORDS_TO_CHECK = 3
# Only a turn this long or shorter is read again. sample.wav (a phone call read as one 23 s
# stretch of two voices) derails under the disfluent prompt however it is read, and read again
# alone it gave a false "um"; left as it was, that stretch only loses fillers.
MAX_REREAD_S = 10.0


# A turn the plain pass heard nothing in is read again alone if it is at least this long (a
# click or a breath is shorter) and at most MAX_REREAD_S.
MIN_UNHEARD_S = 0.4


def reread_unheard_turns(audio: Samples, regions: Sequence[Region], plain: Sequence[Word],
                         transcriber: Transcriber) -> list[Word]:
    """The plain pass's words, with each voiced turn it heard nothing in read again alone.

    Over a whole recording, Whisper can leave out a stretch of speech altogether: of six short
    lines spoken by espeak-ng with 2 s between them, it wrote nothing for the first two, though
    the voice detector found both (`benchmarks/match.py --heard`: 49 of 3,393 lines came back
    empty, 26 of them the first of their recording). A turn read alone starts afresh.
    """
    by_turn = assign_words(regions, plain)
    added: list[Word] = []
    for region, heard in zip(regions, by_turn, strict=True):
        if heard or not MIN_UNHEARD_S <= region.end - region.start <= MAX_REREAD_S:
            continue
        start = int(region.start * SAMPLE_RATE)
        added += [replace(w, start=w.start + start / SAMPLE_RATE, end=w.end + start / SAMPLE_RATE)
                  for w in transcriber.transcribe_turn(
                      audio[start:int(region.end * SAMPLE_RATE)])]
    return sorted([*plain, *added], key=lambda w: w.start) if added else list(plain)


# A word this far from every turn the voice detector found, over audio with no voice at all,
# was not said: Whisper fills the silence at a recording's end with a sentence of its own ("The
# coffee is very hot." 1 s after the last of six lines, its words squeezed into 0.02 s).
INVENTED_AWAY_S = 0.5


def _invented(word: Word, regions: Sequence[Region], voiced: VoicedTimeline) -> bool:
    away = min((max(region.start - word.end, word.start - region.end) for region in regions),
               default=0.0)
    return away >= INVENTED_AWAY_S and voiced.voiced_seconds(word.start - 0.1,
                                                             word.end + 0.1) == 0.0


def reread_skipped_turns(audio: Samples, regions: Sequence[Region], plain: Sequence[Word],
                         prompted: Sequence[Word], transcriber: Transcriber,
                         vocabulary: FillerVocabulary) -> list[Word]:
    """The filler pass's words, with each turn it skipped read again on its own.

    Over a whole recording the disfluent prompt can make Whisper leave a turn out: it reads
    the prompt as words already said, and a turn that sounds like it ("So, um, I was
    thinking, uh, that we could go to the park") then looks said. On one CPU's kernels tiny.en
    kept that turn of audio_fixtures/fillers.wav, on another it dropped it and both its
    fillers. A turn read alone (the live loop's short window) starts afresh.
    """
    plain_by_turn = assign_words(regions, [w for w in plain if not vocabulary.is_sound(w.token)])
    prompted_by_turn = assign_words(regions, prompted)
    kept = list(prompted)
    for region, heard, second in zip(regions, plain_by_turn, prompted_by_turn, strict=True):
        if (len(heard) < MIN_WORDS_TO_CHECK or len(second) >= SKIPPED_SHARE * len(heard)
                or region.end - region.start > MAX_REREAD_S):
            continue
        start = int(region.start * SAMPLE_RATE)
        again = transcriber.transcribe_turn(audio[start:int(region.end * SAMPLE_RATE)],
                                            disfluent=True)
        left_out = {id(w) for w in second}  # the few words it did hear there go too
        kept = [w for w in kept if id(w) not in left_out]
        kept += [replace(w, start=w.start + start / SAMPLE_RATE, end=w.end + start / SAMPLE_RATE)
                 for w in again]
    return sorted(kept, key=lambda w: w.start)


def build_turns(regions: Sequence[Region], words: Sequence[Word],
                vocabulary: FillerVocabulary, voiced: VoicedIn | None = None) -> list[Turn]:
    turns: list[Turn] = []
    for region, turn_words in zip(regions, assign_words(regions, words), strict=True):
        if not turn_words:
            continue  # voiced but wordless (a cough, a laugh): not a turn anyone took
        turns.append(Turn.from_words(
            len(turns), round(min(region.start, turn_words[0].start), 3),
            round(max(region.end, turn_words[-1].end), 3), turn_words, vocabulary,
            last_voice=round(region.last_voice, 3), voiced=voiced))
    return turns


def analyze_file(path: Path, transcriber: Transcriber, detector: VoiceDetector,
                 vocabulary: FillerVocabulary, vad_config: VadConfig | None = None,
                 recover_fillers: bool = True, progress: Progress | None = None,
                 context: str | None = None) -> Analysis:
    audio = FileSource(path).read_all()
    return analyze_audio(audio, str(path), transcriber, detector, vocabulary, vad_config,
                         recover_fillers, progress, context)
