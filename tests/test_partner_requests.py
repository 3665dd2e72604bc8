"""Help asked for, a drink offered, details swapped: a person says yes (a fifteenth play-test:
"Can you help me with the wifi password?" got "Ah, fair enough. Yes, I'm a developer on the
website team.", and "I'm going to get a drink, want anything?" got "I can manage")."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner import Partner, PartnerWording, UserLine
from voicecoach.coaching.persona import load_scenario
from voicecoach.understanding.match import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


@pytest.mark.parametrize(("scene", "persona", "text", "key"), [
    ("first_day", "Aisha", "Website, cool. Can you help me with the wifi password? My laptop "
     "won't connect.", "help_yes"),
    ("first_day", "Tom", "Can you help me with something? I don't know how to book a meeting "
     "room.", "help_yes"),
    ("club", "Robin", "Sorry, I mean, you can help me with glaze colour? Next Tuesday?",
     "help_yes"),
    ("party", "Jordan", "But I ask you: you can teach me bake a cake, next Saturday afternoon?",
     "help_yes"),
    ("party", "Riley", "Okay, I really need a drink now. Sure you don't want anything? I'm "
     "passing the kitchen.", "accept_treat"),
    ("neighbour", "Grace", "Do you need anything from the shop? I'm popping out now, happy to "
     "get you milk or bread.", "accept_treat"),
    ("networking", "Priya", "Through a university project, actually. Hey, can we swap LinkedIn?",
     "connect"),
    ("networking", "Marcus", "It was great chatting. So I'll add you on LinkedIn?", "connect"),
])
def test_help_asked_a_treat_offered_and_details_swapped_get_a_yes(
        matcher: Matcher, scene: str, persona: str, text: str, key: str) -> None:
    partner = Partner(load_scenario(scene), seed=5, persona=persona)
    partner.reply(UserLine("Hi, I'm Ana.", matcher.match("Hi, I'm Ana.").labels))
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.text.startswith(PartnerWording.load().lines[key]), reply.text


@pytest.mark.parametrize(("text", "local_words"), [
    ("Website, cool. Can you help me with the wifi password? My laptop won't connect.", "IT"),
    ("Can you help me with something? I don't know how to book a meeting room.", "floor"),
])
def test_help_with_something_the_scene_knows_comes_with_what_it_knows(
        matcher: Matcher, text: str, local_words: str) -> None:
    """"Of course, I'd be happy to help!" with nothing after it read as empty help."""
    partner = Partner(load_scenario("first_day"), seed=5, persona="Aisha")
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert local_words in reply.text, reply.text


def test_help_to_find_a_place_it_does_not_know_is_no_empty_yes(matcher: Matcher) -> None:
    text = "I like to cook pierogi. But first I need shop! Please, can you help me find a sauna?"
    partner = Partner(load_scenario("club"), seed=5, persona="Robin")
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] not in PartnerWording.load().lines["help_yes"], reply.text


@pytest.mark.parametrize("text", [
    "Bridges, that's so cool! Hey, fancy grabbing a coffee before class next Tuesday at 6?",
    "Ha, chips, sure. But seriously, coffee next Tuesday at 6, before class? Yes or no?",
    "ok cool thanks hey do you wanna grab bubble tea after class on friday at 8 if youre free",
    "So, dinner after the next meetup, yes or no?",
    "Could you look at my portfolio sometime? Maybe coffee next Wednesday at 10?",
    "Um, I asked about coffee next Wednesday at 10 to look at my portfolio? Would that work "
    "for you?",
])
def test_a_plan_put_with_its_time_in_any_words_gets_a_yes(matcher: Matcher, text: str) -> None:
    """A sixteenth play-test: six of eleven such invitations met a stock line ("Oh, I couldn't
    say, really.", "Yes, I love food.")."""
    partner = Partner(load_scenario("club"), seed=5, persona="Robin")
    partner.reply(UserLine("Hi, I'm Ana.", matcher.match("Hi, I'm Ana.").labels))
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] in PartnerWording.load().lines["accept_invitation"], reply.text


