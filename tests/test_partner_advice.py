"""Advice as a person gives it: a decision of the user's own life is weighed up with them, and
a request about something the scene knows nothing of gets no stock tip of the scene (a
fifteenth play-test: "any advice for job hunting?" at the pottery class got "Keep your elbows
tucked in", and "should I tell my boss now or wait?" got the card's biscuits)."""

from __future__ import annotations

import pytest

from voicecoach.coaching.partner import Partner, PartnerWording, Reply, UserLine
from voicecoach.coaching.persona import load_scenario
from voicecoach.understanding.match import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


@pytest.fixture(scope="module")
def wording() -> PartnerWording:
    return PartnerWording.load()


def reply_to(matcher: Matcher, scene: str, persona: str, text: str) -> Reply:
    partner = Partner(load_scenario(scene), seed=3, persona=persona)
    partner.reply(UserLine("Hi, I'm Priya, I'm new.", matcher.match("Hi, I'm Priya.").labels))
    return partner.reply(UserLine(text, matcher.match(text).labels))


@pytest.mark.parametrize("text", [
    "Also, do you think I should tell my boss at the cafe I'm quitting for nursing school now or "
    "wait?",
    "what do you think I should do, look for the same job or try something new?",
    "I don't know whether I should go to work tomorrow or take time off. What would you do?",
    "should I take the job in London or stay here?",
])
@pytest.mark.parametrize(("scene", "persona"), [("club", "Maya"), ("party", "Jordan"),
                                                ("networking", "Marcus")])
def test_a_decision_of_their_own_is_weighed_up_with_them(
        matcher: Matcher, wording: PartnerWording, scene: str, persona: str, text: str) -> None:
    reply = reply_to(matcher, scene, persona, text)
    assert reply.parts[0] in wording.lines["weigh_up"], reply.text


@pytest.mark.parametrize("text", ["should I bring a bottle or some food?",
                                  "do you think I should bring anything next time?",
                                  "any tips for centering the clay?",
                                  "How would you get started in pottery if you were me?"])
def test_a_practical_question_at_the_scene_is_not_a_life_decision(
        matcher: Matcher, wording: PartnerWording, text: str) -> None:
    reply = reply_to(matcher, "club", "Maya", text)
    assert not set(reply.parts) & set(wording.lines["weigh_up"]), reply.text
    assert "no real experience" not in reply.text and "not the best person" not in reply.text


@pytest.mark.parametrize(("scene", "persona"), [("club", "Maya"), ("party", "Jordan"),
                                                ("neighbour", "Grace")])
def test_advice_on_something_the_scene_knows_nothing_of_gets_no_scene_tip(
        matcher: Matcher, scene: str, persona: str) -> None:
    reply = reply_to(matcher, scene, persona, "do you have any advice for job hunting?")
    assert "job hunting" in reply.text, reply.text
    assert not set(reply.parts) & set(load_scenario(scene).advice), reply.text
