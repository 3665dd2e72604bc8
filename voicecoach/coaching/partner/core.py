"""The role-play partner, `Partner`: its session's set-up, the public methods, and `reply`."""

from __future__ import annotations

import copy
import dataclasses
import random
import re
from collections.abc import Sequence

from voicecoach.coaching import cues
from voicecoach.coaching.partner.choosing import _Choosing
from voicecoach.coaching.partner.patterns import _PROPOSALS, _proper_names
from voicecoach.coaching.partner.state import PartnerState, _Memory
from voicecoach.coaching.partner.turns import Reply, ReplyKind, SilenceStep, UserLine, silence_step
from voicecoach.coaching.partner.wording import PartnerWording
from voicecoach.coaching.persona import Persona, Scenario
from voicecoach.coaching.two_questions import TwoAsked, two_asked
from voicecoach.errors import PackError
from voicecoach.understanding import textnorm
from voicecoach.understanding.match import FUNCTION_WORDS
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel
from voicecoach.understanding.questions import AUX, WH
from voicecoach.understanding.topics import NAME_WANTED, Topic, TopicFinder

# A line with one of these is met as a whole (steered away from, sorry for), not split.
_NOT_SPLIT = frozenset({*AVOID_TOPICS, MoveLabel.COMPLAINT})
# The labels a second question keeps of its line.
_ASKING_LABELS = frozenset({MoveLabel.OPEN_QUESTION, MoveLabel.CLOSED_QUESTION,
                            MoveLabel.ADVICE_REQUEST})
# Its own question back, which waits until the second answer ("Where did you grow up?"; not
# "You're a nurse, right?").
_ASKS_BACK = re.compile(r"^(?:and |so )?(?:" + "|".join(sorted(WH | AUX)) + r")\b.*\?$",
                        re.IGNORECASE)
# One of the partner's people or things asked after ("your daughter's name"), and a pronoun
# for them in the question after ("where does she live?").
_YOUR_ONE = re.compile(r"\byour (daughter|son|sister|brother|mum|mom|dad|mother|father|wife|"
                       r"husband|partner|boyfriend|girlfriend|friend|dog|cat|grandson|"
                       r"granddaughter|boss|kid|baby|neighbour)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(she|he)\b(?!')", re.IGNORECASE)
_THIRD_PERSON_OWN = re.compile(r"\b(her|his)\b(?= \w)", re.IGNORECASE)
# "here" in the first question, and an "it" liked in the second that means it.
_HERE = re.compile(r"\bhere\b", re.IGNORECASE)
_LIKES_IT = re.compile(r"\b(like|enjoy|love) it(?= *\?*$)", re.IGNORECASE)
# The wording of owning that it cannot answer ("not sure" of the world, "Someone here will
# know", does answer a question of the world).
_NO_ANSWER_KEYS = ("no_answer", "unclear", "recall_untold")


def _overlap(first: Sequence[str], second: Sequence[str]) -> bool:
    """Whether two answers say the same thing twice: two content words in common ("I really
    like it here. The people are kind." and "Yes, I like it a lot. People here are very
    kind.")."""
    def content(parts: Sequence[str]) -> set[str]:
        return {cues.stem(word) for word in textnorm.words(" ".join(parts))
                if len(word) > 2 and word not in FUNCTION_WORDS}
    return len(content(first) & content(second)) >= 2


# Facts of the person's own life, which a word of the scene does not name: "do you like the
# new wheel?" at a pottery class is not asking after music "perfect for the wheel".
_ASIDE_TOPICS = frozenset({Topic.RECENT, Topic.TRAVEL, Topic.FOOD, Topic.MUSIC,
                           Topic.PETS, Topic.FAMILY})


