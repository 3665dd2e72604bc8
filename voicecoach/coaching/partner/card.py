"""Answers about itself from its persona card: its facts, how long, how it started, the details,
where, names, ages, and its stories told a step at a time."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from voicecoach.coaching import cues, slots
from voicecoach.coaching.partner.decks import _Decks
from voicecoach.coaching.partner.patterns import _SENTENCES, _sentences_saying
from voicecoach.coaching.persona import Fact
from voicecoach.understanding import textnorm
from voicecoach.understanding.questions import AUX, WH
from voicecoach.understanding.topics import Topic, read_clauses

# Where a thing asked about is placed ("the new cycle lane | on the main road"): the card need
# not name the place to speak of the thing.
_AT_A_PLACE = re.compile(r"\s+(?:on|in|at|by|near|round|around|outside|down|up)\s+",
                         re.IGNORECASE)

_STARTED_WHEN = re.compile(r"\b(start|started|begin|began|join|joined|move|moved|get into|got "
                           r"into)\b", re.IGNORECASE)
# The words that ask for a detail, not what it is of ("when are you going?" names nothing).
_DETAIL_ASKING_STEMS = frozenset("go come visit see do happen start time day".split())


def _told_lines(fact: Fact) -> tuple[str, ...]:
    """What a card's fact tells of the partner: not its question back, nor its advice."""
    return (fact.answer, fact.yes_no, *fact.story)


# A question that opens with its question word or auxiliary ("Do your hands ever get tired?"),
# not an echo put as one ("So clay is basically fillings for you?").
_WHOLE_QUESTION = re.compile(r"^\W*(and |so |but |oh,? )?(" + "|".join(sorted(WH | AUX)) + r")\b",
                             re.IGNORECASE)
# A card's yes that echoes "you were here last week, weren't you?"
_I_WAS = re.compile(r"^\W*yes,? i was\b", re.IGNORECASE)


