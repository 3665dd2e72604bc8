"""Moves by meaning: the nearest labelled lines beside the regressions, and what they decide."""

from __future__ import annotations

import numpy as np

from voicecoach.understanding.match import load_matcher
from voicecoach.understanding.meaning import (
    Neighbours,
    meaning_dir,
    neighbour_share,
    read_neighbours,
    read_weights,
)
from voicecoach.understanding.moves import MoveLabel


def unit(*values: float) -> np.ndarray:
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_a_label_scores_what_the_nearest_lines_carry() -> None:
    # Three lines near "east" carry the first label, three near "north" the second.
    lines = Neighbours.of(
        np.stack([unit(1, 0.1), unit(1, -0.1), unit(1, 0), unit(0.1, 1), unit(-0.1, 1),
                  unit(0, 1)]),
        np.array([[True, False]] * 3 + [[False, True]] * 3),
        dim=2,
    )
    east, north = neighbour_share(np.stack([unit(1, 0.05), unit(0.05, 1)]), lines, k=3)
    assert east[0] > 0.99 and east[1] < 0.01
    assert north[1] > 0.99 and north[0] < 0.01
    # With every line counted, the nearer ones still weigh more.
    (between,) = neighbour_share(unit(1, 0.6)[np.newaxis, :], lines, k=6)
    assert between[0] > between[1] > 0


def test_shipped_weights_carry_their_neighbours() -> None:
    path = meaning_dir() / "moves_classifier.npz"
    neighbours = read_neighbours(path)
    assert neighbours is not None  # scripts/train_meaning.py writes them
    assert neighbours.labels.shape == (len(neighbours.vectors), len(read_weights(path)))
    assert len(neighbours.vectors) > 1_000
    norms = np.linalg.norm(neighbours.vectors, axis=1)
    assert np.allclose(norms, 1.0, atol=0.01)
    assert neighbours.basis.shape == (len(neighbours.mean), neighbours.vectors.shape[1])


def test_gossip_about_the_host_is_no_icebreaker() -> None:
    matcher = load_matcher(meaning=False)
    gossip = matcher.match("apparently the host and her husband are splitting up")
    assert gossip.labels == (MoveLabel.GOSSIP,)
    # The same words without the gossip still open a conversation.
    assert matcher.match("how do you know the host").has(MoveLabel.ICEBREAKER)


def test_asking_to_hear_it_again_is_no_move() -> None:
    """The classifier heard an insult in "sorry what did you say" (0.52), and the coach said
    "That could hurt" (or, to it as an open question, "Great open question"); a question that
    says more is still read."""
    matcher = load_matcher()
    for said in ("sorry what did you say", "what did you say", "sorry, could you say that again?",
                 "pardon?", "sorry i didn't catch that"):
        assert matcher.match(said).labels == (), said
    assert matcher.match("you're such an idiot, what did you say").has(MoveLabel.OFFENSIVE)


def test_liking_ones_own_thing_is_no_compliment() -> None:
    """"It's hard work but I like it" (of the user's own job) was a compliment at 0.64, and the
    partner thanked the user for it."""
    matcher = load_matcher()
    assert not matcher.match("yeah it's hard work but i like it").has(MoveLabel.COMPLIMENT)
    assert matcher.match("I love your jacket").has(MoveLabel.COMPLIMENT)
    assert matcher.match("this cake is amazing, i love it").has(MoveLabel.COMPLIMENT)


def test_thanks_and_a_weakness_of_ones_own_are_no_compliment_and_no_insult() -> None:
    """"Thanks, yeah it's a bit overwhelming" was a compliment to the classifier (0.72), and "oh
    I'm terrible with numbers" an insult (0.50): the coach said "That could hurt"."""
    matcher = load_matcher()
    assert not matcher.match("thanks, yeah it's a bit overwhelming").has(MoveLabel.COMPLIMENT)
    assert matcher.match("thanks, you're so kind").has(MoveLabel.COMPLIMENT)
    assert not matcher.match("oh I'm terrible with numbers").has(MoveLabel.OFFENSIVE)
    assert not matcher.match("I'm so bad at this").has(MoveLabel.COMPLAINT)  # was one, 0.58
    assert matcher.match("you're terrible at this, you idiot").has(MoveLabel.OFFENSIVE)


