"""End of turn: has the user finished, or only paused? A small pure decision, asked on every
chunk of a silence as it grows.

The endpointer (`hearing.vad`) only says that it is silent and for how long. This module reads
what was said so far (the loop's speculative transcript, made ~0.1 s into the silence) and
how (a filled pause just before the silence, or voice after the last word that the transcript
has no word for: an "um" plain decoding left out) and picks a window of silence to wait:

- the turn **hands the floor over** (a question, a stock reply such as "me too", "how about
  you"): a short window, so it is answered about as fast as people answer;
- it is a **finished statement** (a clause with its object): a medium window, since speakers
  often go on after one ("Hi, I'm Sam. | How do you know the host?"), and answering in that
  pause is cutting in; it shortens for a speaker who has shown they stop there
  (`hearing.statement_window`, which the loop keeps and passes in as `statement_s`);
- it looks **unfinished** (it ends on "and", "the", "to", "um", "was", a trailing comma, "and
  then", a subject waiting for its verb, "the reason i moved was"): a long window, so a
  hesitation is waited through;
- it **cannot be told** (one word that is not a stock reply, no subject): the old fixed
  silence.

With no transcript yet it waits for one (up to `max_wait_s`) rather than guess. Whisper's full
stop is ignored: tiny.en ends unfinished halves of sentences with one. Every threshold and
word list is data, in `prompts/turn_end.toml`, with its reason; `patience` multiplies the
windows. Like pipecat's user-stop strategies, the decision is one small function of
(transcript so far, silence so far, audio features): `decide(TurnEndInput, TurnEndRules)`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from voicecoach.errors import ConfigError
from voicecoach.hearing.statement_window import StatementWindow
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml
from voicecoach.understanding.questions import find_questions
from voicecoach.understanding.textnorm import default_fillers, words
from voicecoach.understanding.words import Word, join_words

__all__ = [
    "Completeness",
    "TurnEndDecision",
    "TurnEndInput",
    "TurnEndReason",
    "TurnEndRules",
    "classify_text",
    "close_sentence",
    "decide",
    "is_backchannel",
    "read_both",
    "wants_hesitant_reading",
]

_UNFINISHED_PUNCTUATION = (",", "-", "–", "—", "...", "…", ";", ":")


class TurnEndReason(str, enum.Enum):
    """Why a turn ended (the `reason` of `speech_end` in the event log)."""

    COMPLETE = "complete"  # it looked finished (a question, a statement), and its window passed
    SILENCE = "silence"  # it could not be told; the default window passed
    MAX_WAIT = "max_wait"  # it looked unfinished (or no words came), and the longest wait passed
    COMMAND = "command"  # a spoken command ("stop"); the loop sets this one


class Completeness(str, enum.Enum):
    COMPLETE = "complete"  # hands the floor over: a question, a stock reply
    STATEMENT = "statement"  # finished, but the speaker may well go on
    UNFINISHED = "unfinished"
    UNKNOWN = "unknown"  # words, but the rules cannot tell
    PENDING = "pending"  # no transcript yet


@dataclass(frozen=True)
class TurnEndRules:
    """The windows and word lists of `prompts/turn_end.toml`; `patience` scales the windows."""

    complete_s: float = 0.25
    statement_s: float = 0.55
    # The statement window learns from the speaker (hearing/statement_window.py).
    statement_fast_s: float = 0.3
    statement_step_s: float = 0.15
    statement_margin_s: float = 0.1
    statement_trust_after: int = 2
    default_s: float = 0.6
    unfinished_s: float = 1.6
    max_wait_s: float = 1.6
    patience: float = 1.0
    min_patience: float = 0.5
    max_patience: float = 3.0
    conjunctions: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    stranded_in_question: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    adverbs_before_verb: frozenset[str] = frozenset()
    intensifiers: frozenset[str] = frozenset()
    adjectives_before_noun: frozenset[str] = frozenset()
    noun_determiners: frozenset[str] = frozenset()
    after_the_too: frozenset[str] = frozenset()
    relative_words: frozenset[str] = frozenset()
    not_before_relative: frozenset[str] = frozenset()
    wh_words: frozenset[str] = frozenset()
    place_prepositions: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    coordinated_openers: tuple[tuple[str, ...], ...] = ()
    subordinators: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    ellipsis_subjects: frozenset[str] = frozenset()
    cleft_openers: tuple[tuple[str, ...], ...] = ()
    exclamation_openers: tuple[tuple[str, ...], ...] = ()
    wanting_object: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    endings: tuple[tuple[str, ...], ...] = ()
    finished_endings: tuple[tuple[str, ...], ...] = ()
    stock_replies: frozenset[tuple[str, ...]] = frozenset()
    min_statement_words: int = 3
    fillers: frozenset[str] = frozenset()
    backchannels: frozenset[tuple[str, ...]] = frozenset()
    confirm_s: float = 0.3
    unworded_tail_s: float = 0.45
    # A second reading of a turn that looks finished, primed to write hesitations (see
    # `wants_hesitant_reading`); it may add at most this many words that are not fillers.
    hesitant_reading: bool = True
    hesitant_extra_words: int = 2
    hesitant_max_s: float = 4.0  # only the audio of a stretch up to this long is read again
    source: str = field(default="built-in", compare=False)

    @classmethod
    def load(cls, path: Path | None = None, patience: float = 1.0) -> TurnEndRules:
        rules = _load(path or prompts_dir() / "turn_end.toml")
        return rules.with_patience(patience)

    def with_patience(self, patience: float) -> TurnEndRules:
        if not self.min_patience <= patience <= self.max_patience:
            raise ConfigError(f"patience {patience} is out of range; give "
                              f"{self.min_patience} to {self.max_patience} (1 is the default)")
        return replace(self, patience=patience)

    def window(self, completeness: Completeness) -> float:
        """The silence to wait for a turn of this kind, patience applied."""
        base = {Completeness.COMPLETE: self.complete_s,
                Completeness.STATEMENT: self.statement_s, Completeness.UNKNOWN: self.default_s,
                Completeness.UNFINISHED: self.unfinished_s,
                Completeness.PENDING: self.max_wait_s}[completeness]
        return base * self.patience

    def learning_statement_window(self) -> StatementWindow:
        """A finished statement's window that learns from this speaker, patience applied."""
        return StatementWindow(slow_s=self.window(Completeness.STATEMENT),
                               fast_s=self.statement_fast_s * self.patience,
                               step_s=self.statement_step_s * self.patience,
                               margin_s=self.statement_margin_s,
                               trust_after=self.statement_trust_after)

    def with_statement_window(self, seconds: float) -> TurnEndRules:
        """These rules with a finished statement waiting `seconds` (patience applied)."""
        return replace(self, statement_s=seconds / self.patience)

    @property
    def longest_wait_s(self) -> float:
        """The longest any turn waits: the endpointer's own end-of-speech silence."""
        return max(self.complete_s, self.statement_s, self.default_s, self.unfinished_s,
                   self.max_wait_s) * self.patience


