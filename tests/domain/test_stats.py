"""The analytics follow product.md's definitions, and the fast bootstrap is the plain one, faster.

Three layers of checks: small cases computed by hand; a plain, obviously correct re-implementation
(naive loops, naive ranks, a naive bootstrap) that the fast code must agree with on generated
diaries; and exactness checks of the bootstrap's multinomial draws and all-at-once ranking.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import statistics
from array import array
from collections import Counter
from collections.abc import Sequence
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.domain.models import (
    Day,
    Entry,
    Gratitude,
    Interaction,
    Mode,
    ValidationError,
)
from diary.domain.sample import generate
from diary.domain.stats import (
    DEFAULT_DEFINITION,
    MIN_MOOD_DAYS,
    ContactKind,
    Correlation,
    DayStats,
    Definition,
    DepthLink,
    GroupMood,
    MoodGap,
    Streak,
    Summary,
    _ByteSampler,
    _Lanes,
    _poisson_pmf,
    _Resampler,
    current_streak,
    day_series,
    depth_vs_quantity,
    isolation_streaks,
    lag_link,
    longest_streak,
    mood_by_kind,
    mood_contact_link,
    mood_gap,
    spearman,
    summarize,
)

MON = dt.date(2024, 3, 4)
ONE = dt.timedelta(days=1)


def on(offset: int) -> dt.date:
    return MON + offset * ONE


def entry(offset: int, mood: int | None = None, thanks: int = 0, text: str = "") -> Entry:
    notes = tuple(Gratitude(f"thing {i}") for i in range(thanks))
    return Entry(on(offset), mood=mood, gratitude=notes, text=text)


def contact(offset: int, mode: Mode, minutes: int, depth: int | None = None) -> Interaction:
    return Interaction(on(offset), mode, minutes, depth=depth)


def record(offset: int, note: Entry | None, *items: Interaction) -> Day:
    return Day(on(offset), note, items)


def stats(
    offset: int,
    *,
    logged: bool = True,
    meaningful: bool = False,
    mood: int | None = None,
    minutes: int = 0,
    interactions: int = 0,
    kind: ContactKind | None = None,
) -> DayStats:
    """A DayStats built directly, for streak and link cases."""
    if logged and kind is None:
        kind = ContactKind.IN_PERSON if meaningful else ContactKind.NONE
    by_mode = dict.fromkeys(Mode, 0)
    by_mode[Mode.IN_PERSON] = minutes
    return DayStats(
        on(offset),
        logged,
        mood,
        None,
        by_mode,
        minutes,
        meaningful,
        interactions,
        None,
        0,
        kind if logged else None,
    )


def pattern(text: str) -> list[DayStats]:
    """'I' isolated, 'M' meaningful, 'U' unlogged, one letter per consecutive day."""
    return [
        stats(i, logged=c != "U", meaningful=c == "M") for i, c in enumerate(text.replace(" ", ""))
    ]


# -- the plain re-implementation -------------------------------------------------------------


def naive_meaningful(item: Interaction, definition: Definition = DEFAULT_DEFINITION) -> bool:
    live = item.mode in (Mode.IN_PERSON, Mode.VIDEO, Mode.CALL)
    long_enough = item.minutes >= definition.minutes
    deep = item.depth is not None and item.depth >= definition.depth
    return (live and long_enough) or deep


def naive_day(date: dt.date, day: Day | None, definition: Definition) -> DayStats:
    note = None
    items: tuple[Interaction, ...] = ()
    if day is not None:
        items = day.interactions
        if day.entry is not None and not day.entry.is_empty:
            note = day.entry
    logged = note is not None or len(items) > 0
    by_mode = {mode: 0 for mode in Mode}
    for item in items:
        if naive_meaningful(item, definition):
            by_mode[item.mode] = by_mode[item.mode] + item.minutes
    depths = [item.depth for item in items if item.depth is not None]
    modes = {item.mode for item in items}
    kind: ContactKind | None = None
    if logged:
        if Mode.IN_PERSON in modes:
            kind = ContactKind.IN_PERSON
        elif Mode.VIDEO in modes or Mode.CALL in modes:
            kind = ContactKind.CALL_OR_VIDEO
        elif modes:
            kind = ContactKind.DIGITAL_ONLY
        else:
            kind = ContactKind.NONE
    return DayStats(
        day=date,
        logged=logged,
        mood=None if note is None else note.mood,
        energy=None if note is None else note.energy,
        minutes_by_mode=by_mode,
        meaningful_minutes=sum(i.minutes for i in items if naive_meaningful(i, definition)),
        meaningful=any(naive_meaningful(i, definition) for i in items),
        interactions=len(items),
        mean_depth=statistics.mean(depths) if depths else None,
        gratitude=0 if note is None else len(note.gratitude),
        kind=kind,
        digital=len([i for i in items if i.mode in (Mode.TEXT, Mode.SOCIAL)]),
    )


def naive_series(
    days: Sequence[Day], start: dt.date, end: dt.date, definition: Definition
) -> list[DayStats]:
    result = []
    date = start
    while date <= end:
        matching = [d for d in days if d.day == date]
        result.append(naive_day(date, matching[0] if matching else None, definition))
        date = date + ONE
    return result


def naive_streaks(series: Sequence[DayStats]) -> list[tuple[dt.date, dt.date]]:
    """Runs found by looking at each isolated day's neighbours."""
    isolated = {s.day for s in series if s.logged and not s.meaningful}
    runs = []
    for day in sorted(isolated):
        if day - ONE not in isolated:
            end = day
            while end + ONE in isolated:
                end = end + ONE
            runs.append((day, end))
    return runs