def test_asking_how_the_place_usually_is_is_no_gripe() -> None:
    """"Is it always this quiet?" was a complaint to the classifier (0.67)."""
    matcher = load_matcher()
    assert not matcher.match("is it always this quiet").has(MoveLabel.COMPLAINT)
    assert matcher.match("is it always this cold in here, it's freezing").has(
        MoveLabel.COMPLAINT)


def test_laughing_along_is_no_insult_and_a_fact_about_oneself_no_common_ground() -> None:
    """"You're funny" was an insult to the classifier (0.67), "that's hilarious" too (0.54),
    and "I just moved here from Chicago." common ground (0.57): the partner stepped away from
    a joke, and the coach praised common ground nobody shared."""
    matcher = load_matcher()
    for text in ("you're funny", "that's hilarious", "ha that must make you popular"):
        assert not matcher.match(text).has(MoveLabel.OFFENSIVE), text
    assert matcher.match("you're so stupid, honestly").has(MoveLabel.OFFENSIVE)
    assert matcher.match("teenagers are all lazy useless phone zombies").has(MoveLabel.OFFENSIVE)
    assert not matcher.match("I just moved here from Chicago.").has(MoveLabel.COMMON_GROUND)
    assert matcher.match("I moved here from Chicago too.").has(MoveLabel.COMMON_GROUND)
    # "where did you get lost?" asks after a story; "get lost, mate" sends someone away
    assert not matcher.match("where did you get lost").has(MoveLabel.OFFENSIVE)
    assert matcher.match("oh just get lost, mate").has(MoveLabel.OFFENSIVE)


def test_who_do_you_support_asks_after_a_team_unless_politics_is_named() -> None:
    """ "Who do you support?" after talk of football was politics to the classifier (0.88):
    the coach warned and the partner stepped away from football."""
    matcher = load_matcher()
    assert not matcher.match("Who do you support?").has(MoveLabel.POLITICS)
    assert matcher.match("Which party do you support?").has(MoveLabel.POLITICS)
    assert matcher.match("who did you support in the election").has(MoveLabel.POLITICS)


def test_who_is_in_charge_here_asks_about_the_workplace() -> None:
    """On a first day "Who's in charge here?" was politics to the classifier (0.78), and the
    partner said "maybe not politics tonight"; "who is the boss here" was gossip (0.65)."""
    matcher = load_matcher()
    for text in ("Who's in charge here?", "who is the boss here"):
        labels = matcher.match(text).labels
        assert MoveLabel.POLITICS not in labels and MoveLabel.GOSSIP not in labels, text
    assert matcher.match("who is in charge of the country").has(MoveLabel.POLITICS)


def test_the_new_round_of_insults_and_parties_is_heard() -> None:
    """Put-downs with no insult word, and politics by a party's or a leader's name
    (round sixteen), beside lines that only look like them."""
    matcher = load_matcher()
    for text in ("youre about as useful as a chocolate teapot", "no wonder youre single",
                 "go back to the kitchen where you belong"):
        assert matcher.match(text).has(MoveLabel.OFFENSIVE), text
    assert not matcher.match("she's the one with the green scarf").has(MoveLabel.POLITICS)
    assert matcher.match("I reckon Albanese will walk the next one").has(MoveLabel.POLITICS)
    assert matcher.match("im vegetarian too but i dont make a fuss").has(
        MoveLabel.COMMON_GROUND)
    assert not matcher.match("i am too tired but i came anyway").has(MoveLabel.COMMON_GROUND)


