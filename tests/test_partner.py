"""The role-play partner as a user meets it: it answers what was asked, gives its name back,
goes on with a story, keeps its facts, never repeats itself, and asks things back. Also the
persona cards users write, `voicecoach scenarios`, and typed practice (`practice --text`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from benchmarks.partner import DIALOGUES, load_dialogues, play
from tests.conftest import run_voicecoach
from voicecoach.coaching import cues
from voicecoach.coaching.coach import Coach
from voicecoach.coaching.partner import (
    Partner,
    PartnerWording,
    Reply,
    ReplyKind,
    UserLine,
    silence_step,
)
from voicecoach.coaching.persona import (
    CARD_TOPICS,
    SilencePlan,
    list_scenarios,
    load_scenario,
    load_scenario_file,
)
from voicecoach.coaching.practice import PracticeConductor
from voicecoach.errors import PackError
from voicecoach.live.conductor import EndReason, Reaction
from voicecoach.testing import make_turn
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.match import Matcher
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import QuestionKind, Topic, TopicFinder, with_auxiliary
from voicecoach.understanding.turn import Turn

YES_NO = re.compile(r"^(yes|yeah|no|not|i do|i am|i have|oh yes|oh no)\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


def talk(partner: Partner, matcher: Matcher, *lines: str) -> list[Reply]:
    return [partner.reply(UserLine(line, matcher.match(line).labels)) for line in lines]


def fact_lines(partner: Partner, topic: Topic) -> list[str]:
    fact = partner.persona.fact(topic)
    assert fact is not None
    return [fact.answer, fact.yes_no, *fact.story]


# ---------------------------------------------------------------------------- answering


def test_an_introduction_with_a_question_gets_both_names_and_an_answer(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=1)
    [reply] = talk(partner, matcher, "Hi, I'm Chris, how do you know Sam?")
    assert "Chris" in reply.text and partner.name in reply.text
    assert any(line in reply.text for line in fact_lines(partner, Topic.REASON))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_good_word_about_the_event_gets_the_partners_own_view_not_the_same_question(
        matcher: Matcher, seed: int) -> None:
    """"The speaker was pretty good, I thought" was answered "What did you think of the talk?"."""
    partner = Partner(load_scenario("networking"), seed=seed)
    setting = partner.persona.facts[Topic.SETTING]
    first, second = talk(partner, matcher, "Hi, I'm Dana.", "the speaker was pretty good I thought")
    assert setting.answer in second.text, second.text
    assert second.text.startswith(tuple(PartnerWording.load().lines["react_agree"])), second.text
    [third] = talk(partner, matcher, "the talk was really interesting")
    asked = [first.text.split(". ")[-1], second.text.split(". ")[-1], third.text.split(". ")[-1]]
    assert setting.ask not in asked and "How are you finding it so far?" not in asked, asked


@pytest.mark.parametrize("seed", [1, 2])
def test_do_you_come_to_these_often_is_answered_from_the_card(matcher: Matcher, seed: int) -> None:
    partner = Partner(load_scenario("networking"), seed=seed)
    [reply] = talk(partner, matcher, "do you come to these often")
    # the yes/no answer turned round where it was written for "is it your first time?"
    lines = [cues.as_been_before(line) for line in fact_lines(partner, Topic.REASON)]
    assert any(line in reply.text for line in lines), reply.text


@pytest.mark.parametrize("scenario", ["party", "networking", "neighbour", "first_day", "club"])
def test_what_do_you_do_is_answered_with_work(matcher: Matcher, scenario: str) -> None:
    for seed in (1, 2, 3):
        partner = Partner(load_scenario(scenario), seed=seed)
        [reply] = talk(partner, matcher, "So what do you do?")
        assert partner.persona.facts[Topic.WORK].answer in reply.text, reply.text


@pytest.mark.parametrize("scenario", ["party", "networking", "neighbour", "first_day", "club"])
def test_what_do_you_do_is_handed_back_to_a_user_who_has_not_said(matcher: Matcher,
                                                                     scenario: str) -> None:
    for seed in (1, 2, 3):
        partner = Partner(load_scenario(scenario), seed=seed)
        [reply] = talk(partner, matcher, "So what do you do?")
        assert reply.asks and reply.text.endswith("?"), reply.text


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_what_the_user_told_beside_a_question_is_followed_up(matcher: Matcher,
                                                             seed: int) -> None:
    partner = Partner(load_scenario("party"), seed=seed)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "What do you do?",
                     "I'm a teacher. How do you know the host?")
    assert any(line in reply.text for line in fact_lines(partner, Topic.REASON)), reply.text
    assert reply.asks and partner.memory.last_question is Topic.WORK, reply.text


@pytest.mark.parametrize(("scenario", "line"), [
    ("neighbour", "Hi, I'm Alex. I just moved here."),
    ("party", "I'm new in town, actually."),
    ("neighbour", "Yes, I moved in last week."),
])
def test_someone_who_just_arrived_is_asked_how_they_are_finding_it(
        matcher: Matcher, scenario: str, line: str) -> None:
    partner = Partner(load_scenario(scenario), seed=1)
    [reply] = talk(partner, matcher, line)
    assert reply.asks, reply.text
    assert "where you live" not in reply.text and "lived where" not in reply.text, reply.text
    new_here = PartnerWording.load().lines["new_here"]
    # one of the newcomer's questions, or the neighbour's own ("How are you settling in?")
    assert reply.text.endswith(new_here) or "settling in" in reply.text, reply.text


def test_the_partner_says_goodbye_once(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=1)
    conductor = PracticeConductor(partner.scenario, partner, Coach())
    talk(partner, matcher, "Hi, I'm Chris.", "Anyway, it was lovely to meet you, bye!")
    assert partner.said_goodbye
    spoken = [say.text for say in conductor.closing(EndReason.COMMAND)]
    assert partner.scenario.closing not in spoken  # its own goodbye was the parting line
    talk(partner, matcher, "Oh wait, one more thing: do you like the music?")
    assert not partner.said_goodbye
    assert partner.scenario.closing in [say.text for say in conductor.closing(EndReason.COMMAND)]


def test_leaving_on_a_question_never_answered_says_so_before_the_parting_line(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=1)
    conductor = PracticeConductor(partner.scenario, partner, Coach())
    [reply] = talk(partner, matcher, "Hi, I'm Sam, nice to meet you.")
    assert reply.asks, reply.text
    spoken = [say.text for say in conductor.closing(EndReason.END_OF_INPUT)]
    assert spoken[0] in PartnerWording.load().lines["unanswered"], spoken
    assert spoken[1] == partner.scenario.closing


def test_a_yes_no_question_gets_yes_or_no_first_and_then_more(matcher: Matcher) -> None:
    for scenario in list_scenarios():
        partner = Partner(load_scenario(scenario), seed=4)
        for line in ("Do you live around here?", "Do you have any pets?"):
            [reply] = talk(partner, matcher, line)
            first = reply.parts[0]
            assert YES_NO.match(first), (scenario, line, reply.text)
            assert len(reply.text.split()) >= 5


def test_tell_me_more_goes_on_with_the_same_story(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=2)
    answer, more, again = talk(partner, matcher, "What have you been up to lately?",
                               "Oh wow, tell me more.", "Go on.")
    fact = partner.persona.facts[Topic.RECENT]
    assert fact.answer in answer.text
    assert fact.story[0] in more.text
    assert fact.story[1] in again.text


def test_a_reply_the_user_talked_over_is_taken_back(matcher: Matcher) -> None:
    """The user paused after "Oh wow," and went on: the partner had begun the story to the
    first half, stopped, and must tell its first step to the whole turn, not the second."""
    partner = Partner(load_scenario("party"), seed=2)
    coach = Coach()
    conductor = PracticeConductor(load_scenario("party"), partner, coach, nudges=False)
    fact = partner.persona.facts[Topic.RECENT]

    def turn(index: int, text: str) -> Turn:
        return make_turn(index, text=text, words=len(text.split()),
                         labels=matcher.match(text).labels)

    assert fact.answer in reply_text(conductor.on_turn(turn(0, "What have you been up to?")))
    conductor.on_turn(turn(1, "Oh wow,"))
    conductor.take_back(turn(1, "Oh wow,"))
    whole = reply_text(conductor.on_turn(turn(1, "Oh wow, tell me more.")))
    assert fact.story[0] in whole, whole
    assert fact.story[1] in reply_text(conductor.on_turn(turn(2, "Go on.")))


def reply_text(reaction: Reaction) -> str:
    return " ".join(say.text for say in reaction.lines)


def test_tell_me_more_about_something_never_mentioned_starts_it(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=2)
    [reply] = talk(partner, matcher, "Tell me more about your trip.")
    assert partner.persona.facts[Topic.RECENT].answer in reply.text  # trips are recent news


def test_the_same_question_again_gets_the_same_facts_in_other_words(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=7)
    first, _, again = talk(partner, matcher, "Where are you from?", "What do you do?",
                           "Sorry, where did you say you were from?")
    assert first.text != again.text
    fact = partner.persona.facts[Topic.HOME]
    key_words = {w for w in re.findall(r"[A-Z][a-z]+", fact.answer + fact.yes_no)} - {"I"}
    assert key_words & set(re.findall(r"[A-Z][a-z]+", again.text)), again.text


def test_and_you_answers_what_the_user_just_told_about(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=7)
    [reply] = talk(partner, matcher, "I'm a nurse, I work nights mostly. And you?")
    assert partner.persona.facts[Topic.WORK].answer in reply.text


def test_an_avoid_topic_gets_a_change_of_subject_and_a_question(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=4)
    [reply] = talk(partner, matcher, "Did you see the election? The government is a disaster.")
    assert reply.asks and reply.text.endswith("?")
    assert "election" not in reply.text.lower() and "government" not in reply.text.lower()


@pytest.mark.parametrize(("line", "pool"), [
    ("The buses here are a joke, I waited forty minutes this morning.", "avoid_complaint"),
    ("Did you hear that Mark from accounts is sleeping with his boss?", "avoid_gossip"),
    ("So what do you make of the new tax plans the government announced?", "avoid_politics"),
    ("Anyone who votes for that lot is a complete idiot.", "avoid_offensive"),
])
def test_an_avoid_topic_is_stepped_away_from_in_words_that_fit_it(
        matcher: Matcher, line: str, pool: str) -> None:
    """A moan about the buses is met with sympathy, gossip with a polite refusal to join in,
    each before a question on something else; a reply that fits every topic reads as canned."""
    partner = Partner(load_scenario("party"), seed=4)
    [reply] = talk(partner, matcher, line)
    wording = PartnerWording.load().lines
    assert any(own in reply.text for own in wording[pool]), reply.text
    assert not any(shared in reply.text for shared in wording["avoid"]), reply.text
    assert reply.asks and reply.text.endswith("?")


def test_a_compliment_is_thanked(matcher: Matcher) -> None:
    partner = Partner(load_scenario("club"), seed=3)
    [reply] = talk(partner, matcher, "Your pot looks amazing, you're really good at this.")
    assert "thank" in reply.text.lower()


def test_what_the_user_said_comes_back_later(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=10)
    replies = talk(partner, matcher, "I work at the library in town.", "How do you know Sam?",
                   "Is the music always this good?", "Ha, yeah.", "Mm.")
    assert "library" in replies[0].text  # a reaction to what they said
    assert any("library" in r.text for r in replies[2:]), [r.text for r in replies]


def test_a_nervous_user_is_reassured_and_a_name_heard_later_is_used(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=11)
    hello, name, nervous = talk(partner, matcher, "Hi.", "I'm Leo. I work in marketing.",
                                "I'm a bit nervous, I don't know anyone.")
    assert partner.name in hello.text
    assert "Leo" in name.text and "marketing" in name.text
    # Knowing nobody gets "Well, you know me now!"; nerves alone get a plain reassurance.
    alone = PartnerWording.load().lines["reassure_alone"]
    assert any(line in nervous.text for line in alone) and nervous.asks
    partner = Partner(load_scenario("networking"), seed=11)
    [shy, bad_at] = talk(partner, matcher, "I'm a bit nervous to be honest.",
                         "sorry, I'm not very good at this")
    assert any(line in bad_at.text for line in PartnerWording.load().lines["reassure"])
    reassure = PartnerWording.load().lines["reassure"]
    assert any(line in shy.text for line in reassure) and not any(
        line in shy.text for line in alone), shy.text


@pytest.mark.parametrize("lines", [("Hi, I'm {name}.",), ("hi", "I'm {name} by the way")])
def test_a_user_with_the_partners_own_name_is_met_as_a_namesake(
        matcher: Matcher, lines: tuple[str, ...]) -> None:
    """To "Hi, I'm Jordan." Jordan said "Lovely to meet you, Jordan. I'm Jordan."."""
    partner = Partner(load_scenario("party"), seed=1)
    *_, named = talk(partner, matcher, *(line.format(name=partner.name) for line in lines))
    same = [line.format(name=partner.name, user=partner.name)
            for line in PartnerWording.load().lines["same_name"]]
    assert any(line in named.text for line in same), named.text
    assert named.text.count(partner.name) <= 2, named.text


def test_a_partner_that_gave_its_card_does_not_give_it_again_when_it_leaves(
        matcher: Matcher) -> None:
    """The networking scene's parting line, "... but here's my card", came after "Sure, here's
    my card." had been said."""
    scenario = load_scenario("networking")
    partner = Partner(scenario, seed=1)
    assert partner.parting_line() == scenario.closing
    [given] = talk(partner, matcher, "Shall we swap cards? I'd love to stay in touch.")
    assert "card" in given.text or "here you go" in given.text.lower(), given.text
    assert scenario.closing_after_card and "card" not in scenario.closing_after_card
    assert partner.parting_line() == scenario.closing_after_card


@pytest.mark.parametrize(("said", "heard"), [
    ("I've lived here for six months.", "six months"),
    ("I am living in here since six month.", "six months"),
    ("I live here since 2 years", "2 years"),
    ("I am in London since one year", "a year"),
])
def test_how_long_someone_has_lived_here_is_heard_in_a_learners_words_too(
        matcher: Matcher, said: str, heard: str) -> None:
    """"I am living in here since six month." after "What's your favourite thing to cook?"
    was taken for its answer: "Ah, right. Where do you go for that around here?"."""
    partner = Partner(load_scenario("party"), seed=2)
    _, lived = talk(partner, matcher, "I like very much the cooking.", said)
    assert heard in lived.text, lived.text
    cooking = PartnerWording.load().follow_up[Topic.FOOD]
    assert not any(line in lived.text for line in cooking), lived.text
    assert cues.own_duration("I'm here for two weeks") is None  # a visit


@pytest.mark.parametrize(("said", "name"), [
    ("Jo", "Jo"), ("Jo.", "Jo"), ("Alex, nice to meet you", "Alex"), ("um, Priya", "Priya"),
])
def test_a_name_said_back_alone_after_the_partners_is_heard(
        matcher: Matcher, said: str, name: str) -> None:
    """"I'm Grace." - "Jo" was answered "Ha, right." and the name never used."""
    partner = Partner(load_scenario("neighbour"), seed=2)
    _, named = talk(partner, matcher, "hi", said)
    assert name in named.text, named.text


@pytest.mark.parametrize("seed", [3, 7, 8])
def test_do_you_enjoy_it_after_the_work_answer_is_about_the_work(
        matcher: Matcher, seed: int) -> None:
    """The party's "I'm having a lovely time" was tacked onto the answer about teaching, and
    Riley answered it with "Yes, it's lovely. It's nice to be out after a week of nights."."""
    for asked in ("do you enjoy it?", "oh nice, do you enjoy it"):
        partner = Partner(load_scenario("party"), seed=seed)
        _, enjoy = talk(partner, matcher, "what do you do?", asked)
        setting = fact_lines(partner, Topic.SETTING)
        assert not any(line in enjoy.text for line in setting), (asked, enjoy.text)
        assert any(line in enjoy.text for line in fact_lines(partner, Topic.WORK)), enjoy.text


@pytest.mark.parametrize("said", ["Likewise", "Yeah", "Thanks!", "Sure."])
def test_a_short_reply_is_no_name(matcher: Matcher, said: str) -> None:
    partner = Partner(load_scenario("neighbour"), seed=2)
    _, reply = talk(partner, matcher, "hi", said)
    assert said.strip(".!") not in reply.text, reply.text


@pytest.mark.parametrize("said", ["Is it safe here at night? I am alone.", "I'm Italian.",
                                  "I'm divorced.", "I am vegetarian.", "I'm shy."])
def test_what_someone_is_is_no_name(matcher: Matcher, said: str) -> None:
    """"Is it safe here at night? I am alone." got "Lovely to meet you, Alone."."""
    partner = Partner(load_scenario("neighbour"), seed=3)
    [reply] = talk(partner, matcher, said)
    word = said.rstrip(".").split()[-1]
    assert word not in reply.text and "meet you" not in reply.text, reply.text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_asking_if_there_is_a_good_bakery_gets_a_tip_not_a_yes(matcher: Matcher, seed: int) -> None:
    """It was answered "Yes, for most of my life, though I grew up in Lagos."."""
    partner = Partner(load_scenario("neighbour"), seed=seed)
    [reply] = talk(partner, matcher, "do you know if there's a good bakery nearby")
    assert reply.kind is ReplyKind.ADVICE and not YES_NO.match(reply.text), reply.text


@pytest.mark.parametrize("seed", [5, 6])
def test_a_place_no_advice_fits_gets_no_tip_about_something_else(matcher: Matcher,
                                                                 seed: int) -> None:
    """"Is there a decent gym nearby?" got "The market on Saturday is the best place for
    vegetables."; a neighbour who knows of no gym says so."""
    partner = Partner(load_scenario("neighbour"), seed=seed)
    _, gym = talk(partner, matcher, "hi", "is there a decent gym nearby")
    assert not any(line in gym.text for line in partner.scenario.advice), gym.text
    _, food = talk(partner, matcher, "I love cooking", "any good places to eat around here?")
    assert food.kind is ReplyKind.ADVICE, food.text


@pytest.mark.parametrize("text", ["would you like to grab a coffee sometime",
                                  "shall we get a drink after this?",
                                  "fancy a coffee next week?", "do you want a drink",
                                  "we should go for a drink after class sometime",
                                  # a seventh play-test's housewarming
                                  "I'm having a flat-warming on Saturday. You should come!",
                                  "you're welcome to join us, bring a friend"])
def test_an_invitation_gets_a_warm_yes_not_a_fact(matcher: Matcher, text: str) -> None:
    """"Would you like to grab a coffee sometime?" got "Yes, I love food. I'm still hunting
    for a good curry here."."""
    partner = Partner(load_scenario("networking"), seed=7)
    _, reply = talk(partner, matcher, "hi", text)
    accept = PartnerWording.load().lines["accept_invitation"]
    assert reply.text in accept, reply.text


def test_the_same_job_as_the_partners_is_met_as_common_ground(matcher: Matcher) -> None:
    """"I'm a nurse", said to a nurse, got "Oh, a nurse! How interesting."."""
    partner = Partner(load_scenario("party"), seed=11)
    *_, reply = talk(partner, matcher, "hi", "what do you do", "i'm a nurse")
    assert reply.text.startswith(("Oh, a nurse too? Same here!", "No way, another nurse!")), (
        reply.text)


@pytest.mark.parametrize("said", ["yeah", "i dont know", "not sure"])
def test_a_reply_that_tells_nothing_gets_no_question_about_what_was_not_told(
        matcher: Matcher, said: str) -> None:
    """To "What do you like doing outside work?", a bare "yeah" got "Ah, that sounds good. ...
    How did you get into that?", and "I don't know" "How often do you get to do it?"."""
    partner = Partner(load_scenario("first_day"), seed=2)
    replies = talk(partner, matcher, "hello", "not really no", "um", said)
    assert replies[-2].text.endswith("What do you like doing outside work?"), replies[-2].text
    follow_ups = PartnerWording.load().follow_up[Topic.HOBBIES]
    assert not any(line in replies[-1].text for line in follow_ups), replies[-1].text
    assert not replies[-1].text.startswith("Ah, that sounds good"), replies[-1].text


@pytest.mark.parametrize("text", ["what do you want to get Sam for his birthday?",
                                  "my mum's calling me later about the flat",
                                  "I just bought an expensive new camera",
                                  "Nice to see you again!", "Did you enjoy the party?",
                                  "I need to find a new flat",
                                  "I'm going to head to Spain next month"])
def test_lines_like_an_invitation_a_goodbye_or_a_downside_are_not_taken_for_one(
        matcher: Matcher, text: str) -> None:
    partner = Partner(load_scenario("party"), seed=1)
    _, reply = talk(partner, matcher, "hi", text)
    wording = PartnerWording.load().lines
    for pool in ("accept_invitation", "farewell", "react_down"):
        assert not any(line in reply.text for line in wording.get(pool, ())), (pool, reply.text)


@pytest.mark.parametrize("said", ["thanks, yeah it's a bit overwhelming",
                                  "oh I'm terrible with numbers"])
def test_feeling_out_of_ones_depth_is_reassured_not_thanked_or_stepped_away_from(
        matcher: Matcher, said: str) -> None:
    """They got "That's really kind, thanks." and "Hm, let's not go there." (with the tip
    "That could hurt")."""
    partner = Partner(load_scenario("first_day"), seed=9)
    _, reply = talk(partner, matcher, "hi", said)
    reassure = PartnerWording.load().lines["reassure"]
    assert any(line in reply.text for line in reassure), reply.text


def test_a_question_about_what_people_do_is_not_matched_to_the_cards_words(
        matcher: Matcher) -> None:
    """"What time do people usually leave?" was answered "I've just come back from paternity
    leave.": a question about others is not about the partner's own things."""
    partner = Partner(load_scenario("first_day"), seed=4)
    _, reply = talk(partner, matcher, "hi, it's my first day", "what time do people usually leave")
    assert not any(line in reply.text for line in fact_lines(partner, Topic.RECENT)), reply.text


@pytest.mark.parametrize("seed", [1, 3])
def test_advice_asked_about_something_else_than_the_current_topic_fits_the_request(
        matcher: Matcher, seed: int) -> None:
    """Talking of hiking, "any tips for meeting people in a new city?" got boots for the ridge
    walk; the party's general line on meeting people fits. Asked with no subject of its own,
    the request still gets the current topic's advice."""
    partner = Partner(load_scenario("party"), seed=seed)
    *_, people = talk(partner, matcher, "I love hiking",
                      "do you have any tips for meeting people in a new city")
    on_friends = PartnerWording.load().lines["advice_friends"]
    assert people.kind is ReplyKind.ADVICE and (
        "people" in people.text or people.parts[0] in on_friends), people.text
    partner = Partner(load_scenario("party"), seed=seed)
    *_, hiking = talk(partner, matcher, "I love hiking", "any tips for a beginner?")
    hobbies = partner.persona.fact(Topic.HOBBIES)
    assert hobbies is not None and hobbies.advice in hiking.text, hiking.text


@pytest.mark.parametrize("text", ["hey, is anyone sitting here", "hi, mind if I join you?",
                                  "is this seat taken?"])
def test_asking_for_a_seat_is_welcomed_first(matcher: Matcher, text: str) -> None:
    """"Is anyone sitting here?" got only "Nice to meet you! I'm Priya. ..."."""
    partner = Partner(load_scenario("networking"), seed=3)
    [reply] = talk(partner, matcher, text)
    assert reply.parts[0] in PartnerWording.load().lines["seat_free"], reply.text
    assert reply.asks, reply.text


@pytest.mark.parametrize("text", ["Hi, is this the pottery class?",
                                  "sorry, are you here for the talk?"])
def test_asking_if_this_is_the_right_place_gets_a_yes(matcher: Matcher, text: str) -> None:
    """"Is this the pottery class?" was answered "Yes, I swim most mornings."."""
    partner = Partner(load_scenario("club"), seed=3)
    [reply] = talk(partner, matcher, text)
    right = PartnerWording.load().lines["right_place"]
    assert any(line in reply.text for line in right) and reply.asks, reply.text


@pytest.mark.parametrize("seed", [1, 5])
def test_a_yes_that_echoes_another_verb_is_said_without_the_echo(
        matcher: Matcher, seed: int) -> None:
    """The club's "Yes, I was! Second week for me too." was the answer to "do you come here
    often?", echo and all; now that question of how settled it is gets the plain answer, which
    says how long (a yes to "often" of a second week would mislead), and the yes/no answer still
    answers "were you here last week?" whole."""
    partner = Partner(load_scenario("club"), seed=seed)
    [often] = talk(partner, matcher, "do you come here often?")
    assert "second week" in often.text and not often.text.startswith("Yes"), often.text
    assert "I was" not in often.text, often.text
    partner = Partner(load_scenario("club"), seed=seed)
    [last_week] = talk(partner, matcher, "were you here last week?")
    assert last_week.text.startswith("Yes, I was!"), last_week.text


def test_are_you_the_host_is_not_asking_for_the_right_place(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=3)
    [reply] = talk(partner, matcher, "are you the host?")
    assert not any(line in reply.text for line in PartnerWording.load().lines["right_place"])


def test_the_name_in_the_settings_is_used_in_the_greeting(tmp_path: Path) -> None:
    settings = tmp_path / "config.toml"
    settings.write_text('[user]\nname = "Chris"\n')
    result = run_voicecoach("practice", "--text", "--json", "--no-save", "--config",
                            str(settings), input_text="Hello!\n")
    assert result.code == 0, result.stderr
    assert "Chris" in json.loads(result.stdout)["turns"][0]["reply"]


def test_nothing_understood_gets_a_friendly_question(matcher: Matcher) -> None:
    partner = Partner(load_scenario("neighbour"), seed=8)
    for reply in talk(partner, matcher, "Hmm.", "Yeah.", "Okay."):
        assert reply.asks


def test_a_long_session_never_repeats_a_line_and_keeps_talking(matcher: Matcher) -> None:
    lines = ["Hi, I'm Sam.", "What do you do?", "Tell me more.", "Go on.", "Do you like it?",
             "Where are you from?", "What do you do for fun?", "Tell me more.", "Mm.", "Okay.",
             "Do you have pets?", "What do you do?", "Nice.", "Ha.", "Right.", "Any plans?",
             "And you?", "Cool.", "Yeah.", "Mm.", "Okay.", "Sure.", "Really?", "Wow.", "Hmm.",
             "What music do you like?", "Go on.", "Nice.", "Ha, okay.", "Right."]
    for scenario in list_scenarios():
        partner = Partner(load_scenario(scenario), seed=11)
        replies = talk(partner, matcher, *lines)
        texts = [r.text for r in replies]
        assert all(texts), scenario
        assert len(set(texts)) == len(texts), scenario
        questions = [r.parts[-1] for r in replies if r.asks]
        assert len(set(questions)) == len(questions), "never the same question twice"
        assert not any(q.strip().lower() in ("and you?", "what about you?") for q in questions)


def test_a_third_or_more_of_replies_hand_the_turn_back(matcher: Matcher) -> None:
    tally = play(load_dialogues(DIALOGUES / "dev"), matcher, verbose=False)
    assert tally.asked / tally.replies >= 0.3


def test_the_dev_dialogues_pass(matcher: Matcher) -> None:
    tally = play(load_dialogues(DIALOGUES / "dev"), matcher, verbose=False)
    assert tally.pass_rate >= 0.9, tally.failures
    assert tally.repeats == 0 and tally.contradictions == 0


# ---------------------------------------------------------------------------- variety


def test_the_same_seed_gives_the_same_session_and_another_seed_another(matcher: Matcher
                                                                       ) -> None:
    lines = ("Hi, I'm Ana.", "What do you do?", "Tell me more.", "Okay.", "Any pets?")
    scenario = load_scenario("party")

    def session(seed: int) -> list[str]:
        return [r.text for r in talk(Partner(scenario, seed=seed), matcher, *lines)]

    assert session(5) == session(5)
    others = [session(seed) for seed in range(6, 12)]
    assert all(other != session(5) for other in others)
    names = {Partner(scenario, seed=seed).name for seed in range(12)}
    assert len(names) >= 2, "sessions draw among the scenario's personas"


def test_a_persona_can_be_chosen_by_name_in_any_case() -> None:
    partner = Partner(load_scenario("PARTY"), seed=0, persona="riley")
    assert partner.name == "Riley"
    with pytest.raises(PackError, match="Jordan"):
        Partner(load_scenario("party"), persona="Nobody")


# ---------------------------------------------------------------------------- understanding


@pytest.mark.parametrize(("line", "topic", "kind"), [
    ("What do you do for a living?", Topic.WORK, QuestionKind.WH),
    ("Do you live around here?", Topic.HOME, QuestionKind.YES_NO),
    ("How do you know Sam?", Topic.REASON, QuestionKind.WH),
    ("Do you have any pets?", Topic.PETS, QuestionKind.YES_NO),
    ("The food is really good, isn't it?", Topic.FOOD, QuestionKind.YES_NO),
    ("What do you do after work?", Topic.HOBBIES, QuestionKind.WH),
    ("Any plans for the summer?", Topic.PLANS, QuestionKind.YES_NO),  # "(have you got) any"
    ("Do you come here straight from work?", Topic.WORK, QuestionKind.YES_NO),
])
def test_a_line_has_a_topic_and_a_question_kind(line: str, topic: Topic,
                                                kind: QuestionKind) -> None:
    found = TopicFinder.default().find(line)
    assert found.main is topic and found.question is kind


@pytest.mark.parametrize("line", [
    # A turn the user went on with after a pause is joined with no full stop between its parts.
    "I work with Sam at the library how do you know him",
    # tiny.en's readings of "... How do you know the host?" in the demo's voice.
    "I work with summer library How do you know the first?",
    "I work with summer library How about you? How do you know the first?",
])
def test_a_question_after_a_statement_with_no_stop_asks_its_own_topic(line: str) -> None:
    """The question is answered, not the statement before it: this line read as one clause
    was a question about work, and the partner answered "I teach maths ..."."""
    found = TopicFinder.default().find(line)
    assert found.asked[:1] == (Topic.REASON,), found
    assert Topic.WORK in found.told + found.asked[1:], found  # "how about you" asks it back


def test_the_partner_answers_how_it_knows_the_host_whatever_the_last_word_was_heard_as(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=1)
    [reply] = talk(partner, matcher,
                   "Hi, I'm Alex. I work with summer library How do you know the most?")
    assert any(line in reply.text for line in fact_lines(partner, Topic.REASON)), reply.text


@pytest.mark.parametrize(("line", "kind"), [
    ("Tea or coffee?", QuestionKind.WH),  # a choice, answered with one
    ("Do you prefer cats or dogs?", QuestionKind.WH),
    ("Are you staying long or not?", QuestionKind.YES_NO),  # "or not" only softens it
    ("Want a drink or something?", QuestionKind.YES_NO),
])
def test_a_question_offering_two_choices_is_not_a_yes_no_question(
        line: str, kind: QuestionKind) -> None:
    assert TopicFinder.default().find(line).question is kind


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cats_or_dogs_is_answered_with_the_partners_pet_not_a_yes_or_a_no(
        matcher: Matcher, seed: int) -> None:
    partner = Partner(load_scenario("party"), seed=seed)
    talk(partner, matcher, "Hi, I'm Maya.")
    [reply] = talk(partner, matcher, "Do you prefer cats or dogs?")
    assert "Pebble" in reply.text  # Jordan's cat (the party card)
    first = reply.text.split()[0].strip(",.!").lower()
    assert first not in {"yes", "no", "yeah", "hm", "ha", "not", "ah", "oh"}, reply.text


def test_and_you_is_a_question_handed_back() -> None:
    for line in ("And you?", "What about you?", "I'm a teacher, and you?"):
        assert TopicFinder.default().find(line).question is QuestionKind.AND_YOU


def test_what_the_user_tells_about_themselves() -> None:
    assert disclosure("Hi, I'm Alex. Nice to meet you.").name == "Alex"
    assert disclosure("I'm new here, I'm fine thanks").name is None
    assert disclosure("it's lovely here").name is None
    assert disclosure("hi im chris how do you know sam").name == "Chris"  # no punctuation
    assert disclosure("I work with Sam at the library.").work == "the library"
    assert disclosure("Me too, I love hiking.").like == "hiking"
    assert disclosure("I just moved here from Chicago.").place == "Chicago"
    # a hobby taken up lately; "I started work" is none
    assert disclosure("I've been getting into running lately.").like == "running"
    assert disclosure("I've taken up the guitar.").like == "guitar"
    assert disclosure("I started painting a few weeks ago.").like == "painting"
    assert disclosure("I started working here on Monday.").like is None
    # a field of work said with "do" (the partner then asked "What kind of work do you do?")
    assert disclosure("i do ux research mostly").work == "ux research"
    assert disclosure("I do it every day").work is None
    assert disclosure("from Manchester originally").place == "Manchester"  # not "... originally"
    # a learner's "since two month" is no part of the place (it was said back: "Ah, Brazil
    # since two month, nice.")
    assert disclosure("I am new here, I come from Brazil since two month.").place == "Brazil"


