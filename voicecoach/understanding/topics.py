"""What a line is about (work, the host, hobbies, ...) and what kind of question it asks.

Topics come from the topic packs in prompts/topics/ (`[[topic]]` tables, format in
prompts/README.md). They go through the same `Matcher` as the move packs: each topic entry
becomes a `Pattern`, and the matcher's answer is read back by pattern id. The question kind
(yes/no, wh-, "and you?") reuses the word-order rules of questions.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from pathlib import Path

from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding import textnorm
from voicecoach.understanding.match import Matcher
from voicecoach.understanding.moves import MoveLabel, Pattern
from voicecoach.understanding.questions import (
    AUX,
    PRONOUNS,
    WH,
    QuestionForm,
    find_questions,
)

__all__ = [
    "LineTopics",
    "QuestionKind",
    "Topic",
    "TopicEntry",
    "TopicFinder",
    "load_topic_patterns",
    "question_kind",
    "read_clauses",
]


class Topic(str, Enum):
    """What a line is about. The persona cards answer these (see prompts/README.md)."""

    NAME = "name"  # the partner's name
    REASON = "reason"  # how they know the host, or what brings them here
    WORK = "work"
    HOME = "home"  # where they live or come from
    HOBBIES = "hobbies"
    RECENT = "recent"  # what they have been up to lately
    TRAVEL = "travel"
    PLANS = "plans"
    FOOD = "food"
    MUSIC = "music"
    PETS = "pets"
    FAMILY = "family"
    SETTING = "setting"  # the event, the place, the evening itself

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, name: str) -> Topic | None:
        try:
            return cls(name.strip().lower())
        except ValueError:
            return None


class QuestionKind(str, Enum):
    NONE = "none"  # not a question
    YES_NO = "yes_no"  # "do you live around here?", "..., isn't it?"
    WH = "wh"  # "what do you do?"
    AND_YOU = "and_you"  # "and you?", "what about you?": the same question, handed back


# The matcher needs a move label on every pattern; topic patterns carry this one, which no
# matcher rule treats specially, and are read back by their pattern id only.
_CARRIER_LABEL = MoveLabel.ENCOURAGER
# Stricter than the move packs' default: topic examples are short and alike ("have you eaten",
# "have you been ...") and a wrong topic gives a reply about the wrong thing.
DEFAULT_MIN_SCORE = 92.0
_KNOWN_KEYS = frozenset({"id", "topic", "examples", "cues", "min_score", "yields"})
# A short clause starting with these asks ("what subject"); "how" mostly exclaims ("how nice").
_SHORT_WH = frozenset("what which where when who why".split())
# After a leading "any": not a question ("any time!", "any more").
_ANY_NOT_ASKING = frozenset("time more way day one how".split())
# After "or", these leave a yes/no question as it was: "are you staying or not", "a drink or
# something", "a year or two", "or so", "or anything", "or what".
_SOFT_OR = frozenset("not no nope something anything so two three what whatever".split())
_IN_SITU = frozenset("what where which who when".split())  # asked in place, not first
# A question of two words after a statement, handing it back: "I live nearby. do you?"
_ECHO = re.compile(r"^(do|did|are|were|have|would|will|can|could) you( too| also| as well)?$")
_NAME_GIVEN = re.compile(r"\b((?i:called|named)) [A-Z][a-z]+\b")
# "... between me and you", "... for him and you": no question handed back.
_NOT_HANDING_BACK = frozenset("me you with for to between of from like than".split())
_AND_YOU_WORDS = frozenset({"and", "you", "what", "about", "how", "yourself", "so", "but",
                            "bout", "u", "ya"})


@dataclass(frozen=True)
class LineTopics:
    """The topics of one line, the most confident first: those of its questions (`asked`)
    and those of its statements (`told`), and the kind of its last question."""

    asked: tuple[Topic, ...]
    told: tuple[Topic, ...]
    question: QuestionKind
    # The best topic of each question clause, in the order asked: "what do you do, and do
    # you live around here?" asks two things and wants two answers.
    each: tuple[Topic, ...] = ()

    @property
    def topics(self) -> tuple[Topic, ...]:
        return self.asked + tuple(t for t in self.told if t not in self.asked)

    @property
    def main(self) -> Topic | None:
        return self.topics[0] if self.topics else None


def topic_dir() -> Path:
    return prompts_dir() / "topics"


@dataclass(frozen=True)
class TopicEntry:
    """One `[[topic]]` table: its pattern, its topic, and whether it is a bare frame that
    yields ("what do you do" asks of work only when nothing else in the line names a topic:
    "what do you do in your spare time?" asks of hobbies)."""

    pattern: Pattern
    topic: Topic
    yields: bool = False


def _topic_pattern(path: Path, table: object, position: int) -> TopicEntry:
    if not isinstance(table, dict):
        raise PackError(f"{path}: entry {position} is not a table; start each with [[topic]]")
    entry_id = table.get("id")
    if not isinstance(entry_id, str) or not entry_id:
        raise PackError(f'{path}: topic entry {position} needs an `id`, like id = "work.job"')
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise PackError(f"{path}: topic '{entry_id}' has unknown key(s) {', '.join(unknown)}; "
                        f"the keys are {', '.join(sorted(_KNOWN_KEYS))}")
    raw = table.get("topic")
    topic = Topic.parse(raw) if isinstance(raw, str) else None
    if topic is None:
        raise PackError(f"{path}: topic '{entry_id}' has unknown topic {raw!r}; use one of: "
                        f"{', '.join(t.value for t in Topic)}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("examples", "cues"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise PackError(f"{path}: topic '{entry_id}': `{key}` must be a list of quoted "
                            f'phrases, like {key} = ["first", "second"]')
        lists[key] = tuple(item.strip() for item in value if item.strip())
    if not lists["examples"] and not lists["cues"]:
        raise PackError(f"{path}: topic '{entry_id}' needs `examples` or `cues`")
    min_score = table.get("min_score")
    if min_score is not None and (isinstance(min_score, bool)
                                  or not isinstance(min_score, (int, float))):
        raise PackError(f"{path}: topic '{entry_id}': `min_score` must be a number")
    yields = table.get("yields", False)
    if not isinstance(yields, bool):
        raise PackError(f"{path}: topic '{entry_id}': `yields` must be true or false")
    pattern = Pattern(
        id=f"topic:{entry_id}", label=_CARRIER_LABEL,
        examples=lists["examples"] or lists["cues"], cues=lists["cues"],
        min_score=DEFAULT_MIN_SCORE if min_score is None else float(min_score), source=path)
    return TopicEntry(pattern, topic, yields)


def load_topic_patterns(folders: Sequence[Path] = ()) -> tuple[TopicEntry, ...]:
    """The built-in topic packs, then each extra folder's; a later entry with the same id
    replaces an earlier one."""
    by_id: dict[str, TopicEntry] = {}
    for folder in (topic_dir(), *folders):
        if not folder.is_dir():
            raise PackError(f"{folder}: topic folder not found")
        for path in sorted(folder.rglob("*.toml")):
            data = load_toml(path)
            tables = data.get("topic", [])
            if not isinstance(tables, list) or set(data) - {"topic"}:
                raise PackError(f"{path}: a topic pack holds only [[topic]] tables")
            for number, table in enumerate(tables, 1):
                entry = _topic_pattern(path, table, number)
                by_id[entry.pattern.id] = entry
    return tuple(by_id.values())


def _clause_kind(clause: textnorm.Clause) -> QuestionKind:
    words = clause.words
    handed_back = bool(words) and len(words) <= 5 and set(words) <= _AND_YOU_WORDS and (
        "you" in words or "yourself" in words or "u" in words or "ya" in words)
    if (handed_back and words != ("you",)) or (
            clause.question_mark and words in (("you",), ("yourself",))):
        return QuestionKind.AND_YOU
    if (len(words) > 3 and words[-2] in ("and", "about") and words[-1] in ("you", "u", "yourself")
            and words[-3] not in _NOT_HANDING_BACK):
        # a run-on told with no stop before the hand-back: "the weekend i was in the beach with
        # my family it was very nice and you" (a tenth play-test: "Mm, right.")
        return QuestionKind.AND_YOU
    if (clause.question_mark and len(words) <= 8 and words[0] in ("you", "your")
            and any(word in _IN_SITU for word in words[max(2, len(words) - 2):])):
        return QuestionKind.WH  # a learner's "You make what job?", "you live where?"
    forms = {span.form for span in find_questions(words, clause.question_mark)}
    if not forms and len(words) >= 2 and words[0] == "any" and words[1] not in _ANY_NOT_ASKING:
        return QuestionKind.YES_NO  # "any plans for the summer": "have you got" dropped
    if not forms and 2 <= len(words) <= 4 and words[0] in _SHORT_WH and words[1] not in (
            "a", "an") and words[1] not in PRONOUNS:
        return QuestionKind.WH  # "what subject", "which one": spoken without a "?"
    if not forms:
        return QuestionKind.NONE
    if QuestionForm.OPEN in forms or _either_or(words) or (
            words[0] == "or" and len(words) > 1 and words[1] not in _SOFT_OR):
        # "tea or coffee?" is answered with a choice, not a yes; so is "do you all eat
        # together, or is it more at your desk?" (an eighth play-test's "Yes, Thursday curry")
        return QuestionKind.WH
    return QuestionKind.YES_NO


# Words said after a question that ask nothing themselves.
_TRAILING_TAGS = frozenset({("by", "the", "way"), ("then",), ("anyway",), ("though",),
                            ("by", "any", "chance"), ("just", "curious"), ("out", "of",
                                                                          "interest"),
                            ("if", "you", "do", "not", "mind", "me", "asking")})


# A name said after a question ("What's your role, Tom?"): no yes/no question of its own (it
# got "Yes, I'm in finance.").
_VOCATIVE = re.compile(r",\s*(?!(?:Really|Right|Yeah|Yes|No|Okay|Ok|You|Then|Though|Anyway|"
                       r"Too|Again|Eh|Huh)\b)[A-Z][a-z]+(?=\s*\?)")


def _either_or(words: Sequence[str]) -> bool:
    """Two choices offered ("tea or coffee", "do you prefer cats or dogs"), not a tag that only
    softens a yes/no question ("or not", "or something", "or two")."""
    return any(word == "or" and 0 < at < len(words) - 1 and words[at + 1] not in _SOFT_OR
               for at, word in enumerate(words))


def _clauses(text: str) -> list[textnorm.Clause]:
    """The clauses of `text`, a trailing "by the way?" giving its question mark back to the
    question before it (a play-tester's "what do you do, by the way?" was answered "Yes,
    ...")."""
    clauses = list(textnorm.clauses(_VOCATIVE.sub("", text)))
    for at in range(1, len(clauses)):
        # (a name typed in lower case after a wh-question, "what do you do, robin?", too)
        lone_name = (len(clauses[at].words) == 1 and len(clauses[at - 1].words) >= 3
                     and clauses[at - 1].words[0] in WH and not clauses[at - 1].question_mark
                     and clauses[at].words[0] not in WH)
        if (clauses[at].words in _TRAILING_TAGS or lone_name) and clauses[at].question_mark:
            clauses[at - 1] = replace(clauses[at - 1], question_mark=True)
            clauses[at] = replace(clauses[at], question_mark=False)
    return clauses


def read_clauses(text: str) -> list[tuple[str, bool]]:
    """Each clause of `text` as the topic finder reads it, and whether it asks something."""
    return [(" ".join(part.words), _clause_kind(part) is not QuestionKind.NONE)
            for clause in _clauses(text) for part in _split_at_new_question(clause)]


def question_kind(text: str, labels: Sequence[MoveLabel] = ()) -> QuestionKind:
    """What kind of question `text` asks, from word order (a "?" helps but is not needed):
    the kind of its last question, since that is the one waiting for an answer."""
    kinds = [kind for clause in _clauses(text)
             if (kind := _clause_kind(clause)) is not QuestionKind.NONE]
    if kinds:
        return kinds[-1]
    if text.rstrip().endswith((".", "!")):
        # a statement said as one: "it's been a hard month, I lost my job and had to move
        # somewhere cheaper." (a closed question to the classifier; the partner answered "Oh, I
        # couldn't say, really."). The labels stand for words with no stop, as heard.
        return QuestionKind.NONE
    if MoveLabel.OPEN_QUESTION in labels:
        return QuestionKind.WH
    if MoveLabel.CLOSED_QUESTION in labels:
        return QuestionKind.YES_NO
    return QuestionKind.NONE


class TopicFinder:
    """Topics of a line through a `Matcher` built from the topic packs (built once)."""

    def __init__(self, entries: Sequence[TopicEntry]) -> None:
        self._topic = {entry.pattern.id: entry.topic for entry in entries}
        self._yielding = frozenset(entry.pattern.id for entry in entries if entry.yields)
        self.matcher = Matcher([entry.pattern for entry in entries])

    @classmethod
    def default(cls) -> TopicFinder:
        return _default_finder()

    def topics_of(self, text: str) -> tuple[Topic, ...]:
        """The topics found in `text`, best match first (a question's dropped "do" is put
        back by the caller: `with_auxiliary`)."""
        topics: list[Topic] = []
        # Best first; of equal scores the longer match ("what do you do after work" is about
        # hobbies though it holds "what do you do").
        # A bare frame ("what do you do") comes after every topic the rest of the line names.
        matches = sorted(self.matcher.match(text).matches,
                         key=lambda m: (m.pattern_id in self._yielding, -m.score,
                                        -len(m.matched_words), m.pattern_id))
        for match in matches:
            topic = self._topic.get(match.pattern_id)
            if topic is not None and topic not in topics:
                topics.append(topic)
        return tuple(topics)

    def find(self, text: str, labels: Sequence[MoveLabel] = ()) -> LineTopics:
        # a name given is no topic: "My dog is called Biscuit." is of pets, not food
        text = _NAME_GIVEN.sub(r"\1", text)
        clauses = [part for clause in _clauses(text) for part in _split_at_new_question(clause)]
        asked: list[Topic] = []
        told: list[Topic] = []
        each: list[Topic] = []
        last = QuestionKind.NONE
        fronted: tuple[Topic, ...] = ()  # what a short fragment just before named
        for number, clause in enumerate(clauses):
            kind = _clause_kind(clause)
            if number and _ECHO.match(" ".join(clause.words)) and clause.question_mark:
                # "yeah I live nearby. do you?": the line's own question handed back (it got
                # "I'm not sure, to be honest")
                kind = QuestionKind.AND_YOU
            found = self.topics_of(" ".join(clause.words))
            if kind in (QuestionKind.NONE, QuestionKind.AND_YOU):
                # (a run-on ending "... it was very nice and you" told what it names)
                told.extend(t for t in found if t not in told)
                if kind is QuestionKind.AND_YOU:
                    last = kind
            else:
                last = kind
                if not found and fronted and _POINTS_BACK.intersection(clause.words):
                    # "But teaching maths - how did you get into that?": "that" is the fragment
                    # before, asked of (a thirtieth look got how it took up hiking)
                    found = fronted
                    told[:] = [t for t in told if t not in fronted]
                # the last question first: that is the one to answer
                asked[:0] = [t for t in found if t not in asked]
                if found and found[0] not in each:
                    each.append(found[0])
            fronted = (found if kind is QuestionKind.NONE and len(clause.words) <= 4
                       and not _SUBJECTS.intersection(clause.words) else ())
        if last is QuestionKind.NONE:
            last = question_kind(text, labels)
            if last is not QuestionKind.NONE:
                asked, told = told, []
        if NAME_WANTED.search(text) and Topic.NAME not in asked:
            # "I don't think I caught your name.", "you still haven't told me your name!",
            # "I'm Brenda, and you are...?" ask its name, said as a statement (a thirty-first
            # look: three asks, no name)
            asked.insert(0, Topic.NAME)
            told = [topic for topic in told if topic is not Topic.NAME]
            each = [Topic.NAME, *(topic for topic in each if topic is not Topic.NAME)]
            last = QuestionKind.WH
        return LineTopics(tuple(asked), tuple(told), last, tuple(each))


# Its name asked for without a question's form.
NAME_WANTED = re.compile(r"\b(?:did ?n'?t|did not|don'?t think i|never) (?:quite )?(?:catch|"
                         r"caught|get|got) your name\b|"
                         r"\b(?:have ?n'?t|have not|never|didn'?t|did not) (?:actually )?"
                         r"(?:told|tell|given|give|said|say) (?:me )?your name\b|"
                         r"\band (?:you(?:'re| are)|yourself)\W*(?:\.\.\.|…)?\W*$",
                         re.IGNORECASE)


# A question pointing back at what was just named ("how did you get into that?"), and the
# words that make a clause more than a fragment naming a thing ("I teach maths").
_POINTS_BACK = frozenset("that it this".split())
_SUBJECTS = frozenset("i i'm im you we he she they it's".split())


# Words after "wh- you" that are not a main verb: "what you mean is", "where you are".
_NOT_DROPPED_AUX = (AUX - {"do"}) | frozenset("are were gonna".split())


def with_auxiliary(text: str) -> str:
    """`text` with a question's dropped "do" put back, as learners and fast speech drop it:
    "and you, what you do?" -> "and you, what do you do?", "where you work?" -> "where do you
    work?", "how long you do this club?", "you like your job?" -> "do you like your job?"."""
    words = text.split()
    out: list[str] = []
    for i, word in enumerate(words):
        bare = word.lower().strip(",.!?;:")
        after = words[i + 1].lower().strip(",.!?;:") if i + 1 < len(words) else ""
        nxt = words[i + 2].lower().strip(",.!?;:") if i + 2 < len(words) else ""
        previous = out[-1].lower().strip(",.!?;:") if out else ""
        out.append(word)
        if (bare in WH or (bare == "long" and previous == "how")) and after == "you" and (
                nxt and nxt not in _NOT_DROPPED_AUX and not nxt.endswith("ing")):
            out.append("do")
    # "you like it here?" opening any sentence that asks ("four years is long! you like the
    # company?", a twenty-eighth look's learner got "Yes, I'm in finance.")
    return _DO_DROPPED.sub(
        lambda found: (f"{found.group(1)}{'Do' if found.group(2)[0].isupper() else 'do'} you"
                       f"{found.group(2)[3:]}"), " ".join(out))


# Verbs that a question without its "do" starts with after "you" ("you like it here?").
_ASKED_WITHOUT_DO = frozenset("like enjoy love have know live work play want find remember think "
                              "go cook speak need miss".split())
_DO_DROPPED = re.compile(r"(^\W*|(?<=[.!?])\s+)(you (?:" + "|".join(sorted(_ASKED_WITHOUT_DO))
                         + r")\b[^.!?]*\?)", re.IGNORECASE)


def _split_at_new_question(clause: textnorm.Clause) -> list[textnorm.Clause]:
    """A clause cut before each "and" that starts a new question, and before a question word,
    its auxiliary and a pronoun after other words: speech comes without commas ("how long have
    you been here and what do you do"), and a turn the user went on with after a pause is
    joined with none ("i work with sam at the library how do you know him"), where the whole
    line read as one question asked about work."""
    words = clause.words
    cuts = [i for i in range(1, len(words) - 1)
            if (words[i] == "and" and (words[i + 1] in WH or words[i + 1] in AUX))
            or (i >= 2 and i + 2 < len(words) and words[i - 1] != "and" and words[i] in WH
                and words[i + 1] in AUX and words[i + 2] in PRONOUNS)]
    if not cuts:
        return [clause]
    pieces = [words[a:b] for a, b in zip([0, *cuts], [*cuts, len(words)], strict=True)]
    return [textnorm.Clause(piece, clause.question_mark and n == len(pieces) - 1)
            for n, piece in enumerate(pieces)]


@lru_cache(maxsize=1)
def _default_finder() -> TopicFinder:
    return TopicFinder(load_topic_patterns())
