"""Load and check the pattern packs in prompts/moves/ and in users' --pack folders.

A pack is a TOML file of `[[pattern]]` tables (format in prompts/README.md). Every problem is a
PackError whose message names the file and says how to fix it, because the people editing packs
are not necessarily the people who wrote the code.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from voicecoach.errors import PackError
from voicecoach.paths import prompts_dir
from voicecoach.understanding.moves import MoveLabel, Pattern

__all__ = [
    "LoadedPacks",
    "builtin_dir",
    "load_pack",
    "load_packs",
    "merge",
    "pack_files",
    "patterns_by_label",
]

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

_KNOWN_KEYS = frozenset({"id", "label", "examples", "cues", "coaching", "min_score"})
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


@dataclass(frozen=True)
class LoadedPacks:
    """The patterns in effect, and notices for the user (overrides) to print on stderr."""

    patterns: tuple[Pattern, ...]
    notices: tuple[str, ...] = ()


def builtin_dir() -> Path:
    return prompts_dir() / "moves"


def _strings(path: Path, pattern_id: str, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]  # a single coaching line written without brackets is fine
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise PackError(
            f"{path}: pattern '{pattern_id}': `{key}` must be a list of quoted phrases, "
            f'like {key} = ["first", "second"]'
        )
    return tuple(item.strip() for item in value if item.strip())


def _pattern(path: Path, table: object, position: int) -> Pattern:
    if not isinstance(table, dict):
        raise PackError(f"{path}: entry {position} is not a table; start each one with [[pattern]]")
    pattern_id = table.get("id")
    if not isinstance(pattern_id, str) or not _ID.match(pattern_id):
        raise PackError(
            f"{path}: pattern {position} needs an `id` of letters, digits, '.', '_' or '-', "
            f'like id = "icebreaker.host"'
        )
    unknown = sorted(set(table) - _KNOWN_KEYS)
    if unknown:
        raise PackError(
            f"{path}: pattern '{pattern_id}' has unknown key(s) {', '.join(unknown)}; "
            f"the keys are {', '.join(sorted(_KNOWN_KEYS))}"
        )
    raw_label = table.get("label")
    label = MoveLabel.parse(raw_label) if isinstance(raw_label, str) else None
    if label is None:
        raise PackError(
            f"{path}: pattern '{pattern_id}' has unknown label {raw_label!r}; "
            f"use one of: {', '.join(label.value for label in MoveLabel)}"
        )
    examples = _strings(path, pattern_id, "examples", table.get("examples", []))
    if not examples:
        raise PackError(
            f"{path}: pattern '{pattern_id}' has an empty `examples` list; "
            f"add at least one phrase someone might say"
        )
    cues = _strings(path, pattern_id, "cues", table.get("cues", []))
    coaching = _strings(path, pattern_id, "coaching", table.get("coaching", []))
    min_score = table.get("min_score")
    if min_score is not None and (
        isinstance(min_score, bool)
        or not isinstance(min_score, (int, float))
        or not 0 < min_score <= 100
    ):
        raise PackError(
            f"{path}: pattern '{pattern_id}': `min_score` must be a number from 1 to 100"
        )
    return Pattern(
        id=pattern_id,
        label=label,
        examples=examples,
        cues=cues,
        coaching=coaching,
        min_score=None if min_score is None else float(min_score),
        source=path,
    )


def load_pack(path: Path) -> tuple[Pattern, ...]:
    """The patterns of one pack file, checked."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        # The parser's message ends with "(at line N, column M)".
        raise PackError(
            f"{path}: not valid TOML: {error}; fix the syntax there "
            f"(text in double quotes, commas between list items)"
        ) from error
    except OSError as error:
        raise PackError(f"{path}: cannot be read ({error.strerror})") from error
    except UnicodeDecodeError as error:
        raise PackError(f"{path}: is not UTF-8 text; save it as UTF-8") from error
    unknown = sorted(set(data) - {"pattern"})
    if unknown:
        raise PackError(
            f"{path}: unknown top-level key(s) {', '.join(unknown)}; "
            f"put each pattern under a [[pattern]] header"
        )
    tables = data.get("pattern", [])
    if not isinstance(tables, list):
        raise PackError(f"{path}: write [[pattern]] (two brackets) so there can be several")
    patterns = tuple(_pattern(path, table, number) for number, table in enumerate(tables, 1))
    seen: set[str] = set()
    for pattern in patterns:
        if pattern.id in seen:
            raise PackError(
                f"{path}: id '{pattern.id}' is used by two patterns in this pack; "
                f"rename one of them or merge their examples"
            )
        seen.add(pattern.id)
    return patterns


def pack_files(folder: Path) -> tuple[Path, ...]:
    """The pack files of a folder and its subfolders, in a stable order."""
    if not folder.is_dir():
        raise PackError(f"{folder}: pack folder not found; pass a folder of .toml pattern packs")
    return tuple(sorted(folder.rglob("*.toml")))


def merge(
    layers: Iterable[tuple[Pattern, ...]],
) -> LoadedPacks:
    """Patterns of later layers replace earlier ones with the same id, with a notice each."""
    by_id: dict[str, Pattern] = {}
    notices: list[str] = []
    for layer in layers:
        for pattern in layer:
            previous = by_id.get(pattern.id)
            if previous is not None:
                notices.append(
                    f"pack {pattern.source}: pattern '{pattern.id}' replaces the one "
                    f"in {previous.source}"
                )
            by_id[pattern.id] = pattern
    return LoadedPacks(tuple(by_id.values()), tuple(notices))


def load_packs(
    extra_dirs: Sequence[Path] = (), builtin: Path | None = None
) -> LoadedPacks:
    """The built-in packs, then each user folder in turn; a user's pattern with the id of an
    earlier one overrides it, and the returned notices say so."""
    folders = [builtin or builtin_dir(), *extra_dirs]
    layers = [load_pack(path) for folder in folders for path in pack_files(Path(folder))]
    return merge(layers)


def patterns_by_label(patterns: Iterable[Pattern]) -> Mapping[MoveLabel, tuple[Pattern, ...]]:
    grouped: dict[MoveLabel, list[Pattern]] = {}
    for pattern in patterns:
        grouped.setdefault(pattern.label, []).append(pattern)
    return {label: tuple(group) for label, group in grouped.items()}
