"""How well the role-play partner answers: run `.venv/bin/python benchmarks/partner.py`.

Plays the scripted dialogues of tests/data/dialogues/ (dev: tuned on; heldout: never tuned on)
through the partner, with the built-in move matcher labelling each line as the live loop does,
and scores each reply by the checks its line expects (defined in the dialogues' README; they
never name a persona's facts, so they hold for any persona card). Prints the pass rate per
check, the share of replies that hand the turn back with a question, lines repeated within a
session, facts contradicted, and how long choosing a reply takes.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a source tree that is not pip-installed

from voicecoach.coaching.partner import Partner, PartnerWording, Reply, UserLine  # noqa: E402
from voicecoach.coaching.persona import (  # noqa: E402
    FALLBACK,
    Fact,
    Persona,
    Scenario,
    load_scenario,
)
from voicecoach.tomlcompat import load_toml  # noqa: E402
from voicecoach.understanding.match import Matcher  # noqa: E402
from voicecoach.understanding.moves import MoveLabel  # noqa: E402
from voicecoach.understanding.topics import Topic  # noqa: E402

DIALOGUES = ROOT / "tests" / "data" / "dialogues"
_YES_NO = re.compile(r"^(yes|yeah|yep|no|nope|not|sort of|kind of|i am|i do|i have|i did|i'm not|"
                     r"i don't|i haven't|i didn't|oh yes|oh no|definitely|absolutely|it is|"
                     r"it was)\b", re.IGNORECASE)
_YES_NO_WORD = re.compile(r"^(oh )?(yes|yeah|no|not really|not yet|not any more)\b[,.!]*\s*",
                          re.IGNORECASE)
_GLAD = re.compile(r"\b(nice|good|lovely|great|interesting|amazing|fun|glad)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Line:
    say: str
    expect: tuple[str, ...]


@dataclass(frozen=True)
class Dialogue:
    id: str
    scenario: str
    seed: int
    user: str | None
    lines: tuple[Line, ...]
    source: Path


@dataclass
class Tally:
    passed: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[str] = field(default_factory=list)
    replies: int = 0
    asked: int = 0
    repeats: int = 0
    contradictions: int = 0
    times_ms: list[float] = field(default_factory=list)

    def add(self, check: str, ok: bool, where: str) -> None:
        name = check.split(":")[0]
        self.total[name] += 1
        self.passed[name] += ok
        if not ok:
            self.failures.append(f"{where}: {check}")

    @property
    def pass_rate(self) -> float:
        total = sum(self.total.values())
        return sum(self.passed.values()) / total if total else 0.0


def load_dialogues(folder: Path) -> list[Dialogue]:
    dialogues = []
    for path in sorted(folder.glob("*.toml")):
        for table in load_toml(path).get("dialogue", []):
            lines = tuple(Line(item["say"], tuple(item.get("expect", "").split()))
                          for item in table["lines"])
            dialogues.append(Dialogue(table["id"], table["scenario"], int(table["seed"]),
                                      table.get("user"), lines, path))
    return dialogues


# ---------------------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())


def _fact_of(persona: Persona, topic: Topic) -> Fact | None:
    return persona.facts.get(topic) or persona.facts.get(FALLBACK.get(topic, topic))


def _holds(reply: str, lines: Sequence[str]) -> bool:
    said = _norm(reply)
    return any(_norm(line) in said for line in lines if line)


def _fact_lines(fact: Fact) -> list[str]:
    return [fact.answer, fact.yes_no, *fact.story, *((fact.advice,) if fact.advice else ()),
            *_rewordings(fact)]


def _rewordings(fact: Fact) -> list[str]:
    """The same fact said again in other words: the answer's first sentence, and the yes/no
    answer's last sentence (past its "yes" or "no")."""
    last = _sentences(fact.yes_no)[-1]
    return [_sentences(fact.answer)[0], _YES_NO_WORD.sub("", last).strip(" ,.!")]


def _facts_in(reply: str, persona: Persona) -> list[Topic]:
    """The topics whose fact lines the reply holds, in the order they appear in it."""
    said = _norm(reply)
    found: list[tuple[int, Topic]] = []
    for topic, fact in persona.facts.items():
        for line in _fact_lines(fact):
            at = said.find(_norm(line))
            if at >= 0:
                found.append((at, topic))
    return [topic for _, topic in sorted(found)]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.split(text.strip()) if s]


