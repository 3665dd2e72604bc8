"""The matcher: the moves a user would expect from what they said, and no crash on odd input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voicecoach.understanding.match import Matcher, load_matcher
from voicecoach.understanding.moves import AVOID_TOPICS, MatchResult, MoveLabel, Pattern
from voicecoach.understanding.questions import QuestionForm, question_forms
from voicecoach.understanding.textnorm import (
    clauses,
    default_fillers,
    int_to_words,
    normalise,
    words,
)

DATA = Path(__file__).resolve().parent / "data"
L = MoveLabel


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.default()


def labels(matcher: Matcher, text: str) -> set[MoveLabel]:
    return set(matcher.match(text).labels)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi, I'm Leo — how do you know the host?", {L.GREETING_INTRO, L.ICEBREAKER, L.OPEN_QUESTION}),
    ("hi im leo how do you know the host", {L.GREETING_INTRO, L.ICEBREAKER, L.OPEN_QUESTION}),
    ("nice to meet you i'm priti what brings you here",
     {L.GREETING_INTRO, L.ICEBREAKER, L.OPEN_QUESTION}),
    ("the food is delicious isn't it", {L.ICEBREAKER, L.CLOSED_QUESTION}),
    ("how did that feel", {L.ENCOURAGER, L.OPEN_QUESTION}),
    ("I love that band too! Do you go to their shows?", {L.COMMON_GROUND, L.CLOSED_QUESTION}),
    ("great job on your slides what would you recommend for a nervous speaker",
     {L.COMPLIMENT, L.ADVICE_REQUEST, L.OPEN_QUESTION}),
    ("between you and me who did you vote for",
     {L.GOSSIP, L.POLITICS, L.OPEN_QUESTION}),
])
def test_several_moves_in_one_utterance(matcher: Matcher, text: str,
                                        expected: set[MoveLabel]) -> None:
    assert labels(matcher, text) == expected


@pytest.mark.parametrize("text", [
    "I like this", "i work downtown", "the party was fun", "i know where the station is",
    "it is what it is", "you can sit here", "i wonder what time it is", "that is it",
])
def test_ordinary_statements_make_no_move(matcher: Matcher, text: str) -> None:
    assert matcher.match(text).labels == ()


@pytest.mark.parametrize(("text", "form"), [
    ("what do you do for fun", QuestionForm.OPEN),
    ("so where are you from originally", QuestionForm.OPEN),
    ("how long have you lived here", QuestionForm.OPEN),
    ("what kind of books do you read", QuestionForm.OPEN),
    ("which bus do you take", QuestionForm.OPEN),
    ("what brought you to the city", QuestionForm.OPEN),
    ("i'm new here what about you", QuestionForm.OPEN),
    ("do you come here often", QuestionForm.CLOSED),
    ("are you from around here", QuestionForm.CLOSED),
    ("have you tried the soup", QuestionForm.CLOSED),
    ("is it always this loud", QuestionForm.CLOSED),
    ("can i get you anything", QuestionForm.CLOSED),
    ("it's a great view isn't it", QuestionForm.CLOSED),
    ("you cook a lot don't you", QuestionForm.CLOSED),
    ("would you like tea or coffee", QuestionForm.CLOSED),
    ("i love your scarf did you knit it", QuestionForm.CLOSED),
    ("you're new here right", QuestionForm.CLOSED),
    # speech drops the auxiliary; a tag after a noun phrase
    ("you enjoying the party", QuestionForm.CLOSED),
    ("you been here long", QuestionForm.CLOSED),
    ("ever been to lisbon", QuestionForm.CLOSED),
    ("anyone sitting here", QuestionForm.CLOSED),
    ("you're good at this aren't you", QuestionForm.CLOSED),
    ("which bus is quickest into town", QuestionForm.OPEN),
    ("whereabouts are you from", QuestionForm.OPEN),
    # a bare noun as the subject (it was no move at all, and the partner said "That's lovely")
    ("what time do people usually leave", QuestionForm.OPEN),
    ("how often do buses come round here", QuestionForm.OPEN),
    # a choice put, as speech writes it (the partner said "Oh really? That's interesting.")
    ("cats or dogs", QuestionForm.CLOSED),
    ("the beach or the mountains", QuestionForm.CLOSED),
])
def test_open_and_closed_told_apart_without_question_marks(
    matcher: Matcher, text: str, form: QuestionForm
) -> None:
    assert "?" not in text
    found = labels(matcher, text) & {L.OPEN_QUESTION, L.CLOSED_QUESTION}
    assert found == {L.OPEN_QUESTION if form is QuestionForm.OPEN else L.CLOSED_QUESTION}


@pytest.mark.parametrize("text", [
    "more or less", "two or three", "sooner or later",
    "i know what you mean", "tell me about how you started", "what a view",
    "what people do is up to them",
    "so do i", "a friend who is a chef", "the point is we left early", "don't worry about it",
    "have a great evening", "could be worse",
    "you were born to do this job", "rumour has it they are selling up",
    "i have been for years", "nobody told us why", "i'm curious what made you pick it",
    "healthcare is a basic right", "you being here means a lot", "i'm fed up with this when",
    "the thing is it was raining", "my worry is it will rain all weekend",
    "is very nice here", "was so good",
])
def test_statements_that_look_like_questions(text: str) -> None:
    assert question_forms(words(text)) == frozenset()


def test_question_mark_decides_only_when_word_order_cannot(matcher: Matcher) -> None:
    assert L.CLOSED_QUESTION in labels(matcher, "you're moving to Spain?")
    assert labels(matcher, "you're moving to Spain") == set()


def test_a_match_says_what_matched(matcher: Matcher) -> None:
    result = matcher.match("Um, so... how do you know the HOST?")
    host = next(m for m in result.matches if m.label is L.ICEBREAKER)
    assert host.pattern_id.startswith("icebreaker.")
    assert 0 < host.score <= 100
    assert host.matched_words
    normalised = normalise(result.text, default_fillers())
    assert " ".join(host.matched_words) in normalised
    assert [m.score for m in result.matches] == sorted((m.score for m in result.matches),
                                                       reverse=True)
    assert matcher.coaching(host)


def test_fillers_and_contractions_do_not_change_the_result(matcher: Matcher) -> None:
    plain = matcher.match("hi i am sam nice to meet you")
    messy = matcher.match("Um, hi... I'm Sam! Uh, nice to meet you.")
    assert plain.labels == messy.labels == (L.GREETING_INTRO,)


def test_normalisation() -> None:
    assert words("I'm SURE it isn't 2 o'clock, Sam's late!") == (
        "i", "am", "sure", "it", "is", "not", "two", "oclock", "sam", "late")
    assert normalise("um we met in 2019 uh at the 3rd gig", frozenset({"um", "uh"})) == (
        "we met in two thousand nineteen at the third gig")
    assert normalise("dont you think so? whats up") == "do not you think so what is up"
    assert int_to_words(1_000_001) == "one million one"
    assert normalise("it cost 3.50 or 10,000") == "it cost three point five zero or ten thousand"
    parts = clauses("Nice place. Do you come here often?")
    assert [(c.words, c.question_mark) for c in parts] == [
        (("nice", "place"), False), (("do", "you", "come", "here", "often"), True)]


def test_negative_remark_is_a_complaint_not_an_icebreaker(matcher: Matcher) -> None:
    assert labels(matcher, "the food here is disgusting") == {L.COMPLAINT}
    assert L.ICEBREAKER in labels(matcher, "the food here is lovely")
    assert labels(matcher, "you look awful") == {L.OFFENSIVE}


def test_short_examples_only_count_at_the_edges(matcher: Matcher) -> None:
    assert L.ENCOURAGER in labels(matcher, "oh wow go on")
    assert L.ENCOURAGER not in labels(matcher, "we might go on a cruise next year")


def result_is_consistent(result: MatchResult, text: str) -> None:
    assert result.text == text
    assert set(result.labels) == {m.label for m in result.matches}
    assert list(result.labels) == [label for label in MoveLabel if label in result.labels]
    assert all(0 < m.score <= 100 for m in result.matches)


@pytest.mark.parametrize("text", [
    "", "   ", "?!...", "😀🎉👍", "¿Dónde está la biblioteca?", "你好，你叫什么名字？",
    "Привет, как дела?", "ok " * 3333 + "how do you know the host", "a" * 10_000,
    "\x00\x1b[31m\ufeff", "1234567890123456789012345",
])
def test_odd_input_gives_a_valid_result(matcher: Matcher, text: str) -> None:
    result_is_consistent(matcher.match(text), text)


def test_long_input_is_matched_to_the_end(matcher: Matcher) -> None:
    text = "we walked along the river for a while and " * 240 + "how do you know the host"
    assert len(text) >= 10_000
    assert {L.ICEBREAKER, L.OPEN_QUESTION} <= labels(matcher, text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_result(text: str) -> None:
    result_is_consistent(MATCHER.match(text), text)


MATCHER = Matcher.default()


def read_split(name: str) -> list[tuple[str, frozenset[MoveLabel]]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line == "text\tlabels":
            continue
        text, names = line.split("\t")
        gold = frozenset() if names == "none" else frozenset(L(n) for n in names.split(","))
        rows.append((text, gold))
    return rows


@pytest.mark.parametrize("name", ["moves_dev.tsv", "moves_test.tsv"])
def test_splits_are_well_formed(name: str) -> None:
    rows = read_split(name)
    assert len(rows) >= 280 and len({text for text, _ in rows}) == len(rows)
    for label in MoveLabel:
        assert sum(label in gold for _, gold in rows) >= 15, label
    assert sum(not gold for _, gold in rows) >= 40
    other = "moves_test.tsv" if name == "moves_dev.tsv" else "moves_dev.tsv"
    shared = {t for t, _ in rows} & {t for t, _ in read_split(other)}
    assert shared == {"me too"} or not shared  # only the stock phrase may appear in both


def test_held_out_split_meets_the_quality_targets(matcher: Matcher) -> None:
    """Measured on the split that was never tuned on (timing-free quality gate)."""
    rows = read_split("moves_test.tsv")
    predicted = [frozenset(matcher.match(text).labels) for text, _ in rows]
    f1s: dict[MoveLabel, float] = {}
    for label in MoveLabel:
        tp = sum(label in g and label in p for (_, g), p in zip(rows, predicted, strict=True))
        fp = sum(label not in g and label in p for (_, g), p in zip(rows, predicted, strict=True))
        fn = sum(label in g and label not in p for (_, g), p in zip(rows, predicted, strict=True))
        precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        if label in AVOID_TOPICS:
            assert recall >= 0.85 and precision >= 0.85, (label, precision, recall)
        f1s[label] = 2 * precision * recall / (precision + recall) if tp else 0.0
    assert sum(f1s.values()) / len(f1s) >= 0.85
    forms = {L.OPEN_QUESTION, L.CLOSED_QUESTION}
    asked = [(g & forms, p & forms) for (text, g), p in zip(rows, predicted, strict=True)
             if len(g & forms) == 1 and "?" not in text]
    assert len(asked) >= 50
    assert sum(g == p for g, p in asked) / len(asked) >= 0.95


# -- #12: words, not letters; meta-talk; another time and place --------------------------


def test_a_content_word_must_match_as_a_word_not_by_its_letters() -> None:
    matcher = load_matcher(meaning=False)
    assert not matcher.match("do you have any pets").has(MoveLabel.ADVICE_REQUEST)
    assert matcher.match("do you have any tips").has(MoveLabel.ADVICE_REQUEST)


def test_naming_a_topic_to_avoid_it_is_not_that_topic() -> None:
    matcher = load_matcher(meaning=False)
    for text in ("let's not talk about politics tonight", "i'd rather not get into religion",
                 "we agreed not to discuss the election"):
        assert not matcher.match(text).avoid_topics, text
    assert matcher.match("let's talk about the election").has(MoveLabel.POLITICS)


def test_a_campaign_is_politics_only_when_it_is_an_elections() -> None:
    """A club's or a marketing team's campaign was politics to the bare cue "campaign*"."""
    matcher = load_matcher(meaning=False)
    for text in ("I have some campaign ideas for the club", "our marketing campaign went well"):
        assert not matcher.match(text).has(MoveLabel.POLITICS), text
    for text in ("the campaign ads are getting really nasty", "his campaign was a mess",
                 "she's campaigning for the greens"):
        assert matcher.match(text).has(MoveLabel.POLITICS), text


@pytest.mark.parametrize("meaning", [False, True], ids=["patterns", "with the classifier"])
def test_a_put_down_of_oneself_or_a_cold_that_will_not_go_away_is_not_offensive(
        meaning: bool) -> None:
    matcher = load_matcher(meaning=meaning)
    for text in ("i'm such an idiot, i left my keys at home", "i felt so stupid when i tripped",
                 "what an idiot i was", "ugh i look so fat in this photo",
                 "this cold just won't go away", "we want to go away for the weekend"):
        assert not matcher.match(text).has(MoveLabel.OFFENSIVE), text
    for text in ("you're such an idiot", "he is so stupid", "i was like, you idiot",
                 "i think you are so stupid", "just go away", "why don't you go away"):
        assert matcher.match(text).has(MoveLabel.OFFENSIVE), text


@pytest.mark.parametrize("meaning", [False, True], ids=["patterns", "with the classifier"])
def test_a_weak_skill_a_shared_taste_or_an_insult_is_not_a_complaint(meaning: bool) -> None:
    matcher = load_matcher(meaning=meaning)
    for text in ("honestly i'm awful with faces", "i was useless at french at school",
                 "i can't stand opera either", "you're so boring", "you smell terrible"):
        assert not matcher.match(text).has(MoveLabel.COMPLAINT), text
    for text in ("i hate this music too", "the music here is terrible",
                 "i can't stand this queue", "are you tired of waiting",
                 # as tiny.en may write them: "a" lost, "think" heard as "thinking"
                 "the train on this line are complete shambles",
                 "you can't hear yourself thinking here"):
        assert matcher.match(text).has(MoveLabel.COMPLAINT), text
    if meaning:  # the classifier reads the insult the patterns have no word for
        assert matcher.match("you're so boring").has(MoveLabel.OFFENSIVE)


def test_a_bare_thanks_is_no_compliment_but_praise_with_it_is() -> None:
    """Otherwise the coach answers "thanks" with "Nice compliment, friendly and specific"."""
    matcher = load_matcher(meaning=True)
    for text in ("thanks", "Thank you so much!", "oh, thanks"):
        assert matcher.match(text).labels == (), text
    assert matcher.match("thanks, your dress is lovely").has(MoveLabel.COMPLIMENT)


def test_asking_whether_the_event_is_always_this_busy_is_an_icebreaker_not_a_gripe() -> None:
    """The classifier heard a complaint in it, and the partner answered "Ah, that's a pain"
    with the tip that it sounded like a gripe."""
    matcher = load_matcher(meaning=True)
    for text in ("is it always this busy?", "is it always this crowded"):
        result = matcher.match(text)
        assert result.has(MoveLabel.ICEBREAKER) and not result.has(MoveLabel.COMPLAINT), text
    assert matcher.match("is the food always this awful?").has(MoveLabel.COMPLAINT)
    assert matcher.match("these queues are ridiculous aren't they").has(MoveLabel.COMPLAINT)


def test_a_line_of_plain_questions_is_no_gripe() -> None:
    """A twenty-third play-test's coach said "That sounds like a gripe" to "So what happened to
    the shop?" (the classifier, 0.56); a question that moans still is one."""
    matcher = load_matcher(meaning=True)
    assert not matcher.match("Ha, pigeons. So what happened to the shop? Is it still there?"
                             ).has(MoveLabel.COMPLAINT)
    for text in ("How are we meant to find anything in this car park?",
                 "Does the printer on this floor ever actually work?",
                 "is the food always this awful?"):
        assert matcher.match(text).has(MoveLabel.COMPLAINT), text