@pytest.mark.parametrize("text", ["What do you usually have for lunch on Fridays?",
                                  "what time is lunch tomorrow?",
                                  "do you go for drinks after work on fridays?",
                                  "My partner Chris is taking me out for pizza tonight. Did you "
                                  "drive here?",
                                  "Drinks with the team tonight. What about you, what do you "
                                  "do?"])
def test_a_question_about_a_meal_and_a_day_invites_no_one(matcher: Matcher, text: str) -> None:
    partner = Partner(load_scenario("club"), seed=5, persona="Robin")
    partner.reply(UserLine("Hi, I'm Ana.", matcher.match("Hi, I'm Ana.").labels))
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] not in PartnerWording.load().lines["accept_invitation"], reply.text


@pytest.mark.parametrize("text", ["can I help you with your bags?",
                                  "I can give you a lift home if you like."])
def test_help_offered_is_still_thanked_not_taken_as_a_treat(matcher: Matcher, text: str) -> None:
    partner = Partner(load_scenario("neighbour"), seed=5, persona="Grace")
    partner.reply(UserLine("Hi, I'm Ana.", matcher.match("Hi, I'm Ana.").labels))
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] not in PartnerWording.load().lines["accept_treat"], reply.text


@pytest.mark.parametrize("text", [
    "Five-a-side, nice. Could I join one Wednesday? I'm terrible, but I bring enthusiasm and "
    "plasters.",
    "can I come along sometime?",
])
def test_asking_to_join_what_it_does_is_welcomed_and_no_name_is_misheard(
        matcher: Matcher, text: str) -> None:
    """It got "Lovely to meet you, Terrible." and the card's line on five-a-side again (a
    sixteenth play-test)."""
    partner = Partner(load_scenario("first_day"), seed=5, persona="Tom")
    partner.reply(UserLine("Hi, I'm Sam.", matcher.match("Hi, I'm Sam.").labels))
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] in PartnerWording.load().lines["join_welcome"], reply.text
    assert "Terrible" not in reply.text and partner.memory.user.get("name") == "Sam"


@pytest.mark.parametrize("text", ["mind if I join you?", "Can I join you?", "can I come in?"])
def test_a_seat_or_the_door_is_no_joining_of_what_it_does(matcher: Matcher, text: str) -> None:
    partner = Partner(load_scenario("neighbour"), seed=5, persona="Grace")
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] not in PartnerWording.load().lines["join_welcome"], reply.text


@pytest.mark.parametrize("text", ["How long have you been working here?",
                                  "Have you been working here long?"])
def test_how_long_at_work_is_answered_with_when_it_joined(matcher: Matcher, text: str) -> None:
    """A fifteenth play-test: "been working here" found no topic, and the card's climbing
    "after work" was told instead ("I go climbing at the indoor wall after work")."""
    partner = Partner(load_scenario("first_day"), seed=3, persona="Aisha")
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert "six months" in reply.text, reply.text
    assert "climbing" not in reply.text


def test_how_long_at_the_company_is_answered_as_how_long(matcher: Matcher) -> None:
    """It got the job alone ("I'm a software developer on the website team")."""
    wording = PartnerWording.load()
    partner = Partner(load_scenario("first_day"), seed=3, persona="Aisha")
    text = "How long have you been at the company?"
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    assert reply.parts[0] in wording.lines["how_long_untold"], reply.text


@pytest.mark.parametrize(("scene", "persona", "text", "key", "thing"), [
    ("club", "Robin", "Okay, next week, you help me with bowl?", "help_what", "the bowl"),
    ("club", "Maya", "Could you help me with my glaze?", "help_what", "the glaze"),
    ("neighbour", "Grace", "Could you help me carry my sofa up the stairs?", "help_when", ""),
    ("party", "Riley", "Can you help me with something?", "help_need", ""),
])
def test_a_yes_to_help_the_scene_knows_nothing_of_asks_what_or_when(
        matcher: Matcher, scene: str, persona: str, text: str, key: str, thing: str) -> None:
    """A sixteenth play-test: "Sure, no problem at all!" with nothing after it read as empty
    help ("you help me with bowl")."""
    wording = PartnerWording.load()
    partner = Partner(load_scenario(scene), seed=5, persona=persona)
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    yes = next((line for line in wording.lines["help_yes"] if reply.text.startswith(line)), None)
    assert yes is not None, reply.text
    after = reply.text.removeprefix(yes).strip()
    assert after.startswith(tuple(line.split("{")[0] for line in wording.lines[key])), reply.text
    assert thing in after


