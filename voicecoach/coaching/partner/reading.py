"""Reading the user's line: as heard, its topics and what it told, and the topic a question
asks."""

from __future__ import annotations

import dataclasses
import re

from voicecoach.coaching import cues, slots
from voicecoach.coaching.partner.answering import _Answering
from voicecoach.coaching.partner.patterns import _TELLING, _disclosed_topic, _last_sentence
from voicecoach.coaching.partner.state import _Draft
from voicecoach.coaching.partner.turns import ReplyKind, UserLine
from voicecoach.understanding import textnorm
from voicecoach.understanding.disclosure import Disclosure, bare_field, bare_name, disclosure
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import LineTopics, QuestionKind, Topic, with_auxiliary

# A line of one capitalised word ("Leo.", "Sara!").
_ONE_CAPITALISED = re.compile(r"^\W*[A-Z][a-z]+\W*$")
# What the user and the partner both have in front of them, at the scene.
_SHARED_HERE = frozenset({Topic.SETTING, Topic.FOOD, Topic.MUSIC})


def _as_read(line: UserLine) -> UserLine:
    """The line as the partner reads it: slips of hearing and chat spellings put right, a
    question's dropped "do" put back ("what you do?"), a hand-back before a question of its
    own left out ("what about you, have you done it before?"), and a learner's dropped "it"
    put back ("Is my first time." is told, not the yes/no question the matcher heard), and
    "did you hear what I said?" left out (the news beside it is what to answer), and a
    "how was yours?" said as the thing they named ("how was your weekend?")."""
    text = cues.yours_named(
        cues.HANDED_BACK_THEN_ASKED.sub("", with_auxiliary(cues.heard(line.text))))
    if cues.NAMES_SAID.search(text):
        # "Sorry, I'm awful with names, what was yours again?" (an eighteenth play-test: "Hm,
        # good question. I'm not sure, to be honest.")
        text = cues.YOURS_ASKED.sub("what was your name", text)
    listened = cues.NOT_LISTENING.sub("", text).strip() or text
    statement = cues.with_dropped_it(listened)
    if (statement == text or "?" in statement) and listened == text:
        return UserLine(statement, line.labels)
    return UserLine(statement, tuple(label for label in line.labels
                                     if label is not MoveLabel.CLOSED_QUESTION))


# A line that opens with a few words of answer ("Marketing, I think.", "Leeds.").
_FEW_WORDS_FIRST = re.compile(r"^\W*\w+(?:[ '-]\w+){0,3}(?:, [^.!?]*)?[.!]")


