"""The role-play partner: a persona card, what has been said so far, and a reply policy.

The partner depends only on a line's text and move labels (`UserLine`), so it plugs into any
turn type. Per line it works out what needs an answer (topics, question kind, what the user
told about themselves; see understanding/topics.py and disclosure.py, and the patterns of
cues.py: a goodbye, a request for advice, a moan, a guess at the partner's facts), then builds
the reply from parts, in this order:

0. a goodbye: a goodbye (never a question after it); "sorry?": the last question again;
1. an avoid-topic: step away from it and ask about something else (a dislike shared, "I can't
   stand queues either", is common ground instead, a moan that tells about the user is
   met with interest, and one about their own life, "my commute is killing me", with
   sympathy and a kind question about it);
2. a greeting or introduction: give the partner's name back, with the user's name if known;
3. a compliment: thanks, and one back; "me too": meet the common ground; a workplace, job,
   hobby or home town named: a reaction to it; "I'm nervous": reassurance; thanks: welcome;
4. the question actually asked (each of two asked at once): yes/no first for a yes/no
   question; "and you?" answers the partner's own last question; "tell me more" (or "nice!"
   while a story is told) continues the current story a step; a request for advice gets the
   card's advice on the topic (on a pastime the card never mentions, "I'm no expert"; on
   no topic, the scenario's general advice that shares the most words with the request);
   a guess at the card's facts ("you said you're an engineer?")
   is confirmed or kindly corrected; "what's the neighbourhood like?" asks about the scene's
   place (its `setting`), and "... and do you like it?" gets that too;
5. a statement: react to it (specifically, when it named a workplace, a hobby, a place; with
   sympathy when it was a let-down), share the partner's own fact when it answers the
   partner's question, and ask about it;
6. nothing understood: a friendly word and a question on a new topic.

A reply then ends with a question back when the line was not a question (or the story ran
out), or when fewer than 40% of replies have asked so far; the question is the same one handed
back when the user has not talked about that topic yet, else a callback to what the user said,
else the card's question on a topic not talked about, else one from partner.toml.
The partner never says the same line, nor the same sentence, twice: a fact asked for again is
worded anew ("Like I said, ..."), stories move on, and questions come from the card, then from
partner.toml, then from what the user said earlier ("How's the library treating you?").
"""

from __future__ import annotations

import copy
import dataclasses
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

from voicecoach.coaching import cues, everyday, slots
from voicecoach.coaching.persona import Fact, LocalFact, Persona, Scenario, SilencePlan
from voicecoach.coaching.two_questions import TwoAsked, two_asked
from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding import textnorm
from voicecoach.understanding.disclosure import Disclosure, bare_field, bare_name, disclosure
from voicecoach.understanding.match import FUNCTION_WORDS
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel
from voicecoach.understanding.questions import AUX, WH
from voicecoach.understanding.topics import (
    LineTopics,
    QuestionKind,
    Topic,
    TopicFinder,
    read_clauses,
    with_auxiliary,
)

__all__ = [
    "ASK_BACK_SHARE",
    "Partner",
    "PartnerWording",
    "Reply",
    "ReplyKind",
    "SilenceStep",
    "UserLine",
    "silence_step",
]

ASK_BACK_SHARE = 0.4  # below this share of replies that asked, the next answer asks too
CALLBACK_FROM_TURN = 3  # come back to what the user said from this reply on ...
CALLBACK_AFTER = 2  # ... and at least this many replies after they said it
NICE_TO_MEET_LATE = 3  # "nice to meet you" this many replies in takes leave; sooner it greets
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
# A question of someone else's ("have you visited her there?").
_OF_SOMEONE = re.compile(r"\b(her|him|them|his|their)\b", re.IGNORECASE)
_YES_OR_NO_FIRST = re.compile(r"\W*(yes|yeah|yep|yup|no|nope|nah)\b", re.IGNORECASE)
# Reactions that ask their own question about what was shared: the whole reply to it.
_WHOLE_REACTIONS = ("react_dread", "react_change", "react_first_time", "react_learning",
                    "react_miss_them")
# A sentence that says its subject is done without ("so I don't need a gym").
_DOES_WITHOUT = re.compile(r"\b(don'?t|do not|never|no need|without)\b", re.IGNORECASE)
_RECOMMEND = re.compile(r"\b(recommend|suggest|recommendations?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class UserLine:
    """What the partner needs of a user's turn: its words and its move labels."""

    text: str
    labels: tuple[MoveLabel, ...] = ()


# The user's own news and how it is met: the whole reply to a statement, the brief line
# before an answer to a question (wording keys in prompts/partner.toml).
# What thanks after the news's whole reply get (bad news: `comfort`, handled apart).
_THANKED_WITH = {"congratulate": "glad_for_you", "happy_birthday": "enjoy_it",
                 "happy_birthday_soon": "enjoy_it",
                 "glad_for_them": "give_my_best", "glad_home": "give_my_best"}
_NEWS = ((cues.HOME_FROM_HOSPITAL, "glad_home", "glad_home"),
         (cues.BAD_NEWS, "sorry_news", "sorry_brief"),
         (cues.MISHAP, "mishap", "mishap_brief"),
         (cues.MOVING_AWAY, "moving_away", "moving_away_brief"),
         (cues.BIRTHDAY, "happy_birthday", "happy_birthday_brief"),
         (cues.BIRTHDAY_SOON, "happy_birthday_soon", "happy_birthday_soon_brief"),
         (cues.GOOD_NEWS_OF_KIN, "glad_for_them", "congratulate_brief"),
         (cues.GOOD_NEWS, "congratulate", "congratulate_brief"),
         (cues.THRILLED, "thrilled", "thrilled_brief"))
# A greeting said again in words ("nice to meet you"), not only labelled so ("hey, so where
# did you move from?" asks; its "hey" greets no one twice).
_GREETED_AGAIN = re.compile(r"\b((nice|good|lovely|great|pleased) to meet you|likewise|"
                            r"and you)\b", re.IGNORECASE)
_INDEFINITE = re.compile(r"^(a|an) ", re.IGNORECASE)
# A team or a department, worked in rather than at ("the sales team", "IT", "marketing").
_WORKED_IN = re.compile(r"\b(team|department|dept|unit|division|group|it|hr|marketing|sales|"
                        r"finance|accounts|legal|engineering|design|support|operations|"
                        r"research|data)\s*$", re.IGNORECASE)
# A line of one capitalised word ("Leo.", "Sara!").
_ONE_CAPITALISED = re.compile(r"^\W*[A-Z][a-z]+\W*$")
# A pet of the user's own, said or said yes to ("we have a cat", "yes, two dogs", "my dog").
# ("a cat person" has none)
_HAS_A_PET = re.compile(r"\b(?!(?:cat|dog|animal) person)(cats?|dogs?|kittens?|puppy|puppies|"
                        r"rabbits?|hamsters?|guinea pigs?|parrots?|budgies?|birds?|fish|"
                        r"tortoises?|snakes?|lizards?|ferrets?|horses?|pets?)\b|"
                        r"^\W*(yes|yeah|yep|we do|i do)\b", re.IGNORECASE)
# A "hey" opening a line, which greets no one once the talk has begun.
_HEY = re.compile(r"^\W*(hey|hi|oh hey|hiya)\b\W*", re.IGNORECASE)
# "a" before a word that starts with a vowel sound (not "a university", "a one-off").
_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=(?!uni|use|eu|one\b|once\b|ux\b|ui\b|uk\b|us\b)"
                             r"[aeiouAEIOU])", re.IGNORECASE)


# "Can you help me with something?": what with is still to come.
_HELP_WITH_SOMETHING = re.compile(r"\bhelp me (out )?with (something|anything)\b", re.IGNORECASE)

# "what did you say you do on Wednesdays?", "where did you say your sister lives?": its own
# words asked again (not "what did I say ...", which are the user's)
_ASKS_ITS_OWN = re.compile(r"\b(did you say|you said|you mentioned|did you mention|you told me)\b",
                           re.IGNORECASE)
_ASKING_STEMS = cues.content_stems("say said again mention mentioned told tell remind what "
                                   "where when which does doing")

class ReplyKind(str, Enum):
    """What the reply mainly did (for logs, tests and the benchmark)."""

    GREETING = "greeting"
    ANSWER = "answer"
    YES_NO = "yes_no"
    AND_YOU = "and_you"
    STORY = "story"
    ADVICE = "advice"
    THANKS = "thanks"
    COMMON_GROUND = "common_ground"
    REACT = "react"
    AVOID = "avoid"
    UNCLEAR = "unclear"


# A liking told of one of these is of it, not of a pastime.
_LIKED_KINDS = frozenset({Topic.MUSIC, Topic.FOOD, Topic.PETS, Topic.TRAVEL})
# What the user and the partner both have in front of them, at the scene.
_SHARED_HERE = frozenset({Topic.SETTING, Topic.FOOD, Topic.MUSIC})
# The words of asking to be reminded, which name nothing remembered.
# What is asked after, and how it may have been told: "what I'm going to study" was told as
# "It's in urban planning" after "I got into the master's programme"; "who I came with" as
# "I came with my friend Ellie" (words too common to name a fact alone).
_NEWS_ASKED = re.compile(r"\bnews\b|\bcelebrat\w*|\bexciting thing\b|\bwhat happened (to me )?"
                         r"(today|yesterday|this morning|this week)\b", re.IGNORECASE)
_RECALLED_BY = (*((re.compile(asked, re.IGNORECASE), re.compile(told, re.IGNORECASE)) for
                  asked, told in (
    (r"\bstud(y|ying|ies)\b", r"\b(stud(y|ying|ies|ent)|master'?s|course|degree|programme|"
                             r"uni|university|phd)\b"),
    (r"\b(called|name)\b", r"\b(called|named|name is|name'?s)\b"),
    (r"\b(came|come) (here )?with\b|\bwho .*\bwith\b", r"\b(came|come|here) with\b"),
    (r"\bmoved (here )?from\b|\bwhere .*\bbefore\b",
     r"\b(before|moved (here )?from|used to live|grew up)\b"),
    # "how do I know Sam?" - "I know Sam from five-a-side football"
    (r"\bhow (do|did) i (know|meet)\b",
     r"\b(know|knew|met|meet) (sam|him|her|them|the host)\b|\bsam('s| is) my\b|\bsam and i\b"))),
    # their news ("Do you remember what my news was today?"): the line that told it
    (_NEWS_ASKED, cues.GOOD_NEWS), (_NEWS_ASKED, cues.BAD_NEWS))
# Their own work asked after ("what I used to do for work", "what my job is"; not "my
# sister's job"): told by a job or a field of work.
_WORK_ASKED = re.compile(r"\bi\b[^?]*\b(work|job|do for a living)\b|\bmy (work|job)\b",
                         re.IGNORECASE)
_THEIR_ONES_NAME = re.compile(r"\bmy (\w+)'s name\b|\bwhat(?:'s| is| was) my (?:\w+ )?(\w+) "
                              r"called\b", re.IGNORECASE)
_TEAM_ASKED = re.compile(r"\b(team|department)\b[^?.!]*\b(i'?m|i am|im)\b|"
                         r"\b(i'?m|i am|im)\b[^?.!]*\b(team|department)\b", re.IGNORECASE)
# Short words that name a thing of theirs (too short for `cues.content_stems`).
_SHORT_NOUNS = frozenset("dog cat pet son car job van bus kid".split())
# A sentence that goes on about the one before it ("His name is Omar.", "She's three.").
_GOES_ON = re.compile(r"^\W*(he|she|it|they|his|her|its|their)\b", re.IGNORECASE)
# Asked after what they answered, these name it too ("what would you like to make?").
_RECALL_COMMON = (cues.COMMON_WORDS - frozenset(
    "make making play playing study studying name called named came come work".split())
) | frozenset("remember remind recall again said told tell mention mentioned".split())
_RECALL_WORDS = frozenset("remember remind recall again said told tell mention mentioned "
                          "called name many much".split())
# A pet of their own named ("My dog is called Biscuit.", "we've got two cats"), not pets liked
# ("I love dogs" is met as a liking).
_OWN_PET = re.compile(r"\b(?:my|our) (?:\w+ )?(?:dog|cat|puppy|kitten|rabbit|hamster|parrot|"
                      r"tortoise|budgie|pet|guinea pig)s?\b|\b(?:i|we)(?: have|'ve got| got) (?:a|"
                      r"an|two|three) (?:\w+ )?(?:dog|cat|puppy|kitten|rabbit|hamster|parrot|"
                      r"tortoise|budgie)s?\b", re.IGNORECASE)
# A short time ("two weeks", "a few days", "a couple of months").
_SHORT_SPAN = re.compile(r"^(an? |one |two |three |four |five |six |a few |a couple of |few |"
                         r"couple of |\d+ )?(days?|weeks?)$|^(an? |one |two |a couple of |a few |"
                         r"couple of |1 |2 )months?$", re.IGNORECASE)
# No pet of theirs: "no, i don't have any pets", "we never had a dog".
_NO_PET = re.compile(r"\b(no|not|don'?t|haven'?t|never|nor)\b", re.IGNORECASE)
# A pet that is trouble, not news to coo over ("my dog keeps me up at night").
_PET_TROUBLE = re.compile(r"\b(hates?|hated|keeps? (me|us) (up|awake)|drives? (me|us)|chewed|ate "
                          r"my|sick|ill|poorly|barks?|barking|bit|bites|scratch\w*|nightmare|"
                          r"annoying|won'?t stop|missing|lost|vet)\b", re.IGNORECASE)
# Questions that ask the same thing in other words: one of each is enough.
_QUESTION_KINDS = (
    re.compile(r"\b(normal|typical|usual) (working )?day\b|\bday to day\b", re.IGNORECASE),
    re.compile(r"\bbest (part|thing) (of|about) (your|the) (job|work)\b|\bbest thing about "
               r"working\b", re.IGNORECASE),
    re.compile(r"\bwhat got you into\b|\bhow did you get into\b", re.IGNORECASE),
    # where they live: "What do you like most about where you live?", "What's Camden like?"
    # (the lines it said are kept lower-cased, so by their words, not a capital)
    re.compile(r"\babout where you live\b|^what'?s [\w' ]+ like, then\b|"
               r"^do you miss [\w' ]+ at all\b", re.IGNORECASE),
)
# A question that hands the partner's own side back ("Do you play any music yourself?").
_LEANS_ON_OWN = re.compile(r"\b(?:yourself|too|as well)\?$", re.IGNORECASE)
# Where a thing asked about is placed ("the new cycle lane | on the main road"): the card need
# not name the place to speak of the thing.
_AT_A_PLACE = re.compile(r"\s+(?:on|in|at|by|near|round|around|outside|down|up)\s+",
                         re.IGNORECASE)
# Replies after which "that sounds fun!" means "go on".
_TELLING = frozenset({ReplyKind.ANSWER, ReplyKind.YES_NO, ReplyKind.AND_YOU, ReplyKind.STORY})


@dataclass(frozen=True)
class Reply:
    parts: tuple[str, ...]  # said one after another; each a fixed line where possible
    kind: ReplyKind
    topic: Topic | None  # what the reply talked about
    asks: bool  # it ends by handing the turn back with a question
    # Asked to speak more slowly: the partner's voice slows, from this reply on.
    slower: bool = False

    @property
    def text(self) -> str:
        return " ".join(self.parts)


@dataclass(frozen=True)
class SilenceStep:
    """What to say into a silence: the partner's nudge, or the coach's hint."""

    text: str
    is_hint: bool


# ---------------------------------------------------------------------------- wording


@dataclass(frozen=True)
class PartnerWording:
    """prompts/partner.toml: the lines around the facts."""

    lines: Mapping[str, tuple[str, ...]]
    follow_up: Mapping[Topic, tuple[str, ...]]
    questions: Mapping[Topic, tuple[str, ...]]
    # What a word the partner may say means, for "what does 'freelance' mean?"
    glossary: Mapping[str, str] = field(default_factory=dict)

    REQUIRED = ("greet_named", "greet", "greet_again", "own_name", "thanks", "compliment_back",
                "repeat_prefix", "react_work", "react_like", "react_place", "react",
                "common_ground", "avoid", "unclear", "advice_unknown", "no_fact", "no_answer",
                "story_done", "yes", "welcome", "farewell", "reassure", "greet_name_later",
                "callback_field", "react_field", "react_job", "callback_job",
                "callback_work", "callback_like", "callback_place", "new_here",
                "unanswered")

    # Optional: the avoid-topic's own step away, before the shared `avoid` lines.
    OPTIONAL = (*(f"avoid_{label}" for label in sorted(AVOID_TOPICS, key=str)),
                "common_dislike", "back_soon", "reassure_doubt", "react_down", "react_mild",
                "recall_said", "favourite_about", "sometimes", "a_little", "which_one", "react_pet",
                "react_trip_ahead", "react_duration_short", "pardon_asked", "pardon_said",
                "sympathy",
                "correct", "confirm", "near_miss", "react_duration", "react_agree",
                "reassure_alone", "right_place", "accept_invitation", "react_same_job", "seat_free",
                "sorry_news", "sorry_brief", "comfort", "congratulate", "congratulate_brief",
                "fine_thanks", "react_neutral", "know_people", "recall_name", "recall_place",
                "recall_job", "recall_work", "recall_field", "recall_like", "recall_untold",
                "apology_accepted", "offer_thanks", "happy_birthday", "happy_birthday_brief",
                "happy_birthday_soon", "happy_birthday_soon_brief",
                "how_long_untold", "react_same_team", "like_it", "glad_for_you",
                "know_people_many", "enjoy_it", "glad_for_them", "glad_home", "give_my_best",
                "going_alone", "why_this_job", "recall_said_gently", "advice_talking",
                "advice_apologising", "with_a_mix", "advice_hard_talk", "own_age",
                "follow_up_student", "follow_up_retired", "follow_up_seeking",
                "reassure_language", "missed_it",
                "not_yet", "dont_have", "offer_later_thanks", "remembered", "its_name",
                "give_card", "not_odd", "name_right", "name_wrong", "react_trip",
                "not_been_there", "dont_know_anyone", "no_local", "own_mistake",
                "follow_up_new_job", "dont_know_them", "same_name", "farewell_plan",
                "good_luck", "greet_known", "greet_known_named", "not_sure_thing", "slower",
                "local_guess", "local_own", "react_dread", "react_left_alone", "react_change",
                "react_first_time", "react_learning", "react_miss_them", "age_lost_count",
                "accept_time", "advice_nerves", "weigh_up", "help_yes", "reassure_worry",
                "recall_thing", "join_welcome",
                "not_yet_plain", "names_too", "explain",
                "explain_unknown", "not_at_all", "wish_luck", "opinion_open", "mishap",
                "mishap_brief", "not_sure_advice", "moving_away", "moving_away_brief",
                "thrilled", "thrilled_brief", "farewell_kind", "card_back", "not_much", "no_trip",
                "not_sure_world", "hardest_part", "react_enjoyed", "react_kids",
                "introduce",
                "know_colleague", "share_own", "yes_mine_one", "yes_mine_many",
                "yes_made", "permission", "hiring", "agree_about_them", "not_heard",
                "connect", "accept_treat", "accept_plan", "agree_favour", "quiet_days",
                "both_really", "think_so", "quite_a_few", "yes_from", "pick_one", "pick_course",
                "help_what", "help_when", "help_need", "help_then", "recall_plan", "lend_yes",
                "not_seen", "not_seen_them", "not_quite",
                "live_alone",
                "comfort_on", "proud_of_you", "yes_short", "no_from", "change_subject",
                "react_wow")

    @classmethod
    def load(cls, path: Path | None = None) -> PartnerWording:
        return _load_wording(path or prompts_dir() / "partner.toml")

    def fixed_lines(self) -> list[str]:
        """The lines with no placeholder to fill (they can be synthesised ahead)."""
        every = [line for group in self.lines.values() for line in group]
        every += [line for group in self.follow_up.values() for line in group]
        every += [line for group in self.questions.values() for line in group]
        return [line for line in every if "{" not in line]

    def templates(self) -> list[str]:
        """The lines with a placeholder, filled in at run time."""
        every = [line for group in self.lines.values() for line in group]
        every += [line for group in self.follow_up.values() for line in group]
        every += [line for group in self.questions.values() for line in group]
        return [line for line in every if "{" in line]


