"""Asked whether its body gets tired, the partner answers how it feels, not its job again (a
twenty-seventh look at the partner: "A dental nurse, ha! ... Do your hands ever get tired?"
got "Yes, I'm a dental nurse." three times, the last after "I meant, does working with clay
tire your hands out?")."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()


_BOWL = ("I was! I'm the one whose bowl collapsed into what the teacher kindly called 'an "
         "interesting ashtray'. How did yours turn out?")
_HANDS = ("No, I came on my own, my friend bailed at the last minute. A dental nurse, ha! So "
          "clay is basically fillings for you? Do your hands ever get tired?")


def test_a_yes_no_of_its_hands_is_not_its_job_again(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "club", "Maya", _BOWL, _HANDS, seed=205)[-1]
    assert "dental nurse" not in reply, reply
    assert any(line in reply for line in partner_wording.lines["sometimes"]), reply


def test_put_right_it_answers_the_question_it_got_wrong(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(
        matcher, "club", "Maya", _BOWL, _HANDS,
        "Ha, yes, you said! I meant, does working with clay tire your hands out after a day at "
        "work?", seed=205)[-1]
    assert "dental nurse" not in reply, reply
    assert any(line in reply for line in partner_wording.lines["sometimes"]), reply


@pytest.mark.parametrize("line", [
    "Wow. Do your feet get sore after a long shift?",
    "Does the night shift tire you out?",
])
def test_tired_from_its_work_is_answered_as_a_feeling(
        matcher: Matcher, partner_wording: PartnerWording, line: str) -> None:
    reply = talk_through(matcher, "party", "Riley", "Hi! Yes, Sam and I work together.",
                         "So what do you do for work?", line, seed=1002)[-1]
    assert any(said in reply for said in partner_wording.lines["sometimes"]), reply
