"""Follow-ups on the partner's own words that its card does not answer, advice on leaving a
conversation and on opening one, its own tip asked again, and a job of several words
remembered (a twenty-second blind play-test: 18 of 28 follow-ups went unanswered, "what was
the tip you gave me earlier?" got a line on running)."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.follow_ups import FollowUp, follow_up
from voicecoach.coaching.partner import PartnerWording
from voicecoach.understanding.match import Matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


@pytest.mark.parametrize(("question", "kind"), [
    ("Interesting! Why did you drift away from illustration?", FollowUp.WHY),
    ("Why football and not something else?", FollowUp.WHY),
    ("Why you move to the flat above bakery?", FollowUp.WHY),  # a learner's
    ("how come?", FollowUp.WHY),
    ("How did you get into growing things?", FollowUp.HOW_STARTED),
    ("What happened after it fell over?", FollowUp.WHAT_NEXT),
    ("who got you into it?", FollowUp.WHO),
    # of someone else, of the user, or an opinion: not its own life
    ("Why did your colleague bring you the first time?", None),
    ("How did the team start?", None),
    ("Who runs it?", None),
    ("why did I come here?", None),
    ("why do you think that is?", None),
    ("Why not?", None),
    ("why is the bus always late?", None),
])
def test_the_kind_of_follow_up_asked(question: str, kind: FollowUp | None) -> None:
    assert follow_up(question) is kind


_NETWORKING = (
    "Yes, first time. I'm a bit lost honestly. How do people usually approach each other at "
    "these things?",
    "No pets. But really, I'm not great at small talk. What's a good opening line at a "
    "networking event?",
    "Sometimes podcasts. Okay, portfolio, noted. But what do I actually say to start? And how "
    "do I leave a chat politely?",
    "Ha, okay. Let me try on you then: so, what do you do, and how did you get into it?",
    "Interesting! Why did you drift away from illustration?",
    "You never said that. Anyway, I switch off with running. Last thing: what was the tip you "
    "gave me earlier about what to keep on my phone?",
)


def test_a_why_its_card_cannot_answer_gets_a_plain_answer(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """It got "Well, like I said, every weekend, in a little sketchbook.": no answer, said as
    one."""
    why = talk_through(matcher, "networking", "Priya", *_NETWORKING[:5], seed=917)[-1]
    assert why.startswith(tuple(partner_wording.lines["why_improvised"])), why


def test_its_own_tip_asked_again_by_its_words(matcher: Matcher) -> None:
    """Not the last tip given, but the one whose words are asked (it got a line on running)."""
    *_, last_tip, again = talk_through(
        matcher, "networking", "Priya", "Hi, I'm Sam. It's my first time at one of these.",
        "Any tips for a newcomer like me?", "And how do I leave a chat politely?",
        "Sorry, what was the tip you gave me earlier, about people recognising you?", seed=917)
    assert "come to a few of these in a row" in again.lower(), again
    assert last_tip.split(".")[0] not in again, (last_tip, again)


def test_the_first_tip_asked_again(matcher: Matcher, partner_wording: PartnerWording) -> None:
    *_, second, again = talk_through(
        matcher, "club", "Robin",
        "I was, yeah. Honestly I'm still figuring out how this club works. Any tips for a "
        "newbie?",
        "But really, any advice for making small talk less awkward?",
        "Sorry, what was the first tip you gave me tonight? I want to remember it.", seed=908)
    assert second.startswith(tuple(partner_wording.lines["advice_talking"])), second
    assert "elbows tucked in" in again, again  # the first, not the last


@pytest.mark.parametrize(("asked", "deck"), [
    ("And what's the best way to end a conversation without being rude?", "advice_leaving"),
    ("how do I leave a chat politely?", "advice_leaving"),
    ("What's a good opening line at a networking event?", "advice_talking"),
    ("How do people usually approach each other at these things?", "advice_talking"),
    ("So here, what could I say to someone at the wheel next to me?", "advice_talking"),
])
def test_advice_on_opening_and_leaving_a_conversation(
        matcher: Matcher, partner_wording: PartnerWording, asked: str, deck: str) -> None:
    """A twenty-second play-test got "At work everything has to be exactly right, to the
    millimetre." and "I'm not sure, to be honest." for these."""
    *_, tip = talk_through(matcher, "club", "Robin", "Hi, I'm Sam.", asked, seed=908)
    assert tip.startswith(tuple(partner_wording.lines[deck])), tip


def test_a_job_of_several_words_is_remembered(matcher: Matcher) -> None:
    *_, recalled = talk_through(
        matcher, "neighbour", "Grace", "Yes, just last week! I'm Priti.",
        "So, what do you do, Grace?",
        "I'm a primary school teacher. A midwife for thirty years, amazing! Do you miss it?",
        "Ha, that's lovely. Do you remember what I do for a living?", seed=913)
    assert "primary school teacher" in recalled.lower(), recalled


@pytest.mark.parametrize(("asked", "answer_has"), [
    ("Could you also tell me who I should ask about getting my laptop set up?", "IT are on"),
    ("If I need to step out for a call from the hospital, who should I tell?", "let Priya know"),
    ("Do you know if there's somewhere quiet I could take a phone call?", "free for calls"),
    ("Sorry, I'm still a bit stuck, my laptop won't log in. Who should I ask for help?",
     "IT are on"),
])
def test_whom_to_ask_on_a_first_day_is_what_the_place_knows(matcher: Matcher, asked: str,
                                                            answer_has: str) -> None:
    """A twenty-second play-test got the card's noodle bar and "I'd go with your gut. Which
    way are you leaning?"."""
    *_, reply = talk_through(matcher, "first_day", "Aisha", "Hi, I'm Omar, it's my first day.",
                             asked, seed=911)
    assert answer_has in reply, reply