def _by_topic(path: Path, table: object, key: str) -> dict[Topic, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise PackError(f"{path}: [{key}] must be a table of topic = [lines]")
    result: dict[Topic, tuple[str, ...]] = {}
    for name, lines in table.items():
        topic = Topic.parse(name)
        if topic is None or not isinstance(lines, list) or not all(
                isinstance(line, str) for line in lines):
            raise PackError(f"{path}: [{key}] {name}: use a topic ("
                            f"{', '.join(t.value for t in Topic)}) = a list of lines")
        result[topic] = tuple(lines)
    return result


@lru_cache(maxsize=4)
def _load_wording(path: Path) -> PartnerWording:
    data: dict[str, Any] = load_toml(path)
    lines: dict[str, tuple[str, ...]] = {}
    for key in PartnerWording.REQUIRED:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise PackError(f"{path}: `{key}` must be a list of at least one line")
        lines[key] = tuple(value)
    for key in PartnerWording.OPTIONAL:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PackError(f"{path}: `{key}` must be a list of lines")
        lines[key] = tuple(value)
    glossary = data.get("glossary", {})
    if not isinstance(glossary, dict) or not all(
            isinstance(word, str) and isinstance(meaning, str)
            for word, meaning in glossary.items()):
        raise PackError(f"{path}: [glossary] must map each word to what it means, as text")
    return PartnerWording(lines, _by_topic(path, data.get("follow_up", {}), "follow_up"),
                          _by_topic(path, data.get("questions", {}), "questions"),
                          {word.lower(): meaning for word, meaning in glossary.items()})


# ---------------------------------------------------------------------------- silence


def silence_step(plan: SilencePlan, quiet_s: float, nudged: bool, hinted: bool,
                 nudges_used: int, hints_used: int) -> SilenceStep | None:
    """What to say after `quiet_s` seconds of silence since the partner's last line, given
    whether this silence already had its nudge and its hint. A pure function of its inputs."""
    if (not hinted and plan.hint_after_s > 0 and plan.hints and nudged
            and quiet_s >= plan.hint_after_s):
        return SilenceStep(plan.hints[hints_used % len(plan.hints)], is_hint=True)
    if not nudged and plan.nudge_after_s > 0 and plan.nudges and quiet_s >= plan.nudge_after_s:
        if nudges_used >= len(plan.nudges):
            return None  # every nudge has been said once; the partner just waits
        return SilenceStep(plan.nudges[nudges_used], is_hint=False)
    if (not hinted and not nudged and plan.hints and plan.hint_after_s > 0
            and (plan.nudge_after_s <= 0 or not plan.nudges)
            and quiet_s >= plan.hint_after_s):
        return SilenceStep(plan.hints[hints_used % len(plan.hints)], is_hint=True)
    return None


# ---------------------------------------------------------------------------- the partner


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
    mistook_user: bool = False  # the opener took the user for someone else, they say
    consoled: bool = False  # its last reply was sorry for the user's bad news
    bad_news: bool = False  # the user told bad news this session: a kinder goodbye
    helping: bool = False  # the reply being found gives advice or what the place knows
    helped: bool = False  # its last reply did: thanks for it get "Happy to help."
    no_help: bool = False  # the reply being found is advice it cannot give
    # its last reply celebrated the user's news: the wording key for the thanks that follow
    celebrated: str | None = None
    new_here: bool = False  # the user has just moved or is new ("I just moved here")
    terse: int = 0  # the user's one- or two-word replies in a row ("yeah.", "fine.")
    left_question: bool = False  # its last line asked the user something
    card_given: bool = False  # it handed over its card ("Sure, here's my card.")
    plan_time: str | None = None  # when a plan it agreed to is for ("Sunday at 10")
    plan_place: str | None = None  # where ("at the Red Lion"), as it would say it
    plan_said: str = ""  # the line that put the plan
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


class Partner:
    """Plays one persona of a scenario for one session; `reply` answers a user's line."""

    def __init__(self, scenario: Scenario, seed: int | None = 0, *,
                 persona: str | None = None, user_name: str | None = None,
                 topics: TopicFinder | None = None, wording: PartnerWording | None = None
                 ) -> None:
        self.scenario = scenario
        self.seed = seed
        self._rng = random.Random(seed)
        self.persona: Persona = self._rng.choice(scenario.personas)
        if persona is not None:
            self.persona = _named(scenario, persona)
        self._topics = topics or TopicFinder.default()
        self._wording = wording or PartnerWording.load()
        self._keywords = _fact_keywords(self.persona)
        self._told_keywords = _fact_keywords(self.persona, stories=False)
        self._place_asked = cues.place_question(scenario.place_words)
        # what anyone at the scene talks of: every card's lines, its tips, what it knows
        self._scene_roots = cues.word_roots(" ".join([
            *scenario.advice, *scenario.place_words,
            *(said for local in scenario.local for said in (*local.words, local.answer)),
            *(said for persona in scenario.personas for fact in persona.facts.values()
              for said in fact.lines())]))
        # family last: a more personal question, asked once the rest is talked of (and the
        # other topics keep the order a seed gave them before cards told of family)
        order = [topic for topic in self.persona.facts if topic is not Topic.FAMILY]
        self._rng.shuffle(order)
        self._order: list[Topic] = order + [Topic.FAMILY] * (Topic.FAMILY in self.persona.facts)
        self._decks: dict[str, list[str]] = {}
        self.memory = _Memory(new_here=scenario.user_is_new)
        if scenario.user_status:
            self.memory.user["status"] = scenario.user_status
        if user_name:
            self.memory.user["name"] = user_name
        if scenario.opening_topic is not None:
            self.memory.current = self.memory.last_question = scenario.opening_topic
        if scenario.opening:
            self.memory.said.add(scenario.opening.lower())
            # the opening is its first line: "sorry?" gets it again, and a first answer to it
            # is not asked it once more ("I went to university with Sam" - "how do you know Sam?")
            self.memory.last_parts = (scenario.opening,)
        self._silence = {"nudged": False, "hinted": False, "nudges": 0, "hints": 0}
        # answering the first of two questions in a turn: its question back waits for the second
        self._holding_question = False

    @property
    def name(self) -> str:
        return self.persona.name

    def lines_to_prepare(self) -> list[str]:
        """Every fixed line this session's persona may say, to synthesise before it starts:
        with the persona's own name filled in, and the lines to be filled at run time with
        their placeholders for the user's words (whose other clauses can be made ahead)."""
        facts = [line for fact in self.persona.facts.values() for line in fact.lines()]
        named = [line.replace("{name}", self.persona.name)
                 for line in self._wording.templates()]
        return facts + self._wording.fixed_lines() + list(self.scenario.advice) + named

    def likely_lines(self) -> list[str]:
        """Lines with the user's words that a later reply may use (the callbacks on what the
        user told, not yet come back to): a slow voice can render them ahead."""
        memory = self.memory
        lines = []
        for key in ("work", "field", "job", "like", "place"):
            if key in memory.user and key not in memory.callbacks:
                lines += [filled for line in self._wording.lines[f"callback_{key}"]
                          if (filled := self._fill(line)) is not None and self._fresh(filled)]
        return lines

    @property
    def said_goodbye(self) -> bool:
        """Its last reply took leave: the scene's own parting line would be a second goodbye."""
        return self.memory.said_goodbye

    def leaving_words(self) -> str | None:
        """Said before the scene's parting line when the partner's last question was never
        answered ("Oh, you'll have to tell me another time!"): leaving on an open question
        sounds as if it was not listening."""
        return self._pick("unanswered") if self.memory.left_question else None

    def parting_line(self) -> str:
        """The scene's parting line, without a second card if it has given one already."""
        scenario = self.scenario
        if self.memory.card_given and scenario.closing_after_card:
            return scenario.closing_after_card
        return scenario.closing

    def checkpoint(self) -> PartnerState:
        return PartnerState(copy.deepcopy(self.memory), copy.deepcopy(self._decks),
                            self._rng.getstate(), dict(self._silence))

    def rewind(self, state: PartnerState) -> None:
        """Back to `state`, as if the replies since had not been said."""
        self.memory = copy.deepcopy(state.memory)
        self._decks = copy.deepcopy(state.decks)
        self._rng.setstate(state.rng)
        self._silence = dict(state.silence)

    # -- the policy -----------------------------------------------------------------------

    def reply(self, line: UserLine) -> Reply:
        """The partner's answer to `line` (takes well under a millisecond).

        Found in stages, each of which may give the whole reply: a line that stands alone (a
        goodbye, "sorry?", a name checked, a courtesy, an invitation); news, feelings and topics
        to step away from, met first; then a question answered, a story told on, or a statement
        reacted to."""
        split = two_asked(line.text)
        both = (self._answer_both(line, split)
                if split is not None and not set(line.labels) & _NOT_SPLIT else None)
        reply = both or self._reply_to(line)
        if any(asks(line.text) for asks, _ in _PROPOSALS):
            # when and where a plan put to it is for ("could you help me carry a sofa up on
            # Sunday around 10?"), whichever way it was answered (a twentieth play-test: 14 of
            # 14 plans' times and places asked back were lost)
            self._remember_plan(line.text)
        return reply

    def _reply_to(self, line: UserLine) -> Reply:
        draft = self._read(line)
        return (self._standalone_reply(draft) or self._feeling_reply(draft)
                or self._topic_reply(draft))

    def _answer_both(self, line: UserLine, split: TwoAsked) -> Reply | None:
        """Both questions of a turn answered in order ("What made you join? And where are you
        from originally?"), or None where one of them gets no answer of its own (the whole
        line is then answered as one)."""
        before = self.checkpoint()
        self._holding_question = True
        try:
            first = self._reply_to(UserLine(split.first, line.labels))
        finally:
            self._holding_question = False
        answer = list(first.parts)
        if len(answer) > 1 and _ASKS_BACK.match(answer[-1]):
            answer.pop()  # its own question back ("Where did you grow up?") waits
        if answer and not self.memory.said_goodbye and not self._no_answer(first):
            # (what the line tells, praise and greeting were met in the first part)
            second = self._reply_to(UserLine(split.second, tuple(
                label for label in line.labels if label in _ASKING_LABELS)))
            # a yes to a plan may come before an answer, not before another yes ("Sure,
            # happy to! Of course, here you go!" is one agreement too many)
            if (second.parts and not self._no_answer(second)
                    and not first.kind is second.kind is ReplyKind.REACT
                    and not _overlap(answer, second.parts)):
                parts = (*answer, *second.parts)
                self.memory.replies -= 1  # one turn, one reply
                self.memory.last_parts = parts
                return dataclasses.replace(second, parts=parts, kind=first.kind,
                                           topic=first.topic)
        self.rewind(before)
        return None

    def _no_answer(self, reply: Reply) -> bool:
        """Whether `reply` leaves its question unanswered ("Oh, I couldn't say, really.")."""
        return any(part in self._wording.lines.get(key, ()) for part in reply.parts
                   for key in _NO_ANSWER_KEYS)

    def _read(self, line: UserLine) -> _Draft:
        """The line as read: its topics and what it tells, remembered."""
        memory = self.memory
        labels = set(line.labels)  # as the matcher heard them
        heard, line = line, _as_read(line)
        if memory.last_heard:
            memory.heard.append(memory.last_heard)
        memory.last_heard = line.text
        if memory.left_question and memory.last_parts and "?" in memory.last_parts[-1]:
            memory.answered.append((memory.last_parts[-1], line.text))
        found = self._find(line)
        told = disclosure(line.text)
        if told.name is None and "name" not in memory.user and (
                (memory.introduced and memory.last_kind is ReplyKind.GREETING)
                # a shy user's first line, "Leo." (a seventh play-test: not greeted)
                or (memory.replies == 0 and _ONE_CAPITALISED.match(line.text))):
            # "I'm Grace." - "Jo." The name was said the way people say it back, right after
            # the partner's own ("London." to "what sort of music do you like?" is no name).
            told = dataclasses.replace(told, name=bare_name(line.text))
        if (told.work is None and memory.last_question in (Topic.WORK, Topic.REASON)
                and (field := bare_field(line.text))):
            told = dataclasses.replace(told, work=field)  # "Which team?" - "Finance."
        if told.name and cues.NERVOUS.search(told.name):  # "I'm terrified" names no one
            told = dataclasses.replace(told, name=None)
        self._remember(told, found, line.text,
                       MoveLabel.GREETING_INTRO in labels or told.name is not None)
        self._silence.update(nudged=False, hinted=False)
        memory.said_goodbye = False
        # "I just said, we're cousins": the slip is owned before whatever the reply is
        memory.put_right = bool((memory.replies > 0 and (
            cues.CORRECTS.search(cues.MEMORY_CHECK.sub("", line.text))
            or cues.NOT_LISTENING.search(heard.text)))
            or cues.MIXED_UP.search(line.text))
        # "Hey, you were here last week, weren't you?" - "No, first time!": a person says sorry
        memory.mistook_user = bool(memory.replies == 0 and self.scenario.opening_mistaken
                                   and cues.DENIES_OPENING.search(line.text))
        return _Draft(line, found, told, labels)

    def _standalone_reply(self, draft: _Draft) -> Reply | None:
        """The whole reply to a line that needs nothing else: a goodbye, "sorry?", a name
        checked, a courtesy, "what was my name again?", an invitation."""
        memory, line, found = self.memory, draft.line, draft.found
        if (cues.is_goodbye(line.text, asks=found.question is not QuestionKind.NONE)
                or (cues.LEAVING_WITH_NICE_TO_MEET.search(line.text) and memory.replies > 0)
                or (cues.MET_YOU_PAST.search(line.text) and memory.replies > 0)
                # "Nice to meet you, Jordan!" three replies after the names were swapped
                or (cues.NICE_TO_MEET_ALONE.match(line.text) and memory.introduced
                    and memory.replies >= NICE_TO_MEET_LATE)):
            memory.said_goodbye = True
            # "see you at one then": the plan just made, not "See you around!"
            # "... and pop round for tea sometime!": the invitation accepted, then goodbye
            # "... Can I add you on LinkedIn?", "Same time next week?": a yes, then goodbye
            invited = self._proposal_answer(line.text, found, draft.labels)
            if cues.CARD_GIVEN.search(line.text):  # "here's my card ...": one back
                invited = self._pick("card_back") or invited
            farewell = ((cues.WISH_ME_LUCK.search(line.text) and self._pick("good_luck"))
                        or (cues.SEE_YOU_PLAN.search(line.text) and self._pick("farewell_plan"))
                        # a user who told of a loss and leaves early is not sent off breezily
                        or (memory.bad_news and self._pick("farewell_kind"))
                        or self._pick("farewell") or "")
            return self._finish([invited or "", farewell], ReplyKind.REACT, None, False)
        if cues.PARDON.match(line.text) and memory.last_parts:
            heard_not, again = memory.last_parts, self._say_again(memory.last_parts)
            if again:
                reply = self._finish([again], memory.last_kind or ReplyKind.REACT,
                                     memory.current, False)
                memory.last_parts = heard_not  # a second "sorry?" gets the same words back
                return reply
        if cues.WISH_ME_LUCK.search(line.text) and (luck := self._pick("wish_luck")):
            # "Nice one, thanks. Wish me luck!" (not leaving): good luck, and the talk goes on
            return self._finish([luck], ReplyKind.REACT, memory.current, False)
        if (cues.WORRY_ASKED.search(line.text) and not draft.labels & AVOID_TOPICS
                and (calm := self._pick("reassure_worry"))):
            # "do you think people will mind the noise?" got "Yes, I'd say so!"
            return self._finish([calm], ReplyKind.REACT, memory.current, False)
        if cues.SELF_DOUBT_ASKED.search(line.text) and (doubt := self._pick("reassure_doubt")):
            # "do you reckon I'll be any good at this?": a kind word, and the talk goes on
            return self._finish([doubt], ReplyKind.REACT, memory.current, False)
        if cues.BACK_SOON.search(line.text) and (wait := self._pick("back_soon")):
            # "ok brb": the talk waits, with no new question to come back to
            return self._finish([wait], ReplyKind.REACT, memory.current, False)
        if cues.SLOWER.search(line.text) and memory.last_parts:
            # "Sorry, can you speak more slowly please?": of course, and the same words again
            slower, again = self._pick("slower"), self._say_again(memory.last_parts)
            if slower:
                reply = self._finish([slower, again or ""], memory.last_kind or ReplyKind.REACT,
                                     memory.current, False)
                return dataclasses.replace(reply, slower=True)
        asked_word = cues.meaning_asked(line.text)
        if asked_word:  # "what does 'freelance' mean?": said simply, or owned as hard to say
            meaning = self._wording.glossary.get(asked_word.lower())
            said = (self._pick("explain", thing=asked_word, meaning=meaning) if meaning
                    else self._pick("explain_unknown", thing=asked_word))
            if said:
                return self._finish([said], ReplyKind.ANSWER, memory.current, False)
        checked = cues.name_checked(line.text)
        if checked and checked.lower() != str(memory.user.get("name", "")).lower() and not any(
                # "Leeds, right?" after "I'm from Leeds" checks a fact, not a name
                checked.lower() in said for said in memory.said
                if self.persona.name.lower() not in said):
            # "nice to meet you... sorry, Dev, was it?": yes, or the right name
            right = checked.lower() == self.persona.name.lower()
            memory.introduced = True
            said = self._pick("name_right" if right else "name_wrong")
            if said:
                return self._finish([said], ReplyKind.ANSWER, None, False)
        courtesy = self._courtesy_reply(line, found) or self._how_long_reply(line, found)
        if courtesy is not None:
            return courtesy
        if cues.YES_ASKED_AGAIN.search(line.text) and (yes_again := self._proposal_again()):
            # "So is that a yes for next Tuesday?" got "Yes, I swim most mornings."
            return self._finish(yes_again, ReplyKind.REACT, memory.current, False)
        planned = self._plan_recalled(line.text)
        if planned:
            # "do you remember what time we said for the sofa?" got "I don't think you told me
            # that yet!"; "where did we say?" of the Red Lion, "I don't think you said"
            return self._finish([planned], ReplyKind.ANSWER, memory.current, False)
        own = self._own_words_again(line.text)
        if own:  # "what did you say you do on Wednesdays again?" got "I'm in finance."
            return self._finish([own], ReplyKind.ANSWER, memory.telling, False)
        # ("What do I do for work? Oh wait, I never told you. I'm a vet." tells it now)
        telling = draft.told.job or draft.told.work or cues.NEVER_TOLD.search(line.text)
        recalled = (self._recall(line.text) if cues.RECALL.search(line.text) and not telling
                    else None)
        if recalled:  # "what was my name again?": from what they told
            return self._finish([recalled], ReplyKind.ANSWER, None, False)
        recalled = (self._recall_said(line.text) if cues.RECALL_OWN.search(line.text)
                    and not telling else None)
        if recalled:  # "how many cats do I have?": their own words back
            return self._finish([recalled], ReplyKind.ANSWER, None, False)
        if cues.ITS_NAME_ASKED.search(line.text) and (
                named := self._name_of(memory.telling)
                or (self._name_of(Topic.PETS) if memory.told.get(Topic.PETS) else None)):
            # "sorry, what's its name again?" two replies after its cat: "Pebble."
            return self._finish([named], ReplyKind.ANSWER, None, True)
        # (the one of its people its last fact told of, looked up only when a name is asked)
        kin_told = (self._kin_told_of(memory.telling) if memory.telling is not None and (
            cues.NAME_NOT_TOLD.search(line.text) or cues.PRONOUN_NAME_ASKED.search(line.text))
            else "")
        if ((cues.NAME_NOT_TOLD.search(line.text) or (
                kin_told and cues.PRONOUN_NAME_ASKED.search(line.text)))
                and memory.telling is not None
                and (named := self._name_of(memory.telling, kin_told or line.text)
                     or (kin_told and self._name_of(Topic.FAMILY, kin_told)))):
            # "Four months, that's so little. What's her name?" and "But you didn't tell me
            # her name!" after "My daughter is four months old": her name
            return self._finish([named], ReplyKind.ANSWER, None, True)
        if (cues.ASKS_NAME_OF.search(line.text) and cues.YOUR_KIN.search(line.text)
                and (named := self._name_of(Topic.FAMILY, line.text)
                     or self._name_of(self._family_fact(), line.text))):
            # "Congratulations on your daughter! What's her name?" (it got "I couldn't say")
            return self._finish([named], ReplyKind.ANSWER, None, False)
        if cues.LIVES_WITH_ASKED.search(line.text) and (home := self._lives_with()):
            # "Do you live alone?" got "No, I'm from Leicester. I came here for the job." ("You
            # should come! Do you live on your own?" is a yes as well)
            accept = self._proposal_answer(line.text, found, draft.labels)
            return self._finish([accept or "", home], ReplyKind.ANSWER, Topic.FAMILY, True)
        owned = cues.OWNED_ASKED.search(line.text)
        if owned and MoveLabel.COMPLIMENT in draft.labels:
            # "I love your plants on the landing, are they yours?": thanks, and yes (it got
            # "Aw, thank you. And you ask good questions.")
            key = ("yes_made" if owned.group("made") else
                   "yes_mine_many" if owned.group("many") else "yes_mine_one")
            return self._finish([self._pick("thanks") or "", self._pick(key) or ""],
                                ReplyKind.THANKS, None, True)
        if cues.CHANGE_SUBJECT.search(line.text) and (sure := self._pick("change_subject")):
            # "Can we talk about something else?" got "Oh, I couldn't say, really."
            return self._finish([sure], ReplyKind.REACT, None, True,
                                avoid={memory.current, memory.telling})
        choice = cues.CHOICE_HERE_AND_NOW.search(line.text)
        if (choice and not cues.LIFE_CHOICE_WORDS.search(line.text)
                and (which := self._pick("pick_course", thing=cues.said_back(
                    choice.group("course"))))):
            return self._finish([which], ReplyKind.ADVICE, memory.current, False)
        talk_tip = (self._talk_advice(line.text)
                    if found.question is not QuestionKind.NONE
                    or MoveLabel.ADVICE_REQUEST in draft.labels else None)
        if talk_tip:
            # "What do you say when you first walk up to a stranger? I always freeze.": what
            # the user came to practise, answered as a person who has felt it
            memory.helping = True
            return self._finish([talk_tip], ReplyKind.ADVICE, memory.current, False)
        if (cues.DECISION_ASKED.search(line.text) and not cues.NERVES_ADVICE.search(line.text)
                # (a moan of their own may come with it: "I'm just stressed. What would you
                # do if you were me?")
                and not draft.labels & _NOT_PROPOSED and not _HOW_TO.search(line.text)
                and (weigh := self._pick("weigh_up"))):
            # "do you think I should tell my boss now or wait?": helped to weigh it up ("how
            # would you get started in UX if you were me?" asks how, and gets a tip)
            memory.helping = True
            return self._finish([weigh], ReplyKind.ADVICE, memory.current, False)
        # "Would you like to grab a coffee sometime?": a yes to the user, not a fact about
        # coffee (it got "Yes, I love food. I'm still hunting for a good curry here.").
        accept = self._proposal_answer(line.text, found, draft.labels)
        if accept and (cues.LEAVING_SOON.search(line.text) or cues.FAREWELL.search(line.text)
                       ) and not cues.TREAT_OFFER.search(line.text):
            # "Right, time to go. Could you save me a wheel next week?": yes, and goodbye ("I'm
            # getting a drink, want me to grab you one?" will be back)
            memory.said_goodbye = True
            return self._finish([accept, self._pick("farewell") or ""], ReplyKind.REACT, None,
                                False)
        if accept:
            # "Hi I'm Kim. Fancy drinks on Friday?": greeted first (it got the yes alone)
            greeting = (self._greeting(new_name=True) if draft.told.name
                        and not memory.introduced else None)
            return self._finish([greeting or "", accept], ReplyKind.REACT, None, False)
        return None

    def _proposal_answer(self, text: str, found: LineTopics, labels: set[MoveLabel]
                         ) -> str | None:
        """The yes to an invitation, a treat or a favour offered or asked ("Want me to grab
        you one?", "Save me a seat next week?"), or None. A wh-question ("what do you want to
        get Sam?") asks; it invites no one."""
        if (found.question is QuestionKind.WH and not cues.TIME_PROPOSED.search(text)
                and not cues.plan_with_time(text)
                # "Please, you can help me with my bowl? How I make the wall not fall?" asks
                # help, however the last question is put (a twentieth play-test)
                and not cues.HELP_ASKED.search(text)
                ) or labels & _NOT_PROPOSED:  # ("How about Thursday at 8?" proposes)
            return None  # ("we should have another referendum" is politics)
        for asks, key in _PROPOSALS:
            if not asks(text):
                continue
            yes = self._help(text) if key == "help_yes" else self._pick(key)
            if yes:  # (when and where it is for: see `reply`)
                return yes
            if key == "help_yes":
                return None
        return None

    def _help(self, text: str) -> str | None:
        """Help asked for: a yes, with what the scene knows of it ("Can you help me with the
        wifi password?" - "Of course! It's on the card by the kettle."). Help to find a place
        it does not know is no yes: "Sure, no problem at all!" with nothing after it read as
        empty help (a sixteenth play-test); the question is answered as one instead."""
        local = self._local(text)
        if local is None and (cues.PLACE_REQUEST.search(text) or cues.ASKS_WHERE.search(text)
                              or cues.asked_thing(text) or _FIND_ME.search(text)):
            return None
        when = cues.plan_time(text)
        if local is None and when and (then := self._pick("help_then", thing=when)):
            local = then  # "Sunday at 10 works for me!", not "Just say when!"
        if local is None and _HOW_I.search(text):
            # "you can help me with my bowl? How I make the wall not fall?": the trouble is
            # told, so the yes comes with the card's tip for the scene's craft, not "What's the
            # trouble with the bowl?"
            local = self._craft_tip()
        if local is None and not (cues.LEAVING_SOON.search(text) or cues.LEAVING_NOW.search(text)
                                  or cues.FAREWELL.search(text)):
            # a yes with nothing after it sounds empty: ask after the thing, or say when (not
            # on the way out: "What's up with the bowl? Bye for now!")
            thing = cues.HELP_WITH_THING.search(text)
            local = (self._pick("help_what", thing=thing.group("thing").lower()) if thing
                     else self._pick("help_need") if _HELP_WITH_SOMETHING.search(text)
                     else self._pick("help_when"))
        return " ".join(part for part in (self._pick("help_yes"), local) if part) or None

    def _craft_tip(self) -> str | None:
        """Its tip on what the scene is for (its pastime's advice, else the scene's first
        tip), once."""
        pastime = self.persona.fact(Topic.HOBBIES)
        tips = [*([pastime.advice] if pastime and pastime.advice else []), *self.scenario.advice]
        tip = next((line for line in tips if self._fresh(line)), None)
        return self._use(tip) if tip else None

    def _feeling_reply(self, draft: _Draft) -> Reply | None:
        """Thanks after our congratulations or sorry, news, a trip, a topic to step away from,
        a moan: the whole reply when that is all, else the words that open it (in
        `draft.parts`)."""
        memory, line, found, labels = self.memory, draft.line, draft.found, draft.labels
        parts = draft.parts
        if (found.question is QuestionKind.NONE and cues.PRAISE.search(line.text)
                and not cues.DOWNBEAT.search(line.text)):
            labels.add(MoveLabel.COMPLIMENT)  # "your badge design is really clever"
        draft.weather = bool(cues.WEATHER_MOAN.search(line.text))  # agreed, not a complaint
        draft.dislike = draft.weather or bool(cues.SHARED_DISLIKE.search(line.text))
        if draft.dislike:
            labels -= {MoveLabel.COMPLAINT}
            labels.add(MoveLabel.COMMON_GROUND)
        consoled, memory.consoled = memory.consoled, False
        celebrated, memory.celebrated = memory.celebrated, None
        if celebrated and found.question is QuestionKind.NONE and cues.THANKS.search(line.text):
            # "thanks!" after our congratulations (or happy birthday): not "You're welcome!"
            glad = self._pick(celebrated)
            rest = cues.THANKS.sub("", line.text).strip(" ,.!")
            if glad and len(rest.split()) <= 2:  # and no new topic: the news is theirs to tell
                return self._finish([glad], ReplyKind.REACT, None, False)
            if glad and cues.NERVOUS.search(rest):  # "thanks! I'm really nervous though"
                return self._finish([glad, self._pick("reassure") or ""], ReplyKind.REACT,
                                    None, False)
            if glad:  # "Thanks! We're getting married in Spain.": glad, then the rest heard
                parts.append(glad)
                line = draft.line = UserLine(rest, line.labels)
                found = draft.found = self._find(line)
                draft.told = disclosure(line.text)
        if consoled and found.question is QuestionKind.NONE and (
                cues.THANKS.search(line.text)
                or ((cues.DOWNBEAT.search(line.text) or cues.HARD.search(line.text))
                    and not cues.ABOUT_SCENE.search(line.text))):
            # "thanks, it's been rough" after our sorry: no "You're welcome!", no cheer (a
            # gripe about the party is still stepped away from)
            comfort = self._pick("comfort")
            if comfort:
                return self._finish([comfort], ReplyKind.REACT, None, False)
        if (consoled and memory.bad_news and found.question is QuestionKind.NONE
                and cues.COPING.search(line.text) and not draft.told.name
                and not (draft.told.job or draft.told.work or draft.told.like)
                and (glad := self._pick("comfort_on"))):
            # "some days better than others. this class helps", to "How are you holding
            # up?" after a loss, got "Mm, right. What would you like to make?" (a gentle
            # question after the kind word keeps the talk going)
            return self._finish([glad], ReplyKind.REACT, None, True)
        news = self._news_reply(draft)
        if news is not None:
            return news
        feat = cues.OWN_FEAT.search(line.text)
        if feat and not draft.parts and not any(
                cue.search(feat.group()) for cue in (cues.DOWNBEAT, cues.HARD, cues.MISHAP,
                                                     cues.BAD_NEWS)):
            draft.parts.append(self._pick("react_wow") or "")  # "I delivered six puppies!"
        trip = cues.trip_place(line.text) if found.question is QuestionKind.NONE else None
        said_trip = self._pick("react_trip", thing=trip) if trip else None
        if said_trip and trip:  # "I just got back from Lisbon": not "Fair enough."
            memory.user["trip"] = trip
            return self._finish([*parts, said_trip], ReplyKind.REACT, None, False)
        if cues.HOW_ARE_YOU.search(line.text):
            parts.append(self._pick("fine_thanks") or "")  # "how are you?": then the rest
        avoided = [label for label in cues.AVOID_ORDER if label in labels
                   and not self._benign(label, line.text, draft.told)
                   # "whats the boss like is she strict": what anyone here would tell a new
                   # starter (a [[local]] fact), no gossip (a fourteenth play-test)
                   and not (label is MoveLabel.GOSSIP and self._local_fact(line.text))]
        if avoided:
            parts.append(self._pick(f"avoid_{avoided[0]}") or self._pick("avoid") or "")
            memory.current = None
            return self._finish(parts, ReplyKind.AVOID, None, True, avoid={found.main})
        return self._moan_reply(draft)

    def _news_reply(self, draft: _Draft) -> Reply | None:
        """"My dog died last week": sorry, and how they are (no "What's their name?"); "I
        just got engaged!": congratulations, and a question about it. Asked something too,
        or with nerves or a caveat, the brief line opens the reply and the rest is met as
        usual."""
        memory, text = self.memory, draft.line.text
        for news, whole, brief in _NEWS:
            if not news.search(text):
                continue
            memory.bad_news = memory.bad_news or news is cues.BAD_NEWS
            # good news with nerves or a caveat ("it needs loads of work, but it's ours")
            mixed = news is cues.GOOD_NEWS and bool(
                cues.NERVOUS.search(text) or cues.DOWNBEAT.search(text))
            # "did you hear about my promotion?" asks nothing but to be told
            asks = (draft.found.question is not QuestionKind.NONE
                    and not cues.OWN_NEWS_ASKED.search(text))
            said = self._pick(whole) if not asks and not mixed else None
            if said:
                greeting = self._greeting(True) if draft.told.name else None
                memory.consoled = news is cues.BAD_NEWS
                memory.celebrated = _THANKED_WITH.get(whole)
                return self._finish([greeting or "", said], ReplyKind.REACT, None, False)
            if (mixed and not asks and not cues.NERVOUS.search(text)
                    and (proud := self._pick("proud_of_you"))):
                # "Did I mention I opened a second one? I'm exhausted but proud.": glad for
                # them (not "Oh, that sounds like a lot" and "I'm not sure")
                return self._finish([self._pick(brief) or "", proud], ReplyKind.REACT, None,
                                    False)
            draft.parts.append(self._pick(brief) or "")
            return None
        return None

    def _moan_reply(self, draft: _Draft) -> Reply | None:
        """"My commute is killing me": sympathy, and a kind question about it (asked
        something too, a word of sympathy opens the answer)."""
        line, told = draft.line, draft.told
        worry = bool(cues.OWN_WORRY.search(line.text))
        moaning = ((MoveLabel.COMPLAINT in draft.labels or cues.HARD.search(line.text))
                   and (cues.own_moan(line.text) or worry)
                   and not cues.NERVOUS.search(line.text)
                   and not cues.APOLOGY_WITHIN.search(line.text))  # "sorry about the noise"
        if (moaning and draft.found.question is QuestionKind.NONE
                and not (told.work or told.job or told.like or told.place)):
            sympathy = self._pick("sympathy")
            if sympathy:
                self.memory.consoled = True
                # "Hi, I'm Carl. Honestly the parking here is a nightmare.": greeted too
                greeting = self._greeting(True) if told.name else None
                return self._finish([greeting or "", sympathy], ReplyKind.REACT, None, False)
        elif moaning and not cues.BAD_NEWS.search(line.text):  # said sorry already
            draft.parts.append(self._pick("react_down") or "")  # "Ugh, my commute. Do you drive?"
        return None

    def _topic_reply(self, draft: _Draft) -> Reply:
        """A question answered, a story told on, advice given, or a statement reacted to."""
        memory, line, told, labels, parts = (self.memory, draft.line, draft.told, draft.labels,
                                             draft.parts)
        question = draft.found.question
        if question is QuestionKind.YES_NO and cues.ASK_LEAVE.search(line.text):
            question = QuestionKind.WH  # "can I ask what you do?" wants the answer, not a yes
        if self._echoes_back(line.text, draft.found) or cues.EXCUSE_ASKED.search(line.text):
            # "Was I? Were you?": our question handed back; "what's your excuse?" after why
            # they came hands back why the partner did
            question = QuestionKind.AND_YOU
        appreciates = bool(cues.APPRECIATE.search(line.text)
                           or cues.SHORT_APPRECIATE.match(line.text.strip()))
        # An encourager that asks about a topic other than the one being told ("what made you
        # join?" while telling of its plans) asks that, and is answered so
        # (or names a fact of another: "how did your bowl turn out?" while telling why it
        # signed up got the next step of that story)
        named = (self._fact_named(line.text, stories=False)
                 if question is not QuestionKind.NONE and not draft.found.topics else None)
        asks_other = question is not QuestionKind.NONE and (
            (bool(draft.found.asked) and draft.found.asked[0] is not memory.telling)
            or (named is not None and named is not memory.telling))
        # ("What got you into it?" asks how it began, "What's the hardest part?" what is hard:
        # encouragers to the classifier)
        asks_other = asks_other or bool(cues.STARTED_ASKED.search(line.text)
                                        or cues.ASKS_HARDEST.search(line.text))
        tell_more = (MoveLabel.ENCOURAGER in labels and not asks_other) or bool(
            cues.TELL_MORE.search(line.text)) or (
            question is not QuestionKind.NONE and not draft.found.topics
            and len(line.text.split()) <= 2 and question is not QuestionKind.AND_YOU
            and not cues.ASKS_AGE.search(line.text)) or (
            # "That sounds fun!" while a story is being told: the teller goes on (not when the
            # user tells something of their own with it: "That's cool. I'm a firefighter.")
            question is QuestionKind.NONE and appreciates
            and not cues.THANKS.search(line.text) and memory.last_kind in _TELLING
            and self._story_left(memory.telling) and _disclosed_topic(draft.told) is None)
        # "What's it like living here?" asks of the place, not for more of the story
        place = (question is not QuestionKind.NONE and bool(self._place_asked.search(line.text))
                 and not cues.ELSEWHERE.search(line.text))
        # "mine was ok, a bit tiring" answers the everyday question it handed back ("How's
        # your day been?"); it asks for no more of the partner's story
        answers_ours = question is QuestionKind.NONE and self._asked_everyday()
        # "sorry, what do you do again?" asks to be told again, not for more of the story
        asked_again = question is QuestionKind.WH and bool(cues.AGAIN.search(line.text))
        tell_more = tell_more and not place and not answers_ours and not asked_again
        kind, must_ask = self._react(line, labels, told, question, tell_more, draft.dislike,
                                     parts)

        if question is QuestionKind.YES_NO and cues.RIGHT_PLACE.search(line.text):
            # "Is this the pottery class?" is answered "Yes, this is it", not from a fact
            # about hobbies that the word "class" brought up.
            yes_here = self._pick("right_place")
            if yes_here:
                return self._finish([*parts, yes_here], kind or ReplyKind.YES_NO, None, True)
        daily = self._everyday(line.text, question, draft.found, parts)
        if daily is not None:  # "where did you grow up?", "lovely weather, isn't it?"
            return self._finish([*parts, *daily], kind or ReplyKind.ANSWER, None, False)
        if (cues.ASKS_BEST_PART.search(line.text) and self.memory.telling is Topic.WORK
                and (best := self.persona.everyday.get("best_part"))
                and (said := self._once_then_again(best))):
            # "What's the best part?" right after its job got the scene's tip on the Italian
            # place (the classifier heard a request for advice; a sweep of follow-ups)
            return self._finish([*parts, said], kind or ReplyKind.ANSWER, Topic.WORK, False)
        amenity = self._amenity(line.text) if question is not QuestionKind.NONE else None
        if amenity is not None:  # "is there a gym nearby?" that the scene knows nothing of
            return self._finish([*parts, amenity], kind or ReplyKind.ANSWER, None, False)
        own = (self._own_yes_no(line.text) if question is QuestionKind.YES_NO
               else None)
        if own is not None:  # "Is that weird?", "do you know anyone hiring?": not the card's
            said, asks_back = own
            return self._finish([*parts, said], kind or ReplyKind.YES_NO, None, asks_back)
        if cues.SEAT.search(line.text):
            # "Is anyone sitting here?": "No, go ahead!", then the greeting's question
            free = self._pick("seat_free")
            if free:
                return self._finish([free, *parts], kind or ReplyKind.YES_NO, None, True)
        opinion_of = cues.opinion_asked(line.text)
        if (opinion_of and not self._local_fact(line.text) and not self._card_names(opinion_of)
                and not self._names_own_topic(opinion_of, draft.found.topics)):
            # "what do you think of the new cycle lane?": a view, not the card's tomatoes
            view = self._pick("opinion_open", thing=opinion_of)
            if view:
                return self._finish([*parts, view], kind or ReplyKind.ANSWER, None, False)
        asked_topic, kin = self._asked_topic(draft, question, tell_more, place)
        if asked_topic is not None and cues.HANDED_BACK_AFTER_TELLING.search(line.text):
            # "I'm the plus one of a plus one, so barely. How about you, how do you know Sam?"
            # told their own: it is not asked back (it got "... How do you know Sam?")
            memory.user_told.add(asked_topic)
        kins_age = (next((age for topic in dict.fromkeys((asked_topic, memory.telling,
                                                          Topic.FAMILY, Topic.HOME))
                          if (age := self._kins_age(topic, line.text))), None)
                    if question is not QuestionKind.NONE and cues.ASKS_AGE.search(line.text)
                    else None)
        if kins_age:  # "How old is your grandson?": his age, not his father's or a story
            return self._close(parts, kind or ReplyKind.ANSWER, asked_topic, kins_age, must_ask,
                               line.text)
        detail = (self._detail_asked(line.text, asked_topic)
                  if question is not QuestionKind.NONE and not self._local_fact(line.text)
                  else None)
        if detail:
            # "When are you going?", "Why Canada?" after its trip: when and why, not the next
            # step of the story
            return self._close(parts, kind or ReplyKind.ANSWER,
                               self._detail_topic(asked_topic, line.text), detail, must_ask,
                               line.text)
        found = draft.found
        topic: Topic | None = None
        answer: str | None = None
        echoed = self._said_back(line.text)
        if echoed is not None:
            # "Wait, you said Sam's the goalkeeper? I can't picture him shouting!" got "Yes,
            # about ten minutes away" (an eighth play-test): yes, and more of that story
            more, ended = self._story(echoed)
            return self._finish([*parts, self._pick("yes") or "", more or ""], ReplyKind.STORY,
                                echoed, ended)
        guess = (self._guess(line.text, found) if question is not QuestionKind.NONE
                 or line.text.rstrip().endswith("?") or cues.REPORTED.search(line.text) else None)
        if guess is not None:
            # "You said you're an engineer?": yes, or a kind correction, with the card's fact
            topic, right = guess
            parts.append((self._pick("confirm") or self._pick("yes") if right
                          else self._pick("correct")) or "")
            answer = self._answer(topic, yes_no=False)
            kind = ReplyKind.ANSWER
        elif question is QuestionKind.AND_YOU:
            # "I'm a nurse. And you?": the topic the user just told about, else our question.
            topic = (found.told[0] if found.told else _disclosed_topic(told)) or (
                memory.last_question or memory.current or asked_topic)
            if cues.EXCUSE_ASKED.search(line.text) and self.persona.fact(Topic.REASON):
                topic = Topic.REASON
            echo = cues.ECHO_LAST.search(line.text)
            asked_before = memory.last_parts[-1] if memory.last_parts else ""
            if (echo and memory.left_question and memory.last_question is not None
                    and asked_before.lower().startswith(echo.group(1).lower() + " you")):
                # "No, just me. My sister was supposed to come but she bailed. Did you?" hands
                # back its own "Did you come with anyone?", not a question about the sister
                topic = memory.last_question
            answer = self._answer(topic, yes_no=False)
            kind = ReplyKind.AND_YOU
        elif (MoveLabel.ADVICE_REQUEST in labels or question is not QuestionKind.NONE) and (
                cues.asks_advice(line.text) or cues.asked_thing(line.text)
                # (the classifier's request alone, not in a yes/no question: "is it hard to get
                # clients?" and "do you use any tools for that?" ask the partner, and got its
                # tip about coming to a few of these in a row)
                or (MoveLabel.ADVICE_REQUEST in labels and asked_topic is None
                    and question is not QuestionKind.YES_NO
                    # "I'm looking for my first job." tells where they are, it asks nothing
                    and not (question is QuestionKind.NONE and told.status)
                    # an answer to its own question: "I work in an office all day so I need
                    # something with my hands", to "What made you sign up?", got a tip
                    and not (question is QuestionKind.NONE and memory.left_question)
                    # "A form, that sounds fiddly. What's the hardest part?" asks the partner
                    and not cues.ASKS_HARDEST.search(line.text)
                    and not cues.ASKS_YOUR_WAYS.search(line.text))) and not (
                # "is there a good café nearby?", "do you know where I can get a coffee?" are
                # asked of the place, which knows
                # (said already, the card's own advice is news)
                (cues.PLACE_REQUEST.search(line.text) or cues.ASKS_WHERE.search(line.text)
                 or cues.asked_thing(line.text) or cues.SHOW_ME.search(line.text))
                and (local_fact := self._local_fact(line.text)) is not None
                and self._fresh(local_fact.answer)):
            # "any tips for a first time hiker?": of the topics named, the one the card has
            # advice on ("first time" named the reason for coming, which has none)
            advised = next((t for t in found.topics if (fact := self.persona.fact(t))
                            and fact.advice), asked_topic)
            # "would you recommend a bowl or a vase?": one of the two, not a tip on elbows
            choice = cues.CHOICE_OFFERED.search(line.text)
            answer = ((choice and self._pick("pick_one", thing=choice.group("first")))
                      or self._advice(advised or memory.current,
                                      self._unshared_like(told, line.text), line.text,
                                      topic_asked=advised is not None))
            topic = advised or memory.current
            kind = ReplyKind.ADVICE
        elif tell_more and (question is not QuestionKind.YES_NO or not found.topics):
            main = found.main or (None if memory.telling else asked_topic)
            wanted = main if self.persona.fact(main) else None
            topic = wanted or memory.telling or memory.current
            answer, ended = self._story(topic)
            kind = ReplyKind.STORY
            must_ask = must_ask or ended
        elif question is not QuestionKind.NONE:
            return self._answer_question(line, found, told, question, asked_topic, kin, place,
                                         parts, kind, must_ask)
        elif (kind in (None, ReplyKind.COMMON_GROUND, ReplyKind.REACT) or found.told
              or told.work or told.job or told.like or told.place
              # "I'm Jo, I've never done pottery before": more than a name to answer
              or (told.name and len(cues.beyond_name(line.text, told.name).split()) >= 3)):
            return self._answer_statement(line, found, told, question, parts, kind)
        return self._close(parts, kind, topic, answer, must_ask, line.text)

    def _asked_topic(self, draft: _Draft, question: QuestionKind, tell_more: bool,
                     place: bool) -> tuple[Topic | None, bool]:
        """What the line asks about (None when it asks nothing the card knows), and whether
        it asked after family that the card keeps under home. May narrow `draft.found` to
        the topic asked."""
        memory, line = self.memory, draft.line
        found = self._lived_in_town(draft.found, line.text)
        asked_topic = found.asked[0] if found.asked else None
        # "Do you have family here?" is answered from home; "do you have kids?" is not.
        kin = (asked_topic is Topic.FAMILY and Topic.FAMILY not in self.persona.facts
               and not cues.NEARBY.search(line.text))
        if kin:
            asked_topic = self._family_fact()  # "do you have kids?" gets no answer on home
        if (question is not QuestionKind.NONE and asked_topic is None and found.told
                and (cues.TAG.search(line.text)
                     or len(cues.SENTENCE_END.split(line.text.strip())) == 1
                     # "The talk was great. What did you think of it?" (it got "Oh, I couldn't
                     # say, really."): of what both have there (the user's own climbing "tried
                     # it?" is not the card's walking)
                     or (cues.OF_IT.search(_last_sentence(line.text))
                         and found.told[0] in _SHARED_HERE)
                     # "I love animals. Do you have any?": of what was just named
                     or cues.HAVE_ANY.search(line.text))):
            # "the food is good, isn't it?"; not "The food, definitely. Have you been?"
            asked_topic = found.told[0]
        if asked_topic is Topic.NAME and slots.asked_slot(_last_sentence(line.text)) in (
                slots.Slot.WHO_WITH, slots.Slot.WHO):
            # "Who are you going with?" asks no name ("Oh, sorry, I'm Riley.")
            asked_topic = None
            found = dataclasses.replace(found, asked=())
        thing_named = cues.THING_NAME_ASKED.search(line.text)
        if thing_named and asked_topic in (Topic.NAME, None):
            # "what was your dog's name again?" asks the dog's name, not the partner's ("Oh,
            # sorry, I'm Robin.")
            of_thing = self._topics.topics_of(next(word for word in thing_named.groups() if word))
            if of_thing:
                asked_topic = of_thing[0]
                found = dataclasses.replace(found, asked=of_thing, told=(), each=of_thing[:1])
        after = self._asked_after(line.text, question)
        if after is not None:  # "how's your tortoise these days?" is not about news
            asked_topic = after
            found = dataclasses.replace(found, asked=(after,), told=(), each=(after,))
        elif ((question is not QuestionKind.NONE or tell_more) and not found.topics
              and not cues.ABOUT_OTHERS.search(line.text)):
            # "How did you get into design?": a word of one of the card's answers; "how did
            # your bowl turn out?": a word of a story, said of the partner's things or by name
            # ("do you know where the kitchen is?" is not about the plans whose story says "a
            # sign-up sheet by the kitchen").
            # (not a question of the world: "do you know what time people normally leave?"
            # is no question of the paternity leave the card tells of)
            asked_topic = None if cues.ASKED_OF_WORLD.search(line.text) else (
                self._fact_named(line.text, stories=False)
                or self._fact_named(cues.of_yours(line.text)))
            if (asked_topic is None and question is QuestionKind.YES_NO
                    and cues.TAG.search(line.text) and memory.last_kind not in _TELLING
                    and not draft.weather):
                asked_topic = Topic.SETTING  # "it's so relaxing, isn't it?"
        if (asked_topic is None and question is QuestionKind.WH and cues.ASKS_BEST.search(line.text)
                and not cues.ABOUT_IT.search(line.text)):  # "... about it?" is of the story
            # "what's your favourite thing about living here?": of home, else of the scene
            asked_topic = (Topic.HOME if cues.LIVING_WORDS.search(line.text)
                           and self.persona.fact(Topic.HOME) else Topic.SETTING)
        if (asked_topic is None and question is QuestionKind.WH and cues.GOT_INTO.search(line.text)
                and self.persona.fact(Topic.WORK)):
            asked_topic = Topic.WORK  # "how did you get into design?" of a user researcher
        if (asked_topic is None and question is QuestionKind.YES_NO
                and cues.ASKED_IF_BEEN_BEFORE.search(line.text)
                and self.persona.fact(Topic.REASON)):
            asked_topic = Topic.REASON  # "do you come every week?": why and how often it comes
        if question is not QuestionKind.NONE and self.persona.fact(Topic.REASON):
            settled = self._settled_topic(line.text, asked_topic)
            if settled is not asked_topic and settled is not None:
                asked_topic = settled
                found = dataclasses.replace(found, asked=(settled,), told=(), each=(settled,))
        if place:
            asked_topic = Topic.SETTING  # "what's the neighbourhood like?" in its own scene
        elif ((cues.LIKE_THERE.search(line.text)
               or (cues.LIKE_IT.search(line.text)  # ("That sounds cool. Do you enjoy it?")
                   and len(cues.without_lead_in(_last_sentence(line.text)).split()) <= 5))
              and memory.last_kind in _TELLING
              and memory.telling in (Topic.HOME, Topic.WORK, Topic.TRAVEL, Topic.RECENT)):
            # "do you like it there?", "do you enjoy it?" are of what was just told (not of the
            # party): its story goes on, with a yes
            found = dataclasses.replace(found, asked=(), told=(), each=())
            asked_topic = None
        draft.found = found
        return asked_topic, kin

    def _react(self, line: UserLine, labels: set[MoveLabel], told: Disclosure,
               question: QuestionKind, tell_more: bool, dislike: bool, parts: list[str]
               ) -> tuple[ReplyKind | None, bool]:
        """What comes before any answer: a greeting, thanks for a compliment, common ground,
        a word on what the user told or on their nerves. (The reply's kind so far, and
        whether it must end on a question.)"""
        memory = self.memory
        kind: ReplyKind | None = None
        must_ask = False
        # once introduced, only a greeting said again gets one back ("nice to meet you" -
        # "And you!"; "sorry, what's your name?" is asked, not said)
        greets = told.name is not None or (MoveLabel.GREETING_INTRO in labels and (
            not memory.introduced or bool(_GREETED_AGAIN.search(line.text))))
        if (greets and told.name is None and memory.replies >= 2
                and not _GREETED_AGAIN.search(line.text)
                and len(cues.without_lead_in(_HEY.sub("", line.text)).split()) >= 3):
            greets = False  # "Hey, if your band ever needs a bass player...": a "hey" mid-talk
        if greets:
            # only where the opening takes the user for someone it knows (the club's "you
            # were here last week too, weren't you?")
            met_before = bool(self.scenario.opening_mistaken and cues.MET_BEFORE.search(line.text))
            greeting = self._greeting(told.name is not None, met_before=met_before)
            if greeting:
                parts.append(greeting)
                kind = ReplyKind.GREETING
        # "That's sweet. Have you made anything you're proud of?" appreciates its story; it
        # praises no one, and got "Thanks! ... And you're very easy to talk to."
        only_appreciates = (self.memory.last_kind in _TELLING
                            and bool(cues.APPRECIATE.search(line.text))
                            and not cues.PRAISE.search(line.text)
                            and not cues.PRAISE_OF_YOU.search(line.text)
                            and not cues.PRAISED_THING.search(line.text))
        if MoveLabel.COMPLIMENT in labels and not tell_more and not only_appreciates:
            parts += [p for p in (self._pick("thanks"), self._pick("compliment_back")) if p]
            kind = kind or ReplyKind.THANKS
        shared = self._shares(told.like)
        # (a place "too" that its card has no word of is not shared: "i live near the river
        # too!" to a card out in the suburbs got "Oh, same here!")
        place_shared = told.place is None or self._card_names(told.place)
        if MoveLabel.COMMON_GROUND in labels and (shared or not told.like or dislike) and (
                place_shared or dislike):
            parts.append((dislike and self._pick("common_dislike")) or self._pick("common_ground")
                         or "")
            kind, must_ask = ReplyKind.COMMON_GROUND, True
        elif ((cues.APOLOGY_AHEAD.search(line.text) or cues.APOLOGY_WITHIN.search(line.text))
              and question is QuestionKind.NONE):
            # "I work nights, so sorry if you hear me coming in at 7am": waved away, not
            # "Ah, that sounds good"
            parts.append(self._pick("apology_accepted") or "")
            kind = kind or ReplyKind.REACT
        elif (cues.DREADING.search(line.text) and not cues.asks_advice(line.text)
              and (dread := self._pick("react_dread"))):
            parts.append(dread)  # "a big presentation on monday which im kind of dreading"
            kind = kind or ReplyKind.REACT
        elif question is QuestionKind.NONE and (said := self._whole_reaction(line.text)):
            parts.append(said)  # "I'm thinking of changing careers.": asked about, nothing else
            kind = kind or ReplyKind.REACT
        elif cues.LEFT_ALONE.search(line.text) and (company := self._pick("react_left_alone")):
            parts.append(company)  # "i came with my flatmate jess but she disappeared"
            kind = kind or ReplyKind.REACT
        elif (told.work or told.job or told.like or told.place) and not (
                cues.NERVOUS.search(line.text) and not cues.LANGUAGE_WORRY.search(line.text)
        ) and not (  # "I am in London since one year": the time is the news
                not (told.work or told.job or told.like) and question is QuestionKind.NONE
                and cues.own_duration(line.text)):
            if cues.LANGUAGE_WORRY.search(line.text):
                # "I come from Brazil, my English not so good, sorry." got only "Oh, Brazil!"
                # (a twelfth play-test): the worry is met first
                parts.append(self._pick("reassure_language") or "")
            parts.append(self._reaction(told, line.text) or "")
        elif (since := cues.own_duration(line.text)) and question is QuestionKind.NONE:
            # "I've been here two years": the number is heard, not passed over
            memory.user["duration"] = since
            # "two weeks" is no good while: "Oh, only two weeks! Still very new, then."
            short = _SHORT_SPAN.match(since) and self._deck("react_duration_short")
            parts.append(self._pick("react_duration_short" if short else "react_duration") or "")
        elif cues.SORRY_TO_SHARE.search(line.text) and self._deck("not_at_all"):
            parts.append(self._pick("not_at_all") or "")  # "sorry, I'm oversharing"
            kind, must_ask = ReplyKind.REACT, True
        elif cues.LANGUAGE_WORRY.search(line.text):  # "my English is not so good, sorry"
            parts.append(self._pick("reassure_language") or self._pick("reassure") or "")
            kind, must_ask = ReplyKind.REACT, True
        elif cues.BAD_WITH_NAMES.search(line.text) and (same := self._pick("names_too")):
            parts.append(same)  # "Sorry, I'm terrible with names": not "it's normal at first"
            kind = kind or ReplyKind.REACT
        elif (cues.NERVOUS.search(line.text) and not cues.FEAR_ASKED.search(line.text)
              # nerves about an interview, with advice asked: the advice speaks to them
              and not (cues.asks_advice(line.text) and cues.NERVES_ADVICE.search(line.text))):
            # the shy user says so: reassure them (not "do you get scared of heights?")
            alone = self._pick("reassure_alone") if cues.ALONE.search(line.text) else None
            parts.append(alone or self._pick("reassure") or "")
            kind, must_ask = ReplyKind.REACT, True
        elif (cues.THANKS.search(line.text) and MoveLabel.COMPLIMENT not in labels
              and not cues.FINE_THANKS.match(line.text)  # "good, thanks" thanks for nothing
              # nor does "thank you!" to a welcome or a greeting, nor thanks for a story or
              # for good wishes (an eighth play-test's "Happy to help." after "Thank you!
              # Twelve years is long time!")
              and memory.last_kind not in (None, ReplyKind.GREETING) and memory.helped):
            parts.append(self._pick("welcome") or "")
            kind = kind or ReplyKind.REACT
        return kind, must_ask

    def _whole_reaction(self, text: str) -> str | None:
        """A reaction that asks its own question about what the user shared ("Ooh, exciting!
        What would you like to do instead?" after "I'm thinking of changing careers"), the
        whole reply to a statement. ("Yes, it's
        my first time." answers its own question, which it goes on from as before.)"""
        if _YES_OR_NO_FIRST.match(text):
            return None
        for cue, key in ((cues.CHANGE_AHEAD, "react_change"),
                         (cues.FIRST_TIME_SAID, "react_first_time"),
                         (cues.LEARNING_SAID, "react_learning"),
                         (cues.MISSES_SOMEONE, "react_miss_them")):
            if cue.search(text) and (said := self._pick(key)):
                return said
        return None

    def _close(self, parts: list[str], kind: ReplyKind | None, topic: Topic | None,
               answer: str | None, must_ask: bool, text: str,
               follow_up: Topic | None = None) -> Reply:
        """The reply with its answer (and the setting's, for "... and do you like it?")."""
        if answer:
            parts.append(answer)
            parts += self._liking_it(topic, text)
        if topic is not None:
            self.memory.current = self.memory.telling = topic
        return self._finish(parts, kind or ReplyKind.UNCLEAR, topic, must_ask,
                            follow_up=follow_up)

    def _answer_question(self, line: UserLine, found: LineTopics, told: Disclosure,
                         question: QuestionKind, asked_topic: Topic | None, kin: bool,
                         place: bool, parts: list[str], kind: ReplyKind | None,
                         must_ask: bool) -> Reply:
        """A question: answered from the card (or "I couldn't say"), what the user told beside
        it followed up."""
        memory = self.memory
        topic: Topic | None = None
        answer: str | None = None
        follow_up: Topic | None = None
        # what anyone here knows, asked of the place ("where's the toilet?", "is the coffee
        # machine free?"), not of the partner ("do you have a bike?" is its own)
        local = (self._local(line.text) if question is QuestionKind.WH
                 or not cues.ASKED_OF_YOU.search(line.text)
                 or cues.asked_thing(line.text)  # "can you recommend a good doctor?"
                 # "can you show me where is kitchen?", "could you show me how the coffee
                 # machine works?" (a fourteenth play-test: "not sure", the scene's tip)
                 or cues.SHOW_ME.search(line.text)
                 else None)
        # "Oh cool, a bank! Which one?" of its own place: its card names none
        which = cues.WHICH_ONE.search(line.text)
        # ("which team are you on again?" of a card on the website team: it says which)
        which_asked = which is not None and not self._card_names_kind(which.group(1))
        started = ((self._how_started(asked_topic or memory.telling,
                                      wide=bool(cues.ABOUT_IT_INTO.search(line.text)))
                    # "How did you get into user research in the first place?" of a card that
                    # tells no start (a twenty-first play-test got "The hardest part is ...")
                    # (its job told already: before that, the job itself answers)
                    or (self._pick("why_this_job")
                        if (asked_topic or memory.telling) is Topic.WORK
                        and memory.told.get(Topic.WORK) else None))
                   if question is QuestionKind.WH and cues.STARTED_ASKED.search(line.text)
                   else None)
        if started:
            # "What got you into it?" after its job: how it began, not the story's next step
            topic = asked_topic or memory.telling
            return self._close(parts, kind or ReplyKind.ANSWER, topic, started, must_ask,
                               line.text)
        if asked_topic is Topic.NAME:
            # "what's your name? I'm Kate": the greeting back has said it already
            greeted = any(self.persona.name in part for part in parts)
            answer = None if greeted else self._pick("own_name")
            memory.introduced = True
            kind = kind or ReplyKind.ANSWER
        elif local is not None:  # "where's the toilet?", "when do the bins go out?"
            answer, kind = local, kind or ReplyKind.ANSWER
        elif asked_topic is None:
            # "Do you enjoy it?", "what's the name?" while telling: about what was told
            # ("how old is she?" of the daughter or the dog it told of: her age)
            aged_topic = self._aged_topic() if cues.ASKS_AGE.search(line.text) else None
            aged = aged_topic is not None
            pets = self.persona.fact(Topic.PETS)
            if (not aged and cues.ASKS_AGE.search(line.text) and memory.telling is Topic.PETS
                    and pets is not None and cues.YES_START.match(pets.yes_no)  # has one
                    and (lost := self._pick("age_lost_count"))):
                # "How old?" of a cat the card gives no age: not the next step of its story
                return self._close(parts, kind or ReplyKind.ANSWER, Topic.PETS, lost,
                                   must_ask, line.text)
            # ("What's the hardest part?" right after its job: of the job)
            hardest = bool(memory.telling and self.persona.fact(memory.telling)
                           and cues.ASKS_HARDEST.search(line.text))
            if aged or hardest or (memory.telling and (cues.BACK_REFERENCE.search(line.text) or (
                    memory.last_kind in _TELLING
                    and cues.ABOUT_THE_STORY.match(cues.without_lead_in(line.text))
                    # "is there parking here?" names a thing of its own, not of the story
                    and not (question is QuestionKind.YES_NO
                             and cues.content_stems(line.text)
                             and not cues.ASKS_IF_GOOD.search(line.text)
                             and not self._fact_named(line.text)))
                    ) and self.persona.fact(memory.telling) and self._card_speaks_to(
                        line.text, memory.telling, story=True)):
                topic = aged_topic or memory.telling
                # "have you been to Australia?" is no step of a story about the commute;
                # "did you see the match?" after a story about it is
                by_form = (self._by_form(line.text) if question is QuestionKind.YES_NO
                           and not cues.ASKS_IF_GOOD.search(line.text)
                           and not self._fact_named(line.text) else None)
                where = (self._where(topic) if question is QuestionKind.WH
                         and cues.ASKS_WHERE_BACK.match(line.text) else None)
                if by_form:
                    answer, ended = by_form, False
                elif where:  # "Oh, where?" after the work answer: the place, not the story
                    answer, ended = where, False
                elif aged:
                    answer, ended = (self._kins_age(topic, line.text)
                                     or self._sentence_saying(topic, cues.AGE_SAID)
                                     or self._age_again(topic)), False
                elif cues.ASKS_HARDEST.search(line.text) and (
                        hard := self._sentence_saying(topic, cues.HARD_SAID)
                        or self._pick("hardest_part")):
                    # "What's the hardest part?" after its job: what the card says is hard,
                    # else a person's plain answer (it got "So that was that, really.")
                    answer, ended = hard, False
                elif which_asked and (not_saying := self._pick("which_one")):
                    # "Oh cool, a bank! Which one?": its card names none; nor does a person
                    # always
                    answer, ended = not_saying, False
                elif cues.ASKS_NAME_OF.search(line.text) and (
                        named := self._name_of(topic, line.text)):
                    answer, ended = named, False  # "what's it called?" after "a cat called ..."
                elif cues.AGAIN.search(line.text) and not self._story_step_asked(topic,
                                                                                  line.text):
                    # "how old did you say he was?": the fact once more, reworded
                    answer, ended = self._answer(topic, yes_no=False), False
                else:
                    answer, ended = self._story(topic, asked=line.text)
                asked_now = _last_sentence(line.text)  # not the "Oh nice." before it
                if (question is QuestionKind.YES_NO and cues.ASKS_IF_BAD.search(asked_now)
                        and not (answer and cues.YES_NO_START.match(answer))):
                    # "Is it hard?": honestly, a little, not "Yes, really."
                    parts.append(self._pick("a_little") or "")
                elif (question is QuestionKind.YES_NO and cues.ASKS_IF_GOOD.search(asked_now)
                        and not (answer and cues.YES_NO_START.match(answer))):
                    # "do you enjoy it?", "was it fun?"; not "is it far?", which the story
                    # cannot say yes to
                    parts.append(self._pick("yes") or "Yes.")
                must_ask = must_ask or ended
                kind = ReplyKind.STORY
            elif kind in (None, ReplyKind.REACT):  # (thanks said first: "Any time." alone)
                # "have you ever been to Portugal?", "do you have a car?": what the card does
                # not tell, a person still answers by the question's form, and asks back
                answer = ((self._by_form(line.text) if question is QuestionKind.YES_NO
                           else None)
                          # "A bank! Which one?" of its own: a person's way of not naming it
                          or (self._pick("which_one") if memory.telling
                              and which_asked else None)
                          or self._not_sure(line.text))
                kind, must_ask = ReplyKind.UNCLEAR, True
        elif self.persona.fact(asked_topic) is None or (
                kin and asked_topic is Topic.FAMILY):  # no kin told of: nothing on home
            answer = self._pick("no_fact")
            kind, must_ask = ReplyKind.ANSWER, True
        elif (question is QuestionKind.WH and asked_topic == memory.telling and not place
              and memory.told.get(asked_topic, 0) and not cues.AGAIN.search(line.text)
              and self._card_speaks_to(line.text, asked_topic)
              and not self._asks_how_settled(line.text)
              and not cues.ASKS_WHERE.search(line.text)
              and not cues.ASKS_NAME_OF.search(line.text)
              and not which_asked):
            # "What are you working on?" right after the work answer: go on with it ("What's
            # the hardest part of user research?": the card's sentence on what is hard)
            topic = asked_topic
            hard = (self._sentence_saying(topic, cues.HARD_SAID)
                    if cues.ASKS_HARDEST.search(line.text) else None)
            answer, ended = (hard, False) if hard else self._story(topic)
            must_ask = must_ask or ended
            kind = ReplyKind.STORY
        else:
            topic = asked_topic
            if place:  # "what's the team like?" asks of the place, not of work
                found = self._without_place(found, line.text,
                                            keep_home=question is QuestionKind.WH)
            parts += self._other_answers(found, asked_topic, kin)
            near = question is QuestionKind.YES_NO and self._near_miss(topic, line.text)
            if near:  # "a dog person?" of a cat owner: no yes, the card's own fact
                parts.append(self._pick("near_miss") or self._pick("correct") or "")
            # a stand-in fact on family tells, it does not say yes or no; nor does a card's
            # yes/no answer written for another question of how settled it is
            # (a "where from?" beside "you're new in town?" asks where from, not how long)
            settled = self._asks_how_settled(line.text) and (
                question is QuestionKind.YES_NO or "how long" in line.text.lower())
            says_yes_no = (question is QuestionKind.YES_NO and not kin and not near
                           # a family fact's yes or no is to "do you have kids?", not to "are
                           # you married?" or "do you have family nearby?"
                           and not (topic is Topic.FAMILY
                                    and not cues.ASKS_OWN_KIDS.search(line.text))
                           and not (settled and self._yes_no_misleads(topic, line.text))
                           and not self._yes_to_a_fault(topic, line.text)
                           # "do you like living here?" of a card whose home's yes or no is
                           # "No, I'm an hour away": its home told, not a "No" to liking
                           and not (topic is Topic.HOME and cues.LIKES_LIVING.search(line.text)
                                    and (fact := self.persona.fact(topic)) is not None
                                    and cues.NEGATIVE_START.match(fact.yes_no)))
            # an answer of its own kind first: "do you know many people here?" gets "Only a
            # few, really."; "do you like your job?" gets "I do, most of the time!" and more
            own_kind = (self._pick("know_people" if self._newcomer() else "know_people_many")
                        if cues.KNOW_MANY.search(line.text) else None)
            if (question is QuestionKind.YES_NO and cues.FEELING_ASKED.search(line.text)
                    and (sometimes := self._pick("sometimes"))):
                # "Do you get lonely working on your own?": how it feels (no fact of the card's
                # says), and the turn handed back
                says_yes_no = False
                own_kind = sometimes
            if cues.ASKS_BEST.search(line.text) and not says_yes_no:
                # "what's your favourite thing about living here?" got where it lives: what the
                # card says it likes, else a person's plain answer
                # (of the scene, its own words on it: "what's the best thing about working
                # here?")
                own_kind = (self._sentence_saying(topic, cues.FONDNESS_SAID)
                            or (None if topic is Topic.SETTING else self._pick("favourite_about")))
            if topic is Topic.HOME and cues.ORIGIN_ASKED.search(line.text):
                # "Where are you from originally?" got "I live about ten minutes away, near
                # the river.": the card's sentence on where it grew up, when its home says
                roots = self._sentence_saying(topic, cues.FROM_SAID)
                # ("I grew up by the sea, though." said alone loses its "though")
                own_kind = re.sub(r",? though([.!])$", r"\1", roots) if roots else own_kind
            # "Where are you from?" got only "I live just round the corner": and where it grew
            # up (its home's own sentence on that, else its everyday answer; a twelfth
            # play-test)
            roots_wanted = topic is Topic.HOME and bool(cues.FROM_ASKED.search(line.text))
            if cues.ASKS_HARDEST.search(line.text) and self.persona.fact(topic):
                # "what's the hardest part of the job?" got "I'm in finance. I make sure
                # everyone gets paid": the card's sentence on what is hard, else (the card
                # says nothing hard) a person's plain answer
                own_kind = (self._sentence_saying(topic, cues.HARD_SAID)
                            or self._pick("hardest_part"))
            fact = self.persona.fact(topic)
            if (says_yes_no and fact is not None and (
                    cues.LIKES_ASKED.search(line.text)
                    # "do you enjoy design?" of a design lead
                    or (topic is Topic.WORK and cues.LIKES_ANY.search(line.text)))
                    and cues.YES_START.match(fact.yes_no)  # "Not any more, I'm retired"
                    and not cues.LIKING_SAID.search(fact.yes_no)):
                liked = self._pick("like_it")
                if liked:
                    parts.append(liked)
                    own_kind, _ = self._story(topic)
            # what the card has no word on ("what does your colleague do?", "where do people
            # go for drinks?"): neither its place nor its facts answer it
            speaks = near or (self._card_speaks_to(line.text, topic)
                              and not (kin and self._no_kids_told(line.text, topic)))
            # the place for "where ...?", the name for "what's it called?" (asked again,
            # "where did you say you were from?", it is said in other words)
            specific = (self._where(topic) if question is QuestionKind.WH and speaks
                        and cues.ASKS_WHERE.search(line.text)
                        and not cues.AGAIN.search(line.text) else None)
            if specific is None and question is QuestionKind.WH and speaks and (
                    cues.ASKS_NAME_OF.search(line.text)):  # "what's it called?" of "Mabel"
                specific = self._name_of(topic, line.text)
            if specific is None and question is QuestionKind.WH and cues.ASKS_AGE.search(
                    line.text):  # "how old is your daughter?": the sentence with her age
                specific = self._sentence_saying(topic, cues.AGE_SAID)
            if (specific is None and question is QuestionKind.WH and memory.told.get(topic)
                    and which_asked):
                specific = self._pick("which_one")  # "Oh cool, a bank! Which one?"
            answer = own_kind or (self._how_long(topic, bool(cues.LIVED_HERE.search(line.text)))
                                  if settled and not says_yes_no else None) or specific
            kind = ReplyKind.YES_NO if question is QuestionKind.YES_NO else ReplyKind.ANSWER
            if answer is None and not speaks:
                # the form's answer, or an honest "not sure", not the card's fact on the topic
                answer = ((self._by_form(line.text) if question is QuestionKind.YES_NO
                           else None) or (topic is Topic.TRAVEL and self._pick("no_trip"))
                          or self._not_sure(line.text))
                kind = ReplyKind.UNCLEAR
            elif answer is None:
                answer = self._answer(topic, yes_no=says_yes_no, asked=line.text)
            if (roots_wanted and answer and not cues.FROM_SAID.search(answer)
                    and not re.search(r"\bfrom [A-Z]", answer)  # "moved here from Glasgow"
                    and (roots := self._sentence_saying(topic, cues.FROM_SAID)
                         or self._grew_up_told())):
                answer = f"{answer} {roots}"
            # "What do you do?" asked by someone who has not said: a person answers and
            # hands the same question back ("And you?").
            must_ask = must_ask or topic not in memory.user_told
            # "I'm a teacher. How do you know Sam?": answered, then back to the teacher.
            follow_up = _disclosed_topic(told)
            if follow_up is Topic.HOBBIES and told.like and not self._a_pastime(told.like):
                # "I love animals. Do you have any?": no "How did you get into that?"
                follow_up = next((t for t in found.told if t in _LIKED_KINDS), None)
        return self._close(parts, kind, topic, answer, must_ask, line.text, follow_up)

    def _answer_statement(self, line: UserLine, found: LineTopics, told: Disclosure,
                          question: QuestionKind, parts: list[str],
                          kind: ReplyKind | None) -> Reply:
        """A statement: react (done before when it was specific), share in return when it
        answered the partner's question, and ask about it."""
        memory = self.memory
        topic: Topic | None = None
        if set(parts) & {line for key in _WHOLE_REACTIONS
                         for line in self._wording.lines.get(key, ())}:
            # its kind word asked of the dreaded thing: the job in "a job interview tomorrow"
            # is not shared back after it
            return self._finish(parts, kind or ReplyKind.REACT, None, False)
        if cues.TROUBLE_WITH.search(line.text) and (local := self._local(line.text)):
            # "I can't work out the heating" got "Ah, right. Do you have any hobbies?": what
            # the place knows of it helps
            return self._finish([*parts, local], kind or ReplyKind.ANSWER, None, True)
        # "I am living here since six month" tells of home, whatever was asked before
        lived_for = bool(cues.own_duration(line.text) and (
            cues.LIVING_WORDS.search(line.text) or cues.HERE_SINCE.search(line.text)))
        disclosed = _disclosed_topic(told)
        if disclosed is Topic.HOBBIES and found.told and found.told[0] in _LIKED_KINDS:
            disclosed = found.told[0]  # "My favourite band is Radiohead." is of music
        statement_topic = (disclosed or (found.told[0] if found.told else None)
                           or (Topic.HOME if cues.NEW_HERE.search(line.text) or lived_for
                               else None))
        content = statement_topic is not None
        # "yeah, first time": an answer to our question; ask on about it
        # ... and "a friend told me about it" right after our question answers it too
        # ... but a bare "yeah" to "what do you like doing?", or "I don't know", tells nothing
        # (they got "Ah, that sounds good" and "How did you get into that?").
        said = line.text.strip()
        bare_yes_no = bool(cues.SHORT_ANSWER.match(said)) and len(said.split()) <= 3
        short_answer = (statement_topic is None and memory.last_question is not None
                        and not cues.NON_ANSWER.match(said)
                        and not (bare_yes_no and self._last_question_was_open())
                        and (bool(cues.SHORT_ANSWER.match(said))
                             # "taylor swift" to "what music are you into?", "IT" to "which
                             # team?" (they got "Mm, I see. Do you bake at all?")
                             or (memory.left_question and self._last_question_was_open()
                                 and not bare_yes_no and 1 <= len(said.split()) <= 2)
                             or (memory.left_question and len(line.text.split()) >= 3
                                 # "sorry im a bit shy. i'm mia" answers nothing it asked
                                 # (it got "How did you get into that?")
                                 and not cues.NERVOUS.search(said))))
        if short_answer:
            statement_topic = memory.last_question
            if statement_topic is not None and not bare_yes_no:
                # "yes, we were flatmates years ago" told it: not to be asked it again (a bare
                # "yeah" to "are you a friend of Sam's?" may still be asked how)
                memory.user_told.add(statement_topic)
        # "no, I don't have any pets": nothing to follow up ("What's their name?" was asked)
        said_no = bool(cues.NEGATIVE_START.match(said))
        reacted = not parts
        if reacted:
            neutral = said_no or bare_yes_no or bool(cues.NON_ANSWER.match(said))
            key = self._react_key(line.text, content or short_answer)
            if neutral and key == "react" and self._deck("react_neutral"):
                key = "react_neutral"  # a bare "yes" or "no" is no news to call lovely
            parts.append(self._pick(key) or "")
        answering = memory.last_question
        answers_us = statement_topic in (None, answering) or (
            # "Yes, I work with Sam at ..." answers "are you a friend of Sam's?"; a "yeah" can
            # answer no wh-question ("What music are you into?" - "yeah, it's nice here")
            bool(cues.YES_NO_START.match(line.text.strip()))
            and not self._last_question_was_open())
        # One-word answers in a row: share something of our own, not one more question
        shares = memory.terse >= 2 and memory.terse % 2 == 0  # now and then, not always
        # With a greeting, only when the introduction also answered our opening question ("Hi,
        # I'm Nadia, I went to university with Sam" got the name and a question on pets).
        if (answering is not None and answering not in memory.told
                and (content or shares) and answers_us
                and (kind is not ReplyKind.GREETING or statement_topic == answering)):
            own = self._answer(answering, yes_no=False) or ""
            if shares and not content and own:
                # after "ok" to "what do you get up to?", "Baking bread, mostly." alone reads
                # as answering its own question (a seventh play-test): "For me? Baking ..."
                own = (self._pick("share_own") or "") + own
            parts.append(own)
            topic = answering
        elif (content and statement_topic is not None and statement_topic in memory.asked_topics
              and statement_topic not in memory.told and kind is not ReplyKind.GREETING
              and self.persona.fact(statement_topic) is not None):
            # an earlier question of ours answered late ("yeah" to "how do you know Sam?",
            # then "I know Sam from work" two lines on): our own answer to it, not a new topic
            parts.append(self._answer(statement_topic, yes_no=False) or "")
            topic = statement_topic
        kind = kind or (ReplyKind.REACT if content else ReplyKind.UNCLEAR)
        follow = None if said_no else statement_topic or (Topic.HOBBIES if told.like else None)
        if follow is Topic.SETTING and question is QuestionKind.NONE:
            # "The speaker was pretty good, I thought": asking "What did you think of the
            # talk?" next would ask what was just said. A person gives their own view (once)
            # and talks on about something else.
            if (topic is None and not memory.told.get(Topic.SETTING)
                    and cues.GOOD_VIEW.search(line.text)
                    and not cues.DOWNBEAT.search(line.text)):
                if reacted:
                    parts[-1] = self._pick("react_agree") or parts[-1]  # not "Ha, fair enough."
                parts.append(self._answer(Topic.SETTING, yes_no=False) or "")
                topic = Topic.SETTING
            if topic is not None:
                memory.current = memory.telling = topic
            return self._finish(parts, kind, topic, True, avoid={Topic.SETTING})
        # An answer to our own question deserves a question on that answer.
        if follow is not None and (follow not in memory.asked_topics or short_answer
                                   or follow is answering):
            if topic is not None:
                memory.current = memory.telling = topic
            return self._finish(parts, kind, topic, True, follow_up=follow)
        return self._close(parts, kind, topic, None, True, line.text)

    # -- parts ----------------------------------------------------------------------------

    def _remember(self, told: Disclosure, found: LineTopics, text: str, greeting: bool
                  ) -> None:
        user = self.memory.user
        for key in ("name", "work", "job", "place", "like", "status"):
            value = getattr(told, key)
            if key == "work" and value and not cues.WORKPLACE.match(value):
                key = "field"  # "I work in marketing": a field, not a place
            if value:
                user[key] = value
                self.memory.user_since[key] = self.memory.replies
        self.memory.user_told.update(found.told)
        # what the user told of themselves is told, whatever words the topic packs heard
        self.memory.user_told.update(_disclosed_topics(told))
        short = (len(text.split()) <= 2 and found.question is QuestionKind.NONE
                 and not found.topics and not greeting)
        self.memory.terse = self.memory.terse + 1 if short else 0
        # the words before a question answer ours too: "Yeah, we play five-a-side together.
        # How about you?" was asked "And how do you know Sam?" back
        said = (text if found.question is QuestionKind.NONE
                else " ".join(s for s in cues.SENTENCE_END.split(text) if not s.endswith("?")))
        # (asking our question back, "we're neighbours. How do you know him?", the words
        # before it answer it whatever topic they name)
        asked_back = self.memory.last_question in found.asked[:1]
        if (self.memory.last_question is not None
                and (asked_back or (not found.told and not _disclosed_topics(told)))
                and len(said.split()) >= 3
                and (not greeting or cues.own_duration(text))):  # "Hi, I've been here a year"
            self.memory.user_told.add(self.memory.last_question)  # an answer to our question
        if told.work or told.job:
            self.memory.user_told.add(Topic.WORK)
        if told.place:
            self.memory.user_told.add(Topic.HOME)
        if cues.NEW_HERE.search(text):
            self.memory.new_here = True
        if cues.STARTING_JOB.search(text) and "status" not in self.memory.user:
            self.memory.user["status"] = "new_job"  # asked what they will do, not what they like
        if cues.KNOWS_HOST.search(text) and self.persona.fact(Topic.REASON):
            self.memory.user_told.add(Topic.REASON)  # "Sam's my cousin": how they know the host
        if cues.CAME_FOR.search(text):  # "I moved for a new job": why they came is told
            self.memory.user_told.add(Topic.REASON)
        if cues.CAME_WITH.search(text):  # "this is my friend Lucy": who they came with is told
            self.memory.user_told.add(Topic.REASON)
        if told.like:
            self.memory.user_told.add(Topic.HOBBIES)

    def _find(self, line: UserLine) -> LineTopics:
        """The line's topics; "what was it you said you do?" is looked up without its
        "you said", which names no topic and hides the one asked about."""
        found = self._topics.find(line.text, line.labels)
        if found.topics or not cues.REPORTED.search(line.text):
            return found
        # ("what did you say you do again?" leaves "what you do again?": its "do" put back)
        again = self._topics.find(with_auxiliary(cues.REPORTED.sub("", line.text)), line.labels)
        return dataclasses.replace(again, question=found.question) if again.topics else found

    @staticmethod
    def _benign(label: MoveLabel, text: str, told: Disclosure) -> bool:
        """An avoid label that a person would not step away from: a moan that tells about
        the user ("I work in marketing, it's pretty boring", "my commute is killing me") is
        met with interest or sympathy; and what is no such topic to anyone (`not_meant_as`:
        bad news, a mix-up, "how did you hear about this?")."""
        if label is MoveLabel.COMPLAINT:  # ... nor "I had an awful lot of fun" one at all
            told_something = bool(told.work or told.job or told.like or told.place)
            if told_something or cues.own_moan(text) or (
                    cues.NOT_HARD.search(text) and not cues.ABOUT_SCENE.search(text)):
                return True
        return cues.not_meant_as(label, text)

    def _said_back(self, text: str) -> Topic | None:
        """The topic whose words, said by the partner already, the user asks back ("you said
        Sam's the goalkeeper?"); None when the line asks back nothing it said."""
        asked = cues.SAID_BACK.search(text)
        if asked is None:
            return None
        wanted = cues.content_stems(asked.group("what"))
        for topic, fact in self.persona.facts.items():
            said = [line for line in fact.lines() if line.lower() in self.memory.said]
            if wanted and wanted & cues.content_stems(" ".join(said)):
                return topic
        return None

    def _guess(self, text: str, found: LineTopics) -> tuple[Topic, bool] | None:
        """The card's topic that "you're an engineer?" guesses at, and whether the guess is
        right (its words are in the card's fact); None when the line guesses nothing (or is
        about another topic: "you're a dog person?")."""
        guessed = cues.GUESS.search(text)
        if guessed is None:
            return None
        verb = guessed.group(1).split()[-1].lower()  # "you work in finance" -> "I work in"
        told = disclosure(f"I {verb} {guessed.group(2)}" if verb in ("work", "live", "come")
                          else f"I'm {guessed.group(2)}")
        topic = _disclosed_topic(told)
        if found.main not in (None, topic):
            return None
        fact = self.persona.fact(topic)
        if topic is None or fact is None or topic is Topic.HOBBIES:
            return None
        said = " ".join((fact.answer, fact.yes_no, *fact.story)).lower()
        named = told.job or told.work or told.place or ""
        words = [cues.stem(word) for word in textnorm.words(named) if len(word) >= 3]
        return topic, bool(words) and all(word in said for word in words)

    def _without_place(self, found: LineTopics, text: str, keep_home: bool) -> LineTopics:
        """`found` without the topics that the words naming the scene's place brought in,
        so the line's other questions stay. "What's the area like?" may still hear where the
        partner lives (`keep_home`); "is it a quiet street?" wants a yes or no, not that."""
        named = self._place_asked.search(text)
        rest = f"{text[:named.start()]} {text[named.end():]}" if named else text
        kept = set(self._topics.find(rest).topics) | ({Topic.HOME} if keep_home else set())
        return dataclasses.replace(found, each=tuple(
            other for other in found.each if other in kept))

    def _liking_it(self, topic: Topic | None, text: str) -> list[str]:
        """"How long have you been here, and do you like it?": "it" is the place just asked
        about, so the second half gets the setting fact."""
        liking = cues.LIKE_IT.search(text)
        if (topic not in (Topic.REASON, Topic.HOME, Topic.WORK) or not liking
                or cues.LIKE_THERE.search(text) or self.persona.fact(Topic.SETTING) is None
                # "Do you enjoy it?" alone, just after the work answer: "it" is the work
                # (and "Wow, that must be hard. Do you like it?": its own sentence)
                or len(cues.SENTENCE_END.split(text[:liking.start()])[-1].split()) < 3):
            return []
        return [part for part in (self._answer(Topic.SETTING, yes_no=False),) if part]

    def _other_answers(self, found: LineTopics, main: Topic | None, kin: bool) -> list[str]:
        """Answers to the line's other questions, in the order asked ("What do you do, and do
        you live around here?" gets both)."""
        facts = {self.persona.fact(main)}
        answers = []
        for other in found.each:
            fact = self.persona.fact(other)
            if other is Topic.NAME or fact is None or fact in facts or (
                    kin and other is Topic.FAMILY):
                continue
            facts.add(fact)
            answer = self._answer(other, yes_no=False)
            if answer:
                answers.append(answer)
        return answers

    def _react_key(self, text: str, content: bool) -> str:
        """Which reaction fits a statement: a let-down gets sympathy, not "Oh, nice."."""
        if cues.MILD_ANSWER.search(text) and self._deck("react_mild"):
            return "react_mild"  # "its ok. bit boring": no "that sounds like a lot"
        if cues.DOWNBEAT.search(text) and self._deck("react_down"):
            return "react_down"
        # "I loved the bit about burnout. Very relatable." got "Mm, right."
        if cues.LOVED_IT.search(text) and self._deck("react_enjoyed"):
            return "react_enjoyed"
        if cues.KIDS_TOLD.search(text) and self._deck("react_kids"):
            return "react_kids"
        if (_OWN_PET.search(text) and not _NO_PET.search(text)
                and not _PET_TROUBLE.search(text) and self._deck("react_pet")):
            return "react_pet"  # "My dog is called Biscuit.": not "Oh really? That's interesting."
        if cues.GOING_TO.search(text) and self._deck("react_trip_ahead"):
            return "react_trip_ahead"  # "We're going to Italy next month."
        return "react" if content else "unclear"

    def _greeting(self, new_name: bool, met_before: bool = False) -> str | None:
        """The greeting back: the partner's name with the user's, once; `met_before`: the
        user greets it as someone they know ("Hi again! I'm Fatima, remember?")."""
        memory = self.memory
        if met_before and not memory.introduced and self._deck("greet_known"):
            memory.introduced = True
            named = "name" in memory.user and self._deck("greet_known_named")
            return self._pick("greet_known_named" if named else "greet_known")
        if (new_name and memory.user.get("name", "").casefold() == self.persona.name.casefold()
                and self._deck("same_name")):
            # "Hi, I'm Jordan" to Jordan: "Lovely to meet you, Jordan. I'm Jordan." is absurd
            memory.introduced = True
            return self._pick("same_name")
        if memory.introduced:  # a name heard now is greeted, the rest is said already
            return self._pick("greet_name_later" if new_name else "greet_again")
        memory.introduced = True
        key = "greet_named" if "name" in memory.user else "greet"
        return self._pick(key)

    def _answer(self, topic: Topic | None, yes_no: bool, asked: str = "") -> str | None:
        """The card's answer on `topic` (its yes/no answer for a yes/no question `asked`)."""
        fact = self.persona.fact(topic)
        if fact is None or topic is None:
            return self._pick("no_fact")
        if not cues.echo_fits(asked, fact.yes_no):
            # "Yes, I am!" answers "are you a friend of Sam's?"; to "have you been to one of
            # Sam's parties?" it says "Yes!"
            fact = dataclasses.replace(fact, yes_no=cues.without_echo(fact.yes_no))
        if cues.ASKED_IF_BEEN_BEFORE.search(asked):
            # "Have you been to one of these before?": "Yes, it's my first time too!" was
            # written for "is it your first time?"; asked the other way round, it is a no
            fact = dataclasses.replace(fact, yes_no=cues.as_been_before(fact.yes_no))
        if (cues.YES_START.match(fact.yes_no) and (guess := cues.guessed(asked))
                and not cues.content_stems(guess) & cues.content_stems(" ".join(fact.lines()))
                and (no := self._pick("not_quite"))):
            # "do you know Sam from work?" got "Yes! We met at a cooking class": the guess is
            # wrong, so no yes
            fact = dataclasses.replace(fact, yes_no=f"{no} {fact.answer}")
        memory = self.memory
        times = memory.told.get(fact.topic, 0)
        memory.told[fact.topic] = times + 1
        if topic is not fact.topic:
            memory.told[topic] = memory.told.get(topic, 0) + 1
        # The yes/no answer of a stand-in fact answers another question ("do you have family
        # here?" -> "Yes, about ten minutes away"); a trip is recent news, so that one may.
        # (and of a trip, only when the stand-in tells of one: "Yes, I've just come back from
        # paternity leave." answered "have you been anywhere nice on holiday?")
        yes_no = yes_no and (topic is fact.topic or (
            topic is Topic.TRAVEL and bool(cues.TRIP_TOLD.search(" ".join(fact.lines())))))
        # The yes/no answer without a sentence said already ("Yes, I'm enjoying it." when "It's
        # friendlier than I expected." was in the answer).
        yes_part = " ".join(sentence for sentence in cues.SENTENCE_END.split(fact.yes_no)
                            if not cues.sentence_keys(sentence) & self.memory.sentences)
        heard = cues.content_stems(memory.last_heard)
        asked_before = memory.asked_stems.get(fact.topic, set())
        memory.asked_stems[fact.topic] = asked_before | heard
        for candidate in [fact.yes_no, yes_part, fact.answer] if yes_no else [fact.answer]:
            if candidate and self._fresh(candidate) and not (
                    candidate is fact.answer and times and self._said_in_other_words(candidate)
            ) and (
                    candidate is not yes_part or cues.YES_NO_START.match(candidate)):
                return self._use(candidate)
        if (times and heard - asked_before and self._story_left(fact.topic)
                and not cues.AGAIN.search(memory.last_heard)
                and not cues.REPORTED.search(memory.last_heard)):
            # A question after more on what it told, in words not asked before ("is the pub
            # actually good?"): the story goes on, where the same facts again ("Like I said,
            # ...") answered a seventh play-tester's follow-ups. Asked the same words again,
            # it says them again (below).
            step, _told = self._story(fact.topic)
            if step:
                return step
        # The same question again: the same facts, in other words. The yes/no answer without
        # its "yes" says them differently; after that, the answer's first sentence.
        bare = cues.YES_NO_WORD.sub("", fact.yes_no, count=1).strip()
        head, rest = cues.split_clause(bare)
        if len(head.split()) <= 2 and rest:  # "I am! We play ..." -> "We play ..."
            bare = rest
        first = cues.SENTENCE_END.split(fact.answer, maxsplit=1)[0]
        for base in (bare, first):
            if not base or base.split()[0].lower().strip(",.!") not in cues.LOWER_STARTS | {"i"}:
                continue
            if base.split()[0].lower().strip(",.!") != "i" and not base.startswith("I'"):
                base = base[:1].lower() + base[1:]
            for prefix in self._deck("repeat_prefix"):
                if self._fresh(prefix + base):
                    return self._use(prefix + base)
        for prefix in self._deck("repeat_prefix"):
            if self._fresh(prefix + first):
                return self._use(prefix + first)
        return None

    def _own_yes_no(self, text: str) -> tuple[str, bool] | None:
        """The whole answer to a yes/no question that no card fact answers, and whether the
        reply asks back after it: "is there a gym nearby?" that the scene knows nothing of
        (not "No, I'm from Leicester."), "do you know my friend Leo?", "do you know anyone
        hiring?", "Board games. Is that weird?" (not "Yes, I draw!")."""
        if (people := self._from_people(text)) is not None:
            return people, True
        if cues.ASKS_IF_JUST_MOVED.search(text) and (
                moved := self._sentence_saying(Topic.HOME, cues.JUST_MOVED_SAID)):
            # "Settled in? Did you just move here?" got "No, I'm from Glasgow." from a card
            # two months in town: yes, and how new
            return f"{self._pick('yes_short') or 'Yes!'} {moved}", True
        if cues.IS_THERE_NEARBY.search(text) and not self._local_fact(text) and not (
                cues.asks_advice(text)):
            key, asks_back = "no_local", False
        elif cues.ASKS_IF_KNOWS_COLLEAGUE.search(text) and self._deck("know_colleague"):
            key, asks_back = "know_colleague", True  # "Do you know Karen? She's my manager."
        elif cues.ASKS_IF_KNOWS_THEM.search(text):
            key, asks_back = "dont_know_them", False
        elif cues.ASKS_IF_HIRING.search(text) and self._deck("hiring"):
            key, asks_back = "hiring", False
        elif cues.ASKS_IF_KNOWS_SOMEONE.search(text):
            key, asks_back = "dont_know_anyone", False
        elif cues.ASKS_IF_ODD.search(text):
            key, asks_back = "not_odd", True
        elif ((place := cues.ASKED_IF_BEEN_TO.search(text))
              and not self._card_names(place.group("thing"))):
            # "the new Thai place on the high street": not the card's home on the high street;
            # a place the scene knows, what it knows of it
            local = self._local(text)
            if local:
                return local, False
            key, asks_back = "not_yet", False
        elif ((heard := cues.ASKED_IF_HEARD.search(text))
              and not self._card_names(heard.group("thing")) and self._deck("not_heard")):
            # "Did you hear about the new bakery?" got the card's curry ("Yes, it's great!")
            key, asks_back = "not_heard", False
        elif cues.ABOUT_THEM_TAG.search(text) and self._deck("agree_about_them"):
            # "The teacher is really patient, isn't she?" got "Ha, not exactly! I'm an
            # engineer." ("teacher" read as a guess at its job): a view of someone else, shared
            key, asks_back = "agree_about_them", True
        elif (cues.PERMISSION.search(text) and _HAS_A_PET.search(text)
              and (pets := self._local("are pets allowed"))):
            return pets, False  # "I have a cat. Is it ok in the building?": the house rule
        elif (cues.PERMISSION.search(text) and not self._local_fact(text)
              and self._deck("permission")):
            # "Is it ok to bring food from home?" got "Yes, Thursday curry in the canteen ..."
            key, asks_back = "permission", False
        else:
            return None
        said = self._pick(key)
        if said and key in ("dont_know_them", "know_colleague", "agree_about_them"):
            # "Do you know my sister?": "What's she like?"
            said = cues.with_pronoun(said, text)
        return (said, asks_back) if said else None

    def _not_sure(self, text: str) -> str | None:
        """Not known: of the place or the world, with where to ask; of itself, what a person
        says by the question's form alone (a bit of both, I think so, quite a few, a quiet
        weekend) rather than "I'm not sure" about its own life, which an eleventh play-test
        met 43 times."""
        if cues.ASKED_OF_WORLD.search(text):
            return self._pick("not_sure_world") or self._pick("no_answer")
        # the question asked ("do you think I could make a vase? for my daughter")
        asked = next((part for part in reversed(cues.QUESTION_SENTENCE.findall(text))
                      if part.endswith("?")), _last_sentence(text))
        for cue, key in ((cues.OWN_DAYS_ASKED, "quiet_days"), (cues.CHOICE_ASKED, "both_really"),
                         # "do you ever get nervous?", "how old are you?" (a twentieth
                         # play-test: "Oh, I couldn't say, really.")
                         (cues.FEELING_ASKED, "sometimes"), (_OWN_AGE_ASKED, "own_age"),
                         (cues.ASKS_IF_BAD, "a_little"), (cues.VIEW_ASKED, "think_so"),
                         (cues.COUNT_ASKED, "quite_a_few")):
            said = self._pick(key) if cue.search(asked) else None
            if said:
                return said
        return self._pick("no_answer")

    def _kin_told_of(self, topic: Topic) -> str:
        """The one of its people that the card's fact on `topic` speaks of, as asked after
        ("your daughter", of "My daughter is four months old"), or ""."""
        fact = self.persona.fact(topic)
        kin = cues.OWN_KIN_SAID.search(" ".join(_told_lines(fact))) if fact else None
        return f"your {kin.group(1)}" if kin else ""

    def _lives_with(self) -> str | None:
        """Who it lives with: the card's sentence that says ("It's just me, and a borrowed dog
        at weekends", "My wife Sara and I have a baby daughter"), else "just me" when the card
        says it has no partner; None when the card says neither."""
        for topic in (Topic.FAMILY, Topic.HOME):
            said = self._sentence_saying(topic, cues.LIVES_WITH_SAID)
            if said:
                return said
        family = self.persona.fact(Topic.FAMILY)
        if family and cues.NO_PARTNER_SAID.search(" ".join(_told_lines(family))):
            return self._pick("live_alone")
        return None

    def _from_people(self, text: str) -> str | None:
        """"Are you Nigerian?" of a card that grew up in Lagos: yes, with the card's sentence
        that names the place (None when the card names none of that people's places)."""
        asked = cues.DEMONYM_ASKED.search(text)
        places = cues.DEMONYM_PLACES.get(asked.group("people").lower(), ()) if asked else ()
        for fact in self.persona.facts.values():
            for sentence in _sentences_saying(fact.lines(), re.compile(
                    r"\b(" + "|".join(places) + r")\b", re.IGNORECASE)) if places else ():
                yes = self._pick("yes_from") or "Yes!"
                return f"{yes} {cues.YES_NO_WORD.sub('', sentence)}"
        # "Are you Scottish?" of a card from elsewhere: no, and where it is from
        home = self._sentence_saying(Topic.HOME, cues.FROM_SAID) if places else None
        no = self._pick("no_from") if places else None
        if no and home:
            return f"{no} {cues.YES_NO_WORD.sub('', home)}"
        return no  # (a card that says nowhere: a plain no, of a people it names no place of)

    def _card_names_kind(self, kind: str) -> bool:
        """Whether a line of the card names its own one of `kind` ("the website team" for
        "which team?"); "which one?" names no kind."""
        kind = kind.lower()
        return kind != "one" and any(
            re.search(rf"\b{re.escape(kind)}\b", line, re.IGNORECASE)
            for fact in self.persona.facts.values() for line in fact.lines())

    def _amenity(self, text: str) -> str | None:
        """Where a gym, a pool or a hairdresser is, asked of a place the scene knows nothing
        of: someone settled has a rough idea, one who uses one says so, a newcomer does not
        know yet ("Where's the pool?" got "Keep your elbows tucked in", a gym "nothing comes
        to mind" from someone twelve years upstairs: a twelfth play-test)."""
        asked = cues.AMENITY_ASKED.search(text)
        if asked is None or self._local_fact(text) is not None:
            return None
        thing = asked.group("thing").lower()
        if cues.IN_THE_BUILDING.search(text):
            return self._pick("no_local")
        self.memory.no_help = True
        root = cues.stem(re.sub(r"'?s$", "", thing.split()[-1]))  # "hairdresser's", "gyms"
        # a card sentence naming one, and not as one it does without ("so I don't need a gym")
        uses_one = any(root in {cues.stem(word) for word in textnorm.words(sentence)}
                       and not _DOES_WITHOUT.search(sentence)
                       for fact in self.persona.facts.values() for line in fact.lines()
                       for sentence in _SENTENCES.split(line))
        if uses_one and (own := self._pick("local_own")):
            return own
        if self._sentence_saying_any(Topic.HOME, cues.JUST_MOVED_SAID):  # new in town itself
            return self._pick("not_sure_thing", thing=thing) or self._pick("no_local")
        return self._pick("local_guess") or self._pick("no_local")

    def _local_fact(self, text: str) -> LocalFact | None:
        """The scenario's [[local]] fact that a question names by one of its words."""
        said = f" {' '.join(textnorm.words(text))} "
        return next((fact for fact in self.scenario.local
                     if any(f" {word} " in said for word in fact.words)), None)

    def _local(self, text: str) -> str | None:
        """What anyone at the scene knows (the scenario's [[local]] facts) that a question
        names by one of its words; said once, then "as I said"."""
        fact = self._local_fact(text)
        if fact is None:
            return None
        self.memory.helping = True
        return self._once_then_again(fact.answer)

    def _once_then_again(self, answer: str) -> str | None:
        """`answer` the first time, "As I said, ..." after (None once both are said)."""
        if self._fresh(answer):
            return self._use(answer)
        # (its first sentence alone, when the rest would sound said twice: "where did you say
        # you grew up?" got where it lives, "In a mining town in Wales. I moved here for work
        # years ago." being said already whole)
        first = _SENTENCES.split(answer, maxsplit=1)[0]
        for prefix in self._deck("repeat_prefix"):
            for said in dict.fromkeys((answer, first)):
                again = prefix + said[:1].lower() + said[1:]
                if self._fresh(again):
                    return self._use(again)
        return None

    def _everyday(self, text: str, question: QuestionKind, found: LineTopics,
                  parts: list[str]) -> list[str] | None:
        """An everyday question that no topic of the card covers ("do you have siblings?",
        "are you a morning person?"): the card's [persona.everyday] answer, and the same
        question back unless the user told theirs. None when the card has no answer."""
        asked = everyday.asked(text, question is not QuestionKind.NONE)
        answer = self.persona.everyday.get(asked.id) if asked else None
        if asked is None or answer is None or _RECOMMEND.search(text):
            return None  # ("can you recommend any good films?" asks for a title)
        if asked.card_says(self.persona.fact(asked.card_topic)):
            return None  # "do you cook?" of a card whose food fact is its jollof rice
        if asked.remark and cues.WEATHER_MOAN.search(text):
            return None  # "ugh, this rain": a moan to agree with, as before
        if question is QuestionKind.NONE and found.topics:
            return None  # "I walked here in the rain, my flat's close by": about the flat
        said = self._once_then_again(answer)
        if said is None:
            return None
        # "what's the worst part of your job?" is asked, not a let-down to be sorry for; "what's
        # something you're proud of?" praises no one (the classifier took it for a compliment)
        dropped = set(self._wording.lines.get("react_down", ()))
        if not (cues.PRAISE.search(text) or cues.PRAISE_OF_YOU.search(text)):
            dropped |= {*self._wording.lines.get("thanks", ()),
                        *self._wording.lines.get("compliment_back", ())}
        parts[:] = [part for part in parts if part not in dropped]
        # (the very question the user asked, handed back: `_askable` would refuse it)
        back = asked.ask and not everyday.told(text, asked) and self._fresh(asked.ask)
        return [said, self._use(asked.ask)] if back else [said]

    def _asked_everyday(self) -> bool:
        """Whether its last reply handed an everyday question back ("How's your day been?")."""
        last = self.memory.last_parts[-1] if self.memory.last_parts else ""
        return any(last == question.ask for question in everyday.load_questions())

    def _by_form(self, text: str) -> str | None:
        """An answer to a yes/no question the card has nothing on, from its form alone: no
        to having been, seen or owned something (nothing on the card says otherwise)."""
        # "Have you been?" of their Lisbon, told before or in the same line
        trip = "trip" in self.memory.user or bool(cues.GOING_TO.search(text))
        if cues.ASKED_IF_EVER.search(text) and trip and (been := self._pick("not_been_there")):
            return been
        # "do you ever get nervous?" asks a feeling, not whether it has ever done a thing
        for cue, key in ((cues.FEELING_ASKED, "sometimes"),
                         (cues.ASKED_IF_CAUGHT, "missed_it"), (cues.ASKED_IF_EVER, "not_yet"),
                         (cues.ASKED_IF_OWNS, "dont_have"), (cues.ASKS_OWN_KIDS, "dont_have"),
                         (cues.ASKED_HOW_MUCH, "not_much")):
            if cue.search(text):
                if key == "missed_it" and not cues.EVENT_WORDS.search(text):
                    # "have you seen that new bridge they're building?", "have you seen him?":
                    # no show to have missed (it got "No, I didn't catch it. Was it good?")
                    key = "not_seen_them" if cues.SEEN_SOMEONE.search(text) else "not_seen"
                if key == "not_yet" and _OF_SOMEONE.search(text):
                    # "have you visited her there?": no "Have you?" about their sister
                    return self._pick("not_yet_plain") or self._pick(key)
                return self._pick(key)
        return None

    def _settled_topic(self, text: str, asked: Topic | None) -> Topic | None:
        """The topic of a question on how settled the partner is: "do you know many people
        here?" is its reason for being here; "how long have you lived here?" is its home,
        unless its reason for being here is where it lives (a neighbour)."""
        reason = self.persona.fact(Topic.REASON)
        if cues.LIVED_HERE.search(text) and reason is not None and self.persona.fact(Topic.HOME):
            lives_here = cues.LIVING_WORDS.search(" ".join(reason.lines()))
            return Topic.REASON if lives_here else Topic.HOME
        if cues.HOW_SETTLED.search(text) and asked in (None, Topic.REASON, Topic.SETTING):
            return Topic.REASON
        return asked

    def _recall(self, text: str) -> str | None:
        """The user's own fact they ask after ("which team did I say I was joining?"), in
        their words, or an honest "you didn't say" (None when the line names nothing of
        theirs)."""
        asked = next((part for part in _SENTENCES.split(text) if cues.RECALL.search(part)), text)
        if cues.OWN_KIN.search(asked):
            # "do you remember my sister's job?" is hers (see _recall_said); "Kids are the
            # best. Sorry, what did I say I do for work?" asks theirs
            return None
        for asks, keys in cues.RECALL_KEYS:
            if asks.search(text):
                for key in keys:
                    if key in self.memory.user:
                        said = self._pick(f"recall_{key}")
                        if said:  # "the marketing team, wasn't it?" opens a sentence
                            return said[:1].upper() + said[1:]
                # not as a fact, but maybe in their words ("what I used to do for work")
                return self._recall_said(text) or self._pick("recall_untold")
        # no fact of theirs kept for it: maybe their words ("how do I know Sam?" - "I know Sam
        # from five-a-side football")
        return self._recall_said(text)

    def _recall_said(self, text: str) -> str | None:
        """The user's own earlier sentence that a question about them names ("how many cats
        do I have?" after "I live in Camden with my two cats."), said back in the second
        person; None when none of theirs names what is asked."""
        asked = _recall_stems(text, cues.COMMON_WORDS | _RECALL_WORDS)
        # how it may have been told ("who I came with" - "I came with my friend Ellie"):
        # weighed above a shared word, being the thing asked
        told_as = [told for asks, told in _RECALLED_BY if asks.search(text)]
        # else their answer to a question of ours with the same words ("what would you like
        # to make?" - "a mug I think", then "do you remember what I want to make?")
        asked_of_them = _recall_stems(text, _RECALL_COMMON)
        if not (asked or told_as or asked_of_them):
            return None
        named = self._named_thing_asked(text)
        if named:  # "which hospital did I say it was?": "St Mary's hospital, you said!"
            return self._pick("recall_thing", thing=named)
        best, overlap = None, 0

        work_asked = bool(_WORK_ASKED.search(text))

        def score(part: str) -> int:
            told = disclosure(part) if work_asked else None
            told_job = bool(told and (told.job or told.work))
            return (len(asked & _recall_stems(part))
                    + 2 * (sum(1 for told in told_as if told.search(part)) + told_job))

        for said in self.memory.heard:
            # (a question of theirs tells nothing of them, nor does "Ha, okay.")
            sentences = [part for part in cues.SENTENCE_END.split(said)
                         if part and "?" not in part and not cues.ASKED_OF_YOU.search(part)
                         and _recall_stems(part)]
            for number, sentence in enumerate(sentences):
                shared = score(sentence)
                if shared > overlap:
                    # from the clause that names it ("Sorry, I'm a bit giddy, I just got into
                    # the master's programme"), with what goes on about it: "I have a little
                    # boy, he's three. His name is Omar." for "do you remember my son's name?"
                    clauses = sentence.split(", ")
                    while len(clauses) > 1 and not score(clauses[0]):
                        clauses = clauses[1:]
                    # nor what follows it with "and" ("my dad's just gone into hospital and
                    # my head's a bit all over the place", asked which hospital)
                    joined = re.split(r" and (?=(?:my|i|i'm|i've|it|it's|we)\b)", clauses[-1])
                    if len(joined) > 1 and not score(" and ".join(joined[1:])):
                        clauses[-1] = joined[0]
                    more = [part for part in sentences[number + 1:number + 2]
                            if _GOES_ON.match(part)]
                    best, overlap = " ".join([", ".join(clauses), *more]), shared
        for question, answer in self.memory.answered if best is None else ():
            if answer == self.memory.last_heard:
                continue  # the line that asks is no answer given before
            shared = len(asked_of_them & _recall_stems(question, _RECALL_COMMON))
            if shared > overlap and cues.content_stems(answer):
                best, overlap = _first_told(answer), shared
        if best is None:  # asked outright to remember what they never said
            return self._pick("recall_untold") if cues.ASKS_TO_REMEMBER.search(text) else None
        told_there = disclosure(best)
        if (work_asked or _TEAM_ASKED.search(text)) and (told_there.work or told_there.job):
            # "do you even remember what team im in": the team, not their whole first line
            # ("You told me hey morning yeah you're new started today in the marketing team!")
            return (self._pick("recall_job", job=told_there.job) if told_there.job
                    else self._pick("recall_thing", thing=_sentence_case(
                        cues.said_back(told_there.work or ""))))
        thing = cues.said_back(best)
        if cues.BAD_NEWS.search(best) or cues.NERVOUS.search(best):
            # their trouble said back is no cheerful "You said ...!" (a twentieth play-test)
            return self._pick("recall_said_gently", thing=thing) or self._pick(
                "recall_said", thing=thing)
        if len(thing.split()) > _LONG_QUOTE:
            thing = _RELATIVE_TAIL.sub("", thing)  # "... Dumpling who is probably asleep on ..."
        if (_NOUN_PHRASE.match(thing) or not _SUBJECT_FIRST.match(thing)) and not _FINITE.search(
                thing):
            # "a very fat cat called Dumpling" is no clause: "You told me a very fat cat" was
            # read as broken (a sixteenth play-test)
            return self._pick("recall_thing", thing=_sentence_case(thing))
        return self._pick("recall_said", thing=thing)

    def _talk_advice(self, text: str) -> str | None:
        """A tip on talking to people, when that is what the line asks; a tip not given
        before (the deck's next), or None."""
        # (of talking to people, only when how or a tip is asked: "do you like small talk?"
        # asks its taste)
        key = ("advice_apologising" if cues.APOLOGISING_ADVICE.search(text)
               else "advice_talking" if cues.TALK_ADVICE.search(text) and (
                   cues.asks_advice(text) or _HOW_ASKED.search(text))
               else "advice_hard_talk" if cues.HARD_TALK_ADVICE.search(text) else None)
        return self._pick(key) if key else None

    def _named_thing_asked(self, text: str) -> str | None:
        """ "Which hospital did I say it was?": the place or thing of that kind they named by
        its name ("St Mary's hospital"), in any line of theirs, a request included; None when
        the question asks no "which" or they named none."""
        pet = _THEIR_ONES_NAME.search(text)
        if pet is not None:
            # "Bet you can't remember my cat's name": "Biscuit, wasn't it?" (it said back the
            # whole line about the cat)
            kind = (pet.group(1) or pet.group(2)).lower()
            called = re.compile(rf"\b{re.escape(kind)}\b[^.!?]{{0,40}}?\b"
                                r"(?:called|named) ([A-Z][\w']*)", re.IGNORECASE)
            for said in reversed(self.memory.heard):
                found = called.search(said)
                if found and found.group(1)[:1].isupper():
                    return found.group(1)
        which = _WHICH_OF_THEIRS.search(text)
        if which is None:
            return None
        word = which.group(1).lower()
        # "which classes" of a class; "which bus" stays a bus
        kind = word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) else word
        named = re.compile(rf"\b((?:[A-Z][\w']*\s)+(?i:{re.escape(kind)})s?)\b")
        for said in reversed(self.memory.heard):
            found = named.search(said)
            if found and found.group(1)[:1].isupper() and found.group(1).split()[0] not in (
                    "The", "A", "My", "Our", "I", "It", "Which", "What"):
                return found.group(1)
        return None

    def _courtesy_reply(self, line: UserLine, found: LineTopics) -> Reply | None:
        """The whole reply to a courtesy: "sorry, I forgot your name" gets the name, an
        apology is waved away, an offer of help thanked (None for any other line)."""
        if cues.CARD_ASKED.search(line.text) and (given := self._pick("give_card")):
            self.memory.card_given = True
            return self._finish([given], ReplyKind.REACT, None, False)
        if cues.INTRODUCE_ME.search(line.text) and (along := self._pick("introduce")):
            # it got "I'm not sure, to be honest" (a session of my own)
            return self._finish([along], ReplyKind.REACT, None, False)
        if cues.CARD_GIVEN.search(line.text) and (taken := self._pick("card_back")):
            # "here's my card in case you ever need cakes!" was thanked as a compliment; "...
            # and if you think of a web designer, email me?" is agreed to as well
            also = self._proposal_answer(line.text, found, set(line.labels))
            return self._finish([taken, also or ""], ReplyKind.REACT, None, also is None)
        if cues.FORGOT_NAME.search(line.text) or cues.ASKS_NAME_SHORT.match(line.text):
            self.memory.introduced = True
            return self._finish([self._pick("own_name") or self.persona.name],
                                ReplyKind.ANSWER, None, False)
        if found.question is QuestionKind.NONE or cues.OFFER.search(line.text):
            for asks, key in ((cues.APOLOGY, "apology_accepted"), (cues.OFFER, "offer_thanks"),
                              (cues.FUTURE_OFFER, "offer_later_thanks")):
                if key == "offer_thanks" and cues.REFRESHMENT.search(line.text):
                    key = "accept_treat"  # a drink offered is taken, not "I can manage"
                kindly = self._pick(key) if asks.search(line.text) else None
                if kindly:  # "sorry about the noise", "can I help with your bags?"
                    return self._finish([kindly], ReplyKind.REACT, None, True)
        return None

    def _how_long_reply(self, line: UserLine, found: LineTopics) -> Reply | None:
        """The reply to "how long have you been a nurse?" (of what it asks after by its
        words) or "how long have you been doing that?" (of what was just told); None when the
        line asks no such thing, or of nothing the card has ("how long have you been
        coming?" asks it of the reason it is here)."""
        if (not cues.HOW_LONG_ASKED.search(line.text) or self._asks_how_settled(line.text)
                or len(found.each) > 1):
            return None
        found = self._lived_in_town(found, line.text)
        about = (Topic.REASON if Topic.REASON in found.topics else None) or (
                 (found.asked or found.told or (None,))[0]
                 or self._fact_named(line.text, stories=False)
                 # "I meant how long, like years?": of what it has just told
                 or (self.memory.telling if cues.POINTS_BACK.search(line.text)
                     or cues.CORRECTS.search(line.text) else None))
        fact = self.persona.fact(about)
        if about is None or fact is None:
            return None
        said = self._how_long(about)
        if said:
            return self._finish([said], ReplyKind.ANSWER, about, True)
        # the card does not say: "a good while", and on (not of a pastime it calls new)
        vague = None if cues.CALLS_ITSELF_NEW.search(fact.answer) else self._pick(
            "how_long_untold")
        if vague is None:
            return None
        more, _ = self._story(about)
        return self._finish([vague, more or ""], ReplyKind.STORY, about, True)

    def _lived_in_town(self, found: LineTopics, text: str) -> LineTopics:
        """"How long have you lived here?" is of the reason it is here in a building of
        neighbours, whose reason says how long it has lived there; elsewhere (at work, at a
        party) of home ("In my first week I asked where the toilets were three times." and
        "It's my first time too!" answered it)."""
        reason = self.persona.fact(Topic.REASON)
        if (Topic.REASON not in found.asked or not cues.LIVED_HERE.search(text)
                or self.persona.fact(Topic.HOME) is None
                or (reason is not None and cues.LIVING_WORDS.search(" ".join(reason.lines())))):
            return found
        asked = tuple(Topic.HOME if topic is Topic.REASON else topic for topic in found.asked)
        return dataclasses.replace(found, asked=asked, each=asked[:1])

    def _newcomer(self) -> bool:
        """Whether the card's reason for being here says it is new (weeks or months, a first
        time), so that it knows few people yet."""
        reason = self.persona.fact(Topic.REASON)
        said = " ".join(reason.lines()) if reason is not None else ""
        return bool(cues.NEW_SAID.search(said) or cues.SHORT_STAY.search(said))

    @staticmethod
    def _asks_how_settled(text: str) -> bool:
        return bool(cues.HOW_SETTLED.search(text) or cues.LIVED_HERE.search(text))

    def _yes_no_misleads(self, topic: Topic | None, text: str) -> bool:
        """Whether the card's yes/no answer on `topic` may be the wrong way round for this
        question on how settled the partner is (cues.NEWCOMER)."""
        fact = self.persona.fact(topic)
        if fact is None:
            return True
        # asked if new: a yes that says new ("Yes, it's my first time too!") or a no that
        # does not ("No, my third time."); asked if long: a yes that says years, or a no that
        # does not
        says = cues.NEW_SAID if cues.NEWCOMER.search(text) else cues.LONG_STAY
        said = bool(says.search(fact.yes_no))
        if cues.YES_START.match(fact.yes_no):
            return not said
        return not (fact.yes_no.lower().startswith("no") and not said)

    def _no_kids_told(self, text: str, topic: Topic | None) -> bool:
        """"You have children?" of a card whose family fact tells of none (a sister's visit
        answered it): answered by the question's form instead."""
        fact = self.persona.fact(topic)
        told = " ".join(fact.lines()) if fact is not None else ""
        return bool(cues.ASKS_OWN_KIDS.search(text)) and not cues.KIDS_SAID.search(told)

    def _yes_to_a_fault(self, topic: Topic | None, text: str) -> bool:
        """Whether the card's yes would say yes to a fault it was asked about ("is the
        teacher strict?" got "Yes, I love it. Nobody minds a wonky pot."): its answer, not its
        yes, then answers."""
        fault = cues.ASKS_IF_BAD.search(text)
        fact = self.persona.fact(topic)
        return bool(fault and fact is not None and cues.YES_START.match(fact.yes_no)
                    and fault.group(2).lower() not in fact.yes_no.lower())

    def _how_long(self, topic: Topic | None, living: bool = False) -> str | None:
        """The untold sentence of the card's fact on `topic` that says how long ("I moved here
        for the teaching job about six years ago."), for "how long have you lived here?"."""
        fact = self.persona.fact(topic)
        if fact is None:
            return None
        lines = self._lines_on(fact, wide=True)
        sentences = _sentences_saying(lines, cues.HOW_LONG_SAID)
        if topic is Topic.HOME or living:
            # of where it lives, a sentence that says so ("I moved here for this job, six
            # months ago.", where it grew up), not "In my first week I asked where the toilets
            # were three times." nor "It's my first time too!"
            living_lines = [*lines, self.persona.everyday.get("grew_up", "")]
            sentences = [sentence for sentence in _sentences_saying(living_lines,
                                                                   cues.HOW_LONG_SAID)
                         if cues.LIVING_WORDS.search(sentence)] or (
                [] if topic is Topic.HOME else sentences)
        return self._fresh_or_again(fact, sentences, ("I ", "I'", "We ", "We'"))

    def _lines_on(self, fact: Fact, wide: bool) -> list[str]:
        """What the card tells on `fact` (not its question or its advice: "Write down everyone's
        name the first week." said "how long" to "how long have you been doing that?"); with
        `wide`, another fact's lines on the same thing too ("I moved here for the teaching job
        about six years ago." is of home, and says how long Jordan teaches)."""
        about = cues.content_stems(fact.answer)
        return [*_told_lines(fact), *(line for other in self.persona.facts.values()
                                      if wide and other is not fact
                                      for line in _told_lines(other)
                                      if cues.content_stems(line) & about)]

    def _how_started(self, topic: Topic | None, wide: bool) -> str | None:
        """The card's untold sentence on how it came to `topic`, from its own lines, or with
        `wide` ("what got you into it?") another fact's on the same thing ("I started out as an
        illustrator, before I drifted into design." for the design lead's work); None when the
        card tells none (then the question is answered as before)."""
        fact = self.persona.fact(topic)
        if fact is None:
            return None
        fresh = [sentence for sentence in _sentences_saying(self._lines_on(fact, wide),
                                                            cues.STARTED_SAID)
                 if self._fresh(sentence)]
        if not fresh:
            return None
        self.memory.told[fact.topic] = self.memory.told.get(fact.topic, 0) + 1
        return self._use(fresh[0])

    def _detail_topic(self, asked_topic: Topic | None, question: str = "") -> Topic | None:
        """What a one-detail question ("when?", "who with?") asks of: the fact whose lines
        share most words with it when the topic named (or being told) shares none ("Who did
        you say you're visiting in Canada?" is of its plans, not of its travel, which its card
        answers with its week's painting); else the card's topic it names, else what the
        partner is telling ("Who are you going with?" names no topic: a name)."""
        named = (asked_topic if asked_topic not in (None, Topic.NAME)
                 and self.persona.fact(asked_topic) else self.memory.telling)
        asked = cues.content_stems(question) - _DETAIL_ASKING_STEMS

        def shared(topic: Topic | None) -> int:
            fact = self.persona.fact(topic)
            return len(asked & {stem for line in (_told_lines(fact) if fact else ())
                                for stem in cues.content_stems(line)})

        best = max(self.persona.facts, key=shared, default=None)
        if best is not None and shared(best) and not shared(named):
            return best
        return named

    def _detail_asked(self, text: str, asked_topic: Topic | None) -> str | None:
        """The card's sentence that says the one detail a question asks of what it told ("When
        are you going?": "... in the autumn."); said already, the detail alone ("In the
        autumn."). None when the question asks no such detail, names something the card's
        lines on the topic do not speak of ("When's your birthday?" while telling of a trip),
        or the card does not say it."""
        question = next((part.strip() for part in reversed(cues.QUESTION_SENTENCE.findall(text))
                         if part.endswith("?")), "")
        slot = slots.asked_slot(question) if question else None
        fact = self.persona.fact(self._detail_topic(asked_topic, question)) if slot else None
        if slot is None or fact is None:
            return None
        if slot is slots.Slot.WHEN and _STARTED_WHEN.search(question) and (
                since := self._how_long(fact.topic)):
            return since  # "when did you start?" of its job: how long it has done it
        # (its own lines only: another fact's "Last week I still had clay on my hands"
        # answered "When did you start?" of its job)
        lines = list(_told_lines(fact))
        sentences = _sentences_saying(lines, slots.SAYS[slot])
        asked = cues.content_stems(question) - _DETAIL_ASKING_STEMS
        if asked:
            # the sentences that speak of what is named, if the card's lines on it do at all
            # ("who eats it all?" points back at its baking, and names nothing else)
            if not (asked & {stem for line in lines for stem in cues.content_stems(line)}
                    or cues.BACK_REFERENCE.search(question)):
                return None
            sentences = ([sentence for sentence in sentences
                          if asked & cues.content_stems(sentence)] or sentences)
        if not sentences:
            if slot is slots.Slot.WHY:
                # "Why did you pick that?" of its job: how it came to it, if the card says;
                # else as people say of a job (it got "Oh, I couldn't say, really.")
                return self._how_started(fact.topic, wide=True) or (
                    self._pick("why_this_job") if fact.topic is Topic.WORK else None)
            # "Who are you going with?" of a trip its card goes on alone; "who do you play
            # football with?" of a pastime
            if slot is slots.Slot.WHO_WITH and fact.topic in (Topic.PLANS, Topic.TRAVEL):
                return self._pick("going_alone")
            return (self._pick("with_a_mix") if slot is slots.Slot.WHO_WITH
                    and fact.topic in (Topic.HOBBIES, Topic.MUSIC) else None)
        said = " ".join(self.memory.own_lines).lower()
        for sentence in sentences:
            short = slots.detail(sentence, slot)
            if short and short.rstrip(".").lower() in said:
                # its detail said already ("Yes, I'm off to see my sister in Canada in the
                # autumn."): the detail alone, not the sentence in other words
                return self._use(short) if self._fresh(short) else None
            if self._fresh(sentence):
                self.memory.told[fact.topic] = self.memory.told.get(fact.topic, 0) + 1
                return self._use(sentence)
        return None

    def _where(self, topic: Topic | None) -> str | None:
        """The card's sentence on `topic` that names a place ("I'm a nurse at the children's
        hospital."), for "where do you work?"; None when it names none (then the usual
        answer)."""
        return self._sentence_saying(topic, cues.PLACE_SAID)

    def _name_of(self, topic: Topic | None, asked: str = "") -> str | None:
        """ "Pebble." for "what's it called?" after the card's "one old cat called Pebble";
        None when the card names nothing on `topic`. Asked of one of its people ("what's your
        son's name?"), the name of such a one: a child's for a child (its daughter's, asked of
        a son), a partner's for a partner."""
        fact = self.persona.fact(topic)
        names = [found for line in (_told_lines(fact) if fact else ())
                 for found in cues.NAME_SAID.finditer(line)]
        kin = cues.KIN_ASKED.search(asked) or cues.YOUR_KIN.search(asked)
        if kin:
            # the one asked for by its word first ("your grandson's name" of a card with a son
            # and a grandson), then any child for a child
            word = kin.group(1).lower()
            said = [found for found in names if found.group(1).lower().rstrip(",") == word]
            wanted = cues.CHILD_WORDS if word in cues.CHILD_WORDS else {word}
            names = said or [found for found in names
                             if found.group(1).lower().rstrip(",") in wanted]
        named = names[0].group(2) if names else None
        if named is None:
            return None
        return self._pick("its_name", thing=named) or self._sentence_saying(topic,
                                                                             cues.NAME_SAID)

    def _sentence_saying(self, topic: Topic | None, saying: re.Pattern[str]) -> str | None:
        """The card's sentence on `topic` that `saying` finds: untold first, else once more
        after "as I said"."""
        fact = self.persona.fact(topic)
        if fact is None:
            return None
        return self._fresh_or_again(fact, _sentences_saying(_told_lines(fact), saying),
                                    ("I ", "I'", "We ", "We'", "It", "My "))

    def _aged_topic(self) -> Topic | None:
        """What "how old is she?" asks after: the fact being told, if it gives an age, else
        the one fact told so far that does ("Do you have any pets?" then its job: the dog)."""
        memory = self.memory
        if memory.telling and self._sentence_saying_any(memory.telling, cues.AGE_SAID):
            return memory.telling
        aged = [topic for topic, times in memory.told.items()
                if times and self._sentence_saying_any(topic, cues.AGE_SAID)]
        return aged[0] if len(aged) == 1 else None

    def _grew_up_told(self) -> str | None:
        """The card's everyday answer on where it grew up, as a sentence of its own ("In
        Birmingham." as "I grew up in Birmingham."), once; None when it cannot be so told."""
        grew_up = self.persona.everyday.get("grew_up", "")
        first = _SENTENCES.split(grew_up, maxsplit=1)[0] if grew_up else ""
        if not re.match(r"(In|By|On|Here|Near|Up|Down) ", first):
            return None
        sentence = f"I grew up {first[0].lower()}{first[1:]}"
        return self._use(sentence) if self._fresh(sentence) else None

    def _age_again(self, topic: Topic | None) -> str | None:
        """The age its card gives on `topic`, said already: "As I said, she's fourteen." (the
        whole sentence again would repeat it)."""
        fact = self.persona.fact(topic)
        found = next((hit for line in (fact.lines() if fact else ())
                      if (hit := cues.AGE_SAID.search(line))), None)
        prefix = next(iter(self._deck("repeat_prefix")), "")
        if found is None or not prefix:
            return None
        age = found.group(0)
        return self._use(f"{prefix}{age[:1].lower()}{age[1:]}.")

    def _kins_age(self, topic: Topic | None, asked: str) -> str | None:
        """The age of the one of its people a question names ("how old is your grandson?" of
        "his boy, my grandson Kofi, is five"): "He's five.", not the first age on the card (a
        twenty-first play-test got "Kofi! As I said, he's forty-three.", his father's)."""
        kin = cues.YOUR_KIN.search(asked)
        if kin is None and re.search(r"\b(he|she)\b", asked, re.IGNORECASE) and self.memory.heard:
            # "What's your grandson's name again, and how old is he?": "he" is the one just
            # named, in the line's first half
            kin = cues.YOUR_KIN.search(self.memory.heard[-1])
        fact = self.persona.fact(topic)
        if kin is None or fact is None:
            return None
        word = kin.group(1).lower()
        # ("my grandson Kofi, is five"; "one son, Femi, who lives across town. He's forty-three")
        aged = re.compile(rf"\b{word}\b[^.!?]{{0,40}}?(?:\b(?:is|'s)|'s|[.!?]\s+(?:he|she)"
                          rf"(?:'s| is)) ({cues.NUMBER_WORD})\b", re.IGNORECASE)
        found = next((hit for line in fact.lines() if (hit := aged.search(line))), None)
        if found is None:
            return None
        pronoun = "She's" if word in ("daughter", "granddaughter", "wife", "sister",
                                      "girlfriend") else "He's"
        said = f"{pronoun} {found.group(1).lower()}."
        return self._use(said) if self._fresh(said) else None

    def _sentence_saying_any(self, topic: Topic | None, saying: re.Pattern[str]) -> bool:
        """Whether the card has a sentence on `topic` that `saying` finds (said or not)."""
        fact = self.persona.fact(topic)
        return fact is not None and bool(_sentences_saying(_told_lines(fact), saying))

    def _fresh_or_again(self, fact: Fact, sentences: list[str],
                        again_starts: tuple[str, ...]) -> str | None:
        """The first of `sentences` (of the card's `fact`) not said yet; all said, the first
        that starts with one of `again_starts` once more, after "as I said"."""
        for sentence in sentences:
            if self._fresh(sentence):
                self.memory.told[fact.topic] = self.memory.told.get(fact.topic, 0) + 1
                return self._use(sentence)
        for sentence in sentences:
            if sentence.startswith(again_starts):
                again = (sentence if sentence.startswith("I")
                         else sentence[:1].lower() + sentence[1:])
                for prefix in self._deck("repeat_prefix"):
                    if self._fresh(prefix + again):
                        return self._use(prefix + again)
        return None

    def _story_step_asked(self, topic: Topic | None, asked: str) -> str | None:
        """The untold step of the story on `topic` that a question asks about by its words
        ("where does he sleep in winter?": "He sleeps all winter in a box ...")."""
        fact = self.persona.fact(topic)
        wanted = cues.content_stems(asked)
        if fact is None or not wanted:
            return None
        return next((step for step in fact.story
                     if self._fresh(step) and wanted & cues.content_stems(step)), None)

    def _story(self, topic: Topic | None, asked: str = "") -> tuple[str | None, bool]:
        """The next step of the story on `topic` (or the step the question `asked` names),
        and whether the story is now told."""
        fact = self.persona.fact(topic)
        if fact is None or topic is None:
            return self._pick("no_fact"), True
        memory = self.memory
        if memory.told.get(fact.topic, 0) == 0:  # "tell me about your trip" before any trip
            return self._answer(topic, yes_no=False), False
        named = self._story_step_asked(topic, asked) if asked else None
        if named is not None:  # told out of turn; the in-order telling skips it later
            return self._use(named), not self._story_left(topic)
        step = memory.story.get(fact.topic, 0)
        while step < len(fact.story):
            memory.story[fact.topic] = step + 1
            if self._fresh(fact.story[step]):
                return self._use(fact.story[step]), step + 1 >= len(fact.story)
            step += 1
        return self._pick("story_done"), True

    def _story_left(self, topic: Topic | None) -> bool:
        fact = self.persona.fact(topic)
        return (fact is not None and topic is not None
                and self.memory.story.get(fact.topic, 0) < len(fact.story))

    @staticmethod
    def _asked_words(text: str, antecedent: bool = False) -> list[str]:
        """The content words that a line's questions name, without words that only judge
        ("is it expensive?"); with `antecedent`, a question that names nothing ("have you
        ever tried it?") names what the clause before it did ("there's a bouldering wall")."""
        clauses = read_clauses(text)
        asking = [i for i, (_words, asks) in enumerate(clauses) if asks]
        asking = asking or [len(clauses) - 1]
        ignored = cues.COMMON_WORDS | cues.JUDGEMENT_WORDS
        words = [word for i in asking for word in clauses[i][0].split()
                 if len(word) >= 4 and word not in ignored]
        if not words and antecedent and asking[0] > 0:
            words = [word for word in clauses[asking[0] - 1][0].split()
                     if len(word) >= 4 and word not in ignored]
        return words

    def _card_speaks_to(self, text: str, topic: Topic | None, story: bool = False) -> bool:
        """Whether the card's fact on `topic` speaks to what `text` asks: the question names
        nothing; it asks on about the story told (`story`) and names something of it or of
        the partner's last words; it asks of the partner itself; or it asks of the world in
        the card's own words. An eighth play-test's partner answered "what does your
        colleague do?" with its own job, "how much is a meal there?" with the cake's story
        and "is there a WhatsApp group?" with where it was from."""
        fact = self.persona.fact(topic)
        # during a story, "have you ever tried it?" or one sentence ("there's a table tennis
        # table, do people use it?") names what the clause before the question named
        words = self._asked_words(text, antecedent=story and bool(
            cues.ASKED_IF_EVER.search(text) or cues.ASKED_IF_OWNS.search(text)
            or cues.SENTENCE_END.search(text) is None))
        asked = {cues.stem(word) for word in words}
        if fact is None or topic is None or not asked:
            return True
        known = cues.content_stems(" ".join(
            (*fact.lines(), *(self.memory.last_parts if story else ()))))
        stand_in = (topic is Topic.TRAVEL and fact.topic is not topic
                    and not cues.TRIP_TOLD.search(" ".join(fact.lines())))
        if story or stand_in:
            # on with a story, or latest news that tells of no trip as the answer to "do you
            # get to travel much?" ("Yes, I've been unpacking all week"): it must name
            # something asked
            return bool(asked & known)
        if not cues.ASKED_OF_WORLD.search(text):
            return True  # a question of the partner's own ("what's your job like?")
        # asked of the world, every word named is the card's, or a name the user or the
        # scene gave ("how do the door passes work?" is not the five-a-side's "side"; "where
        # do people go for drinks after work?" not the climbing after work); a verb's -ing or
        # -ed form names no thing ("are they serving food tonight?")
        asked = {cues.stem(word) for word in words if not word.endswith(("ing", "ed"))}
        known.add(cues.stem(topic.value))  # "are they serving food tonight?" of the food fact
        place = self._place_asked.search(text)  # "what's it like living here?"
        names = {cues.stem(word) for word in textnorm.words(" ".join((
            self.memory.user.get("name", ""), place.group(0) if place else "",
            *self.scenario.place_words)))}
        return not asked - known - names

    def _echoes_back(self, text: str, found: LineTopics) -> bool:
        """A question answered with a question ("were you?", "do you?") right after ours."""
        memory = self.memory
        asked_last = not memory.last_parts or memory.last_parts[-1].endswith("?")
        return (not found.topics and memory.last_question is not None and asked_last
                and bool(cues.ECHO_BACK.match(text)))

    def _near_miss(self, topic: Topic | None, text: str) -> bool:
        """A yes/no question naming a kind of thing ("a dog person?") that the card's fact,
        which would say yes, is not about (its pet is a cat): a yes would be a lie."""
        fact = self.persona.fact(topic)
        # the question asks, not what is told beside it ("Do you have any pets? I thought I
        # heard a dog." got "Not really, funnily enough" before the tortoise)
        text = " ".join(sentence for sentence in _SENTENCES.split(text)
                        if sentence.rstrip().endswith("?")) or text
        named = {cues.stem(kind) for kind in cues.KIND.findall(text.lower())}
        if topic is Topic.MUSIC:
            # "do you play an instrument?" of a soul fan: playing is what is asked
            named |= {"play" if kind.startswith("instrument") else cues.stem(kind)
                      for kind in cues.INSTRUMENT.findall(text.lower())}
        if topic is Topic.HOBBIES:
            # "do you bake?" of a swimmer: "Yes, I swim most mornings" would be a lie (a
            # pastime matches by its first letters: "bake" is "baking")
            named |= {kind[:3] for kind in cues.PASTIME_KIND.findall(text.lower())}
        if topic is Topic.WORK:
            # "are you a student?" of a nurse; "do you work from home?" of a bus driver
            named |= {cues.stem(kind.split()[-1]) for kind in cues.ROLE_KIND.findall(text)}
        if fact is None or not named or not cues.YES_START.match(fact.yes_no):
            return False
        words = textnorm.words(f"{fact.answer} {fact.yes_no}")
        said = {cues.stem(word) for word in words} | {word[:3] for word in words}
        return not named & said

    def _asked_after(self, text: str, question: QuestionKind) -> Topic | None:
        """The card's fact a question asks after by its own words ("how's your tortoise?")."""
        after = cues.ASK_AFTER.search(text) if question is not QuestionKind.NONE else None
        return self._fact_named(after.group(0)) if after else None

    def _fact_named(self, text: str, stories: bool = True) -> Topic | None:
        """The card's fact that a line names by one of its own words ("your bowl", "Winston"),
        when the topic packs found nothing (with `stories`, a word of a story counts too)."""
        # the question's own words, when it says one: "Ha, pottery must feel easy after teeth.
        # Do patients ever bite?" named home's "the bus is easy" (it got "No, I'm across town")
        asked = " ".join(cues.QUESTION_SENTENCE.findall(text)) if "?" in text else ""
        words = cues.content_stems(asked or text)
        keywords = self._keywords if stories else self._told_keywords
        best, score = None, 0
        for topic, stems in keywords.items():
            overlap = len(words & stems)
            if overlap > score:
                best, score = topic, overlap
        telling = self.memory.telling
        if (best is None and asked and telling in keywords
                and cues.content_stems(text) & keywords[telling]):
            # ... but a remark on what it is telling counts: "I couldn't do nights. How do you
            # stay awake?" after its night shifts
            best = telling
        return best

    def _last_question_was_open(self) -> bool:
        """Whether the partner's last words asked a wh-question ("What do you like doing?")."""
        last = self.memory.last_parts
        if not last or not last[-1].endswith("?"):
            return False
        first = textnorm.words(last[-1])[:1]
        return bool(first) and first[0] in WH

    def _say_again(self, last: tuple[str, ...]) -> str | None:
        """The gist of the last reply once more, in new words: its question if it asked one
        (that is what the user must answer), else its last part."""
        asked = last[-1].endswith("?")
        # the question itself, without a greeting before it ("Hello! Is this your first ...")
        said = cues.SENTENCE_END.split(last[-1])[-1] if asked else last[-1]
        for prefix in self._wording.lines["repeat_prefix"]:  # not "I just said, As I said, ..."
            if said.startswith(prefix):
                said = said[len(prefix):]
                break
        first = said.split()[0].lower().strip(",.!?").split("'")[0]  # "How's" is "how"
        if (first in WH or first in AUX or first in cues.LOWER_STARTS) and not said.startswith(
                "I'"):  # "I said, and how do you know Sam?", but "I said, I'm a nurse"
            said = said[:1].lower() + said[1:]
        for prefix in self._deck("pardon_asked" if asked else "pardon_said"):
            if self._fresh(prefix + said):
                return self._use(prefix + said)
        return None

    def _family_fact(self) -> Topic:
        """The card's fact that tells of its family (a sister's visit, a new baby), since a
        card has no family fact of its own; FAMILY (said to be nothing) when none does."""
        for topic in self._order:
            fact = self.persona.facts[topic]
            if cues.KIN.search(f"{fact.answer} {fact.yes_no}"):
                return topic
        return Topic.FAMILY

    def _shares(self, like: str | None) -> bool:
        """Whether the partner's card mentions what the user likes ("hiking")."""
        if not like:
            return False
        stem = like.split()[0][:4].lower()
        return any(stem in line.lower() for fact in self.persona.facts.values()
                   for line in (fact.answer, *fact.story))

    def _unshared_like(self, told: Disclosure, text: str) -> str | None:
        """The pastime an advice request is about when the card knows nothing of it: named
        in it ("any tips for swimming?"), told in this line, or told just before ("I'm
        getting into running" ... "any tips?")."""
        memory = self.memory
        named = cues.PASTIME.search(text)
        like = told.like or (named.group(1).lower() if named else None) or memory.user.get("like")
        if not like or self._shares(like):
            return None
        just_told = memory.user_since.get("like") == memory.replies - 1
        if told.like or named or like.split()[0][:4].lower() in text.lower() or (
                just_told and not self._topics.find(text).topics):
            return like
        return None

    def _advice(self, topic: Topic | None, unshared_like: str | None = None,
                request: str = "", topic_asked: bool = True) -> str | None:
        """A recommendation for `request`: the card's advice on `topic`, or the scenario's
        general advice; `topic_asked`: the request named the topic (else it is the one being
        talked of)."""
        if unshared_like:  # advice on something the partner knows nothing about
            return self._pick("advice_unknown", like=unshared_like) or self._pick("no_answer")
        if cues.NERVES_ADVICE.search(request) and (calm := self._pick("advice_nerves")):
            # "can I ask your advice? I've got a job interview on Monday and I'm terrified."
            # got the scene's tip on finding Anna in IT (a fourteenth play-test)
            return calm
        fact = self.persona.fact(topic)
        ours = fact.advice if fact is not None and fact.advice else None
        ours = ours if ours is not None and self._fresh(ours) else None
        asked = cues.advice_stems(request)

        def shared(line: str) -> int:
            return len(asked & cues.advice_stems(line))

        place_request = bool(asked) and bool(cues.PLACE_REQUEST.search(request))
        general = [line for line in self.scenario.advice if self._fresh(line)]
        best = max(general, key=shared, default=None)  # of equal ones, the first
        thing = cues.asked_thing(request)
        known = [ours, *general, *(fact.lines() if fact is not None else ()),
                 *(local.answer for local in self.scenario.local)]
        if thing and not any(cues.advice_stems(thing) & cues.advice_stems(line)
                             for line in known if line):
            # "can you recommend any good films?": not the Italian place by the station
            return self._no_help("not_sure_thing", thing)
        # "is there a decent gym nearby?" names home by "nearby" only: the card's tip about
        # the park is no answer to it (a café asked for is food, and a food tip answers it)
        only_nearby = topic is Topic.HOME and place_request and not shared(ours or "")
        # "where can I buy bread?" names food, but the card's tip on spices is no answer
        names_other = place_request and not shared(ours or "")
        named = cues.advice_subject(request)
        roots = cues.word_roots(named or "")
        if (roots and not roots & cues.word_roots(f"{ours or ''} {best or ''}")
                and not roots & self._scene_roots):
            # "any tips for first-time homeowners?" of a neighbour whose tip is the vegetable
            # market (a sixteenth play-test): what it names, no one at the scene knows of
            return self._no_help("not_sure_advice", named)
        if ours is not None and topic_asked and not only_nearby and not names_other:
            return self._use(ours)
        if (place_request and topic_asked and not only_nearby and topic is not Topic.HOME
                and (spot := self._sentence_saying(topic, cues.SPOT_NAMED))):
            # "Where's a good place to get lunch around here?": the card's noodle bar round
            # the corner, not the scene's "Come to the Friday lunch"
            return spot
        if (ours is None and fact is not None and topic_asked and not only_nearby
                and place_request and not shared(best or "")):
            # "do you know any good curry places?" of someone with no tip on food: what the
            # card says of it ("I'm still hunting for a good curry here"), not a tip about
            # something else
            return self._answer(topic, yes_no=False)
        if place_request and not shared(best or "") and not shared(ours or ""):
            # a gym asked for: not the market's vegetables ("Ooh, good bread? I'm not the
            # best person to ask" when the thing is named)
            wanted = cues.place_thing(request)
            return self._no_help("not_sure_thing", wanted)
        subject = cues.advice_subject(request)
        if (subject and not topic_asked and not cues.GETTING_ABOUT.search(subject)
                and cues.word_roots(subject)
                and not cues.word_roots(subject) & cues.word_roots(best or "")
                and not self._card_touches(subject)):
            # "any advice for a new manager?" of a potter, which names none of the card's
            # topics: the scene's tip ("keep your elbows tucked in") does not answer it
            return self._no_help("not_sure_advice", subject)
        if (topic_asked and ours is None and topic not in _THE_SCENES_OWN and best is not None
                and topic in self._topics.find(subject or request).topics
                and not shared(best)
                and not cues.word_roots(subject or request) & self._scene_roots):
            # "any advice for job hunting?" at a pottery class: the scene's tip on elbows was
            # given (a fifteenth play-test); "how do you centre the clay?" is the scene's own
            return self._no_help("not_sure_advice", subject or cues.asked_thing(request))
        # The topic being talked of gives way to a general line that shares more words with
        # the request: "any tips for meeting people here?" asked while talking of hiking wants
        # "that's how I met most people here", not boots for the ridge walk.
        if best is not None and (ours is None or shared(best) > shared(ours)):
            return self._use(best)
        if ours is not None:
            return self._use(ours)
        return self._answer(topic, yes_no=False) if fact else self._pick("no_answer")

    def _card_touches(self, request: str) -> bool:
        """Whether the card says anything of what `request` is about: "any tips for centering
        the clay?" of a potter whose card speaks of clay wants the scene's tip, not "I've no
        real experience there"."""
        roots = cues.word_roots(request)
        return any(roots & cues.word_roots(said) for fact in self.persona.facts.values()
                   for said in fact.lines())

    def _no_help(self, key: str, thing: str | None) -> str | None:
        """Advice it cannot give ("Ooh, a plumber? I'm not the best person to ask"): thanks
        for it get no "Any time." after."""
        self.memory.no_help = True
        return (thing and self._pick(key, thing=thing)) or self._pick("no_answer")

    def _reaction(self, told: Disclosure, text: str) -> str | None:
        if cues.AS_I_SAID.search(text):  # "as I said, I'm a nurse": heard before, no news
            remembered = self._pick("remembered")
            if remembered:
                return remembered
        work = self.persona.fact(Topic.WORK)
        if told.job and work is not None and cues.stem(told.job.split()[-1]) in {
                cues.stem(word) for word in textnorm.words(work.answer)}:
            # "I'm a nurse" to a nurse: "Oh, a nurse too? Same here!", not "How interesting."
            # "a junior designer" to a design lead: "another designer!"
            same = self._pick("react_same_job", job=told.job.split()[-1])
            if same:
                return same
        if told.work and self._same_team(told.work) and cues.JOINING.search(text):
            # "I'm joining the website team" to the website team's developer: "That's my team!"
            same = self._pick("react_same_team")
            if same:
                return same
        work_key = "work" if told.work and cues.WORKPLACE.match(told.work) else "field"
        # "I'm a chef, I work at a restaurant": the job is what they are, so it comes first
        for key, value in (("job", told.job), (work_key, told.work), ("like", told.like),
                           ("place", told.place)):
            if value and not (key == work_key and cues.GENERIC_WORKPLACE.match(value)) and not (
                    # a learner's "small flat near centre" said back whole reads as mockery
                    key == "place" and value.islower() and len(value.split()) > 2):
                line = self._pick(f"react_{key}")
                if line:
                    return line
        # a pet of theirs, a trip ahead, a let-down ...: their own reaction, else the plain one
        return self._pick(self._react_key(text, True))

    def _same_team(self, work: str) -> bool:
        """Whether "the website team" the user names is the one the card says it is on."""
        named = textnorm.words(work)
        if len(named) < 2 or named[-1] != "team":
            return False
        ours = " ".join(textnorm.words(" ".join(
            line for topic in (Topic.WORK, Topic.REASON) if (fact := self.persona.fact(topic))
            for line in (fact.answer, fact.yes_no))))
        return f"{named[-2]} team" in ours

    # -- asking back ----------------------------------------------------------------------

    def _finish(self, parts: list[str], kind: ReplyKind, topic: Topic | None, must_ask: bool,
                follow_up: Topic | None = None, avoid: set[Topic | None] | None = None
                ) -> Reply:
        memory = self.memory
        if memory.mistook_user and self.scenario.opening_mistaken:
            parts = [self.scenario.opening_mistaken, *parts]
        elif memory.put_right and not memory.said_goodbye:
            parts = [self._pick("own_mistake") or "", *parts]
        memory.put_right = memory.mistook_user = False
        memory.helped = (memory.helping or kind is ReplyKind.ADVICE) and not memory.no_help
        memory.helping = memory.no_help = False
        parts = [part for part in parts if part]
        ends_with_question = bool(parts) and parts[-1].endswith("?")
        want = not memory.said_goodbye and not self._holding_question and (
            must_ask or follow_up is not None
            or memory.asked < ASK_BACK_SHARE * (memory.replies + 1))  # no question after bye
        question: str | None = None
        if want and not ends_with_question:
            question = self._question(topic, follow_up, avoid or set())
            if question and len(parts) >= 2 and self._leans_on_untold(question):
                # a reply with an answer in it already: "Do you play any music yourself?"
                # would need its own music first, a fourth sentence on a third topic
                question = self._question(topic, follow_up,
                                          (avoid or set()) | {memory.last_question})
            if question:
                parts.append(self._own_side_first(question) or "")
                parts.append(question)
            elif must_ask and len(parts) <= 1:
                # Every question has been asked: bring up something new instead.
                parts.append(self._volunteer(avoid or set()) or "")
        parts = [part for part in parts if part]
        if not parts and not self._holding_question:  # everything said: still say something new
            question = self._question(None, None, avoid or set())
            parts = [question or self._volunteer(avoid or set()) or self._pick("unclear")
                     or "Mm."]
        memory.replies += 1
        memory.last_kind = kind
        asks = parts[-1].endswith("?")
        memory.asked += asks
        memory.left_question = asks
        memory.last_parts = tuple(parts)
        return Reply(tuple(parts), kind, topic, asks)

    def _question(self, topic: Topic | None, follow_up: Topic | None,
                  avoid: set[Topic | None]) -> str | None:
        """A question about something specific that has not been asked yet."""
        memory = self.memory
        if follow_up is not None:
            own = self.persona.fact(follow_up)
            # the card's own question on what the user has just told may ask it again: "yes,
            # we were flatmates" to "are you a friend of Sam's?" got "And how do you know Sam?"
            # ("yeah, last week" to "have you just moved in?" may still be asked how they
            # are settling in)
            asked_before = memory.last_parts[-1] if memory.last_parts else ""
            # (against the opening, only a shared name counts: "how did you hear about the
            # meetup?" is not asked by "is this your first time at one of these meetups?")
            shares_words = memory.replies > 0 and own is not None and bool(
                cues.content_stems(own.ask) & cues.content_stems(asked_before))
            again = own is not None and follow_up in memory.user_told and (
                shares_words or bool(cues.names_in(own.ask) & cues.names_in(asked_before))
                # ... or of what the line itself says: "I came with my flatmate, she knows Sam
                # from work." was asked "And how do you know Sam?"
                or bool(cues.names_in(own.ask) & cues.names_in(memory.last_heard)))
            own_ask = (own.ask,) if own and not again else ()
            lines = [*self._wording.follow_up.get(follow_up, ()), *own_ask]
            status = memory.user.get("status")
            if follow_up is Topic.WORK and status:  # no job to ask "the best part" of
                lines = list(self._wording.lines.get(f"follow_up_{status}", ())) or lines
            if follow_up is Topic.HOME and memory.new_here:
                # not "what do you like most about where you live?" of someone who just came
                lines = [*self._wording.lines["new_here"], *own_ask]
            if follow_up is Topic.WORK and not {"work", "job", "field"} & memory.user.keys():
                # no job named: "What's the best part of your job?" after "my English is
                # not so good, sorry" (a session of my own) presumes one
                lines = [line for line in lines if "job" not in line and "working" not in line]
            if follow_up is Topic.PETS and not (_HAS_A_PET.search(memory.last_heard)
                                                and not cues.LIKES_KIND.search(memory.last_heard)):
                # "What's their name?" of someone who named no pet ("here's my card" and "I like
                # it so far" got it, after "do you have any pets?")
                lines = list(own_ask)
            liked = memory.user.get("like", "").lower()
            if follow_up is Topic.MUSIC and liked and liked in memory.last_heard.lower():
                # "My favourite band is Radiohead.": not "Who have you been listening to?"
                lines = [line for line in lines if not line.startswith("Who")]
            if follow_up is Topic.PETS and cues.NAME_SAID.search(memory.last_heard):
                # "My dog is called Biscuit.": its name is said already
                lines = [line for line in lines if "name" not in line]
            if follow_up is Topic.FAMILY:  # "my sister ...": "What's she like?"
                lines = [cues.with_pronoun(line, memory.last_heard) for line in lines]
                if not cues.OWN_KIN.search(memory.last_heard):
                    # "I'm actually Sam's sister, Jess": no one of theirs to ask after
                    lines = list(own_ask)
            for line in lines:
                if self._askable(line):
                    return self._asking(follow_up, line)
        for about in (topic, memory.last_question):  # hand the same question back
            fact = self.persona.fact(about)
            if (about is not None and fact is not None and about not in memory.user_told
                    and about not in avoid and self._askable(fact.ask)):
                return self._asking(about, fact.ask)
        if memory.replies >= CALLBACK_FROM_TURN:
            for key, about in (("work", Topic.WORK), ("field", Topic.WORK), ("job", Topic.WORK),
                               ("like", Topic.HOBBIES), ("place", Topic.HOME)):
                if key == "job" and "status" in memory.user:
                    continue  # "What got you into being a student?": asked of its own
                if key == "like" and not self._a_pastime(memory.user.get("like", "")):
                    continue  # "Do you get much time for noodles these days?"
                if (key in memory.user and key not in memory.callbacks
                        and memory.replies - memory.user_since[key] >= CALLBACK_AFTER):
                    callback = self._pick(f"callback_{key}")
                    while callback and (("duration" in memory.user
                                         and "how long" in callback.lower())
                                        or self._asked_in_other_words(callback)):
                        # "I've been there three years." was asked "So how long have you been
                        # a physio?" three lines on (the deck runs out: each pick is used)
                        callback = self._pick(f"callback_{key}")
                    if callback:
                        memory.callbacks.add(key)
                        return self._asking(about, callback)
        for candidate in self._order:
            if candidate in memory.user_told | memory.asked_topics | avoid | {memory.current}:
                continue
            fact = self.persona.facts[candidate]
            if self._askable(fact.ask):
                return self._asking(candidate, fact.ask)
        for extra, extra_lines in self._wording.questions.items():
            if extra in avoid:
                continue
            for line in extra_lines:
                if self._askable(line):
                    return self._asking(extra, line)
        for candidate in self._order:  # the user told about it, but we never asked
            fact = self.persona.facts[candidate]
            if candidate not in avoid and self._askable(fact.ask):
                return self._asking(candidate, fact.ask)
        return None

    def _own_side_first(self, question: str) -> str | None:
        """The partner's own answer before a question that leans on it, when it has not told it:
        "Do you play or sing anything yourself?" out of nowhere, after "I'm the plus one of her
        flatmate." (the tenth blind play-test), presumes music was being talked of."""
        if not self._leans_on_untold(question):
            return None
        return self._answer(self.memory.last_question, yes_no=False)

    def _leans_on_untold(self, question: str) -> bool:
        """Whether `question`, just chosen, hands back a side of the partner's it has not
        told ("Do you play any music yourself?" before its choir)."""
        topic = self.memory.last_question
        return (topic is not None and not self.memory.told.get(topic)
                and bool(_LEANS_ON_OWN.search(question)))

    def _a_pastime(self, like: str) -> bool:
        """Whether what the user likes is something they do ("hiking", "yoga"), not a thing
        ("noodles", "Radiohead", "cats")."""
        if not like.strip():
            return False
        return (like.split()[-1].lower().endswith("ing")
                or Topic.HOBBIES in self._topics.topics_of(like))

    def _volunteer(self, avoid: set[Topic | None]) -> str | None:
        """Something the partner has not told yet: a new fact, else the next step of a story."""
        memory = self.memory
        for topic in self._order:
            if topic not in avoid and not memory.told.get(topic):
                line = self._answer(topic, yes_no=False)
                if line:
                    memory.telling = memory.current = topic
                    return line
        for topic in self._order:
            story = self.persona.facts[topic].story
            if topic in avoid or memory.story.get(topic, 0) >= len(story):
                continue
            line, _ = self._story(topic)
            if line in story:
                memory.telling = memory.current = topic
                return line
        return None

    def _askable(self, question: str) -> bool:
        """Not asked before, not the question the user has just asked ("have you tried
        the cake?" got "... Have you tried the cake yet?" back), and not their team or job
        once they have said it."""
        theirs = cues.content_stems(self.memory.last_heard)
        ours = cues.content_stems(question)
        told_job = bool({"work", "job", "field"} & self.memory.user.keys())
        # (nor one asked before in other words: "What does a normal working day look like for
        # you?" two lines after "So what's a normal day like at the hospital?")
        return self._fresh(question) and not (ours and ours <= theirs) and not (
            told_job and cues.ASKS_USERS_JOB.search(question)) and not (
            self._asked_in_other_words(question)) and not self._told_already(question)

    def _told_already(self, question: str) -> bool:
        """Whether the user has already said what `question` asks ("What are you studying?"
        after "i am student of computer science", "How did you hear about the meetup?" after
        "my friend dragged me here", "What's their name?" after "a dog called ramones")."""
        said = [*self.memory.heard, self.memory.last_heard]
        return any(asks.search(question) and any(told.search(line) for line in said)
                   for asks, told in _TOLD_ALREADY)

    def _asked_in_other_words(self, question: str) -> bool:
        """Whether a question asking the same as `question` was asked already ("What's Camden
        like, then?" after "What do you like most about where you live?")."""
        asked_kind = next((kind for kind in _QUESTION_KINDS if kind.search(question)), None)
        return asked_kind is not None and any(
            asked_kind.search(said) for said in self.memory.said
            if said.endswith("?") and said != question.lower())

    def _asking(self, topic: Topic, line: str) -> str:
        self.memory.asked_topics.add(topic)
        self.memory.last_question = topic
        self.memory.current = topic
        return self._use(line)

    # -- lines ----------------------------------------------------------------------------

    def _names_own_topic(self, thing: str, topics: Iterable[Topic]) -> bool:
        """"the food", "the music": a topic named outright that the card has a fact on."""
        words = set(thing.lower().split())
        return any(topic.value in words and self.persona.fact(topic) for topic in topics)

    def _card_names(self, thing: str) -> bool:
        """Whether the persona's card speaks of `thing` (then it answers from it): every word
        of it before a place ("the new cycle lane", of "... on the main road")."""
        wanted = cues.content_stems(_AT_A_PLACE.split(thing)[0])
        return bool(wanted) and any(wanted <= cues.content_stems(" ".join(fact.lines()))
                                    for fact in self.persona.facts.values())

    def _said_in_other_words(self, line: str) -> bool:
        """Whether a line of its own said before says most of `line` ("I sing in a choir, so
        anything I can sing along to." then "I sing in a choir, so I like almost anything you
        can sing along to." to "any good bands u like"): then the story goes on instead."""
        stems = cues.content_stems(line)
        return len(stems) >= 3 and any(
            len(stems & cues.content_stems(said)) >= 0.7 * len(stems)
            for said in self.memory.said)

    def _remember_plan(self, text: str) -> None:
        """When and where a plan it agreed to is for, as `text` names them."""
        memory = self.memory
        when = cues.plan_time(text)
        memory.plan_time = when or memory.plan_time
        place = cues.plan_place(text)
        if when or place or _SOME_PLACE.search(text):
            memory.plan_said = text  # (a favour with no time or place keeps the plan's line)
        if place:
            # the user's "my place" is "your place" to the partner
            memory.plan_place = re.sub(r"\b(my|your)\b",
                                       lambda word: "your" if word.group(1) == "my" else "my",
                                       place)

    def _plan_recalled(self, text: str) -> str | None:
        """When or where (or both) a plan it agreed to is for, as the line asks ("when and
        where are the drinks?": "Friday at 8, at the Red Lion, wasn't it?"); None when the
        line asks neither or it holds nothing of what is asked."""
        memory = self.memory
        place_asked = bool(cues.PLAN_PLACE_ASKED.search(text))
        if place_asked and memory.plan_place is None and _SOME_PLACE.search(memory.plan_said):
            # a place was said and not kept ("... in the old hall by Kew Bridge"): the time
            # alone would pass over it, so their words are said back instead
            return None
        when = memory.plan_time if cues.PLAN_TIME_ASKED.search(text) else None
        where = memory.plan_place if place_asked else None
        said = ", ".join(part for part in (when, where) if part)
        return self._pick("recall_plan", thing=said[:1].upper() + said[1:]) if said else None

    def _proposal_again(self) -> list[str] | None:
        """A yes to the last proposal of theirs, asked again ("is that a yes?"), with its time
        if it named one; None if they proposed nothing."""
        memory = self.memory
        earlier = next((said for said in reversed(memory.heard[-4:])
                        if any(asks(said) for asks, _ in _PROPOSALS)), None)
        yes = self._pick("accept_plan") if earlier is not None else None
        if earlier is None or yes is None:
            return None
        when = cues.plan_time(earlier)
        self._remember_plan(earlier)
        return [yes, (self._pick("help_then", thing=when) if when else None) or ""]

    def _own_words_again(self, text: str) -> str | None:
        """The one sentence of its own that a question asks again by its words ("what did you
        say you do on Wednesdays again?" - its five-a-side football on Wednesdays), said again;
        None when no sentence, or more than one, has the words asked."""
        if not (cues.AGAIN.search(text) and _ASKS_ITS_OWN.search(text)):
            return None
        question = " ".join(part for part in cues.QUESTION_SENTENCE.findall(text)
                            if _ASKS_ITS_OWN.search(part))
        asked = cues.content_stems(question) - _ASKING_STEMS
        if not asked:
            return None
        sentences = [sentence for said in self.memory.own_lines
                     for sentence in cues.SENTENCE_END.split(said) if not sentence.endswith("?")]
        having = {sentence for sentence in sentences if asked <= cues.content_stems(sentence)}
        if len(having) != 1:
            return None
        # (its "Yes, four years now, on the finance team." said again is no yes: "Like I said,
        # yes, four years now" was read as stitched)
        sentence = cues.YES_NO_WORD.sub("", having.pop())
        prefix = next(iter(self._deck("repeat_prefix")), "")
        return prefix + sentence[:1].lower() + sentence[1:] if not sentence.startswith(
            ("I ", "I'm", "I've", "I'd", "I'll")) else prefix + sentence

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

    # -- silence --------------------------------------------------------------------------

    def on_silence(self, quiet_s: float) -> SilenceStep | None:
        """The nudge or hint due after `quiet_s` s of silence since the partner's last line;
        each silence gets at most one of each."""
        state = self._silence
        step = silence_step(self.scenario.silence, quiet_s, bool(state["nudged"]),
                            bool(state["hinted"]), int(state["nudges"]), int(state["hints"]))
        if step is None:
            return None
        if step.is_hint:
            state.update(hinted=True, hints=int(state["hints"]) + 1)
        else:
            state.update(nudged=True, nudges=int(state["nudges"]) + 1)
            self.memory.said.add(step.text.lower())
            self.memory.left_question = step.text.endswith("?")
        return step


