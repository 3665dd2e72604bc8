"""Memory and recall: what the user told it, said back when asked ("what did I say my dog's
called?"), its own words again, and plans put to it with their time and place."""

from __future__ import annotations

import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.beyond_card import _BeyondCard
from voicecoach.coaching.partner.patterns import (
    _PROPOSALS,
    _SENTENCES,
    _disclosed_topics,
    _sentence_case,
)
from voicecoach.coaching.partner.state import _Plan
from voicecoach.understanding import textnorm
from voicecoach.understanding.disclosure import Disclosure, disclosure
from voicecoach.understanding.questions import AUX, WH
from voicecoach.understanding.topics import LineTopics, QuestionKind, Topic

# "what did you say you do on Wednesdays?", "where did you say your sister lives?": its own
# words asked again (not "what did I say ...", which are the user's)
_ASKS_ITS_OWN = re.compile(r"\b(did you say|you said|you mentioned|did you mention|you told me)\b",
                           re.IGNORECASE)
# A thing of its own asked again with no "you said" ("what did your dad play again?", a
# twenty-third play-test's family blurb): a question to "you" or "your", with "again", and
# nothing of the user's in it.
_YOURS_AGAIN = re.compile(rf"^(?!.*{cues.OF_THEIRS.pattern}).*\b(you|your)\b.*\bagain\b",
                          re.IGNORECASE)
_ASKING_STEMS = cues.content_stems("say said again mention mentioned told tell remind what "
                                   "where when which does doing check remember forgot forget "
                                   "sorry quick question right correct true")
# Its own tip asked again ("what was the tip you gave me earlier about what to keep on my
# phone?", "what was the first tip you gave me tonight?": a twenty-second play-test got its
# class and a line on running).
_TIP_ASKED_AGAIN = re.compile(
    r"\b(tips?|advice|suggestions?|pointers?)( that)? you (gave|told|said|suggested|mentioned|"
    r"shared)\b|\bwhat (was|were) (the|your|that|those) (first |last |other |earlier )?"
    r"(tips?|advice|suggestions?)\b|\b(remind me|repeat) (of )?(the|your|that) (tips?|advice)\b",
    re.IGNORECASE)
_TIP_ASKING_STEMS = cues.content_stems("tip tips advice suggestion gave give told tell said "
                                       "earlier before tonight today first last again remember "
                                       "remind repeat what about want")
# The words of asking to be reminded, which name nothing remembered.
# What is asked after, and how it may have been told: "what I'm going to study" was told as
# "It's in urban planning" after "I got into the master's programme"; "who I came with" as
# "I came with my friend Ellie" (words too common to name a fact alone).
_NEWS_ASKED = re.compile(r"\bnews\b|\bcelebrat\w*|\bexciting thing\b|\bwhat happened (to me )?"
                         r"(today|yesterday|this morning|this week)\b", re.IGNORECASE)
_RECALLED_BY = (*((re.compile(asked, re.IGNORECASE), re.compile(told, re.IGNORECASE)) for
                  asked, told in (
    (r"\bstud(y|ying|ies)\b", r"\b(stud(y|ying|ies|ent)|master'?s|course|degree|programme|"
                             r"uni|university|phd)\b"),
    (r"\b(called|name)\b", r"\b(called|named|name is|name'?s)\b"),
    (r"\b(came|come) (here )?with\b|\bwho .*\bwith\b", r"\b(came|come|here) with\b"),
    (r"\bmoved (here )?from\b|\bwhere .*\bbefore\b",
     # ("from leeds up north i moved for a new job", answering where from)
     r"\b(before|moved (here )?from|used to live|grew up|(i'?m|i am|came|come) from)\b|"
     r"^\W*from\b"),
    # "who talked me into this class?" - "I only signed up because my sister Anjali dared me
    # to" (a twenty-eighth look: "I don't think you told me that yet!")
    (r"\bwho (talked|got|made|convinced|persuaded|dared|pushed|roped) me\b",
     r"\b(dared|talked|made|convinced|persuaded|pushed|roped|got) me\b"),
    # "where I said I'm going to be working" - "I start as a nurse at the hospital up the road"
    (r"\bwhere\b[^?]*\b(work|working|job|start|starting)\b",
     r"\b(work|working|start|starting|job)\b[^.!?]*\b(at|in|for) (the|a) \w+"),
    # "what year of uni im in" - "im doing computer science, second year" (a thirtieth look:
    # "I don't think you said")
    (r"\bwhat year\b", r"\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th) year\b|"
                      r"\byear (one|two|three|four|\d)\b"),
    # "how do I know Sam?" - "I know Sam from five-a-side football"
    (r"\bhow (do |did )?i ((say|said) i )?(know|meet|met)\b",
     r"\b(know|knew|met|meet) (sam|him|her|them|the host)\b|\bsam('s| is) my\b|\bsam and i\b"))),
    # their news ("Do you remember what my news was today?"): the line that told it
    (_NEWS_ASKED, cues.GOOD_NEWS), (_NEWS_ASKED, cues.BAD_NEWS))
# Their own work asked after ("what I used to do for work", "what my job is"; not "my
# sister's job"): told by a job or a field of work.
_WORK_ASKED = re.compile(r"\bi\b[^?]*\b(work|job|(do|did) for a living)\b|\bmy (work|job)\b|"
                         # "what kind of buildings I said I design" - "I'm an architect,
                         # mostly schools" (a thirtieth look: "I don't think you said")
                         r"\bwhat (kind|sort|type)s? of \w+ (did )?i ((said|say) i )?(design|"
                         r"build|make|draw|write|teach|fix|sell|translate|work on)\b",
                         re.IGNORECASE)
