"""The form of a question, whatever it is about: asked for information or for a view
(`opinion_asked`), of the world or of other people, a tag asking to agree, a question handed
back ("and you?") or echoed ("do you?"), one that points back at what was just said, a choice,
one that asks only the way, one fact or to be told again (`asks_only_the_way`), and whether a
yes/no answer's echoed verb fits the question (`echo_fits`, `without_echo`).
"""

from __future__ import annotations

import re

from voicecoach.coaching.cues.base import QUESTION_SENTENCE, SENTENCE_END
from voicecoach.coaching.cues.memory import MEMORY_CHECK, RECALL
from voicecoach.coaching.cues.plans import PLAN_PLACE_ASKED, PLAN_TIME_ASKED
from voicecoach.understanding.questions import ASKS_THE_WAY

__all__ = [
    "ABOUT_OTHERS", "ABOUT_THEM_TAG", "ABOUT_THE_STORY", "ASKED_OF_WORLD", "ASK_LEAVE",
    "CHOICE_ASKED", "ECHO_BACK", "ECHO_LAST", "HANDED_BACK_AFTER_TELLING",
    "HANDED_BACK_THEN_ASKED", "HAVE_ANY", "INFO_ASKED", "OF_IT", "OPINION_ASKED", "STORY_CHOICE",
    "TAG", "WH_FIRST", "asks_only_the_way", "echo_fits", "opinion_asked", "without_echo",
    "without_lead_in", "yours_named",
]

# A view of someone else with a tag asking to agree ("the teacher is really patient, isn't
# she?", "he's so funny, isn't he?"): about them, not the partner ("aren't they?" may be of
# things: "the pastries are good, aren't they?").
ABOUT_THEM_TAG = re.compile(r"\b(?:is|was|has|does|did)n'?t (?:she|he)\W*$", re.IGNORECASE)
# A question for information ("do you know when bin day is?"), not a view ("don't you find
# them annoying?").
INFO_ASKED = re.compile(r"\b(where|when|which|what time|what day|how (do|can|should|would) "
                        r"(i|we)|do you know|is there|are there|who (do|should|can) i)\b",
                        re.IGNORECASE)
OPINION_ASKED = re.compile(r"\b(what do you think|do you (find|think|reckon)|don'?t you (find|"
                           r"think)|isn'?t it|aren'?t they|how do you feel)\b", re.IGNORECASE)
# A question asked of the world, not of the partner ("do you know if there's a WhatsApp group?",
# "how can I find a job in a bigger company?", "what does your colleague do?"): the card's facts
# about the partner answer it only if they name what is asked (Partner._card_speaks_to).
ASKED_OF_WORLD = re.compile(
    r"\b(?:(?:do|d'?) you (?:happen to )?know|any idea|(?:can|could) you tell me) "
    r"(?:if|whether|how|where|when|what|who|why|which)\b|\b(?:is|are) there\b|"
    r"\b(?:how|where|when|what) (?:can|could|do|should|would|must) (?:i|we)\b|\bhow i can\b|"
    r"\bis it true\b|\byour (?:colleagues?|co-?workers?|boss|manager|friends?|neighbours?|"
    r"flatmates?|housemates?)\b|"
    # "where do people go for drinks after work?" (it got the partner's climbing after work)
    # (and as a yes or no: "do people go for drinks after work on fridays", a tenth play-test's
    # "Yes, office five-a-side on Wednesdays")
    r"\b(?:(?:where|when|what|how) do|^do|[,.?!] do|does) (?:people|most people|folks|"
    r"everyone|anyone|you all|you guys|colleagues|the team|we) (?:usually |normally |tend to |"
    r"all |ever |often )?(?:go|eat|get|sit|hang out|meet|drink|have|do)\b", re.IGNORECASE)
# "What about you, have you done it before?": the question after the hand-back is the one
# asked, not the partner's own last question handed back.
HANDED_BACK_THEN_ASKED = re.compile(r"^\W*((and|so|but|ok|okay)\W+)?(what|how) about you\W+"
                                    r"(?=(\w+\W+){2,}\w+\W*\?\W*$)|^\W*and you\W*,\s*"
                                    r"(?=(\w+\W+){2,}\w+\W*\?\W*$)", re.IGNORECASE)