# A question of the partner's, and how the user may already have told its answer.
_TOLD_ALREADY = tuple((re.compile(asks, re.IGNORECASE), re.compile(told, re.IGNORECASE)) for
                      asks, told in (
    (r"\bwhat (are you|do you) stud(y|ying)\b|\bwhat'?s your (course|degree|subject)\b",
     r"\bstud(y|ying|ent) (of |in )?(\w+ )?\w+|\b(degree|course|master'?s|phd) in\b"),
    (r"\bhow did you hear about\b|\bwhat (brought|brings) you\b|\bwhat made you (come|sign up|"
     r"join)\b", r"\b(friend|colleague|mate|sister|brother|partner|wife|husband|boss|flatmate|"
     r"cousin|mum|dad|therapist|doctor) (dragged|brought|told|invited|made|convinced|sent|"
     r"recommended|said|signed)\b|\b(signed up|came|i'?m here|joined) because\b"),
    (r"\b(did you|who did you) come (here |along |tonight )?with\b|\bare you here with\b",
     r"\b(came|come|here) with\b|\bdragged me\b|\bbrought me\b|\bthis is my (friend|partner|"
     r"wife|husband|sister|brother|colleague)\b|\bplus one\b"),
    (r"\bwhat'?s (their|its|his|her) name\b|\bwhat are they called\b",
     r"\b(called|named) [A-Za-z]+|\b(his|her|its|their) name'?s?\b")))
