"""Word lists and small text helpers that the other cue modules share: a yes or no opening
an answer, sentences and questions split apart, the words too common to name a fact
(`COMMON_WORDS`) or that only judge (`JUDGEMENT_WORDS`), a number in figures or words, word
stems (`stem`, `content_stems`), the names in a line, the sentences that would sound repeated
(`sentence_keys`), and a question's "they" made "she" or "he" (`with_pronoun`).
"""

from __future__ import annotations

import re

from voicecoach.understanding import textnorm

__all__ = [
    "COMMON_WORDS", "JUDGEMENT_WORDS", "NUMBER_WORD", "QUESTION_SENTENCE", "SENTENCE_END",
    "YES_NO_START", "YES_NO_WORD", "YES_START", "content_stems", "last_question", "names_in",
    "sentence_keys", "split_clause", "stem", "with_pronoun",
]

YES_NO_START = re.compile(r"^(yes|yeah|no|not|i do|i am|i have)\b", re.IGNORECASE)
YES_NO_WORD = re.compile(r"^(yes|yeah|no|not really|not yet|not any more|oh yes|oh no)\b[,.!]*\s*",
                         re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Words too common to name a fact ("What was that like?").
COMMON_WORDS = frozenset("""
    that this there what when where which with have from your about just really like
    they them then than were been being does doing done know think would could should
    much many very some more most also into over only other such here time year years
    week weeks last first good nice well make made back every still thing things going
    tell more sounds sound lovely amazing great love cool wow fun happened next again
    someone something anything everyone anyone everything nothing would recommend people
    place places want need around always never after before today tonight actually
    honestly kind sort little lots advice thanks thank sorry maybe perhaps probably
    look looks looking find fine will said told mean feel seem come came went going getting
    take took give keep start started trying want wanted used familiar mentioned
    long often usually ever lately recently ages while thats yeah okay haha worth
    """.split())  # "how long have you been doing that?" is not about "a long trail"
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
           r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?")
NUMBER_WORD = _NUMBER  # a number said in figures or words ("five", "forty-three", "12")
YES_START = re.compile(r"^(yes|yeah|yep|i do|i am|i have)\b", re.IGNORECASE)


def split_clause(text: str) -> tuple[str, str]:
    """The text up to its first , . or ! and the rest, stripped."""
    match = re.search(r"[,.!]\s+", text)
    if match is None:
        return text, ""
    return text[:match.start()], text[match.end():].strip()


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)(?:'s)?\b")


def names_in(text: str) -> set[str]:
    """The names in a line: capitalised words not opening a sentence ("Sam", not "How")."""
    return {name for name in _NAME.findall(text) if name != "I"}


# Past forms that share no first letters with their verb: "what do you make here?" asks
# after the card's "I made my first bowl" (it got "I'm not sure, to be honest").
_IRREGULAR = {"made": "make", "drew": "draw", "drawn": "draw", "built": "build",
              "wrote": "write", "written": "write", "taught": "teach", "bought": "buy",
              "grew": "grow", "grown": "grow", "sang": "sing", "sung": "sing", "swam": "swim",
              "rode": "ride", "ridden": "ride", "brought": "bring", "caught": "catch",
              "fought": "fight", "threw": "throw", "thrown": "throw"}


def stem(word: str) -> str:
    """A word's first five letters, after an -ing, -er or -ed and a final e: "freelancing" meets
    "freelance", "driving" meets "driver" (a tenth play-test's "Do you like driving the bus?"
    was not heard as of the bus driver's job), "pottery" stays."""
    word = _IRREGULAR.get(word, word)
    base = _SUFFIX.sub("", word)
    if len(base) >= 3 and base != word:
        word = base[:-1] if len(base) >= 4 and base[-1] == base[-2] else base  # "running"
    elif len(word) >= 4 and word.endswith("e"):
        word = word[:-1]
    return word[:5] if len(word) > 5 else word


_SUFFIX = re.compile(r"(?:ing|ers|er|ed|es)$")
# A sentence that asks (a line's last words count as one when they end with no stop).
QUESTION_SENTENCE = re.compile(r"[^.!?]+\?+|[^.!?]+$")


def last_question(text: str) -> str:
    """The last sentence of `text` that asks ("" if none asks)."""
    return next((part.strip() for part in reversed(QUESTION_SENTENCE.findall(text))
                 if part.endswith("?")), "")


# Words that judge what is asked about rather than name it ("was it hard?", "is it expensive?"):
# a question made of these and a pronoun names nothing new (Partner._asked_words).
JUDGEMENT_WORDS = frozenset("""
    hard easy tough scary difficult expensive cheap pricey tiring stressful exciting boring
    interesting weird strange serious dangerous safe close near big small huge tiny quick slow
    quiet loud noisy busy crowded friendly strict nervous scared worried happy proud glad enjoy
    enjoyed enjoying like liked love loved miss missed tired bored awful terrible brilliant
    funny crazy wild cute sweet beautiful pretty true sure right okay alright worth worried
    popular fancy posh cosy cozy warm cold lonely different same better worse best worst
    anyway yourself apart exactly generally normally mostly currently even else though
    instead basically literally wait hang moment days these those earlier later hear round
    name called relaxing calming exhausting inspiring rewarding satisfying frustrating
    annoying challenging demanding their
    """.split())


def content_stems(text: str, common: frozenset[str] = COMMON_WORDS) -> set[str]:
    """The stems of a line's words of four letters or more that are not `common`: what it is
    about ("how long have you been doing that?" names nothing)."""
    return {stem(word) for word in textnorm.words(text) if len(word) >= 4 and word not in common}


def sentence_keys(line: str) -> set[str]:
    """The sentences of `line` long enough to sound repeated when said twice, normalised."""
    keys = (" ".join(re.sub(r"[^a-z0-9' ]+", " ", sentence.lower()).split())
            for sentence in SENTENCE_END.split(line))
    return {key for key in keys if len(key.split()) >= 4}


# One person named by a word that tells whether they are a he or a she ("my sister", "her
# name is Ingrid"): a question about them says "she", not "they" ("What are they like?").
_SHE = re.compile(r"\b(sister|mum|mom|mother|wife|girlfriend|daughter|aunt\w*|gran\w*|nan|"
                  r"niece|she|her)\b", re.IGNORECASE)
_HE = re.compile(r"\b(brother|dad|father|husband|boyfriend|son|uncle|grandad|grandpa|grandfather|"
                 r"nephew|he|him|his)\b", re.IGNORECASE)
_THEY_FORMS = ((re.compile(r"\bWhat are they like\?"), ("What's she like?", "What's he like?")),
               (re.compile(r"\bAre they\b"), ("Is she", "Is he")),
               (re.compile(r"\bare they\b"), ("is she", "is he")),
               (re.compile(r"\bthey are\b"), ("she is", "he is")),
               (re.compile(r"\bthem\b"), ("her", "him")))


def with_pronoun(line: str, about: str) -> str:
    """`line` with "they" made "she" or "he" when `about` (the user's line) names only a she
    or only a he; unchanged otherwise."""
    she, he = bool(_SHE.search(about)), bool(_HE.search(about))
    if she == he:
        return line
    for pattern, (for_her, for_him) in _THEY_FORMS:
        line = pattern.sub(for_her if she else for_him, line)
    return line
