"""A twenty-sixth look at the partner (a blind play-test of 20 sessions, and lines of our own):
things of the scene asked about ("do you like the new wheel?" at a pottery class got its music
"perfect for the wheel"), the listener's comfort asked after ("is the music too loud for you?"
got a gripe agreed with and the coach's "That sounds like a gripe"), "too" of degree taken for
common ground, one's own pot laughed at taken as an insult, invitations lost beside another
question, its name and its travels asked as a learner asks."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner import PartnerWording
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.understanding.moves import MoveLabel


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()  # with the classifier, as a session runs


@pytest.mark.parametrize("line", ["do you like the cake or is it too sweet",
                                  "was it too late for you to come?",
                                  "that's one too many for me"])
def test_too_of_degree_is_not_common_ground(matcher: Matcher, line: str) -> None:
    assert MoveLabel.COMMON_GROUND not in matcher.match(line).labels


@pytest.mark.parametrize("line", ["I love it too, honestly", "my sister lives there too",
                                  "me too i'm self taught", "I like them too"])
def test_too_of_also_is_still_common_ground(matcher: Matcher, line: str) -> None:
    assert MoveLabel.COMMON_GROUND in matcher.match(line).labels


@pytest.mark.parametrize("line", ["is the music too loud for you?",
                                  "Is it a bit cold in here for you?",
                                  "are you warm enough?"])
def test_asking_after_the_listeners_comfort_is_no_gripe(matcher: Matcher, line: str) -> None:
    assert MoveLabel.COMPLAINT not in matcher.match(line).labels


def test_a_gripe_with_a_comfort_question_is_still_a_gripe(matcher: Matcher) -> None:
    assert MoveLabel.COMPLAINT in matcher.match(
        "this music is awful, isn't it too loud for you?").labels


@pytest.mark.parametrize(("scene", "persona", "line"), [
    ("party", "Jordan", "is the music too loud for you?"),
    ("club", "Robin", "is it too cold in here for you?"),
    ("neighbour", "Grace", "are the stairs too much for you with all that shopping?"),
])
def test_comfort_asked_gets_how_it_is(matcher: Matcher, scene: str, persona: str,
                                      line: str) -> None:
    """Not "Ha, I'm with you on that one", its music, or the nearest supermarket."""
    reply = talk_through(matcher, scene, persona, "Hi, I'm Ade.", line, seed=4)[-1]
    assert any(word in reply for word in ("fine", "alright")), reply
    assert not any(word in reply.lower() for word in ("supermarket", "soul", "with you on"))


def test_a_thing_of_the_scene_liked_is_said_back(matcher: Matcher) -> None:
    """"do you like the new wheel?" got "Yes, I like the teacher's radio.": "wheel" was a
    word of its music fact ("perfect for the wheel")."""
    reply = talk_through(matcher, "club", "Robin", "Hi, I'm Ade.", "do you like the new wheel?",
                         seed=2)[-1]
    assert reply.startswith("The new wheel?"), reply
    assert "radio" not in reply


def test_a_thing_its_card_names_is_still_answered_from_the_card(matcher: Matcher) -> None:
    reply = talk_through(matcher, "party", "Jordan", "Hi, I'm Ade.", "do you like the music?",
                         seed=4)[-1]
    assert "soul" in reply.lower(), reply


def test_ones_own_pot_laughed_at_is_no_insult_and_yes_is_no_denial(matcher: Matcher) -> None:
    """"Oh, sorry! I must be thinking of someone else. Hm, let's not go there." and the
    coach's "That could hurt" (the opener was "you were here last week too, weren't you?")."""
    line = "Yes, I was here. My pot was very ugly, haha. Is your first time pottery class?"
    assert MoveLabel.OFFENSIVE not in matcher.match(line).labels
    assert MoveLabel.OFFENSIVE not in matcher.match(
        "No no, I was here last week, you are right! I say my pot is ugly, not you.").labels
    assert MoveLabel.OFFENSIVE in matcher.match("your pot is ugly").labels
    reply = talk_through(matcher, "club", "Maya", line, seed=110)[-1]
    assert "someone else" not in reply and "not go there" not in reply, reply


@pytest.mark.parametrize(("lines", "wanted"), [
    (("Hi, I'm Sue.", "Sorry, I'm rambling. Do you want to practise together next week?"),
     ("let's", "love", "sounds good", "yes")),
    (("Hi, I'm Marco.", "Noodle bar sounds good! Maybe Friday I come with you? What is your "
                        "favourite dish there?"), ("let's", "love", "sounds good", "yes")),
])
def test_an_invitation_beside_another_line_is_answered(matcher: Matcher, lines: tuple[str, ...],
                                                       wanted: tuple[str, ...]) -> None:
    """Lost twice in a row in a blind play-test ("Yes, a set of mugs ..."; "Not much.")."""
    scene, persona = ("club", "Robin") if "Sue" in lines[0] else ("first_day", "Aisha")
    reply = talk_through(matcher, scene, persona, *lines, seed=120)[-1]
    assert any(word in reply.lower() for word in wanted), reply
    # (not its own question's answer instead: "Yes, a set of mugs ...", "Not much. ...")
    assert "mugs" not in reply and "Not much" not in reply, reply