_HOW_ASKED = re.compile(r"\b(how|what) (do|should|would|can|could|did) (you|i|one)\b|"
                        r"\bhow (you|i) (start|begin|talk|say)\b", re.IGNORECASE)
# How to do a thing, a learner's way too ("How I make the wall not fall?")
_HOW_I = re.compile(r"\bhow (would|do|should|can|could|did|to)? ?(i|you) (make|stop|get|keep|do|"
                    r"fix|centre|center|throw)\b", re.IGNORECASE)
# Asking how to do a thing ("how would you get started in UX if you were me?"): a tip, not
# a decision weighed up.
_HOW_TO = re.compile(r"\bhow (would|do|should|can|could|did) (you|i)\b", re.IGNORECASE)
# Topics a scene's own tips answer whatever the request names ("any tips for my first day?").
_THE_SCENES_OWN = frozenset({None, Topic.SETTING, Topic.REASON})
# Help to find something ("can you help me find a supermarket?"): a place asked after.
_FIND_ME = re.compile(r"\bhelp me (find|look for|get to)\b", re.IGNORECASE)
# A user's words said back from memory: longer than this, a relative clause at the end goes.
_LONG_QUOTE = 6
# "which hospital did I say?", "what school did I tell you?": a thing of theirs asked by its kind
_WHICH_OF_THEIRS = re.compile(r"\b(?:which|what) (\w+) (?:did|do|was|is) (?:i|it that i)\b",
                              re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r",?\s+(who|which|that)\s+(is|are|was|were|'s)\b.*$", re.IGNORECASE)
