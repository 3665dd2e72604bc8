"""Text normalisation shared by packs and utterances, so both sides are compared in one form.

Transcripts and hand-written packs differ in case, punctuation, apostrophes ("im" / "I'm"),
digits ("2" / "two") and filler sounds ("um"); fuzzy scores should not depend on any of that.
Everything here is a pure function of its arguments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml

__all__ = [
    "HESITATIONS",
    "Clause",
    "clauses",
    "default_fillers",
    "int_to_words",
    "load_filler_sounds",
    "normalise",
    "without_hesitations",
    "words",
]

# The sounds of hesitating a transcript writes as words ("um", "uh"): none of what a user told.
HESITATIONS = frozenset("um umm uh uhh er erm hmm".split())
_HESITATION = re.compile(r"\b(" + "|".join(sorted(HESITATIONS)) + r")\b,?\s*", re.IGNORECASE)


def without_hesitations(text: str) -> str:
    """`text` without its "um"s and "uh"s ("for fun i like um hiking": "... like hiking")."""
    return _HESITATION.sub("", text)


@dataclass(frozen=True)
class Clause:
    """A stretch of an utterance between punctuation marks, as normalised words."""

    words: tuple[str, ...]
    question_mark: bool  # the stretch ended with "?"


# Contractions written with or without the apostrophe (transcribers do both).
_WHOLE_WORDS: dict[str, str] = {
    "i'm": "i am", "im": "i am", "can't": "can not", "cant": "can not", "cannot": "can not",
    "won't": "will not", "ain't": "is not", "shan't": "shall not", "let's": "let us",
    "y'all": "you all", "gonna": "going to", "wanna": "want to", "gotta": "got to",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "isnt": "is not",
    "arent": "are not", "wasnt": "was not", "werent": "were not", "havent": "have not",
    "hasnt": "has not", "hadnt": "had not", "wouldnt": "would not", "couldnt": "could not",
    "shouldnt": "should not", "whats": "what is", "hows": "how is", "wheres": "where is",
    "whos": "who is", "thats": "that is", "theres": "there is", "youre": "you are",
    "theyre": "they are", "ive": "i have", "youve": "you have", "weve": "we have",
    "theyve": "they have", "youll": "you will", "youd": "you would", "itll": "it will",
    "o'clock": "oclock", "ok": "okay",
}
# "'s" means "is" after these words; elsewhere it is a possessive and is dropped.
_S_IS = frozenset(
    "it he she that there here what who where how when why this everyone everything "
    "someone something nobody nothing name weather food".split()
)
# "your so kind", "their the best", "its a joke": a possessive cannot stand before these
# words, so the writer (or the transcriber) meant "you're", "they're", "it's".
_MISSPELT_BE = {"your": ("you", "are"), "their": ("they", "are"), "its": ("it", "is")}
_NO_NOUN_AFTER = frozenset(
    "so such too very really not always never going a an the just being kidding welcome".split())
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"), ("'m", "am"),
)

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred"))
_ORDINALS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}

_NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?(?!\w)")
# Clause breaks: sentence punctuation, commas, dashes between words, ellipses.
_BREAK = re.compile(r"([.!?;:,…]+|\s[-–—]+\s|[–—]+)")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


def int_to_words(number: int) -> str:
    """12 -> "twelve", 2019 -> "two thousand nineteen"; huge numbers are read digit by digit."""
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + ("" if ones == 0 else " " + _ONES[ones])
    if number >= 10**12:
        return " ".join(_ONES[int(digit)] for digit in str(number))
    for size, name in _SCALES:
        if number >= size:
            head, rest = divmod(number, size)
            words = f"{int_to_words(head)} {name}"
            return words if rest == 0 else f"{words} {int_to_words(rest)}"
    raise AssertionError("unreachable")  # pragma: no cover


def _ordinal(words: str) -> str:
    *head, last = words.split(" ")
    if last in _ORDINALS:
        last = _ORDINALS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return " ".join([*head, last])


def _number_words(match: re.Match[str]) -> str:
    whole, decimals, suffix = match.group(1), match.group(2), match.group(3)
    words = int_to_words(int(whole.replace(",", "")))
    if suffix:
        words = _ordinal(words)
    if decimals:
        words += " point " + " ".join(_ONES[int(digit)] for digit in decimals)
    return f" {words} "


def _expand(token: str) -> list[str]:
    """One written token as the words it stands for ("isn't" -> "is not")."""
    if token in _WHOLE_WORDS:
        return _WHOLE_WORDS[token].split()
    if token.endswith("n't"):
        return [token[:-3], "not"]
    for suffix, word in _SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix):
            return [token[: -len(suffix)], word]
    if token.endswith("'s") and len(token) > 2:
        base = token[:-2]
        return [base, "is"] if base in _S_IS else [base]
    return [token.replace("'", "")]


def words(text: str, fillers: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The normalised words of `text`: lower case, no punctuation, contractions spelled out,
    digits as words, filler sounds left out."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = _NUMBER.sub(_number_words, text)
    result: list[str] = []
    for token in _WORD.findall(text):
        for word in _expand(token):
            if word and word not in fillers:
                result.append(word)
    for index in range(len(result) - 2, -1, -1):
        if result[index] in _MISSPELT_BE and result[index + 1] in _NO_NOUN_AFTER:
            result[index : index + 1] = _MISSPELT_BE[result[index]]
    return tuple(result)


def normalise(text: str, fillers: frozenset[str] = frozenset()) -> str:
    """`words(text)` joined by single spaces: the form pack examples are compared in."""
    return " ".join(words(text, fillers))


def clauses(text: str, fillers: frozenset[str] = frozenset()) -> tuple[Clause, ...]:
    """`text` cut at punctuation into clauses of normalised words (empty ones left out).

    Numbers are spelled out first so that "3.5" or "10,000" do not count as breaks.
    """
    text = _NUMBER.sub(_number_words, unicodedata.normalize("NFKC", text))
    pieces = _BREAK.split(text)
    result: list[Clause] = []
    # split() with a group alternates text, delimiter, text, ...
    for index in range(0, len(pieces), 2):
        delimiter = pieces[index + 1] if index + 1 < len(pieces) else ""
        clause_words = words(pieces[index], fillers)
        if clause_words:
            result.append(Clause(clause_words, "?" in delimiter))
    return tuple(result)


def load_filler_sounds(path: Path | None = None) -> frozenset[str]:
    """The `sounds` list of prompts/fillers.toml: words that are always fillers."""
    path = path or prompts_dir() / "fillers.toml"
    if not path.exists():
        return frozenset()  # no filler list: nothing is stripped, matching still works
    data = load_toml(path, PackError)
    sounds = data.get("sounds", [])
    if not isinstance(sounds, list) or not all(isinstance(sound, str) for sound in sounds):
        raise PackError(f"{path}: `sounds` must be a list of strings, like [\"um\", \"uh\"]")
    return frozenset(word for sound in sounds for word in words(sound))


@lru_cache(maxsize=4)
def default_fillers(prompts: Path | None = None) -> frozenset[str]:
    """Filler sounds of the built-in prompts folder, read once."""
    return load_filler_sounds((prompts or prompts_dir()) / "fillers.toml")
