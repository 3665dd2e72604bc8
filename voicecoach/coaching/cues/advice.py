"""Requests for advice and recommendations: advice asked (`asks_advice`), on nerves, talking
to people, leaving a chat, making friends, names, a hard talk or a decision of one's own life;
a choice put; the thing a recommendation is for (`asked_thing`) and the subject of a request
(`advice_subject`); places and amenities nearby and the scene's place asked about
(`place_thing`, `place_question`); and the word roots advice is matched on (`advice_stems`).
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.base import COMMON_WORDS, NUMBER_WORD, content_stems
from voicecoach.understanding import textnorm

__all__ = [
    "ADVICE", "AMENITY_ASKED", "APOLOGISING_ADVICE", "AT_WORK", "CALM_ADVICE",
    "CHOICE_HERE_AND_NOW", "CHOICE_OFFERED", "DECISION_ASKED", "ELSEWHERE", "FRIENDS_ADVICE",
    "FRIENDS_ASKED", "GETTING_ABOUT", "HARD_TALK_ADVICE", "IN_THE_BUILDING", "IS_THERE_NEARBY",
    "LEAVING_ADVICE", "LIFE_CHOICE_WORDS", "NAMES_ADVICE", "NEARBY", "NERVES_ADVICE", "PASTIME",
    "PLACE_REQUEST", "TALK_ADVICE", "TIP_THANKED", "WHICH_MEANT", "advice_stems", "advice_subject",
    "asked_thing", "asks_advice", "place_question", "place_thing", "word_roots",
]

# Words that make a question a request for advice ("do you have any pets?" is not one).
ADVICE = re.compile(r"\b((?<!friend )(?<!someone )(?<!colleague )(?<!she )(?<!he )(?<!they )"
                    r"recommend\w*|advice|advise|tips?|suggest\w*|should i|best way|"
                    r"show me how|how do i|how should i|"
                    r"(anyone|anything|anywhere|someone|who|what|where) i should|"
                    r"any ideas|where can i|where i can|where should|good places?|where to|"
                    r"is there an? (good|nice|decent) |are there any (good|nice|decent) |"
                    r"(if|whether) there(?:'s| is| are) (an?|any) (good|nice|decent) |"
                    r"tricks?|know (of )?(a|an|any|anywhere) (good|nice|decent|cheap) |"
                    r"pointers|hints?|anywhere (nice|good|decent) to|"
                    r"any (nice|good|decent) \w+( \w+)? (round|around|near|nearby|in town)|"
                    r"(where|what)(?:'s| is) good|anywhere good|somewhere good)\b", re.IGNORECASE)
# Thanks for a tip already given ("Good tip. So, what are you working on right now?"): no new
# request for one.
TIP_THANKED = re.compile(r"\b(good|great|nice|useful|handy|helpful|top|(thanks|thank you|cheers) "
                         r"for the) (tip|tips|advice)\b", re.IGNORECASE)


def asks_advice(text: str) -> bool:
    """Whether the line asks for advice ("any tips for parking?"), thanks for one aside."""
    return bool(ADVICE.search(TIP_THANKED.sub("", text)))


# A request for a place or a thing nearby ("is there a decent gym nearby?"): a tip about
# something else ("the market on Saturday ...") does not answer it.
PLACE_REQUEST = re.compile(r"\b(is there an?|are there any|anywhere|somewhere|where can i|"
                           r"where should i|where do you|good places?|"
                           # a learner's "where I can buy bread?"
                           r"where (i|we) (can|could|should) (buy|get|find)|any (nice|good|decent) "
                           r"\w+( \w+)? (round|around|near|nearby|in town)|"
                           r"(good|nice|decent|best) (\w+ )?(places?|spots?|restaurants?|"
                           r"cafes?|pubs?|bars?|shops?|takeaways?))\b", re.IGNORECASE)
_PLACE_THING = re.compile(
    r"\bwhere (?:can|could|should|do) (?:i|we|you|people) (?:buy|get|find)|"
    r"\bwhere (?:i|we) (?:can|could|should) (?:buy|get|find)", re.IGNORECASE)
_THING_WORDS = re.compile(r"^\s*(?:(?:a|an|some|the|any) )?(?:(?:good|nice|decent|fresh|proper|"
                          r"cheap|real) )?([a-z]+(?: [a-z]+)??)(?=\s*(?:[?.!,]|$| (?:near|round|"
                          r"around|nearby|here|in town|close)\b))", re.IGNORECASE)


def place_thing(text: str) -> str | None:
    """What a "where can I buy ...?" asks for ("bread", of "good bread near here"), if it
    says."""
    found = _PLACE_THING.search(text)
    if found is None:
        return None
    thing = _THING_WORDS.match(text[found.end():])
    return thing.group(1).lower() if thing else None


# "Is there a gym nearby?": a thing of the neighbourhood, which the scene may not know of.
IS_THERE_NEARBY = re.compile(r"\b(is there|are there) (a|an|any) (good |decent |nice )?"
                             r"(?P<thing>\w+)( \w+)? (nearby|near here|around here|round here|"
                             r"close by|in the area|near)\b", re.IGNORECASE)
# A place of everyday life asked after ("is there a gym nearby?", "where's the pool?", "do you
# know a good hairdresser?"): where the scene knows of none, the partner says what a person
# living or working here would, not a line of its card that shares a word.
AMENITY_ASKED = re.compile(
    r"\b(is there|are there|(if|whether) there'?s|where'?s|where is|where are|where can (i|you|"
    r"we)|where do (you|"
    r"people|i) (go|get)|where (i|we) (can|could) (go|get|find)|know (of )?(a|an|any)|any good|"
    r"good place|recommend|nearest)\b[^.?!]*?\b(?P<thing>gym|gyms|pool|swimming pool|"
    r"leisure centre|hairdresser'?s?|hairdressers|barber'?s?|barbers|haircut|hair cut|library|"
    r"post office|cash machine|cashpoint|vet'?s?|vets|petrol station|hardware shop|"
    r"dry cleaner'?s?|dry cleaners|cinema|bookshop|book shop|florist'?s?|pharmacy|chemist'?s?|"
    r"dentist'?s?|doctor'?s?|gp|supermarket|launderette|laundrette|yoga|climbing wall|"
    r"post office|pizza place|takeaway|takeaways|chippy|chip shop|curry house)\b",
    re.IGNORECASE)
# ... in the building itself ("is there a gym in the building?"): one is there or not.
IN_THE_BUILDING = re.compile(r"\bin (the|this) (building|office|block)\b", re.IGNORECASE)
# Advice asked for a trial ahead or for nerves ("I've got a job interview on Monday", "any tips
# for calming nerves?"): a person's own way through it, not the scene's tip.
# (Nerves about the event itself, "I'm so nervous, any tips for talking to people?", get the
# scene's tip as before.)
NERVES_ADVICE = re.compile(r"\b(interview|exam|exams|presentation|speech|audition|driving test|"
                           r"public speaking|(calm|calming|settle|settling) (my |the )?nerves)\b",
                           re.IGNORECASE)
# Advice asked on keeping calm under pressure ("any tips for not panicking before deadlines?
# like how do u stay calm on a bad night shift": a thirtieth play-test got the Italian place
# by the station).
CALM_ADVICE = re.compile(r"\b(panic\w*|stress(ed|ful|ing)?|stay(ing)? calm|keep(ing)? calm|"
                         r"overwhelm\w*|deadlines?|burn ?out|burnt out|cope|coping|"
                         r"bad (day|night|shift|week)s?)\b", re.IGNORECASE)
# Advice asked on talking to people itself ("What do you say when you first walk up to a
# stranger? I always freeze.", "how do you start a conversation with someone you don't
# know?"): what the user came to practise (a twentieth play-test got its football, then "I
# couldn't say").
TALK_ADVICE = re.compile(
    r"\b(start|starting|strike up|striking up|open|opening|begin|beginning|keep|keeping) (a |the )?"
    r"(conversation|chat)s?\b|\b(start|starting|begin) talking to (people|someone|strangers)\b|"
    r"\btalk(ing)? to (strangers|new people|people (i|you) (don'?t|do "
    r"not) know|someone (new|you don'?t know|i don'?t know))\b|\bwalk(ing)? up to (a |some )?"
    r"(stranger|someone|people|new people)\b|\bsmall talk\b|\bwhat (do|should|would) (you|i) "
    r"say (when|to|first)\b|\b(less|not so|not as) (awkward|shy|nervous) (with|around|talking)\b|"
    # "How do people usually approach each other at these things?", "What's a good opening
    # line?", "what could I say to someone at the wheel next to me?", "what do I actually say to
    # start?" (a twenty-second play-test got "I'm not sure" and a stock question)
    r"\bapproach(ing)? (each other|one another|people|someone|strangers|new people)\b|"
    r"\b(opening lines?|openers?|conversation starters?|ice ?breakers?)\b|"
    r"\bwhat (could|can|should|do|would) (i|you|one) (actually |even )?say (to|when|first)\b|"
    r"\b(start|starting) (chatting|talking) (to|with)\b|"
    # "I'd like to get to know people in the building but I never know what to say" (a
    # thirty-first look: the number twelve bus, from "Twelve years, wow")
    r"\bget(ting)? to know (people|the neighbours|everyone|my neighbours|the others)\b|"
    r"\bnever know what to say\b",
    re.IGNORECASE)
# Advice asked on leaving a conversation kindly ("best way to end a conversation without being
# rude?", "how do I leave a chat politely?"; a twenty-second play-test got "At work everything
# has to be exactly right, to the millimetre.").
LEAVING_ADVICE = re.compile(
    r"\b(end|ending|leave|leaving|exit|exiting|get out of|getting out of|wrap up|wrapping up|"
    r"finish|finishing|close|closing|escape|escaping) (a |the |this |that |an awkward )?"
    r"(conversation|chat|talk)s?\b|\bexcuse (myself|yourself) (from|politely|without)\b|"
    r"\b(move|moving) on (from someone|to someone else|to other people)\b", re.IGNORECASE)
# Advice asked on making friends in a new place ("How you make friends here?", "any tips for
# meeting people in a new city?"; a twenty-third play-test got its family, then pasta).
FRIENDS_ADVICE = re.compile(
    r"\b(make|making|find|finding|meet|meeting|get to know|getting to know) (new |some |more |"
    r"any )?(friends|people)\b|\bbuild (up )?a social life\b|"
    # a learner's "where I can practise English here? A club or something?" (it got pasta)
    r"\bpracti[sc]e (my |speaking |speak )?english\b", re.IGNORECASE)
# A thing of its tip asked which one ("which club you mean?", "what kind of class do you
# mean?").
WHICH_MEANT = re.compile(r"\b(which|what) (kind of |sort of |type of )?(?P<thing>[a-z]+) "
                         r"(do )?(you|u) mean\b", re.IGNORECASE)
# Work named ("meeting people in the office"): the scene's own tips answer it.
AT_WORK = re.compile(r"\b(office|at work|colleagues?|workplace|my team|the team|coworkers?|"
                     r"co-workers?)\b", re.IGNORECASE)
# What else asks for such a tip: a club or a group wanted, or help ("you can help me? maybe
# you know a club for meet people?").
FRIENDS_ASKED = re.compile(r"\b(clubs?|groups?|class(es)?|meetups?|help|where)\b", re.IGNORECASE)
# How to say something hard to someone ("How would you bring it up with a boss like that?"; a
# twentieth play-test got "I'm an engineer. I design bridges ...").
HARD_TALK_ADVICE = re.compile(
    r"\bhow (would|should|do|could|can) (you|i|one) (bring (it|that|this) up|raise (it|that|this)|"
    r"tell (him|her|them|my \w+|your \w+)|say (it|that|no)|ask (him|her|them|my \w+)|"
    r"handle (it|that|this|him|her|them)|deal with (it|that|this|him|her|them|someone)|"
    r"approach (it|that|this|him|her|them|my \w+)|talk to (him|her|them|my \w+))\b",
    re.IGNORECASE)
# "any tips for remembering names?", "how do you remember everyone's names?" (a twenty-sixth
# look got the scene's tip on asking questions, twice).
NAMES_ADVICE = re.compile(r"\b(remember(ing)?|recall(ing)?|forget(ting)?|keep track of|good with|"
                          r"bad with|terrible with|learn(ing)?) (people'?s |everyone'?s |their |"
                          r"all the |new )?names\b", re.IGNORECASE)
# "any tips for how I could stop apologising all the time?"
APOLOGISING_ADVICE = re.compile(r"\b(stop|stopping|quit) (saying sorry|apologi[sz]ing)\b|"
                                r"\bapologi[sz]e (too much|all the time|so much)\b",
                                re.IGNORECASE)
# Two things offered to choose from in a request for advice ("What would you recommend I make
# next week, a bowl or a vase?"): the first, with its article made "the".
# A decision of their own life put to the partner ("do you think I should tell my boss now or
# wait?", "should I change careers?", "what would you do if you were me?"): a person helps them
# weigh it up; the scene's tip ("keep your elbows tucked in") and the card's job were no answer
# (a fifteenth play-test).
_LIFE_STEP = (r"(just |really |maybe |still )?(quit|leave|stay|change|move|tell|apply|accept|"
              r"turn (it |the \w+ )?down|go back|look for|give up|switch|retrain|wait|start|"
              r"learn|study|take (it|the (job|offer|plunge|risk)|time off)|ask (my|for|him|her|"
              r"them)|break up|call|text|forgive)\b")
DECISION_ASKED = re.compile(
    r"\bwhat (do|would) you think i should do\b|\bwhat should i do\b|"
    # (a bare "What would you do?", not "what would you do if you won the lottery?")
    r"\bwhat would you do\s*\?|"
    r"\bif you were me\b|\bin my (shoes|place|position)\b|"
    # (not "who should I tell?", which asks whom: a twenty-second play-test got "I'd sleep on
    # it before deciding anything")
    r"\b(?<!who )(?<!whom )(?<!where )(?<!when )(should|shall) i " + _LIFE_STEP + r"|"
    r"\b(you think|whether|if|wondering if|not sure if) i should " + _LIFE_STEP + r"|"
    # "should I do a bootcamp or teach myself?": two courses of their own
    r"\b(should|shall) i \w+( \w+){0,4},? or (just |maybe |should i )?(stay|wait|not|go|teach|"
    r"try|keep|do|leave|quit|take|look|learn|study|start|get|find|move|tell)\b|"
    # "I'm thinking of leaving my job to start my own consultancy. Do you think that's risky?"
    # ("is that crazy?" is `ASKS_IF_ODD`'s: "Not at all!")
    r"\b(is|do you think) (that|it)('?s| is| was| would be)? (too |a bit |really )?(risky|a "
    r"mistake|a bad idea)\b",
    re.IGNORECASE)
# A choice of the here and now ("should I sit here or go over there?", "should I get red or
# white?"): a person just says which (it got "I'd sleep on it before deciding anything").
CHOICE_HERE_AND_NOW = re.compile(
    r"\b(should|shall) i (?P<course>(sit|stand|get|have|grab|order|try|wear|go for|start with|"
    r"pick|choose)( [\w']+){1,3}),? or (should i )?([\w']+ ){0,4}[\w']+\W*\?\s*$",
    re.IGNORECASE)
# ... but not of a life ("should I get a new job or stay?")
LIFE_CHOICE_WORDS = re.compile(r"\b(job|jobs|offer|career|flat|house|course|degree|married|boss|"
                               r"move|moving|uni|university|mortgage|car|dog|baby)\b",
                               re.IGNORECASE)
CHOICE_OFFERED = re.compile(r"\b(a|an|the|some) (?P<first>\w+( \w+)?) or (a|an|the|some) \w+"
                            r"( \w+)?\W*\?\s*$", re.IGNORECASE)
NEARBY = re.compile(r"\b(here|nearby|near|around|close|local|live|area|town|city)\b",
                    re.IGNORECASE)
# "What's the area like where you grew up?": a place of the partner's own, not the scene's.
ELSEWHERE = re.compile(r"\b(where you|your (work|job|office|home ?town|place)|back home|"
                       r"you grew up|you live|you came from)\b", re.IGNORECASE)
# Pastimes an advice request may name ("any advice on running?"): a card that never mentions
# one knows nothing of it, and says so rather than give its own hobby's advice.
PASTIME = re.compile(r"\b(running|jogging|climbing|bouldering|cycling|swimming|painting|drawing|"
                     r"gardening|photography|knitting|chess|yoga|pilates|dancing|gaming|baking|"
                     r"cooking|hiking|surfing|skiing|tennis|golf|football|boxing|guitar|piano|"
                     r"singing|pottery|sewing|fishing|skating|rowing|sailing|camping)\b"
                     # "running user tests", "drawing up a plan": a verb with its object
                     r"(?! (?!(?:a|an|the|for|in|on|at|with|as|and|or|but|to)\b)[a-z]+)",
                     re.IGNORECASE)


# For advice, "people" and "place" say what it is about ("tips for meeting people" and "that's
# how I met most people here"), and the words of asking for it say nothing.
_ADVICE_COMMON = (COMMON_WORDS - {"people", "place", "places"}) | frozenset(
    "tips tricks advise suggest suggestion ideas idea pointers hints recommendation anywhere "
    "somewhere decent".split())


# A kind of thing a recommendation is asked for ("can you recommend any good films?", "a good
# doctor?", "which provider is best?"): when neither the card nor the scene has a word on
# it, a person says they don't know rather than recommend something else.
_THINGS_RECOMMENDED = (
    r"(films?|movies?|tv|series|shows?|books?|novels?|podcasts?|"
    r"doctors?|dentists?|gp|vets?|plumbers?|electricians?|hairdressers?|barbers?|mechanics?|"
    r"handym[ae]n|builders?|garages?|providers?|broadband|internet|takeaways?|apps?|schools?|"
    r"nurser(?:y|ies)|babysitters?|cleaners?|gyms?|banks?|games?|restaurants?|bars?|pubs?|"
    r"clubs?)\b")
_ASKED_THING = re.compile(
    r"\b(?:recommend|suggest|recommendations? for|know (?:a|any) good|any good|a good|the best|"
    r"which(?=\s+(?:\w+\s+)?\w+ (?:is|are) (?:the )?(?:best|good|better)))"
    r"\s+(?:\w+\s+)?" + _THINGS_RECOMMENDED + "|"
    r"\b(films?|movies?|tv|books?|podcasts?) recommendations?\b|"
    # the thing first: "any book you'd recommend?", "what film would you suggest?"
    r"\b(?:any|a|what|which)\s+(?:good\s+)?" + _THINGS_RECOMMENDED +
    r"\s+(?:you'?d|you would|would you|do you|could you|can you|you)\s+(?:recommend|suggest)",
    re.IGNORECASE)


def asked_thing(text: str) -> str | None:
    """The kind of thing a request for a recommendation names, if one ("films")."""
    found = _ASKED_THING.search(text)
    if found is None:
        return None
    return next(group for group in found.groups() if group).lower()


# What a request for advice is about when it says so ("any advice for a new manager?", "tips
# on public speaking"): `advice_subject`.
_ADVICE_ABOUT = re.compile(
    r"\b(?:advice|tips?|pointers|hints|suggestions?|ideas) (?:for|on|about) "
    r"(?P<subject>(?:(?:a|an|the|my|being a|being an|being) )?(?:[\w-]+ ){0,2}?[\w-]+)"
    r"(?= ?[?.!,]|$| (?:by the way|then|please|at all|maybe)\b)", re.IGNORECASE)


_ANYONE_NEW = re.compile(r"\b(someone|somebody|anyone|beginners?|newbies?|newcomers?|starting "
                         r"out|new here|people|me|us)\b", re.IGNORECASE)


def advice_subject(text: str) -> str | None:
    """What a request for advice names as its subject ("a new manager"), if it names one."""
    found = _ADVICE_ABOUT.search(text)
    if found is None or _ANYONE_NEW.search(found.group("subject")):
        return None  # "for someone starting out", "for a beginner": whoever asks
    return found.group("subject").lower()


# Getting about the place ("getting into town", "parking round here"): the scene's to answer.
GETTING_ABOUT = re.compile(r"\b(town|city|centre|center|station|airport|parking|around here|"
                           r"round here|getting (to|into|around|about|home))\b", re.IGNORECASE)
_SUFFIXES = ("ing", "ers", "er", "ed", "es", "s")


def word_roots(text: str) -> set[str]:
    """Roots of the words `advice_stems` keeps, suffixes off, so that "hiker" and "hiking"
    ("hik") or "tests" and "tested" ("test") meet."""
    roots = set()
    for word in textnorm.words(text):
        if len(word) < 4 or word in _ADVICE_COMMON:
            continue
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        roots.add(word[:5])
    return roots


_A_NUMBER = re.compile(NUMBER_WORD)


def advice_stems(text: str) -> set[str]:
    """What a request for advice, or a piece of advice, is about (see `content_stems`); not a
    number ("Twelve years, wow" asks nothing of the number twelve bus)."""
    return content_stems(" ".join(word for word in textnorm.words(text)
                                  if not _A_NUMBER.fullmatch(word)), _ADVICE_COMMON)


def place_question(words: tuple[str, ...]) -> re.Pattern[str]:
    """What a line asking what the scene's place is like looks like ("what's the area like?",
    "how do you find the office?", "what's it like living here?")."""
    words = words or ("place",)
    names = "|".join(re.escape(word) for word in words)
    return re.compile(
        r"\bwhat'?s it like (?:living|working|being|coming) (?:here|in the|at the)\b|"
        r"\bhow do you like it here\b|"
        # "is it a quiet street?", "is the area safe?"
        rf"\bis (?:it|this|the|it a|this a) (?:\w+ )?(?:{names})\b|"
        rf"\b(?:what'?s|whats|what is|what are|how'?s|hows|how is|how are) "
        rf"(?:the |this |your |our )?(?:{names})"
        rf"\b(?: \w+)? like\b|\b(?:how do you find|how are you finding|do you like|do you "
        rf"enjoy|are you enjoying|what do you think (?:of|about)|what do you like about) "
        rf"(?:the |this |your |our |living in )?(?:{names})\b", re.IGNORECASE)
