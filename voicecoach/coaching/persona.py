"""Scenarios and the persona cards of the people the user talks to (prompts/scenarios/*.toml).

A scenario is a place and an opening line; a persona card is who answers there: a name and, per
topic, a fact with a short answer, a yes/no answer, a story told in steps on "tell me more", and
a question to ask back. A scenario holds two or three cards; a session draws one (and the order
the partner brings up topics) from its seed. The format is in prompts/README.md; every problem
is a PackError that names the file and says what to write instead.

Users keep their own scenarios in `scenarios/` under the settings folder
(~/.config/voicecoach/scenarios, or $VOICECOACH_SCENARIOS); one with the id of a built-in
scenario replaces it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from voicecoach.coaching.everyday import everyday_ids
from voicecoach.config import default_config_path
from voicecoach.errors import ConfigError, PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.topics import Topic

__all__ = [
    "CARD_TOPICS",
    "Fact",
    "Persona",
    "Scenario",
    "ScenarioInfo",
    "SilencePlan",
    "find_scenarios",
    "list_scenarios",
    "load_scenario",
    "load_scenario_file",
    "scenario_names",
    "scenarios_dir",
    "user_scenarios_dir",
]

# The topics every built-in card covers; users' cards need only a name and one fact.
CARD_TOPICS = (Topic.REASON, Topic.WORK, Topic.HOME, Topic.HOBBIES, Topic.RECENT, Topic.PLANS,
               Topic.FOOD, Topic.MUSIC, Topic.PETS, Topic.FAMILY, Topic.SETTING)
# A topic the card has no fact for is answered from a close one ("your trip" -> recent news).
FALLBACK: Mapping[Topic, Topic] = {Topic.TRAVEL: Topic.RECENT, Topic.FAMILY: Topic.HOME}
_YES_NO = re.compile(r"^(yes|yeah|yep|no|nope|not|sort of|kind of|i am|i do|"
                     r"i have|i did|i'm not|i don't|i haven't|i didn't|oh yes|oh no|definitely|"
                     r"absolutely|it is|it was)\b", re.IGNORECASE)
_SCENARIO_KEYS = frozenset({"id", "title", "scene", "opening", "opening_topic", "closing",
                            "closing_after_card", "opening_mistaken", "silence", "persona",
                            "advice", "place_words", "local", "user_is_new", "user_status"})
USER_STATUSES = ("new_job", "student", "retired", "seeking")
_FACT_KEYS = frozenset({"answer", "yes_no", "story", "ask", "advice"})
_SILENCE_KEYS = frozenset({"nudge_after_s", "hint_after_s", "nudges", "hints"})
_ID = re.compile(r"^[a-z0-9_-]+$")
SCENARIOS_ENV = "VOICECOACH_SCENARIOS"


@dataclass(frozen=True)
class Fact:
    """One thing the partner can tell about themselves."""

    topic: Topic
    answer: str  # to a wh-question: "What do you do?"
    yes_no: str  # to a yes/no question on the topic, starting with yes or no
    story: tuple[str, ...]  # told a step at a time on "tell me more"
    ask: str  # the question the partner asks back on this topic
    advice: str | None = None  # to "what would you recommend?" on this topic

    def lines(self) -> tuple[str, ...]:
        return (self.answer, self.yes_no, *self.story, self.ask,
                *((self.advice,) if self.advice else ()))


@dataclass(frozen=True)
class Persona:
    name: str
    facts: Mapping[Topic, Fact]
    # answers to everyday questions no topic covers, by their id in prompts/everyday.toml
    everyday: Mapping[str, str] = field(default_factory=dict)

    def fact(self, topic: Topic | None) -> Fact | None:
        if topic is None:
            return None
        found = self.facts.get(topic)
        if found is None and topic in FALLBACK:
            found = self.facts.get(FALLBACK[topic])
        return found


@dataclass(frozen=True)
class SilencePlan:
    """What happens when the user says nothing after the partner's line (0 s: never)."""

    nudge_after_s: float = 7.0  # the partner nudges ("So, what brings you here?")
    hint_after_s: float = 16.0  # the coach offers a hint from the guide
    nudges: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalFact:
    """What anyone at the scene knows ("the toilets are past the lifts"): asked with one of
    `words`, every persona says `answer`."""

    words: tuple[str, ...]  # lower case; a phrase of several words is matched whole
    answer: str


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    scene: str
    opening: str | None
    closing: str
    personas: tuple[Persona, ...]
    opening_topic: Topic | None = None  # what the opening line asks about
    silence: SilencePlan = field(default_factory=SilencePlan)
    advice: tuple[str, ...] = ()  # general recommendations when no fact has one
    # What "the place" is called here ("the neighbourhood", "the office"): asked what it is
    # like, the partner answers with its setting fact.
    place_words: tuple[str, ...] = ()
    local: tuple[LocalFact, ...] = ()  # what anyone here knows
    # The parting line once the partner has handed over its card ("here's my card" twice
    # sounds like a machine); the plain closing when None.
    closing_after_card: str | None = None
    # Said first when the user denies being who the opening took them for ("no, first time").
    opening_mistaken: str | None = None
    # The user is new here (the neighbour who has just moved in, the first day at work): asked
    # how they are finding it, never what they like most about where they live.
    user_is_new: bool = False
    # What the user is taken to be at work here ("new_job" on a first day): asked what they
    # will be doing, never "what's the best part of your job?" (None: nothing assumed).
    user_status: str | None = None
    source: Path | None = None

    @property
    def partner(self) -> str:
        """The first persona's name (the one a session with no seed variety would use)."""
        return self.personas[0].name

    def all_lines(self) -> list[str]:
        lines = [self.scene, self.closing] + ([self.opening] if self.opening else [])
        lines += [line for line in (self.closing_after_card, self.opening_mistaken) if line]
        lines += [*self.advice, *self.silence.nudges, *self.silence.hints]
        lines += [fact.answer for fact in self.local]
        return lines + [line for persona in self.personas for fact in persona.facts.values()
                        for line in fact.lines()]


