"""Context biasing: a session's key words, and how the biased pass may change a transcript."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.commands.common import session_context_for
from voicecoach.config import load_config
from voicecoach.errors import ConfigError
from voicecoach.hearing.context import keywords, merge_context, names_in
from voicecoach.hearing.transcribe import context_prompt
from voicecoach.understanding.words import Word


def words(text: str, start: float = 0.0) -> list[Word]:
    return [Word(w, start + i * 0.3, start + i * 0.3 + 0.25) for i, w in enumerate(text.split())]


def test_party_context_names_the_host_and_the_people() -> None:
    from voicecoach.config import Config

    context = session_context_for(Config(), "party")
    assert "host" in context and "Sam" in context and "Jordan" in context
    assert {"host", "sam", "jordan"} <= keywords(context)
    assert "the" not in keywords(context) and "know" not in keywords(context)


def test_user_name_setting_joins_the_context(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[user]\nname = "Saoirse"\n')
    context = session_context_for(load_config(path), None, "Lisbon, the bakery")
    assert context == "Saoirse, Lisbon, the bakery."
    path.write_text("[user]\nname = 3\n")
    with pytest.raises(ConfigError, match=r"\[user\] name"):
        session_context_for(load_config(path), None)


def test_a_misheard_key_word_is_replaced_and_nothing_else() -> None:
    plain = words("and how do you know the toast?")
    biased = words("how do you now the host?", start=0.3)
    merged = merge_context(plain, biased, frozenset({"host", "sam"}))
    assert [w.text for w in merged] == ["and", "how", "do", "you", "know", "the", "host?"]
    assert (merged[-1].start, merged[-1].end) == (plain[-1].start, plain[-1].end)


def test_a_biased_pass_that_is_far_off_in_time_changes_nothing() -> None:
    plain = words("i know the toast", start=0.0)
    biased = words("i know the host", start=20.0)
    assert merge_context(plain, biased, frozenset({"host"})) == plain


def test_no_context_changes_nothing() -> None:
    plain = words("how do you know the toast")
    assert merge_context(plain, words("how do you know the host"), frozenset()) == plain


def test_context_prompt_is_short_and_without_repeats() -> None:
    prompt = context_prompt("the host, Sam", "Sam, the host", ", ".join(["word"] * 100))
    assert prompt == "the host, Sam, word."
    many = context_prompt(", ".join(f"name{i}" for i in range(100)))
    assert len(many.split()) <= 40


def test_names_in_a_scene() -> None:
    scene = "You're at Sam's birthday party and know nobody else. It is near Mrs Okafor's door."
    assert names_in(scene) == ["Sam", "Okafor"]


def test_analyze_names_an_unknown_scenario_before_any_slow_work(fixture_info) -> None:
    from tests.conftest import run_voicecoach

    result = run_voicecoach("analyze", str(fixture_info("hello_intro").path),
                            "--scenario", "moonbase")
    assert result.code == 2
    assert "--scenario moonbase" in result.stderr and "party" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_word_that_only_shares_letters_with_a_name_is_kept() -> None:
    plain = words("montreal forced aligner")
    biased = words("montreal forced alex")
    assert merge_context(plain, biased, frozenset({"alex"})) == plain
