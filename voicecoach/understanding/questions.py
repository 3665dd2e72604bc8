"""Open or closed question, told from word order rather than from a question mark.

Transcripts rarely carry a "?", so a question is found where one starts: a wh-word followed by
an auxiliary or a verb ("what do you ...", "what brought you ..."), or an auxiliary in front of its
subject ("do you ...", "is it ...", "can i ..."), or a tag at the end ("..., isn't it").
Embedded wh-clauses ("i know where it is", "i wonder what time it is") keep the subject before
the verb and follow a verb like "know", so they are not questions.

Works on normalised words (see textnorm): contractions are spelled out, so "isn't it" arrives as
"is not it".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "ASKS_TO_REPEAT",
    "AUX",
    "CONNECTORS",
    "DETERMINERS",
    "EMBEDDERS",
    "PRONOUNS",
    "SUBJECT_LIKE",
    "WH",
    "QuestionForm",
    "QuestionSpan",
    "find_questions",
    "question_forms",
]


class QuestionForm(str, Enum):
    OPEN = "open"  # cannot be answered with yes or no
    CLOSED = "closed"  # yes/no, either-or, tag questions


@dataclass(frozen=True)
class QuestionSpan:
    form: QuestionForm
    start: int  # index of the first word of the question in the clause
    end: int  # one past the last word that decided the form
    rule: str  # which rule fired, for debugging a pack or a transcript


WH = frozenset("what how why where when who whom whose which whereabouts".split())
AUX = frozenset(
    "do does did is are was were am have has had can could would will should shall may might "
    "must".split()
)
# Asking to hear it again ("sorry, what did you say?", "pardon?", "I didn't catch that"): the
# partner says its last words again, and the coach sees no move in it.
_ASKING_AGAIN = (
    r"(what did you (say|ask)|what was that|what was the question|come again|"
    r"say (that|it) again|(can|could) you (say|repeat)( (that|it))?( again)?|"
    # a learner's forms: "what you say?", "say again please", "repeat please"
    r"what (did )?you (say|said)|say again|repeat( (that|it))?|one more time|"
    r"(i )?did ?n[o']?t (catch|hear|get) (that|it|you)|(i )?missed (that|it)|pardon( me)?|"
    r"sorry|what|huh|eh)")
# ... said in one go or two ("Sorry, I missed that, what did you say?")
ASKS_TO_REPEAT = re.compile(
    rf"^\W*((um|uh|oh|sorry|pardon|excuse me)\W+)*{_ASKING_AGAIN}(\W+{_ASKING_AGAIN})?"
    r"\W*(again|please)?\W*$", re.IGNORECASE)
# A question after the listener's comfort ("is the music too loud for you?", "is it a bit
# cold in here for you?", "are you warm enough?"): a kindness, not a gripe to agree with.
COMFORT_ASKED = re.compile(
    r"\b(is|isn'?t|are|aren'?t) (it|this|that|the \w+|this \w+|these \w+)( \w+)? (a bit |a little |"
    r"way |far |much )?(too )?(loud|noisy|cold|hot|warm|bright|dark|busy|crowded|spicy|sweet|"
    r"strong|salty|fast|slow|much|early|late|far)( in here| out here| here| today)? for you\b|"
    r"\bare you (warm|cool|comfortable|okay|ok|alright|all right) enough\b", re.IGNORECASE)
# "Is it noisy at night?": a newcomer asks what the place is like; no gripe (a play-tester's
# coach said "That sounds like a gripe").
PLACE_ASKED_HOW = re.compile(
    r"\b(is|are) (it|there|the \w+) (\w+ ){0,2}(noisy|loud|quiet|safe|busy|dangerous) (at night|"
    r"round here|around here|here|in the evenings?|at (the )?weekends?)\b", re.IGNORECASE)
# A question about the place, not the person ("where's the toilet?", "when are the bins
# collected?", "what time does the talk start?"; not "where do you live?").
ASKS_THE_WAY = re.compile(
    r"^(?!.*\byou(?:'?re|r)?\b)\W*(?:(?:sorry|excuse me|um|uh|so|oh|and|hey|hi)\W+)*"
    r"(?:where(?:'s| is| are| do i| can i| should i| shall i| do we)|what time|"
    r"when (?:is|are|do the|does the)|how much (?:is|are|does)|which way)\b", re.IGNORECASE)
# Words that can be the subject right after an inverted auxiliary, anywhere in an utterance.
PRONOUNS = frozenset(
    "you i we they he she it there this that these those your anyone anybody anything "
    "someone somebody something everyone everybody everything u ya".split()
)
# "which was chaos", "which is great": a relative clause after a comma, when no "?" ends it.
_COPULA_PAST = frozenset({"was", "is", "were", "are", "has", "had", "made", "meant"})
# Determiners and the like that start a noun-phrase subject after a clause-initial auxiliary.
DETERMINERS = frozenset("the a an my his her their our its any some".split())
# A question starts after these without a break in between ("so do you ...", "wow what ...").
CONNECTORS = frozenset(
    "and so but then really wow oh okay alright well hey hi hello wait anyway also now yeah "
    "yes no way interesting cool nice great sorry excuse me right huh ah oh um uh er erm "
    "actually basically anyway listen look hmm mm".split()
)
# A leading discourse word that is also a verb ("like what's the best ..."): only at the very
# start of a clause does it lead into a question.
_LEADING = frozenset("like so just".split())
_HOLD_ON = frozenset({("hang", "on"), ("hold", "on")})
# A clause that starts with its own first-person subject is a statement, even with a "?"
# ("i went to the shop earlier?"); "so it's been a busy week?" still asks.
_FIRST_PERSON = frozenset("i we my our me".split())
# A wh-word right after one of these opens an embedded clause, not a question.
EMBEDDERS = frozenset(
    "know knows knew known wonder wondering wondered see saw seen tell told ask asked asking "
    "say said says is was are were be been about of by on at matter remember forgot forget "
    "understand understood guess decide decided explain show showed mean meant think thought "
    "sure idea care from to for in with that exactly just hear heard imagine believe learn "
    "learned figure figured discuss discussed like love loved hate admire admired doubt "
    "notice noticed realise realize realised realized depends regardless matter no trust "
    "trusted curious".split()
)
# Before an inverted auxiliary these make it declarative ("that is it", "so am i").
SUBJECT_LIKE = frozenset(
    "i you we they he she it that this there these those who which what where how when why "
    "so neither nor than as if people things one ones".split()
)
# "over there have you ...", "round here do you ...": a place ends a clause, not a subject.
_PLACE_WORDS = frozenset({"there", "here"})
_ASKING_AUX = frozenset({"have", "did", "do", "are", "were", "can", "could", "would", "will"})
# Verbs in the past or third person that follow a subject wh-word ("what happened").
_IRREGULAR = frozenset(
    "got made brought went came said took won did told gave kept left sent caught taught "
    "thought felt drew ran began knew saw became found put led meant".split()
)
# Relative pronouns: in mid-sentence they usually start a relative clause, not a question.
_RELATIVE = frozenset("who which whose whom".split())
_PERSONAL = frozenset("you i we they he she it".split())
_AFTER_WH_NOT_VERB = frozenset("is was has does this".split())
# ("to": "... and had to move somewhere cheaper" is a statement, not "had to" asked)
_NOT_SUBJECT_AFTER_HAVE = frozenset("fun a an some good great nice lovely to".split())
# After a clause-initial "is"/"was", words that cannot start its subject: "is very nice here",
# "was so good" (a learner or a transcript dropped the "it": a statement, not a question).
_NOT_SUBJECT_AFTER_IS = frozenset(
    "very so really quite too good nice great fine lovely amazing beautiful cool fun hard "
    "difficult easy ok okay".split())
# After "what you": a clause, not a question with its auxiliary dropped ("what you need is").
_NOT_DROPPED = frozenset("need want mean said say said think know see get".split())
_EXCLAIM_HOW = 3  # "how nice", "how cool": how + adjective with no auxiliary nearby
_TAG_RIGHT_BLOCKERS = frozenset(
    "is are am was were all turn the to on your my exactly quite so just be that a every his "
    "her our their basic human civil legal fundamental god given".split()
)
# Object pronouns: "nobody told us why", "ask them where" embed the wh-word as well.
_OBJECT = frozenset("us me him her them you".split())
# Past participles and "got" right after a clause-initial auxiliary: the subject was left out
# ("have been for years", "had enough"), no inversion.
_PARTICIPLE_AFTER_AUX = frozenset("been got gotten done had gone enough".split())
# Idioms with "has it" that are statements: "rumour has it ...", "legend has it ...".
_HAS_IT_IDIOM = frozenset("rumour rumor word legend".split())
# Subject-verb agreement, to tell a tag after a noun phrase ("good at this, aren't you") from
# the auxiliary of its own subject ("this is it").
_SINGULAR = frozenset("this that it he she".split())
_PLURAL = frozenset("these those they we you".split())
_SINGULAR_AUX = frozenset("is was does has".split())
_PLURAL_AUX = frozenset("are were do have".split())
# "how you must be ...": a modal after "wh you" is the clause's own verb, no dropped auxiliary
_MODALS = frozenset("must can could would should will might may shall".split())
_POSSESSIVE = frozenset("yours mine his hers theirs ours".split())
# Speech drops "are you" / "have you" / "is anyone": "you enjoying it", "you been here long",
# "ever been to lisbon", "anyone sitting here". After these at the start of a clause ...
_DROPPED_AUX_YOU = frozenset("been from okay ok alright new".split())
_DROPPED_AUX_ANYONE = frozenset("know want need seen got fancy else".split())
_NOT_ING_VERB = frozenset(
    "thing nothing something anything everything morning evening king ring wedding being "
    "building ceiling darling during sibling spring string".split()
)
# After "wh + word + auxiliary", words that cannot start its subject ("what people do for").
_NOT_A_SUBJECT = frozenset(
    "for with about from into onto over under after before than and but or not too also "
    "just really still already always never often here there now then".split())
# "which bus is quickest", "what time is best": wh + a noun, "is" and a superlative.
_SUPERLATIVE_WORDS = frozenset("best worst better worse nearest closest most least".split())


def _verb_like(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    if len(word) > 3 and word.endswith("ed"):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word not in WH


def _at_start(words: Sequence[str], index: int) -> bool:
    return (index == 0 or words[index - 1] in CONNECTORS
            or _only_discourse_before(words, index))


def _only_discourse_before(words: Sequence[str], index: int) -> bool:
    """Only discourse words ("so like", "oh well") before `index`, from the clause start."""
    before = list(words[:index])
    if tuple(before[:2]) in _HOLD_ON:  # "hang on, what happened then"
        before = before[2:]
    return 0 < index <= 3 and all(w in CONNECTORS or w in _LEADING for w in before)


def _open_at(words: Sequence[str], index: int) -> QuestionSpan | None:
    """An open question starting with the wh-word at `index`, if there is one."""
    word = words[index]
    if index == 1 and words[0] == "guess" and len(words) > 2:
        # "guess who's been dating the chef": a question put as a game
        return QuestionSpan(QuestionForm.OPEN, 0, 2, "guess-wh")
    if (index > 0 and words[index - 1] in EMBEDDERS and words[index - 1] not in CONNECTORS
            and not _only_discourse_before(words, index)):
        return None
    if (index > 1 and words[index - 1] in _OBJECT and words[index - 2] in EMBEDDERS
            and not _only_discourse_before(words, index)):
        return None  # "nobody told us why", "ask him where"
    rest = words[index + 1 :]
    if not rest:
        # A bare "why" / "how" after another clause ("really? how?") still asks.
        if not index or word in {"when", "which", "whom", "whose"}:
            return None  # "fed up with this when": a cut-off clause, not "since when?"
        return QuestionSpan(QuestionForm.OPEN, index, index + 1, "bare-wh")
    following = rest[0]
    if following in {"a", "an"} and word in {"what", "such"}:
        return None  # "what a view": an exclamation
    if word in _RELATIVE and not _at_start(words, index):
        # "a friend who is a chef" is a relative clause; "... who do you know here" asks.
        if following in AUX and len(rest) > 1 and rest[1] in _PERSONAL:
            return QuestionSpan(QuestionForm.OPEN, index, index + 3, "wh-aux-subject")
        return None
    if following in AUX:
        return QuestionSpan(QuestionForm.OPEN, index, index + 2, "wh-aux")
    if (word, following) in {("what", "about"), ("how", "about"), ("how", "come"),
                             ("why", "not"), ("what", "if")}:
        return QuestionSpan(QuestionForm.OPEN, index, index + 2, "wh-phrase")
    # "what kind of music are you into", "how long have you", "which one do you like":
    # a short noun or adverb phrase, then an auxiliary followed by its subject.
    for offset in range(1, min(5, len(rest))):
        token = rest[offset]
        if (token in {"you", "u"} and offset + 1 < len(rest) and _at_start(words, index)
                and rest[offset - 1] not in PRONOUNS and rest[offset + 1] not in _NOT_DROPPED):
            # "what sort of music you into": the auxiliary dropped after a noun phrase
            return QuestionSpan(QuestionForm.OPEN, index, index + offset + 2, "wh-phrase-you")
        if rest[offset - 1] in PRONOUNS:
            break  # subject before the verb: embedded ("what time it is")
        if token in AUX:
            after = rest[offset + 1] if offset + 1 < len(rest) else ""
            if (token in {"is", "are"} and offset <= 2 and word in {"which", "what"}
                    and _at_start(words, index)
                    and (after in _SUPERLATIVE_WORDS
                         or (len(after) > 4 and after.endswith("est")))):
                return QuestionSpan(
                    QuestionForm.OPEN, index, index + offset + 2, "wh-noun-superlative"
                )
            if (after in PRONOUNS or after in DETERMINERS or after == "not" or not after
                    or after in _POSSESSIVE):
                return QuestionSpan(
                    QuestionForm.OPEN, index, index + offset + 2, "wh-phrase-aux"
                )
            if (offset == 1 and _at_start(words, index) and len(after) > 2
                    and after not in AUX and after not in _NOT_A_SUBJECT):
                # "what time do people usually leave", "how often do buses come": a bare
                # noun as the subject; "what people do is ..." (a cleft) has "is" after.
                return QuestionSpan(
                    QuestionForm.OPEN, index, index + offset + 2, "wh-word-aux-noun"
                )
            break
    # "what happened", "who won", "what brings you here": the wh-word is the subject.
    subject_wh = word in {"what", "who", "which"}
    if subject_wh and _verb_like(following) and following not in _AFTER_WH_NOT_VERB:
        return QuestionSpan(QuestionForm.OPEN, index, index + 2, "wh-subject")
    # Speech drops the auxiliary: "what you do for fun", "where you from", at a clause start.
    if (_at_start(words, index) and following in {"you", "u", "ya"} and len(rest) >= 2
            and rest[1] not in _NOT_DROPPED and rest[1] not in _MODALS):
        return QuestionSpan(QuestionForm.OPEN, index, index + 3, "wh-dropped-aux")
    if word == "how" and len(rest) < _EXCLAIM_HOW:
        return None  # "how nice", "how cool"
    return None


def _noun_phrase_before(words: Sequence[str], index: int) -> bool:
    """Whether the clause up to `index` is a short noun phrase ("the thing", "my worry", "the
    good news"): a determiner first, then up to three words, none of them a verb or pronoun."""
    before = words[:index]
    return (1 < len(before) <= 4 and before[0] in DETERMINERS - {"any", "some"}
            and not any(word in AUX or word in PRONOUNS for word in before[1:]))


def _closed_at(words: Sequence[str], index: int) -> QuestionSpan | None:
    """A yes/no question whose inverted auxiliary is at `index`, if there is one."""
    aux = words[index]
    rest = words[index + 1 :]
    if not rest:
        return None
    following = rest[0]
    if _at_start(words, index):
        if index > 0 and words[index - 1] in {"so", "neither", "nor"} and len(rest) == 1:
            return None  # "so do i", "neither am i": agreement, not a question
        if following == "not":  # "don't you think", but not "don't worry"
            if len(rest) > 1 and rest[1] in PRONOUNS:
                return QuestionSpan(QuestionForm.CLOSED, index, index + 3, "aux-not-subject")
            return None
        if (
            aux in {"do", "does", "did"}
            and following in {"it", "that", "this"}
            and (len(rest) == 1 or aux == "do")
        ):
            return None  # "do it", "do that": an instruction
        if aux in {"have", "has", "had", "was"} and following in _NOT_SUBJECT_AFTER_HAVE:
            return None  # "have fun", "have a good one", "had a great time", "was a blast"
        if aux in {"is", "was"} and following in _NOT_SUBJECT_AFTER_IS:
            return None  # "is very nice here": the "it" left out
        if following == "be" or following in _PARTICIPLE_AFTER_AUX:
            return None  # "could be worse", "must be nice": the subject was left out
        if aux == "will" and following == "do":
            return None  # "will do": a reply
        if following in PRONOUNS or following in DETERMINERS or len(rest) >= 2:
            return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "aux-subject")
        return None
    previous = words[index - 1]
    if previous == "to":
        return None  # "born to do this job", "love to have a go": an infinitive
    if aux == "has" and following == "it" and previous in _HAS_IT_IDIOM:
        return None  # "rumour has it ..."
    if _disagrees(previous, aux) and _is_tag(rest):
        # "you're good at this aren't you", "it goes right through you doesn't it"
        return QuestionSpan(QuestionForm.CLOSED, index, index + 1 + len(rest), "tag")
    if index >= 2 and previous in _PLACE_WORDS and following == "you" and aux in _ASKING_AUX:
        # "a cheese table over there have you seen it": "there" ends a statement, then asks
        return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "aux-subject-mid")
    if previous in SUBJECT_LIKE or previous in AUX or previous in WH:
        return None  # "that is it", "so am i", "what do you ..." (the wh rule owns that one)
    if (following == "not" and len(rest) >= 2 and rest[1] in PRONOUNS and len(rest) <= 3
            and (len(rest) == 2 or rest[1] not in {"that", "this", "these", "those"})):
        return QuestionSpan(QuestionForm.CLOSED, index, index + 3, "tag")  # "isn't it"
    if aux in {"is", "was"}:
        # "the rumour is they ...", "the point is that ...": a clause after "is", not inversion;
        # so also "the thing is it was raining", "my worry is it will rain": a noun phrase
        # before "is" is its subject.
        if _noun_phrase_before(words, index):
            return None
        if following in {"it", "this", "there"} and len(rest) >= 2:
            return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "aux-subject-mid")
        return None
    if following in PRONOUNS - {"that", "this", "these", "those"} and following != "it":
        return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "aux-subject-mid")
    if following in {"it", "this", "that", "there"} and len(rest) >= 2:
        return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "aux-subject-mid")
    return None