def _fact_keywords(persona: Persona, stories: bool = True, scene: str = ""
                   ) -> dict[Topic, frozenset[str]]:
    """Per fact, the stems of its distinctive words (with `stories`, its story's too): not
    common ones, not in three facts or more, and not, for an aside, a word of the `scene`."""
    words = {topic: frozenset(w for line in (fact.answer, fact.yes_no,
                                             *(fact.story if stories else ()))
                              for w in textnorm.words(line) if len(w) >= 4) - cues.COMMON_WORDS
             for topic, fact in persona.facts.items()}
    counts: dict[str, int] = {}
    for group in words.values():
        for word in group:
            counts[word] = counts.get(word, 0) + 1
    scenery = cues.content_stems(scene)
    return {topic: frozenset(cues.stem(w) for w in group if counts[w] < 3)
            - (scenery if topic in _ASIDE_TOPICS else frozenset())
            for topic, group in words.items()}


def _named(scenario: Scenario, name: str) -> Persona:
    for persona in scenario.personas:
        if persona.name.lower() == name.strip().lower():
            return persona
    names = ", ".join(p.name for p in scenario.personas)
    raise PackError(f"scenario {scenario.id!r} has no persona {name!r}; choose one of: {names}")


_LEAD_AND = re.compile(r"^(and|also|plus)\s+", re.IGNORECASE)


def _named_again(first: str, second: str) -> str:
    """The second question with the one the first asked after named again for its pronoun
    ("what's your daughter's name, and where does she live?": "where does your daughter
    live?", which it got as where it lives itself)."""
    if (cues.ASKS_TO_REMEMBER.search(first) and not cues.ASKS_TO_REMEMBER.search(second)
            and cues.OF_THEIRS.search(second)):
        # "do you remember my name? and from which country I am?": a memory check too (a
        # twenty-eighth look got the name only, and its own family for "who make pottery
        # in my family?")
        return f"Do you remember {_LEAD_AND.sub('', second.strip())}"
    if _HERE.search(first) and _LIKES_IT.search(second):
        # "How long have you been here, and do you like it?": it liked here, the place
        return _LIKES_IT.sub(r"\1 it here", second, count=1)
    named = _YOUR_ONE.search(first)
    if named is None:
        return second
    one = f"your {named.group(1)}"
    second = _THIRD_PERSON.sub(one, second, count=1)
    return _THIRD_PERSON_OWN.sub(f"{one}'s", second, count=1)


