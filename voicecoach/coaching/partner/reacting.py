"""Reacting to what the user said: greetings, reactions to what they told, likings shared."""

from __future__ import annotations

import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.asking import _Asking
from voicecoach.coaching.partner.patterns import _TELLING
from voicecoach.coaching.partner.turns import ReplyKind, UserLine
from voicecoach.understanding import textnorm
from voicecoach.understanding.disclosure import Disclosure
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import QuestionKind, Topic

# One of the user's own people doing or being something ("my grandfather make it look easy").
_THEIR_OWN_PRAISED = re.compile(
    r"\b(my|our) (\w+ )?(grandfather|grandad|granddad|grandma|grandmother|gran|nan|mum|mom|dad|"
    r"father|mother|sister|brother|friend|wife|husband|son|daughter|partner|aunt|uncle|teacher|"
    r"boss) (make|makes|made|is|was|does|did|can|could|always)\b", re.IGNORECASE)
_YES_OR_NO_FIRST = re.compile(r"\W*(yes|yeah|yep|yup|no|nope|nah)\b", re.IGNORECASE)
# A greeting said again in words ("nice to meet you"), not only labelled so ("hey, so where
# did you move from?" asks; its "hey" greets no one twice).
_GREETED_AGAIN = re.compile(r"\b((nice|good|lovely|great|pleased) to meet you|likewise|"
                            r"and you)\b", re.IGNORECASE)
# A "hey" opening a line, which greets no one once the talk has begun.
_HEY = re.compile(r"^\W*(hey|hi|oh hey|hiya)\b\W*", re.IGNORECASE)
# A pet of their own named ("My dog is called Biscuit.", "we've got two cats"), not pets liked
# ("I love dogs" is met as a liking).
_OWN_PET = re.compile(r"\b(?:my|our) (?:\w+ )?(?:dog|cat|puppy|kitten|rabbit|hamster|parrot|"
                      r"tortoise|budgie|pet|guinea pig)s?\b|\b(?:i|we)(?: have|'ve got| got) (?:a|"
                      r"an|two|three) (?:\w+ )?(?:dog|cat|puppy|kitten|rabbit|hamster|parrot|"
                      r"tortoise|budgie)s?\b", re.IGNORECASE)
# A short time ("two weeks", "a few days", "a couple of months").
_SHORT_SPAN = re.compile(r"^(an? |one |two |three |four |five |six |a few |a couple of |few |"
                         r"couple of |\d+ )?(days?|weeks?)$|^(an? |one |two |a couple of |a few |"
                         r"couple of |1 |2 )months?$", re.IGNORECASE)
# A few words that answer a question, then a question of one's own ("Motion graphics. What do
# you do?", "Payroll queries, I think. Is the manager strict?").
_FIRST_CLAUSE = re.compile(r"^\W*([^.!?,]+?)(?:,(?! *(nice|lovely|cool|great|interesting|"
                           r"wow|amazing|brilliant|fun)\b)[^.!?]*)?\.\s+(?=\S[^.!]*\?\W*$)",
                           re.IGNORECASE)
_HEDGES = re.compile(r"^\W*((mostly|probably|maybe|just|um|uh|oh|er|erm|well|honestly|actually|"
                     r"so|ah|hmm),?\s+)+", re.IGNORECASE)
_SHORT_ANSWER_WORDS = 4
_ASKS_WHAT = re.compile(r"^\W*(and |so )?(what|which|where|who|how)\b", re.IGNORECASE)
# Words that start a sentence of one's own or a reply word, not a thing named ("I play chess.",
# "Yes.", "Not really.").
_NOT_AN_ANSWER_START = frozenset(
    "i i'm im i've ive i'd id we we're my our me you your yes yeah yep no nope nah ok okay "
    "sure fine good great haha ha lol hi hello hey thanks thank sorry not nothing it it's its "
    "that that's this there there's what how why where who when do does did is are was can "
    "could would will should oh wow aw cool nice lovely really same me too anyway ooh right "
    "alright the a pretty quite very kind sort bad better busy long tired honestly".split())
# No pet of theirs: "no, i don't have any pets", "we never had a dog".
_NO_PET = re.compile(r"\b(no|not|don'?t|haven'?t|never|nor)\b", re.IGNORECASE)
# A pet that is trouble, not news to coo over ("my dog keeps me up at night").
_PET_TROUBLE = re.compile(r"\b(hates?|hated|keeps? (me|us) (up|awake)|drives? (me|us)|chewed|ate "
                          r"my|sick|ill|poorly|barks?|barking|bit|bites|scratch\w*|nightmare|"
                          r"annoying|won'?t stop|missing|lost|vet)\b", re.IGNORECASE)



