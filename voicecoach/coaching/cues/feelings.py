"""The user's own feelings: nerves and shyness (`NERVOUS`), a worry or self-doubt put to the
partner, something dreaded, knowing nobody or being left alone, an apology (for their
English, the noise, oversharing, in advance, a remark taken back), whether something of theirs
is odd, how they are coping after a loss, and a line said laughing at oneself (`JOKING`).
"""

from __future__ import annotations

import re

__all__ = [
    "ALONE", "APOLOGY", "APOLOGY_AHEAD", "APOLOGY_WITHIN", "ASKS_IF_ODD", "COPING", "DREADING",
    "JOKING", "LANGUAGE_WORRY", "LEFT_ALONE", "NERVOUS", "NORMAL_ASKED", "OWN_NOISE_ASKED",
    "OWN_WORRY", "SEEMS_BAD_ASKED", "SELF_DOUBT_ASKED", "SORRY_TO_SHARE", "TAKEN_BACK",
    "WORRY_ASKED", "without_odd_asked",
]

# A line said laughing at oneself: a laugh written out, a joke owned up to, or a stock
# self-mocking phrase ("I assemble furniture like a raccoon at 2am", "my cooking is a crime
# scene lol"). A twenty-ninth play-test's joker got "Oh dear, that can't be easy. How are you
# coping with it?" and the coach's "That sounds like a gripe": a person laughs along.
JOKING = re.compile(
    r"\b(ha(ha)+|hah|he(he)+|lol|lmao|rofl|jk|(just|only) (kidding|joking)|i'?m (just )?(kidding|"
    r"joking)|joke'?s on me|don'?t judge me|guilty as charged|send help|in my defen[cs]e|"
    r"true story|(a|an absolute|a total|a complete|a walking) (crime scene|disaster zone|menace)|"
    r"like a (raccoon|racoon|toddler|zombie|headless chicken|caveman|goblin|gremlin|hamster|"
    r"potato|baby giraffe|newborn (deer|foal)|bull in a china shop|clown)|"
    r"(kill|killed|murder|murdered) (them|it|every \w+|plants?|houseplants?) (on sight|within a "
    r"week)|living my best life|the struggle is real|classic me|story of my life)\b|"
    r"[\U0001F602\U0001F923\U0001F605\U0001F606]|:-?\)|:D(?!\w)|\(ha\)", re.IGNORECASE)
# Asking to be told they will manage: "do you reckon ill be any good at this" (a tenth
# play-test's partner said "Oh, I couldn't say, really.").
SELF_DOUBT_ASKED = re.compile(
    r"\b(do you (think|reckon)|will|would|d'?you (think|reckon)) i(?:'?ll| will| would|'?d)? "
    r"(be|get) (any )?(good|ok|okay|alright|all right|fine|better)\b|"
    r"\bam i (doing|going) (ok|okay|alright|all right)\b", re.IGNORECASE)
# Asking whether they come across badly ("do you think I'm bad at networking?", "do I seem
# awkward?", "am I boring you?"): a twenty-eighth look got "I think so, yes!".
SEEMS_BAD_ASKED = re.compile(
    r"\b(do you (think|reckon)|d'?you (think|reckon)) i'?m (really |so |a bit |too |just )?(bad|"
    r"terrible|awful|rubbish|hopeless|useless|boring|annoying|awkward|weird|rude|no good|too "
    r"quiet)\b|"
    r"\bdo i (seem|look|sound|come across( as)?) (really |so |a bit |too |very )?(awkward|nervous|"
    r"weird|stupid|boring|rude|anxious|odd|strange|shy|silly|desperate|uncomfortable)\b|"
    r"\bam i (being |a bit |too |so |really )?(boring|annoying|awkward|weird|rude|too much|"
    r"talking too much|boring you)\b|"
    # "Sorry if I'm being weird.", "is it that obvious?" (that they are new or nervous)
    r"\bsorry if i'?m (being )?(a bit |too |so |really )?(weird|awkward|boring|annoying|rude|too "
    r"much|strange|odd|quiet)\b|\bis it (that|so|really) obvious\b", re.IGNORECASE)