def test_a_moan_about_the_users_own_life_gets_sympathy_not_a_step_away(matcher: Matcher) -> None:
    wording = PartnerWording.load()
    for scenario in ("party", "neighbour", "first_day"):
        partner = Partner(load_scenario(scenario), seed=4)
        [own, host] = talk(partner, matcher, "My commute is killing me, it's an hour each way.",
                           "Honestly this party is so boring.")
        assert own.text.endswith("?") and own.kind is not ReplyKind.AVOID, own.text
        assert any(line in own.text for line in wording.lines["sympathy"]), own.text
        assert host.kind is ReplyKind.AVOID, host.text  # griping about the host: still not


def test_a_wrong_guess_at_the_cards_facts_is_kindly_corrected(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=1, persona="Jordan")
    [wrong, right] = talk(partner, matcher, "Sorry, you said you're an engineer?",
                          "Oh, so you're a teacher, right?")
    wording = PartnerWording.load()
    assert any(wrong.text.startswith(line) for line in wording.lines["correct"]), wrong.text
    assert "maths" in wrong.text
    assert any(right.text.startswith(line) for line in wording.lines["confirm"]), right.text


def test_the_scenes_place_asked_about_gets_the_setting(matcher: Matcher) -> None:
    partner = Partner(load_scenario("neighbour"), seed=1)
    setting = fact_lines(partner, Topic.SETTING)
    [area, both] = talk(partner, matcher, "What's the neighbourhood like?",
                        "How long have you been here and do you like it?")
    assert any(line in area.text for line in setting), area.text
    assert any(line in both.text for line in fact_lines(partner, Topic.REASON)), both.text


# ---------------------------------------------------------------------------- silence


def test_silence_brings_a_nudge_then_one_hint_and_both_can_be_off() -> None:
    plan = SilencePlan(nudge_after_s=7, hint_after_s=16, nudges=("So?",), hints=("Ask.",))
    assert silence_step(plan, 3, False, False, 0, 0) is None
    nudge = silence_step(plan, 7.5, False, False, 0, 0)
    assert nudge is not None and not nudge.is_hint and nudge.text == "So?"
    assert silence_step(plan, 10, True, False, 1, 0) is None
    hint = silence_step(plan, 16, True, False, 1, 0)
    assert hint is not None and hint.is_hint
    assert silence_step(plan, 60, True, True, 1, 1) is None
    off = SilencePlan(nudge_after_s=0, hint_after_s=0, nudges=("So?",), hints=("Ask.",))
    assert silence_step(off, 600, False, False, 0, 0) is None


def test_every_scenario_has_silence_lines() -> None:
    for scenario in map(load_scenario, list_scenarios()):
        assert scenario.silence.nudges and scenario.silence.hints


# ---------------------------------------------------------------------------- persona cards


def test_every_built_in_scenario_has_full_cards_and_keeps_its_opening() -> None:
    openings = {"party": "friend of Sam", "first_day": "new", "neighbour": "moved in",
                "networking": "first time", "club": "last week"}
    for scenario_id, gist in openings.items():
        scenario = load_scenario(scenario_id)
        assert scenario.id == scenario_id and gist in (scenario.opening or "")
        assert len(scenario.personas) >= 2
        for persona in scenario.personas:
            assert set(CARD_TOPICS) <= set(persona.facts), (scenario_id, persona.name)
            for fact in persona.facts.values():
                assert 2 <= len(fact.story) <= 3 and fact.ask.endswith("?")


CARD = """\
id = "library"
title = "A book club"
scene = "A book club in the library."
opening = "Hello! First time at the book club?"
closing = "See you next month!"

[[persona]]
name = "Ines"

[persona.work]
answer = "I'm a librarian here."
yes_no = "Yes, I work here, in the library."
story = ["I run the children's reading hour.", "Last week a boy read us his own story."]
ask = "What do you do?"
"""


def test_a_users_own_scenario_is_found_listed_and_used(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       matcher: Matcher) -> None:
    folder = tmp_path / "scenarios"
    folder.mkdir()
    (folder / "library.toml").write_text(CARD)
    monkeypatch.setenv("VOICECOACH_SCENARIOS", str(folder))
    partner = Partner(load_scenario("Library"), seed=1)
    [reply] = talk(partner, matcher, "What do you do?")
    assert "librarian" in reply.text
    listed = run_voicecoach("scenarios", "--json", env={"VOICECOACH_SCENARIOS": str(folder)})
    assert listed.code == 0, listed.stderr
    mine = [s for s in json.loads(listed.stdout) if s["id"] == "library"]
    assert mine and mine[0]["yours"] and mine[0]["title"] == "A book club"
    text = run_voicecoach("scenarios", env={"VOICECOACH_SCENARIOS": str(folder)})
    assert "A book club  (yours)" in text.stdout and "A party where you only know the host" in (
        text.stdout)


def test_scenarios_check_reports_a_broken_card_of_yours(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text(CARD.replace('ask = "What do you do?"', ""))
    env = {"VOICECOACH_SCENARIOS": str(tmp_path)}
    listed = run_voicecoach("scenarios", env=env)
    assert listed.code == 0 and "problem:" in listed.stdout and "missing ask" in listed.stdout
    assert run_voicecoach("scenarios", "--check", env=env).code == 2
    used = run_voicecoach("practice", "--text", "--scenario", "library", "--no-save", env=env,
                          input_text="Hi\n")
    assert used.code == 2 and "missing ask" in used.stderr and "Traceback" not in used.stderr


@pytest.mark.parametrize(("change", "message"), [
    (('yes_no = "Yes, I work here, in the library."', 'yes_no = "I work here."'),
     "must start with yes or no"),
    (("[persona.work]", "[persona.job]"), "unknown topic [job]"),
    (('ask = "What do you do?"', 'ask = "Tell me about you."'), "end it with '?'"),
    (('story = ["I run the children\'s reading hour.", "Last week a boy read us his own story."]',
      ""), "missing story"),
    (('name = "Ines"', ""), "`name` must be a line of text"),
])
def test_a_broken_card_is_a_clear_error(tmp_path: Path, change: tuple[str, str],
                                        message: str) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(CARD.replace(*change))
    with pytest.raises(PackError) as error:
        load_scenario_file(path)
    assert message in str(error.value) and str(path) in str(error.value)


def test_an_old_style_scenario_says_what_changed(tmp_path: Path) -> None:
    path = tmp_path / "old.toml"
    path.write_text(CARD + '\n[replies]\nnone = ["Hm."]\n')
    with pytest.raises(PackError, match=r"\[\[persona\]\] cards"):
        load_scenario_file(path)


# ---------------------------------------------------------------------------- typed practice


def test_typed_practice_answers_each_line_without_audio(tmp_path: Path) -> None:
    lines = "Hi, I'm Chris, how do you know Sam?\nDo you live around here?\nstop\nignored\n"
    result = run_voicecoach("practice", "--text", "--seed", "3", "--json", "--data-dir",
                            str(tmp_path / "data"), input_text=lines)
    assert result.code == 0, result.stderr
    report = json.loads(result.stdout)
    turns = report["turns"]
    assert [t["text"] for t in turns] == ["Hi, I'm Chris, how do you know Sam?",
                                          "Do you live around here?", "stop"]
    assert "Chris" in turns[0]["reply"] and YES_NO.match(turns[1]["reply"])
    assert turns[2]["command"] == "stop" and turns[2]["reply"] is None
    assert all("tip" in t for t in turns)
    assert report["persona"] and report["seed"] == 3
    again = run_voicecoach("practice", "--text", "--seed", "3", "--json", "--no-save",
                           input_text=lines)
    assert [t["reply"] for t in json.loads(again.stdout)["turns"]] == [t["reply"] for t in turns]
    history = run_voicecoach("history", "--json", "--data-dir", str(tmp_path / "data"))
    assert history.code == 0, history.stderr
    [session] = json.loads(history.stdout)
    assert session["mode"] == "text" and session["scenario"] == "party"


def test_typed_practice_prints_the_conversation_and_moves_tips() -> None:
    result = run_voicecoach("practice", "--text", "--scenario", "Networking", "--no-save",
                            "--seed", "1", input_text="What kind of work do you do?\n"
                            "Politicians are all liars.\n")
    assert result.code == 0, result.stderr
    out = result.stdout
    assert "Hello! Is this your first time at one of these meetups?" in out
    assert "(coach:" in out
    assert "pace" not in out.lower() and "filler" not in out.lower()
    # the counts read as a person writes them: "1 tip", never "1 tips"
    summary = out.strip().splitlines()[-1]
    assert summary.startswith("2 turns; you asked 1 question back;"), summary
    assert summary.endswith((" 1 tip.", " 2 tips.")), summary


def test_an_empty_typed_line_is_a_silence_the_partner_fills() -> None:
    result = run_voicecoach("practice", "--text", "--json", "--no-save", "--seed", "2",
                            input_text="\n\nHi, I'm Ana.\n")
    assert result.code == 0, result.stderr
    first, second, third = json.loads(result.stdout)["turns"]
    nudges = load_scenario("party").silence
    assert first["reply"] in nudges.nudges and first["tip"] is None
    assert second["reply"] is None and second["tip"] in nudges.hints
    assert "Ana" in third["reply"]
    assert json.loads(result.stdout)["figures"]["turns"] == 1


def test_typed_practice_refuses_audio_options() -> None:
    result = run_voicecoach("practice", "--text", "--speak-to", "x.wav", input_text="")
    assert result.code == 2 and "need audio" in result.stderr


def test_the_practice_conductor_nudges_into_a_silence_unless_told_not_to() -> None:
    from voicecoach.coaching.coach import Coach
    from voicecoach.coaching.practice import PracticeConductor
    from voicecoach.voice.sinks import LineKind

    scenario = load_scenario("party")
    conductor = PracticeConductor(scenario, Partner(scenario, seed=1), Coach())
    assert conductor.on_silence(quiet_since=10.0, now=12.0) is None
    nudge = conductor.on_silence(quiet_since=10.0, now=17.5)
    assert nudge is not None and nudge.lines[0].text in scenario.silence.nudges
    assert nudge.lines[0].kind is LineKind.REPLY
    # After the nudge the quiet starts again; a long one brings the coach's hint, once.
    hint = conductor.on_silence(quiet_since=20.0, now=36.5)
    assert hint is not None and hint.lines[0].kind is LineKind.TIP
    assert hint.lines[0].text in scenario.silence.hints
    assert conductor.on_silence(quiet_since=40.0, now=100.0) is None
    quiet = PracticeConductor(scenario, Partner(scenario, seed=1), Coach(), nudges=False)
    assert quiet.on_silence(quiet_since=0.0, now=100.0) is None


def test_bad_news_gets_sorry_and_good_news_congratulations(matcher: Matcher) -> None:
    """"My dog died last week" got "Oh really? That's interesting. What's their name?", and
    "I just got engaged!" the same cheer as any remark."""
    wording = PartnerWording.load()
    for scenario, seed in (("party", 3), ("club", 2), ("networking", 3)):
        partner = Partner(load_scenario(scenario), seed=seed)
        [sorry, thanks] = talk(partner, matcher, "my dog died last week",
                               "thanks, it's been really hard")
        assert sorry.text in wording.lines["sorry_news"], sorry.text
        assert thanks.text in wording.lines["comfort"], thanks.text  # no "You're welcome!"
        partner = Partner(load_scenario(scenario), seed=seed)
        [cheer] = talk(partner, matcher, "i just got engaged!")
        assert cheer.text in wording.lines["congratulate"], cheer.text
    partner = Partner(load_scenario("party"), seed=3)
    [both] = talk(partner, matcher, "I lost my job on Friday, do you have pets?")
    assert both.parts[0] in wording.lines["sorry_brief"] and len(both.parts) >= 2, both.parts


def test_taking_leave_in_other_words_is_heard(matcher: Matcher) -> None:
    wording = PartnerWording.load()
    for line in ("see ya", "i'm heading home. night", "right gotta go", "cheerio then",
                 "oh we're starting, talk later", "lovely, well i'll let you get your shopping in",
                 "oh is that the time, i've got an induction at ten"):
        partner = Partner(load_scenario("party"), seed=1)
        [reply] = talk(partner, matcher, line)
        assert reply.text in wording.lines["farewell"] and not reply.asks, (line, reply.text)
    partner = Partner(load_scenario("party"), seed=1)
    [reply] = talk(partner, matcher, "we're starting a new project at work")
    assert reply.text not in wording.lines["farewell"], reply.text


def test_a_no_is_not_followed_up_and_a_time_off_is_not_work(matcher: Matcher) -> None:
    """"no, i don't have any pets" got "What's their name?"; "what do you do in your spare
    time?" got the job."""
    partner = Partner(load_scenario("club"), seed=1)
    [_, no] = talk(partner, matcher, "do you have pets?", "no, i don't have any pets")
    assert not any(line in no.text for line in PartnerWording.load().follow_up[Topic.PETS])
    for scenario in ("party", "first_day", "neighbour"):
        partner = Partner(load_scenario(scenario), seed=2)
        [spare] = talk(partner, matcher, "so what do you do in your spare time")
        assert any(line in spare.text for line in fact_lines(partner, Topic.HOBBIES)), spare.text
        assert not any(line in spare.text for line in fact_lines(partner, Topic.WORK))


def test_a_question_on_the_partners_story_gets_that_step_and_a_named_pastime_no_false_yes(
        matcher: Matcher) -> None:
    """"Where does he sleep in winter?" after the tortoise got "I couldn't say" (the card says
    he sleeps in a box in the wardrobe); "do you bake?" of a swimmer got "Yes, I swim"."""
    partner = Partner(load_scenario("neighbour"), seed=3)
    [_, age, winter] = talk(partner, matcher, "do you have pets?",
                            "and how old did you say he was?", "where does he sleep in winter?")
    pets = partner.persona.fact(Topic.PETS)
    assert pets is not None
    assert "fifty-two" in age.text or pets.answer in age.text, age.text
    assert any(step in winter.text for step in pets.story if "winter" in step), winter.text
    partner = Partner(load_scenario("club"), seed=5)
    [bake] = talk(partner, matcher, "do you bake?")
    assert not bake.text.lower().startswith("yes"), bake.text


@pytest.mark.parametrize("scenario", ["neighbour", "first_day", "party"])
def test_are_you_new_here_is_not_answered_by_a_yes_written_for_another_question(
        matcher: Matcher, scenario: str) -> None:
    """A neighbour of twelve years asked "are you new here too?" said "Yes, twelve years now":
    the card's yes/no answer was written for "have you lived here long?". The plain answer,
    which says how long, answers instead."""
    partner = Partner(load_scenario(scenario), seed=1)
    [reply] = talk(partner, matcher, "Are you new here too?")
    assert not reply.text.lower().startswith("yes"), reply.text
    assert cues.HOW_LONG_SAID.search(reply.text), reply.text


def test_have_you_lived_here_long_keeps_a_yes_that_says_how_long(matcher: Matcher) -> None:
    partner = Partner(load_scenario("neighbour"), seed=1)
    [reply] = talk(partner, matcher, "Have you lived here long?")
    assert reply.text.startswith("Yes, twelve years"), reply.text


@pytest.mark.parametrize("seed", [1, 5])
def test_how_long_have_you_lived_here_at_a_party_is_about_home(matcher: Matcher,
                                                              seed: int) -> None:
    """At a party the reason for being there is the host; "how long have you lived here?"
    got a story about the host's goalkeeping. It is the home fact's sentence on how long."""
    partner = Partner(load_scenario("party"), seed=seed)
    home = partner.persona.fact(Topic.HOME)
    assert home is not None
    [reply] = talk(partner, matcher, "How long have you lived here?")
    assert reply.topic is Topic.HOME, reply.text
    assert cues.HOW_LONG_SAID.search(reply.parts[0]), reply.text
    assert "Sam" not in reply.parts[0], reply.text


def test_do_you_know_many_people_here_gets_an_honest_answer(matcher: Matcher) -> None:
    """Someone new in town knows a few; a neighbour of twelve years more than a handful."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("networking"), seed=5)
    [new] = talk(partner, matcher, "Do you know many people here?")
    assert new.parts[0] in wording["know_people"], new.text
    partner = Partner(load_scenario("neighbour"), seed=1)
    [settled] = talk(partner, matcher, "Do you know many people in the building?")
    assert settled.parts[0] in wording["know_people_many"], settled.text


@pytest.mark.parametrize(("scenario", "seed", "plays"), [
    ("party", 1, False), ("party", 5, False), ("first_day", 1, True)])
def test_do_you_play_an_instrument_says_yes_only_of_a_player(
        matcher: Matcher, scenario: str, seed: int, plays: bool) -> None:
    """A soul fan asked "do you play any instruments?" said "Yes, I love it. It's Sam's own
    playlist"; a bass player says yes."""
    partner = Partner(load_scenario(scenario), seed=seed)
    [reply] = talk(partner, matcher, "Do you play any instruments?")
    assert reply.text.startswith("Yes") is plays, reply.text


def test_what_was_my_name_again_is_answered_from_what_the_user_told(matcher: Matcher) -> None:
    """A helper's user asked "What was my name again?" three lines after being greeted by it,
    and got "Oh, I couldn't say, really."; "which team did I say I was joining?" got the
    partner's own team."""
    partner = Partner(load_scenario("party"), seed=7)
    talk(partner, matcher, "Hello! Yeah, I went to university with Sam. I'm Ben.",
         "I'm an architect, I design schools mostly.", "I grew up in Leeds.")
    [name] = talk(partner, matcher, "What was my name again?")
    [job] = talk(partner, matcher, "What did I say I do?")
    [place] = talk(partner, matcher, "Do you remember where I'm from?")
    [untold] = talk(partner, matcher, "What did I say my hobby was?")
    assert "Ben" in name.text and "architect" in job.text and "Leeds" in place.text, (
        name.text, job.text, place.text)
    assert untold.parts[0] in PartnerWording.load().lines["recall_untold"], untold.text
    partner = Partner(load_scenario("first_day"), seed=1)
    talk(partner, matcher, "Yes, it's my first day! I'm Nadia, I'm joining the marketing team.")
    [team] = talk(partner, matcher, "Which team did I say I was joining?")
    assert team.text.startswith("The marketing team"), team.text


def test_the_opening_question_is_not_asked_again_once_answered(matcher: Matcher) -> None:
    """ "Are you a friend of Sam's too?" - "I went to university with Sam. I'm Ben." got "And
    how do you know Sam?"; and "Sorry?" as the first line gets the opening question again."""
    partner = Partner(load_scenario("party"), seed=7)
    [reply] = talk(partner, matcher, "Hello! Yeah, I went to university with Sam. I'm Ben.")
    assert "know Sam" not in reply.text, reply.text
    partner = Partner(load_scenario("networking"), seed=9)
    [again] = talk(partner, matcher, "Sorry, what did you ask?")
    assert again.text.endswith("is this your first time at one of these meetups?"), again.text
    assert "Hello" not in again.text, again.text


@pytest.mark.parametrize(("line", "key"), [
    ("I just found out I'm going to be a dad!", "congratulate"),
    ("My sister just had a baby this morning, I'm an auntie!", "congratulate"),
    ("I retired last month.", "congratulate"),
    ("It's my birthday today actually.", "happy_birthday"),
    ("I'm between jobs right now, actually. It's been tough.", "sorry_news"),
    ("I'm so sorry about the noise last night, the movers were really late.",
     "apology_accepted"),
    ("Sorry, I spilled coffee on your shoes.", "apology_accepted"),
    ("Can I help you with your bags?", "offer_thanks"),
    # a helper's sessions of 2026-12-04: these got "Oh, okay. What are they like?" or "Oh, I
    # see. What's their name?"
    ("my nan just turned a hundred", "glad_for_them"),
    ("My daughter is getting married next month!", "glad_for_them"),
    ("my mum just came out of hospital", "glad_home"),
    ("My cat's still missing, actually.", "sorry_news"),
    ("I got into art school today!", "congratulate"),
    # a sixth play-test (2026-12-04, late): a learner's loss, a wife expecting, and news told
    # as a question got "What's she like?" and "No, I didn't catch it."
    ("My wife die last year. Now I try new things", "sorry_news"),
    ("My wife is pregnant, the baby comes in June", "glad_for_them"),
    ("Did you hear about my promotion? I got the job!", "congratulate"),
    ("Nice one, thanks. Wish me luck!", "wish_luck"),
    # a seventh play-test: a move abroad got "Ah, okay. How has your week been?", a worry
    # about work "I'll let them tell their own story" (gossip, from "everyone says")
    ("I'm moving to Lisbon in the spring, so I'll only be here until March.", "moving_away"),
    ("Oh, guess what, I just got my first picture book contract!", "congratulate"),
    ("I'm more of a runner, honestly. I did a half marathon last month.", "congratulate"),
    ("I'm actually really stressed about finding a job, everyone says the market is terrible.",
     "sympathy"),
])
def test_news_apologies_and_offers_are_met_as_a_person_would(
        matcher: Matcher, line: str, key: str) -> None:
    """From a helper's typed sessions: a baby on the way got "Oh really? That's interesting.
    Are they nearby?", being out of work "Hm, I can see that.", an apology for the noise "Oh
    no, that sounds exhausting", an offer to carry the bags a fact about gardening."""
    partner = Partner(load_scenario("neighbour"), seed=3)
    [reply] = talk(partner, matcher, line)
    assert reply.parts[0] in PartnerWording.load().lines[key], reply.text


def test_thanks_after_glad_news_of_the_users_people_send_them_the_best(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=4)
    _, thanked = talk(partner, matcher, "my nan just turned a hundred", "thanks")
    assert thanked.parts[0] in PartnerWording.load().lines["give_my_best"], thanked.text


@pytest.mark.parametrize("line", ["my mum is from the hospital board", "my son turned up late",
                                  "I went to school here"])
def test_lines_like_news_of_ones_people_are_not_taken_for_it(matcher: Matcher,
                                                              line: str) -> None:
    partner = Partner(load_scenario("neighbour"), seed=3)
    [reply] = talk(partner, matcher, line)
    wording = PartnerWording.load().lines
    for key in ("glad_for_them", "glad_home", "sorry_news", "congratulate"):
        assert reply.parts[0] not in wording[key], (key, reply.text)


@pytest.mark.parametrize(("line", "key"), [
    ("im a student", "follow_up_student"), ("I'm studying law at the uni", "follow_up_student"),
    ("I'm a retired teacher.", "follow_up_retired"),
])
def test_a_student_or_someone_retired_is_not_asked_about_their_job(
        matcher: Matcher, line: str, key: str) -> None:
    """A helper's sessions of 2026-12-04: each got "What's the best part of your job?"."""
    partner = Partner(load_scenario("neighbour"), seed=3)
    _, reply = talk(partner, matcher, "Hi", line)
    assert reply.parts[-1] in PartnerWording.load().lines[key], reply.text


def test_how_long_is_never_answered_with_a_piece_of_advice(matcher: Matcher) -> None:
    """ "How long have you been doing that?" got Aisha's advice "Write down everyone's name the
    first week." ("the first week" says how long)."""
    partner = Partner(load_scenario("first_day"), seed=7)
    _, _, reply = talk(partner, matcher, "hi", "what do you do?",
                       "how long have you been doing that?")
    assert "Write down" not in reply.text, reply.text


def test_a_student_is_not_called_back_to_being_a_student(matcher: Matcher) -> None:
    partner = Partner(load_scenario("first_day"), seed=7)
    replies = talk(partner, matcher, "hi, um, sorry, I'm new",
                   "I'm Leo. I'm a student actually, just started here",
                   "um I don't really know anyone", "what do you do?",
                   "oh cool. how long have you been doing that?", "ok", "ok")
    assert not any("being a student" in r.text for r in replies), [r.text for r in replies]


def test_the_new_neighbour_is_not_a_job(matcher: Matcher) -> None:
    partner = Partner(load_scenario("neighbour"), seed=3)
    [reply] = talk(partner, matcher, "hello im the new neighbour in number 4")
    assert "job" not in reply.text, reply.text
    partner = Partner(load_scenario("neighbour"), seed=3)
    _, nurse = talk(partner, matcher, "Hi", "I'm a nurse")  # a job is still asked about
    assert nurse.parts[-1] in PartnerWording.load().follow_up[Topic.WORK], nurse.text


def test_saying_you_are_not_very_good_yet_is_reassured(matcher: Matcher) -> None:
    partner = Partner(load_scenario("club"), seed=5)
    [reply] = talk(partner, matcher, "Second week. I'm not very good.")
    assert reply.parts[0] in PartnerWording.load().lines["reassure"], reply.text


@pytest.mark.parametrize(("scenario", "seed", "asked", "said"), [
    ("party", 3, "How long have you been doing that?", "six years"),
    ("networking", 5, "How long have you been freelance?", "five years"),
    ("first_day", 2, "That sounds hard. How long have you been doing that?", "four years"),
])
def test_how_long_have_you_been_doing_that_gets_how_long(
        matcher: Matcher, scenario: str, seed: int, asked: str, said: str) -> None:
    """Every "how long have you been doing that?" in a helper's sessions got the next story
    line or "I'm not sure", though the card says how long (sometimes in another fact)."""
    partner = Partner(load_scenario(scenario), seed=seed)
    [_, reply] = talk(partner, matcher, "What do you do?", asked)
    assert said in reply.text, reply.text


def test_how_long_of_something_the_card_does_not_time_is_a_while_and_more(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=5)
    [_, reply] = talk(partner, matcher, "What do you do?", "How long have you been a nurse?")
    assert reply.parts[0] in PartnerWording.load().lines["how_long_untold"], reply.text
    assert len(reply.parts) >= 2, reply.text  # and something of the job, not the vague line alone


@pytest.mark.parametrize("line", ["Well, I'll let you mingle. Good luck with the move!",
                                  "Sorry, I've got to run. Thanks so much for the advice!",
                                  "Cool. Ok I'm gonna get food.",
                                  "Oh I'm sorry, I have to take this call.",
                                  # a helper's sessions of 2026-12-04: each got a new question
                                  "Thanks, I'm going to head off now.",
                                  "I'm going to go find my brother.",
                                  "Great. Well, enjoy the party!",
                                  "I just need to pop to the loo.",
                                  "I should let you go.",
                                  "I must find my seat.",
                                  "I've got to run to catch my train. Lovely to meet you!",
                                  "i've got to head up to HR now",
                                  # play-test 5 (round 15): each got a new question
                                  "Ok, arrivederci!", "Toodle-oo!", "ok im out",
                                  "Thank you, you are very helpful. I go inside now, it is cold!",
                                  "I'm going to go and unpack. Thanks for being kind.",
                                  "I must going now. Nice to meet you.",
                                  "Ok, I'm going to get started. Talk later?"])
def test_a_polite_exit_without_bye_is_a_goodbye(matcher: Matcher, line: str) -> None:
    partner = Partner(load_scenario("networking"), seed=2)
    [reply] = talk(partner, matcher, line)
    assert partner.said_goodbye and "?" not in reply.text, reply.text


def test_a_goodbye_keeps_the_plan_just_made_and_wishes_luck_when_asked(
        matcher: Matcher) -> None:
    """"Cheers, see you at one then" (lunch just arranged) got "See you around!"; "I need to go
    to my induction now, wish me luck!" got a question about cooking."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("first_day"), seed=5)
    [planned] = talk(partner, matcher, "Cheers, see you at one then")
    assert planned.text in wording["farewell_plan"] and partner.said_goodbye
    partner = Partner(load_scenario("first_day"), seed=5)
    [lucky] = talk(partner, matcher, "Ok I need to go to my induction now, wish me luck!")
    assert lucky.text in wording["good_luck"] and partner.said_goodbye


@pytest.mark.parametrize("line", ["I go to the gym now, three times a week.",
                                  "I have to go to work early tomorrow.",
                                  "I go running now and then"])
def test_going_somewhere_as_a_habit_or_later_is_no_goodbye(matcher: Matcher, line: str) -> None:
    partner = Partner(load_scenario("party"), seed=3)
    talk(partner, matcher, "hi", line)
    assert not partner.said_goodbye, line


@pytest.mark.parametrize("said", ["no, I think you've confused me with someone else",
                                  "first time here", "Me? Nope, wrong person I'm afraid. But hi!"])
def test_the_club_partner_owns_taking_the_user_for_someone_else(
        matcher: Matcher, said: str) -> None:
    """The club's opener ("you were here last week too, weren't you?") was denied, and the
    partner went on as if it had not said it ("Hm, let's not go there." to the first line)."""
    scenario = load_scenario("club")
    partner = Partner(scenario, seed=4)
    [reply] = talk(partner, matcher, said)
    sorry = [scenario.opening_mistaken, *PartnerWording.load().lines["own_mistake"]]
    assert any(line and reply.text.startswith(line) for line in sorry), reply.text
    avoid = PartnerWording.load().lines["avoid_offensive"]
    assert not any(line in reply.text for line in avoid), reply.text


def test_greeted_as_someone_met_before_the_club_partner_does_not_say_nice_to_meet_you(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("club"), seed=8)
    [reply] = talk(partner, matcher, "Yes! Hi again. I'm Fatima, remember?")
    assert "Fatima" in reply.text and "meet you" not in reply.text, reply.text


def test_an_apology_inside_a_longer_line_is_waved_away_not_met_with_sympathy(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("neighbour"), seed=2)
    [reply] = talk(partner, matcher, "Hello there! Yes, we moved in on Saturday, me and my wife "
                   "and our two little boys. Sorry about all the noise with the van, by the way, "
                   "it took us ages to unload everything")
    wording = PartnerWording.load().lines
    assert any(line in reply.text for line in wording["apology_accepted"]), reply.text
    assert not any(line in reply.text for line in wording["sympathy"]), reply.text


def test_someone_elses_firing_is_gossip_not_the_users_bad_news(matcher: Matcher) -> None:
    """"I heard she got fired from her last job" got "Oh, that's really hard. I'm sorry."."""
    assert not cues.BAD_NEWS.search("I heard she got fired from her last job")
    for own in ("I got fired last week", "I've just been made redundant",
                "my husband was laid off"):
        assert cues.BAD_NEWS.search(own), own


@pytest.mark.parametrize(("scenario", "asked"), [
    ("party", "Can you recommend any good films? I need something for tonight"),
    ("neighbour", "Do you know which provider is best round here?"),
    ("networking", "Do you have any book recommendations for new product managers?"),
])
def test_asked_to_recommend_a_thing_it_knows_nothing_of_the_partner_says_so(
        matcher: Matcher, scenario: str, asked: str) -> None:
    """Play-test 5: films got "Try the little Italian place by the station", an internet
    provider the Saturday market's vegetables, books a sketchbook."""
    partner = Partner(load_scenario(scenario), seed=7)
    [reply] = talk(partner, matcher, asked)
    thing = cues.asked_thing(asked)
    assert thing and thing in reply.text.lower(), reply.text
    advice = [line for fact in partner.persona.facts.values() if fact.advice
              for line in (fact.advice,)] + list(partner.scenario.advice)
    assert not any(line in reply.text for line in advice), reply.text


def test_a_recommendation_the_scene_knows_is_given_however_it_is_asked(matcher: Matcher) -> None:
    """"Can you recommend a good doctor?" got "Oh, I couldn't say, really." though the
    neighbourhood knows its surgery."""
    scenario = load_scenario("neighbour")
    partner = Partner(scenario, seed=7)
    [reply] = talk(partner, matcher, "Can you recommend a good doctor? I have a cold.")
    doctor = next(fact for fact in scenario.local if "doctor" in fact.words)
    assert doctor.answer in reply.text, reply.text


@pytest.mark.parametrize(("scenario", "lines", "asked"), [
    ("first_day", ("hi", "Do you know my sister? Her name is Ingrid."), "she"),
    ("neighbour", ("I'm Gareth. My wife is Claire.",), "she"),
    ("first_day", ("hi", "Oh, like my brother! He's an accountant too"), "he"),
])
def test_one_person_told_of_is_asked_about_as_she_or_he(
        matcher: Matcher, scenario: str, lines: tuple[str, ...], asked: str) -> None:
    """"Her name is Ingrid." got "Are they nice?"; "My wife is Claire." "What are they like?"."""
    partner = Partner(load_scenario(scenario), seed=9)
    *_, reply = talk(partner, matcher, *lines)
    assert f" {asked} " in f" {reply.text.lower()} " and " they " not in reply.text, reply.text


def test_no_question_about_that_job_before_any_job_was_named(matcher: Matcher) -> None:
    """"I'm Ewan, by the way", after the partner asked about work, got "How long have you been
    doing that job?"."""
    partner = Partner(load_scenario("first_day"), seed=305)
    _, named = talk(partner, matcher,
                    "Not exactly new, I transferred from the Glasgow office last week",
                    "I'm Ewan, by the way")
    assert "Ewan" in named.text and "that job" not in named.text, named.text


@pytest.mark.parametrize(("scenario", "asked", "word"), [
    ("club", "Sorry, I don't understand 'regulars', what is it mean?", "regulars"),
    ("networking", "Sorry, I not understand 'freelance', what it means?", "freelance"),
    ("party", "what does mingle mean?", "mingle"),
])
def test_a_learner_asking_what_a_word_means_is_told(
        matcher: Matcher, scenario: str, asked: str, word: str) -> None:
    """Play-test 5: "what it means?" of "freelance" got the next step of a story."""
    partner = Partner(load_scenario(scenario), seed=3)
    _, reply = talk(partner, matcher, "hi", asked)
    meaning = PartnerWording.load().glossary[word]
    assert f"'{word}'" in reply.text and meaning in reply.text, reply.text


def test_a_word_not_in_the_glossary_is_owned_as_hard_to_explain(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=3)
    _, reply = talk(partner, matcher, "hi", "what does 'discombobulated' mean?")
    assert "'discombobulated'" in reply.text, reply.text
    assert cues.meaning_asked("what do you mean?") is None


def test_asked_to_speak_more_slowly_the_partner_says_its_line_again(matcher: Matcher) -> None:
    partner = Partner(load_scenario("first_day"), seed=3)
    first, slower = talk(partner, matcher, "hi", "Sorry, can you speak more slowly please?")
    assert any(slower.text.startswith(line)
               for line in PartnerWording.load().lines["slower"]), slower.text
    asked = first.parts[-1]
    assert asked[:1].lower() + asked[1:] in slower.text or asked in slower.text, slower.text


@pytest.mark.parametrize(("seed", "asked"), [(201, "how long have you been coming?"),
                                          (3, "how long have you been coming here?")])
def test_how_long_it_has_been_coming_is_answered_from_its_reason(
        matcher: Matcher, seed: int, asked: str) -> None:
    """"how long have you been coming?" got the next step of the reason's story ("I think she
    just wanted a handmade mug, to be honest.")."""
    partner = Partner(load_scenario("club"), seed=seed)
    _, reply = talk(partner, matcher, "hi", asked)
    assert cues.HOW_LONG_SAID.search(reply.text), reply.text


@pytest.mark.parametrize(("scenario", "asked", "words"), [
    ("club", "Is this the beginner class or the advanced one?", "beginners"),
    ("networking", "what's the free food like", "pizza"),
])
def test_what_anyone_at_the_scene_knows_answers_a_question_about_it(
        matcher: Matcher, scenario: str, asked: str, words: str) -> None:
    """Play-test 5: the class level got the partner's chips after class, the free food its
    hunt for a curry place."""
    partner = Partner(load_scenario(scenario), seed=7)
    _, reply = talk(partner, matcher, "hi", asked)
    assert words in reply.text, reply.text


@pytest.mark.parametrize(("scenario", "said", "key"), [
    ("neighbour", "Sorry, I'm not very good at talking to new people", "reassure"),
    ("party", "sorry, I don't want to bring the mood down", "not_at_all"),
    ("neighbour", "Thanks. Sorry, I'm oversharing.", "not_at_all"),
    ("networking", "We just closed our Series A actually, so it's a big week", "congratulate"),
])
def test_shyness_an_apology_for_sharing_and_a_win_at_work_are_met_kindly(
        matcher: Matcher, scenario: str, said: str, key: str) -> None:
    """Play-test 5: "Oh, that's a pity." to the shy line, "Mm, okay." to the mood, "Happy to
    help." to the oversharing, "Oh, right!" to the Series A."""
    partner = Partner(load_scenario(scenario), seed=4)
    _, reply = talk(partner, matcher, "hi", said)
    lines = PartnerWording.load().lines[key]
    assert any(line in reply.text for line in lines), reply.text


@pytest.mark.parametrize(("said", "work"), [
    ("Yes, I'm Greta, new in HR.", "HR"), ("I've joined the finance team as an analyst",
                                           "the finance team"),
    ("i'm in IT", "IT"), ("I run a small bakery in Bristol", "a small bakery"),
    ("I'm joining sales", "sales"),
])
def test_where_someone_works_is_heard_in_more_ways(said: str, work: str) -> None:
    """Play-test 5: each was asked "Which team are you joining?" or "So what do you do?"."""
    assert disclosure(said).work == work
    assert disclosure("i'm in it for the money").work is None


@pytest.mark.parametrize(("said", "name", "place"), [
    ("I'm Tomás, from Madrid with my wife actually", "Tomás", "Madrid"),
    ("Hi, I'm Zoë.", "Zoë", None),
    ("I'm Mei. I just moved here from Taipei for work", "Mei", "Taipei"),
    ("I moved here from Lagos two years ago", None, "Lagos"),
])
def test_names_with_accents_and_places_with_more_after_them_are_heard(
        said: str, name: str | None, place: str | None) -> None:
    """A newcomer's "I'm Tomás, from Madrid ..." got no greeting by name, and "from Taipei for
    work" came back as "Ah, Taipei for work, nice."."""
    told = disclosure(said)
    assert (told.name, told.place) == (name, place)


def test_asked_if_the_area_is_safe_the_neighbour_says(matcher: Matcher) -> None:
    """"is it safe at night?" got the next step of a story about a courtyard party."""
    scenario = load_scenario("neighbour")
    partner = Partner(scenario, seed=33)
    _, safe = talk(partner, matcher, "hello", "is it safe at night?")
    answer = next(fact.answer for fact in scenario.local if "safe" in fact.words)
    assert answer in safe.text, safe.text


def test_a_one_word_answer_is_not_taken_for_a_name_unless_it_follows_an_introduction(
        matcher: Matcher) -> None:
    """ "London." to "What sort of music do you like?" got "Nice to meet you, London!"."""
    partner = Partner(load_scenario("neighbour"), seed=2)
    replies = talk(partner, matcher, "Yes. Hi.", "Fine.", "London.")
    assert "London" not in replies[-1].text, replies[-1].text
    partner = Partner(load_scenario("neighbour"), seed=2)
    talk(partner, matcher, "Hello!")
    [named] = talk(partner, matcher, "Jo.")
    assert "Jo" in named.text, named.text


def test_joining_the_partners_own_team_is_common_ground(matcher: Matcher) -> None:
    """ "I'm joining the website team" to the website team's developer got "Ah, the website
    team, nice."."""
    partner = Partner(load_scenario("first_day"), seed=4, persona="Aisha")
    [reply] = talk(partner, matcher, "Yes! Hi, I'm Sofia. I'm joining the website team.")
    assert any(part in PartnerWording.load().lines["react_same_team"] for part in reply.parts), (
        reply.text)
    partner = Partner(load_scenario("first_day"), seed=4, persona="Aisha")
    [other] = talk(partner, matcher, "Yes! Hi, I'm Sofia. I'm joining the product team.")
    assert "my team" not in other.text, other.text


def test_do_you_like_your_job_is_answered_with_whether(matcher: Matcher) -> None:
    """ "Do you like your job?" got "Yes, I'm a designer. I lead a small team at a bank.":
    the card's yes/no answer restates the job and says nothing of liking it."""
    partner = Partner(load_scenario("networking"), seed=1)
    [_, reply] = talk(partner, matcher, "What do you do?", "Do you like your job?")
    assert reply.parts[0] in PartnerWording.load().lines["like_it"], reply.text
    assert "I'm a designer" not in reply.text, reply.text


def test_thanks_after_congratulations_is_not_youre_welcome(matcher: Matcher) -> None:
    partner = Partner(load_scenario("club"), seed=8)
    [congratulated, thanked] = talk(partner, matcher, "I got a promotion at work today!",
                                    "Thanks! I'm really happy.")
    wording = PartnerWording.load().lines
    assert congratulated.parts[0] in wording["congratulate"], congratulated.text
    assert thanked.parts[0] in wording["glad_for_you"], thanked.text


def test_how_long_asked_twice_never_starts_with_a_yes(matcher: Matcher) -> None:
    """ "How long have you lived here?" after "are you new here too?" got "Yes, twelve years
    now, in the flat upstairs.": the card's yes/no answer, yes and all, to a how-long
    question."""
    partner = Partner(load_scenario("neighbour"), seed=2)
    [_, _, reply] = talk(partner, matcher, "hi im jo", "are you new here too",
                         "how long have you lived here")
    assert not reply.text.lower().startswith("yes"), reply.text
    assert "twelve years" in reply.text.lower(), reply.text


@pytest.mark.parametrize(("scenario", "seed", "lines", "unwanted"), [
    # an exit word with more after it is no goodbye
    ("club", 1, ["I have to take this slowly, my hands are shaking."], "bye"),
    ("neighbour", 1, ["I've got to head into town tomorrow for a job interview."], "bye"),
    ("party", 5, ["I know Sam from uni.",
                  "I'm gonna get food, come with me, we can keep chatting."], "bye"),
    # asking leave is no offer of help
    ("party", 9, ["May I take a seat here?"], "offer_thanks"),
    ("club", 1, ["Can I take a look at your bowl?"], "offer_thanks"),
    ("party", 9, ["Can I help myself to the cake?"], "offer_thanks"),
    # sympathy, or a moan, is no apology
    ("party", 1, ["I'm sorry about the weather, it's been awful all week."], "apology_accepted"),
    # bad or plain news is not congratulated
    ("first_day", 1, ["I just got our results from the audit, they're bad."], "congratulate"),
    ("party", 5, ["I'm an auntie to six kids, so I'm used to chaos."], "congratulate"),
    ("party", 5, ["My brother got married here, in this house, ten years ago."], "congratulate"),
    # feeling low is not a beginner's nerves; job hunting at a meetup is not bad news
    ("party", 9, ["How are you?", "I'm not so good, to be honest, I've had a rough week."],
     "reassure"),
    ("networking", 5, ["I'm looking for work in user research, that's why I came."],
     "sorry_news"),
    # a team at another company is not the partner's own
    ("networking", 1, ["I'm on the design team at a small agency."], "react_same_team"),
    ("party", 3, ["It's my birthday next week."], "happy_birthday"),
])
def test_the_round_11_rules_do_not_fire_on_their_look_alikes(
        matcher: Matcher, scenario: str, seed: int, lines: list[str], unwanted: str) -> None:
    """False triggers a second helper found in the rules of round 11, each mended."""
    partner = Partner(load_scenario(scenario), seed=seed)
    replies = talk(partner, matcher, *lines)
    if unwanted == "bye":
        assert not partner.said_goodbye, replies[-1].text
    else:
        assert not set(replies[-1].parts) & set(PartnerWording.load().lines[unwanted]), (
            replies[-1].text)


@pytest.mark.parametrize(("scenario", "seed", "asked", "wanted", "unwanted"), [
    ("neighbour", 1, "How many years were you a midwife?", "thirty years", "upstairs"),
    ("party", 5, "How long have you been a nurse?", "nurse", "cooking class"),
    ("club", 3, "How long have you been doing pottery?", "second week", "a good while"),
])
def test_how_long_of_something_named_is_about_that_thing(
        matcher: Matcher, scenario: str, seed: int, asked: str, wanted: str,
        unwanted: str) -> None:
    """ "How many years were you a midwife?" got the twelve years upstairs (the topic the
    conversation was on), and "how long have you been doing pottery?" of a second-weeker "a
    good while now"."""
    partner = Partner(load_scenario(scenario), seed=seed)
    [_, reply] = talk(partner, matcher, "Hi, I'm Alex.", asked)
    assert wanted in reply.text and unwanted not in reply.text, reply.text


def test_sorry_i_forgot_your_name_gets_the_name(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=3)
    [_, _, reply] = talk(partner, matcher, "Hi, I'm Alex.", "I know Sam from uni.",
                         "Sorry, I forgot your name.")
    assert partner.name in reply.text, reply.text


def test_asking_the_partners_name_gets_no_second_greeting(matcher: Matcher) -> None:
    """ "Sorry, what's your name?" (labelled an introduction by the retrained classifier) got
    "And you! It's Jordan."."""
    partner = Partner(load_scenario("party"), seed=1)
    [_, _, reply] = talk(partner, matcher, "Hello!", "I know Sam from uni.",
                         "Sorry, what's your name?")
    assert "Jordan" in reply.text, reply.text
    assert not set(reply.parts) & set(PartnerWording.load().lines["greet_again"]), reply.text


@pytest.mark.parametrize(("scenario", "seed", "lines", "wanted", "unwanted"), [
    # good news with a caveat or nerves still gets congratulations (briefly)
    ("party", 5, ["Hi, I'm Lia.", "We just bought our first house! It's not great, needs "
                  "loads of work, but it's ours."], "ongratulations", "pity"),
    ("party", 3, ["Hi, I'm Lou.", "I got a promotion last week! I'm nervous about it though."],
     "Congratulations", "What's their name"),
    # "her name" is not the user's name
    ("first_day", 3, ["Yes, hi! I'm Ben, I'm joining the sales team.",
                      "Who did I say my manager was? I've forgotten her name already, ha."],
     "", "Ben"),
    # a birthday party next week is not a birthday today
    ("party", 3, ["Hi, I'm Lou, I know Sam from school.",
                  "It's my birthday party next Saturday, you should come!"], "", "birthday"),
    # the opening's words do not answer the card's own question ("how did you hear ...?")
    ("networking", 9, ["um yeah first time"], "meetup", ""),
    # "I'm terrified" names no one
    ("networking", 3, ["Hi, I'm Ana.", "I just got promoted!",
                       "Thank you! Honestly I'm terrified, I've never managed anyone."],
     "", "Terrified"),
])
def test_a_third_helpers_regressions_of_round_11(
        matcher: Matcher, scenario: str, seed: int, lines: list[str], wanted: str,
        unwanted: str) -> None:
    partner = Partner(load_scenario(scenario), seed=seed)
    reply = talk(partner, matcher, *lines)[-1]
    assert wanted in reply.text, reply.text
    assert not unwanted or unwanted not in reply.text, reply.text


def test_thanks_for_a_happy_birthday_is_not_congratulated(matcher: Matcher) -> None:
    """Thanks after "Happy birthday!" got "Honestly, I'm so pleased for you." (the line for
    thanks after congratulations)."""
    partner = Partner(load_scenario("neighbour"), seed=5)
    [_, reply] = talk(partner, matcher, "it's my birthday today actually",
                      "thanks! just a quiet night in")
    wording = PartnerWording.load().lines
    assert reply.parts[0] in wording["enjoy_it"], reply.text


# ---------------------------------------------------------------------------- round 13
# From a helper's 50 typed sessions of 2026-12-04 (160 of 381 replies odd).


@pytest.mark.parametrize(("line", "topic"), [
    ("And you, what you do?", Topic.WORK),  # a learner drops the "do"
    ("where you work?", Topic.WORK),
    # as "How long have you lived here?": for a neighbour, its reason for being here says how
    # long ("I moved in across the hall about a year ago"), not where it is from
    ("How long you live here?", Topic.REASON),
])
def test_a_question_without_its_do_is_understood(matcher: Matcher, line: str,
                                                 topic: Topic) -> None:
    partner = Partner(load_scenario("neighbour"), seed=2, persona="Dev")
    [reply] = talk(partner, matcher, line)
    fact = " ".join(fact_lines(partner, topic))
    assert any(part in fact or part.rstrip("?") in fact for part in reply.parts[:1]) or (
        reply.topic is topic), reply.text


@pytest.mark.parametrize("line", ["are you a student?", "Do you work from home too?",
                                  "Are you a teacher?"])
def test_a_yes_no_question_naming_another_job_gets_no_yes(matcher: Matcher, line: str) -> None:
    """ "Do you work from home too?" got "Yes, I drive the number twelve bus."."""
    partner = Partner(load_scenario("neighbour"), seed=2, persona="Dev")
    [reply] = talk(partner, matcher, line)
    assert not re.match(r"^(yes|yeah|i am|i do)\b", reply.text, re.IGNORECASE), reply.text
    assert "bus" in reply.text, reply.text  # and what the job is


def test_a_yes_no_question_naming_the_cards_job_is_still_a_yes(matcher: Matcher) -> None:
    partner = Partner(load_scenario("neighbour"), seed=2, persona="Dev")
    [reply] = talk(partner, matcher, "are you a bus driver?")
    assert YES_NO.match(reply.text) and reply.text.lower().startswith(("yes", "i am")), reply.text


@pytest.mark.parametrize(("line", "key"), [
    ("Have you ever been to Portugal?", "not_yet"),
    ("Anyway. Did you watch the match last night?", "missed_it"),
    ("do you have a car?", "dont_have"),
])
def test_a_yes_no_question_the_card_knows_nothing_of_is_answered_by_its_form(
        matcher: Matcher, line: str, key: str) -> None:
    """They got "Oh, I couldn't say, really." and a question on something else."""
    partner = Partner(load_scenario("party"), seed=2, persona="Jordan")
    [reply] = talk(partner, matcher, "Hi!", line)[-1:]
    assert reply.parts[0] in PartnerWording.load().lines[key], reply.text
    assert reply.text.endswith("?"), reply.text  # handed back


def test_a_yes_no_question_after_a_story_gets_no_yes_it_cannot_know(matcher: Matcher) -> None:
    """ "Is it far from here?" after where the partner lives got "Yes, I'd say so.", one turn
    after "I live nearby"."""
    partner = Partner(load_scenario("party"), seed=2, persona="Riley")
    replies = talk(partner, matcher, "Do you live nearby?", "Ah, is it far from here?")
    assert not replies[-1].text.lower().startswith("yes"), replies[-1].text


# Taking leave, with or without "nice to meet you"
_LEAVING = [
    "Anyway, I should grab a drink before the cake. Lovely to meet you!",
    "Great, I'll go and say hi to a few people. Nice to meet you!",
    "Ok, I'm off to stretch. Catch you next week!",
    "I'm going to grab a coffee. Good to meet you!",
    "I'll let you get back to it. See you at lunch maybe?",
    # round 14: without the usual words ("Ha, I really do have to go. Bye!" was a yes/no
    # question for its "do"; "I'll make a move." got a new question)
    "Yes, above the bakery actually. Right, I'll make a move.",
    "Okay... I think I'm going to go. This was nice though, thanks for making it less awkward.",
    "Ha, I really do have to go. Bye!",
    "I haven't started yet, remember? Anyway, see you at the noodle bar on Friday!",
    "Ha, that is funny. Ok, I go to get some food. Nice to meet you, Priya!",
    # from a third play-test (round 14)
    "ha, respect. right, off to find Sam and tease him about football. later!",
    "Anyway I think I'll head off early, got work tomorrow.",
    "k gonna grab a beer. cya",
    "Ok, I go talk to the speaker. Ciao Marcus!",
    "Ha, sounds like a challenge. I should find my manager. Maybe see you at lunch?",
    "Tom, ok. My manager is waiting me. Nice to meet you, Tom!",
    "Right... anyway, thanks. I'll let you get to your meeting.",
    "No pets. Right, I've got a wardrobe to fix. Lovely to meet you, Grace!",
    "Retail. Look, I really have to go.",
    "Okay. I'll go mingle. Thanks for the chat!",  # from a fourth play-test
    "Ok this was nice, I feel less nervous now. Thanks Riley, I'll go say hi to Sam",
    "Right, I'll let you get started. Good luck with the clay!",
    "Very tiring, I wake up at 4h. Ok the teacher starts, à bientôt Robin!",
]
# ... and plans to go somewhere, which are not
_STAYING = ["I have to go to work early tomorrow, so no late night for me.",
            "What are you doing later?", "I'll tell you later.",
            "I'm going to go to Spain next month.",
            "I'll go and get a drink, do you want anything?"]


@pytest.mark.parametrize(("line", "leaves"),
                         [(line, True) for line in _LEAVING] + [(line, False) for line in _STAYING])
def test_leaving_with_a_nice_to_meet_you_is_a_goodbye(matcher: Matcher, line: str,
                                                      leaves: bool) -> None:
    partner = Partner(load_scenario("networking"), seed=2)
    replies = talk(partner, matcher, "Hi, I'm Sara.", line)
    assert partner.said_goodbye is leaves, replies[-1].text
    assert not leaves or "?" not in replies[-1].text, replies[-1].text


def test_nice_to_meet_you_said_first_is_still_a_greeting(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=2)
    [reply] = talk(partner, matcher, "Hi, I'm Sara. Nice to meet you!")
    assert not partner.said_goodbye and "Sara" in reply.text, reply.text


@pytest.mark.parametrize(("line", "keys"), [
    ("My mum is really ill at the moment, so starting a new job is a lot.", ("sorry_news",)),
    ("As I said, I had surgery, so I'll be slow for a while.", ("sorry_news",)),
    ("My english is not so good, sorry", ("reassure_language",)),
    # with where they come from, the worry still comes first (a twelfth play-test)
    ("Yes, I am new. I come from Brazil, my English not so good, sorry.",
     ("reassure_language",)),
    ("My boss shouted at me in front of everyone.", ("react_down", "sorry_news")),
    ("I just got into a data science bootcamp, I start in January!", ("congratulate",)),
    # a twelfth play-test's lines that got "Ah, fair enough.", "Mm, I see." and "Oh, three
    # years! You must know it well by now."
    ("not really just work stuff i have a big presentation on monday which im kind of dreading",
     ("react_dread",)),
    ("I have a job interview tomorrow and I'm really nervous about it.", ("react_dread",)),
    ("cool. i came with my flatmate jess but she disappeared somewhere", ("react_left_alone",)),
    ("Guilty as charged. I'm the one who made all that noise with the sofa on Saturday, sorry "
     "about that.", ("apology_accepted",)),
    ("Unreal! I've been applying to studios for three years. I start in March as a junior level "
     "designer.", ("congratulate", "thrilled")),
    ("I'm a bit nervous about meeting new people.", ("reassure",)),
    # a sweep of greetings: "That's completely normal ... at first." and "I couldn't say"
    ("Sorry, I'm terrible with names, what was yours?", ("names_too",)),
    # a sweep of twenty shared lines over the cards: each got "Ah, okay." and a stock question
    ("I'm thinking of changing careers.", ("react_change",)),
    ("I've never been to one of these before.", ("react_first_time",)),
    ("I'm learning to play the guitar.", ("react_learning",)),
    ("My best friend moved to Australia.", ("react_miss_them",)),
    ("I'm getting married in June!", ("congratulate",)),
    ("My daughter just started school.", ("glad_for_them",)),
    ("Not bad, thanks. Got a promotion actually! Team lead from Monday.", ("congratulate",)),
    ("I'm in a great mood - I just got funding for my app this morning!", ("congratulate",)),
])
def test_news_and_feelings_get_a_fitting_reaction(matcher: Matcher, line: str,
                                                  keys: tuple[str, ...]) -> None:
    """Each got "Ah, that sounds good." or "Oh, I see." before."""
    partner = Partner(load_scenario("club"), seed=2)
    replies = talk(partner, matcher, "Hi!", line)
    wording = PartnerWording.load().lines
    assert any(replies[-1].parts[0] in wording[key] for key in keys), replies[-1].text


@pytest.mark.parametrize("scenario", ["party", "first_day"])
def test_advice_for_an_interview_is_a_persons_own_not_the_scenes_tip(
        matcher: Matcher, scenario: str) -> None:
    """"can I ask your advice? I've got a job interview on Monday and I'm terrified." got
    "Oh, congratulations!" and the party's Italian place (a fourteenth play-test)."""
    partner = Partner(load_scenario(scenario), seed=3)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "can I ask your advice? I've got a job "
                     "interview on Monday and I'm terrified.")
    assert reply.parts[0] in PartnerWording.load().lines["advice_nerves"], reply.text


