"""``diary stats``, ``chart`` and ``report`` on a small diary whose numbers are known."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import Cli
from diary.cli import PANEL_NAMES

# Nine days of November 2026, by hand:
#   1  mood 7, 60 min in person            -> meaningful
#   2  mood 3, text 5 min                  -> isolated, digital only
#   3  mood 3, nothing else                -> isolated
#   4  (nothing)                           -> unlogged: ends the run
#   5  mood 4, call 5 min depth 2          -> isolated (too short, not deep)
#   6  mood 4                              -> isolated
#   7  mood 5                              -> isolated: run 5-7 is the longest (3 days)
#   8  mood 8, video 30 min                -> meaningful
#   9  mood 8, text 0 min depth 5          -> meaningful (deep), digital kind
#  10  mood 6, in person 15 min            -> meaningful
MOODS = {1: 7, 2: 3, 3: 3, 5: 4, 6: 4, 7: 5, 8: 8, 9: 8, 10: 6}
CONTACTS = [
    (1, "in-person", 60, None),
    (2, "text", 5, None),
    (5, "call", 5, 2),
    (8, "video", 30, None),
    (9, "text", 0, 5),
    (10, "in-person", 15, None),
]


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands read the app's settings; never the developer's own."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path))


@pytest.fixture
def known(cli: Cli) -> Cli:
    assert cli("init").code == 0
    for day, mood in MOODS.items():
        assert cli("write", "--date", f"2026-11-{day:02d}", "--mood", str(mood)).code == 0
    for day, mode, minutes, depth in CONTACTS:
        args = ["met", "--date", f"2026-11-{day:02d}", "--mode", mode, "--minutes", str(minutes)]
        if depth is not None:
            args += ["--depth", str(depth)]
        assert cli(*args, "--with", "Sam").code == 0
    return cli


def test_stats_json_matches_the_hand_count(known: Cli) -> None:
    result = known("stats", "--from", "2026-11-01", "--to", "2026-11-10", "--json")
    assert result.code == 0, result.err
    stats = json.loads(result.out)
    assert stats["period"] == {"from": "2026-11-01", "to": "2026-11-10"}
    assert stats["logged_days"] == 9 and stats["unlogged_days"] == 1
    assert stats["meaningful_days"] == 4 and stats["isolated_days"] == 5
    assert stats["digital_only_days"] == 1
    assert stats["isolation_streak_longest"] == {
        "length": 3,
        "start": "2026-11-05",
        "end": "2026-11-07",
    }
    assert stats["isolation_streak_current"] == 0
    assert stats["mood_mean"] == pytest.approx(48 / 9)
    gap = stats["mood_gap"]
    assert (gap["n_with"], gap["n_isolated"]) == (4, 5)
    assert gap["mean_with"] == pytest.approx(29 / 4)
    assert gap["mean_isolated"] == pytest.approx(19 / 5)
    assert gap["gap"] == pytest.approx(29 / 4 - 19 / 5)
    rho = stats["mood_contact_rho"]
    assert rho["n"] == 9 and rho["ci_low"] <= rho["rho"] <= rho["ci_high"]


def test_stats_follow_the_users_definition_of_meaningful(known: Cli, tmp_path: Path) -> None:
    settings = tmp_path / "config" / "Hearth" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"meaningful_minutes": 5, "meaningful_depth": 5}))
    stats = json.loads(known("stats", "--from", "2026-11-01", "--to", "2026-11-10", "--json").out)
    assert stats["meaningful_days"] == 5  # the 5-minute call now counts


def test_the_current_streak_is_the_run_ending_the_period(known: Cli) -> None:
    stats = json.loads(known("stats", "--from", "2026-11-05", "--to", "2026-11-07", "--json").out)
    assert stats["isolation_streak_current"] == 3
    assert stats["mood_contact_rho"] is None and stats["mood_gap"] is None  # 3 mood days


def test_stats_in_words_say_not_enough_data_below_eight_mood_days(known: Cli) -> None:
    result = known("stats", "--from", "2026-11-01", "--to", "2026-11-03")
    assert result.code == 0
    assert "Not enough data yet" in result.out and "3 days with a mood, 8 needed" in result.out
    assert "caused" not in result.out  # no claims at all without enough data


def test_stats_in_words_compare_with_n_and_never_claim_a_cause(known: Cli) -> None:
    out = known("stats", "--month", "2026-11").out
    assert "n = 4 vs 5" in out
    assert "not what caused what" in out


def test_stats_lead_with_the_pages_sentences_then_the_numbers(known: Cli) -> None:
    out = known("stats", "--month", "2026-11").out
    lines = [line.strip() for line in out.splitlines()]
    assert lines[1] == "You felt better on days with meaningful contact in November 2026."
    assert (
        "Your longest stretch without meaningful contact in November 2026 was 3 days, "
        "5 Nov to 7 Nov."
    ) in lines
    numbers = lines.index("The numbers:")
    assert numbers > 2 and "You logged 9 of 30 days." in lines[numbers + 1]
    # The same rule as the Insights page: period_insights, through formats.summary.
    data = json.loads(known("stats", "--month", "2026-11", "--json").out)
    assert data["lead"] == lines[1 : numbers - 1]
    assert data["mood_days"] == 9 and data["enough_mood_days"] is True


def test_the_page_and_the_command_share_one_rule() -> None:
    import diary.commands.insights as command
    import diary.ui.insights.render as page
    from diary.domain.insights import period_insights

    assert command.period_insights is period_insights and page.period_insights is period_insights


@pytest.mark.parametrize(
    ("args", "complaint"),
    [
        (["--month", "2026-11", "--from", "2026-11-01"], "either --month"),
        (["--from", "2026-11-01"], "both --from and --to"),
        (["--from", "2026-11-10", "--to", "2026-11-01"], "before it starts"),
        (["--month", "2026-13"], "2026-13"),
    ],
)
def test_bad_periods_are_explained(known: Cli, args: list[str], complaint: str) -> None:
    result = known("stats", *args)
    assert result.code == 1 and complaint in result.err


def test_parser_knows_every_panel() -> None:
    from diary.charts.panels import PANELS

    assert tuple(PANELS) == PANEL_NAMES


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_chart_writes_the_file_by_its_extension(
    known: Cli, tmp_path: Path, suffix: str, magic: bytes
) -> None:
    out = tmp_path / f"month{suffix}"
    result = known("chart", "month", "--month", "2026-11", "--out", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(magic)
    assert "Mood and meaningful contact" in result.out


def test_chart_refuses_other_formats_and_unknown_panels(known: Cli, tmp_path: Path) -> None:
    gif = tmp_path / "chart.gif"
    result = known("chart", "month", "--month", "2026-11", "--out", str(gif))
    assert result.code == 1 and ".png" in result.err and not gif.exists()
    with pytest.raises(SystemExit) as exit_info:
        known("chart", "pie", "--month", "2026-11", "--out", str(tmp_path / "x.png"))
    assert exit_info.value.code == 2


def test_report_leaves_private_text_out_unless_asked(
    known: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diary.charts import report

    assert known("write", "--date", "2026-11-03", "--text", "a private canary").code == 0
    seen: list[int] = []
    real = report.report_pdf

    def spy(**kwargs: object) -> bytes:
        seen.append(len(kwargs["days_with_text"]))  # type: ignore[arg-type]
        return real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(report, "report_pdf", spy)
    out = tmp_path / "report.pdf"
    plain = known("report", "--month", "2026-11", "--out", str(out))
    assert plain.code == 0, plain.err
    assert out.read_bytes().startswith(b"%PDF") and "not encrypted" not in plain.out
    with_text = known("report", "--month", "2026-11", "--out", str(out), "--include-text")
    assert with_text.code == 0 and "not encrypted" in with_text.out
    assert seen == [0, 9]


def test_report_must_be_a_pdf(known: Cli, tmp_path: Path) -> None:
    result = known("report", "--month", "2026-11", "--out", str(tmp_path / "report.png"))
    assert result.code == 1 and ".pdf" in result.err


def test_stats_never_load_matplotlib(known: Cli) -> None:
    import subprocess

    code = (
        "import sys\n"
        "from diary.cli import main\n"
        "from diary.storage.kdf import TEST_POLICY\n"
        f"main(['--data-dir', {str(known.folder)!r}, '--passphrase-file',"
        f" {str(known.passphrase_file)!r}, 'stats', '--json'], kdf_policy=TEST_POLICY)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'matplotlib', 'PySide6'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().endswith("[]")


def test_chart_checkins_draws_the_years_check_ins(
    known: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import diary.charts.checkins as checkins_chart

    drawn: list[tuple[int, ...]] = []
    real = checkins_chart.draw_checkins

    def spy(who5_ax, ucla3_ax, checkins, theme, *, year):  # type: ignore[no-untyped-def]
        drawn.append(tuple(sum(c.answers) for c in checkins))
        return real(who5_ax, ucla3_ax, checkins, theme, year=year)

    monkeypatch.setattr(checkins_chart, "draw_checkins", spy)
    assert known("checkin", "who5", "--answers", "3,2,3,2,2", "--date", "2026-11-03").code == 0
    assert known("checkin", "ucla3", "--answers", "2,2,2", "--date", "2026-02-10").code == 0
    assert known("checkin", "who5", "--answers", "5,5,5,5,5", "--date", "2025-06-01").code == 0
    out = tmp_path / "checkins.png"
    result = known("chart", "checkins", "--month", "2026-11", "--out", str(out))
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"\x89PNG")
    assert "Check-ins" in result.out
    assert drawn == [(6, 12)]  # the year of the month asked for, and only that year


def test_stats_write_dates_and_numbers_as_lang_asks(known: Cli) -> None:
    import os
    import re
    import subprocess

    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
    }
    code = (
        "import sys\n"
        "from diary.cli import main\n"
        "from diary.storage.kdf import TEST_POLICY\n"
        f"sys.exit(main(['--data-dir', {str(known.folder)!r}, '--passphrase-file',"
        f" {str(known.passphrase_file)!r}, 'stats', '--month', '2026-11'],"
        " kdf_policy=TEST_POLICY))\n"
    )

    def stats(lang: str) -> str:
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
            env={**environment, "LANG": lang},
        )
        return result.stdout

    english, german = stats("en_GB.UTF-8"), stats("de_DE.UTF-8")
    assert "5 Nov to 7 Nov" in english and re.search(r"\d\.\d", english)
    assert "5. Nov." in german and "7. Nov." in german
    assert re.search(r"\d,\d", german), "German decimals have a comma"
    assert not re.search(r"\d\.\d", german), "and no English decimal point"
