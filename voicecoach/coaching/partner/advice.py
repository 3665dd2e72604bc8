"""Advice and help: the card's and the scene's tips, requests for help, proposals said yes to."""

from __future__ import annotations

import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.patterns import _NOT_PROPOSED, _PROPOSALS
from voicecoach.coaching.partner.recall import _Recall
from voicecoach.understanding import textnorm
from voicecoach.understanding.moves import MoveLabel
from voicecoach.understanding.topics import LineTopics, QuestionKind, Topic

# "Can you help me with something?": what with is still to come.
_HELP_WITH_SOMETHING = re.compile(r"\bhelp me (out )?with (something|anything)\b", re.IGNORECASE)
_HOW_ASKED = re.compile(r"\b(how|what) (do|should|would|can|could|did) (you|i|one|people)\b|"
                        # (a learner's "How I can start conversation with english people?")
                        r"\bhow (you|i) ((can|could|should) )?(start|begin|talk|say|make)\b|"
                        # "What's a good opening line at a networking event?"
                        r"\b(good|best|great|any) (opening lines?|openers?|conversation "
                        r"starters?|ice ?breakers?)\b", re.IGNORECASE)
# Tips or advice asked as a favour ("can you give me some tips for centering?").
_TIPS_ASKED = re.compile(r"\b(give|tell|show) me (some |any |a few |a )?(tips?|advice|pointers?|"
                         r"ideas?)\b", re.IGNORECASE)
# A tip of the scene's on meeting people ("That's how I met most people here.").
_MEETING_PEOPLE = re.compile(r"\b(met|meet|meeting|recogni[sz]e) (most |new )?(people|you|"
                             r"friends)\b|\bpeople (start to )?recogni[sz]e you\b", re.IGNORECASE)
# How to do a thing, a learner's way too ("How I make the wall not fall?")
_HOW_I = re.compile(r"\bhow (would|do|should|can|could|did|to)? ?(i|you) (make|stop|get|keep|do|"
                    r"fix|centre|center|throw)\b", re.IGNORECASE)
# Topics a scene's own tips answer whatever the request names ("any tips for my first day?").
_THE_SCENES_OWN = frozenset({None, Topic.SETTING, Topic.REASON})
# Help to find something ("can you help me find a supermarket?"): a place asked after.
_FIND_ME = re.compile(r"\bhelp me (find|look for|get to)\b", re.IGNORECASE)


# Words too slight to name what a scene is about ("a new job", "at the party").
_NOT_SCENE_WORDS = frozenset("a an the at in on of for to new my your any".split())