@dataclass(frozen=True)
class TurnEndInput:
    text: str | None  # the transcript so far, as written (None: not ready yet)
    silence_s: float  # since the end of the last voiced chunk
    filler_before_silence: bool = False  # a filled pause ("um") heard just before the silence
    # Voice after the transcript's last word, up to the silence: plain decoding leaves an "um"
    # out, but not the time it took ("I'm studying, um" came back as "I'm starting." with
    # 0.7 s of voice after its last word).
    unworded_tail_s: float = 0.0
    # The same audio read again by a decoder primed with a hesitant sentence (None: not read
    # so). Left with half a sentence, plain decoding often writes a finished one ("I work at
    # the" as "I wear a counter-verb."); primed, it more often writes the hesitation ("I were
    # a cat to the...", "I'm starting, um,").
    hesitant_text: str | None = None


@dataclass(frozen=True)
class TurnEndDecision:
    end: bool  # end the turn now
    reason: TurnEndReason  # why it ends (or would end once `wait_s` has passed)
    wait_s: float  # the silence this turn is given, patience applied
    completeness: Completeness
    rule: str  # which rule decided, for the event log and debugging


def decide(given: TurnEndInput, rules: TurnEndRules) -> TurnEndDecision:
    """Whether a turn ends after `given.silence_s` of silence, and why."""
    if given.text is None:
        completeness, rule = Completeness.PENDING, "no-transcript"
    elif given.filler_before_silence:
        completeness, rule = Completeness.UNFINISHED, "filler-before-silence"
    elif given.unworded_tail_s >= rules.unworded_tail_s:
        completeness, rule = Completeness.UNFINISHED, "voice-after-the-last-word"
    else:
        completeness, rule = read_both(given.text, given.hesitant_text, rules)
    wait = rules.window(completeness)
    reason = {Completeness.COMPLETE: TurnEndReason.COMPLETE,
              Completeness.STATEMENT: TurnEndReason.COMPLETE,
              Completeness.UNKNOWN: TurnEndReason.SILENCE}.get(completeness,
                                                               TurnEndReason.MAX_WAIT)
    # A hair of tolerance: chunks are 32 ms, and 0.6 s of them sum to 0.5999... in floats.
    return TurnEndDecision(given.silence_s >= wait - 1e-6, reason, wait, completeness, rule)


