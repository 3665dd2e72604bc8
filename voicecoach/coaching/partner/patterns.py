"""Patterns, constants and helpers that several of the partner's modules share."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from voicecoach.coaching import cues
from voicecoach.coaching.partner.turns import ReplyKind
from voicecoach.understanding.disclosure import Disclosure
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import Topic

_SENTENCES = re.compile(r"(?<=[.!?])\s+")
# A pet of the user's own, said or said yes to ("we have a cat", "yes, two dogs", "my dog").
# ("a cat person" has none)
_HAS_A_PET = re.compile(r"\b(?!(?:cat|dog|animal) person)(cats?|dogs?|kittens?|puppy|puppies|"
                        r"rabbits?|hamsters?|guinea pigs?|parrots?|budgies?|birds?|fish|"
                        r"tortoises?|snakes?|lizards?|ferrets?|horses?|pets?)\b|"
                        r"^\W*(yes|yeah|yep|we do|i do)\b", re.IGNORECASE)
# Replies after which "that sounds fun!" means "go on".
_TELLING = frozenset({ReplyKind.ANSWER, ReplyKind.YES_NO, ReplyKind.AND_YOU, ReplyKind.STORY})
# Topics no yes is said to (a gripe may well come with a plan: "they're turning the lights
# off. same time next week?" was one to the classifier).
_NOT_PROPOSED = frozenset({MoveLabel.POLITICS, MoveLabel.CONTROVERSIAL, MoveLabel.OFFENSIVE,
                           MoveLabel.GOSSIP})
# What the user proposes, and the words that say yes to it, the first found.
_PROPOSALS: tuple[tuple[Callable[[str], object], str], ...] = (
    (cues.CONNECT_ASKED.search, "connect"), (cues.CARD_ASKED.search, "give_card"),
    (cues.INTRODUCE_ME.search, "introduce"), (cues.TREAT_OFFER.search, "accept_treat"),
    (cues.INVITATION.search, "accept_invitation"),
    (cues.TOGETHER_ASKED.search, "accept_invitation"),
    (cues.PLAN_ASKED.search, "accept_plan"), (cues.plan_with_time, "accept_invitation"),
    (cues.WEIRD_TO_JOIN.search, "not_weird"), (cues.OWN_PLAN_ASKED.search, "go_for_it"),
    (cues.JOIN_ASKED.search, "join_welcome"), (cues.HELP_ASKED.search, "help_yes"),
    (cues.FAVOUR_ASKED.search, "agree_favour"), (cues.BORROW_ASKED.search, "lend_yes"),
    (cues.FUTURE_OFFER.search, "offer_later_thanks"),
    (cues.TIME_PROPOSED.search, "accept_time"))


def _sentences_saying(lines: Sequence[str], saying: re.Pattern[str]) -> list[str]:
    """The sentences of `lines` that `saying` finds, without a leading yes or no ("Yes,
    twelve years now" answers "how long?" as "Twelve years now"), questions left out."""
    return [_sentence_case(cues.YES_NO_WORD.sub("", sentence, count=1).strip(" ,"))
            for line in lines for sentence in cues.SENTENCE_END.split(line)
            if saying.search(sentence) and not sentence.endswith("?")]


def _last_sentence(text: str) -> str:
    return cues.SENTENCE_END.split(text.strip())[-1]


def _after_prefix(prefix: str, sentence: str, names: frozenset[str] = frozenset()) -> str:
    """`sentence` said after `prefix` ("Like I said, "): its first letter lower-cased, unless
    it is "I", an acronym ("IT are on the second floor", not "iT are ...") or one of `names`
    ("Sam made it himself", not "sam made ...")."""
    first = sentence.split(" ", 1)[0]
    keep = (first == "I" or first.startswith("I'") or first[:2].isupper()
            or re.sub(r"[^A-Za-z].*", "", first) in names)
    return prefix + (sentence if keep else sentence[:1].lower() + sentence[1:])


def _proper_names(texts: Iterable[str]) -> frozenset[str]:
    """The words `texts` capitalise in the middle of a sentence ("How do you know Sam?"):
    names, which keep their capital wherever they stand."""
    texts = list(texts)
    names: set[str] = set()
    for text in texts:
        for sentence in _SENTENCES.split(text):
            # (after a word, not a quote or a colon: "say something like 'It was ...'")
            names.update(re.findall(r"(?<=[a-z,] )([A-Z][a-z]+)", sentence))
    # ... and never written in lower case ("at The Crown" makes no name of "the")
    lower = set(re.findall(r"\b[a-z]+\b", " ".join(texts)))
    return frozenset(name for name in names if name.lower() not in lower)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _disclosed_topics(told: Disclosure) -> tuple[Topic, ...]:
    """The topics of what a line told of the user, the job (or being without one) first."""
    return tuple(topic for value, topic in ((told.work or told.job or told.status, Topic.WORK),
                                            (told.like, Topic.HOBBIES), (told.place, Topic.HOME))
                 if value)


def _disclosed_topic(told: Disclosure) -> Topic | None:
    return next(iter(_disclosed_topics(told)), None)