class Judge:
    """Scores one dialogue's replies against their expected checks."""

    def __init__(self, scenario: Scenario, partner: Partner, wording: PartnerWording,
                 dialogue: Dialogue, tally: Tally) -> None:
        self.scenario = scenario
        self.persona = partner.persona
        self.others = [p for p in scenario.personas if p is not partner.persona]
        self.wording = wording
        self.dialogue = dialogue
        self.tally = tally
        self.earlier: list[Reply] = []
        self.story_told: dict[Topic, set[str]] = defaultdict(set)

    def last_fact(self) -> Topic | None:
        for reply in reversed(self.earlier):
            topics = _facts_in(reply.text, self.persona)
            if topics:
                return topics[-1]
        return None

    def check(self, check: str, reply: Reply, number: int) -> bool:
        name, _, arg = check.partition(":")
        text = reply.text
        if name == "topic":
            fact = _fact_of(self.persona, Topic(arg))
            return fact is not None and _holds(text, _fact_lines(fact))
        if name == "not":
            fact = _fact_of(self.persona, Topic(arg))
            return fact is None or not _holds(text, _fact_lines(fact))
        if name == "yes_no":
            return any(_YES_NO.match(part) and len(" ".join(reply.parts[i:]).split()) >= 4
                       for i, part in enumerate(reply.parts))
        if name == "continues":
            topic = self.last_fact()
            fact = _fact_of(self.persona, topic) if topic else None
            if fact is None:
                return reply.asks
            untold = [step for step in fact.story if not _holds(
                " ".join(r.text for r in self.earlier), [step])]
            if untold:
                return _holds(text, untold[:1])
            return reply.asks
        if name == "same":
            fact = _fact_of(self.persona, Topic(arg))
            fresh = all(_norm(text) != _norm(r.text) for r in self.earlier)
            return fact is not None and fresh and _holds(
                text, [fact.answer, fact.yes_no, *_rewordings(fact)])
        if name == "name":
            return bool(self.dialogue.user) and str(self.dialogue.user).lower() in text.lower()
        if name == "own_name":
            return self.persona.name.lower() in text.lower()
        if name == "asks":
            return reply.asks
        if name == "changes_subject":
            before = " ".join(reply.parts[:-1])  # no fact before the new question
            return reply.asks and not _facts_in(before, self.persona)
        if name == "thanks":
            return "thank" in text.lower()
        if name == "advice":
            advice = [f.advice for f in self.persona.facts.values() if f.advice]
            advice += list(self.scenario.advice)
            # what anyone at the scene knows ("There's a little café over the road")
            advice += [fact.answer for fact in self.scenario.local]
            unknown = [line.split("{")[0] for line in self.wording.lines["advice_unknown"]]
            # "Hm, good films... nothing comes to mind": the whole line, the thing any word
            not_sure = [re.escape(line).replace(re.escape("{thing}"), r"\w+")
                        for line in self.wording.lines.get("not_sure_thing", ())]
            # a place nearby as someone who lives here knows it ("I'm fairly sure there's one
            # near the station"), or that they do not know it yet
            nearby = [line for key in ("local_guess", "local_own", "no_local")
                      for line in self.wording.lines.get(key, ())]
            return (_holds(text, advice) or _holds(text, unknown) or _holds(text, nearby)
                    or any(re.search(line, text) for line in not_sure))
        if name == "mentions":
            return arg.lower() in text.lower()
        if name == "bye":  # takes leave (a plan or good luck in it too), and asks nothing more
            farewells = [line for key in ("farewell", "farewell_plan", "farewell_kind", "good_luck")
                         for line in self.wording.lines.get(key, ())]
            return not reply.asks and _holds(text, [*farewells, self.scenario.closing])
        if name == "stays":  # no stepping away from what the user said
            steps = [line for key, lines in self.wording.lines.items()
                     if key == "avoid" or key.startswith("avoid_") for line in lines]
            return not _holds(text, steps)
        if name == "not_asked":  # does not ask what the user has just told
            fact = _fact_of(self.persona, Topic(arg))
            return fact is None or _norm(fact.ask) not in _norm(text)
        if name == "shares":  # tells something of the partner's own
            return bool(_facts_in(text, self.persona))
        if name == "no_yes":  # a question the persona's card must not say yes to
            return not any(re.match(r"(oh )?(yes|yeah|yep)\b", part, re.IGNORECASE)
                           for part in reply.parts)
        if name == "not_glad":  # a gripe or a let-down is not met with cheer
            return not any(_GLAD.search(part) for part in reply.parts if not part.endswith("?"))
        raise SystemExit(f"{self.dialogue.source}: unknown check {check!r}")

    def session_checks(self) -> None:
        where = f"{self.dialogue.id}"
        seen: set[str] = set()
        repeated = 0
        for reply in self.earlier:
            keys = {_norm(reply.text)} | {_norm(s) for s in _sentences(reply.text)
                                          if len(s.split()) >= 4}  # short ones may recur
            repeated += len(keys & seen)
            seen |= keys
        self.tally.repeats += repeated
        self.tally.add("no_repeat", repeated == 0, where)
        every = " ".join(r.text for r in self.earlier)
        mixed = sum(_holds(every, [line for fact in other.facts.values()
                                   for line in (fact.answer, fact.yes_no, *fact.story)
                                   if not _holds(line, _fact_lines_all(self.persona))])
                    for other in self.others)
        self.tally.contradictions += mixed
        self.tally.add("no_contradiction", mixed == 0, where)


