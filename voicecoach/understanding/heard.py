"""Undo the slips tiny.en makes most often in small talk, before the patterns are matched.

Whisper writes what it hears as the likeliest words, so a filler or a weak function word comes
out as another word: "um, are you from around here" as "I'm are you from around here", "we
both hate" as "we most hate", "between you and me" as "but we knew and me", "tonight" as "to
hide", a closing "too" as "to". Each rule here rewrites only a word sequence that no one would
have said as written, so typed text passes through unchanged. Written for this project from
the dev split's heard copies (`tests/data/moves_hard_dev_heard.tsv`).
"""

from __future__ import annotations

from collections.abc import Sequence

from voicecoach.understanding.textnorm import Clause

__all__ = ["repair", "repair_words"]

# "I'm" before these is a filler "um" heard as a word: "I'm are you from around here".
_AFTER_UM = frozenset(
    "are is do does did have has can could would will was were where how why "
    "which hi hello hey and".split())
# "we most hate", "we're most from": "most" here was "both".
_BOTH_VERBS = frozenset(
    "hate love like have work worked went go grew live lived from know knew got had hated "
    "loved liked support play played read ran run did do".split())
# Verbs that take "to" and an infinitive: "i want to hide" is not "i want tonight".
_TO_VERBS = frozenset(
    "want wanted need needed trying try tried going have had has got used like love hate "
    "place nowhere somewhere where wish hoping hope able ought".split())
# Words a clause-final "to" belongs to: "who did you talk to", "what are you up to".
_TO_ENDS = frozenset(
    "talk talking talked listen listening listened go going went come coming came up back "
    "used belong belongs point refer referring look looking lead leads next speak speaking "
    "spoke want wanted need needed have has had got get like love hate tried try trying "
    "able reply respond answer went according due close".split())
_NIGHT = frozenset(("hide", "die", "night"))  # "tonight" as tiny.en may write its second half
_SELF = frozenset("i we my our me".split())


def repair_words(words: Sequence[str], final: bool = True) -> tuple[str, ...]:
    """`words` of one clause with the slips undone; `final`: nothing follows in the clause
    (where "to hide" and a closing "to" are read as "tonight" and "too")."""
    out = list(words)
    # "i am are you ..." -> "are you ...": a filler heard as "I'm" at the start.
    if len(out) >= 3 and out[0] == "i" and out[1] == "am" and out[2] in _AFTER_UM:
        del out[:2]
    index = 0
    while index < len(out):
        word = out[index]
        before = out[index - 1] if index else ""
        after = out[index + 1] if index + 1 < len(out) else ""
        if word == "knew" and before == "we" and out[index + 1 : index + 3] == ["and", "me"]:
            # "but we knew and me" / "we knew and me": "between you and me".
            start = index - 2 if index >= 2 and out[index - 2] == "but" else index - 1
            out[start : index + 1] = ["between", "you"]
            index = start + 2
            continue
        if word == "no" and after == "each" and index + 2 < len(out) and out[index + 2] == "other":
            out[index] = "know"  # "how do you two no each other"
        elif (word == "to" and after in _NIGHT and before not in _TO_VERBS
              and index + 2 < len(out) and out[index + 2] in ("is", "was", "are")):
            out[index : index + 2] = ["tonight"]  # "the playlist to hide is full of ..."
        elif word == "most" and after in _BOTH_VERBS and (
                before == "we" or (before == "are" and index >= 2 and out[index - 2] == "we")):
            out[index] = "both"
        index += 1
    if final and len(out) >= 3:
        if out[-2] == "to" and out[-1] in _NIGHT and out[-3] not in _TO_VERBS:
            out[-2:] = ["tonight"]
        elif (out[-1] == "to" and out[0] in _SELF and out[-2] not in _TO_ENDS
              and "too" not in out):
            out[-1] = "too"
    return tuple(out)


def repair(clauses: Sequence[Clause]) -> tuple[Clause, ...]:
    """Each clause with tiny.en's common slips undone (see the module's docstring)."""
    result = []
    for clause in clauses:
        fixed = repair_words(clause.words, True)
        result.append(clause if fixed == clause.words else Clause(fixed, clause.question_mark))
    return tuple(result)
