"""Answers its persona card has no fact for: what the scene knows (its local facts, amenities),
everyday questions, yes/no questions by their form, not knowing; and the checks on when the
card's own yes/no would mislead."""

from __future__ import annotations

import re

from voicecoach.coaching import cues, everyday, follow_ups, slots
from voicecoach.coaching.partner.card import _CardFacts
from voicecoach.coaching.partner.patterns import (
    _HAS_A_PET,
    _SENTENCES,
    _last_sentence,
    _sentences_saying,
)
from voicecoach.coaching.persona import LocalFact
from voicecoach.understanding import textnorm
from voicecoach.understanding.topics import LineTopics, QuestionKind, Topic

# "any" before a choice ("do you have any nieces or nephews?"): a yes or no is asked.
_ANY = re.compile(r"\bany\b", re.IGNORECASE)
# A question of someone else's ("have you visited her there?").
_OF_SOMEONE = re.compile(r"\b(her|him|them|his|their)\b", re.IGNORECASE)
# A sentence that says its subject is done without ("so I don't need a gym").
_DOES_WITHOUT = re.compile(r"\b(don'?t|do not|never|no need|without)\b", re.IGNORECASE)
_RECOMMEND = re.compile(r"\b(recommend|suggest|recommendations?)\b", re.IGNORECASE)
# A sentence that says why or who ("I go at half six, when the pool is nearly empty.", "My
# sister got me into it.").
_SAYS = {
    follow_ups.FollowUp.WHY: re.compile(r"\b(because|since|so that|when the|as it|to (be|get|see|"
                                        r"avoid|keep|meet|help|learn))\b", re.IGNORECASE),
    follow_ups.FollowUp.WHO: slots.SAYS[slots.Slot.WHO],
}
_OWN_AGE_ASKED = re.compile(r"\bhow old are (you|u)\b|\byour age\b", re.IGNORECASE)



