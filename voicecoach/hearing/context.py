"""What a session is about, as a short prompt that biases recognition toward its key words.

A scenario's title ("A party where you only know the host"), the partner's name, the names in
its scene ("Sam") and the user's own name (`[user] name` in the settings) are the words a
small model most often mishears ("host" as "toast" or "most"), and the words that carry a
move ("how do you know the host"). See hearing/transcribe.py, `context_prompt`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from rapidfuzz import fuzz

from voicecoach.errors import ConfigError
from voicecoach.hearing.transcribe import context_prompt
from voicecoach.understanding.words import Word

__all__ = [
    "MAX_LENGTH_GAP",
    "SOUND_ALIKE",
    "keywords",
    "merge_context",
    "names_in",
    "session_context",
    "user_name",
]

# Capitalised words of a scene that are not names.
_NOT_NAMES = frozenset(
    "a an the it it's its you you're your someone somebody the a i i'm mrs mr ms dr".split())


def user_name(sections: Mapping[str, Mapping[str, Any]]) -> str:
    """`[user] name` from the settings, or "" when it is not set."""
    value = sections.get("user", {}).get("name", "")
    if not isinstance(value, str):
        raise ConfigError(f"[user] name = {value!r} should be text, e.g. name = \"Alex\"")
    return " ".join(value.split())


def names_in(text: str) -> list[str]:
    """Capitalised words that do not start a sentence: most likely names ("Sam's" -> "Sam")."""
    names: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        words = sentence.split()
        for word in words[1:]:
            bare = re.sub(r"('s|’s)$", "", word.strip(".,;:!?\"()"))
            if bare[:1].isupper() and bare.lower() not in _NOT_NAMES and bare not in names:
                names.append(bare)
    return names


def session_context(title: str = "", partner: str = "", scene: str = "",
                    user: str = "", extra: str = "") -> str:
    """The prompt for one session: title, partner, names in the scene, the user, extra words."""
    return context_prompt(title, partner, ", ".join(names_in(scene)), user, extra)


SOUND_ALIKE = 60.0  # rapidfuzz ratio of a misheard word and its context word ("toast"/"host": 67)
MAX_LENGTH_GAP = 2  # ... and their lengths differ by at most this ("aligner" is not "Alex")
# Words of a context that carry no meaning of their own: never substituted into a transcript.
_STOP = frozenset(
    "a an the and or of in on at to for with by from your you i we my our is are was be it "
    "this that where who what how only know new just".split())


def keywords(context: str) -> frozenset[str]:
    """The context's content words, lower case ("host", "sam", "jordan"), for `merge_context`."""
    found: set[str] = set()
    for raw in re.findall(r"[A-Za-z][A-Za-z'’-]*", context):
        word = re.sub(r"('s|’s)$", "", raw).lower()
        if len(word) > 2 and word not in _STOP:
            found.add(word)
    return frozenset(found)


def merge_context(plain: Sequence[Word], biased: Sequence[Word],
                  words: frozenset[str]) -> list[Word]:
    """The plain pass's words, with a word swapped for a context word the biased pass heard.

    The two passes are aligned word by word; only where they disagree, and the biased pass
    wrote a context word at the same time as a plain word that is spelled much like it ("host"
    where the plain pass wrote "toast"), is the plain word replaced, keeping its times.
    Everything else is the plain pass's, so a prompt that derails elsewhere cannot raise the
    word error rate.
    """
    if not words or not biased:
        return list(plain)
    matcher = difflib.SequenceMatcher(a=[w.token for w in plain], b=[w.token for w in biased],
                                      autojunk=False)
    merged = list(plain)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag != "replace":
            continue
        candidates = [w for w in biased[b1:b2] if w.token in words]
        for index in range(a1, a2):
            old = plain[index]
            if old.token in words:
                continue
            # The context word heard at the same time that also sounds alike.
            best = max(candidates, key=partial(_overlap, old), default=None)
            if (best is not None and _overlap(old, best) > 0
                    and abs(len(old.token) - len(best.token)) <= MAX_LENGTH_GAP
                    and fuzz.ratio(old.token, best.token) >= SOUND_ALIKE):
                merged[index] = replace(old, text=_keep_punctuation(old.text, best.token,
                                                                    best.text))
                candidates.remove(best)
    return merged


def _overlap(a: Word, b: Word) -> float:
    return min(a.end, b.end) - max(a.start, b.start)


def _keep_punctuation(old: str, token: str, new: str) -> str:
    """The new word with the old word's trailing punctuation ("toast?" -> "host?")."""
    core = re.sub(r"[^\w'’-]+$", "", new) or token
    tail = old[len(re.sub(r"[^\w'’-]+$", "", old)):]
    return core + tail