def test_a_favourite_dish_at_a_place_is_not_its_cooking(matcher: Matcher) -> None:
    reply = talk_through(matcher, "first_day", "Aisha", "Hi, I'm Marco.",
                         "What is your favourite dish there?", seed=109)[-1]
    assert "noodle" in reply.lower() and not reply.startswith("Not much"), reply


def test_its_name_owned_as_forgotten_is_asked(matcher: Matcher) -> None:
    reply = talk_through(matcher, "first_day", "Aisha", "hi. first day.",
                         "Okay. Names though? I'm so bad at them. I already forgot yours, sorry.",
                         seed=119)[-1]
    assert "Aisha" in reply and "not sure" not in reply, reply


def test_a_learners_been_to_question_gets_a_no(matcher: Matcher) -> None:
    reply = talk_through(matcher, "party", "Riley", "Hi, I'm Ana, from Brazil.",
                         "Brazil is warm and people are very friendly, more than here haha. "
                         "You have been to South America?", seed=106)[-1]
    assert "never" in reply.lower() and "couldn't say" not in reply, reply


def test_praise_after_calling_oneself_hopeless_is_a_compliment(matcher: Matcher) -> None:
    labels = matcher.match("Sorry, I meant names specifically. I'm hopeless. I like your badge "
                           "design, by the way.").labels
    assert MoveLabel.COMPLIMENT in labels and MoveLabel.COMPLAINT not in labels
    assert MoveLabel.COMPLAINT in matcher.match("the bus is hopeless").labels


def test_a_thing_praised_a_few_words_on_is_a_compliment(matcher: Matcher) -> None:
    assert MoveLabel.COMPLIMENT in matcher.match(
        "Crosswords, nice. Your bowl last week was really good, by the way.").labels


def test_two_questions_joined_by_a_bare_and_are_both_answered(matcher: Matcher) -> None:
    """"what's the best thing about this building and is it noisy at night?" got the noise
    alone (and the classifier's complaint kept the line whole)."""
    line = "what's the best thing about this building and is it noisy at night?"
    assert MoveLabel.COMPLAINT not in matcher.match(line).labels
    reply = talk_through(matcher, "neighbour", "Dev", "hi, i just moved in", line, seed=7)[-1]
    assert "market" in reply.lower() and "quiet at night" in reply.lower(), reply


@pytest.mark.parametrize(("scene", "persona", "lines", "wanted", "unwanted"), [
    # "A little, at first!" to an anxious new neighbour
    ("neighbour", "Grace", ("Yes. Sorry, was I loud last night? The movers were late.",),
     ("didn't hear", "slept right through"), ("a little", "at first")),
    # "Ah, okay." to an over-share owned
    ("club", "Robin", ("hi", "My therapist said to try new things. Oh god, sorry, too much info."),
     ("not at all",), ("ah, okay",)),
    # a remark taken back, then names tips asked (the scene's tip on asking questions, twice)
    ("first_day", "Aisha", ("hi", "Sorry, I shouldn't have said that. Um, any tips for "
                                  "remembering everyone's names?"),
     ("say it back", "link the name"), ("ask lots of questions",)),
    ("networking", "Priya", ("hi", "That sounds stressful. Any tips for remembering names? "
                                   "I've already forgotten three tonight."),
     ("say it back", "link the name"), ("working on right now",)),
    # "Someone else might know, though!" of its own friend
    ("club", "Maya", ("hi im jo", "haha i do that too in the car so is your friend coming "
                                  "next week"),
     ("hope so", "think so"), ("someone else", "asking around")),
    # "Yes, I swim most mornings." (its hobbies name pottery)
    ("club", "Maya", ("I was, yes. I'm Ben. I'm a complete beginner - have you done pottery "
                      "before?",), ("second week",), ("swim", "yes, i was")),
])
def test_a_twenty_sixth_looks_flat_or_wrong_replies(
        matcher: Matcher, scene: str, persona: str, lines: tuple[str, ...],
        wanted: tuple[str, ...], unwanted: tuple[str, ...]) -> None:
    reply = talk_through(matcher, scene, persona, *lines, seed=118)[-1].lower()
    assert any(word in reply for word in wanted), reply
    assert not any(word in reply for word in unwanted), reply


