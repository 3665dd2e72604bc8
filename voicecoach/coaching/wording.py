"""The coach's lines, from `prompts/coaching.toml`: every spoken line 12 words or fewer."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voicecoach.errors import ConfigError
from voicecoach.paths import prompts_dir
from voicecoach.tomlcompat import load_toml

__all__ = ["MAX_TIP_WORDS", "PointWording", "Wording", "word_count"]

MAX_TIP_WORDS = 12


def word_count(text: str) -> int:
    return len(text.split())

@dataclass(frozen=True)
class PointWording:
    say: str
    detail: str


@dataclass(frozen=True)
class Wording:
    """The coach's lines, from `prompts/coaching.toml`; every spoken line 12 words or fewer."""

    tips: Mapping[str, tuple[str, ...]]
    praise: Mapping[str, tuple[str, ...]]
    redirect: Mapping[str, tuple[str, ...]]
    strengths: Mapping[str, PointWording]
    work_on: Mapping[str, PointWording]

    @classmethod
    def load(cls, path: Path | None = None) -> Wording:
        path = path or prompts_dir() / "coaching.toml"
        data = load_toml(path)
        try:
            summary = data["summary"]
            return cls(
                tips=_lines(data["tips"], path, "tips"),
                praise=_lines(data["praise"], path, "praise"),
                redirect=_lines(data["redirect"], path, "redirect"),
                strengths=_points(summary["strengths"], path, "summary.strengths"),
                work_on=_points(summary["work_on"], path, "summary.work_on"),
            )
        except KeyError as error:
            raise ConfigError(
                f"{path} lacks the table {error}; restore it from the release"
            ) from None

    def spoken_lines(self) -> Iterator[str]:
        """Every line the coach may speak (templates unfilled)."""
        for table in (self.tips, self.praise, self.redirect):
            for lines in table.values():
                yield from lines
        for points in (self.strengths, self.work_on):
            for point in points.values():
                yield point.say


def _check_line(line: object, where: str) -> str:
    if not isinstance(line, str) or not line.strip():
        raise ConfigError(f"{where} must be a non-empty string, got {line!r}")
    if word_count(line) > MAX_TIP_WORDS:
        raise ConfigError(f"{where} has {word_count(line)} words; shorten it to {MAX_TIP_WORDS}")
    return line.strip()


def _lines(table: Mapping[str, Any], path: Path, name: str) -> dict[str, tuple[str, ...]]:
    result = {}
    for key, lines in table.items():
        if not isinstance(lines, list) or not lines:
            raise ConfigError(f"{path}: {name}.{key} must be a list of lines")
        result[key] = tuple(_check_line(line, f"{path}: {name}.{key}") for line in lines)
    return result


def _points(table: Mapping[str, Any], path: Path, name: str) -> dict[str, PointWording]:
    result = {}
    for key, point in table.items():
        where = f"{path}: {name}.{key}"
        if not isinstance(point, dict) or "say" not in point or "detail" not in point:
            raise ConfigError(f"{where} needs `say` and `detail`")
        result[key] = PointWording(_check_line(point["say"], where), str(point["detail"]))
    return result
