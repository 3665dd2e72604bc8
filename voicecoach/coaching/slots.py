"""One thing asked of what the partner has just told: when, who with, who, or why.

"I'm off to see my sister in Canada in the autumn." followed by "Oh nice! When are you
going?" asks for one detail of that telling. A person answers with the detail ("In the
autumn."), not the next step of the story ("She lives near a lake ..."), which is what the
partner said before (a nineteenth play-test: "When you go there?", "Why you go to Canada?",
"Who are you going with?" got the story, "I couldn't say" and "Oh, sorry, I'm Riley.").

This module only reads: which detail a question asks (`asked_slot`), whether a sentence of the
card says it (`says`), and the detail alone (`detail`) for when the sentence has been said
already. The partner chooses the sentence.
"""

from __future__ import annotations

import re
from enum import Enum

__all__ = ["SAYS", "Slot", "asked_slot", "detail"]


class Slot(Enum):
    WHEN = "when"
    WHO_WITH = "who_with"
    WHO = "who"
    WHY = "why"


# "oh nice!", "and", "so" before the question word
_LEAD = r"^\W*(?:(?:oh|ah|ooh|and|so|but|ok|okay|nice|cool|wow|really|great|lovely)\W+)*"
# A question about the user or a plan made together is theirs, not a detail of its telling:
# "when did I say the party was?", "when are we meeting?"
_ABOUT_US = re.compile(r"\b(i|i'm|i'd|i'll|me|my|we|we're|us|our)\b", re.IGNORECASE)
_WHEN_AND_WHERE = re.compile(r"\b(when|what time) and where\b|\bwhere and (when|what time)\b",
                             re.IGNORECASE)
_ASKED = (
    # ("who do you play football with on Tuesdays, people from work?")
    (Slot.WHO_WITH, re.compile(_LEAD + r"(?:(?:who|whom)\b[^?]*\bwith\b|(?:who|whom) with\b|"
                               r"with (?:who|whom)\b)", re.IGNORECASE)),
    (Slot.WHEN, re.compile(_LEAD + r"(?:when|what time|what day|which day|how soon)\b",
                           re.IGNORECASE)),
    # "who eats it all?", "who do you visit there?"; not "who is the host?" nor "who are you?"
    (Slot.WHO, re.compile(_LEAD + r"who (?:do|did|does|will|would|are you (?:going|taking|"
                          r"seeing|visiting|meeting)|(?!is\b|was\b|has\b)\w+s)\b",
                          re.IGNORECASE)),
    # "why Canada?", "how come?"; not "why not?", which agrees
    (Slot.WHY, re.compile(_LEAD + r"(?:why\b(?! not\b)|how come\b|what for\b)", re.IGNORECASE)),
)

_SEASON = r"spring|summer|autumn|fall|winter"
_MONTH = (r"january|february|march|april|may|june|july|august|september|october|november|"
          r"december")
_DAYS = r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?"
_PERIOD = r"day|morning|evening|night|week|weekend|month|year"
# A sentence of the card that says each detail.
SAYS = {
    Slot.WHEN: re.compile(
        rf"\b(in the ({_SEASON}|mornings?|evenings?)|in ({_MONTH}|{_SEASON})|"
        rf"(next|this|last) ({_PERIOD}|{_SEASON}|{_DAYS})|every ({_PERIOD}|{_DAYS}|{_SEASON})|"
        rf"on ({_DAYS})|at (the )?weekends?|at night|at lunch(time)?|after work|before work|"
        rf"(once|twice) a ({_PERIOD})|tomorrow|tonight|yesterday|"
        rf"(\d+|a|an|one|two|three|four|five|six|a few|a couple of) ({_PERIOD}|years|months|"
        rf"weeks|days)s? ago|(in|since) (19|20)\d\d)\b", re.IGNORECASE),
    Slot.WHO_WITH: re.compile(
        r"\b(with (my|our|a|some|the|her|his) [\w' ]{2,30}?(?=[,.!]|\s(and|to|in|at|on|for)\b|$)|"
        r"on my own|by myself|alone)\b", re.IGNORECASE),
    Slot.WHO: re.compile(
        r"\b(my|our|her|his) (older |younger |little |big |best )?(sister|brother|mum|mother|"
        r"dad|father|parents|partner|wife|husband|girlfriend|boyfriend|son|daughter|kids|"
        r"children|family|friends?|neighbours?|neighbors?|colleagues?|flatmates?|team|gran|"
        r"grandma|grandad|granddad|grandparents|cousins?|aunt|uncle|nephew|niece)\b",
        re.IGNORECASE),
    Slot.WHY: re.compile(
        r"\b(because|so that|to (see|visit|be (with|near|closer to)|learn|help|meet|try|study|"
        r"look after|get away|relax|unwind)|for (the|a|my) (job|work|course|kids|family)|"
        r"for (nursing|work|love|school|university|uni|charity|fun|a friend|a change))\b",
        re.IGNORECASE),
}


def asked_slot(question: str) -> Slot | None:
    """The detail a question (one sentence, lead-in and all) asks of what was told; None for
    any other question, or one about the user or a plan made together."""
    if _ABOUT_US.search(question) or _WHEN_AND_WHERE.search(question):
        return None  # (nor "when and where is the Friday lunch?", which asks two)
    return next((slot for slot, form in _ASKED if form.search(question)), None)


def detail(sentence: str, slot: Slot) -> str | None:
    """The detail alone, as a short answer to a question about something said already ("In
    the autumn." of "I'm going to see my sister in Canada in the autumn."; a reason to the end
    of its clause: "To see my sister in Canada in the autumn."); None when it says none."""
    found = SAYS[slot].search(sentence)
    if found is None:
        return None
    words = found.group(0)
    if slot is Slot.WHY:
        words = re.split(r"[,.;!?]", sentence[found.start():], maxsplit=1)[0]
    return words[:1].upper() + words[1:].rstrip() + "."
