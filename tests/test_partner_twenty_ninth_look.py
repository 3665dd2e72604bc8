"""From a twenty-ninth look at the partner (warm, learner, older, joking and networking
testers): a late husband met with a kind word, a wimp is no job, "do you recall" is a memory
check, LinkedIn and introductions asked in other words, going together is no goodbye, and
"what do you like?" is no yes or no."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching import cues
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


def test_a_late_husband_gets_a_kind_word(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "club", "Maya", "Yes, I was. I am Margaret. My late husband "
                         "always said I should take up pottery.", seed=408)[-1]
    kind = (*partner_wording.lines["sorry_brief"], *partner_wording.lines["sorry_news"])
    assert any(said in reply for said in kind), reply


def test_a_wimp_in_the_rain_is_no_job() -> None:
    assert disclosure("Ha, I'm a wimp in the rain. Any good lunch places near here?").job is None


@pytest.mark.parametrize(("line", "asks"), [
    ("do you recall what I did for a living?", True),
    ("um about two years now um could i get your linkedin or something", True),
    ("Is there anyone here you'd introduce me to?", True),
])
def test_asked_in_other_words(line: str, asks: bool) -> None:
    assert bool(cues.MEMORY_CHECK.search(line) or cues.CONNECT_ASKED.search(line)
                or cues.INTRODUCE_ME.search(line)) is asks


def test_do_you_recall_gets_their_job_not_its_own(matcher: Matcher) -> None:
    reply = talk_through(matcher, "networking", "Marcus", "Good evening. I was a draughtsman "
                         "for forty years, retired now.", "Tell me, do you recall what I did for "
                         "a living?", seed=418)[-1]
    assert "draughtsman" in reply.lower(), reply


def test_going_together_is_no_goodbye(matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "party", "Riley", "Hi, I'm Jess.",
                         "Anyway, it's been lovely chatting. Shall we go and find Sam together "
                         "and grab some cake?", seed=401)[-1]
    assert not any(said in reply for said in partner_wording.lines["farewell"]), reply


def test_what_do_you_like_is_no_yes_or_no(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "party", "Jordan", "Hi, I'm Sam's cousin.",
                         "Um, music, I don't know, just whatever's on the radio, sorry that's "
                         "boring. What do you like?", seed=303)[-1]
    assert not any(said in reply for said in partner_wording.lines["think_so"]), reply


def test_a_past_trade_is_a_job_and_pleasant_talking_takes_leave() -> None:
    assert disclosure("I am retired now, I was a draughtsman for forty years.").job
    assert cues.is_goodbye("It has been pleasant talking. Good luck settling in.")


def test_where_they_will_work_is_recalled_not_denied(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "neighbour", "Dev",
        "Yes, moved in on Saturday. I've relocated for a new job, I start as a nurse at the "
        "hospital up the road next week.",
        "Quick test, do you remember where I said I'm going to be working?", seed=415)[-1]
    assert not any(said in reply for said in partner_wording.lines["recall_untold"]), reply


def test_i_told_you_at_the_start_is_a_memory_check(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "networking", "Priya",
        "Yes, my first time. I'm Sophie, I'm a graphic designer trying to move into product "
        "design.",
        "I told you at the start, remember? What do I do now, and what am I hoping to move into?",
        seed=420)[-1]
    assert "graphic designer" in reply.lower(), reply
    assert not any(said in reply for said in partner_wording.lines["recall_untold"]), reply
