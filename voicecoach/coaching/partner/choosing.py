"""Choosing the kind of reply, stage by stage: a line that stands alone (a goodbye, "sorry?", a
courtesy, an invitation), news and feelings, then the topic asked or told."""

from __future__ import annotations

import dataclasses
import re

from voicecoach.coaching import cues
from voicecoach.coaching.partner.patterns import _NOT_PROPOSED, _TELLING, _disclosed_topic
from voicecoach.coaching.partner.reading import _Reading
from voicecoach.coaching.partner.state import _Draft
from voicecoach.coaching.partner.turns import Reply, ReplyKind, UserLine
from voicecoach.understanding.disclosure import disclosure
from voicecoach.understanding.moves import AVOID_TOPICS, MoveLabel
from voicecoach.understanding.questions import COMFORT_ASKED
from voicecoach.understanding.topics import LineTopics, QuestionKind, Topic

NICE_TO_MEET_LATE = 3  # "nice to meet you" this many replies in takes leave; sooner it greets

# The user's own news and how it is met: the whole reply to a statement, the brief line
# before an answer to a question (wording keys in prompts/partner.toml).
# What thanks after the news's whole reply get (bad news: `comfort`, handled apart).
_THANKED_WITH = {"congratulate": "glad_for_you", "happy_birthday": "enjoy_it",
                 "happy_birthday_soon": "enjoy_it",
                 "glad_for_them": "give_my_best", "glad_home": "give_my_best"}
_NEWS = ((cues.HOME_FROM_HOSPITAL, "glad_home", "glad_home"),
         (cues.RECOVERED, "glad_better", "glad_better"),
         (cues.BAD_NEWS, "sorry_news", "sorry_brief"),
         (cues.MISHAP_OWN, "mishap_own", "mishap_own_brief"),
         (cues.MISHAP, "mishap", "mishap_brief"),
         (cues.MOVING_AWAY, "moving_away", "moving_away_brief"),
         (cues.BIRTHDAY, "happy_birthday", "happy_birthday_brief"),
         (cues.BIRTHDAY_SOON, "happy_birthday_soon", "happy_birthday_soon_brief"),
         (cues.GOOD_NEWS_OF_KIN, "glad_for_them", "congratulate_brief"),
         (cues.GOOD_NEWS, "congratulate", "congratulate_brief"),
         (cues.THRILLED, "thrilled", "thrilled_brief"))
# "I told you at the start, remember? What do I do now?": a memory check, nothing told now.
_TOLD_BEFORE = re.compile(r"\bi (already )?told you\b", re.IGNORECASE)
# Going somewhere with the partner ("shall we go and find Sam together?"): no goodbye.
_TOGETHER = re.compile(r"\b(together|with me|with us|come with)\b", re.IGNORECASE)
# Asking how to do a thing ("how would you get started in UX if you were me?"): a tip, not
# a decision weighed up.
_HOW_TO = re.compile(r"\bhow (would|do|should|can|could|did) (you|i)\b", re.IGNORECASE)


# Words that name no kind of thing ("which one do you mean?"): no "Any one at all".
_NO_KIND = frozenset("one ones bit part thing things way kind sort".split())


