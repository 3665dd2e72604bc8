"""Memory checks a seventeenth blind play-test failed (7 of 15): where the user is from said
beside their name, a pastime asked back as a sport, and the partner's own words asked again by
a detail of them."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner import Partner, PartnerWording, UserLine
from voicecoach.coaching.persona import load_scenario
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.match import Matcher, load_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


@pytest.mark.parametrize(("text", "place"), [
    ("hello i am kenji from japan i work in software company", "Japan"),
    ("Hi, I'm Ana from New York!", "New York"),
    ("Hi, I'm Kenji from Japan.", "Japan"),
])
def test_where_they_are_from_said_beside_their_name_is_heard(text: str, place: str) -> None:
    assert disclosure(text).place == place


@pytest.mark.parametrize("text", ["I'm Jo from accounts.", "hi im sam from work"])
def test_a_team_or_work_after_the_name_is_no_place(text: str) -> None:
    assert disclosure(text).place is None


def test_where_they_are_from_is_remembered(matcher: Matcher) -> None:
    replies = talk_through(matcher, "networking", "Marcus",
                           "hello i am kenji from japan i work in software company",
                           "i am backend engineer. what is your job?",
                           "Do you remember where I am from?")
    assert "Japan" in replies[2], replies[2]


@pytest.mark.parametrize("asked", ["Do you remember what sport I said I do?",
                                   "What did I say I do for fun?"])
def test_a_pastime_asked_back_is_the_pastime(matcher: Matcher, asked: str) -> None:
    """It got "You said you just moved in next door!"."""
    replies = talk_through(matcher, "neighbour", "Dev", "Hi! Yeah, I just moved in next door.",
                           "I like running. Do you run?", asked)
    assert "running" in replies[2].lower(), replies[2]


def test_its_own_words_asked_again_by_a_detail_are_said_again(matcher: Matcher) -> None:
    """"What did you say you do on Wednesdays again?" got its job ("I'm in finance.")."""
    replies = talk_through(matcher, "first_day", "Tom", "Hi, I'm Sara, it's my first day!",
                           "What do you do for fun outside work?",
                           "Nice. What did you say you do on Wednesdays again?")
    assert "Wednesday" in replies[1], replies[1]  # (the card's pastime, told first)
    assert "football" in replies[2] and "Wednesday" in replies[2], replies[2]


def test_a_memory_check_is_no_correction_to_apologise_for(matcher: Matcher) -> None:
    """"I told you earlier" in a memory check got "Ah, sorry, I misheard." before the answer."""
    replies = talk_through(matcher, "first_day", "Tom",
                           "Hi, I'm Sara! My sister just had a baby, she's called Lily.",
                           "What do you do for fun?",
                           "Oh, do you remember my niece's name? I told you earlier.")
    assert "Lily" in replies[2], replies[2]
    assert "sorry" not in replies[2].lower() and "muddled" not in replies[2], replies[2]


def test_a_correction_beside_a_memory_check_is_still_owned(matcher: Matcher) -> None:
    """An eighteenth play-test's A/B: "No, I meant the cake!" before "Do you even remember which
    team I'm in?" lost its "Oh, sorry, my mistake!" with the change above."""
    replies = talk_through(matcher, "first_day", "Tom", "Hi, I'm Sara, I'm in the legal team.",
                           "Ooh, is that cake on the table? Whose birthday is it?",
                           "No, I meant the cake! Never mind. Do you even remember which team "
                           "I'm in?")
    assert "legal" in replies[2], replies[2]
    assert "sorry" in replies[2].lower() or "mistake" in replies[2].lower(), replies[2]


def test_its_name_asked_as_yours_after_names_is_said(matcher: Matcher) -> None:
    """An eighteenth play-test: "Sorry, I'm awful with names, what was yours again?" got "Hm,
    good question. I'm not sure, to be honest."."""
    replies = talk_through(matcher, "first_day", "Aisha", "Hi, I'm Sara.",
                           "Sorry, I'm awful with names, what was yours again?")
    assert "Aisha" in replies[1], replies[1]
    assert "not sure" not in replies[1], replies[1]


def test_when_it_is_coming_to_a_plan_it_took_is_the_plans_time(matcher: Matcher) -> None:
    replies = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Tariq.",
                           "Want to come for a curry at mine on Sunday at 6?",
                           "Brilliant! What time are you coming?")
    assert "Sunday at 6" in replies[2], replies[2]