def _disagrees(previous: str, aux: str) -> bool:
    """`previous` cannot be the subject of `aux` ("this are", "you does")."""
    return ((previous in _SINGULAR and aux in _PLURAL_AUX)
            or (previous in _PLURAL and aux in _SINGULAR_AUX))


def _is_tag(rest: Sequence[str]) -> bool:
    """What follows a tag's auxiliary: "not you", "he", ... to the end of the clause."""
    if rest and rest[0] == "not":
        rest = rest[1:]
    return len(rest) == 1 and rest[0] in _PERSONAL


def _ing(word: str) -> bool:
    return len(word) > 4 and word.endswith("ing") and word not in _NOT_ING_VERB


def _dropped_aux(words: Sequence[str]) -> QuestionSpan | None:
    """A yes/no question whose auxiliary speech left out, at the clause start: "you enjoying
    the party", "you been here long", "ever been to lisbon", "anyone sitting here"."""
    index = 0
    while index < min(3, len(words)) and words[index] in CONNECTORS and words[index] != "you":
        index += 1
    if len(words) - index < 2:
        return None
    first, second = words[index], words[index + 1]
    if first in {"you", "u", "ya"} and (second in _DROPPED_AUX_YOU or _ing(second)):
        return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "dropped-aux-you")
    if first == "ever" and second in {"been", "tried", "seen", "had", "done", "met", "played"}:
        return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "dropped-aux-ever")
    if first in {"anyone", "anybody"} and (second in _DROPPED_AUX_ANYONE or _ing(second)):
        return QuestionSpan(QuestionForm.CLOSED, index, index + 2, "dropped-aux-anyone")
    return None


