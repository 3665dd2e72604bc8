"""A follow-up asked of what the partner has just told, of a kind its card cannot answer: why,
how it began, what happened next, who got it into it.

"I play in goal for a five-a-side team." followed by "Why football and not something else?"
asks about the partner's own life. A card says only so much; a person still answers, plainly
and modestly ("Oh, no big reason, really. It just felt right at the time.").
The partner used to give the next line of its story, another fact's line, or "Like I said, ..."
before a thing that did not answer (a twenty-second play-test: 18 of 28 such follow-ups went
unanswered, and "Why did you drift away from illustration?" got "Well, like I said, every
weekend, in a little sketchbook.").

This module only reads which kind a question is; the partner decides whether its card answers
it first, and the decks in `prompts/partner.toml` hold the answers.
"""

from __future__ import annotations

import re
from enum import Enum

__all__ = ["FollowUp", "follow_up"]


class FollowUp(Enum):
    """The kind of follow-up, named by the deck that answers it."""

    WHY = "why_improvised"
    HOW_STARTED = "how_started_improvised"
    WHAT_NEXT = "what_next_improvised"
    WHO = "who_improvised"


# "oh nice!", "and", "so", "ha" before the question word
_LEAD = (r"^\W*(?:(?:oh|ah|ooh|and|so|but|ok|okay|nice|cool|wow|really|great|lovely|ha|haha|"
         r"interesting|amazing)\W+)*")
_AUX = (r"(?:did|does|do|is|are|was|were|has|have|had|would|will|can|could|should|didn'?t|"
        r"don'?t|doesn'?t|isn'?t|aren'?t|wasn'?t)")
# Each asks of the partner itself: "you" is the subject (a learner's "why you move here?"
# too). "Who runs it?" or "how did the team start?" ask of others, whom a stock answer about
# itself would not fit.
_FORMS = (
    (FollowUp.WHAT_NEXT, re.compile(
        _LEAD + r"(?:what happened (?:next|after|then|afterwards|in the end)\b|"
        r"(?:and )?then what\W*$|what did you do (?:then|after|next)\b)", re.IGNORECASE)),
    (FollowUp.HOW_STARTED, re.compile(
        _LEAD + r"how did you (?:get (?:into|started)|start|begin|end up|learn|pick (?:it|that) "
        r"up)\b", re.IGNORECASE)),
    (FollowUp.WHO, re.compile(
        _LEAD + r"who (?:taught|showed|got|introduced|trained|inspired) you\b", re.IGNORECASE)),
    # "why did you drift away from illustration?", "why football and not something else?",
    # "how come?"; not "why not?", which agrees, nor "why is the bus late?"
    (FollowUp.WHY, re.compile(
        _LEAD + r"(?:why (?:" + _AUX + r" you|you)\b(?! (?:think|ask|say|mean)\b)|"
        r"how come(?: you\b|\W*$)|why\W*$|"
        r"why (?!not\b)(?!" + _AUX + r"\b)[a-z]+(?: [a-z]+)?\W*(?:and not\b|instead\b|"
        r"rather\b|of all\b|\?|$)|what made you (?:choose|pick|go for|decide|start|drift|"
        r"leave|stop|move|quit|switch|change|want)\b)", re.IGNORECASE)),
)


def follow_up(question: str) -> FollowUp | None:
    """The kind of follow-up `question` (one sentence, lead-in and all) asks of the partner's
    own life; None for any other question, or one about the user ("why did I ...?")."""
    return next((kind for kind, form in _FORMS if form.search(question)), None)
