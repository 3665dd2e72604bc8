"""The partner's wording, prompts/partner.toml: the lines around the facts, loaded and checked."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.moves import AVOID_TOPICS
from voicecoach.understanding.topics import Topic


@dataclass(frozen=True)
class PartnerWording:
    """prompts/partner.toml: the lines around the facts."""

    lines: Mapping[str, tuple[str, ...]]
    follow_up: Mapping[Topic, tuple[str, ...]]
    questions: Mapping[Topic, tuple[str, ...]]
    # What a word the partner may say means, for "what does 'freelance' mean?"
    glossary: Mapping[str, str] = field(default_factory=dict)

    REQUIRED = ("greet_named", "greet", "greet_again", "own_name", "thanks", "compliment_back",
                "repeat_prefix", "react_work", "react_like", "react_place", "react",
                "common_ground", "avoid", "unclear", "advice_unknown", "no_fact", "no_answer",
                "story_done", "yes", "welcome", "farewell", "reassure", "greet_name_later",
                "callback_field", "react_field", "react_job", "callback_job",
                "callback_work", "callback_like", "callback_place", "new_here",
                "unanswered")

    # Optional: the avoid-topic's own step away, before the shared `avoid` lines.
    OPTIONAL = (*(f"avoid_{label}" for label in sorted(AVOID_TOPICS, key=str)),
                "common_dislike", "back_soon", "reassure_doubt", "react_down", "react_mild",
                "recall_said", "favourite_about", "sometimes", "a_little", "which_one", "react_pet",
                "react_trip_ahead", "react_duration_short", "pardon_asked", "pardon_said",
                "sympathy",
                "correct", "confirm", "near_miss", "react_duration", "react_agree",
                "reassure_alone", "right_place", "accept_invitation", "react_same_job", "seat_free",
                "sorry_news", "sorry_brief", "comfort", "congratulate", "congratulate_brief",
                "fine_thanks", "react_neutral", "know_people", "recall_name", "recall_place",
                "recall_job", "recall_work", "recall_field", "recall_like", "recall_untold",
                "apology_accepted", "offer_thanks", "happy_birthday", "happy_birthday_brief",
                "happy_birthday_soon", "happy_birthday_soon_brief",
                "how_long_untold", "react_same_team", "like_it", "glad_for_you",
                "know_people_many", "enjoy_it", "glad_for_them", "glad_home", "give_my_best",
                "going_alone", "why_this_job", "recall_said_gently", "advice_talking",
                "advice_apologising", "with_a_mix", "advice_hard_talk", "own_age",
                "advice_leaving", "advice_friends", "tip_made_plain", "why_improvised",
                "how_started_improvised",
                "what_next_improvised", "who_improvised",
                "follow_up_student", "follow_up_retired", "follow_up_seeking",
                "reassure_language", "missed_it",
                "not_yet", "dont_have", "offer_later_thanks", "remembered", "its_name",
                "give_card", "not_odd", "name_right", "name_wrong", "react_trip",
                "not_been_there", "dont_know_anyone", "no_local", "own_mistake",
                "follow_up_new_job", "dont_know_them", "same_name", "farewell_plan",
                "good_luck", "greet_known", "greet_known_named", "not_sure_thing", "slower",
                "local_guess", "local_own", "react_dread", "react_left_alone", "react_change",
                "react_first_time", "react_learning", "react_miss_them", "age_lost_count",
                "accept_time", "advice_nerves", "weigh_up", "help_yes", "reassure_worry",
                "recall_thing", "join_welcome",
                "not_yet_plain", "names_too", "explain",
                "explain_unknown", "not_at_all", "wish_luck", "opinion_open", "mishap",
                "mishap_brief", "not_sure_advice", "moving_away", "moving_away_brief",
                "thrilled", "thrilled_brief", "farewell_kind", "card_back", "not_much", "no_trip",
                "not_sure_world", "hardest_part", "react_enjoyed", "react_kids",
                "introduce",
                "know_colleague", "share_own", "yes_mine_one", "yes_mine_many",
                "yes_made", "permission", "hiring", "agree_about_them", "not_heard",
                "connect", "accept_treat", "accept_plan", "agree_favour", "quiet_days",
                "both_really", "think_so", "quite_a_few", "yes_from", "pick_one", "pick_course",
                "help_what", "help_when", "help_need", "help_then", "recall_plan", "lend_yes",
                "not_seen", "not_seen_them", "not_quite",
                "live_alone",
                "comfort_on", "proud_of_you", "yes_short", "no_from", "change_subject",
                "react_wow", "fine_for_me", "like_thing",
                "heard_nothing", "no_harm", "advice_names",
                "hope_so", "react_answer",
                "not_weird", "welcome_new", "reassure_self",
                "mishap_own", "mishap_own_brief", "any_time", "practice", "never_tried",
                "go_for_it", "not_okay", "quite_normal",
                "story_pick", "laugh", "laugh_brief", "advice_calm",
                "condolence_thanks", "not_odd_sad", "glad_better",
                "confirm_own")

    @classmethod
    def load(cls, path: Path | None = None) -> PartnerWording:
        return _load_wording(path or prompts_dir() / "partner.toml")

    def fixed_lines(self) -> list[str]:
        """The lines with no placeholder to fill (they can be synthesised ahead)."""
        every = [line for group in self.lines.values() for line in group]
        every += [line for group in self.follow_up.values() for line in group]
        every += [line for group in self.questions.values() for line in group]
        return [line for line in every if "{" not in line]

    def templates(self) -> list[str]:
        """The lines with a placeholder, filled in at run time."""
        every = [line for group in self.lines.values() for line in group]
        every += [line for group in self.follow_up.values() for line in group]
        every += [line for group in self.questions.values() for line in group]
        return [line for line in every if "{" in line]


def _by_topic(path: Path, table: object, key: str) -> dict[Topic, tuple[str, ...]]:
    if not isinstance(table, dict):
        raise PackError(f"{path}: [{key}] must be a table of topic = [lines]")
    result: dict[Topic, tuple[str, ...]] = {}
    for name, lines in table.items():
        topic = Topic.parse(name)
        if topic is None or not isinstance(lines, list) or not all(
                isinstance(line, str) for line in lines):
            raise PackError(f"{path}: [{key}] {name}: use a topic ("
                            f"{', '.join(t.value for t in Topic)}) = a list of lines")
        result[topic] = tuple(lines)
    return result


@lru_cache(maxsize=4)
def _load_wording(path: Path) -> PartnerWording:
    data: dict[str, Any] = load_toml(path)
    lines: dict[str, tuple[str, ...]] = {}
    for key in PartnerWording.REQUIRED:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise PackError(f"{path}: `{key}` must be a list of at least one line")
        lines[key] = tuple(value)
    for key in PartnerWording.OPTIONAL:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PackError(f"{path}: `{key}` must be a list of lines")
        lines[key] = tuple(value)
    glossary = data.get("glossary", {})
    if not isinstance(glossary, dict) or not all(
            isinstance(word, str) and isinstance(meaning, str)
            for word, meaning in glossary.items()):
        raise PackError(f"{path}: [glossary] must map each word to what it means, as text")
    return PartnerWording(lines, _by_topic(path, data.get("follow_up", {}), "follow_up"),
                          _by_topic(path, data.get("questions", {}), "questions"),
                          {word.lower(): meaning for word, meaning in glossary.items()})
