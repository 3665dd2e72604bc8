"""Offers, favours and requests: help offered now or later, a treat offered, help, a favour
or a loan asked (`asks_for_help`), permission asked, being shown the way or introduced,
trouble with something the place may know of, and asking to talk about something else.
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.advice import DECISION_ASKED

__all__ = [
    "BORROW_ASKED", "CHANGE_SUBJECT", "FAVOUR_ASKED", "FUTURE_OFFER", "HELP_ASKED",
    "HELP_WITH_THING", "INTRODUCE_ME", "OFFER", "PERMISSION", "REFRESHMENT", "SHOW_ME",
    "TREAT_OFFER", "TROUBLE_WITH", "WHOM_ASKED", "asks_for_help",
]

# Asking whether something is allowed or minded ("is it ok to bring food from home?", "do
# you mind if I sit here?"): a kind yes, unless the place's facts say otherwise.
PERMISSION = re.compile(
    r"\b(?:is it (?:ok|okay|alright|all right|fine)(?: to| if| in| here)\b|is that (?:ok|okay|"
    r"alright|all right|fine)(?: there| here)?\W*$|am i allowed\b|are we allowed\b|(?:do|would) "
    r"you mind if i\b|would anyone mind if i\b|can i bring\b|is it allowed\b|"
    # "would it be ok if I knocked if I need something?" (a nervous newcomer's session of mine:
    # "Oh, I couldn't say, really.")
    r"would it be (?:ok|okay|alright|all right|fine) (?:if|to)\b)", re.IGNORECASE)
# Asked to be shown or told where or how ("can you show me where is kitchen?").
# "who should I ask about getting my laptop set up?": whom, which the place knows (a
# twenty-second play-test got the card's noodle bar)
WHOM_ASKED = re.compile(r"\bwho (should|do|can|could|would) i (ask|tell|talk to|speak to|see|go "
                        r"to|let know)\b|\bwho i should (ask|tell|talk to|speak to|see|go to)\b",
                        re.IGNORECASE)
SHOW_ME = re.compile(r"\b(show|tell) me (where|how)\b|"
                     # "where's the kitchen? Could you point me to it?" (a twenty-fifth
                     # play-test: "Oh, I couldn't say, really.")
                     r"\bpoint me (to|towards|at|in the (right )?direction)\b|"
                     r"\b(show|take) me (to )?(it|there|the way)\b|" + WHOM_ASKED.pattern,
                     re.IGNORECASE)
# An offer of help ("can I help you with your bags?"): thanked, not answered from a fact.
OFFER = re.compile(r"\b((can|could|shall|may) i (help you|help with|give you a hand)|"
                   # "I can give you a lift home if you like.", "Want a lift home next week?"
                   r"i (can|could) (give you a (lift|ride|hand)|drive you|drop you|walk you|lend "
                   r"you)|\b(want|need|fancy) a (lift|ride)\b|\blift home\b[^.!?]*\?|"
                   r"(carry|take|hold|grab|get) (that|this|those|these|it|your \w+)( \w+)? "
                   r"for you|do you (want|need) (a hand|some help|any help|help)|"
                   r"let me (help|give you a hand)|"
                   # "so if you ever need a trim, I'm downstairs" (a thirtieth look: "Hm,
                   # let's not go there." and the coach's "That could hurt")
                   r"if you ever need (a|an|any|some) \w+|"
                   # "I'm going to get a drink, want anything?" (it got the next step of a
                   # story about night shifts)
                   r"(get|grab|getting|grabbing) (a|another|some) (drink|coffee|tea|beer|"
                   # (across a stop: "im gonna grab a drink. want anything?")
                   r"food)\b[^?!]{0,30}\b(want|need|fancy) (anything|one|something)|"
                   r"\b(can|could|shall) i get you (anything|a drink|something|one)|"
                   # "Sure you don't want anything? I'm passing the kitchen.", "Do you need
                   # anything from the shop?", a learner's "you want I bring you a plate?"
                   r"sure you don'?t (want|need) anything|(want|need) anything from the "
                   r"(shops?|bar|kitchen)|(want|like) i (bring|get|grab) you)\b",
                   re.IGNORECASE)
# An offer for later ("if you ever need headshots let me know", "just knock if you need
# anything", "I'll bring you some food one day"): thanks, not "Ah, a chef, nice."
FUTURE_OFFER = re.compile(r"\b(if (you|your \w+) (ever )?needs? (anything|a hand|help|"
                          r"any(thing)? \w+|\w+)"
                          r".{0,30}\b(let me know|just (knock|ask|shout)|knock|ask me|give me a "
                          r"shout)|(let me know|just (knock|ask|shout)|give me a shout) if you "
                          r"(ever )?need|(i'?ll|i can|i could) bring you (some|a)\b|"
                          r"send (them|people) my way|"
                          r"happy to (help|show you|give you)|i can (show you|help you|lend you)|"
                          r"just knock\b|"
                          # "Knock if you need sugar or anything.", "if you need help with
                          # anything, I am in flat 2"
                          r"(knock|shout|ask|call me|text me) if you (ever )?need\b|\bif you "
                          r"(ever )?need (help|anything)\b[^.?!]*\b(i'?m|i am) (in|at|upstairs|"
                          r"downstairs|next door|across)\b)", re.IGNORECASE)
# A treat offered ("Want me to grab you one?", "Do you want a slice?"): yes please, not a
# stock question (an eleventh play-test: "Have you been up to anything fun lately?").
TREAT_OFFER = re.compile(r"\b((do you |would you |d'?you )?(want|fancy|like) me to (grab|get|"
                         r"bring|fetch|pour|save|make) you|(shall|can|could|let) (i|me) (grab|"
                         r"bring|fetch|pour|save|get|buy) (you|us) (a|an|one|some|another|"
                         r"drinks?)|(do you|"
                         r"would you|d'?you|you) "
                         r"(want|fancy|like) (a|some|another) (slice|plate|piece|bit|taste|cup|"
                         r"biscuit|cookie|sandwich|samosa|cake)\b|^\W*(fancy|want) (a|some|another)"
                         r" \w+( \w+)?\s*\?|"
                         # a learner's "You want try some?", "I bring to you tomorrow?", and
                         # "Do you want a few? I'm giving them away free"
                         r"\byou want (try|taste|some|a few|one)\b|\b(do|would) you want (a few|"
                         r"some|one)\s*\?|\bi (bring|can bring|will bring|'ll bring) (it |some |"
                         r"them )?(to|for) you\b|"
                         # "I'll bring pierogi next time!" (a seventeenth play-test: "Oh, I see.
                         # How was it?")
                         r"\bi('ll| will| can| could) bring (you |us |everyone )?(some |a |an |my "
                         r"|extra |more )?(?!(my |a |the )?(friend|partner|husband|wife|kids|"
                         r"children|son|daughter|mum|mom|dad|boyfriend|girlfriend|dog|laptop|"
                         r"notes|car)\b)[a-z]+( [a-z]+)? (next time|next week|tomorrow|on \w+day|"
                         r"for you|for everyone|to share|along|in|round|over)\b)", re.IGNORECASE)
# A favour asked ("Save me a seat next week?", "Could you ask at the hospital about jobs for
# me?", "Say hi to your sister!"): of course, not a goodbye that ignores it.
# Help asked for now or soon ("Can you help me with the wifi password?", a learner's "you can
# help me choose the colour of glaze next week?", "maybe you can teach me a cake one day?"):
# a yes, not "Oh, I couldn't say, really" (a fifteenth play-test).
HELP_ASKED = re.compile(r"\b(can|could|would|will) you (please |maybe |possibly )?(help|teach) "
                        r"me\b|\byou can (help|teach) me\b|\bhelp me (with|choose|pick|"
                        r"find|move|carry|fix)\b|\bcan i ask (you )?(for )?(a|your) (hand|help)\b",
                        re.IGNORECASE)
# The thing help is asked with ("could you help me with my glaze?", "you help me with bowl?"):
# with nothing the scene knows of it, the yes asks what the trouble is.
HELP_WITH_THING = re.compile(r"\bhelp me (out )?with (my |the |your |a |an |some |this |that )?"
                             r"(?P<thing>(?!(something|anything|it|that|this|them)\b)[a-z]+"
                             r"( (?!(please|next|later|tomorrow|today|tonight|on|at|when|if|"
                             r"before|after|sometime|the|a|an|my|your|this|that)\b)[a-z]+)?)"
                             # "help me with centring the clay": a doing, not a thing to name
                             r"(?<!ing)(?!\w)", re.IGNORECASE)
# A drink or food in an offer ("I'm going to get a drink, want anything?"): taken, not turned
# down with "I can manage".
REFRESHMENT = re.compile(r"\b(drinks?|beer|wine|coffee|tea|food|plate|snack|kitchen|bar|shop|"
                         r"milk|bread|tortilla|cake)\b", re.IGNORECASE)
FAVOUR_ASKED = re.compile(r"\b(could|can|would|will) you (please |maybe |possibly |just )?("
                          r"save|keep|hold) me\b|\b(save|keep|hold|mind|watch) (my|our) (seat|"
                          r"spot|place|bag|bags|stuff|drink|coat|things|wheel)\b|\bwould you mind "
                          r"\w+ing\b|\bsave me a (seat|spot|place|wheel|slice|piece|"
                          r"space|plate)\b|\b(could|can|would|will) you (please |maybe |possibly |"
                          r"just |be able to )?(ask (around|at|about|if|for)|knock|email|text|"
                          r"message|ring me|"
                          r"call me|send me|let me know|put in a word|keep an eye|water|feed|look "
                          # "could you take in a parcel for me if it comes?" (a twenty-fourth
                          # play-test: "Oh, I couldn't say, really.")
                          r"after|come with me|take in|take (it|them|a parcel|the parcel|my "
                          r"parcel) in|sign for|pick up|grab)\b|"
                          r"\b(email|text|message) me\b[^.!]*\?|"
                          r"(^|[,.!]\s*)\W*say (hi|hello)( from me)? to\b|\bgive (my|our) (love|"
                          r"best|regards) to\b|\bwill you come with me\b|"
                          # "Could you show me how you centre the clay next week?", "Could you
                          # bring your bridge photos next week?", "Next week, you help me with
                          # bowl, please?", "Tell your friends about my gaming nights", "Bring
                          # snacks!"
                          # ("could you remind me which team you said you work on?" asks what
                          # it said: a thirty-first look got "Sure, happy to!")
                          r"\b(could|can|would|will) you (please |maybe )?(bring|lend me|remind "
                          r"me(?! (which|what|where|who|how|when|of|your)\b)|tell (your|them|him|"
                          r"her))\b|\b(could|can|would|will) you (please "
                          r"|maybe )?(show|teach) me\b[^?]*\b(next|tomorrow|later|some ?time|one "
                          r"day|at lunch)\b|\byou help me\b[^?]*"
                          r"\b(next|tomorrow|later|some ?time|one day)\b|\b(next|tomorrow|later|"
                          r"some ?time|one day)\b[^?]*\byou help me\b|(^|[.!]\s+)\W*(please )?("
                          r"bring|tell) (your|some|snacks|the|them|him|her)\b|"
                          # something done for the user, asked with what it is done to ("could
                          # you look at my CV?", "can you give me a lift home?", a learner's
                          # "you can give me a lift?"): an eighteenth play-test's got weather
                          # talk and "I couldn't say" ("show me how" asks for what the place
                          # knows: see HELP_ASKED)
                          r"\b((can|could|would|will) (you|u)|^\W*(you|u) can) (please |maybe |"
                          r"possibly |just |kindly )?(give|drive|take|look at|have a look at|"
                          r"check|read|proofread|review|lend|walk|drop|pick|fix|carry|send|sign) "
                          r"(me|us|my|our|over my)\b|"
                          # a parcel taken in for them ("If a parcel comes for me while I'm out,
                          # could you take it in?": "I'm not sure, to be honest")
                          r"\b(could|can|would|will) (you|u) (please |maybe |possibly |just )?"
                          r"(take (it|them|the \w+|my \w+) in|sign for (it|them|my \w+|the \w+)|"
                          r"pick (it|them) up for me|keep (it|them) for me)\b", re.IGNORECASE)
# Something of the partner's to use ("could I use yours sometime?", "can I borrow your
# ladder?"): a yes.
BORROW_ASKED = re.compile(r"\b(can|could|may) i (please |maybe )?(use|borrow|have a go on|try|"
                          r"share) (yours|your \w+)\b|\b(lend|borrow) (me )?(yours|your \w+)\b|"
                          # a thing of any kind ("could i borrow a screwdriver? for the bed")
                          r"\b(can|could|may) i (please |maybe |just )?borrow (a|an|some|your)\b|"
                          r"\b(can|could) you (please |maybe |possibly )?lend me\b",
                          re.IGNORECASE)
# Asked to talk of something else ("Can we talk about something else?"): of course, and a new
# question (it got "Oh, I couldn't say, really.").
CHANGE_SUBJECT = re.compile(r"\b(can|could|shall|should) we (talk about something else|change the "
                            r"subject|move on|talk about something different)\b|\blet'?s (talk "
                            r"about something else|change the subject|move on)\b", re.IGNORECASE)
# Asked to introduce the user to someone ("could you introduce me to someone? I'm terrible at
# approaching people"): a person says yes and takes them along.
INTRODUCE_ME = re.compile(r"\b(could|can|would|will) you (maybe |possibly )?introduce me\b|"
                          r"\bintroduce me to (some|any|a few|a couple|people)|"
                          # "Is there anyone here you'd introduce me to?" (a twenty-ninth look)
                          r"\b(anyone|anybody|someone|people) (here )?(you'?d|you would|you "
                          r"could|you can) introduce me to\b", re.IGNORECASE)
# Trouble with something the place may know of ("I can't work out the heating", "the wifi isn't
# working", "no idea where the bins go").
TROUBLE_WITH = re.compile(r"\b(can'?t|cannot|couldn'?t) (work out|figure out|find|get|turn on|"
                          r"open|fix|sort)\b|\bno idea (how|where|when)\b|"
                          # "I don't know where the doctor is", a learner's "I not know where is"
                          r"\b(don'?t|do not|not) know (where|how to find)\b|\bdunno where\b|"
                          r"\b(isn'?t|is not|"
                          r"won'?t|doesn'?t|does not) (working|work|turn on|open)\b|"
                          r"\bstruggling with\b", re.IGNORECASE)


def asks_for_help(text: str) -> bool:
    """The line asks the listener for help, a favour, a loan or what to do."""
    return bool(HELP_ASKED.search(text) or BORROW_ASKED.search(text) or FAVOUR_ASKED.search(text)
                or DECISION_ASKED.search(text) or _WHAT_TO_DO.search(text))


# "Should I report it to the police, or is that pointless?": what to do about a trouble.
_WHAT_TO_DO = re.compile(r"\b(should|shall) i (report|call|ring|tell|complain|ask|get|try|go)\b",
                         re.IGNORECASE)