def test_are_you_grace_from_upstairs_gets_a_yes(matcher: Matcher) -> None:
    """"are you grace from upstairs the guy at the shop said you know everyone" got "Hm, good
    question. I'm not sure, to be honest." (a fourteenth play-test)."""
    partner = Partner(load_scenario("neighbour"), seed=3, persona="Grace")
    *_, reply = talk(partner, matcher, "ha not really just lots of tea. are you grace from "
                     "upstairs the guy at the shop said you know everyone")
    right = [line.format(name="Grace") for line in PartnerWording.load().lines["name_right"]]
    assert reply.parts[0] in right, reply.text
    assert cues.name_checked("Are you Scottish?") is None
    assert cues.name_checked("are you serious?") is None


def test_a_name_asked_again_after_how_they_heard_is_its_name(matcher: Matcher) -> None:
    """"Oh, a friend recommended this meetup. Sorry, what did you say your name was again?"
    got the scene's tip "Come to a few of these in a row" (a fourteenth play-test)."""
    partner = Partner(load_scenario("networking"), seed=3, persona="Priya")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "Oh, a friend recommended this meetup. "
                     "Sorry, what did you say your name was again?")
    assert "Priya" in reply.text, reply.text


@pytest.mark.parametrize(("told", "asked", "heard"), [
    ("I'm a vet. Okay, never mind the sofa, I'll ask my brother.",
     "Ha, never mind. Hey, what did I say I do for a living?", "vet"),  # "for a living" no home
    ("I'm a teacher. Primary school.",
     "Kids are the best. Sorry, what did I say I do for work?", "teacher"),  # "Kids" not hers
])
def test_their_job_asked_back_is_their_job(matcher: Matcher, told: str, asked: str,
                                           heard: str) -> None:
    """A fourteenth play-test: these got "You said never mind the sofa, you'll ask your
    brother!" and "You said the best part is the kids"."""
    partner = Partner(load_scenario("neighbour"), seed=3)
    *_, reply = talk(partner, matcher, "Hi, I'm Nina.", told, "How long have you lived here?",
                     asked)
    assert heard in reply.text, reply.text


@pytest.mark.parametrize("line", ["Aisha, can you show me where is kitchen?",
                                  "Could you maybe show me how the coffee machine works?"])
def test_shown_where_or_how_is_what_anyone_here_knows(matcher: Matcher, line: str) -> None:
    """A fourteenth play-test: these got "Hm, good question. I'm not sure" from a colleague
    of six months, and the scene's tip about the noodle bar."""
    scenario = load_scenario("first_day")
    partner = Partner(scenario, seed=3, persona="Aisha")
    *_, reply = talk(partner, matcher, "Hi, I'm Ken.", line)
    assert any(local.answer in reply.text for local in scenario.local), reply.text


def test_a_question_after_words_that_tell_is_the_one_answered(matcher: Matcher) -> None:
    """"yeah born and raised whats your job riley" got where it grew up (a fourteenth
    play-test); "I grew up in Leeds, where did you grow up?" still gets it."""
    partner = Partner(load_scenario("party"), seed=3, persona="Riley")
    *_, reply = talk(partner, matcher, "hi", "yeah born and raised whats your job riley")
    assert partner.persona.everyday["grew_up"] not in reply.text, reply.text
    assert "nurse" in reply.text, reply.text
    *_, reply = talk(partner, matcher, "I grew up in Leeds, where did you grow up?")
    assert partner.persona.everyday["grew_up"] in reply.text, reply.text


def test_a_learners_how_long_you_are_in_this_club_is_its_reason(matcher: Matcher) -> None:
    """"How long you are in this club?" got "Oh, I couldn't say, really." from a card in its
    second week (a fourteenth play-test)."""
    partner = Partner(load_scenario("club"), seed=3, persona="Maya")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "How long you are in this club?")
    assert "couldn't say" not in reply.text and "second week" in reply.text.lower(), reply.text


@pytest.mark.parametrize("again", ["sorry, what do you do again?", "what did you say you do?",
                                   "which team are you on again?"])
def test_its_job_asked_again_mid_story_is_said_again(matcher: Matcher, again: str) -> None:
    """Asked again while it was telling of its job, these got the story's next line, "That's
    the whole story, really." and "Ooh, I'd better keep that one to myself!" (a card that names
    its team; the sweep that followed the fourteenth play-test)."""
    partner = Partner(load_scenario("first_day"), seed=3, persona="Aisha")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "What do you do?", "Cool. Do you like it?",
                     again)
    assert "website team" in reply.text, reply.text


def test_have_you_visited_her_hands_nothing_back(matcher: Matcher) -> None:
    """"Canada, wow - have you visited her there?" got "No, never, funnily enough. Have you?"
    (a fourteenth play-test: whether the user has visited the partner's sister)."""
    partner = Partner(load_scenario("party"), seed=3, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "Do you have brothers or sisters?",
                     "Canada, wow - have you visited her there?")
    assert reply.parts[0] in PartnerWording.load().lines["not_yet_plain"], reply.text


def test_the_post_office_is_no_parcel_in_the_hall(matcher: Matcher) -> None:
    """"I don't know where is the post office." got "Parcels get left in the hall"."""
    partner = Partner(load_scenario("neighbour"), seed=3, persona="Grace")
    *_, reply = talk(partner, matcher, "Hi!", "I don't know where is the post office. You can "
                     "tell me please?")
    assert reply.parts[-1] in PartnerWording.load().lines["local_guess"], reply.text


def test_the_boss_asked_after_by_a_new_starter_is_no_gossip(matcher: Matcher) -> None:
    """"whats the boss like is she strict" got "I try not to talk about people who aren't
    here" (a fourteenth play-test): the workplace's own answer."""
    scenario = load_scenario("first_day")
    partner = Partner(scenario, seed=3)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.",
                     "not sure yet they said social media stuff. whats the boss like is she strict")
    boss = next(local.answer for local in scenario.local if "boss like" in local.words)
    assert boss in reply.text, reply.text


def test_a_dreaded_interview_gets_a_kind_word_not_the_cards_job(matcher: Matcher) -> None:
    """"I have a job interview tomorrow and I'm really nervous about it." got the work answer
    "I teach maths ..." after the kind word, and a second question."""
    partner = Partner(load_scenario("party"), seed=3, persona="Jordan")
    *_, reply = talk(partner, matcher, "Hi!",
                     "I have a job interview tomorrow and I'm really nervous about it.")
    assert len(reply.parts) == 1 and reply.text.count("?") == 1, reply.text


@pytest.mark.parametrize("lines", [
    ["what do you do?", "How long?"],
    ["what do you do?", "How long have you been in that role?"],
    ["How long you work here?"],  # a learner's, without "have you been"
])
def test_how_long_is_answered_with_a_while_not_the_next_story_line(
        matcher: Matcher, lines: list[str]) -> None:
    """Each got the next line of the work story ("Last week a six-year-old asked me ...")."""
    partner = Partner(load_scenario("first_day"), seed=2, persona="Tom")
    reply = talk(partner, matcher, *lines)[-1]
    vague = PartnerWording.load().lines["how_long_untold"]
    assert cues.HOW_LONG_SAID.search(reply.text) or reply.parts[0] in vague, reply.text


def test_where_do_you_work_after_the_job_gets_the_place(matcher: Matcher) -> None:
    """ "Where do you work?" right after the work answer got the story's next line."""
    partner = Partner(load_scenario("party"), seed=2, persona="Riley")
    reply = talk(partner, matcher, "what do you do?", "Where do you work?")[-1]
    assert "hospital" in reply.text, reply.text
    partner = Partner(load_scenario("party"), seed=2, persona="Riley")
    reply = talk(partner, matcher, "what do you do?", "Oh nice, where?")[-1]
    assert "hospital" in reply.text, reply.text


@pytest.mark.parametrize(("line", "job", "work"), [
    ("I work night shifts as a security guard, so sorry if you hear me at six.",
     "security guard", None),
    ("I am software engineer. I look for job here.", "software engineer", None),  # no article
    ("Yes, I start in marketing today.", None, "marketing"),
    ("Yeah hi. I'm new in accounts.", None, "accounts"),
    ("Yes, I started today in the legal team.", None, "the legal team"),
    ("I am tired", None, None),
    ("I am better now", None, None),
])
def test_more_ways_of_saying_what_one_does_are_heard(line: str, job: str | None,
                                                      work: str | None) -> None:
    """Each was missed, and the partner asked "What do you do for work?" right after."""
    told = disclosure(line)
    assert (told.job, told.work) == (job, work), told