def test_a_short_answer_to_its_question_is_heard_before_the_users_question(
        matcher: Matcher) -> None:
    """"Motion graphics. What do you do?" got its job with not a word on theirs (a blind
    play-test found its answers passed over 35 times in 140 replies)."""
    reply = talk_through(matcher, "networking", "Priya", "Hi, I'm Ben.",
                         "What kind of design do you do?", "Motion graphics. What do you do?",
                         seed=117)[-1]
    assert "motion graphics" in reply.lower(), reply


@pytest.mark.parametrize("line", ["Football, nice. What position do you play?",
                                  "Anyway. Did you watch the match last night?",
                                  "I play chess on Sundays. What do you do for fun?"])
def test_a_remark_or_a_sentence_of_ones_own_is_not_said_back(matcher: Matcher,
                                                             line: str) -> None:
    reply = talk_through(matcher, "party", "Jordan", "Hi, I'm Ben.", line, seed=2)[-1]
    first = line.split(".")[0].split(",")[0].lower()
    assert not reply.lower().startswith((f"oh, {first}", f"ah, {first}", first)), reply


def test_what_kind_of_design_asks_its_work_not_how_long_the_user_has_lived_here(
        matcher: Matcher) -> None:
    """"I've lived here about five years, in the north of the city. What kind of design do you
    do?" got why it came ("I'm new in town ..."), then "I don't actually know. It'd be worth
    asking around." when asked again."""
    replies = talk_through(
        matcher, "networking", "Marcus",
        "No, my second. I'm Hannah, I do packaging design for a tea company. Where are you based?",
        "I've lived here about five years, in the north of the city. What kind of design do you "
        "do?", seed=112)
    assert "researcher" in replies[-1], replies[-1]


def test_while_music_is_talked_of_playing_is_its_band(matcher: Matcher) -> None:
    """"do you play anything" after "Are you into music at all?" got its five-a-side."""
    reply = talk_through(
        matcher, "first_day", "Tom",
        "yeah its my first day im in the finance team which team are you in",
        "oh so were in the same team um ill be doing accounts payable mostly invoices",
        "it was ok i was too nervous to relax honestly any tips for a first day",
        "thanks thats helpful um yeah i like indie stuff do you play anything", seed=104)
    assert "band" in reply[-1].lower() and "five-a-side" not in reply[-1], reply
    assert "my team" in reply[0].lower(), reply[0]  # the same team, said so


@pytest.mark.parametrize("line", ["Honestly, the puppies. How old is Pebble?",
                                  "Pretty well, though I got lost finding the lifts. Which "
                                  "floor is your team on?"])
def test_a_word_of_manner_is_not_said_back_as_an_answer(matcher: Matcher, line: str) -> None:
    reply = talk_through(matcher, "first_day", "Tom", "Hi, I'm Ben.", "It's going fine.", line,
                         seed=111)[-1]
    assert "lovely" not in reply.lower().split(".")[0], reply


def test_a_word_in_one_fact_names_it_before_a_word_in_three(matcher: Matcher) -> None:
    """"How long tortoises live normally?" got how long it has lived upstairs: "live" is in
    three of its facts, "tortoise" in one."""
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Olga.",
                         "How long do tortoises live?", seed=108)[-1]
    assert "tortoise" in reply.lower() and "twelve years" not in reply, reply


def test_a_name_told_with_a_how_long_question_is_greeted(matcher: Matcher) -> None:
    reply = talk_through(matcher, "first_day", "Aisha", "Yes, today is my first day. I am Marco, "
                         "new in IT support. You work here long time?", seed=109)[-1]
    assert "Marco" in reply and "six months" in reply, reply


def test_the_last_whole_question_names_the_fact(matcher: Matcher) -> None:
    """"So clay is basically fillings for you? Do your hands ever get tired?" was answered from
    the echo before the question: the last question, a whole one, is what is asked."""
    reply = talk_through(matcher, "club", "Robin", "Hi, I'm Ade.",
                         "So bridges all day? How did your bowl turn out?", seed=3)[-1]
    assert "bowl" in reply and "bridges" not in reply, reply


@pytest.mark.parametrize("line", [
    "Yeah. Um, would it be weird if I sat next to you next week? You're nice to talk to.",
    "Perhaps you and Alex would like to join us for a walk one Saturday?",
    "Perhaps you could teach me an English cake, and I teach you bacalhau? Would you like that?",
    "But I asked: shall we exchange recipes?",
])
def test_an_invitation_a_person_makes_is_taken_up(matcher: Matcher, line: str) -> None:
    """A twenty-seventh look: "Yes, a set of mugs for the family by Christmas.", "Yes, I play
    five-a-side every Tuesday, badly.", "Yes, I'm a nurse at the children's hospital"."""
    replies = [talk_through(matcher, "party", "Riley", "Hi, I'm Ana.", line, seed=seed)[-1]
               for seed in (211, 212)]
    wording = PartnerWording.load().lines
    yes = {*wording["accept_invitation"], *wording["not_weird"], *wording["join_welcome"]}
    assert all(any(part in reply for part in yes) for reply in replies), replies