_AMBITION = re.compile(r"\b(want|wants|wanted|hope|hoping|like|love|plan|planning)( to)? "
                       r"(work|do)\b", re.IGNORECASE)
_THEIR_ONES_NAME = re.compile(r"\bmy (\w+?)'?s name\b|\bwhat(?:'s| is| was) my (?:\w+ )?(\w+) "
                              r"called\b|\bthe name of my (\w+)", re.IGNORECASE)
_TEAM_ASKED = re.compile(r"\b(team|department)\b[^?.!]*\b(i'?m|i am|im)\b|"
                         r"\b(i'?m|i am|im)\b[^?.!]*\b(team|department)\b", re.IGNORECASE)
# Short words that name a thing of theirs (too short for `cues.content_stems`).
_SHORT_NOUNS = frozenset("dog cat pet son car job van bus kid app gym pub".split())
# A sentence that goes on about the one before it ("His name is Omar.", "She's three.").
_GOES_ON = re.compile(r"^\W*(he|she|it|they|his|her|its|their)\b", re.IGNORECASE)
# Asked after what they answered, these name it too ("what would you like to make?").
_RECALL_COMMON = (cues.COMMON_WORDS - frozenset(
    "make making play playing study studying name called named came come work".split())
) | frozenset("remember remind recall again said told tell mention mentioned".split())
_RECALL_WORDS = frozenset("remember remind recall again said told tell mention mentioned "
                          "called name many much".split())
# A user's words said back from memory: longer than this, a relative clause at the end goes.
_LONG_QUOTE = 6
# "which hospital did I say?", "what school did I tell you?": a thing of theirs asked by its kind
_WHICH_OF_THEIRS = re.compile(r"\b(?:which|what) (\w+) (?:did|do|was|is) (?:i|it that i)\b",
                              re.IGNORECASE)
_RELATIVE_TAIL = re.compile(r",?\s+(who|which|that)\s+(is|are|was|were|'s)\b.*$", re.IGNORECASE)
# A clause said back names who did it ("you live in Camden"); "reading mostly" does not.
_SUBJECT_FIRST = re.compile(r"^(.*\b)?(you|your|we|they|he|she|it|there|my|our)\b", re.IGNORECASE)
# Words said back that name a thing with no verb ("a very fat cat called Dumpling").
_NOUN_PHRASE = re.compile(r"^(a|an|one|two|three|four|five|some)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(is|are|was|were|am|have|has|had|do|does|did|got|get|go|went|want|"
                     r"like|love|work|live|lives|can|could|will|would|should|must|might|think|"
                     r"guess|reckon|maybe)\b|n't\b", re.IGNORECASE)

# One's people in a word too short to be a content word, and the words that mean the same.
_KIN_SAME = {"son": "son", "boy": "son", "daughter": "daughter", "girl": "daughter",
             "mum": "mum", "mom": "mum", "mother": "mum", "dad": "dad", "father": "dad",
             "kid": "child", "kids": "child", "child": "child", "children": "child",
             "baby": "child"}

# Words that name a place in a plan's line, kept or not ("in the old hall by Kew Bridge").
_SOME_PLACE = re.compile(r"\b(in|at|on|by|near|outside) (the )?((?!(Monday|Tuesday|Wednesday|"
                         r"Thursday|Friday|Saturday|Sunday|Christmas|Easter)\b)[A-Z]\w+|\w+ "
                         r"(hall|street|road|lane|square|centre|center|park|bridge))\b")
_FOR_A_LIVING = re.compile(r"\bfor a living\b", re.IGNORECASE)
# Our question put as they would ask it back ("How do you know Sam?" - "how do i know sam").
_YOU_AS_I = {"you": "i", "your": "my", "yours": "mine"}
_YOU_TO_I = re.compile(r"\b(you|your|yours)\b", re.IGNORECASE)
# A line's sentences, a colon ending one ("Quick test: do you remember ...").
_SENTENCE_OR_COLON = re.compile(r"(?<=[.!?:])\s+")
# A question run on, unpunctuated, after what they told ("probably a mug for my mum her
# birthday is in march what about you what you want to make"): not part of what was told, and
# it was said back whole on a twenty-third play-test.
_RUN_ON_QUESTION = re.compile(r"\s+(?=(?:what|how) about you\b|and you\b|(?:are|do|did|have|can|"
                              r"could|would|will) you\b|(?:what|where|how|when) (?:do|did|are) "
                              r"you\b|how (?:long|many|much|often) (?:have|do|did|are) you\b|"
                              r"what'?s your\b|(?:what|which) \w+ (?:do|did|are|have) you\b|"
                              # "... near the old cinema football that's cool what position
                              # do you play" (a twenty-seventh look said it all back)
                              r"\w+ that'?s (?:cool|great|nice|funny|awesome|amazing|"
                              r"interesting)\b)", re.IGNORECASE)
# A place put first, before the clause it belongs to (said back: "from leeds up north you
# moved ..."): the place alone answers where they are from.
_FRONTED_PLACE = re.compile(r"^((?:from|in|near) [^,]+?),? (?=you\b)", re.IGNORECASE)
# Words any plan's line or its question has ("what time did we say?", "next Tuesday").
_PLAN_COMMON = cues.content_stems(
    "time times day days when where meet meeting meetup said say again remember tonight "
    "tomorrow today week weekend next this evening morning afternoon monday tuesday wednesday "
    "thursday friday saturday sunday okay alright fine great perfect sounds come coming round "
    "over favour")
