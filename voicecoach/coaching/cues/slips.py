"""Being heard and understood: the sound-alike slips speech recognition makes ("where do you
life") and chat spellings, put right by `heard`; a learner's dropped "it" (`with_dropped_it`);
"sorry?" (`PARDON`), a request to speak more slowly, and the meaning of a word asked
(`meaning_asked`).
"""

from __future__ import annotations

import re

from voicecoach.understanding.questions import ASKS_TO_REPEAT

__all__ = [
    "HEARD_AS", "PARDON", "SLOWER", "heard", "meaning_asked", "with_dropped_it",
]

# A learner's statement without its "it": "Is my first time.", "Is very nice here." (said, not
# asked: no question mark).
# ("yes, is my first day today. i am very nervous": after a "yes," too)
_DROPPED_IT = re.compile(r"(^|(?<=[.!]\s)|(?<=^yes, )|(?<=^yeah, )|(?<=^no, ))is (?=(my|very|so|"
                         r"really|quite|good|nice|ok|okay|fine|"
                         r"a bit|not|too|great|hard|difficult|easy|the first)\b[^?]*([.!]|$))",
                         re.IGNORECASE)


def with_dropped_it(text: str) -> str:
    """ "Is my first time." -> "It is my first time.": a statement, not a yes/no question."""
    return _DROPPED_IT.sub("It is ", text)


# Words speech recognition writes for others that sound the same, where only one makes sense.
HEARD_AS = tuple((re.compile(pattern, re.IGNORECASE), words) for pattern, words in (
    (r"\bi no (?!longer\b|more\b|one\b|way\b|idea\b)", "i know "),
    (r"\b(do|did) (you|u) life\b", r"\1 \2 live"),
    (r"\b(you|u) life (in|near|around|nearby|here|close)\b", r"\1 live \2"),
))
# The user did not hear the partner ("sorry?", "I didn't catch that"): one pattern with the
# move matcher, which sees no move in it.
PARDON = ASKS_TO_REPEAT


def heard(text: str) -> str:
    """`text` with sound-alike slips of speech recognition put right ("where do you life"), and
    chat spellings written out ("u work?", "whats the talk about")."""
    for pattern, words in HEARD_AS:
        text = pattern.sub(words, text)
    for pattern, words in _TYPED_AS:
        text = pattern.sub(words, text)
    return text.lstrip(" ,")


# How people type in a hurry: "u?", "r u new?", "whats", "dont" (lower case only, so a
# capitalised "U" or a name is left alone).
_TYPED_AS = tuple((re.compile(pattern), words) for pattern, words in (
    (r"\br u\b", "are you"), (r"\bu\b(?!-)", "you"), (r"\bur\b", "your"),
    (r"\bwhats\b", "what's"), (r"\bdont\b", "don't"), (r"\bdidnt\b", "didn't"),
    (r"\bcant\b", "can't"), (r"\bim\b", "i'm"), (r"\bive\b", "i've"),
    # a tenth play-test's "wat do u do for work" got "Yes, I'm a nurse ..."
    (r"\b(?:wat|wot|wht)\b", "what"), (r"\bwhr\b", "where"), (r"\bhw\b", "how"),
    (r"\b(how|where|what|who|when) r\b", r"\1 are"), (r"\bthx\b", "thanks"),
    (r"\bbrb\b", "be right back"),
    # a young user's chat: "idk", "kinda", "gonna", "tho" (a thirtieth play-test)
    (r"\bidk\b", "i don't know"), (r"\bdunno\b", "don't know"), (r"\bkinda\b", "kind of"),
    (r"\bsorta\b", "sort of"), (r"\bgonna\b", "going to"), (r"\bwanna\b", "want to"),
    (r"\bcya\b", "see you"), (r"\btho\b", "though"),
    (r"\b(?:cuz|coz|cos|bc)\b", "because"), (r"\b(?:pls|plz)\b", "please"),
    (r"\brn\b", "right now"), (r"\bppl\b", "people"), (r"\bthats\b", "that's"),
    (r"\b(does|is|was|have|has|had|would|could|should|wo|are|were)nt\b", r"\1n't"),
    (r"\byoure\b", "you're"), (r"\btheres\b", "there's"), (r"\bhows\b", "how's"),
    (r"\bwheres\b", "where's"), (r"\bwhos\b", "who's"),
    # "its an apprenticeship", "its literally day one": "it's" where a verb is wanted
    (r"\bits (?=(a|an|the|my|not|so|really|very|kind|pretty|ok|okay|fine|good|"
     r"great|been|just|only|literally|actually|like|going|getting|all|quite|too|nice)\b)",
     "it's "),
    # chat tags that say how, not what ("im zara btw", "i'm from leeds lol"): left out, so
    # that a name or a place is read without them (a laugh is seen before, `joking`)
    (r"\s*\b(?:lol|lmao|lmfao|rofl|ha(?:ha)+|he(?:he)+|tbh|ngl|btw|lowkey|highkey|fr|imo|imho|"
     r"istg|smh|xd)\b,?", ""),
))


# "Can you speak more slowly, please?", "slow down a bit", "you talk too fast for me".
SLOWER = re.compile(r"\b(speak|talk|say( (it|that))?( again)?|go|repeat)\b[^.?!]{0,12}"
                    r"\bslow(ly|er)\b|\bslow down\b|\bmore slow(ly)?\b"
                    r"|\b(talk|speak)\w* (a bit |a little )?too fast\b", re.IGNORECASE)
# "What does 'freelance' mean?", "I don't understand 'regulars', what is it mean?" (a
# learner's question about a word; the word in quotes, or after "what does").
_MEANING = re.compile(
    r"\bwhat (?:does|do|is) ['‘\"]?([a-z-]+)['’\"]? mean\b"
    # a learner's "What means wonky exactly?", "what means 'settling in'?", "what is the
    # meaning of ..." (a thirtieth play-test: none of four was answered)
    r"|\bwhat means? ['‘\"]([a-z-]+(?: [a-z-]+){0,2})['’\"]"
    r"|\bwhat means? ([a-z-]+)\b"
    r"|\bwhat(?: is|'s) (?:the )?meaning of ['‘\"]?([a-z-]+)['’\"]?"
    r"|\b(?:i (?:don'?t|do not|not) (?:understand|know)|what is|what'?s|what does) "
    r"(?:the word )?['‘\"]([a-z-]+)['’\"]"
    r"|['‘\"]([a-z-]+)['’\"],? (?:what (?:is it|does it|it|is that|does that) mean|means what)",
    re.IGNORECASE)


# "what do you mean?" asks what the partner meant, not what "you" means.
_NOT_ASKED_WORDS = frozenset("you i we they he she it that this those these there".split())


def meaning_asked(text: str) -> str | None:
    """The word whose meaning a line asks ("freelance"), if it asks one."""
    found = _MEANING.search(text)
    word = next((group for group in found.groups() if group), None) if found else None
    return None if word is None or word.lower() in _NOT_ASKED_WORDS else word