def classify_text(text: str, rules: TurnEndRules) -> tuple[Completeness, str]:
    """Does this transcript read as a finished turn? (completeness, the rule that said so)"""
    return _classify(text, rules)


def wants_hesitant_reading(text: str, rules: TurnEndRules) -> bool:
    """Is a second, hesitation-primed reading worth its 30-50 ms? Only for a turn that reads as
    a finished statement or cannot be told: a question or a stock reply hands the floor over
    whatever the reading, and an unfinished one already waits."""
    return rules.hesitant_reading and classify_text(text, rules)[0] in (
        Completeness.STATEMENT, Completeness.UNKNOWN)


def read_both(text: str, hesitant_text: str | None, rules: TurnEndRules
              ) -> tuple[Completeness, str]:
    """The plain reading's completeness, unless it looks finished and the hesitant reading of
    the same audio looks unfinished: then unfinished (rule `hesitant-<its rule>`). Measured on
    espeak-ng phrases (`benchmarks/turn_end_phrases.py`, README "End of turn"): unfinished
    halves read as finished 20 -> 12 of 102 (dev), 15 -> 11 of 50 (held out), 72 -> 64 of 135
    (fresh); finished lines read as unfinished 7 -> 9 of 264, 2 -> 2 of 50, 5 -> 7 of 135. A
    hesitant reading much longer than the plain one has looped ("Lovely to meet you, I'm
    friend. Lovely to meet you, ...") and is not believed."""
    completeness, rule = classify_text(text, rules)
    if (hesitant_text is None or not rules.hesitant_reading
            or completeness not in (Completeness.STATEMENT, Completeness.UNKNOWN)):
        return completeness, rule
    second, second_rule = classify_text(hesitant_text, rules)
    added = (len(_content_words(hesitant_text, rules))
             - len(_content_words(text, rules)))
    if second is Completeness.UNFINISHED and added <= rules.hesitant_extra_words:
        return Completeness.UNFINISHED, f"hesitant-{second_rule}"
    return completeness, rule


def _content_words(text: str, rules: TurnEndRules) -> tuple[str, ...]:
    return tuple(t for t in words(text) if t not in rules.fillers)


@lru_cache(maxsize=256)
def _classify(text: str, rules: TurnEndRules) -> tuple[Completeness, str]:
    tokens = words(text)
    if not tokens:
        return Completeness.UNKNOWN, "no-words"
    if tokens[-1] in rules.fillers:
        return Completeness.UNFINISHED, "filler"
    if text.rstrip().endswith(_UNFINISHED_PUNCTUATION):
        return Completeness.UNFINISHED, "trailing-punctuation"
    content = tuple(t for t in tokens if t not in rules.fillers)
    if not content:
        return Completeness.UNFINISHED, "only-fillers"
    if content in rules.stock_replies:
        return Completeness.COMPLETE, "stock-reply"
    if any(_ends_with(content, ending) for ending in rules.finished_endings):
        return Completeness.COMPLETE, "finished-ending"
    if any(_ends_with(content, ending) for ending in rules.endings):
        return Completeness.UNFINISHED, "unfinished-ending"
    last = content[-1]
    before = content[-2] if len(content) > 1 else ""
    if last in rules.conjunctions or (last == "yet" and not _negated(content)):
        # "yet" closes "i haven't been yet"; after "the food was decent" it is a "but"
        return Completeness.UNFINISHED, "conjunction"
    if (last in rules.determiners and not _demonstrative_pronoun(content, rules)
            and not _object_her(content, rules)):
        return Completeness.UNFINISHED, "determiner"
    if (last in rules.subjects
            or (last in rules.adverbs_before_verb and before in rules.subjects | {"you"})
            or (last in {"you", "it"} and before in rules.subordinators)):
        return Completeness.UNFINISHED, "subject-without-verb"
    if _degree_word_waits(last, before, rules):
        return Completeness.UNFINISHED, "adverb-without-verb"
    if _possessive_waits(text, tokens, content, rules):
        return Completeness.UNFINISHED, "possessive-without-noun"
    if _relative_word_waits(content, rules):
        return Completeness.UNFINISHED, "relative-word"
    question = _last_clause_is_question(content)
    if last in rules.prepositions and not _stranded(content, question, rules):
        return Completeness.UNFINISHED, "preposition"
    if question and last in rules.wanting_object and not _has_wh(content[:-1], rules):
        return Completeness.UNFINISHED, "verb-without-object"  # "can you recommend"
    if question:
        return Completeness.COMPLETE, "question"
    if _adjective_waits(content, rules):
        return Completeness.UNFINISHED, "adjective-without-noun"
    if last in rules.auxiliaries and not _exclamation(content, rules) and (
            (before not in rules.ellipsis_subjects
             and before not in rules.prepositions)  # "in may" is a month
            or any(content[:len(opener)] == opener for opener in rules.cleft_openers)):
        return Completeness.UNFINISHED, "verb-without-complement"
    if (last in rules.wanting_object and before not in {"it", "that", "this", "them", "so"}
            and not _has_wh(content[:-1], rules)):  # "which laptop to buy"
        return Completeness.UNFINISHED, "verb-without-object"
    if (content[0] in rules.openers or any(
            content[:len(opener)] == opener for opener in rules.coordinated_openers)
            ) and not _has_verb(content, rules):
        return Completeness.UNFINISHED, "no-verb-yet"
    if len(content) >= rules.min_statement_words:
        return Completeness.STATEMENT, "statement"
    return Completeness.UNKNOWN, "too-short"


