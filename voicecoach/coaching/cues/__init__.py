"""What a user's line signals to the role-play partner, read off its words.

Patterns over the text of a turn, each with a note on why: a request for advice, a goodbye, a
let-down, a dislike shared, a moan about one's own life, a guess at the partner's facts, a
"sorry?", and the sound-alike slips speech recognition makes ("where do you life"). The
partner's policy (the partner/ package) decides what to do with them; nothing here keeps state.

The package, one job a module; every public name of each is imported here, so that
`cues.NAME` and `from voicecoach.coaching.cues import NAME` read as before (`__all__` is the
list cues.py had). Shared word lists and helpers are in base.py, which the others import; no
module imports one that imports it.

- base.py: shared word lists and text helpers (common words, stems, sentences, names);
- plans.py: invitations, plans, and the times and places of plans;
- greetings.py: greetings, names and goodbyes (`is_goodbye`);
- partner_questions.py: questions about the partner itself: its doings, views, work, home and
  people;
- settled.py: first times, how new and how long;
- memory.py: memory checks, corrections and back-references (`said_back`);
- feelings.py: the user's nerves, worries, apologies and coping;
- reactions.py: reactions, short answers, praise, moans and `not_meant_as`;
- news.py: news, and what the user tells of their own life;
- advice.py: requests for advice and recommendations, places nearby;
- favours.py: offers, favours, help and permission (`asks_for_help`);
- question_forms.py: the form of a question (`asks_only_the_way`, `opinion_asked`, echoes);
- slips.py: speech-recognition slips, chat spellings and a learner's forms (`heard`).
"""

from __future__ import annotations

