"""A thirtieth look at the partner, with an over-sharer, a young user typing in chat, a
curious asker, a nervous one and a learner: "im zara btw" was no name ("do u remember what my
name is" got "I don't think you said"), "i'm from leeds lol" was a place called "Leeds Lol",
and "im kinda bad at it" got "Oh really? That's interesting."."""

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


@pytest.mark.parametrize(("line", "field", "value"), [
    ("its an apprenticeship in IT support. im zara btw. whats ur name", "name", "Zara"),
    ("i'm zara lol", "name", "Zara"),
    ("haha yes i'm from leeds tbh", "place", "Leeds"),
    ("lol, i work in marketing ngl", "work", "marketing"),
])
def test_chat_tags_are_not_read_as_part_of_what_they_tell(
        line: str, field: str, value: str) -> None:
    assert getattr(disclosure(cues.heard(line)), field) == value


@pytest.mark.parametrize(("line", "read"), [
    ("idk yet its literally day one", "i don't know yet it's literally day one"),
    ("kinda, ive got like 6 pieces done", "kind of, i've got like 6 pieces done"),
    ("it doesnt matter, thats fine", "it doesn't matter, that's fine"),
    ("its name is Rex", "its name is Rex"),  # its own: no verb wanted
])
def test_chat_spellings_are_written_out(line: str, read: str) -> None:
    assert cues.heard(line) == read


def test_a_name_told_in_chat_is_remembered(matcher: Matcher) -> None:
    replies = talk_through(matcher, "first_day", "Tom", "yeah first day lol. kinda nervous ngl",
                           "its an apprenticeship in IT support. im zara btw. whats ur name",
                           "wait do u remember what my name is", seed=512)
    assert "Zara" in replies[1], replies[1]
    assert "Zara" in replies[2] and "don't think you said" not in replies[2], replies[2]


@pytest.mark.parametrize("line", [
    "yeah that was me lol. first time doing pottery ngl im kinda bad at it",
    "I'm a bit rubbish at it, to be honest.",
])
def test_owning_up_to_being_bad_at_it_is_met_kindly(
        matcher: Matcher, partner_wording: PartnerWording, line: str) -> None:
    reply = talk_through(matcher, "club", "Maya", line, seed=507)[-1]
    assert any(kind in reply for kind in partner_wording.lines["reassure"]), reply
