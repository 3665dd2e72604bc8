"""Asking back: how a reply ends, whether it hands the turn back, and the question it asks."""

from __future__ import annotations

import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.advice import _Advice
from voicecoach.coaching.partner.patterns import _HAS_A_PET
from voicecoach.coaching.partner.turns import Reply, ReplyKind
from voicecoach.understanding.topics import Topic

ASK_BACK_SHARE = 0.4  # below this share of replies that asked, the next answer asks too
CALLBACK_FROM_TURN = 3  # come back to what the user said from this reply on ...
CALLBACK_AFTER = 2  # ... and at least this many replies after they said it
# Questions that ask the same thing in other words: one of each is enough.
_QUESTION_KINDS = (
    re.compile(r"\b(normal|typical|usual) (working )?day\b|\bday to day\b", re.IGNORECASE),
    re.compile(r"\bbest (part|thing) (of|about) (your|the) (job|work)\b|\bbest thing about "
               r"working\b", re.IGNORECASE),
    re.compile(r"\bwhat got you into\b|\bhow did you get into\b", re.IGNORECASE),
    # where they live: "What do you like most about where you live?", "What's Camden like?"
    # (the lines it said are kept lower-cased, so by their words, not a capital)
    re.compile(r"\babout where you live\b|^what'?s [\w' ]+ like, then\b|"
               r"^do you miss [\w' ]+ at all\b", re.IGNORECASE),
)
# Its question on where they are from, which a place told has answered.
_ASKS_WHERE_FROM = re.compile(r"\b(from around here|where (are|were) you from|where'?re you from|"
                              r"a local)\b", re.IGNORECASE)
# A question that hands the partner's own side back ("Do you play any music yourself?").
_LEANS_ON_OWN = re.compile(r"\b(?:yourself|too|as well)\?$", re.IGNORECASE)

# A question of the partner's, and how the user may already have told its answer.
_TOLD_ALREADY = tuple((re.compile(asks, re.IGNORECASE), re.compile(told, re.IGNORECASE)) for
                      asks, told in (
    (r"\bwhat (are you|do you) stud(y|ying)\b|\bwhat'?s your (course|degree|subject)\b",
     r"\bstud(y|ying|ent) (of |in )?(\w+ )?\w+|\b(degree|course|master'?s|phd) in\b"),
    (r"\bhow did you hear about\b|\bwhat (brought|brings) you\b|\bwhat made you (come|sign up|"
     r"join)\b", r"\b(friend|colleague|mate|sister|brother|partner|wife|husband|boss|flatmate|"
     r"cousin|mum|dad|therapist|doctor) (dragged|brought|told|invited|made|convinced|sent|"
     r"recommended|said|signed)\b|\b(signed up|came|i'?m here|joined) because\b"),
    (r"\b(did you|who did you) come (here |along |tonight )?with\b|\bare you here with\b",
     r"\b(came|come|here) with\b|\bdragged me\b|\bbrought me\b|\bthis is my (friend|partner|"
     r"wife|husband|sister|brother|colleague)\b|\bplus one\b"),
    (r"\bwhat'?s (their|its|his|her) name\b|\bwhat are they called\b",
     r"\b(called|named) [A-Za-z]+|\b(his|her|its|their) name'?s?\b")))