# The same hand-back after something of their own ("I'm the plus one of a plus one. How about
# you, how do you know Sam?"): what they asked, they have just told.
HANDED_BACK_AFTER_TELLING = re.compile(r"\w[^?]*[.!,]\s*((and|so|but|ok|okay)\W+)?(what|how) "
                                       r"about you\b|\w[^?]*[.!,]\s*and you\W*,\s*\w",
                                       re.IGNORECASE)
# A question put as a choice ("Do you do the cryptic ones or the normal ones?"): a person
# with no card line on it says a bit of both, not "I'm not sure".
# (a choice of two words each, "double the fun or double the chaos?", a twenty-eighth look)
CHOICE_ASKED = re.compile(r"\b\w+( ones?)? or (the |a |an )?(?!not\b|no\b|what\b|something\b|"
                          r"anything\b|whatever\b|so\b)\w+( \w+){0,2}?( ones?)?\W*\?\s*$",
                          re.IGNORECASE)
# A question that opens with its question word, after a lead-in at most ("what do you like?",
# "and how do you stay awake?"): it asks what or how, not for a yes or no.
WH_FIRST = re.compile(r"^\W*(?:(?:and|so|but|oh|um|well)\W+)*(?:what|whats|which|who|whose|"
                      r"where|when|why|how)\b", re.IGNORECASE)
# A choice about what happened ("was it a real fire or just a drill?"): its second half.
STORY_CHOICE = re.compile(r"\bor (?:just |maybe |only )?(?P<second>(?:a |an |the )?[\w']+"
                          r"(?: [\w']+)?)\W*\?\s*$", re.IGNORECASE)
# A question answered with one handed back ("Was I? Were you?", "hm, do you?", "is it yours?").
ECHO_BACK = re.compile(r"^\W*((oh|hm+|ha|well),? )?((was|am|do|did|have|is it) (i|mine)\W+)?"
                       r"(and |so |but )?(were|are|do|did|have|is it|was it) (you|yours)\W*$",
                       re.IGNORECASE)
# A question tag asking for agreement ("so relaxing, isn't it?"): about the scene itself when
# it names nothing else.
TAG = re.compile(r"\b(isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t|is not|are not|was not|do not)"
                 r" (it|they|you|we|this|that|there)( think)?\W*$|\b(right|innit)\W*$",
                 re.IGNORECASE)
# A question about what other people do ("what time do people usually leave?"): not about
# the partner's own things, so not matched against the words of the card's facts.
# ("do they like school?" may be about the partner's kids, so "they" is not here.)
ABOUT_OTHERS = re.compile(r"\b(do|does|did|are|were|will|would|can|should)\s+(most\s+)?"
                          r"(people|everyone|everybody|folks|others)\b", re.IGNORECASE)
# A short question with nothing of the user or of "us" in it ("what's the name?", "what kind of
# dog?"): asked right after the partner told something, it is about that.
ABOUT_THE_STORY = re.compile(r"^(?!.*\b(i|me|my|we|us|our)\b)\W*(\w+\W+){0,4}\w+\W*$",
                             re.IGNORECASE)
# A leading "oh nice," or "wow": not counted in a question's length ("oh nice, where are you
# going?" is as short as "where are you going?").
_LEAD_IN = re.compile(r"^\W*((oh|ah|ooh|wow|nice|cool|great|really|lovely|amazing|so|and)\W+)+",
                      re.IGNORECASE)


def without_lead_in(text: str) -> str:
    """`text` without a leading "oh nice," or "wow"."""
    return _LEAD_IN.sub("", text)


ASK_LEAVE = re.compile(r"\b(can|could|may) i ask (you )?(what|where|how|why|who|which|when)\b",
                       re.IGNORECASE)