def test_an_offer_for_later_is_thanked_and_a_repeat_is_not_news(matcher: Matcher) -> None:
    """ "As I said, I'm a chef, so I'll bring you some food one day." got "Ah, a chef,
    nice."; "as I said, I'm a nurse" a third "another nurse!"."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("neighbour"), seed=2)
    reply = talk(partner, matcher, "Hi, I'm a chef.",
                 "As I said, I'm a chef, so I'll bring you some food one day.")[-1]
    assert reply.parts[0] in wording["offer_later_thanks"], reply.text
    partner = Partner(load_scenario("neighbour"), seed=2)
    reply = talk(partner, matcher, "Hi, I'm a chef.",
                 "As I mentioned, I'm home all day, so just knock if you need anything.")[-1]
    assert reply.parts[0] in wording["offer_later_thanks"], reply.text
    partner = Partner(load_scenario("party"), seed=2, persona="Riley")
    reply = talk(partner, matcher, "I'm a nurse.",
                 "As I said, I'm a nurse, so I totally understand being tired.")[-1]
    assert reply.parts[0] in wording["remembered"], reply.text


def test_a_yes_no_question_about_something_else_is_no_step_of_the_story(
        matcher: Matcher) -> None:
    """ "is there parking here?" after the work answer got the story's next line."""
    partner = Partner(load_scenario("first_day"), seed=2, persona="Tom")
    _, reply = talk(partner, matcher, "what do you do?", "is there parking here?")
    fact = partner.persona.fact(Topic.WORK)
    assert fact is not None and not any(step in reply.text for step in fact.story), reply.text


def test_whats_it_called_gets_the_name_the_card_gives(matcher: Matcher) -> None:
    """ "What's it called?" after "Yes, an old dog called Mabel." got "She's fourteen ..."."""
    partner = Partner(load_scenario("club"), seed=2, persona="Robin")
    reply = talk(partner, matcher, "do you have pets?", "What's it called?")[-1]
    assert "Mabel" in reply.text, reply.text


@pytest.mark.parametrize(("scenario", "line", "wanted"), [
    ("first_day", "Thank you, you are very kind. Where is toilet?", "lifts"),
    ("first_day", "whats the wifi password", "printer"),
    ("first_day", "Do you know where the legal team sits?", "Second floor"),
    ("neighbour", "Do you know if the bins go out on Monday or Tuesday?", "Tuesday"),
    ("neighbour", "is there parking here?", "round the back"),
    ("party", "Where's the bathroom?", "Upstairs"),
    ("club", "Do you know how long the class is?", "Two hours"),
    ("networking", "Where do I get a name badge?", "by the door"),
])
def test_a_practical_question_about_the_place_gets_what_anyone_there_knows(
        matcher: Matcher, scenario: str, line: str, wanted: str) -> None:
    """Each got "Hm, good question. I'm not sure, to be honest." or a line of a story."""
    for seed in (1, 2):  # every persona of the scene knows it
        partner = Partner(load_scenario(scenario), seed=seed)
        reply = talk(partner, matcher, "Hi!", line)[-1]
        assert wanted in reply.text, (partner.name, reply.text)


def test_a_question_about_the_partner_itself_is_not_answered_with_the_place(
        matcher: Matcher) -> None:
    partner = Partner(load_scenario("first_day"), seed=2)
    reply = talk(partner, matcher, "Hi!", "do you have a bike?")[-1]
    assert "round the back" not in reply.text, reply.text


def test_a_broken_local_fact_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(CARD.replace('[[persona]]', '[[local]]\nwords = ["loo"]\n\n[[persona]]', 1))
    with pytest.raises(PackError, match=r"\[\[local\]\] 1 needs `words` and `answer`") as error:
        load_scenario_file(path)
    assert str(path) in str(error.value)


@pytest.mark.parametrize("line", ["Thank you. Can I have your card?", "Shall we swap numbers?"])
def test_asking_for_a_card_gets_one(matcher: Matcher, line: str) -> None:
    """ "Thank you. Can I have your card?" got "Any time."."""
    partner = Partner(load_scenario("networking"), seed=2)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    assert reply.parts[0] in PartnerWording.load().lines["give_card"], reply.text


def test_round_13_second_play_test_regressions(matcher: Matcher) -> None:
    """A second helper's sessions: "Two rabbits. Do you have any?" got "No, I don't, actually.
    Do you?"; "I'd better rescue Biscuit ... Nice to meet you!" a greeting; "I need to catch
    my train" a new question."""
    partner = Partner(load_scenario("club"), seed=2)
    reply = talk(partner, matcher, "Hi!", "Two rabbits. Do you have any?")[-1]
    assert not reply.text.endswith("Do you?"), reply.text
    for line in ("Croydon. Okay, I'd better rescue Biscuit from the boxes. Nice to meet you!",
                 "Cool. Anyway, I need to catch my train. Good luck with the unpacking!"):
        partner = Partner(load_scenario("neighbour"), seed=2)
        reply = talk(partner, matcher, "Hi!", line)[-1]
        assert partner.said_goodbye and "?" not in reply.text, (line, reply.text)


@pytest.mark.parametrize(("line", "key"), [
    ("Yeah, last week. I work nights at the hospital so sorry if you hear me coming in at 7am.",
     "apology_accepted"),
    ("No, no pets. I have a small son. He is loud sometimes, sorry in advance!",
     "apology_accepted"),
    ("Her name's Pepper. They think she ate something bad, I'm just worried really.",
     "sympathy"),
    ("Yes, hello! I move here with my wife and baby. Sorry if baby is crying at night.",
     "apology_accepted"),
    ("Haha, yes, sorry about all the noise this morning. The movers dropped a wardrobe.",
     "apology_accepted"),
    ("Slowly. I hurt my back carrying the sofa, so I'm taking it easy.", "sympathy"),
    ("Honestly it is hard, I sent 60 applications and no reply. I feel little bit hopeless.",
     "sympathy"),
    ("Yes! Just got the keys yesterday. I'm so happy, it's my first flat on my own!",
     "congratulate"),
    ("My grandma went into hospital on Tuesday.", "sorry_news"),  # "Is it always like that?"
    ("I just found out I got the promotion I interviewed for, so today's a good day!",
     "congratulate"),  # "Oh, no problem at all."
    ("Yesterday I have a bad news, my company makes many people redundant. Maybe also me.",
     "sorry_news"),  # "Oh, I see."
])
def test_an_apology_ahead_is_waved_away_and_a_worry_met_with_sympathy(
        matcher: Matcher, line: str, key: str) -> None:
    """Each got "Ah, that sounds good." before."""
    partner = Partner(load_scenario("neighbour"), seed=2)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    assert reply.parts[0] in PartnerWording.load().lines[key], reply.text


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_partner_says_its_name_once_when_asked_and_told_a_name(matcher: Matcher,
                                                                     seed: int) -> None:
    """ "Sorry, I meant what's your name? I'm Kate, by the way." got "Lovely to meet you, Kate.
    I'm Grace. It's Grace."."""
    partner = Partner(load_scenario("neighbour"), seed=seed)
    reply = talk(partner, matcher, "Hello!", "Sorry, what's your name? I'm Kate, by the way.")[-1]
    assert "Kate" in reply.text and reply.text.count(partner.name) == 1, reply.text


@pytest.mark.parametrize("line", [
    "Board games. I know, very cool. Is that weird?",
    "Honestly, do you think I'm mad doing a master's at thirty-five?",
    "Maybe a food bowl for Pepper, ha. Do you think that's too ambitious for a beginner?",
])
def test_asked_if_something_of_ones_own_is_odd_the_partner_reassures(matcher: Matcher,
                                                                      line: str) -> None:
    """Each got a yes and a fact of the partner's own ("Yes, I draw!")."""
    partner = Partner(load_scenario("club"), seed=2)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    assert reply.parts[0] in PartnerWording.load().lines["not_odd"], reply.text


@pytest.mark.parametrize(("persona", "question", "start"), [
    ("Marcus", "Have you been to one of these before?", "No"),  # "it's my first time too"
    ("Marcus", "Is this your first time here?", "Yes"),
    ("Priya", "Do you come to these often?", "Yes"),  # "it's my third time"
    ("Priya", "Is this your first time?", "No"),
])
def test_been_before_and_first_time_get_opposite_answers(
        matcher: Matcher, persona: str, question: str, start: str) -> None:
    """ "Have you been to one of these before?" got "Yes, it's my first time too!"."""
    partner = Partner(load_scenario("networking"), seed=2, persona=persona)
    reply = talk(partner, matcher, "Hi, I'm Sam.", question)[-1]
    assert reply.text.split(". ")[-2 if reply.text.endswith("?") else 0].startswith(
        start) or f"{start}," in reply.text, reply.text


def test_if_im_honest_is_no_name_and_never_asking_a_name_asks_it(matcher: Matcher) -> None:
    """ "Probably a new job, if I'm honest." got "Nice to meet you, Honest!"; "Sorry, I just
    realised I never asked your name." got "Oh, nice. Is that short for anything?"."""
    partner = Partner(load_scenario("networking"), seed=2)
    first, second = talk(partner, matcher, "Probably a new job, if I'm honest. I'm a QA tester.",
                         "Sorry, I just realised I never asked your name.")
    assert "Honest" not in first.text, first.text
    assert partner.name in second.text and "short for" not in second.text, second.text


@pytest.mark.parametrize("line", ["Yeah, we play five-a-side together. How about you?",
                                  "Yes, we're neighbours actually. How do you know him?"])
def test_an_answer_before_a_question_is_not_asked_for_again(matcher: Matcher, line: str) -> None:
    """Answering the opener ("How do you know Sam?") and asking it back got "... And how do
    you know Sam?"."""
    partner = Partner(load_scenario("party"), seed=2)
    reply = talk(partner, matcher, line)[-1]
    assert "how do you know" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(("line", "key"), [
    ("Maybe Greece. Have you ever been?", "not_yet"),
    ("Right. Are you on LinkedIn? Could I add you?", "connect"),
])
def test_short_questions_a_person_can_always_answer(matcher: Matcher, line: str,
                                                    key: str) -> None:
    """Each got "Oh, I couldn't say, really." or "Hm, good question. I'm not sure"."""
    partner = Partner(load_scenario("networking"), seed=2)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    # (after a word on what they answered: "Ah, Greece, nice.")
    assert any(part in PartnerWording.load().lines[key] for part in reply.parts), reply.text


def test_do_you_come_every_week_is_answered_from_why_the_partner_comes(matcher: Matcher) -> None:
    partner = Partner(load_scenario("club"), seed=2)
    reply = talk(partner, matcher, "Hi!", "Yeah. Do you come every week?")[-1]
    wording = PartnerWording.load().lines
    assert reply.parts[0] not in wording["no_answer"], reply.text
    assert reply.text.startswith(("Yes", "No")), reply.text


def test_a_name_checked_is_confirmed_or_put_right(matcher: Matcher) -> None:
    """ "Anyway, nice to meet you... sorry, Dev, was it?" got "Likewise!"; "You're from
    Lagos, right?" is a fact checked, not a name."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("neighbour"), seed=3)
    wrong, right, _, fact = talk(partner, matcher, "Hi, I'm Jo. Nice to meet you... sorry, Dev, "
                                 "was it?", f"Sorry, {partner.name}, right?",
                                 "Where did you grow up?", "Lagos, right?")
    assert partner.name in wrong.text and wrong.parts[0].split(" It's")[0] in " ".join(
        wording["name_wrong"]), wrong.text
    assert right.parts[0].replace(partner.name, "{name}") in wording["name_right"], right.text
    assert not set(fact.parts) & {line.replace("{name}", partner.name)
                                  for line in wording["name_wrong"]}, fact.text


def test_a_hey_mid_conversation_is_no_greeting(matcher: Matcher) -> None:
    """ "Hey, if your band ever needs a bass player, let me know." on the third line got "Hi,
    good to meet you. I'm Tom."."""
    partner = Partner(load_scenario("first_day"), seed=3)
    reply = talk(partner, matcher, "Yes, first day.", "Operations.",
                 "Hey, if your band ever needs a bass player, let me know.")[-1]
    assert reply.kind is not ReplyKind.GREETING and partner.name not in reply.text, reply.text
    assert reply.parts[0] in PartnerWording.load().lines["offer_later_thanks"], reply.text


def test_back_from_a_trip_gets_asked_about_it_and_have_you_been_is_no(matcher: Matcher) -> None:
    """ "I just got back from Lisbon actually, it was amazing." got "Fair enough."; "The food,
    definitely. Have you been?" got "Yes, and you have to try the cake.", the food being the
    party's to the topic finder."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("party"), seed=11)
    back, been = talk(partner, matcher, "I just got back from Lisbon actually, it was amazing.",
                      "The food, definitely. Have you been?")
    assert back.parts[-1] in [line.format(thing="Lisbon") for line in wording["react_trip"]], (
        back.text)
    assert been.parts[0] in wording["not_been_there"], been.text
    partner = Partner(load_scenario("club"), seed=3)
    reply = talk(partner, matcher, "We've just come back from a week in Crete.")[-1]
    assert "Crete" in reply.text, reply.text
    # written all in lower case, as speech recognition may (it got "Oh really? That's
    # interesting."); back from work is no trip
    partner = Partner(load_scenario("club"), seed=3)
    reply = talk(partner, matcher, "i just got back from a trip to japan")[-1]
    assert "Japan" in reply.text, reply.text
    assert cues.trip_place("i just got back from work") is None


@pytest.mark.parametrize(("scenario", "line", "word"), [
    ("first_day", "Is there a good café nearby?", "café"),  # got the canteen's curry
    ("neighbour", "Where do you go for shopping?", "supermarket"),  # got "I couldn't say"
    ("neighbour", "The bus stop is near?", "bus stop"),
])
def test_what_anyone_at_the_scene_knows_is_answered(matcher: Matcher, scenario: str, line: str,
                                                    word: str) -> None:
    partner = Partner(load_scenario(scenario), seed=3)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    assert word in reply.text.lower(), reply.text


def test_thank_you_to_a_welcome_is_not_youre_welcome(matcher: Matcher) -> None:
    """ "Thank you! It's a lot of boxes still." after the greeting got "You're welcome!"."""
    partner = Partner(load_scenario("neighbour"), seed=21)
    reply = talk(partner, matcher, "Hi, I just moved in downstairs. I'm Tomasz.",
                 "Thank you! It's a lot of boxes still.")[-1]
    assert reply.parts[0] not in PartnerWording.load().lines["welcome"], reply.text


def test_which_street_asks_where(matcher: Matcher) -> None:
    """ "Cool, me too. Which street?" after "Yes, just round the corner" got a story step."""
    partner = Partner(load_scenario("club"), seed=31)
    reply = talk(partner, matcher, "Hi, I'm Leo.", "Do you live nearby?",
                 "Cool, me too. Which street?")[-1]
    assert "corner" in reply.text, reply.text


def test_how_did_you_get_into_design_and_anyone_hiring(matcher: Matcher) -> None:
    """ "How did you get into design?" of a user researcher got "Oh, I couldn't say, really.";
    "Do you know anyone hiring?" got a story about curry."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("networking"), seed=41)
    _, into, hiring = talk(partner, matcher, "Hey! First time here, I'm Nadia.",
                           "Oh cool. How did you get into design?",
                           "Thanks, that helps. Do you know anyone hiring?")
    assert into.parts[0] not in wording["no_answer"], into.text
    assert any(line in (fact := partner.persona.fact(Topic.WORK)).answer + " ".join(fact.story)
               for line in into.parts), into.text
    assert hiring.parts[-1] in wording["dont_know_anyone"], hiring.text


def test_asking_to_join_later_is_an_invitation_and_coffee_is_in_the_kitchen(
        matcher: Matcher) -> None:
    """ "Can I join you sometime?" (for lunch) got "Not at all, have a seat."; "Do you know where
    I can get a coffee?" got the canteen's curry."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("first_day"), seed=51)
    _, coffee, join = talk(partner, matcher, "Hi, I'm Ana, it's my first day.",
                           "Do you know where I can get a coffee?",
                           "Sounds good. Can I join you sometime?")
    assert "kitchen" in coffee.text, coffee.text
    assert join.parts[0] in wording["accept_invitation"], join.text


def test_a_place_the_scene_does_not_know_and_a_reason_already_given(matcher: Matcher) -> None:
    """ "Is there a gym nearby?" got "No, I'm from Leicester."; "I moved for a new job." was
    asked "What brought you here?"."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("neighbour"), seed=61)
    _, moved, gym = talk(partner, matcher, "Hello! I'm Priya, I just moved into number 3.",
                         "From Manchester. I moved for a new job.", "Is there a gym nearby?")
    reason = partner.persona.fact(Topic.REASON)
    assert reason is not None and not moved.text.endswith(reason.ask), moved.text
    # someone settled has a rough idea (a twelfth play-test's "nothing comes to mind")
    assert gym.parts[0] in wording["local_guess"], gym.text


@pytest.mark.parametrize(("scenario", "persona", "line", "key"), [
    ("neighbour", "Grace", "Is there a good gym nearby? I need something to keep me busy.",
     "local_guess"),
    ("first_day", "Aisha", "Oh, do you know a good place to get a haircut nearby?",
     "local_guess"),
    ("club", "Maya", "Where's the pool, though? I've been looking for one near campus.",
     "local_own"),  # she swims every morning
    ("first_day", "Tom", "Is there a gym around here?", "local_guess"),  # "I don't need a gym"
    ("networking", "Marcus", "Is there a decent gym near here?", "not_sure_thing"),  # new here
    ("first_day", "Aisha", "Is there a gym in the building?", "no_local"),
])
def test_a_gym_a_pool_or_a_hairdresser_asked_after_gets_what_the_person_would_know(
        matcher: Matcher, scenario: str, persona: str, line: str, key: str) -> None:
    """A twelfth play-test: "Where's the pool?" got "Keep your elbows tucked in" (the scene's
    tip), a haircut "The market on Saturday is the best place for vegetables"."""
    partner = Partner(load_scenario(scenario), seed=3, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.", line)
    wording = PartnerWording.load().lines
    assert any(part in wording[key] or (part.startswith(("Hm, good", "Ooh,"))
               and key == "not_sure_thing") for part in reply.parts), reply.text


def test_a_learner_saying_what_they_are_is_not_named_by_it(matcher: Matcher) -> None:
    """ "I am student, I say before!" got "Good to meet you, Student."."""
    partner = Partner(load_scenario("neighbour"), seed=36)
    reply = talk(partner, matcher, "Hi! I am student, I do master in nursing.")[-1]
    assert "Student" not in reply.text, reply.text
    assert disclosure("Hi, I am nurse.").name is None
    assert disclosure("hi I'm dana").name == "Dana"


def test_nerves_beside_a_job_are_reassured(matcher: Matcher) -> None:
    """ "I'm Marco, I'm joining the finance team. I'm a bit nervous to be honest." got "Ah, the
    finance team, nice." and nothing for the nerves."""
    partner = Partner(load_scenario("first_day"), seed=22)
    reply = talk(partner, matcher, "Yes, it's my first day! I'm Marco, I'm joining the finance "
                 "team. I'm a bit nervous to be honest.")[-1]
    assert set(reply.parts) & set(PartnerWording.load().lines["reassure"]), reply.text


@pytest.mark.parametrize("line", ["haha I just said, we're cousins. I'm Tom.",
                                  "lol my name's not Local, it's Sam.",
                                  "Sometimes. You didn't answer though, haha - wheel at home?",
                                  "Welcome! Well, it's not my first, I'm an organiser, remember?"])
def test_a_correction_is_owned(matcher: Matcher, line: str) -> None:
    """From a third play-test: 21 corrections and not one "sorry, my mistake"."""
    partner = Partner(load_scenario("party"), seed=4)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    assert reply.parts[0] in PartnerWording.load().lines["own_mistake"], reply.text


def test_meant_to_ask_is_no_correction(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=4)
    reply = talk(partner, matcher, "Hi!", "I meant to ask, what do you do?")[-1]
    assert reply.parts[0] not in PartnerWording.load().lines["own_mistake"], reply.text


def test_a_learners_statement_without_it_and_like_very_much(matcher: Matcher) -> None:
    """ "Is my first time." got "Yes! Second week for me too."; "Yes, I like very much." was
    asked "So how did you get into very much?"; "Can you show me how to center the clay?" got
    "Hm, good question. I'm not sure"."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("club"), seed=71)
    first, liked, shown = talk(partner, matcher, "Hello. I am Yuki. Is my first time.",
                               "Yes, I like very much. In Japan I do calligraphy.",
                               "Wow. Can you show me how to center the clay?")
    assert first.kind is ReplyKind.GREETING and not YES_NO.search(first.parts[-1]), first.text
    assert "very much" not in liked.text.lower(), liked.text
    assert shown.kind is ReplyKind.ADVICE and shown.parts[0] not in wording["no_answer"], (
        shown.text)
    assert disclosure("Yes, I like very much.").like is None


def test_do_you_enjoy_it_after_a_remark_is_about_the_work_just_told(matcher: Matcher) -> None:
    """ "That sounds cool. Do you enjoy it?" after the work answer got "Yes, I'm enjoying it.
    It's friendlier than I expected." (the meetup's)."""
    partner = Partner(load_scenario("networking"), seed=81)
    reply = talk(partner, matcher, "What do you do?", "That sounds cool. Do you enjoy it?")[-1]
    setting = partner.persona.fact(Topic.SETTING)
    assert setting is not None and not reply.text.startswith(setting.yes_no), reply.text
    assert reply.kind is ReplyKind.STORY, reply.text


def test_how_the_user_knows_the_host_and_chat_spelling(matcher: Matcher) -> None:
    """ "hi, yeah, Sam's my cousin actually" was asked "How do you know Sam?"; "Where is it?"
    was taken for a name checked ("Nearly! It's Jordan."); "u work?" is "you work?"."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("party"), seed=4)
    cousin, where = talk(partner, matcher, "hi, yeah, Sam's my cousin actually",
                         "No, not yet, that's why I'm starving lol. Where is it?")
    assert "how do you know" not in cousin.text.lower(), cousin.text
    assert not {line.replace("{name}", partner.name) for line in wording["name_wrong"]} & set(
        where.parts), where.text
    assert cues.heard("lol ok. u work? whats that") == "ok. you work? what's that"


def test_a_ux_designer_is_not_an_ux_designer(matcher: Matcher) -> None:
    """ "Ah, an UX designer, nice." (a fourth play-test)."""
    partner = Partner(load_scenario("first_day"), seed=3)
    reply = talk(partner, matcher, "Hi! I'm Jo, I'm a UX designer.")[-1]
    assert "a UX designer" in reply.text, reply.text


def test_someone_starting_today_is_not_asked_the_best_part_of_their_job(matcher: Matcher) -> None:
    """ "I'm starting today in the finance team" got "What's the best part of your job?", then
    "How long have you been doing that job?" (a fourth play-test)."""
    partner = Partner(load_scenario("first_day"), seed=20)
    replies = talk(partner, matcher, "Hi! Yes, I'm Tom, I'm starting today in the finance team.",
                   "Ha. Well it's my first day so I don't know yet!")
    work = PartnerWording.load().follow_up[Topic.WORK]
    assert not any(reply.parts[-1] in work for reply in replies), [r.text for r in replies]


def test_the_hosts_cousin_is_not_asked_how_they_know_the_host(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=1004)
    reply = talk(partner, matcher, "Hi! Yeah, sort of. I'm actually Sam's cousin, so I kind of "
                 "have to be here haha")[-1]
    assert "how do you know" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(("scenario", "line", "word"), [
    ("neighbour", "Is the building okay with pets?", "pets"),  # "Hm, not quite, actually."
    ("first_day", "lol. anyway my laptop isn't working, who do I talk to about that?", "it"),
    ("first_day", "is the coffee free", "coffee"),  # "Yes, Thursday curry in the canteen ..."
    ("first_day", "Is it always this cold in here?", "air con"),
])
def test_a_fourth_play_tests_practical_questions(matcher: Matcher, scenario: str, line: str,
                                                 word: str) -> None:
    partner = Partner(load_scenario(scenario), seed=3)
    reply = talk(partner, matcher, "Hi!", line)[-1]
    # (a laptop that isn't working is a mishap too: "Argh, that's annoying." may come first)
    mishaps = PartnerWording.load().lines["mishap_brief"]
    answer = next(part for part in reply.parts if part not in mishaps)
    assert word in answer.lower(), reply.text


def test_a_friend_of_the_users_a_bare_name_question_and_a_team_said_alone(
        matcher: Matcher) -> None:
    """ "Do you know my friend Leo, in flat 2?" got "No, I'm from Leicester."; "name?" and "no,
    YOUR name" got a story; "Joining the sales team." was asked "Which team are you joining?"."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("neighbour"), seed=1035)
    friend, name = talk(partner, matcher, "I'm a hairdresser. Do you know my friend Leo?",
                        "no, YOUR name")
    assert set(friend.parts) & set(wording["dont_know_them"]), friend.text
    assert partner.name in name.text, name.text
    assert disclosure("yeah hi, I'm Dev. Joining the sales team.").work == "the sales team"
    assert disclosure("In the same team as you?").work is None


def test_a_workplace_said_with_a_is_the_workplace_when_it_comes_back(matcher: Matcher) -> None:
    """ "I work in a library" came back as "So what's a normal day like at a library?"."""
    partner = Partner(load_scenario("first_day"), seed=202)
    replies = talk(partner, matcher, "hi, I'm Sam", "I work in a library", "what do you do?",
                   "oh cool. how long have you done that?")
    said = " ".join(reply.text for reply in replies)
    # ("So what's a normal day like at the library?" or, once "What will you be doing day to
    # day?" was asked, "How's the library treating you?")
    assert "the library" in said and "at a library" not in said, said


@pytest.mark.parametrize(("scenario", "seed"), [("club", 204), ("networking", 205)])
def test_what_about_you_then_a_question_answers_the_question(matcher: Matcher, scenario: str,
                                                             seed: int) -> None:
    """ "what about you, have you done it before?" got the partner's own last question handed
    back ("I'm still looking for a good curry place here.")."""
    partner = Partner(load_scenario(scenario), seed=seed)
    reply = talk(partner, matcher, "hi. um. is this the beginners class?",
                 "ok good. I'm Priya. I've never done this before, I'm a bit nervous",
                 "what about you, have you done it before?")[-1]
    reason = partner.persona.fact(Topic.REASON)
    assert reason is not None
    told = set().union(*(cues.sentence_keys(line) for line in (
        reason.answer, reason.yes_no, *reason.story, cues.as_been_before(reason.yes_no))))
    assert cues.sentence_keys(reply.text) & told, reply.text


def test_a_sixth_play_tests_first_day_misreadings(matcher: Matcher) -> None:
    """"Finance." to "What team will you be in?" was a name ("Lovely to meet you, Finance."),
    "I go to my desk now" no goodbye, a learner's "can you say again more slowly?" a question
    nobody could answer, and "where do I sit?" a tip about climbing shoes."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("first_day"), seed=617)
    _, team = talk(partner, matcher, "Hi, it's my first day.", "Finance.")
    assert "meet you, Finance" not in team.text and "finance" in team.text.lower(), team.text
    assert "name" not in partner.memory.user and partner.memory.user.get("field") == "finance"
    [seat] = talk(partner, matcher, "Where do I sit?")
    assert "window" in seat.text, seat.text
    [slower] = talk(partner, matcher, "Excuse me, can you say again more slowly?")
    assert slower.slower and slower.parts[0] in wording["slower"], slower.text
    [bye] = talk(partner, matcher, "Thank you very much. I go to my desk now")
    assert partner.said_goodbye, bye.text


def test_asked_a_view_of_a_thing_the_card_does_not_name_the_partner_gives_one(
        matcher: Matcher) -> None:
    """"What do you think of the new cycle lane on the main road?" got "I grow tomatoes on my
    balcony" (the word "cycle" led to hobbies); "the food" is still answered from the card."""
    partner = Partner(load_scenario("neighbour"), seed=623)
    _, lane, food = talk(partner, matcher, "Hi, I'm Jo.",
                         "What do you think of the new cycle lane on the main road?",
                         "What do you make of the food?")
    assert "the new cycle lane on the main road" in lane.text, lane.text
    assert "tomatoes" not in lane.text and lane.asks, lane.text
    assert "made up my mind" not in food.text and "still deciding" not in food.text, food.text
    # asked as a yes or no (a seventh play-test: "Is the coffee from this machine any good?"
    # got the canteen's Thursday curry)
    [gym] = talk(partner, matcher, "Is the new gym on the high street any good?")
    assert "the new gym on the high street" in gym.text and gym.asks, gym.text
    networking = Partner(load_scenario("networking"), seed=714)
    [pastries] = talk(networking, matcher, "are the pastries any good?")
    assert "made up my mind" not in pastries.text and "still deciding" not in pastries.text


def test_a_weakness_of_ones_own_is_met_with_reassurance_not_as_a_job(matcher: Matcher) -> None:
    """Read as a nervous newcomer would say them: "I'm a terrible cook so I just brought
    crisps" got "Ah, a terrible cook, nice. What's the best part of your job?" and a coach's
    "Nice compliment"; "I'm a terrible potter" got "that's hard going"."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("party"), seed=71)
    _, cook = talk(partner, matcher, "hi, I'm Mina",
                   "I'm a terrible cook so I just brought crisps haha")
    assert "job" not in cook.text and "job" not in partner.memory.user, cook.text
    assert not matcher.match("I'm a terrible cook so I just brought crisps haha").labels
    partner = Partner(load_scenario("club"), seed=74)
    _, _, potter = talk(partner, matcher, "hi, first time here", "I'm Sara",
                        "I'm a terrible potter I think")
    assert potter.parts[0] in wording["reassure"], potter.text


@pytest.mark.parametrize(("scenario", "line"), [
    ("club", "my pot collapsed"),
    ("club", "I made a mug but the handle fell off haha"),
    ("club", "Mine cracked. I think I made the base too thin."),
    ("neighbour", "the movers broke my grandmother's mirror"),
])
def test_a_mishap_of_ones_own_gets_an_oh_no(matcher: Matcher, scenario: str, line: str) -> None:
    """A seventh play-test: "my pot collapsed" got "Oh, nice.", a broken heirloom "I'll let
    them tell their own story" (as gossip), and the coach called both a gripe."""
    partner = Partner(load_scenario(scenario), seed=5)
    [reply] = talk(partner, matcher, line)
    assert reply.parts[0] in PartnerWording.load().lines["mishap"], reply.text


@pytest.mark.parametrize("line", [
    "Alright, I'll let you get that shopping in, it looks heavy. Cheers Dev!",
    "going home now", "Here's my card, let's stay in touch.", "ok thank you, nice to meet you"])
def test_a_seventh_play_tests_goodbyes_take_leave(matcher: Matcher, line: str) -> None:
    """Each got a new question ("What's the best part of your job?")."""
    partner = Partner(load_scenario("neighbour"), seed=726)
    talk(partner, matcher, "Hi, I'm Sam.", line)
    assert partner.said_goodbye, line


def test_asked_for_what_the_card_knows_nothing_of_the_partner_says_so(matcher: Matcher) -> None:
    """A seventh play-test: "Any book you'd recommend?" got the Italian place by the station,
    and a potter asked for advice for a new manager said "Keep your elbows tucked in"."""
    wording = PartnerWording.load().lines
    party = Partner(load_scenario("party"), seed=702)
    _, book = talk(party, matcher, "Hi, I'm Nadia.",
                   "Do you read much yourself? Any book you'd recommend?")
    assert "Italian" not in book.text and "book" in book.text, book.text
    club = Partner(load_scenario("club"), seed=723)
    _, manager = talk(club, matcher, "Hi, I'm Sam.", "Any advice for a new manager?")
    assert "elbows" not in manager.text and "a new manager" in manager.text, manager.text
    assert any(line.format(thing="a new manager") in manager.text
               for line in wording["not_sure_advice"]), manager.text
    [clay] = talk(club, matcher, "Any tips for the wheel?")
    assert "not the best person" not in clay.text, clay.text