def test_asking_a_name_is_no_greeting_without_a_word_of_one() -> None:
    """After the round-11 retrain the classifier called "Sorry, what's your name?" an
    introduction (the partner said "And you!" before its name)."""
    matcher = load_matcher()
    assert not matcher.match("Sorry, what's your name?").has(MoveLabel.GREETING_INTRO)
    assert matcher.match("hi, I'm Sam, what's your name?").has(MoveLabel.GREETING_INTRO)


def test_asking_what_something_is_like_is_no_complaint() -> None:
    """ "What's the coffee like here?" was a complaint to the classifier (0.51), and the
    partner met it with "Ugh, I know the feeling"."""
    matcher = load_matcher()
    assert not matcher.match("Hey, so what's the coffee like here?").has(MoveLabel.COMPLAINT)
    assert not matcher.match("how is the wifi here").has(MoveLabel.COMPLAINT)
    assert matcher.match("what's the food like, it's awful isn't it").has(MoveLabel.COMPLAINT)


def test_thanks_in_short_and_asking_if_liked_are_no_compliments() -> None:
    """After the round-13 retrain (compliment threshold 0.50) the classifier called "thx"
    (0.53) and "You like your work?" (0.55) compliments, and the partner thanked for them."""
    matcher = load_matcher()
    assert not matcher.match("thx").has(MoveLabel.COMPLIMENT)
    assert not matcher.match("You like your work?").has(MoveLabel.COMPLIMENT)
    assert matcher.match("Do you enjoy working here? You're so good with the customers").has(
        MoveLabel.COMPLIMENT)


def test_a_plain_practical_yes_no_question_is_no_complaint() -> None:
    """ "is there parking here?" was a complaint to the classifier (0.62), and the partner
    answered "Oh no, that does sound annoying" (a helper's sessions, round 13)."""
    matcher = load_matcher()
    for line in ("is there parking here?", "is the coffee machine free?",
                 "Do you know if the bins go out on Monday or Tuesday?"):
        assert not matcher.match(line).has(MoveLabel.COMPLAINT), line
    assert matcher.match("is it me or has this queue not moved at all").has(MoveLabel.COMPLAINT)


def test_asking_for_help_with_a_trouble_is_no_gripe_unless_it_says_one() -> None:
    """"Any tips for parking? The street seems full every evening." (0.69) got an eighth
    play-test's coach tip "That sounds like a gripe"."""
    matcher = load_matcher()
    assert not matcher.match("Any tips for parking? The street seems full every evening.").has(
        MoveLabel.COMPLAINT)
    assert matcher.match("Any tips? This commute is an absolute nightmare.").has(
        MoveLabel.COMPLAINT)


def test_a_trumpet_is_no_politics() -> None:
    matcher = load_matcher()
    assert not matcher.match("I'm his neighbour, and I hear him practising the trumpet every "
                             "morning.").has(MoveLabel.POLITICS)
    assert matcher.match("what do you make of trump's latest speech?").has(MoveLabel.POLITICS)


def test_taking_leave_is_no_compliment_without_a_word_of_praise() -> None:
    """"See you next week, hopefully with a less wonky pot!" (0.58) got "Nice compliment"."""
    matcher = load_matcher()
    assert not matcher.match("Thanks Maya! I'll let you get back to your wheel. See you next "
                             "week, hopefully with a less wonky pot!").has(MoveLabel.COMPLIMENT)
    assert matcher.match("See you next week, your glazes are gorgeous!").has(MoveLabel.COMPLIMENT)


def test_praise_of_a_name_is_a_compliment() -> None:
    """"That's a lovely name!" was no move, and the partner said "Oh really? That's
    interesting." (a session of my own)."""
    matcher = load_matcher(meaning=False)
    assert matcher.match("That's a lovely name!").has(MoveLabel.COMPLIMENT)
    assert not matcher.match("What's the name of the café?").has(MoveLabel.COMPLIMENT)


def test_a_goodbye_invites_no_more() -> None:
    """"ok, bye" was an encourager to the classifier (0.43), and the coach said "Great
    listening: you invited them to say more." (a session of my own)."""
    assert not load_matcher().match("ok, bye").has(MoveLabel.ENCOURAGER)