class _Asking(_Advice):
    """Ending a reply, with a question back when one is due, and which question it asks."""

    def _finish(self, parts: list[str], kind: ReplyKind, topic: Topic | None, must_ask: bool,
                follow_up: Topic | None = None, avoid: set[Topic | None] | None = None
                ) -> Reply:
        memory = self.memory
        if memory.mistook_user and self.scenario.opening_mistaken:
            parts = [self.scenario.opening_mistaken, *parts]
        elif memory.put_right and not memory.said_goodbye:
            parts = [self._pick("own_mistake") or "", *parts]
        memory.put_right = memory.mistook_user = False
        memory.helped = (memory.helping or kind is ReplyKind.ADVICE) and not memory.no_help
        if memory.helped:  # its tip, to be said again if asked ("what was that tip?"): the
            # last of its sentences, after any "Everyone starts somewhere."
            memory.tips += [part for part in parts if part and len(part.split()) >= 6
                            and not part.endswith("?")][-1:]
        memory.helping = memory.no_help = False
        parts = [part for part in parts if part]
        ends_with_question = bool(parts) and parts[-1].endswith("?")
        want = not memory.said_goodbye and not self._holding_question and (
            must_ask or follow_up is not None
            or memory.asked < ASK_BACK_SHARE * (memory.replies + 1))  # no question after bye
        question: str | None = None
        if want and not ends_with_question:
            question = self._question(topic, follow_up, avoid or set())
            if question and len(parts) >= 2 and self._leans_on_untold(question):
                # a reply with an answer in it already: "Do you play any music yourself?"
                # would need its own music first, a fourth sentence on a third topic
                question = self._question(topic, follow_up,
                                          (avoid or set()) | {memory.last_question})
            if question:
                parts.append(self._own_side_first(question) or "")
                parts.append(question)
            elif must_ask and len(parts) <= 1:
                # Every question has been asked: bring up something new instead.
                parts.append(self._volunteer(avoid or set()) or "")
        parts = [part for part in parts if part]
        if not parts and not self._holding_question:  # everything said: still say something new
            question = self._question(None, None, avoid or set())
            parts = [question or self._volunteer(avoid or set()) or self._pick("unclear")
                     or "Mm."]
        memory.replies += 1
        memory.last_kind = kind
        asks = parts[-1].endswith("?")
        memory.asked += asks
        memory.left_question = asks
        memory.last_parts = tuple(parts)
        return Reply(tuple(parts), kind, topic, asks)

    def _question(self, topic: Topic | None, follow_up: Topic | None,
                  avoid: set[Topic | None]) -> str | None:
        """A question about something specific that has not been asked yet."""
        memory = self.memory
        if follow_up is not None:
            own = self.persona.fact(follow_up)
            # the card's own question on what the user has just told may ask it again: "yes,
            # we were flatmates" to "are you a friend of Sam's?" got "And how do you know Sam?"
            # ("yeah, last week" to "have you just moved in?" may still be asked how they
            # are settling in)
            asked_before = memory.last_parts[-1] if memory.last_parts else ""
            # (against the opening, only a shared name counts: "how did you hear about the
            # meetup?" is not asked by "is this your first time at one of these meetups?")
            shares_words = memory.replies > 0 and own is not None and bool(
                cues.content_stems(own.ask) & cues.content_stems(asked_before))
            again = own is not None and follow_up in memory.user_told and (
                shares_words or bool(cues.names_in(own.ask) & cues.names_in(asked_before))
                # ... or of what the line itself says: "I came with my flatmate, she knows Sam
                # from work." was asked "And how do you know Sam?"
                or bool(cues.names_in(own.ask) & cues.names_in(memory.last_heard))
                # ... or where they are from, told: "I am from Brazil, I live here only two
                # month" was asked "Are you from around here?" (a twenty-third play-test)
                or (follow_up is Topic.HOME and "place" in memory.user
                    and bool(_ASKS_WHERE_FROM.search(own.ask))))
            own_ask = (own.ask,) if own and not again else ()
            lines = [*self._wording.follow_up.get(follow_up, ()), *own_ask]
            status = memory.user.get("status")
            if follow_up is Topic.WORK and status:  # no job to ask "the best part" of
                lines = list(self._wording.lines.get(f"follow_up_{status}", ())) or lines
            if follow_up is Topic.HOME and memory.new_here:
                # not "what do you like most about where you live?" of someone who just came
                lines = [*self._wording.lines["new_here"], *own_ask]
            if follow_up is Topic.WORK and not {"work", "job", "field"} & memory.user.keys():
                # no job named: "What's the best part of your job?" after "my English is
                # not so good, sorry" (a session of my own) presumes one
                lines = [line for line in lines if "job" not in line and "working" not in line]
            if follow_up is Topic.PETS and not (_HAS_A_PET.search(memory.last_heard)
                                                and not cues.LIKES_KIND.search(memory.last_heard)):
                # "What's their name?" of someone who named no pet ("here's my card" and "I like
                # it so far" got it, after "do you have any pets?")
                lines = list(own_ask)
            liked = memory.user.get("like", "").lower()
            if follow_up is Topic.MUSIC and liked and liked in memory.last_heard.lower():
                # "My favourite band is Radiohead.": not "Who have you been listening to?"
                lines = [line for line in lines if not line.startswith("Who")]
            if follow_up is Topic.PETS and cues.NAME_SAID.search(memory.last_heard):
                # "My dog is called Biscuit.": its name is said already
                lines = [line for line in lines if "name" not in line]
            if follow_up is Topic.FAMILY:  # "my sister ...": "What's she like?"
                lines = [cues.with_pronoun(line, memory.last_heard) for line in lines]
                if not cues.OWN_KIN.search(memory.last_heard):
                    # "I'm actually Sam's sister, Jess": no one of theirs to ask after
                    lines = list(own_ask)
            for line in lines:
                if self._askable(line):
                    return self._asking(follow_up, line)
        for about in (topic, memory.last_question):  # hand the same question back
            fact = self.persona.fact(about)
            if (about is not None and fact is not None and about not in memory.user_told
                    and about not in avoid and self._askable(fact.ask)):
                return self._asking(about, fact.ask)
        if memory.replies >= CALLBACK_FROM_TURN:
            for key, about in (("work", Topic.WORK), ("field", Topic.WORK), ("job", Topic.WORK),
                               ("like", Topic.HOBBIES), ("place", Topic.HOME)):
                if key == "job" and "status" in memory.user:
                    continue  # "What got you into being a student?": asked of its own
                if key == "like" and not self._a_pastime(memory.user.get("like", "")):
                    continue  # "Do you get much time for noodles these days?"
                if (key in memory.user and key not in memory.callbacks
                        and memory.replies - memory.user_since[key] >= CALLBACK_AFTER):
                    callback = self._pick(f"callback_{key}")
                    while callback and (("duration" in memory.user
                                         and "how long" in callback.lower())
                                        or self._asked_in_other_words(callback)):
                        # "I've been there three years." was asked "So how long have you been
                        # a physio?" three lines on (the deck runs out: each pick is used)
                        callback = self._pick(f"callback_{key}")
                    if callback:
                        memory.callbacks.add(key)
                        return self._asking(about, callback)
        for candidate in self._order:
            if candidate in memory.user_told | memory.asked_topics | avoid | {memory.current}:
                continue
            fact = self.persona.facts[candidate]
            if self._askable(fact.ask):
                return self._asking(candidate, fact.ask)
        for extra, extra_lines in self._wording.questions.items():
            if extra in avoid:
                continue
            for line in extra_lines:
                if self._askable(line):
                    return self._asking(extra, line)
        for candidate in self._order:  # the user told about it, but we never asked
            fact = self.persona.facts[candidate]
            if candidate not in avoid and self._askable(fact.ask):
                return self._asking(candidate, fact.ask)
        return None

    def _own_side_first(self, question: str) -> str | None:
        """The partner's own answer before a question that leans on it, when it has not told it:
        "Do you play or sing anything yourself?" out of nowhere, after "I'm the plus one of her
        flatmate." (the tenth blind play-test), presumes music was being talked of."""
        if not self._leans_on_untold(question):
            return None
        return self._answer(self.memory.last_question, yes_no=False)

    def _leans_on_untold(self, question: str) -> bool:
        """Whether `question`, just chosen, hands back a side of the partner's it has not
        told ("Do you play any music yourself?" before its choir)."""
        topic = self.memory.last_question
        return (topic is not None and not self.memory.told.get(topic)
                and bool(_LEANS_ON_OWN.search(question)))

    def _a_pastime(self, like: str) -> bool:
        """Whether what the user likes is something they do ("hiking", "yoga"), not a thing
        ("noodles", "Radiohead", "cats")."""
        if not like.strip():
            return False
        return (like.split()[-1].lower().endswith("ing")
                or Topic.HOBBIES in self._topics.topics_of(like))

    def _volunteer(self, avoid: set[Topic | None]) -> str | None:
        """Something the partner has not told yet: a new fact, else the next step of a story."""
        memory = self.memory
        for topic in self._order:
            if topic not in avoid and not memory.told.get(topic):
                line = self._answer(topic, yes_no=False)
                if line:
                    memory.telling = memory.current = topic
                    return line
        for topic in self._order:
            story = self.persona.facts[topic].story
            if topic in avoid or memory.story.get(topic, 0) >= len(story):
                continue
            line, _ = self._story(topic)
            if line in story:
                memory.telling = memory.current = topic
                return line
        return None

    def _askable(self, question: str) -> bool:
        """Not asked before, not the question the user has just asked ("have you tried
        the cake?" got "... Have you tried the cake yet?" back), and not their team or job
        once they have said it."""
        theirs = cues.content_stems(self.memory.last_heard)
        ours = cues.content_stems(question)
        told_job = bool({"work", "job", "field"} & self.memory.user.keys())
        # (nor one asked before in other words: "What does a normal working day look like for
        # you?" two lines after "So what's a normal day like at the hospital?")
        return self._fresh(question) and not (ours and ours <= theirs) and not (
            told_job and cues.ASKS_USERS_JOB.search(question)) and not (
            self._asked_in_other_words(question)) and not self._told_already(question)

    def _told_already(self, question: str) -> bool:
        """Whether the user has already said what `question` asks ("What are you studying?"
        after "i am student of computer science", "How did you hear about the meetup?" after
        "my friend dragged me here", "What's their name?" after "a dog called ramones")."""
        said = [*self.memory.heard, self.memory.last_heard]
        return any(asks.search(question) and any(told.search(line) for line in said)
                   for asks, told in _TOLD_ALREADY)

    def _asked_in_other_words(self, question: str) -> bool:
        """Whether a question asking the same as `question` was asked already ("What's Camden
        like, then?" after "What do you like most about where you live?")."""
        asked_kind = next((kind for kind in _QUESTION_KINDS if kind.search(question)), None)
        return asked_kind is not None and any(
            asked_kind.search(said) for said in self.memory.said
            if said.endswith("?") and said != question.lower())

    def _asking(self, topic: Topic, line: str) -> str:
        self.memory.asked_topics.add(topic)
        self.memory.last_question = topic
        self.memory.current = topic
        return self._use(line)
