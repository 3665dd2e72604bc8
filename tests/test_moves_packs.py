"""Pattern packs: the built-in ones load and are sound; broken user packs are named and fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from voicecoach.errors import PackError
from voicecoach.understanding.match import STRUCTURAL_IDS, Matcher, load_matcher
from voicecoach.understanding.moves import GOOD_MOVES, MoveLabel
from voicecoach.understanding.packs import builtin_dir, load_pack, load_packs
from voicecoach.understanding.textnorm import default_fillers, normalise

DATA = Path(__file__).resolve().parent / "data"


def run_cli(argv: list[str]) -> int:
    from voicecoach.cli import main

    return main(argv)


def write_pack(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_PACK = """
[[pattern]]
id = "mine.wave"
label = "greeting_intro"
examples = ["top of the morning to you"]
coaching = ["Cheerful greeting."]
"""


def split_texts() -> list[str]:
    texts: list[str] = []
    for name in ("moves_dev.tsv", "moves_test.tsv", "moves_hard_dev.tsv", "moves_hard_test.tsv",
                 "moves_fresh_test.tsv"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and line != "text\tlabels":
                texts.append(line.split("\t")[0])
    return texts


def test_builtin_packs_cover_every_label_with_coaching() -> None:
    packs = load_packs()
    assert packs.notices == ()  # no built-in pattern silently replaces another
    labels = {pattern.label for pattern in packs.patterns}
    assert labels == set(MoveLabel)
    for pattern in packs.patterns:
        assert pattern.coaching, f"{pattern.id} has no coaching line"
        if pattern.label in GOOD_MOVES:
            for line in pattern.coaching:
                assert len(line.split()) <= 12, f"{pattern.id}: praise too long: {line!r}"


def test_no_dev_or_test_sentence_is_copied_into_a_pack() -> None:
    fillers = default_fillers()
    sentences = {normalise(text, fillers) for text in split_texts()}
    assert len(sentences) > 600
    copied = [
        (pattern.id, example)
        for pattern in load_packs().patterns
        for example in pattern.examples
        if normalise(example, fillers) in sentences
    ]
    assert copied == []


def test_bad_toml_names_the_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack(tmp_path, "broken.toml", '[[pattern]]\nid = "x"\nlabel = icebreaker\n')
    with pytest.raises(PackError) as caught:
        load_pack(path)
    message = str(caught.value)
    assert str(path) in message and "line 3" in message and "quotes" in message
    assert run_cli(["match", "--pack", str(tmp_path), "hello"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.toml" in err and "line 3" in err


def test_unknown_label_lists_the_real_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pack(tmp_path, "labels.toml", GOOD_PACK.replace("greeting_intro", "smalltalk"))
    with pytest.raises(PackError, match=r"labels\.toml.*unknown label 'smalltalk'.*greeting_intro"):
        load_packs([tmp_path])
    assert run_cli(["match", "--pack", str(tmp_path), "hello"]) == 2
    assert "smalltalk" in capsys.readouterr().err


def test_empty_examples_says_to_add_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pack(tmp_path, "empty.toml", GOOD_PACK.replace('["top of the morning to you"]', "[]"))
    expected = r"empty\.toml.*'mine\.wave'.*empty `examples`.*add at least"
    with pytest.raises(PackError, match=expected):
        load_packs([tmp_path])
    assert run_cli(["match", "--pack", str(tmp_path), "hello"]) == 2
    assert "empty.toml" in capsys.readouterr().err


def test_duplicate_ids_in_one_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_pack(tmp_path, "twice.toml", GOOD_PACK + GOOD_PACK)
    with pytest.raises(PackError, match=r"twice\.toml.*'mine\.wave' is used by two.*rename"):
        load_packs([tmp_path])
    assert run_cli(["match", "--pack", str(tmp_path), "hello"]) == 2
    assert "twice.toml" in capsys.readouterr().err


def test_misspelt_key_is_not_ignored(tmp_path: Path) -> None:
    write_pack(tmp_path, "typo.toml", GOOD_PACK.replace("examples", "exmaples"))
    with pytest.raises(PackError, match=r"typo\.toml.*unknown key\(s\) exmaples"):
        load_packs([tmp_path])


def test_missing_pack_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["match", "--pack", str(tmp_path / "nope"), "hello"]) == 2
    assert "pack folder not found" in capsys.readouterr().err


def test_user_pattern_overrides_builtin_with_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_pack(
        tmp_path,
        "host.toml",
        '[[pattern]]\nid = "icebreaker.host"\nlabel = "icebreaker"\n'
        'examples = ["who invited you tonight"]\ncoaching = ["My own line."]\n',
    )
    matcher = load_matcher([tmp_path])
    assert len(matcher.notices) == 1
    assert "icebreaker.host" in matcher.notices[0] and str(path) in matcher.notices[0]
    result = matcher.match("so who invited you tonight")
    hit = next(m for m in result.matches if m.pattern_id == "icebreaker.host")
    assert hit.label is MoveLabel.ICEBREAKER
    assert matcher.coaching(hit) == ("My own line.",)
    # The built-in examples of that id are gone with it.
    others = matcher.match("are you friends with the host").matches
    assert "icebreaker.host" not in [m.pattern_id for m in others]

    assert run_cli(["match", "--pack", str(tmp_path), "who invited you tonight"]) == 0
    captured = capsys.readouterr()
    assert "replaces" in captured.err and "icebreaker.host" in captured.err
    assert "icebreaker" in captured.out and "replaces" not in captured.out


def test_user_pack_adds_a_pattern(tmp_path: Path) -> None:
    write_pack(tmp_path / "sub", "wave.toml", GOOD_PACK)
    matcher = load_matcher([tmp_path])
    assert matcher.notices == ()
    result = matcher.match("well top of the morning to you")
    assert result.labels == (MoveLabel.GREETING_INTRO,)
    assert result.matches[0].pattern_id == "mine.wave"


def test_structural_ids_exist_in_builtin_packs() -> None:
    ids = {pattern.id for pattern in load_packs().patterns}
    assert ids >= STRUCTURAL_IDS
    matcher = Matcher.default()
    hit = matcher.match("where did you grow up").matches[0]
    assert hit.pattern_id == "open_question.form" and matcher.coaching(hit)


def test_builtin_dir_follows_prompts_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pack(tmp_path / "moves", "only.toml", GOOD_PACK)
    monkeypatch.setenv("VOICECOACH_PROMPTS", str(tmp_path))
    assert builtin_dir() == tmp_path / "moves"
    assert [pattern.id for pattern in load_packs().patterns] == ["mine.wave"]