def test_someone_elses_fear_is_not_the_users_nerves(matcher: Matcher) -> None:
    """A seventh play-test: a picture book "about a fox who's scared of the dark" got "Oh,
    don't worry, lots of people here feel the same"."""
    partner = Partner(load_scenario("networking"), seed=717)
    _, fox = talk(partner, matcher, "Hi, I'm Bea.", "It's about a fox who's scared of the dark.")
    reassure = PartnerWording.load().lines["reassure"]
    assert not any(line in fox.text for line in reassure), fox.text
    [nervous] = talk(partner, matcher, "Honestly I'm a bit scared of these events.")
    assert any(line in nervous.text for line in reassure), nervous.text


def test_an_introduction_that_answers_the_opening_gets_the_partners_own_answer(
        matcher: Matcher) -> None:
    """A seventh play-test: "Hi, I'm Nadia. I went to university with Sam ..." got the name
    and "Are you a cat person or a dog person?", as if nothing else had been said."""
    partner = Partner(load_scenario("party"), seed=702)
    [hello] = talk(partner, matcher,
                   "Hi, I'm Nadia. I went to university with Sam, we shared a flat for two years.")
    reason = partner.persona.fact(Topic.REASON)
    assert reason is not None and reason.answer in hello.text, hello.text
    assert "Nadia" in hello.text


def test_someone_looking_for_work_is_not_asked_about_their_job(matcher: Matcher) -> None:
    """A seventh play-test: "I'm looking for a job in design" got "What's the best part of
    your job?"."""
    partner = Partner(load_scenario("networking"), seed=710)
    [reply] = talk(partner, matcher,
                   "Hi, I'm Kenji. A friend told me about it, I'm looking for a job in design.")
    assert "your job" not in reply.text, reply.text
    assert reply.parts[-1] in PartnerWording.load().lines["follow_up_seeking"], reply.text


def test_a_seventh_play_tests_first_day_questions(matcher: Matcher) -> None:
    """"What do you do, by the way?" was answered "Yes, ...", "Do you know Karen? She's going
    to be my manager." got "Ha, I'd better stay out of that one!", and the new intern was asked
    the best part of their job."""
    partner = Partner(load_scenario("first_day"), seed=727)
    _, team = talk(partner, matcher, "Hi, I'm Lola, I'm new.",
                   "Which team are you in, by the way?")
    assert not team.text.startswith("Yes"), team.text
    _, karen = talk(Partner(load_scenario("first_day"), seed=720), matcher, "Hi, I'm Zoe.",
                    "Do you know Karen? She's going to be my manager.")
    assert karen.parts[0] in {cues.with_pronoun(line, "she") for line in
                              PartnerWording.load().lines["know_colleague"]}, karen.text
    assert " her" in karen.text, karen.text
    [intern] = talk(Partner(load_scenario("first_day"), seed=725), matcher,
                    "Hi! I'm the new intern, I'm Max.")
    assert "your job" not in intern.text, intern.text


def test_a_new_neighbour_is_asked_how_they_are_finding_it_and_no_pet_is_assumed(
        matcher: Matcher) -> None:
    """A seventh play-test: someone who had just moved in was asked "What do you like most
    about where you live?", and "What's their name?" came after lines that named no pet."""
    partner = Partner(load_scenario("neighbour"), seed=703)
    replies = talk(partner, matcher, "Hi, I'm Ana. I promise I'm a quiet neighbour.",
                   "I'm from Leeds.", "ok", "I like it so far")
    assert not any("where you live" in reply.text for reply in replies), replies
    assert "What's their name?" not in replies[-1].text, replies[-1].text
    assert "finding it" in replies[0].text or "settling" in replies[0].text, replies[0].text


def test_an_unknown_user_status_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "status.toml"
    path.write_text(CARD.replace('[[persona]]', 'user_status = "boss"\n\n[[persona]]', 1))
    with pytest.raises(PackError, match=r"user_status.*new_job, student, retired, seeking"):
        load_scenario_file(path)


def test_a_first_lines_bare_name_is_greeted_and_a_newcomer_not_asked_the_best_part_of_a_job(
        matcher: Matcher) -> None:
    """A seventh play-test: a shy user's "Leo" got no greeting, and on a first day "What's
    the best part of your job?" was asked of the new intern and the new analyst."""
    neighbour = Partner(load_scenario("neighbour"), seed=702)
    [hello] = talk(neighbour, matcher, "Leo")
    assert "Leo" in hello.text and neighbour.persona.name in hello.text, hello.text
    [field] = talk(Partner(load_scenario("first_day"), seed=702), matcher, "Finance.")
    assert "your job" not in field.text, field.text
    assert field.parts[-1] in PartnerWording.load().lines["follow_up_new_job"], field.text


def test_sharing_its_own_answer_after_a_bare_ok_says_it_is_its_own(matcher: Matcher) -> None:
    """A seventh play-test: "What do you get up to in your free time?" - "ok" got "Ah, I see.
    Baking bread, mostly.", as if the partner answered its own question."""
    partner = Partner(load_scenario("party"), seed=701)
    replies = talk(partner, matcher, "hi", "Tom", "ok", "cool")
    prefixes = PartnerWording.load().lines["share_own"]
    hobby = partner.persona.fact(Topic.HOBBIES)
    said = replies[-1].text.lower()  # (the answer goes on after "As for me, ")
    assert hobby is not None and hobby.answer.lower() in said, replies[-1].text
    assert any((prefix + hobby.answer).lower() in said for prefix in prefixes), replies[-1].text


def test_asked_where_to_buy_a_thing_the_card_tip_on_another_is_no_answer(
        matcher: Matcher) -> None:
    """A seventh play-test: "Where I can buy bread near here?" got "The little shop on the
    corner has the best spices"."""
    for seed in (0, 721):  # each neighbour (Dev's food tip: fish and chips; Grace's: spices)
        partner = Partner(load_scenario("neighbour"), seed=seed)
        _, rice = talk(partner, matcher, "Hi, I'm Ola.", "Where I can buy rice near here?")
        assert "spices" not in rice.text and "fish and chips" not in rice.text, rice.text
        assert "rice" in rice.text, rice.text
    neighbour = Partner(load_scenario("neighbour"), seed=721)
    _, bread = talk(neighbour, matcher, "Hi, I'm Ola.", "Where I can buy bread near here?")
    assert "bakery" in bread.text, bread.text


@pytest.mark.parametrize(("scenario", "line", "key"), [
    ("neighbour", "I love your plants on the landing, are they yours?", "yes_mine_many"),
    ("first_day", "I love your mug, is it yours?", "yes_mine_one"),
    ("club", "Wait, your teapot is amazing. Did you make it?", "yes_made")])
def test_praise_with_is_it_yours_gets_thanks_and_a_yes(matcher: Matcher, scenario: str,
                                                        line: str, key: str) -> None:
    """A seventh play-test: "I love your plants on the landing, are they yours?" got "Aw,
    thank you. And you ask good questions."."""
    partner = Partner(load_scenario(scenario), seed=3)
    _, reply = talk(partner, matcher, "Hi, I'm Ola.", line)
    wording = PartnerWording.load().lines
    assert reply.parts[0] in wording["thanks"] and reply.parts[1] in wording[key], reply.text


def test_asked_if_something_is_allowed_the_partner_says_yes_or_the_house_rule(
        matcher: Matcher) -> None:
    """A seventh play-test: "Is it ok to bring food from home?" got "Yes, Thursday curry in
    the canteen is the best thing here.", and a cat owner's "is it ok in the building?" "Ha,
    not exactly! It's a friendly building."."""
    permission = PartnerWording.load().lines["permission"]
    _, food = talk(Partner(load_scenario("first_day"), seed=3), matcher, "Hi, I'm Ola.",
                   "Is it ok to bring food from home?")
    assert food.parts[0] in permission, food.text
    _, cat = talk(Partner(load_scenario("neighbour"), seed=3), matcher, "Hi, I'm Ola.",
                  "I have a cat. Is it ok in the building?")
    assert "Pets are fine here" in cat.text, cat.text
    _, park = talk(Partner(load_scenario("neighbour"), seed=3), matcher, "Hi, I'm Ola.",
                   "Is it ok to park round the back?")
    assert "spaces round the back" in park.text, park.text


def test_asked_if_its_workplace_is_hiring_or_whom_it_knows_here(matcher: Matcher) -> None:
    """A seventh play-test: "Do you know if your bank is hiring?" got "Yes, I'm a designer.",
    and "Do you know anyone else here?" "not right now. But I'll let you know if I hear of
    anyone."."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("networking"), seed=715)
    _, hiring = talk(partner, matcher, "Hi, I'm Ola.", "Do you know if your bank is hiring?")
    assert hiring.parts[0] in wording["hiring"], hiring.text
    party = Partner(load_scenario("party"), seed=715)
    _, anyone = talk(party, matcher, "Hi, I'm Ola.", "Do you know anyone else here?")
    assert anyone.parts[0] not in wording["dont_know_anyone"], anyone.text


def test_a_follow_up_in_new_words_gets_more_of_the_story_and_again_the_same_facts(
        matcher: Matcher) -> None:
    """A seventh play-test: follow-ups on what the partner had told ("Freelance is difficult?",
    "is it actually good or just decent?") got the same facts again, "Like I said, ..."; and
    "What do you do again?" was taken for "tell me more" (the classifier's encourager, 0.51)."""
    partner = Partner(load_scenario("networking"), seed=713)
    *_, more, again = talk(partner, matcher, "Hi, I'm Ravi.", "What do you do?",
                           "Oh, are you a researcher?", "Do you work from home as a freelancer?",
                           "What do you do again?")
    work = partner.persona.fact(Topic.WORK)
    prefixes = PartnerWording.load().lines["repeat_prefix"]
    assert work is not None and more.parts[0] in work.story, more.text
    assert any(again.text.startswith(prefix) for prefix in prefixes), again.text
    assert "researcher" in again.text, again.text


def test_the_partner_does_not_hand_the_users_own_question_back(matcher: Matcher) -> None:
    """"Anyway, have you tried the cake? Is it homemade?" got "Yes, and you have to try the
    cake. Sam made it himself. Have you tried the cake yet?"."""
    partner = Partner(load_scenario("party"), seed=901)
    *_, cake = talk(partner, matcher, "Hi! I'm Mia.", "Anyway, have you tried the cake?")
    assert "tried the cake" not in cake.parts[-1], cake.text


def test_a_job_told_with_a_word_after_it_is_heard_over_more_of_the_story(
        matcher: Matcher) -> None:
    """"That's cool. I'm a firefighter actually." (after the partner's work answer) got the
    next step of its story about bridges; "Did you hear about the fire drill this afternoon?"
    got "I try not to talk about people who aren't here"."""
    assert disclosure("I'm a firefighter actually.").job == "firefighter"
    assert disclosure("i am a teacher too").job == "teacher"
    assert disclosure("I'm a bit tired actually").job is None
    partner = Partner(load_scenario("club"), seed=915)
    *_, job = talk(partner, matcher, "Hi! Were you here last week? I'm Tom.",
                   "What do you do when you're not making pots?",
                   "That's cool. I'm a firefighter actually.")
    assert "firefighter" in job.text, job.text
    assert not matcher.match("Did you hear about the fire drill this afternoon?").has(
        MoveLabel.GOSSIP)


def test_a_view_of_someone_else_with_a_tag_is_agreed_not_read_as_a_guess_at_its_job(
        matcher: Matcher) -> None:
    """"The teacher is really patient, isn't she?" got "Ha, not exactly! I'm an engineer."
    ("teacher" read as a guess at the partner's job); "the pastries are good, aren't they?"
    is still about the food."""
    partner = Partner(load_scenario("club"), seed=915)
    _, teacher = talk(partner, matcher, "Hi! Were you here last week? I'm Tom.",
                      "The teacher is really patient, isn't she?")
    agree = {cues.with_pronoun(line, "she") for line in
             PartnerWording.load().lines["agree_about_them"]}
    assert teacher.parts[0] in agree and "engineer" not in teacher.text, teacher.text


def test_a_seventh_sessions_own_replay_misreadings(matcher: Matcher) -> None:
    """Read afterwards in the same way: "Do you read much?" of a baker got "Yes, I bake a
    lot."; "I'm more of a cat person myself" got "What's their name?"; "What made you join?"
    (an encourager to the classifier) got the next step of the partner's plans."""
    party = Partner(load_scenario("party"), seed=921)
    *_, read = talk(party, matcher, "Hey! Yeah, Sam and I go way back.",
                    "What do you do for a living?", "Do you read much?")
    assert not read.text.startswith("Yes"), read.text
    neighbour = Partner(load_scenario("neighbour"), seed=923)
    *_, cat = talk(neighbour, matcher, "Hello! Yes, just moved in on Saturday, I'm Chris.",
                   "Do you have any pets? I thought I heard a dog.",
                   "Ha! I'm more of a cat person myself.")
    assert "their name" not in cat.text, cat.text
    club = Partner(load_scenario("club"), seed=925)
    *_, joined = talk(club, matcher, "No, I'm new! I'm Ines.",
                      "I did a bit of pottery at school but that was ages ago.",
                      "What made you join?")
    reason = club.persona.fact(Topic.REASON)
    assert reason is not None and joined.parts[0] in reason.lines(), joined.text


def test_a_yes_no_question_to_the_partner_gets_no_stock_tip(matcher: Matcher) -> None:
    """"Is it hard to get clients?" and "Do you use any tools for that?" (requests for advice
    to the classifier) got the scene's tips about coming to a few meetups in a row."""
    partner = Partner(load_scenario("networking"), seed=932)
    replies = talk(partner, matcher, "Good evening! I'm Rosa, I'm a freelance translator.",
                   "And you, what kind of design do you do?",
                   "That sounds fascinating. Is it hard to get clients?",
                   "Do you use any tools for that?")
    for reply in replies[2:]:
        assert not any(tip in reply.text for tip in partner.scenario.advice), reply.text


def test_news_the_card_knows_nothing_of_is_news_to_the_partner(matcher: Matcher) -> None:
    """"Did you hear about the new bakery on Mill Road?" got "Yes, it's great! Sam's curry is
    always the first thing to go." (the card's food); news of the user's own is still theirs."""
    not_heard = PartnerWording.load().lines["not_heard"]
    _, bakery = talk(Partner(load_scenario("party"), seed=3), matcher, "Hi, I'm Ben.",
                     "Did you hear about the new bakery on Mill Road?")
    assert bakery.parts[0] in not_heard, bakery.text
    _, promotion = talk(Partner(load_scenario("party"), seed=3), matcher, "Hi, I'm Ben.",
                        "Did you hear about my promotion? I got the job!")
    assert promotion.parts[0] not in not_heard, promotion.text


def test_a_new_place_asked_about_by_name_is_not_the_partners_home(matcher: Matcher) -> None:
    """"Have you been to the new Thai place on the high street?" got "Yes, I've just moved in
    above the bakery on the high street."; a place the scene knows gets what it knows."""
    not_yet = PartnerWording.load().lines["not_yet"]
    _, thai = talk(Partner(load_scenario("party"), seed=921), matcher, "Hi, I'm Ben.",
                   "Have you been to the new Thai place on the high street?")
    assert thai.parts[0] in not_yet, thai.text
    _, cafe = talk(Partner(load_scenario("neighbour"), seed=3), matcher, "Hi, I'm Ben.",
                   "Have you been to the new café on the corner?")
    assert "café on the corner does good coffee" in cafe.text, cafe.text


def test_an_earlier_question_answered_late_gets_the_partners_own_answer(
        matcher: Matcher) -> None:
    """"yeah" to "how do you know Sam?", then "I know Sam from work" two lines on, got "Ah,
    right. Have you got anything exciting coming up?", as if it had not asked."""
    partner = Partner(load_scenario("party"), seed=931)
    *_, work = talk(partner, matcher, "hi", "yeah", "um, I'm Ben", "I know Sam from work")
    reason = partner.persona.fact(Topic.REASON)
    assert reason is not None and reason.answer in work.text, work.text


@pytest.mark.parametrize(("scenario", "seed", "lines"), [
    # "do you know if ...?" of a thing the card never names got where the partner was from
    ("neighbour", 823, ("Hi, I'm Mark, I've just moved in.",
                        "Do you know if there's a neighbourhood WhatsApp group or something?")),
    # "how can I ...?" got the next step of the partner's work story
    ("networking", 811, ("Hello, I'm Ana. I work in a shop.", "What do you do?",
                         "Can I ask, how I can find job in bigger company here?")),
    # "how do the door passes work?" got the five-a-side ("side" was in its hobby)
    ("first_day", 835, ("Yes, hi, I'm Kofi.", "I'm joining the support team, by the way.",
                        "Can you tell me how the door passes work? Mine isn't opening the "
                        "side door.")),
])
def test_a_question_the_card_has_no_word_on_gets_no_fact_about_something_else(
        matcher: Matcher, scenario: str, seed: int, lines: tuple[str, ...]) -> None:
    """An eighth play-test's partner answered questions of the world with a stock fact of its
    own. What the card does not name, a person says they are not sure of."""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, last = talk(partner, matcher, *lines)
    facts = [line for fact in partner.persona.facts.values() for line in fact.lines()]
    told = [part for part in last.parts if not part.endswith("?")]
    assert not any(part in facts for part in told), last.text
    lines = PartnerWording.load().lines
    assert told[-1] in (*lines["no_answer"], *lines["not_sure_world"]), last.text


@pytest.mark.parametrize("question", [
    "But the Italian place, roughly how much is a meal there?",
    "Can I ask, how much are the extra studio sessions? I saw a sign but it didn't say.",
])
def test_a_question_of_something_else_does_not_take_the_story_on(
        matcher: Matcher, question: str) -> None:
    """While telling of Sam's cake, "how much is a meal there?" got the next step of the
    cake's story."""
    partner = Partner(load_scenario("party"), seed=806)
    talk(partner, matcher, "Hi, I'm Leo.", "Tell me about the cake.")
    told = partner.memory.story.copy()
    *_, reply = talk(partner, matcher, question)
    assert partner.memory.story == told, reply.text
    assert reply.kind is not ReplyKind.STORY, reply.text


def test_have_you_ever_tried_it_names_what_the_user_just_said(matcher: Matcher) -> None:
    """"There's a bouldering wall near my flat. Have you ever tried it?" got "He's our
    goalkeeper" (the story of how it knows Sam went on); asked what the card does not say,
    the partner has not."""
    partner = Partner(load_scenario("party"), seed=803)
    *_, reply = talk(partner, matcher, "Hi, I'm Ali.", "How do you know Sam?",
                     "Me? At the weekend I mostly climb, there's a bouldering wall near my "
                     "flat. Have you ever tried it?")
    assert reply.parts[0] in PartnerWording.load().lines["not_yet"], reply.text


def test_did_you_hear_what_i_said_is_owned_not_answered(matcher: Matcher) -> None:
    """"Did you hear what I said? We closed our first round!" got "Yes, all the time. Film
    soundtracks, mostly" (the card's music)."""
    partner = Partner(load_scenario("networking"), seed=813)
    *_, reply = talk(partner, matcher, "Hi! I'm Mei.",
                     "Did you hear what I said? We closed our first round!")
    music = partner.persona.fact(Topic.MUSIC)
    assert music is None or music.yes_no not in reply.text, reply.text
    assert reply.parts[0] in PartnerWording.load().lines["own_mistake"], reply.text


@pytest.mark.parametrize(("scenario", "line", "key"), [
    ("neighbour", "Yes, I'm Mark. Not the best start, I'm afraid, someone broke into my car on "
                  "the first night.", "sorry_news"),
    ("first_day", "Hi, yes, I'm Sam. Sorry if I'm a bit distracted, my flat flooded last night.",
     "sorry_news"),
    ("first_day", "Yes! I'm Beth. Honestly, I'm thrilled, I've wanted to work here for years.",
     "thrilled"),
    ("neighbour", "Honestly, a bit surreal! My daughter only told me this morning. The baby's "
                  "due in March.", "congratulate"),
])
def test_news_beside_a_greeting_or_an_apology_is_met(
        matcher: Matcher, scenario: str, line: str, key: str) -> None:
    """An eighth play-test's break-in, flood and joy got a greeting and "How's the move
    going?", "Honestly, no harm done!" or "Which team are you joining?"."""
    (reply,) = talk(Partner(load_scenario(scenario), seed=3), matcher, line)
    assert any(part in PartnerWording.load().lines[key] for part in reply.parts), reply.text


def test_a_user_who_told_bad_news_is_not_sent_off_breezily(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=805)
    *_, bye = talk(partner, matcher, "Hi, I'm Jo.",
                   "My dad passed away last month, so I'm a bit quiet tonight.",
                   "Sorry, I think I'm going to head off early. It was nice to talk to you.")
    assert bye.parts[0] in PartnerWording.load().lines["farewell_kind"], bye.text


def test_not_great_at_these_is_reassured(matcher: Matcher) -> None:
    """"sorry, I'm not great at these" got "Oh, that's a shame."."""
    *_, reply = talk(Partner(load_scenario("networking"), seed=809), matcher, "Hi.",
                     "sorry, I'm not great at these")
    assert reply.parts[0] in PartnerWording.load().lines["reassure"], reply.text


@pytest.mark.parametrize(("scenario", "seed", "question"), [
    ("first_day", 828, "Good to know. What's your role, Tom?"),
    ("first_day", 833, "Hmm, not ideal, but fine. Which team are you in, Aisha?"),
    ("party", 802, "What is your job, Jordan?"),
    ("first_day", 830, "Do you all eat lunch together, or is it more at-your-desk?"),
])
def test_a_wh_or_either_or_question_gets_no_yes(matcher: Matcher, scenario: str, seed: int,
                                                question: str) -> None:
    """A name after the question (", Tom?") and a choice after a comma (", or is it ...?")
    read as yes/no questions: "What's your role, Tom?" got "Yes, I'm in finance."."""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, reply = talk(partner, matcher, "Hi, I'm Kim.", question)
    assert not reply.text.startswith("Yes"), reply.text


def test_thanks_for_a_story_get_no_happy_to_help(matcher: Matcher) -> None:
    """"Thank you! Anyway, enough about me, have you lived here long?" got "Happy to help.
    Yes, twelve years now"; thanks for directions still get a welcome."""
    welcome = PartnerWording.load().lines["welcome"]
    partner = Partner(load_scenario("neighbour"), seed=822)
    *_, reply = talk(partner, matcher, "Hi, I'm Jo, I just moved in.",
                     "I just got engaged, actually!",
                     "Thank you! Anyway, enough about me, have you lived here long?")
    assert not any(part in welcome for part in reply.parts), reply.text
    partner = Partner(load_scenario("first_day"), seed=3)
    *_, thanks = talk(partner, matcher, "Hi, I'm Jo.", "Where's the kitchen?", "Thanks!")
    assert thanks.parts[0] in welcome, thanks.text


def test_a_user_who_said_their_team_is_not_asked_which_team(matcher: Matcher) -> None:
    """"I'm in IT support" then "How long have you been here?" got "... Which team are you
    joining?" (an eighth play-test)."""
    partner = Partner(load_scenario("first_day"), seed=830)
    replies = talk(partner, matcher, "Yes, hi, I'm Omar. What team are you on?",
                   "Ha, popular indeed. I'm in IT support, so I'll be the one fixing your laptop.",
                   "How long have you been here?")
    assert not any("team are you" in reply.text or "team will you" in reply.text
                   for reply in replies[1:]), [reply.text for reply in replies]


@pytest.mark.parametrize(("scenario", "seed", "question", "topic"), [
    ("networking", 817, "Brilliant! What's your business, by the way?", Topic.WORK),
    ("neighbour", 825, "What do you like best about living here?", Topic.SETTING),
    ("club", 837, "Did you make anything last week?", Topic.RECENT),
])
def test_questions_of_the_partners_own_life_are_not_evaded(
        matcher: Matcher, scenario: str, seed: int, question: str, topic: Topic) -> None:
    """An eighth play-test's partner said "I'm not sure, to be honest" to these, of its own
    business, home and class. (A sentence of a fact counts: "The market on Saturdays is the
    best bit." for what it likes best.)"""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, reply = talk(partner, matcher, "Hi, I'm Jo.", question)
    assert any(part in line for part in reply.parts for line in fact_lines(partner, topic)), (
        reply.text)


def test_sorry_ive_been_a_downer_is_waved_away(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=814)
    *_, reply = talk(partner, matcher, "Hi, I'm Jo.",
                     "Oh nice. Sorry, I've been a bit of a downer, haven't I?")
    assert reply.parts[0] in PartnerWording.load().lines["not_at_all"], reply.text


@pytest.mark.parametrize(("line", "first_key"), [
    ("Right, I'm going to grab a coffee. Cheers, Priya.", "farewell"),
    ("Okay, I must phone my sister and tell her the news. Lovely to meet you, Grace!",
     "farewell"),
    ("Well, I'll stop pestering you. Thank you so much, and pop round for tea sometime!",
     "accept_invitation"),
    ("Great, well, I need to catch someone before they leave. Good to meet you, Priya!",
     "farewell"),
    ("Okay, I'll challenge you at lunch then. See you!", "farewell_plan"),
    ("Right, I'll leave you to it, I've spotted the cheese board. Here's my card if you ever "
     "need a birthday cake!", "card_back"),
])
def test_a_goodbye_with_more_in_it_takes_leave_once(matcher: Matcher, line: str,
                                                    first_key: str) -> None:
    """An eighth play-test's goodbyes to grab a coffee or phone a sister got a new question
    ("What's your favourite thing to cook?"); an invitation, a plan or a card in one was
    passed over."""
    partner = Partner(load_scenario("networking"), seed=816)
    *_, bye = talk(partner, matcher, "Hi, I'm Jo.", line)
    assert partner.said_goodbye and not bye.text.endswith("?"), bye.text
    assert bye.parts[0] in PartnerWording.load().lines[first_key], bye.text


def test_thanks_while_staying_is_no_goodbye(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=816)
    talk(partner, matcher, "Hi, I'm Jo.", "I'm going to get the cake. Thanks for the tip, "
                                          "what's your name?")
    assert not partner.said_goodbye


def test_news_of_no_trip_does_not_answer_a_travel_question(matcher: Matcher) -> None:
    """"Do you get to travel much for it?" got "Yes, I've been unpacking all week. Still no
    kettle." (the latest news standing in for travel)."""
    partner = Partner(load_scenario("networking"), seed=810)
    *_, reply = talk(partner, matcher, "Hi, I'm Jo.", "What do you do?",
                     "Ooh, that sounds fancy. Do you get to travel much for it?")
    recent = partner.persona.fact(Topic.RECENT)
    assert recent is not None and not any(part in recent.lines() for part in reply.parts)
    assert reply.parts[0] in PartnerWording.load().lines["not_much"], reply.text


def test_a_trip_just_told_of_is_not_asked_back(matcher: Matcher) -> None:
    """"I'm off to Lisbon next week, actually. Have you ever been?" got "No, never, funnily
    enough. Have you?"."""
    *_, reply = talk(Partner(load_scenario("party"), seed=807), matcher, "Hi, I'm Jo.",
                     "Well, I'm off to Lisbon next week, actually. Have you ever been?")
    assert not reply.text.endswith("Have you?"), reply.text


@pytest.mark.parametrize("question", ["Interesting. How long you are doing this job?",
                                      "Ha, okay. I meant how long, like years?"])
def test_how_long_in_a_learners_words_or_asked_again_is_answered(matcher: Matcher,
                                                                 question: str) -> None:
    """"How long you are doing this job?" got the next step of the work story; "I meant how
    long, like years?" got "Oh, I couldn't say, really."."""
    partner = Partner(load_scenario("networking"), seed=811)
    *_, reply = talk(partner, matcher, "Hi, I'm Jo.", "What do you do?", question)
    untold = PartnerWording.load().lines["how_long_untold"]
    assert any(part in untold for part in reply.parts) or "year" in reply.text, reply.text


@pytest.mark.parametrize("line", ["my pot fell over", "It is difficult, the wheel. My pot is "
                                                       "fall down two times."])
def test_a_pot_fallen_over_is_a_mishap(matcher: Matcher, line: str) -> None:
    *_, reply = talk(Partner(load_scenario("club"), seed=836), matcher, "Hi, I'm Jo.", line)
    mishaps = PartnerWording.load().lines
    assert any(part in mishaps["mishap"] or part in mishaps["mishap_brief"]
               for part in reply.parts), reply.text


def test_a_learner_still_looking_for_work_is_asked_about_it(matcher: Matcher) -> None:
    """"In Portugal I was teacher of music. Here I look for job still." got "Who have you been
    listening to lately?"."""
    *_, reply = talk(Partner(load_scenario("neighbour"), seed=820), matcher, "Hi, I'm Ana.",
                     "In Portugal I was teacher of music. Here I look for job still.")
    assert reply.parts[-1] in PartnerWording.load().lines["follow_up_seeking"], reply.text


def test_do_you_know_if_any_companies_here_are_hiring_is_answered(matcher: Matcher) -> None:
    """Asked by someone just made redundant, it got "I'm not sure ... Do you listen to anything
    while you work?"."""
    *_, reply = talk(Partner(load_scenario("networking"), seed=814), matcher, "Hi, I'm Jo.",
                     "Honestly? Up and down. Some days are fine. Do you know if any companies "
                     "here are hiring?")
    assert reply.parts[0] in PartnerWording.load().lines["dont_know_anyone"], reply.text


def test_a_question_of_the_world_is_not_a_card_fact_sharing_one_word(matcher: Matcher) -> None:
    """"Do you know what time people normally leave?" got "Yes, I've just come back from
    paternity leave." (a session of my own)."""
    partner = Partner(load_scenario("first_day"), seed=952)
    *_, reply = talk(partner, matcher, "Yes, first day! I'm Priya, I'm joining the design team.",
                     "Do you know what time people normally leave?")
    assert "paternity" not in reply.text, reply.text


def test_kins_new_job_is_good_news_and_getting_on_is_no_plan(matcher: Matcher) -> None:
    lines = PartnerWording.load().lines
    partner = Partner(load_scenario("neighbour"), seed=953)
    _, news, bye = talk(partner, matcher, "Hi, yes, I'm Tom, just moved into number 4.",
                        "We came from Manchester. My partner got a job at the hospital.",
                        "Right, I'll let you get on. See you around!")
    assert news.parts[0] in lines["glad_for_them"], news.text
    assert bye.parts[0] in lines["farewell"], bye.text


def test_asked_about_a_fault_the_card_says_no_cheerful_yes(matcher: Matcher) -> None:
    """"Is the teacher strict?" got "Yes, I love it. Nobody minds a wonky pot." (a session of
    my own)."""
    partner = Partner(load_scenario("club"), seed=954)
    *_, reply = talk(partner, matcher, "Hi, yes, first time! I'm Lou.",
                     "Ooh nice. Is the teacher strict?")
    assert not reply.text.startswith("Yes"), reply.text


def test_asked_to_connect_on_linkedin_it_says_yes(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=955)
    *_, reply = talk(partner, matcher, "Hi, I'm Femi.", "Can I connect with you on LinkedIn?")
    assert reply.parts[0] in PartnerWording.load().lines["connect"], reply.text


def test_a_boiler_not_working_is_a_mishap_and_no_help_gets_no_any_time(
        matcher: Matcher) -> None:
    """"the boiler isn't working yet" got "Mm, right."; thanks after "I'm not the best person
    to ask" got "Any time." (sessions of my own)."""
    lines = PartnerWording.load().lines
    partner = Partner(load_scenario("neighbour"), seed=957)
    _, boiler, _plumber, thanks = talk(
        partner, matcher, "Hello! Yes, I'm Amira. We moved in on Friday.",
        "It's going okay, but the boiler isn't working yet.", "Do you know a good plumber?",
        "Thanks. How long have you lived here?")
    assert boiler.parts[0] in (*lines["mishap"], *lines["mishap_brief"]), boiler.text
    assert not any(part in lines["welcome"] for part in thanks.parts), thanks.text


def test_the_hosts_sister_is_not_asked_what_her_sister_is_like(matcher: Matcher) -> None:
    *_, reply = talk(Partner(load_scenario("party"), seed=959), matcher,
                     "Hi! No, I'm actually Sam's sister, Jess.")
    assert "like?" not in reply.text, reply.text


def test_a_moan_with_a_name_is_greeted_and_enjoying_this_is_its_own(matcher: Matcher) -> None:
    """"Hi, I'm Carl. Honestly the parking here is a nightmare." got sympathy with no hello;
    "Do you actually enjoy this?" got "Oh, I couldn't say, really."."""
    partner = Partner(load_scenario("club"), seed=961)
    moan, enjoy = talk(partner, matcher,
                       "Hi, I'm Carl. Honestly the parking here is a nightmare.",
                       "Do you actually enjoy this?")
    assert "Carl" in moan.text, moan.text
    assert any(part in fact_lines(partner, Topic.SETTING) for part in enjoy.parts), enjoy.text


def test_a_drink_offered_is_thanked_and_anyone_who_organises_events_is_not_known(
        matcher: Matcher) -> None:
    """"I'm going to get a drink, want anything?" got the next step of a story; "Do you know
    anyone who organises office events?" got "Yes, I'm a designer." (sessions of my own)."""
    lines = PartnerWording.load().lines
    *_, drink = talk(Partner(load_scenario("party"), seed=963), matcher, "Hi, yes! I'm Mo.",
                     "That's lovely. I'm going to get a drink, want anything?")
    # (a drink offered is taken: "I can manage" read as refusing help, a fifteenth play-test)
    assert drink.parts[0] in lines["accept_treat"], drink.text
    *_, anyone = talk(Partner(load_scenario("networking"), seed=965), matcher,
                      "Hi, I'm Sara. I run a small bakery.",
                      "Do you know anyone who organises office events?")
    assert anyone.parts[0] in lines["dont_know_anyone"], anyone.text


def test_a_card_handed_over_is_taken_with_thanks(matcher: Matcher) -> None:
    """"here's my card in case you ever need cakes!" was thanked as a compliment."""
    *_, reply = talk(Partner(load_scenario("networking"), seed=965), matcher, "Hi, I'm Sara.",
                     "Nice. Well, here's my card in case you ever need cakes!")
    assert reply.parts[0] in PartnerWording.load().lines["card_back"], reply.text


def test_the_hardest_part_gets_a_plain_answer_and_thanks_for_a_story_no_compliment_back(
        matcher: Matcher) -> None:
    """"What's the hardest part of the job?" got "I'm in finance. I make sure everyone gets
    paid"; "That's sweet. Have you made anything you're proud of?" got "Thanks! ... And you're
    very easy to talk to." (sessions of my own)."""
    lines = PartnerWording.load().lines
    *_, hardest = talk(Partner(load_scenario("first_day"), seed=966), matcher,
                       "Yes, hi, I'm Raj. I'm in the data team.",
                       "What's the hardest part of the job?")
    assert hardest.parts[0] in lines["hardest_part"], hardest.text
    *_, sweet = talk(Partner(load_scenario("club"), seed=967), matcher, "Hi! Yes I'm Beth.",
                     "What made you sign up?",
                     "That's sweet. Have you made anything you're proud of?")
    assert not any(part in lines["compliment_back"] for part in sweet.parts), sweet.text


def test_saying_one_is_looking_for_a_first_job_asks_no_advice(matcher: Matcher) -> None:
    """"Computer science. I'm looking for my first job." got a networking tip (the classifier
    heard a request for advice)."""
    *_, reply = talk(Partner(load_scenario("networking"), seed=969), matcher,
                     "Yes, first time. I'm Lin, I just graduated.",
                     "Computer science. I'm looking for my first job.")
    assert reply.parts[-1] in PartnerWording.load().lines["follow_up_seeking"], reply.text


def test_a_question_after_thanks_is_still_answered(matcher: Matcher) -> None:
    """"Thank you. Are the walls thin? I play the piano." got "Any time." alone (a session of
    my own)."""
    partner = Partner(load_scenario("neighbour"), seed=972)
    *_, reply = talk(partner, matcher, "Hello! Yes, I'm Pat, flat 2.",
                     "Do you know when the bins go out?",
                     "Thank you. Are the walls thin? I play the piano.")
    assert len(reply.parts) >= 2 and "quiet at night" in reply.text, reply.text


def test_where_people_go_is_no_question_of_the_partners_own_evenings(matcher: Matcher) -> None:
    """"And where do people go for drinks after work?" got "I go climbing at the indoor wall
    after work, twice a week." (a session of my own)."""
    partner = Partner(load_scenario("first_day"), seed=976)
    *_, reply = talk(partner, matcher, "Yes, I'm Kwame, I'm in the legal team.",
                     "And where do people go for drinks after work?")
    hobby = partner.persona.fact(Topic.HOBBIES)
    assert hobby is not None and not any(part in hobby.lines() for part in reply.parts)


def test_no_job_is_presumed_of_someone_who_named_none(matcher: Matcher) -> None:
    """"My English is not so good, sorry." after "What do you do for work?" got "What's the
    best part of your job?" (a session of my own)."""
    partner = Partner(load_scenario("neighbour"), seed=978)
    *_, reply = talk(partner, matcher, "Hello. Yes, I am Marta.", "What is your job?",
                     "Oh. My English is not so good, sorry.")
    assert "your job" not in reply.text, reply.text


@pytest.mark.parametrize(("work", "said"), [("the sales team", "in the sales team"),
                                            ("IT", "in IT"), ("a library", "at the library")])
def test_a_team_is_worked_in_and_a_place_at(work: str, said: str) -> None:
    """"So what's a normal day like at the sales team?" (an eighth play-test)."""
    partner = Partner(load_scenario("first_day"), seed=1)
    partner.memory.user["work"] = work
    assert partner._fill("So what's a normal day like {at_the_work}?") == (
        f"So what's a normal day like {said}?")


@pytest.mark.parametrize(("persona", "start"), [("Grace", "Yes"), ("Dev", "No")])
def test_kids_asked_get_the_cards_family(matcher: Matcher, persona: str, start: str) -> None:
    """"You have children?" got "I'm going to visit my sister in Manchester" (a session of my
    own), then a plain "No" from Grace, whose card tells of a grandson: every built-in card now
    has a family fact, and answers from it."""
    partner = Partner(load_scenario("neighbour"), seed=978, persona=persona)
    *_, reply = talk(partner, matcher, "Hello. Yes, I am Marta.", "You have children?")
    assert reply.topic is Topic.FAMILY and reply.parts[0].startswith(start), reply.text


@pytest.mark.parametrize(("scenario", "persona", "question", "said"), [
    ("club", "Robin", "How old is your daughter?", "twenty-six"),
    ("first_day", "Tom", "What's your daughter's name?", "Lily"),
    ("networking", "Priya", "What's your son's name?", "Nikhil"),
    ("networking", "Priya", "Are you married?", "husband"),
    ("neighbour", "Grace", "Do you have grandchildren?", "Kofi"),
    ("party", "Jordan", "Do you have kids?", "No"),
])
def test_questions_about_its_family_are_answered_from_its_family(
        matcher: Matcher, scenario: str, persona: str, question: str, said: str) -> None:
    """"How old is your daughter?" got "I want to make a full set of mugs for my family by
    Christmas." (a tenth play-test); "What's your son's name?" its husband's name."""
    partner = Partner(load_scenario(scenario), seed=3, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", question)
    assert said in reply.text, reply.text


def test_every_built_in_card_has_a_family_that_agrees_with_its_kids() -> None:
    """A card that speaks of a child or a grandchild anywhere says yes to "do you have
    kids?" (Grace, with her grandson, said no before it had a family fact)."""
    for scenario in list_scenarios():
        for persona in load_scenario(scenario).personas:
            family = persona.fact(Topic.FAMILY)
            assert family is not None, (scenario, persona.name)
            rest = " ".join(line for topic, fact in persona.facts.items()
                            if topic is not Topic.FAMILY for line in fact.lines())
            has_kids = bool(re.search(r"\b(my|our) (baby |little )?(daughter|son|grandson|"
                                      r"granddaughter|kids|children)\b", rest, re.IGNORECASE))
            assert not has_kids or family.yes_no.startswith("Yes"), (persona.name,
                                                                    family.yes_no)


@pytest.mark.parametrize(("question", "words"), [
    ("Do people work from home much?", "three days a week"),
    ("Do you know what time people normally leave?", "half five")])
def test_a_colleague_knows_the_offices_ways(matcher: Matcher, question: str, words: str) -> None:
    """Both got "Hm, good question. I'm not sure, to be honest." of someone who has worked
    there for months (sessions of my own)."""
    *_, reply = talk(Partner(load_scenario("first_day"), seed=985), matcher,
                     "Hi, I'm Sam, yes, it's my first day.", question)
    assert words in reply.text, reply.text


def test_anyway_gonna_get_a_drink_takes_leave(matcher: Matcher) -> None:
    partner = Partner(load_scenario("networking"), seed=987)
    talk(partner, matcher, "hey", "cool. anyway, gonna get a drink")
    assert partner.said_goodbye


def test_something_enjoyed_is_met_gladly(matcher: Matcher) -> None:
    """"I loved the bit about burnout. Very relatable." got "Mm, right." (a session of my
    own)."""
    *_, reply = talk(Partner(load_scenario("networking"), seed=988), matcher, "Hello, I'm Ade.",
                     "I loved the bit about burnout. Very relatable.")
    assert reply.parts[0] in PartnerWording.load().lines["react_enjoyed"], reply.text


def test_its_own_words_asked_back_get_a_yes_and_more(matcher: Matcher) -> None:
    """"Wait, you said Sam's the goalkeeper? I can't picture him shouting at anyone!" got
    "Yes, about ten minutes away, near the river." (an eighth play-test)."""
    partner = Partner(load_scenario("party"), seed=801)
    *_, reply = talk(partner, matcher, "Oh hi! Yes, well, sort of, I actually work with Sam's "
                     "sister, she dragged me along tonight, I don't know a single soul here!",
                     "Football, nice! What position do you play? I used to play in goal at "
                     "school, I was terrible, I let in eleven goals once, my mum still brings "
                     "it up.",
                     "No, I'm over in Clapton. Wait, you said Sam's the goalkeeper? I can't "
                     "picture him shouting at anyone!")
    # (after "Ah, Clapton, nice." for where the user said they live; since the position
    # asked gets its own answer, the goalkeeper may be told of only now)
    assert any(part in PartnerWording.load().lines["yes"] for part in reply.parts[:2]) or (
        "goalkeeper" in reply.text), reply.text
    assert "ten minutes" not in reply.text


def test_a_question_of_its_own_doings_asks_no_advice(matcher: Matcher) -> None:
    """"Football, nice! What position do you play?" got a hiking tip (the classifier heard a
    request for advice; a session of my own)."""
    partner = Partner(load_scenario("party"), seed=801)
    talk(partner, matcher, "Oh hi! Yes, I work with Sam's sister.")
    # the labels the classifier gives it (this module's matcher has the patterns only)
    reply = partner.reply(UserLine("Football, nice! What position do you play?",
                                   (MoveLabel.OPEN_QUESTION, MoveLabel.ADVICE_REQUEST)))
    assert reply.kind is not ReplyKind.ADVICE, reply.text


def test_a_question_of_the_world_naming_the_topic_itself_is_the_cards(matcher: Matcher) -> None:
    """"do you know if they're serving food tonight?" names its topic, and the card's
    pastries answer it."""
    partner = Partner(load_scenario("networking"), seed=815)
    *_, reply = talk(partner, matcher, "Hello! I'm Aoife.", "That's interesting. Sorry, totally "
                     "unrelated, but do you know if they're serving food tonight?")
    assert any(part in fact_lines(partner, Topic.FOOD) for part in reply.parts), reply.text


def test_trouble_with_a_thing_the_place_knows_gets_what_it_knows(matcher: Matcher) -> None:
    """"Mostly good, but I can't work out the heating." got "Ah, right. Do you have any
    hobbies?" (a session of my own)."""
    *_, reply = talk(Partner(load_scenario("neighbour"), seed=990), matcher,
                     "Hi! Yes, just moved in to flat 3. I'm Dan.",
                     "Mostly good, but I can't work out the heating.")
    assert "boiler" in reply.text, reply.text


def test_i_teach_year_two_is_a_job(matcher: Matcher) -> None:
    """"I teach year two now." got "Ah, fair enough." (a session of my own)."""
    partner = Partner(load_scenario("party"), seed=989)
    talk(partner, matcher, "Hi, I'm Priya.", "I teach year two now. They're exhausting but "
                                             "hilarious.")
    assert partner.memory.user.get("job") == "teacher"


def test_asked_to_introduce_the_user_it_says_yes(matcher: Matcher) -> None:
    *_, reply = talk(Partner(load_scenario("networking"), seed=993), matcher, "Hi there. I'm Sol.",
                     "Could you introduce me to someone? I'm terrible at approaching people.")
    assert reply.parts[0] in PartnerWording.load().lines["introduce"], reply.text


def test_a_partners_colleague_named_presumes_no_job_of_the_user(matcher: Matcher) -> None:
    """"I'm here with my girlfriend, she's Sam's colleague." got "What does a normal working
    day look like for you?" (a session of my own)."""
    (reply,) = talk(Partner(load_scenario("party"), seed=994), matcher,
                    "Hello! No, I'm here with my girlfriend, she's Sam's colleague. I'm Tom.")
    assert "working day" not in reply.text, reply.text


# ---------------------------------------------------------------------------- everyday life


@pytest.mark.parametrize(("scenario", "question", "key"), [
    ("networking", "Do you have any siblings?", "siblings"),
    ("networking", "what did you study?", "studied"),
    ("networking", "are you a morning person?", "mornings"),
    ("networking", "how was your day?", "today"),
    ("networking", "Do you play any sport?", "sport"),
    ("party", "what are you reading at the moment?", "reading"),
    ("club", "Do you cook much?", "cooking"),
    ("club", "where did you grow up?", "grew_up"),
    ("neighbour", "would you ever move abroad?", "abroad"),
    ("first_day", "what's the best part of your job?", "best_part"),
    ("first_day", "any plans for the weekend?", "weekend"),
    ("party", "do you speak any other languages?", "languages"),
    ("neighbour", "are you a coffee or tea person?", "drinks"),
    ("party", "watching anything good at the moment?", "screen"),
    # a twelfth play-test's questions that got another line of the card, or "not sure"
    ("first_day", "Where would you go on holiday if you could go anywhere?", "dream_trip"),
    ("club", "What's the best trip you've ever been on?", "best_trip"),
    ("neighbour", "What's your favourite season?", "season"),
    ("networking", "What was your first job?", "first_job"),
    ("party", "Where did you go to school?", "school"),
    # a sweep of sixty common questions over every card: "Aw, thank you" for pride, the
    # scene's tip for the lottery, "I couldn't say" for the rest
    ("party", "What's something you're proud of?", "proud"),
    ("club", "What would you do if you won the lottery?", "lottery"),
    ("neighbour", "What are you doing for Christmas?", "christmas"),
    ("networking", "What's your favourite colour?", "colour"),
    ("party", "When's your birthday?", "birthday"),
    ("neighbour", "Do you drive?", "drive"),
    ("party", "You have brothers?", "siblings"),  # a learner's (it got the family answer)
    ("club", "What's your favourite thing to do in town?", "town_fav"),
])
@pytest.mark.parametrize("seed", [1, 2])
def test_everyday_questions_get_the_cards_own_answer_and_the_question_back(
        matcher: Matcher, scenario: str, question: str, key: str, seed: int) -> None:
    """"Do you have siblings?" and "are you a morning person?" got "Oh, I couldn't say,
    really."; "do you play any sport?" got "Yes, I draw!" (a session of my own)."""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.", question)
    assert reply.parts[0] == partner.persona.everyday[key], reply.text
    assert reply.asks and "couldn't say" not in reply.text


@pytest.mark.parametrize(("scenario", "question", "key"), [
    ("networking", "Glasgow! What do you miss most about it?", "miss_home"),
    ("party", "Did you drive here?", "getting_here"),
    ("club", "how did you get here tonight", "getting_here"),
    ("networking", "What made you leave Glasgow? Work?", "moved_why"),
    ("party", "So why did you move here?", "moved_why"),
    ("party", "Are you staying late?", "staying_late"),
    ("neighbour", "Lovely day, isn't it?", "weather"),  # got "Yes, I like it a lot. Quiet"
    ("party", "Football, nice. What position do you play?", "position"),  # "I couldn't say"
    ("neighbour", "great thanks so much ill drop it round tonight what number are you",
     "flat_number"),
    ("networking", "What time did you get here?", "arrived"),
])
@pytest.mark.parametrize("seed", [1, 2])
def test_everyday_questions_with_nothing_to_hand_back_are_just_answered(
        matcher: Matcher, scenario: str, question: str, key: str, seed: int) -> None:
    """"What do you miss most about it?" got "I keep getting lost" and "Did you drive here?"
    got "Oh, I couldn't say, really" (a twelfth play-test): the card's own answer, and no
    "what do you miss?" handed back to a user who may never have left."""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.", question)
    assert reply.parts[0] == partner.persona.everyday[key], reply.text
    assert "couldn't say" not in reply.text


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
@pytest.mark.parametrize("scenario", ["party", "first_day", "networking", "club"])
def test_where_are_you_from_tells_where_it_grew_up_as_well_as_where_it_lives(
        matcher: Matcher, scenario: str, seed: int) -> None:
    """"Where are you from?" got "I live just round the corner, so I walk here." from a card
    that grew up in a mining town in Wales (a twelfth play-test)."""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.", "Where are you from?")
    home = partner.persona.fact(Topic.HOME)
    assert home is not None and any(part in home.lines() for part in reply.parts), reply.text
    assert re.search(r"\b(grew up|from [A-Z])", reply.text), reply.text
    assert reply.text.count("grew up") <= 1, reply.text


def test_an_everyday_word_in_a_statement_before_another_question_is_not_asked(
        matcher: Matcher) -> None:
    """"i dont really cook much honestly. do you know many people here" got "I love cooking,
    and baking even more" (a twelfth play-test): the question is the sentence that asks."""
    partner = Partner(load_scenario("party"), seed=3, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.",
                     "i dont really cook much honestly. do you know many people here")
    assert partner.persona.everyday["cooking"] not in reply.parts, reply.text
    *_, reply = talk(partner, matcher, "Do you cook much? I love it.")
    assert reply.parts[0] == partner.persona.everyday["cooking"], reply.text
    *_, reply = talk(partner, matcher, "Yes, born here. What about you?")  # handed back
    assert reply.parts[0] == partner.persona.everyday["grew_up"], reply.text


@pytest.mark.parametrize(("told", "asked", "heard"), [
    ("I just passed my driving test!", "what did I tell you I was celebrating?", "driving test"),
    ("I'm a nurse at the hospital.", "Cardiff, yes. And my job? Think smells.", "nurse"),
    ("My sister Anna lives in Spain.", "where does my sister live?", "Spain"),
    ("I've been learning Spanish for a year.", "how long have I been learning Spanish?", "year"),
    ("I'm training for a marathon in April.", "when is my marathon?", "April"),
    ("I'm Sam, by the way.", "bet you forgot my name", "Sam"),
])
@pytest.mark.parametrize("scenario", ["party", "neighbour", "networking"])
def test_what_the_user_told_is_recalled_asked_in_other_words(
        matcher: Matcher, scenario: str, told: str, asked: str, heard: str) -> None:
    """A memory check of a dozen wordings over every card (this session's): these three got
    "I don't think you told me that yet!", the card's own job, and its own family."""
    partner = Partner(load_scenario(scenario), seed=5)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", told, "Cool. What do you do?",
                     "Nice. Do you have any pets?", asked)
    assert heard.lower() in reply.text.lower(), reply.text


@pytest.mark.parametrize(("persona", "first", "again", "heard"), [
    ("Robin", "Where did you grow up?", "where did you say you grew up?", "Wales"),
    ("Jordan", "Do you have any pets?", "sorry, what's its name again?", "Pebble"),
    ("Riley", "Have you got any plans for the summer?", "where did you say you're going?",
     "Canada"),
])
def test_its_own_facts_asked_again_later_are_told_again(
        matcher: Matcher, persona: str, first: str, again: str, heard: str) -> None:
    """Asked again two replies on, these got where it lives (its grew-up answer being two
    sentences, neither fresh), "Oh, I couldn't say, really." and the same."""
    scenario = {"Robin": "club", "Jordan": "party", "Riley": "party"}[persona]
    partner = Partner(load_scenario(scenario), seed=5, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", first, "Oh nice. I'm a teacher myself.",
                     "Do you know many people here?", again)
    assert heard in reply.text, reply.text


@pytest.mark.parametrize("scenario", ["party", "first_day", "neighbour", "club"])
def test_the_best_part_asked_after_its_job_is_of_the_job(matcher: Matcher,
                                                        scenario: str) -> None:
    """"What's the best part?" right after its job got "Try the little Italian place by the
    station" (the classifier heard advice wanted; a sweep of follow-up questions)."""
    partner = Partner(load_scenario(scenario), seed=4)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "What do you do?",
                     "Oh cool. Do you enjoy it?", "What's the best part?")
    assert partner.persona.everyday["best_part"] in reply.text, reply.text