def naive_ranks(values: Sequence[float]) -> list[Fraction]:
    """Rank = number of smaller values + (number of equal values + 1) / 2."""
    return [
        sum(1 for w in values if w < v) + Fraction(sum(1 for w in values if w == v) + 1, 2)
        for v in values
    ]


def naive_spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson correlation of average ranks, in exact fractions until the end."""
    n = len(xs)
    if n < 2:
        return None
    rx, ry = naive_ranks(xs), naive_ranks(ys)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    if vx == 0 or vy == 0:
        return None
    return math.copysign(math.sqrt(cov * cov / (vx * vy)), cov)


def sorted_ranks(values: Sequence[float]) -> list[float]:
    """Average ranks by sorting: quicker than ``naive_ranks`` for the naive bootstrap."""
    order = sorted(range(len(values)), key=values.__getitem__)
    result = [0.0] * len(values)
    start = 0
    while start < len(order):
        stop = start
        while stop + 1 < len(order) and values[order[stop + 1]] == values[order[start]]:
            stop += 1
        for position in range(start, stop + 1):
            result[order[position]] = (start + stop) / 2 + 1
        start = stop + 1
    return result


def naive_bootstrap(
    xs: Sequence[float], ys: Sequence[float], resamples: int, seed: int
) -> tuple[float, float]:
    """Resample days with replacement, rank each resample again, take the 2.5/97.5 percentiles."""
    rng = random.Random(seed)
    n = len(xs)
    rhos = []
    for _ in range(resamples):
        picks = [rng.randrange(n) for _ in range(n)]
        rx = sorted_ranks([xs[i] for i in picks])
        ry = sorted_ranks([ys[i] for i in picks])
        if len(set(rx)) > 1 and len(set(ry)) > 1:
            rhos.append(statistics.correlation(rx, ry))
    cuts = statistics.quantiles(rhos, n=40, method="inclusive")
    return cuts[0], cuts[-1]


# -- generated diaries -----------------------------------------------------------------------


@st.composite
def diaries(draw: st.DrawFn, max_days: int = 30) -> tuple[list[Day], dt.date, dt.date]:
    """Days with random entries and contacts, some unlogged, some with empty entries."""
    length = draw(st.integers(1, max_days))
    start = MON + draw(st.integers(0, 400)) * ONE
    days = []
    for i in range(-1, length + 1):  # a day on either side falls outside the range
        if draw(st.integers(0, 3)) == 0:
            continue
        date = start + i * ONE
        note = None
        if draw(st.booleans()):
            note = Entry(
                date,
                mood=draw(st.none() | st.integers(1, 9)),
                energy=draw(st.none() | st.integers(1, 9)),
                gratitude=tuple(Gratitude("x") for _ in range(draw(st.integers(0, 3)))),
            )
        items = tuple(
            Interaction(
                date,
                draw(st.sampled_from(Mode)),
                draw(st.sampled_from([0, 5, 9, 10, 11, 30, 90])),
                depth=draw(st.none() | st.integers(1, 5)),
            )
            for _ in range(draw(st.integers(0, 3)))
        )
        days.append(Day(date, note, items))
    return days, start, start + (length - 1) * ONE


letters = st.lists(st.sampled_from("IMU"), max_size=60).map(lambda cs: pattern("".join(cs)))

moody_series = st.lists(
    st.tuples(
        st.sampled_from([True, True, True, False]),  # logged
        st.none() | st.integers(1, 9),  # mood
        st.sampled_from([0, 0, 10, 25, 60, 120]),  # meaningful minutes
    ),
    max_size=40,
).map(
    lambda rows: [
        stats(
            i,
            logged=logged,
            mood=mood if logged else None,
            meaningful=minutes > 0,
            minutes=minutes if logged else 0,
            interactions=minutes // 20,
        )
        for i, (logged, mood, minutes) in enumerate(rows)
    ]
)


# -- Definition and ContactKind --------------------------------------------------------------


@pytest.mark.parametrize(
    ("mode", "minutes", "depth", "meaningful"),
    [
        (Mode.IN_PERSON, 10, None, True),
        (Mode.IN_PERSON, 9, 3, False),
        (Mode.VIDEO, 10, None, True),
        (Mode.CALL, 45, 1, True),
        (Mode.TEXT, 120, None, False),
        (Mode.SOCIAL, 60, 3, False),
        (Mode.TEXT, 0, 4, True),
        (Mode.IN_PERSON, 2, 5, True),
    ],
)
def test_meaningful_contact_follows_the_product_defaults(
    mode: Mode, minutes: int, depth: int | None, meaningful: bool
) -> None:
    item = Interaction(MON, mode, minutes, depth=depth)
    assert Definition().is_meaningful(item) is meaningful
    assert DEFAULT_DEFINITION == Definition(minutes=10, depth=4)


def test_a_stricter_definition_counts_less() -> None:
    strict = Definition(minutes=30, depth=5)
    assert not strict.is_meaningful(Interaction(MON, Mode.CALL, 20))
    assert strict.is_meaningful(Interaction(MON, Mode.CALL, 30))
    assert not strict.is_meaningful(Interaction(MON, Mode.TEXT, 5, depth=4))
    assert strict.is_meaningful(Interaction(MON, Mode.TEXT, 5, depth=5))


@pytest.mark.parametrize(
    "kwargs", [{"minutes": -1}, {"minutes": 24 * 60 + 1}, {"depth": 0}, {"depth": 6}]
)
def test_definition_refuses_impossible_thresholds(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        Definition(**kwargs)


def test_definition_refuses_bools() -> None:
    with pytest.raises(ValidationError):
        Definition(minutes=True)


def test_contact_kinds_have_words_for_people() -> None:
    assert [k.label for k in ContactKind] == [
        "in person",
        "call or video",
        "text or social only",
        "no contact",
    ]


# -- day_series by hand ----------------------------------------------------------------------


def week() -> list[Day]:
    return [
        record(-1, entry(-1, mood=9)),  # before the range: ignored
        record(
            0,
            entry(0, mood=6),
            contact(0, Mode.IN_PERSON, 30, depth=3),
            contact(0, Mode.TEXT, 5),
        ),
        # Tuesday: nothing at all
        record(
            2, entry(2, mood=3, thanks=2), contact(2, Mode.TEXT, 20), contact(2, Mode.SOCIAL, 5)
        ),
        record(3, Entry(on(3))),  # an empty entry counts as no entry
        record(4, entry(4, text="Tired, stayed in.")),
        record(5, None, contact(5, Mode.TEXT, 0, depth=5)),
        record(
            6,
            entry(6, mood=7, thanks=3),
            contact(6, Mode.CALL, 15, depth=4),
            contact(6, Mode.IN_PERSON, 5, depth=2),
        ),
        record(7, entry(7, mood=1)),  # after the range: ignored
    ]


def test_day_series_of_a_week_by_hand() -> None:
    series = day_series(week(), on(0), on(6))
    assert [s.day for s in series] == [on(i) for i in range(7)]
    mon, tue, wed, thu, fri, sat, sun = series

    assert (mon.logged, mon.mood, mon.meaningful, mon.meaningful_minutes) == (True, 6, True, 30)
    assert (mon.interactions, mon.mean_depth, mon.kind) == (2, 3.0, ContactKind.IN_PERSON)
    assert dict(mon.minutes_by_mode) == {
        Mode.IN_PERSON: 30,
        Mode.VIDEO: 0,
        Mode.CALL: 0,
        Mode.TEXT: 0,
        Mode.SOCIAL: 0,
    }
    assert not mon.isolated and not mon.digital_only

    for unlogged in (tue, thu):
        assert not unlogged.logged and unlogged.kind is None and unlogged.mood is None
        assert not unlogged.isolated and not unlogged.digital_only
        assert set(unlogged.minutes_by_mode) == set(Mode)

    assert (wed.mood, wed.gratitude, wed.meaningful_minutes) == (3, 2, 0)
    assert wed.kind is ContactKind.DIGITAL_ONLY
    assert wed.isolated and wed.digital_only and wed.mean_depth is None

    assert fri.logged and fri.kind is ContactKind.NONE and fri.mood is None
    assert fri.isolated and not fri.digital_only

    assert sat.meaningful and sat.meaningful_minutes == 0  # a deep 0-minute text counts
    assert sat.kind is ContactKind.DIGITAL_ONLY and not sat.isolated

    assert sun.minutes_by_mode[Mode.CALL] == 15
    assert sun.minutes_by_mode[Mode.IN_PERSON] == 0  # 5 minutes, depth 2: not meaningful
    assert (sun.meaningful_minutes, sun.mean_depth, sun.kind) == (15, 3.0, ContactKind.IN_PERSON)
    assert sun.gratitude == 3


def test_short_chat_and_a_text_is_a_digital_only_day() -> None:
    days = [record(0, None, contact(0, Mode.IN_PERSON, 5), contact(0, Mode.SOCIAL, 30))]
    (only,) = day_series(days, on(0), on(0))
    assert only.kind is ContactKind.IN_PERSON
    assert only.isolated and only.digital_only


def test_definition_changes_the_series() -> None:
    days = [record(0, None, contact(0, Mode.CALL, 20, depth=4))]
    (default,) = day_series(days, on(0), on(0))
    (strict,) = day_series(days, on(0), on(0), Definition(minutes=30, depth=5))
    assert default.meaningful and default.meaningful_minutes == 20
    assert strict.isolated and strict.meaningful_minutes == 0


def test_day_series_edges() -> None:
    assert day_series(week(), on(3), on(2)) == []
    assert len(day_series([], on(0), on(9))) == 10
    with pytest.raises(ValueError, match="Two diary days"):
        day_series([record(0, entry(0, mood=5)), record(0, entry(0, mood=6))], on(0), on(0))


def test_day_stats_are_frozen_and_hashable() -> None:
    (mon,) = day_series(week(), on(0), on(0))
    assert hash(mon) == hash(day_series(week(), on(0), on(0))[0])
    with pytest.raises(TypeError):
        mon.minutes_by_mode[Mode.TEXT] = 5  # type: ignore[index]


# -- streaks by hand -------------------------------------------------------------------------


def spans(streaks: Sequence[Streak]) -> list[tuple[int, int]]:
    return [((s.start - MON).days, (s.end - MON).days) for s in streaks]


def test_streaks_by_hand() -> None:
    series = pattern("II U III M I")
    assert spans(isolation_streaks(series)) == [(0, 1), (3, 5), (7, 7)]
    assert [s.length for s in isolation_streaks(series)] == [2, 3, 1]
    assert spans([longest_streak(series)]) == [(3, 5)]  # type: ignore[list-item]
    assert spans([current_streak(series)]) == [(7, 7)]  # type: ignore[list-item]


def test_longest_streak_ties_go_to_the_most_recent() -> None:
    assert spans([longest_streak(pattern("IIMII"))]) == [(3, 4)]  # type: ignore[list-item]
    assert spans([longest_streak(pattern("IUI"))]) == [(2, 2)]  # type: ignore[list-item]


@pytest.mark.parametrize("text", ["", "M", "U", "IIM", "IIU", "UUU", "MMM"])
def test_no_current_streak_unless_the_last_day_is_isolated(text: str) -> None:
    assert current_streak(pattern(text)) is None


def test_streak_edges() -> None:
    assert isolation_streaks([]) == [] and longest_streak([]) is None
    assert spans(isolation_streaks(pattern("IIII"))) == [(0, 3)]
    assert spans([current_streak(pattern("MIII"))]) == [(1, 3)]  # type: ignore[list-item]
    gap = [stats(0), stats(2)]  # a missing date ends a run like an unlogged day
    assert spans(isolation_streaks(gap)) == [(0, 0), (2, 2)]


# -- Spearman by hand ------------------------------------------------------------------------


def test_spearman_by_hand() -> None:
    # d = -1, 1, -1, 1, 0: rho = 1 - 6 * 4 / (5 * 24) = 0.8
    assert spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]) == pytest.approx(0.8, abs=1e-15)
    # ranks x 1, 2.5, 2.5, 4 and y 1, 3, 2, 4: cov 4.5, var 4.5 and 5, rho = 3 / sqrt(10)
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(3 / math.sqrt(10), abs=1e-15)
    assert spearman([1, 2, 3], [30, 20, 10]) == -1.0
    assert spearman([1, 2, 3], [1, 4, 9]) == 1.0


@pytest.mark.parametrize(
    ("xs", "ys"), [([], []), ([1], [2]), ([3, 3, 3], [1, 2, 3]), ([1, 2, 3], [5, 5, 5])]
)
def test_spearman_is_undefined_for_tiny_or_constant_samples(
    xs: list[float], ys: list[float]
) -> None:
    assert spearman(xs, ys) is None


def test_spearman_needs_pairs() -> None:
    with pytest.raises(ValueError, match="pairs"):
        spearman([1, 2], [1, 2, 3])


@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(-3, 3)), max_size=40),
)
def test_spearman_agrees_with_naive_ranks(pairs: list[tuple[int, int]]) -> None:
    xs = [float(x) for x, _ in pairs]
    ys = [float(y) for _, y in pairs]
    expected = naive_spearman(xs, ys)
    got = spearman(xs, ys)
    assert (got is None) == (expected is None)
    if got is not None:
        assert got == pytest.approx(expected, abs=1e-12)
        assert spearman(ys, xs) == got


# -- mood-contact link and lag ----------------------------------------------------------------


def moods_and_minutes(moods: Sequence[int | None], minutes: Sequence[int]) -> list[DayStats]:
    return [
        stats(i, mood=mood, meaningful=m > 0, minutes=m)
        for i, (mood, m) in enumerate(zip(moods, minutes, strict=True))
    ]


def test_link_needs_enough_mood_days() -> None:
    seven = moods_and_minutes([1, 2, 3, 4, 5, 6, 7, None], [0, 10, 20, 30, 40, 50, 60, 70])
    assert mood_contact_link(seven) is None
    eight = moods_and_minutes([1, 2, 3, 4, 5, 6, 7, 8], [0, 10, 20, 30, 40, 50, 60, 70])
    link = mood_contact_link(eight)
    assert link == Correlation(1.0, 1.0, 1.0, 8)  # every resample is perfectly monotone too


def test_link_is_undefined_when_minutes_never_change() -> None:
    flat = moods_and_minutes([1, 2, 3, 4, 5, 6, 7, 8], [0] * 8)
    assert mood_contact_link(flat) is None


def test_link_uses_mood_days_only() -> None:
    series = moods_and_minutes(
        [5, None, 3, 8, 2, 7, None, 6, 4, 9, 1, 5],
        [30, 0, 0, 90, 0, 60, 45, 20, 10, 120, 0, 0],
    )
    series.append(stats(12, logged=False))
    link = mood_contact_link(series)
    assert link is not None and link.n == 10
    moods = [5, 3, 8, 2, 7, 6, 4, 9, 1, 5]
    minutes = [30, 0, 90, 0, 60, 20, 10, 120, 0, 0]
    assert link.rho == spearman(moods, minutes)
    assert link.ci_low <= link.rho <= link.ci_high


def test_lag_pairs_yesterday_with_today_and_skips_unlogged_yesterdays() -> None:
    moods = [5, 6, None, 4, 7, 3, 8, 2, 6, 7, 5, 4, 6]
    minutes = [60, 0, 30, 0, 90, 0, 120, 10, 45, 0, 20, 0, 75]
    series = moods_and_minutes(moods, minutes)
    series[4] = stats(4, logged=False)  # day 4 unlogged: pair (4, 5) is missing data
    link = lag_link(series)
    # pairs (d-1 minutes, d mood) for d = 1, 3, 6, 7, ..., 12; d = 2 has no mood, d = 5 lost
    pairs = [(60, 6), (30, 4), (0, 8), (120, 2), (10, 6), (45, 7), (0, 5), (20, 4), (0, 6)]
    assert link is not None and link.n == len(pairs)
    assert link.rho == spearman([m for _, m in pairs], [float(x) for x, _ in pairs])


def test_lag_needs_enough_pairs() -> None:
    series = moods_and_minutes([5] * 8, [0, 10, 20, 30, 40, 50, 60, 70])
    assert lag_link(series) is None  # only 7 pairs (and constant mood)


def test_resamples_must_be_positive() -> None:
    series = moods_and_minutes([1, 2, 3, 4, 5, 6, 7, 8], [0, 10, 20, 30, 40, 50, 60, 70])
    with pytest.raises(ValueError, match="resamples"):
        mood_contact_link(series, resamples=0)


def test_bootstrap_is_seeded() -> None:
    rng = random.Random(3)
    series = moods_and_minutes(
        [rng.randint(1, 9) for _ in range(60)], [rng.choice([0, 0, 15, 40, 90]) for _ in range(60)]
    )
    first = mood_contact_link(series, seed=11)
    assert first is not None
    assert mood_contact_link(series, seed=11) == first
    assert mood_contact_link(series, seed=12) != first
    assert mood_contact_link(series, seed=11, resamples=500) != first
    assert summarize(series, seed=11).link == first


# -- mood gap, kinds, depth --------------------------------------------------------------------


def test_mood_gap_by_hand() -> None:
    series = moods_and_minutes([7, 8, 6, 7, 7, 4, 5, 3, None], [30, 60, 10, 90, 45, 0, 0, 0, 0])
    series.append(stats(9, logged=False))
    assert mood_gap(series) == MoodGap(3.0, 7.0, 5, 4.0, 3)
    assert mood_gap(series[:7]) is None  # 7 mood days: not enough data yet


def test_mood_gap_with_an_empty_group() -> None:
    series = moods_and_minutes([7, 8, 6, 7, 7, 4, 5, 3], [30] * 8)
    assert mood_gap(series) == MoodGap(None, 5.875, 8, None, 0)


def test_mood_by_kind_by_hand() -> None:
    series = [
        stats(0, mood=7, meaningful=True, kind=ContactKind.IN_PERSON),
        stats(1, mood=5, kind=ContactKind.DIGITAL_ONLY),
        stats(2, mood=8, meaningful=True, kind=ContactKind.IN_PERSON),
        stats(3, mood=None, kind=ContactKind.CALL_OR_VIDEO),
        stats(4, mood=3, kind=ContactKind.NONE),
        stats(5, logged=False),
        stats(6, mood=6, meaningful=True, kind=ContactKind.CALL_OR_VIDEO),
    ]
    assert mood_by_kind(series) == (
        GroupMood(ContactKind.IN_PERSON, 2, 7.5, (7, 8)),
        GroupMood(ContactKind.CALL_OR_VIDEO, 1, 6.0, (6,)),
        GroupMood(ContactKind.DIGITAL_ONLY, 1, 5.0, (5,)),
        GroupMood(ContactKind.NONE, 1, 3.0, (3,)),
    )
    assert [g.kind for g in mood_by_kind([])] == list(ContactKind)
    assert all(g.n == 0 and g.mean is None for g in mood_by_kind([]))


def test_depth_vs_quantity_by_hand() -> None:
    days = []
    moods = [3, 5, 7, 4, 8, 6, 2, 9, 5, 6]
    for i, mood in enumerate(moods):
        items = [contact(i, Mode.TEXT, 5, depth=(mood + j) % 5 + 1) for j in range(i % 3)]
        days.append(record(i, entry(i, mood=mood), *items))
    series = day_series(days, on(0), on(9))
    link = depth_vs_quantity(series)
    assert link.by_count is not None and link.by_count.n == 10
    assert link.by_count.rho == spearman(moods, [i % 3 for i in range(10)])
    assert link.by_depth is None  # only 6 days have a depth
    assert depth_vs_quantity(series[:7]) == DepthLink(None, None)


# -- summarize ---------------------------------------------------------------------------------


def test_summary_of_the_week() -> None:
    series = day_series(week(), on(0), on(6))
    summary = summarize(series)
    assert isinstance(summary, Summary)
    assert (summary.start, summary.end) == (on(0), on(6))
    assert (summary.logged_days, summary.unlogged_days) == (5, 2)
    assert (summary.meaningful_days, summary.isolated_days, summary.digital_only_days) == (3, 2, 1)
    assert spans([s for s in (summary.longest, summary.current) if s]) == [(4, 4)]
    assert summary.mood_mean == pytest.approx((6 + 3 + 7) / 3)
    assert summary.link is None and summary.gap is None and summary.lag is None
    assert summary.depth == DepthLink(None, None)
    assert summary.by_kind == mood_by_kind(series)
    assert (summary.gratitude_notes, summary.gratitude_days) == (5, 2)


def test_summarize_needs_a_day() -> None:
    with pytest.raises(ValueError, match="at least one day"):
        summarize([])


# -- agreement with the plain re-implementation on generated diaries -------------------------


@settings(max_examples=150)
@given(diaries(), st.sampled_from([DEFAULT_DEFINITION, Definition(30, 5), Definition(0, 1)]))
def test_day_series_agrees_with_naive_loops(
    diary: tuple[list[Day], dt.date, dt.date], definition: Definition
) -> None:
    days, start, end = diary
    series = day_series(days, start, end, definition)
    assert series == naive_series(days, start, end, definition)
    assert [s.day for s in series] == sorted({s.day for s in series})  # every date once, in order
    assert len(series) == (end - start).days + 1
    for s in series:
        assert s.isolated == (s.logged and not s.meaningful)
        assert s.digital_only == (s.isolated and s.digital > 0)
        assert s.meaningful_minutes == sum(s.minutes_by_mode.values())
        assert s.kind is None if not s.logged else s.kind is not None


@settings(max_examples=200)
@given(letters)
def test_streak_properties(series: list[DayStats]) -> None:
    streaks = isolation_streaks(series)
    assert [(s.start, s.end) for s in streaks] == naive_streaks(series)
    assert sum(s.length for s in streaks) == sum(1 for s in series if s.isolated)
    by_day = {s.day: s for s in series}
    for streak in streaks:
        inside = [by_day[streak.start + i * ONE] for i in range(streak.length)]
        assert all(s.logged and s.isolated for s in inside)  # never across an unlogged day
        for outside in (streak.start - ONE, streak.end + ONE):  # maximal
            assert outside not in by_day or not by_day[outside].isolated
    for earlier, later in itertools.pairwise(streaks):
        assert earlier.end + ONE < later.start
    longest = longest_streak(series)
    if streaks:
        assert longest is not None
        assert longest.length == max(s.length for s in streaks)
        assert not any(s.length == longest.length and s.end > longest.end for s in streaks)
    else:
        assert longest is None
    current = current_streak(series)
    if series and series[-1].isolated:
        assert current == streaks[-1] and current.end == series[-1].day
    else:
        assert current is None


@settings(max_examples=60, deadline=None)
@given(moody_series)
def test_link_gap_lag_and_kinds_agree_with_naive(series: list[DayStats]) -> None:
    mood_days = [s for s in series if s.mood is not None]
    xs = [float(s.mood) for s in mood_days if s.mood is not None]
    ys = [float(s.meaningful_minutes) for s in mood_days]
    link = mood_contact_link(series, resamples=100)
    expected = naive_spearman(xs, ys) if len(xs) >= MIN_MOOD_DAYS else None
    if expected is None:
        assert link is None
    else:
        assert link is not None and link.n == len(xs)
        assert link.rho == pytest.approx(expected, abs=1e-12)
        assert -1.0 <= link.ci_low <= link.ci_high <= 1.0

    pairs = [
        (float(today.mood), float(before.meaningful_minutes))
        for before, today in itertools.pairwise(series)
        if today.mood is not None and before.logged
    ]
    lag = lag_link(series, resamples=100)
    expected_lag = None
    if len(pairs) >= MIN_MOOD_DAYS:
        expected_lag = naive_spearman([m for m, _ in pairs], [x for _, x in pairs])
    assert (lag is None) == (expected_lag is None)
    if lag is not None:
        assert lag.n == len(pairs) and lag.rho == pytest.approx(expected_lag, abs=1e-12)

    gap = mood_gap(series)
    if len(mood_days) < MIN_MOOD_DAYS:
        assert gap is None
    else:
        with_contact = [s.mood for s in mood_days if s.mood is not None and s.meaningful]
        alone = [s.mood for s in mood_days if s.mood is not None and not s.meaningful]
        assert gap is not None
        assert (gap.n_with, gap.n_isolated) == (len(with_contact), len(alone))
        if with_contact and alone:
            assert gap.gap == pytest.approx(
                sum(with_contact) / len(with_contact) - sum(alone) / len(alone)
            )
        else:
            assert gap.gap is None

    groups = mood_by_kind(series)
    assert sum(g.n for g in groups) == len(mood_days)
    summary = summarize(series or [stats(0)], resamples=100)
    assert summary.logged_days + summary.unlogged_days == max(1, len(series))


def test_one_year_sample_summary_agrees_with_naive() -> None:
    diary = generate(dt.date(2025, 6, 30), years=1)
    by_day: dict[dt.date, list[Interaction]] = {}
    for item in diary.interactions:
        by_day.setdefault(item.day, []).append(item)
    notes = {e.day: e for e in diary.entries}
    days = [
        Day(d, notes.get(d), tuple(by_day.get(d, ()))) for d in sorted(set(by_day) | set(notes))
    ]
    start, end = dt.date(2024, 7, 1), dt.date(2025, 6, 30)
    series = day_series(days, start, end)
    summary = summarize(series)
    assert summary.logged_days == sum(1 for d in days if d.logged and start <= d.day <= end)
    assert summary.isolated_days == sum(
        1
        for s in series
        if s.logged and not any(naive_meaningful(i) for i in by_day.get(s.day, ()))
    )
    assert [(s.start, s.end) for s in isolation_streaks(series)] == naive_streaks(series)
    mood_days = [s for s in series if s.mood is not None]
    assert summary.link is not None
    assert summary.link.rho == pytest.approx(
        naive_spearman(
            [float(s.mood) for s in mood_days if s.mood is not None],
            [float(s.meaningful_minutes) for s in mood_days],
        ),
        abs=1e-12,
    )
    assert 0 < summary.link.ci_low < summary.link.rho < summary.link.ci_high  # mood follows contact
    assert summary.gap is not None and summary.gap.gap is not None and summary.gap.gap > 0


# -- the fast bootstrap against the plain one ----------------------------------------------------


def lane_counts(sampler: _Resampler, rng: random.Random, resamples: int) -> list[list[int]]:
    """Per kept resample, how many times each cell was drawn."""
    result: list[list[int]] = []
    while len(result) < resamples:
        lanes = _Lanes(min(2048, resamples - len(result) + 64), sampler.width)
        packed, keep = sampler.draw(rng, lanes, resamples - len(result))
        columns = [lanes.values(p) for p in packed]
        result.extend([column[lane] for column in columns] for lane in keep)
    return result


def expand(
    sampler: _Resampler, xs: Sequence[float], ys: Sequence[float], counts: Sequence[int]
) -> tuple[list[float], list[float]]:
    """The resample that the cell counts describe, as plain (x, y) lists."""
    x_levels, y_levels = sorted(set(xs)), sorted(set(ys))
    swapped = len(x_levels) > len(y_levels)  # the sampler puts the side with fewer values first
    first, second = (y_levels, x_levels) if swapped else (x_levels, y_levels)
    rx: list[float] = []
    ry: list[float] = []
    for (k, level), count in zip(sampler.cells, counts, strict=True):
        x, y = (second[level], first[k]) if swapped else (first[k], second[level])
        rx += [x] * count
        ry += [y] * count
    return rx, ry


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 9), st.integers(0, 12)), min_size=2, max_size=80),
    st.integers(0, 2**32),
)
def test_fast_ranking_equals_spearman_of_each_resample(
    pairs: list[tuple[int, int]], seed: int
) -> None:
    xs = [float(x) for x, _ in pairs]
    ys = [float(10 * y) for _, y in pairs]
    sampler = _Resampler(xs, ys)
    lanes = _Lanes(40, sampler.width)
    packed, keep = sampler.draw(random.Random(seed), lanes, 30)
    rhos = sampler.rank(packed, keep, lanes)
    assert len(rhos) == len(keep) >= 1
    columns = [lanes.values(p) for p in packed]
    for lane, rho in zip(keep, rhos, strict=True):
        counts = [column[lane] for column in columns]
        assert sum(counts) == len(pairs)  # every resample has exactly n days
        rx, ry = expand(sampler, xs, ys, counts)
        assert set(zip(rx, ry, strict=True)) <= set(zip(xs, ys, strict=True))
        assert rho == spearman(rx, ry)  # same integers, same float arithmetic
        expected = naive_spearman(rx, ry)
        assert (rho is None) == (expected is None)
        if rho is not None:
            assert rho == pytest.approx(expected, abs=1e-12)


def pack(values: Sequence[int]) -> int:
    return int.from_bytes(array("I", values).tobytes(), "little")


def test_fast_ranking_with_big_ties_and_hand_made_counts() -> None:
    # Levels with counts above 7, 63 and 255 take every path of the tie sums.
    xs = [1.0] * 300 + [2.0] * 100 + [3.0] * 40 + [4.0] * 5 + [5.0] * 3 + [6.0]
    ys = [0.0] * 200 + [5.0] * 150 + [7.0] * 60 + [9.0] * 30 + [11.0] * 8 + [13.0]
    sampler = _Resampler(xs, ys)
    assert sampler.width == 32
    rng = random.Random(5)
    lanes = _Lanes(25, sampler.width)
    n = len(xs)
    resamples = [Counter(rng.choices(range(n), k=n)) for _ in range(24)]
    resamples.append(Counter(range(n)))  # the sample itself
    cell_of = {cell: g for g, cell in enumerate(sampler.cells)}
    x_levels, y_levels = sorted(set(xs)), sorted(set(ys))
    columns = [[0] * 25 for _ in sampler.cells]
    for lane, picks in enumerate(resamples):
        for i, times in picks.items():
            cell = (x_levels.index(xs[i]), y_levels.index(ys[i]))
            columns[cell_of[cell]][lane] += times
    rhos = sampler.rank([pack(c) for c in columns], range(25), lanes)
    for lane, picks in enumerate(resamples):
        rx = [xs[i] for i, t in picks.items() for _ in range(t)]
        ry = [ys[i] for i, t in picks.items() for _ in range(t)]
        assert rhos[lane] == spearman(rx, ry)
    assert rhos[-1] == spearman(xs, ys)


def multinomial_probability(n: int, p: Sequence[Fraction], counts: Sequence[int]) -> float:
    ways = math.factorial(n) // math.prod(math.factorial(c) for c in counts)
    return float(ways * math.prod(q**c for q, c in zip(p, counts, strict=True)))


@pytest.mark.parametrize(
    ("values", "resamples", "seed"),
    [([1.0, 2.0, 3.0, 3.0], 40_000, 1), ([1.0, 2.0, 2.0, 3.0, 3.0, 3.0], 40_000, 2)],
)
def test_bootstrap_draws_are_exactly_multinomial(
    values: list[float], resamples: int, seed: int
) -> None:
    """Chi-square of every possible resample's frequency against its multinomial probability."""
    sampler = _Resampler(values, values)
    n = len(values)
    p = [Fraction(size, n) for size in sampler.sizes]
    seen = Counter(tuple(c) for c in lane_counts(sampler, random.Random(seed), resamples))
    outcomes = [c for c in itertools.product(range(n + 1), repeat=len(p)) if sum(c) == n]
    assert set(seen) <= set(outcomes)
    chi2 = 0.0
    for counts in outcomes:
        expected = resamples * multinomial_probability(n, p, counts)
        chi2 += (seen[counts] - expected) ** 2 / expected
    df = len(outcomes) - 1
    assert chi2 < df + 6 * math.sqrt(2 * df)  # a wrong scheme (e.g. plain Poisson) lands far out


