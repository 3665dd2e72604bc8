"""Greetings, names and goodbyes: the pleasantries of an introduction and what a line says
beyond its name (`beyond_name`), the partner's name checked, asked or forgotten
(`name_checked`), someone met before, a seat or the right place asked after, "how are you?",
and every way of taking leave (a farewell word, going now or soon, "nice to meet you" said at
parting, a card or contact swapped), read together by `is_goodbye`.
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.partner_questions import DEMONYM_PLACES

__all__ = [
    "ASKS_NAME_SHORT", "BACK_SOON", "BAD_WITH_NAMES", "CARD_ASKED", "CARD_GIVEN", "CONNECT_ASKED",
    "FAREWELL", "FINE_THANKS", "FORGOT_NAME", "GOODBYE_LAST", "HOW_ARE_YOU", "LEAVING",
    "LEAVING_NOW", "LEAVING_SOON", "LEAVING_WITH_NICE_TO_MEET", "MET_BEFORE", "MET_YOU_PAST",
    "NAMES_SAID", "NAME_CHECK", "NICE_TO_MEET_ALONE", "PLEASANTRIES", "RIGHT_PLACE", "SEAT",
    "SEE_YOU_PLAN", "SEE_YOU_THEN", "TIME_TO_GO", "WISH_ME_LUCK", "YOURS_ASKED", "beyond_name",
    "is_goodbye", "name_checked",
]

# Going to find someone or somewhere else: "I'm going to go find my brother", "I must find my
# seat" (not "I need to find a new flat", "I'm going to find my feet").
_FIND_SOMEONE = (r"(go |go and )?(find|say hi to|catch) (my|the|our) (seat|friends?|brother|"
                 r"sister|partner|husband|wife|mum|mom|dad|colleagues?|team|group|desk|date|"
                 r"boss|kids|table|mates?|flatmates?|cousin|manager)(?!'s| room| office)")
FAREWELL = re.compile(r"\b((?<!to )see (you|ya)( later| soon| next week| around)?|goodbye|bye|"
                      r"good ?night|night (all|everyone|then)|^\W*(right,? )?night(?=\W*$)|cheerio|"
                      r"take care|take it easy|nice (talking|chatting) to you|"
                      r"(thanks|thank you|cheers) for (the chat|chatting|the company)|"
                      r"(lovely|nice|great|good|pleasant|a pleasure) (chatting|talking|meeting you|"
                      r"catching up)|"
                      r"have a (great|good|nice|lovely|safe) (trip|night|evening|weekend|one|"
                      r"day|time|flight|journey)|enjoy the rest of (the|your)|"
                      r"catch you (later|in a bit|soon|around|next (week|time)|tomorrow|"
                      r"on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))|"
                      r"i'?m off to \w+|i'?ll let you (get back to (it|work|your)|get to your|"
                      r"get on with your|get (that|the|your) \w+( \w+)? (in|done|home|sorted)|"
                      r"go|get going|get on)\b|"
                      # a seventh play-test: "here's my card, let's stay in touch"
                      r"(let'?s )?(stay|keep) in touch|"
                      r"i (need to|have to|must|should|'ve got to|gotta) catch my (train|bus|"
                      r"flight|lift|ride)|"
                      r"^\W*(ok |okay |right )?later(?=\W*$)|"
                      # taking leave without the word: "I'd better find my desk"
                      r"i'?d? better (go|get|head|find|be off|let you|leave|run)|"
                      # ("I have to go to work early tomorrow" goes nowhere yet)
                      r"i (should|must|have to|need to|'ve got to|gotta|got to) (probably )?(go"
                      r"(?=\s*(?:[,.!?]|now\b|soon\b|then\b|home\b|back\b|and (find|say|get|"
                      r"grab|see|wish|congratulate|thank)\b|$))|get going|run|head off|be off|"
                      r"get back|mingle|circulate|"
                      rf"{_FIND_SOMEONE}|pop (to|out|over))|gotta go|"
                      r"i'?(ll|d better| should| must| shall) let you (go|get on|get your|mingle|"
                      r"circulate|get back|get started|take your)|"
                      # a formal leave-taking ("it has been a pleasure to meet you", "I look
                      # forward to seeing you at the Friday lunch": a thirty-first look's
                      # job-seeker got a new question three times)
                      r"(it|this) (has been|'s been|was) (such )?a (real |great )?pleasure"
                      r"(?=\W*$|[.!;,]| to (meet|talk|chat)| (meeting|talking|chatting))|"
                      r"\bpleasure to meet you\b|look forward to seeing you (at|on|next|then|"
                      r"tomorrow|soon|again|there)\b|"
                      # "Thanks Riley, I'll go say hi to Sam"
                      r"i'?ll (just )?(go )?(and )?say hi to \w+|i'?ll (just )?go (and )?find \w+|"
                      # "I'm going to head off now", "I'm gonna go find my brother"
                      r"i'?m (just )?(gonna|going to) (head (off|out|home|back|over)|"
                      rf"{_FIND_SOMEONE}|pop (to|out|over)|"
                      r"head to the (bar|kitchen|loo|toilet|buffet|food)|grab my (coat|bag))|"
                      r"i (just )?need to pop (to|out|over)|"
                      r"enjoy the (party|evening|night|event|class|conference|talk)(?=[\s.!]*$)|"
                      r"i'?ll leave you to it|"
                      # "sorry, I've got to run", "I'm gonna get food", "I have to take this call"
                      r"i'?ve got to (go|run|dash|shoot)(?=\W*$|[,.!]| now| off| to catch)|"
                      r"i'?ve got to head (up|off|out|back|over)|"
                      r"i'?m (gonna|going to|just going to|just gonna) (go and |go )?(get|grab) "
                      r"(some |a |another )?(food|drinks?|a bite|something to eat)(?=\W*$|[.!])|"
                      r"i (have|need|'ve got) to take this call|"
                      r"i'?m (heading|off) (home|now|then|out)|i'?m off(?=\s*(?:[,.!?]|$))|"
                      r"(waving|calling) (at|for|to) (me|us)|"
                      r"(turning|switching) the lights (off|out)|"
                      # called away: "the teacher's calling us", "that's my bus"
                      r"(the |our )?(teacher|instructor|boss|host|speaker|organi[sz]er)'?s "
                      r"calling (us|me)|(talk|speak|catch you|chat) (to you )?(later|soon)|"
                      r"i'?ve got (a|an|my) (meeting|induction|call|"
                      r"class|appointment|lecture|session|train|bus|shift) (at|in) |"
                      r"(we'?re|it'?s|they'?re|class is|the class is) (about to )?(start|"
                      r"starting|beginning|kicking off)(?=\s*(?:[,.!?]|now\b|$))|"
                      r"(we|i) (should|'d better) get back to "
                      r"(it|work|our|my|the)|that'?s my (bus|train|cab|taxi|lift))\b",
                      re.IGNORECASE)
# The pleasantries around an introduction ("nice to meet you", "hi", "great"): what a line
# says beyond its name is what is left without them.
PLEASANTRIES = re.compile(r"\b(?:(?:it'?s |it is )?(?:nice|good|lovely|great|pleased) to meet "
                          r"you(?: too)?|likewise|hi|hello|hey|great|oh|yeah|yes|and|so|"
                          r"my name'?s|my name is|i'?m|i am|call me)\b|[^\w\s']",
                          re.IGNORECASE)


def beyond_name(text: str, name: str) -> str:
    """What an introduction says besides the name ("i'm jo, i've never done pottery before"
    says "i've never done pottery before")."""
    at = text.lower().find(name.lower())
    rest = text[at + len(name):] if at >= 0 else text
    return " ".join(PLEASANTRIES.sub(" ", rest).split())


# "Nice to meet you, Jordan!" alone, said well into a talk (a ninth play-test's greeting
# back), or "it was nice to meet you" at any point: a goodbye.
NICE_TO_MEET_ALONE = re.compile(
    r"^\W*((well|ok|okay|right|anyway|so|anyways),? )*(it'?s |it was |it has )?(been )?"
    r"(really |so |very )?(lovely|nice|good|great|a pleasure) (to meet|meeting) you( too)?"
    r"(,? [A-Z][a-z]+)?\W*$", re.IGNORECASE)
MET_YOU_PAST = re.compile(r"\b(it )?was (really |so |very )?(lovely|nice|good|great|a pleasure) "
                          r"(to meet|meeting|talking to|chatting (to|with)) you\b", re.IGNORECASE)

# Taking leave with a "nice to meet you" after saying where one is off to: "Anyway, I should
# grab a drink before the cake. Lovely to meet you!", "I'll go and say hi to a few people.
# Nice to meet you!" (said alone, it greets).
LEAVING_WITH_NICE_TO_MEET = re.compile(
    r"\b(anyway|i'?d better|i'?ll (go|head|grab|get|leave|let|make|stop (pestering|bothering|"
    r"keeping|hogging) you)|i (should|must|need to|have to) (grab|get|go|going|find|head|make|"
    r"phone|call|ring|text|catch|say hi)|i'?m (going to|gonna|off|heading)|i go (to|and|take|get|"
    r"grab|find)|"
    r"(is|are) waiting (for )?(me|us)|i'?ve got (a|an|some|my) \w+ to|"
    r"i'?ve got to (catch|get|go|run|head|make|find|grab|pick))\b.*"
    r"\b(lovely|nice|good|great) (to meet|meeting|talking to|chatting (to|with)) you( too)?"
    r"(,? [A-Z][a-z]+)?\W*$|"
    # an eighth play-test's "Right, I'm going to grab a coffee. Cheers, Priya." and "I'll stop
    # pestering you. Thank you so much, and pop round for tea sometime!" got a new question
    r"\b(i'?ll (leave|let) you|i'?ll stop (pestering|bothering|keeping|hogging) you|i'?m (going "
    r"to|gonna|off to) (grab|get|go|find|head|say hi|phone|call|ring)|i (should|must|need to|have "
    r"to|'?d better) (grab|get|go|find|head|phone|call|ring|say hi))\b.*[.!,]\s*\W*"
    r"(cheers|thanks( so much| a lot)?|thank you( so much)?)\b[^?]*?((pop|come) (round|over|by)"
    r"( for (a )?\w+)?( some ?time| soon| one day)?)?(,? [A-Z][a-z]+)?[^\w?]*$|"
    # "ok thank you, nice to meet you" at the end of a talk (a learner's goodbye got "So how
    # did you get into fintech company?")
    r"\b(thank you|thanks)( (so|very) much)?,? (it was )?(lovely|nice|good|great) (to meet|"
    r"meeting) you( too)?(,? [A-Z][a-z]+)?\W*$",
    re.IGNORECASE)
# Taking leave in a sentence of its own, with no "nice to meet you": "Right, I'll make a
# move.", "I think I'm going to go." ("I have to go to work early" is no goodbye.)
LEAVING = re.compile(
    r"(^|[.!?]\s+)\W*((ok|okay|right|anyway|well|ha|so|alright|look|sorry),? )*(i think )?(i'?ll|"
    r"i'?d better|i (should|must|need to|have to|'?ve got to|got to)|i really (do )?(have|need) "
    r"to|i'?m (going to|gonna)|gotta) (make a move|go|get going|head off|head home|be off|be "
    r"going|shoot|dash|love you and leave you|get to work|get back to work|go mingle|mingle|"
    r"circulate)( now| soon| then| "
    r"home| early)?( i'?m afraid| sorry)?\s*([.!,]|$)",
    re.IGNORECASE)
# Away for a moment, not leaving: "ok brb", "back in a sec, just getting a drink" (a tenth
# play-test's "ok brb" got "Fair enough. Have you got anything exciting coming up?").
BACK_SOON = re.compile(r"\b(be right back|back in a (sec|second|minute|min|mo|moment|bit|jiffy)|"
                       r"(just )?one (sec|second|moment|minute)\W*$|give me a (sec|second|"
                       r"moment|minute)|hold that thought|excuse me (for )?a (moment|sec|second|"
                       r"minute))\b", re.IGNORECASE)
# A goodbye said last, after whatever came before: "Ha, I really do have to go. Bye!"
GOODBYE_LAST = re.compile(
    r"(^|[.!?,]\s+)\W*((ok|okay|right|anyway|well|alright|ha|so|whatever|thank you|thanks|cheers)"
    r",? )*(bye( for now| "
    r"then| bye)?|goodbye|see (you|ya)( later| soon| around)?|take care|later|laters|cya|ciao|"
    r"tchau|ta-?ra|à bientôt|a bientot|adios|adiós|tschüss|tschuss|arrivederci|au revoir|"
    r"sayonara|hasta luego|toodle-?oo|toodles|ta-?ta|peace out|i'?m out|i'?m off|gotta run|"
    r"(must|gotta) dash|speak soon|talk soon|(until|till|'?til) (next (week|time|month|class|"
    r"session|meetup|one)|tomorrow|then|later|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))(,? [A-Z][a-z]+)?[^\w?]*$",
    re.IGNORECASE)
# "See you at lunch maybe?" (starting a sentence): a goodbye though it asks.
SEE_YOU_THEN = re.compile(r"(^|[.!?]\s+)\W*((ok|okay|right|anyway|great|cool),? )?"
                          r"(maybe )?(see you (at|on|next|tomorrow|later|soon|there|then)|"
                          r"talk (to you )?later|speak later)\b",
                          re.IGNORECASE)
# Going now: "I need to go to my induction now, wish me luck!", "I go inside now, it is
# cold!", "I must going now", "I'm going to go and unpack" ("I go to the gym now" is a habit,
# and "I have to go to work early tomorrow" no goodbye: a "now" must end its clause).
LEAVING_NOW = re.compile(
    # "Time for me to go, my bus is in five minutes." (a sweep of goodbyes: "Ugh, poor you.")
    r"(^|[.!?,]\s*)\W*((ok|okay|right|anyway|well|so),? )*(it'?s )?time (for me )?to (go|head "
    r"off|head home|make a move|get going)\b|"
    r"\bi (need to|have to|must|should|'?ve got to|got to|gotta|better|'?d better|'?m going to|"
    r"'?m gonna|'?ll) (go|get going|head|pop|run|nip)\b[^.?!,]{0,30}\bnow\s*([.!,]|$)"
    r"|\bi (go|must go|must going|going) (inside|in|home|back|upstairs|downstairs)?\s?now\b"
    # "Now I go, I have ice cream in my bag" (a learner's goodbye got "How did you get into
    # that?")
    r"|(^|[.!?,]\s*)now i (go|must go|have to go|need to go|leave|must leave)\b"
    # "I go to my desk now", "I should get to my desk", "right, back to work for me"
    r"|(?<!do )(?<!can )\bi (go|must go|should go|should get|'?d better get|better get|'?ll get) "
    r"(back )?to my (desk|seat|table|wheel|team|office|flat)( now)?\s*([.!,]|$)"
    r"|\bback to (work|it|my desk) for me\s*([.!,]|$)"
    r"|\bi'?m (going to|gonna) (go|head off|head back|pop off) and \w+"
    # "going home now" (a seventh play-test's terse user; it got a question on pottery)
    r"|^\W*(i'?m |i am )?(going|heading|off) (home|back home|to bed)( now)?\W*$"
    # "cool. anyway, gonna get a drink" (a session of my own got "What's your favourite thing
    # to cook?"): off to get something, said last
    r"|\b(anyway|right|ok|okay|well)\W+(i'?m )?(gonna|going to|off to) (get|grab) (a|another|"
    r"some) (drink|coffee|bite|refill|top-?up)\W*$",
    re.IGNORECASE)
# A goodbye with a plan in it: "see you at one then", "see you on Monday", "see you there".
SEE_YOU_PLAN = re.compile(r"\bsee you (at \w+|on \w+|there|then|tomorrow|next \w+|in the \w+)|"
                          # a plan said before the goodbye: "I'll challenge you at lunch then.
                          # See you!", "we'll probably work together. See you around!"
                          r"\b(i'?ll|we'?ll) (\w+ ){0,3}(at (lunch|\d+|one|two|three|four|five|"
                          r"six|the \w+)|after (work|lunch|class|this)|tomorrow|then|together|"
                          r"next (week|time|\w+day))\b[^.!?]*[.!]\s*(see you|bye|catch you)",
                          re.IGNORECASE)
# The user's card given at parting ("Here's my card if you ever need a cake!").
CARD_GIVEN = re.compile(r"\bhere'?s my (business )?card\b|\b(take|have) my card\b|"
                        # "can i give you my email" (a fourteenth play-test: "not sure")
                        r"\b(can|could|shall|let) (i|me) (give|send) you my (email|number|card|"
                        r"details)\b", re.IGNORECASE)
WISH_ME_LUCK = re.compile(r"\bwish me luck\b", re.IGNORECASE)
# Taking leave in the form of a question: "oh, is that the time?"
TIME_TO_GO = re.compile(r"\b(is that|look at) the time\b", re.IGNORECASE)


# Checking the partner's name: "sorry, Dev, was it?", "Grace, right?", "is it Tom?"
# (said on its own or after "sorry": "You're from Leeds, right?" checks no name)
NAME_CHECK = re.compile(r"(^|[.!?]\s+|\.\.\.\s*|(?i:sorry),?\s+)(?P<a>[A-Z][a-z]+),? (was it|"
                        r"right|is it|isn'?t it|yeah)\W*\?|(?i:\bname\b).*\b(was it|is it|"
                        r"it'?s) (?P<b>[A-Z][a-z]+)(,? right)?\W*\?|"
                        # "are you grace from upstairs" (a fourteenth play-test: "not sure")
                        r"(?:^|[.!?]\s+)\W*(?i:(?:hi|hello|hey|sorry|excuse me)\W+)?(?i:are you|"
                        r"you'?re) "
                        r"(?:(?P<c>(?i:[a-z]+))(?= (?i:from|by any chance))|(?P<d>[A-Z][a-z]+)"
                        r"(?=,? (?i:right|yeah|isn'?t it)|\W*\??$))")


def name_checked(text: str) -> str | None:
    """The name a line checks ("Dev, was it?" -> "Dev"), or None ("Where is it?" checks no
    name)."""
    found = NAME_CHECK.search(text)
    if found and found.group("d") and (found.group("d").lower() in DEMONYM_PLACES
                                       or found.group("d").lower().endswith(_PEOPLE_ENDINGS)):
        return None  # "Are you Scottish?" asks where it is from
    name = (found.group("a") or found.group("b") or found.group("c")
            or found.group("d")) if found else None
    return None if name is None or name.lower() in _NOT_CHECKED else name


_PEOPLE_ENDINGS = ("ish", "ese", "ian", "ean", "ani", "eni", "ch")
_NOT_CHECKED = frozenset("where what who how why when which whose that this it is was right "
                         "really seriously okay yes yeah sorry so and there here".split())
# A bare "name?", "and your name?", "no, YOUR name": the partner's name asked in a word or two.
ASKS_NAME_SHORT = re.compile(r"^\W*((and|no|so|but|sorry|ok|okay)\W+)*((your|ur|you) )?"
                             r"name\W*$", re.IGNORECASE)
# "I'm awful with names, what was yours again?": "yours" is a name.
NAMES_SAID = re.compile(r"\bnames\b", re.IGNORECASE)
YOURS_ASKED = re.compile(r"\bwhat(?:'s| is| was) yours\b", re.IGNORECASE)
# Greeting someone already met: "hi again", "good to see you again", "I'm Fatima, remember?".
MET_BEFORE = re.compile(r"\b(hi|hello|hey) again\b|\b(good|nice|great|lovely) to see you "
                        r"again\b|,? remember( me)?\?|\b(yes|yeah),? (that was|it was|that'?s) "
                        r"me\b", re.IGNORECASE)
# "Is anyone sitting here?", "mind if I join you?": asking for a seat or to join.
SEAT = re.compile(r"\b(is (anyone|anybody|someone|somebody) sitting (here|there)|"
                  r"is this (seat|chair|spot) (taken|free)|(do you )?mind if i (sit|join)|"
                  r"can i (sit here|join you)|is it ok(ay)? if i (sit|join))\b"
                  # ("can I join you sometime?" asks to come along later: an invitation)
                  r"(?!( for| at| on| some| next| one| another| tomorrow| later| after))",
                  re.IGNORECASE)
# "Is this the pottery class?": asking if they are in the right place.
# ("Are you the host?" asks something else.)
RIGHT_PLACE = re.compile(r"\b((is this|are these|are we) (the|in the|at the) "
                         r"(?!(first|last|best|only|same|one|other)\b)\w+|are you here for)\b",
                         re.IGNORECASE)
# Bad with names, said of oneself ("Sorry, I'm terrible with names"): one of many, not nerves.
BAD_WITH_NAMES = re.compile(r"\b(terrible|awful|hopeless|rubbish|bad|useless) (with|at) names\b",
                            re.IGNORECASE)
# Taking leave in passing, said beside a plan or a favour ("Right, time to go. Could you save
# me a wheel?", "my wife is picking me up, I'd better not keep her waiting"): the yes is
# followed by a goodbye. Alone these lines are not read as goodbyes.
LEAVING_SOON = re.compile(r"\b(i'?m off\b|i should go\b|i must go\b|i'?ll let you go\b|"
                          r"head home|time to (go|head off|head home|make a move)|i'?d better ("
                          r"not keep|"
                          r"unpack|get back|go|let you|head|be off)|i'?ll let you (get|go)|"
                          r"i should let you|(they'?re|they are) (about to )?(lock|turning the "
                          r"lights|closing|kicking us out)|(is|are) waving\b|(catch|get|make) my "
                          r"(bus|train|tram|lift|ride)|i should (go )?say (hi|hello) to|(is|are) "
                          r"picking me up)", re.IGNORECASE)
# Asked to connect ("Can I add you on LinkedIn?"): yes, not a card handed over.
CONNECT_ASKED = re.compile(r"\b(can|could|may|shall) (i|we) (add|follow|connect with|message) "
                           r"you\b|"
                           # "Do you want to add me on Instagram?"
                           r"\b(do you want to|want to|wanna|would you like to|shall we|should "
                           r"we) (add|follow|connect with) (me|each other)\b|\badd me on\b|"
                           r"\b(connect on|are you on) linkedin\b|"
                           # "Is it okay if I add you on LinkedIn?" (a twenty-eighth look: "Oh,
                           # I couldn't say, really.")
                           r"\b(if|that) (i|we) (add|follow|connect with|message) you\b|"
                           # "could i get your linkedin or something" (a twenty-ninth look: "Oh,
                           # I couldn't say, really.")
                           r"\b(can|could|may) i (get|have|grab|take) your (linkedin|email|"
                           r"e-mail|number|instagram|insta|details|contact)\b|"
                           r"\b(can|could|may|shall) (i|we) connect( with you)? on linkedin\b|"
                           # "can we swap LinkedIn?", "I'll add you on LinkedIn"
                           r"\b(swap|exchange|trade) (linkedins?|instagrams?|insta|socials|"
                           r"handles)\b|\badd you on\b|\blet'?s (connect|stay in touch)\b",
                           re.IGNORECASE)
# Asking for the partner's card or number ("can I have your card?", "shall we swap
# numbers?"): a person hands it over (round 13: "Any time.").
CARD_ASKED = re.compile(r"\b(can|could|may) i (have|get|take|grab) your (card|number|email|"
                        r"details|contact)|\b(swap|exchange) (cards|numbers|details|contacts|"
                        r"emails)\b|"
                        # "What's your email?" (a fourteenth play-test: ignored)
                        r"\bwhat'?s your (email|number|e-mail|phone number|instagram|linkedin)\b|"
                        r"\b(best way to|how (can|do|should) i) (reach|contact|get hold of) you\b",
                        re.IGNORECASE)
# "Sorry, I forgot your name": the partner's name again, not "no harm done" nor a greeting.
FORGOT_NAME = re.compile(r"\b((forgot(ten)?|didn'?t catch|missed|can'?t remember) (your name|"
                         r"yours\b(?! is\b))|"
                         r"(never|didn'?t|forgot to) ask(ed)? (you )?(for )?your name)\b",
                         re.IGNORECASE)
# "How are you?", "how's it going?": asked of the partner's own day.
HOW_ARE_YOU = re.compile(r"\b(how are you( doing| keeping)?|how'?s it going|how are things|"
                         r"how'?s your (day|evening|night|morning|week) (going|been))\b"
                         r"(?! (finding|getting|settling|liking|enjoying))", re.IGNORECASE)
# "Good, thanks" answers "how are you?": it thanks for nothing done.
FINE_THANKS = re.compile(r"^\W*(i'?m |i am |yeah,? |oh,? )?(good|fine|great|well|ok|okay|"
                         r"not bad|alright|all right)( so far| thanks| really)?"
                         r"(,? (thanks|thank you|ta|cheers))",
                         re.IGNORECASE)


def is_goodbye(text: str, asks: bool = False) -> bool:
    """The line takes leave ("bye", "I'll make a move", "see you at one then"). `asks`: it is
    a question, where a farewell word in it ("will you see you later?") takes no leave."""
    return bool((FAREWELL.search(text) and not asks) or TIME_TO_GO.search(text)
                or SEE_YOU_THEN.search(text) or LEAVING.search(text)
                or GOODBYE_LAST.search(text) or LEAVING_NOW.search(text))
