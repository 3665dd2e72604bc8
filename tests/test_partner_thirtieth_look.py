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
from voicecoach.understanding.moves import MoveLabel


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


def test_advice_on_keeping_calm_is_not_a_restaurant(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "any tips for not panicking before deadlines?" got the Italian place by the station."""
    reply = talk_through(matcher, "party", "Riley", "Hi, I'm Jo.",
                         "ok ur good. any tips for not panicking before deadlines? like how do u "
                         "stay calm on a bad night shift", seed=502)[-1]
    assert "pasta" not in reply and "Italian" not in reply, reply
    assert any(calm in reply for calm in partner_wording.lines["advice_calm"]), reply


def test_a_place_asked_for_is_found_in_the_question_not_the_remark_before_it(
        matcher: Matcher) -> None:
    reply = talk_through(matcher, "neighbour", "Grace",
                         "Well, I've only seen the corner shop so far, the man there gave me a "
                         "free banana. But I'd love a tip, is there a nice café nearby?",
                         seed=516)[-1]
    assert "café" in reply and "supermarket" not in reply, reply


@pytest.mark.parametrize(("line", "word"), [
    ("But my bowls are very... how you say... wonky? What means wonky exactly?", "wonky"),
    ("The boxes are everywhere. What means 'settling in'? I think I understand.", "settling in"),
    ("And what means 'upstairs' team, is a different office?", "upstairs"),
    ("what is the meaning of kiln?", "kiln"),
])
def test_a_learner_asking_what_a_word_means_is_told(
        matcher: Matcher, partner_wording: PartnerWording, line: str, word: str) -> None:
    assert cues.meaning_asked(line) == word
    reply = talk_through(matcher, "club", "Robin", "Hi, I'm Marta.", line, seed=505)[-1]
    assert partner_wording.glossary[word] in reply, reply


@pytest.mark.parametrize(("scene", "persona", "line"), [
    ("first_day", "Aisha", "Social media posts, I think. I am a bit nervous, my English is not "
     "perfect. You think people here will understand me?"),
    ("neighbour", "Grace", "Oh, I'm so sorry about your husband. Kofi is a lovely name."),
])
def test_nerves_or_a_condolence_get_no_thanks_for_a_compliment(
        matcher: Matcher, partner_wording: PartnerWording, scene: str, persona: str,
        line: str) -> None:
    reply = talk_through(matcher, scene, persona, "Hi, I'm Kasia.", line, seed=510)[-1]
    assert not any(thanks in reply for thanks in partner_wording.lines["thanks"]), reply


def test_sorry_for_its_loss_is_thanked_quietly(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Kasia.",
                         "Oh, I'm so sorry about your husband.", seed=513)[-1]
    assert any(kind in reply for kind in partner_wording.lines["condolence_thanks"]), reply


@pytest.mark.parametrize("line", [
    "This week has been a lot, my sister Joanna just had twins on Tuesday. Do you have any "
    "siblings?",
    "My brother Vikram got engaged on Saturday! Is it a friendly floor?",
    "also i got a callback from a startup today, lowkey hyped. should i ask them about pay or is "
    "that weird?",
])
def test_news_told_beside_a_question_is_met_first(
        matcher: Matcher, partner_wording: PartnerWording, line: str) -> None:
    reply = talk_through(matcher, "networking", "Marcus", "Hi, I'm Sam.", line, seed=517)[-1]
    glad = [*partner_wording.lines["congratulate_brief"], *partner_wording.lines["glad_for_them"],
            *partner_wording.lines["congratulate"]]
    assert any(reply.startswith(word) for word in glad), reply


def test_an_old_wedding_is_no_news() -> None:
    assert not cues.GOOD_NEWS.search("My brother Vikram got married here, ten years ago.")


@pytest.mark.parametrize(("told", "asked", "recalled"), [
    ("idk tbh, im doing computer science, second year. wbu what do u do",
     "wait do u remember what year of uni im in", "second year"),
    ("No, this is my first! I'm an architect, mostly schools.",
     "Do you remember what kind of buildings I said I design?", "architect"),
])
def test_what_they_told_is_recalled_by_what_it_means(
        matcher: Matcher, told: str, asked: str, recalled: str) -> None:
    reply = talk_through(matcher, "networking", "Marcus", told, "Oh nice.", asked, seed=518)[-1]
    assert recalled in reply.lower() and "don't think you said" not in reply, reply


@pytest.mark.parametrize(("line", "key"), [
    ("washing machines. it's ok. my grandmother in Gdansk was sick this month, so i'm a bit "
     "tired. is that weird to say?", "not_odd_sad"),
    ("not much. i work from home, i do translations. is that boring?", "not_odd"),
])
def test_is_that_weird_is_answered_to_what_was_told(
        matcher: Matcher, partner_wording: PartnerWording, line: str, key: str) -> None:
    reply = talk_through(matcher, "neighbour", "Dev", "Hi, I'm Ola.", line, seed=514)[-1]
    assert any(said in reply for said in partner_wording.lines[key]), reply
    pity = [*partner_wording.lines["react_down"], *partner_wording.lines["sympathy"]]
    assert not any(reply.startswith(said) for said in pity), reply


def test_asking_if_their_own_work_is_boring_is_no_gripe() -> None:
    line = "not much. i work from home, i do translations. is that boring?"
    assert cues.not_meant_as(MoveLabel.COMPLAINT, line)
    assert not cues.not_meant_as(MoveLabel.COMPLAINT, "the talks here are boring. is that weird?")


def test_a_place_within_the_one_kept_is_said_back_whole(matcher: Matcher) -> None:
    """ "Do you remember where I am from in Poland?" got "Poland, you said!"."""
    reply = talk_through(matcher, "neighbour", "Grace",
                         "Yes, hello! My name is Kasia. I am from Poland, from Wrocław.",
                         "Slowly, slowly.",
                         "Do you remember where I am from in Poland?", seed=515)[-1]
    assert "Wrocław" in reply, reply


def test_what_kind_asked_is_the_kind_not_the_thing(matcher: Matcher) -> None:
    """ "what kind of manuals i translate?" got "Manuals, wasn't it?"."""
    reply = talk_through(matcher, "neighbour", "Dev",
                         "i'm Ola, by the way. i translate polish and english, mostly manuals for "
                         "washing machines. what do you do?",
                         "do you remember what kind of manuals i translate?", seed=514)[-1]
    assert "washing machines" in reply, reply


def test_the_name_of_their_own_one_is_recalled(matcher: Matcher) -> None:
    """ "Do you remember the name of my girlfriend?" got its own "No kids, no partner."."""
    reply = talk_through(matcher, "first_day", "Aisha",
                         "Yes! I went to the sea with my girlfriend Lucía, she arrive to England "
                         "last month.",
                         "Do you remember the name of my girlfriend? I tell you one minute ago.",
                         seed=510)[-1]
    assert "Lucía" in reply and "partner" not in reply, reply


@pytest.mark.parametrize("line", [
    "But teaching maths — how did you get into that? Was it always the plan?",
    "So teaching maths, how did you get into that?",
])
def test_that_after_a_thing_named_asks_of_the_thing(matcher: Matcher, line: str) -> None:
    """It told how it took up hiking, then a chess club it started, to "how did you get into
    teaching maths?"."""
    reply = talk_through(matcher, "party", "Jordan", "Hi, I'm Ben.",
                         "I love hiking, and what's your job?", line, seed=503)[-1]
    assert "mountain" not in reply and "chess club" not in reply, reply


def test_ending_up_in_a_job_is_not_moving_to_town(matcher: Matcher) -> None:
    reply = talk_through(matcher, "club", "Maya", "Hi, I'm Ben. What do you do?",
                         "A dental nurse, interesting. And how did you end up in that job?",
                         seed=508)[-1]
    assert "grew up here" not in reply, reply


@pytest.mark.parametrize(("line", "field", "value"), [
    ("its an apprenticeship in IT support", "work", "IT support"),
    ("not much. i work from home, i do translations. is that boring?", "work", "translations"),
    ("i translate polish and english, mostly manuals for washing machines.", "job", "translator"),
    ("idk tbh, im doing computer science, second year.", "status", "student"),
    ("do you remember what kind of manuals i translate?", "job", None),
])
def test_work_told_in_other_words_is_heard(line: str, field: str, value: str | None) -> None:
    """Each of these was followed by the partner asking what they do."""
    assert getattr(disclosure(cues.heard(line)), field) == value


def test_tips_for_the_scenes_own_day_are_the_scenes_tips(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "any tips for surviving first day" on a first day got "I've no real experience
    there"."""
    reply = talk_through(matcher, "first_day", "Tom", "hi, im zara",
                         "any tips for surviving first day", seed=512)[-1]
    assert "no real experience" not in reply, reply


def test_an_offer_is_thanked_not_stepped_away_from(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    line = ("I'm a hairdresser, by the way, so if you ever need a trim, I'm downstairs, and I've "
            "got my scissors even if I haven't got a bed!")
    assert cues.not_meant_as(MoveLabel.OFFENSIVE, line)
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Denise.", line, seed=516)[-1]
    assert "not go there" not in reply, reply
    assert any(thanks in reply for thanks in partner_wording.lines["offer_thanks"]), reply


@pytest.mark.parametrize("line", [
    "im at uni, second year doing graphic design. lowkey stressed about my portfolio ngl",
    "Sorry, I keep testing people, it's a terrible habit.",
    "I do salsa on Wednesdays with Carol, we're terrible.",
])
def test_a_worry_or_modesty_is_no_gripe_to_the_coach(line: str) -> None:
    assert cues.not_meant_as(MoveLabel.COMPLAINT, line)


@pytest.mark.parametrize("line", ["the service here is terrible",
                                  "this party is terrible, honestly"])
def test_a_gripe_about_the_scene_is_still_one(line: str) -> None:
    assert not cues.not_meant_as(MoveLabel.COMPLAINT, line)


def test_a_pets_two_word_name_is_recalled_whole(matcher: Matcher) -> None:
    reply = talk_through(matcher, "neighbour", "Grace",
                         "This morning my cat Mr Tibbles escaped into the hallway.",
                         "Anyway, I do salsa on Wednesdays.",
                         "Can I test you though, do you remember my cat's name?", seed=516)[-1]
    assert "Mr Tibbles" in reply, reply


def test_a_scare_that_ended_well_is_met_with_relief(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "my cat Biscuit had to go to the vet on tuesday. she's ok now." got "Oh, I see. What's
    your favourite thing to cook?"."""
    line = "not much. oh, actually my cat Biscuit had to go to the vet on tuesday. she's ok now."
    assert cues.RECOVERED.search(line)
    assert not cues.RECOVERED.search("my sister's ok now, she moved out")
    reply = talk_through(matcher, "party", "Riley", "hi", line, seed=504)[-1]
    assert any(glad in reply for glad in partner_wording.lines["glad_better"]), reply


def test_its_own_side_shared_after_short_answers_asks_nothing(matcher: Matcher) -> None:
    """After "yes." and "accounts. sorry." it said "Me? I joined six months ago": a "Me?" that
    no one asked."""
    replies = talk_through(matcher, "first_day", "Aisha", "yes.", "accounts. sorry.", seed=509)
    assert "Me?" not in replies[-1], replies[-1]
