"""Answering a question asked of the partner or a statement made to it, part by part."""

from __future__ import annotations

import dataclasses
import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.patterns import (
    _TELLING,
    _after_prefix,
    _disclosed_topic,
    _last_sentence,
)
from voicecoach.coaching.partner.reacting import _Reacting
from voicecoach.coaching.partner.turns import Reply, ReplyKind, UserLine
from voicecoach.understanding.disclosure import Disclosure
from voicecoach.understanding.topics import LineTopics, QuestionKind, Topic

# Reactions that ask their own question about what was shared: the whole reply to it.
_WHOLE_REACTIONS = ("react_dread", "react_change", "react_first_time", "react_learning",
                    "react_miss_them")

# A liking told of one of these is of it, not of a pastime.
_LIKED_KINDS = frozenset({Topic.MUSIC, Topic.FOOD, Topic.PETS, Topic.TRAVEL})


# A question that asks a thing of its own: a question word with words after it ("how do you
# know Sam?"), not "You know how?".
_ASKS_ITS_OWN_THING = re.compile(r"\b(what|what's|how|who|why|when|which)\b(\W+[\w']+){2,}",
                                 re.IGNORECASE)


class _Answering(_Reacting):
    """The reply to a question asked of it, or to a statement, built from its parts."""

    def _close(self, parts: list[str], kind: ReplyKind | None, topic: Topic | None,
               answer: str | None, must_ask: bool, text: str,
               follow_up: Topic | None = None) -> Reply:
        """The reply with its answer (and the setting's, for "... and do you like it?")."""
        if answer:
            parts.append(answer)
            parts += self._liking_it(topic, text)
        if topic is not None:
            self.memory.current = self.memory.telling = topic
        return self._finish(parts, kind or ReplyKind.UNCLEAR, topic, must_ask,
                            follow_up=follow_up)

    def _answer_question(self, line: UserLine, found: LineTopics, told: Disclosure,
                         question: QuestionKind, asked_topic: Topic | None, kin: bool,
                         place: bool, parts: list[str], kind: ReplyKind | None,
                         must_ask: bool) -> Reply:
        """A question: answered from the card (or "I couldn't say"), what the user told beside
        it followed up."""
        memory = self.memory
        topic: Topic | None = None
        answer: str | None = None
        follow_up: Topic | None = None
        # what anyone here knows, asked of the place ("where's the toilet?", "is the coffee
        # machine free?"), not of the partner ("do you have a bike?" is its own)
        # (of the question itself, when it asks a thing of its own: "Pizza, my hero. What's the
        # weirdest thing someone told you in an interview?" got "As I mentioned, there's pizza
        # and drinks by the bar."; "i don't know where is the kitchen. you can show me?" and
        # "The toilet. Where is it?" ask of the line before)
        asked = " ".join(part for part in cues.QUESTION_SENTENCE.findall(line.text)
                         if part.rstrip().endswith("?")) or line.text
        if (not (_ASKS_ITS_OWN_THING.search(asked) and not cues.BACK_REFERENCE.search(asked))
                # "my laptop won't log in. Who should I ask for help?" asks whom, of the laptop
                or cues.WHOM_ASKED.search(asked)):
            # "you can show me?", "You know how?", "Where is it?" ask of the line before
            asked = line.text
        local = (self._local(asked) if question is QuestionKind.WH
                 or not cues.ASKED_OF_YOU.search(line.text)
                 or cues.asked_thing(line.text)  # "can you recommend a good doctor?"
                 # "can you show me where is kitchen?", "could you show me how the coffee
                 # machine works?" (a fourteenth play-test: "not sure", the scene's tip)
                 or cues.SHOW_ME.search(line.text)
                 else None)
        # "Oh cool, a bank! Which one?" of its own place: its card names none
        which = cues.WHICH_ONE.search(line.text)
        # ("which team are you on again?" of a card on the website team: it says which)
        which_asked = which is not None and not self._card_names_kind(which.group(1))
        started = ((self._how_started(asked_topic or memory.telling,
                                      wide=bool(cues.ABOUT_IT_INTO.search(line.text)))
                    # "How did you get into user research in the first place?" of a card that
                    # tells no start (a twenty-first play-test got "The hardest part is ...")
                    # (its job told already: before that, the job itself answers)
                    or (self._pick("why_this_job")
                        if (asked_topic or memory.telling) is Topic.WORK
                        and memory.told.get(Topic.WORK) else None))
                   if question is QuestionKind.WH and cues.STARTED_ASKED.search(line.text)
                   else None)
        if started:
            # "What got you into it?" after its job: how it began, not the story's next step
            topic = asked_topic or memory.telling
            return self._close(parts, kind or ReplyKind.ANSWER, topic, started, must_ask,
                               line.text)
        if asked_topic is Topic.NAME:
            # "what's your name? I'm Kate": the greeting back has said it already
            greeted = any(self.persona.name in part for part in parts)
            answer = None if greeted else self._pick("own_name")
            memory.introduced = True
            kind = kind or ReplyKind.ANSWER
        elif local is not None:  # "where's the toilet?", "when do the bins go out?"
            answer, kind = local, kind or ReplyKind.ANSWER
        elif asked_topic is None:
            # "Do you enjoy it?", "what's the name?" while telling: about what was told
            # ("how old is she?" of the daughter or the dog it told of: her age)
            aged_topic = self._aged_topic() if cues.ASKS_AGE.search(line.text) else None
            aged = aged_topic is not None
            pets = self.persona.fact(Topic.PETS)
            if (not aged and cues.ASKS_AGE.search(line.text) and memory.telling is Topic.PETS
                    and pets is not None and cues.YES_START.match(pets.yes_no)  # has one
                    and (lost := self._pick("age_lost_count"))):
                # "How old?" of a cat the card gives no age: not the next step of its story
                return self._close(parts, kind or ReplyKind.ANSWER, Topic.PETS, lost,
                                   must_ask, line.text)
            # ("What's the hardest part?" right after its job: of the job)
            hardest = bool(memory.telling and self.persona.fact(memory.telling)
                           and cues.ASKS_HARDEST.search(line.text))
            if aged or hardest or (memory.telling and (cues.BACK_REFERENCE.search(line.text) or (
                    memory.last_kind in _TELLING
                    and cues.ABOUT_THE_STORY.match(cues.without_lead_in(line.text))
                    # "is there parking here?" names a thing of its own, not of the story
                    and not (question is QuestionKind.YES_NO
                             and cues.content_stems(line.text)
                             and not cues.ASKS_IF_GOOD.search(line.text)
                             and not self._fact_named(line.text)))
                    ) and self.persona.fact(memory.telling) and self._card_speaks_to(
                        line.text, memory.telling, story=True)):
                topic = aged_topic or memory.telling
                # "have you been to Australia?" is no step of a story about the commute;
                # "did you see the match?" after a story about it is
                by_form = (self._by_form(line.text) if question is QuestionKind.YES_NO
                           and not cues.ASKS_IF_GOOD.search(line.text)
                           and not self._fact_named(line.text) else None)
                where = (self._where(topic) if question is QuestionKind.WH
                         and cues.ASKS_WHERE_BACK.match(line.text) else None)
                if by_form:
                    answer, ended = by_form, False
                elif where:  # "Oh, where?" after the work answer: the place, not the story
                    answer, ended = where, False
                elif aged:
                    answer, ended = (self._kins_age(topic, line.text)
                                     or self._sentence_saying(topic, cues.AGE_SAID)
                                     or self._age_again(topic)), False
                elif cues.ASKS_HARDEST.search(line.text) and (
                        hard := self._sentence_saying(topic, cues.HARD_SAID)
                        or self._pick("hardest_part")):
                    # "What's the hardest part?" after its job: what the card says is hard,
                    # else a person's plain answer (it got "So that was that, really.")
                    answer, ended = hard, False
                elif which_asked and (not_saying := self._pick("which_one")):
                    # "Oh cool, a bank! Which one?": its card names none; nor does a person
                    # always
                    answer, ended = not_saying, False
                elif cues.ASKS_NAME_OF.search(line.text) and (
                        named := self._name_of(topic, line.text)):
                    answer, ended = named, False  # "what's it called?" after "a cat called ..."
                elif cues.AGAIN.search(line.text) and not self._story_step_asked(topic,
                                                                                  line.text):
                    # "how old did you say he was?": the fact once more, reworded
                    answer, ended = self._answer(topic, yes_no=False), False
                else:
                    answer, ended = self._story(topic, asked=line.text)
                asked_now = _last_sentence(line.text)  # not the "Oh nice." before it
                if (question is QuestionKind.YES_NO and cues.ASKS_IF_BAD.search(asked_now)
                        and not (answer and cues.YES_NO_START.match(answer))):
                    # "Is it hard?": honestly, a little, not "Yes, really."
                    parts.append(self._pick("a_little") or "")
                elif (question is QuestionKind.YES_NO and cues.ASKS_IF_GOOD.search(asked_now)
                        and not (answer and cues.YES_NO_START.match(answer))):
                    # "do you enjoy it?", "was it fun?"; not "is it far?", which the story
                    # cannot say yes to
                    parts.append(self._pick("yes") or "Yes.")
                must_ask = must_ask or ended
                kind = ReplyKind.STORY
            elif kind in (None, ReplyKind.REACT):  # (thanks said first: "Any time." alone)
                # "have you ever been to Portugal?", "do you have a car?": what the card does
                # not tell, a person still answers by the question's form, and asks back
                answer = ((self._by_form(line.text) if question is QuestionKind.YES_NO
                           else None)
                          # "A bank! Which one?" of its own: a person's way of not naming it
                          or (self._pick("which_one") if memory.telling
                              and which_asked else None)
                          # "How early do you go?" of its swimming: the card's "I go at half
                          # six" (it got "I'm not sure", on a twenty-fourth play-test)
                          or (self._sentence_saying(memory.telling, cues.TIME_SAID)
                              if cues.TIME_ASKED.search(line.text) else None)
                          or self._not_sure(line.text))
                kind, must_ask = ReplyKind.UNCLEAR, True
        elif self.persona.fact(asked_topic) is None or (
                kin and asked_topic is Topic.FAMILY):  # no kin told of: nothing on home
            answer = self._pick("no_fact")
            kind, must_ask = ReplyKind.ANSWER, True
        elif (question is QuestionKind.WH and asked_topic == memory.telling and not place
              and memory.told.get(asked_topic, 0) and not cues.AGAIN.search(line.text)
              and self._card_speaks_to(line.text, asked_topic)
              and not self._asks_how_settled(line.text)
              and not cues.ASKS_WHERE.search(line.text)
              and not cues.ASKS_NAME_OF.search(line.text)
              and not which_asked):
            # "What are you working on?" right after the work answer: go on with it ("What's
            # the hardest part of user research?": the card's sentence on what is hard)
            topic = asked_topic
            hard = (self._sentence_saying(topic, cues.HARD_SAID)
                    if cues.ASKS_HARDEST.search(line.text) else None)
            answer, ended = (hard, False) if hard else self._story(topic)
            must_ask = must_ask or ended
            kind = ReplyKind.STORY
        else:
            topic = asked_topic
            if place:  # "what's the team like?" asks of the place, not of work
                found = self._without_place(found, line.text,
                                            keep_home=question is QuestionKind.WH)
            parts += self._other_answers(found, asked_topic, kin)
            near = question is QuestionKind.YES_NO and self._near_miss(topic, line.text)
            if near:  # "a dog person?" of a cat owner: no yes, the card's own fact
                parts.append(self._pick("near_miss") or self._pick("correct") or "")
            # a stand-in fact on family tells, it does not say yes or no; nor does a card's
            # yes/no answer written for another question of how settled it is
            # (a "where from?" beside "you're new in town?" asks where from, not how long)
            settled = self._asks_how_settled(line.text) and (
                question is QuestionKind.YES_NO or "how long" in line.text.lower())
            says_yes_no = (question is QuestionKind.YES_NO and not kin and not near
                           # a family fact's yes or no is to "do you have kids?", not to "are
                           # you married?" or "do you have family nearby?"
                           and not (topic is Topic.FAMILY
                                    and not cues.ASKS_OWN_KIDS.search(line.text))
                           and not (settled and self._yes_no_misleads(topic, line.text))
                           and not self._yes_to_a_fault(topic, line.text)
                           # "do you like living here?" of a card whose home's yes or no is
                           # "No, I'm an hour away": its home told, not a "No" to liking
                           and not (topic is Topic.HOME and cues.LIKES_LIVING.search(line.text)
                                    and (fact := self.persona.fact(topic)) is not None
                                    and cues.NEGATIVE_START.match(fact.yes_no)))
            # an answer of its own kind first: "do you know many people here?" gets "Only a
            # few, really."; "do you like your job?" gets "I do, most of the time!" and more
            own_kind = (self._pick("know_people" if self._newcomer() else "know_people_many")
                        if cues.KNOW_MANY.search(line.text) else None)
            if (question is QuestionKind.YES_NO and cues.FEELING_ASKED.search(line.text)
                    and (sometimes := self._pick("sometimes"))):
                # "Do you get lonely working on your own?": how it feels (no fact of the card's
                # says), and the turn handed back
                says_yes_no = False
                own_kind = sometimes
            if cues.ASKS_BEST.search(line.text) and not says_yes_no:
                # "what's your favourite thing about living here?" got where it lives: what the
                # card says it likes, else a person's plain answer
                # (of the scene, its own words on it: "what's the best thing about working
                # here?")
                own_kind = (self._sentence_saying(topic, cues.FONDNESS_SAID)
                            or (None if topic is Topic.SETTING else self._pick("favourite_about")))
            if topic is Topic.HOME and cues.ORIGIN_ASKED.search(line.text):
                # "Where are you from originally?" got "I live about ten minutes away, near
                # the river.": the card's sentence on where it grew up, when its home says
                roots = self._sentence_saying(topic, cues.FROM_SAID)
                # ("I grew up by the sea, though." said alone loses its "though")
                own_kind = re.sub(r",? though([.!])$", r"\1", roots) if roots else own_kind
            # "Where are you from?" got only "I live just round the corner": and where it grew
            # up (its home's own sentence on that, else its everyday answer; a twelfth
            # play-test)
            roots_wanted = topic is Topic.HOME and bool(cues.FROM_ASKED.search(line.text))
            if cues.ASKS_HARDEST.search(line.text) and self.persona.fact(topic):
                # "what's the hardest part of the job?" got "I'm in finance. I make sure
                # everyone gets paid": the card's sentence on what is hard, else (the card
                # says nothing hard) a person's plain answer
                own_kind = (self._sentence_saying(topic, cues.HARD_SAID)
                            or self._pick("hardest_part"))
            fact = self.persona.fact(topic)
            if (says_yes_no and fact is not None and (
                    cues.LIKES_ASKED.search(line.text)
                    # "do you enjoy design?" of a design lead
                    or (topic is Topic.WORK and cues.LIKES_ANY.search(line.text)))
                    and cues.YES_START.match(fact.yes_no)  # "Not any more, I'm retired"
                    and not cues.LIKING_SAID.search(fact.yes_no)):
                liked = self._pick("like_it")
                if liked:
                    parts.append(liked)
                    own_kind, _ = self._story(topic)
            # what the card has no word on ("what does your colleague do?", "where do people
            # go for drinks?"): neither its place nor its facts answer it
            speaks = near or (self._card_speaks_to(line.text, topic)
                              and not (kin and self._no_kids_told(line.text, topic)))
            # the place for "where ...?", the name for "what's it called?" (asked again,
            # "where did you say you were from?", it is said in other words)
            specific = (self._where(topic) if question is QuestionKind.WH and speaks
                        and cues.ASKS_WHERE.search(line.text)
                        and not cues.AGAIN.search(line.text) else None)
            if specific is None and question is QuestionKind.WH and speaks and (
                    cues.ASKS_NAME_OF.search(line.text)):  # "what's it called?" of "Mabel"
                specific = self._name_of(topic, line.text)
            if specific is None and question is QuestionKind.WH and cues.ASKS_AGE.search(
                    line.text):  # "how old is your daughter?": the sentence with her age
                specific = self._sentence_saying(topic, cues.AGE_SAID)
            if (specific is None and question is QuestionKind.WH and memory.told.get(topic)
                    and which_asked):
                specific = self._pick("which_one")  # "Oh cool, a bank! Which one?"
            answer = own_kind or (self._how_long(topic, bool(cues.LIVED_HERE.search(line.text)))
                                  if settled and not says_yes_no else None) or specific
            kind = ReplyKind.YES_NO if question is QuestionKind.YES_NO else ReplyKind.ANSWER
            if answer is None and not speaks:
                # the form's answer, or an honest "not sure", not the card's fact on the topic
                answer = ((self._by_form(line.text) if question is QuestionKind.YES_NO
                           else None) or (topic is Topic.TRAVEL and self._pick("no_trip"))
                          or self._not_sure(line.text))
                kind = ReplyKind.UNCLEAR
            elif answer is None:
                answer = self._answer(topic, yes_no=says_yes_no, asked=line.text)
                if (answer and self._is_repeat(answer)
                        and (improvised := self._improvised(line.text, topic, False))):
                    # "Why did you drift away from illustration?" got "Well, like I said,
                    # every weekend, in a little sketchbook.": no answer, said as one
                    answer = improvised
            if (roots_wanted and answer and not cues.FROM_SAID.search(answer)
                    and not re.search(r"\bfrom [A-Z]", answer)  # "moved here from Glasgow"
                    and (roots := self._sentence_saying(topic, cues.FROM_SAID)
                         or self._grew_up_told())):
                answer = f"{answer} {roots}"
            # "What do you do?" asked by someone who has not said: a person answers and
            # hands the same question back ("And you?").
            must_ask = must_ask or topic not in memory.user_told
            # "I'm a teacher. How do you know Sam?": answered, then back to the teacher.
            follow_up = _disclosed_topic(told)
            if follow_up is Topic.HOBBIES and told.like and not self._a_pastime(told.like):
                # "I love animals. Do you have any?": no "How did you get into that?"
                follow_up = next((t for t in found.told if t in _LIKED_KINDS), None)
        return self._close(parts, kind, topic, answer, must_ask, line.text, follow_up)

    def _answer_statement(self, line: UserLine, found: LineTopics, told: Disclosure,
                          question: QuestionKind, parts: list[str],
                          kind: ReplyKind | None) -> Reply:
        """A statement: react (done before when it was specific), share in return when it
        answered the partner's question, and ask about it."""
        memory = self.memory
        topic: Topic | None = None
        if set(parts) & {line for key in _WHOLE_REACTIONS
                         for line in self._wording.lines.get(key, ())}:
            # its kind word asked of the dreaded thing: the job in "a job interview tomorrow"
            # is not shared back after it
            return self._finish(parts, kind or ReplyKind.REACT, None, False)
        if cues.TROUBLE_WITH.search(line.text) and (local := self._local(line.text)):
            # "I can't work out the heating" got "Ah, right. Do you have any hobbies?": what
            # the place knows of it helps
            return self._finish([*parts, local], kind or ReplyKind.ANSWER, None, True)
        # "I am living here since six month" tells of home, whatever was asked before
        lived_for = bool(cues.own_duration(line.text) and (
            cues.LIVING_WORDS.search(line.text) or cues.HERE_SINCE.search(line.text)))
        disclosed = _disclosed_topic(told)
        if disclosed is Topic.HOBBIES and found.told and found.told[0] in _LIKED_KINDS:
            disclosed = found.told[0]  # "My favourite band is Radiohead." is of music
        statement_topic = (disclosed or (found.told[0] if found.told else None)
                           or (Topic.HOME if cues.NEW_HERE.search(line.text) or lived_for
                               else None))
        content = statement_topic is not None
        # "yeah, first time": an answer to our question; ask on about it
        # ... and "a friend told me about it" right after our question answers it too
        # ... but a bare "yeah" to "what do you like doing?", or "I don't know", tells nothing
        # (they got "Ah, that sounds good" and "How did you get into that?").
        said = line.text.strip()
        bare_yes_no = bool(cues.SHORT_ANSWER.match(said)) and len(said.split()) <= 3
        short_answer = (statement_topic is None and memory.last_question is not None
                        and not cues.NON_ANSWER.match(said)
                        and not (bare_yes_no and self._last_question_was_open())
                        and (bool(cues.SHORT_ANSWER.match(said))
                             # "taylor swift" to "what music are you into?", "IT" to "which
                             # team?" (they got "Mm, I see. Do you bake at all?")
                             or (memory.left_question and self._last_question_was_open()
                                 and not bare_yes_no and 1 <= len(said.split()) <= 2)
                             or (memory.left_question and len(line.text.split()) >= 3
                                 # "sorry im a bit shy. i'm mia" answers nothing it asked
                                 # (it got "How did you get into that?")
                                 and not cues.NERVOUS.search(said))))
        if short_answer:
            statement_topic = memory.last_question
            if statement_topic is not None and not bare_yes_no:
                # "yes, we were flatmates years ago" told it: not to be asked it again (a bare
                # "yeah" to "are you a friend of Sam's?" may still be asked how)
                memory.user_told.add(statement_topic)
        # "no, I don't have any pets": nothing to follow up ("What's their name?" was asked)
        said_no = bool(cues.NEGATIVE_START.match(said))
        reacted = not parts
        if reacted:
            neutral = said_no or bare_yes_no or bool(cues.NON_ANSWER.match(said))
            key = self._react_key(line.text, content or short_answer)
            if neutral and key == "react" and self._deck("react_neutral"):
                key = "react_neutral"  # a bare "yes" or "no" is no news to call lovely
            parts.append(self._pick(key) or "")
        answering = memory.last_question
        answers_us = statement_topic in (None, answering) or (
            # "Yes, I work with Sam at ..." answers "are you a friend of Sam's?"; a "yeah" can
            # answer no wh-question ("What music are you into?" - "yeah, it's nice here")
            bool(cues.YES_NO_START.match(line.text.strip()))
            and not self._last_question_was_open())
        # One-word answers in a row: share something of our own, not one more question
        shares = memory.terse >= 2 and memory.terse % 2 == 0  # now and then, not always
        # With a greeting, only when the introduction also answered our opening question ("Hi,
        # I'm Nadia, I went to university with Sam" got the name and a question on pets).
        if (answering is not None and answering not in memory.told
                and (content or shares) and answers_us
                and (kind is not ReplyKind.GREETING or statement_topic == answering)):
            own = self._answer(answering, yes_no=False) or ""
            if shares and not content and own:
                # after "ok" to "what do you get up to?", "Baking bread, mostly." alone reads
                # as answering its own question (a seventh play-test): "For me? Baking ..."
                # ("As for me, ...": a "Me?" that nobody asked read as odd, a thirtieth look)
                own = _after_prefix(self._pick("share_own") or "", own, self._names)
            parts.append(own)
            topic = answering
        elif (content and statement_topic is not None and statement_topic in memory.asked_topics
              and statement_topic not in memory.told and kind is not ReplyKind.GREETING
              and self.persona.fact(statement_topic) is not None):
            # an earlier question of ours answered late ("yeah" to "how do you know Sam?",
            # then "I know Sam from work" two lines on): our own answer to it, not a new topic
            parts.append(self._answer(statement_topic, yes_no=False) or "")
            topic = statement_topic
        kind = kind or (ReplyKind.REACT if content else ReplyKind.UNCLEAR)
        follow = None if said_no else statement_topic or (Topic.HOBBIES if told.like else None)
        if follow is Topic.SETTING and question is QuestionKind.NONE:
            # "The speaker was pretty good, I thought": asking "What did you think of the
            # talk?" next would ask what was just said. A person gives their own view (once)
            # and talks on about something else.
            if (topic is None and not memory.told.get(Topic.SETTING)
                    and cues.GOOD_VIEW.search(line.text)
                    and not cues.DOWNBEAT.search(line.text)):
                if reacted:
                    parts[-1] = self._pick("react_agree") or parts[-1]  # not "Ha, fair enough."
                parts.append(self._answer(Topic.SETTING, yes_no=False) or "")
                topic = Topic.SETTING
            if topic is not None:
                memory.current = memory.telling = topic
            return self._finish(parts, kind, topic, True, avoid={Topic.SETTING})
        # An answer to our own question deserves a question on that answer.
        if follow is not None and (follow not in memory.asked_topics or short_answer
                                   or follow is answering):
            if topic is not None:
                memory.current = memory.telling = topic
            return self._finish(parts, kind, topic, True, follow_up=follow)
        return self._close(parts, kind, topic, None, True, line.text)

    def _without_place(self, found: LineTopics, text: str, keep_home: bool) -> LineTopics:
        """`found` without the topics that the words naming the scene's place brought in,
        so the line's other questions stay. "What's the area like?" may still hear where the
        partner lives (`keep_home`); "is it a quiet street?" wants a yes or no, not that."""
        named = self._place_asked.search(text)
        rest = f"{text[:named.start()]} {text[named.end():]}" if named else text
        kept = set(self._topics.find(rest).topics) | ({Topic.HOME} if keep_home else set())
        return dataclasses.replace(found, each=tuple(
            other for other in found.each if other in kept))

    def _liking_it(self, topic: Topic | None, text: str) -> list[str]:
        """"How long have you been here, and do you like it?": "it" is the place just asked
        about, so the second half gets the setting fact."""
        liking = cues.LIKE_IT.search(text)
        if (topic not in (Topic.REASON, Topic.HOME, Topic.WORK) or not liking
                or cues.LIKE_THERE.search(text) or self.persona.fact(Topic.SETTING) is None
                # "Do you enjoy it?" alone, just after the work answer: "it" is the work
                # (and "Wow, that must be hard. Do you like it?": its own sentence)
                or len(cues.SENTENCE_END.split(text[:liking.start()])[-1].split()) < 3):
            return []
        return [part for part in (self._answer(Topic.SETTING, yes_no=False),) if part]

    def _other_answers(self, found: LineTopics, main: Topic | None, kin: bool) -> list[str]:
        """Answers to the line's other questions, in the order asked ("What do you do, and do
        you live around here?" gets both)."""
        facts = {self.persona.fact(main)}
        answers = []
        for other in found.each:
            fact = self.persona.fact(other)
            if other is Topic.NAME or fact is None or fact in facts or (
                    kin and other is Topic.FAMILY):
                continue
            facts.add(fact)
            answer = self._answer(other, yes_no=False)
            if answer:
                answers.append(answer)
        return answers
