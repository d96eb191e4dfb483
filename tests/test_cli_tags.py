"""``diary write --tag``, ``list --tag``, ``search "#tag"`` and ``report --tag``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli


@pytest.fixture
def tagged(cli: Cli) -> Cli:
    assert cli("init").code == 0
    for day, text, tags in (
        ("2026-10-30", "Before the sessions #therapy", []),
        ("2026-11-02", "First session #Therapy went well", []),
        ("2026-11-03", "A quiet day", ["therapy", "homework"]),
        ("2026-11-04", "Work all day #work", []),
    ):
        extra = [arg for tag in tags for arg in ("--tag", tag)]
        result = cli("write", "--date", day, "--mood", "5", "--text", text, *extra)
        assert result.code == 0, result.err
    assert cli("checkin", "who5", "--answers", "3,3,3,2,2", "--date", "2026-11-01").code == 0
    assert cli("checkin", "ucla3", "--answers", "2,2,3", "--date", "2026-11-02").code == 0
    return cli


def test_write_sets_tags_and_keeps_them_until_replaced(tagged: Cli) -> None:
    shown = tagged("show", "--date", "2026-11-03")
    assert "Tags: #therapy #homework" in shown.out
    assert tagged("write", "--date", "2026-11-03", "--mood", "6").code == 0  # tags stay
    day = json.loads(tagged("show", "--date", "2026-11-03", "--json").out)
    assert day["entry"]["tags"] == ["therapy", "homework"]
    assert tagged("write", "--date", "2026-11-03", "--tag", "#rest").code == 0
    day = json.loads(tagged("show", "--date", "2026-11-03", "--json").out)
    assert day["entry"]["tags"] == ["rest"]
    assert tagged("write", "--date", "2026-11-03", "--no-tags").code == 0
    day = json.loads(tagged("show", "--date", "2026-11-03", "--json").out)
    assert day["entry"]["tags"] == [] and day["entry"]["text"] == "A quiet day"


def test_write_refuses_a_bad_tag_clearly_and_changes_nothing(tagged: Cli) -> None:
    result = tagged("write", "--date", "2026-11-03", "--tag", "two words", "--mood", "1")
    assert result.code != 0 and "is not a tag" in result.err and "Traceback" not in result.err
    day = json.loads(tagged("show", "--date", "2026-11-03", "--json").out)
    assert day["entry"]["mood"] == 5


def test_list_by_tag(tagged: Cli) -> None:
    listed = tagged("list", "--tag", "THERAPY")
    assert [line.split()[0] for line in listed.out.splitlines()] == [
        "2026-10-30",
        "2026-11-02",
        "2026-11-03",
    ]
    assert "#therapy" in listed.out.splitlines()[0]
    month = json.loads(tagged("list", "--tag", "therapy", "--month", "2026-11", "--json").out)
    assert [d["date"] for d in month] == ["2026-11-02", "2026-11-03"]
    assert month[1]["tags"] == ["therapy", "homework"]
    both = tagged("list", "--tag", "therapy", "--tag", "homework")
    assert [line.split()[0] for line in both.out.splitlines()] == ["2026-11-03"]
    none = tagged("list", "--tag", "nothing")
    assert none.code == 0 and "No logged day has the tags #nothing" in none.out


def test_search_understands_tags(tagged: Cli) -> None:
    hits = json.loads(tagged("search", "#therapy", "--json").out)
    assert [h["date"] for h in hits] == ["2026-11-03", "2026-11-02", "2026-10-30"]
    first = hits[1]
    start, end = first["matches"][0]
    assert first["snippet"][start:end] == "#Therapy"
    words = json.loads(tagged("search", "#therapy went", "--json").out)
    assert [h["date"] for h in words] == ["2026-11-02"]


def test_report_of_a_tag_counts_only_its_days(
    tagged: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary.charts import report

    seen: list[dict[str, object]] = []
    real = report.report_pdf

    def spy(**kwargs: object) -> bytes:
        seen.append(kwargs)
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report, "report_pdf", spy)
    out = tmp_path / "therapy.pdf"
    result = tagged("report", "--tag", "therapy", "--out", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")
    assert "3 days tagged #therapy, 2026-10-30 to 2026-11-03" in result.out
    (kwargs,) = seen
    assert (kwargs["start"].isoformat(), kwargs["end"].isoformat()) == ("2026-10-30", "2026-11-03")
    logged = [d.day.isoformat() for d in kwargs["series"] if d.logged]
    assert logged == ["2026-10-30", "2026-11-02", "2026-11-03"]  # not the #work day
    assert [c.kind.value for c in kwargs["checkins"]] == ["who5", "ucla3"]
    assert "Only the 3 days tagged #therapy" in kwargs["scope"]
    assert kwargs["days_with_text"] == []

    seen.clear()
    month = tagged("report", "--tag", "therapy", "--month", "2026-11", "--out", str(out))
    assert month.code == 0 and "2 days tagged #therapy, 2026-11-01 to 2026-11-30" in month.out


def test_report_of_a_tag_no_day_has(tagged: Cli, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    result = tagged("report", "--tag", "holiday", "--out", str(out))
    assert result.code == 1 and "No day is tagged #holiday" in result.err and not out.exists()
    result = tagged("report", "--tag", "work", "--month", "2026-10", "--out", str(out))
    assert result.code == 1 and "2026-10-31 is tagged #work" in result.err
    bad = tagged("report", "--tag", "a b", "--out", str(out))
    assert bad.code != 0 and "is not a tag" in bad.err and "Traceback" not in bad.err