@pytest.mark.parametrize(("persona", "said"), [("Robin", "fourteen"), ("Jordan", None)])
def test_how_old_of_its_pet_is_its_age_not_the_next_story_line(
        matcher: Matcher, persona: str, said: str | None) -> None:
    """"How old?" after its pet got the next line of the pet's story."""
    scenario = {"Robin": "club", "Jordan": "party"}[persona]
    partner = Partner(load_scenario(scenario), seed=4, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "Do you have any pets?",
                     "Aw, what are they like?", "How old?")
    lost = PartnerWording.load().lines["age_lost_count"]
    assert (said in reply.text) if said else reply.parts[0] in lost, reply.text


def test_every_built_in_card_answers_every_everyday_question() -> None:
    from voicecoach.coaching.everyday import everyday_ids
    for name in list_scenarios():
        for persona in load_scenario(name).personas:
            assert set(persona.everyday) == everyday_ids(), (name, persona.name)
            assert not any("?" in answer for answer in persona.everyday.values()), persona.name


def test_an_everyday_question_the_user_answered_is_not_handed_back(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=3)
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.",
                     "I grew up in Leeds. Where did you grow up?")
    assert partner.persona.everyday["grew_up"] in reply.parts, reply.text
    assert "grow up?" not in reply.text.lower()
    *_, again = talk(partner, matcher, "sorry, where did you grow up again?")
    assert "sea" in again.text and again.text != reply.text  # the same place, other words


def test_a_remark_on_the_weather_is_answered_not_taken_for_the_party(matcher: Matcher) -> None:
    """"Lovely weather today, isn't it?" got "Yes, it's a really nice party."."""
    partner = Partner(load_scenario("party"), seed=4)
    *_, reply = talk(partner, matcher, "Hi, I'm Dana.", "lovely weather today, isn't it?")
    assert reply.parts[0] == partner.persona.everyday["weather"], reply.text


def _bakery(folder: Path, tables: str) -> Path:
    """A user's scenario file with one persona, Ola, and `tables` on her card."""
    card = folder / "bakery.toml"
    card.write_text('id = "bakery"\ntitle = "A bakery"\nscene = "A queue."\nclosing = "Bye!"\n'
                    f'[[persona]]\nname = "Ola"\n{tables}', encoding="utf-8")
    return card


def test_a_card_without_everyday_answers_answers_as_before(tmp_path: Path,
                                                              matcher: Matcher) -> None:
    card = _bakery(tmp_path, '[persona.work]\nanswer = "I bake bread."\nyes_no = "Yes, I bake."\n'
                   'story = ["At dawn.", "Every day."]\nask = "What do you do?"\n')
    partner = Partner(load_scenario_file(card), seed=1)
    *_, reply = talk(partner, matcher, "Do you have any siblings?")
    assert "bake" not in reply.text.lower() and reply.asks  # ("No, not me. Do you?")


def test_an_unknown_everyday_question_in_a_card_is_named(tmp_path: Path) -> None:
    card = _bakery(tmp_path, '[persona.everyday]\nstar_sign = "Leo."\n')
    with pytest.raises(PackError, match=r"star_sign.*grew_up"):
        load_scenario_file(card)


@pytest.mark.parametrize("goodbye", ["Until next week, Maya!", "till next time then",
                                     "it was nice to meet you", "well, great to meet you, Robin"])
def test_a_goodbye_late_in_a_talk_is_one(matcher: Matcher, goodbye: str) -> None:
    """A ninth play-test's "Until next week, Maya!" got "What are you most looking forward
    to?", and "Good to meet you, Jordan!" at the end got "And you!" and a talk that went on."""
    partner = Partner(load_scenario("club"), seed=4)
    talk(partner, matcher, "hi, I'm Dana", "what do you make here?", "I'm a nurse", goodbye)
    assert partner.said_goodbye


def test_nice_to_meet_you_after_the_names_still_greets(matcher: Matcher) -> None:
    partner = Partner(load_scenario("club"), seed=4)
    talk(partner, matcher, "hi, I'm Dana", "nice to meet you too")
    assert not partner.said_goodbye


@pytest.mark.parametrize("news", ["my mug survived the kiln!", "I got shortlisted for an award",
                                  "my band played our first gig", "we adopted a puppy",
                                  "I finally learned to drive, passed my test yesterday",
                                  "my daughter got into university"])
def test_good_news_is_met_gladly(matcher: Matcher, news: str) -> None:
    """A ninth play-test's good news got "Oh really? That's interesting."."""
    wording = PartnerWording.load().lines
    glad = {*wording["congratulate"], *wording["glad_for_them"]}
    *_, reply = talk(Partner(load_scenario("party"), seed=6), matcher, "hi, I'm Dana", news)
    assert reply.parts[0] in glad, reply.text


def test_what_do_you_make_here_is_answered_from_the_card(matcher: Matcher) -> None:
    """It got "Hm, good question. I'm not sure, to be honest." at the pottery class."""
    partner = Partner(load_scenario("club"), seed=4)
    *_, reply = talk(partner, matcher, "hi, I'm Dana", "nice to meet you too",
                     "what do you make here?")
    plans = partner.persona.facts[Topic.PLANS]
    assert plans.answer in reply.text, reply.text


def test_a_statement_handed_back_with_do_you_is_answered(matcher: Matcher) -> None:
    """"yeah I live nearby. do you?" got "Hm, good question. I'm not sure, to be honest."."""
    partner = Partner(load_scenario("party"), seed=8)
    *_, reply = talk(partner, matcher, "hi, I'm Dana", "yeah I live nearby. do you?")
    assert partner.persona.facts[Topic.HOME].answer in reply.text, reply.text


def test_a_team_told_with_just_started_is_remembered(matcher: Matcher) -> None:
    """"I just started today in marketing" was asked "Which team are you joining?", and "do
    you remember what team I'm in?" got "Yes, I'm in finance."."""
    partner = Partner(load_scenario("first_day"), seed=3)
    first, second = talk(partner, matcher, "hi, I'm Sam, I just started today in marketing",
                         "do you remember what team I'm in?")
    assert "which team" not in first.text.lower()
    assert "marketing" in second.text.lower() and "finance" not in second.text.lower()


def test_children_told_of_are_met_warmly(matcher: Matcher) -> None:
    """"we have a little boy, he's three" got "Mm, okay." (a session of my own)."""
    *_, reply = talk(Partner(load_scenario("neighbour"), seed=5), matcher,
                     "hi, I'm Lee from number 4", "we have a little boy, he's three")
    assert reply.parts[0] in PartnerWording.load().lines["react_kids"], reply.text


def test_a_name_typed_in_lower_case_after_a_wh_question_gets_no_yes(matcher: Matcher) -> None:
    """A tenth play-test's "what do you do, robin?" got "Yes, I design bridges"."""
    partner = Partner(load_scenario("club"), seed=6)
    *_, reply = talk(partner, matcher, "hi I'm Dana", "what do you do, robin?")
    assert not YES_NO.match(reply.parts[0]), reply.text
    assert "bridges" in reply.text


def test_a_thing_told_beside_a_yes_no_question_is_no_near_miss(matcher: Matcher) -> None:
    """"Do you have any pets? I thought I heard a dog." got "Not really, funnily enough. I've
    got a very old tortoise" (a tenth play-test)."""
    partner = Partner(load_scenario("neighbour"), seed=1)
    *_, reply = talk(partner, matcher, "hi I'm Dana",
                     "Do you have any pets? I thought I heard a dog.")
    assert reply.text.startswith("Yes"), reply.text


def test_how_long_in_the_building_is_how_long_it_has_lived_here(matcher: Matcher) -> None:
    """"How long have you been in the building?" got "It's a friendly building. We have a
    little party in the courtyard every summer." (a tenth play-test)."""
    partner = Partner(load_scenario("neighbour"), seed=4)
    *_, reply = talk(partner, matcher, "hi I'm Dana", "How long have you been in the building?")
    assert "twelve years" in reply.text, reply.text


@pytest.mark.parametrize(("line", "work"), [
    ("Hi Tom. Yeah new, I'm Raj, data team.", "data team"),
    ("I just started today in marketing", "marketing"),
    ("the sales team is great here", None),
])
def test_a_team_said_without_a_verb_or_after_just_started_is_the_users_work(
        line: str, work: str | None) -> None:
    """A tenth play-test's "Yeah new, I'm Raj, data team." was asked "Which team are you
    joining?"."""
    assert disclosure(line).work == work


@pytest.mark.parametrize(("line", "kind"), [("You make what job?", QuestionKind.WH),
                                            ("you live where?", QuestionKind.WH),
                                            ("you know who I mean?", QuestionKind.YES_NO)])
def test_a_learners_question_word_in_place_asks_a_wh_question(line: str,
                                                               kind: QuestionKind) -> None:
    """A tenth play-test's "You make what job?" got "Yes, I teach maths ..."."""
    assert TopicFinder.default().find(line).question is kind


def test_an_answer_to_its_everyday_question_is_met_not_taken_for_tell_me_more(
        matcher: Matcher) -> None:
    """"mine was ok, a bit tiring" after its "How's your day been?" got more of its job."""
    partner = Partner(load_scenario("party"), seed=12)
    *_, reply = talk(partner, matcher, "um hi. I'm Lou", "how was your day?",
                     "mine was ok, a bit tiring")
    assert not any(line in reply.text for line in fact_lines(partner, Topic.WORK)), reply.text


def test_a_question_that_hands_its_own_side_back_comes_after_that_side(
        matcher: Matcher) -> None:
    """A tenth play-test's "I'm the plus one of her flatmate." got "Do you play or sing
    anything yourself?" out of nowhere: the choir it sings in comes first. (That line now tells
    how they know Sam, and gets the partner's own way back; a line that tells nothing still
    leads to the choir.)"""
    partner = Partner(load_scenario("party"), seed=9)
    *_, reply = talk(partner, matcher, "Hi, I'm Mia.", "I'm not sure yet.")
    assert reply.parts[-1].endswith("yourself?"), reply.text  # the case this is about
    assert fact_lines(partner, Topic.MUSIC)[0] in reply.text, reply.text


@pytest.mark.parametrize(("line", "work"), [
    ("i work in the marketing", "marketing"),
    ("I work in the library", "the library"),
    ("I work in an office all day so I need something with my hands.", "an office"),
    ("I work at the hospital every day except Sunday", "the hospital"),
])
def test_a_learners_the_and_a_time_after_the_place_are_not_the_users_work(
        line: str, work: str) -> None:
    """"Oh, the marketing!" and "Ah, an office all day, nice." (a tenth play-test)."""
    assert disclosure(line).work == work


def test_an_office_is_not_reacted_to_as_news_nor_an_answer_taken_for_a_request(
        matcher: Matcher) -> None:
    """To "What made you sign up?", "I work in an office all day so I need something with my
    hands." got "Ah, an office all day, nice. Keep your elbows tucked in." (the classifier
    heard a request for advice)."""
    partner = Partner(load_scenario("club"), seed=4)
    first = talk(partner, matcher, "hi im sam")[0]
    assert first.parts[-1] == "What made you sign up?", first.text
    line = "I work in an office all day so I need something with my hands."
    reply = partner.reply(UserLine(line, (MoveLabel.ADVICE_REQUEST,)))
    assert reply.kind is not ReplyKind.ADVICE, reply.text
    assert "office" not in reply.text, reply.text


@pytest.mark.parametrize("line", [
    "my boyfriend just broke up with me last night so today is kind of rough",
    "Sorry, I'm in a bit of a state, my husband and I had a huge argument this morning.",
])
def test_a_break_up_or_a_row_of_the_users_own_is_met_with_sympathy(matcher: Matcher,
                                                                   line: str) -> None:
    """A tenth play-test's break-up got "Argh, that's frustrating. Was it a special one?"
    (taken for gossip), the row "Oh, I see. What's he like?"."""
    partner = Partner(load_scenario("first_day"), seed=7)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", line)
    assert "sorry" in reply.text.lower(), reply.text
    assert "frustrating" not in reply.text and "What's he like" not in reply.text


