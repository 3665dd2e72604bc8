"""A thirty-first look at the partner, with a chatty retired user, a sports joker, a tired
parent, a formal job-seeker and an anxious user: "I'm Priya, Sam's cousin. How do you know
Sam?" was asked "How do you know Sam?" back, "my name is Harold Fenwick" greeted in full,
"since my husband passed" congratulated, "I'm desperate" taken for a name."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching import cues
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


@pytest.mark.parametrize("line", [
    "Hello! Yes, I'm Margaret, Sam used to live next door to me when he was a little lad. How "
    "do you know him?",
    "Hi, yes, sorry, I'm Priya, Sam's cousin. How do you know Sam?",
    "Good evening. Yes, I am a former colleague of Sam's from the bank; my name is Harold "
    "Fenwick. May I ask how you know him?",
])
def test_how_they_know_the_host_told_is_not_asked_back(matcher: Matcher, line: str) -> None:
    assert cues.KNOWS_HOST.search(line)
    reply = talk_through(matcher, "party", "Jordan", line, seed=601)[-1]
    assert "How do you know Sam?" not in reply, reply


def test_a_full_name_is_greeted_by_its_first_name() -> None:
    assert disclosure("my name is Harold Fenwick. May I ask how you know him?").name == "Harold"
    assert disclosure("yes first time. i am Li Wei, i am student.").name == "Li Wei"


def test_a_bereavement_beside_a_retirement_is_no_good_news(matcher: Matcher) -> None:
    line = ("Hello, dear! Yes, I'm Dorothy, flat 2. I've downsized since my husband passed and I "
            "retired from the council. Have you lived here long?")
    assert cues.BAD_NEWS.search(line)
    reply = talk_through(matcher, "neighbour", "Grace", line, seed=616)[-1]
    assert "ongratulations" not in reply, reply


def test_a_feeling_is_no_name() -> None:
    assert disclosure("Alfie starts in September and I'm, sorry, I'm desperate.").name is None


@pytest.mark.parametrize(("line", "work"), [
    ("Sorry, am I in the way? I'm a bit nervous, it's my first day in HR.", "HR"),
    ("so I've taken a part-time job on reception here. What's your name, love?", "reception"),
    ("Fresh off the bench, yeah! I'm Kev, new signing for the sales team.", "sales"),
])
def test_the_team_told_with_a_first_day_is_heard(line: str, work: str) -> None:
    assert disclosure(line).work == work


@pytest.mark.parametrize("line", [
    "I'm sorry, I don't think I caught your name. And have you done pottery before?",
    "But you still haven't told me your name, love! What is it?",
    "Who's she, dear? I'm Brenda, and you are...?",
])
def test_its_name_asked_without_a_question_is_given(matcher: Matcher, line: str) -> None:
    """A retired user asked its name three ways and never got it."""
    reply = talk_through(matcher, "club", "Robin", "Yes, that was me! I'm Brenda.", line,
                         seed=606)[-1]
    assert "Robin" in reply, reply


def test_its_own_words_asked_again_without_the_verb_it_used(matcher: Matcher) -> None:
    """ "how long did you say you've lived upstairs?" of "Yes, twelve years now, in the flat
    upstairs." got "I'm not sure, to be honest"."""
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Leo. How long have you lived "
                         "here?", "Oh, I'll be quiet, I mostly read. Sorry, can I check "
                         "something: how long did you say you've lived upstairs?", seed=615)[-1]
    assert "twelve years" in reply, reply


def test_remind_me_what_asks_what_it_said_not_a_favour(matcher: Matcher) -> None:
    line = ("Forgive me, could you remind me which team you said you work on, and on which "
            "floor?")
    assert not cues.FAVOUR_ASKED.search(line)
    assert cues.FAVOUR_ASKED.search("could you remind me to bring my apron next week?")


def test_one_request_for_advice_gets_one_piece(matcher: Matcher) -> None:
    """ "Twelve years, wow ... could I ask your advice? I'd like to get to know people in the
    building but I never know what to say. What would you do?" got the number twelve bus."""
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Leo.",
                         "Twelve years, wow, you must know everyone. Sorry, could I ask your "
                         "advice? I'd like to get to know people in the building but I never "
                         "know what to say. What would you do?", seed=615)[-1]
    assert "twelve bus" not in reply and "market" not in reply, reply
    assert cues.advice_stems("Twelve years, 12 boxes") == {"box"}