def test_good_news_slang_praise_shared_feelings_and_sympathy_are_no_gripes() -> None:
    """Round 17, from the hard dev split and a seventh play-test: the classifier heard a
    complaint in each of these from its topic alone, and the coach said "That sounds like a
    gripe" to a queue that moved fast and to "that must be exhausting"."""
    matcher = load_matcher(meaning=True)
    for text in ("the queue moved quicker than i expected",
                 "the coffee machine is finally working",
                 "My landlord's actually been really decent about the boiler.",
                 "This sound system is sick.",
                 "same my knees have been creaking since i turned forty",
                 "That must be exhausting. How do you cope with the sleep?"):
        assert not matcher.match(text).has(MoveLabel.COMPLAINT), text
    for text in ("the queue moved quicker than i expected but the food was awful",
                 "i'm sick of this queue", "the buses here are a joke"):
        assert matcher.match(text).has(MoveLabel.COMPLAINT), text


def test_a_pleasantry_or_ones_own_things_are_no_compliment() -> None:
    """A seventh play-test's coach said "Nice compliment, friendly and specific" to a goodbye
    and to a joke about one's own pots."""
    matcher = load_matcher(meaning=True)
    for text in ("Well, great talking to you!", "My stuff looks like ashtrays. Hahaha.",
                 "Are you making something special?"):
        assert not matcher.match(text).has(MoveLabel.COMPLIMENT), text
    for text in ("great talking to you, you're so funny", "your pots look amazing",
                 "did you make this yourself it's gorgeous"):
        assert matcher.match(text).has(MoveLabel.COMPLIMENT), text