@pytest.mark.parametrize(("persona", "seed", "line", "wanted"), [
    ("Aisha", 204, "That's where I'm going, not where I was! I was at the zoo gift shop, "
                   "remember, the penguins? Anyway, where do people usually go for lunch around "
                   "here?", "noodle"),
    ("Tom", 209, "is there a canteen or do people bring food", "canteen does"),
])
def test_where_people_eat_is_what_a_colleague_knows(matcher: Matcher, persona: str, seed: int,
                                                    line: str, wanted: str) -> None:
    """A colleague of months "didn't actually know" where people go for lunch: the last whole
    question is what is asked (no penguins), and "lunch" names its food fact as "food" does."""
    reply = talk_through(matcher, "first_day", persona, "Hi, I'm Jo, first day.", line,
                         seed=seed)[-1]
    assert wanted in reply.lower() and "not sure" not in reply.lower(), reply


@pytest.mark.parametrize(("scene", "persona", "line"), [
    ("party", "Riley", "Good evening. Yes, in a way. Sam is my neighbour's son, and he kindly "
                       "invited me. I arrived in this country only three months ago, from "
                       "Portugal. And how do you know Sam?"),
    ("first_day", "Aisha", "Good morning. Yes, today is my first day. I am Hiroshi, the new "
                           "translator. I have come from Osaka only two weeks ago. What is your "
                           "name, please?"),
])
def test_arriving_from_far_away_lately_is_welcomed(matcher: Matcher, scene: str, persona: str,
                                                   line: str) -> None:
    """Big news told in passing was met with nothing but the greeting."""
    reply = talk_through(matcher, scene, persona, line, seed=211)[-1]
    assert "welcome" in reply.lower(), reply


def test_a_move_told_in_passing_is_not_welcomed_twice(matcher: Matcher) -> None:
    replies = talk_through(matcher, "party", "Riley",
                           "Hi, I'm Ana. I came here last month from Lisbon.",
                           "Yes, I came here last month. Do you like the music?", seed=211)
    assert sum("welcome" in reply.lower() for reply in replies) == 1, replies


def test_always_this_noisy_at_night_asks_what_the_place_is_like(matcher: Matcher) -> None:
    """It got "Ugh, I know the feeling. Anyway!" (a moan agreed with, and the subject changed)."""
    line = ("Tiring. Too many boxes. Is it always this noisy at night? Someone was drilling at "
            "eleven.")
    assert MoveLabel.COMPLAINT not in matcher.match(line).labels
    reply = talk_through(matcher, "neighbour", "Dev", "Yes, that's me. Hi.", line, seed=218)[-1]
    assert "night" in reply and "know the feeling" not in reply, reply


def test_not_talking_much_is_met_kindly(matcher: Matcher) -> None:
    reply = talk_through(matcher, "club", "Robin",
                         "Yeah. I sat in the corner. I don't talk much, sorry.", seed=220)[-1]
    assert not reply.startswith(("Oh, I see", "Mm", "Ah, okay")), reply


def test_a_job_told_with_where_one_is_from_is_not_asked_again(matcher: Matcher) -> None:
    """"I am an architect from Poland ... May I ask what you do?" got "So what do you do?"."""
    reply = talk_through(matcher, "networking", "Marcus",
                         "Good evening. Yes, it is my first time. I am an architect from Poland, "
                         "and I came here last month with my wife. May I ask what you do?",
                         seed=212)[-1]
    assert "architect" in reply and "what do you do" not in reply.lower(), reply


def test_where_people_have_lunch_is_not_when(matcher: Matcher) -> None:
    """"where do people usually have lunch?" got the time people eat (a nervous newcomer's
    session of my own)."""
    reply = talk_through(matcher, "first_day", "Tom", "hi, yes, it's my first day.",
                         "where do people usually have lunch?", seed=732)[-1]
    assert "half twelve" not in reply and "canteen" in reply, reply


def test_asking_leave_to_knock_gets_a_yes(matcher: Matcher) -> None:
    reply = talk_through(matcher, "neighbour", "Dev", "oh, hi. yes, I just moved in.",
                         "would it be ok if I knocked if I need something?", seed=733)[-1]
    assert "couldn't say" not in reply and "not sure" not in reply, reply


def test_ones_own_bowl_laughed_at_is_no_gripe(matcher: Matcher) -> None:
    assert MoveLabel.COMPLAINT not in matcher.match(
        "my bowl was a disaster haha. how was yours?").labels
    assert MoveLabel.COMPLAINT in matcher.match("my car is a disaster").labels