# A worry of their own put to the partner ("do you think people will mind the noise?", "is
# that rude?"): a kind word, not "Yes, I'd say so!" (a fifteenth play-test).
WORRY_ASKED = re.compile(
    r"\b(do you (think|reckon)|d'?you (think|reckon)) (that )?(people|they|anyone|the "
    r"neighbours|others|he|she|my \w+) (will|would|'?ll|might)? ?(minds?|notices?|noticed|saw|"
    r"cares?|judge|complain|be annoyed|be upset|hate)\b|"
    # "is that a problem, do you think?", "is it my fault the vase blew up?" (a twenty-eighth
    # look got "Yes, I'd say so!")
    r"\b(is|was|will) (that|it|this) (going to be |be )?(a problem|an issue|my fault)\b|"
    # "do you think people will think it's weird that I came alone?" (it got "Yes, I'd say so!")
    r"\b(people|they|anyone|others|everyone) (will|would|might) (think|find) (it'?s |it |that'?s "
    r"|that |i'?m |me )?(a bit |too |really )?(weird|strange|odd|rude|sad|silly|boring)\b|"
    r"\bis it (a bit |too |really )?(weird|strange|odd|sad) that i\b|"
    # (whether it is weird or silly is `ASKS_IF_ODD`'s)
    r"\b(is|was) (that|it) (a bit |too |really )?(rude|too much|awkward|embarrassing|bad)\b"
    r"(?! at\b)|"
    r"\bdo you think (that'?s|it'?s|that is|it is|i'?m|i am|i was) (a bit |too |really )?(rude|"
    r"too much|awkward|embarrassing|overreacting)\b",
    re.IGNORECASE)
_KNOW_NOBODY = r"(don'?t|do not) (really )?know (anyone|anybody|many people)|know nobody"
# An apology for one's English ("my English is not so good, sorry"): reassure, not "Oh, I see."
LANGUAGE_WORRY = re.compile(r"\b(my english (is|isn'?t|not)( \w+){0,3} (good|great|perfect|"
                            r"bad|poor|so-so)|sorry (for|about) my (english|accent|grammar)|"
                            r"my english is (bad|poor|terrible|not the best)|excuse my (english|"
                            r"accent|grammar))", re.IGNORECASE)
# Someone else's fear ("a fox who's scared of the dark", a seventh play-test's picture book
# that got "don't worry, lots of people here feel the same"): not the user's nerves.
_OTHERS_FEAR = (r"\b((who'?s|who is|who was|he'?s|she'?s|they'?re|he is|she is|they are|kids are|"
                r"dog is|dog'?s) (really |so |a bit |quite |very |always )?(scared|terrified|"
                r"afraid|nervous|shy|anxious)|"
                # "Do people get scared?", "are they nervous at the dentist?" (of its patients;
                # a twenty-eighth look got "That's completely normal, honestly.")
                r"(do|does|did) (people|they|patients|kids|children|most people|customers|"
                r"clients) (ever )?(get|feel) (really |so |a bit |quite |very )?(scared|"
                r"nervous|anxious|frightened)|"
                r"(are|were) (they|people|patients|kids|children|most people) (ever )?(really "
                r"|so |a bit |quite |very )?(scared|nervous|anxious|frightened))\b")
NERVOUS = re.compile(r"^(?!.*" + _OTHERS_FEAR + r")(?=.*?"
                     r"\b(nervous|anxious|shy|awkward|" + _KNOW_NOBODY + "|"
                    r"a bit lost|overwhelm(ed|ing)|(bit |a bit |quite |so |really )?(scary|"
                    r"scared|terrified|daunting|intimidating|nerve-?wracking)|"
                    r"(do ?n'?t|do not) (really )?know what to (do|say)|"
                    # a worry of what may happen: "I'm worried I'll make a mess" (it got "Ah,
                    # that's hard going. Is it always like that?")
                    r"worried (that )?i'?ll|worried i (might|will|won'?t|can'?t)|worried about "
                    r"(making|getting|messing|breaking|being|doing|saying|looking)|"
                    # "I don't talk much, sorry." (a twenty-seventh look: "Oh, I see.")
                    r"(do ?n'?t|do not) (really )?(talk|say) (much|a lot)|i'?m not (much of )?a "
                    r"(big )?talker|"
                    # a weakness of one's own: "oh I'm terrible with numbers"
                    # ("im kinda bad at it", a thirtieth play-test: "Oh really? That's
                    # interesting.")
                    r"i'?m (so |really |just |pretty |quite |kind of |sort of |a bit |a little |"
                    r"very |super )?(terrible|hopeless|rubbish|useless|no good|bad|awful|not "
                    r"(very |that |so )?good) (at|with)|"
                    # ... or as: "I'm a terrible potter", "I'm the worst dancer"
                    r"i'?m (a|the) (really |pretty )?(terrible|hopeless|rubbish|useless|"
                    r"awful|worst) (potter|cook|dancer|singer|driver|runner|player|"
                    r"climber|baker|artist|beginner|student|learner)\b|"
                    r"(rubbish|terrible|bad|awful|hopeless|no good) at (this|these|parties|"
                    r"small talk|meeting people)|no idea what i'?m doing|"
                    # "I'm probably going to mess it up, I always say something stupid" (a
                    # twentieth play-test's newcomer got "Oh, nice. Have you got any pets?")
                    r"(going to|gonna|i'?ll|i will|i always|i usually) (probably |totally )?"
                    r"(mess|screw|muck|mess things) (it |this |things )?up|"
                    r"i (always|usually|just|probably) (say|said) (something|the wrong thing)"
                    r"( so)? ?(stupid|silly|dumb|wrong|weird|awkward)?|"
                    r"i'?m (still )?not (very |really |that |so |too )?good( at it)?( yet)?"
                    r"(?=\W*$)|"
                    r"not (very |really |that |so )?(good|great) at (this|these|parties|small talk|"
                    r"meeting people|talking to( new)? people|talking to strangers|chatting)|"
                    r"never (done|tried) (anything like )?(this|that|it) before)\b)",
                     re.IGNORECASE | re.DOTALL)
