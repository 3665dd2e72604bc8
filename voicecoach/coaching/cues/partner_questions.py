"""Questions about the partner itself, and the card sentences that answer them: yes/no questions
a card has no fact for (seen, been, ever, owns), its likings, views and feelings, its
pastimes and the kinds and roles a question names, its work (how it got into it, which one,
whether it is hiring), where it lives and comes from (`DEMONYM_PLACES`), its people with their
names and ages, and the user's guess at its facts (`GUESS`, `guessed`).
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.base import _NUMBER

__all__ = [
    "ABOUT_IT", "ABOUT_IT_INTO", "AGE_SAID", "ASKED_HOW_MUCH", "ASKED_IF_BEEN_TO",
    "ASKED_IF_CAUGHT", "ASKED_IF_EVER", "ASKED_IF_HEARD", "ASKED_IF_OWNS", "ASKED_OF_YOU",
    "ASKS_AGE", "ASKS_BEST", "ASKS_BEST_PART", "ASKS_HARDEST", "ASKS_IF_BAD", "ASKS_IF_GOOD",
    "ASKS_IF_HIRING", "ASKS_IF_KNOWS_COLLEAGUE", "ASKS_IF_KNOWS_SOMEONE", "ASKS_IF_KNOWS_THEM",
    "ASKS_NAME_OF", "ASKS_OWN_KIDS", "ASKS_USERS_JOB", "ASKS_WHERE", "ASKS_WHERE_BACK",
    "ASKS_YOUR_WAYS", "ASK_AFTER", "CAN_YOU_MAKE", "CHILD_WORDS", "COUNT_ASKED", "DEMONYM_ASKED",
    "DEMONYM_PLACES", "EVENT_WORDS", "FEAR_ASKED", "FEELING_ASKED", "FONDNESS_SAID", "FROM_ASKED",
    "FROM_SAID", "GENERIC_WORKPLACE", "GOT_INTO", "GUESS", "HARD_SAID", "INSTRUMENT",
    "ITS_NAME_ASKED", "JOINING", "KIDS_SAID", "KIN", "KIND", "KIN_ASKED", "LIKES_ANY",
    "LIKES_ASKED", "LIKES_LIVING", "LIKE_IT", "LIKE_THERE", "LIKING_SAID", "LIVES_WITH_ASKED",
    "LIVES_WITH_SAID", "NAME_NOT_TOLD", "NAME_SAID", "NO_PARTNER_SAID", "ORIGIN_ASKED",
    "OWNED_ASKED", "OWN_DAYS_ASKED", "OWN_KIN_SAID", "PASTIME_KIND", "PLACE_SAID", "PLAYING_ASKED",
    "PLAYS_MUSIC", "PRONOUN_NAME_ASKED", "ROLE_KIND", "SEEN_SOMEONE", "SKILL_ASKED", "SPOT_NAMED",
    "STARTED_ASKED", "STARTED_SAID", "THEIRS_COMING_ASKED", "THE_KIDS_AT_WORK",
    "THING_LIKED_ASKED", "THING_NAME_ASKED", "TIME_SUITS_ASKED", "VIEW_ASKED", "WHICH_ONE",
    "WORKPLACE", "WORKS_WITH_KIDS", "YOUR_KIN", "guessed", "of_yours",
]

# Asked, with praise, whether the thing is the other's own ("I love your mug, is it yours?",
# "are they yours?", "did you make it?").
OWNED_ASKED = re.compile(
    r"\b(?:(?P<many>are (?:they|these|those))|is (?:it|this|that)) (?:all )?(?:yours|your own)\b|"
    r"\b(?P<made>did you (?:make|knit|bake|paint|grow|build|sew|cook|throw|draw|take|plant|"
    r"design) (?:it|them|that|this|these|those)(?: yourself)?)\b", re.IGNORECASE)


# A guess put as a yes/no question ("do you know Sam from work?", "did you meet her at uni?"):
# the guess, which the card's yes may not bear out.
_GUESSED = re.compile(r"\b(know|knew|met|meet) (him|her|them|each other|[a-z]+) (from|through|at|"
                      r"in) (?P<guess>(?:the |your |a |an )?[a-z]+(?: [a-z]+)?)\W*\?",
                      re.IGNORECASE)


def guessed(text: str) -> str | None:
    """The detail a yes/no question guesses ("work" in "do you know Sam from work?"), or None."""
    found = _GUESSED.search(text)
    return found.group("guess") if found else None


# Playing asked of with no game named ("do you play anything?", "where do you guys play?"),
# and a card that plays music (a band, an instrument).
PLAYING_ASKED = re.compile(r"\b(play|playing|gig|gigs)\b(?![^?]*\b(football|tennis|golf|"
                           r"cricket|rugby|squash|chess|games?|sports?|five-a-side|netball|"
                           r"badminton|basketball|pool|darts|cards)\b)", re.IGNORECASE)
PLAYS_MUSIC = re.compile(r"\b(band|guitar|bass|drums?|piano|violin|cello|sing|choir|"
                         r"instrument|ukulele|saxophone|trumpet|gigs?)\b", re.IGNORECASE)
# The partner asked about its own fears: "do you get scared of heights?", "are you nervous?"
# (sentence by sentence: "Ha, well I can now! ... and do you ever get nervous?" asks it too)
FEAR_ASKED = re.compile(r"(^|[.!?]\s+)(?![^.!?]*\b(i|i'?m|me|my)\b)[^.!?]*\b(do|did|are|were|would|"
                        r"have) you (ever )?"
                        r"(get |feel |felt |find it )?(\w+ )?(scared|nervous|afraid|anxious|"
                        r"frightened|worried|terrified)\b", re.IGNORECASE)
# Yes/no questions a card has no fact for, answered by their form (Partner._by_form): "did you
# watch the match last night?", "have you ever been to Portugal?", "do you have a car?".
ASKED_IF_CAUGHT = re.compile(r"\b(did|have) you (get to |manage to |happen to )?(watch|see|"
                             r"seen|catch|caught|hear about|heard about)\b"
                             # "did you hear about my promotion?" tells the user's own news
                             r"(?! (my|our|me)\b)", re.IGNORECASE)
# What can be caught or missed: a show, a match, the news. "Have you seen" anything else asks
# whether it has seen a thing or a person.
EVENT_WORDS = re.compile(r"\b(film|movie|show|series|episode|season|match|game|final|concert|gig|"
                         r"play|talk|speech|news|programme|program|documentary|fireworks|parade|"
                         r"eclipse|video|race|derby|football|rugby|cricket|tennis|olympics|"
                         r"festival|exhibition|interview|debate|announcement|trailer)\b|"
                         r"\b(see|seen|watch|watched|catch|caught|hear|heard) (it|that)\W*$",
                         re.IGNORECASE)
SEEN_SOMEONE = re.compile(r"\b(seen|see|met) (him|her|them|the (guy|man|woman|girl|lady|bloke|"
                          r"couple|family|kid|kids|neighbours?))\b", re.IGNORECASE)
# A place asked about by name ("have you been to the new Thai place on the high street?"): the
# place, which the card may not know (it got "Yes, I've just moved in above the bakery on the
# high street." from the words "high street").
ASKED_IF_BEEN_TO = re.compile(r"\b(?:have|did) you (?:ever )?(?:been|gone|go|tried) (?:to )?"
                              r"(?P<thing>the new [^?.!,]{3,60})", re.IGNORECASE)
# News asked about ("did you hear about the new bakery on Mill Road?"): the thing heard of.
ASKED_IF_HEARD = re.compile(r"\b(?:did|have) you (?:hear|heard) (?:about|that) (?!my\b|our\b|me\b)"
                            r"(?P<thing>[^?.!,]{3,60})", re.IGNORECASE)
# How much or how often the partner does something ("do you get to travel much?").
ASKED_HOW_MUCH = re.compile(r"\b(do|did) you (get to |manage to |ever )?\w+( \w+)? (much|a lot|"
                            r"often|very often)\b", re.IGNORECASE)
ASKED_IF_EVER = re.compile(r"\b(have|did) you (ever )?(been (to|on|in)|gone to|go to|tried|"
                           r"visited|read|done|met)\b|\bhave you (ever )?been( there)?\W*$|"
                           # "Have you ever been up north?" (a twenty-eighth look: "I'm not sure")
                           r"\bhave you (ever )?been (up|down|out|over) (north|south|east|west|"
                           r"there)\b|\bhave you (ever )?been (abroad|overseas)\b|"
                           # a learner's "You have been to South America?" (a twenty-sixth
                           # look: "Oh, I couldn't say, really.")
                           r"(^|(?<=[.!?])\s+)\W*(and |so |but )?(do )?you (have |has )?(ever )?"
                           r"(been|went|go) (to|in) [^.!?]*\?", re.IGNORECASE)
# (with a thing named: "two rabbits. do you have any?" asks back about what was just told)
ASKED_IF_OWNS = re.compile(r"\b(do you (have|own|drive)|have you got|you got) (a|an|any) \w+",
                           re.IGNORECASE)
# A yes/no question about the partner itself ("do you have a bike?", "are you into ..."), not
# about the place ("do you know where HR is?", "is the wifi free?").
ASKED_OF_YOU = re.compile(r"\b(do|did|are|were|have|would|will|can|could) you\b(?! know\b| "
                          r"happen to know\b| tell\b| hear about\b| heard about\b)",
                          re.IGNORECASE)
# A wh-question about the partner's own doings ("what position do you play?"): the classifier's
# request for advice in it (an eighth play-test's got a hiking tip) asks for none.
ASKS_YOUR_WAYS = re.compile(r"\b(what|which|where|when|who|how long|how often)\b[\w' ]{0,30}?\b"
                            r"(do|did|are|were|have) you\b(?! (recommend|suggest|think i|reckon"
                            r"|advise))", re.IGNORECASE)
# "is your friend coming next week?" of its own people (a twenty-sixth look: "I don't actually
# know. It'd be worth asking around."): what it hopes.
THEIRS_COMING_ASKED = re.compile(r"\b(is|are|will|would) your (\w+ )?(friends?|sister|brother|"
                                 r"partner|wife|husband|daughter|son|kids|mum|mom|dad|family|"
                                 r"colleagues?|team) (\w+ )?(be )?(coming|come|joining|join|be "
                                 r"(here|there|back))\b", re.IGNORECASE)
# Someone of the user's work they ask after ("Do you know Karen? She's going to be my
# manager.", "My manager is Raj, do you know him?"): no gossip, a question the card cannot
# answer.
ASKS_IF_KNOWS_COLLEAGUE = re.compile(
    r"\bdo you know (?:\w+|him|her)\b.{0,40}\b(?:my|our) (?:new )?(?:manager|boss|team lead|"
    r"supervisor|mentor|buddy)\b|\b(?:my|our) (?:new )?(?:manager|boss|team lead|supervisor|"
    r"mentor|buddy)(?:'s| is| will be)\b.{0,40}\bdo you know (?:him|her|them)\b",
    re.IGNORECASE)
# "Do you know my friend Leo, in flat 2?": someone of the user's, whom the card cannot know.
ASKS_IF_KNOWS_THEM = re.compile(r"\bdo you know (my|our) (friend|neighbour|cousin|sister|brother|"
                                r"colleague|boss|flatmate|mate|mum|dad|partner)\b", re.IGNORECASE)
# "Do you know anyone hiring?": a person can say no, kindly, without a fact to tell.
ASKS_IF_KNOWS_SOMEONE = re.compile(r"\bdo you know (if |whether )?(of )?(anyone|anybody|someone|"
                                   r"somebody|any (companies|company|people|places|teams))\b"
                                   # not "do you know anyone here?"; but "do you know if any
                                   # companies here are hiring?" (an eighth play-test's)
                                   r"(?!( else)? here\b(?! (are|is) (hiring|recruiting)))",
                                   re.IGNORECASE)
# Whether the partner's workplace is taking people on ("Do you know if your bank is hiring?",
# "does your team take interns?": a seventh play-test's got "Yes, I'm a designer. ...").
ASKS_IF_HIRING = re.compile(
    r"\b(?:(?:is|are) (?:your|the)|(?:your|the)) (?:\w+ )?(?:company|bank|team|firm|office|place|"
    r"agency|studio|school|hospital|department|shop)(?: is| are)? (?:hiring|recruiting|taking "
    r"(?:people )?on)\b|"
    r"\bdo(?:es)? (?:your|the) (?:\w+ )?(?:team|company|bank|firm|agency|studio|office) "
    r"(?:take|have|hire) (?:on )?(?:interns|juniors|graduates|freelancers|people)\b|"
    r"\bare (?:you|they) (?:hiring|recruiting|taking (?:people )?on)\b", re.IGNORECASE)
# "How did you get into design?": how the partner came to its work.
# ("how did you get into that?" is of what was just told)
GOT_INTO = re.compile(r"\bhow did you (get|end up|come to be|first get) (into|in|doing)\b"
                      r"(?!\s+(that|it|this|them|those)\b)", re.IGNORECASE)
# How the partner came to what it does, asked: "What got you into it?", "how did you become a
# nurse?" (it got the next step of its work story).
STARTED_ASKED = re.compile(r"\bwhat got you (into|started)\b|\bhow did you (get|end up|come to be|"
                           r"first get) (into|in|doing)\b|\bhow did you (start|become|begin)\b|"
                           r"\bwhy did you (become|choose|go into|pick)\b", re.IGNORECASE)
# "Which one?", "which bank?" of the partner's own place, which its card does not name.
WHICH_ONE = re.compile(r"\bwhich (one|bank|company|firm|school|hospital|agency|office|club|"
                       r"team|studio|shop|restaurant)\b(?! (do|would|should|did|can) (i|we)\b)",
                       re.IGNORECASE)
ABOUT_IT_INTO = re.compile(r"\b(into|doing|start|started) (it|that|this)\b", re.IGNORECASE)
# ... and a card's sentence that tells it: "I started out as an illustrator, before I drifted
# into design."
# ("This year I started a chess club" is something begun, not how it came to teaching: a
# thirtieth look got it to "how did you get into teaching maths?")
STARTED_SAID = re.compile(r"\b((started|began)(?! (a|an|the|my|our|this|that|his|her)\b)|got "
                          r"into|drifted into|fell into|ended up(?! (in|at|on) (a|an|the)\b)|"
                          r"used to|always (loved|wanted)|since i was|as a (kid|child)|"
                          r"growing up)\b",
                          re.IGNORECASE)
WORKPLACE = re.compile(r"^(the|a|an)\b|^[A-Z]")
# A workplace that says nothing of the work: "Ah, an office, nice." (the tenth play-test's "I
# work in an office all day so I need something with my hands") is no reaction.
GENERIC_WORKPLACE = re.compile(r"^(?:the|an?) (?:big |small |large |tiny )?(?:office|company|"
                               r"firm|business|corporation|job|place)$", re.IGNORECASE)
# "the kids" of one who works with children (a teacher's pupils, a children's nurse's
# patients), not its own: "Do the kids give you a hard time?"
THE_KIDS_AT_WORK = re.compile(r"\bthe (kids|children|pupils|students|little ones)\b",
                              re.IGNORECASE)
WORKS_WITH_KIDS = re.compile(r"\b(teach\w*|school|class|pupils?|students?|children's|kids|"
                             r"nursery)\b", re.IGNORECASE)
# A question of the partner's that asks the user's team or job ("Which team are you joining?"):
# not asked of someone who has said ("I'm in IT support" got it on an eighth play-test).
ASKS_USERS_JOB = re.compile(r"\b(which|what) team\b|\bwhat (kind|sort|line) of work\b|"
                            r"\bwhat'?s your (job|role)\b|\bwhat do you do for (work|a living)\b|"
                            r"^\W*(so )?what do you do\W*$", re.IGNORECASE)
# "Are you Nigerian?": asked where the partner is from by a people's name. A card that names
# one of its places says yes with that sentence (an eleventh play-test: Grace, who grew up in
# Lagos, said "Hm, good question. I'm not sure, to be honest.").
DEMONYM_ASKED = re.compile(r"\bare you (originally |actually )?(?P<people>[a-z]+)\s*\?",
                           re.IGNORECASE)
DEMONYM_PLACES = {
    "nigerian": ("nigeria", "lagos", "abuja", "ibadan"), "ghanaian": ("ghana", "accra", "kumasi"),
    "kenyan": ("kenya", "nairobi", "mombasa"), "scottish": ("scotland", "glasgow", "edinburgh",
                                                            "aberdeen", "dundee"),
    "welsh": ("wales", "cardiff", "swansea"), "irish": ("ireland", "dublin", "cork", "belfast"),
    "indian": ("india", "mumbai", "delhi", "bangalore", "chennai", "kerala", "kolkata",
               "gujarat", "punjab", "hyderabad"),
    "pakistani": ("pakistan", "lahore", "karachi"), "polish": ("poland", "krakow", "warsaw"),
    "italian": ("italy", "rome", "milan", "naples"), "spanish": ("spain", "madrid", "barcelona"),
    "french": ("france", "paris", "lyon"), "german": ("germany", "berlin", "munich"),
    "jamaican": ("jamaica", "kingston"), "american": ("america", "usa", "new york", "chicago"),
    "australian": ("australia", "sydney", "melbourne"), "canadian": ("canada", "toronto"),
    "chinese": ("china", "beijing", "shanghai"), "japanese": ("japan", "tokyo", "osaka"),
    "portuguese": ("portugal", "lisbon", "porto"), "brazilian": ("brazil", "rio"),
    "turkish": ("turkey", "istanbul", "ankara"),
}
# "Do you live alone?", "do you live on your own or with someone?": who it lives with, from
# the card's sentence that says (an eleventh play-test: "I'm from Leicester originally.").
LIVES_WITH_ASKED = re.compile(r"\bdo you live (alone|on your own|by yourself|with (anyone|someone|"
                              r"somebody|people|friends|family|your))\b|\bwho do you live with\b",
                              re.IGNORECASE)
LIVES_WITH_SAID = re.compile(r"\b(live with|lives with|living with|just me|on my own|alone|"
                             r"housemates?|flatmates?|with my (wife|husband|partner)\b|"
                             r"(wife|husband|partner),? \w+,? and i)\b", re.IGNORECASE)
# No one at home, said on a card ("No kids, and not married yet", "I'm a widow").
NO_PARTNER_SAID = re.compile(r"\b(single|not married|no partner|widow(er)?)\b", re.IGNORECASE)
# "What's her name?", "what's he called?": of one of its people just told of.
PRONOUN_NAME_ASKED = re.compile(r"\bwhat(?:'s| is| was) (her|his) name\b|\bwhat(?:'s| is) "
                                r"(she|he) called\b", re.IGNORECASE)
# "Sorry, what's its name again?", "what was it called?": of the named thing it told of
# last (its pet, when what it tells of now names nothing).
ITS_NAME_ASKED = re.compile(r"\bwhat(?:'s| is| was) its name\b|\bwhat(?:'s| is| was) it called\b|"
                            r"\bwhat did you (say you )?call (it|him|her)\b", re.IGNORECASE)
# One of the partner's people on its card ("My daughter is four months old").
OWN_KIN_SAID = re.compile(r"\bmy (wife|husband|partner|daughter|son|grandson|granddaughter|sister|"
                          r"brother|girlfriend|boyfriend|baby)\b", re.IGNORECASE)
# "But you didn't tell me her name!": the name of the one it spoke of.
NAME_NOT_TOLD = re.compile(r"\byou (didn'?t|never|did not|haven'?t) (tell|told|say|said|give|"
                           r"gave|mention|mentioned)( me)? (her|his|their|its|the \w+'?s?) name\b",
                           re.IGNORECASE)
# Its view asked as a yes or no ("do you like her?", "is it actually useful?", "do you
# think I could make a vase by Christmas?", "do your students like you?").
VIEW_ASKED = re.compile(r"\b(do|did|would) you (really |actually |still )?(like|love|enjoy|"
                        r"think|reckon|rate|find)\b|\bare you (any good|good at|enjoying|happy)\b|"
                        r"\b(is|was) (it|that|this|she|he|the \w+) (actually |really |very |any )?("
                        r"good|useful|worth it|fun|nice|helpful|friendly)\b|"
                        r"\bdo (your|the) \w+ like you\b", re.IGNORECASE)
# "Do you like the new wheel?" of a thing its card says nothing of: the thing said back and
# liked (not "Yes, I'd say so!", nor its music "perfect for the wheel").
THING_LIKED_ASKED = re.compile(r"\bdo you (really |actually )?(like|love|enjoy) (?P<thing>(the|"
                               r"this|these|those|that) [\w' -]+?)\W*\?\s*$", re.IGNORECASE)
# "How many babies did you deliver?", "how many people are on your team?" with no card line
# on it: a rough number, not "I'm not sure".
COUNT_ASKED = re.compile(r"\bhow many\b(?![^?]*\b(kids|children|sons|daughters|brothers|sisters|"
                         r"siblings|grandchildren|pets|dogs|cats)\b)", re.IGNORECASE)
# "Did you have a nice weekend?", "how was your week?": asked after its own recent days.
OWN_DAYS_ASKED = re.compile(r"\b(did you have a (nice|good|lovely|great|busy|quiet)|((how was|"
                            r"how'?s|what did you (do|get up to)( (at|on|over))?) (your|the))) "
                            r"(weekend|week|day|evening|summer|holiday|holidays)\b",
                            re.IGNORECASE)
# "Where are you from originally?", "where are you originally from?": its roots, not its home.
ORIGIN_ASKED = re.compile(r"\bfrom originally\b|\boriginally from\b|\bwhere are you "
                          r"originally\b", re.IGNORECASE)
# "Where are you from?" (not "originally"): a person answers with where they live, and where
# they grew up if that is somewhere else.
FROM_ASKED = re.compile(r"\bwhere (are |r )?(you|u) (are )?from\b|\bwhere do you come from\b",
                        re.IGNORECASE)
# Where a card says it is from ("I grew up in Lagos", "I'm from Leicester originally").
FROM_SAID = re.compile(r"\b(grew up|i'?m from|originally from|born in|born and raised)\b",
                       re.IGNORECASE)
# Children of the partner's own asked after ("do you have kids?", a learner's "You have
# children?"), and a card that tells of some.
ASKS_OWN_KIDS = re.compile(r"\b(do you have|have you got|you have|you got|got any) (any )?(kids|"
                           r"childrens?|a son|a daughter|grandchildren|grandkids)\b", re.IGNORECASE)
KIDS_SAID = re.compile(r"\b(kids?|children|child|son|sons|daughters?|grandchildren|grandkids|"
                       r"baby)\b", re.IGNORECASE)
# A yes/no question that asks whether something is bad in some way ("is the teacher strict?",
# "is it expensive?"): the card's cheerful "Yes, I love it." would say it is.
ASKS_IF_BAD = re.compile(r"\b(is|are|was|were|isn'?t|aren'?t)\b[^?.!]{0,40}?\b(strict|hard|"
                         r"difficult|expensive|pricey|boring|scary|tough|stressful|tiring|noisy|"
                         r"loud|crowded|far|dangerous|awkward|weird|strange|messy|dirty|cold|"
                         r"slow)\b", re.IGNORECASE)
# "Where do you work?", "where is it?", "whereabouts?": a place is wanted (round 13: such
# questions got the next line of a story).
_WHICH_PART = r"which (street|road|part( of town)?|area|end of town|neighbourhood|bit of town)"
ASKS_WHERE = re.compile(r"\bwhere(abouts)?\b(?! (do|did|would) you (think|want|like|see))|\b"
                        + _WHICH_PART + r"\b", re.IGNORECASE)
# ... of what was just told, when it names nothing else ("oh, where?", "where is that?", not
# "where's the kitchen?")
ASKS_WHERE_BACK = re.compile(r"^\W*((oh|and|so|nice|cool|really|wow|ah|ooh)\W+)*where(abouts)?"
                             r"( is it| is that| was it| was that| exactly| do you work| do you "
                             r"live| do you teach| is the (office|shop|studio|school|hospital))?"
                             r"\W*$|(^|[.!?]\s+)\W*((oh|and|so|ooh)\W+)*" + _WHICH_PART
                             + r"( is it| is that)?\W*$", re.IGNORECASE)
# "What's it called?", "what's her name?": the name the card gives (round 13: such questions
# got the next line of a story).
ASKS_NAME_OF = re.compile(r"\b(what'?s|what is|what was) (it|he|she|they|its|his|her|their) "
                          r"(called|name)\b|\bwhat do you call (it|him|her|them)\b"
                          # "what's your daughter's name?", "what's your dog called?"
                          r"|\b(what'?s|what is|what was) your \w+'s name\b"
                          r"|\b(what'?s|what is|what was) your \w+ called\b",
                          re.IGNORECASE)
# The name of a thing of the partner's asked: "what was your dog's name again?"
THING_NAME_ASKED = re.compile(r"\byour (\w+)'s name\b|\bwhat'?s your (\w+) called\b|"
                              r"\bwhat (?:is|was) your (\w+) called\b", re.IGNORECASE)
# A name on a card: "one old cat called Pebble", "a tortoise named Winston".
# and one's people by name: "one daughter, Ellie", "my wife Ann"
NAME_SAID = re.compile(r"\b(called|named|(?i:wife|husband|partner|daughter|son|grandson|"
                       r"granddaughter|sister|brother|girlfriend|boyfriend|baby),?) "
                       r"([A-Z][a-z]+)\b")
# One of the partner's people asked after by name: "what's your son's name?"
KIN_ASKED = re.compile(r"\byour (wife|husband|partner|daughter|son|grandson|granddaughter|sister|"
                       r"brother|girlfriend|boyfriend|baby|kid|child)'?s? (name|called)\b",
                       re.IGNORECASE)
# One of the partner's people named in the line ("Congratulations on your daughter! What's
# her name?"): the one a "her name" asks after.
YOUR_KIN = re.compile(r"\byour (wife|husband|partner|daughter|son|grandson|granddaughter|sister|"
                      r"brother|girlfriend|boyfriend|baby|kid|child)\b", re.IGNORECASE)
CHILD_WORDS = frozenset({"daughter", "son", "baby", "kid", "child", "grandson",
                         "granddaughter"})
# "how old is your daughter?", "how old is he?"; and an age on a card ("She's fourteen", "four
# months old", "He's fifty-two").
ASKS_AGE = re.compile(r"\bhow old\b", re.IGNORECASE)
AGE_SAID = re.compile(rf"\b{_NUMBER} (?:years?|months?|weeks?) old\b|\b(?:she|he)(?:'s| is) "
                      rf"(?:only |just |nearly |almost |about |now )?{_NUMBER}\b", re.IGNORECASE)
# A sentence that names a place: "at the children's hospital", "near the river", "in Leeds".
PLACE_SAID = re.compile(
    r"\b(at|in|near|by|on|above|across|behind|opposite|from|round|around|outside|down|up|to) "
    r"(the |a |my |our |this |that )?(\w+'s )?(\w+ )?(hospital|school|road|street|floor|office|"
    r"bank|building|studio|cent(re|er)|river|town|city|park|corner|station|caf[eé]|library|"
    r"market|bakery|shop|surgery|practice|hall|village|sea|hills|suburbs|canteen|kitchen|gym|"
    r"wall|club|flat|house|pub|ward|firm|company|agency|council|university|college|"
    r"coast|countryside|neighbourhood|area|lake|mountains?|restaurant|hotel|factory|farm)\b|"
    r"\b(in|from|near|to) [A-Z][a-z]+|\b(minutes?|miles?) (away|from here|down the road)|"
    r"\b(down|up) the (road|street)|\bround the corner\b|\bnext door\b|\bupstairs\b|"
    r"\bdownstairs\b|\bfrom home\b")
# "Do you like your job?", "do you enjoy being a nurse?": whether it likes it. A card's yes/no
# answer that says no liking ("Yes, I'm a designer. I lead a small team at a bank.") restates
# the fact and never answers.
# "do you enjoy design?", "do you like it?": whether it likes something, however named.
LIKES_ANY = re.compile(r"\bdo you (really |actually )?(like|enjoy|love)\b", re.IGNORECASE)
# "Do you like living here?", "do you enjoy it round here?": a liking of its home.
LIKES_LIVING = re.compile(r"\b(do )?you (really |actually )?(like|enjoy|love) (living|it) (here|"
                          r"round here|around here|in the city)\b", re.IGNORECASE)
LIKES_ASKED = re.compile(r"\b(do )?you (really |actually )?(like|enjoy|love) (your (job|work|role|"
                         r"career)|being an?|working|doing|the job|the work|teaching)\b",
                         re.IGNORECASE)
LIKING_SAID = re.compile(r"\b(love[sd]?|loving|enjoy\w*|like|great|fun|brilliant|favourite|"
                         r"nice|lovely|good|amazing|best)\b", re.IGNORECASE)
# Joining a team, not working on one elsewhere: "I'm joining the website team" to someone on it
# is a new colleague; "I'm on the design team at an agency" is not.
JOINING = re.compile(r"\b(join\w*|start\w*|i'?ll be (in|on|with)|new (in|on|to)|"
                     # a first day's "im in the finance team" (not "... at a small agency")
                     r"i'?m in the \w+ team\b(?! at\b))\b",
                     re.IGNORECASE)
# Instruments asked about ("do you play an instrument?"): a music fact that plays none must
# not say yes (a soul fan's "Yes, I love it. It's Sam's own playlist").
INSTRUMENT = re.compile(r"\b(instruments?|guitar|piano|drums?|violin|fiddle|bass|cello|flute|"
                        r"sax\w*|trumpet|ukulele|keyboards?|clarinet|harp)\b", re.IGNORECASE)
# Asking after something of the partner's ("how's your tortoise doing these days?"): the card's
# fact that names it is meant, whatever else the words ("these days") may point to.
ASK_AFTER = re.compile(r"\bhow('?s| is| are) your (\w+ ){0,2}?\w+",
                       re.IGNORECASE)
# Kinds of things a yes/no question may name that a card's fact can miss ("a dog person?").
KIND = re.compile(r"\b(cats?|dogs?|rabbits?|hamsters?|fish|birds?|tortoises?|horses?|parrots?|"
                  r"snakes?|kittens?|puppy|puppies)\b", re.IGNORECASE)
# Jobs and ways of working asked about by name ("are you a student?", "do you work from
# home?"): a yes to them from a bus driver's card would be a lie.
ROLE_KIND = re.compile(r"\b(students?|nurses?|teachers?|doctors?|engineers?|designers?|"
                       r"developers?|programmers?|lawyers?|accountants?|chefs?|cooks?|"
                       r"managers?|bosses|boss|freelanc\w*|self-employed|retired|"
                       r"unemployed|from home|remote\w*|scientists?|artists?|writers?|"
                       r"musicians?|farmers?|drivers?|police\w*|lecturers?|professors?|"
                       r"researchers?)\b",
                       re.IGNORECASE)
# Pastimes asked about by name ("do you bake?", "do you climb?"): a hobby is a kind too.
PASTIME_KIND = re.compile(r"\b(bake|baking|climb\w*|run|running|swim\w*|paint\w*|draw|drawing|"
                          r"cook|cooking|danc\w*|knit\w*|sing|singing|surf\w*|ski|skiing|"
                          r"cycl\w*|row|rowing|sail\w*|golf|box|boxing|yoga|chess|hik\w*|"
                          r"gardening|photograph\w*|tennis|football|guitar|piano|pottery|"
                          # "do you read much?" of a baker ("Yes, I bake a lot.")
                          r"read|reading|sew|sewing|crochet)\b",
                          re.IGNORECASE)
# A yes/no question on the story the partner is telling that a "yes" fits: whether it is
# liked or good ("do you enjoy it?", "was it fun?", "is it worth it?").
ASKS_IF_GOOD = re.compile(r"\b((you|u) (really |still |actually |honestly )?(like|liked)|"
                          r"enjoy\w*|love\w*|fun|good|great|nice|worth|happy|recommend|miss|glad|proud|exciting|"
                          r"interesting)\b", re.IGNORECASE)
# The hardest part of what the partner does ("what's the hardest part of the job?").
ASKS_HARDEST = re.compile(r"\bwhat'?s the (hardest|toughest|worst|most difficult|trickiest|most "
                          r"stressful) (part|thing|bit)\b|\bwhat (do you )?find (hardest|"
                          r"toughest|most difficult)\b", re.IGNORECASE)
# "What's the best part?" with nothing after it: of what it has just told of.
ASKS_BEST_PART = re.compile(r"^\W*(?:(?:and|so|oh|ok|okay|nice|cool|wow)\W+)*(?:what'?s|what is) "
                            r"the (best|nicest|most fun|favourite|favorite) (part|bit|thing)"
                            r"(?: about it| of it)?\W*$", re.IGNORECASE)
# A place to go named on a card ("There's a great noodle bar round the corner.").
SPOT_NAMED = re.compile(r"\b(round the corner|around the corner|down the road|up the road|on the "
                        r"high street|by the station|near the \w+|next door|opposite)\b",
                        re.IGNORECASE)
# "What's your favourite thing about living here?", "what do you like most about the job?"
ASKS_BEST = re.compile(r"\bwhat'?s (your|the) (favourite|favorite|best|nicest) (part|thing|bit) "
                       r"(about|of)\b|\bwhat do you (like|love|enjoy) (most |best |the most )?"
                       r"about\b", re.IGNORECASE)
# A sentence of the card's that says what it is fond of ("... but worth it", "I love the
# market"; not "looking like a snowman"), and none that picks up a story mid-way ("But I found
# a great café ...").
# (six words at least, and no yes: not "I like it a lot.")
FONDNESS_SAID = re.compile(r"^(?=\s*(?:\S+\s+){5})(?!\s*(but|and|so|then|yes|no)\b)"
                           r".*\b(i (really |just )?(love|like|enjoy)|the best|favourite|lovely|"
                           r"friendly|great|brilliant|worth it)\b", re.IGNORECASE)
# How something feels to the partner, asked as a yes or no: "Do you get lonely working on your
# own?" (it got "Yes, I'm a user researcher."), "is it ever stressful?"
FEELING_ASKED = re.compile(
    r"\b(do|did) you (ever )?(get|feel|find it) (a bit |so |really |quite )?(lonely|bored|tired|"
    r"stressed|nervous|homesick|frustrated|overwhelmed|hard|difficult|boring|tiring|"
    r"stressful)\b|\bis it (ever )?(a bit |so |really |quite )?(lonely|boring|tiring|stressful)\b|"
    # its body tired ("do your hands ever get tired?", "does clay tire your hands out?"; a
    # twenty-seventh look got "Yes, I'm a dental nurse." three times)
    r"\b(do|does) your (hands|feet|back|arms|legs|eyes|wrists|fingers|knees|shoulders|voice) "
    r"(ever )?(get|feel) (a bit |so |really |quite )?(tired|sore|achy|stiff)\b|"
    r"\b(does|do|did) (it|that|\w+ing|[\w ]{1,30}) (ever )?(tire|wear) (you|your \w+) out\b",
    re.IGNORECASE)
ABOUT_IT = re.compile(r"\babout (it|that|this|them|those)\b", re.IGNORECASE)
HARD_SAID = re.compile(r"\b(hard|hardest|tough|toughest|difficult|tricky|trickiest|stressful|"
                       r"exhausting|long hours)\b",
                       re.IGNORECASE)
KIN = re.compile(r"\b(family|sister|brother|mum|mother|dad|father|parents|son|daughter|"
                 r"grandson|granddaughter|grandmother|grandfather|grandma|grandad|cousin|kids|"
                 r"children|wife|husband|partner|baby)\b", re.IGNORECASE)
# "Do you like it there?": "there" is the place the partner has just told of.
LIKE_THERE = re.compile(r"\b(like|enjoy|love) (it )?there\b|\bhow is it there\b",
                        re.IGNORECASE)
# The second half of "how long have you been here, and do you like it?"
LIKE_IT = re.compile(r"\b(?:do|did) you (?:actually |really |honestly )?(?:like|enjoy|love) it\b"
                     r"|\bhow do you find it\b|\bare you enjoying it\b|\bis it (?:nice|good)\b",
                     re.IGNORECASE)
# The user's guess at the partner's facts, to be confirmed or kindly put right: "you said
# you're an engineer?", "so you're from Leeds, right?", "aren't you a teacher?".
GUESS = re.compile(r"\b(you(?:'re|re| are| were)|aren'?t you|weren'?t you|"
                   r"(?<!do )(?<!did )you (?:work|live|come)|"
                   r"don'?t you (?:work|live))\s+((?:an? |from |in |at |as |near )"
                   r"[\w' ]+?)(?=\s*[,.!?]|\s+(?:right|yeah|isn'?t|aren'?t|don'?t|didn'?t|"
                   r"originally|again|too|or)\b|\s*$)", re.IGNORECASE)


def of_yours(text: str) -> str:
    """The words a line says of the listener's own things or by name: the three words after
    each "your", and capitalised words inside a sentence ("how did your bowl turn out",
    "is Winston well")."""
    tokens = text.split()
    kept = [word for k, word in enumerate(tokens)
            if any(t.lower().strip(",.!?") in {"your", "yours"} for t in tokens[max(0, k - 3):k])
            or (k > 0 and word[:1].isupper() and not tokens[k - 1].endswith((".", "!", "?"))
                and word.strip(",.!?") not in {"I", "I'm", "I've", "I'll", "I'd"})]
    return " ".join(kept)


# Things of its own the card does not say, asked by their form (a twenty-eighth look met each
# with "Oh, I couldn't say, really."):
# whether it can make or do a thing ("you can make pierogi?", "can you cook Thai food?");
CAN_YOU_MAKE = re.compile(r"\b(can|could) you (make|cook|bake|knit|sew|speak|dance|sing|play|"
                          r"draw|paint|swim|ski|skate|drive)\b|(^|[.!?,]\s*)you can (make|cook|"
                          r"bake|speak|dance|sing|play|swim|drive)\b", re.IGNORECASE)
# how it does its own thing so well ("How did you get it so even?", "how do you keep them so
# neat?"): praise put as a question;
SKILL_ASKED = re.compile(r"\bhow (did|do) you (get|make|keep) (it|them|that|this|yours|your "
                         r"\w+) (so|this|that|look so) \w+", re.IGNORECASE)
# when suits it ("Is there a time that's best for you, so I don't disturb you?", "what time
# works for you?").
TIME_SUITS_ASKED = re.compile(r"\b(time|day|times|days) (that'?s |that is |that would be )?"
                              r"(best|good|better|easiest) for you\b|\bwhat (time|day) "
                              r"(works|suits|is good|would work) (for )?you\b|\bwhen (is|would "
                              r"be|'?s) (best|good|a good time) for you\b", re.IGNORECASE)