def test_bootstrap_draws_of_big_groups_have_multinomial_moments() -> None:
    """Groups bigger than one Poisson variate are split; means and variances stay n p, n p q."""
    sizes = [230, 60, 9, 1]
    values = [float(i) for i, size in enumerate(sizes) for _ in range(size)]
    sampler = _Resampler(values, values)
    n = len(values)
    draws = lane_counts(sampler, random.Random(9), 6000)
    for g, size in enumerate(sampler.sizes):
        p = size / n
        column = [d[g] for d in draws]
        assert statistics.mean(column) == pytest.approx(n * p, abs=5 * math.sqrt(n * p / 6000))
        assert statistics.variance(column) == pytest.approx(n * p * (1 - p), rel=0.08)
    first = [d[0] for d in draws]
    second = [d[1] for d in draws]
    p0, p1 = sampler.sizes[0] / n, sampler.sizes[1] / n
    assert statistics.covariance(first, second) == pytest.approx(-n * p0 * p1, rel=0.15)


def test_fast_interval_matches_a_naive_bootstrap() -> None:
    rng = random.Random(42)
    n = 120
    moods = [rng.randint(1, 9) for _ in range(n)]
    minutes = [max(0, round(10 * (m - 4 + rng.gauss(0, 2)))) for m in moods]
    series = moods_and_minutes(moods, minutes)
    link = mood_contact_link(series, seed=1, resamples=2000)
    assert link is not None
    rho = naive_spearman([float(m) for m in moods], [float(x) for x in minutes])
    assert link.rho == pytest.approx(rho, abs=1e-12)
    low, high = naive_bootstrap(moods, minutes, 2000, seed=2)
    assert link.ci_low < link.rho < link.ci_high
    assert link.ci_low == pytest.approx(low, abs=0.05)
    assert link.ci_high == pytest.approx(high, abs=0.05)


