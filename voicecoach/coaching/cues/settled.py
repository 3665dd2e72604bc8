"""How new or settled someone is: a first time said or asked (`own_first_time`,
`as_been_before`), just moved or just arrived, new here or been coming long, how long they
have lived or worked somewhere (`DURATION`, `own_duration`, `HOW_LONG_ASKED`), and the card
sentences that say how long or how new.
"""

from __future__ import annotations

import re

__all__ = [
    "ARRIVED_LATELY", "ASKED_IF_BEEN_BEFORE", "ASKS_IF_JUST_MOVED", "CALLS_ITSELF_NEW",
    "DONE_BEFORE", "DURATION", "FIRST_TIME_SAID", "HERE_SINCE", "HOW_LONG_ASKED", "HOW_LONG_SAID",
    "HOW_NEW_SAID", "HOW_SETTLED", "JUST_MOVED_SAID", "KNOW_MANY", "LIVED_HERE", "LIVING_WORDS",
    "LONG_STAY", "NEWCOMER", "NEW_HERE", "NEW_SAID", "POINTS_BACK", "SHORT_STAY", "as_been_before",
    "own_duration", "own_first_time",
]

# Asked whether the partner has been before, where its card says yes to "is it your first
# time?" ("Yes, it's my first time too!")
ASKED_IF_BEEN_BEFORE = re.compile(
    r"\b(been ((here|to (one of )?(these|this|one|them)( \w+)?) )?before|(done|tried) (it|this|"
    r"that|one) before|(come|coming|been "
    r"coming) ((here|to (these|this|them)( \w+)?) )?(often|a lot|much|regularly|before|every "
    r"(week|month|time|\w+day))|"
    # "do you usually come to these?", "is this your usual crowd?", "are you a regular?" (a
    # twenty-second play-test got "Yes, it's my first time too!")
    r"(usually|normally|regularly|often|always) (come|go|attend)|(a|one of the) regulars?|"
    r"your usual (crowd|thing|haunt|scene|group|night))\b", re.IGNORECASE)
# The user's own first time said ("first time, yes", "I've never been to one before"; not "my
# second time, not first"). Wider than FIRST_TIME_SAID, which welcomes: "Hi, yes, first time."
# is enough to keep "too" in "No, it's my first time too!".
_FIRST_TIME_OWN = re.compile(r"\b(?<!not )(?<!not my )(my )?first time\b|\bnever been\b",
                             re.IGNORECASE)
_NOT_FIRST_TIME = re.compile(r"\b(second|third|fourth|not (my )?first)\b", re.IGNORECASE)


def own_first_time(text: str) -> bool:
    """Whether `text` says it is the speaker's first time ("Hi, yes, first time.")."""
    return bool(_FIRST_TIME_OWN.search(text)) and not _NOT_FIRST_TIME.search(text)

_FIRST_TIME_YES = re.compile(r"^(yes|yeah)(?=\W.*\bfirst time\b)", re.IGNORECASE)
_NTH_TIME_NO = re.compile(r"^no(?=\W.*\b(second|third|fourth|fifth|sixth)\b time\b)",
                          re.IGNORECASE)


def as_been_before(answer: str, they_are_new: bool = True) -> str:
    """A card's yes/no answer written for "is it your first time?" said to "have you been
    before?": "Yes, it's my first time too!" becomes "No, ...", "No, it's my third time" "Yes,
    ..."; without its "too" unless `they_are_new` (they said it is their first time too)."""
    if _FIRST_TIME_YES.match(answer) and not they_are_new:
        answer = re.sub(r" too(?=\W)", "", _FIRST_TIME_YES.sub("No", answer, count=1), count=1)
    answer = _FIRST_TIME_YES.sub("No", answer, count=1)
    return _NTH_TIME_NO.sub("Yes", answer, count=1)


# Someone who has just arrived is asked how they are finding it, not what they like most
# about where they live.
NEW_HERE = re.compile(r"\b(?:just|recently|only just) (?:moved|arrived|got here|started)\b"
                      r"|\bnew (?:here|in town|to the area|to the city|in the area)\b"
                      r"|\bthe new (?:neighbou?r|tenant|person|guy|girl|starter|member|one)s?\b"
                      r"|\bmoved (?:in|here) (?:last|this|on|a few|two|three) ", re.IGNORECASE)
# Arrived from far away lately ("I arrived in this country only three months ago, from
# Portugal", "I have come from Osaka only two weeks ago"): news worth a welcome (a
# twenty-seventh look: met with nothing, three times).
ARRIVED_LATELY = re.compile(r"\b(arrived|came|moved|come) (in |to )?(this country|the uk|england|"
                            r"here|this city|the city)\b[^.!?]*\b(ago|last (week|month|year)|this "
                            r"(week|month|year))\b|\b(have|'ve) (just |only )?(come|arrived|moved) "
                            r"(here )?from [A-Z]\w+[^.!?]*\b(ago|weeks?|months?)\b")
