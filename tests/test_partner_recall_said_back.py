"""What the user told, said back as a person would: the thing asked for, not a transcript's
whole run-on line with its fillers (a twenty-seventh look at the partner: "You told me you do
like freelance illustration mostly children's books a bank app sounds stressful is it!", "Um
hiking, wasn't it?")."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


@pytest.mark.parametrize(("scene", "persona", "lines", "wanted", "unwanted"), [
    ("networking", "Priya", (
        "hi yeah first time um im kai",
        "i do like freelance illustration mostly children's books a bank app sounds stressful "
        "is it",
        "do you remember what kind of books i illustrate"),
     "children's books", "stressful"),
    ("neighbour", "Dev", (
        "yeah hi um i moved in on tuesday flat one do you need a hand with the bags",
        "do you remember what flat i'm in"),
     "flat one", "bags"),
])
def test_a_run_on_line_is_said_back_by_the_thing_asked(
        matcher: Matcher, scene: str, persona: str, lines: tuple[str, ...], wanted: str,
        unwanted: str) -> None:
    reply = talk_through(matcher, scene, persona, *lines, seed=207)[-1]
    assert wanted in reply.lower() and unwanted not in reply.lower(), reply


def test_a_remark_and_a_question_run_on_after_it_are_not_said_back(matcher: Matcher) -> None:
    """Its answer to "Do you live around here?" was said back with "football that's cool what
    position!" run on."""
    reply = talk_through(
        matcher, "party", "Jordan",
        "um yeah sort of i work with sam well i used to we were in the same office how about you",
        "yeah like ten minutes away near the old cinema football that's cool what position do you "
        "play",
        "ha same i never score either i play five a side on tuesdays um do you know if sam is "
        "doing a speech later",
        "okay never mind do you remember where i said i live", seed=206)[-1]
    wanted, unwanted = "near the old cinema", "position"
    assert wanted in reply.lower() and unwanted not in reply.lower(), reply


def test_a_transcripts_hesitation_is_no_part_of_what_they_told() -> None:
    assert disclosure("for fun i like um hiking and bad karaoke").like == "hiking"
    told = disclosure("um i work in a bakery")
    assert "um" not in str(told.work).lower().split(), told


def test_a_few_words_of_answer_given_a_turn_late_are_remembered(matcher: Matcher) -> None:
    """"What team will you be in?" was met with questions, and "Marketing, I think." came a
    turn later: "do you remember which team I said I'm in?" got "I don't think you said"."""
    replies = talk_through(
        matcher, "first_day", "Aisha", "Yeah. First day. Really nervous.",
        "Okay. Thanks. Um, how long have you been here? And is everyone nice?",
        "Marketing, I think. You didn't say though, is everyone nice? My last boss used to shout "
        "a lot.",
        "Do you remember which team I said I'm in?", seed=219)
    assert "kind" in replies[1], replies[1]  # "is everyone nice?" of the place it works at
    assert replies[-1].startswith("Marketing"), replies[-1]


def test_its_own_words_asked_with_before_are_the_sentence_that_says_before(
        matcher: Matcher) -> None:
    """"what did you say you did before pottery?" got "As I said, pottery is the new one."."""
    reply = talk_through(
        matcher, "club", "Robin", "Yeah. I sat in the corner. I don't talk much, sorry.",
        "Um, I saw a poster. My therapist said to try a hobby with people. Sorry, too much info.",
        "Not really. What did you do before pottery?",
        "One cat. Sorry, what did you say you did before pottery?", seed=220)[-1]
    assert "crosswords" in reply.lower(), reply


def test_put_right_it_does_not_say_the_same_fact_again(matcher: Matcher) -> None:
    """"I meant, does working with clay tire your hands out?" after its job got "Oh, sorry, my
    mistake! Well, like I said, I'm a dental nurse." (a third time)."""
    reply = talk_through(
        matcher, "club", "Maya",
        "I was! I'm the one whose bowl collapsed into what the teacher kindly called 'an "
        "interesting ashtray'. How did yours turn out?",
        "No, I came on my own, my friend bailed at the last minute. A dental nurse, ha! So clay "
        "is basically fillings for you? Do your hands ever get tired?",
        "Ha, yes, you said! I meant, does working with clay tire your hands out after a day at "
        "work?", seed=205)[-1]
    assert "dental nurse" not in reply, reply