def test_many_resamples_use_several_rounds() -> None:
    rng = random.Random(8)
    series = moods_and_minutes(
        [rng.randint(1, 9) for _ in range(30)], [rng.choice([0, 20, 45]) for _ in range(30)]
    )
    link = mood_contact_link(series, resamples=5000)
    assert link is not None and link.ci_low <= link.rho <= link.ci_high


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 30).flatmap(
        lambda lanes: st.lists(
            st.lists(
                st.sampled_from([0, 1, 2, 3, 7, 8, 40, 63, 64, 192, 255, 256, 900]),
                min_size=lanes,
                max_size=lanes,
            ),
            max_size=12,
        ).map(lambda levels: (lanes, levels))
    )
)
def test_tie_sums_match_naive_cubes(case: tuple[int, list[list[int]]]) -> None:
    count, levels = case
    lanes = _Lanes(count, 32)
    ties = _Resampler._ties([pack(level) for level in levels], lanes)
    columns = zip(*levels, strict=True) if levels else [[]] * count
    assert ties == [sum(t**3 - t for t in column) for column in columns]


def test_tie_sums_of_many_big_levels_do_not_overflow() -> None:
    # C(193, 3) has a byte of 255: 600 such levels overflow 16-bit slots unless they are emptied.
    lanes = _Lanes(3, 32)
    levels = [pack([192, 192, 5])] * 600 + [pack([0, 255, 1])]
    assert _Resampler._ties(levels, lanes) == [
        600 * (192**3 - 192),
        600 * (192**3 - 192) + 255**3 - 255,
        600 * (5**3 - 5),
    ]