# Asked how settled the partner is ("are you new here too?", "have you been coming long?", "do
# you know many people here?"). The card's yes/no answer was written for one question of its
# topic ("are you a friend of Sam's?" -> "Yes, I am!"), so to another its yes may be the wrong
# way round: "are you new here too?" of a neighbour of twelve years got "Yes, twelve years".
# Asked if new, the plain answer (it says how long) answers, unless the yes/no answer is a yes
# that says new or a no; asked if long, the yes/no answer does only when it says how long
# ("Yes, twelve years now").
NEWCOMER = re.compile(r"\b(new (here|in town|to (this|these|the \w+|town|it))|"
                      r"(your|the) first (time|visit|week|meetup|session|party|one))\b",
                      re.IGNORECASE)
# A yes/no answer that says the partner is new ("Yes, it's my first time too!") answers one.
NEW_SAID = re.compile(r"\b(first (time|week|visit|day|meetup)|new (here|in town|myself|to)|"
                      r"just (moved|started|joined|arrived))\b", re.IGNORECASE)
_KNOW_MANY = (r"\bknow (many|a lot of|lots of|most of the|loads of|much of the) (people|folks|"
              r"the people|the guests|the others|neighbou?rs|crowd)\b|"
              r"\bknow (anyone|anybody) (here|else)\b|"
              # "How do you know everyone?" (a sweep of common questions: "I couldn't say")
              r"\b(do|how do) you know (everyone|everybody)\b")
HOW_SETTLED = re.compile(NEWCOMER.pattern + "|" + _KNOW_MANY + r"|\b(been (here|coming|living "
                         r"here|around) (long|for long|a while)|(come|coming) (here|to these|to "
                         r"this) (often|a lot|much)|lived here (long|for long|a while))\b",
                         re.IGNORECASE)
# "Have you done pottery before?", "have you tried this before?": how new it is to the scene's
# own thing, when the thing is the scene's (`Partner._settled_topic`).
DONE_BEFORE = re.compile(r"\b(done|tried|did|made|had a go at|been to) (?P<thing>this|it|any "
                         r"\w+|\w+|a \w+ \w+|\w+ \w+) before\b", re.IGNORECASE)
# "Do you know many people here?": the card cannot say, so a plain "a few" (partner.toml).
KNOW_MANY = re.compile(_KNOW_MANY, re.IGNORECASE)
# "How long have you lived here?": of the place one lives, unless the card's reason for being
# here is where it lives (a neighbour); its answer is the sentence that says how long.
LIVED_HERE = re.compile(r"\b(lived|been living) (here|round here|around here|in (this|the) "
                        r"(area|town|city|neighbou?rhood))\b|"
                        # a learner's "How long you live here?" (it got where the card is from)
                        r"\bhow long (do )?(you|u) (are )?(live|living) (here|in)\b|"
                        # "How long have you been in the building?" (a tenth play-test: "It's a
                        # friendly building. We have a little party ...")
                        r"\b(lived|been living|been) in (this|the) (building|flat|block|street|"
                        r"road)\b", re.IGNORECASE)
# "I am in London since one year": a learner's "I have lived in London for a year".
HERE_SINCE = re.compile(r"\b(i'?m|i am) (in|here)\b.{0,30}\bsince\b", re.IGNORECASE)
LIVING_WORDS = re.compile(r"\b(live[ds]?|living|moved|upstairs|downstairs|flat|building)\b",
                          re.IGNORECASE)
HOW_LONG_SAID = re.compile(r"\b((\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|twenty|thirty|few|couple of|several|many) "
                           r"(years?|months?|weeks?)|(about|nearly|almost|over|just over) an? "
                           r"(year|month)|an? (year|month) ago|for years|ages|all my life|"
                           r"most of my life|since \w+|just moved|recently moved|"
                           r"(first|second|third|fourth|fifth) (week|month|class|year|time|"
                           r"visit|session|meetup)|"
                           r"all (week|month|year))\b",
                           re.IGNORECASE)
# How long, said short ("second week", "six months") or long ("twelve years now"): of a card's
# reason for being here, and of its yes/no answer to "have you been here long?".
SHORT_STAY = re.compile(r"\b(weeks?|months?|second|third)\b", re.IGNORECASE)
LONG_STAY = re.compile(r"\b(years?|ages|all my life|most of my life)\b", re.IGNORECASE)
# A fact that calls itself new ("Pottery is the new one"): never "a good while now".
CALLS_ITSELF_NEW = re.compile(r"\b(new|just|first|second|third|recently|started|and now)\b",
                              re.IGNORECASE)
# How new it is at a thing, said ("This is my second week.", "I only started last month").
HOW_NEW_SAID = re.compile(r"\b(first|second|third) (week|time|month|class|session|go)\b|"
                          r"\bonly (just )?started\b|\bstarted (last|this) (week|month)\b",
                          re.IGNORECASE)