def test_hearsay_about_a_thing_is_news_but_about_a_person_gossip() -> None:
    """The labelling guideline: gossip is about people who are not there."""
    matcher = load_matcher(meaning=True)
    for text in ("Did you hear about the new bakery opening?",
                 "apparently the bus stop's moving round the corner"):
        assert not matcher.match(text).has(MoveLabel.GOSSIP), text
    for text in ("did you hear about the party at jen's, she got so drunk",
                 "did you hear about jake", "apparently the new manager was fired"):
        assert matcher.match(text).has(MoveLabel.GOSSIP), text


def test_saying_what_one_does_is_no_request_for_advice() -> None:
    """The classifier heard one (0.68), and the partner answered with unasked advice."""
    matcher = load_matcher(meaning=True)
    assert not matcher.match("I am a junior developer at a small startup").has(
        MoveLabel.ADVICE_REQUEST)
    assert matcher.match("any thoughts on the best way to learn spanish").has(
        MoveLabel.ADVICE_REQUEST)


def test_being_told_to_find_someone_is_an_errand_not_hearsay() -> None:
    """A newcomer's "I was told to find you" got "I'd better stay out of that one!" and the tip
    that it sounded like gossip."""
    matcher = load_matcher(meaning=True)
    for text in ("hi! sorry, are you Aisha? I was told to find you",
                 "someone told me to ask for Sam"):
        assert not matcher.match(text).has(MoveLabel.GOSSIP), text
    assert matcher.match("i was told raj has been in money trouble").has(MoveLabel.GOSSIP)