_SHORT_PLAN_NOUNS = frozenset("tea pub gym bar zoo run car van dog cat".split())
_LEISURE_WORDS = frozenset("fun free spare hobby hobbies pastime pastimes weekends".split())


def _recall_sentence(text: str) -> str:
    """The sentence of `text` that asks them to remember ("do you remember where I'm driving
    next weekend?" of "Not yet! Quick test: do you remember ...? And how long is your
    train?"): the words around it are not the thing asked after. `text` whole if none does."""
    asking = [part for part in _SENTENCE_OR_COLON.split(text.strip())
              if cues.RECALL.search(part) or cues.RECALL_OWN.search(part)
              or cues.ASKS_TO_REMEMBER.search(part)
              or cues.LEARNERS_RECALL.search(f"again {part}")]
    # (a question before a remark, "I ask again, simple: what work I want?"; of theirs first,
    # "do you remember what your dog is called? Ha, and what did I say about pets?")
    asking.sort(key=lambda part: not part.endswith("?"))
    return next((part for part in asking if cues.OF_THEIRS.search(part)), asking[0] if asking
                else text)


def _asked_noun_phrase(said: str, asked: set[str]) -> str | None:
    """The noun phrase of `said` around the last word whose stem is `asked`: the words before
    it that describe it ("children's books", "the third floor") and a number after it ("flat
    one"); None when no word of it is asked or the word is no noun (a verb: "I live ...")."""
    words = said.split()
    hits = [number for number, word in enumerate(words)
            if cues.stem(word.strip(",.!?").lower()) in asked]
    if not hits:
        return None
    end = hits[-1]
    if words[end].lower().strip(",.") in _NOT_A_NOUN:
        return None
    start = end
    while start > 0 and start > end - 3 and _DESCRIBES.match(words[start - 1]):
        start -= 1
        if words[start].lower() in _DETERMINERS:
            break
    if end + 1 < len(words) and words[end + 1].lower().strip(",.!?") in _NUMBERS:
        end += 1
    return " ".join(words[start:end + 1]).strip(",.!?")


# "what kind of ..." asks the kind, not the thing.
_KIND_ASKED = re.compile(r"\b(kind|sort|type)s? of\b", re.IGNORECASE)
# A guess put as a question: a tag ("..., wasn't it?", "was it not?", "right?") or "Is it ...?".
_GUESS_FORM = re.compile(r"\b(wasn'?t|isn'?t|weren'?t|aren'?t|didn'?t|don'?t) (it|that|they|you)"
                         r"\b(,[^?]*)?\W*$|\b(was|is) (it|that) not\W*$|"
                         r"^\W*(and |so |oh,? )?(was|is) (it|that)\b", re.IGNORECASE)
# Words that shape a guess, not what is guessed.
_GUESS_STEMS = cues.content_stems("mean cat dog thing name called")
# "before", "after" in a question about its own words: the sentence that says it.
_BEFORE_OR_AFTER = re.compile(r"\b(before|after)\b", re.IGNORECASE)
# A hedge after a few words of answer ("Marketing, I think.").
_HEDGE_AFTER = re.compile(r",? (i think|i guess|i believe|probably|maybe|i suppose)\W*$",
                          re.IGNORECASE)
# The thing a question asks which one of ("what kind of books", "which floor", "what flat").
_WHICH_THING = re.compile(r"\b(?:what|which)\s+(?:kind of |sort of |type of )?(?!do\b|did\b|"
                          r"is\b|was\b|are\b|were\b|i\b|you\b)(\w+)", re.IGNORECASE)
# Words that describe the noun after them: a possessive, an ordinal, a few common adjectives,
# and the determiners that open the phrase.
_DETERMINERS = frozenset("the a an your my our their his her".split())
_DESCRIBES = re.compile(r"^(\w+'s|\w+s'|first|second|third|fourth|fifth|sixth|top|ground|"
                        r"new|old|big|small|little|local|main|\d+(st|nd|rd|th)|the|a|an|your|"
                        r"my|our|their|his|her)$", re.IGNORECASE)
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split()
                     ) | frozenset(str(number) for number in range(1, 100))
_NOT_A_NOUN = frozenset("live lived living work worked working like liked said told do did "
                        "want wanted go went".split())


# "what do I always forget?", "what did I say I cook?": a thing of theirs asked by what they
# do to it (not "what do I do", which asks their work, nor "what did I say", asking it all).
_WHAT_I_DO_TO = re.compile(r"\bwhat (?:(?:do|did|does) )?i (?:say i |said i )?(?:always |usually |"
                           r"often |never |normally |sometimes )?(\w+)\b", re.IGNORECASE)
_NOT_DONE_TO = frozenset("do did does say said tell told mean meant think thought have had am "
                         "was be want wanted like".split())
# Words that end the thing done to ("the bananas until they're black").
_THING_ENDS = frozenset("until because when while and but so if before after at in on for with "
                        "to from every each all".split())
_MAX_THING_WORDS = 4