def test_the_time_of_a_plan_it_agreed_to_is_remembered(matcher: Matcher) -> None:
    """A seventeenth play-test: help with a sofa "on Sunday morning around 10" got a bare yes,
    and "do you remember what time we said for the sofa?" got "Oh, I couldn't say, really."."""
    replies = talk_through(
        matcher, "neighbour", "Grace", "Hi! I'm Chris, I just moved in.",
        "Could you help me carry a sofa up on Sunday morning around 10?",
        "Thank you so much! What did you do before you retired?",
        "Hey, do you remember what time we said for the sofa?")
    assert "Sunday morning around 10" in replies[1], replies[1]
    assert "Sunday morning around 10" in replies[3], replies[3]


@pytest.mark.parametrize("asked", ["Sorry, when are we meeting again?",
                                   "And what time did we say?"])
def test_the_time_of_an_invitation_it_took_is_said_back(matcher: Matcher, asked: str) -> None:
    replies = talk_through(matcher, "networking", "Priya", "Hi, I'm Dana.",
                           "Would you fancy a coffee on Thursday at 8?",
                           "Great. What do you do at the bank?", asked)
    assert "Thursday at 8" in replies[3], replies[3]


@pytest.mark.parametrize(("asked", "said"), [
    ("Great! Where did we say we'd meet?", ["at the Red Lion"]),
    ("Sorry, when and where are the drinks again?", ["Friday at 8", "at the Red Lion"]),
])
def test_the_place_of_an_invitation_it_took_is_said_back(matcher: Matcher, asked: str,
                                                         said: list[str]) -> None:
    """A nineteenth play-test: "Friday at 8 at the Red Lion" taken, then "where did we say?"
    got "I don't think you said, actually!"."""
    replies = talk_through(matcher, "club", "Maya",
                           "Hi I'm Kim. Do you fancy drinks on Friday at 8 at the Red Lion?",
                           "What do you do for work?", asked)
    assert replies[0].startswith("Hi, Kim!") or "Kim" in replies[0], replies[0]  # greeted
    for words in said:
        assert words.lower() in replies[2].lower(), replies[2]


@pytest.mark.parametrize(("scene", "persona", "put", "asked", "said"), [
    # taken with a plain yes from another path ("Yes, that would be really nice.")
    ("first_day", "Aisha", "Hey, a few of us are doing welcome drinks at the Crown on Friday "
     "at 5:30, would you like to come?",
     "where are the drinks on Friday and what time did I say?", ["Friday at 5:30", "the Crown"]),
    ("first_day", "Tom", "um, would you want to get lunch today? maybe the canteen at 12:30? "
     "totally fine if not", "where did we say we'd meet, and what time?",
     ["12:30", "the canteen"]),
    # a learner's
    ("club", "Robin", "Maybe next Tuesday, 7 o'clock, you want drink tea with me at Cafe Moka, "
     "near here?", "So we meet which place and what time?", ["Tuesday 7 o'clock", "Cafe Moka"]),
    ("party", "Jordan", "You want come eat there? Friday 8 o'clock, restaurant Casa Verde.",
     "You remember the name of restaurant and the day?", ["Friday", "Casa Verde"]),
    ("neighbour", "Grace", "come round for a drink on Sunday at 4? Flat 2, I'll have chairs",
     "when and where is our drink?", ["Sunday at 4", "flat 2"]),
    ("networking", "Priya", "theres a security meet up at the tech hub on wednesday at six "
     "free pizza want to come", "sweet so where is it and what day did i say",
     ["Wednesday at six", "the tech hub"]),
    ("party", "Riley", "there's a board game night at the Fox and Hound on Thursday at 7:30. "
     "Want to come?", "where's the board game night, and what time?",
     ["Thursday at 7:30", "the Fox and Hound"]),
    ("networking", "Marcus", "Would you maybe want to grab a coffee? Say 6pm on the 12th at Brew "
     "Lab across the road?", "can you remind me where and when we said?", ["6pm", "Brew Lab"]),
])
def test_a_plans_time_and_place_are_said_back_however_put(
        matcher: Matcher, scene: str, persona: str, put: str, asked: str,
        said: list[str]) -> None:
    """A twentieth blind play-test asked back 14 plans' times and places: none came back
    whole ("Oh, I couldn't say, really.", "Friday at 5:30, wasn't it?" without the Crown)."""
    replies = talk_through(matcher, scene, persona, "Hi, I'm Kim.", put,
                           "What do you do for fun?", asked)
    for words in said:
        assert words.lower() in replies[3].lower(), replies[3]


