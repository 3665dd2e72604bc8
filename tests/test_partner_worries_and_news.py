"""An anxious user's worries, news told in passing, and questions a person answers by their
form (a twenty-eighth look at the partner, with anxious, storytelling and learner testers:
"Do you think I'm bad at networking?" got "I think so, yes!", a sister's twins "What's she
like?", "My cat threw up on my shirt" "Oh, I love that!")."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


_CHEERFUL_YES = ("I think so, yes!", "Yes, I'd say so!")


@pytest.mark.parametrize(("scene", "persona", "line"), [
    ("networking", "Priya", "I don't know, sorry. Something less boring than forms. Do you "
     "think I'm bad at networking? I never know what to say."),
    ("party", "Jordan", "A quiz? I'd be terrible at that. Sorry, I'm really bad at talking to "
     "people. Do I seem awkward?"),
    ("first_day", "Tom", "Sorry, am I boring you?"),
])
def test_asked_whether_they_come_across_badly_it_reassures(
        matcher: Matcher, partner_wording: PartnerWording, scene: str, persona: str,
        line: str) -> None:
    reply = talk_through(matcher, scene, persona, "Hi, I'm Sam.", line, seed=318)[-1]
    assert not any(yes in reply for yes in _CHEERFUL_YES), reply
    assert any(kind in reply for kind in partner_wording.lines["reassure_self"]), reply


@pytest.mark.parametrize(("scene", "persona", "line"), [
    ("club", "Robin", "Oh, bridges, wow. I just work in a shop. Sorry, that's not interesting. "
     "But the teacher thing - do you think she minds?"),
    ("neighbour", "Grace", "Not really. I play the cello a bit, which is why I'm worried about "
     "noise. Is that a problem, do you think?"),
    ("party", "Jordan", "Okay I guess. I spilled some wine on the rug earlier, I'm so "
     "embarrassed. Do you think anyone saw?"),
    ("club", "Maya", "What do you reckon - is it my fault the vase blew up?"),
])
def test_a_worry_put_to_it_gets_no_cheerful_yes(
        matcher: Matcher, partner_wording: PartnerWording, scene: str, persona: str,
        line: str) -> None:
    reply = talk_through(matcher, scene, persona, "Hi, I'm Sam.", line, seed=308)[-1]
    assert not any(yes in reply for yes in _CHEERFUL_YES), reply
    assert any(calm in reply for calm in partner_wording.lines["reassure_worry"]), reply


@pytest.mark.parametrize(("line", "key"), [
    ("Happy news - my sister had twins on Sunday, I'm an auntie twice over!", "congratulate"),
    ("Good news, I got my first ever promotion this week! Team leader!", "congratulate"),
    ("My manager shouted at me on Monday.", "sorry_news"),
    ("My cat threw up on my shirt as I was leaving, so this is shirt number two.",
     "mishap_own"),
    ("Last week I fell in a river on a work canoe trip, in front of my boss. Mortifying.",
     "mishap_own"),
])
def test_news_told_gets_the_reaction_it_calls_for(
        matcher: Matcher, partner_wording: PartnerWording, line: str, key: str) -> None:
    reply = talk_through(matcher, "party", "Riley", "Hi, I'm Sam's cousin.", line, seed=5)[-1]
    assert any(reply.startswith(said) for said in partner_wording.lines[key]), reply


def test_twins_news_and_a_choice_get_congratulations_and_an_answer(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "networking", "Priya", "Hi, I'm Ines.",
        "Oh! Happy news - my sister had twins on Sunday, I'm an auntie twice over! What do you "
        "think, are twins double the fun or double the chaos?", seed=319)[-1]
    assert any(said in reply for said in partner_wording.lines["congratulate_brief"]), reply
    assert any(said in reply for said in partner_wording.lines["both_really"]), reply
    assert not any(yes in reply for yes in _CHEERFUL_YES), reply


def test_any_of_two_kinds_asks_whether_not_which(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "networking", "Priya", "Hi, I'm Ines.",
                         "Do you have any nieces or nephews?", seed=319)[-1]
    assert not any(said in reply for said in partner_wording.lines["both_really"]), reply


@pytest.mark.parametrize(("text", "name"), [
    ("First time, yes. I'm Ines - I do packaging design, mostly for tea companies.", "Ines"),
    ("yes, Sam is my neighbour. I am come from Poland, two year ago.", None),
])
def test_a_name_before_a_dash_is_taken_and_a_learners_verb_is_none(
        text: str, name: str | None) -> None:
    assert disclosure(text).name == name


def test_its_name_asked_is_given_even_beside_a_friend_named(matcher: Matcher) -> None:
    replies = talk_through(
        matcher, "networking", "Marcus",
        "First time, yes. My friend Carla was meant to come too but bailed.",
        "Carla told me about it - the friend who bailed, like I said. You didn't tell me your "
        "name, by the way?",
        "Yes, I heard that bit. Okay, I'll try once more: what's your name?", seed=320)
    assert "Marcus" in replies[1], replies[1]
    assert "Marcus" in replies[2], replies[2]


def test_i_heard_that_bit_is_no_gossip(matcher: Matcher) -> None:
    labels = {label.value for label in matcher.match("Yes, I heard that bit.").labels}
    assert "gossip" not in labels
    assert "gossip" in {label.value for label in matcher.match(
        "I heard that the boss is quitting").labels}


@pytest.mark.parametrize(("line", "named"), [
    ("My weekend was lovely, thanks. How was yours?", "How was your weekend?"),
    ("My commute was awful this morning. How was yours?", "How was your commute?"),
    ("Mine came out wonky. How did yours turn out?", "Mine came out wonky. How did yours turn "
     "out?"),
])
def test_how_was_yours_is_read_as_the_thing_they_named(line: str, named: str) -> None:
    from voicecoach.coaching import cues
    assert cues.yours_named(line).endswith(named)


def test_my_first_week_was_is_no_denial_of_being_here_before(matcher: Matcher) -> None:
    reply = talk_through(matcher, "club", "Maya", "My first week was chaos. How was yours?",
                         seed=11)[-1]
    assert "thinking of someone else" not in reply, reply


@pytest.mark.parametrize(("scene", "persona", "line", "key"), [
    ("neighbour", "Grace", "Oh. Right. Sorry. I'll only practise in the afternoons then. Is "
     "there a time that's best for you, so I don't disturb you?", "any_time"),
    ("club", "Maya", "I was, yes. You were the one with the really neat bowl, right? How did "
     "you get it so even?", "practice"),
    ("party", "Riley", "free time I sleep haha. sometime I cook pierogi, my grandmother recipe. "
     "you can make pierogi?", "never_tried"),
])
def test_its_own_things_asked_by_their_form_are_answered(
        matcher: Matcher, partner_wording: PartnerWording, scene: str, persona: str, line: str,
        key: str) -> None:
    reply = talk_through(matcher, scene, persona, line, seed=306)[-1]
    assert any(said in reply for said in partner_wording.lines[key]), reply


@pytest.mark.parametrize("line", [
    "Is it okay if I add you on LinkedIn, or is that too forward?",
    "Spot on. Have you ever been up north? Leeds is brilliant.",
])
def test_a_plain_question_of_its_own_gets_no_i_couldnt_say(
        matcher: Matcher, partner_wording: PartnerWording, line: str) -> None:
    reply = talk_through(matcher, "networking", "Priya", "Hi, I'm Sam.", line, seed=318)[-1]
    assert not any(said in reply for said in partner_wording.lines["no_answer"]), reply


def test_a_takeaway_nearby_is_known_to_a_neighbour(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I've just moved in downstairs.",
                         "Totally different question: do you know if there's a decent Thai "
                         "takeaway near here?", seed=315)[-1]
    assert not any(said in reply for said in partner_wording.lines["no_answer"]), reply


def test_a_plan_of_their_own_is_approved_after_their_news(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "party", "Jordan", "Hi, I'm Sam's cousin.",
        "Anyway, happier news - I just got the keys to my first ever flat yesterday! I'm still "
        "buzzing. What do you think, should I have a housewarming?", seed=304)[-1]
    assert any(said in reply for said in partner_wording.lines["congratulate_brief"]), reply
    assert any(said in reply for said in partner_wording.lines["go_for_it"]), reply


def test_would_you_come_if_i_invited_is_an_invitation(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "party", "Jordan", "Hi, I'm Sam's cousin.",
                         "Would you come if I invited half of Sam's football lot?", seed=304)[-1]
    yes = (*partner_wording.lines["accept_invitation"], *partner_wording.lines["accept_plan"])
    assert any(said in reply for said in yes), reply


@pytest.mark.parametrize(("line", "key"), [
    ("Pretty bad week honestly. My manager shouted at me on Monday. I'm sorry, I shouldn't "
     "moan. Is that normal in jobs?", "not_okay"),
    ("Not really, no. Sorry. Is it normal to just come to a party where you don't know "
     "anybody? I feel a bit stupid.", "quite_normal"),
])
def test_whether_something_is_normal_is_answered_for_them(
        matcher: Matcher, partner_wording: PartnerWording, line: str, key: str) -> None:
    reply = talk_through(matcher, "club", "Robin", "Hi, I'm Sam.", line, seed=308)[-1]
    assert any(said in reply for said in partner_wording.lines[key]), reply


def test_getting_better_asked_is_self_doubt(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "club", "Robin", "Hi, I'm Sam.",
                         "Sorry, I'm rambling. Do you think I'll get better at this, the clay I "
                         "mean?", seed=308)[-1]
    assert any(said in reply for said in partner_wording.lines["reassure_doubt"]), reply


def test_a_choice_about_its_own_story_gets_one_of_the_two(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "first_day", "Aisha",
        "I am, yeah, just started in customer support. Have you been here long? What do you do?",
        "Answering tickets and chats, mainly. What was your first day like, then?",
        "Ha, go on then, what happened on yours? Did anything go wrong?",
        "Wait, the fire alarm - was it a real fire or just a drill?", seed=311)[-1]
    assert not any(said in reply for said in partner_wording.lines["both_really"]), reply
    assert "a drill" in reply, reply


def test_a_few_words_of_answer_said_back_open_a_sentence(matcher: Matcher) -> None:
    reply = talk_through(
        matcher, "first_day", "Aisha",
        "I am, yeah, just started in customer support. Have you been here long? What do you do?",
        "answering tickets and chats, mainly. What was your first day like, then?",
        seed=311)[-1]
    assert not reply.startswith("answering"), reply


def test_should_i_join_gets_a_yes_not_a_tip(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "first_day", "Tom", "Hi, I'm Jo.",
                         "What do you reckon - should I join the office team?", seed=309)[-1]
    assert any(said in reply for said in partner_wording.lines["go_for_it"]), reply