# A first time at such an event ("I've never been to one of these before"): welcomed.
FIRST_TIME_SAID = re.compile(r"\b(never been to (one of )?(these|this|a \w+|one)|first time "
                             r"(at|here|coming|at one of these)|it'?s my (very )?first (time|"
                             r"one|meetup|class|party|event)|this is my (very )?first (time|"
                             r"one|meetup|class|party|event))\b", re.IGNORECASE)
# "Did you just move here?", "are you new to the area?": yes, of a card that says it has just
# moved (Marcus, two months from Glasgow, said "No, I'm from Glasgow.").
ASKS_IF_JUST_MOVED = re.compile(r"\b(did you|have you) (just |only |recently )?(move|moved)( here"
                                r"| to the (area|city|town))?\s*\?|\bare you new (here|in town|to "
                                r"the (area|city|town))\b", re.IGNORECASE)
JUST_MOVED_SAID = re.compile(r"\b(just moved|only (lived|been) here|moved here (\w+ ){0,3}(weeks?|"
                             r"months?) ago|new in town|still finding my way)\b", re.IGNORECASE)
# "How long have you been doing that?", "how long have you been an engineer?": the sentence
# of the card that says how long (every such question got the next story line, or "I'm not
# sure", in a helper's sessions).
HOW_LONG_ASKED = re.compile(r"\bhow (long|many years) (have|has|had|did|were) you (been (doing|an?|"
                            r"working|teaching|playing|learning|making|into|freelance|retired|"
                            r"running|drawing|painting|baking|climbing|swimming|singing|cooking|"
                            r"driving|nursing)\b|had|done|worked|played|taught|kept|run|studied|"
                            r"an? |been in (that|this|the|your) (role|job|team|position|field|"
                            r"line of work)\b|"
                            # "how long have you been at the company?" (it got the job alone)
                            r"been (at|with) (that|this|the|your) (company|firm|bank|agency|"
                            r"hospital|school|studio|practice)\b)|"
                            # how long it has been coming here (the reason's: round 15)
                            r"\bhow long have you been (coming|going|doing this|doing it|a member|"
                            r"part of (this|it|the \w+))\b|"
                            # a learner's "how long you work here?" (with its "do" put back) and a
                            # bare "how long?" after what was told (round 13)
                            r"\bhow long do you (work|do|teach|play|drive|run|make|study)\b|"
                            # an eighth play-test's learner: "How long you are doing this job?";
                            # a correction: "I meant how long, like years?"
                            r"\bhow long (you are|are you) (doing|working|teaching|playing|in)\b|"
                            r"\bi meant how long\b|"
                            # a learner's "You make pottery long time?"
                            r"\b(you|u) \w+( \w+)? (a )?long time\W*$|"
                            r"^\W*((oh|and|so|wow|really)\W+)?how long( for)?\W*$|"
                            # "Since when have you been playing with them?" (a twenty-second
                            # play-test got the next line of its story)
                            r"\bsince when (have|has|did|do) you\b",
                            re.IGNORECASE)
# ... of what was just told only when the question points back at it ("doing that?") or is
# the bare question
POINTS_BACK = re.compile(r"\b(doing|done|had|been) (that|it|this|them)\b|\bfor that\b|"
                         r"\bin that (role|job)\b|^\W*((oh|and|so|wow|really)\W+)?how long"
                         r"( for)?\W*$", re.IGNORECASE)
# How long the user has done something ("I've been living here two years now").
_SPAN = (r"(?:about |nearly |almost |over |just )?((?:a|an|one|two|three|four|five|six|seven|"
         r"eight|nine|ten|twelve|twenty|a few|a couple of|\d+) (?:years?|months?|weeks?))\b")
# "I've been here two years", "I've lived here six months", and a learner's "I am living here
# since six month", "I work there since 2 years" ("I'm here for two weeks" is a visit).
DURATION = re.compile(r"\b(?:(?:i'?ve|i have) (?:been|lived|worked)\b.{0,40}?\b(?:for |since )?"
                      r"|(?:i'?m|i am) (?:living|working|here|there|in)\b.{0,40}?\bsince "
                      r"|i (?:live|work)\b.{0,40}?\b(?:for |since )"
                      # a learner's "I live here two weeks"
                      r"|i (?:live|work|am|'m) here (?:since |for )?)" + _SPAN, re.IGNORECASE)


def own_duration(text: str) -> str | None:
    """How long the user says they have been at something ("two years"), if they say."""
    found = DURATION.search(text)
    if not found:
        return None
    number, unit = found.group(1).lower().rsplit(" ", 1)
    if number in ("one", "1"):
        number = "a"  # "since one year": "a year"
    if number not in ("a", "an") and not unit.endswith("s"):
        unit += "s"  # "since six month": "six months"
    return f"{number} {unit}"
