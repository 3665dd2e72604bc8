"""Invitations and plans: an invitation or something to do together put to the partner, a
plan with its time in any words (`plan_with_time`), a day or a time proposed, when and where a
plan is for (`plan_time`, `plan_place`) and the same asked back, asking to join what the
partner does, a proposal put again, and when a thing is done, asked or said.
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.base import SENTENCE_END

__all__ = [
    "INVITATION", "JOIN_ASKED", "OWN_PLAN_ASKED", "PLAN_ASKED", "PLAN_PLACE_ASKED",
    "PLAN_TIME_ASKED", "TIME_ASKED", "TIME_PROPOSED", "TIME_SAID", "TOGETHER_ASKED",
    "WEIRD_TO_JOIN", "YES_ASKED_AGAIN", "plan_place", "plan_time", "plan_with_time",
]

# An invitation: "would you like to grab a coffee sometime?", "shall we get a drink?",
# "fancy a coffee after?", "let's grab lunch one day".
INVITATION = re.compile(
    r"\b(fancy (meeting( up)?|catching up|getting together|hanging out)\b|"
    r"(would you|do you|you) (fancy|like) going (for|to|out)\b|"
    # "Fancy coming to the five-a-side this Sunday?"
    r"\bfancy (coming|joining)\b|\b(want|wanna|would you like) to (come|join (me|us))\b|"
    # "Would you come if I invited half of Sam's football lot?" (a twenty-eighth look: "Yes,
    # walking!")
    r"\b(would|will|wd) you come (if|to|along)\b|"
    r"(would you|do you|you) (maybe |perhaps |possibly |ever )?((like|want|fancy) to|wanna) "
    r"(grab|get|have|go for|meet for|"
    r"meet up|"
    # "Would you like to go to the market together?" (an eighteenth play-test: "Yes, I'd say
    # so!")
    r"join me|come|go (to [^?.!]*\b(together|with (me|us))|with (me|us)|together|along)\b)|"
    r"(shall|should) we (grab|get|have|go for|meet)|fancy (a|an|grabbing|getting|"
    r"going for) (coffee|drink|tea|bite|lunch|dinner|walk|pint)|let'?s (grab|get|go for|meet "
    r"up|meet for) |we should (go for|grab|get|have|meet for|meet up)|"
    r"(do you|would you|you) (want|like|fancy) (a|another|some) (drink|coffee|"
    r"tea|beer|glass|top-?up|refill|bite|snack)|can i get you (a|another|something|anything)|"
    r"(can|could|may) i (join|come with) you (for|at|on|some|next|one|another|tomorrow|later|"
    r"after)|"
    # a seventh play-test: "You should come! Bring a friend." got "Do you go to many gigs?"
    r"you should (come|join us|pop (round|over|by|in))|"
    # "Hey, why don't you come for pizza tonight?" (a twentieth play-test: "I'm a terrible
    # cook")
    r"why (don'?t|do not) you (come|join (me|us)|pop (round|over|by))|"
    r"(you'?re|you are) (very |more than )?"
    r"(welcome|invited) to (come|join)|you'?re invited|bring a friend|"
    r"(do you|would you|you)( and \w+)? (want|like|fancy) to come (along|round|over|too|with)|"
    # said at parting: "... and pop round for tea sometime!"
    r"(^|[,.!]\s*|\band )(do )?(pop|come) (round|over|by) (for (a )?\w+|some ?time|one day))",
    re.IGNORECASE)
# A plan put with its time in any words ("fancy grabbing a coffee before class next Tuesday at
# 6?", "do you wanna grab bubble tea after class on friday", "Maybe coffee next Wednesday at
# 10?", "So, dinner after the next meetup, yes or no?"): a sixteenth play-test found six of
# eleven such invitations met with a stock line. Something done together, a time, and a word
# that puts it to the partner (or the plan opening the sentence).
# An hour in words ("at seven", "around half six").
_HOUR_WORD = (r"(half )?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|"
              r"midday)( thirty| o'?clock)?")
_TOGETHER = (r"(coffee|tea|bubble tea|drinks?|dinner|lunch|breakfast|brunch|pints?|a walk|a bite|"
             r"noodles|pizza|curry|meet|meet up|catch up|hang out|get together)")
_WHEN = (r"(mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|tomorrow|"
         r"tonight|this weekend|next (week|time|one|month|session|class|meetup)|after (class|"
         r"work|the \w+|this)|before (class|work|the \w+)|sometime|some time|one day|"
         r"at \d{1,2}([:.]\d{2})?|\d{1,2}([:.]\d{2})? ?(am|pm|o'?clock)|at " + _HOUR_WORD + ")")
_PLAN_WITH_TIME = re.compile(rf"\b{_TOGETHER}\b[^.!?]{{0,50}}\b{_WHEN}\b|"
                             rf"\b{_WHEN}\b[^.!?]{{0,30}}\b{_TOGETHER}\b", re.IGNORECASE)
_PUT_TO_YOU = re.compile(r"\b(maybe|how about|what about|fancy|want to|wanna|would you|could we|"
                         r"can we|shall we|should we|let'?s|we could|we should|are you free|"
                         r"up for|yes or no|would that work|does that work|interested|join me|"
                         r"why don'?t you|why not|"
                         r"with me)\b|(^|[.!?]\s+)\W*(so,? )?" + _TOGETHER + r"\b",
                         re.IGNORECASE)


# When a plan is for, as said ("Sunday morning around 10", "Thursday at 8", "tomorrow"), to be
# remembered and said back.
_DAY = (r"(this |next |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
        r"tonight|this weekend)( (morning|afternoon|evening|night|lunchtime))?")
# (an hour said with no "at" counts only with its "pm" or "o'clock": "6pm", "one o clock")
_SPOKEN_HOUR = _HOUR_WORD.replace("o'?clock", "o'? ?clock")
_CLOCK = (r"((at|around|about|by) (\d{1,2}([:.]\d{2})?( ?(am|pm|o'? ?clock))?|" + _HOUR_WORD
          + r")|\d{1,2}([:.]\d{2})? ?(am|pm|o'? ?clock)|" + _SPOKEN_HOUR + r"(?<=clock))(?!\w)")
_PLAN_DAY = re.compile(rf"\b{_DAY}", re.IGNORECASE)
_PLAN_CLOCK = re.compile(rf"\b{_CLOCK}", re.IGNORECASE)
# "do you remember what time we said for the sofa?", "when are we meeting again?": the plan's
# time asked back.
PLAN_TIME_ASKED = re.compile(
    r"\b(what time|when|which day|what day)\b[^.!?]*\b(we|we're|did we)\b[^.!?]*\b(say|said|"
    r"agree|agreed|arrange|arranged|plan|planned|meet|meeting|doing|do)\b|"
    r"\bwhat did we (say|agree|arrange|plan)\b|\bwhen('s| is) (it|the \w+|our \w+)\b[^.!?]*\?|"
    # "what time are you coming?" of a plan it agreed to (an eighteenth play-test)
    r"\b(what time|when) (are|should|shall|do) (you|i|we) (come|coming|arrive|arriving|meet|"
    r"meeting|get there|be there|pop round|come round|come over)\b|"
    # "what time did I say again?", "do you remember when and where the drinks are?"
    r"\b(what time|which day|what day) did (i|you) say\b|"
    r"\b(when|what time)( and where)? (the|our) \w+ (is|are)\b|"
    r"\b(when|what time) and where\b|\bwhere and when\b|"
    # "where did we say we'd meet, and what time?", a learner's "we meet which place and what
    # time?", "you remember the name of restaurant and the day?" (a twentieth play-test)
    r",? (and|or) (what time|when|which day|what day)\W*(again\W*)?\?|"
    r"\bwe meet\b[^.!?]*\b(what time|when)\b|"
    r"\b(remember|recall)\b[^.!?]*\b(the|what) (day|time)\b",
    re.IGNORECASE)


# Where a plan is for, as said ("at the Red Lion", "outside the station", "at Luigi's"), to be
# remembered and said back (a nineteenth play-test: "I don't think you said, actually!").
_PLACE_NOUNS = (r"pub|bar|caf[eé]|cafe|coffee shop|restaurant|fountain|station|park|gym|library|"
                r"market|entrance|door|gate|lobby|reception|canteen|kitchen|office|studio|place|"
                r"flat|house|bakery|corner|square|cinema|shop|club|hall|bus stop|noodle bar|"
                r"food court|garden|front desk|lift|main door|usual spot|stall|counter|hub|"
                r"centre|center|arcade|courtyard|rooftop|terrace|lounge|foyer|car park")
_BARE_PLACE = re.compile(r"\b(the|my|your) (?:[a-z]+ )?(?:" + _PLACE_NOUNS + r")(?!\w)")
_PLACE_FIRST = re.compile(r"(?:^|[.!?]\s+)(?P<place>" + _PLACE_NOUNS + r") (?:at|around|for) "
                          r"(?:\d|half|noon|midday|lunch|one|two|three|four|five|six|seven|"
                          r"eight|nine|ten|eleven|twelve)", re.IGNORECASE)
# "in community hall on Park Lane": a hall or centre said without its article
_HALL = re.compile(r"\b(?:at|in) (?P<place>(?:[a-z]+ )?(?:hall|centre|center|library|"
                   r"church|gym|pool|park)(?: on [A-Z]\w+ (?:Lane|Street|Road|Avenue|Square))?)\b")
# "Flat 2", "restaurant Casa Verde": a place that is named after its kind
_NUMBERED_OR_NAMED = re.compile(r"\b(?P<kind>[Ff]lat|[Rr]oom|[Uu]nit) (?P<number>\d+)\b|"
                                r"\b(restaurant|caf[eé]|cafe|pub|bar) (?P<name>[A-Z][\w']*"
                                r"(?: [A-Z][\w']*)*)")
_PLAN_PLACE = re.compile(
    r"\b(?P<by>at|outside|by|in front of|in) (?P<place>(the|my|your|our) (?:[a-z]+ )?(?:"
    + _PLACE_NOUNS + r"))(?!\w)|"
    # ("I'm free Wednesday lunchtime near Liverpool Street": a place by its name)
    r"\b(?P<at>at|outside|in front of|near|opposite) (?P<name>(?:the |[Tt]he )?[A-Z][\w']*"
    r"(?: (?:and |of |& )?[A-Z][\w']*)*"
    r"(?:'s)?(?: (?:" + _PLACE_NOUNS + r"))?)(?!\w)")
# "where did we say we'd meet?", "do you remember when and where the drinks are?"
PLAN_PLACE_ASKED = re.compile(
    r"\bwhere\b[^.!?]*\b(we|we're|we'd|did we)\b[^.!?]*\b(say|said|agree|agreed|meet|meeting|"
    r"going|go)\b|\bwhere did i say\b|\b(when|what time) and where\b|\bwhere and when\b|"
    r"\bwhere (are|were|should|shall) (we|i) (meet|meeting|going)\b|"
    # "where are the drinks on Friday?", "where's the board game night?", "and where was it
    # again", a learner's "which place", "where is it and what day did i say"
    r"\bwhere('s| is| are| was| were) (the|our) ([\w ]{0,20} )?(drinks?|lunch|coffee|dinner|"
    r"party|meetup|meet-up|night|match|game|football|pizza|walk|thing|do|event|gig|class|"
    r"session|lesson|meeting|concert|show|quiz|film|movie)\b|"
    r"\b(and|or) where (was|is) (it|that)\b|\band where\W*(again\W*)?\?|"
    r"\b(which|what) place\b|"
    r"\bwhere('s| is) it\b[^.!?]*\b(what time|what day|when|did (i|we) say)\b|"
    r"\b(remember|recall)\b[^.!?]*\b(the )?(place|name of (the )?(restaurant|place|pub|"
    r"bar|caf[eé]))\b",
    re.IGNORECASE)


def plan_place(text: str) -> str | None:
    """The place a line names for a plan ("the Red Lion"), or None."""
    found = _PLAN_PLACE.search(text)
    if found is None:
        hall = _HALL.search(text)
        if hall is not None:
            return f"at the {hall.group('place')}"
        named = _NUMBERED_OR_NAMED.search(text)
        if named is not None:
            return (f"at flat {named.group('number')}" if named.group("number")
                    else f"at {named.group('name')}")
        # "maybe the canteen at 12:30?": a place of the kind, without its "at"
        bare = _BARE_PLACE.search(text)
        if bare:
            return f"at {bare.group(0)}"
        # "Canteen at half twelve?": the place first, said with no article
        first = _PLACE_FIRST.search(text)
        return f"at the {first.group('place').lower()}" if first else None
    by, place = ((found.group("by"), found.group("place")) if found.group("place")
                 else (found.group("at"), found.group("name")))
    if place.split()[-1] in _NOT_A_PLAN_PLACE:
        return None
    return f"{by.lower()} {place}"


# capitalised words after "at" that name no place ("at Christmas", "at Easter")
_NOT_A_PLAN_PLACE = frozenset("Christmas Easter I Monday Tuesday Wednesday Thursday Friday "
                              "Saturday Sunday".split())


def plan_time(text: str) -> str | None:
    """The time a line names for a plan ("Sunday morning around 10"), or None."""
    day = _PLAN_DAY.search(text)
    clock = _PLAN_CLOCK.search(text)
    if day is None and clock is None:
        return None
    # the day first, then the hour, however they were said ("at 2 on Saturday": "Saturday at 2")
    said = " ".join(re.sub(r"^on ", "", found.group(0), flags=re.IGNORECASE)
                    for found in (day, clock) if found is not None)
    said = re.sub(r"^(by|at|around|about) ", "", said, flags=re.IGNORECASE)
    said = re.sub(r"o ?clock", "o'clock", said)
    if said.isdigit():
        said += " o'clock"  # "at 1": "1 o'clock, wasn't it?", not "1, wasn't it?"
    return said[:1].upper() + said[1:]


def plan_with_time(text: str) -> bool:
    """Whether a question of `text` asks the partner to do something together at a time (see
    above; "My partner is taking me out for pizza tonight. Did you drive here?" asks nothing
    of it). A "yes or no?" or "would that work?" after it puts it again."""
    put_again = bool(_YES_OR_NO.search(text))
    return any((sentence.rstrip().endswith("?") or _IF_YOU_WANT.search(sentence))
               and _PLAN_WITH_TIME.search(sentence)
               and (put_again or _PUT_TO_YOU.search(sentence))
               for sentence in SENTENCE_END.split(text))


# "we could go thursday at seven if you want": put to the partner as a question is.
_IF_YOU_WANT = re.compile(r"\bif (you|u) (want|like|fancy it|fancy|are free|'?re free)( to)?\W*$",
                          re.IGNORECASE)
_YES_OR_NO = re.compile(r"\b(yes or no|would that work|does that work|is that ok(ay)?|how does "
                        r"that sound)\b", re.IGNORECASE)


# Asking to join what the partner does ("Could I join one Wednesday?", "can I come along
# sometime?"): a welcome (it got the card's line on five-a-side again). Not a seat at its table
# ("mind if I join you?").
JOIN_ASKED = re.compile(r"\b(can|could|may) i (join|come along|tag along|come (to|with|next|on|"
                        r"one|some))\b(?! you\s*\W*$)[^.!?]*\?|"
                        # "could I sit with you at lunch today?" (a twenty-third play-test
                        # got a noodle bar and lost the plan)
                        r"\b(can|could|may) i (sit|eat|have lunch|have my lunch) with you\b"
                        r"[^.!?]*\b(lunch|dinner|break|later|today|tomorrow)\b", re.IGNORECASE)
# "would it be weird if I sat next to you next week?" (a twenty-seventh look: "Yes, a set of
# mugs for the family by Christmas."): not weird at all.
WEIRD_TO_JOIN = re.compile(r"\bwould it be (weird|strange|odd|a problem|too much) if i (sat|sit|"
                           r"joined|join|came|come|tagged)\b", re.IGNORECASE)
# A day or a time put to the partner for a plan already agreed ("Great, is 12:30 okay? Meet
# by the lifts?", "Saturday at seven?", "Are you free next Tuesday morning?"): a yes (a
# fourteenth play-test met 13 of these with a stock line such as "Oh, I couldn't say, really.").
TIME_PROPOSED = re.compile(
    r"\b(\d{1,2}([:.]\d{2})? ?(am|pm)?|(one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)( o'?clock| thirty)?|noon|midday|lunchtime|monday|tuesday|wednesday|"
    # ("Would this evening be ok, around seven?" got "Yes, well remembered! I'm a bus driver.")
    r"thursday|friday|saturday|sunday|tomorrow|tonight|this (evening|afternoon|morning)|"
    r"after work|later)\b[^.!?]*\b(ok|okay|alright|all right|"
    r"good|fine|work|works|suit|suits|free|for you)\b[^.!]*\?|"
    r"\b(are|r) (you|u) free (on |this |next )?(monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|tonight|next week|this week|later)\b|"
    r"(^|[.!?]\s+)\W*(great|perfect|lovely|brilliant|ok|okay|cool|awesome)?\W*(so )?(say |how "
    r"about |what "
    r"about )?(\d{1,2}([:.]\d{2})? ?(am|pm)?|(one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)( o'?clock| thirty)?|(monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)( at [\w' ]+)?|around \w+)\s*\?", re.IGNORECASE)
# When or how often a thing of its own is done, asked ("How early do you go?").
TIME_ASKED = re.compile(r"\b(how (early|late|often)|what time|when do you|when did you)\b",
                        re.IGNORECASE)
# A sentence that says when ("I go at half six", "twice a week", "every Sunday"): a plan's
# day or hour, or how often.
TIME_SAID = re.compile(rf"\b{_DAY}|\b{_CLOCK}|\b(every|each) (day|morning|evening|night|week|"
                       r"weekend)\b|\b(once|twice|three times) a (week|month|day)\b",
                       re.IGNORECASE)
# A plan put as a question ("Same time next week?", "See you at lunch maybe?", "Coffee at
# eleven?"): agreed to, not met with the card's mugs.
PLAN_ASKED = re.compile(r"\bsame time next (week|time|month|\w+day)\b|\bsee you (at|on|next|"
                        r"tomorrow|in the)\b[^.!?]*\?|(^|[.!]\s+)\W*(coffee|lunch|tea|a drink|"
                        r"drinks|dinner|a walk|a run) (at|on|tomorrow|later|after|next|this|"
                        r"sometime)\b[^.!]*\?|\b(come|come and|do come) find me (later|after|in a "
                        r"bit|afterwards)\b", re.IGNORECASE)
# Something done together, asked ("Could we get noodles together at lunch?", "maybe we eat
# lunch together?"): a yes.
TOGETHER_ASKED = re.compile(# a twenty-seventh look: "would it be weird if I sat next to you next
                            # week?" ("Yes, a set of mugs ..."), "Perhaps you and Alex would
                            # like to join us for a walk?", "I was inviting you ... Would that
                            # be possible?", "shall we exchange recipes?", "Perhaps you could
                            # teach me an English cake, and I teach you bacalhau? Would you like
                            # that?", "So it's a date"
                            r"\b(you|you and \w+) (would|might) (like|want|fancy) to (join|come)\b|"
                            r"\bi('?m| am| was) (inviting|asking) you\b|"
                            r"\bshall we \w+|"
                            r"\bwould you like that\W*\?|"
                            r"\b(so )?it'?s a date\b|"
                            # "Do you want to practise together next week?", a learner's "Maybe
                            # Friday I come with you?", "Friday, I can join you to noodle bar,
                            # yes or no?" (a twenty-sixth look: a stock line, twice)
                            r"\b(do you|would you|you) (want|wanna|fancy|like) (to )?\w+"
                            r"[^.!?]{0,30}\btogether\b|"
                            r"(?<!\bif )\bi (can |could )?(come|join) (with )?you\b[^.!?]*\?|"
                            r"\b(could|can|shall|should|maybe|why don'?t|perhaps) we\b[^.!?]{0,30}"
                            r"\b(together|sometime|some time|one day|at lunch|after (work|class|"
                            r"this))\b|"
                            # a twelfth play-test: "Want to grab one?", "Would you be up for
                            # grabbing a coffee sometime?", "you want come to my dinner party?",
                            # "come up for a drink on Saturday", "We should do a jam sometime",
                            # "find me at lunch?", "coffee sometime?", "I invited you for a drink"
                            r"(^|[.!?,]\s*)\W*((so|hey|anyway|and|oh),? )?(do you |d'?you |would "
                            r"you |you )?(want|wanna|fancy) (to )?(grab|get|go|come|join|sit|meet|"
                            r"play|game|jam|hang)\b|\b(would|will|are) you (be )?up for\b|\byou "
                            r"want (come|go|join|to come)\b|\bcome (up|over|round|along|by) for (a|"
                            r"some|dinner|drinks?|tea|coffee|lunch)\b|\bwe should (do|grab|get|"
                            r"go|play|meet) (a|an|some|for|out|together|up)\b|\bfind me (at|for|"
                            r"after|later)\b|\bif you (ever )?("
                            r"want|fancy) (a|an)\b[^.?!]*\b(buddy|partner|company)\b|\b(coffee|"
                            r"lunch|drinks?|dinner|tea) (some ?time|one day|later|tomorrow|next "
                            r"week)\s*\?|\bi invited you\b|\b(maybe|perhaps) (she|he|they|our \w+) "
                            r"(could |can )?(play|meet|come)\b[^.?!]*\?", re.IGNORECASE)
# A proposal put again ("So is that a yes for next Tuesday?", "you in?"): the earlier line's
# plan, favour or invitation is what is asked.
# ("what team are you in?" asks the team)
YES_ASKED_AGAIN = re.compile(r"\bis that a (yes|no)\b|(^|[.!?,]\s*)\W*((so|and|well|ok|okay)\W+)?"
                             r"(are )?(you|u) in\s*\?", re.IGNORECASE)


# A plan of their own put to the partner to approve ("should I have a housewarming?", "do you
# think I should throw a party?"): a yes (a twenty-eighth look got the party's restaurant tip).
OWN_PLAN_ASKED = re.compile(r"\b(should|shall) i (have|throw|host|do|make|bake|organi[sz]e|"
                            r"plan|get) (a|an|my|some) (\w+ )?(party|housewarming|barbecue|bbq|"
                            r"dinner|picnic|mug|cake|celebration|leaving do|do)\b|"
                            # "should I join the office team?" (it got a tip on IT)
                            r"\b(should|shall) i (join|sign up for|try|give) (the|your|a|it)\b",
                            re.IGNORECASE)