def _what_i_did_to(question: str, said: str) -> str | None:
    """The thing they said they do something to, when asked what it was ("what do I always
    forget?" of "you always forget the bananas until they're black": "the bananas"); None
    when the question asks no such thing or `said` does not say the verb with a thing after."""
    asked = _WHAT_I_DO_TO.search(question)
    if asked is None or asked.group(1).lower() in _NOT_DONE_TO:
        return None
    verb = cues.stem(asked.group(1).lower())
    words = said.split()
    for number, word in enumerate(words):
        if cues.stem(word.strip(",.!?").lower()) != verb or word[-1:] in ",.!?":
            continue
        thing: list[str] = []
        for after in words[number + 1:number + 1 + _MAX_THING_WORDS]:
            bare = after.strip(",.!?").lower()
            if bare in _THING_ENDS or bare in textnorm.HESITATIONS:
                break
            thing.append(after.strip(",.!?"))
            if after[-1:] in ",.!?":
                break
        return " ".join(thing) if thing and thing[-1].lower() not in _DETERMINERS else None
    return None


_HAPPENED_TO = re.compile(r"\bhappened (?:to|with) (?:my|the|our) (\w+)(?: (\w+))?\b",
                          re.IGNORECASE)
_OWNED_BY = frozenset("whose your my the".split())


def _what_befell(question: str, said: str) -> str | None:
    """What they said happened to a thing of theirs, from that thing on ("your bowl collapsed
    ..." of "you're the one whose bowl collapsed ..."); None when not asked or not said."""
    asked = _HAPPENED_TO.search(question)
    if asked is None:
        return None
    things = {cues.stem(word.lower()) for word in asked.groups() if word}  # ("my new bowl")
    words = said.split()
    for number, word in enumerate(words[1:-1], start=1):
        if cues.stem(word.lower()) in things and words[number - 1].lower() in _OWNED_BY:
            return " ".join(["your", *words[number:]])
    return None


def _plan_words(text: str) -> set[str]:
    """What a plan is about, by its content words ("drill", "parcel"), not its time."""
    short = set(re.findall(r"[a-z]+", text.lower())) & _SHORT_PLAN_NOUNS  # "tea", too short
    return (cues.content_stems(text) - _PLAN_COMMON) | short


def _recall_stems(text: str, common: frozenset[str] = cues.COMMON_WORDS) -> set[str]:
    """What a line names, for remembering: its content stems, kin, and the short words for
    pets and the like ("what's my dog called?" - "a dog called ramones lol")."""
    # "for a living" is work, not where they live ("what do you do for a living?" was taken
    # as the question "where I said I live" asked after, on a twenty-third play-test)
    text = _FOR_A_LIVING.sub("for work", text)
    words = set(re.findall(r"[a-z]+", text.lower()))
    # the one thing asked in other words: "what I do for fun" is what they do in their free
    # time (a twentieth play-test's "bet you forgot what i do for fun")
    leisure = {"leisure"} if words & _LEISURE_WORDS else set()
    return (cues.content_stems(text, common) | _kin_words(text) | (words & _SHORT_NOUNS) | leisure
            | {word[:-1] for word in words if word[:-1] in _SHORT_NOUNS and word.endswith("s")}
            | {cues.stem(word[:-1]) for word in words  # "shops" meets "shop"
               if len(word) >= 5 and word.endswith("s") and not word.endswith("ss")
               and word[:-1] not in common})


def _first_told(answer: str) -> str:
    """The first sentence of an answer that says something ("Ha! A mug, I think." -> "A mug,
    I think")."""
    return next((part for part in cues.SENTENCE_END.split(answer)
                 if part and "?" not in part and cues.content_stems(part)), answer)


def _kin_words(text: str) -> set[str]:
    """The user's people a line names, as one word each ("boy" and "son" are one)."""
    return {_KIN_SAME[word] for word in textnorm.words(text) if word in _KIN_SAME}


