"""The plain-language summary: right numbers, the right direction, n always, never a cause."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from diary import locale_format
from diary.domain.insights import Insights, period_insights
from diary.domain.models import CheckIn, CheckInKind, Day, Entry, Gratitude, Interaction, Mode
from diary.domain.sample import generate
from diary.domain.stats import (
    ContactKind,
    Correlation,
    DayStats,
    DepthLink,
    GroupMood,
    MoodGap,
    Streak,
    Summary,
    day_series,
)
from diary.formats.summary import (
    TOPICS,
    correlation_text,
    detail_lines,
    insights_to_dict,
    lead,
    lead_sentences,
    summary_lines,
    summary_to_dict,
)
from diary.i18n import speaking

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
    assert "Not enough data yet to compare moods: 3 days with a mood, 8 needed." in lines
    assert lines[-1] == "You noted 30 things you are grateful for, on 15 days."
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


# -- counts, dates and the lead sentences -------------------------------------------------------

BROKEN = (
    re.compile(r"(?<![\d.])1 (days|things|were)\b"),  # "1 days", "1 things", "1 were isolated"
    re.compile(r"(?<![\d.])(0|1) unlogged days"),  # "The 0 unlogged days", "1 unlogged days"
    re.compile(r"\bThe 0 "),
    re.compile(r"(\b\d{1,2} [A-Z][a-z]{2}(?: \d{4})?) to \1(?!\d)"),  # "27 Nov to 27 Nov"
    re.compile(r"with them and .* without have a mood"),
    re.compile(r"\{\w*\}"),  # a placeholder left unfilled
)


def broken(text: str) -> list[str]:
    return [pattern.pattern for pattern in BROKEN if pattern.search(text)]


def test_the_broken_patterns_are_caught() -> None:
    for bad in (
        "1 days were isolated",
        "streak was 1 days (27 Nov to 27 Nov)",
        "The 0 unlogged days are left out",
        "1 with them and 309 without have a mood",
        "In {period} nothing",
    ):
        assert broken(bad), bad
    assert not broken("11 days were isolated, 2.1 things; 27 Nov to 28 Nov; 1 day was isolated")


def every_sentence(insights: Insights) -> list[str]:
    return [*(lead(insights, topic) for topic in TOPICS), *detail_lines(insights)]


@pytest.fixture(scope="module")
def demo_year() -> tuple[list[DayStats], tuple[CheckIn, ...]]:
    end = dt.date(2026, 11, 27)
    sample = generate(end, years=2, seed=11)
    by_day: dict[dt.date, tuple[Entry | None, list[Interaction]]] = {}
    for entry in sample.entries:
        by_day[entry.day] = (entry, by_day.get(entry.day, (None, []))[1])
    for item in sample.interactions:
        by_day.setdefault(item.day, (None, []))[1].append(item)
    days = [Day(d, e, tuple(i)) for d, (e, i) in sorted(by_day.items())]
    start = min(by_day)
    checkins = (
        CheckIn(dt.date(2026, 3, 2), CheckInKind.WHO5, (1, 2, 1, 2, 1)),
        CheckIn(dt.date(2025, 6, 9), CheckInKind.UCLA3, (3, 2, 3)),
    )
    return day_series(days, start, end), checkins


def test_no_sentence_of_two_years_of_demo_months_is_broken(demo_year) -> None:
    series, checkins = demo_year
    first, last = series[0].day, series[-1].day
    periods = []
    month = dt.date(first.year, first.month, 1)
    while month <= last:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        periods.append((max(month, first), min(following - dt.timedelta(days=1), last)))
        month = following
    periods += [(dt.date(2026, 1, 1), last), (dt.date(2025, 1, 1), dt.date(2025, 12, 31))]
    periods += [(last - dt.timedelta(days=n), last) for n in (0, 1, 2)]  # one, two, three days
    seen_leads = set()
    for start, end in periods:
        insights = period_insights(series, start, end, checkins=checkins, resamples=200)
        for sentence in every_sentence(insights):
            assert not broken(sentence), (start, sentence)
        seen_leads.update(lead(insights, topic) for topic in TOPICS)
    assert len(seen_leads) > 40  # the sweep saw many different sentences, not one


def hand(days: list[Day], first: int, last: int) -> Insights:
    start, end = nov_(first), nov_(last)
    return period_insights(day_series(days, start, end), start, end)


def nov_(n: int) -> dt.date:
    return dt.date(2026, 11, n)


def met(n: int, mood: int | None = 6, *, gratitude: int = 0) -> Day:
    date = nov_(n)
    entry = Entry(
        date, mood=mood, gratitude=tuple(Gratitude(f"note {i}") for i in range(gratitude))
    )
    return Day(date, entry, (Interaction(date, Mode.IN_PERSON, 30),))


def alone(n: int, mood: int | None = 4, *, texted: bool = False) -> Day:
    date = nov_(n)
    contacts = (Interaction(date, Mode.TEXT, 5),) if texted else ()
    return Day(date, Entry(date, mood=mood, text="quiet"), contacts)


@pytest.mark.parametrize(
    ("days", "first", "last", "expected"),
    [
        ([met(1), met(2)], 1, 2, "You logged every one of 2 days."),
        ([met(1)], 1, 1, "You logged every one of 1 day."),
        (
            [met(1), met(3)],
            1,
            3,
            "You logged 2 of 3 days. The 1 unlogged day is left out: it counts neither as "
            "lonely nor as connected.",
        ),
        (
            [met(1)],
            1,
            3,
            "You logged 1 of 3 days. The 2 unlogged days are left out: they count neither as "
            "lonely nor as connected.",
        ),
        ([met(1), met(2)], 1, 2, "You had meaningful contact on 2 days; no day was isolated."),
        ([met(1), alone(2)], 1, 2, "You had meaningful contact on 1 day; 1 day was isolated."),
        (
            [met(1), alone(2, texted=True)],
            1,
            2,
            "You had meaningful contact on 1 day; 1 day was isolated, with only texts or "
            "social media.",
        ),
        (
            [alone(1, texted=True), alone(2, texted=True)],
            1,
            2,
            "You had meaningful contact on 0 days; 2 days were isolated, all of them with only "
            "texts or social media.",
        ),
        (
            [alone(1, texted=True), alone(2)],
            1,
            2,
            "You had meaningful contact on 0 days; 2 days were isolated, 1 of them with only "
            "texts or social media.",
        ),
        ([met(26), alone(27)], 26, 27, "Your longest isolation streak was 1 day (27 Nov)."),
        (
            [alone(26), alone(27)],
            26,
            27,
            "Your longest isolation streak was 2 days (26 Nov to 27 Nov).",
        ),
        (
            [met(1)],
            1,
            1,
            "Not enough data yet to compare moods: 1 day with a mood, 8 needed.",
        ),
        ([met(1, gratitude=1)], 1, 1, "You noted 1 thing you are grateful for, on 1 day."),
        (
            [met(1, gratitude=2), met(2, gratitude=1)],
            1,
            2,
            "You noted 3 things you are grateful for, on 2 days.",
        ),
    ],
)
def test_counts_of_zero_one_and_two_read_right(
    days: list[Day], first: int, last: int, expected: str
) -> None:
    assert expected in detail_lines(hand(days, first, last))


def test_the_leads_of_a_good_month_say_it_in_everyday_words() -> None:
    days = [met(n, 7) for n in range(1, 11)] + [alone(n, 4) for n in range(11, 15)]
    insights = hand(days, 1, 30)
    assert (
        lead(insights, "gap") == "You felt better on days with meaningful contact in November 2026."
    )
    assert lead(insights, "kinds") == (
        "You felt better on days you saw people in person than on days without any contact."
    )
    assert lead(insights, "streak") == (
        "Your longest stretch without meaningful contact in November 2026 was 4 days, "
        "11 Nov to 14 Nov."
    )
    assert lead(insights, "link").startswith("In November 2026, on days with more time with people")
    assert lead(insights, "checkins") == "No check-ins in November 2026 yet."


def test_below_eight_mood_days_every_mood_lead_says_not_enough_data_yet() -> None:
    days = [met(n, 8) for n in range(1, 5)] + [alone(n, 2) for n in range(5, 8)]
    insights = hand(days, 1, 30)
    for topic in ("gap", "link", "kinds"):
        assert lead(insights, topic) == (
            "Not enough data yet to read your moods in November 2026: 7 days with a mood, 8 needed."
        )
    assert lead_sentences(insights).count(lead(insights, "gap")) == 1
    for sentence in every_sentence(insights):
        for word in ("better", "higher", "lower", "ρ", "caused"):
            assert word not in sentence


def test_no_lead_ever_claims_a_cause(demo_year) -> None:
    series, _checkins = demo_year
    insights = period_insights(series, dt.date(2026, 1, 1), series[-1].day, resamples=200)
    for sentence in every_sentence(insights):
        for causal in ("because", "makes you", "caused by", "leads to", "so you"):
            assert causal not in sentence


def test_a_link_that_could_be_chance_says_so() -> None:
    weak = dataclasses.replace(BASE, link=Correlation(0.35, -0.05, 0.62, 12))
    insights = hand([met(n) for n in range(1, 9)], 1, 30)
    sentence = lead(dataclasses.replace(insights, summary=weak), "link")
    assert sentence.endswith("With this few days it may be chance.")


def test_the_kinds_lead_has_its_numbers_behind_it() -> None:
    days = [met(n, 7) for n in range(1, 11)]
    days += [
        Day(nov_(n), Entry(nov_(n), mood=4), (Interaction(nov_(n), Mode.CALL, 20),))
        for n in range(11, 15)
    ]
    insights = hand(days, 1, 30)
    assert lead(insights, "kinds") == (
        "You felt better on days you saw people in person than on days with calls or video."
    )
    assert (
        "On days you saw people in person your mood averaged 7.0 (n = 10); on days with calls "
        "or video, 4.0 (n = 4)."
    ) in detail_lines(insights)


def test_negative_numbers_have_a_true_minus_sign() -> None:
    assert correlation_text(Correlation(-0.25, -0.5, 0.1, 30)) == (
        "ρ = −0.25, 95% interval −0.50 to 0.10, n = 30"
    )


def test_the_json_adds_the_leads_and_keeps_the_summary_keys() -> None:
    insights = hand([met(n, 7) for n in range(1, 10)], 1, 30)
    data = insights_to_dict(insights)
    assert set(summary_to_dict(insights.summary)) <= set(data)
    assert data["lead"] == lead_sentences(insights) and data["mood_days"] == 9


def test_numbers_and_dates_follow_the_locale() -> None:
    with speaking("de", "de_DE"):
        text = "\n".join(summary_lines(BASE))
        for number in ("6,8", "1,4", "7,0", "2,3", "0,42", "0,21", "0,60"):
            assert number in text, number
        assert "3. Nov." in text and "6. Nov." in text
        assert not re.search(r"\d\.\d", text), "no English decimal point is left"
        assert correlation_text(Correlation(-0.25, -0.5, 0.1, 30)).startswith("ρ = −0,25")


def test_the_period_and_its_brightest_month_are_named_in_the_locale(demo_year) -> None:
    series, _checkins = demo_year
    march = period_insights(series, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    year = period_insights(series, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    english = lead(year, "moods")
    with speaking("de", "de_DE"):
        assert "März 2026" in lead(march, "gap")
        german = lead(year, "moods")
    month = next(m for m in range(1, 13) if dt.date(2025, m, 1).strftime("%B") in english)
    with speaking("de", "de_DE"):
        assert locale_format.month_name(month) in german


def weeks(count: int, *, flat: bool = False) -> list[Day]:
    """``count`` weeks from Monday 5 January 2026: bright sociable Saturdays, low lone Mondays."""
    days = []
    for n in range(count):
        monday = dt.date(2026, 1, 5) + dt.timedelta(weeks=n)
        saturday = monday + dt.timedelta(days=5)
        days.append(Day(monday, Entry(monday, mood=5 if flat else 3, text="quiet"), ()))
        meeting = (Interaction(saturday, Mode.IN_PERSON, 60),)
        days.append(Day(saturday, Entry(saturday, mood=5 if flat else 8), meeting))
    return days


def year_insights(days: list[Day]) -> Insights:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    return period_insights(day_series(days, start, end), start, end, resamples=100)


def test_the_week_lead_names_the_brightest_and_the_lowest_day_of_the_week() -> None:
    insights = year_insights(weeks(10))
    with speaking("en", "en_GB"):
        assert lead(insights, "week") == (
            "In 2026, Saturday was your brightest day of the week and Monday your lowest."
        )
        assert lead(insights, "week") in lead_sentences(insights)
        assert (
            "Meaningful contact came most often on Saturday: on 10 of 10 logged days."
        ) in detail_lines(insights)
    with speaking("de", "de_DE"):
        sentence = lead(insights, "week")
        assert "Samstag" in sentence and "Montag" in sentence


def test_a_flat_week_says_so_and_a_thin_one_does_not_compare() -> None:
    assert lead(year_insights(weeks(10, flat=True)), "week") == (
        "In 2026 your mood was much the same on every day of the week."
    )
    # Eight days with a mood, but no weekday has three of them.
    extra = [dt.date(2026, 1, 6), dt.date(2026, 1, 13), dt.date(2026, 1, 7), dt.date(2026, 1, 14)]
    thin = weeks(2) + [Day(d, Entry(d, mood=5), ()) for d in extra]
    assert lead(year_insights(thin), "week").startswith("Not enough days in 2026 yet to compare")
    assert lead(year_insights(weeks(3)), "week").startswith("Not enough data yet")


def test_a_month_is_too_short_to_speak_of_its_week() -> None:
    insights = hand([met(n, 7) for n in range(1, 29)], 1, 30)
    assert all("day of the week" not in s for s in lead_sentences(insights))
    assert all("most often on" not in s for s in detail_lines(insights))


def test_the_json_gives_every_weekday_its_numbers() -> None:
    data = insights_to_dict(year_insights(weeks(10)))
    week = data["mood_by_weekday"]
    assert list(week) == [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]  # fmt: skip
    saturday = {"mood_days": 10, "mean": 8.0, "logged_days": 10, "meaningful_days": 10}
    assert week["saturday"] == saturday
    assert week["sunday"] == {"mood_days": 0, "mean": None, "logged_days": 0, "meaningful_days": 0}