# Sorry for one's own share of the talk: "sorry, I'm oversharing", "I don't want to bring the
# mood down", "sorry for rambling" (a person says "not at all", not "Happy to help").
SORRY_TO_SHARE = re.compile(r"\bsorry,? (i'?m |for |about )?(oversharing|over-?sharing|rambling|"
                            r"going on|talking too much|moaning|being a downer|being so "
                            r"negative|all that)|\bi'?ve been (a bit of |such )?a downer\b|"
                            r"\bsorry,? i'?ve been (moaning|going on|rambling|complaining|"
                            r"talking) (all night|all evening|so much|a lot|for ages)\b|"
                            r"\b(don'?t|do not) want to (bring|drag) (the mood|"
                            r"you|everyone|things) down\b|\bsorry,? (i )?(asked|said) that twice\b|"
                            # "Oh god, sorry, too much info." (a twenty-sixth look: "Ah, okay.")
                            r"\b(too much info(rmation)?|tmi)\b", re.IGNORECASE)
# "Sorry, was I loud last night?" (a twenty-sixth look: "A little, at first!"), "I hope we
# didn't keep you up": no, it heard nothing.
OWN_NOISE_ASKED = re.compile(r"\b(was|were|am|are) (i|we) (being )?(too |a bit |very |really |"
                             r"so )?(loud|noisy)\b|\bhope (i|we) (didn'?t|did not) (keep you up|"
                             r"wake you|disturb you)\b", re.IGNORECASE)
# A remark taken back ("Sorry, I shouldn't have said that."): no harm done.
TAKEN_BACK = re.compile(r"\b(i )?shouldn'?t have said that\b|\bsorry,? that was (mean|unkind|"
                        r"rude|harsh)\b|\bforget i said (that|anything)\b", re.IGNORECASE)
# ... because they know nobody here: "well, you know me now!" fits this one only.
ALONE = re.compile(r"\b(" + _KNOW_NOBODY + r")\b", re.IGNORECASE)
# A worry or loneliness of the user's own, whoever it is about ("her name's Pepper, I'm just
# worried really"): met with sympathy, never with cheer.
OWN_WORRY = re.compile(r"\b(i'?m|i am|i feel|i've been|i get) (just |so |really |a bit |quite |"
                       r"getting |feeling |a little |little |bit |actually |honestly |pretty )*"
                       r"(worried|lonely|homesick|"
                       r"hopeless|down|low|sad|lost|stuck|stressed|stressed out|stressing)\b|"
                       r"\bi (really |do )?miss (my|home)\b", re.IGNORECASE)
# Asking whether something of one's own is odd or foolish ("Board games. Is that weird?",
# "do you think I'm mad doing a master's at thirty-five?"): a person reassures.
ASKS_IF_ODD = re.compile(
    r"\b((is|was|isn'?t) (that|it|this) (a bit |too |really |so |kind of )?(weird|strange|odd|"
    r"silly|stupid|crazy|mad|boring|sad|too ambitious)|do you think (i'?m|i am|that'?s|it'?s) "
    r"(a bit |too )?(mad|crazy|silly|weird|stupid|too old|ambitious)|am i (a bit )?(mad|crazy|"
    r"weird|silly|being silly|too old))\b", re.IGNORECASE)



