"""One detail asked of what the partner has just told ("When are you going?", "Who with?",
"Why Canada?"): the detail, not the next step of its story, "I couldn't say" or its name (a
nineteenth blind play-test)."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.slots import Slot, asked_slot, detail
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


@pytest.mark.parametrize(("question", "slot"), [
    ("Oh nice! When are you going?", Slot.WHEN),
    ("What time does it start?", Slot.WHEN),
    ("Who are you going with?", Slot.WHO_WITH),
    ("Who with?", Slot.WHO_WITH),
    ("Who eats it all?", Slot.WHO),
    ("Why Canada?", Slot.WHY),
    ("how come?", Slot.WHY),
    # not a detail of its telling
    ("When did I say the party was?", None),
    ("when are we meeting?", None),
    ("Who is the host?", None),
    ("Why not?", None),
    ("What do you do?", None),
])
def test_the_detail_a_question_asks(question: str, slot: Slot | None) -> None:
    assert asked_slot(question) is slot


def test_a_detail_said_already_is_said_alone() -> None:
    sentence = "I'm going to see my sister in Canada in the autumn."
    assert detail(sentence, Slot.WHEN) == "In the autumn."
    assert detail(sentence, Slot.WHY) == "To see my sister in Canada in the autumn."
    assert detail("I love it.", Slot.WHEN) is None


def test_when_and_why_of_its_trip_get_when_and_why(matcher: Matcher) -> None:
    opener, when, with_whom, why = talk_through(
        matcher, "party", "Riley", "Hi I'm Sam, any plans coming up?",
        "Oh nice! When are you going?", "Who are you going with?", "Why Canada?")
    assert "in the autumn" in opener
    assert when.startswith("In the autumn.")  # not "She lives near a lake ..."
    assert "Riley" not in with_whom and ("own" in with_whom or "Just me" in with_whom)
    assert why.startswith("To see my sister")  # (was the story's bears)


def test_who_of_what_it_told_is_found_in_its_story(matcher: Matcher) -> None:
    *_, who = talk_through(matcher, "party", "Riley", "Hi I'm Sam, what do you do for fun?",
                           "How long have you been baking?", "Who eats it all?")
    assert "neighbours" in who  # (was "I'm not sure, to be honest.")


def test_when_it_started_its_job_is_how_long_ago(matcher: Matcher) -> None:
    *_, when = talk_through(matcher, "party", "Jordan", "Hi, I'm Kim. What do you do?",
                            "When did you start?")
    assert "six years ago" in when


def test_why_its_job_is_answered_though_its_card_gives_no_reason(matcher: Matcher) -> None:
    *_, why = talk_through(matcher, "club", "Robin", "Hi, I'm Kim. What do you do?",
                           "Why did you pick that?")
    assert "couldn't say" not in why and "not sure" not in why


def test_a_detail_of_something_else_is_not_taken_from_the_trip(matcher: Matcher) -> None:
    *_, birthday = talk_through(matcher, "party", "Riley", "Hi I'm Sam, any plans coming up?",
                                "When's your birthday?")
    assert "October" in birthday


def test_who_with_is_no_gossip() -> None:
    with_classifier = load_matcher()  # the classifier read "Who with?" as gossip (0.56)
    assert "gossip" not in {str(label) for label in with_classifier.match("Who with?").labels}
    *_, with_whom = talk_through(with_classifier, "first_day", "Tom",
                                 "Hi I'm Kim, any plans for the weekend?", "Who with?")
    assert "people who aren't here" not in with_whom


def test_who_it_plays_with_is_answered(matcher: Matcher) -> None:
    *_, who = talk_through(matcher, "networking", "Marcus", "Hi, I'm Sam. What do you do for fun?",
                           "Who do you play football with on Tuesdays, people from work?")
    assert who.startswith(("A mix", "Whoever")), who  # (was "Yes, I play five-a-side ...")


@pytest.mark.parametrize("asked", [
    "What do you say when you first walk up to a stranger? I always freeze.",
    "sorry, back to my question, how do you start a conversation with someone you don't know?",
    "That sounds like a big job. Can I ask you something? Do you have any tips for how I could "
    "stop apologising all the time when I talk to people?",
])
def test_advice_on_talking_to_people_is_given(matcher: Matcher, asked: str) -> None:
    """What the user came to practise: a twentieth play-test's "how do you start a
    conversation?" got its football and "Oh, I couldn't say, really."."""
    from voicecoach.coaching.partner import PartnerWording

    wording = PartnerWording.load()
    *_, tip = talk_through(matcher, "networking", "Marcus", "Hi, I'm Sam.", asked)
    tips = wording.lines["advice_talking"] + wording.lines["advice_apologising"]
    assert tip.startswith(tips), tip  # nothing before it: "Can I ask you something?" asks leave


