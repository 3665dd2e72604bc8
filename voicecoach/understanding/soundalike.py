"""How alike two short phrases sound, from their spelling: a rough phonetic key.

tiny.en writes a word it cannot make out as a word that sounds like it ("skip" as "Scib",
"keep it"; "pass" as "Boss."). Comparing spellings misses that; comparing the consonant
skeletons, with voiced and voiceless pairs (b/p, d/t, g/k, v/f, z/s) made one, does not.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

__all__ = ["sound_key", "sounds_alike"]

# In order: digraphs first, then letters that sound alike.
_RULES = tuple((re.compile(pattern), sound) for pattern, sound in (
    ("ph", "f"), ("ck", "k"), ("sch", "sk"), ("sh", "s"), ("ch", "k"), ("th", "t"),
    ("dg", "j"), ("q", "k"), ("x", "ks"), ("z", "s"), ("v", "f"), ("b", "p"), ("d", "t"),
    ("g", "k"), ("c(?=[eiy])", "s"), ("c", "k"), ("j", "k"),
))
_LATER_VOWELS = re.compile(r"[aeiouyhw]")
_DOUBLES = re.compile(r"(.)\1+")


def sound_key(text: str) -> str:
    """Each word's consonant skeleton ("skip it" -> "skp at"); a word's first vowel is "a"."""
    keys = []
    for word in re.findall(r"[a-z']+", text.lower()):
        word = word.replace("'", "")
        for pattern, sound in _RULES:
            word = pattern.sub(sound, word)
        first = "a" if word[:1] in ("a", "e", "i", "o", "u", "y") else word[:1]
        keys.append(_DOUBLES.sub(r"\1", first + _LATER_VOWELS.sub("", word[1:])))
    return " ".join(k for k in keys if k)


def sounds_alike(a: str, b: str) -> float:
    """0-100: how alike `a` and `b` sound (rapidfuzz ratio of their keys)."""
    return fuzz.ratio(sound_key(a), sound_key(b))