# "What do you think of the new cycle lane?", "what do you make of the music?": asked for a
# view of a thing (it got a fact about tomatoes, or the partner's job).
_OPINION = re.compile(
    r"\b(?:(?:what do you|what'?d you|how do you) (?:think|reckon|make|feel) (?:of|about)"
    # "What's your take on the new cycle lane?" (it got the partner's weekend drawing)
    r"|what'?s your (?:take|view|opinion) (?:on|of|about)|what is your (?:take|view|opinion) "
    r"(?:on|of|about)|what are your (?:thoughts|views) (?:on|about)) "
    r"(?P<thing>(?:the |this |that |these |those |our |all the )?[a-z][\w' -]{1,40}?)"
    r"(?: so far| then| here| now| tonight)?\s*[?.!]*$", re.IGNORECASE)
# A question that points back at what the line has just said.
OF_IT = re.compile(r"\b(?:think of|think about|make of|like|enjoy|rate|find|feel about|try|"
                   r"tried|had) "
                   r"(?:it|that|them|this one|that one)\b", re.IGNORECASE)
# "Do you have any?", "have you got one?": of the thing just named.
HAVE_ANY = re.compile(r"\b(do you have|have you got|you got|got|do you own) (any|one|some)"
                      r"( yourself| too| at home)?\W*$", re.IGNORECASE)
# A question handed back in two words at the end of a line: "... Did you?", "do you?"
ECHO_LAST = re.compile(r"(?:^|[.!?,]\s*)(do|did|are|were|have|would|will|can|could) you"
                       r"(?: too| also| as well)?\s*\?\s*$", re.IGNORECASE)

_NO_THING = frozenset("it that this them her him me us you everyone everything".split())


# "Is the coffee from this machine any good?" (a seventh play-test: "Yes, Thursday curry in
# the canteen is the best thing here."): a view asked as a yes or no.
_OPINION_YES_NO = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:so|and|oh|hey|um|but)\W+)*(?:is|are) "
    r"(?P<thing>(?:the|this|that|these|those|your|our) [a-z][\w' -]{1,40}?) "
    r"(?:actually |really |usually )?(?:any good|good|nice|worth it|decent|okay|ok)\s*[?.!]*$",
    re.IGNORECASE)


def opinion_asked(text: str) -> str | None:
    """The thing the line asks the partner's view of ("the new cycle lane"), or None."""
    # the question may come before a sentence more: "What do you think about AI taking over
    # design jobs? Everyone at my work is talking about it." (a tenth play-test: the job's fact)
    found = next((found for sentence in QUESTION_SENTENCE.findall(text)
                  if (found := _OPINION.search(sentence.strip()))), None)
    found = found or _OPINION_YES_NO.search(text.strip())
    if found is None or found.group("thing").lower() in _NO_THING:
        return None
    return found.group("thing").strip()


# "What's your name again, sorry?": asks to be told again (with ASKS_THE_WAY: no question
# that opens a conversation; a play-tester's coach praised each as a "Great open question").
# A question asking to be told again, or testing a memory ("what was yours again?", "remind me,
# where did you say you met Sam?", "what time did we say?", "what's my goldfish called?"): an
# eighteenth play-test's coach praised seven of these as open questions.
_TOLD_AGAIN = re.compile(r"\bname again\b|\bwhat was (?:your|his|her) name\b|\bagain\W*\??\W*$|"
                         r"\bagain,? remember\b|\bremind me\b|\bdid (?:you|we|i) say\b|"
                         r"\byou remember (?:my|what|where|who|when|how|which)\b|"
                         r"\bwhat(?:'s| is| was) my \w+(?: \w+)? called\b", re.IGNORECASE)


# A question after one fact ("what floor are you on?", "which team are you in?", "where do
# people eat lunch?"): a seventh play-test's coach praised these as "great open questions".
_ONE_FACT = re.compile(
    r"^\W*(?:(?:sorry|so|oh|and|um|uh|hey|ok|okay|by the way|no|yes|yeah|wait|well|right|"
    r"anyway)\W+)*"
    r"(?:(?:what|which) (?:floor|team|department|desk|room|time|day|bus|train|number|stop|"
    r"platform|password|size|level|building|office)\b|"
    r"where do (?:people|we|i|most people|everyone) (?:eat|go|sit|park|get|put|leave|buy)\b|"
    r"how (?:many|much|long|old)\b|"
    # a name ("What's your name?", "what's her name?"; a tenth play-test's coach praised them
    # as open questions)
    r"(?:what'?s|whats|what is|what was) (?:your|ur|her|his|their|its)(?: \w+'s)? name\b|"
    r"(?:what'?s|whats|what is) (?:it|he|she|they) called\b)", re.IGNORECASE)


