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


@pytest.mark.parametrize("text", [
    "Lovely. Also, I'm a bit worried about the noise, I play piano. Do you think the neighbours "
    "will mind?",
    "I always forget names. Is that rude?",
    "do you think it's too much to bring wine on a first visit?",
    "do you think people will think it's weird that I came alone?",
    "is it weird that I came on my own?",
])
def test_a_worry_of_their_own_gets_a_kind_word_not_a_yes(
        matcher: Matcher, wording: PartnerWording, text: str) -> None:
    """"do you think people will mind the noise?" got "Yes, I'd say so!"."""
    reply = reply_to(matcher, "neighbour", "Grace", text)
    assert reply.parts[0] in wording.lines["reassure_worry"], reply.text


def test_is_it_a_good_place_is_asked_of_the_place_not_a_worry(
        matcher: Matcher, wording: PartnerWording) -> None:
    reply = reply_to(matcher, "neighbour", "Grace", "is it a nice area to live in?")
    assert not set(reply.parts) & set(wording.lines["reassure_worry"]), reply.text


@pytest.mark.parametrize("text", [
    "great thanks. honestly the landlord is useless, he hasnt fixed the heating in weeks, its so "
    "annoying",
    "Haha fine. Oh, and I just found out my flat has mould in the bathroom, the landlord is "
    "ignoring me. It's so frustrating.",
])
def test_a_moan_about_their_landlord_gets_sympathy_not_a_change_of_subject(
        matcher: Matcher, wording: PartnerWording, text: str) -> None:
    """"the landlord is useless, he hasn't fixed the heating in weeks" got "Oh no, that does
    sound annoying. Still, let's not let it spoil things. What sort of music do you like?": its
    "he" was read as someone here, and "great thanks." as a happy line; the mould got "Oh,
    nice."."""
    reply = reply_to(matcher, "neighbour", "Dev", text)
    assert reply.parts[0] in wording.lines["sympathy"], reply.text


@pytest.mark.parametrize(("scene", "persona", "text"), [
    ("neighbour", "Dev", "Sorry, I don't really feel like talking about music. I'm just "
     "stressed. What would you do if you were me?"),
    ("networking", "Marcus", "Listening more, good tip. But for UX specifically, should I do a "
     "bootcamp or teach myself?"),
])
def test_a_decision_beside_a_moan_or_between_two_courses_is_weighed_up(
        matcher: Matcher, wording: PartnerWording, scene: str, persona: str, text: str) -> None:
    """Both got a scene tip (the vegetable market; "come to a few of these in a row") in a
    sixteenth play-test."""
    reply = reply_to(matcher, scene, persona, text)
    assert reply.parts[0] in wording.lines["weigh_up"], reply.text


@pytest.mark.parametrize(("scene", "persona", "text", "named"), [
    ("neighbour", "Grace", "Do you have any tips for first-time homeowners?",
     "first-time homeowners"),
    ("party", "Jordan", "Any tips for a first-time manager?", "first-time manager"),
])
def test_tips_for_something_no_one_at_the_scene_knows_get_no_tip_of_the_scenes(
        matcher: Matcher, scene: str, persona: str, text: str, named: str) -> None:
    reply = reply_to(matcher, scene, persona, text)
    assert named in reply.text, reply.text
    assert not set(reply.parts) & set(load_scenario(scene).advice), reply.text


@pytest.mark.parametrize(("text", "course"), [
    ("Should I sit here or go over there?", "sit here"),
    ("should I get red or white?", "get red"),
    ("Should I have another drink or head home?", "have another drink"),
    ("should I try the punch or stick to water?", "try the punch"),
])
@pytest.mark.parametrize(("scene", "persona"), [("party", "Riley"), ("club", "Maya")])
def test_a_choice_of_the_here_and_now_is_just_answered(
        matcher: Matcher, wording: PartnerWording, scene: str, persona: str, text: str,
        course: str) -> None:
    """Not weighed up as a life decision ("I'd sleep on it before deciding anything")."""
    reply = reply_to(matcher, scene, persona, text)
    assert f"I'd {course}" in reply.text, reply.text
    assert not set(reply.parts) & set(wording.lines["weigh_up"]), reply.text


@pytest.mark.parametrize("text", ["should I get a new job or stay?",
                                  "Should I get the flat in town or stay with my parents?"])
def test_a_choice_of_a_life_is_still_weighed_up(
        matcher: Matcher, wording: PartnerWording, text: str) -> None:
    reply = reply_to(matcher, "party", "Riley", text)
    assert reply.parts[0] in wording.lines["weigh_up"], reply.text