class _CardFacts(_Decks):
    """Answers from its persona card: a fact, how long, how it started, a detail, where, a
    name, an age, a story told a step at a time."""

    def _answer(self, topic: Topic | None, yes_no: bool, asked: str = "") -> str | None:
        """The card's answer on `topic` (its yes/no answer for a yes/no question `asked`)."""
        fact = self.persona.fact(topic)
        if fact is None or topic is None:
            return self._pick("no_fact")
        if not cues.echo_fits(asked, fact.yes_no):
            # "Yes, I am!" answers "are you a friend of Sam's?"; to "have you been to one of
            # Sam's parties?" it says "Yes!"
            fact = dataclasses.replace(fact, yes_no=cues.without_echo(fact.yes_no))
        if (topic is Topic.REASON and cues.DONE_BEFORE.search(cues.last_question(asked))
                and _I_WAS.match(fact.yes_no)):
            # "have you done pottery before?": "It's my second week.", not "Yes, I was!",
            # written for "you were here last week too, weren't you?"
            fact = dataclasses.replace(fact, yes_no=fact.answer)
        if cues.ASKED_IF_BEEN_BEFORE.search(asked):
            # "Have you been to one of these before?": "Yes, it's my first time too!" was
            # written for "is it your first time?"; asked the other way round, it is a no
            new = any(cues.own_first_time(said)
                      for said in (asked, *self.memory.heard, self.memory.last_heard))
            fact = dataclasses.replace(fact, yes_no=cues.as_been_before(fact.yes_no, new))
        if (cues.YES_START.match(fact.yes_no) and (guess := cues.guessed(asked))
                and not cues.content_stems(guess) & cues.content_stems(" ".join(fact.lines()))
                and (no := self._pick("not_quite"))):
            # "do you know Sam from work?" got "Yes! We met at a cooking class": the guess is
            # wrong, so no yes
            fact = dataclasses.replace(fact, yes_no=f"{no} {fact.answer}")
        memory = self.memory
        times = memory.told.get(fact.topic, 0)
        memory.told[fact.topic] = times + 1
        if topic is not fact.topic:
            memory.told[topic] = memory.told.get(topic, 0) + 1
        # The yes/no answer of a stand-in fact answers another question ("do you have family
        # here?" -> "Yes, about ten minutes away"); a trip is recent news, so that one may.
        # (and of a trip, only when the stand-in tells of one: "Yes, I've just come back from
        # paternity leave." answered "have you been anywhere nice on holiday?")
        yes_no = yes_no and (topic is fact.topic or (
            topic is Topic.TRAVEL and bool(cues.TRIP_TOLD.search(" ".join(fact.lines())))))
        # The yes/no answer without a sentence said already ("Yes, I'm enjoying it." when "It's
        # friendlier than I expected." was in the answer).
        yes_part = " ".join(sentence for sentence in cues.SENTENCE_END.split(fact.yes_no)
                            if not cues.sentence_keys(sentence) & self.memory.sentences)
        heard = cues.content_stems(memory.last_heard)
        asked_before = memory.asked_stems.get(fact.topic, set())
        memory.asked_stems[fact.topic] = asked_before | heard
        for candidate in [fact.yes_no, yes_part, fact.answer] if yes_no else [fact.answer]:
            if candidate and self._fresh(candidate) and not (
                    candidate is fact.answer and times and self._said_in_other_words(candidate)
            ) and (
                    candidate is not yes_part or cues.YES_NO_START.match(candidate)):
                return self._use(candidate)
        if (times and heard - asked_before and self._story_left(fact.topic)
                and not cues.AGAIN.search(memory.last_heard)
                and not cues.REPORTED.search(memory.last_heard)):
            # A question after more on what it told, in words not asked before ("is the pub
            # actually good?"): the story goes on, where the same facts again ("Like I said,
            # ...") answered a seventh play-tester's follow-ups. Asked the same words again,
            # it says them again (below).
            step, _told = self._story(fact.topic)
            if step:
                return step
        if memory.put_right:
            # put right ("I meant, does working with clay tire your hands out?") after it
            # said this fact: not the same fact again ("Oh, sorry, my mistake! Well, like I
            # said, I'm a dental nurse.", a twenty-seventh look, three times in a row)
            return None
        # The same question again: the same facts, in other words. The yes/no answer without
        # its "yes" says them differently; after that, the answer's first sentence.
        bare = cues.YES_NO_WORD.sub("", fact.yes_no, count=1).strip()
        head, rest = cues.split_clause(bare)
        if len(head.split()) <= 2 and rest:  # "I am! We play ..." -> "We play ..."
            bare = rest
        first = cues.SENTENCE_END.split(fact.answer, maxsplit=1)[0]
        for base in (bare, first):
            if not base or base.split()[0].lower().strip(",.!") not in cues.LOWER_STARTS | {"i"}:
                continue
            for prefix in self._deck("repeat_prefix"):
                if self._fresh(again := self._again(prefix, base)):
                    return self._use(again)
        for prefix in self._deck("repeat_prefix"):
            # ("Well, like I said, Baking bread, mostly." kept its capital: a twenty-third
            # play-test)
            if self._fresh(again := self._again(prefix, first)):
                return self._use(again)
        return None

    def _kin_told_of(self, topic: Topic) -> str:
        """The one of its people that the card's fact on `topic` speaks of, as asked after
        ("your daughter", of "My daughter is four months old"), or ""."""
        fact = self.persona.fact(topic)
        kin = cues.OWN_KIN_SAID.search(" ".join(_told_lines(fact))) if fact else None
        return f"your {kin.group(1)}" if kin else ""

    def _lives_with(self) -> str | None:
        """Who it lives with: the card's sentence that says ("It's just me, and a borrowed dog
        at weekends", "My wife Sara and I have a baby daughter"), else "just me" when the card
        says it has no partner; None when the card says neither."""
        for topic in (Topic.FAMILY, Topic.HOME):
            said = self._sentence_saying(topic, cues.LIVES_WITH_SAID)
            if said:
                return said
        family = self.persona.fact(Topic.FAMILY)
        if family and cues.NO_PARTNER_SAID.search(" ".join(_told_lines(family))):
            return self._pick("live_alone")
        return None

    def _card_names_kind(self, kind: str) -> bool:
        """Whether a line of the card names its own one of `kind` ("the website team" for
        "which team?"); "which one?" names no kind."""
        kind = kind.lower()
        return kind != "one" and any(
            re.search(rf"\b{re.escape(kind)}\b", line, re.IGNORECASE)
            for fact in self.persona.facts.values() for line in fact.lines())

    def _how_long(self, topic: Topic | None, living: bool = False) -> str | None:
        """The untold sentence of the card's fact on `topic` that says how long ("I moved here
        for the teaching job about six years ago."), for "how long have you lived here?"."""
        fact = self.persona.fact(topic)
        if fact is None:
            return None
        lines = self._lines_on(fact, wide=True)
        sentences = _sentences_saying(lines, cues.HOW_LONG_SAID)
        if topic is Topic.HOME or living:
            # of where it lives, a sentence that says so ("I moved here for this job, six
            # months ago.", where it grew up), not "In my first week I asked where the toilets
            # were three times." nor "It's my first time too!"
            living_lines = [*lines, self.persona.everyday.get("grew_up", "")]
            sentences = [sentence for sentence in _sentences_saying(living_lines,
                                                                   cues.HOW_LONG_SAID)
                         if cues.LIVING_WORDS.search(sentence)] or (
                [] if topic is Topic.HOME else sentences)
        return self._fresh_or_again(fact, sentences, ("I ", "I'", "We ", "We'"))

    def _lines_on(self, fact: Fact, wide: bool) -> list[str]:
        """What the card tells on `fact` (not its question or its advice: "Write down everyone's
        name the first week." said "how long" to "how long have you been doing that?"); with
        `wide`, another fact's lines on the same thing too ("I moved here for the teaching job
        about six years ago." is of home, and says how long Jordan teaches)."""
        about = cues.content_stems(fact.answer)
        return [*_told_lines(fact), *(line for other in self.persona.facts.values()
                                      if wide and other is not fact
                                      for line in _told_lines(other)
                                      if cues.content_stems(line) & about)]

    def _how_started(self, topic: Topic | None, wide: bool) -> str | None:
        """The card's untold sentence on how it came to `topic`, from its own lines, or with
        `wide` ("what got you into it?") another fact's on the same thing ("I started out as an
        illustrator, before I drifted into design." for the design lead's work); None when the
        card tells none (then the question is answered as before)."""
        fact = self.persona.fact(topic)
        if fact is None:
            return None
        fresh = [sentence for sentence in _sentences_saying(self._lines_on(fact, wide),
                                                            cues.STARTED_SAID)
                 if self._fresh(sentence)]
        if not fresh:
            return None
        self.memory.told[fact.topic] = self.memory.told.get(fact.topic, 0) + 1
        return self._use(fresh[0])

    def _detail_topic(self, asked_topic: Topic | None, question: str = "") -> Topic | None:
        """What a one-detail question ("when?", "who with?") asks of: the fact whose lines
        share most words with it when the topic named (or being told) shares none ("Who did
        you say you're visiting in Canada?" is of its plans, not of its travel, which its card
        answers with its week's painting); what it is telling, when the words asked are in its
        last reply; else the card's topic it names, else what the partner is telling ("Who are
        you going with?" names no topic: a name)."""
        named = (asked_topic if asked_topic not in (None, Topic.NAME)
                 and self.persona.fact(asked_topic) else self.memory.telling)
        asked = cues.content_stems(question) - _DETAIL_ASKING_STEMS

        def shared(topic: Topic | None) -> int:
            fact = self.persona.fact(topic)
            return len(asked & {stem for line in (_told_lines(fact) if fact else ())
                                for stem in cues.content_stems(line)})

        # what it has just said, asked after by its words ("We play football together every
        # Sunday." - "Why football and not something else?" is of that, not of its hiking,
        # whose lines speak of football too; a twenty-second play-test)
        telling = self.memory.telling
        said_last = {stem for part in self.memory.last_parts for stem in cues.content_stems(part)}
        if telling is not None and asked & said_last and shared(telling):
            return telling
        best = max(self.persona.facts, key=shared, default=None)
        if best is not None and shared(best) and not shared(named):
            return best
        return named

    def _detail_asked(self, text: str, asked_topic: Topic | None) -> str | None:
        """The card's sentence that says the one detail a question asks of what it told ("When
        are you going?": "... in the autumn."); said already, the detail alone ("In the
        autumn."). None when the question asks no such detail, names something the card's
        lines on the topic do not speak of ("When's your birthday?" while telling of a trip),
        or the card does not say it."""
        question = cues.last_question(text)
        slot = slots.asked_slot(question) if question else None
        fact = self.persona.fact(self._detail_topic(asked_topic, question)) if slot else None
        if slot is None or fact is None:
            return None
        if slot is slots.Slot.WHEN and _STARTED_WHEN.search(question) and (
                since := self._how_long(fact.topic)):
            return since  # "when did you start?" of its job: how long it has done it
        # (its own lines only: another fact's "Last week I still had clay on my hands"
        # answered "When did you start?" of its job)
        lines = list(_told_lines(fact))
        sentences = _sentences_saying(lines, slots.SAYS[slot])
        asked = cues.content_stems(question) - _DETAIL_ASKING_STEMS
        if asked:
            # the sentences that speak of what is named, if the card's lines on it do at all
            # ("who eats it all?" points back at its baking, and names nothing else)
            if not (asked & {stem for line in lines for stem in cues.content_stems(line)}
                    or cues.BACK_REFERENCE.search(question)):
                return None
            # (a reason must be of what is named: "why did you pick this building?" got its
            # summer party's "It's the best way to meet everyone.")
            sentences = ([sentence for sentence in sentences
                          if asked & cues.content_stems(sentence)]
                         or ([] if slot is slots.Slot.WHY else sentences))
        if not sentences:
            if slot is slots.Slot.WHY:
                # "Why did you pick that?" of its job: how it came to it, if the card says;
                # else as people say of a job (it got "Oh, I couldn't say, really.")
                return self._how_started(fact.topic, wide=True) or (
                    self._pick("why_this_job") if fact.topic is Topic.WORK else None)
            # "Who are you going with?" of a trip its card goes on alone; "who do you play
            # football with?" of a pastime
            if slot is slots.Slot.WHO_WITH and fact.topic in (Topic.PLANS, Topic.TRAVEL):
                return self._pick("going_alone")
            return (self._pick("with_a_mix") if slot is slots.Slot.WHO_WITH
                    and fact.topic in (Topic.HOBBIES, Topic.MUSIC) else None)
        said = " ".join(self.memory.own_lines).lower()
        for sentence in sentences:
            short = slots.detail(sentence, slot)
            if short and short.rstrip(".").lower() in said:
                # its detail said already ("Yes, I'm off to see my sister in Canada in the
                # autumn."): the detail alone, not the sentence in other words
                return self._use(short) if self._fresh(short) else None
            if self._fresh(sentence):
                self.memory.told[fact.topic] = self.memory.told.get(fact.topic, 0) + 1
                return self._use(sentence)
        return None

    def _where(self, topic: Topic | None) -> str | None:
        """The card's sentence on `topic` that names a place ("I'm a nurse at the children's
        hospital."), for "where do you work?"; None when it names none (then the usual
        answer)."""
        return self._sentence_saying(topic, cues.PLACE_SAID)

    def _name_of(self, topic: Topic | None, asked: str = "") -> str | None:
        """ "Pebble." for "what's it called?" after the card's "one old cat called Pebble";
        None when the card names nothing on `topic`. Asked of one of its people ("what's your
        son's name?"), the name of such a one: a child's for a child (its daughter's, asked of
        a son), a partner's for a partner."""
        fact = self.persona.fact(topic)
        names = [found for line in (_told_lines(fact) if fact else ())
                 for found in cues.NAME_SAID.finditer(line)]
        kin = cues.KIN_ASKED.search(asked) or cues.YOUR_KIN.search(asked)
        if kin:
            # the one asked for by its word first ("your grandson's name" of a card with a son
            # and a grandson), then any child for a child
            word = kin.group(1).lower()
            said = [found for found in names if found.group(1).lower().rstrip(",") == word]
            wanted = cues.CHILD_WORDS if word in cues.CHILD_WORDS else {word}
            names = said or [found for found in names
                             if found.group(1).lower().rstrip(",") in wanted]
        named = names[0].group(2) if names else None
        if named is None:
            return None
        return self._pick("its_name", thing=named) or self._sentence_saying(topic,
                                                                             cues.NAME_SAID)

    def _sentence_saying(self, topic: Topic | None, saying: re.Pattern[str]) -> str | None:
        """The card's sentence on `topic` that `saying` finds: untold first, else once more
        after "as I said"."""
        fact = self.persona.fact(topic)
        if fact is None:
            return None
        return self._fresh_or_again(fact, _sentences_saying(_told_lines(fact), saying),
                                    ("I ", "I'", "We ", "We'", "It", "My "))

    def _aged_topic(self) -> Topic | None:
        """What "how old is she?" asks after: the fact being told, if it gives an age, else
        the one fact told so far that does ("Do you have any pets?" then its job: the dog)."""
        memory = self.memory
        if memory.telling and self._sentence_saying_any(memory.telling, cues.AGE_SAID):
            return memory.telling
        aged = [topic for topic, times in memory.told.items()
                if times and self._sentence_saying_any(topic, cues.AGE_SAID)]
        return aged[0] if len(aged) == 1 else None

    def _grew_up_told(self) -> str | None:
        """The card's everyday answer on where it grew up, as a sentence of its own ("In
        Birmingham." as "I grew up in Birmingham."), once; None when it cannot be so told."""
        grew_up = self.persona.everyday.get("grew_up", "")
        first = _SENTENCES.split(grew_up, maxsplit=1)[0] if grew_up else ""
        if not re.match(r"(In|By|On|Here|Near|Up|Down) ", first):
            return None
        sentence = f"I grew up {first[0].lower()}{first[1:]}"
        return self._use(sentence) if self._fresh(sentence) else None

    def _age_again(self, topic: Topic | None) -> str | None:
        """The age its card gives on `topic`, said already: "As I said, she's fourteen." (the
        whole sentence again would repeat it)."""
        fact = self.persona.fact(topic)
        found = next((hit for line in (fact.lines() if fact else ())
                      if (hit := cues.AGE_SAID.search(line))), None)
        prefix = next(iter(self._deck("repeat_prefix")), "")
        if found is None or not prefix:
            return None
        age = found.group(0)
        return self._use(f"{prefix}{age[:1].lower()}{age[1:]}.")

    def _kins_age(self, topic: Topic | None, asked: str) -> str | None:
        """The age of the one of its people a question names ("how old is your grandson?" of
        "his boy, my grandson Kofi, is five"): "He's five.", not the first age on the card (a
        twenty-first play-test got "Kofi! As I said, he's forty-three.", his father's)."""
        kin = cues.YOUR_KIN.search(asked)
        if kin is None and re.search(r"\b(he|she)\b", asked, re.IGNORECASE) and self.memory.heard:
            # "What's your grandson's name again, and how old is he?": "he" is the one just
            # named, in the line's first half
            kin = cues.YOUR_KIN.search(self.memory.heard[-1])
        fact = self.persona.fact(topic)
        if kin is None or fact is None:
            return None
        word = kin.group(1).lower()
        # ("my grandson Kofi, is five"; "one son, Femi, who lives across town. He's forty-three")
        aged = re.compile(rf"\b{word}\b[^.!?]{{0,40}}?(?:\b(?:is|'s)|'s|[.!?]\s+(?:he|she)"
                          rf"(?:'s| is)) ({cues.NUMBER_WORD})\b", re.IGNORECASE)
        found = next((hit for line in fact.lines() if (hit := aged.search(line))), None)
        if found is None:
            return None
        pronoun = "She's" if word in ("daughter", "granddaughter", "wife", "sister",
                                      "girlfriend") else "He's"
        said = f"{pronoun} {found.group(1).lower()}."
        return self._use(said) if self._fresh(said) else None

    def _sentence_saying_any(self, topic: Topic | None, saying: re.Pattern[str]) -> bool:
        """Whether the card has a sentence on `topic` that `saying` finds (said or not)."""
        fact = self.persona.fact(topic)
        return fact is not None and bool(_sentences_saying(_told_lines(fact), saying))

    def _fresh_or_again(self, fact: Fact, sentences: list[str],
                        again_starts: tuple[str, ...]) -> str | None:
        """The first of `sentences` (of the card's `fact`) not said yet; all said, the first
        that starts with one of `again_starts` once more, after "as I said"."""
        for sentence in sentences:
            if self._fresh(sentence):
                self.memory.told[fact.topic] = self.memory.told.get(fact.topic, 0) + 1
                return self._use(sentence)
        for sentence in sentences:
            if sentence.startswith(again_starts):
                for prefix in self._deck("repeat_prefix"):
                    if self._fresh(again := self._again(prefix, sentence)):
                        return self._use(again)
        return None

    def _story_step_asked(self, topic: Topic | None, asked: str) -> str | None:
        """The untold step of the story on `topic` that a question asks about by its words
        ("where does he sleep in winter?": "He sleeps all winter in a box ...")."""
        fact = self.persona.fact(topic)
        wanted = cues.content_stems(asked)
        if fact is None or not wanted:
            return None
        return next((step for step in fact.story
                     if self._fresh(step) and wanted & cues.content_stems(step)), None)

    def _story(self, topic: Topic | None, asked: str = "") -> tuple[str | None, bool]:
        """The next step of the story on `topic` (or the step the question `asked` names),
        and whether the story is now told."""
        fact = self.persona.fact(topic)
        if fact is None or topic is None:
            return self._pick("no_fact"), True
        memory = self.memory
        if memory.told.get(fact.topic, 0) == 0:  # "tell me about your trip" before any trip
            return self._answer(topic, yes_no=False), False
        named = self._story_step_asked(topic, asked) if asked else None
        if named is not None:  # told out of turn; the in-order telling skips it later
            return self._use(named), not self._story_left(topic)
        question = cues.last_question(asked) if asked else ""
        choice = (cues.STORY_CHOICE.search(question)
                  if cues.CHOICE_ASKED.search(question) else None)
        picked = self._pick("story_pick", thing=choice.group("second")) if choice else None
        if picked:
            # "was it a real fire or just a drill?": one of them, then the story goes on (a
            # twenty-eighth look: the next step only, or "Bit of both, really.")
            told_on, done = self._story(topic)
            return (f"{picked} {told_on}" if told_on else picked), done
        step = memory.story.get(fact.topic, 0)
        while step < len(fact.story):
            memory.story[fact.topic] = step + 1
            if self._fresh(fact.story[step]):
                return self._use(fact.story[step]), step + 1 >= len(fact.story)
            step += 1
        return self._pick("story_done"), True

    def _story_left(self, topic: Topic | None) -> bool:
        fact = self.persona.fact(topic)
        return (fact is not None and topic is not None
                and self.memory.story.get(fact.topic, 0) < len(fact.story))

    @staticmethod
    def _asked_words(text: str, antecedent: bool = False) -> list[str]:
        """The content words that a line's questions name, without words that only judge
        ("is it expensive?"); with `antecedent`, a question that names nothing ("have you
        ever tried it?") names what the clause before it did ("there's a bouldering wall")."""
        clauses = read_clauses(text)
        asking = [i for i, (_words, asks) in enumerate(clauses) if asks]
        asking = asking or [len(clauses) - 1]
        ignored = cues.COMMON_WORDS | cues.JUDGEMENT_WORDS
        if len(asking) > 1 and _WHOLE_QUESTION.match(clauses[asking[-1]][0]) and any(
                len(word) >= 4 and word not in ignored for word in clauses[asking[-1]][0].split()):
            # the last question, when it is a whole one that names something ("... remember,
            # the penguins? Anyway, where do people usually go for lunch around here?" names
            # no penguins; "the glaze? How did you do it?" still names the glaze)
            asking = asking[-1:]
        words = [word for i in asking for word in clauses[i][0].split()
                 if len(word) >= 4 and word not in ignored]
        if not words and antecedent and asking[0] > 0:
            words = [word for word in clauses[asking[0] - 1][0].split()
                     if len(word) >= 4 and word not in ignored]
        return words

    def _card_speaks_to(self, text: str, topic: Topic | None, story: bool = False) -> bool:
        """Whether the card's fact on `topic` speaks to what `text` asks: the question names
        nothing; it asks on about the story told (`story`) and names something of it or of
        the partner's last words; it asks of the partner itself; or it asks of the world in
        the card's own words. An eighth play-test's partner answered "what does your
        colleague do?" with its own job, "how much is a meal there?" with the cake's story
        and "is there a WhatsApp group?" with where it was from."""
        fact = self.persona.fact(topic)
        # during a story, "have you ever tried it?" or one sentence ("there's a table tennis
        # table, do people use it?") names what the clause before the question named
        words = self._asked_words(text, antecedent=story and bool(
            cues.ASKED_IF_EVER.search(text) or cues.ASKED_IF_OWNS.search(text)
            or cues.SENTENCE_END.search(text) is None))
        asked = {cues.stem(word) for word in words}
        if fact is None or topic is None or not asked:
            return True
        known = cues.content_stems(" ".join(
            (*fact.lines(), *(self.memory.last_parts if story else ()))))
        stand_in = (topic is Topic.TRAVEL and fact.topic is not topic
                    and not cues.TRIP_TOLD.search(" ".join(fact.lines())))
        if story or stand_in:
            # on with a story, or latest news that tells of no trip as the answer to "do you
            # get to travel much?" ("Yes, I've been unpacking all week"): it must name
            # something asked
            return bool(asked & known)
        if not cues.ASKED_OF_WORLD.search(text):
            return True  # a question of the partner's own ("what's your job like?")
        # asked of the world, every word named is the card's, or a name the user or the
        # scene gave ("how do the door passes work?" is not the five-a-side's "side"; "where
        # do people go for drinks after work?" not the climbing after work); a verb's -ing or
        # -ed form names no thing ("are they serving food tonight?")
        asked = {cues.stem(word) for word in words if not word.endswith(("ing", "ed"))}
        known.add(cues.stem(topic.value))  # "are they serving food tonight?" of the food fact
        # and the words the topic packs give the topic: "where do people usually go for lunch
        # around here?" of a colleague whose food fact is the noodle bar half the office goes
        # to (a twenty-seventh look: "I don't actually know. It'd be worth asking around.")
        known |= {cues.stem(word) for word in words if topic in self._topics.topics_of(word)}
        place = self._place_asked.search(text)  # "what's it like living here?"
        names = {cues.stem(word) for word in textnorm.words(" ".join((
            self.memory.user.get("name", ""), place.group(0) if place else "",
            *self.scenario.place_words)))}
        return not asked - known - names

    def _near_miss(self, topic: Topic | None, text: str) -> bool:
        """A yes/no question naming a kind of thing ("a dog person?") that the card's fact,
        which would say yes, is not about (its pet is a cat): a yes would be a lie."""
        fact = self.persona.fact(topic)
        # the question asks, not what is told beside it ("Do you have any pets? I thought I
        # heard a dog." got "Not really, funnily enough" before the tortoise)
        text = " ".join(sentence for sentence in _SENTENCES.split(text)
                        if sentence.rstrip().endswith("?")) or text
        named = {cues.stem(kind) for kind in cues.KIND.findall(text.lower())}
        if topic is Topic.MUSIC:
            # "do you play an instrument?" of a soul fan: playing is what is asked
            named |= {"play" if kind.startswith("instrument") else cues.stem(kind)
                      for kind in cues.INSTRUMENT.findall(text.lower())}
        if topic is Topic.HOBBIES:
            # "do you bake?" of a swimmer: "Yes, I swim most mornings" would be a lie (a
            # pastime matches by its first letters: "bake" is "baking")
            named |= {kind[:3] for kind in cues.PASTIME_KIND.findall(text.lower())}
        if topic is Topic.WORK:
            # "are you a student?" of a nurse; "do you work from home?" of a bus driver
            named |= {cues.stem(kind.split()[-1]) for kind in cues.ROLE_KIND.findall(text)}
        if fact is None or not named or not cues.YES_START.match(fact.yes_no):
            return False
        words = textnorm.words(f"{fact.answer} {fact.yes_no}")
        said = {cues.stem(word) for word in words} | {word[:3] for word in words}
        return not named & said

    def _fact_named(self, text: str, stories: bool = True) -> Topic | None:
        """The card's fact that a line names by one of its own words ("your bowl", "Winston"),
        when the topic packs found nothing (with `stories`, a word of a story counts too)."""
        # the question's own words, when it says one: "Ha, pottery must feel easy after teeth.
        # Do patients ever bite?" named home's "the bus is easy" (it got "No, I'm across town")
        asked = " ".join(cues.QUESTION_SENTENCE.findall(text)) if "?" in text else ""
        last = cues.last_question(text)
        if last != asked.strip() and _WHOLE_QUESTION.match(last):
            # the last question, when it is a whole one: "So clay is basically fillings for
            # you? Do your hands ever get tired?" asks of its hands, not its dental work (a
            # twenty-seventh look: "Yes, I'm a dental nurse.", three times)
            asked = last
        words = cues.content_stems(asked or text)
        keywords = self._keywords if stories else self._told_keywords
        # a word in fewer facts names its fact more surely: "How long do tortoises live?"
        # names the tortoise, not the three facts that say "lived" (it got how long it has
        # lived upstairs)
        facts_with = {stem: sum(stem in stems for stems in keywords.values()) for stem in words}
        best, score = None, 0.0
        for topic, stems in keywords.items():
            overlap = sum(1 / facts_with[stem] for stem in words & stems)
            if overlap > score:
                best, score = topic, overlap
        telling = self.memory.telling
        asks_wh = any(cues.WH_FIRST.match(question)
                      for question in cues.QUESTION_SENTENCE.findall(text))
        if (best is None and asked and telling in keywords and asks_wh
                and cues.content_stems(text) & keywords[telling]):
            # ... but a remark on what it is telling counts: "I couldn't do nights. How do you
            # stay awake?" after its night shifts. Not for a yes or no of words the fact never
            # says: "A dental nurse, ha! Do your hands ever get tired?" got "Yes, I'm a dental
            # nurse." (a twenty-seventh look, three times)
            best = telling
        return best

    def _family_fact(self) -> Topic:
        """The card's fact that tells of its family (a sister's visit, a new baby), since a
        card has no family fact of its own; FAMILY (said to be nothing) when none does."""
        for topic in self._order:
            fact = self.persona.facts[topic]
            if cues.KIN.search(f"{fact.answer} {fact.yes_no}"):
                return topic
        return Topic.FAMILY

    def _names_own_topic(self, thing: str, topics: Iterable[Topic]) -> bool:
        """"the food", "the music": a topic named outright that the card has a fact on."""
        words = set(thing.lower().split())
        return any(topic.value in words and self.persona.fact(topic) for topic in topics)

    def _card_names(self, thing: str) -> bool:
        """Whether the persona's card speaks of `thing` (then it answers from it): every word
        of it before a place ("the new cycle lane", of "... on the main road")."""
        wanted = cues.content_stems(_AT_A_PLACE.split(thing)[0])
        return bool(wanted) and any(wanted <= cues.content_stems(" ".join(fact.lines()))
                                    for fact in self.persona.facts.values())