class _Recall(_BeyondCard):
    """What the user told it, kept and said back when asked; its own words again; plans put to it,
    with their time and place."""

    def _remember(self, told: Disclosure, found: LineTopics, text: str, greeting: bool
                  ) -> None:
        user = self.memory.user
        for key in ("name", "work", "job", "place", "like", "status"):
            value = getattr(told, key)
            if key == "work" and value and not cues.WORKPLACE.match(value):
                key = "field"  # "I work in marketing": a field, not a place
            if value:
                user[key] = value
                self.memory.user_since[key] = self.memory.replies
        self.memory.user_told.update(found.told)
        # what the user told of themselves is told, whatever words the topic packs heard
        self.memory.user_told.update(_disclosed_topics(told))
        short = (len(text.split()) <= 2 and found.question is QuestionKind.NONE
                 and not found.topics and not greeting)
        self.memory.terse = self.memory.terse + 1 if short else 0
        # the words before a question answer ours too: "Yeah, we play five-a-side together.
        # How about you?" was asked "And how do you know Sam?" back
        said = (text if found.question is QuestionKind.NONE
                else " ".join(s for s in cues.SENTENCE_END.split(text) if not s.endswith("?")))
        # (asking our question back, "we're neighbours. How do you know him?", the words
        # before it answer it whatever topic they name)
        asked_back = self.memory.last_question in found.asked[:1]
        if (self.memory.last_question is not None
                and (asked_back or (not found.told and not _disclosed_topics(told)))
                and len(said.split()) >= 3
                and (not greeting or cues.own_duration(text))):  # "Hi, I've been here a year"
            self.memory.user_told.add(self.memory.last_question)  # an answer to our question
        if told.work or told.job:
            self.memory.user_told.add(Topic.WORK)
        if told.place:
            self.memory.user_told.add(Topic.HOME)
        if cues.NEW_HERE.search(text):
            self.memory.new_here = True
        if cues.STARTING_JOB.search(text) and "status" not in self.memory.user:
            self.memory.user["status"] = "new_job"  # asked what they will do, not what they like
        if cues.KNOWS_HOST.search(text) and self.persona.fact(Topic.REASON):
            self.memory.user_told.add(Topic.REASON)  # "Sam's my cousin": how they know the host
        if cues.CAME_FOR.search(text):  # "I moved for a new job": why they came is told
            self.memory.user_told.add(Topic.REASON)
        if cues.CAME_WITH.search(text):  # "this is my friend Lucy": who they came with is told
            self.memory.user_told.add(Topic.REASON)
        if told.like:
            self.memory.user_told.add(Topic.HOBBIES)

    def _said_back(self, text: str) -> Topic | None:
        """The topic whose words, said by the partner already, the user asks back ("you said
        Sam's the goalkeeper?"); None when the line asks back nothing it said."""
        asked = cues.SAID_BACK.search(text)
        if asked is None:
            return None
        wanted = cues.content_stems(asked.group("what"))
        for topic, fact in self.persona.facts.items():
            said = [line for line in fact.lines() if line.lower() in self.memory.said]
            if wanted and wanted & cues.content_stems(" ".join(said)):
                return topic
        return None

    def _recall(self, text: str) -> str | None:
        """The user's own fact they ask after ("which team did I say I was joining?"), in
        their words, or an honest "you didn't say" (None when the line names nothing of
        theirs)."""
        asked = next((part for part in _SENTENCES.split(text) if cues.RECALL.search(part)), text)
        if cues.OWN_KIN.search(asked):
            # "do you remember my sister's job?" is hers (see _recall_said); "Kids are the
            # best. Sorry, what did I say I do for work?" asks theirs; "the name of my
            # girlfriend?" is the name they gave her ("my girlfriend Lucía")
            named = self._named_thing_asked(asked)
            return self._pick("recall_thing", thing=named) if named else None
        for asks, keys in cues.RECALL_KEYS:
            if asks.search(text) and not _KIND_ASKED.search(asked):
                # ("what kind of manuals i translate?" asks more than the job kept)
                for key in keys:
                    # "where I am from in Poland?" of "from Poland, from Wrocław" asks more
                    # than the fact kept (a thirtieth look: "Poland, you said!")
                    if key in self.memory.user and not re.search(
                            rf"\b{re.escape(self.memory.user[key])}\b", asked, re.IGNORECASE):
                        said = self._pick(f"recall_{key}")
                        if said:  # "the marketing team, wasn't it?" opens a sentence
                            return said[:1].upper() + said[1:]
                # not as a fact, but maybe in their words ("what I used to do for work")
                return self._recall_said(text) or self._pick("recall_untold")
        # no fact of theirs kept for it: maybe their words ("how do I know Sam?" - "I know Sam
        # from five-a-side football"), else an honest "you didn't say", not its own answer
        # ("And how did I say I know Sam, do you remember?" got "Yes! We play football")
        return self._recall_said(text) or (
            self._pick("recall_untold") if cues.ASKS_TO_REMEMBER.search(text) else None)

    def _recall_said(self, text: str) -> str | None:
        """The user's own earlier sentence that a question about them names ("how many cats
        do I have?" after "I live in Camden with my two cats."), said back in the second
        person; None when none of theirs names what is asked."""
        text = _recall_sentence(text)
        asked = _recall_stems(text, cues.COMMON_WORDS | _RECALL_WORDS)
        # how it may have been told ("who I came with" - "I came with my friend Ellie"):
        # weighed above a shared word, being the thing asked
        told_as = [told for asks, told in _RECALLED_BY if asks.search(text)]
        asked_as = [asks for asks, _ in _RECALLED_BY if asks.search(text)]
        # else their answer to a question of ours with the same words ("what would you like
        # to make?" - "a mug I think", then "do you remember what I want to make?")
        asked_of_them = _recall_stems(text, _RECALL_COMMON)
        if not (asked or told_as or asked_of_them):
            return None
        named = self._named_thing_asked(text)
        if named:  # "which hospital did I say it was?": "St Mary's hospital, you said!"
            return self._pick("recall_thing", thing=named)
        best, overlap = None, 0

        # (what they want to work in is an ambition, in their words: not the job they have)
        work_asked = bool(_WORK_ASKED.search(text)) and not _AMBITION.search(text)

        common = cues.COMMON_WORDS

        def score(part: str) -> int:
            told = disclosure(part) if work_asked else None
            told_job = bool(told and (told.job or told.work))
            return (len(asked & _recall_stems(part, common))
                    + 2 * (sum(1 for told in told_as if told.search(part)) + told_job))

        def scan() -> None:
            """The sentence of theirs that `score` rates highest, into `best`."""
            nonlocal best, overlap
            for said in self.memory.heard:
                # (a question of theirs tells nothing of them, nor does "Ha, okay.")
                told_parts = (_RUN_ON_QUESTION.split(part, maxsplit=1)[0]
                              for part in cues.SENTENCE_END.split(said))
                # (nor what they said back of ours: "So you said your son gave you the
                # class" was recalled as theirs on a twenty-eighth look)
                sentences = [part for part in told_parts
                             if part and "?" not in part and not cues.ASKED_OF_YOU.search(part)
                             and not _ASKS_ITS_OWN.search(part) and _recall_stems(part)]
                for number, sentence in enumerate(sentences):
                    shared = score(sentence)
                    if shared > overlap:
                        # from the clause that names it ("Sorry, I'm a bit giddy, I just got into
                        # the master's programme"), with what goes on about it: "I have a little
                        # boy, he's three. His name is Omar." for "do you remember my son's name?"
                        clauses = sentence.split(", ")
                        while len(clauses) > 1 and not score(clauses[0]):
                            clauses = clauses[1:]
                        # nor what follows it with "and" ("my dad's just gone into hospital and
                        # my head's a bit all over the place", asked which hospital)
                        joined = re.split(r" and (?=(?:my|i|i'm|i've|it|it's|we)\b)", clauses[-1])
                        if len(joined) > 1 and not score(" and ".join(joined[1:])):
                            clauses[-1] = joined[0]
                        more = [part for part in sentences[number + 1:number + 2]
                                if _GOES_ON.match(part)]
                        best, overlap = " ".join([", ".join(clauses), *more]), shared

        scan()
        for question, answer in self.memory.answered if best is None else ():
            if answer == self.memory.last_heard:
                continue  # the line that asks is no answer given before
            # (our question put the same thing: "How do you know Sam?" - "work", then "how do
            # i know sam, remember?" got "I don't think you said", on a twenty-fifth play-test)
            as_theirs = _YOU_TO_I.sub(lambda word: _YOU_AS_I[word.group(0).lower()], question)
            shared = (len(asked_of_them & _recall_stems(question, _RECALL_COMMON))
                      + 2 * sum(1 for asks in asked_as if asks.search(as_theirs)))
            if shared > overlap and cues.content_stems(answer):
                best, overlap = _RUN_ON_QUESTION.split(_first_told(answer), maxsplit=1)[0], shared
        if best is None and not asked and asked_of_them:
            # asked in common words only ("you remember what i want make, and for who?" of "I
            # want make the cup for my mother"): by those words, in their lines too
            asked, common = asked_of_them, _RECALL_COMMON
            scan()
        if best is None:  # asked outright to remember what they never said
            return self._pick("recall_untold") if cues.ASKS_TO_REMEMBER.search(text) else None
        told_there = disclosure(best)
        # ("what kind of manuals i translate?" of "... mostly manuals for washing machines" is
        # the manuals, which their line names; "what kind of buildings I design?" the job)
        kind_named = bool(_KIND_ASKED.search(text)) and bool(
            (which_kind := _WHICH_THING.search(text))
            and cues.stem(which_kind.group(1).lower()) in {
                cues.stem(word.strip(",.!?").lower()) for word in best.split()})
        if ((work_asked or _TEAM_ASKED.search(text)) and (told_there.work or told_there.job)
                and not kind_named):
            # "do you even remember what team im in": the team, not their whole first line
            # ("You told me hey morning yeah you're new started today in the marketing team!")
            return (self._pick("recall_job", job=told_there.job) if told_there.job
                    else self._pick("recall_thing", thing=_sentence_case(
                        cues.said_back(told_there.work or ""))))
        thing = cues.said_back(_HEDGE_AFTER.sub("", best))  # "Marketing, I think": "Marketing"
        which = _WHICH_THING.search(text)
        named_in_it = (_asked_noun_phrase(thing, {cues.stem(which.group(1).lower())})
                       if which and len(thing.split()) > _LONG_QUOTE else None)
        befell = _what_befell(text, thing)
        if befell:
            # "what did I say happened to my bowl?" of "I'm the one whose bowl collapsed ...":
            # "You told me your bowl collapsed ...", not "you're the one whose bowl ..."
            return self._pick("recall_said", thing=befell)
        done_to = _what_i_did_to(text, thing) if not named_in_it else None
        if done_to:
            # "what do I always forget when I bake?" of "... because I always forget the
            # bananas until they're black": "The bananas, wasn't it?", not the whole line
            return self._pick("recall_thing", thing=_sentence_case(done_to))
        if named_in_it and which and _KIND_ASKED.search(text) and (
                cues.stem(named_in_it.lower()) == cues.stem(which.group(1).lower())):
            # "what kind of manuals i translate?" of "... mostly manuals for washing machines":
            # the kind is what comes after ("Manuals, wasn't it?" only echoed the question)
            after = re.search(rf"\b{re.escape(named_in_it)} ((?:for|of|about|on|with) "
                              r"[^.,!?;]{2,40})", thing, re.IGNORECASE)
            named_in_it = f"{named_in_it} {after.group(1)}" if after else named_in_it
        if named_in_it:
            # a long line said back is parroting ("You told me you do like freelance
            # illustration mostly children's books a bank app sounds stressful is it!"): the
            # thing asked for alone ("Children's books, wasn't it?")
            return self._pick("recall_thing", thing=_sentence_case(named_in_it))
        fronted = _FRONTED_PLACE.match(thing) if re.search(r"\bwhere\b", text, re.I) else None
        if fronted:  # "from leeds up north i moved for a new job": "From leeds up north"
            thing = fronted.group(1)
        if cues.BAD_NEWS.search(best) or cues.NERVOUS.search(best):
            # their trouble said back is no cheerful "You said ...!" (a twentieth play-test)
            return self._pick("recall_said_gently", thing=thing) or self._pick(
                "recall_said", thing=thing)
        if len(thing.split()) > _LONG_QUOTE:
            thing = _RELATIVE_TAIL.sub("", thing)  # "... Dumpling who is probably asleep on ..."
        if (_NOUN_PHRASE.match(thing) or not _SUBJECT_FIRST.match(thing)) and not _FINITE.search(
                thing):
            # "a very fat cat called Dumpling" is no clause: "You told me a very fat cat" was
            # read as broken (a sixteenth play-test)
            return self._pick("recall_thing", thing=_sentence_case(thing))
        return self._pick("recall_said", thing=thing)

    def _named_thing_asked(self, text: str) -> str | None:
        """ "Which hospital did I say it was?": the place or thing of that kind they named by
        its name ("St Mary's hospital"), in any line of theirs, a request included; None when
        the question asks no "which" or they named none."""
        pet = _THEIR_ONES_NAME.search(text)
        if pet is not None:
            # "Bet you can't remember my cat's name": "Biscuit, wasn't it?" (it said back the
            # whole line about the cat)
            kind = next(group for group in pet.groups() if group).lower()
            called = re.compile(rf"\b{re.escape(kind)}\b[^.!?]{{0,40}}?\b"
                                r"(?:called|named) ([A-Z][\w']*)", re.IGNORECASE)
            # "my girlfriend Lucía": the name right after, capitalised as typed
            right_after = re.compile(rf"\bmy {re.escape(kind)},? ((?-i:[A-Z])[\w']+(?: (?-i:[A-Z])"
                                     r"[\w']+)?)", re.IGNORECASE)  # ("Mr Tibbles")
            for said in reversed(self.memory.heard):
                found = called.search(said)
                # (typed in lower case, "a cat called mango", a name all the same)
                if found and (found.group(1)[:1].isupper()
                              or found.group(1).lower() not in cues.COMMON_WORDS):
                    return _sentence_case(found.group(1))
                found = right_after.search(said)
                if found and found.group(1).split()[0].lower() not in cues.COMMON_WORDS:
                    return found.group(1)
        which = _WHICH_OF_THEIRS.search(text)
        if which is None:
            return None
        word = which.group(1).lower()
        # "which classes" of a class; "which bus" stays a bus
        kind = word[:-1] if word.endswith("s") and not word.endswith(("ss", "us")) else word
        named = re.compile(rf"\b((?:[A-Z][\w']*\s)+(?i:{re.escape(kind)})s?)\b")
        for said in reversed(self.memory.heard):
            found = named.search(said)
            if found and found.group(1)[:1].isupper() and found.group(1).split()[0] not in (
                    "The", "A", "My", "Our", "I", "It", "Which", "What"):
                return found.group(1)
        return None

    def _echoes_back(self, text: str, found: LineTopics) -> bool:
        """A question answered with a question ("were you?", "do you?") right after ours."""
        memory = self.memory
        asked_last = not memory.last_parts or memory.last_parts[-1].endswith("?")
        return (not found.topics and memory.last_question is not None and asked_last
                and bool(cues.ECHO_BACK.match(text)))

    def _last_question_was_open(self) -> bool:
        """Whether the partner's last words asked a wh-question ("What do you like doing?")."""
        last = self.memory.last_parts
        if not last or not last[-1].endswith("?"):
            return False
        first = textnorm.words(last[-1])[:1]
        return bool(first) and first[0] in WH

    def _say_again(self, last: tuple[str, ...]) -> str | None:
        """The gist of the last reply once more, in new words: its question if it asked one
        (that is what the user must answer), else its last part."""
        asked = last[-1].endswith("?")
        # the question itself, without a greeting before it ("Hello! Is this your first ...")
        said = cues.SENTENCE_END.split(last[-1])[-1] if asked else last[-1]
        for prefix in self._wording.lines["repeat_prefix"]:  # not "I just said, As I said, ..."
            if said.startswith(prefix):
                said = said[len(prefix):]
                break
        first = said.split()[0].lower().strip(",.!?").split("'")[0]  # "How's" is "how"
        if (first in WH or first in AUX or first in cues.LOWER_STARTS) and not said.startswith(
                "I'"):  # "I said, and how do you know Sam?", but "I said, I'm a nurse"
            said = said[:1].lower() + said[1:]
        for prefix in self._deck("pardon_asked" if asked else "pardon_said"):
            if self._fresh(prefix + said):
                return self._use(prefix + said)
        return None

    def _remember_plan(self, text: str) -> None:
        """When and where a plan it agreed to is for, as `text` names them: the same plan
        again when its line names only one of them ("Is 12:30 okay?" after lunch was put)."""
        memory = self.memory
        when = cues.plan_time(text)
        place = cues.plan_place(text)
        if place:
            # the user's "my place" is "your place" to the partner
            place = re.sub(r"\b(my|your)\b",
                           lambda word: "your" if word.group(1) == "my" else "my", place)
        last = memory.plans[-1] if memory.plans else None
        # another plan: a time or place where the last has one, about other things
        if last is None or (((when and last.time) or (place and last.place))
                            and not _plan_words(text) & _plan_words(last.said)):
            memory.plans.append(_Plan())
        plan = memory.plans[-1]
        plan.time = when or plan.time
        plan.place = place or plan.place
        if when or place or _SOME_PLACE.search(text):
            plan.said = text  # (a favour with no time or place keeps the plan's line)

    def _plan_asked(self, text: str) -> _Plan | None:
        """The plan whose time or place `text` asks (the one its words name, else the last),
        or None when it asks neither or no plan has a time or place."""
        asked = cues.PLAN_TIME_ASKED.search(text) or cues.PLAN_PLACE_ASKED.search(text)
        if not asked or not any(plan.time or plan.place for plan in self.memory.plans):
            return None
        return self._plan_named(text)

    def _plan_named(self, text: str) -> _Plan:
        """Of the plans it holds (there is one at least), the one whose words `text` names
        most, the last of equals."""
        words = _plan_words(text)
        return max(reversed(self.memory.plans), key=lambda plan: len(words & _plan_words(
            plan.said)))

    def _plan_recalled(self, text: str) -> str | None:
        """When or where (or both) a plan it agreed to is for, as the line asks ("when and
        where are the drinks?": "Friday at 8, at the Red Lion, wasn't it?"), of the plan whose
        words it names, else the last; None when the line asks neither or it holds nothing of
        what is asked."""
        memory = self.memory
        if not memory.plans:
            return None
        plan = self._plan_named(text)
        place_asked = bool(cues.PLAN_PLACE_ASKED.search(text))
        if place_asked and plan.place is None and _SOME_PLACE.search(plan.said):
            # a place was said and not kept ("... in the old hall by Kew Bridge"): the time
            # alone would pass over it, so their words are said back instead
            return None
        when = plan.time if cues.PLAN_TIME_ASKED.search(text) else None
        where = plan.place if place_asked else None
        said = ", ".join(part for part in (when, where) if part)
        return self._pick("recall_plan", thing=said[:1].upper() + said[1:]) if said else None

    def _proposal_again(self) -> list[str] | None:
        """A yes to the last proposal of theirs, asked again ("is that a yes?"), with its time
        if it named one; None if they proposed nothing."""
        memory = self.memory
        earlier = next((said for said in reversed(memory.heard[-4:])
                        if any(asks(said) for asks, _ in _PROPOSALS)), None)
        yes = self._pick("accept_plan") if earlier is not None else None
        if earlier is None or yes is None:
            return None
        when = cues.plan_time(earlier)
        self._remember_plan(earlier)
        return [yes, (self._pick("help_then", thing=when) if when else None) or ""]

    def _tip_again(self, text: str) -> str | None:
        """Its own advice, asked again: the tip whose words the question names, else the first
        or the last one given, as asked; None when no tip is asked of it or it gave none."""
        tips = self.memory.tips
        if not tips or not _TIP_ASKED_AGAIN.search(text):
            return None
        asked = cues.content_stems(text) - _TIP_ASKING_STEMS
        named = [tip for tip in tips if asked & cues.content_stems(tip)]
        first = re.search(r"\bfirst\b", text, re.IGNORECASE) is not None
        tip = (named[0] if named else tips[0] if first else tips[-1])
        return self._said_again(tip)

    def _own_guess_right(self, text: str) -> bool:
        """Whether the line checks a thing of its own it told, as a guess ("It was your kettle,
        wasn't it?", "Was it Wednesdays?", "Is it Pebble?"; a thirty-first look's users got
        "I'm not sure" or another topic): the words guessed are in one sentence of its own,
        not of the user's own ("Is it my turn?")."""
        guesses = [part for part in cues.QUESTION_SENTENCE.findall(text)
                   if part.rstrip().endswith("?") and _GUESS_FORM.search(part)]
        if not guesses or cues.OF_THEIRS.search(" ".join(guesses)):
            return False
        asked = cues.content_stems(" ".join(guesses)) - _ASKING_STEMS - _GUESS_STEMS
        if not asked:
            return False
        own = [sentence for said in self.memory.own_lines
               for sentence in cues.SENTENCE_END.split(said) if not sentence.endswith("?")]
        # (the user may have said its words back too: "Five-a-side on Wednesdays? Sign me up")
        return any(asked <= cues.content_stems(sentence) for sentence in own)

    def _own_words_again(self, text: str) -> str | None:
        """The one sentence of its own that a question asks again by its words ("what did you
        say you do on Wednesdays again?" - its five-a-side football on Wednesdays), said again;
        None when no sentence, or more than one, has the words asked."""
        if not cues.AGAIN.search(text):
            return None
        question = " ".join(part for part in cues.QUESTION_SENTENCE.findall(text)
                            if _ASKS_ITS_OWN.search(part) or _YOURS_AGAIN.search(part))
        asked = (cues.content_stems(question) - _ASKING_STEMS) | _kin_words(question)
        if not asked or (len(asked) < 2 and not _ASKS_ITS_OWN.search(question)):
            return None  # ("why are you here on your own tonight again" names too little)
        sentences = [sentence for said in self.memory.own_lines
                     for sentence in cues.SENTENCE_END.split(said) if not sentence.endswith("?")]
        having = {sentence for sentence in sentences
                  if asked <= cues.content_stems(sentence) | _kin_words(sentence)}
        if not having and len(asked) >= 2:
            # "how long did you say you've lived upstairs?" of "Yes, twelve years now, in the
            # flat upstairs." (no "lived" in it; a thirty-first look got "I'm not sure"): the
            # one sentence with all but one of the words asked
            having = {sentence for sentence in sentences
                      if len(asked - cues.content_stems(sentence) - _kin_words(sentence)) == 1}
        relation = _BEFORE_OR_AFTER.search(question)
        if relation and len(having) == 1:
            # "what did you say you did before pottery?": the sentence after "Pottery is the
            # new one." that says "before" ("Before that, I mostly did crosswords."; a
            # twenty-seventh look got "As I said, pottery is the new one.")
            named = sentences.index(next(iter(having)))
            after = sentences[named + 1:named + 2]
            if after and relation.group(1).lower() in after[0].lower():
                having = set(after)
        if len(having) != 1:
            return None
        # (its "Yes, four years now, on the finance team." said again is no yes: "Like I said,
        # yes, four years now" was read as stitched)
        sentence = cues.YES_NO_WORD.sub("", having.pop())
        return self._said_again(sentence)