def test_its_own_yes_said_again_loses_the_yes(matcher: Matcher) -> None:
    """A nineteenth play-test's A/B: "Like I said, yes, four years now, on the finance team."
    read as stitched."""
    partner = Partner(load_scenario("first_day"), seed=606, persona="Tom")
    lines = ["Yes, first day! I'm Alex. Have you worked here long?",
             "Marketing. Four years, wow, what's kept you here that long? And do you live nearby?",
             "Ha, you dodged my first question! What's kept you here four years? I'm about 40 "
             "minutes on the train, not bad",
             "No pets, I'm allergic sadly. Do you have any? And what do you actually do in "
             "finance?",
             "A dog called Bruno, love it. Sorry, which team did you say you're on again?"]
    replies = [partner.reply(UserLine(line, matcher.match(line).labels)).text for line in lines]
    assert "finance" in replies[-1], replies[-1]
    assert "said, yes" not in replies[-1], replies[-1]


@pytest.mark.parametrize(("scene", "persona", "lines", "expected"), [
    ("neighbour", "Dev", ("Hello. Yes, I move here on Sunday. I am from Brazil, my name is Lucas.",
                          "You remember where I am from?"), "Brazil"),
    ("neighbour", "Dev", ("hey im having a few people round on saturday at eight for a flat "
                          "warming you should come",
                          "cool so youll come saturday then what time did i say again lol"),
     "Saturday at eight"),
    ("club", "Maya", ("A few of us are getting drinks on Friday at 8 to celebrate, would you "
                      "like to come?",
                      "Ha, I bet! So just to check, do you remember when and where the drinks "
                      "are?"), "Friday at 8"),
])
def test_a_nineteenth_play_tests_memory_checks(matcher: Matcher, scene: str, persona: str,
                                               lines: tuple[str, ...], expected: str) -> None:
    """Answered before with "I don't think you told me that yet!", the user's own first line
    said back, and "Hm, I don't think you said, actually!"."""
    replies = talk_through(matcher, scene, persona, *lines)
    assert expected in replies[-1], replies[-1]


@pytest.mark.parametrize(("scene", "persona", "lines", "expected"), [
    ("club", "Maya", ("Could you show me how you centre the clay next Tuesday?",
                      "Good tip, thanks. So is that a yes for next Tuesday, could you show me "
                      "before class?"), "Next Tuesday"),
    ("club", "Robin", ("Would you like to go to the market together? We could meet by the "
                       "fountain at 2 on Saturday.",
                       "Enjoying the class? Yes, much more than last week. So is that a yes to "
                       "Saturday?"), "Saturday at 2"),
])
def test_a_proposal_put_again_gets_its_yes_and_its_time(
        matcher: Matcher, scene: str, persona: str, lines: tuple[str, ...],
        expected: str) -> None:
    """Eighteenth and nineteenth play-tests: "So is that a yes for next Tuesday?" got "Yes, I
    swim most mornings.", "So is that a yes to Saturday?" got "Yes, I love it."."""
    replies = talk_through(matcher, scene, persona, "Hi, I'm Jo.", *lines)
    assert replies[-1].startswith(("Yes", "Sounds good")), replies[-1]
    assert expected in replies[-1], replies[-1]


def test_with_nothing_proposed_is_that_a_yes_gets_no_yes(matcher: Matcher) -> None:
    replies = talk_through(matcher, "party", "Riley", "Hi, I'm Dana.", "is that a yes?")
    assert not replies[-1].startswith(("Yes, definitely", "Yes, let's", "Sounds good")), replies


@pytest.mark.parametrize(("persona", "guess", "yes"), [
    ("Riley", "do you know Sam from work?", False),
    ("Riley", "do you know Sam from the cooking class?", True),
    ("Jordan", "do you know Sam from football?", True),
])
def test_a_wrong_guess_gets_no_yes(matcher: Matcher, persona: str, guess: str,
                                   yes: bool) -> None:
    """Read as a nervous newcomer: "do you know Sam from work?" got "Yes! We met at a cooking
    class a couple of years ago."."""
    replies = talk_through(matcher, "party", persona, "Hi, I'm Lena.", guess)
    assert replies[1].startswith("Yes") is yes, replies[1]


def test_which_team_are_you_in_is_no_proposal_put_again(matcher: Matcher) -> None:
    """Read as a nervous newcomer: "what team are you in?" after a plan got "Yes, let's!"."""
    replies = talk_through(matcher, "first_day", "Tom", "Hi, it's my first day. I'm Omar.",
                           "do you want to have lunch together at 1?", "what team are you in?",
                           "sorry, what time did we say for lunch?")
    assert "finance" in replies[2], replies[2]
    assert "1 o'clock" in replies[3], replies[3]


@pytest.mark.parametrize("doubt", [
    "the design team. I'm probably going to mess it up though, I always say something stupid",
    "oh. sorry. see, I'm awful at this.",
])
def test_a_newcomer_putting_themselves_down_is_reassured(doubt: str) -> None:
    """A twentieth play-test: "I always say something stupid" got "Hm, let's not go there."
    and the coach's "That could hurt"."""
    replies = talk_through(load_matcher(), "first_day", "Tom", "hi, um, sorry, I'm new.", doubt)
    wording = PartnerWording.load()
    kind = wording.lines["reassure"] + wording.lines.get("reassure_doubt", ())
    assert any(line in replies[1] for line in kind), replies[1]