def test_why_dont_you_come_is_an_invitation(matcher: Matcher) -> None:
    replies = talk_through(matcher, "neighbour", "Dev", "Hi! I'm in flat 3.",
                           "Hey, why don't you come for pizza tonight? 7 o'clock at my place, "
                           "flat 3.", "Do you remember what time I said?")
    wording = PartnerWording.load()
    assert replies[1].startswith(wording.lines["accept_invitation"] + wording.lines[
        "accept_plan"]), replies[1]  # (it got "I'm a terrible cook ...")
    assert "7 o'clock" in replies[2], replies[2]


def test_the_users_place_is_theirs_when_said_back(matcher: Matcher) -> None:
    replies = talk_through(matcher, "neighbour", "Dev", "Hi I'm Kim from flat 2.",
                           "Would you like to come for dinner at my place on Saturday at 7?",
                           "Just checking, where did we say?")
    assert "at your place" in replies[2].lower(), replies[2]


def test_with_no_plan_made_no_time_is_made_up(matcher: Matcher) -> None:
    replies = talk_through(matcher, "party", "Riley", "Hi, I'm Dana.", "When did we meet?")
    wording = PartnerWording.load()
    assert not replies[1].startswith(tuple(line.split("{")[0] for line in
                                           wording.lines["recall_plan"] if line[0] != "{"))
    assert "wasn't it?" not in replies[1] and "we said" not in replies[1], replies[1]


@pytest.mark.parametrize(("text", "key"), [
    ("can you give me a lift home after its raining a lot", "agree_favour"),
    ("yeah but the lift could you drive me home or no its fine if not", "agree_favour"),
    ("Could you look at my CV sometime? I could buy you a coffee, say Tuesday at 10?",
     "agree_favour"),
    ("mine is broken. could i use yours sometime", "lend_yes"),
    ("Can I borrow your ladder this weekend?", "lend_yes"),
])
def test_a_favour_or_a_loan_asked_in_any_words_gets_a_yes(
        matcher: Matcher, text: str, key: str) -> None:
    """An eighteenth play-test: a lift home got weather talk, "could you drive me home or no"
    got "Yes, but I walk here.", a CV and a washing machine "I couldn't say"."""
    wording = PartnerWording.load()
    partner = Partner(load_scenario("club"), seed=5, persona="Robin")
    reply = partner.reply(UserLine(text, matcher.match(text).labels))
    # (a mishap told with it is met first: "mine is broken" - "Oh no, what a shame! Of course!")
    said = reply.text.removeprefix(
        next((brief for brief in wording.lines["mishap_brief"] if reply.text.startswith(brief)),
             "")).lstrip()
    assert said.startswith(tuple(wording.lines[key])), reply.text


def test_the_time_of_a_favour_put_with_a_coffee_is_remembered(matcher: Matcher) -> None:
    replies = talk_through(matcher, "networking", "Priya", "Hi, I'm Dana.",
                           "Could you look at my CV sometime? I could buy you a coffee, say "
                           "Tuesday at 10?", "Great. And what time did we say?")
    assert "Tuesday at 10" in replies[2], replies[2]