def without_odd_asked(text: str) -> str:
    """`text` without its "is that weird?" ("i do translations. is that boring?"): what it
    asks of itself is no let-down or gripe it tells."""
    return ASKS_IF_ODD.sub("", text)

# Sorry for something yet to come, or said a moment ago: "sorry if you hear me coming in at
# 7am", "he is loud sometimes, sorry in advance!", "sorry if that joke came out wrong".
APOLOGY_AHEAD = re.compile(r"\b(sorry|apologies) (if\b|in advance)", re.IGNORECASE)
# How they are coping, said after a loss ("some days better than others. this class
# helps", "the house is so quiet now", "getting there").
COPING = re.compile(r"\b(better|worse|helps|helping|helped|hard|tough|quiet|lonely|empty|miss "
                    r"(him|her|them|it)|getting there|day by day|one day at a time|okay|ok|fine|"
                    r"struggling|coping|sad|numb|keeping busy|get out)\b", re.IGNORECASE)
# The user says sorry for something of theirs ("I'm so sorry about the noise last night",
# "sorry, I spilled coffee on your shoes"): waved away kindly, not "Oh, nice." nor sympathy
# (a question of theirs - "sorry, what was your name?" - is answered instead).
APOLOGY = re.compile(r"^\W*((oh|ah|um|uh|gosh|god|oops|whoops|hi|hey|hello|yes|yeah|ha|haha|so|"
                     r"well|and|right)\W+)*"
                     r"(i'?m |i am )?(so |really |"
                     r"very |terribly |awfully )?sorry,? (about|for) (my|(all )?the (noise|"
                     r"mess|wait|delay|confusion|banging|racket|boxes|hassle|trouble|bother|"
                     r"parcel|music|smell)|being late|keeping you|interrupting|bumping|taking)|"
                     r"\bsorry,? (i|we) (spilled|spilt|knocked|stepped|bumped|broke|"
                     r"took|interrupted|was late|'m late|am late|kept you)|"
                     r"^\W*sorry (i'?m|i am|we'?re|we are) (late|in the way)", re.IGNORECASE)
# The same apology inside a longer line ("Hello! Yes, we moved in on Saturday. Sorry about all
# the noise with the van"): waved away first, then the rest of the line is answered.
APOLOGY_WITHIN = re.compile(r"\bsorry,? (about|for) (my|(all )?the (noise|mess|wait|delay|"
                            r"confusion|banging|racket|boxes|hassle|trouble|bother|parcel|music|"
                            r"smell|van)|being late|keeping you|interrupting|bumping)|"
                            # "I'm the one who made all that noise with the sofa on Saturday,
                            # sorry about that." (a twelfth play-test: "Mm, I see.")
                            r"\b(noise|mess|racket|banging|din|drilling)\b.*\bsorry about that\b",
                            re.IGNORECASE)
# Something ahead that the user dreads ("a big presentation on monday which im kind of
# dreading" got "Ah, fair enough." on a twelfth play-test): a kind word. (Nerves about the
# event itself are NERVOUS: "nervous about meeting people".)
DREADING = re.compile(
    r"\b(dreading|not looking forward to|stress(ing|ed)( out)? about|(nervous|worried|anxious|"
    r"panicking|panicky) about (my|the|a|an|this|that|our|tomorrow|next|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b(?! (party|meetup|class|evening|night|"
    r"people|talking|meeting|first day|day|move|place))(?!\w)|"
    # "I have a job interview tomorrow and I'm really nervous about it."
    r"\b(interview|presentation|exam|exams|test|appointment|speech|operation|surgery|audition|"
    r"deadline|review|pitch)\b[^.!?]*\b(nervous|worried|anxious|scared|terrified|stressed|"
    r"panicking)\b)", re.IGNORECASE)
# The one the user came with has gone off ("i came with my flatmate jess but she disappeared
# somewhere" got "Ah, okay. What kind of work do you do?").
LEFT_ALONE = re.compile(r"\b(she|he|they)('s| has| have|'ve)? (just )?(disappeared|vanished|"
                        r"wandered off|gone off somewhere|abandoned me|ditched me|deserted me)\b|"
                        r"\b(abandoned|ditched|deserted) me\b", re.IGNORECASE)


# Whether something is normal ("Is it normal to come to a party where you don't know
# anybody?", after bad treatment "Is that normal in jobs?"): their worry, met as a person would
# (a twenty-eighth look got "Yes, I design bridges" and a scene line).
NORMAL_ASKED = re.compile(r"\bis (it|that|this) (really |totally |completely )?(normal|usual|"
                          r"common)\b", re.IGNORECASE)