@pytest.mark.parametrize("line", [
    "What do you think about AI taking over design jobs? Everyone at my work is talking "
    "about it.",
    "What's your take on AI taking over design jobs?",
])
def test_a_view_asked_before_another_sentence_gets_a_view(matcher: Matcher,
                                                          line: str) -> None:
    """A tenth play-test's question on AI got the partner's job ("Right now we're redesigning a
    form ...")."""
    partner = Partner(load_scenario("networking"), seed=3)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", line)
    assert "AI taking over design jobs" in reply.text, reply.text


def test_what_did_you_think_of_it_is_of_the_thing_just_named(matcher: Matcher) -> None:
    """"The talk was great. What did you think of it?" got "Oh, I couldn't say, really.", though
    the card tells of the talk."""
    partner = Partner(load_scenario("networking"), seed=3)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.",
                     "The talk was great. What did you think of it?")
    assert "talk" in reply.parts[0], reply.text


def test_bad_news_said_as_a_statement_is_not_answered_as_a_question(matcher: Matcher) -> None:
    """"it's been a hard month, I lost my job and had to move somewhere cheaper." was a closed
    question to the classifier, and got "Oh no, I'm sorry. Oh, I couldn't say, really."."""
    partner = Partner(load_scenario("neighbour"), seed=3)
    *_, reply = talk(partner, matcher, "Hello! Yes, I'm Tomasz, I moved in on Friday.",
                     "Slowly. To be honest it's been a hard month, I lost my job and had to "
                     "move somewhere cheaper.")
    assert "sorry" in reply.text.lower(), reply.text
    assert "couldn't say" not in reply.text and "not sure" not in reply.text, reply.text


def test_a_question_naming_another_fact_is_not_taken_for_tell_me_more(matcher: Matcher) -> None:
    """"im jess. how did your bowl turn out" (an encourager to the classifier) got the next
    step of the story of why the partner signed up."""
    partner = Partner(load_scenario("club"), seed=3)
    *_, reply = talk(partner, matcher, "hi yeah i was here last week but we didnt really talk",
                     "im jess. how did your bowl turn out")
    assert "bowl" in reply.text, reply.text


def test_a_yes_no_question_about_what_people_do_is_not_the_partners_hobby(
        matcher: Matcher) -> None:
    """"do people go for drinks after work on fridays" got "Yes, office five-a-side on
    Wednesdays."."""
    partner = Partner(load_scenario("first_day"), seed=4)
    *_, reply = talk(partner, matcher, "Yes! Lovely to meet you. I'm Ines, I'm in sales.",
                     "do people go for drinks after work on fridays")
    assert not any(line in reply.text for line in fact_lines(partner, Topic.HOBBIES)), reply.text


@pytest.mark.parametrize(("typed", "kind"), [("wat do u do for work", QuestionKind.WH),
                                             ("whr do u live", QuestionKind.WH),
                                             ("hw r u", QuestionKind.WH)])
def test_chat_spellings_of_question_words_ask_a_wh_question(typed: str,
                                                             kind: QuestionKind) -> None:
    """A tenth play-test's "wat do u do for work" got "Yes, I'm a nurse ..."."""
    assert TopicFinder.default().find(cues.heard(typed)).question is kind


@pytest.mark.parametrize("line", ["ok brb", "back in a sec, just getting a drink"])
def test_away_for_a_moment_the_talk_waits(matcher: Matcher, line: str) -> None:
    """"ok brb" got "Fair enough. Have you got anything exciting coming up?"."""
    partner = Partner(load_scenario("party"), seed=7)
    *_, reply = talk(partner, matcher, "hii yes im a friend from work", line)
    assert reply.parts[0] in PartnerWording.load().lines["back_soon"], reply.text
    assert not reply.asks and not partner.said_goodbye


def test_a_learners_leaving_with_nice_to_meet_you_is_a_goodbye(matcher: Matcher) -> None:
    """"Ok I go take more drink. Nice to meet you Jordan!" got "And you! What's your favourite
    thing to cook?"."""
    partner = Partner(load_scenario("party"), seed=4)
    talk(partner, matcher, "Hello, nice to meet you. I am Paulo, I am come from Brazil",
         "I am engineer, software. You make what job?")
    talk(partner, matcher, "Ok I go take more drink. Nice to meet you Jordan!")
    assert partner.said_goodbye


@pytest.mark.parametrize(("scenario", "seed"), [("club", 1), ("neighbour", 1)])
def test_how_old_is_she_of_its_pet_gets_the_age_on_its_card(matcher: Matcher, scenario: str,
                                                            seed: int) -> None:
    """"How old is your daughter?" got the mugs it wants to make: an age asked of what it told
    is the sentence with the age."""
    partner = Partner(load_scenario(scenario), seed=seed)
    *_, reply = talk(partner, matcher, "hi, I'm Sam", "Do you have any pets?", "How old is she?")
    assert cues.AGE_SAID.search(reply.text), reply.text


def test_a_question_handed_back_in_two_words_is_its_own_question(matcher: Matcher) -> None:
    """"No, just me. My sister was supposed to come but she bailed. Did you?" hands back its
    "Did you come with anyone?"; it got where it lives (the sister read as the topic)."""
    partner = Partner(load_scenario("club"), seed=5)
    first = talk(partner, matcher, "Hi! Yes I was, I'm Carla. I sat at the back.")[0]
    assert first.parts[-1] == "Did you come with anyone?", first.text
    reply = talk(partner, matcher, "No, just me. My sister was supposed to come but she "
                 "bailed. Did you?")[0]
    assert reply.topic is Topic.REASON, reply.text


def test_a_words_ending_does_not_hide_it_from_the_card(matcher: Matcher) -> None:
    """"Do you like driving the bus?" of a bus driver got "Oh, I couldn't say, really.":
    "driving" and "driver" are one word to the partner."""
    assert cues.stem("driving") == cues.stem("driver") == cues.stem("drive")
    assert cues.stem("running") == cues.stem("run") and cues.stem("pottery") == "potte"
    partner = Partner(load_scenario("neighbour"), seed=5)
    assert partner.persona.name == "Dev"
    *_, reply = talk(partner, matcher, "Hi, I'm Ruth.", "Do you like driving the bus?")
    assert "couldn't say" not in reply.text and reply.kind is not ReplyKind.UNCLEAR, reply.text


def test_a_remark_before_a_question_does_not_choose_the_fact(matcher: Matcher) -> None:
    """"Ha, pottery must feel easy after teeth. Do patients ever bite?" got "No, I'm across
    town, but the bus is easy." (its "easy")."""
    partner = Partner(load_scenario("club"), seed=5)
    *_, reply = talk(partner, matcher, "Hi! Yes I was, I'm Carla.",
                     "Ha, pottery must feel easy after teeth. Do patients ever bite?")
    assert reply.topic is not Topic.HOME, reply.text


def test_looking_for_a_first_job_said_alone_is_not_asked_the_best_part_of_it(
        matcher: Matcher) -> None:
    """"I'm a junior developer, just finished a bootcamp. Looking for my first proper job." got
    "What's the best part of your job?"."""
    partner = Partner(load_scenario("networking"), seed=4)
    *_, reply = talk(partner, matcher, "Hi, yes it is! I'm Olu.",
                     "I'm a junior developer, just finished a bootcamp. Looking for my first "
                     "proper job.")
    assert "best part" not in reply.text, reply.text


@pytest.mark.parametrize("line", [
    "I'm a bus driver. Forty years old next week, so this is my birthday present to myself.",
    "It's my birthday on Saturday, actually.",
])
def test_a_birthday_coming_is_met(matcher: Matcher, line: str) -> None:
    """A tenth play-test's "Forty years old next week ..." got "Ah, a bus driver, nice."."""
    partner = Partner(load_scenario("club"), seed=5)
    *_, reply = talk(partner, matcher, "Hi! Yes I was, I'm Carla.", line)
    assert "birthday" in reply.text.lower(), reply.text


def test_a_shy_line_after_its_question_is_not_taken_for_the_answer(matcher: Matcher) -> None:
    """"sorry im a bit shy. i'm mia" after "What do you get up to in your free time?" got
    "How did you get into that?" (of nothing)."""
    partner = Partner(load_scenario("party"), seed=11)
    first = talk(partner, matcher, "oh um through my flatmate")[0]
    assert first.topic is None and first.asks, first.text
    reply = talk(partner, matcher, "sorry im a bit shy. i'm mia")[0]
    assert "get into that" not in reply.text, reply.text


def test_asked_whether_it_gets_scared_the_partner_does_not_reassure_the_user(
        matcher: Matcher) -> None:
    """"do you get scared of heights?" got "Oh, don't worry, lots of people here feel the
    same."."""
    partner = Partner(load_scenario("club"), seed=6)
    *_, reply = talk(partner, matcher, "hi, yeah i was. sorry, i forgot your name",
                     "do you get scared of heights?")
    reassure = PartnerWording.load().lines["reassure"]
    assert not any(line in reply.text for line in reassure), reply.text


@pytest.mark.parametrize("line", [
    "Good. My daughter was born three weeks ago so I'm not sleeping much.",
    "We just became parents!",
])
def test_a_baby_born_is_good_news(matcher: Matcher, line: str) -> None:
    """A tenth play-test's new father got "Oh really? That's interesting. What's she like?"."""
    partner = Partner(load_scenario("first_day"), seed=8)
    *_, reply = talk(partner, matcher, "Hi Tom. Yeah new, I'm Raj, data team.", line)
    assert "ongratulations" in reply.text, reply.text


@pytest.mark.parametrize("line", [
    "thank you ciao",
    "Love that. I've got to catch my train, which will probably be late, ha. Nice meeting you!",
    "Maybe one day you show me. Now I go, I have ice cream in my bag, it is melting!",
])
def test_more_ways_of_taking_leave(matcher: Matcher, line: str) -> None:
    """Goodbyes from a tenth play-test that got a new question."""
    partner = Partner(load_scenario("first_day"), seed=8)
    talk(partner, matcher, "Hi Tom. Yeah new, I'm Raj, data team.", "What do you do?", line)
    assert partner.said_goodbye


def test_a_run_on_ending_and_you_hands_the_question_back(matcher: Matcher) -> None:
    """"the weekend i was in the beach with my family it was very nice and you" got "Mm,
    right. Where would you go next?"."""
    finder = TopicFinder.default()
    assert finder.find("the weekend i was in the beach it was very nice and you").question is (
        QuestionKind.AND_YOU)
    assert finder.find("just between me and you").question is QuestionKind.NONE
    partner = Partner(load_scenario("first_day"), seed=9)
    *_, reply = talk(partner, matcher, "hello yes i am new i am lucas i work in the marketing",
                     "the weekend i was in the beach with my family it was very nice and you")
    assert reply.kind is ReplyKind.AND_YOU and reply.topic is not Topic.WORK, reply.text


def test_whats_your_excuse_is_banter_handing_back_why_it_came(matcher: Matcher) -> None:
    """"what about you whats your excuse" (to "What made you sign up?") got "Hm, let's not go
    there." and the tip "That could hurt."."""
    assert cues.not_meant_as(MoveLabel.OFFENSIVE, "what about you whats your excuse")
    partner = Partner(load_scenario("club"), seed=8)
    talk(partner, matcher, "ha yes guilty, i'm pete",
         "i came because my wife said i need a hobby that isn't the telly")
    reply = partner.reply(UserLine("what about you whats your excuse",
                                   (MoveLabel.OPEN_QUESTION, MoveLabel.OFFENSIVE)))
    assert reply.topic is Topic.REASON, reply.text


@pytest.mark.parametrize(("line", "doubt"), [("do you reckon ill be any good at this", True),
                                             ("Do you think I'll be okay?", True),
                                             ("will I be able to find parking?", False)])
def test_asked_whether_they_will_manage_the_partner_reassures(matcher: Matcher, line: str,
                                                               doubt: bool) -> None:
    """"do you reckon ill be any good at this" got "Oh, I couldn't say, really."."""
    partner = Partner(load_scenario("club"), seed=8)
    *_, reply = talk(partner, matcher, "ha yes guilty, i'm pete", line)
    said = reply.parts[0] in PartnerWording.load().lines["reassure_doubt"]
    assert said is doubt, reply.text


def test_something_good_that_happened_this_week_is_its_news() -> None:
    """"Tell me something good that happened this week." got how it likes its job."""
    assert TopicFinder.default().find(
        "Tell me something good that happened this week.").topics[0] is Topic.RECENT


def test_an_honest_mild_answer_is_met_not_steered_away_from(matcher: Matcher) -> None:
    """"its ok. bit boring" to "What's the best part of your job?" got "Ah, that's a pain. Let's
    think about something nicer."."""
    partner = Partner(load_scenario("networking"), seed=5)
    talk(partner, matcher, "hi yes first time here", "i'm ben", "i do accounts for a charity")
    reply = partner.reply(UserLine("its ok. bit boring", (MoveLabel.COMPLAINT,)))
    assert reply.kind is not ReplyKind.AVOID, reply.text
    assert reply.parts[0] in PartnerWording.load().lines["react_mild"], reply.text


def test_what_did_you_say_you_do_again_is_its_job_once_more(matcher: Matcher) -> None:
    """"what did you say you do again?" got "Hm, good question. I'm not sure, to be honest.":
    without its "you said", the question had lost its "do"."""
    partner = Partner(load_scenario("party"), seed=2)
    *_, reply = talk(partner, matcher, "Hi, I'm Lena, I'm a vet.", "what do you do?",
                     "what did you say you do again?")
    assert reply.topic is Topic.WORK, reply.text


@pytest.mark.parametrize(("question", "remembered"), [
    ("how many cats do I have?", "you live in Camden with your two cats"),
    ("what does my sister do?", "your sister is a pilot"),
    ("do you remember my sister's job?", "your sister is a pilot"),
])
def test_a_fact_of_their_own_asked_after_is_said_back_in_their_words(
        matcher: Matcher, question: str, remembered: str) -> None:
    """The partner remembers what it was told, not only a name, a job and a place: "how many
    cats do I have?" got its own cat."""
    partner = Partner(load_scenario("party"), seed=2)
    *_, reply = talk(partner, matcher, "Hi, I'm Lena, I'm a vet.",
                     "I live in Camden with my two cats.",
                     "my sister is a pilot, she flies to Japan a lot", question)
    assert remembered in reply.text, reply.text
    assert "vet" not in reply.text, reply.text


def test_asked_to_remember_what_they_never_said_the_partner_says_so(matcher: Matcher) -> None:
    """"what's my favourite food again?" with no food told: no made-up memory, no curry."""
    partner = Partner(load_scenario("party"), seed=2)
    *_, reply = talk(partner, matcher, "Hi, I'm Lena, I'm a vet.",
                     "what's my favourite food again?")
    assert reply.parts[0] in PartnerWording.load().lines["recall_untold"], reply.text


def test_a_question_of_their_own_thing_is_not_taken_for_a_memory_test() -> None:
    assert not cues.RECALL_OWN.search("what do you think of my jacket?")
    assert not cues.RECALL_OWN.search("what do I need to bring?")
    # (a fourteenth play-test: "You told me To be honest your startup just folded ...")
    assert cues.said_back("To be honest my startup just folded last week.") == (
        "your startup just folded last week")
    assert cues.said_back("And I live in Camden with my two cats.") == (
        "you live in Camden with your two cats")


@pytest.mark.parametrize("question", ["what was your dog's name again?", "what's your dog called?"])
def test_the_name_of_its_pet_asked_later_is_the_pets_name(matcher: Matcher,
                                                          question: str) -> None:
    """"what was your dog's name again?" got "Oh, sorry, I'm Robin."."""
    partner = Partner(load_scenario("club"), seed=1)
    *_, reply = talk(partner, matcher, "hi, I'm Sam", "Do you have any pets?",
                     "what do you do for work?", question)
    assert "Mabel" in reply.text and "Robin" not in reply.text, reply.text


def test_how_old_is_she_after_another_topic_is_of_the_one_with_an_age(matcher: Matcher) -> None:
    """"and how old is she?" after its job got the next step of its work story."""
    partner = Partner(load_scenario("club"), seed=1)
    *_, reply = talk(partner, matcher, "hi, I'm Sam", "Do you have any pets?",
                     "what do you do for work?", "and how old is she?")
    assert "fourteen" in reply.text, reply.text


@pytest.mark.parametrize(("question", "kind"), [
    ("What did you do last weekend?", Topic.RECENT),
    ("What did you get up to over the weekend?", Topic.RECENT),
])
def test_last_weekend_is_its_news(question: str, kind: Topic) -> None:
    """"What did you do last weekend?" got "Oh, I couldn't say, really." from most cards."""
    assert TopicFinder.default().find(question).topics[0] is kind


def test_the_best_thing_read_lately_is_its_reading(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=3, persona="Jordan")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.",
                     "What's the best thing you've read recently?")
    assert partner.persona.everyday["reading"] in reply.text, reply.text


@pytest.mark.parametrize("persona", ["Riley", "Jordan"])
def test_its_favourite_thing_about_a_place_is_a_liking_not_where_it_lives(
        matcher: Matcher, persona: str) -> None:
    """"What's your favourite thing about living here?" got where it lives, or "Oh, I couldn't
    say, really."."""
    partner = Partner(load_scenario("party"), seed=3, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.",
                     "What's your favourite thing about living here?")
    assert "couldn't say" not in reply.text, reply.text
    assert not any(line in reply.text for line in fact_lines(partner, Topic.HOME)), reply.text


@pytest.mark.parametrize(("scenario", "persona"), [("first_day", "Tom"),
                                                   ("neighbour", "Grace")])
def test_a_holiday_asked_is_no_yes_from_news_that_tells_of_no_trip(
        matcher: Matcher, scenario: str, persona: str) -> None:
    """"Have you been anywhere nice on holiday recently?" got "Yes, I've just come back from
    paternity leave." and "Yes, my grandson came to stay last week."."""
    partner = Partner(load_scenario(scenario), seed=3, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.",
                     "Have you been anywhere nice on holiday recently?")
    assert not reply.text.startswith("Yes"), reply.text


@pytest.mark.parametrize(("scenario", "persona", "said"), [
    ("first_day", "Aisha", "six months ago"),
    ("networking", "Marcus", "moved here"),
    ("party", "Jordan", "six years ago"),
    ("neighbour", "Grace", "twelve years"),
])
def test_how_long_it_has_lived_here_is_a_sentence_about_living_here(
        matcher: Matcher, scenario: str, persona: str, said: str) -> None:
    """"How long have you lived here?" got "In my first week I asked where the toilets were
    three times." (Aisha, at work) and "It's my first time too!" (Marcus, at a meetup)."""
    partner = Partner(load_scenario(scenario), seed=3, persona=persona)
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "How long have you lived here?")
    assert said.lower() in reply.text.lower(), reply.text
    assert "first week" not in reply.text and "first time" not in reply.text, reply.text


def test_a_pet_named_is_of_pets_and_not_asked_its_name(matcher: Matcher) -> None:
    """"My dog is called Biscuit." was food (its biscuit) and got "Oh really? That's
    interesting. What's your favourite thing to cook?"; then "What's their name?"."""
    assert TopicFinder.default().find("My dog is called Biscuit.").topics == (Topic.PETS,)
    partner = Partner(load_scenario("party"), seed=3, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "My dog is called Biscuit.")
    assert reply.parts[0] in PartnerWording.load().lines["react_pet"], reply.text
    assert "name" not in reply.text, reply.text


def test_a_favourite_band_told_is_a_liking_and_not_asked_again(matcher: Matcher) -> None:
    """"My favourite band is Radiohead." got "Oh really? That's interesting. Who have you been
    listening to lately?"."""
    assert disclosure("My favourite band is Radiohead.").like == "Radiohead"
    partner = Partner(load_scenario("party"), seed=3, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "My favourite band is Radiohead.")
    assert "Radiohead" in reply.text and "Who have you" not in reply.text, reply.text