# A clause that shares something with "too" ("I'm a Spurs fan too"), and a bare "me too".
_TOO_CLAUSE = re.compile(r"\b(?:i'?m|i am|i'?ve|i have|i) ([^.,!?;]{3,40}?) (?:too|as well)\b",
                         re.IGNORECASE)
_SAME_HERE = re.compile(r"\b(me too|same here|me neither|same!|snap)\b", re.IGNORECASE)

class _Reacting(_Asking):
    """Meeting what the user said: a greeting, a reaction to what they told, a liking shared."""

    def _react(self, line: UserLine, labels: set[MoveLabel], told: Disclosure,
               question: QuestionKind, tell_more: bool, dislike: bool, parts: list[str]
               ) -> tuple[ReplyKind | None, bool]:
        """What comes before any answer: a greeting, thanks for a compliment, common ground,
        a word on what the user told or on their nerves. (The reply's kind so far, and
        whether it must end on a question.)"""
        memory = self.memory
        kind: ReplyKind | None = None
        must_ask = False
        # once introduced, only a greeting said again gets one back ("nice to meet you" -
        # "And you!"; "sorry, what's your name?" is asked, not said)
        greets = told.name is not None or (MoveLabel.GREETING_INTRO in labels and (
            not memory.introduced or bool(_GREETED_AGAIN.search(line.text))))
        if (greets and told.name is None and memory.replies >= 2
                and not _GREETED_AGAIN.search(line.text)
                and len(cues.without_lead_in(_HEY.sub("", line.text)).split()) >= 3):
            greets = False  # "Hey, if your band ever needs a bass player...": a "hey" mid-talk
        if greets:
            # only where the opening takes the user for someone it knows (the club's "you
            # were here last week too, weren't you?")
            met_before = bool(self.scenario.opening_mistaken and cues.MET_BEFORE.search(line.text))
            greeting = self._greeting(told.name is not None, met_before=met_before)
            if greeting:
                parts.append(greeting)
                kind = ReplyKind.GREETING
        if (cues.ARRIVED_LATELY.search(line.text) and not memory.welcomed
                and (welcome := self._pick("welcome_new"))):
            # "I arrived in this country only three months ago, from Portugal.": a welcome
            memory.welcomed = memory.new_here = True
            parts.append(welcome)
            kind = kind or ReplyKind.REACT
        # "That's sweet. Have you made anything you're proud of?" appreciates its story; it
        # praises no one, and got "Thanks! ... And you're very easy to talk to."
        only_appreciates = (self.memory.last_kind in _TELLING
                            and bool(cues.APPRECIATE.search(line.text))
                            and not cues.PRAISE.search(line.text)
                            and not cues.PRAISE_OF_YOU.search(line.text)
                            and not cues.PRAISED_THING.search(line.text))
        # "my grandfather make it look easy" praises him, not the partner (a twenty-eighth
        # look: "Oh, thank you, that's kind of you to say.")
        of_their_own = (bool(_THEIR_OWN_PRAISED.search(line.text))
                        and not cues.PRAISE_OF_YOU.search(line.text))
        # "I am a bit nervous, my English is not perfect." and "I'm so sorry about your
        # husband. Kofi is a lovely name." pay it no compliment to thank (a thirtieth look:
        # "Thanks! That's nice to hear."), unless one is paid to it in so many words
        not_the_moment = ((cues.NERVOUS.search(line.text) or cues.LANGUAGE_WORRY.search(line.text)
                           or cues.CONDOLENCE.search(line.text))
                          and not cues.PRAISE_OF_YOU.search(line.text))
        if (MoveLabel.COMPLIMENT in labels and not tell_more and not only_appreciates
                and not of_their_own and not not_the_moment):
            parts += [p for p in (self._pick("thanks"), self._pick("compliment_back")) if p]
            kind = kind or ReplyKind.THANKS
        elif cues.CONDOLENCE.search(line.text) and (kind_of_you := self._pick("condolence_thanks")):
            parts.append(kind_of_you)  # "I'm so sorry about your husband.": thanked quietly
            kind = kind or ReplyKind.THANKS
        shared = self._shares(told.like)
        # (a place "too" that its card has no word of is not shared: "i live near the river
        # too!" to a card out in the suburbs got "Oh, same here!")
        place_shared = told.place is None or self._card_names(told.place)
        if MoveLabel.COMMON_GROUND in labels and (shared or not told.like or dislike) and (
                place_shared or dislike) and not self._too_of_its_unsaid(line.text):
            parts.append((dislike and self._pick("common_dislike")) or self._pick("common_ground")
                         or "")
            kind, must_ask = ReplyKind.COMMON_GROUND, True
        elif ((cues.APOLOGY_AHEAD.search(line.text) or cues.APOLOGY_WITHIN.search(line.text))
              and question is QuestionKind.NONE):
            # "I work nights, so sorry if you hear me coming in at 7am": waved away, not
            # "Ah, that sounds good"
            parts.append(self._pick("apology_accepted") or "")
            kind = kind or ReplyKind.REACT
        elif (cues.DREADING.search(line.text) and not cues.asks_advice(line.text)
              and (dread := self._pick("react_dread"))):
            parts.append(dread)  # "a big presentation on monday which im kind of dreading"
            kind = kind or ReplyKind.REACT
        elif question is QuestionKind.NONE and (said := self._whole_reaction(line.text)):
            parts.append(said)  # "I'm thinking of changing careers.": asked about, nothing else
            kind = kind or ReplyKind.REACT
        elif cues.LEFT_ALONE.search(line.text) and (company := self._pick("react_left_alone")):
            parts.append(company)  # "i came with my flatmate jess but she disappeared"
            kind = kind or ReplyKind.REACT
        elif (told.work or told.job or told.like or told.place) and not (
                cues.NERVOUS.search(line.text) and not cues.LANGUAGE_WORRY.search(line.text)
        ) and not (  # "I am in London since one year": the time is the news
                not (told.work or told.job or told.like) and question is QuestionKind.NONE
                and cues.own_duration(line.text)):
            if cues.LANGUAGE_WORRY.search(line.text):
                # "I come from Brazil, my English not so good, sorry." got only "Oh, Brazil!"
                # (a twelfth play-test): the worry is met first
                parts.append(self._pick("reassure_language") or "")
            parts.append(self._reaction(told, line.text) or "")
        elif (since := cues.own_duration(line.text)) and question is QuestionKind.NONE:
            # "I've been here two years": the number is heard, not passed over
            memory.user["duration"] = since
            # "two weeks" is no good while: "Oh, only two weeks! Still very new, then."
            short = _SHORT_SPAN.match(since) and self._deck("react_duration_short")
            parts.append(self._pick("react_duration_short" if short else "react_duration") or "")
        elif cues.TAKEN_BACK.search(line.text) and self._deck("no_harm"):
            parts.append(self._pick("no_harm") or "")  # "Sorry, I shouldn't have said that."
            kind, must_ask = ReplyKind.REACT, True
        elif cues.SORRY_TO_SHARE.search(line.text) and self._deck("not_at_all"):
            parts.append(self._pick("not_at_all") or "")  # "sorry, I'm oversharing"
            kind, must_ask = ReplyKind.REACT, True
        elif cues.LANGUAGE_WORRY.search(line.text):  # "my English is not so good, sorry"
            parts.append(self._pick("reassure_language") or self._pick("reassure") or "")
            kind, must_ask = ReplyKind.REACT, True
        elif cues.BAD_WITH_NAMES.search(line.text) and (same := self._pick("names_too")):
            parts.append(same)  # "Sorry, I'm terrible with names": not "it's normal at first"
            kind = kind or ReplyKind.REACT
        elif (cues.NERVOUS.search(line.text) and not cues.FEAR_ASKED.search(line.text)
              # nerves about an interview, with advice asked: the advice speaks to them
              and not (cues.asks_advice(line.text) and cues.NERVES_ADVICE.search(line.text))):
            # the shy user says so: reassure them (not "do you get scared of heights?")
            alone = self._pick("reassure_alone") if cues.ALONE.search(line.text) else None
            parts.append(alone or self._pick("reassure") or "")
            kind, must_ask = ReplyKind.REACT, True
        elif (question is not QuestionKind.NONE and kind is None
              and (answer := self._short_answer(line.text))
              and (said := self._pick("react_answer", thing=answer))):
            # "Motion graphics. What do you do?" answers its question before asking one (a
            # twenty-sixth look: passed over without a word, 35 times); "{thing}, lovely."
            # opens a sentence ("answering tickets and chats, lovely." on a twenty-eighth)
            parts.append(said[:1].upper() + said[1:])
        elif (cues.THANKS.search(line.text) and MoveLabel.COMPLIMENT not in labels
              and not cues.FINE_THANKS.match(line.text)  # "good, thanks" thanks for nothing
              # nor does "thank you!" to a welcome or a greeting, nor thanks for a story or
              # for good wishes (an eighth play-test's "Happy to help." after "Thank you!
              # Twelve years is long time!")
              and memory.last_kind not in (None, ReplyKind.GREETING) and memory.helped):
            parts.append(self._pick("welcome") or "")
            kind = kind or ReplyKind.REACT
        return kind, must_ask

    def _short_answer(self, text: str) -> str | None:
        """The few words that answer its last question before a question of the user's own
        ("Motion graphics. What do you do?": "motion graphics"), or None: a sentence of its
        own ("I play chess."), a yes or no, or more than a few words."""
        last = self.memory.last_parts[-1] if self.memory.last_parts else ""
        first = _FIRST_CLAUSE.match(_HEDGES.sub("", text))
        if not (last.endswith("?") and _ASKS_WHAT.match(last)) or first is None:
            return None  # (only a question of what, which, where ... is answered so)
        words = _HEDGES.sub("", first.group(1)).split()
        if (not 1 <= len(words) <= _SHORT_ANSWER_WORDS
                or words[0].lower().strip(",") in _NOT_AN_ANSWER_START
                # its own words taken up ("Glasgow. What do you miss about it?")
                or cues.content_stems(" ".join(words)) & cues.content_stems(
                    " ".join(self.memory.own_lines))):
            return None
        if all(word[:1].isupper() for word in words):
            return " ".join(words)  # "Leeds", "New York": a name keeps its capitals
        return " ".join(word if word[:1].isupper() and number else word.lower()
                        for number, word in enumerate(words))

    def _whole_reaction(self, text: str) -> str | None:
        """A reaction that asks its own question about what the user shared ("Ooh, exciting!
        What would you like to do instead?" after "I'm thinking of changing careers"), the
        whole reply to a statement. ("Yes, it's
        my first time." answers its own question, which it goes on from as before.)"""
        if _YES_OR_NO_FIRST.match(text):
            return None
        for cue, key in ((cues.CHANGE_AHEAD, "react_change"),
                         (cues.FIRST_TIME_SAID, "react_first_time"),
                         (cues.LEARNING_SAID, "react_learning"),
                         (cues.MISSES_SOMEONE, "react_miss_them")):
            if cue.search(text) and (said := self._pick(key)):
                return said
        return None

    def _too_of_its_unsaid(self, text: str) -> bool:
        """Whether the line's "too" is of something the partner never said and its card never
        names ("I'm a Spurs fan too, so I'm used to disappointment" got "Oh, you too? That's
        great.", a thirty-first look): no common ground to claim."""
        clause = _TOO_CLAUSE.search(text)
        if clause is None or _SAME_HERE.search(text):
            return False
        named = cues.content_stems(clause.group(1))
        ours = cues.content_stems(" ".join([*self.memory.own_lines, *(
            said for fact in self.persona.facts.values() for said in fact.lines())]))
        return bool(named) and not named & ours

    def _react_key(self, text: str, content: bool) -> str:
        """Which reaction fits a statement: a let-down gets sympathy, not "Oh, nice."."""
        # ("i work from home, i do translations. is that boring?" is no let-down: its "boring"
        # is asked, and got "Oh, that's a shame. Not at all!", a thirtieth look)
        text = cues.without_odd_asked(text)
        if cues.MILD_ANSWER.search(text) and self._deck("react_mild"):
            return "react_mild"  # "its ok. bit boring": no "that sounds like a lot"
        if self.memory.laughing and self._deck("laugh_brief"):
            return "laugh_brief"  # "my cooking is a crime scene lol": laughed along with
        if cues.DOWNBEAT.search(text) and self._deck("react_down"):
            return "react_down"
        # "I loved the bit about burnout. Very relatable." got "Mm, right."
        if cues.LOVED_IT.search(text) and self._deck("react_enjoyed"):
            return "react_enjoyed"
        if cues.KIDS_TOLD.search(text) and self._deck("react_kids"):
            return "react_kids"
        if (_OWN_PET.search(text) and not _NO_PET.search(text)
                and not _PET_TROUBLE.search(text) and self._deck("react_pet")):
            return "react_pet"  # "My dog is called Biscuit.": not "Oh really? That's interesting."
        if cues.GOING_TO.search(text) and self._deck("react_trip_ahead"):
            return "react_trip_ahead"  # "We're going to Italy next month."
        return "react" if content else "unclear"

    def _greeting(self, new_name: bool, met_before: bool = False) -> str | None:
        """The greeting back: the partner's name with the user's, once; `met_before`: the
        user greets it as someone they know ("Hi again! I'm Fatima, remember?")."""
        memory = self.memory
        if met_before and not memory.introduced and self._deck("greet_known"):
            memory.introduced = True
            named = "name" in memory.user and self._deck("greet_known_named")
            return self._pick("greet_known_named" if named else "greet_known")
        if (new_name and memory.user.get("name", "").casefold() == self.persona.name.casefold()
                and self._deck("same_name")):
            # "Hi, I'm Jordan" to Jordan: "Lovely to meet you, Jordan. I'm Jordan." is absurd
            memory.introduced = True
            return self._pick("same_name")
        if memory.introduced:  # a name heard now is greeted, the rest is said already
            return self._pick("greet_name_later" if new_name else "greet_again")
        memory.introduced = True
        key = "greet_named" if "name" in memory.user else "greet"
        return self._pick(key)

    def _shares(self, like: str | None) -> bool:
        """Whether the partner's card mentions what the user likes ("hiking")."""
        if not like:
            return False
        stem = like.split()[0][:4].lower()
        return any(stem in line.lower() for fact in self.persona.facts.values()
                   for line in (fact.answer, *fact.story))

    def _unshared_like(self, told: Disclosure, text: str) -> str | None:
        """The pastime an advice request is about when the card knows nothing of it: named
        in it ("any tips for swimming?"), told in this line, or told just before ("I'm
        getting into running" ... "any tips?")."""
        memory = self.memory
        named = cues.PASTIME.search(text)
        like = told.like or (named.group(1).lower() if named else None) or memory.user.get("like")
        if not like or self._shares(like):
            return None
        just_told = memory.user_since.get("like") == memory.replies - 1
        if told.like or named or like.split()[0][:4].lower() in text.lower() or (
                just_told and not self._topics.find(text).topics):
            return like
        return None

    def _reaction(self, told: Disclosure, text: str) -> str | None:
        if cues.AS_I_SAID.search(text):  # "as I said, I'm a nurse": heard before, no news
            remembered = self._pick("remembered")
            if remembered:
                return remembered
        work = self.persona.fact(Topic.WORK)
        if told.job and work is not None and cues.stem(told.job.split()[-1]) in {
                cues.stem(word) for word in textnorm.words(work.answer)}:
            # "I'm a nurse" to a nurse: "Oh, a nurse too? Same here!", not "How interesting."
            # "a junior designer" to a design lead: "another designer!"
            same = self._pick("react_same_job", job=told.job.split()[-1])
            if same:
                return same
        if told.work and self._same_team(told.work) and cues.JOINING.search(text):
            # "I'm joining the website team" to the website team's developer: "That's my team!"
            same = self._pick("react_same_team")
            if same:
                return same
        work_key = "work" if told.work and cues.WORKPLACE.match(told.work) else "field"
        # "I'm a chef, I work at a restaurant": the job is what they are, so it comes first
        for key, value in (("job", told.job), (work_key, told.work), ("like", told.like),
                           ("place", told.place)):
            if value and not (key == work_key and cues.GENERIC_WORKPLACE.match(value)) and not (
                    # a learner's "small flat near centre" said back whole reads as mockery
                    key == "place" and value.islower() and len(value.split()) > 2):
                line = self._pick(f"react_{key}")
                if line:
                    return line
        # a pet of theirs, a trip ahead, a let-down ...: their own reaction, else the plain one
        return self._pick(self._react_key(text, True))

    def _same_team(self, work: str) -> bool:
        """Whether "the website team" the user names is the one the card says it is on."""
        named = textnorm.words(work)
        if len(named) < 2 or named[-1] != "team":
            return False
        ours = " ".join(textnorm.words(" ".join(
            line for topic in (Topic.WORK, Topic.REASON) if (fact := self.persona.fact(topic))
            for line in (fact.answer, fact.yes_no))))
        return f"{named[-2]} team" in ours
