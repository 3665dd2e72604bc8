"""Filler words: which words are fillers, and how fillers from a second pass are merged in.

The vocabulary is data (prompts/fillers.toml). Sounds such as "um" are always fillers;
phrases such as "like" or "you know" are fillers only where the words around them do not
make them part of the sentence ("I like this" has no filler).
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.words import Word, normalise_token

__all__ = [
    "FILLER_VOICE_MARGIN_S",
    "MIN_FILLER_S",
    "MIN_FILLER_VOICE_S",
    "FillerPhrase",
    "FillerVocabulary",
    "VoicedSeconds",
    "merge_fillers",
    "on_voice",
]

MIN_FILLER_S = 0.02  # a filler the aligner gave less time than this has no audio of its own
# A filler of the prompted pass must have this much voiced audio within this margin of its
# times (Whisper squeezes a filler's own times, so look a little around them).
FILLER_VOICE_MARGIN_S = 0.2
MIN_FILLER_VOICE_S = 0.1

VoicedSeconds = Callable[[float, float], float]  # voiced time between two times


@dataclass(frozen=True)
class FillerPhrase:
    tokens: tuple[str, ...]
    not_after: frozenset[str]
    not_before: frozenset[str]


@dataclass(frozen=True)
class FillerVocabulary:
    sounds: frozenset[str]
    phrases: tuple[FillerPhrase, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> FillerVocabulary:
        path = path or prompts_dir() / "fillers.toml"
        data = load_toml(path)
        sounds = data.get("sounds")
        if not isinstance(sounds, list) or not sounds:
            raise PackError(f"{path}: `sounds` must be a non-empty list of filler sounds")
        phrases = []
        for entry in data.get("phrases", []):
            text = entry.get("text") if isinstance(entry, dict) else None
            if not isinstance(text, str) or not text.strip():
                raise PackError(f"{path}: every [[phrases]] entry needs a non-empty `text`")
            phrases.append(FillerPhrase(
                tuple(normalise_token(t) for t in text.split()),
                frozenset(normalise_token(t) for t in entry.get("not_after", [])),
                frozenset(normalise_token(t) for t in entry.get("not_before", [])),
            ))
        # Longest phrases first, so "you know" wins over a shorter overlapping phrase.
        phrases.sort(key=lambda p: -len(p.tokens))
        return cls(frozenset(normalise_token(s) for s in sounds), tuple(phrases))

    def is_sound(self, token: str) -> bool:
        return normalise_token(token) in self.sounds

    def mark(self, words: Sequence[Word]) -> list[Word]:
        """The same words with `filler` set on every word that belongs to a filler."""
        tokens = [w.token for w in words]
        flags = [t in self.sounds for t in tokens]
        i = 0
        while i < len(tokens):
            phrase = self._phrase_at(tokens, i)
            if phrase is None:
                i += 1
                continue
            for k in range(i, i + len(phrase.tokens)):
                flags[k] = True
            i += len(phrase.tokens)
        return [replace(w, filler=f) for w, f in zip(words, flags, strict=True)]

    def _phrase_at(self, tokens: list[str], i: int) -> FillerPhrase | None:
        for phrase in self.phrases:
            n = len(phrase.tokens)
            if tuple(tokens[i : i + n]) != phrase.tokens:
                continue
            before = _previous_word(tokens, i, self.sounds)
            after = tokens[i + n] if i + n < len(tokens) else ""
            if before in phrase.not_after or after in phrase.not_before:
                continue
            return phrase
        return None

    def count(self, words: Sequence[Word]) -> int:
        """Fillers counted as events: "you know" is one filler of two words."""
        return sum(self.starts_filler(words))

    def starts_filler(self, words: Sequence[Word]) -> list[bool]:
        """For each word, whether a filler begins there (a phrase's later words do not)."""
        starts = []
        previous: Word | None = None
        for word in words:
            continues_phrase = (
                previous is not None and previous.filler and word.filler
                and not self.is_sound(previous.token) and not self.is_sound(word.token)
                and self._continues(previous.token, word.token)
            )
            starts.append(word.filler and not continues_phrase)
            previous = word
        return starts

    def _continues(self, previous: str, token: str) -> bool:
        return any(
            previous in p.tokens[:-1] and token in p.tokens[1:] for p in self.phrases
        )


def _previous_word(tokens: list[str], i: int, sounds: frozenset[str]) -> str:
    """The nearest word before position i that is not a filler sound."""
    for k in range(i - 1, -1, -1):
        if tokens[k] not in sounds:
            return tokens[k]
    return ""


def on_voice(prompted: Sequence[Word], vocabulary: FillerVocabulary,
             voiced_seconds: VoicedSeconds) -> list[Word]:
    """The prompted pass's words less the filler sounds that sit on no voiced audio.

    A prompt-led decoder can invent a filler in a silence or in noise; `analyze` and the live
    loop both check their second pass with this before `merge_fillers`.
    """
    return [w for w in prompted if not vocabulary.is_sound(w.token)
            or voiced_seconds(w.start - FILLER_VOICE_MARGIN_S,
                              w.end + FILLER_VOICE_MARGIN_S) >= MIN_FILLER_VOICE_S]


def merge_fillers(plain: Sequence[Word], prompted: Sequence[Word],
                  vocabulary: FillerVocabulary) -> list[Word]:
    """Keep every word of the plain pass; add the filler sounds that only the prompted pass heard.

    The two passes are aligned on their non-filler words. Between two aligned words, the
    plain pass keeps its own fillers, and the prompted pass adds as many as it has beyond
    those, so a filler is never counted twice. A prompted pass that went wrong elsewhere
    (a known risk of a disfluent prompt) cannot change the plain pass's words.

    A prompted filler is not added where it stands in for a word, which on short turns is
    the common way a disfluent prompt goes wrong ("Slower." heard as "So, uh,", "that's
    fun" as "that's, uh..."):
    - after the last aligned word, where the plain pass has words the prompted pass does not
      match and the prompted pass has no more words of its own: the prompted decoder trailed
      off with a filler where the plain pass heard the turn's last word (mid-turn, the
      same pattern is mostly real: "forced, uh, um, forced" against "forced, uh, for");
    - after the plain pass's last word with no length of its own: the decoder ran on past
      the audio (it repeats "Uh, okay." at the end of a short window);
    - beyond the number of fillers the prompted pass wrote in all over what the plain pass
      wrote in all (a filler the plain pass already has, placed elsewhere, is not new).
    """
    plain_anchors = [i for i, w in enumerate(plain) if not vocabulary.is_sound(w.token)]
    prompted_anchors = [i for i, w in enumerate(prompted) if not vocabulary.is_sound(w.token)]
    matcher = difflib.SequenceMatcher(
        a=[plain[i].token for i in plain_anchors],
        b=[prompted[i].token for i in prompted_anchors],
        autojunk=False,
    )
    # For each plain anchor matched to a prompted anchor: plain index -> prompted index.
    pairs: list[tuple[int, int]] = []
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            pairs.append((plain_anchors[block.a + k], prompted_anchors[block.b + k]))

    budget = (sum(vocabulary.is_sound(w.token) for w in prompted)
              - sum(vocabulary.is_sound(w.token) for w in plain))
    merged: list[Word] = []
    bounds = [(-1, -1), *pairs, (len(plain), len(prompted))]
    for (pa, pb), (na, nb) in itertools.pairwise(bounds):
        if pa >= 0:
            merged.append(plain[pa])
        gap = list(plain[pa + 1 : na])
        prompted_gap = prompted[pb + 1 : nb]
        plain_words = [w for w in gap if not vocabulary.is_sound(w.token)]
        plain_fillers = len(gap) - len(plain_words)
        prompted_fillers = [w for w in prompted_gap if vocabulary.is_sound(w.token)]
        prompted_words = len(prompted_gap) - len(prompted_fillers)
        last_gap = na == len(plain)
        if last_gap and plain_words and prompted_words <= len(plain_words):
            prompted_fillers = []  # a re-reading of the plain pass's words, not a filler
        for filler in prompted_fillers[plain_fillers:]:
            if budget <= 0 or _run_on(filler, plain):
                continue
            budget -= 1
            # Inside a gap the two passes may disagree on words, so place the filler by time.
            at = next((k for k, w in enumerate(gap) if w.start >= filler.start), len(gap))
            gap.insert(at, replace(filler, filler=True))
        merged.extend(gap)
    return _untangle_times(merged)


def _run_on(filler: Word, plain: Sequence[Word]) -> bool:
    """A filler with no length at or after the end of everything the plain pass heard."""
    return (filler.end - filler.start < MIN_FILLER_S and bool(plain)
            and filler.start >= plain[-1].end)


def _untangle_times(words: list[Word]) -> list[Word]:
    """Keep times in order: a plain word stretched over an inserted filler is shortened."""
    out = list(words)
    for i, word in enumerate(out):
        if i > 0 and out[i - 1].end > word.start:
            previous = out[i - 1]
            if word.start > previous.start:
                out[i - 1] = replace(previous, end=word.start)
            else:
                out[i] = replace(word, start=previous.end, end=max(word.end, previous.end))
    return out