def test_an_acronym_said_again_keeps_its_capitals(matcher: Matcher) -> None:
    *_, again = talk_through(matcher, "first_day", "Aisha", "Hi, I'm Omar.",
                             "Who should I ask about getting my laptop set up?",
                             "Sorry, the laptop - who do I ask?", seed=911)
    assert "IT are on" in again and "iT" not in again, again


def test_a_gripe_told_of_someone_gets_no_nice(matcher: Matcher,
                                              partner_wording: PartnerWording) -> None:
    *_, reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Dana.",
                             "Cooking's okay. My ex always complained about my cooking though, "
                             "typical him.", seed=914)
    assert reply.startswith(tuple(partner_wording.lines["react_down"])), reply


def test_a_place_fact_is_found_in_the_question_not_the_remark_before_it(matcher: Matcher
                                                                       ) -> None:
    """"Pizza, my hero. ... what's the weirdest thing someone told you in an interview?" got
    "As I mentioned, there's pizza and drinks by the bar."; "The toilet. Where is it?" still
    asks where the toilet is."""
    *_, reply = talk_through(
        matcher, "networking", "Marcus", "First time, yes. Is there actually pizza?",
        "Pizza, my hero. User researcher sounds fun, what's the weirdest thing someone told "
        "you in an interview?", seed=919)
    assert "pizza" not in reply.lower(), reply
    *_, toilet = talk_through(matcher, "first_day", "Tom", "Hi, I'm Sam.",
                              "The toilet. Where is it?", seed=1)
    assert "past the lifts" in toilet, toilet


@pytest.mark.parametrize("asked", ["Is this your usual crowd?",
                                   "Do you usually come to these?", "Are you a regular?"])
def test_asked_if_it_usually_comes_its_first_time_is_a_no(matcher: Matcher, asked: str) -> None:
    """"Do you usually come to these?" got "Yes, it's my first time too!" of someone on their
    second time."""
    *_, reply = talk_through(matcher, "networking", "Marcus",
                             "Second time, actually. I'm Sofia, I'm a freelance illustrator.",
                             asked, seed=920)
    assert "No, it's my first time!" in reply, reply
    assert "too" not in reply.split("first time")[1][:5], reply


def test_its_first_time_too_when_it_is_theirs(matcher: Matcher) -> None:
    *_, reply = talk_through(matcher, "networking", "Marcus",
                             "Hi, yes, first time. Have you been before?", seed=1)
    assert "No, it's my first time too!" in reply, reply


@pytest.mark.parametrize(("scene", "persona", "asked", "answer_has"), [
    ("first_day", "Aisha", "they are nice but i don't know where is the kitchen. you can show me?",
     "kitchen's at the end"),
    ("neighbour", "Dev", "The flat is very nice but the heating I dont understand how it works. "
     "You know how?", "boiler"),
])
def test_a_short_question_asks_of_the_line_before_it(matcher: Matcher, scene: str,
                                                     persona: str, asked: str,
                                                     answer_has: str) -> None:
    """A learner's "... where is the kitchen. you can show me?" asks where the kitchen is."""
    *_, reply = talk_through(matcher, scene, persona, "Hi!", asked, seed=1)
    assert answer_has in reply, reply


def test_a_line_said_back_with_its_i_left_off_gets_a_you() -> None:
    """"You told me Moved here from Cardiff ..." read as garbled (an A/B judge)."""
    from voicecoach.coaching.cues import said_back

    assert said_back("Moved here from Cardiff with my partner.") == (
        "you moved here from Cardiff with your partner")
    assert said_back("I moved here from Cardiff.") == "you moved here from Cardiff"


@pytest.mark.parametrize("said", ["Yes, I'm Mark, joining accounts. Is the manager nice?",
                                  "Hi, joining the design team today. Is it a nice place?"])
def test_a_team_joined_after_a_comma_is_not_asked_again(matcher: Matcher, said: str) -> None:
    """"Yes, I'm Mark, joining accounts." was asked "What team will you be in?" (a thirteenth
    play-test; the blind A/B judges' most common complaint is a question already answered)."""
    *_, reply = talk_through(matcher, "first_day", "Aisha", said, seed=83)
    assert "what team" not in reply.lower() and "which team" not in reply.lower(), reply
    from voicecoach.understanding.disclosure import disclosure

    assert disclosure(said).work in ("accounts", "the design team")


def test_a_mishap_asked_about_gets_one_sympathy() -> None:
    """"who should I ask if my laptop doesn't work?" got "Oh no, what a shame! Ah, fair
    enough." before the answer (the classifier's gripe, as in the loop)."""
    from voicecoach.understanding.match import load_matcher

    *_, reply = talk_through(load_matcher(meaning=True), "first_day", "Tom",
                             "hi, I'm Sam, I'm new, joining the marketing team",
                             "I'm so nervous, I already got lost twice", "what do you do here?",
                             "how did you end up in that?",
                             "who should I ask if my laptop doesn't work?", seed=33)
    assert "IT are on" in reply, reply
    assert "fair enough" not in reply.lower(), reply


def test_a_reason_asked_of_a_thing_named_is_not_anothers(matcher: Matcher) -> None:
    """"why did you pick this building?" got "It's the best way to meet everyone." (the
    reason for its summer party)."""
    *_, reply = talk_through(matcher, "neighbour", "Grace", "um hi. yes I moved in last week.",
                             "how long have you lived here?", "why did you pick this building?",
                             seed=32)
    assert "best way to meet everyone" not in reply, reply
