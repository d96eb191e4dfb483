"""The demo diary is deterministic, consistent, big enough, and mood really follows contact."""

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Sequence

import pytest
from fake_catalogue import catalogue

from diary import i18n
from diary.domain.models import Entry, Initiator, Interaction, Mode, clean_name
from diary.domain.sample import MAX_PEOPLE, SampleDiary, demo_diary, generate
from diary.domain.vocabulary import FEELINGS

END = dt.date(2025, 6, 30)


@pytest.fixture(scope="module")
def one_year() -> SampleDiary:
    return generate(END, years=1)


@pytest.fixture(scope="module")
def ten_years() -> SampleDiary:
    return generate(END, years=10)


@pytest.fixture(scope="module", params=[1, 10], ids=["1y", "10y"])
def years(request: pytest.FixtureRequest) -> int:
    value: int = request.param
    return value


@pytest.fixture(scope="module")
def diary(years: int, one_year: SampleDiary, ten_years: SampleDiary) -> SampleDiary:
    return one_year if years == 1 else ten_years


def is_meaningful(item: Interaction) -> bool:
    """The product definition, restated here so the test does not trust the generator."""
    return (item.mode in (Mode.IN_PERSON, Mode.VIDEO, Mode.CALL) and item.minutes >= 10) or (
        item.depth is not None and item.depth >= 4
    )


def meaningful_minutes(diary: SampleDiary) -> dict[dt.date, int]:
    minutes: dict[dt.date, int] = {}
    for item in diary.interactions:
        if is_meaningful(item):
            minutes[item.day] = minutes.get(item.day, 0) + item.minutes
    return minutes


