"""The wording decks: each key's lines in a session's order, placeholders filled, none said
twice."""

from __future__ import annotations

import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.base import _PartnerBase
from voicecoach.coaching.partner.patterns import _after_prefix

_INDEFINITE = re.compile(r"^(a|an) ", re.IGNORECASE)
# A team or a department, worked in rather than at ("the sales team", "IT", "marketing").
_WORKED_IN = re.compile(r"\b(team|department|dept|unit|division|group|it|hr|marketing|sales|"
                        r"finance|accounts|legal|engineering|design|support|operations|"
                        r"research|data)\s*$", re.IGNORECASE)
# "a" before a word that starts with a vowel sound (not "a university", "a one-off").
_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=(?!uni|use|eu|one\b|once\b|ux\b|ui\b|uk\b|us\b)"
                             r"[aeiouAEIOU])", re.IGNORECASE)


class _Decks(_PartnerBase):
    """The wording decks: lines picked in a session's order, filled in, and never said twice."""

    def _said_in_other_words(self, line: str) -> bool:
        """Whether a line of its own said before says most of `line` ("I sing in a choir, so
        anything I can sing along to." then "I sing in a choir, so I like almost anything you
        can sing along to." to "any good bands u like"): then the story goes on instead."""
        stems = cues.content_stems(line)
        return len(stems) >= 3 and any(
            len(stems & cues.content_stems(said)) >= 0.7 * len(stems)
            for said in self.memory.said)

    def _fresh(self, line: str) -> bool:
        """Not said before, nor any longer sentence of it (a card's answer and its yes/no
        answer often share one)."""
        return line.lower() not in self.memory.said and not (
            cues.sentence_keys(line) & self.memory.sentences)

    def _use(self, line: str) -> str:
        self.memory.said.add(line.lower())
        self.memory.own_lines.append(line)
        self.memory.sentences |= cues.sentence_keys(line)
        return line

    def _said_again(self, sentence: str) -> str:
        """`sentence` once more, after the first "Like I said, " of this session's deck."""
        return self._again(next(iter(self._deck("repeat_prefix")), ""), sentence)

    def _again(self, prefix: str, sentence: str) -> str:
        """`sentence` after `prefix` ("Like I said, "), a name keeping its capital."""
        return _after_prefix(prefix, sentence, self._names)

    def _is_repeat(self, line: str) -> bool:
        """Whether `line` says a thing again ("Like I said, ...")."""
        return line.startswith(tuple(self._wording.lines.get("repeat_prefix", ())))

    def _deck(self, key: str) -> list[str]:
        """The lines of `key` in this session's order."""
        deck = self._decks.get(key)
        if deck is None:
            deck = list(self._wording.lines[key])
            self._rng.shuffle(deck)
            self._decks[key] = deck
        return deck

    def _pick(self, key: str, like: str | None = None, job: str | None = None,
              thing: str | None = None, meaning: str | None = None) -> str | None:
        """The next unsaid line of `key` (placeholders filled, `{like}` with `like`, `{job}`
        with `job`, `{thing}` with `thing` and `{meaning}` with `meaning` when given), or None
        when all were said."""
        for line in self._deck(key):
            filled = self._fill(line, like, job, thing, meaning)
            if filled is not None and self._fresh(filled):
                return self._use(filled)
        return None

    def _fill(self, line: str | None, like: str | None = None, job: str | None = None,
              thing: str | None = None, meaning: str | None = None) -> str | None:
        if line is None:
            return None
        user = self.memory.user
        work = user.get("work")
        values = {"name": self.persona.name, "user": user.get("name"), "work": work,
                  # "at the library", not "at a library", once it has been said
                  "the_work": _INDEFINITE.sub("the ", work) if work else None,
                  # a team or a department is worked in, a place at (a play-tester's "what's
                  # a normal day like at the sales team?")
                  "at_the_work": (("in " if _WORKED_IN.search(work) else "at ")
                                  + _INDEFINITE.sub("the ", work)) if work else None,
                  "field": user.get("field"), "job": job or user.get("job"),
                  "like": like or user.get("like"),
                  "place": user.get("place"), "duration": user.get("duration"),
                  "thing": thing, "meaning": meaning}
        if any(f"{{{key}}}" in line for key, value in values.items() if value is None):
            return None  # a placeholder for something the user has not said
        try:
            filled = line.format(**values)
        except (KeyError, IndexError, ValueError):
            return None  # a stray brace in a user's wording file
        # "a {job}" with the user's "accountant": "an accountant"
        return _A_BEFORE_VOWEL.sub(r"\1n ", filled) if "a {" in line else filled