def _fact_lines_all(persona: Persona) -> list[str]:
    return [line for fact in persona.facts.values() for line in _fact_lines(fact)]


def time_replies(dialogues: Sequence[Dialogue], matcher: Matcher, repeats: int = 5
                 ) -> list[float]:
    """Milliseconds per reply, each the least of `repeats` runs of the same dialogue (on a
    shared machine the least is the work itself; the rest is other programs' load)."""
    best: dict[tuple[int, int], float] = {}
    prepared = [(d, load_scenario(d.scenario),
                 [UserLine(line.say, matcher.match(line.say).labels) for line in d.lines])
                for d in dialogues]
    for _ in range(repeats):
        for number, (dialogue, scenario, lines) in enumerate(prepared):
            partner = Partner(scenario, dialogue.seed)
            for index, line in enumerate(lines):
                start = time.perf_counter()
                partner.reply(line)
                took = (time.perf_counter() - start) * 1000
                key = (number, index)
                best[key] = min(best.get(key, took), took)
    return sorted(best.values())


def play(dialogues: Sequence[Dialogue], matcher: Matcher, verbose: bool) -> Tally:
    tally = Tally()
    wording = PartnerWording.load()
    for dialogue in dialogues:
        scenario = load_scenario(dialogue.scenario)
        partner = Partner(scenario, dialogue.seed)
        judge = Judge(scenario, partner, wording, dialogue, tally)
        if verbose:
            print(f"\n[{dialogue.id}] {partner.name}: {scenario.opening}")
        for number, line in enumerate(dialogue.lines, 1):
            labels: tuple[MoveLabel, ...] = matcher.match(line.say).labels
            reply = partner.reply(UserLine(line.say, labels))
            tally.replies += 1
            tally.asked += reply.asks
            results = [(check, judge.check(check, reply, number)) for check in line.expect]
            for check, ok in results:
                tally.add(check, ok, f"{dialogue.id} line {number} {line.say!r} -> "
                                     f"{reply.text!r}")
            if verbose:
                marks = " ".join(f"{c}{'' if ok else '(FAIL)'}" for c, ok in results)
                print(f"  you: {line.say}\n  {partner.name}: {reply.text}   [{marks}]")
            judge.earlier.append(reply)
        judge.session_checks()
    return tally


def report(title: str, tally: Tally, show_failures: bool) -> None:
    print(f"\n{title}: {sum(tally.passed.values())}/{sum(tally.total.values())} checks pass "
          f"({tally.pass_rate:.2f})")
    print(f"  {'check':<18} {'pass':>5} {'of':>4}  rate")
    for name in sorted(tally.total):
        passed, total = tally.passed[name], tally.total[name]
        print(f"  {name:<18} {passed:>5} {total:>4}  {passed / total:.2f}")
    share = tally.asked / tally.replies if tally.replies else 0.0
    times = tally.times_ms  # sorted
    p95 = times[int(0.95 * (len(times) - 1))] if times else 0.0
    print(f"  replies that ask back: {tally.asked}/{tally.replies} ({share:.0%})")
    print(f"  lines repeated within a session: {tally.repeats}; facts contradicted: "
          f"{tally.contradictions}")
    if times:
        print(f"  choosing a reply (topics, what the user told, policy; the moves are matched "
              f"before, as in the loop): median {statistics.median(times):.2f} ms, "
              f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    if show_failures and tally.failures:
        print("  failures:")
        for failure in tally.failures:
            print(f"    {failure}")


def typed_first_reply_s(runs: int = 3) -> float:
    """Seconds from starting `voicecoach practice --text` to its first reply on stdout (the
    least of `runs`): the whole command, Python's start-up and the packs included."""
    import os
    import subprocess

    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "voicecoach", "practice", "--text", "--no-save", "--quiet",
             "--seed", "1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("Hi, I'm Chris, how do you know Sam?\n")
        process.stdin.flush()
        process.stdout.readline()  # the opening line
        process.stdout.readline()  # the reply
        best = min(best, time.perf_counter() - start)
        process.stdin.close()
        process.wait(timeout=30)
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--verbose", action="store_true", help="print every dialogue")
    parser.add_argument("--failures", action="store_true", help="list the failed checks")
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    args = parser.parse_args(argv)
    matcher = Matcher.default()
    Partner(load_scenario("party"))  # load the topic packs before timing
    for split in ("dev", "heldout"):
        if args.split in (split, "both"):
            dialogues = load_dialogues(DIALOGUES / split)
            tally = play(dialogues, matcher, args.verbose)
            tally.times_ms = time_replies(dialogues, matcher)
            report(f"{split} ({len(dialogues)} dialogues)", tally, args.failures)
    if args.split == "both":
        print(f"\npractice --text, start to first reply: {typed_first_reply_s():.2f} s "
              "(no microphone, no speech model)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