def test_a_trip_ahead_is_met_with_interest(matcher: Matcher) -> None:
    partner = Partner(load_scenario("party"), seed=3, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", "We're going to Italy next month.")
    assert reply.parts[0] in PartnerWording.load().lines["react_trip_ahead"], reply.text


@pytest.mark.parametrize(("line", "news"), [("I've got a cat, she hates the move", False),
                                            ("we just got a puppy!", True)])
def test_having_a_pet_is_no_news_getting_one_is(line: str, news: bool) -> None:
    """"I've got a cat, she hates the move" got "Congratulations, that's great news!"."""
    assert bool(cues.GOOD_NEWS.search(line)) is news


@pytest.mark.parametrize(("line", "place", "like"), [
    ("I'm in Hackney, it takes me ages to get anywhere.", "Hackney", None),
    ("I'm in Leeds at the moment", "Leeds", None),
    ("I'm in Sales", None, None),
    ("Nice! I mostly do yoga and see friends.", None, "yoga"),
])
def test_where_they_are_and_what_they_mostly_do_are_heard(line: str, place: str | None,
                                                          like: str | None) -> None:
    """A session of my own: "I'm in Hackney, ..." got "Mm, right." and "I mostly do yoga"
    "How did you get into that?" of nothing named."""
    told = disclosure(line)
    assert (told.place, told.like) == (place, like)


def test_a_question_asked_in_other_words_is_not_asked_again(matcher: Matcher) -> None:
    """"What does a normal working day look like for you?" came two lines after "So what's a
    normal day like at the hospital?", and "So how long have you been a physio?" after "I've
    been there three years."."""
    partner = Partner(load_scenario("party"), seed=21)
    replies = talk(partner, matcher, "Hi! Yes, I'm Ana, I work with Sam at the hospital.",
                   "I'm a physio. What about you, what do you do?",
                   "Oh nice, how long have you been doing that?", "Do you enjoy it?",
                   "I've been there three years. I love it but it's tiring.",
                   "Do you live near here?", "I'm in Hackney, it takes me ages to get anywhere.")
    asked = [reply.parts[-1] for reply in replies if reply.asks]
    assert sum(bool(re.search(r"normal (working )?day", q)) for q in asked) <= 1, asked
    assert not any("how long have you been a physio" in q.lower() for q in asked[4:]), asked


def test_no_fourth_sentence_on_a_third_topic_to_ask_its_own_question(matcher: Matcher) -> None:
    """"Wow. What's the area like?" got where it grew up, the building, and then its radio, to
    ask "Do you play any music yourself?"."""
    partner = Partner(load_scenario("neighbour"), seed=14, persona="Grace")
    *_, reply = talk(partner, matcher, "Hi! Yes, I just moved into number 4.",
                     "I'm Tom. It's a bit chaotic, boxes everywhere.", "Have you lived here long?",
                     "Wow. What's the area like?")
    assert not any(line in reply.text for line in fact_lines(partner, Topic.MUSIC)), reply.text


def test_a_food_liked_is_no_pastime_to_ask_time_for(matcher: Matcher) -> None:
    """"Ooh I love noodles" came back as "Do you get much time for noodles these days?"."""
    partner = Partner(load_scenario("first_day"), seed=22)
    replies = talk(partner, matcher, "Hi, yes, first day! I'm Leo.",
                   "I'm joining the marketing team. Bit nervous.", "What do you do here?",
                   "That sounds cool. How long have you been here?", "Is it a nice place to work?",
                   "What's the boss like?", "Where do people go for lunch?",
                   "Ooh I love noodles. Do you go often?", "Do you live nearby?",
                   "I'm renting a room in Camden for now.", "Any tips for my first week?",
                   "Thanks, that's really helpful.")
    said = " ".join(reply.text for reply in replies)
    assert "time for noodles" not in said, said
    assert "Camden" in said, said  # where they rent is heard
    place_questions = [reply.parts[-1] for reply in replies
                       if re.search(r"where you live|Camden like|miss Camden", reply.parts[-1])]
    assert len(place_questions) <= 1, place_questions


def test_how_it_feels_asked_as_a_yes_or_no_is_no_fact_of_its_job(matcher: Matcher) -> None:
    """"Do you get lonely working on your own?" got "Yes, I'm a user researcher. Freelance,
    for the last five years."."""
    partner = Partner(load_scenario("networking"), seed=23, persona="Marcus")
    *_, reply = talk(partner, matcher, "Hi, yes it's my first time. I'm Dan.",
                     "What do you do?", "Do you get lonely working on your own?")
    assert reply.parts[0] in PartnerWording.load().lines["sometimes"], reply.text


def test_is_it_hard_after_a_nice_is_no_yes_really(matcher: Matcher) -> None:
    """"Oh nice. Is it hard?" got "Yes, really." (its "nice" heard as asking if it is good)."""
    partner = Partner(load_scenario("club"), seed=24, persona="Maya")
    *_, reply = talk(partner, matcher, "Hi! No, it's my first time actually. I'm Priya.",
                     "I've always wanted to try pottery. What about you?", "Oh nice. Is it hard?")
    assert reply.parts[0] in PartnerWording.load().lines["a_little"], reply.text


def test_a_worry_of_what_may_happen_is_reassured(matcher: Matcher) -> None:
    """"I'm worried I'll make a mess." got "Ah, that's hard going. Is it always like that?"."""
    partner = Partner(load_scenario("club"), seed=24, persona="Maya")
    *_, reply = talk(partner, matcher, "Hi! No, it's my first time actually. I'm Priya.",
                     "I'm worried I'll make a mess.")
    assert reply.parts[0] in PartnerWording.load().lines["reassure"], reply.text


def test_asked_on_about_what_it_said_the_story_goes_on_not_the_same_in_other_words(
        matcher: Matcher) -> None:
    """"any good bands u like" after its "I sing in a choir, so anything I can sing along to."
    got "I sing in a choir, so I like almost anything you can sing along to."."""
    partner = Partner(load_scenario("party"), seed=25, persona="Riley")
    *_, first, _, reply = talk(partner, matcher, "hey", "do u like music",
                               "same i love indie stuff", "any good bands u like")
    assert "choir" in first.text and "choir" not in reply.text, reply.text


def test_an_offer_of_a_drink_across_a_stop_is_thanked(matcher: Matcher) -> None:
    """"ha ok. im gonna grab a drink. want anything?" got "Oh, I couldn't say, really."; then
    "Ah, thank you, that's really kind! I can manage.", read as turning down help."""
    partner = Partner(load_scenario("party"), seed=25, persona="Riley")
    *_, reply = talk(partner, matcher, "hey", "ha ok. im gonna grab a drink. want anything?")
    assert reply.parts[0] in PartnerWording.load().lines["accept_treat"], reply.text


def test_a_learners_short_stay_and_not_knowing_where_the_doctor_is(matcher: Matcher) -> None:
    """"I live here two weeks." got "Oh really? That's interesting." (and, said with a "for",
    "that's a good while"); "But I not know where is the doctor." got "What brought you
    here?"."""
    assert cues.own_duration("Thank you. I live here two weeks.") == "two weeks"
    partner = Partner(load_scenario("neighbour"), seed=26)
    *_, stay, doctor = talk(partner, matcher, "Hello. Yes I am new. I am Ahmed, from Syria.",
                            "Thank you. I live here two weeks.",
                            "Yes, is nice. But I not know where is the doctor.")
    assert stay.parts[0] in [line.format(duration="two weeks") for line in
                             PartnerWording.load().lines["react_duration_short"]], stay.text
    assert "surgery" in doctor.text, doctor.text


def test_do_you_have_any_is_of_what_was_just_named(matcher: Matcher) -> None:
    """"Yeah it's great, I love animals. Do you have any?" got "Hm, good question. I'm not
    sure, to be honest.", then "What's their name?" of animals only loved."""
    partner = Partner(load_scenario("party"), seed=27, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi! No, I don't know anyone here actually.",
                     "Yeah it's great, I love animals. Do you have any?")
    assert reply.topic is Topic.PETS and "not sure" not in reply.text, reply.text
    assert "get into that" not in reply.text and "their name" not in reply.text, reply.text


def test_do_you_like_it_after_a_remark_is_of_the_job_alone(matcher: Matcher) -> None:
    """"Wow, that must be hard. Do you like it?" after its nights got the party too ("I'm
    really enjoying it. It's nice to be out ...")."""
    partner = Partner(load_scenario("party"), seed=27, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi! I'm Chloe.", "So what do you do?",
                     "Wow, that must be hard. Do you like it?")
    assert not any(line in reply.text for line in fact_lines(partner, Topic.SETTING)), reply.text


def test_the_hosts_name_told_is_not_asked_back(matcher: Matcher) -> None:
    """"I'm Chloe. I came with my flatmate, she knows Sam from work." got "And how do you know
    Sam?"."""
    partner = Partner(load_scenario("party"), seed=27, persona="Riley")
    *_, reply = talk(partner, matcher, "Hi! No, I don't know anyone here actually.",
                     "I'm Chloe. I came with my flatmate, she knows Sam from work.")
    assert "know Sam" not in reply.text, reply.text


def test_a_place_too_that_its_card_does_not_share_is_no_common_ground(matcher: Matcher) -> None:
    """"i live near the river too! maybe we are neighbor" to a card out in the suburbs got "Oh,
    same here!"."""
    partner = Partner(load_scenario("first_day"), seed=28, persona="Tom")
    *_, reply = talk(partner, matcher, "hi im new, im kenji", "where you live?",
                     "i live near the river too! maybe we are neighbor")
    assert reply.kind is not ReplyKind.COMMON_GROUND, reply.text
    assert not any(line in reply.text
                   for line in PartnerWording.load().lines["common_ground"]), reply.text


def test_a_learners_weekend_question_is_of_pastimes() -> None:
    """"what you do in weekend?" got its work story."""
    assert TopicFinder.default().find(with_auxiliary("what you do in weekend?")).topics[0] is (
        Topic.HOBBIES)


def test_what_got_you_into_it_is_how_it_began(matcher: Matcher) -> None:
    """"What got you into it?" after its job got the next step of its work story; the card
    says how it began ("I started out as an illustrator ...")."""
    partner = Partner(load_scenario("networking"), seed=29, persona="Priya")
    *_, reply = talk(partner, matcher, "Hi! I'm Sam, I'm a data scientist.", "What do you do?",
                     "What got you into it?")
    assert "started out" in reply.text, reply.text


def test_which_one_of_its_own_workplace_gets_a_light_answer(matcher: Matcher) -> None:
    """"Oh cool, a bank! Which one?" got "Hm, good question. I'm not sure, to be honest."."""
    partner = Partner(load_scenario("networking"), seed=29, persona="Priya")
    *_, reply = talk(partner, matcher, "Hi! I'm Sam, I'm a data scientist.", "What do you do?",
                     "Oh cool, a bank! Which one?")
    assert reply.parts[0] in PartnerWording.load().lines["which_one"], reply.text


def test_do_you_enjoy_its_field_is_a_liking(matcher: Matcher) -> None:
    """"Do you enjoy design?" got "Yes, I'm a designer." (written for "are you a designer?")."""
    partner = Partner(load_scenario("networking"), seed=29, persona="Priya")
    *_, reply = talk(partner, matcher, "Hi! I'm Sam.", "Do you enjoy design?")
    assert reply.parts[0] in PartnerWording.load().lines["like_it"], reply.text


@pytest.mark.parametrize(("question", "name"), [("What's your son's name?", "Femi"),
                                                ("What's your grandson called?", "Kofi")])
def test_the_one_of_its_people_asked_for_by_word_is_named(matcher: Matcher, question: str,
                                                          name: str) -> None:
    """Grace tells of a son and a grandson: "What's your grandson called?" got the son's name
    (a second reader of the family facts)."""
    partner = Partner(load_scenario("neighbour"), seed=3, persona="Grace")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam.", question)
    assert name in reply.text, reply.text


def test_their_childs_name_asked_back_is_remembered_whatever_word_they_used(
        matcher: Matcher) -> None:
    """"Do you remember my son's name?" after "I have a little boy, he's three. His name is
    Omar." got the next step of the partner's own family story."""
    partner = Partner(load_scenario("neighbour"), seed=33)
    *_, reply = talk(partner, matcher, "Hi, yes, I'm Lina, I just moved into number 6.",
                     "I have a little boy, he's three. His name is Omar.",
                     "Do you remember my son's name?")
    assert "Omar" in reply.text, reply.text


def test_the_hardest_part_asked_after_its_job_is_answered(matcher: Matcher) -> None:
    """"What's the hardest part?" right after its job (an encourager to the classifier) got
    "So that was that, really.", the end of its story."""
    partner = Partner(load_scenario("club"), seed=37, persona="Robin")
    *_, reply = talk(partner, matcher, "Hi! Yes, I was here last week. I'm Ben.",
                     "what do you do?", "Do you like it?", "What's the hardest part?")
    assert "that was that" not in reply.text and "not sure" not in reply.text, reply.text
    assert reply.topic is Topic.WORK, reply.text


@pytest.mark.parametrize(("lines", "said"), [
    (("Hi, I'm Lena.", "Do you remember what my name is, by the way?"), "Lena"),
    (("Hi, I'm Jo.", "Honestly I almost didn't come tonight, I got made redundant on Friday "
      "and I'm not really in a party mood.", "Do you remember why I'm not in a party mood?"),
     "you got made redundant"),
])
def test_more_ways_of_asking_it_to_remember(matcher: Matcher, lines: tuple[str, ...],
                                            said: str) -> None:
    """An eleventh play-test: "Do you remember what my name is, by the way?" and "Do you
    remember why I'm not in a party mood?" got "I'm not sure, to be honest."."""
    partner = Partner(load_scenario("party"), seed=2)
    *_, reply = talk(partner, matcher, *lines)
    assert said in reply.text, reply.text


def test_how_they_know_the_host_said_late_gets_its_own_story(matcher: Matcher) -> None:
    """A nervous newcomer's "through work, sort of. my manager is Sam's friend" (answering "how
    do you know Sam?" a line late) got "Oh, right! What's your favourite thing to cook?"."""
    partner = Partner(load_scenario("party"), seed=41, persona="Riley")
    *_, reply = talk(partner, matcher, "hi", "um, I'm Dana. I don't really know anyone.",
                     "through work, sort of. my manager is Sam's friend")
    assert any(line in reply.text for line in fact_lines(partner, Topic.REASON)), reply.text


@pytest.mark.parametrize(("line", "leaving"), [("thanks. i should go find my manager", True),
                                               ("I need to find my manager's office, where is "
                                                "it?", False),
                                               # a sweep of goodbyes: "Ugh, poor you."
                                               ("Time for me to go, my bus is in five minutes.",
                                                True),
                                               ("what time do you go home?", False)])
def test_going_to_find_the_manager_is_taking_leave(line: str, leaving: bool) -> None:
    """A nervous newcomer's "thanks. i should go find my manager" got "What made you go for
    this job?"."""
    assert cues.is_goodbye(line) is leaving


@pytest.mark.parametrize(("scene", "text", "pool"), [
    ("party", "Okay, I'm going to get another drink. Want me to grab you one?", "accept_treat"),
    ("party", "Oh perfect, I'll grab some. Do you want a slice?", "accept_treat"),
    ("first_day", "Could we get noodles together at lunch?", "accept_invitation"),
    ("first_day", "maybe we eat lunch together?", "accept_invitation"),
    ("first_day", "Coffee at eleven? I'll bring the biscuits.", "accept_plan"),
    ("club", "good luck with the mugs! same time next week?", "accept_plan"),
    ("neighbour", "Could you knock if she barks too much?", "agree_favour"),
    ("party", "Could you ask at the hospital about admin jobs for me?", "agree_favour"),
    ("networking", "Can I add you on LinkedIn?", "connect"),
    # this session's sweep of offers over every scene: the local café, the bar, "I couldn't
    # say" and "Mm, right."
    ("neighbour", "Shall I get you a coffee?", "accept_treat"),
    ("networking", "Can I buy you a drink?", "accept_treat"),
    ("party", "Do you want to add me on Instagram?", "connect"),
    ("club", "I can give you a lift home if you like.", "offer_thanks"),
    ("party", "fancy meeting up next week", "accept_invitation"),  # as speech writes it
    # a fourteenth play-test: the day and the time of a plan agreed got "Oh, I couldn't say"
    ("first_day", "Great, is 12:30 okay? Meet by the lifts?", "accept_time"),
    ("neighbour", "Great! Saturday at seven? I'm at number 4.", "accept_time"),
    ("networking", "Great! Is Thursday good for you? I can come to wherever you work.",
     "accept_time"),
    ("networking", "Anyway, I'll email you about Thursday. What's your email?", "give_card"),
    ("networking", "thanks that would be great can i give you my email", "card_back"),
    ("club", "Great, Thursday at the café next door? Six o'clock?", "accept_time"),
    ("party", "Anyway, shall I get us some drinks?", "accept_treat"),
    ("club", "Hey, would you fancy going for a pint after class next week?",
     "accept_invitation"),
    ("networking", "Here's my card. What's the best way to reach you?", "give_card"),
    ("neighbour", "Oh right, cricket, got it. Fancy coming to the five-a-side this Sunday "
     "anyway?", "accept_invitation"),
    ("club", "I passed my test, so I can drive now. Want a lift home next week?", "offer_thanks"),
])
def test_an_offer_a_plan_or_a_favour_gets_a_yes(matcher: Matcher, scene: str, text: str,
                                               pool: str) -> None:
    """An eleventh play-test: "Want me to grab you one?" got "Have you been up to anything fun
    lately?", "same time next week?" the card's mugs, "Could you knock if she barks too much?"
    "Oh, I couldn't say, really.", "Could we get noodles together at lunch?" the noodle bar."""
    partner = Partner(load_scenario(scene), seed=3)
    _, reply = talk(partner, matcher, "hi", text)
    assert reply.parts[0] in PartnerWording.load().lines[pool], reply.text


@pytest.mark.parametrize("text", [
    "Well, my wife is picking me up, I'd better not keep her waiting. Same time next week?",
    "Right, time to go. Could you save me a wheel next week if you're early?",
    "It was lovely meeting you. Can I add you on LinkedIn?",
    "Okay, I need to catch my bus. Say hi to your sister from the stranger at pottery!",
    "ok i must go to my desk now. maybe we eat lunch together?",
])
def test_a_request_made_in_leaving_gets_a_yes_and_a_goodbye(matcher: Matcher, text: str) -> None:
    """Asked in a goodbye, a favour got only "See you! Take care." or a new question ("Save me
    a seat next week, okay?" got "Are you going anywhere after this?")."""
    wording = PartnerWording.load().lines
    partner = Partner(load_scenario("club"), seed=4)
    _, reply = talk(partner, matcher, "hi", text)
    yes = {*wording["accept_invitation"], *wording["accept_plan"], *wording["agree_favour"],
           *wording["connect"]}
    assert reply.parts[0] in yes, reply.text
    assert partner.said_goodbye and "?" not in reply.text, reply.text


def test_a_treat_offered_on_the_way_to_the_drinks_is_no_goodbye(matcher: Matcher) -> None:
    """"I'm going to get another drink. Want me to grab you one?": they will be back."""
    partner = Partner(load_scenario("party"), seed=2)
    _, reply = talk(partner, matcher, "hi",
                    "Okay, I'm going to get another drink. Want me to grab you one?")
    assert reply.parts[0] in PartnerWording.load().lines["accept_treat"], reply.text
    assert not partner.said_goodbye


@pytest.mark.parametrize(("told", "question", "remembered"), [
    ("I just got into a master's programme, it's in urban planning.",
     "Do you remember what I'm going to study?", "urban planning"),
    ("No, I came with my friend Ellie, she knows Sam from uni.",
     "Do you remember who I came with tonight?", "Ellie"),
    ("I run a bakery and I just opened a second shop last week!",
     "Do you remember how many shops I have now?", "second shop"),
    ("I was a civil engineer myself, forty years on roads.",
     "Do you remember what I used to do for work?", "civil engineer"),
    ("I was in Birmingham before. It's much quieter here.",
     "Do you remember where I moved from?", "Birmingham"),
    ("My dog arrives next week. Her name is Mango.", "Do you remember my dog's name?", "Mango"),
    # (the name asked, the name said: "Pickle, wasn't it?")
    ("Ha, okay. Yes, I have a rabbit called Pickle!", "And what's my rabbit called?",
     "Pickle"),
    ("he was 14, a scruffy terrier called Biscuit. the house is so quiet now",
     "do you remember what my dog was called?", "Biscuit"),
])
def test_what_they_told_is_remembered_when_asked_in_other_words(
        matcher: Matcher, told: str, question: str, remembered: str) -> None:
    """An eleventh play-test: 20 of 31 questions testing the partner's memory failed ("Do you
    remember what I used to do for work?" got "Hm, I don't think you said, actually!", "what's
    my rabbit called?" "You said Ha, okay. Yes, you have a rabbit called Pickle!")."""
    partner = Partner(load_scenario("neighbour"), seed=5)
    *_, reply = talk(partner, matcher, "Hi, I'm Ola.", told, "Nice. And how about you?",
                     question)
    assert remembered in reply.text, reply.text
    assert not reply.text.startswith(("You said Ha", "You said No")), reply.text


def test_an_answer_to_its_own_question_is_remembered_by_the_question(
        matcher: Matcher) -> None:
    """"What are you hoping to make?" - "a mug I think", then "do you remember what I want to
    make?" got "How has your week been?"."""
    partner = Partner(load_scenario("club"), seed=15)
    *_, asked = talk(partner, matcher, "Hi, I'm Sofia.", "Yes, it's my first time.")
    assert asked.text.endswith("What are you hoping to make?"), asked.text
    *_, reply = talk(partner, matcher, "a mug I think, one that doesn't leak.",
                     "do you remember what I want to make?")
    assert "a mug" in reply.text, reply.text


@pytest.mark.parametrize(("text", "job", "place"), [
    ("Bridges! I was a civil engineer myself, forty years on roads.", "civil engineer", None),
    ("I used to be a teacher", "teacher", None),
    ("I was a bit tired after the drive", None, None),
    ("I was in Birmingham before. Where do you buy spices?", None, "Birmingham"),
    ("Before that I lived in Leeds, for ten years.", None, "Leeds"),
    ("I was in Paris last summer, it was lovely", None, None),
])
def test_a_job_held_and_a_place_lived_before_are_told(text: str, job: str | None,
                                                      place: str | None) -> None:
    """"I was a civil engineer myself" and "I was in Birmingham before" were not heard as a
    job or a home, so "do you remember ...?" got "I don't think you said"; a trip is no
    home."""
    told = disclosure(text)
    assert (told.job, told.place) == (job, place)


@pytest.mark.parametrize(("scene", "seed", "question", "pool"), [
    ("club", 19, "Crosswords! Do you do the cryptic ones or the normal ones?", "both_really"),
    ("club", 24, "do you think i could make a vase by christmas? for my daughter", "think_so"),
    ("neighbour", 14, "how many babies did you deliver", "quite_a_few"),
    ("first_day", 19, "So you'll be seeing a lot of me! Did you have a nice weekend?",
     "quiet_days"),
])
def test_a_question_the_card_has_no_line_on_is_answered_by_its_form(
        matcher: Matcher, scene: str, seed: int, question: str, pool: str) -> None:
    """An eleventh play-test met "Hm, good question. I'm not sure, to be honest." 43 times,
    about the partner's own life and views: a person with no story to tell still says "a bit
    of both", "I think so", "quite a few" or "quiet, thanks"."""
    partner = Partner(load_scenario(scene), seed=seed)
    _, reply = talk(partner, matcher, "Hi!", question)
    wording = PartnerWording.load().lines
    assert any(line in reply.text for line in wording[pool]), reply.text
    assert not any(line in reply.text for line in wording["no_answer"]), reply.text


def test_asked_if_it_is_of_a_people_whose_place_its_card_names_it_says_yes(
        matcher: Matcher) -> None:
    """"But you didn't say, are you Nigerian?" to Grace, who grew up in Lagos, got "Hm, good
    question. I'm not sure, to be honest."."""
    partner = Partner(load_scenario("neighbour"), seed=20)
    assert partner.name == "Grace"
    _, reply = talk(partner, matcher, "Hi, I'm Amara.", "Ha, I'm Ghanaian. Are you Nigerian?")
    assert reply.text.startswith(tuple(PartnerWording.load().lines["yes_from"])), reply.text
    assert "Lagos" in reply.text, reply.text
    other = Partner(load_scenario("neighbour"), seed=20)
    _, reply = talk(other, matcher, "Hi, I'm Amara.", "Are you Scottish?")
    assert not reply.text.startswith(tuple(PartnerWording.load().lines["yes_from"])), reply.text


def test_her_name_asked_after_its_child_is_named(matcher: Matcher) -> None:
    """"Congratulations on your daughter! What's her name?" got "Oh, I couldn't say, really."
    from Tom, whose card names his daughter Lily."""
    partner = Partner(load_scenario("first_day"), seed=20)
    assert partner.name == "Tom"
    _, reply = talk(partner, matcher, "Hi, I'm Sven.",
                    "Quiet, thanks. Congratulations on your daughter! What's her name?")
    assert "Lily" in reply.text, reply.text


def test_thanks_for_a_tip_then_a_question_is_no_request_for_advice(matcher: Matcher) -> None:
    """"Good tip. So, what are you working on right now?" got another tip ("Ask people what
    they're working on right now.")."""
    partner = Partner(load_scenario("networking"), seed=19)
    _, reply = talk(partner, matcher, "Hi, I'm Elif.",
                    "Good tip. So, what are you working on right now?")
    assert reply.kind is not ReplyKind.ADVICE, reply.text
    assert cues.asks_advice("Any tips for parking round here?")
    assert not cues.asks_advice("Thanks for the tip! Where do you live?")


def test_asked_to_choose_between_two_it_picks_one(matcher: Matcher) -> None:
    """"What would you recommend I make next week, a bowl or a vase?" got "Keep your elbows
    tucked in."."""
    partner = Partner(load_scenario("club"), seed=17)
    _, reply = talk(partner, matcher, "Hi",
                    "What would you recommend I make next week, a bowl or a vase?")
    assert "bowl" in reply.text and "elbows" not in reply.text, reply.text


@pytest.mark.parametrize("seed", range(1, 11))
def test_do_you_live_alone_is_answered_from_the_card(matcher: Matcher, seed: int) -> None:
    """"Do you live alone?" got "No, I'm from Leicester."; "do you live alone or with
    someone?" got where the partner lives. A card with a partner says so; none, on its own."""
    for question in ("Do you live alone?", "do you live on your own or with someone?"):
        partner = Partner(load_scenario("party" if seed % 2 else "neighbour"), seed=seed)
        _, reply = talk(partner, matcher, "Hi, I'm Sam.", question)
        family = " ".join(fact_lines(partner, Topic.FAMILY))
        partnered = re.search(r"\b(wife|husband|partner)\b", family)
        alone = reply.text.startswith(tuple(PartnerWording.load().lines["live_alone"]))
        assert not (partnered and alone), reply.text
        assert re.search(r"\b(wife|husband|partner|just me|on my own|housemates)\b",
                         reply.text, re.IGNORECASE) or alone, reply.text


def test_a_question_they_answer_themselves_is_no_memory_test(matcher: Matcher) -> None:
    """"And what do I do for work? Oh wait, I never told you, haha. I'm a vet." got "You told
    me you're a total wimp with chilli!"."""
    partner = Partner(load_scenario("party"), seed=19)
    *_, reply = talk(partner, matcher, "Hi, I'm Ali.", "I'm a total wimp with chilli.",
                     "And what do I do for work? Oh wait, I never told you, haha. I'm a vet.")
    assert "vet" in reply.text and "chilli" not in reply.text, reply.text


def test_a_one_or_two_word_answer_to_its_question_is_asked_on_about(matcher: Matcher) -> None:
    """"taylor swift", to "Who have you been listening to lately?", got "Mm, I see. Do you bake
    at all?"."""
    partner = Partner(load_scenario("club"), seed=12)
    *_, asked = talk(partner, matcher, "yeah", "no. alone", "its ok. hard",
                     "umm not really. i like pop i guess")
    assert asked.text.endswith("?"), asked.text
    reply = talk(partner, matcher, "taylor swift")[0]
    music = PartnerWording.load().follow_up[Topic.MUSIC]
    assert any(line in reply.text for line in music), reply.text


@pytest.mark.parametrize("text", [
    "I'm Elif, I run a small bakery and I just opened a second shop last week!",
    "We finally launched our app last month!",
])
def test_a_shop_or_an_app_opened_is_good_news(matcher: Matcher, text: str) -> None:
    """"I run a small bakery and I just opened a second shop last week!" got "Ah, a small
    bakery, nice. What's the best part of your job?"."""
    partner = Partner(load_scenario("networking"), seed=19)
    _, reply = talk(partner, matcher, "Hi!", text)
    wording = PartnerWording.load().lines
    assert any(line in reply.text for line in (*wording["congratulate"],
                                               *wording["congratulate_brief"])), reply.text


def test_good_news_told_with_its_cost_is_met_with_gladness(matcher: Matcher) -> None:
    """"Did I mention I opened a second one last week? I'm exhausted but proud." got "Oh,
    that sounds like a lot. Oh, I couldn't say, really."."""
    partner = Partner(load_scenario("networking"), seed=19)
    _, reply = talk(partner, matcher, "Hi!", "Busy! Up at four, baking, then the shop. Did I "
                    "mention I opened a second one last week? I'm exhausted but proud.")
    wording = PartnerWording.load().lines
    assert reply.parts[-1] in wording["proud_of_you"], reply.text
    assert not any(line in reply.text for line in wording["no_answer"]), reply.text


def test_how_they_are_after_a_loss_is_met_kindly_not_with_a_new_topic(
        matcher: Matcher) -> None:
    """"some days better than others. this class helps", to "How are you holding up?" after
    "my husband passed away in the spring", got "Mm, right. What would you like to make by the
    end of the course?"; a plain answer after a moan about a commute is no loss."""
    partner = Partner(load_scenario("club"), seed=24)
    *_, reply = talk(partner, matcher, "Hi, I'm Ruth.",
                     "to be honest it's been hard, my husband passed away in the spring",
                     "some days better than others. this class helps. getting my hands dirty")
    assert reply.parts[0] in PartnerWording.load().lines["comfort_on"], reply.text


@pytest.mark.parametrize(("text", "name"), [
    ("Sam baked that? I'm impressed. The party's nice, yeah.", None),
    ("My mother has restaurant in Krakow, I cook since I am child. You like to cook?", None),
    ("yes first time. i am Li Wei, i am student of computer science.", "Li Wei"),
    ("hi im chris how do you know sam", "Chris"),
])
def test_a_feeling_or_a_learners_child_is_no_name(text: str, name: str | None) -> None:
    """An eleventh play-test: "Lovely to meet you, Impressed." and "Nice to meet you, Child!";
    "i am Li Wei" was greeted with no name at all."""
    assert disclosure(text).name == name


@pytest.mark.parametrize(("scene", "seed", "told", "not_asked"), [
    ("networking", 23, "yes first time. i am Li Wei, i am student of computer science. i come "
     "for find internship", "What are you studying?"),
    ("networking", 13, "yeah first time my friend dragged me here shes over there somewhere um "
     "im sam", "How did you hear about the meetup?"),
    ("party", 19, "Ha, I'm the plus one of a plus one, so barely. I'm Jess. How about you, how "
     "do you know Sam?", "How do you know Sam?"),
])
def test_what_they_just_told_is_not_asked(matcher: Matcher, scene: str, seed: int, told: str,
                                          not_asked: str) -> None:
    """An eleventh play-test: 18 replies asked what the user had just said."""
    partner = Partner(load_scenario(scene), seed=seed)
    [reply] = talk(partner, matcher, told)
    assert not_asked not in reply.text, reply.text


def test_did_you_just_move_here_gets_a_yes_from_a_card_new_in_town(matcher: Matcher) -> None:
    """"Settled in? Did you just move here?" got "No, I'm from Glasgow." from Marcus, two
    months in town."""
    partner = Partner(load_scenario("networking"), seed=23)
    assert partner.name == "Marcus"
    _, reply = talk(partner, matcher, "Hi, I'm Li.", "Settled in? Did you just move here?")
    assert reply.text.startswith(tuple(PartnerWording.load().lines["yes_short"])), reply.text
    assert "Glasgow" in reply.text, reply.text


def test_her_name_asked_or_not_told_is_given(matcher: Matcher) -> None:
    """After Tom's "My daughter is four months old", "What's her name?" got "She doesn't sleep
    much" and "But you didn't tell me her name!" "Oh, don't worry, lots of people here feel
    the same. How was it?" (an eleventh play-test)."""
    partner = Partner(load_scenario("first_day"), seed=19)
    *_, told = talk(partner, matcher,
                    "Yes, I started this morning. I'm Beatriz, I'm the new office manager.",
                    "Keeping everything running. Did you have a nice weekend?",
                    "Good so far. What did you get up to?")
    assert "daughter" in told.text, told.text
    asked = talk(partner, matcher, "Oh congratulations! Four months. What's her name?")[0]
    assert "Lily" in asked.text and "Sara" not in asked.text, asked.text
    again = Partner(load_scenario("first_day"), seed=19)
    talk(again, matcher, "Yes, I started this morning. I'm Beatriz, I'm the new office manager.",
         "Keeping everything running. Did you have a nice weekend?",
         "Good so far. What did you get up to?")
    reply = talk(again, matcher, "Quiet. But you didn't tell me her name!")[0]
    assert "Lily" in reply.text and "Sara" not in reply.text, reply.text


def test_a_learners_yes_is_my_first_day_is_told_not_asked(matcher: Matcher) -> None:
    """"yes, is my first day today. i am very nervous" got "Oh, I couldn't say, really." as if
    asked something."""
    partner = Partner(load_scenario("first_day"), seed=12)
    [reply] = talk(partner, matcher, "yes, is my first day today. i am very nervous")
    assert not any(line in reply.text for line in PartnerWording.load().lines["no_answer"]), (
        reply.text)


def test_the_hardest_part_is_the_cards_own_sentence_on_it(matcher: Matcher) -> None:
    """"What's the hardest part of user research?" got "My job is basically asking good
    questions and then being quiet." though Marcus's card says what is hardest."""
    partner = Partner(load_scenario("networking"), seed=23)
    _, reply = talk(partner, matcher, "Hi, I'm Li.", "What's the hardest part of user research?")
    assert "hardest part" in reply.text.lower(), reply.text
    assert reply.text.split(".")[0] in " ".join(fact_lines(partner, Topic.WORK)), reply.text


def test_a_good_place_for_lunch_is_the_cards_place_round_the_corner(matcher: Matcher) -> None:
    """"Where's a good place to get lunch around here?" got the scene's "Come to the Friday
    lunch." from Aisha, whose card knows a noodle bar round the corner."""
    partner = Partner(load_scenario("first_day"), seed=13)
    _, reply = talk(partner, matcher, "Hi, I'm Li.",
                    "Where's a good place to get lunch around here?")
    assert "round the corner" in reply.text, reply.text


def test_the_hardest_part_asked_after_a_remark_is_no_request_for_advice(
        matcher: Matcher) -> None:
    """"Lots of meetings and spreadsheets. A form, that sounds fiddly. What's the hardest
    part?" got "Keep a small portfolio on your phone." (the classifier heard a request)."""
    partner = Partner(load_scenario("networking"), seed=18)
    _, reply = talk(partner, matcher, "Hi, I'm Ola.", "Lots of meetings and spreadsheets. A "
                    "form, that sounds fiddly. What's the hardest part?")
    assert reply.kind is not ReplyKind.ADVICE, reply.text


def test_the_hardest_part_asked_while_it_tells_of_its_job_is_what_is_hard(
        matcher: Matcher) -> None:
    """"I'm a nurse, but I want to move into health tech. What's the hardest part of user
    research?", right after Marcus told of his work, got the next line of his story."""
    partner = Partner(load_scenario("networking"), seed=12)
    lines = [line.strip() for line in (
        "Yeah, first time. My colleague was supposed to come but she bailed. I'm Noor.",
        "Um, jazz mostly. So what does your partner do? And what do you do?",
        "I'm a nurse, but I want to move into health tech, that's why I'm here. What's the "
        "hardest part of user research?")]
    *_, reply = talk(partner, matcher, *lines)
    assert "hardest part" in reply.text.lower(), reply.text


@pytest.mark.parametrize("told", ["Hey! Yeah, Sam's my cousin actually. I'm Leo.",
                                  "Hi, I'm Leo. I'm Sam's flatmate."])
def test_how_they_know_the_host_said_of_sam_answers_the_opener(matcher: Matcher,
                                                               told: str) -> None:
    """"Hey! Yeah, Sam's my cousin actually. I'm Leo.", to "Are you a friend of Sam's too?",
    got "Nice to meet you, Leo! I'm Jordan. Have you got any plans for the summer?": how the
    partner knows Sam comes back, as it does for "I work with Sam"."""
    partner = Partner(load_scenario("party"), seed=15)
    [reply] = talk(partner, matcher, told)
    reason = partner.persona.facts[Topic.REASON]
    assert reason.answer in reply.text or reason.yes_no in reply.text, reply.text


@pytest.mark.parametrize(("text", "pool"), [
    ("Fancy a biscuit?", "accept_treat"),
    ("Could you keep my seat for a sec? I need the loo.", "agree_favour"),
    ("Would you mind sending me the link later?", "agree_favour"),
    ("Can we talk about something else?", "change_subject"),
])
def test_more_offers_favours_and_a_change_of_subject(matcher: Matcher, text: str,
                                                    pool: str) -> None:
    """Lines of my own in the eleventh play-test's groups, worded otherwise: "Fancy a
    biscuit?" got Sam's curry, "Can we talk about something else?" "Oh, I couldn't say"."""
    partner = Partner(load_scenario("party"), seed=1)
    _, reply = talk(partner, matcher, "Hi, I'm Sam.", text)
    assert reply.parts[0] in PartnerWording.load().lines[pool], reply.text


def test_asked_if_it_is_of_a_people_it_is_not_it_says_no(matcher: Matcher) -> None:
    """"Are you Scottish?" of Dev, from Leicester, got "Oh, I couldn't say, really."."""
    partner = Partner(load_scenario("neighbour"), seed=3, persona="Dev")
    _, reply = talk(partner, matcher, "Hi, I'm Sam.", "Are you Scottish?")
    assert reply.text.startswith(tuple(PartnerWording.load().lines["no_from"])), reply.text
    assert "Leicester" in reply.text, reply.text


@pytest.mark.parametrize(("text", "pools"), [
    ("Yes, I like cooking. I make pierogi. You want try some?", ("accept_treat",)),
    ("Do you want a few? I'm giving them away free, no extra charge.", ("accept_treat",)),
    ("Oh look, is that free wine over there? Want to grab one?", ("accept_invitation",)),
    ("Would you be up for grabbing a coffee sometime? I'd love to pick your brain.",
     ("accept_invitation",)),
    ("I didn't ask about cooking. I invited you for a drink on Saturday!",
     ("accept_invitation",)),
    ("Hey, if you fancy it, come up for a drink on Saturday after the market?",
     ("accept_invitation",)),
    ("Okay, I go home now. Next week, you help me with bowl, please?", ("help_yes",)),
    # a seventeenth play-test: "I'll bring pierogi" got "Oh, I see. How was it?"
    ("I'll bring pierogi next time!", ("accept_treat",)),
    ("I can bring some cake on Saturday, if you like.", ("accept_treat",)),
    ("Right, I'm off. Could you bring your bridge photos next week?", ("agree_favour",)),
    ("Anyway, I'd better go. Knock if you need sugar or anything.", ("offer_later_thanks",)),
    ("Anyway, I should go. Can I have your card?", ("give_card",)),
    ("Great. I should go. Could you introduce me to anyone here who might need a translator?",
     ("introduce",)),
    ("Okay. Well, I'll let you go. Could I message you on LinkedIn some time?", ("connect",)),
])
def test_a_twelfth_play_tests_offers_and_requests_get_a_yes(
        matcher: Matcher, text: str, pools: tuple[str, ...]) -> None:
    """A twelfth blind play-test: about 30 offers, invitations and requests were ignored,
    most in new words ("You want try some?", "Want to grab one?", "I invited you for a drink
    on Saturday!") or inside a goodbye ("Can I have your card?" got "Lovely talking to you. See
    you around!")."""
    partner = Partner(load_scenario("neighbour"), seed=7)
    _, reply = talk(partner, matcher, "Hi, I'm Mia.", text)
    wording = PartnerWording.load().lines
    assert reply.parts[0] in {line for pool in pools for line in wording[pool]}, reply.text


@pytest.mark.parametrize("text", ["we should have another independence referendum and soon",
                                  "can you show me how to set up the bench",
                                  "We should do a jam sometime, what do you play?"])
def test_lines_like_a_proposal_that_are_not_one(matcher: Matcher, text: str) -> None:
    """Politics put as "we should" is stepped away from, help asked now is no favour for
    later, and a question with it is answered."""
    partner = Partner(load_scenario("party"), seed=7)
    _, reply = talk(partner, matcher, "Hi, I'm Mia.", text)
    wording = PartnerWording.load().lines
    yes = {line for pool in ("accept_invitation", "agree_favour", "accept_treat")
           for line in wording[pool]}
    assert reply.parts[0] not in yes, reply.text


@pytest.mark.parametrize(("told", "question", "remembered"), [
    ("I'm Kit. I just got offered my dream job this afternoon, at a games studio!",
     "Do you remember what my news was today?", "dream job"),
    ("Hi, I'm Ellie. One brother, he lives in Spain.", "Right about Spain. And my name?",
     "Ellie"),
    ("So far I've found the coffee machine and lost my lanyard.",
     "Do you remember what I've found so far?", "so far you've found"),
])
def test_a_twelfth_play_tests_memory_checks(matcher: Matcher, told: str, question: str,
                                           remembered: str) -> None:
    """A twelfth play-test: "And my name?" failed 5 times in 5, "what was my news?" 4 in 4,
    and "So far I've found ..." came back as "You told me far you've found ..."."""
    partner = Partner(load_scenario("first_day"), seed=8)
    *_, reply = talk(partner, matcher, told, "Nice. And how about you?", question)
    assert remembered in reply.text, reply.text


@pytest.mark.parametrize(("scene", "name", "roots"), [
    ("party", "Jordan", "I grew up by the sea."), ("networking", "Marcus", "Glasgow"),
    ("neighbour", "Grace", "Lagos")])
def test_where_are_you_from_originally_is_its_roots_when_its_home_says(
        matcher: Matcher, scene: str, name: str, roots: str) -> None:
    """"Where are you from originally?" got "I live about ten minutes away, near the river." from
    Jordan, whose home fact says it grew up by the sea (a twelfth play-test)."""
    partner = Partner(load_scenario(scene), seed=3, persona=name)
    _, reply = talk(partner, matcher, "Hi, I'm Sam.", "Where are you from originally?")
    assert roots in reply.text, reply.text


@pytest.mark.parametrize(("text", "wow"), [
    ("Tiring but amazing. Yesterday I delivered six puppies! Do you have any pets?", True),
    ("We missed the train and waited two hours!", False),
    ("I delivered six puppies yesterday.", False),
])
def test_something_they_did_told_with_an_exclamation_gets_a_wow(matcher: Matcher, text: str,
                                                               wow: bool) -> None:
    """"Yesterday I delivered six puppies!" was passed over three times in a twelfth play-test
    (the pets question beside it is still answered); a mishap gets no "wow"."""
    partner = Partner(load_scenario("party"), seed=3)
    _, reply = talk(partner, matcher, "Hi, I'm Beth.", text)
    said = reply.parts[0] in PartnerWording.load().lines["react_wow"]
    assert said is wow, reply.text


def test_do_you_like_living_here_gets_no_no_from_a_card_that_lives_elsewhere(
        matcher: Matcher) -> None:
    """"yes! do you like living here?" got "No, I'm an hour away on the train" from Priya, who
    loves her home by the coast (a session of my own, as a nervous newcomer)."""
    partner = Partner(load_scenario("networking"), seed=51)
    _, reply = talk(partner, matcher, "Hi, I'm Omar.", "yes! do you like living here?")
    assert not reply.text.startswith("No"), reply.text
    assert partner.persona.facts[Topic.HOME].answer in reply.text, reply.text


@pytest.mark.parametrize(("told", "asked", "want"), [
    ("Pets? Ha, random, but yes, a very fat cat called Dumpling who is probably asleep on my "
     "laptop bag right now. What about you, which team are you in?",
     "Perfect, thanks! By the way, do you remember my cat's name?",
     "Dumpling"),  # (the name asked, the name said)
])
def test_a_thing_of_theirs_said_back_from_memory_is_no_broken_sentence(
        matcher: Matcher, told: str, asked: str, want: str) -> None:
    """"You told me a very fat cat called Dumpling who is probably asleep on your laptop bag
    right now!" (a sixteenth play-test): the thing, without the clause after it."""
    partner = Partner(load_scenario("first_day"), seed=5, persona="Tom")
    *_, reply = talk(partner, matcher, "Hi, I'm Sam, it's my first day.", told, asked)
    assert reply.text.startswith(want), reply.text
    assert "asleep" not in reply.text and "You told me a" not in reply.text, reply.text