class _Advice(_Recall):
    """Advice and help: the card's and the scene's tips, a request for help, a proposal said
    yes to."""

    def _proposal_answer(self, text: str, found: LineTopics, labels: set[MoveLabel]
                         ) -> str | None:
        """The yes to an invitation, a treat or a favour offered or asked ("Want me to grab
        you one?", "Save me a seat next week?"), or None. A wh-question ("what do you want to
        get Sam?") asks; it invites no one."""
        if (found.question is QuestionKind.WH and not cues.TIME_PROPOSED.search(text)
                and not cues.plan_with_time(text)
                # "Please, you can help me with my bowl? How I make the wall not fall?" asks
                # help, however the last question is put (a twentieth play-test)
                and not cues.HELP_ASKED.search(text)
                # "Is it okay if I add you on LinkedIn, or is that too forward?" (read as a
                # choice; a twenty-eighth look: "I'm not sure, to be honest.")
                and not cues.CONNECT_ASKED.search(text)
                # "What do you think, should I have a housewarming?"
                and not cues.OWN_PLAN_ASKED.search(text)
                ) or labels & _NOT_PROPOSED:  # ("How about Thursday at 8?" proposes)
            return None  # ("we should have another referendum" is politics)
        for asks, key in _PROPOSALS:
            if not asks(text):
                continue
            if key == "agree_favour" and _TIPS_ASKED.search(text):
                # "can you give me some tips for centering?" asks the tips, not a yes (a
                # twenty-fifth play-test: "Sure, happy to!" and none)
                return None
            yes = self._help(text) if key == "help_yes" else self._pick(key)
            if yes:  # (when and where it is for: see `reply`)
                return yes
            if key == "help_yes":
                return None
        return None

    def _help(self, text: str) -> str | None:
        """Help asked for: a yes, with what the scene knows of it ("Can you help me with the
        wifi password?" - "Of course! It's on the card by the kettle."). Help to find a place
        it does not know is no yes: "Sure, no problem at all!" with nothing after it read as
        empty help (a sixteenth play-test); the question is answered as one instead."""
        local = self._local(text)
        if local is None and (cues.PLACE_REQUEST.search(text) or cues.ASKS_WHERE.search(text)
                              or cues.asked_thing(text) or _FIND_ME.search(text)):
            return None
        when = cues.plan_time(text)
        if local is None and when and (then := self._pick("help_then", thing=when)):
            local = then  # "Sunday at 10 works for me!", not "Just say when!"
        if local is None and _HOW_I.search(text):
            # "you can help me with my bowl? How I make the wall not fall?": the trouble is
            # told, so the yes comes with the card's tip for the scene's craft, not "What's the
            # trouble with the bowl?"
            local = self._craft_tip()
        if local is None and not (cues.LEAVING_SOON.search(text) or cues.LEAVING_NOW.search(text)
                                  or cues.FAREWELL.search(text)):
            # a yes with nothing after it sounds empty: ask after the thing, or say when (not
            # on the way out: "What's up with the bowl? Bye for now!")
            thing = cues.HELP_WITH_THING.search(text)
            local = (self._pick("help_what", thing=thing.group("thing").lower()) if thing
                     else self._pick("help_need") if _HELP_WITH_SOMETHING.search(text)
                     else self._pick("help_when"))
        return " ".join(part for part in (self._pick("help_yes"), local) if part) or None

    def _craft_tip(self) -> str | None:
        """Its tip on what the scene is for (its pastime's advice, else the scene's first
        tip), once."""
        pastime = self.persona.fact(Topic.HOBBIES)
        tips = [*([pastime.advice] if pastime and pastime.advice else []), *self.scenario.advice]
        tip = next((line for line in tips if self._fresh(line)), None)
        return self._use(tip) if tip else None

    def _talk_advice(self, text: str) -> str | None:
        """A tip on talking to people, when that is what the line asks; a tip not given
        before (the deck's next), or None."""
        # (of talking to people, only when how or a tip is asked: "do you like small talk?"
        # asks its taste)
        asked = cues.asks_advice(text) or _HOW_ASKED.search(text)
        key = ("advice_apologising" if cues.APOLOGISING_ADVICE.search(text)
               else "advice_names" if cues.NAMES_ADVICE.search(text) and asked
               else "advice_leaving" if cues.LEAVING_ADVICE.search(text) and asked
               else "advice_talking" if cues.TALK_ADVICE.search(text) and asked
               # (a learner's "How you make friends here?" asks how too)
               else "advice_friends" if self._friends_asked(text, bool(asked))
               else "advice_hard_talk" if cues.HARD_TALK_ADVICE.search(text) else None)
        if key == "advice_friends":
            # the scene's own line on meeting people fits the place best ("That's how I met
            # most people here.", "After the third time people start to recognise you.")
            own = next((line for line in self.scenario.advice
                        if _MEETING_PEOPLE.search(line) and self._fresh(line)), None)
            if own:
                return self._use(own)
        return self._pick(key) if key else None

    @staticmethod
    def _friends_asked(text: str, asked: bool) -> bool:
        """Whether a question asks how to make friends somewhere new ("How you make friends
        here?"); not "a smaller company where you get to know people. Have you been here
        long?", nor meeting people at work, which the scene's own tips answer."""
        return any(cues.FRIENDS_ADVICE.search(part) and not cues.AT_WORK.search(part)
                   and (asked or _HOW_I.search(part) or cues.FRIENDS_ASKED.search(part))
                   for part in cues.QUESTION_SENTENCE.findall(text) if part.endswith("?")
                   or cues.asks_advice(part))

    def _advice(self, topic: Topic | None, unshared_like: str | None = None,
                request: str = "", topic_asked: bool = True) -> str | None:
        """A recommendation for `request`: the card's advice on `topic`, or the scenario's
        general advice; `topic_asked`: the request named the topic (else it is the one being
        talked of)."""
        if unshared_like:  # advice on something the partner knows nothing about
            return self._pick("advice_unknown", like=unshared_like) or self._pick("no_answer")
        if cues.NERVES_ADVICE.search(request) and (calm := self._pick("advice_nerves")):
            # "can I ask your advice? I've got a job interview on Monday and I'm terrified."
            # got the scene's tip on finding Anna in IT (a fourteenth play-test)
            return calm
        if cues.CALM_ADVICE.search(request) and (calm := self._pick("advice_calm")):
            return calm
        fact = self.persona.fact(topic)
        ours = fact.advice if fact is not None and fact.advice else None
        ours = ours if ours is not None and self._fresh(ours) else None
        asked = cues.advice_stems(request)

        def shared(line: str) -> int:
            return len(asked & cues.advice_stems(line))

        place_request = bool(asked) and bool(cues.PLACE_REQUEST.search(request))
        general = [line for line in self.scenario.advice if self._fresh(line)]
        best = max(general, key=shared, default=None)  # of equal ones, the first
        thing = cues.asked_thing(request)
        known = [ours, *general, *(fact.lines() if fact is not None else ()),
                 *(local.answer for local in self.scenario.local)]
        if thing and not any(cues.advice_stems(thing) & cues.advice_stems(line)
                             for line in known if line):
            # "can you recommend any good films?": not the Italian place by the station
            return self._nearby_or_no_help(request, "not_sure_thing", thing)
        # "is there a decent gym nearby?" names home by "nearby" only: the card's tip about
        # the park is no answer to it (a café asked for is food, and a food tip answers it)
        only_nearby = topic is Topic.HOME and place_request and not shared(ours or "")
        # "where can I buy bread?" names food, but the card's tip on spices is no answer
        names_other = place_request and not shared(ours or "")
        named = cues.advice_subject(request)
        roots = cues.word_roots(named or "")
        # ("any tips for surviving first day?" on a first day names the scene itself: its
        # tips answer it, not "I've no real experience there", a thirtieth look)
        scenes_own = len((set(textnorm.words(named or "")) - _NOT_SCENE_WORDS)
                         & set(textnorm.words(self.scenario.title))) >= 2
        if (roots and not roots & cues.word_roots(f"{ours or ''} {best or ''}")
                and not roots & self._scene_roots and not scenes_own):
            # "any tips for first-time homeowners?" of a neighbour whose tip is the vegetable
            # market (a sixteenth play-test): what it names, no one at the scene knows of
            return self._no_help("not_sure_advice", named)
        if ours is not None and topic_asked and not only_nearby and not names_other:
            return self._use(ours)
        if (place_request and topic_asked and not only_nearby and topic is not Topic.HOME
                and (spot := self._sentence_saying(topic, cues.SPOT_NAMED))):
            # "Where's a good place to get lunch around here?": the card's noodle bar round
            # the corner, not the scene's "Come to the Friday lunch"
            return spot
        if (ours is None and fact is not None and topic_asked and not only_nearby
                and place_request and not shared(best or "")):
            # "do you know any good curry places?" of someone with no tip on food: what the
            # card says of it ("I'm still hunting for a good curry here"), not a tip about
            # something else
            return self._answer(topic, yes_no=False)
        if place_request and not shared(best or "") and not shared(ours or ""):
            # a gym asked for: not the market's vegetables ("Ooh, good bread? I'm not the
            # best person to ask" when the thing is named)
            wanted = cues.place_thing(request)
            return self._nearby_or_no_help(request, "not_sure_thing", wanted)
        subject = cues.advice_subject(request)
        if (subject and not topic_asked and not cues.GETTING_ABOUT.search(subject)
                and cues.word_roots(subject)
                and not cues.word_roots(subject) & cues.word_roots(best or "")
                and not self._card_touches(subject) and not scenes_own):
            # "any advice for a new manager?" of a potter, which names none of the card's
            # topics: the scene's tip ("keep your elbows tucked in") does not answer it
            return self._no_help("not_sure_advice", subject)
        if (topic_asked and ours is None and topic not in _THE_SCENES_OWN and best is not None
                and topic in self._topics.find(subject or request).topics
                and not shared(best)
                and not cues.word_roots(subject or request) & self._scene_roots
                and not scenes_own):
            # "any advice for job hunting?" at a pottery class: the scene's tip on elbows was
            # given (a fifteenth play-test); "how do you centre the clay?" is the scene's own
            return self._nearby_or_no_help(request, "not_sure_advice",
                                           subject or cues.asked_thing(request))
        # The topic being talked of gives way to a general line that shares more words with
        # the request: "any tips for meeting people here?" asked while talking of hiking wants
        # "that's how I met most people here", not boots for the ridge walk.
        if best is not None and (ours is None or shared(best) > shared(ours)):
            return self._use(best)
        if ours is not None:
            return self._use(ours)
        return self._answer(topic, yes_no=False) if fact else self._pick("no_answer")

    def _card_touches(self, request: str) -> bool:
        """Whether the card says anything of what `request` is about: "any tips for centering
        the clay?" of a potter whose card speaks of clay wants the scene's tip, not "I've no
        real experience there"."""
        roots = cues.word_roots(request)
        return any(roots & cues.word_roots(said) for fact in self.persona.facts.values()
                   for said in fact.lines())

    def _nearby_or_no_help(self, request: str, key: str, thing: str | None) -> str | None:
        """A place nearby as someone living here knows it (`_amenity`, of the question asked:
        "a decent Thai takeaway near here?" got "Oh, I couldn't say, really." from a
        neighbour of a year, a twenty-eighth look), else advice it cannot give."""
        return self._amenity(cues.last_question(request)) or self._no_help(key, thing)

    def _no_help(self, key: str, thing: str | None) -> str | None:
        """Advice it cannot give ("Ooh, a plumber? I'm not the best person to ask"): thanks
        for it get no "Any time." after."""
        self.memory.no_help = True
        return (thing and self._pick(key, thing=thing)) or self._pick("no_answer")
