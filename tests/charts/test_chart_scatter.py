import pytest
from chartdata import THEMES, figure, make_day, nov, november, stats

from diary.charts import scatter
from diary.charts.theme import LIGHT
from diary.domain.models import Mode
from diary.domain.stats import Correlation


@THEMES
def test_one_point_per_day_with_a_mood_at_minutes_and_mood(theme):
    data = november()
    artists = scatter.draw_scatter(figure(theme).add_subplot(), data.series, None, theme)
    points = [tuple(p) for p in artists.points.get_offsets()]
    assert points == [(60, 6), (0, 3), (50, 7), (0, 2), (0, 2), (20, 8)]
    ax = artists.points.axes
    assert ax.get_ylim() == (0.5, 9.5)
    assert ax.get_xlabel() == "Meaningful minutes with people"
    assert ax.get_ylabel() == "Mood (1 low, 9 high)"


def test_the_title_gives_rho_its_interval_and_n():
    data = november()
    link = Correlation(rho=0.42, ci_low=0.21, ci_high=0.6, n=28)
    artists = scatter.draw_scatter(figure().add_subplot(), data.series, link, LIGHT)
    assert artists.headline.get_text() == "ρ = 0.42 (95% CI 0.21 to 0.60), n = 28"
    assert "not what caused what" in artists.caption.get_text()


def test_negative_numbers_get_a_real_minus_sign():
    link = Correlation(rho=-0.05, ci_low=-0.4, ci_high=0.31, n=9)
    assert scatter.headline(link, []) == "ρ = −0.05 (95% CI −0.40 to 0.31), n = 9"


def test_without_a_correlation_it_says_how_many_days_there_are_of_eight():
    data = november()
    artists = scatter.draw_scatter(figure().add_subplot(), data.series, None, LIGHT)
    assert artists.headline.get_text() == "Not enough data yet — 6 of 8 days with a mood"


def test_days_drawn_on_the_same_spot_are_counted_not_jittered():
    data = november()
    artists = scatter.draw_scatter(figure().add_subplot(), data.series, None, LIGHT)
    assert [(a.get_text(), a.xy) for a in artists.repeats] == [("×2", (0, 2))]


def test_the_figure_computes_the_link_once_there_are_eight_days_with_a_mood():
    moods = [3, 4, 5, 5, 6, 7, 7, 8]
    days = [make_day(nov(i + 1), m, (Mode.IN_PERSON, 10 * m, 3)) for i, m in enumerate(moods)]
    series = stats(days, nov(1), nov(8))
    data = november()
    fig = figure()
    artists = scatter.draw(fig, series, LIGHT, context=data.context)
    assert artists.headline.get_text().startswith("ρ = 1.00 (95% CI ")
    assert artists.headline.get_text().endswith("n = 8")
    assert fig.get_suptitle() == "Mood against time with people, November 2026"
    fewer = scatter.draw(figure(), series[:7], LIGHT, context=data.context)
    assert fewer.headline.get_text() == "Not enough data yet — 7 of 8 days with a mood"


def test_the_table_lists_each_day_with_a_mood_under_the_headline():
    data = november()
    table = scatter.table(data.series, context=data.context)
    assert table.caption == "Not enough data yet — 6 of 8 days with a mood"
    assert table.headers == ("Date", "Mood", "Meaningful minutes")
    assert table.rows[0] == ("2026-11-01", "6", "60")
    assert len(table.rows) == 6


@pytest.mark.parametrize("count", [0, 1])
def test_almost_no_data_still_draws(count):
    days = [make_day(nov(1), 5)][:count]
    artists = scatter.draw_scatter(figure().add_subplot(), stats(days, nov(1), nov(1)), None, LIGHT)
    assert len(artists.points.get_offsets()) == count
    assert f"{count} of 8" in artists.headline.get_text()


def test_enough_days_that_never_vary_are_not_called_too_few():
    days = [make_day(nov(i), 5, (Mode.IN_PERSON, 10 * i, 3)) for i in range(1, 10)]
    series = stats(days, nov(1), nov(9))
    artists = scatter.draw(figure(), series, LIGHT, context=november().context)
    assert artists.headline.get_text() == (
        "No link to show: over these 9 days your mood or your time with people never changed"
    )