@pytest.mark.parametrize(("text", "key"), [
    ("Completely different subject, have you seen that new bridge they're building by the "
     "station? Looks like a giant paperclip.", "not_seen"),
    ("Have you seen the new Bond film?", "missed_it"),
])
def test_a_thing_seen_is_no_show_missed(matcher: Matcher, text: str, key: str) -> None:
    """An eighteenth play-test: a new bridge got "No, I didn't catch it. Was it good?"."""
    replies = talk_through(matcher, "networking", "Marcus", "Hi, I'm Dana.", text)
    assert replies[1].startswith(tuple(PartnerWording.load().lines[key])), replies[1]


def test_help_asked_with_its_trouble_gets_the_tip(matcher: Matcher) -> None:
    """A twentieth play-test's learner: "Please, you can help me with my bowl? How I make the
    wall not fall?" got its own bowl's story and "How has your week been?"."""
    *_, reply = talk_through(matcher, "club", "Robin", "Hello. I am Kenji.",
                             "Please, you can help me with my bowl? How I make the wall not fall?")
    wording = PartnerWording.load()
    assert reply.startswith(wording.lines["help_yes"]), reply
    assert "slower" in reply or "elbows" in reply, reply  # the card's tip, not "what's up?"


def test_help_with_a_doing_names_no_broken_thing(matcher: Matcher) -> None:
    *_, reply = talk_through(matcher, "club", "Maya", "Hi",
                             "Could you help me with centring the clay next week?")
    assert "centring the?" not in reply and "the centring" not in reply, reply


def test_how_to_bring_up_something_hard_gets_advice(matcher: Matcher) -> None:
    """"How would you bring it up with a boss like that?" got "I'm an engineer."."""
    wording = PartnerWording.load()
    *_, reply = talk_through(matcher, "club", "Robin", "Hi, I'm Kim.",
                             "Probably taking the time off, but my boss is pretty strict. How "
                             "would you bring it up with a boss like that?")
    assert reply.startswith(wording.lines["advice_hard_talk"]), reply


def test_a_parcel_taken_in_is_a_favour(matcher: Matcher) -> None:
    """"If a parcel comes for me while I'm out, could you take it in?" got "Hm, good question.
    I'm not sure, to be honest." (a twentieth play-test)."""
    wording = PartnerWording.load()
    *_, reply = talk_through(matcher, "neighbour", "Dev", "Hi, I'm Kim.",
                             "Could I ask a favour? I've got a job interview on Thursday "
                             "morning. If a parcel comes for me while I'm out, could you take "
                             "it in?")
    assert reply.startswith(wording.lines["agree_favour"] + wording.lines["help_yes"]), reply
    assert "not sure" not in reply, reply


def test_would_you_be_able_to_water_my_plants_is_a_favour_and_away_no_name(
        matcher: Matcher) -> None:
    """A twenty-first play-test: "would you be able to water my plants next weekend? I'm away
    Saturday and Sunday." got its grandson's penguins, then "Lovely to meet you, Away."."""
    wording = PartnerWording.load()
    replies = talk_through(matcher, "neighbour", "Grace", "Hi, yes, just moved in. I'm Kate.",
                           "Also, would you be able to water my plants next weekend? I'm away "
                           "Saturday and Sunday.", "I just said, I'm away!")
    assert any(line in replies[1] for line in wording.lines["agree_favour"]), replies[1]
    assert "Away" not in replies[2], replies[2]


def test_a_place_not_kept_is_not_passed_over(matcher: Matcher) -> None:
    """A twenty-first play-test's learner: "Saturday 8 o'clock there is forró class in
    community hall on Park Lane. You want come with me?", then "you remember where is the class
    and what time?" got the time alone (judged worse than the old reply, their words back)."""
    *_, reply = talk_through(matcher, "party", "Riley", "Hi, I'm Ana.",
                             "Saturday 8 o'clock there is forró class in community hall on Park "
                             "Lane. You want come with me?",
                             "Ok. So for Saturday, you remember where is the class and what time?")
    assert "8 o'clock" in reply and "community hall" in reply, reply


def test_when_and_where_is_no_single_detail(matcher: Matcher) -> None:
    from voicecoach.coaching.slots import asked_slot

    assert asked_slot("Ok... when and where is the Friday lunch?") is None