@pytest.mark.parametrize("line", [
    "I shall bear that in mind. Thank you very much for your time, Jordan; it has been a "
    "pleasure. I must go and wish Sam a happy birthday before I leave.",
    "That is most helpful, thank you. I shall let you take your shopping in. It has been a "
    "pleasure to meet you, Dev; please do knock if you ever need anything.",
    "Thank you, Aisha; I look forward to seeing you at the Friday lunch.",
])
def test_a_formal_leave_taking_is_a_goodbye(line: str) -> None:
    """Each got a new question ("What's Hartfield like, then?", "Are you a good cook?")."""
    assert cues.is_goodbye(line)


def test_a_pleasure_in_the_past_is_no_goodbye() -> None:
    assert not cues.is_goodbye("It was a pleasure working at the bank for ten years.")


@pytest.mark.parametrize(("lines", "guess"), [
    (("Do you have pets?",), "Is it Pebble? The cat, I mean."),
    (("What do you like doing outside work?", "Five-a-side on Wednesdays? Sign me up!"),
     "Sounds fun. Was it Wednesdays?"),
])
def test_a_thing_of_its_own_guessed_back_is_confirmed(
        matcher: Matcher, lines: tuple[str, ...], guess: str) -> None:
    """ "Is it Pebble?" of its own cat got "Hm, good question. I'm not sure"."""
    from voicecoach.coaching.partner.wording import PartnerWording

    scene, persona = ("party", "Jordan") if "Pebble" in guess else ("first_day", "Tom")
    reply = talk_through(matcher, scene, persona, "Hi, I'm Priya.", *lines, guess,
                         seed=603)[-1]
    assert any(right in reply for right in PartnerWording.load().lines["confirm_own"]), reply


def test_a_guess_of_their_own_is_not_confirmed_as_its(matcher: Matcher) -> None:
    reply = talk_through(matcher, "party", "Jordan", "Hi, I'm Priya.", "Do you have pets?",
                         "Is it my turn to get the drinks?", seed=603)[-1]
    assert "well remembered" not in reply and "That's it, yes" not in reply, reply


@pytest.mark.parametrize("line", [
    "Hi, yes, flat 2, sorry, we're the ones with all the boxes. I'm Hannah. Do you need a hand "
    "with those bags?",
    "Good afternoon. Yes, I moved into flat 3 on Saturday. My name is Richard Hale. May I help "
    "you with your shopping?",
])
def test_a_name_told_with_an_offer_is_greeted(matcher: Matcher, line: str) -> None:
    """Each offer was thanked with no name back."""
    reply = talk_through(matcher, "neighbour", "Dev", line, seed=613)[-1]
    assert "Dev" in reply, reply


def test_a_remark_in_passing_is_not_what_is_asked(matcher: Matcher) -> None:
    """ "I'm a PE teacher, so I get paid to shout at kids in the rain. Quick quiz: where did
    you say you met Sam?" got "It's been so changeable lately" (the weather)."""
    reply = talk_through(matcher, "party", "Riley", "Hi, I'm Dave.",
                         "I'm a PE teacher, so yes, I get paid to shout at kids in the rain. "
                         "Quick quiz before the cake comes out: where did you say you met Sam?",
                         seed=602)[-1]
    assert "changeable" not in reply and "cooking class" in reply, reply


def test_a_too_of_what_it_never_said_claims_no_common_ground(matcher: Matcher) -> None:
    """ "I'm a Spurs fan too, so I'm used to disappointment" got "Oh, you too? That's great."
    from a partner who had said nothing of Spurs; "I swim too!" after its swimming is shared."""
    from voicecoach.coaching.partner.wording import PartnerWording

    shared = PartnerWording.load().lines["common_ground"]
    spurs = talk_through(matcher, "party", "Riley", "Hi, I'm Dave.",
                         "Running, football, cricket, I'll be rubbish at it. I'm a Spurs fan too, "
                         "so I'm used to disappointment.", seed=602)[-1]
    assert not any(same in spurs for same in shared), spurs
    swim = talk_through(matcher, "club", "Maya", "Hi, I'm Dave. What do you do for fun?",
                        "I swim too! Every Sunday.", seed=508)[-1]
    assert any(same in swim for same in shared), swim


def test_a_field_said_alone_is_their_work(matcher: Matcher) -> None:
    """ "yes, first day. I'm Tom. um, marketing." was asked "What team will you be in?"."""
    assert disclosure("yes, first day. I'm Tom. um, marketing.").work == "marketing"
    assert disclosure("I love the design.").work is None
    reply = talk_through(matcher, "first_day", "Aisha", "yes, first day. I'm Tom. um, marketing.",
                         seed=902)[-1]
    assert "What team" not in reply, reply