@pytest.mark.parametrize(("lines", "asked", "said", "not_said"), [
    # a trouble said back is said gently and cut to what was asked
    (["Hi, I'm Kim. My dad's just gone into hospital and my head's a bit all over the place.",
      "What do you do?"], "do you remember what I told you about my dad?",
     "your dad's just gone into hospital.", "all over the place"),
    # the named one of a kind, from a request of theirs too
    (["Hi, I'm Kim.", "Could you possibly give me a lift to St Mary's hospital on Saturday?"],
     "And just checking, which hospital did I say it was?", "St Mary's hospital", "lift"),
    (["Hi, I'm Kim. I've got a very fat ginger cat called Biscuit who thinks he owns the flat.",
      "What do you do?"], "Bet you can't remember my cat's name!", "Biscuit", "laptop"),
    # their work from an unpunctuated line, not the line
    (["hey morning yeah im new started today in the marketing team", "whats your name"],
     "do you even remember what team im in", "marketing team", "hey morning"),
    (["yeah first time im max i work in cyber security mostly pen testing", "what about you"],
     "do you remember what i do for work", "cyber security", "pen testing"),
])
def test_what_they_told_is_said_back_short(matcher: Matcher, lines: list[str], asked: str,
                                           said: str, not_said: str) -> None:
    """A twentieth play-test: memory checks got the user's whole line back ("You told me hey
    morning yeah you're new started today in the marketing team!"), a trouble with a cheery
    "!", and "which hospital" the first line that said "hospital"."""
    scene = "first_day" if "team" in asked else "club"
    *_, reply = talk_through(matcher, scene, "Tom" if scene == "first_day" else "Robin",
                             *lines, asked)
    assert said.lower() in reply.lower(), reply
    assert not_said not in reply.lower(), reply


@pytest.mark.parametrize(("scene", "persona", "lines", "asked", "said"), [
    # a memory test said, not asked; their answer to its question
    ("party", "Riley", ["hi", "work", "reading mostly"], "bet you forgot what i do for fun",
     "reading"),
    # how they know the host, in their words ("I know" is no filler here)
    ("party", "Riley", ["Hi!", "I know Sam from five-a-side football."],
     "Last chance to redeem yourself: how do I know Sam?", "you know sam from five-a-side"),
])
def test_a_twentieth_play_tests_memory_checks(matcher: Matcher, scene: str, persona: str,
                                              lines: list[str], asked: str, said: str) -> None:
    """"bet you forgot what i do for fun" got "Oh, I see." and "how do I know Sam?" the
    Italian place's pasta."""
    # (the twentieth play-test's own seed: its partner asked what they do in their free time)
    *_, reply = talk_through(matcher, scene, persona, *lines, asked, seed=701)
    assert said in reply.lower(), reply


@pytest.mark.parametrize(("line", "key"), [
    ("ok thanks. could i borrow a screwdriver? for the bed", "lend_yes"),
    ("There's a jazz night at the Blue Lantern on Friday at 8, would you and Alex like to "
     "come along?", "accept_invitation"),
])
def test_a_loan_or_an_invitation_in_other_words_gets_a_yes(matcher: Matcher, line: str,
                                                           key: str) -> None:
    wording = PartnerWording.load()
    yes = wording.lines["lend_yes"] + wording.lines["agree_favour"] + wording.lines[
        "accept_invitation"] + wording.lines["accept_plan"]
    *_, reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Kim.", line)
    assert reply.startswith(yes), reply  # (it got "Oh, I couldn't say, really.")


def test_sorry_im_nosy_is_no_name(matcher: Matcher) -> None:
    *_, reply = talk_through(matcher, "first_day", "Aisha", "Yes, first day! I'm Alex.",
                             "So, married? Kids? Sorry, I'm nosy.")
    assert "Nosy" not in reply, reply


def test_sorry_for_moaning_all_night_is_waved_away(matcher: Matcher) -> None:
    wording = PartnerWording.load()
    *_, reply = talk_through(matcher, "club", "Maya", "Hi, I'm Kim.",
                             "Sorry, I've been moaning all night. What's your day job again?")
    assert any(line in reply for line in wording.lines["not_at_all"]), reply


def test_a_job_just_got_is_congratulated(matcher: Matcher) -> None:
    """"I'm actually buzzing, I only found out on Friday that I got this job" got a greeting
    and "What will you be doing day to day?" (a twentieth play-test)."""
    wording = PartnerWording.load()
    first, = talk_through(matcher, "first_day", "Aisha",
                          "Yes! First day, I'm Ben. I'm actually buzzing, I only found out on "
                          "Friday that I got this job and I've been wanting to work here for "
                          "years!")
    glad = wording.lines["congratulate"] + wording.lines["glad_for_you"]
    assert any(line.split("!")[0] in first for line in glad), first