class Partner(_Choosing):
    """Plays one persona of a scenario for one session; `reply` answers a user's line."""

    def __init__(self, scenario: Scenario, seed: int | None = 0, *,
                 persona: str | None = None, user_name: str | None = None,
                 topics: TopicFinder | None = None, wording: PartnerWording | None = None
                 ) -> None:
        self.scenario = scenario
        self.seed = seed
        self._rng = random.Random(seed)
        self.persona: Persona = self._rng.choice(scenario.personas)
        if persona is not None:
            self.persona = _named(scenario, persona)
        self._topics = topics or TopicFinder.default()
        self._wording = wording or PartnerWording.load()
        scene = f"{scenario.title} {scenario.scene} {scenario.opening or ''}"
        self._scenery = frozenset(cues.content_stems(scene))
        self._keywords = _fact_keywords(self.persona, scene=scene)
        self._told_keywords = _fact_keywords(self.persona, stories=False, scene=scene)
        self._place_asked = cues.place_question(scenario.place_words)
        # what anyone at the scene talks of: every card's lines, its tips, what it knows
        self._scene_roots = cues.word_roots(" ".join([
            *scenario.advice, *scenario.place_words,
            *(said for local in scenario.local for said in (*local.words, local.answer)),
            *(said for persona in scenario.personas for fact in persona.facts.values()
              for said in fact.lines())]))
        # the names its lines use, which keep their capital after "Like I said, "
        self._names = _proper_names([
            scenario.scene, scenario.opening or "", *scenario.advice,
            *(local.answer for local in scenario.local),
            *(said for fact in self.persona.facts.values() for said in fact.lines())])
        # family last: a more personal question, asked once the rest is talked of (and the
        # other topics keep the order a seed gave them before cards told of family)
        order = [topic for topic in self.persona.facts if topic is not Topic.FAMILY]
        self._rng.shuffle(order)
        self._order: list[Topic] = order + [Topic.FAMILY] * (Topic.FAMILY in self.persona.facts)
        self._decks: dict[str, list[str]] = {}
        self.memory = _Memory(new_here=scenario.user_is_new)
        if scenario.user_status:
            self.memory.user["status"] = scenario.user_status
        if user_name:
            self.memory.user["name"] = user_name
        if scenario.opening_topic is not None:
            self.memory.current = self.memory.last_question = scenario.opening_topic
        if scenario.opening:
            self.memory.said.add(scenario.opening.lower())
            # the opening is its first line: "sorry?" gets it again, and a first answer to it
            # is not asked it once more ("I went to university with Sam" - "how do you know Sam?")
            self.memory.last_parts = (scenario.opening,)
        self._silence = {"nudged": False, "hinted": False, "nudges": 0, "hints": 0}
        # answering the first of two questions in a turn: its question back waits for the second
        self._holding_question = False

    @property
    def name(self) -> str:
        return self.persona.name

    def lines_to_prepare(self) -> list[str]:
        """Every fixed line this session's persona may say, to synthesise before it starts:
        with the persona's own name filled in, and the lines to be filled at run time with
        their placeholders for the user's words (whose other clauses can be made ahead)."""
        facts = [line for fact in self.persona.facts.values() for line in fact.lines()]
        named = [line.replace("{name}", self.persona.name)
                 for line in self._wording.templates()]
        return facts + self._wording.fixed_lines() + list(self.scenario.advice) + named

    def likely_lines(self) -> list[str]:
        """Lines with the user's words that a later reply may use (the callbacks on what the
        user told, not yet come back to): a slow voice can render them ahead."""
        memory = self.memory
        lines = []
        for key in ("work", "field", "job", "like", "place"):
            if key in memory.user and key not in memory.callbacks:
                lines += [filled for line in self._wording.lines[f"callback_{key}"]
                          if (filled := self._fill(line)) is not None and self._fresh(filled)]
        return lines

    @property
    def said_goodbye(self) -> bool:
        """Its last reply took leave: the scene's own parting line would be a second goodbye."""
        return self.memory.said_goodbye

    def leaving_words(self) -> str | None:
        """Said before the scene's parting line when the partner's last question was never
        answered ("Oh, you'll have to tell me another time!"): leaving on an open question
        sounds as if it was not listening."""
        return self._pick("unanswered") if self.memory.left_question else None

    def parting_line(self) -> str:
        """The scene's parting line, without a second card if it has given one already."""
        scenario = self.scenario
        if self.memory.card_given and scenario.closing_after_card:
            return scenario.closing_after_card
        return scenario.closing

    def checkpoint(self) -> PartnerState:
        return PartnerState(copy.deepcopy(self.memory), copy.deepcopy(self._decks),
                            self._rng.getstate(), dict(self._silence))

    def rewind(self, state: PartnerState) -> None:
        """Back to `state`, as if the replies since had not been said."""
        self.memory = copy.deepcopy(state.memory)
        self._decks = copy.deepcopy(state.decks)
        self._rng.setstate(state.rng)
        self._silence = dict(state.silence)

    # -- the policy -----------------------------------------------------------------------

    def reply(self, line: UserLine) -> Reply:
        """The partner's answer to `line` (takes well under a millisecond).

        Found in stages, each of which may give the whole reply: a line that stands alone (a
        goodbye, "sorry?", a name checked, a courtesy, an invitation); news, feelings and topics
        to step away from, met first; then a question answered, a story told on, or a statement
        reacted to."""
        split = two_asked(line.text)
        both = (self._answer_both(line, split)
                if split is not None and not set(line.labels) & _NOT_SPLIT else None)
        reply = both or self._reply_to(line)
        reply = self._with_own_name(line, reply)
        if any(asks(line.text) for asks, _ in _PROPOSALS):
            # when and where a plan put to it is for ("could you help me carry a sofa up on
            # Sunday around 10?"), whichever way it was answered (a twentieth play-test: 14 of
            # 14 plans' times and places asked back were lost)
            self._remember_plan(line.text)
        return reply

    def _with_own_name(self, line: UserLine, reply: Reply) -> Reply:
        """`reply`, its own name first when the line asked it and the reply does not say it
        ("I'm sorry, I don't think I caught your name. And have you done pottery before?" got
        the pottery alone, a thirty-first look)."""
        if (self.persona.name in reply.text or self.memory.said_goodbye
                or not NAME_WANTED.search(line.text)):
            return reply
        named = self._pick("own_name")
        if not named:
            return reply
        self.memory.introduced = True
        parts = (named, *reply.parts)
        self.memory.last_parts = parts
        return dataclasses.replace(reply, parts=parts)

    def _reply_to(self, line: UserLine) -> Reply:
        draft = self._read(line)
        return (self._standalone_reply(draft) or self._feeling_reply(draft)
                or self._topic_reply(draft))

    def _answer_both(self, line: UserLine, split: TwoAsked) -> Reply | None:
        """Both questions of a turn answered in order ("What made you join? And where are you
        from originally?"), or None where one of them gets no answer of its own (the whole
        line is then answered as one)."""
        plan = self._plan_asked(split.first)
        if plan is not None and plan is self._plan_asked(split.second):
            # "where are we meeting on Saturday, and what time did we say?" is one plan asked
            # after, answered whole ("This Saturday at 11, at the town hall, wasn't it?"); "what
            # day is my parcel coming, and when are you coming for tea?" asks two
            return None
        before = self.checkpoint()
        self._holding_question = True
        try:
            first = self._reply_to(UserLine(split.first, line.labels))
        finally:
            self._holding_question = False
        answer = list(first.parts)
        if len(answer) > 1 and _ASKS_BACK.match(answer[-1]):
            answer.pop()  # its own question back ("Where did you grow up?") waits
        if answer and not self.memory.said_goodbye and not self._no_answer(first):
            # (what the line tells, praise and greeting were met in the first part)
            second = self._reply_to(UserLine(_named_again(split.first, split.second), tuple(
                label for label in line.labels if label in _ASKING_LABELS)))
            # a yes to a plan may come before an answer, not before another yes ("Sure,
            # happy to! Of course, here you go!" is one agreement too many)
            if (second.parts and not self._no_answer(second)
                    and not first.kind is second.kind is ReplyKind.REACT
                    # ("could I ask your advice? ... What would you do?" asks one thing: two
                    # tips, the market and how to talk to people, answered it twice)
                    and not first.kind is second.kind is ReplyKind.ADVICE
                    and not _overlap(answer, second.parts)):
                parts = (*answer, *second.parts)
                self.memory.replies -= 1  # one turn, one reply
                self.memory.last_parts = parts
                return dataclasses.replace(second, parts=parts, kind=first.kind,
                                           topic=first.topic)
        self.rewind(before)
        return None

    def _no_answer(self, reply: Reply) -> bool:
        """Whether `reply` leaves its question unanswered ("Oh, I couldn't say, really.")."""
        return any(part in self._wording.lines.get(key, ()) for part in reply.parts
                   for key in _NO_ANSWER_KEYS)

    # -- silence --------------------------------------------------------------------------

    def on_silence(self, quiet_s: float) -> SilenceStep | None:
        """The nudge or hint due after `quiet_s` s of silence since the partner's last line;
        each silence gets at most one of each."""
        state = self._silence
        step = silence_step(self.scenario.silence, quiet_s, bool(state["nudged"]),
                            bool(state["hinted"]), int(state["nudges"]), int(state["hints"]))
        if step is None:
            return None
        if step.is_hint:
            state.update(hinted=True, hints=int(state["hints"]) + 1)
        else:
            state.update(nudged=True, nudges=int(state["nudges"]) + 1)
            self.memory.said.add(step.text.lower())
            self.memory.left_question = step.text.endswith("?")
        return step
