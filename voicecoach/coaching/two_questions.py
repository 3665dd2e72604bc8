"""Two questions asked in one turn ("What made you join? And where are you from originally?"):
where the line splits, so that the partner can answer each.

Blind play-testers asked two questions at once in about one line in twelve, often a memory check
beside a new question ("what was your name again? And where did you grow up?"), and the partner
answered one of them. A line splits only where each side asks a whole question of its own,
opening with a question word or an auxiliary ("Where exactly? Do you miss it?"). A guess or an
echo after a question refines it and is left whole ("Where do you swim? The leisure centre?",
"Sam baked that? Did you learn at the class?")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from voicecoach.coaching import cues
from voicecoach.understanding import textnorm
from voicecoach.understanding.questions import AUX, WH
from voicecoach.understanding.topics import with_auxiliary

__all__ = ["TwoAsked", "two_asked"]

# A sentence with its closing marks ("Where exactly?", "Great!").
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# Inside a sentence that asks, a remark and then the question ("Friday lunch sounds nice,
# where is it usually?"): cut at the comma or dash before the question word.
_TOLD_THEN_ASKED = re.compile(r"(?:(?<=[,:])|(?<=\s[-\u2013\u2014]))\s+(?=(?:"
                              + "|".join(sorted(WH)) + r")\b)", re.IGNORECASE)
# Words that may come before a question's first word ("And", "Oh, and", "Sorry,", "So").
_LEAD_IN = frozenset("and also plus oh so sorry but okay ok well then um uh hey anyway".split())
_BY_THE_WAY = ("by", "the", "way")
_PREPOSITIONS = frozenset("from in at for to with on about".split())
# Auxiliaries that open a question only before a subject ("Is it far?", not "Was great!").
_SUBJECTS = frozenset("i you he she it we they there that this your my his her its our their "
                      "the a u ya".split())
# Inside one sentence, a second question joined on ("where did you move from, and what was
# your partner's name?").
# With no comma, "and" before an auxiliary and its subject, or a question word and its
# auxiliary, starts one too ("what's the best thing about this building and is it noisy at
# night?" got only the noise answered).
_ASKING = "|".join(sorted(WH | AUX))
_AUXILIARY = "|".join(sorted(AUX))
_QUESTION_WORD = "|".join(sorted(WH))
_SUBJECT_WORD = "|".join(sorted(_SUBJECTS))
_JOINED = re.compile(rf",\s*(?=(?:and|also|plus)\s+(?:{_ASKING})\b)|"
                     rf"(?<=\w)\s+(?=and\s+(?:(?:{_AUXILIARY})\s+(?:{_SUBJECT_WORD})|"
                     rf"(?:{_QUESTION_WORD})\s+(?:{_AUXILIARY}))\b)", re.IGNORECASE)


def _put_to_them(piece: str) -> bool:
    """An invitation or a plan put to the listener, however it is worded."""
    return bool(cues.TOGETHER_ASKED.search(piece) or cues.INVITATION.search(piece))


# Fewer words than this ask too little to be answered apart ("Which one?", "And where?").
_MIN_WORDS = 3
_OWN = frozenset({"i", "we"})


@dataclass(frozen=True)
class TwoAsked:
    """A turn cut after its first question: `first` through that question (with any telling
    before it), `second` the rest, which asks again."""

    first: str
    second: str


_LEAVE_TO_ASK = re.compile(r"^\W*((so|and|oh|um|but|sorry|ok|okay)\W+)*(can|could|may) i ask "
                           r"(you )?(something|a question|you a question|a quick question|"
                           r"a favour|one thing)\W*$", re.IGNORECASE)


def two_asked(text: str) -> TwoAsked | None:
    """Where `text` splits into two questions, each whole, or None."""
    pieces: list[tuple[str, bool]] = []  # each with whether it asks
    for sentence in _SENTENCE.findall(text):
        if not sentence.strip():
            continue
        asks = sentence.rstrip().endswith("?")
        if asks:
            # a remark before the question in one sentence ("Hiking sounds lovely though -
            # where do you usually go?") tells; the question after it asks
            *told, sentence = _TOLD_THEN_ASKED.split(sentence)
            pieces.extend((piece, False) for piece in told)
        pieces.extend((piece, asks) for piece in (_JOINED.split(sentence) if asks else [sentence]))
    # "Can I ask you something?" only asks leave to ask the next (a twentieth play-test: it
    # got the next step of a story before the tip asked for)
    asking = [i for i, (piece, asks) in enumerate(pieces) if asks and _asks_whole(piece)
              and not _LEAVE_TO_ASK.match(piece)]
    if len(asking) < 2:
        return None
    cut = asking[0] + 1
    first = " ".join(piece.strip() for piece, _ in pieces[:cut])
    second = " ".join(piece.strip() for piece, _ in pieces[cut:])
    return TwoAsked(_closed(first), second)


def _asks_whole(piece: str) -> bool:
    """Whether `piece` opens as a question of its own: a question word, or an auxiliary
    before its subject ("Do you miss it?", "and what was his name?")."""
    if _put_to_them(piece):
        return True  # "Maybe Friday I come with you?" (a learner's invitation) asks too
    # (a learner's "you remember my name?" asks with its "do" left out)
    words = textnorm.words(with_auxiliary(piece.strip()))
    while words and words[0] in _LEAD_IN:
        words = words[1:]
    if words[:3] == _BY_THE_WAY:
        words = words[3:]
    if len(words) > 1 and words[0] in _PREPOSITIONS and words[1] in WH:
        words = words[1:]  # a learner's "and from which country I am?" asks too
    if len(words) < _MIN_WORDS or words[-1] in WH or (words[0] in WH and words[1] in _OWN):
        return False  # "Which one?", "How was what?", "Where I live?" (their own words back)
    if words[0] in WH:
        return True
    if words[:2] in (("you", "said"), ("you", "say")) and WH & set(words[2:]):
        return True  # "and you said you work on which team?"
    return words[0] in AUX and len(words) > 1 and words[1] in _SUBJECTS


def _closed(first: str) -> str:
    """The first part ends as a question, even where it was cut at a comma."""
    first = first.rstrip(" ,")
    return first if first.endswith("?") else first + "?"
