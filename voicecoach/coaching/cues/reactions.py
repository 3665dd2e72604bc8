"""Reactions, and lines that only sound like an avoid-topic: appreciation and "tell me more",
short answers and non-answers, thanks and praise, a let-down, a dislike shared, a moan about
the weather or about one's own life (`own_moan`) rather than the scene, and `not_meant_as`,
which takes bad news, an apology, a goodbye or a liking for no gripe (`AVOID_ORDER`: the
weightiest of several avoid-topics).
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.favours import OFFER, asks_for_help
from voicecoach.coaching.cues.feelings import (
    APOLOGY,
    APOLOGY_AHEAD,
    APOLOGY_WITHIN,
    ASKS_IF_ODD,
    JOKING,
    OWN_WORRY,
    without_odd_asked,
)
from voicecoach.coaching.cues.greetings import is_goodbye
from voicecoach.coaching.cues.memory import MIXED_UP
from voicecoach.coaching.cues.news import BAD_NEWS, GOOD_NEWS, MISHAP
from voicecoach.coaching.cues.partner_questions import ASKS_IF_KNOWS_COLLEAGUE
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.questions import COMFORT_ASKED, PLACE_ASKED_HOW

__all__ = [
    "ABOUT_SCENE", "APPRECIATE", "AVOID_ORDER", "DOWNBEAT", "EXCUSE_ASKED", "GOOD_VIEW", "HARD",
    "HEARD_OF_EVENT", "LOVED_IT", "MILD_ANSWER", "NEGATIVE_START", "NON_ANSWER", "NOT_HARD",
    "OWN_LIFE", "OWN_NEWS_ASKED", "PRAISE", "PRAISED_THING", "PRAISE_OF_YOU", "SHARED_DISLIKE",
    "SHORT_ANSWER", "SHORT_APPRECIATE", "TELL_MORE", "THANKS", "WEATHER_MOAN", "joking",
    "not_meant_as", "own_moan",
]

# When a line holds more than one avoid-topic, the partner steps away from the weightiest.
AVOID_ORDER = (MoveLabel.OFFENSIVE, MoveLabel.POLITICS, MoveLabel.CONTROVERSIAL,
               MoveLabel.GOSSIP, MoveLabel.COMPLAINT)
TELL_MORE = re.compile(
    r"\b(tell me (more|about it)|go on|what happened( next| then)?|and then|keep going|"
    r"how did (it|that) go|then what|more about)\b", re.IGNORECASE)
APPRECIATE = re.compile(r"\b(sounds? (fun|great|amazing|lovely|nice|good|interesting|cool|"
                        r"brilliant|wonderful|hard|scary|funny)|how (nice|lovely|funny|cool)|"
                        r"that'?s (a |such a |so |really )?(amazing|great|lovely|funny|"
                        r"hilarious|brilliant|cool|interesting|nice|sweet|good)|wow|no way|"
                        r"(that|it) must (be|have been) \w+)\b",
                        re.IGNORECASE)
# A statement with a let-down in it ("I didn't really like the talk"): "Oh, nice." would jar.
DOWNBEAT = re.compile(r"\b(didn'?t|don'?t|did not|do not|wasn'?t|isn'?t|not) (really |that |"
                      r"very |much )?(like|enjoy|great|good|fun|into|love)|\b(bor(ed|ing)|"
                      r"awful|terrible|rubbish|disappoint\w*|exhaust\w*|stress\w*|tir(ed|ing)|"
                      r"lonely|tough|difficult|struggl\w*|sad|miss (it|them|home)|"
                      # "my boss shouted at me", "these events are a bit pointless"
                      r"(shouted|yelled|snapped) at me|told me off|pointless|humiliat\w*|"
                      r"embarrass\w*|"
                      # a gripe about the scene with no move label ("the food is so bland")
                      r"weird|bland|depressing|ridiculous|horrible|dreadful|annoying|dull|grim|"
                      r"freezing|(too|so) (loud|hot|cold|crowded|packed)|"
                      # a downside of something good ("it's nice, a bit noisy at night though")
                      r"noisy|hates?|hated|(too|so|really|quite|bit|very) (expensive|pricey)|"
                      r"a bit \w+( \w+){0,3} though|"
                      r"a bit (too )?(long|slow|much|dry|loud|cold|far|rushed|crowded|quiet)|"
                      # someone's gripe at them ("My ex always complained about my cooking
                      # though, typical him": a twenty-second play-test got "Oh, nice.")
                      r"(complained|complains|moaned|moans) (about|at) my|"
                      r"typical (him|her|them))\b",
                      re.IGNORECASE)
# An answer that says no ("no, I don't have any pets", "not really"): nothing to follow up.
NEGATIVE_START = re.compile(r"^\W*((um|uh|oh|well|ah|ha)[,.!]?\s+)*(no|nope|nah|not really|"
                            r"not at all|not yet|i don'?t|i do not|i haven'?t|i have not|"
                            r"i'?m not|i am not|never)\b", re.IGNORECASE)
# A whole line of appreciation ("nice", "oh cool"): after a telling reply it means "go on".
SHORT_APPRECIATE = re.compile(r"^((oh|ah|ha|wow|ooh|haha|aw+|that'?s|so|really|very)\W*\s+)*"
                              r"(nice|cool|"
                              r"interesting|lovely|great|amazing|neat|fun|wow|no way|ha|haha|"
                              r"brilliant|fascinating|oh wow|cute|sweet|aw+|lol|awesome|"
                              r"funny|wild|oh no)( one| stuff)?[.!]*$", re.IGNORECASE)
# A short yes or no to the partner's question ("yeah", "yep first time"): it wants a follow-up
# on the same topic, not a new one.
SHORT_ANSWER = re.compile(r"^((hi|hello|hey|morning|oh|well|um|uh|ah)[,.!]?\s+)?"
                          r"(yes|yeah|yep|yup|no|nope|not really|sort of|kind of|i am|"
                          r"i do|i have|i did)\b", re.IGNORECASE)
# An answer that tells nothing: "I don't know", "not sure", "no idea".
NON_ANSWER = re.compile(r"^((um|uh|oh|well|hmm|erm)[,.!]?\s+)*(i do ?n[o']?t (really )?know|"
                        r"(i )?dunno|(i'?m )?not sure|no idea|nothing really|not much)\W*$",
                        re.IGNORECASE)
# "How did you hear about this?" asks about the event, not for gossip.
HEARD_OF_EVENT = re.compile(r"\bhow did you (hear|find out) about (this|it|us|the \w+)\b",
                            re.IGNORECASE)
# A dislike shared with the partner ("I can't stand queues either"): common ground, met with
# agreement, not a complaint to step away from.
SHARED_DISLIKE = re.compile(r"\b(can'?t stand|cannot stand|hate|can'?t bear|don'?t like|"
                            r"do not like|not a fan of|dislike|never liked)\b.*\b(either|too|"
                            r"as well|neither)\b|\bme neither\b|\bneither do i\b",
                            re.IGNORECASE)
# A moan about the weather is the oldest common ground there is ("this rain, isn't it
# awful?"): agreed with, not stepped away from as a complaint.
WEATHER_MOAN = re.compile(r"^(?=.*\b(weather|rain\w*|wind\w*|cold|hot|heat|humid|snow\w*|"
                          r"freezing|grey|drizzle)\b)(?=.*\b(awful|terrible|horrible|"
                          r"miserable|grim|dreadful|rubbish|freezing|so (cold|hot|wet|humid)|"
                          r"too (cold|hot)|ugh|this rain)\b)", re.IGNORECASE)
# Any word for the listener or theirs ("you", "your", "yours"): praise aimed at them.
_PRAISE_WORDS = (r"sweet|lovely|amazing|great|beautiful|brilliant|gorgeous|cool|nice|good|clever|"
                 r"fantastic|wonderful|talented|kind|funny")
PRAISE_OF_YOU = re.compile(rf"\b(you|your|yours|you'?re)\b[^.?!]*\b({_PRAISE_WORDS})\b|"
                           rf"\b({_PRAISE_WORDS})\b[^.?!]*\b(your|yours)\b", re.IGNORECASE)
# The user enjoyed something ("I loved the bit about burnout", "really enjoyed that").
LOVED_IT = re.compile(r"\bi (really |absolutely |just )?(loved|love|enjoyed|liked) (the|that|it|"
                      r"this|how)\b|\b(so|very|really) (relatable|inspiring|useful|interesting)\b",
                      re.IGNORECASE)
# A thing praised by name ("that's a lovely name", "what a great question").
PRAISED_THING = re.compile(rf"\b(that'?s|that is|what) (a|an|such a|such an) (\w+ )?"
                           rf"({_PRAISE_WORDS}) \w+", re.IGNORECASE)
# Praise of the partner or of something of theirs, in words the move packs may not know.
PRAISE = re.compile(r"\b(your|you'?re|you are|you look)\b(\s+\w+){0,4}?\s+(is |are |looks? |"
                    r"so |really |very |such )*(clever|lovely|amazing|beautiful|brilliant|"
                    r"gorgeous|stunning|talented|fantastic|wonderful|great|cool|smart|funny|"
                    r"kind(?! of)|nice|good at)\b", re.IGNORECASE)
# A moan about the user's own day or life: sympathy, not a step away ...
OWN_LIFE = re.compile(r"\b(my|i'?m|i am|i'?ve|i have|i was|i had|i can'?t|me|work|job|hours|"
                      r"shifts?|commute|boss|deadlines?|landlord|trains?|bus(es)?|traffic|"
                      r"sleep|slept|week|flat|rent|back|exams?)\b", re.IGNORECASE)
# Words of a hard time, where the move packs may see no complaint ("my hands are so sore").
HARD = re.compile(r"\b(sore|aching|killing me|knackered|shattered|worn out|exhaust(ed|ing)|"
                  r"(hurt|injured|pulled|twisted|sprained) my (back|knee|ankle|wrist|shoulder|"
                  r"neck|hand|foot|leg|arm)|"
                  r"(so |really |just |a bit |quite )?(worried|lonely|homesick)|"
                  r"stress(ed|ful)|nightmare|awful|terrible|horrible|rough|hectic|barely slept|"
                  r"no sleep|freezing|soaked|crazy|ridiculous|a pain|brutal|a killer|"
                  r"draining|miserable|grim|dreadful|so tired|really tired|long (week|day))\b",
                  re.IGNORECASE)
_GOOD_WORDS = r"fun|great|amazing|lovely|brilliant|enjoy\w*|lov(e|ed|ing)|good|nice"
NOT_HARD = re.compile(r"\b(" + _GOOD_WORDS + r"|worth it|happy|excited|"
                      r"awful(ly)? (lot|nice|good)|haha|lol|tired of|"
                      r"(terrible|awful|rubbish) at|crazy (about|for|good|fun))\b",
                      re.IGNORECASE)
# A good word for something: "the speaker was pretty good", "what a lovely place".
GOOD_VIEW = re.compile(r"\b(" + _GOOD_WORDS + r"|interesting|fantastic|excellent|wonderful|"
                       r"beautiful|cool|impressive|inspiring|useful|helpful|friendly)\b",
                       re.IGNORECASE)
# ... unless it gripes about the event, the place, the host or the people here.
# "Here" makes a gripe about the place when it says what the place is like ("the buses here
# are a joke"), not when it tells the user's own day ("the commute here was a nightmare").
ABOUT_SCENE = re.compile(r"\b(party|tonight|(boring|dull|awful|terrible|rubbish|dead|loud|"
                         r"noisy|cold|crowded|stuffy) (in )?here|here (is|are|'s) (so |really |"
                         r"pretty |a |such a )?(boring|dull|awful|terrible|rubbish|dead|bad|"
                         r"weird|annoying|loud|noisy|cold|crowded|expensive|overpriced|joke|"
                         r"mess|disgrace)|(this|these|the) (place|event|evening|night|"
                         r"club|room|class|building|office|meetup|host|food|drinks|music|"
                         r"venue|wine|snacks|speakers?|talks?|people|crowd|teacher)|everyone|"
                         r"they|them|he|she|his|her)\b", re.IGNORECASE)
THANKS = re.compile(r"\b(thanks|thank you|cheers)\b", re.IGNORECASE)


def own_moan(text: str) -> bool:
    """A moan about the user's own life (work hours, the commute, sleep, a landlord), not
    about the host, the event or people here, nor a happy line ("an awful lot of fun")."""
    text = _FINE_THANKS.sub("", text)  # "great thanks. honestly the landlord is useless"
    text = without_odd_asked(text)  # "i do translations. is that boring?" asks, moans not
    if _THEIR_OWN_PERSON.search(text):  # "the landlord ... he hasn't fixed the heating"
        text = _PRONOUN.sub("", text)
    return (bool(OWN_LIFE.search(text)) and not ABOUT_SCENE.search(text)
            and not NOT_HARD.search(text))


def joking(text: str) -> bool:
    """Whether the user laughs at what they say (`JOKING`), not only at the partner's question
    before it ("Haha fine. Oh, and my flat has mould ...": the mould is no joke)."""
    return bool(JOKING.search(_FINE_THANKS.sub("", text)))


# "Great, thanks." or "Haha fine." opening a line answers the partner; it says nothing of the
# moan after it.
_FINE_THANKS = re.compile(r"^\W*(ha\w*\W+)?(great|good|fine|not bad|ok|okay)(,? (thanks|thank "
                          r"you)\b\W*|\s*[.!]+\s*)", re.IGNORECASE)


# Someone of the user's own life that a moan's "he" or "they" is of: not the people here.
_THEIR_OWN_PERSON = re.compile(r"\b(landlord|landlady|letting agents?|agency|council|"
                               r"housemates?|flatmates?|the bank|insurance|plumber|builders?)\b",
                               re.IGNORECASE)
_PRONOUN = re.compile(r"\b(they|them|he|she|his|her)\b", re.IGNORECASE)


# Lines a person would not take for the avoid topic a word in them suggests, for the partner
# and the coach alike: bad news, an apology, a goodbye or a liking is no gripe ("my cat died
# on Monday", "sorry about the noise with the van", "it's quieter here, I like it"); one's own
# break-up is no gossip; being taken for someone else is no insult.
_LIKES_IT = re.compile(r"\bi (really |do |actually )?(like|love|enjoy) it\b", re.IGNORECASE)
_OWN_BREAK_UP = re.compile(r"\b(we|i) (just |recently )?(broke up|split up|separated|got divorced)"
                           r"|\bmy ex\b|\bex-(partner|wife|husband|boyfriend|girlfriend)\b",
                           re.IGNORECASE)
_HARDSHIP = re.compile(r"\b(can'?t|cannot|couldn'?t) (really )?afford\b|\bin debt\b",
                       re.IGNORECASE)


# "Did you hear about my promotion?": the user's own news, told, not a rumour.
OWN_NEWS_ASKED = re.compile(r"\b(did|have) you (hear|heard) (about |that )?(my|our|me|i|we)\b|"
                            r"\bdid i (mention|tell you|say)\b", re.IGNORECASE)
# "Is there a place to pray, or a quiet room?": a practical question, not faith argued over
# (it got "Oh, that's a big one. Maybe not for tonight.").
_PLACE_OF_FAITH = re.compile(r"\b(place to pray|prayer room|prayer space|multi-?faith room|"
                             r"where (can|could|do|should) (i|we|people) pray|"
                             r"(mosque|church|temple|synagogue|gurdwara)s? (near|nearby|round "
                             r"here|around here|close by))\b", re.IGNORECASE)


# Teasing among friends, no insult: "what about you, what's your excuse?" (to "What made you
# sign up?"; a tenth play-test's partner said "let's not go there", the coach "That could hurt").
EXCUSE_ASKED = re.compile(r"\bwhat'?s your excuse\b|\bwhats your excuse\b", re.IGNORECASE)


# An honest, mild answer ("its ok. bit boring", "fine, a bit tiring"): no gripe to steer away
# from (a tenth play-test's shy user got "Let's think about something nicer" and a tip).
MILD_ANSWER = re.compile(
    r"^\W*(?:(?:it'?s|its|it is|it was|mine was|was|yeah|honestly)\W+)*(?:ok|okay|fine|alright|"
    r"all right|not bad)\W+(?:but |just )?(?:a )?(?:bit|kind of|kinda|sort of|a little|little) "
    r"(?:boring|tiring|tired|quiet|slow|dull|long|much|busy|stressful|hectic|repetitive)\W*$",
    re.IGNORECASE)


_THEIR_WORRY_OR_HABIT = re.compile(r"\b(stressed|stressing|worried|anxious|nervous) (out )?about "
                                   r"(my|the|our|getting|finishing|starting)\b|"
                                   r"\b(a|my|such a) (terrible|bad|awful|dreadful) habit\b|"
                                   # "salsa with Carol, we're terrible": modesty
                                   r"\b(i'?m|we'?re|i am|we are) (so |really |pretty |just )?"
                                   r"(terrible|hopeless|rubbish|awful)\b(?= at\b|\W*$|[.!,])",
                                   re.IGNORECASE)


def not_meant_as(label: MoveLabel, text: str) -> bool:
    """Whether `text`, though a word in it suggests the avoid topic `label`, is not that topic
    to a person."""
    if label is MoveLabel.COMPLAINT:
        return bool(BAD_NEWS.search(text) or GOOD_NEWS.search(text) or APOLOGY.search(text)
                    or MISHAP.search(text)
                    or APOLOGY_AHEAD.search(text) or PLACE_ASKED_HOW.search(text)
                    or APOLOGY_WITHIN.search(text)
                    or OWN_WORRY.search(text) or _HARDSHIP.search(text)
                    or COMFORT_ASKED.search(text)
                    or _OWN_BREAK_UP.search(text) or is_goodbye(text) or MILD_ANSWER.search(text)
                    or (_LIKES_IT.search(text) and not DOWNBEAT.search(text))
                    # help asked with a trouble ("my laptop won't connect to the wifi, could you
                    # help me with it?", "it's too heavy for me alone"), or what to do about it:
                    # an eighteenth play-test's coach called these gripes
                    or asks_for_help(text)
                    # laughing at oneself ("my cooking is a crime scene lol"): a joke, not a
                    # gripe (a twenty-ninth play-test's coach called two such jokes gripes)
                    or (joking(text) and not ABOUT_SCENE.search(text))
                    # a worry of theirs ("lowkey stressed about my portfolio") or a habit owned
                    # up to ("it's a terrible habit"): no gripe (a thirtieth look's coach)
                    or _THEIR_WORRY_OR_HABIT.search(text)
                    # "i do translations. is that boring?": the "boring" is asked of their own
                    # life (a thirtieth play-test's coach called it a gripe)
                    or bool(ASKS_IF_ODD.search(text)
                            and not DOWNBEAT.search(without_odd_asked(text))))
    if label is MoveLabel.GOSSIP:
        return bool(_OWN_BREAK_UP.search(text) or HEARD_OF_EVENT.search(text)
                    or ASKS_IF_KNOWS_COLLEAGUE.search(text)
                    or BAD_NEWS.search(text) or MISHAP.search(text)
                    or OWN_NEWS_ASKED.search(text))
    if label is MoveLabel.CONTROVERSIAL:
        return bool(_PLACE_OF_FAITH.search(text))
    if label is MoveLabel.OFFENSIVE:
        # (an offer is no insult: "if you ever need a trim, I've got my scissors")
        return bool(MIXED_UP.search(text) or EXCUSE_ASKED.search(text) or OFFER.search(text))
    return False