def close_sentence(heard: tuple[Word, ...], rules: TurnEndRules) -> tuple[Word, ...]:
    """The words of a turn up to a pause the user went on from, with a full stop (or a question
    mark) if they read as finished and Whisper, reading them alone, wrote none: joined to what
    came after, "Hi, I'm Alex" + "Nice to meet you" read "Hi, I'm Alex Nice to meet you", and
    the partner took "... library How do you know him" for one question."""
    if not heard or heard[-1].text.rstrip().endswith((".", "?", "!", *_UNFINISHED_PUNCTUATION)):
        return heard
    completeness, rule = classify_text(join_words(heard), rules)
    if completeness not in (Completeness.COMPLETE, Completeness.STATEMENT):
        return heard
    last = heard[-1]
    mark = "?" if rule == "question" else "."
    return (*heard[:-1], replace(last, text=last.text.rstrip() + mark))


def is_backchannel(text: str, rules: TurnEndRules) -> bool:
    """A listener's "mm", "oh", "yeah", "i see": not a bid for the turn."""
    tokens = words(text)
    return not tokens or tokens in rules.backchannels or all(
        (t,) in rules.backchannels for t in tokens)


def _degree_word_waits(last: str, before: str, rules: TurnEndRules) -> bool:
    """ "it was absolutely", "i'm not particularly", "i've never actually": a word of degree
    (or an adverb after another) with what it qualifies still to come."""
    adverbs = rules.intensifiers | rules.adverbs_before_verb
    if last in rules.intensifiers:
        return before in rules.auxiliaries | adverbs | rules.subjects | {"not"}
    return last in rules.adverbs_before_verb and before in adverbs | {"not"}


def _possessive_waits(text: str, tokens: tuple[str, ...], content: tuple[str, ...],
                      rules: TurnEndRules) -> bool:
    """ "I'm sitting with Priya's": a possessive at the end waits for its noun, unless it
    names a place after "at", "to", "round" ("we're staying at my mum's")."""
    raw = text.rstrip(" .!?…").split()
    if not raw or not raw[-1].lower().endswith(("'s", "’s")) or tokens[-1] in {"is", "has",
                                                                                 "us"}:
        return False
    head = [t for t in content[:-1] if t not in rules.noun_determiners | {"the"}]
    if not head:
        return False
    before = head[-1]
    return ((before in rules.prepositions and before not in rules.place_prepositions)
            or before in rules.verbs | rules.wanting_object
            or before.endswith(("ed", "ing")))


def _relative_word_waits(content: tuple[str, ...], rules: TurnEndRules) -> bool:
    """ "the guy who", "we found a spot where": a relative word after a noun waits for its
    clause; after a verb or a pronoun it may close a question ("do you know who?")."""
    if len(content) < 3 or content[-1] not in rules.relative_words:
        return False
    before = content[-2]
    if content[-1] == "that" and content[-3] not in rules.noun_determiners | {"the"}:
        return False
    return not (before in rules.verbs | rules.auxiliaries | rules.wanting_object
                | rules.prepositions | rules.conjunctions | rules.subjects
                | rules.ellipsis_subjects | rules.not_before_relative
                or before.endswith(("ed", "ing")))