def test_food_somewhere_else_is_no_icebreaker() -> None:
    matcher = load_matcher(meaning=False)
    assert not matcher.match("the food on my trip to lisbon was great").has(MoveLabel.ICEBREAKER)
    assert matcher.match("the food here is great").has(MoveLabel.ICEBREAKER)


def test_a_cue_slot_takes_any_of_its_words() -> None:
    pattern = Pattern("compliment.x", MoveLabel.COMPLIMENT, ("you look great",),
                      cues=("your ... looks|is|seems great",))
    matcher = Matcher([pattern])
    assert matcher.match("your jacket looks great").has(MoveLabel.COMPLIMENT)
    assert matcher.match("your jacket is great").has(MoveLabel.COMPLIMENT)
    assert not matcher.match("your jacket smells great").has(MoveLabel.COMPLIMENT)


def test_a_question_after_leading_discourse_words_is_still_a_question() -> None:
    matcher = Matcher.default()
    assert matcher.match("um so where did you two meet").has(MoveLabel.OPEN_QUESTION)
    assert matcher.match("so like where are you from").has(MoveLabel.OPEN_QUESTION)
    assert not matcher.match("i like what you did").labels


def test_a_first_person_statement_ending_in_a_question_mark_is_not_a_question() -> None:
    matcher = Matcher.default()
    assert not matcher.match("i went to the shop earlier?").labels
    assert matcher.match("you're moving to Spain?").has(MoveLabel.CLOSED_QUESTION)