def test_interval_is_the_2_5_and_97_5_percentile_of_the_resamples() -> None:
    rng = random.Random(6)
    moods = [rng.randint(1, 9) for _ in range(40)]
    minutes = [rng.choice([0, 0, 10, 30, 60]) for _ in range(40)]
    link = mood_contact_link(moods_and_minutes(moods, minutes), seed=4, resamples=999)
    assert link is not None
    boot = _Resampler([float(m) for m in moods], [float(m) for m in minutes])
    rhos = [r for r in boot.rhos(random.Random(4), 999) if r is not None]
    cuts = statistics.quantiles(rhos, n=40, method="inclusive")
    assert (link.ci_low, link.ci_high) == (pytest.approx(cuts[0]), pytest.approx(cuts[-1]))


def test_interval_when_no_resample_can_be_ranked() -> None:
    # One day with contact among eight: a resample without it has constant minutes.
    series = moods_and_minutes([1, 2, 3, 4, 5, 6, 7, 8], [0] * 7 + [30])
    results = {mood_contact_link(series, seed=seed, resamples=1) for seed in range(40)}
    assert all(r is not None and r.rho == spearman(range(8), [0] * 7 + [1]) for r in results)
    assert any(r is not None and (r.ci_low, r.ci_high) == (-1.0, 1.0) for r in results)
    assert any(r is not None and (r.ci_low, r.ci_high) != (-1.0, 1.0) for r in results)


