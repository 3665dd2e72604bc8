"""What the user told, asked back by its words; its own words asked again with no "you said";
names keeping their capitals; advice on making friends somewhere new; a plan to sit together
at lunch (a twenty-third blind play-test: 9 of 20 memory checks failed, "How you make friends
here?" got its family, "where I said I live" got the user's job)."""

from __future__ import annotations

import pytest

from tests.conftest import talk_through
from voicecoach.coaching.partner import PartnerWording
from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.understanding.moves import MoveLabel


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return load_matcher()  # with the classifier, as a session runs


_CLUB_MOANER = (
    "Yes, I was. Did you hear about the instructor and that woman from the Tuesday class? "
    "Everyone's talking about it.",
    "Not much, the council keeps raising the tax and I can't afford anything. This government "
    "is a joke, honestly.",
    "Terrible week. My boss is useless and the bus was late every day. And this clay is too "
    "cold, the room is freezing.",
    "I work in a call centre. Anyway, did you see what Maria from the front desk was wearing? "
    "So tacky.",
    "Yeah, two streets away, above a noisy pub. Do you think the new mayor will fix the roads? "
    "Probably not, they're all liars.",
    "No. Ugh, sorry, I've been moaning all night. What do you like about this club?",
    "Boring, lots of angry callers. Hey, do you remember where I said I live?",
)


def test_where_they_live_is_not_what_they_do_for_a_living(matcher: Matcher) -> None:
    """Their answer to "What do you do for a living?" was said back as where they live."""
    recalled = talk_through(matcher, "club", "Maya", *_CLUB_MOANER, seed=1008)[-1]
    assert "two streets away" in recalled.lower(), recalled
    assert "call centre" not in recalled, recalled


def test_what_comes_before_the_memory_question_is_not_what_it_asks(matcher: Matcher) -> None:
    """ "Quick test: do you remember where I'm driving next weekend?" got "You said you passed
    your driving test!" (the "test" of "Quick test")."""
    lines = (
        "Hi! Yes, Sam and I work together. Actually I just got great news today, I passed my "
        "driving test!",
        "Amazing! Third try, so I am so relieved. I'm going to drive to the coast next weekend "
        "with my sister. Do you drive?",
        "Not yet! Quick test: do you remember where I'm driving next weekend?",
    )
    recalled = talk_through(matcher, "party", "Riley", *lines, seed=1002)[-1]
    assert "coast" in recalled, recalled


_RUN_ON = (
    "hi yes i moved in on friday",
    "i like running and cooking mostly indian food what about you what do you do to relax",
    "from leeds up north i moved for a new job at the hospital are you working around here",
    "the patients mostly ha quick question do you remember where i said i moved from",
)


def test_an_unpunctuated_line_is_said_back_without_the_question_run_on_after_it(
        matcher: Matcher) -> None:
    """ "You said hi yes you moved in on friday!" answered where they moved from; "what about
    you what do you want to make" was said back inside what they told."""
    recalled = talk_through(matcher, "neighbour", "Dev", *_RUN_ON, seed=1016)[-1]
    assert "leeds" in recalled.lower() and "friday" not in recalled.lower(), recalled
    assert "are you working" not in recalled, recalled
    lines = ("yeah i was here last week i think you were making a bowl with a blue glaze",
             "no i came alone too my mate was supposed to come but he's got flu",
             "probably a mug for my mum her birthday is in march what about you what you want "
             "to make",
             "ha typical. do you remember what i said i want to make and who its for")
    made = talk_through(matcher, "club", "Maya", *lines, seed=1006)[-1]
    assert "mug" in made and "what about you" not in made, made


def test_its_own_words_asked_again_without_you_said(matcher: Matcher) -> None:
    """ "sorry, what did your dad play again?" got its partner and family in Glasgow."""
    lines = ("yes", "online", "jazz. you?", "nice. fiddle?", "ha. same with piano",
             "nina simone. um. what do you do?", "accountant. sorry, what did your dad play again?")
    replies = talk_through(matcher, "networking", "Marcus", *lines, seed=1018)
    assert "fiddle" in replies[2], replies[2]  # (its dad and the fiddle were told here)
    assert "fiddle" in replies[-1] and "Glasgow" not in replies[-1], replies[-1]