@pytest.mark.parametrize(("text", "shared"), [
    ("i've been learning spanish too", True),
    ("i can't stand coriander either", True),
    ("we support the same team", True),
    ("honestly i'm fine with either", False),
    ("we met at university in the same halls", False),
    ("i mean it's a bit much too", False),
    ("oh my kids go to that school too", True),  # "my" and a word that points back
    ("my partner is coming later too", False),  # adds a fact, shares nothing
])
def test_common_ground_by_its_last_word(matcher: Matcher, text: str, shared: bool) -> None:
    assert (L.COMMON_GROUND in labels(matcher, text)) is shared


@pytest.mark.parametrize(("heard_text", "typed"), [
    ("I'm are you from around here", "are you from around here"),
    ("we most hate early mornings", "we both hate early mornings"),
    ("Oh we're most from the Midlands then", "oh we are both from the midlands then"),
    ("But we knew and me she only got the job", "between you and me she only got the job"),
    ("So how do you do no each other?", "so how do you do know each other"),
    ("I like how quiet it is here to hide.", "i like how quiet it is here tonight"),
    ("I've been training for a half marathon to", "i have been training for a half marathon too"),
])
def test_tiny_en_slips_are_undone(heard_text: str, typed: str) -> None:
    from voicecoach.understanding.heard import repair
    fixed = repair(clauses(heard_text))
    assert " ".join(w for c in fixed for w in c.words) == typed