from voicecoach.coaching.cues.advice import ADVICE as ADVICE
from voicecoach.coaching.cues.advice import AMENITY_ASKED as AMENITY_ASKED
from voicecoach.coaching.cues.advice import APOLOGISING_ADVICE as APOLOGISING_ADVICE
from voicecoach.coaching.cues.advice import AT_WORK as AT_WORK
from voicecoach.coaching.cues.advice import CALM_ADVICE as CALM_ADVICE
from voicecoach.coaching.cues.advice import CHOICE_HERE_AND_NOW as CHOICE_HERE_AND_NOW
from voicecoach.coaching.cues.advice import CHOICE_OFFERED as CHOICE_OFFERED
from voicecoach.coaching.cues.advice import DECISION_ASKED as DECISION_ASKED
from voicecoach.coaching.cues.advice import ELSEWHERE as ELSEWHERE
from voicecoach.coaching.cues.advice import FRIENDS_ADVICE as FRIENDS_ADVICE
from voicecoach.coaching.cues.advice import FRIENDS_ASKED as FRIENDS_ASKED
from voicecoach.coaching.cues.advice import GETTING_ABOUT as GETTING_ABOUT
from voicecoach.coaching.cues.advice import HARD_TALK_ADVICE as HARD_TALK_ADVICE
from voicecoach.coaching.cues.advice import IN_THE_BUILDING as IN_THE_BUILDING
from voicecoach.coaching.cues.advice import IS_THERE_NEARBY as IS_THERE_NEARBY
from voicecoach.coaching.cues.advice import LEAVING_ADVICE as LEAVING_ADVICE
from voicecoach.coaching.cues.advice import LIFE_CHOICE_WORDS as LIFE_CHOICE_WORDS
from voicecoach.coaching.cues.advice import NAMES_ADVICE as NAMES_ADVICE
from voicecoach.coaching.cues.advice import NEARBY as NEARBY
from voicecoach.coaching.cues.advice import NERVES_ADVICE as NERVES_ADVICE
from voicecoach.coaching.cues.advice import PASTIME as PASTIME
from voicecoach.coaching.cues.advice import PLACE_REQUEST as PLACE_REQUEST
from voicecoach.coaching.cues.advice import TALK_ADVICE as TALK_ADVICE
from voicecoach.coaching.cues.advice import TIP_THANKED as TIP_THANKED
from voicecoach.coaching.cues.advice import WHICH_MEANT as WHICH_MEANT
from voicecoach.coaching.cues.advice import advice_stems as advice_stems
from voicecoach.coaching.cues.advice import advice_subject as advice_subject
from voicecoach.coaching.cues.advice import asked_thing as asked_thing
from voicecoach.coaching.cues.advice import asks_advice as asks_advice
from voicecoach.coaching.cues.advice import place_question as place_question
from voicecoach.coaching.cues.advice import place_thing as place_thing
from voicecoach.coaching.cues.advice import word_roots as word_roots
from voicecoach.coaching.cues.base import COMMON_WORDS as COMMON_WORDS
from voicecoach.coaching.cues.base import JUDGEMENT_WORDS as JUDGEMENT_WORDS
from voicecoach.coaching.cues.base import NUMBER_WORD as NUMBER_WORD
from voicecoach.coaching.cues.base import QUESTION_SENTENCE as QUESTION_SENTENCE
from voicecoach.coaching.cues.base import SENTENCE_END as SENTENCE_END
from voicecoach.coaching.cues.base import YES_NO_START as YES_NO_START
from voicecoach.coaching.cues.base import YES_NO_WORD as YES_NO_WORD
from voicecoach.coaching.cues.base import YES_START as YES_START
from voicecoach.coaching.cues.base import content_stems as content_stems
from voicecoach.coaching.cues.base import last_question as last_question
from voicecoach.coaching.cues.base import names_in as names_in
from voicecoach.coaching.cues.base import sentence_keys as sentence_keys
from voicecoach.coaching.cues.base import split_clause as split_clause
from voicecoach.coaching.cues.base import stem as stem
from voicecoach.coaching.cues.base import with_pronoun as with_pronoun
from voicecoach.coaching.cues.favours import BORROW_ASKED as BORROW_ASKED
from voicecoach.coaching.cues.favours import CHANGE_SUBJECT as CHANGE_SUBJECT
from voicecoach.coaching.cues.favours import FAVOUR_ASKED as FAVOUR_ASKED
from voicecoach.coaching.cues.favours import FUTURE_OFFER as FUTURE_OFFER
from voicecoach.coaching.cues.favours import HELP_ASKED as HELP_ASKED
from voicecoach.coaching.cues.favours import HELP_WITH_THING as HELP_WITH_THING
from voicecoach.coaching.cues.favours import INTRODUCE_ME as INTRODUCE_ME
from voicecoach.coaching.cues.favours import OFFER as OFFER
from voicecoach.coaching.cues.favours import PERMISSION as PERMISSION
from voicecoach.coaching.cues.favours import REFRESHMENT as REFRESHMENT
from voicecoach.coaching.cues.favours import SHOW_ME as SHOW_ME
from voicecoach.coaching.cues.favours import TREAT_OFFER as TREAT_OFFER
from voicecoach.coaching.cues.favours import TROUBLE_WITH as TROUBLE_WITH
from voicecoach.coaching.cues.favours import WHOM_ASKED as WHOM_ASKED
from voicecoach.coaching.cues.favours import asks_for_help as asks_for_help
from voicecoach.coaching.cues.feelings import ALONE as ALONE
from voicecoach.coaching.cues.feelings import APOLOGY as APOLOGY
from voicecoach.coaching.cues.feelings import APOLOGY_AHEAD as APOLOGY_AHEAD
from voicecoach.coaching.cues.feelings import APOLOGY_WITHIN as APOLOGY_WITHIN
from voicecoach.coaching.cues.feelings import ASKS_IF_ODD as ASKS_IF_ODD
from voicecoach.coaching.cues.feelings import COPING as COPING
from voicecoach.coaching.cues.feelings import DREADING as DREADING
from voicecoach.coaching.cues.feelings import JOKING as JOKING
from voicecoach.coaching.cues.feelings import LANGUAGE_WORRY as LANGUAGE_WORRY
from voicecoach.coaching.cues.feelings import LEFT_ALONE as LEFT_ALONE
from voicecoach.coaching.cues.feelings import NERVOUS as NERVOUS
from voicecoach.coaching.cues.feelings import NORMAL_ASKED as NORMAL_ASKED
from voicecoach.coaching.cues.feelings import OWN_NOISE_ASKED as OWN_NOISE_ASKED
from voicecoach.coaching.cues.feelings import OWN_WORRY as OWN_WORRY
from voicecoach.coaching.cues.feelings import SEEMS_BAD_ASKED as SEEMS_BAD_ASKED
from voicecoach.coaching.cues.feelings import SELF_DOUBT_ASKED as SELF_DOUBT_ASKED
from voicecoach.coaching.cues.feelings import SORRY_TO_SHARE as SORRY_TO_SHARE
from voicecoach.coaching.cues.feelings import TAKEN_BACK as TAKEN_BACK
from voicecoach.coaching.cues.feelings import WORRY_ASKED as WORRY_ASKED
from voicecoach.coaching.cues.feelings import without_odd_asked as without_odd_asked
from voicecoach.coaching.cues.greetings import ASKS_NAME_SHORT as ASKS_NAME_SHORT
from voicecoach.coaching.cues.greetings import BACK_SOON as BACK_SOON
from voicecoach.coaching.cues.greetings import BAD_WITH_NAMES as BAD_WITH_NAMES
from voicecoach.coaching.cues.greetings import CARD_ASKED as CARD_ASKED
from voicecoach.coaching.cues.greetings import CARD_GIVEN as CARD_GIVEN
from voicecoach.coaching.cues.greetings import CONNECT_ASKED as CONNECT_ASKED
from voicecoach.coaching.cues.greetings import FAREWELL as FAREWELL
from voicecoach.coaching.cues.greetings import FINE_THANKS as FINE_THANKS
from voicecoach.coaching.cues.greetings import FORGOT_NAME as FORGOT_NAME
from voicecoach.coaching.cues.greetings import GOODBYE_LAST as GOODBYE_LAST
from voicecoach.coaching.cues.greetings import HOW_ARE_YOU as HOW_ARE_YOU
from voicecoach.coaching.cues.greetings import LEAVING as LEAVING
from voicecoach.coaching.cues.greetings import LEAVING_NOW as LEAVING_NOW
from voicecoach.coaching.cues.greetings import LEAVING_SOON as LEAVING_SOON
from voicecoach.coaching.cues.greetings import (
    LEAVING_WITH_NICE_TO_MEET as LEAVING_WITH_NICE_TO_MEET,
)
from voicecoach.coaching.cues.greetings import MET_BEFORE as MET_BEFORE
from voicecoach.coaching.cues.greetings import MET_YOU_PAST as MET_YOU_PAST
from voicecoach.coaching.cues.greetings import NAME_CHECK as NAME_CHECK
from voicecoach.coaching.cues.greetings import NAMES_SAID as NAMES_SAID
from voicecoach.coaching.cues.greetings import NICE_TO_MEET_ALONE as NICE_TO_MEET_ALONE
from voicecoach.coaching.cues.greetings import PLEASANTRIES as PLEASANTRIES
from voicecoach.coaching.cues.greetings import RIGHT_PLACE as RIGHT_PLACE
from voicecoach.coaching.cues.greetings import SEAT as SEAT
from voicecoach.coaching.cues.greetings import SEE_YOU_PLAN as SEE_YOU_PLAN
from voicecoach.coaching.cues.greetings import SEE_YOU_THEN as SEE_YOU_THEN
from voicecoach.coaching.cues.greetings import TIME_TO_GO as TIME_TO_GO
from voicecoach.coaching.cues.greetings import WISH_ME_LUCK as WISH_ME_LUCK
from voicecoach.coaching.cues.greetings import YOURS_ASKED as YOURS_ASKED
from voicecoach.coaching.cues.greetings import beyond_name as beyond_name
from voicecoach.coaching.cues.greetings import is_goodbye as is_goodbye
from voicecoach.coaching.cues.greetings import name_checked as name_checked
from voicecoach.coaching.cues.memory import AGAIN as AGAIN
from voicecoach.coaching.cues.memory import AS_I_SAID as AS_I_SAID
from voicecoach.coaching.cues.memory import ASKS_TO_REMEMBER as ASKS_TO_REMEMBER
from voicecoach.coaching.cues.memory import BACK_REFERENCE as BACK_REFERENCE
from voicecoach.coaching.cues.memory import CORRECTS as CORRECTS
from voicecoach.coaching.cues.memory import DENIES_OPENING as DENIES_OPENING
from voicecoach.coaching.cues.memory import LEARNERS_RECALL as LEARNERS_RECALL
from voicecoach.coaching.cues.memory import LOWER_STARTS as LOWER_STARTS
from voicecoach.coaching.cues.memory import MEMORY_CHECK as MEMORY_CHECK
from voicecoach.coaching.cues.memory import MIXED_UP as MIXED_UP
from voicecoach.coaching.cues.memory import NEVER_TOLD as NEVER_TOLD
from voicecoach.coaching.cues.memory import NOT_LISTENING as NOT_LISTENING
from voicecoach.coaching.cues.memory import OF_THEIRS as OF_THEIRS
from voicecoach.coaching.cues.memory import RECALL as RECALL
from voicecoach.coaching.cues.memory import RECALL_KEYS as RECALL_KEYS
from voicecoach.coaching.cues.memory import RECALL_OWN as RECALL_OWN
from voicecoach.coaching.cues.memory import REPORTED as REPORTED
from voicecoach.coaching.cues.memory import SAID_BACK as SAID_BACK
from voicecoach.coaching.cues.memory import said_back as said_back
from voicecoach.coaching.cues.news import BAD_NEWS as BAD_NEWS
from voicecoach.coaching.cues.news import BIRTHDAY as BIRTHDAY
from voicecoach.coaching.cues.news import BIRTHDAY_SOON as BIRTHDAY_SOON
from voicecoach.coaching.cues.news import CAME_FOR as CAME_FOR
from voicecoach.coaching.cues.news import CAME_WITH as CAME_WITH
from voicecoach.coaching.cues.news import CHANGE_AHEAD as CHANGE_AHEAD
from voicecoach.coaching.cues.news import CONDOLENCE as CONDOLENCE
from voicecoach.coaching.cues.news import GOING_TO as GOING_TO
from voicecoach.coaching.cues.news import GOOD_NEWS as GOOD_NEWS
from voicecoach.coaching.cues.news import GOOD_NEWS_OF_KIN as GOOD_NEWS_OF_KIN
from voicecoach.coaching.cues.news import HOME_FROM_HOSPITAL as HOME_FROM_HOSPITAL
from voicecoach.coaching.cues.news import KIDS_TOLD as KIDS_TOLD
from voicecoach.coaching.cues.news import KNOWS_HOST as KNOWS_HOST
from voicecoach.coaching.cues.news import LEARNING_SAID as LEARNING_SAID
from voicecoach.coaching.cues.news import LIKES_KIND as LIKES_KIND
from voicecoach.coaching.cues.news import MISHAP as MISHAP
from voicecoach.coaching.cues.news import MISHAP_OWN as MISHAP_OWN
from voicecoach.coaching.cues.news import MISSES_SOMEONE as MISSES_SOMEONE
from voicecoach.coaching.cues.news import MOVING_AWAY as MOVING_AWAY
from voicecoach.coaching.cues.news import OWN_FEAT as OWN_FEAT
from voicecoach.coaching.cues.news import OWN_KIN as OWN_KIN
from voicecoach.coaching.cues.news import RECOVERED as RECOVERED
from voicecoach.coaching.cues.news import STARTING_JOB as STARTING_JOB
from voicecoach.coaching.cues.news import THRILLED as THRILLED
from voicecoach.coaching.cues.news import TRIP_TOLD as TRIP_TOLD
from voicecoach.coaching.cues.news import UNWELL as UNWELL
from voicecoach.coaching.cues.news import trip_place as trip_place
from voicecoach.coaching.cues.partner_questions import ABOUT_IT as ABOUT_IT
from voicecoach.coaching.cues.partner_questions import ABOUT_IT_INTO as ABOUT_IT_INTO
from voicecoach.coaching.cues.partner_questions import AGE_SAID as AGE_SAID
from voicecoach.coaching.cues.partner_questions import ASK_AFTER as ASK_AFTER
from voicecoach.coaching.cues.partner_questions import ASKED_HOW_MUCH as ASKED_HOW_MUCH
from voicecoach.coaching.cues.partner_questions import ASKED_IF_BEEN_TO as ASKED_IF_BEEN_TO
from voicecoach.coaching.cues.partner_questions import ASKED_IF_CAUGHT as ASKED_IF_CAUGHT
from voicecoach.coaching.cues.partner_questions import ASKED_IF_EVER as ASKED_IF_EVER
from voicecoach.coaching.cues.partner_questions import ASKED_IF_HEARD as ASKED_IF_HEARD
from voicecoach.coaching.cues.partner_questions import ASKED_IF_OWNS as ASKED_IF_OWNS
from voicecoach.coaching.cues.partner_questions import ASKED_OF_YOU as ASKED_OF_YOU
from voicecoach.coaching.cues.partner_questions import ASKS_AGE as ASKS_AGE
from voicecoach.coaching.cues.partner_questions import ASKS_BEST as ASKS_BEST
from voicecoach.coaching.cues.partner_questions import ASKS_BEST_PART as ASKS_BEST_PART
from voicecoach.coaching.cues.partner_questions import ASKS_HARDEST as ASKS_HARDEST
from voicecoach.coaching.cues.partner_questions import ASKS_IF_BAD as ASKS_IF_BAD
from voicecoach.coaching.cues.partner_questions import ASKS_IF_GOOD as ASKS_IF_GOOD
from voicecoach.coaching.cues.partner_questions import ASKS_IF_HIRING as ASKS_IF_HIRING
from voicecoach.coaching.cues.partner_questions import (
    ASKS_IF_KNOWS_COLLEAGUE as ASKS_IF_KNOWS_COLLEAGUE,
)
from voicecoach.coaching.cues.partner_questions import (
    ASKS_IF_KNOWS_SOMEONE as ASKS_IF_KNOWS_SOMEONE,
)
from voicecoach.coaching.cues.partner_questions import ASKS_IF_KNOWS_THEM as ASKS_IF_KNOWS_THEM
from voicecoach.coaching.cues.partner_questions import ASKS_NAME_OF as ASKS_NAME_OF
from voicecoach.coaching.cues.partner_questions import ASKS_OWN_KIDS as ASKS_OWN_KIDS
from voicecoach.coaching.cues.partner_questions import ASKS_USERS_JOB as ASKS_USERS_JOB
from voicecoach.coaching.cues.partner_questions import ASKS_WHERE as ASKS_WHERE
from voicecoach.coaching.cues.partner_questions import ASKS_WHERE_BACK as ASKS_WHERE_BACK
from voicecoach.coaching.cues.partner_questions import ASKS_YOUR_WAYS as ASKS_YOUR_WAYS
from voicecoach.coaching.cues.partner_questions import CAN_YOU_MAKE as CAN_YOU_MAKE
from voicecoach.coaching.cues.partner_questions import CHILD_WORDS as CHILD_WORDS
from voicecoach.coaching.cues.partner_questions import COUNT_ASKED as COUNT_ASKED
from voicecoach.coaching.cues.partner_questions import DEMONYM_ASKED as DEMONYM_ASKED
from voicecoach.coaching.cues.partner_questions import DEMONYM_PLACES as DEMONYM_PLACES
from voicecoach.coaching.cues.partner_questions import EVENT_WORDS as EVENT_WORDS
from voicecoach.coaching.cues.partner_questions import FEAR_ASKED as FEAR_ASKED
from voicecoach.coaching.cues.partner_questions import FEELING_ASKED as FEELING_ASKED
from voicecoach.coaching.cues.partner_questions import FONDNESS_SAID as FONDNESS_SAID
from voicecoach.coaching.cues.partner_questions import FROM_ASKED as FROM_ASKED
from voicecoach.coaching.cues.partner_questions import FROM_SAID as FROM_SAID
from voicecoach.coaching.cues.partner_questions import GENERIC_WORKPLACE as GENERIC_WORKPLACE
from voicecoach.coaching.cues.partner_questions import GOT_INTO as GOT_INTO
from voicecoach.coaching.cues.partner_questions import GUESS as GUESS
from voicecoach.coaching.cues.partner_questions import HARD_SAID as HARD_SAID
from voicecoach.coaching.cues.partner_questions import INSTRUMENT as INSTRUMENT
from voicecoach.coaching.cues.partner_questions import ITS_NAME_ASKED as ITS_NAME_ASKED
from voicecoach.coaching.cues.partner_questions import JOINING as JOINING
from voicecoach.coaching.cues.partner_questions import KIDS_SAID as KIDS_SAID
from voicecoach.coaching.cues.partner_questions import KIN as KIN
from voicecoach.coaching.cues.partner_questions import KIN_ASKED as KIN_ASKED
from voicecoach.coaching.cues.partner_questions import KIND as KIND
from voicecoach.coaching.cues.partner_questions import LIKE_IT as LIKE_IT
from voicecoach.coaching.cues.partner_questions import LIKE_THERE as LIKE_THERE
from voicecoach.coaching.cues.partner_questions import LIKES_ANY as LIKES_ANY
from voicecoach.coaching.cues.partner_questions import LIKES_ASKED as LIKES_ASKED
from voicecoach.coaching.cues.partner_questions import LIKES_LIVING as LIKES_LIVING
from voicecoach.coaching.cues.partner_questions import LIKING_SAID as LIKING_SAID
from voicecoach.coaching.cues.partner_questions import LIVES_WITH_ASKED as LIVES_WITH_ASKED
from voicecoach.coaching.cues.partner_questions import LIVES_WITH_SAID as LIVES_WITH_SAID
from voicecoach.coaching.cues.partner_questions import NAME_NOT_TOLD as NAME_NOT_TOLD
from voicecoach.coaching.cues.partner_questions import NAME_SAID as NAME_SAID
from voicecoach.coaching.cues.partner_questions import NO_PARTNER_SAID as NO_PARTNER_SAID
from voicecoach.coaching.cues.partner_questions import ORIGIN_ASKED as ORIGIN_ASKED
from voicecoach.coaching.cues.partner_questions import OWN_DAYS_ASKED as OWN_DAYS_ASKED
from voicecoach.coaching.cues.partner_questions import OWN_KIN_SAID as OWN_KIN_SAID
from voicecoach.coaching.cues.partner_questions import OWNED_ASKED as OWNED_ASKED
from voicecoach.coaching.cues.partner_questions import PASTIME_KIND as PASTIME_KIND
from voicecoach.coaching.cues.partner_questions import PLACE_SAID as PLACE_SAID
from voicecoach.coaching.cues.partner_questions import PLAYING_ASKED as PLAYING_ASKED
from voicecoach.coaching.cues.partner_questions import PLAYS_MUSIC as PLAYS_MUSIC
from voicecoach.coaching.cues.partner_questions import PRONOUN_NAME_ASKED as PRONOUN_NAME_ASKED
from voicecoach.coaching.cues.partner_questions import ROLE_KIND as ROLE_KIND
from voicecoach.coaching.cues.partner_questions import SEEN_SOMEONE as SEEN_SOMEONE
from voicecoach.coaching.cues.partner_questions import SKILL_ASKED as SKILL_ASKED
from voicecoach.coaching.cues.partner_questions import SPOT_NAMED as SPOT_NAMED
from voicecoach.coaching.cues.partner_questions import STARTED_ASKED as STARTED_ASKED
from voicecoach.coaching.cues.partner_questions import STARTED_SAID as STARTED_SAID
from voicecoach.coaching.cues.partner_questions import THE_KIDS_AT_WORK as THE_KIDS_AT_WORK
from voicecoach.coaching.cues.partner_questions import THEIRS_COMING_ASKED as THEIRS_COMING_ASKED
from voicecoach.coaching.cues.partner_questions import THING_LIKED_ASKED as THING_LIKED_ASKED
from voicecoach.coaching.cues.partner_questions import THING_NAME_ASKED as THING_NAME_ASKED
from voicecoach.coaching.cues.partner_questions import TIME_SUITS_ASKED as TIME_SUITS_ASKED
from voicecoach.coaching.cues.partner_questions import VIEW_ASKED as VIEW_ASKED
from voicecoach.coaching.cues.partner_questions import WHICH_ONE as WHICH_ONE
from voicecoach.coaching.cues.partner_questions import WORKPLACE as WORKPLACE
from voicecoach.coaching.cues.partner_questions import WORKS_WITH_KIDS as WORKS_WITH_KIDS
from voicecoach.coaching.cues.partner_questions import YOUR_KIN as YOUR_KIN
from voicecoach.coaching.cues.partner_questions import guessed as guessed
from voicecoach.coaching.cues.partner_questions import of_yours as of_yours
from voicecoach.coaching.cues.plans import INVITATION as INVITATION
from voicecoach.coaching.cues.plans import JOIN_ASKED as JOIN_ASKED
from voicecoach.coaching.cues.plans import OWN_PLAN_ASKED as OWN_PLAN_ASKED
from voicecoach.coaching.cues.plans import PLAN_ASKED as PLAN_ASKED
from voicecoach.coaching.cues.plans import PLAN_PLACE_ASKED as PLAN_PLACE_ASKED
from voicecoach.coaching.cues.plans import PLAN_TIME_ASKED as PLAN_TIME_ASKED
from voicecoach.coaching.cues.plans import TIME_ASKED as TIME_ASKED
from voicecoach.coaching.cues.plans import TIME_PROPOSED as TIME_PROPOSED
from voicecoach.coaching.cues.plans import TIME_SAID as TIME_SAID
from voicecoach.coaching.cues.plans import TOGETHER_ASKED as TOGETHER_ASKED
from voicecoach.coaching.cues.plans import WEIRD_TO_JOIN as WEIRD_TO_JOIN
from voicecoach.coaching.cues.plans import YES_ASKED_AGAIN as YES_ASKED_AGAIN
from voicecoach.coaching.cues.plans import plan_place as plan_place
from voicecoach.coaching.cues.plans import plan_time as plan_time
from voicecoach.coaching.cues.plans import plan_with_time as plan_with_time
from voicecoach.coaching.cues.question_forms import ABOUT_OTHERS as ABOUT_OTHERS
from voicecoach.coaching.cues.question_forms import ABOUT_THE_STORY as ABOUT_THE_STORY
from voicecoach.coaching.cues.question_forms import ABOUT_THEM_TAG as ABOUT_THEM_TAG
from voicecoach.coaching.cues.question_forms import ASK_LEAVE as ASK_LEAVE
from voicecoach.coaching.cues.question_forms import ASKED_OF_WORLD as ASKED_OF_WORLD
from voicecoach.coaching.cues.question_forms import CHOICE_ASKED as CHOICE_ASKED
from voicecoach.coaching.cues.question_forms import ECHO_BACK as ECHO_BACK
from voicecoach.coaching.cues.question_forms import ECHO_LAST as ECHO_LAST
from voicecoach.coaching.cues.question_forms import (
    HANDED_BACK_AFTER_TELLING as HANDED_BACK_AFTER_TELLING,
)
from voicecoach.coaching.cues.question_forms import HANDED_BACK_THEN_ASKED as HANDED_BACK_THEN_ASKED
from voicecoach.coaching.cues.question_forms import HAVE_ANY as HAVE_ANY
from voicecoach.coaching.cues.question_forms import INFO_ASKED as INFO_ASKED
from voicecoach.coaching.cues.question_forms import OF_IT as OF_IT
from voicecoach.coaching.cues.question_forms import OPINION_ASKED as OPINION_ASKED
from voicecoach.coaching.cues.question_forms import STORY_CHOICE as STORY_CHOICE
from voicecoach.coaching.cues.question_forms import TAG as TAG
from voicecoach.coaching.cues.question_forms import WH_FIRST as WH_FIRST
from voicecoach.coaching.cues.question_forms import asks_only_the_way as asks_only_the_way
from voicecoach.coaching.cues.question_forms import echo_fits as echo_fits
from voicecoach.coaching.cues.question_forms import opinion_asked as opinion_asked
from voicecoach.coaching.cues.question_forms import without_echo as without_echo
from voicecoach.coaching.cues.question_forms import without_lead_in as without_lead_in
from voicecoach.coaching.cues.question_forms import yours_named as yours_named
from voicecoach.coaching.cues.reactions import ABOUT_SCENE as ABOUT_SCENE
from voicecoach.coaching.cues.reactions import APPRECIATE as APPRECIATE
from voicecoach.coaching.cues.reactions import AVOID_ORDER as AVOID_ORDER
from voicecoach.coaching.cues.reactions import DOWNBEAT as DOWNBEAT
from voicecoach.coaching.cues.reactions import EXCUSE_ASKED as EXCUSE_ASKED
from voicecoach.coaching.cues.reactions import GOOD_VIEW as GOOD_VIEW
from voicecoach.coaching.cues.reactions import HARD as HARD
from voicecoach.coaching.cues.reactions import HEARD_OF_EVENT as HEARD_OF_EVENT
from voicecoach.coaching.cues.reactions import LOVED_IT as LOVED_IT
from voicecoach.coaching.cues.reactions import MILD_ANSWER as MILD_ANSWER
from voicecoach.coaching.cues.reactions import NEGATIVE_START as NEGATIVE_START
from voicecoach.coaching.cues.reactions import NON_ANSWER as NON_ANSWER
from voicecoach.coaching.cues.reactions import NOT_HARD as NOT_HARD
from voicecoach.coaching.cues.reactions import OWN_LIFE as OWN_LIFE
from voicecoach.coaching.cues.reactions import OWN_NEWS_ASKED as OWN_NEWS_ASKED
from voicecoach.coaching.cues.reactions import PRAISE as PRAISE
from voicecoach.coaching.cues.reactions import PRAISE_OF_YOU as PRAISE_OF_YOU
from voicecoach.coaching.cues.reactions import PRAISED_THING as PRAISED_THING
from voicecoach.coaching.cues.reactions import SHARED_DISLIKE as SHARED_DISLIKE
from voicecoach.coaching.cues.reactions import SHORT_ANSWER as SHORT_ANSWER
from voicecoach.coaching.cues.reactions import SHORT_APPRECIATE as SHORT_APPRECIATE
from voicecoach.coaching.cues.reactions import TELL_MORE as TELL_MORE
from voicecoach.coaching.cues.reactions import THANKS as THANKS
from voicecoach.coaching.cues.reactions import WEATHER_MOAN as WEATHER_MOAN
from voicecoach.coaching.cues.reactions import joking as joking
from voicecoach.coaching.cues.reactions import not_meant_as as not_meant_as
from voicecoach.coaching.cues.reactions import own_moan as own_moan
from voicecoach.coaching.cues.settled import ARRIVED_LATELY as ARRIVED_LATELY
from voicecoach.coaching.cues.settled import ASKED_IF_BEEN_BEFORE as ASKED_IF_BEEN_BEFORE
from voicecoach.coaching.cues.settled import ASKS_IF_JUST_MOVED as ASKS_IF_JUST_MOVED
from voicecoach.coaching.cues.settled import CALLS_ITSELF_NEW as CALLS_ITSELF_NEW
from voicecoach.coaching.cues.settled import DONE_BEFORE as DONE_BEFORE
from voicecoach.coaching.cues.settled import DURATION as DURATION
from voicecoach.coaching.cues.settled import FIRST_TIME_SAID as FIRST_TIME_SAID
from voicecoach.coaching.cues.settled import HERE_SINCE as HERE_SINCE
from voicecoach.coaching.cues.settled import HOW_LONG_ASKED as HOW_LONG_ASKED
from voicecoach.coaching.cues.settled import HOW_LONG_SAID as HOW_LONG_SAID
from voicecoach.coaching.cues.settled import HOW_NEW_SAID as HOW_NEW_SAID
from voicecoach.coaching.cues.settled import HOW_SETTLED as HOW_SETTLED
from voicecoach.coaching.cues.settled import JUST_MOVED_SAID as JUST_MOVED_SAID
from voicecoach.coaching.cues.settled import KNOW_MANY as KNOW_MANY
from voicecoach.coaching.cues.settled import LIVED_HERE as LIVED_HERE
from voicecoach.coaching.cues.settled import LIVING_WORDS as LIVING_WORDS
from voicecoach.coaching.cues.settled import LONG_STAY as LONG_STAY
from voicecoach.coaching.cues.settled import NEW_HERE as NEW_HERE
from voicecoach.coaching.cues.settled import NEW_SAID as NEW_SAID
from voicecoach.coaching.cues.settled import NEWCOMER as NEWCOMER
from voicecoach.coaching.cues.settled import POINTS_BACK as POINTS_BACK
from voicecoach.coaching.cues.settled import SHORT_STAY as SHORT_STAY
from voicecoach.coaching.cues.settled import as_been_before as as_been_before
from voicecoach.coaching.cues.settled import own_duration as own_duration
from voicecoach.coaching.cues.settled import own_first_time as own_first_time
from voicecoach.coaching.cues.slips import HEARD_AS as HEARD_AS
from voicecoach.coaching.cues.slips import PARDON as PARDON
from voicecoach.coaching.cues.slips import SLOWER as SLOWER
from voicecoach.coaching.cues.slips import heard as heard
from voicecoach.coaching.cues.slips import meaning_asked as meaning_asked
from voicecoach.coaching.cues.slips import with_dropped_it as with_dropped_it

