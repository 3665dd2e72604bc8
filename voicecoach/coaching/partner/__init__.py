"""The role-play partner: a persona card, what has been said so far, and a reply policy.

The partner depends only on a line's text and move labels (`UserLine`), so it plugs into any
turn type. Per line it works out what needs an answer (topics, question kind, what the user
told about themselves; see understanding/topics.py and disclosure.py, and the patterns of
cues/: a goodbye, a request for advice, a moan, a guess at the partner's facts), then builds
the reply from parts, in this order:

0. a goodbye: a goodbye (never a question after it); "sorry?": the last question again;
1. an avoid-topic: step away from it and ask about something else (a dislike shared, "I can't
   stand queues either", is common ground instead, a moan that tells about the user is
   met with interest, and one about their own life, "my commute is killing me", with
   sympathy and a kind question about it);
2. a greeting or introduction: give the partner's name back, with the user's name if known;
3. a compliment: thanks, and one back; "me too": meet the common ground; a workplace, job,
   hobby or home town named: a reaction to it; "I'm nervous": reassurance; thanks: welcome;
4. the question actually asked (each of two asked at once): yes/no first for a yes/no
   question; "and you?" answers the partner's own last question; "tell me more" (or "nice!"
   while a story is told) continues the current story a step; a request for advice gets the
   card's advice on the topic (on a pastime the card never mentions, "I'm no expert"; on
   no topic, the scenario's general advice that shares the most words with the request);
   a guess at the card's facts ("you said you're an engineer?")
   is confirmed or kindly corrected; "what's the neighbourhood like?" asks about the scene's
   place (its `setting`), and "... and do you like it?" gets that too;
5. a statement: react to it (specifically, when it named a workplace, a hobby, a place; with
   sympathy when it was a let-down), share the partner's own fact when it answers the
   partner's question, and ask about it;
6. nothing understood: a friendly word and a question on a new topic.

A reply then ends with a question back when the line was not a question (or the story ran
out), or when fewer than 40% of replies have asked so far; the question is the same one handed
back when the user has not talked about that topic yet, else a callback to what the user said,
else the card's question on a topic not talked about, else one from partner.toml.
The partner never says the same line, nor the same sentence, twice: a fact asked for again is
worded anew ("Like I said, ..."), stories move on, and questions come from the card, then from
partner.toml, then from what the user said earlier ("How's the library treating you?").

The package, one job a module (`Partner` inherits its mixins as one chain, each the one before
it, on `_PartnerBase`'s declared attributes):

- turns.py: `UserLine`, `Reply`, `ReplyKind`, `SilenceStep` and `silence_step`;
- wording.py: `PartnerWording`, prompts/partner.toml loaded and checked;
- state.py: what a session keeps (`_Memory`, `_Draft`, `PartnerState`);
- patterns.py: the patterns and helpers several modules share;
- base.py: `_PartnerBase`, the shared attributes;
- decks.py: the wording decks, lines filled in and never said twice;
- card.py: answers from its persona card (facts, how long, how started, details, where, names,
  ages, stories);
- beyond_card.py: answers the card has no fact for (the scene, everyday questions, a yes/no
  by its form);
- recall.py: what the user told it and plans put to it, said back when asked;
- advice.py: advice, help and proposals;
- asking.py: ending a reply and the question asked back;
- reacting.py: greetings and reactions to what the user told;
- answering.py: the answer to a question or a statement;
- reading.py: the user's line as read, and the topic a question asks;
- choosing.py: the stages that choose the kind of reply;
- core.py: `Partner`, its set-up, public methods and `reply`.
"""

from voicecoach.coaching.partner.asking import ASK_BACK_SHARE as ASK_BACK_SHARE
from voicecoach.coaching.partner.asking import CALLBACK_AFTER as CALLBACK_AFTER
from voicecoach.coaching.partner.asking import CALLBACK_FROM_TURN as CALLBACK_FROM_TURN
from voicecoach.coaching.partner.choosing import NICE_TO_MEET_LATE as NICE_TO_MEET_LATE
from voicecoach.coaching.partner.core import Partner as Partner
from voicecoach.coaching.partner.state import PartnerState as PartnerState
from voicecoach.coaching.partner.turns import Reply as Reply
from voicecoach.coaching.partner.turns import ReplyKind as ReplyKind
from voicecoach.coaching.partner.turns import SilenceStep as SilenceStep
from voicecoach.coaching.partner.turns import UserLine as UserLine
from voicecoach.coaching.partner.turns import silence_step as silence_step
from voicecoach.coaching.partner.wording import PartnerWording as PartnerWording

__all__ = [
    "ASK_BACK_SHARE",
    "Partner",
    "PartnerWording",
    "Reply",
    "ReplyKind",
    "SilenceStep",
    "UserLine",
    "silence_step",
]