@pytest.mark.parametrize("text", [
    "i am so tired", "i just want to hide", "who did you talk to", "what are you up to",
    "we are most grateful", "i have nobody to talk to", "no each day is different",
])
def test_typed_text_passes_the_slip_repairs_unchanged(text: str) -> None:
    from voicecoach.understanding.heard import repair
    assert repair(clauses(text)) == clauses(text)


def test_heard_slips_keep_their_moves(matcher: Matcher) -> None:
    assert L.CLOSED_QUESTION in matcher.match("I'm are you from around here?").labels
    assert L.COMMON_GROUND in matcher.match("I've been training for a half marathon to").labels
    assert L.GOSSIP in matcher.match("We knew and me, Kate's wedding is off").labels


def test_avoid_topic_cues_tolerate_a_misspelt_or_clipped_word(matcher: Matcher) -> None:
    assert L.POLITICS in matcher.match("I'm so sick and the torries.").labels
    assert L.POLITICS in matcher.match("The poll say it's going to be close.").labels
    # Only the avoid topics: "the drink" is not "the drinks" of a venue icebreaker cue.
    assert L.ICEBREAKER not in matcher.match("What you like on the drink?").labels


def test_a_cue_runs_on_over_a_transcriber_comma(matcher: Matcher) -> None:
    assert L.COMPLAINT in matcher.match("I had to wait on hold, with the bank for an hour.").labels
    assert L.COMPLAINT in matcher.match("It was daylight, robbery.").labels


@pytest.mark.parametrize("text", ["i'm not one to gossip but have you seen what she's wearing",
                                  "I'm not one to gossip, but have you seen what she's wearing?"])
def test_a_preface_to_gossip_is_gossip_whatever_the_commas(matcher: Matcher, text: str) -> None:
    assert L.GOSSIP in matcher.match(text).labels
    # The comma still ends the clause for what comes before it: "not sure" does not negate
    # the talk that follows it.
    assert L.POLITICS in matcher.match("I'm not sure, let's talk about the election.").labels


def test_tonight_heard_as_to_hide_before_a_verb() -> None:
    from voicecoach.understanding.heard import repair_words
    assert repair_words(("the", "playlist", "to", "hide", "is", "great")) == (
        "the", "playlist", "tonight", "is", "great")
    assert repair_words(("i", "want", "to", "hide", "is", "that", "odd")) == (
        "i", "want", "to", "hide", "is", "that", "odd")


def test_why_not_said_as_a_decision_asks_nothing(matcher: Matcher) -> None:
    """"I saw the class advertised and thought, why not." got "Great open question" (a session
    of my own); "why not?" still asks."""
    assert not matcher.match("I saw the class advertised in the library and thought, why "
                             "not.").has(MoveLabel.OPEN_QUESTION)
    assert matcher.match("why not?").has(MoveLabel.OPEN_QUESTION)


def test_a_relative_which_after_a_comma_asks_nothing(matcher: Matcher) -> None:
    """"I went to a pottery weekend in Wales, which was chaos, I made a bowl" was an open
    question to the coach and the partner (an eighth play-test)."""
    assert not matcher.match("I went to a pottery weekend in Wales, which was chaos, I made a "
                             "bowl that looked like a hat.").has(MoveLabel.OPEN_QUESTION)
    assert matcher.match("which is your favourite").has(MoveLabel.OPEN_QUESTION)
    assert matcher.match("which was it?").has(MoveLabel.OPEN_QUESTION)


