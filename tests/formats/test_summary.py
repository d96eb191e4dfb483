"""The plain-language summary: right numbers, the right direction, n always, never a cause."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from diary.domain.stats import (
    ContactKind,
    Correlation,
    DepthLink,
    GroupMood,
    MoodGap,
    Streak,
    Summary,
)
from diary.formats.summary import correlation_text, summary_lines, summary_to_dict

START, END = dt.date(2026, 11, 1), dt.date(2026, 11, 30)


def groups(in_person: tuple[int, ...] = (), none: tuple[int, ...] = ()) -> tuple[GroupMood, ...]:
    def group(kind: ContactKind, moods: tuple[int, ...]) -> GroupMood:
        return GroupMood(kind, len(moods), sum(moods) / len(moods) if moods else None, moods)

    return (
        group(ContactKind.IN_PERSON, in_person),
        group(ContactKind.CALL_OR_VIDEO, ()),
        group(ContactKind.DIGITAL_ONLY, ()),
        group(ContactKind.NONE, none),
    )


BASE = Summary(
    start=START,
    end=END,
    logged_days=21,
    unlogged_days=9,
    meaningful_days=12,
    isolated_days=9,
    digital_only_days=4,
    longest=Streak(dt.date(2026, 11, 3), dt.date(2026, 11, 6)),
    current=None,
    mood_mean=6.0,
    link=Correlation(0.42, 0.21, 0.6, 21),
    gap=MoodGap(1.4, 6.8, 12, 5.4, 9),
    lag=None,
    by_kind=groups((7, 7, 8, 6), (5, 5, 4)),
    depth=DepthLink(None, None),
    gratitude_notes=30,
    gratitude_days=15,
)


def test_the_example_of_the_brief() -> None:
    text = "\n".join(summary_lines(BASE))
    assert "You logged 21 of 30 days" in text and "9 unlogged days are left out" in text
    assert "longest isolation streak was 4 days (3 Nov to 6 Nov)" in text
    assert "mood averaged 6.8, 1.4 higher than on isolated days (n = 12 vs 9)" in text
    assert "in-person contact your mood averaged 7.0, 2.3 higher" in text
    assert "(n = 4 vs 3)" in text
    assert "moved together moderately (ρ = 0.42, 95% interval 0.21 to 0.60, n = 21)" in text
    assert text.endswith("not what caused what.")
    for causal in ("because", "makes you", "caused by", "leads to"):
        assert causal not in text


def test_a_lower_mood_with_company_is_said_as_lower() -> None:
    sad = dataclasses.replace(BASE, gap=MoodGap(-0.5, 5.0, 12, 5.5, 9))
    assert any("0.5 lower than on isolated days" in line for line in summary_lines(sad))


def test_small_groups_are_not_compared() -> None:
    few = dataclasses.replace(BASE, by_kind=groups((7, 8), (4, 4, 4)))
    assert not any("in-person contact" in line for line in summary_lines(few))


def test_not_enough_mood_days_stops_before_any_comparison() -> None:
    thin = dataclasses.replace(BASE, gap=None, link=None, by_kind=groups((7, 7), (5,)))
    lines = summary_lines(thin)
    assert lines[-1] == "Not enough data yet to compare moods: 3 days with a mood, 8 needed."
    assert not any("averaged" in line or "ρ" in line for line in lines)


def test_nothing_logged_is_one_kind_line() -> None:
    empty = dataclasses.replace(BASE, logged_days=0, unlogged_days=30)
    assert summary_lines(empty) == [
        "Nothing is logged in this period yet. Days you write about will show up here."
    ]


@pytest.mark.parametrize(
    ("rho", "words"),
    [
        (0.05, "hardly moved together"),
        (0.2, "moved together a little"),
        (0.6, "moved together strongly"),
        (-0.35, "moved together moderately, in opposite directions"),
    ],
)
def test_strength_words(rho: float, words: str) -> None:
    summary = dataclasses.replace(BASE, link=Correlation(rho, rho - 0.1, rho + 0.1, 21))
    assert any(words in line for line in summary_lines(summary))


def test_correlation_text_rounds_to_two_places() -> None:
    assert correlation_text(Correlation(0.4249, 0.2, 0.61, 30)) == (
        "ρ = 0.42, 95% interval 0.20 to 0.61, n = 30"
    )


def test_json_shape() -> None:
    shape = summary_to_dict(dataclasses.replace(BASE, current=Streak(END, END)))
    assert shape["period"] == {"from": "2026-11-01", "to": "2026-11-30"}
    assert shape["isolation_streak_longest"] == {
        "length": 4,
        "start": "2026-11-03",
        "end": "2026-11-06",
    }
    assert shape["isolation_streak_current"] == 1
    assert shape["mood_contact_rho"] == {"rho": 0.42, "ci_low": 0.21, "ci_high": 0.6, "n": 21}
    assert shape["mood_gap"]["n_isolated"] == 9
    assert shape["next_day_mood_rho"] is None
    assert shape["mood_by_kind"]["none"] == {"n": 3, "mean": pytest.approx(14 / 3)}
