"""Everyday questions of small talk that no topic of a persona card answers (prompts/everyday.toml):
where someone grew up, what they studied, how their day has been. A card answers them in its
[persona.everyday] table; which one a line asks, and whether the user told their own, is here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from voicecoach.errors import ConfigError, PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding import textnorm
from voicecoach.understanding.topics import Topic

if TYPE_CHECKING:  # (persona.py reads this module to check its cards)
    from voicecoach.coaching.persona import Fact

__all__ = ["EverydayQuestion", "asked", "everyday_ids", "load_questions", "told"]

_KEYS = frozenset({"id", "words", "ask", "remark", "card_topic", "card_words"})
_OF_YOU = frozenset({"you", "your", "yourself", "u", "ya"})
# Someone else the line may be about: without one, a question with its subject dropped asks
# the partner ("watching anything good at the moment?", "any plans for the weekend?").
_OWN = frozenset("i me my we our us".split())
_SOMEONE_ELSE = frozenset("i me my we our us he him his she her they them their".split())
# A clause is a stretch between these: "I grew up in Leeds, did you?" tells in its first.
_CLAUSE_END = re.compile(r"[.!?,;:]+")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# Words that start a question ("yeah born and raised whats your job"): asked after a phrase.
_QUESTION_START = frozenset("what whats where who how which when why".split())


@dataclass(frozen=True)
class EverydayQuestion:
    id: str
    words: tuple[str, ...]  # normalised phrases, each matched whole
    ask: str  # handed back when the user has not told theirs ("" asks nothing)
    remark: bool = False  # a statement is answered too ("Crazy weather today.")
    # a card whose fact on this topic holds one of `card_words` answers from the fact
    card_topic: Topic | None = None
    card_words: tuple[str, ...] = ()

    def card_says(self, fact: Fact | None) -> bool:
        """Whether a card's fact on `card_topic` answers this already (by a whole word)."""
        if fact is None or not self.card_words:
            return False
        said = f" {' '.join(textnorm.words(' '.join(fact.lines())))} "
        return any(f" {word} " in said for word in self.card_words)

    def named_in(self, words: tuple[str, ...]) -> bool:
        said = f" {' '.join(words)} "
        return any(f" {phrase} " in said for phrase in self.words)


def _text(path: Path, where: str, value: object, key: str) -> str:
    if not isinstance(value, str):
        raise PackError(f"{path}: {where}: `{key}` must be text in quotes")
    return value.strip()


def _question(path: Path, table: object, position: int) -> EverydayQuestion:
    where = f"[[question]] {position}"
    if not isinstance(table, dict) or set(table) - _KEYS or not {"id", "words", "ask"} <= set(
            table):
        raise PackError(f"{path}: {where} needs `id`, `words` and `ask` (and optionally "
                        "`remark`, `card_topic`, `card_words`), nothing else")
    words = table["words"]
    if not isinstance(words, list) or not words:
        raise PackError(f"{path}: {where}: `words` must be a list of phrases, at least one")
    phrases = tuple(" ".join(textnorm.words(_text(path, where, w, "words"))) for w in words)
    remark = table.get("remark", False)
    if not isinstance(remark, bool):
        raise PackError(f"{path}: {where}: `remark` must be true or false")
    card_topic = None
    if "card_topic" in table:
        card_topic = Topic.parse(_text(path, where, table["card_topic"], "card_topic"))
        if card_topic is None:
            raise PackError(f"{path}: {where}: `card_topic` must be one of "
                            f"{', '.join(t.value for t in Topic)}")
    card_words = tuple(" ".join(textnorm.words(_text(path, where, w, "card_words")))
                       for w in table.get("card_words", []))
    return EverydayQuestion(_text(path, where, table["id"], "id"), tuple(p for p in phrases if p),
                            _text(path, where, table["ask"], "ask"), remark, card_topic,
                            card_words)


@lru_cache(maxsize=4)
def load_questions(path: Path | None = None) -> tuple[EverydayQuestion, ...]:
    """prompts/everyday.toml, checked."""
    path = path or prompts_dir() / "everyday.toml"
    try:
        data = load_toml(path)
    except ConfigError as error:
        raise PackError(str(error)) from None
    tables = data.get("question")
    if not isinstance(tables, list) or not tables:
        raise PackError(f"{path}: write each question under a [[question]] header")
    questions = tuple(_question(path, table, n) for n, table in enumerate(tables, 1))
    ids = [question.id for question in questions]
    if len(set(ids)) != len(ids):
        raise PackError(f"{path}: an `id` is used twice; each question needs its own")
    return questions


def everyday_ids() -> frozenset[str]:
    return frozenset(question.id for question in load_questions())


def _clauses(text: str) -> list[tuple[str, ...]]:
    return [words for part in _CLAUSE_END.split(text) if (words := textnorm.words(part))]


def asked(text: str, question_form: bool) -> EverydayQuestion | None:
    """The everyday question a line asks of the partner: in a question ("where did you grow
    up?"), or a remark's subject in a statement ("lovely weather today")."""
    whole = textnorm.words(text)
    of_you = bool(_OF_YOU & set(whole)) or not _SOMEONE_ELSE & set(whole)
    # "i dont really cook much honestly. do you know many people here" asks of people, not of
    # cooking: a question is looked for in the sentences that ask (else the last one)
    sentences = [part.strip() for part in _SENTENCE.findall(text) if part.strip()]
    asking = [part for part in sentences if part.endswith("?")] or sentences[-1:]
    asked_words = textnorm.words(" ".join(asking)) if len(sentences) > 1 else whole
    if len(asked_words) <= 4:  # "Yes, born here. What about you?" hands its statement back
        asked_words = whole
    for question in load_questions():
        if not question.named_in(whole):
            continue
        # (a remark's words in passing, when something else is asked, are no remark: "I get
        # paid to shout at kids in the rain. Where did you say you met Sam?" got the weather,
        # a thirty-first look)
        remarked = question.remark and (not question_form or question.named_in(asked_words))
        if remarked or (question_form and of_you and question.named_in(asked_words)
                        and not _asked_after(whole, question)):
            return question
    return None


def _asked_after(words: tuple[str, ...], question: EverydayQuestion) -> bool:
    """"yeah born and raised whats your job riley": the question's words tell, with no "you"
    before them, and a question starts after them (a fourteenth play-test got where it grew
    up for its job)."""
    said = f" {' '.join(words)} "
    at = max((said.rfind(f" {phrase} ") for phrase in question.words
              if f" {phrase} " in said), default=-1)
    if at < 0:
        return False
    before, after = said[:at].split(), said[at:].split()[1:]
    handed_back = " ".join(after).endswith(("what about you", "how about you", "and you",
                                            "what about yourself", "how about yourself"))
    return not _OF_YOU & set(before) and bool(_QUESTION_START & set(after)) and not handed_back



def told(text: str, question: EverydayQuestion) -> bool:
    """Whether the user told their own ("I grew up in Leeds, did you?"): the question's words
    in a clause of their own ("I", "my", "we") that does not say "you"."""
    return any(question.named_in(words) and not _OF_YOU & set(words)
               and _OWN & set(words) for words in _clauses(text))