def _has_wh(tokens: tuple[str, ...], rules: TurnEndRules) -> bool:
    return any(t in rules.wh_words | {"how", "when", "why"} for t in tokens)


def _demonstrative_pronoun(content: tuple[str, ...], rules: TurnEndRules) -> bool:
    """ "this", "these", "those" standing for a thing, not waiting for a noun: after a verb
    ("I love this") or closing a question ("are you done with this?")."""
    if content[-1] not in {"this", "these", "those"} or len(content) < 2:
        return False
    before = content[-2]
    return (before in rules.verbs | rules.wanting_object | rules.auxiliaries
            or before.endswith(("ed", "ing")) or _last_clause_is_question(content))


def _object_her(content: tuple[str, ...], rules: TurnEndRules) -> bool:
    """ "her" as an object, not waiting for a noun: after a verb ("I've met her") or closing a
    question ("how do you know her?")."""
    if content[-1] != "her" or len(content) < 2:
        return False
    before = content[-2]
    return (before in rules.verbs | rules.wanting_object or before.endswith(("ed", "ing"))
            or _last_clause_is_question(content))


def _exclamation(content: tuple[str, ...], rules: TurnEndRules) -> bool:
    """ "what a lovely garden this is": an exclamation's verb comes last."""
    return (len(content) >= 4 and content[-2] in rules.ellipsis_subjects | {"this", "these"}
            and any(content[:len(opener)] == opener for opener in rules.exclamation_openers))


def _reduced_relative(tokens: tuple[str, ...], rules: TurnEndRules) -> bool:
    """ "the one I was telling you about": a noun with a clause of its own after it (no
    "that"), whose preposition comes last; not when a verb after that clause goes back to the
    sentence ("the course I'm doing is on")."""
    for i in range(len(tokens) - 3):
        if (tokens[i] in rules.noun_determiners | {"the"}
                and tokens[i + 2] in rules.subjects | {"you"}):
            clause = tokens[i + 4:]  # after the subject and the word after it
            return not any(t in rules.auxiliaries for t in clause)
    return False


def _stranded(content: tuple[str, ...], question: bool, rules: TurnEndRules) -> bool:
    """Whether a final preposition closes the turn: stranded by a wh-word earlier in the
    clause ("where are you from", "what are you up to", "that's what I'm worried about"; not
    "what to") or by a clause after a noun ("the place we talked about"), or a particle
    closing a yes/no question ("are you coming in?")."""
    last, before = content[-1], content[-2] if len(content) > 1 else ""
    if _reduced_relative(content[:-1], rules) and before not in rules.determiners:
        return True
    if question and not _has_wh(content[:-1], rules):
        return last in rules.particles
    if question:
        return last in rules.stranded_in_question | {"to", "of"} and before not in (
            rules.wh_words | rules.determiners)
    return (any(t in rules.wh_words for t in content[:-2]) and before not in rules.wh_words
            and before not in rules.determiners)


def _adjective_waits(content: tuple[str, ...], rules: TurnEndRules) -> bool:
    """ "it's a really lovely", "I spent my whole": an adjective after a determiner (a word of
    degree may stand between) waits for its noun."""
    if len(content) < 2:
        return False
    last, before = content[-1], content[-2]
    if before == "the":
        return last in rules.after_the_too
    if last not in rules.adjectives_before_noun:
        return False
    if before in rules.noun_determiners:
        return True
    qualifiers = rules.intensifiers | rules.adjectives_before_noun | {"very", "quite", "pretty",
                                                                     "so"}
    return (len(content) > 2 and before in qualifiers
            and content[-3] in rules.noun_determiners)


def _has_verb(tokens: tuple[str, ...], rules: TurnEndRules) -> bool:
    """A rough test for a verb, with no tagger: a known verb or auxiliary, a word in -ed or
    -ing, or any word right after a subject pronoun."""
    verbs = rules.verbs | rules.auxiliaries | rules.wanting_object
    for i, token in enumerate(tokens):
        if token in verbs or (len(token) > 4 and token.endswith(("ed", "ing"))):
            return True
        if i > 0 and tokens[i - 1] in rules.subjects | {"you", "it"} and token not in (
                rules.determiners | rules.prepositions | rules.conjunctions):
            return True
    return False