def test_streak_length_counts_both_ends() -> None:
    assert Streak(on(0), on(0)).length == 1
    assert Streak(on(0), on(6)).length == 7


@pytest.mark.parametrize("pmf", [[1 / 7] * 7, _poisson_pmf(30.0), _poisson_pmf(0.97)])
def test_byte_sampler_draws_the_exact_distribution(pmf: list[float]) -> None:
    """Chi-square of 300,000 one-byte draws, refined bytes included, against the probabilities."""
    sampler = _ByteSampler.of(pmf)
    draws = 300_000
    rng = random.Random(13)
    seen = Counter(sampler.fill(rng.randbytes(draws), rng))
    chi2 = 0.0
    cells = 0
    for outcome, p in enumerate(pmf):
        if draws * p >= 5:
            chi2 += (seen[outcome] - draws * p) ** 2 / (draws * p)
            cells += 1
    assert set(seen) <= set(range(len(pmf)))
    assert chi2 < cells + 6 * math.sqrt(2 * cells)


def test_top_up_draws_are_uniform_over_days() -> None:
    # 65536 is 1.6 times n: the 16-bit values above 40,000 must be rejected, not wrapped.
    values = [0.0] * 20_000 + [1.0] * 20_000
    sampler = _Resampler(values, values)
    balls = sampler._balls(random.Random(3), 100_000, lanes=1)
    assert set(balls) == {1, 2}
    assert balls.count(1) / len(balls) == pytest.approx(0.5, abs=0.01)


def test_very_long_samples_use_wider_lanes_and_plain_choices() -> None:
    # Beyond 46,340 days the rank products need 64-bit lanes; beyond 65,536 days the top-up
    # draws fall back to random.choices. Both still give each resample's exact rho.
    for n in (46_400, 70_000):
        xs = [float(i % 3) for i in range(n)]
        ys = [float((i * i) % 4) for i in range(n)]
        sampler = _Resampler(xs, ys)
        assert sampler.width == 64
        lanes = _Lanes(4, sampler.width)
        packed, keep = sampler.draw(random.Random(n), lanes, 2)
        columns = [lanes.values(p) for p in packed]
        for lane, rho in zip(keep, sampler.rank(packed, keep, lanes), strict=True):
            counts = [column[lane] for column in columns]
            assert sum(counts) == n
            assert rho == spearman(*expand(sampler, xs, ys, counts))