class _Choosing(_Reading):
    """The stages that choose the kind of reply: a line that stands alone, news and feelings, then
    the topic asked or told."""

    def _standalone_reply(self, draft: _Draft) -> Reply | None:
        """The whole reply to a line that needs nothing else: a goodbye, "sorry?", a name
        checked, a courtesy, "what was my name again?", an invitation."""
        memory, line, found = self.memory, draft.line, draft.found
        if (cues.is_goodbye(line.text, asks=found.question is not QuestionKind.NONE)
                or (cues.LEAVING_WITH_NICE_TO_MEET.search(line.text) and memory.replies > 0)
                or (cues.MET_YOU_PAST.search(line.text) and memory.replies > 0)
                # "Nice to meet you, Jordan!" three replies after the names were swapped
                or (cues.NICE_TO_MEET_ALONE.match(line.text) and memory.introduced
                    and memory.replies >= NICE_TO_MEET_LATE)):
            memory.said_goodbye = True
            # "see you at one then": the plan just made, not "See you around!"
            # "... and pop round for tea sometime!": the invitation accepted, then goodbye
            # "... Can I add you on LinkedIn?", "Same time next week?": a yes, then goodbye
            invited = self._proposal_answer(line.text, found, draft.labels)
            if cues.CARD_GIVEN.search(line.text):  # "here's my card ...": one back
                invited = self._pick("card_back") or invited
            farewell = ((cues.WISH_ME_LUCK.search(line.text) and self._pick("good_luck"))
                        or (cues.SEE_YOU_PLAN.search(line.text) and self._pick("farewell_plan"))
                        # a user who told of a loss and leaves early is not sent off breezily
                        or (memory.bad_news and self._pick("farewell_kind"))
                        or self._pick("farewell") or "")
            return self._finish([invited or "", farewell], ReplyKind.REACT, None, False)
        if cues.PARDON.match(line.text) and memory.last_parts:
            heard_not, again = memory.last_parts, self._say_again(memory.last_parts)
            if again:
                reply = self._finish([again], memory.last_kind or ReplyKind.REACT,
                                     memory.current, False)
                memory.last_parts = heard_not  # a second "sorry?" gets the same words back
                return reply
        if cues.WISH_ME_LUCK.search(line.text) and (luck := self._pick("wish_luck")):
            # "Nice one, thanks. Wish me luck!" (not leaving): good luck, and the talk goes on
            return self._finish([luck], ReplyKind.REACT, memory.current, False)
        if (cues.WORRY_ASKED.search(line.text) and not draft.labels & AVOID_TOPICS
                and (calm := self._pick("reassure_worry"))):
            # "do you think people will mind the noise?" got "Yes, I'd say so!"
            return self._finish([calm], ReplyKind.REACT, memory.current, False)
        if cues.OWN_NOISE_ASKED.search(line.text) and (quiet := self._pick("heard_nothing")):
            # "Sorry, was I loud last night?" got "A little, at first!" (a twenty-sixth look)
            return self._finish([quiet], ReplyKind.REACT, memory.current, True)
        if (COMFORT_ASKED.search(cues.last_question(line.text))
                and (fine := self._pick("fine_for_me"))):
            # "is the music too loud for you?" got a gripe agreed with, music liked, or the
            # nearest supermarket (a twenty-sixth look)
            greeting = self._greeting(True) if draft.told.name else None
            return self._finish([greeting or "", fine], ReplyKind.ANSWER, memory.current, False)
        if (cues.SEEMS_BAD_ASKED.search(line.text)
                and not draft.labels & AVOID_TOPICS - {MoveLabel.COMPLAINT, MoveLabel.OFFENSIVE}
                and (kind := self._pick("reassure_self"))):
            # "do you think I'm bad at networking?" got "I think so, yes!" (a twenty-eighth
            # look; "something less boring than forms" before it is no gripe to meet first,
            # and "am I boring you?" insults no one)
            return self._finish([kind], ReplyKind.REACT, memory.current, False)
        if cues.NORMAL_ASKED.search(cues.last_question(line.text)):
            # "My manager shouted at me. Is that normal in jobs?": not okay; "Is it normal to
            # come to a party where you don't know anybody?": quite normal
            treated_badly = bool(cues.BAD_NEWS.search(line.text))
            said = self._pick("not_okay" if treated_badly else "quite_normal")
            if said:
                sorry = self._pick("sorry_brief") if treated_badly else None
                return self._finish([sorry or "", said], ReplyKind.REACT, memory.current, False)
        if cues.SELF_DOUBT_ASKED.search(line.text) and (doubt := self._pick("reassure_doubt")):
            # "do you reckon I'll be any good at this?": a kind word, and the talk goes on
            return self._finish([doubt], ReplyKind.REACT, memory.current, False)
        if cues.BACK_SOON.search(line.text) and (wait := self._pick("back_soon")):
            # "ok brb": the talk waits, with no new question to come back to
            return self._finish([wait], ReplyKind.REACT, memory.current, False)
        if cues.SLOWER.search(line.text) and memory.last_parts:
            # "Sorry, can you speak more slowly please?": of course, and the same words again
            slower, again = self._pick("slower"), self._say_again(memory.last_parts)
            if slower:
                reply = self._finish([slower, again or ""], memory.last_kind or ReplyKind.REACT,
                                     memory.current, False)
                return dataclasses.replace(reply, slower=True)
        asked_word = cues.meaning_asked(line.text)
        if asked_word:  # "what does 'freelance' mean?": said simply, or owned as hard to say
            meaning = self._wording.glossary.get(asked_word.lower())
            said = (self._pick("explain", thing=asked_word, meaning=meaning) if meaning
                    else self._pick("explain_unknown", thing=asked_word))
            if said:
                return self._finish([said], ReplyKind.ANSWER, memory.current, False)
        checked = cues.name_checked(line.text)
        if checked and checked.lower() != str(memory.user.get("name", "")).lower() and not any(
                # "Leeds, right?" after "I'm from Leeds" checks a fact, not a name
                checked.lower() in said for said in memory.said
                if self.persona.name.lower() not in said):
            # "nice to meet you... sorry, Dev, was it?": yes, or the right name
            right = checked.lower() == self.persona.name.lower()
            memory.introduced = True
            said = self._pick("name_right" if right else "name_wrong")
            if said:
                return self._finish([said], ReplyKind.ANSWER, None, False)
        # ("I am Marco, new in IT support. You work here long time?": greeted, then answered)
        courtesy = self._courtesy_reply(line, found) or self._how_long_reply(
            line, found, greeted=draft.told.name is not None)
        if courtesy is not None:
            return courtesy
        if cues.YES_ASKED_AGAIN.search(line.text) and (yes_again := self._proposal_again()):
            # "So is that a yes for next Tuesday?" got "Yes, I swim most mornings."
            return self._finish(yes_again, ReplyKind.REACT, memory.current, False)
        planned = self._plan_recalled(line.text)
        if planned:
            # "do you remember what time we said for the sofa?" got "I don't think you told me
            # that yet!"; "where did we say?" of the Red Lion, "I don't think you said"
            return self._finish([planned], ReplyKind.ANSWER, memory.current, False)
        own = self._tip_again(line.text) or self._own_words_again(line.text)
        if own:  # "what did you say you do on Wednesdays again?" got "I'm in finance."
            return self._finish([own], ReplyKind.ANSWER, memory.telling, False)
        # ("What do I do for work? Oh wait, I never told you. I'm a vet." tells it now)
        telling = (draft.told.job or draft.told.work or cues.NEVER_TOLD.search(line.text)) and not (
            _TOLD_BEFORE.search(line.text))
        recalled = (self._recall(line.text) if (cues.RECALL.search(line.text)
                                                 or cues.LEARNERS_RECALL.search(line.text))
                    and not telling else None)
        if recalled:  # "what was my name again?": from what they told
            return self._finish([recalled], ReplyKind.ANSWER, None, False)
        recalled = (self._recall_said(line.text) if cues.RECALL_OWN.search(line.text)
                    and not telling else None)
        if recalled:  # "how many cats do I have?": their own words back
            return self._finish([recalled], ReplyKind.ANSWER, None, False)
        if cues.ITS_NAME_ASKED.search(line.text) and (
                named := self._name_of(memory.telling)
                or (self._name_of(Topic.PETS) if memory.told.get(Topic.PETS) else None)):
            # "sorry, what's its name again?" two replies after its cat: "Pebble."
            return self._finish([named], ReplyKind.ANSWER, None, True)
        # (the one of its people its last fact told of, looked up only when a name is asked)
        kin_told = (self._kin_told_of(memory.telling) if memory.telling is not None and (
            cues.NAME_NOT_TOLD.search(line.text) or cues.PRONOUN_NAME_ASKED.search(line.text))
            else "")
        if ((cues.NAME_NOT_TOLD.search(line.text) or (
                kin_told and cues.PRONOUN_NAME_ASKED.search(line.text)))
                and memory.telling is not None
                and (named := self._name_of(memory.telling, kin_told or line.text)
                     or (kin_told and self._name_of(Topic.FAMILY, kin_told)))):
            # "Four months, that's so little. What's her name?" and "But you didn't tell me
            # her name!" after "My daughter is four months old": her name
            return self._finish([named], ReplyKind.ANSWER, None, True)
        if (cues.ASKS_NAME_OF.search(line.text) and cues.YOUR_KIN.search(line.text)
                and (named := self._name_of(Topic.FAMILY, line.text)
                     or self._name_of(self._family_fact(), line.text))):
            # "Congratulations on your daughter! What's her name?" (it got "I couldn't say")
            return self._finish([named], ReplyKind.ANSWER, None, False)
        if cues.LIVES_WITH_ASKED.search(line.text) and (home := self._lives_with()):
            # "Do you live alone?" got "No, I'm from Leicester. I came here for the job." ("You
            # should come! Do you live on your own?" is a yes as well)
            accept = self._proposal_answer(line.text, found, draft.labels)
            return self._finish([accept or "", home], ReplyKind.ANSWER, Topic.FAMILY, True)
        owned = cues.OWNED_ASKED.search(line.text)
        if owned and MoveLabel.COMPLIMENT in draft.labels:
            # "I love your plants on the landing, are they yours?": thanks, and yes (it got
            # "Aw, thank you. And you ask good questions.")
            key = ("yes_made" if owned.group("made") else
                   "yes_mine_many" if owned.group("many") else "yes_mine_one")
            return self._finish([self._pick("thanks") or "", self._pick(key) or ""],
                                ReplyKind.THANKS, None, True)
        if cues.CHANGE_SUBJECT.search(line.text) and (sure := self._pick("change_subject")):
            # "Can we talk about something else?" got "Oh, I couldn't say, really."
            return self._finish([sure], ReplyKind.REACT, None, True,
                                avoid={memory.current, memory.telling})
        choice = cues.CHOICE_HERE_AND_NOW.search(line.text)
        if (choice and not cues.LIFE_CHOICE_WORDS.search(line.text)
                and (which := self._pick("pick_course", thing=cues.said_back(
                    choice.group("course"))))):
            return self._finish([which], ReplyKind.ADVICE, memory.current, False)
        vague = cues.WHICH_MEANT.search(line.text) if memory.helped else None
        if vague and vague.group("thing").lower() not in _NO_KIND and (
                plain := self._pick("tip_made_plain", thing=vague.group("thing").lower())):
            # "which club you mean?" of its tip "a class or a club" (or "the same café or the
            # same class"): any one (a twenty-third play-test got "Ooh, I'd better keep that
            # one to myself!"); no tip of its own, to be said again as one
            return self._finish([plain], ReplyKind.ANSWER, memory.current, False)
        talk_tip = (self._talk_advice(line.text)
                    if found.question is not QuestionKind.NONE
                    or MoveLabel.ADVICE_REQUEST in draft.labels else None)
        if talk_tip:
            # "What do you say when you first walk up to a stranger? I always freeze.": what
            # the user came to practise, answered as a person who has felt it
            memory.helping = True
            return self._finish([talk_tip], ReplyKind.ADVICE, memory.current, False)
        if (cues.DECISION_ASKED.search(line.text) and not cues.NERVES_ADVICE.search(line.text)
                # (a moan of their own may come with it: "I'm just stressed. What would you
                # do if you were me?")
                and not draft.labels & _NOT_PROPOSED and not _HOW_TO.search(line.text)
                and (weigh := self._pick("weigh_up"))):
            # "do you think I should tell my boss now or wait?": helped to weigh it up ("how
            # would you get started in UX if you were me?" asks how, and gets a tip)
            # ("i got a callback from a startup today. should i ask them about pay?": glad
            # first, a thirtieth look)
            memory.helping = True
            return self._finish([self._news_first(line.text) or "", weigh], ReplyKind.ADVICE,
                                memory.current, False)
        # "Would you like to grab a coffee sometime?": a yes to the user, not a fact about
        # coffee (it got "Yes, I love food. I'm still hunting for a good curry here.").
        accept = self._proposal_answer(line.text, found, draft.labels)
        if accept and (cues.LEAVING_SOON.search(line.text) or cues.FAREWELL.search(line.text)
                       ) and not cues.TREAT_OFFER.search(line.text) and not _TOGETHER.search(
                           line.text):
            # "Right, time to go. Could you save me a wheel next week?": yes, and goodbye ("I'm
            # getting a drink, want me to grab you one?" will be back; "Shall we go and find
            # Sam together?" goes with it: a twenty-ninth look got "Sure, let's do that! See
            # you! Take care.")
            memory.said_goodbye = True
            return self._finish([accept, self._pick("farewell") or ""], ReplyKind.REACT, None,
                                False)
        if accept:
            # "Hi I'm Kim. Fancy drinks on Friday?": greeted first (it got the yes alone); news
            # told with it met first ("I just got the keys to my first flat! Should I have a
            # housewarming?")
            greeting = (self._greeting(new_name=True) if draft.told.name
                        and not memory.introduced else None)
            return self._finish([greeting or "", self._news_first(line.text) or "", accept],
                                ReplyKind.REACT, None, False)
        return None

    def _news_first(self, text: str) -> str | None:
        """The brief word on news told in a line that asks something else ("Oh,
        congratulations!" before the answer), or None."""
        return next((self._pick(brief) for cue, _, brief in _NEWS if cue.search(text)), None)

    def _feeling_reply(self, draft: _Draft) -> Reply | None:
        """Thanks after our congratulations or sorry, news, a trip, a topic to step away from,
        a moan: the whole reply when that is all, else the words that open it (in
        `draft.parts`)."""
        memory, line, found, labels = self.memory, draft.line, draft.found, draft.labels
        parts = draft.parts
        if (found.question is QuestionKind.NONE and cues.PRAISE.search(line.text)
                and not cues.DOWNBEAT.search(line.text)):
            labels.add(MoveLabel.COMPLIMENT)  # "your badge design is really clever"
        draft.weather = bool(cues.WEATHER_MOAN.search(line.text))  # agreed, not a complaint
        draft.dislike = draft.weather or bool(cues.SHARED_DISLIKE.search(line.text))
        if draft.dislike:
            labels -= {MoveLabel.COMPLAINT}
            labels.add(MoveLabel.COMMON_GROUND)
        consoled, memory.consoled = memory.consoled, False
        celebrated, memory.celebrated = memory.celebrated, None
        if celebrated and found.question is QuestionKind.NONE and cues.THANKS.search(line.text):
            # "thanks!" after our congratulations (or happy birthday): not "You're welcome!"
            glad = self._pick(celebrated)
            rest = cues.THANKS.sub("", line.text).strip(" ,.!")
            if glad and len(rest.split()) <= 2:  # and no new topic: the news is theirs to tell
                return self._finish([glad], ReplyKind.REACT, None, False)
            if glad and cues.NERVOUS.search(rest):  # "thanks! I'm really nervous though"
                return self._finish([glad, self._pick("reassure") or ""], ReplyKind.REACT,
                                    None, False)
            if glad:  # "Thanks! We're getting married in Spain.": glad, then the rest heard
                parts.append(glad)
                line = draft.line = UserLine(rest, line.labels)
                found = draft.found = self._find(line)
                draft.told = disclosure(line.text)
        if consoled and found.question is QuestionKind.NONE and (
                cues.THANKS.search(line.text)
                or ((cues.DOWNBEAT.search(line.text) or cues.HARD.search(line.text))
                    and not cues.ABOUT_SCENE.search(line.text))):
            # "thanks, it's been rough" after our sorry: no "You're welcome!", no cheer (a
            # gripe about the party is still stepped away from)
            comfort = self._pick("comfort")
            if comfort:
                return self._finish([comfort], ReplyKind.REACT, None, False)
        if (consoled and memory.bad_news and found.question is QuestionKind.NONE
                and cues.COPING.search(line.text) and not draft.told.name
                and not (draft.told.job or draft.told.work or draft.told.like)
                and (glad := self._pick("comfort_on"))):
            # "some days better than others. this class helps", to "How are you holding
            # up?" after a loss, got "Mm, right. What would you like to make?" (a gentle
            # question after the kind word keeps the talk going)
            return self._finish([glad], ReplyKind.REACT, None, True)
        news = self._news_reply(draft)
        if news is not None:
            return news
        feat = cues.OWN_FEAT.search(line.text)
        if feat and not draft.parts and not any(
                cue.search(feat.group()) for cue in (cues.DOWNBEAT, cues.HARD, cues.MISHAP,
                                                     cues.BAD_NEWS)):
            draft.parts.append(self._pick("react_wow") or "")  # "I delivered six puppies!"
        trip = cues.trip_place(line.text) if found.question is QuestionKind.NONE else None
        said_trip = self._pick("react_trip", thing=trip) if trip else None
        if said_trip and trip:  # "I just got back from Lisbon": not "Fair enough."
            memory.user["trip"] = trip
            return self._finish([*parts, said_trip], ReplyKind.REACT, None, False)
        if cues.HOW_ARE_YOU.search(line.text):
            parts.append(self._pick("fine_thanks") or "")  # "how are you?": then the rest
        avoided = [label for label in cues.AVOID_ORDER if label in labels
                   and not self._benign(label, line.text, draft.told)
                   # "whats the boss like is she strict": what anyone here would tell a new
                   # starter (a [[local]] fact), no gossip (a fourteenth play-test)
                   and not (label is MoveLabel.GOSSIP and self._local_fact(line.text))
                   # "Carla told me about it, the friend who bailed. You didn't tell me your
                   # name?" asks its name (a twenty-eighth look: "I'll let them tell their own
                   # story", three times)
                   and not (label is MoveLabel.GOSSIP and Topic.NAME in found.asked)]
        if (avoided and avoided[0] is MoveLabel.COMPLAINT and self._local_fact(line.text)
                and any(cues.INFO_ASKED.search(part) and not cues.OPINION_ASKED.search(part)
                        for part in cues.QUESTION_SENTENCE.findall(line.text)
                        if part.endswith("?"))):
            # "the walls are thin ... And do you know which day the bins actually go?": a
            # word for the moan, then what the place knows (it got "Ah, that's a pain. Let's
            # think about something nicer.", on a twenty-fourth play-test)
            parts.append(self._pick("react_down") or "")
            return None
        if avoided:
            parts.append(self._pick(f"avoid_{avoided[0]}") or self._pick("avoid") or "")
            memory.current = None
            return self._finish(parts, ReplyKind.AVOID, None, True, avoid={found.main})
        return self._moan_reply(draft)

    def _news_reply(self, draft: _Draft) -> Reply | None:
        """"My dog died last week": sorry, and how they are (no "What's their name?"); "I
        just got engaged!": congratulations, and a question about it. Asked something too,
        or with nerves or a caveat, the brief line opens the reply and the rest is met as
        usual."""
        memory, text = self.memory, draft.line.text
        for news, whole, brief in _NEWS:
            if not news.search(text):
                continue
            memory.bad_news = memory.bad_news or news is cues.BAD_NEWS
            # good news with nerves or a caveat ("it needs loads of work, but it's ours")
            mixed = news is cues.GOOD_NEWS and bool(
                cues.NERVOUS.search(text) or cues.DOWNBEAT.search(text))
            # "did you hear about my promotion?" asks nothing but to be told
            asks = (draft.found.question is not QuestionKind.NONE
                    and not cues.OWN_NEWS_ASKED.search(text))
            said = self._pick(whole) if not asks and not mixed else None
            if said:
                greeting = self._greeting(True) if draft.told.name else None
                memory.consoled = news is cues.BAD_NEWS
                memory.celebrated = _THANKED_WITH.get(whole)
                return self._finish([greeting or "", said], ReplyKind.REACT, None, False)
            if (mixed and not asks and not cues.NERVOUS.search(text)
                    and (proud := self._pick("proud_of_you"))):
                # "Did I mention I opened a second one? I'm exhausted but proud.": glad for
                # them (not "Oh, that sounds like a lot" and "I'm not sure")
                return self._finish([self._pick(brief) or "", proud], ReplyKind.REACT, None,
                                    False)
            draft.parts.append(self._pick(brief) or "")
            return None
        return None

    def _moan_reply(self, draft: _Draft) -> Reply | None:
        """"My commute is killing me": sympathy, and a kind question about it (asked
        something too, a word of sympathy opens the answer)."""
        line, told = draft.line, draft.told
        worry = bool(cues.OWN_WORRY.search(line.text))
        # ("i do translations. is that boring?" asks if it is; a thirtieth look got "Oh,
        # that's a pity.")
        unasked = cues.without_odd_asked(line.text)
        griped = (MoveLabel.COMPLAINT in draft.labels
                  and (unasked == line.text or bool(cues.DOWNBEAT.search(unasked))))
        moaning = ((griped or cues.HARD.search(line.text))
                   and (cues.own_moan(line.text) or worry)
                   and not cues.NERVOUS.search(line.text)
                   and not cues.APOLOGY_WITHIN.search(line.text))  # "sorry about the noise"
        joking = self.memory.laughing  # "I assemble furniture like a raccoon"
        if (moaning and draft.found.question is QuestionKind.NONE
                and not (told.work or told.job or told.like or told.place)):
            if joking and (laugh := self._pick("laugh")):  # laughed along, not pitied
                greeting = self._greeting(True) if told.name else None
                return self._finish([greeting or "", laugh], ReplyKind.REACT, None, False)
            sympathy = self._pick("sympathy")
            if sympathy:
                self.memory.consoled = True
                # "Hi, I'm Carl. Honestly the parking here is a nightmare.": greeted too
                greeting = self._greeting(True) if told.name else None
                return self._finish([greeting or "", sympathy], ReplyKind.REACT, None, False)
        elif (moaning and not cues.BAD_NEWS.search(line.text)  # said sorry already
              # (nor after "Oh no, what a shame!" for a mishap: two sympathies in a row)
              and not set(draft.parts) & {*self._wording.lines.get("mishap", ()),
                                          *self._wording.lines.get("mishap_brief", ())}):
            # "Ugh, my commute. Do you drive?" ("Ha!" if they laugh at it)
            draft.parts.append((joking and self._pick("laugh_brief"))
                               or self._pick("react_down") or "")
        return None

    def _topic_reply(self, draft: _Draft) -> Reply:
        """A question answered, a story told on, advice given, or a statement reacted to."""
        memory, line, told, labels, parts = (self.memory, draft.line, draft.told, draft.labels,
                                             draft.parts)
        question = draft.found.question
        if question is QuestionKind.YES_NO and cues.ASK_LEAVE.search(line.text):
            question = QuestionKind.WH  # "can I ask what you do?" wants the answer, not a yes
        if self._echoes_back(line.text, draft.found) or cues.EXCUSE_ASKED.search(line.text):
            # "Was I? Were you?": our question handed back; "what's your excuse?" after why
            # they came hands back why the partner did
            question = QuestionKind.AND_YOU
        appreciates = bool(cues.APPRECIATE.search(line.text)
                           or cues.SHORT_APPRECIATE.match(line.text.strip()))
        # An encourager that asks about a topic other than the one being told ("what made you
        # join?" while telling of its plans) asks that, and is answered so
        # (or names a fact of another: "how did your bowl turn out?" while telling why it
        # signed up got the next step of that story)
        named = (self._fact_named(line.text, stories=False)
                 if question is not QuestionKind.NONE and not draft.found.topics else None)
        asks_other = question is not QuestionKind.NONE and (
            (bool(draft.found.asked) and draft.found.asked[0] is not memory.telling)
            or (named is not None and named is not memory.telling))
        # ("What got you into it?" asks how it began, "What's the hardest part?" what is hard:
        # encouragers to the classifier)
        asks_other = asks_other or bool(cues.STARTED_ASKED.search(line.text)
                                        or cues.ASKS_HARDEST.search(line.text))
        tell_more = (MoveLabel.ENCOURAGER in labels and not asks_other) or bool(
            cues.TELL_MORE.search(line.text)) or (
            question is not QuestionKind.NONE and not draft.found.topics
            and len(line.text.split()) <= 2 and question is not QuestionKind.AND_YOU
            and not cues.ASKS_AGE.search(line.text)) or (
            # "That sounds fun!" while a story is being told: the teller goes on (not when the
            # user tells something of their own with it: "That's cool. I'm a firefighter.")
            question is QuestionKind.NONE and appreciates
            and not cues.THANKS.search(line.text) and memory.last_kind in _TELLING
            and self._story_left(memory.telling) and _disclosed_topic(draft.told) is None)
        # "What's it like living here?" asks of the place, not for more of the story
        place = (question is not QuestionKind.NONE and bool(self._place_asked.search(line.text))
                 and not cues.ELSEWHERE.search(line.text))
        # "mine was ok, a bit tiring" answers the everyday question it handed back ("How's
        # your day been?"); it asks for no more of the partner's story
        answers_ours = question is QuestionKind.NONE and self._asked_everyday()
        # "sorry, what do you do again?" asks to be told again, not for more of the story
        asked_again = question is QuestionKind.WH and bool(cues.AGAIN.search(line.text))
        tell_more = tell_more and not place and not answers_ours and not asked_again
        kind, must_ask = self._react(line, labels, told, question, tell_more, draft.dislike,
                                     parts)

        if question is QuestionKind.YES_NO and cues.RIGHT_PLACE.search(line.text):
            # "Is this the pottery class?" is answered "Yes, this is it", not from a fact
            # about hobbies that the word "class" brought up.
            yes_here = self._pick("right_place")
            if yes_here:
                return self._finish([*parts, yes_here], kind or ReplyKind.YES_NO, None, True)
        daily = self._everyday(line.text, question, draft.found, parts)
        if daily is not None:  # "where did you grow up?", "lovely weather, isn't it?"
            return self._finish([*parts, *daily], kind or ReplyKind.ANSWER, None, False)
        if (cues.ASKS_BEST_PART.search(line.text) and self.memory.telling is Topic.WORK
                and (best := self.persona.everyday.get("best_part"))
                and (said := self._once_then_again(best))):
            # "What's the best part?" right after its job got the scene's tip on the Italian
            # place (the classifier heard a request for advice; a sweep of follow-ups)
            return self._finish([*parts, said], kind or ReplyKind.ANSWER, Topic.WORK, False)
        amenity = self._amenity(line.text) if question is not QuestionKind.NONE else None
        if amenity is not None:  # "is there a gym nearby?" that the scene knows nothing of
            return self._finish([*parts, amenity], kind or ReplyKind.ANSWER, None, False)
        own = (self._own_yes_no(line.text) if question is QuestionKind.YES_NO
               else None)
        if own is not None:  # "Is that weird?", "do you know anyone hiring?": not the card's
            said, asks_back = own
            return self._finish([*parts, said], kind or ReplyKind.YES_NO, None, asks_back)
        if cues.SEAT.search(line.text):
            # "Is anyone sitting here?": "No, go ahead!", then the greeting's question
            free = self._pick("seat_free")
            if free:
                return self._finish([free, *parts], kind or ReplyKind.YES_NO, None, True)
        opinion_of = cues.opinion_asked(line.text)
        if (opinion_of and not self._local_fact(line.text) and not self._card_names(opinion_of)
                and not self._names_own_topic(opinion_of, draft.found.topics)):
            # "what do you think of the new cycle lane?": a view, not the card's tomatoes
            view = self._pick("opinion_open", thing=opinion_of)
            if view:
                return self._finish([*parts, view], kind or ReplyKind.ANSWER, None, False)
        asked_topic, kin = self._asked_topic(draft, question, tell_more, place)
        if asked_topic is not None and cues.HANDED_BACK_AFTER_TELLING.search(line.text):
            # "I'm the plus one of a plus one, so barely. How about you, how do you know Sam?"
            # told their own: it is not asked back (it got "... How do you know Sam?")
            memory.user_told.add(asked_topic)
        kins_age = (next((age for topic in dict.fromkeys((asked_topic, memory.telling,
                                                          Topic.FAMILY, Topic.HOME))
                          if (age := self._kins_age(topic, line.text))), None)
                    if question is not QuestionKind.NONE and cues.ASKS_AGE.search(line.text)
                    else None)
        if kins_age:  # "How old is your grandson?": his age, not his father's or a story
            return self._close(parts, kind or ReplyKind.ANSWER, asked_topic, kins_age, must_ask,
                               line.text)
        detail = (self._detail_asked(line.text, asked_topic)
                  if question is not QuestionKind.NONE and not self._local_fact(line.text)
                  else None)
        if detail:
            # "When are you going?", "Why Canada?" after its trip: when and why, not the next
            # step of the story
            return self._close(parts, kind or ReplyKind.ANSWER,
                               self._detail_topic(asked_topic, line.text), detail, must_ask,
                               line.text)
        improvised = (self._improvised(line.text, asked_topic)
                      if question is QuestionKind.WH and not self._local_fact(line.text)
                      else None)
        if improvised:
            # "Why football and not something else?" of its card's football, which gives no
            # reason: a plain one, not the next line of its story or "Like I said, ..."
            return self._close(parts, kind or ReplyKind.ANSWER, asked_topic or memory.telling,
                               improvised, must_ask, line.text)
        found = draft.found
        topic: Topic | None = None
        answer: str | None = None
        echoed = self._said_back(line.text)
        if echoed is not None:
            # "Wait, you said Sam's the goalkeeper? I can't picture him shouting!" got "Yes,
            # about ten minutes away" (an eighth play-test): yes, and more of that story
            more, ended = self._story(echoed)
            return self._finish([*parts, self._pick("yes") or "", more or ""], ReplyKind.STORY,
                                echoed, ended)
        if (question is not QuestionKind.NONE and self._own_guess_right(line.text)
                and (well_remembered := self._pick("confirm_own"))):
            # "It was your kettle, wasn't it?" of its own "I still can't find my kettle"
            return self._finish([*parts, well_remembered], ReplyKind.ANSWER, memory.telling,
                                False)
        guess = (self._guess(line.text, found) if question is not QuestionKind.NONE
                 or line.text.rstrip().endswith("?") or cues.REPORTED.search(line.text) else None)
        if guess is not None:
            # "You said you're an engineer?": yes, or a kind correction, with the card's fact
            topic, right = guess
            parts.append((self._pick("confirm") or self._pick("yes") if right
                          else self._pick("correct")) or "")
            answer = self._answer(topic, yes_no=False)
            kind = ReplyKind.ANSWER
        elif question is QuestionKind.AND_YOU:
            # "I'm a nurse. And you?": the topic the user just told about, else our question.
            topic = (found.told[0] if found.told else _disclosed_topic(told)) or (
                memory.last_question or memory.current or asked_topic)
            if cues.EXCUSE_ASKED.search(line.text) and self.persona.fact(Topic.REASON):
                topic = Topic.REASON
            echo = cues.ECHO_LAST.search(line.text)
            asked_before = memory.last_parts[-1] if memory.last_parts else ""
            if (echo and memory.left_question and memory.last_question is not None
                    and asked_before.lower().startswith(echo.group(1).lower() + " you")):
                # "No, just me. My sister was supposed to come but she bailed. Did you?" hands
                # back its own "Did you come with anyone?", not a question about the sister
                topic = memory.last_question
            answer = self._answer(topic, yes_no=False)
            kind = ReplyKind.AND_YOU
        elif (MoveLabel.ADVICE_REQUEST in labels or question is not QuestionKind.NONE) and (
                cues.asks_advice(line.text) or cues.asked_thing(line.text)
                # (the classifier's request alone, not in a yes/no question: "is it hard to get
                # clients?" and "do you use any tools for that?" ask the partner, and got its
                # tip about coming to a few of these in a row)
                or (MoveLabel.ADVICE_REQUEST in labels and asked_topic is None
                    and question is not QuestionKind.YES_NO
                    # "I'm looking for my first job." tells where they are, it asks nothing
                    and not (question is QuestionKind.NONE and told.status)
                    # an answer to its own question: "I work in an office all day so I need
                    # something with my hands", to "What made you sign up?", got a tip
                    and not (question is QuestionKind.NONE and memory.left_question)
                    # "A form, that sounds fiddly. What's the hardest part?" asks the partner
                    and not cues.ASKS_HARDEST.search(line.text)
                    and not cues.ASKS_YOUR_WAYS.search(line.text))) and not (
                # "is there a good café nearby?", "do you know where I can get a coffee?" are
                # asked of the place, which knows
                # (said already, the card's own advice is news)
                (cues.PLACE_REQUEST.search(line.text) or cues.ASKS_WHERE.search(line.text)
                 or cues.asked_thing(line.text) or cues.SHOW_ME.search(line.text))
                and (local_fact := self._local_fact(line.text)) is not None
                # (whom to ask, asked again, is said again: "who should I tell, my manager or
                # HR?" after "who should I tell?" got the card's tip on names)
                and (self._fresh(local_fact.answer) or cues.WHOM_ASKED.search(line.text))):
            # "any tips for a first time hiker?": of the topics named, the one the card has
            # advice on ("first time" named the reason for coming, which has none)
            advised = next((t for t in found.topics if (fact := self.persona.fact(t))
                            and fact.advice), asked_topic)
            # "would you recommend a bowl or a vase?": one of the two, not a tip on elbows
            choice = cues.CHOICE_OFFERED.search(line.text)
            answer = ((choice and self._pick("pick_one", thing=choice.group("first")))
                      or self._advice(advised or memory.current,
                                      self._unshared_like(told, line.text), line.text,
                                      topic_asked=advised is not None))
            topic = advised or memory.current
            kind = ReplyKind.ADVICE
        elif tell_more and (question is not QuestionKind.YES_NO or not found.topics):
            main = found.main or (None if memory.telling else asked_topic)
            wanted = main if self.persona.fact(main) else None
            topic = wanted or memory.telling or memory.current
            answer, ended = self._story(topic)
            kind = ReplyKind.STORY
            must_ask = must_ask or ended
        elif question is not QuestionKind.NONE:
            return self._answer_question(line, found, told, question, asked_topic, kin, place,
                                         parts, kind, must_ask)
        elif (kind in (None, ReplyKind.COMMON_GROUND, ReplyKind.REACT) or found.told
              or told.work or told.job or told.like or told.place
              # "I'm Jo, I've never done pottery before": more than a name to answer
              or (told.name and len(cues.beyond_name(line.text, told.name).split()) >= 3)):
            return self._answer_statement(line, found, told, question, parts, kind)
        return self._close(parts, kind, topic, answer, must_ask, line.text)

    def _courtesy_reply(self, line: UserLine, found: LineTopics) -> Reply | None:
        """The whole reply to a courtesy: "sorry, I forgot your name" gets the name, an
        apology is waved away, an offer of help thanked (None for any other line)."""
        if cues.CARD_ASKED.search(line.text) and (given := self._pick("give_card")):
            self.memory.card_given = True
            return self._finish([given], ReplyKind.REACT, None, False)
        if cues.INTRODUCE_ME.search(line.text) and (along := self._pick("introduce")):
            # it got "I'm not sure, to be honest" (a session of my own)
            return self._finish([along], ReplyKind.REACT, None, False)
        if cues.CARD_GIVEN.search(line.text) and (taken := self._pick("card_back")):
            # "here's my card in case you ever need cakes!" was thanked as a compliment; "...
            # and if you think of a web designer, email me?" is agreed to as well
            also = self._proposal_answer(line.text, found, set(line.labels))
            return self._finish([taken, also or ""], ReplyKind.REACT, None, also is None)
        if cues.FORGOT_NAME.search(line.text) or cues.ASKS_NAME_SHORT.match(line.text):
            self.memory.introduced = True
            return self._finish([self._pick("own_name") or self.persona.name],
                                ReplyKind.ANSWER, None, False)
        if found.question is QuestionKind.NONE or cues.OFFER.search(line.text):
            for asks, key in ((cues.APOLOGY, "apology_accepted"), (cues.OFFER, "offer_thanks"),
                              (cues.FUTURE_OFFER, "offer_later_thanks")):
                if key == "offer_thanks" and cues.REFRESHMENT.search(line.text):
                    key = "accept_treat"  # a drink offered is taken, not "I can manage"
                kindly = self._pick(key) if asks.search(line.text) else None
                if kindly:  # "sorry about the noise", "can I help with your bags?"
                    # ("I'm Hannah. ... Do you need a hand with those bags?": greeted too,
                    # a thirty-first look got no name back)
                    named = disclosure(line.text).name and not self.memory.introduced
                    greeting = self._greeting(True) if named else None
                    return self._finish([greeting or "", kindly], ReplyKind.REACT, None, True)
        return None

    def _how_long_reply(self, line: UserLine, found: LineTopics, greeted: bool = False
                        ) -> Reply | None:
        """The reply to "how long have you been a nurse?" (of what it asks after by its
        words) or "how long have you been doing that?" (of what was just told); None when the
        line asks no such thing, or of nothing the card has ("how long have you been
        coming?" asks it of the reason it is here)."""
        if (not cues.HOW_LONG_ASKED.search(line.text) or self._asks_how_settled(line.text)
                or len(found.each) > 1):
            return None
        question = next((part.strip() for part in cues.QUESTION_SENTENCE.findall(line.text)
                         if cues.HOW_LONG_ASKED.search(part)), "")
        named = None
        if question and question != line.text.strip():
            # the topics of the question itself ("Wow, nights at a children's hospital must
            # be hard. How long have you been a nurse?" was answered with its family), else
            # the card's fact it names ("a nurse")
            asked_alone = self._find(UserLine(question, line.labels))
            if any(self.persona.fact(topic) for topic in asked_alone.topics):
                found = asked_alone
            else:
                named = self._fact_named(question, stories=False)
        found = self._lived_in_town(found, line.text)
        about = named or (Topic.REASON if Topic.REASON in found.topics else None) or (
                 (found.asked or found.told or (None,))[0]
                 or self._fact_named(line.text, stories=False)
                 # "I meant how long, like years?": of what it has just told
                 or (self.memory.telling if cues.POINTS_BACK.search(line.text)
                     or cues.CORRECTS.search(line.text) else None))
        fact = self.persona.fact(about)
        if about is None or fact is None:
            return None
        said = self._how_long(about)
        if said:
            greeting = self._greeting(True) if greeted else None
            return self._finish([greeting or "", said], ReplyKind.ANSWER, about, True)
        # the card does not say: "a good while", and on (not of a pastime it calls new)
        vague = None if cues.CALLS_ITSELF_NEW.search(fact.answer) else self._pick(
            "how_long_untold")
        if vague is None:
            # new at it ("and now pottery on Tuesdays"): what its card says of how new ("This
            # is my second week."), not "I'm not sure" (a twentieth play-test's session, read
            # again); its reason for being here says how new it is at the scene's own thing
            # (the pottery of the class), not at drawing asked at a meetup
            scenes_own = bool(cues.content_stems(question or line.text)
                              & cues.content_stems(f"{self.scenario.title} {self.scenario.scene}"))
            weeks = next((self._sentence_saying(topic, cues.HOW_NEW_SAID)
                          for topic in (about, *((Topic.REASON,) if scenes_own else ()))
                          if self._sentence_saying_any(topic, cues.HOW_NEW_SAID)), None)
            # ("I'm Oskar. I'm retired ... How long have you been doing pottery?": greeted too)
            greeting = self._greeting(True) if disclosure(line.text).name else None
            return (self._finish([greeting or "", weeks], ReplyKind.ANSWER, about, True)
                    if weeks else None)
        more, _ = self._story(about)
        return self._finish([vague, more or ""], ReplyKind.STORY, about, True)