def test_thanks_then_something_of_ones_own_is_no_encourager() -> None:
    """A tenth play-test's grieving user ("Thanks. She raised me, so it's been tough.") was
    praised "Great listening: you invited them to say more"."""
    matcher = load_matcher(meaning=True)
    assert L.ENCOURAGER not in labels(matcher, "Thanks. She raised me, so it's been tough.")
    assert L.ENCOURAGER in labels(matcher, "thanks, tell me more")


@pytest.mark.parametrize(("text", "label", "still"), [
    ("Diplomatic. Music, yes, I play terrible bass in a pub band. You?", L.COMPLAINT,
     "the food here is terrible"),
    ("Busy! Up at four, baking, then the shop. Did I mention I opened a second one last week? "
     "I'm exhausted but proud.", L.COMPLAINT, "I'm exhausted and fed up with this job"),
    ("Probably the quiet, and the smell of old books. What's the worst part of being a dental "
     "nurse?", L.COMPLAINT, "the worst part of living here is the noise"),
    ("Honestly not great. My partner and I just broke up, so I'm here on my own now, and it's "
     "a lot.", L.GOSSIP, "did you hear she broke up with him?"),
    ("Sort of. I know Sam from work. I wasn't sure about coming tonight, to be honest, my dad "
     "passed away a few weeks ago.", L.GOSSIP, "apparently his dad left him nothing, poor guy"),
    ("It is. I was told there'd be free pizza, so here I am, networking with my stomach.",
     L.GOSSIP, "I was told there was drama between Tom and his wife"),
    ("Three housemates sounds lively! Do you get on with them?", L.GOSSIP,
     "everyone says Karen is a nightmare to live with"),
    ("I missed the talk. But what do I actually say to people? Like, what's a good first line?",
     L.COMPLIMENT, "Your jacket is great, what a good choice"),
    ("Yes, I have! I'm Zoe. Sorry, I'm grinning like an idiot, I just found out I'm pregnant, "
     "you're literally the first person I've told apart from my husband.", L.OFFENSIVE,
     "your brother is an idiot"),
    # a fourteenth play-test's wrong tips
    ("sorry, what do you do again?", L.ENCOURAGER, "oh wow, tell me more"),
    ("wait what did i say i was looking for", L.ENCOURAGER, "oh wow, tell me more"),
    # a memory check after thanks (the coach said "Great listening: you invited them to say
    # more", a session read through at the end of round 26)
    ("thanks. what was that first tip again?", L.ENCOURAGER, "oh wow, tell me more"),
    ("Sorry, I'm rubbish company tonight.", L.COMPLAINT, "my neighbour is rubbish company"),
    ("how do you stop the clay wobbling on the wheel? Mine keeps collapsing.", L.COMPLAINT,
     "this clay is rubbish, it keeps collapsing"),
    ("I will make the reports for the taxes. In Japan I work for bank five years.", L.POLITICS,
     "taxes are far too high under this government"),
])
def test_false_alarms_among_two_play_tests_lines(text: str, label: MoveLabel,
                                                 still: str) -> None:
    """Every line of the eleventh and twelfth play-tests (753) run through the matcher: these
    were avoid topics or praise by a cue or the classifier. The coach would have said "That
    sounds like a gripe" of a bass player's joke and "gossip" of one's own bereavement."""
    matcher = load_matcher(meaning=True)
    assert label not in labels(matcher, text)
    assert label in labels(matcher, still)