# A clause said back names who did it ("you live in Camden"); "reading mostly" does not.
_SUBJECT_FIRST = re.compile(r"^(.*\b)?(you|your|we|they|he|she|it|there|my|our)\b", re.IGNORECASE)
# Words said back that name a thing with no verb ("a very fat cat called Dumpling").
_NOUN_PHRASE = re.compile(r"^(a|an|one|two|three|four|five|some)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(is|are|was|were|am|have|has|had|do|does|did|got|get|go|went|want|"
                     r"like|love|work|live|lives|can|could|will|would|should|must|might|think|"
                     r"guess|reckon|maybe)\b|n't\b", re.IGNORECASE)
# A line with one of these is met as a whole (steered away from, sorry for), not split.
_NOT_SPLIT = frozenset({*AVOID_TOPICS, MoveLabel.COMPLAINT})
# The labels a second question keeps of its line.
_ASKING_LABELS = frozenset({MoveLabel.OPEN_QUESTION, MoveLabel.CLOSED_QUESTION,
                            MoveLabel.ADVICE_REQUEST})
# Its own question back, which waits until the second answer ("Where did you grow up?"; not
# "You're a nurse, right?").
_ASKS_BACK = re.compile(r"^(?:and |so )?(?:" + "|".join(sorted(WH | AUX)) + r")\b.*\?$",
                        re.IGNORECASE)