def asks_only_the_way(text: str) -> bool:
    """The question asks about the place, one fact, or to be told again, not about the
    person."""
    # (sentence by sentence: "Yes, I'm Zara. Where do we leave our coats?" asks the way too,
    # and "Thanks. Which team are you on?" one fact)
    # but "What's your name? And what do you do?" still asks about the person
    if (_TOLD_AGAIN.search(text) or RECALL.search(text) or MEMORY_CHECK.search(text)
            # a plan asked back ("where and when is the football?", a twentieth play-test)
            or PLAN_TIME_ASKED.search(text) or PLAN_PLACE_ASKED.search(text)):
        return True  # (nor a test of its memory: "what was my job again? sorry, testing you")
    # (a colon opens the question: "Okay, I'll try once more: what's your name?")
    asking = [sentence.rsplit(": ", 1)[-1] for sentence in SENTENCE_END.split(text)
              if "?" in sentence or _WH_START.match(sentence)] or [text]
    return all(_ONE_FACT.search(sentence) or ASKS_THE_WAY.search(sentence)
               for sentence in asking)


_WH_START = re.compile(r"^\W*(?:(?:so|and|oh|ok|okay|um)\W+)*(?:what|whats|which|where|when|who|"
                       r"how)\b", re.IGNORECASE)


# "Yes, I was!": a yes/no answer that echoes the question's verb; it fits only a question
# asked with that verb ("were you here last week?", not "do you come here often?").
_ECHO = re.compile(r"^(?:yes|yeah|no)\W+(?:i|we) (am|'m|are|was|were|do|did|have|'ve|can|will|"
                   r"would)(?:n'?t)?\s*[!.]", re.IGNORECASE)
_VERB_OF = {"am": "be", "'m": "be", "are": "be", "is": "be", "was": "was", "were": "was",
            "do": "do", "does": "do", "did": "did", "have": "have", "'ve": "have",
            "has": "have", "can": "can", "will": "will", "would": "would"}


def echo_fits(question: str, answer: str) -> bool:
    """Whether `answer`'s echo of a verb ("Yes, I was!") fits how `question` asked."""
    echo = _ECHO.match(answer.strip())
    if echo is None:
        return True
    asked = next((_VERB_OF[word] for word in re.findall(r"[a-z']+", question.lower())
                  if word in _VERB_OF), None)
    return asked is None or asked == _VERB_OF[echo.group(1).lower()]


def without_echo(answer: str) -> str:
    """"Yes, I was! Second week for me too." -> "Yes! Second week for me too."."""
    echo = _ECHO.match(answer.strip())
    if echo is None:
        return answer
    said = answer.strip()
    word = said.split(None, 1)[0].rstrip(",!.")  # "Yes", "No"
    rest = said[echo.end():].strip()
    return word + echo.group(0)[-1] + (" " + rest if rest else "")


# "My weekend was lovely. How was yours?": "yours" stands for what they just called theirs
# (the partner had said "Oh, I couldn't say, really.").
_YOURS_QUESTION = re.compile(r"\b(how|what)(?:'s| is| was| did| about)(?: it with)? (yours)\b",
                             re.IGNORECASE)
_THEIRS_NAMED = re.compile(r"\bmy ((?:first |last |new |old |own )?\w+)\b", re.IGNORECASE)
# Words that follow "my" but name no thing ("my own", "my god").
_NOT_THINGS = frozenset("own god goodness gosh word".split())


def yours_named(text: str) -> str:
    """`text` with a question's "yours" ("how was yours?") said as the thing the line called
    theirs before it ("how was your weekend?"); `text` as it was when it named none."""
    asked = _YOURS_QUESTION.search(text)
    if asked is None:
        return text
    theirs = [found.group(1) for found in _THEIRS_NAMED.finditer(text[:asked.start()])
              if found.group(1).split()[-1].lower() not in _NOT_THINGS]
    if not theirs:
        return text
    return f"{text[:asked.start(2)]}your {theirs[-1]}{text[asked.end(2):]}"
