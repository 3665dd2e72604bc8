"""The coach's false alarms on an anxious or joking user (a twenty-eighth look at the partner:
"That sounds like a gripe" after "I'd be terrible at that" and "Best worst day ever", and
"Great open question" after "what's your name?" asked a third time)."""

from __future__ import annotations

import pytest

from voicecoach.coaching import cues
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.understanding.moves import MoveLabel


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


@pytest.mark.parametrize("line", [
    "A quiz? I'd be terrible at that.",
    "I don't know, sorry. Something less boring than forms.",
    "Sam and I go way back. Best worst day ever.",
])
def test_modesty_a_comparison_and_a_joke_are_no_gripe(matcher: Matcher, line: str) -> None:
    assert MoveLabel.COMPLAINT not in matcher.match(line).labels


@pytest.mark.parametrize("line", [
    "this is the worst party ever",
    "the music here is so boring",
    "once again the trains are a joke",
])
def test_a_gripe_is_still_a_gripe(matcher: Matcher, line: str) -> None:
    assert MoveLabel.COMPLAINT in matcher.match(line).labels


@pytest.mark.parametrize(("line", "one_fact"), [
    ("Yes, I heard that bit. Okay, I'll try once more: what's your name?", True),
    ("What's your daughter's name?", True),
    ("no, how many year? I am here only eight month.", True),
    ("What do you do for fun?", False),
    ("So what brings you here: work or fun?", False),
])
def test_a_question_after_one_fact_is_not_praised_as_open(line: str, one_fact: bool) -> None:
    assert cues.asks_only_the_way(line) is one_fact