@dataclass(frozen=True)
class ScenarioInfo:
    id: str
    title: str
    path: Path
    yours: bool  # from the user's own folder


def scenarios_dir() -> Path:
    return prompts_dir() / "scenarios"


def user_scenarios_dir() -> Path:
    """$VOICECOACH_SCENARIOS, else `scenarios/` next to the settings file."""
    override = os.environ.get(SCENARIOS_ENV)
    return Path(override).expanduser() if override else default_config_path().parent / "scenarios"


# ---------------------------------------------------------------------------- checking


def _text(path: Path, where: str, value: object, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise PackError(f'{path}: {where}: `{key}` must be a line of text in quotes, '
                        f'like {key} = "..."')
    return value.strip()


def _texts(path: Path, where: str, value: object, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise PackError(f'{path}: {where}: `{key}` must be a list of lines, '
                        f'like {key} = ["first", "second"]')
    return tuple(v.strip() for v in value)


def _fact(path: Path, persona: str, topic: Topic, table: object) -> Fact:
    where = f"persona '{persona}', [{topic.value}]"
    if not isinstance(table, dict):
        raise PackError(f"{path}: {where} must be a table of answer, yes_no, story and ask")
    unknown = sorted(set(table) - _FACT_KEYS)
    if unknown:
        raise PackError(f"{path}: {where} has unknown key(s) {', '.join(unknown)}; "
                        f"the keys are {', '.join(sorted(_FACT_KEYS))}")
    missing = [key for key in ("answer", "yes_no", "story", "ask") if key not in table]
    if missing:
        raise PackError(f"{path}: {where} is missing {', '.join(missing)}; a fact needs an "
                        "answer, a yes_no answer, a story of 2 or 3 steps and a question to ask")
    yes_no = _text(path, where, table["yes_no"], "yes_no")
    if not _YES_NO.match(yes_no):
        raise PackError(f"{path}: {where}: `yes_no` must start with yes or no (or 'not "
                        f"really', 'I do', ...), since it answers a yes/no question: {yes_no!r}")
    story = _texts(path, where, table["story"], "story")
    if not 2 <= len(story) <= 4:
        raise PackError(f"{path}: {where}: `story` needs 2 or 3 steps (at most 4)")
    ask = _text(path, where, table["ask"], "ask")
    if not ask.endswith("?"):
        raise PackError(f"{path}: {where}: `ask` is a question; end it with '?': {ask!r}")
    advice = table.get("advice")
    return Fact(topic, _text(path, where, table["answer"], "answer"), yes_no, story, ask,
                None if advice is None else _text(path, where, advice, "advice"))


def _persona(path: Path, table: object, position: int) -> Persona:
    if not isinstance(table, dict):
        raise PackError(f"{path}: persona {position} is not a table; start it with [[persona]]")
    name = _text(path, f"persona {position}", table.get("name"), "name")
    facts: dict[Topic, Fact] = {}
    everyday: dict[str, str] = {}
    for key, value in table.items():
        if key == "name":
            continue
        if key == "everyday":
            everyday = _everyday(path, name, value)
            continue
        topic = Topic.parse(key)
        if topic is None or topic is Topic.NAME:
            known = ", ".join(t.value for t in Topic if t is not Topic.NAME)
            raise PackError(f"{path}: persona '{name}' has unknown topic [{key}]; "
                            f"the topics are {known}")
        facts[topic] = _fact(path, name, topic, value)
    if not facts:
        raise PackError(f"{path}: persona '{name}' has no facts; add at least one topic table, "
                        "like [persona.work], with answer, yes_no, story and ask")
    return Persona(name, facts, everyday)


def _everyday(path: Path, name: str, table: object) -> dict[str, str]:
    """[persona.everyday]: an answer per everyday question, by its id."""
    known = everyday_ids()
    if not isinstance(table, dict):
        raise PackError(f"{path}: persona '{name}': [persona.everyday] must be a table of "
                        "answers, like grew_up = \"By the sea, in Cornwall.\"")
    unknown = sorted(set(table) - known)
    if unknown:
        raise PackError(f"{path}: persona '{name}': [persona.everyday] has unknown question(s) "
                        f"{', '.join(unknown)}; the questions are {', '.join(sorted(known))} "
                        "(prompts/everyday.toml)")
    return {key: _text(path, f"persona '{name}' [everyday]", value, key)
            for key, value in table.items()}


def _silence(path: Path, table: object) -> SilencePlan:
    if table is None:
        return SilencePlan()
    if not isinstance(table, dict) or set(table) - _SILENCE_KEYS:
        raise PackError(f"{path}: [silence] takes only {', '.join(sorted(_SILENCE_KEYS))}")
    times: dict[str, float] = {}
    for key in ("nudge_after_s", "hint_after_s"):
        value = table.get(key, getattr(SilencePlan(), key))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise PackError(f"{path}: [silence] {key} must be seconds, 0 or more (0: never)")
        times[key] = float(value)
    return SilencePlan(
        nudges=_texts(path, "[silence]", table.get("nudges", []), "nudges"),
        hints=_texts(path, "[silence]", table.get("hints", []), "hints"), **times)


@lru_cache(maxsize=64)
def _read(path: Path, mtime_ns: int) -> dict[str, Any]:
    """A scenario file's TOML, read once per version of the file."""
    return load_toml(path)


def _toml(path: Path) -> dict[str, Any]:
    try:
        return _read(path, path.stat().st_mtime_ns)
    except OSError as error:
        raise PackError(f"{path}: cannot be read ({error.strerror})") from None


def load_scenario_file(path: Path) -> Scenario:
    """One scenario file, checked."""
    try:
        data = _toml(path)
    except ConfigError as error:
        raise PackError(str(error)) from None
    unknown = sorted(set(data) - _SCENARIO_KEYS)
    if unknown:
        hint = (" (the old [replies] tables are replaced by [[persona]] cards)"
                if "replies" in unknown else "")
        raise PackError(f"{path}: unknown key(s) {', '.join(unknown)}{hint}; the keys are "
                        f"{', '.join(sorted(_SCENARIO_KEYS))}; see prompts/README.md")
    for key in ("id", "title", "scene", "closing", "persona"):
        if key not in data:
            raise PackError(f"{path}: missing `{key}`; see prompts/README.md, Scenarios")
    scenario_id = _text(path, "scenario", data["id"], "id")
    if not _ID.match(scenario_id):
        raise PackError(f"{path}: `id` {scenario_id!r} must be lower-case letters, digits, "
                        "'_' or '-'")
    tables = data["persona"]
    if not isinstance(tables, list) or not tables:
        raise PackError(f"{path}: write each persona card under a [[persona]] header "
                        "(two brackets), at least one")
    personas = tuple(_persona(path, table, n) for n, table in enumerate(tables, 1))
    opening_topic = None
    if "opening_topic" in data:
        raw = data["opening_topic"]
        opening_topic = Topic.parse(raw) if isinstance(raw, str) else None
        if opening_topic is None:
            raise PackError(f"{path}: `opening_topic` {raw!r} is not a topic; use one of "
                            f"{', '.join(t.value for t in Topic)}")
    opening = data.get("opening")
    after_card = data.get("closing_after_card")
    mistaken = data.get("opening_mistaken")
    user_is_new = data.get("user_is_new", False)
    if not isinstance(user_is_new, bool):
        raise PackError(f"{path}: `user_is_new` must be true or false")
    user_status = data.get("user_status")
    if user_status is not None and user_status not in USER_STATUSES:
        raise PackError(f"{path}: `user_status` {user_status!r} is not one of "
                        f"{', '.join(USER_STATUSES)}")
    return Scenario(
        id=scenario_id, title=_text(path, "scenario", data["title"], "title"),
        scene=_text(path, "scenario", data["scene"], "scene"),
        opening=None if opening is None else _text(path, "scenario", opening, "opening"),
        closing=_text(path, "scenario", data["closing"], "closing"), personas=personas,
        opening_topic=opening_topic, silence=_silence(path, data.get("silence")),
        advice=_texts(path, "scenario", data.get("advice", []), "advice"),
        place_words=tuple(word.lower() for word in _texts(
            path, "scenario", data.get("place_words", []), "place_words")),
        local=_local_facts(path, data.get("local", [])),
        closing_after_card=None if after_card is None else _text(
            path, "scenario", after_card, "closing_after_card"),
        opening_mistaken=None if mistaken is None else _text(
            path, "scenario", mistaken, "opening_mistaken"),
        user_is_new=user_is_new, user_status=user_status, source=path)


def _local_facts(path: Path, tables: object) -> tuple[LocalFact, ...]:
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise PackError(f"{path}: write each local fact under a [[local]] header (two "
                        "brackets) with `words` and `answer`")
    facts = []
    for n, table in enumerate(tables, 1):
        where = f"[[local]] {n}"
        unknown = sorted(set(table) - {"words", "answer"})
        if unknown or "words" not in table or "answer" not in table:
            raise PackError(f"{path}: {where} needs `words` and `answer` (and nothing else"
                            f"{': not ' + ', '.join(unknown) if unknown else ''})")
        words = tuple(word.lower() for word in _texts(path, where, table["words"], "words"))
        if not words:
            raise PackError(f"{path}: {where}: `words` needs at least one word")
        facts.append(LocalFact(words, _text(path, where, table["answer"], "answer")))
    return tuple(facts)


# ---------------------------------------------------------------------------- finding


def find_scenarios() -> list[ScenarioInfo]:
    """Every scenario, built-in and the user's (theirs replaces a built-in of the same id),
    sorted by id. A user's file that cannot be read is skipped here and reported on use."""
    found: dict[str, ScenarioInfo] = {}
    folders = [(scenarios_dir(), False), (user_scenarios_dir(), True)]
    for folder, yours in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                data = _toml(path)
            except (ConfigError, PackError):
                data = {}
            scenario_id = str(data.get("id") or path.stem).lower()
            title = str(data.get("title") or "(cannot be read: run `voicecoach practice "
                        f"--scenario {path.stem}` to see why)")
            found[scenario_id] = ScenarioInfo(scenario_id, title, path, yours)
    return [found[key] for key in sorted(found)]


def list_scenarios() -> list[str]:
    return [info.id for info in find_scenarios()]


def scenario_names() -> list[str]:
    """The scenarios' file names, without reading them (for help texts)."""
    folders = [folder for folder in (scenarios_dir(), user_scenarios_dir()) if folder.is_dir()]
    return sorted({path.stem.lower() for folder in folders for path in folder.glob("*.toml")})


def load_scenario(name: str) -> Scenario:
    """The scenario called `name` (its id or file name, any case)."""
    wanted = name.strip().lower()
    for info in find_scenarios():
        if wanted in (info.id, info.path.stem.lower()):
            return load_scenario_file(info.path)
    known = ", ".join(list_scenarios())
    raise PackError(f"no scenario {name!r}; choose one of: {known} (or add your own to "
                    f"{user_scenarios_dir()}, see `voicecoach scenarios`)")
