"""What a session keeps: its memory of what was said, a reply being found, and a checkpoint."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from voicecoach.coaching.partner.turns import ReplyKind, UserLine
from voicecoach.understanding.disclosure import Disclosure
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import LineTopics, Topic


@dataclass
class _Plan:
    """A plan it agreed to: when, where (as it would say it), and the line that put it."""

    time: str | None = None  # "Sunday at 10"
    place: str | None = None  # "at the Red Lion"
    said: str = ""


@dataclass
class _Memory:
    """What has been said in this session."""

    said: set[str] = field(default_factory=set)  # every line, lower-cased
    own_lines: list[str] = field(default_factory=list)  # every line, as said
    sentences: set[str] = field(default_factory=set)  # their sentences of 4 words or more
    told: dict[Topic, int] = field(default_factory=dict)  # answers given per topic
    # the content words of the user's lines answered on each topic (see `_answer`)
    asked_stems: dict[Topic, set[str]] = field(default_factory=dict)
    story: dict[Topic, int] = field(default_factory=dict)  # story steps told per topic
    asked_topics: set[Topic] = field(default_factory=set)  # the partner asked the user
    user_told: set[Topic] = field(default_factory=set)  # the user talked about these
    user: dict[str, str] = field(default_factory=dict)  # name, work, like, place, trip, ...
    user_since: dict[str, int] = field(default_factory=dict)  # reply number it was told at
    callbacks: set[str] = field(default_factory=set)  # user facts already come back to
    current: Topic | None = None  # what the conversation is about now
    telling: Topic | None = None  # the topic the partner last told about
    last_question: Topic | None = None  # the topic of the partner's last question
    introduced: bool = False
    last_kind: ReplyKind | None = None  # what the partner's last reply did
    said_goodbye: bool = False  # its last reply took leave ("See you! Take care.")
    put_right: bool = False  # the user's line corrects the partner ("I just said ...")
    # the user's line being answered laughs at itself ("lol", "like a raccoon at 2am"), read
    # before its chat tags are taken out
    laughing: bool = False
    mistook_user: bool = False  # the opener took the user for someone else, they say
    consoled: bool = False  # its last reply was sorry for the user's bad news
    bad_news: bool = False  # the user told bad news this session: a kinder goodbye
    helping: bool = False  # the reply being found gives advice or what the place knows
    helped: bool = False  # its last reply did: thanks for it get "Happy to help."
    no_help: bool = False  # the reply being found is advice it cannot give
    # its last reply celebrated the user's news: the wording key for the thanks that follow
    celebrated: str | None = None
    new_here: bool = False  # the user has just moved or is new ("I just moved here")
    welcomed: bool = False  # it welcomed them as arrived from far away lately (once a session)
    terse: int = 0  # the user's one- or two-word replies in a row ("yeah.", "fine.")
    left_question: bool = False  # its last line asked the user something
    # its question that the user's next line asked back instead of answering ("What team will
    # you be in?" - "how long have you been here?"), for a few words of answer later
    unanswered: str | None = None
    card_given: bool = False  # it handed over its card ("Sure, here's my card.")
    # the plans it agreed to, the last one last (a favour's day after a visit's time: "what
    # time did we say I'd come round for the drill?" asks the visit's)
    plans: list[_Plan] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)  # each piece of advice it gave, in order
    # what it answered of its own life beyond its card ("why football?"), by topic and kind of
    # question, to be said the same way if asked again
    improvised: dict[tuple[Topic, str], str] = field(default_factory=dict)
    last_heard: str = ""  # the user's last line, as read
    heard: list[str] = field(default_factory=list)  # every line of theirs before it, as read
    # each question of its own that they answered, with their answer
    answered: list[tuple[str, str]] = field(default_factory=list)
    last_parts: tuple[str, ...] = ()  # its last reply, to say again on "sorry?"
    replies: int = 0
    asked: int = 0


@dataclass
class _Draft:
    """A reply being found: the user's line as read, and the words said so far."""

    line: UserLine
    found: LineTopics
    told: Disclosure
    labels: set[MoveLabel]
    parts: list[str] = field(default_factory=list)
    weather: bool = False  # a moan about the weather, agreed with
    dislike: bool = False  # a dislike the partner can share (the weather's too)


@dataclass(frozen=True)
class PartnerState:
    """Everything `Partner.reply` changes: kept so that a reply the user never heard (they
    went on talking over it) can be taken back."""

    memory: _Memory
    decks: dict[str, list[str]]
    rng: tuple[Any, ...]
    silence: dict[str, Any]