__all__ = [
    "ABOUT_OTHERS",
    "ABOUT_SCENE",
    "ABOUT_THE_STORY",
    "ADVICE",
    "AGAIN",
    "ALONE",
    "APPRECIATE",
    "ASK_LEAVE",
    "AVOID_ORDER",
    "BACK_REFERENCE",
    "COMMON_WORDS",
    "DOWNBEAT",
    "ELSEWHERE",
    "FAREWELL",
    "GETTING_ABOUT",
    "GOOD_NEWS_OF_KIN",
    "GOOD_VIEW",
    "GUESS",
    "HARD",
    "HEARD_AS",
    "HEARD_OF_EVENT",
    "HOME_FROM_HOSPITAL",
    "INVITATION",
    "KIN",
    "LIKE_IT",
    "LIKE_THERE",
    "LOWER_STARTS",
    "NEARBY",
    "NERVOUS",
    "NEW_HERE",
    "NON_ANSWER",
    "NOT_HARD",
    "OWN_LIFE",
    "PARDON",
    "PASTIME",
    "PLACE_REQUEST",
    "PRAISE",
    "REPORTED",
    "RIGHT_PLACE",
    "SEAT",
    "SENTENCE_END",
    "SHARED_DISLIKE",
    "SHORT_ANSWER",
    "SHORT_APPRECIATE",
    "TAG",
    "TELL_MORE",
    "THANKS",
    "WORKPLACE",
    "YES_NO_START",
    "YES_NO_WORD",
    "advice_stems",
    "advice_subject",
    "content_stems",
    "echo_fits",
    "heard",
    "of_yours",
    "own_moan",
    "place_question",
    "place_thing",
    "sentence_keys",
    "split_clause",
    "stem",
    "without_echo",
    "without_lead_in",
    "word_roots",
]