@pytest.mark.parametrize(("text", "label", "still"), [
    # one's own pot laughed at is no insult; one's neighbour still is
    ("yes, I'm Sofia. my pot last week looked like a potato haha", L.OFFENSIVE,
     "my neighbour looks like a troll"),
    # a bare fact is no gripe; a marked one still is
    ("40 minutes. train", L.COMPLAINT, "the train is always late"),
    # nerves about how one comes across are no gripe
    ("Guilty as charged. Is it that obvious? I've been holding this coffee for ten minutes "
     "because I don't know where to put it", L.COMPLAINT, "this coffee is disgusting"),
    # a goodbye with a favour is no gossip; hearsay about someone still is
    ("Well, I think they're about to lock up. It was really nice chatting, Robin. Save me a "
     "seat next week, okay?", L.GOSSIP, "did you hear she got fired for stealing?"),
    # a learner's question with no word of praise is no compliment
    ("Ok. You have a favourite thing to make here?", L.COMPLIMENT,
     "I love your jacket, is it new?"),
    # a plan at parting is no gripe; a gripe at parting still is
    ("ok they're turning the lights off. good luck with the mugs! same time next week?",
     L.COMPLAINT, "see you next week, if this awful rain ever stops"),
    # oneself called a fool in passing is no insult; another person so called still is
    ("Sorry, I'm grinning like an idiot, I just found out I'm pregnant", L.OFFENSIVE,
     "your brother is an idiot"),
    # a memory test is no encourager; "tell me more" still is
    ("A dog, Luna. Do you remember what my news was today?", L.ENCOURAGER,
     "oh wow, tell me more"),
    # hearsay about the thing just named is news, not gossip
    ("And what do you think of the new coffee machine? People say it's terrible", L.GOSSIP,
     "people say he's been cheating on her"),
    # asking what the other is proud of praises no one; praise with pride in it still does
    ("What's something you're proud of?", L.COMPLIMENT, "You must be so proud of your son!"),
    # the best part of what was told wants no advice; the best way to do a thing still does
    ("What's the best part?", L.ADVICE_REQUEST, "What's the best way to meet people here?"),
    # one's own news told invites nothing; curiosity said in the first person still does
    ("I just got back from a trip to Japan.", L.ENCOURAGER, "I'm dying to know how it ended."),
    # how they heard of it wants no advice; a recommendation asked for still does
    ("Oh, a friend recommended this meetup. Sorry, what did you say your name was again?",
     L.ADVICE_REQUEST, "Can you recommend a good cafe near here?"),
    # a daydream asked wants no advice; "if you were me" still does
    ("What would you do if you won the lottery?", L.ADVICE_REQUEST,
     "What would you do if you were me?"),
    # one's own job with the question handed back praises no one; praise before it still does
    ("I'm a designer, what's yours?", L.COMPLIMENT, "I love your dress, what about you?"),
    ("logos and stuff. you?", L.COMPLIMENT, "you have a lovely smile"),
    # "Who with?" of a trip talks of no one; of someone absent it still may
    ("Who with?", L.GOSSIP, "Did you hear she's been cheating on him?"),
    # oneself put down is nerves; someone else called so is still an insult
    ("the design team. I'm probably going to mess it up though, I always say something stupid",
     L.OFFENSIVE, "my boss is a fat idiot"),
    # a question about the listener asks no advice; a request for a recommendation still does
    ("Are you handy with a drill, or are you a professional shelf-avoider like me?",
     L.ADVICE_REQUEST, "What would you recommend for a first-timer?"),
    # one's own failing owned is no gripe; a thing of the place still may be
    ("great! sorry, my memory is terrible when I'm nervous. where did we say we'd meet?",
     L.COMPLAINT, "the wifi here is terrible"),
    # oneself the secret is a joke; someone else's still is gossip
    ("Hi! I'm only here for the crisps, don't tell anyone", L.GOSSIP,
     "don't tell anyone but jamie got fired last week"),
    # a twenty-first: one's own work played down is neither praise nor a gripe; relief is no
    # gripe; a memory check invites no more
    ("My manager made me come. I'm a junior developer, nothing impressive. What do you do?",
     L.COMPLIMENT, "you have a lovely smile"),
    ("amazing honestly so relieved do you drive to work or get the bus", L.COMPLAINT,
     "the buses here are a joke"),
    ("Right. Do you remember how I said the move was?", L.ENCOURAGER, "tell me more!"),
    # a pet teased hurts no one; the listener called so still does
    ("I've got a very fat ginger cat called Biscuit who thinks he owns the flat. Do you have "
     "any pets?", L.OFFENSIVE, "your dog is fat and you are stupid"),
])
def test_an_eleventh_play_tests_false_alarms(text: str, label: MoveLabel, still: str) -> None:
    """An eleventh play-test's coach was wrong in 9 of its 10 correcting tips ("That could
    hurt" on a pot, "That sounds like a gripe" on "40 minutes. train", "That sounds like
    gossip" on a goodbye and on a coffee machine)."""
    matcher = load_matcher(meaning=True)
    assert label not in labels(matcher, text)
    assert label in labels(matcher, still)