class _BeyondCard(_CardFacts):
    """Answers its card has no fact for (the scene's own facts, everyday questions, a yes/no by its
    form, not knowing), and when the card's own yes/no would mislead."""

    def _own_yes_no(self, text: str) -> tuple[str, bool] | None:
        """The whole answer to a yes/no question that no card fact answers, and whether the
        reply asks back after it: "is there a gym nearby?" that the scene knows nothing of
        (not "No, I'm from Leicester."), "do you know my friend Leo?", "do you know anyone
        hiring?", "Board games. Is that weird?" (not "Yes, I draw!")."""
        if (people := self._from_people(text)) is not None:
            return people, True
        if cues.ASKS_IF_JUST_MOVED.search(text) and (
                moved := self._sentence_saying(Topic.HOME, cues.JUST_MOVED_SAID)):
            # "Settled in? Did you just move here?" got "No, I'm from Glasgow." from a card
            # two months in town: yes, and how new
            return f"{self._pick('yes_short') or 'Yes!'} {moved}", True
        if cues.IS_THERE_NEARBY.search(text) and not self._local_fact(text) and not (
                cues.asks_advice(text)):
            key, asks_back = "no_local", False
        elif cues.ASKS_IF_KNOWS_COLLEAGUE.search(text) and self._deck("know_colleague"):
            key, asks_back = "know_colleague", True  # "Do you know Karen? She's my manager."
        elif cues.ASKS_IF_KNOWS_THEM.search(text):
            key, asks_back = "dont_know_them", False
        elif cues.ASKS_IF_HIRING.search(text) and self._deck("hiring"):
            key, asks_back = "hiring", False
        elif cues.ASKS_IF_KNOWS_SOMEONE.search(text):
            key, asks_back = "dont_know_anyone", False
        elif cues.ASKS_IF_ODD.search(text):
            # ("my grandmother was sick this month, so i'm a bit tired. is that weird to say?"
            # got "Ha, not at all! I like it.", a thirtieth look)
            told = cues.without_odd_asked(text)  # (not "is that boring?" itself)
            sad = any(cue.search(told) for cue in (cues.BAD_NEWS, cues.OWN_WORRY, cues.UNWELL))
            key = "not_odd_sad" if sad and self._deck("not_odd_sad") else "not_odd"
            asks_back = key == "not_odd"
        elif ((place := cues.ASKED_IF_BEEN_TO.search(text))
              and not self._card_names(place.group("thing"))):
            # "the new Thai place on the high street": not the card's home on the high street;
            # a place the scene knows, what it knows of it
            local = self._local(text)
            if local:
                return local, False
            key, asks_back = "not_yet", False
        elif ((heard := cues.ASKED_IF_HEARD.search(text))
              and not self._card_names(heard.group("thing")) and self._deck("not_heard")):
            # "Did you hear about the new bakery?" got the card's curry ("Yes, it's great!")
            key, asks_back = "not_heard", False
        elif cues.ABOUT_THEM_TAG.search(text) and self._deck("agree_about_them"):
            # "The teacher is really patient, isn't she?" got "Ha, not exactly! I'm an
            # engineer." ("teacher" read as a guess at its job): a view of someone else, shared
            key, asks_back = "agree_about_them", True
        elif (cues.PERMISSION.search(text) and _HAS_A_PET.search(text)
              and (pets := self._local("are pets allowed"))):
            return pets, False  # "I have a cat. Is it ok in the building?": the house rule
        elif (cues.PERMISSION.search(text) and not self._local_fact(text)
              and self._deck("permission")):
            # "Is it ok to bring food from home?" got "Yes, Thursday curry in the canteen ..."
            key, asks_back = "permission", False
        else:
            return None
        said = self._pick(key)
        if said and key in ("dont_know_them", "know_colleague", "agree_about_them"):
            # "Do you know my sister?": "What's she like?"
            said = cues.with_pronoun(said, text)
        return (said, asks_back) if said else None

    def _not_sure(self, text: str) -> str | None:
        """Not known: of the place or the world, with where to ask; of itself, what a person
        says by the question's form alone (a bit of both, I think so, quite a few, a quiet
        weekend) rather than "I'm not sure" about its own life, which an eleventh play-test
        met 43 times."""
        if cues.THEIRS_COMING_ASKED.search(text) and (hope := self._pick("hope_so")):
            return hope
        for cue, key in ((cues.TIME_SUITS_ASKED, "any_time"), (cues.SKILL_ASKED, "practice"),
                         (cues.CAN_YOU_MAKE, "never_tried")):
            # (before a question of the world: "is there a time that's best for you?")
            if cue.search(text) and (said := self._pick(key)):
                return said
        if cues.ASKED_OF_WORLD.search(text):
            return self._pick("not_sure_world") or self._pick("no_answer")
        # the question asked ("do you think I could make a vase? for my daughter")
        asked = next((part for part in reversed(cues.QUESTION_SENTENCE.findall(text))
                      if part.endswith("?")), _last_sentence(text))
        liked = cues.THING_LIKED_ASKED.search(asked)
        if liked and (said := self._thing_liked(liked.group("thing"))):
            return said
        for cue, key in ((cues.OWN_DAYS_ASKED, "quiet_days"), (cues.CHOICE_ASKED, "both_really"),
                         # "do you ever get nervous?", "how old are you?" (a twentieth
                         # play-test: "Oh, I couldn't say, really.")
                         (cues.FEELING_ASKED, "sometimes"), (_OWN_AGE_ASKED, "own_age"),
                         (cues.ASKS_IF_BAD, "a_little"), (cues.VIEW_ASKED, "think_so"),
                         (cues.COUNT_ASKED, "quite_a_few")):
            if (key == "both_really" and self.memory.story and (
                    choice := cues.STORY_CHOICE.search(asked))
                    and (one := self._pick("story_pick", thing=choice.group("second")))):
                # "Real fire or just a drill?" of its own story: one of them, as it happened
                # (a twenty-eighth look: "Bit of both, really. Depends on the day!")
                return one
            if key == "think_so" and cues.WH_FIRST.match(asked):
                continue  # "What do you like?" asks what, not whether (it got "Yes, I'd say so!")
            if key == "both_really" and _ANY.search(asked):
                # "do you have any nieces or nephews?" asks whether, not which
                if cue.search(asked) and (none := self._pick("dont_have")):
                    return none
                continue
            said = self._pick(key) if cue.search(asked) else None
            if said:
                return said
        return self._pick("no_answer")

    def _thing_liked(self, thing: str) -> str | None:
        """"The new wheel? Yes, I do!": the thing asked of, said back, and liked."""
        first, _, rest = thing.partition(" ")
        if first.lower() != "the":  # "this new glaze": "The new glaze?"
            thing = f"the {rest}"
        return self._pick("like_thing", thing=thing[0].upper() + thing[1:].lower())

    def _from_people(self, text: str) -> str | None:
        """"Are you Nigerian?" of a card that grew up in Lagos: yes, with the card's sentence
        that names the place (None when the card names none of that people's places)."""
        asked = cues.DEMONYM_ASKED.search(text)
        places = cues.DEMONYM_PLACES.get(asked.group("people").lower(), ()) if asked else ()
        for fact in self.persona.facts.values():
            for sentence in _sentences_saying(fact.lines(), re.compile(
                    r"\b(" + "|".join(places) + r")\b", re.IGNORECASE)) if places else ():
                yes = self._pick("yes_from") or "Yes!"
                return f"{yes} {cues.YES_NO_WORD.sub('', sentence)}"
        # "Are you Scottish?" of a card from elsewhere: no, and where it is from
        home = self._sentence_saying(Topic.HOME, cues.FROM_SAID) if places else None
        no = self._pick("no_from") if places else None
        if no and home:
            return f"{no} {cues.YES_NO_WORD.sub('', home)}"
        return no  # (a card that says nowhere: a plain no, of a people it names no place of)

    def _amenity(self, text: str) -> str | None:
        """Where a gym, a pool or a hairdresser is, asked of a place the scene knows nothing
        of: someone settled has a rough idea, one who uses one says so, a newcomer does not
        know yet ("Where's the pool?" got "Keep your elbows tucked in", a gym "nothing comes
        to mind" from someone twelve years upstairs: a twelfth play-test)."""
        asked = cues.AMENITY_ASKED.search(text)
        if asked is None or self._local_fact(text) is not None:
            return None
        thing = asked.group("thing").lower()
        if cues.IN_THE_BUILDING.search(text):
            return self._pick("no_local")
        self.memory.no_help = True
        root = cues.stem(re.sub(r"'?s$", "", thing.split()[-1]))  # "hairdresser's", "gyms"
        # a card sentence naming one, and not as one it does without ("so I don't need a gym")
        uses_one = any(root in {cues.stem(word) for word in textnorm.words(sentence)}
                       and not _DOES_WITHOUT.search(sentence)
                       for fact in self.persona.facts.values() for line in fact.lines()
                       for sentence in _SENTENCES.split(line))
        if uses_one and (own := self._pick("local_own")):
            return own
        if self._sentence_saying_any(Topic.HOME, cues.JUST_MOVED_SAID):  # new in town itself
            return self._pick("not_sure_thing", thing=thing) or self._pick("no_local")
        return self._pick("local_guess") or self._pick("no_local")

    def _local_fact(self, text: str) -> LocalFact | None:
        """The scenario's [[local]] fact that a question names by one of its words: in "is
        there a ... nearby" first ("I've only seen the corner shop. Is there a nice café
        nearby?" asks for a café, not the supermarket, a thirtieth play-test), else anywhere
        in the line ("my laptop won't log in. Who should I ask?")."""
        nearby = cues.IS_THERE_NEARBY.search(text)
        for words in dict.fromkeys((nearby.group() if nearby else text, text)):
            said = f" {' '.join(textnorm.words(words))} "
            fact = next((fact for fact in self.scenario.local
                         if any(f" {word} " in said for word in fact.words)), None)
            if fact is not None:
                return fact
        return None

    def _local(self, text: str) -> str | None:
        """What anyone at the scene knows (the scenario's [[local]] facts) that a question
        names by one of its words; said once, then "as I said"."""
        fact = self._local_fact(text)
        if fact is None:
            return None
        self.memory.helping = True
        return self._once_then_again(fact.answer)

    def _once_then_again(self, answer: str) -> str | None:
        """`answer` the first time, "As I said, ..." after (None once both are said)."""
        if self._fresh(answer):
            return self._use(answer)
        # (its first sentence alone, when the rest would sound said twice: "where did you say
        # you grew up?" got where it lives, "In a mining town in Wales. I moved here for work
        # years ago." being said already whole)
        first = _SENTENCES.split(answer, maxsplit=1)[0]
        for prefix in self._deck("repeat_prefix"):
            for said in dict.fromkeys((answer, first)):
                again = self._again(prefix, said)
                if self._fresh(again):
                    return self._use(again)
        return None

    def _improvised(self, text: str, asked_topic: Topic | None, story_first: bool = True
                    ) -> str | None:
        """A plain answer to a follow-up on its own telling that its card does not answer
        ("Why did you drift away from illustration?", "How did you get into growing things?"),
        the same one if asked again; None when the line asks no such thing, nothing has been
        told of what it asks, or the card answers it (how it began; with `story_first`, its
        story's next step, when that says it)."""
        # (the first question that follows up: "Why sourdough though? Did lockdown get you
        # like everyone else?" asks why, a twenty-third play-test's "Like I said, ...")
        kind = next((found for part in cues.QUESTION_SENTENCE.findall(text)
                     if part.endswith("?") and (found := follow_ups.follow_up(part.strip()))),
                    None)
        memory = self.memory
        about = (asked_topic if asked_topic is not None and memory.told.get(asked_topic)
                 else memory.telling)
        if (kind is None or about is None or not memory.told.get(about)
                # "Why did you come tonight?" is its card's reason for being here, asked
                or about is Topic.REASON
                # a new topic of the card asked is answered from it first (what it answers
                # with, if only "Like I said, ...", comes back here with `story_first` off)
                or (story_first and asked_topic not in (None, memory.telling))):
            return None
        if kind is follow_ups.FollowUp.HOW_STARTED and (card := self._how_started(about, True)):
            return card
        if kind is follow_ups.FollowUp.HOW_STARTED and about is Topic.WORK:
            return None  # a job is fallen into (`why_this_job`), where the question is met
        if story_first and self._story_says(about, kind):
            # its story's next step says why, how, who, or what happened ("Why do you swim so
            # early?": "I go at half six, when the pool is nearly empty.")
            return None
        said = memory.improvised.get((about, kind.value))
        if said is not None:
            return self._once_then_again(said)
        answer = self._pick(kind.value)
        if answer:
            memory.improvised[(about, kind.value)] = answer
        return answer

    def _story_says(self, topic: Topic, kind: follow_ups.FollowUp) -> bool:
        """Whether the next untold step of its story on `topic` answers a follow-up of `kind`:
        one that says why or who; any step for how it began or what happened next."""
        fact = self.persona.fact(topic)
        if fact is None:
            return False
        untold = [step for step in fact.story[self.memory.story.get(fact.topic, 0):]
                  if self._fresh(step)]
        if not untold:
            return False
        # (how it began: its story is how, told on, as a person would)
        return kind not in _SAYS or bool(_SAYS[kind].search(untold[0]))

    def _everyday(self, text: str, question: QuestionKind, found: LineTopics,
                  parts: list[str]) -> list[str] | None:
        """An everyday question that no topic of the card covers ("do you have siblings?",
        "are you a morning person?"): the card's [persona.everyday] answer, and the same
        question back unless the user told theirs. None when the card has no answer."""
        asked = everyday.asked(text, question is not QuestionKind.NONE)
        answer = self.persona.everyday.get(asked.id) if asked else None
        if asked is None or answer is None or _RECOMMEND.search(text):
            return None  # ("can you recommend any good films?" asks for a title)
        if asked.card_says(self.persona.fact(asked.card_topic)):
            return None  # "do you cook?" of a card whose food fact is its jollof rice
        if asked.remark and cues.WEATHER_MOAN.search(text):
            return None  # "ugh, this rain": a moan to agree with, as before
        if question is QuestionKind.NONE and found.topics:
            return None  # "I walked here in the rain, my flat's close by": about the flat
        said = self._once_then_again(answer)
        if said is None:
            return None
        # "what's the worst part of your job?" is asked, not a let-down to be sorry for; "what's
        # something you're proud of?" praises no one (the classifier took it for a compliment)
        dropped = set(self._wording.lines.get("react_down", ()))
        if not (cues.PRAISE.search(text) or cues.PRAISE_OF_YOU.search(text)):
            dropped |= {*self._wording.lines.get("thanks", ()),
                        *self._wording.lines.get("compliment_back", ())}
        parts[:] = [part for part in parts if part not in dropped]
        # (the very question the user asked, handed back: `_askable` would refuse it)
        back = asked.ask and not everyday.told(text, asked) and self._fresh(asked.ask)
        return [said, self._use(asked.ask)] if back else [said]

    def _asked_everyday(self) -> bool:
        """Whether its last reply handed an everyday question back ("How's your day been?")."""
        last = self.memory.last_parts[-1] if self.memory.last_parts else ""
        return any(last == question.ask for question in everyday.load_questions())

    def _by_form(self, text: str) -> str | None:
        """An answer to a yes/no question the card has nothing on, from its form alone: no
        to having been, seen or owned something (nothing on the card says otherwise)."""
        # "Have you been?" of their Lisbon, told before or in the same line
        trip = "trip" in self.memory.user or bool(cues.GOING_TO.search(text))
        if cues.ASKED_IF_EVER.search(text) and trip and (been := self._pick("not_been_there")):
            return been
        # "do you ever get nervous?" asks a feeling, not whether it has ever done a thing
        for cue, key in ((cues.FEELING_ASKED, "sometimes"),
                         (cues.ASKED_IF_CAUGHT, "missed_it"), (cues.ASKED_IF_EVER, "not_yet"),
                         (cues.ASKED_IF_OWNS, "dont_have"), (cues.ASKS_OWN_KIDS, "dont_have"),
                         (cues.ASKED_HOW_MUCH, "not_much")):
            if cue.search(text):
                if key == "missed_it" and not cues.EVENT_WORDS.search(text):
                    # "have you seen that new bridge they're building?", "have you seen him?":
                    # no show to have missed (it got "No, I didn't catch it. Was it good?")
                    key = "not_seen_them" if cues.SEEN_SOMEONE.search(text) else "not_seen"
                if key == "not_yet" and _OF_SOMEONE.search(text):
                    # "have you visited her there?": no "Have you?" about their sister
                    return self._pick("not_yet_plain") or self._pick(key)
                return self._pick(key)
        return None

    def _newcomer(self) -> bool:
        """Whether the card's reason for being here says it is new (weeks or months, a first
        time), so that it knows few people yet."""
        reason = self.persona.fact(Topic.REASON)
        said = " ".join(reason.lines()) if reason is not None else ""
        return bool(cues.NEW_SAID.search(said) or cues.SHORT_STAY.search(said))

    @staticmethod
    def _asks_how_settled(text: str) -> bool:
        return bool(cues.HOW_SETTLED.search(text) or cues.LIVED_HERE.search(text))

    def _yes_no_misleads(self, topic: Topic | None, text: str) -> bool:
        """Whether the card's yes/no answer on `topic` may be the wrong way round for this
        question on how settled the partner is (cues.NEWCOMER)."""
        fact = self.persona.fact(topic)
        if fact is None:
            return True
        # asked if new: a yes that says new ("Yes, it's my first time too!") or a no that
        # does not ("No, my third time."); asked if long: a yes that says years, or a no that
        # does not
        says = cues.NEW_SAID if cues.NEWCOMER.search(text) else cues.LONG_STAY
        said = bool(says.search(fact.yes_no))
        if cues.YES_START.match(fact.yes_no):
            return not said
        return not (fact.yes_no.lower().startswith("no") and not said)

    def _no_kids_told(self, text: str, topic: Topic | None) -> bool:
        """"You have children?" of a card whose family fact tells of none (a sister's visit
        answered it): answered by the question's form instead."""
        fact = self.persona.fact(topic)
        told = " ".join(fact.lines()) if fact is not None else ""
        return bool(cues.ASKS_OWN_KIDS.search(text)) and not cues.KIDS_SAID.search(told)

    def _yes_to_a_fault(self, topic: Topic | None, text: str) -> bool:
        """Whether the card's yes would say yes to a fault it was asked about ("is the
        teacher strict?" got "Yes, I love it. Nobody minds a wonky pot."): its answer, not its
        yes, then answers."""
        fault = cues.ASKS_IF_BAD.search(text)
        fact = self.persona.fact(topic)
        return bool(fault and fact is not None and cues.YES_START.match(fact.yes_no)
                    and fault.group(2).lower() not in fact.yes_no.lower())