_JOKER = (
    "Friend of Sam's? No, I'm actually here to steal the snacks. Don't tell anyone.",
    "Born and raised, unfortunately. I know every pothole by name. What about you, are you a "
    "secret snack thief too?",
    "Sam baked? Sam once burned water. I'll try it, but if I faint, you're driving me home.",
    "Professional napper. Olympic level. So wait, you bake too? Bring me a loaf and I'll rate "
    "it out of ten.",
    "You said that already, chef. Why sourdough though? Did lockdown get you like everyone else?",
    "Okay, bread robot. Any tips for me? How do I get out of a conversation at a party without "
    "being rude?",
    "Unemployed snack thief, remember? Before I go, what did you say Sam made himself?",
)


def test_a_why_before_a_yes_no_question_is_answered(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "Why sourdough though? Did lockdown get you ...?" got "Well, like I said, Baking bread,
    mostly." (its capital kept, and no why)."""
    why = talk_through(matcher, "party", "Riley", *_JOKER[:5], seed=1003)[-1]
    assert not why.startswith(tuple(partner_wording.lines["repeat_prefix"])), why
    assert any(line in why for line in partner_wording.lines["why_improvised"]), why


def test_a_name_keeps_its_capital_said_again(matcher: Matcher) -> None:
    """ "Well, like I said, sam made it himself." """
    again = talk_through(matcher, "party", "Riley", *_JOKER, seed=1003)[-1]
    assert "Sam made it himself" in again, again


def test_how_long_in_a_job_is_not_answered_with_its_family(matcher: Matcher) -> None:
    """ "Wow, nights at a children's hospital must be hard. How long have you been a nurse?"
    got "... No kids, and no partner at the moment. My sister's in Canada ..." """
    lines = ("Hi! Yes, Sam and I work together.", "So what do you do for work?",
             "Wow, nights at a children's hospital must be hard. How long have you been a nurse?")
    reply = talk_through(matcher, "party", "Riley", *lines, seed=1002)[-1]
    assert "sister" not in reply and "No kids" not in reply, reply


@pytest.mark.parametrize("line", [
    "I like the parks. But people here is quiet, is difficult to make friends. How you make "
    "friends here?",
    "any tips for making friends in a new city?",
    "ok, but a little lonely. i don't know people. you can help me? maybe you know a club for "
    "meet people?",
    "Maybe you can help me, where I can practise English here? A club or something?",
])
def test_making_friends_asked_gets_a_tip_on_it(
        matcher: Matcher, partner_wording: PartnerWording, line: str) -> None:
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Ana.", line, seed=1004)[-1]
    assert any(reply.startswith(tip) for tip in partner_wording.lines["advice_friends"]), reply
    # a scene with its own line on meeting people says that first
    party = talk_through(matcher, "party", "Riley", "Hi, I'm Ana.", line, seed=1004)[-1]
    assert "That's how I met most people here." in party, party


@pytest.mark.parametrize("line", [
    "Morning! I came from a big call centre, and I've been looking forward to a smaller company "
    "where you actually get to know people. Have you been here long?",
    "Any tips for meeting people in the office?",
])
def test_knowing_people_said_in_passing_or_at_work_is_no_friends_tip(
        matcher: Matcher, partner_wording: PartnerWording, line: str) -> None:
    reply = talk_through(matcher, "first_day", "Aisha", line, seed=5)[-1]
    assert not any(tip in reply for tip in partner_wording.lines["advice_friends"]), reply


def test_which_one_of_its_tip_is_made_plain(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "which club you mean?" of "a class or a club" got "Ooh, I'd better keep that one to
    myself!" """
    lines = ("ok, but a little lonely. i don't know people. you can help me? maybe you know a "
             "club for meet people?",
             "sorry, i not understand. say when? which club you mean?")
    replies = talk_through(matcher, "neighbour", "Grace", "hello, i am new here", *lines,
                           seed=1015)
    assert "club" in replies[1], replies[1]
    plain = [line.format(thing="club") for line in partner_wording.lines["tip_made_plain"]]
    assert any(replies[2].startswith(line) for line in plain), replies[2]


def test_a_country_told_is_not_asked_if_they_are_local(matcher: Matcher) -> None:
    first = talk_through(matcher, "party", "Riley", "Hello. Yes, Sam is my colleague. I am from "
                         "Brazil, I live here only two month.", seed=1004)[0]
    assert "Brazil" in first and "from around here" not in first, first


def test_sitting_together_at_lunch_is_a_plan_kept(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "could I sit with you at lunch today? Canteen at half twelve?" got a noodle bar, and
    "where and when are we meeting for lunch?" the noodle bar again."""
    lines = ("Yes, I'm new, I'm joining marketing.",
             "Perfect, thank you! One last favour: could I sit with you at lunch today? Canteen "
             "at half twelve?",
             "I did a course at uni. Sorry, so just to check, where and when are we meeting for "
             "lunch?")
    replies = talk_through(matcher, "first_day", "Aisha", *lines, seed=1012)
    assert any(replies[1].startswith(line) for line in partner_wording.lines["join_welcome"]), (
        replies[1])
    assert "half twelve" in replies[2].lower() and "canteen" in replies[2], replies[2]


@pytest.mark.parametrize(("text", "complaint"), [
    ("sorry, again, which day you said for the rubbish?", False),
    ("when does the rubbish go out", False),
    ("where do I put my rubbish?", False),
    ("the food is rubbish", True),
    ("the rubbish wine they serve", True),
    ("this party is rubbish", True),
])
def test_the_rubbish_for_the_bins_is_no_gripe(matcher: Matcher, text: str,
                                              complaint: bool) -> None:
    assert (MoveLabel.COMPLAINT in matcher.match(text).labels) is complaint


def test_a_pets_name_typed_in_lower_case_is_said_back(matcher: Matcher) -> None:
    """ "whats my cats name", after "i have a cat called mango", got a payroll line back."""
    lines = ("yes hi im new today im priya i just started in the accounts team",
             "mostly invoices and payroll stuff i think i used to do the same at a hotel before "
             "this how long have you worked here",
             "sounds good count me in friday then i have a cat called mango who will be jealous "
             "of the noodles",
             "close its payroll and invoices here i did the same at a hotel and whats my cats "
             "name")
    recalled = talk_through(matcher, "first_day", "Aisha", *lines, seed=12)[-1]
    assert recalled.startswith("Mango"), recalled


def test_how_they_said_they_know_the_host_is_theirs(matcher: Matcher) -> None:
    """ "And how did I say I know Sam, do you remember?" got its own "Yes! We play football
    together every Sunday." """
    lines = ("Hi! Sam and I were flatmates at uni for three years, total chaos.",
             "Ha, nice. What do you do for work?",
             "Perfect. And how did I say I know Sam, do you remember?")
    recalled = talk_through(matcher, "party", "Jordan", *lines, seed=3)[-1]
    assert "flatmates" in recalled and "football" not in recalled, recalled


# A twenty-fourth blind play-test (on the code above): favours and plans, a time asked of its
# own story, a question that comes with a moan, and lines read as gripes or gossip.
_FAVOURS = (
    "Hi! Yes, just moved in on Saturday. I'm Grace. Sorry to bother you already, but do you "
    "know where the nearest supermarket is?",
    "Mainly unpacking, ha. Actually, could I borrow a drill? I need to put up some shelves and "
    "mine's still in a box somewhere.",
    "Thank you, you're a star! Would this evening be ok, around seven? And I'll need the drill "
    "bits too if you have them.",
    "Um, ok! I'm a vet nurse. So is seven tonight alright for the drill?",
    "Perfect. One more favour - I'm away next Tuesday, could you take in a parcel for me if it "
    "comes?",
    "Great, thanks. Right, let me get going - what time did we say I'd come round for the "
    "drill?",
)


def test_a_second_plan_does_not_overwrite_the_first(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "Would this evening be ok, around seven?" got "Yes, well remembered! I'm a bus driver";
    taking in a parcel "Oh, I couldn't say, really."; and the drill's time was asked back after
    the parcel's day was put."""
    replies = talk_through(matcher, "neighbour", "Dev", *_FAVOURS, seed=2014)
    assert not any(line in replies[2] for line in partner_wording.lines["confirm"]), replies[2]
    assert any(replies[2].startswith(line) for line in partner_wording.lines["accept_time"]), (
        replies[2])
    assert any(replies[4].startswith(line) for line in partner_wording.lines["agree_favour"]), (
        replies[4])
    assert "Tuesday" not in replies[5] and "tonight" in replies[5].lower(), replies[5]


def test_when_it_does_a_thing_of_its_story_is_told(matcher: Matcher) -> None:
    """ "How early do you go?" of its morning swims got "I'm not sure, to be honest.", with
    "I go at half six" on its card."""
    lines = ("Yeah, about ten minutes' walk.", "Um, I tried banana bread once and burnt it. Do "
             "you bake?",
             "Ha. Swimming in the mornings, wow, I could never. How early do you go?")
    replies = talk_through(matcher, "club", "Maya", *lines, seed=2006)
    assert "swim" in replies[1], replies[1]
    assert "half six" in replies[2], replies[2]


def test_a_question_on_the_place_asked_with_a_moan_is_answered(matcher: Matcher) -> None:
    """ "the walls are thin ... And do you know which day the bins actually go?" got "Ah,
    that's a pain. Let's think about something nicer."; "don't you find them annoying?" is a
    view asked, and no bin day answers it."""
    line = ("The building's alright, but the walls are thin - I could hear someone's telly till "
            "midnight. Was that you? And do you know which day the bins actually go?")
    reply = talk_through(matcher, "neighbour", "Dev", "Hi, I'm Marge at number 12.", line,
                         seed=2013)[-1]
    assert "Tuesday" in reply, reply
    view = ("Settling in fine, but the bins are always overflowing and the neighbours upstairs "
            "are so noisy. Don't you find them annoying?")
    reply = talk_through(matcher, "neighbour", "Grace", "Hi, I'm Carol.", view, seed=5)[-1]
    assert "Tuesday" not in reply, reply


def test_a_learners_memory_question_in_plain_words_is_answered(matcher: Matcher) -> None:
    """ "you remember what i want make, and for who?" of "I want make the cup for my mother"
    got "Hm, I don't think you said, actually!" """
    lines = ("hello",
             "no, I come alone. I am from Poland, here only 3 month. my english not so good "
             "sorry. I want make the cup for my mother",
             "ok. you remember what i want make, and for who?")
    recalled = talk_through(matcher, "club", "Maya", *lines, seed=2005)[-1]
    assert "cup" in recalled and "mother" in recalled, recalled


def test_the_memory_question_is_read_not_the_one_after_it(matcher: Matcher) -> None:
    """ "Before you go to your train: you remember what I want to work in? And how long is
    your train?" was read as its train, and "what I want to work in" as their present job."""
    lines = ("Hi, I'm Carlos, I'm a software developer.",
             "I want work in fintech maybe, like your app!",
             "Before you go to your train: you remember what I want to work in? And how long is "
             "your train?")
    recalled = talk_through(matcher, "networking", "Priya", *lines, seed=2020)[-1]
    assert "fintech" in recalled and "software developer" not in recalled, recalled


@pytest.mark.parametrize(("text", "label"), [
    ("Right, got it. What's the best thing about working here, and what's the worst?",
     MoveLabel.COMPLAINT),
    ("Sorry, my memory's awful - when and where did we say we're meeting on Thursday?",
     MoveLabel.COMPLAINT),
    ("Go on then, tell me one thing about you that Sam doesn't know.", MoveLabel.GOSSIP),
    ("Honestly the crowds on the last mile, everyone says it's magic. It's the London one in "
     "April. Have you ever done a race like that?", MoveLabel.GOSSIP),
    # a twenty-fifth play-test's wrong tips
    ("Would you like to grab a coffee sometime next week? Maybe Wednesday lunchtime, at the "
     "Union Cafe?", MoveLabel.POLITICS),
    ("Totally different subject, but have you seen the new series of Severance? Everyone "
     "keeps talking about it.", MoveLabel.GOSSIP),
    ("Um, not much, I read a lot. Sorry, boring. Your friend who didn't like getting messy, do "
     "you think she'll ever come back?", MoveLabel.COMPLAINT),
])
def test_curious_lines_are_no_gripe_or_gossip(matcher: Matcher, text: str,
                                              label: MoveLabel) -> None:
    assert label not in matcher.match(text).labels


@pytest.mark.parametrize(("text", "label"), [
    ("this is the worst party ever", MoveLabel.COMPLAINT),
    ("people say horrible things about you", MoveLabel.GOSSIP),
    ("everyone says it's his fault", MoveLabel.GOSSIP),
    ("the union is on strike again", MoveLabel.POLITICS),
    ("I shouldn't say this, but the birthday girl's sister wasn't invited for a reason.",
     MoveLabel.GOSSIP),
    ("sorry, this party is boring", MoveLabel.COMPLAINT),
])
def test_real_gripes_and_gossip_still_are(matcher: Matcher, text: str, label: MoveLabel) -> None:
    assert label in matcher.match(text).labels


@pytest.mark.parametrize("line", [
    "Not really, my boss has been a nightmare all week. Anyway, how long have you been doing "
    "pottery?",
    "Salt and Pepper, love it! How long have you been doing pottery?",
])
def test_how_long_at_the_scenes_own_thing_is_how_new_its_card_says(matcher: Matcher,
                                                                    line: str) -> None:
    """It got "Hm, a good while now, honestly!" (and "I'm not sure") of a pastime its card
    calls new; its card says "This is my second week."."""
    reply = talk_through(matcher, "club", "Maya", "Yes, I was here last week.", line,
                         seed=1012)[-1]
    assert "second week" in reply.lower() and "good while" not in reply, reply


def test_a_learners_memory_check_without_did_is_answered(matcher: Matcher) -> None:
    """ "I ask again, simple: what work I want? Fintech or games?" got "Yes, I draw!"."""
    lines = ("Hi, I'm Carlos, I'm a software developer.",
             "I want work in fintech maybe, like your app!",
             "Ok... I ask again, simple: what work I want? Fintech or games?")
    recalled = talk_through(matcher, "networking", "Priya", *lines, seed=2020)[-1]
    assert "fintech" in recalled, recalled


def test_two_plans_asked_in_one_line_are_each_their_own(matcher: Matcher) -> None:
    """ "what day is my parcel coming, and when are you coming for tea?" is two plans: the
    tea is on Sunday at 3, not on the parcel's Thursday."""
    lines = ("Hi! Yes, I've just moved into number 12. I'm Dan.",
             "Would you like to come round for a cup of tea on Sunday at 3? I'm at number 12.",
             "Actually, could I ask a favour? I've got a parcel coming on Thursday and I'll be "
             "at work. Could you take it in for me?",
             "Ha! So, what day is my parcel coming, and when are you coming for tea?")
    reply = talk_through(matcher, "neighbour", "Grace", *lines, seed=1313)[-1]
    assert "Sunday at 3" in reply, reply


def test_the_kids_of_a_teacher_are_its_pupils(matcher: Matcher) -> None:
    """ "Maths teacher though, brave! Do the kids give you a hard time?" got "No kids, and I'm
    single at the moment."."""
    lines = ("Hey! Yes, Sam and I go way back.", "So what do you do for work?",
             "Maths teacher though, brave! Do the kids give you a hard time?")
    reply = talk_through(matcher, "party", "Jordan", *lines, seed=2002)[-1]
    assert "No kids" not in reply and "single" not in reply, reply


def test_a_plans_place_named_near_a_street_is_kept(matcher: Matcher) -> None:
    """ "I'm free Wednesday lunchtime near Liverpool Street.", then "when and where did I
    suggest?" got "I don't think you told me that yet!"."""
    lines = ("Hi Priya, I'm Owen. Yes, first time.",
             "Would you be up for a quick coffee sometime? I'm free Wednesday lunchtime near "
             "Liverpool Street.",
             "Brilliant! Just so we're on the same page - when and where did I suggest?")
    reply = talk_through(matcher, "networking", "Priya", *lines, seed=2017)[-1]
    assert "Wednesday" in reply and "Liverpool Street" in reply, reply


def test_point_me_to_it_asks_where_the_place_is(matcher: Matcher) -> None:
    """ "Sorry, I meant, where's the kitchen? Could you point me to it?" got "Oh, I couldn't
    say, really." from a colleague of six months."""
    reply = talk_through(matcher, "first_day", "Aisha", "Hi",
                         "Sorry, I meant, where's the kitchen? Could you point me to it?",
                         seed=2509)[-1]
    assert "end of the corridor" in reply, reply


def test_a_learners_how_i_can_start_a_conversation_gets_a_tip(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "Can you help me? ... How I can start conversation with english people?" got "Of
    course, I'd be happy to help! Just say when!" with no tip."""
    line = ("Can you help me? I want make more friends here. How I can start conversation with "
            "english people? They are very... reserved.")
    reply = talk_through(matcher, "party", "Jordan", "Hello, I'm Ana, from Brazil.", line,
                         seed=2504)[-1]
    assert any(tip in reply for tip in partner_wording.lines["advice_talking"]), reply


def test_a_learners_where_i_am_from_is_remembered(matcher: Matcher) -> None:
    """ "you remember from which country i am? i tell you before" got "Do you have any
    pets?"."""
    lines = ("hello, i am Marta, i am from Poland", "ok elbows, i try.",
             "you remember from which country i am? i tell you before")
    reply = talk_through(matcher, "club", "Maya", *lines, seed=1805)[-1]
    assert "Poland" in reply, reply


def test_tips_asked_as_a_favour_are_given(matcher: Matcher) -> None:
    """ "can you give me some tips for centering i always get a wobble" got "Sure, happy to!"
    and no tip."""
    lines = ("hey yes i was", "right ok um can you give me some tips for centering i always get "
             "a wobble in the middle")
    reply = talk_through(matcher, "club", "Maya", *lines, seed=2506)[-1]
    assert reply not in ("Sure, happy to!", "Of course, I will!", "Will do!"), reply
    assert len(reply.split()) > 4, reply


def test_how_they_know_the_host_answered_to_our_question_is_recalled(matcher: Matcher) -> None:
    """ "work" to "How do you know Sam?", then "how do i know sam, remember?" got "I don't
    think you said"."""
    replies = talk_through(matcher, "party", "Jordan", "hi", "work",
                           "how do i know sam, remember?", seed=2501)
    assert "know Sam" in replies[0], replies[0]
    assert "work" in replies[-1] and "don't think" not in replies[-1], replies[-1]


def test_which_kind_of_a_tip_not_named_in_it_is_made_plain(
        matcher: Matcher, partner_wording: PartnerWording) -> None:
    """ "which club do you mean?" of "the same café or the same class" got "Oh, I couldn't say,
    really."."""
    lines = ("hi, um, sorry, I don't really know anyone here",
             "I'm Jo. I only moved here last month, for a new job",
             "how do you make friends in a new city? I find it hard", "which club do you mean?",
             "thanks. what was your tip again?")
    *_, tip, reply, again = talk_through(matcher, "neighbour", "Dev", *lines, seed=7)
    plain = [line.format(thing="club") for line in partner_wording.lines["tip_made_plain"]]
    assert any(reply.startswith(line) for line in plain), reply
    assert tip.split(". ")[0].lower() in again.lower(), again  # the tip, not the plain words