_NOT_A_CHOICE = frozenset({("more", "less"), ("sooner", "later"), ("yes", "no"), ("now", "never"),
                           ("give", "take"), ("rain", "shine"), ("better", "worse"),
                           ("more", "fewer"), ("all", "nothing"), ("hit", "miss"),
                           ("dead", "alive"), ("either", "neither")})
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten few couple".split())


def _choice_put(words: Sequence[str]) -> bool:
    """A clause that is only two choices, "X or Y" ("cats or dogs", "the beach or the
    mountains")."""
    content = [w for w in words if w not in {"the", "a", "an"}]
    if len(content) != 3 or content[1] != "or":
        return False
    first, last = content[0], content[2]
    return ((first, last) not in _NOT_A_CHOICE and first not in _NUMBER_WORDS
            and last not in _NUMBER_WORDS and first not in _FIRST_PERSON
            and first not in PRONOUNS and not first.isdigit())


def find_questions(
    words: Sequence[str], question_mark: bool = False
) -> tuple[QuestionSpan, ...]:
    """Every question that starts in this clause, in order.

    `question_mark` says the clause ended with "?": when no rule fires, the clause is still a
    question, and without a wh-word in front it is a closed one ("you're new here?").
    """
    spans: list[QuestionSpan] = []
    covered_until = -1
    for index, word in enumerate(words):
        if index < covered_until:
            continue
        span: QuestionSpan | None = None
        if word in WH:
            span = _open_at(words, index)
        elif word in AUX:
            span = _closed_at(words, index)
        if span is not None:
            spans.append(span)
            covered_until = span.end
    if not question_mark:
        # ", which was chaos": a clause about what came before, not "which was it?"
        spans = [span for span in spans if not (
            words[span.start] == "which" and span.start + 2 < len(words)
            and words[span.start + 1] in _COPULA_PAST
            and words[span.start + 2] not in DETERMINERS | PRONOUNS
            and not words[span.start + 2].endswith(("er", "est")))]  # "which is better"
    if tuple(words) == ("why", "not") and not question_mark:
        # "so I thought, why not." decides, it asks nothing (a session of my own: "Great open
        # question"); "why not?" still asks
        spans = []
    if not spans:
        dropped = _dropped_aux(words)
        if dropped is not None:
            spans.append(dropped)
    # "cats or dogs", "tea or coffee": a choice put, heard without its "?" (a sweep of
    # questions spoken: "Oh really? That's interesting."); not "more or less", "two or three"
    if not spans and _choice_put(words):
        spans.append(QuestionSpan(QuestionForm.CLOSED, 0, len(words), "choice"))
    # "you're new here right": a final "right" asks for a yes, unless it is "that's right".
    tag_right = len(words) >= 3 and words[-1] == "right" and words[-2] not in _TAG_RIGHT_BLOCKERS
    if not spans and tag_right:
        spans.append(QuestionSpan(QuestionForm.CLOSED, len(words) - 1, len(words), "tag-right"))
    if not spans and question_mark and words and words[0] not in _FIRST_PERSON:
        form = QuestionForm.OPEN if words[0] in WH else QuestionForm.CLOSED
        spans.append(QuestionSpan(form, 0, len(words), "question-mark"))
    return tuple(spans)


def question_forms(words: Sequence[str], question_mark: bool = False) -> frozenset[QuestionForm]:
    """The forms of the questions in a clause: empty, {OPEN}, {CLOSED} or both."""
    return frozenset(span.form for span in find_questions(words, question_mark))