def ranks(values: Sequence[float]) -> list[float]:
    """Ranks starting at 1, ties sharing their average rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
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


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    return statistics.correlation(ranks(xs), ranks(ys))


def test_spearman_helper_handles_ties() -> None:
    assert ranks([10, 20, 20, 30]) == [1.0, 2.5, 2.5, 4.0]
    assert spearman([1, 2, 3, 4], [1, 4, 9, 16]) == pytest.approx(1.0)


# -- determinism and shape ----------------------------------------------------------------


def test_same_seed_gives_the_same_diary(one_year: SampleDiary) -> None:
    assert generate(END, years=1, seed=7) == one_year


def test_other_seeds_give_other_diaries(one_year: SampleDiary) -> None:
    other = generate(END, years=1, seed=8)
    assert other.entries != one_year.entries
    assert other.interactions != one_year.interactions


@pytest.mark.parametrize("years", [0, -1, True])
def test_years_must_be_at_least_one(years: int) -> None:
    with pytest.raises(ValueError):
        generate(END, years=years)


def test_end_must_be_a_date() -> None:
    with pytest.raises(ValueError):
        generate(dt.datetime(2025, 6, 30, 12), years=1)


def test_dates_run_over_the_requested_years(diary: SampleDiary, years: int) -> None:
    days = [e.day for e in diary.entries] + [i.day for i in diary.interactions]
    first = END - dt.timedelta(days=365 * years - 1)
    assert first <= min(days) <= first + dt.timedelta(days=14)
    assert END - dt.timedelta(days=14) <= max(days) <= END


def test_at_most_one_entry_per_day(diary: SampleDiary) -> None:
    days = [e.day for e in diary.entries]
    assert len(days) == len(set(days))


def test_uids_are_unique(diary: SampleDiary) -> None:
    uids = [
        *(x.uid for x in diary.entries),
        *(x.uid for x in diary.interactions),
        *(x.uid for x in diary.people),
        *(x.uid for x in diary.circles),
    ]
    assert len(uids) == len(set(uids))


# -- referential integrity ----------------------------------------------------------------


def test_names_are_unique_after_cleaning(diary: SampleDiary) -> None:
    people = [clean_name(p.name).casefold() for p in diary.people]
    assert len(people) == len(set(people))
    circles = [c.name.casefold() for c in diary.circles]
    assert len(circles) == len(set(circles))


def test_people_belong_only_to_existing_circles(diary: SampleDiary) -> None:
    circles = {c.name for c in diary.circles}
    assert all(set(p.circles) <= circles for p in diary.people)
    used = {c for p in diary.people for c in p.circles}
    assert used == circles


def test_interactions_reference_known_people_and_circles(diary: SampleDiary) -> None:
    people = {p.name for p in diary.people}
    circles = {c.name for c in diary.circles}
    for item in diary.interactions:
        assert set(item.people) <= people
        assert item.circle is None or item.circle in circles


def test_gratitude_names_known_people_and_feelings_come_from_the_vocabulary(
    diary: SampleDiary,
) -> None:
    people = {p.name for p in diary.people}
    words = {f.word for f in FEELINGS}
    named = [g.person for e in diary.entries for g in e.gratitude if g.person is not None]
    assert named and set(named) <= people
    for entry in diary.entries:
        assert set(entry.feelings) <= words
        assert len(entry.feelings) <= 3


def test_cast_has_an_inner_circle_and_cadences(diary: SampleDiary) -> None:
    assert 3 <= sum(p.inner for p in diary.people) < len(diary.people) / 2
    assert sum(p.cadence_days is not None for p in diary.people) >= 5


# -- scale --------------------------------------------------------------------------------


def test_one_year_scale(one_year: SampleDiary) -> None:
    assert 25 <= len(one_year.people) <= 40
    assert 3.0 <= len(one_year.interactions) / 365 <= 5.0
    assert 300 <= len(one_year.entries) <= 365


def test_ten_year_scale(ten_years: SampleDiary) -> None:
    """The size benchmarks rely on (how fast it is made is bench/'s business, not a test's)."""
    diary = ten_years
    assert len(diary.people) == MAX_PEOPLE
    assert 13_000 <= len(diary.interactions) <= 17_000
    assert 3_000 <= len(diary.entries) <= 3_650


def test_people_grow_with_the_years(one_year: SampleDiary) -> None:
    assert len(generate(END, years=3).people) > len(one_year.people)


# -- realism ------------------------------------------------------------------------------


def test_some_days_are_unlogged(diary: SampleDiary, years: int) -> None:
    total = 365 * years
    logged = {e.day for e in diary.entries} | {i.day for i in diary.interactions}
    assert 0.04 <= 1 - len(logged) / total <= 0.14


def test_some_entries_have_no_interactions_and_some_days_no_entry(diary: SampleDiary) -> None:
    contact_days = {i.day for i in diary.interactions}
    entry_days = {e.day for e in diary.entries}
    assert entry_days - contact_days
    assert contact_days - entry_days


def test_there_are_isolation_streaks_of_three_days_or_more(diary: SampleDiary) -> None:
    contact = meaningful_minutes(diary)
    logged = sorted({e.day for e in diary.entries} | {i.day for i in diary.interactions})
    longest = run = 0
    previous: dt.date | None = None
    for day in logged:
        consecutive = previous is not None and (day - previous).days == 1
        if day in contact:
            run = 0
        else:
            run = run + 1 if consecutive else 1
        longest = max(longest, run)
        previous = day
    assert longest >= 3


def test_weekly_and_monthly_rhythms(ten_years: SampleDiary) -> None:
    diary = ten_years
    by_circle: dict[str, list[dt.date]] = {}
    for item in diary.interactions:
        if item.circle is not None:
            by_circle.setdefault(item.circle, []).append(item.day)
    classes = Counter(day.weekday() for day in by_circle["Pottery class"])
    assert classes.most_common(1)[0][0] == 2  # Wednesdays
    book_months = {(d.year, d.month) for d in by_circle["Book club"]}
    assert len(book_months) >= 80  # most months of ten years
    work = Counter(day.weekday() for day in by_circle["Work"])
    assert work[5] + work[6] == 0
    family_calls = [
        i.day
        for i in diary.interactions
        if i.circle == "Family" and i.mode in (Mode.CALL, Mode.VIDEO)
    ]
    assert Counter(d.weekday() for d in family_calls).most_common(1)[0][0] == 6  # Sundays


def test_modes_minutes_and_depth_are_plausible(diary: SampleDiary) -> None:
    modes = Counter(i.mode for i in diary.interactions)
    assert set(modes) == set(Mode)
    digital = [i.minutes for i in diary.interactions if not i.mode.is_live]
    live = [i.minutes for i in diary.interactions if i.mode.is_live]
    assert statistics.median(digital) <= 15 < statistics.median(live)
    inner = {p.name for p in diary.people if p.inner}

    def depths(with_inner: bool) -> list[int]:
        return [
            i.depth
            for i in diary.interactions
            if i.mode is Mode.IN_PERSON
            and i.depth is not None
            and bool(inner & set(i.people)) == with_inner
        ]

    assert statistics.mean(depths(True)) > statistics.mean(depths(False)) + 0.5
    assert {i.initiated for i in diary.interactions} >= set(Initiator)


def test_entries_are_varied(diary: SampleDiary) -> None:
    texts = [e.text for e in diary.entries if e.text]
    assert len(set(texts)) > len(texts) / 3
    assert any(not e.text for e in diary.entries)
    assert statistics.mean(len(e.gratitude) for e in diary.entries) >= 1.5
    assert len({e.mood for e in diary.entries}) >= 7


def moods_with_contact(diary: SampleDiary) -> list[tuple[Entry, int]]:
    minutes = meaningful_minutes(diary)
    return [(e, minutes.get(e.day, 0)) for e in diary.entries if e.mood is not None]


def test_mood_is_higher_on_days_with_meaningful_contact(diary: SampleDiary) -> None:
    pairs = moods_with_contact(diary)
    met = [e.mood for e, minutes in pairs if minutes > 0 and e.mood is not None]
    alone = [e.mood for e, minutes in pairs if minutes == 0 and e.mood is not None]
    assert len(alone) >= 30
    assert statistics.mean(met) - statistics.mean(alone) >= 1.0


def test_mood_rises_with_meaningful_minutes(diary: SampleDiary) -> None:
    pairs = moods_with_contact(diary)
    rho = spearman([float(e.mood or 0) for e, _ in pairs], [float(m) for _, m in pairs])
    assert rho > 0.3


def test_digital_only_days_are_no_better_than_isolated_days(diary: SampleDiary) -> None:
    contact_days = {i.day for i in diary.interactions}
    pairs = moods_with_contact(diary)
    isolated = [float(e.mood or 0) for e, minutes in pairs if minutes == 0]
    digital = [float(e.mood or 0) for e, m in pairs if m == 0 and e.day in contact_days]
    met = [float(e.mood or 0) for e, minutes in pairs if minutes > 0]
    assert statistics.mean(digital) <= statistics.mean(isolated) + 0.25
    assert statistics.mean(met) - statistics.mean(digital) >= 1.0


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_mood_link_holds_for_any_seed(seed: int) -> None:
    pairs = moods_with_contact(generate(END, years=1, seed=seed))
    met = [float(e.mood or 0) for e, minutes in pairs if minutes > 0]
    alone = [float(e.mood or 0) for e, minutes in pairs if minutes == 0]
    assert statistics.mean(met) - statistics.mean(alone) >= 1.0
    assert spearman([float(e.mood or 0) for e, _ in pairs], [float(m) for _, m in pairs]) > 0.3


# The demo a newcomer opens: tonight is left to write -------------------------------------------


@pytest.mark.parametrize("seed", [7, 1, 2, 3, 11])
@pytest.mark.parametrize(
    "today", [dt.date(2026, 12, 3), dt.date(2025, 6, 30), dt.date(2024, 2, 29)]
)
def test_the_demo_leaves_tonight_empty_and_fills_yesterday(today: dt.date, seed: int) -> None:
    demo = demo_diary(today, seed=seed)
    yesterday = today - dt.timedelta(days=1)
    assert all(e.day < today for e in demo.entries)
    assert all(i.day < today for i in demo.interactions)
    (last,) = [e for e in demo.entries if e.day == yesterday]
    assert last.mood is not None and not last.is_empty
    assert min(e.day for e in demo.entries) >= today - dt.timedelta(days=365)


def test_the_demo_is_the_sample_ending_yesterday_apart_from_its_last_day() -> None:
    today = END + dt.timedelta(days=1)
    demo, plain = demo_diary(today), generate(END)
    assert demo.people == plain.people and demo.circles == plain.circles
    assert [e for e in demo.entries if e.day < END] == [e for e in plain.entries if e.day < END]


def test_the_demo_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="years"):
        demo_diary(END, years=0)
    with pytest.raises(ValueError, match="calendar date"):
        demo_diary(dt.datetime(2025, 6, 30, 21), years=1)  # type: ignore[arg-type]


# -- in the language of its making ------------------------------------------------------------

GERMAN = {
    "Family": "Familie",
    "Book club": "Buchclub",
    ("demo person", "Mum"): "Mama",
    ("demo person", "Nana"): "Oma",
    "A day of not really talking to anyone.": "Ein Tag, an dem ich kaum mit jemandem sprach.",
    "A quiet cup of tea": "Eine ruhige Tasse Tee",
    "{name} listening properly": "{name}, der mir richtig zugehört hat",
    "coffee": "Kaffee",
    "Nana's hip": "Omas Hüfte",
}


def test_the_demo_is_written_in_the_language_installed_when_it_is_made(
    one_year: SampleDiary,
) -> None:
    with i18n.speaking("de", "de_DE", catalogue(GERMAN)):
        german = generate(END, years=1)
    assert "Familie" in {c.name for c in german.circles}
    assert "Family" not in {c.name for c in german.circles}
    assert {"Mama", "Oma"} <= {p.name for p in german.people}
    assert any("Ein Tag, an dem ich kaum mit jemandem sprach." in e.text for e in german.entries)
    gratitude = {g.text for e in german.entries for g in e.gratitude}
    assert "Eine ruhige Tasse Tee" in gratitude
    assert any(text.endswith(", der mir richtig zugehört hat") for text in gratitude)
    assert "Kaffee" in {i.note for i in german.interactions}
    # The same life in every language: days, moods, feelings (by key), contacts' shapes.
    shape = [(e.day, e.mood, e.energy, e.feelings, len(e.gratitude)) for e in one_year.entries]
    assert [(e.day, e.mood, e.energy, e.feelings, len(e.gratitude)) for e in german.entries] == (
        shape
    )
    assert [(i.day, i.mode, i.minutes, i.depth) for i in german.interactions] == [
        (i.day, i.mode, i.minutes, i.depth) for i in one_year.interactions
    ]
    assert [p.uid for p in german.people] == [p.uid for p in one_year.people]
    test_names_are_unique_after_cleaning(german)
    test_people_belong_only_to_existing_circles(german)
    test_interactions_reference_known_people_and_circles(german)
    test_gratitude_names_known_people_and_feelings_come_from_the_vocabulary(german)


@pytest.mark.parametrize("language", [lang for lang in i18n.shipped_languages() if lang != "en"])
def test_the_demo_holds_together_in_every_shipped_language(language: str) -> None:
    with i18n.speaking(language):
        assert i18n.language() == language
        made = generate(END, years=1)
    test_names_are_unique_after_cleaning(made)
    test_people_belong_only_to_existing_circles(made)
    test_interactions_reference_known_people_and_circles(made)


def test_the_demo_tags_weekly_therapy_and_some_work(one_year: SampleDiary) -> None:
    therapy = [e.day for e in one_year.entries if "therapy" in e.tags]
    assert 25 <= len(therapy) <= 40 and {day.weekday() for day in therapy} == {3}
    assert min(therapy) >= END - dt.timedelta(days=270)
    work = [e.day for e in one_year.entries if "work" in e.tags]
    assert work and all(day.weekday() < 5 for day in work)