def _negated(tokens: tuple[str, ...]) -> bool:
    """A negation or a question in the clause, with which a final "yet" closes it ("not yet",
    "i haven't been yet", "have you eaten yet")."""
    return any(t in {"not", "no", "never", "nothing", "nobody", "none"} or t.endswith("n't")
               for t in tokens) or bool(find_questions(tokens))


def _ends_with(tokens: tuple[str, ...], ending: tuple[str, ...]) -> bool:
    return len(tokens) >= len(ending) and tokens[-len(ending):] == ending


def _last_clause_is_question(tokens: tuple[str, ...]) -> bool:
    # Only a question that starts near the end closes a turn: "do you like it and i was" asks
    # first and then goes on. The last eight words hold any small-talk question's start.
    spans = find_questions(tokens)
    return bool(spans) and spans[-1].start >= len(tokens) - 8


@lru_cache(maxsize=8)
def _load(path: Path) -> TurnEndRules:
    data = load_toml(path)
    try:
        windows = data.get("windows", {})
        patience = data.get("patience", {})
        lists = data.get("words", {})
        back = data.get("backchannels", {})

        def one(key: str) -> frozenset[str]:
            return frozenset(_words_of(lists.get(key, []), path, key))

        def phrases(values: Any, key: str) -> tuple[tuple[str, ...], ...]:
            return tuple(words(v) for v in _words_of(values, path, key) if words(v))

        return TurnEndRules(
            complete_s=float(windows.get("complete_s", 0.25)),
            statement_s=float(windows.get("statement_s", 0.55)),
            statement_fast_s=float(windows.get("statement_fast_s", 0.3)),
            statement_step_s=float(windows.get("statement_step_s", 0.15)),
            statement_margin_s=float(windows.get("statement_margin_s", 0.1)),
            statement_trust_after=int(windows.get("statement_trust_after", 2)),
            default_s=float(windows.get("default_s", 0.6)),
            unfinished_s=float(windows.get("unfinished_s", 1.6)),
            max_wait_s=float(windows.get("max_wait_s", 1.6)),
            min_patience=float(patience.get("min", 0.5)),
            max_patience=float(patience.get("max", 3.0)),
            conjunctions=one("conjunctions"), prepositions=one("prepositions"),
            stranded_in_question=one("stranded_in_question"), determiners=one("determiners"),
            subjects=one("subjects"), adverbs_before_verb=one("adverbs_before_verb"),
            intensifiers=one("intensifiers"),
            adjectives_before_noun=one("adjectives_before_noun"),
            noun_determiners=one("noun_determiners"), after_the_too=one("after_the_too"),
            relative_words=one("relative_words"),
            not_before_relative=one("not_before_relative"), wh_words=one("wh_words"),
            place_prepositions=one("place_prepositions"), particles=one("particles"),
            coordinated_openers=phrases(lists.get("coordinated_openers", []),
                                        "coordinated_openers"),
            subordinators=one("subordinators"),
            auxiliaries=one("copulas_and_auxiliaries"),
            ellipsis_subjects=one("ellipsis_subjects"),
            cleft_openers=phrases(lists.get("cleft_openers", []), "cleft_openers"),
            exclamation_openers=phrases(lists.get("exclamation_openers", []),
                                        "exclamation_openers"),
            wanting_object=one("wanting_object"),
            openers=one("openers"), verbs=one("verbs"),
            endings=phrases(lists.get("endings", []), "endings"),
            finished_endings=phrases(lists.get("finished_endings", []), "finished_endings"),
            stock_replies=frozenset(phrases(lists.get("stock_replies", []), "stock_replies")),
            min_statement_words=int(lists.get("min_statement_words", 3)),
            fillers=default_fillers(),
            backchannels=frozenset(phrases(back.get("words", []), "backchannels.words")),
            confirm_s=float(back.get("confirm_s", 0.3)),
            unworded_tail_s=float(data.get("audio", {}).get("unworded_tail_s", 0.45)),
            hesitant_reading=bool(data.get("hesitant_reading", {}).get("enabled", True)),
            hesitant_extra_words=int(data.get("hesitant_reading", {}).get("extra_words", 2)),
            hesitant_max_s=float(data.get("hesitant_reading", {}).get("max_stretch_s", 4.0)),
            source=str(path),
        )
    except (TypeError, ValueError) as error:
        raise ConfigError(f"{path}: {error}; see the comments in prompts/turn_end.toml") from None


def _words_of(values: Any, path: Path, key: str) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{path}: `{key}` must be a list of strings")
    return list(values)
