"""A user laughing at themselves (a twenty-ninth look at the partner, whose joker was judged
odd 25 times in 28: "I assemble furniture like a raccoon at 2am" got "Oh dear, that can't be
easy. How are you coping with it?", and the coach called the joke a gripe)."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching import cues
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.understanding.moves import MoveLabel


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


_JOKES = [
    ("neighbour", "Dev", "Guilty. I'm the one with the forty boxes in the hallway. Sorry in "
     "advance, I assemble furniture like a raccoon at 2am."),
    ("party", "Riley", "haha my cooking is a crime scene tbh"),
    ("first_day", "Tom", "My plants are all dead, I kill them on sight lol"),
    ("club", "Maya", "my commute is killing me haha"),
]


@pytest.mark.parametrize(("scene", "persona", "line"), _JOKES)
def test_a_joke_at_their_own_expense_is_laughed_along_with(
        matcher: Matcher, partner_wording: PartnerWording, scene: str, persona: str,
        line: str) -> None:
    reply = talk_through(matcher, scene, persona, line, seed=601)[-1]
    pity = [*partner_wording.lines["sympathy"], *partner_wording.lines["react_down"]]
    assert not any(sorry in reply for sorry in pity), reply
    laughs = [*partner_wording.lines["laugh"], *partner_wording.lines["laugh_brief"]]
    assert any(reply.startswith(laugh) for laugh in laughs), reply


@pytest.mark.parametrize(("scene", "persona", "line"), _JOKES)
def test_the_coach_does_not_call_a_joke_a_gripe(
        matcher: Matcher, scene: str, persona: str, line: str) -> None:
    labels = matcher.match(line).labels
    assert (MoveLabel.COMPLAINT not in labels
            or cues.not_meant_as(MoveLabel.COMPLAINT, line)), labels


@pytest.mark.parametrize("line", [
    "the food here is awful lol",  # about the scene: still a gripe, laugh or not
    "my commute is killing me",  # no laugh: a moan
])
def test_a_gripe_without_a_laugh_or_about_the_scene_is_still_one(
        matcher: Matcher, line: str) -> None:
    assert MoveLabel.COMPLAINT in matcher.match(line).labels
    assert not cues.not_meant_as(MoveLabel.COMPLAINT, line)


@pytest.mark.parametrize(("scene", "persona", "line", "kind"), [
    ("neighbour", "Dev", "My cat died last week lol, sorry, I laugh when I'm sad", "sorry_news"),
    ("club", "Maya", "My commute is killing me, honestly. Two hours each way.", "sympathy"),
])
def test_bad_news_or_a_moan_without_a_joke_still_gets_sympathy(
        matcher: Matcher, partner_wording: PartnerWording, scene: str, persona: str,
        line: str, kind: str) -> None:
    reply = talk_through(matcher, scene, persona, line, seed=601)[-1]
    assert any(kind_line in reply for kind_line in partner_wording.lines[kind]), reply