# The wording of owning that it cannot answer ("not sure" of the world, "Someone here will
# know", does answer a question of the world).
_NO_ANSWER_KEYS = ("no_answer", "unclear", "recall_untold")
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
    (cues.JOIN_ASKED.search, "join_welcome"), (cues.HELP_ASKED.search, "help_yes"),
    (cues.FAVOUR_ASKED.search, "agree_favour"), (cues.BORROW_ASKED.search, "lend_yes"),
    (cues.FUTURE_OFFER.search, "offer_later_thanks"),
    (cues.TIME_PROPOSED.search, "accept_time"))


def _overlap(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two answers say the same thing twice: two content words in common ("I really
    like it here. The people are kind." and "Yes, I like it a lot. People here are very
    kind.")."""
    def content(parts: Sequence[str]) -> set[str]:
        return {cues.stem(word) for word in textnorm.words(" ".join(parts))
                if len(word) > 2 and word not in FUNCTION_WORDS}
    return len(content(first) & content(second)) >= 2


_STARTED_WHEN = re.compile(r"\b(start|started|begin|began|join|joined|move|moved|get into|got "
                           r"into)\b", re.IGNORECASE)
# The words that ask for a detail, not what it is of ("when are you going?" names nothing).
_DETAIL_ASKING_STEMS = frozenset("go come visit see do happen start time day".split())


def _told_lines(fact: Fact) -> tuple[str, ...]:
    """What a card's fact tells of the partner: not its question back, nor its advice."""
    return (fact.answer, fact.yes_no, *fact.story)


def _sentences_saying(lines: Sequence[str], saying: re.Pattern[str]) -> list[str]:
    """The sentences of `lines` that `saying` finds, without a leading yes or no ("Yes,
    twelve years now" answers "how long?" as "Twelve years now"), questions left out."""
    return [_sentence_case(cues.YES_NO_WORD.sub("", sentence, count=1).strip(" ,"))
            for line in lines for sentence in cues.SENTENCE_END.split(line)
            if saying.search(sentence) and not sentence.endswith("?")]


def _as_read(line: UserLine) -> UserLine:
    """The line as the partner reads it: slips of hearing and chat spellings put right, a
    question's dropped "do" put back ("what you do?"), a hand-back before a question of its
    own left out ("what about you, have you done it before?"), and a learner's dropped "it"
    put back ("Is my first time." is told, not the yes/no question the matcher heard), and
    "did you hear what I said?" left out (the news beside it is what to answer)."""
    text = cues.HANDED_BACK_THEN_ASKED.sub("", with_auxiliary(cues.heard(line.text)))
    if cues.NAMES_SAID.search(text):
        # "Sorry, I'm awful with names, what was yours again?" (an eighteenth play-test: "Hm,
        # good question. I'm not sure, to be honest.")
        text = cues.YOURS_ASKED.sub("what was your name", text)
    listened = cues.NOT_LISTENING.sub("", text).strip() or text
    statement = cues.with_dropped_it(listened)
    if (statement == text or "?" in statement) and listened == text:
        return UserLine(statement, line.labels)
    return UserLine(statement, tuple(label for label in line.labels
                                     if label is not MoveLabel.CLOSED_QUESTION))


# One's people in a word too short to be a content word, and the words that mean the same.
_KIN_SAME = {"son": "son", "boy": "son", "daughter": "daughter", "girl": "daughter",
             "mum": "mum", "mom": "mum", "mother": "mum", "dad": "dad", "father": "dad",
             "kid": "child", "kids": "child", "child": "child", "children": "child",
             "baby": "child"}


# Words that name a place in a plan's line, kept or not ("in the old hall by Kew Bridge").
_SOME_PLACE = re.compile(r"\b(in|at|on|by|near|outside) (the )?((?!(Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b)[A-Z]\w+|\w+ "
                         r"(hall|street|road|lane|square|centre|center|park|bridge))\b")
_OWN_AGE_ASKED = re.compile(r"\bhow old are (you|u)\b|\byour age\b", re.IGNORECASE)
_LEISURE_WORDS = frozenset("fun free spare hobby hobbies pastime pastimes weekends".split())


def _recall_stems(text: str, common: frozenset[str] = cues.COMMON_WORDS) -> set[str]:
    """What a line names, for remembering: its content stems, kin, and the short words for
    pets and the like ("what's my dog called?" - "a dog called ramones lol")."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    # the one thing asked in other words: "what I do for fun" is what they do in their free
    # time (a twentieth play-test's "bet you forgot what i do for fun")
    leisure = {"leisure"} if words & _LEISURE_WORDS else set()
    return (cues.content_stems(text, common) | _kin_words(text) | (words & _SHORT_NOUNS) | leisure
            | {word[:-1] for word in words if word[:-1] in _SHORT_NOUNS and word.endswith("s")}
            | {cues.stem(word[:-1]) for word in words  # "shops" meets "shop"
               if len(word) >= 5 and word.endswith("s") and not word.endswith("ss")
               and word[:-1] not in common})


def _first_told(answer: str) -> str:
    """The first sentence of an answer that says something ("Ha! A mug, I think." -> "A mug,
    I think")."""
    return next((part for part in cues.SENTENCE_END.split(answer)
                 if part and "?" not in part and cues.content_stems(part)), answer)


def _kin_words(text: str) -> set[str]:
    """The user's people a line names, as one word each ("boy" and "son" are one)."""
    return {_KIN_SAME[word] for word in textnorm.words(text) if word in _KIN_SAME}


def _last_sentence(text: str) -> str:
    return cues.SENTENCE_END.split(text.strip())[-1]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fact_keywords(persona: Persona, stories: bool = True) -> dict[Topic, frozenset[str]]:
    """Per fact, the stems of its distinctive words (with `stories`, its story's too): not
    common ones, and not in three facts or more."""
    words = {topic: frozenset(w for line in (fact.answer, fact.yes_no,
                                             *(fact.story if stories else ()))
                              for w in textnorm.words(line) if len(w) >= 4) - cues.COMMON_WORDS
             for topic, fact in persona.facts.items()}
    counts: dict[str, int] = {}
    for group in words.values():
        for word in group:
            counts[word] = counts.get(word, 0) + 1
    return {topic: frozenset(cues.stem(w) for w in group if counts[w] < 3)
            for topic, group in words.items()}


def _disclosed_topics(told: Disclosure) -> tuple[Topic, ...]:
    """The topics of what a line told of the user, the job (or being without one) first."""
    return tuple(topic for value, topic in ((told.work or told.job or told.status, Topic.WORK),
                                            (told.like, Topic.HOBBIES), (told.place, Topic.HOME))
                 if value)


def _disclosed_topic(told: Disclosure) -> Topic | None:
    return next(iter(_disclosed_topics(told)), None)


def _named(scenario: Scenario, name: str) -> Persona:
    for persona in scenario.personas:
        if persona.name.lower() == name.strip().lower():
            return persona
    names = ", ".join(p.name for p in scenario.personas)
    raise PackError(f"scenario {scenario.id!r} has no persona {name!r}; choose one of: {names}")