class _Reading(_Answering):
    """Reading the user's line: its topics, what it told, and which topic a question asks."""

    def _read(self, line: UserLine) -> _Draft:
        """The line as read: its topics and what it tells, remembered."""
        memory = self.memory
        labels = set(line.labels)  # as the matcher heard them
        heard, line = line, _as_read(line)
        memory.laughing = cues.joking(heard.text)
        if memory.last_heard:
            memory.heard.append(memory.last_heard)
        memory.last_heard = line.text
        if memory.unanswered and _FEW_WORDS_FIRST.match(line.text):
            memory.answered.append((memory.unanswered, line.text))
            memory.unanswered = None
        if memory.left_question and memory.last_parts and "?" in memory.last_parts[-1]:
            memory.answered.append((memory.last_parts[-1], line.text))
            # a line of questions only answers nothing: its few words of answer may come
            # after ("Marketing, I think. You didn't say though, is everyone nice?", then "Do
            # you remember which team I said I'm in?" got "I don't think you said")
            asks_only = all(part.rstrip().endswith("?")
                            for part in cues.QUESTION_SENTENCE.findall(line.text) if part.strip())
            memory.unanswered = memory.last_parts[-1] if asks_only else None
        found = self._find(line)
        told = disclosure(line.text)
        if told.name is None and "name" not in memory.user and (
                (memory.introduced and memory.last_kind is ReplyKind.GREETING)
                # a shy user's first line, "Leo." (a seventh play-test: not greeted)
                or (memory.replies == 0 and _ONE_CAPITALISED.match(line.text))):
            # "I'm Grace." - "Jo." The name was said the way people say it back, right after
            # the partner's own ("London." to "what sort of music do you like?" is no name).
            told = dataclasses.replace(told, name=bare_name(line.text))
        if (told.work is None and memory.last_question in (Topic.WORK, Topic.REASON)
                and (field := bare_field(line.text))):
            told = dataclasses.replace(told, work=field)  # "Which team?" - "Finance."
        if told.name and cues.NERVOUS.search(told.name):  # "I'm terrified" names no one
            told = dataclasses.replace(told, name=None)
        self._remember(told, found, line.text,
                       MoveLabel.GREETING_INTRO in labels or told.name is not None)
        self._silence.update(nudged=False, hinted=False)
        memory.said_goodbye = False
        # "I just said, we're cousins": the slip is owned before whatever the reply is
        memory.put_right = bool((memory.replies > 0 and (
            cues.CORRECTS.search(cues.MEMORY_CHECK.sub("", line.text))
            or cues.NOT_LISTENING.search(heard.text)))
            or cues.MIXED_UP.search(line.text))
        # "Hey, you were here last week, weren't you?" - "No, first time!": a person says sorry
        memory.mistook_user = bool(memory.replies == 0 and self.scenario.opening_mistaken
                                   and cues.DENIES_OPENING.search(line.text))
        return _Draft(line, found, told, labels)

    def _asked_topic(self, draft: _Draft, question: QuestionKind, tell_more: bool,
                     place: bool) -> tuple[Topic | None, bool]:
        """What the line asks about (None when it asks nothing the card knows), and whether
        it asked after family that the card keeps under home. May narrow `draft.found` to
        the topic asked."""
        memory, line = self.memory, draft.line
        found = self._lived_in_town(draft.found, line.text)
        asked_topic = found.asked[0] if found.asked else None
        work = self.persona.fact(Topic.WORK)
        if (asked_topic is Topic.FAMILY and work is not None
                and cues.THE_KIDS_AT_WORK.search(line.text)
                and cues.WORKS_WITH_KIDS.search(" ".join(work.lines()))):
            # "Maths teacher though, brave! Do the kids give you a hard time?" asks of its
            # pupils, not its family (a twenty-fourth play-test: "No kids, and I'm single")
            asked_topic = Topic.WORK
            found = dataclasses.replace(found, asked=(Topic.WORK,), each=(Topic.WORK,))
        # "Do you have family here?" is answered from home; "do you have kids?" is not.
        kin = (asked_topic is Topic.FAMILY and Topic.FAMILY not in self.persona.facts
               and not cues.NEARBY.search(line.text))
        if kin:
            asked_topic = self._family_fact()  # "do you have kids?" gets no answer on home
        if (question is not QuestionKind.NONE and asked_topic is None and found.told
                and (cues.TAG.search(line.text)
                     or len(cues.SENTENCE_END.split(line.text.strip())) == 1
                     # "The talk was great. What did you think of it?" (it got "Oh, I couldn't
                     # say, really."): of what both have there (the user's own climbing "tried
                     # it?" is not the card's walking)
                     or (cues.OF_IT.search(_last_sentence(line.text))
                         and found.told[0] in _SHARED_HERE)
                     # "I love animals. Do you have any?": of what was just named
                     or cues.HAVE_ANY.search(line.text))):
            # "the food is good, isn't it?"; not "The food, definitely. Have you been?"
            asked_topic = found.told[0]
        if asked_topic is None and Topic.NAME in found.told and cues.FORGOT_NAME.search(
                line.text):
            # "Names though? I'm so bad at them. I already forgot yours, sorry." asks its name
            # (a twenty-sixth look: "I'm not sure, to be honest")
            asked_topic = Topic.NAME
        if asked_topic is Topic.NAME and slots.asked_slot(_last_sentence(line.text)) in (
                slots.Slot.WHO_WITH, slots.Slot.WHO):
            # "Who are you going with?" asks no name ("Oh, sorry, I'm Riley.")
            asked_topic = None
            found = dataclasses.replace(found, asked=())
        thing_named = cues.THING_NAME_ASKED.search(line.text)
        if thing_named and asked_topic in (Topic.NAME, None):
            # "what was your dog's name again?" asks the dog's name, not the partner's ("Oh,
            # sorry, I'm Robin.")
            of_thing = self._topics.topics_of(next(word for word in thing_named.groups() if word))
            if of_thing:
                asked_topic = of_thing[0]
                found = dataclasses.replace(found, asked=of_thing, told=(), each=of_thing[:1])
        after = self._asked_after(line.text, question)
        if after is not None:  # "how's your tortoise these days?" is not about news
            asked_topic = after
            found = dataclasses.replace(found, asked=(after,), told=(), each=(after,))
        elif ((question is not QuestionKind.NONE or tell_more) and not found.topics
              and not cues.ABOUT_OTHERS.search(line.text)):
            # "How did you get into design?": a word of one of the card's answers; "how did
            # your bowl turn out?": a word of a story, said of the partner's things or by name
            # ("do you know where the kitchen is?" is not about the plans whose story says "a
            # sign-up sheet by the kitchen").
            # (not a question of the world: "do you know what time people normally leave?"
            # is no question of the paternity leave the card tells of)
            asked_topic = None if cues.ASKED_OF_WORLD.search(line.text) else (
                self._fact_named(line.text, stories=False)
                or self._fact_named(cues.of_yours(line.text)))
            if (asked_topic is None and question is QuestionKind.YES_NO
                    and cues.TAG.search(line.text) and memory.last_kind not in _TELLING
                    and not draft.weather):
                asked_topic = Topic.SETTING  # "it's so relaxing, isn't it?"
        if (asked_topic is None and question is QuestionKind.WH and cues.ASKS_BEST.search(line.text)
                and not cues.ABOUT_IT.search(line.text)):  # "... about it?" is of the story
            # "what's your favourite thing about living here?": of home, else of the scene
            asked_topic = (Topic.HOME if cues.LIVING_WORDS.search(line.text)
                           and self.persona.fact(Topic.HOME) else Topic.SETTING)
        if (asked_topic is None and question is QuestionKind.WH and cues.GOT_INTO.search(line.text)
                and self.persona.fact(Topic.WORK)):
            asked_topic = Topic.WORK  # "how did you get into design?" of a user researcher
        if (asked_topic is None and question is QuestionKind.YES_NO
                and cues.ASKED_IF_BEEN_BEFORE.search(line.text)
                and self.persona.fact(Topic.REASON)):
            asked_topic = Topic.REASON  # "do you come every week?": why and how often it comes
        if question is not QuestionKind.NONE and self.persona.fact(Topic.REASON):
            settled = self._settled_topic(line.text, asked_topic)
            if settled is not asked_topic and settled is not None:
                asked_topic = settled
                found = dataclasses.replace(found, asked=(settled,), told=(), each=(settled,))
        if place:
            asked_topic = Topic.SETTING  # "what's the neighbourhood like?" in its own scene
        elif ((cues.LIKE_THERE.search(line.text)
               or (cues.LIKE_IT.search(line.text)  # ("That sounds cool. Do you enjoy it?")
                   and len(cues.without_lead_in(_last_sentence(line.text)).split()) <= 5))
              and memory.last_kind in _TELLING
              and memory.telling in (Topic.HOME, Topic.WORK, Topic.TRAVEL, Topic.RECENT)):
            # "do you like it there?", "do you enjoy it?" are of what was just told (not of the
            # party): its story goes on, with a yes
            found = dataclasses.replace(found, asked=(), told=(), each=())
            asked_topic = None
        if (asked_topic in (Topic.HOBBIES, None) and question is not QuestionKind.NONE
                and Topic.MUSIC in (memory.current, memory.last_question)
                and cues.PLAYING_ASKED.search(_last_sentence(line.text))
                and (music := self.persona.fact(Topic.MUSIC))
                and cues.PLAYS_MUSIC.search(" ".join(music.lines()))):
            # "do you play anything?", "where do you guys play?" while music is talked of ask
            # of its band, not its football (a twenty-sixth look)
            asked_topic = Topic.MUSIC
            found = dataclasses.replace(found, asked=(Topic.MUSIC,), each=(Topic.MUSIC,))
        draft.found = found
        return asked_topic, kin

    def _find(self, line: UserLine) -> LineTopics:
        """The line's topics; "what was it you said you do?" is looked up without its
        "you said", which names no topic and hides the one asked about."""
        found = self._topics.find(line.text, line.labels)
        if found.topics or not cues.REPORTED.search(line.text):
            return found
        # ("what did you say you do again?" leaves "what you do again?": its "do" put back)
        again = self._topics.find(with_auxiliary(cues.REPORTED.sub("", line.text)), line.labels)
        return dataclasses.replace(again, question=found.question) if again.topics else found

    @staticmethod
    def _benign(label: MoveLabel, text: str, told: Disclosure) -> bool:
        """An avoid label that a person would not step away from: a moan that tells about
        the user ("I work in marketing, it's pretty boring", "my commute is killing me") is
        met with interest or sympathy; and what is no such topic to anyone (`not_meant_as`:
        bad news, a mix-up, "how did you hear about this?")."""
        if label is MoveLabel.COMPLAINT:  # ... nor "I had an awful lot of fun" one at all
            told_something = bool(told.work or told.job or told.like or told.place)
            if told_something or cues.own_moan(text) or (
                    cues.NOT_HARD.search(text) and not cues.ABOUT_SCENE.search(text)):
                return True
        return cues.not_meant_as(label, text)

    def _guess(self, text: str, found: LineTopics) -> tuple[Topic, bool] | None:
        """The card's topic that "you're an engineer?" guesses at, and whether the guess is
        right (its words are in the card's fact); None when the line guesses nothing (or is
        about another topic: "you're a dog person?")."""
        guessed = cues.GUESS.search(text)
        if guessed is None:
            return None
        verb = guessed.group(1).split()[-1].lower()  # "you work in finance" -> "I work in"
        told = disclosure(f"I {verb} {guessed.group(2)}" if verb in ("work", "live", "come")
                          else f"I'm {guessed.group(2)}")
        topic = _disclosed_topic(told)
        if found.main not in (None, topic):
            return None
        fact = self.persona.fact(topic)
        if topic is None or fact is None or topic is Topic.HOBBIES:
            return None
        said = " ".join((fact.answer, fact.yes_no, *fact.story)).lower()
        named = told.job or told.work or told.place or ""
        words = [cues.stem(word) for word in textnorm.words(named) if len(word) >= 3]
        return topic, bool(words) and all(word in said for word in words)

    def _settled_topic(self, text: str, asked: Topic | None) -> Topic | None:
        """The topic of a question on how settled the partner is: "do you know many people
        here?" is its reason for being here; "how long have you lived here?" is its home,
        unless its reason for being here is where it lives (a neighbour)."""
        reason = self.persona.fact(Topic.REASON)
        # (of the question asked: "I've lived here about five years. What kind of design do
        # you do?" asks of work)
        text = cues.last_question(text) or text
        if cues.LIVED_HERE.search(text) and reason is not None and self.persona.fact(Topic.HOME):
            lives_here = cues.LIVING_WORDS.search(" ".join(reason.lines()))
            return Topic.REASON if lives_here else Topic.HOME
        if cues.HOW_SETTLED.search(text) and asked in (None, Topic.REASON, Topic.SETTING):
            return Topic.REASON
        done = cues.DONE_BEFORE.search(text)
        if done and (done.group("thing").lower() in {"this", "it"}
                     or cues.content_stems(done.group("thing")) & self._scenery):
            # "have you done pottery before?" at a pottery class asks how new it is there (a
            # twenty-sixth look: "Yes, I swim most mornings.", from its hobbies' "pottery")
            return Topic.REASON
        return asked

    def _lived_in_town(self, found: LineTopics, text: str) -> LineTopics:
        """"How long have you lived here?" is of the reason it is here in a building of
        neighbours, whose reason says how long it has lived there; elsewhere (at work, at a
        party) of home ("In my first week I asked where the toilets were three times." and
        "It's my first time too!" answered it)."""
        reason = self.persona.fact(Topic.REASON)
        if (Topic.REASON not in found.asked or not cues.LIVED_HERE.search(text)
                or self.persona.fact(Topic.HOME) is None
                or (reason is not None and cues.LIVING_WORDS.search(" ".join(reason.lines())))):
            return found
        asked = tuple(Topic.HOME if topic is Topic.REASON else topic for topic in found.asked)
        return dataclasses.replace(found, asked=asked, each=asked[:1])

    def _asked_after(self, text: str, question: QuestionKind) -> Topic | None:
        """The card's fact a question asks after by its own words ("how's your tortoise?")."""
        after = cues.ASK_AFTER.search(text) if question is not QuestionKind.NONE else None
        return self._fact_named(after.group(0)) if after else None