def test_a_detail_asked_of_a_fact_named_by_its_words(matcher: Matcher) -> None:
    """"Who did you say you're visiting in Canada? And where did you and Sam meet?" (a
    twentieth play-test: "Not lately, sadly. I'd love to, though. Have you?"): Canada is in
    its plans, and "you and Sam" asks how it knows the host."""
    *_, reply = talk_through(
        matcher, "party", "Riley", "Hi!", "are you going anywhere nice this summer?",
        "Great! Sorry, my brain jumps around. Who did you say you're visiting in Canada? And "
        "where did you and Sam meet?")
    assert "sister" in reply, reply
    *_, met = talk_through(matcher, "party", "Riley", "Hi!", "And where did you and Sam meet?")
    assert "cooking class" in met, met


@pytest.mark.parametrize(("scene", "persona", "asked", "said"), [
    ("networking", "Marcus", "So where did you move from?", "Glasgow"),
    ("networking", "Marcus", "how old are you, if you don't mind me asking?", None),
    ("neighbour", "Dev", "Ha, well I can now! You drive a bus, that's so cool. Do you ever get "
     "nervous?", None),
])
def test_questions_a_person_answers_get_an_answer(matcher: Matcher, scene: str, persona: str,
                                                  asked: str, said: str | None) -> None:
    """A twentieth play-test: where it moved from, its age and whether it gets nervous all got
    "Oh, I couldn't say, really." (and the last the reassurance meant for a nervous user)."""
    *_, reply = talk_through(matcher, scene, persona, "Hi, I'm Kim.", asked)
    assert "couldn't say" not in reply and "not sure" not in reply, reply
    assert "starts somewhere" not in reply and "not yet" not in reply.lower(), reply
    if said:
        assert said in reply, reply


def test_a_taste_for_small_talk_asked_gets_no_tip(matcher: Matcher) -> None:
    from voicecoach.coaching.partner import PartnerWording

    wording = PartnerWording.load()
    *_, reply = talk_through(matcher, "party", "Riley", "Hi", "Do you like small talk?")
    assert not reply.startswith(wording.lines["advice_talking"]), reply


@pytest.mark.parametrize(("asked", "age"), [
    ("How old is your grandson?", "five"),
    ("Great! What's your grandson's name again, and how old is he?", "five"),
    ("and your son, how old is he?", "forty-three"),
])
def test_the_age_of_the_one_asked_is_said(matcher: Matcher, asked: str, age: str) -> None:
    """A twenty-first play-test: "What's your grandson's name again, and how old is he?" got
    "Kofi! As I said, he's forty-three." (his father's age)."""
    *_, reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Kim.",
                             "Do you have family nearby?", asked)
    assert f"'s {age}" in reply, reply


def test_how_it_got_into_its_told_job_is_answered(matcher: Matcher) -> None:
    """"How did you get into user research in the first place?" after its job (a twenty-first
    play-test: "The hardest part is not helping people ...")."""
    from voicecoach.coaching.partner import PartnerWording

    wording = PartnerWording.load()
    *_, reply = talk_through(matcher, "networking", "Marcus", "Hi, I'm Kim.", "What do you do?",
                             "How did you get into user research in the first place?")
    assert reply.startswith(wording.lines["why_this_job"]), reply


def test_how_to_start_talking_to_people_gets_a_tip(matcher: Matcher) -> None:
    from voicecoach.coaching.partner import PartnerWording

    wording = PartnerWording.load()
    *_, tip = talk_through(matcher, "party", "Jordan", "hi, I'm Jess",
                           "how do you usually start talking to people at these things?")
    assert tip.startswith(wording.lines["advice_talking"]), tip
