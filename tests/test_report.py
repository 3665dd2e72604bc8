"""`voicecoach report`: one self-contained page whose charts and figures are the database's,
checked as Chromium draws it."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import statistics
import struct
import subprocess
import zlib
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from voicecoach import cli
from voicecoach.coaching.norms import Norms
from voicecoach.history.records import SessionMode, SessionRecord, SessionSummary
from voicecoach.history.store import DB_NAME, Store
from voicecoach.testing import make_turn

START = datetime(2025, 6, 1, 16, 0, tzinfo=timezone.utc)
WINDOW = (1200, 2400)


def voicecoach(*argv: str) -> int:
    """Run a command in this process, as `voicecoach ...` would."""
    return cli.main(list(argv))


# The session the report is about: (text, words, wpm, fillers, labels, gap, barge-in, tip).
TURNS = [
    ("hi I'm Noor, I came with Sam", 7, 126.0, 0, ("greeting_intro",), None, False, None),
    ("um so how do you know the host", 7, 168.0, 1, ("open_question",), 0.5, False, None),
    ("oh nice, I love that place", 6, 104.0, 1, ("encourager",), 1.6, False,
     "Try asking them something back."),
    ("the election is such a mess honestly", 7, 181.0, 2, ("politics",), -0.4, True,
     "Let them finish first."),
    ("sorry, go on, what were you saying", 7, 142.0, 0, ("open_question",), 0.8, False, None),
    ("that jacket is great, where is it from", 8, 151.0, 1, ("compliment", "open_question"),
     0.3, False, "Nice open question."),
]
EARLIER_PACE = (188.0, 172.0, 160.0)  # earlier sessions, getting closer to the band


def _write(store: Store, minutes: int, turns: list[tuple[object, ...]], *, end: bool = True
           ) -> int:
    sid = store.begin_session(SessionRecord(SessionMode.PRACTICE, "party", "microphone",
                                            START + timedelta(days=minutes // 1440,
                                                              minutes=minutes % 1440)))
    clock = 1.0
    for i, (text, words, wpm, fillers, labels, gap, barge, tip) in enumerate(turns):
        assert isinstance(words, int) and isinstance(wpm, float) and isinstance(fillers, int)
        clock += 3.0 + float(gap or 0.0)  # type: ignore[arg-type]
        speaking = words * 60 / wpm
        store.add_turn(sid, make_turn(
            i, clock, clock + speaking, text=str(text), words=words, wpm=wpm,
            articulation_wpm=wpm * 1.1, pauses=0, fillers=fillers,
            labels=labels,  # type: ignore[arg-type]
            partner_end=None if gap is None else clock - gap,  # type: ignore[operator]
            barge_in=bool(barge), tip=tip,  # type: ignore[arg-type]
            partner_text="So what brings you here?", partner_speaking_s=3.0))
        clock += speaking
    if end:
        store.end_session(sid, SessionSummary(
            START + timedelta(minutes=minutes + 3), clock + 1.0,
            ("You asked three questions.", "Slow down a little when you get excited.")))
    return sid


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "data"
    with Store.open(path) as store:
        for day, wpm in enumerate(EARLIER_PACE):
            _write(store, day * 1440, [("well hello", 10, wpm, 2, (), 0.5, False, None)] * 3)
        store.begin_session(SessionRecord(SessionMode.WARMUP, None, "microphone",
                                          START + timedelta(days=3)))  # said nothing
        _write(store, 4 * 1440, TURNS)
    return path


@pytest.fixture(scope="module")
def session_id(data_dir: Path) -> int:
    return 5


@pytest.fixture(scope="module")
def page(data_dir: Path, session_id: int, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("page") / "report.html"
    with redirect_stdout(io.StringIO()):
        assert voicecoach("report", str(session_id), "--out", str(out),
                          "--data-dir", str(data_dir)) == 0
    return out


def query(data_dir: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / DB_NAME) as db:
        rows = db.execute(sql, params).fetchall()
    db.close()
    return rows


# -- Chromium ------------------------------------------------------------------------------------

def find_chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    reason = "Chromium is not installed (apt-get install chromium fonts-dejavu-core)"
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; on CI it must be present")
    pytest.skip(reason)


def chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [find_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp}",
               f"--window-size={WINDOW[0]},{WINDOW[1]}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    chart: str | None


@dataclass
class Dom(HTMLParser):
    """The marks of each chart and the text of each headline figure, as Chromium laid them out."""

    marks: list[Element] = field(default_factory=list)
    figures: dict[str, str] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    _chart: str | None = None
    _figure: str | None = None
    _in_value: bool = False

    def __post_init__(self) -> None:
        super().__init__()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "svg":
            self._chart = a.get("data-chart")
        elif self._chart and tag in ("rect", "circle", "path"):
            self.marks.append(Element(tag, a, self._chart))
        if "data-figure" in a:
            self._figure = a["data-figure"]
        self._in_value = tag == "span" and a.get("class") == "value" and self._figure is not None

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._chart = None
        self._in_value = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_value and self._figure:
            self.figures[self._figure] = data
            self._figure = None

    def of(self, chart: str, tag: str, cls: str) -> list[Element]:
        return [m for m in self.marks if m.chart == chart and m.tag == tag
                and cls in m.attrs.get("class", "").split()]


@pytest.fixture(scope="module")
def dom(page: Path, tmp_path_factory: pytest.TempPathFactory) -> Dom:
    dumped = chromium(tmp_path_factory.mktemp("chromium"), "--dump-dom", page.as_uri()).stdout
    parsed = Dom()
    parsed.feed(dumped)
    return parsed


@pytest.fixture(scope="module")
def screenshot(page: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    png = tmp_path_factory.mktemp("shot") / "report.png"
    chromium(tmp_path_factory.mktemp("chromium"), f"--screenshot={png}", page.as_uri())
    return png


# -- the tests -----------------------------------------------------------------------------------

def test_pace_and_filler_bars_are_the_databases_per_turn_figures(
        dom: Dom, data_dir: Path, session_id: int) -> None:
    # Fillers per turn are counted, not rated: a rate of a 6-word turn means nothing.
    rows = query(data_dir, "SELECT idx, wpm, fillers FROM turns "
                 "WHERE session_id = ? ORDER BY idx", session_id)
    pace = dom.of("pace", "rect", "bar")
    fillers = dom.of("fillers", "rect", "bar")
    assert len(pace) == len(fillers) == len(TURNS)
    for (idx, wpm, count), p, f in zip(rows, pace, fillers, strict=True):
        assert p.attrs["data-key"] == f.attrs["data-key"] == str(idx)
        assert float(p.attrs["data-value"]) == pytest.approx(wpm, rel=1e-5)
        assert float(f.attrs["data-value"]) == count
    # The target band is drawn, and the bars outside it are coloured differently.
    assert dom.of("pace", "rect", "band")
    tones = [p.attrs["class"].split()[1] for p in pace]
    band = Norms.default()  # the band the coach's tips use, and no other
    assert (band.pace_min_wpm, band.pace_max_wpm) == (110, 170)
    expected = ["good" if band.pace_ok(wpm) else "high" if wpm > 170 else "low"
                for _, wpm, _ in rows]
    assert tones == expected
    assert set(tones) == {"good", "high", "low"}


def test_gaps_and_barge_ins_are_drawn_along_the_session(
        dom: Dom, data_dir: Path, session_id: int) -> None:
    gaps = query(data_dir, "SELECT idx, response_gap_s FROM turns WHERE session_id = ? AND "
                 "response_gap_s IS NOT NULL ORDER BY idx", session_id)
    barge_ins = query(data_dir, "SELECT idx FROM turns WHERE session_id = ? AND barge_in = 1",
                      session_id)
    bars = dom.of("gaps", "rect", "bar")
    assert [(int(b.attrs["data-key"]), float(b.attrs["data-value"])) for b in bars] == [
        (idx, pytest.approx(gap)) for idx, gap in gaps]
    marked = dom.of("gaps", "path", "barge-in")
    assert [m.attrs["data-key"] for m in marked] == [str(idx) for (idx,) in barge_ins] == ["3"]
    # Later turns sit further right: the x axis is the session's clock.
    xs = [float(b.attrs["x"]) for b in bars]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_move_counts_are_the_databases(dom: Dom, data_dir: Path, session_id: int) -> None:
    counted = query(data_dir, "SELECT label, COUNT(*) FROM moves WHERE session_id = ? "
                    "GROUP BY label", session_id)
    drawn = {b.attrs["data-key"]: int(b.attrs["data-value"]) for b in dom.of("moves", "rect",
                                                                              "bar")}
    assert drawn == {str(label).replace("_", " "): n for label, n in counted}
    assert drawn["open question"] == 3
    politics = next(b for b in dom.of("moves", "rect", "bar") if b.attrs["data-key"] == "politics")
    assert "warn" in politics.attrs["class"]  # a topic to avoid stands out


def test_the_trend_has_one_point_per_session_with_speech(
        dom: Dom, data_dir: Path, session_id: int) -> None:
    per_session = query(data_dir, "SELECT session_id, SUM(words) * 60.0 / SUM(words * 60.0 / wpm),"
                        " SUM(fillers) * 100.0 / SUM(words) FROM turns GROUP BY session_id "
                        "ORDER BY session_id")
    pace = dom.of("trend-pace", "circle", "point")
    fillers = dom.of("trend-fillers", "circle", "point")
    assert [int(p.attrs["data-key"]) for p in pace] == [row[0] for row in per_session] \
        == [1, 2, 3, 5]  # session 4 said nothing
    for (_, wpm, per_100), p, f in zip(per_session, pace, fillers, strict=True):
        assert float(p.attrs["data-value"]) == pytest.approx(float(str(wpm)), rel=1e-5)
        assert float(f.attrs["data-value"]) == pytest.approx(float(str(per_100)), rel=1e-5)
    current = [p.attrs["data-key"] for p in pace if "current" in p.attrs["class"]]
    assert current == [str(session_id)]


def test_headline_figures_match_the_database(dom: Dom, data_dir: Path, session_id: int) -> None:
    ((turns, words, seconds, fillers, barge_ins),) = query(
        data_dir, "SELECT COUNT(*), SUM(words), SUM(words * 60.0 / wpm), SUM(fillers), "
        "SUM(barge_in) FROM turns WHERE session_id = ?", session_id)
    ((asking,),) = query(data_dir, "SELECT COUNT(DISTINCT turn_idx) FROM moves WHERE "
                         "session_id = ? AND label LIKE '%_question'", session_id)
    ((tips,),) = query(data_dir, "SELECT COUNT(*) FROM tips WHERE session_id = ?", session_id)
    assert isinstance(words, int) and isinstance(seconds, float) and isinstance(fillers, int)
    assert isinstance(turns, int) and isinstance(asking, int)
    partner = 3.0 * turns
    assert dom.figures == {
        "turns": str(turns),
        "wpm": f"{words / seconds * 60:.0f}",
        "fillers_per_100_words": f"{fillers / words * 100:.1f}",
        "questions_asked_back": f"{asking / turns * 100:.0f}%",
        "talk_share": f"{seconds / (seconds + partner) * 100:.0f}%",
        "mean_response_gap_s": f"{statistics.median([0.5, 1.6, -0.4, 0.8, 0.3]):.1f} s",
        "barge_ins": str(barge_ins),
        "tips_given": str(tips),
    }


def test_a_short_turns_fillers_read_as_a_count_not_a_rate(tmp_path: Path) -> None:
    # "Um, yes": one filler in one word is not "100.0 per 100 words".
    data = tmp_path / "data"
    with Store.open(data) as store:
        sid = _write(store, 0, [("um yes", 1, 120.0, 1, (), 0.4, False, None),
                                ("well I grew up by the sea and we sailed a lot there", 12,
                                 150.0, 3, (), 0.5, False, None)])
    out = tmp_path / "report.html"
    with redirect_stdout(io.StringIO()):
        assert voicecoach("report", str(sid), "--out", str(out), "--data-dir", str(data)) == 0
    page = Dom()
    page.feed(out.read_text(encoding="utf-8"))
    bars = page.of("fillers", "rect", "bar")
    assert [float(b.attrs["data-value"]) for b in bars] == [1.0, 3.0]
    html = out.read_text(encoding="utf-8")
    assert "100.0 per 100" not in html
    assert "1 filler in 1 word" in html
    assert "3 fillers, 25.0 per 100 words" in html  # a long enough turn keeps its rate


def test_the_page_shows_what_was_said_and_the_coachs_words(dom: Dom) -> None:
    text = " ".join(dom.text)
    for line, *_ in TURNS:
        assert str(line) in text
    for words in ("Let them finish first.", "Slow down a little when you get excited."):
        assert words in text


def png_size_and_pixels(png: Path) -> tuple[int, int, bytes]:
    """Width, height and the (filtered) pixel stream of a PNG, with the standard library."""
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, at = b"", 8
    while at < len(data):
        length = struct.unpack(">I", data[at:at + 4])[0]
        if data[at + 4:at + 8] == b"IDAT":
            idat += data[at + 8:at + 8 + length]
        at += 12 + length
    return width, height, zlib.decompress(idat)


def test_the_screenshot_is_a_full_page_not_a_blank_one(
        screenshot: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    blank_html = tmp_path_factory.mktemp("blank") / "blank.html"
    blank_html.write_text("<!DOCTYPE html><title>blank</title><body style='background:#f5f7fa'>")
    blank_png = blank_html.with_suffix(".png")
    chromium(tmp_path_factory.mktemp("chromium"), f"--screenshot={blank_png}",
             blank_html.as_uri())
    width, height, pixels = png_size_and_pixels(screenshot)
    assert (width, height) == WINDOW
    _, _, blank = png_size_and_pixels(blank_png)
    # Text, bars and colour compress far worse than an empty page of the same size.
    assert len(zlib.compress(pixels)) > 10 * len(zlib.compress(blank))


def test_the_page_loads_nothing_from_elsewhere(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    for forbidden in ("<script", "src=", "href=", "url(", "@import", "<link", "https:"):
        assert forbidden not in html
    # The only address in the page is SVG's namespace name, which is never fetched.
    assert html.replace('xmlns="http://www.w3.org/2000/svg"', "").count("http:") == 0
    assert "Content-Security-Policy" in html


def test_report_defaults_to_the_latest_session_and_prints_the_path(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert voicecoach("report", "--data-dir", str(data_dir)) == 0
    written = tmp_path / "voicecoach-report-5.html"
    assert capsys.readouterr().out.strip() == str(written)
    assert "Session 5" in written.read_text(encoding="utf-8")
    assert voicecoach("report", "--last", "--data-dir", str(data_dir)) == 0
    assert capsys.readouterr().out.strip() == str(written)


def test_a_session_without_speech_or_an_end_still_gets_a_page(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    with Store.open(data) as store:
        quiet = store.begin_session(SessionRecord(SessionMode.PRACTICE, "party", "microphone",
                                                  START))
        crashed = _write(store, 10, TURNS[:2], end=False)
    out = tmp_path / "page.html"
    assert voicecoach("report", str(quiet), "--out", str(out), "--data-dir", str(data)) == 0
    assert "No turns were recorded" in out.read_text(encoding="utf-8")
    assert voicecoach("report", str(crashed), "--out", str(out), "--data-dir", str(data)) == 0
    html = out.read_text(encoding="utf-8")
    assert "did not end normally" in html and str(TURNS[1][0]) in html


def test_an_unwritable_output_is_one_clear_error(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no-such-folder" / "page.html"
    assert voicecoach("report", "--out", str(target), "--data-dir", str(data_dir)) == 2
    err = capsys.readouterr().err
    assert str(target) in err and err.count("\n") == 1
