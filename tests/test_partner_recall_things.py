"""A memory check answered with the thing asked for, and both of two memory checks answered
(a twenty-seventh look at the partner: "what did I say happened to my bowl last week? And what
do I always forget when I bake?" got the whole first line back and nothing on the second)."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


_POTTERY = (
    "I was! I'm the one whose bowl collapsed into what the teacher kindly called 'an "
    "interesting ashtray'. How did yours turn out?",
    "No, I came on my own, my friend bailed at the last minute.",
    "Okay! I do bake, mostly banana bread, because I always forget the bananas until they're "
    "black. What made you pick pottery?",
)


def test_two_memory_checks_after_a_colon_are_both_answered(matcher: Matcher) -> None:
    reply = talk_through(
        matcher, "club", "Maya", *_POTTERY,
        "Fair enough! Quick test before they kick us out: what did I say happened to my bowl "
        "last week? And what do I always forget when I bake?", seed=205)[-1]
    assert "your bowl collapsed" in reply, reply
    assert "bananas" in reply.lower(), reply


@pytest.mark.parametrize(("scene", "persona", "lines", "wanted", "unwanted"), [
    ("club", "Maya", (*_POTTERY, "Do you remember what I always forget when I bake?"),
     "The bananas", "banana bread"),
    ("party", "Riley", ("Hi! I'm Tom. I always lose my keys, it's a running joke at home.",
                        "What do you do?", "Ha. Do you remember what I always lose?"),
     "Your keys", "running joke"),
    ("first_day", "Tom", ("Hi, I'm Ana. I drink way too much coffee, three cups before nine.",
                          "What team are you in?", "So what did I say I drink too much of?"),
     "coffee", "three cups"),
])
def test_what_they_do_to_a_thing_is_said_back_as_the_thing(
        matcher: Matcher, scene: str, persona: str, lines: tuple[str, ...], wanted: str,
        unwanted: str) -> None:
    reply = talk_through(matcher, scene, persona, *lines, seed=7)[-1]
    assert wanted in reply and unwanted not in reply, reply


def test_what_happened_to_a_thing_is_said_from_the_thing_on(matcher: Matcher) -> None:
    reply = talk_through(
        matcher, "neighbour", "Grace",
        "Hi, I'm new in flat 4. Sorry, my new sofa got stuck in the stairwell earlier.",
        "How long have you lived here?",
        "Random question, do you remember what happened to my sofa?", seed=3)[-1]
    assert "your new sofa got stuck" in reply, reply


def test_what_they_said_back_of_its_own_is_not_recalled_as_theirs(matcher: Matcher) -> None:
    """"So you said your son gave you the class" was recalled as the user's own, and who
    talked them into the class was never found ("I only signed up because my sister Anjali
    dared me to")."""
    reply = talk_through(
        matcher, "club", "Robin",
        "Yep, second week. I'm Priya. I only signed up because my sister Anjali dared me to.",
        "Not far, I cycle. So you said your son gave you the class - that's sweet of him.",
        "Anyway, do you remember who talked me into this class?", seed=305)[-1]
    assert "sister" in reply and "son gave" not in reply, reply


def test_praise_of_their_own_grandfather_is_not_thanked(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "club", "Maya",
        "yes enjoy, but clay is very difficult, always go to side. my grandfather make it look "
        "easy. what is your job?", seed=307)[-1]
    assert not any(said in reply for said in partner_wording.lines["thanks"]), reply


def test_people_scared_at_its_work_is_not_the_users_nerves(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "club", "Maya",
        "I'm a bus driver! Dental nurse, huh - what's that actually like day to day? Do people "
        "get scared?", seed=306)[-1]
    assert not any(said in reply for said in partner_wording.lines["reassure"]), reply


@pytest.mark.parametrize(("scene", "persona", "seed", "lines", "wanted"), [
    ("first_day", "Tom", 312, (
        "yes, today is my first day. I am Lucia, from Spain. I work in accounting team, I think.",
        "is my first day, I don't know yet haha! you remember my name? and from which country "
        "I am?"), ("Lucia", "Spain")),
    ("club", "Maya", 307, (
        "yes, I am here last tuesday. my name is Hiroshi, I come from Osaka.",
        "here? I like quiet. in Japan my grandfather make pottery, so I want try.",
        "no, alone. you remember where I am from? and who make pottery in my family?"),
     ("Osaka", "grandfather")),
])
def test_a_learners_second_memory_check_is_answered_too(
        matcher: Matcher, scene: str, persona: str, seed: int, lines: tuple[str, ...],
        wanted: tuple[str, ...]) -> None:
    reply = talk_through(matcher, scene, persona, *lines, seed=seed)[-1]
    assert all(word in reply for word in wanted), reply
