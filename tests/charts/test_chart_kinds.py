import pytest
from chartdata import THEMES, figure, november

from diary.charts import kinds
from diary.charts.theme import LIGHT
from diary.domain.stats import ContactKind, GroupMood, mood_by_kind

GROUPS = (
    GroupMood(ContactKind.IN_PERSON, 5, 6.2, (5, 6, 6, 7, 7)),
    GroupMood(ContactKind.CALL_OR_VIDEO, 1, 7.0, (7,)),
    GroupMood(ContactKind.DIGITAL_ONLY, 2, 3.5, (3, 4)),
    GroupMood(ContactKind.NONE, 0, None, ()),
)


def draw(theme=LIGHT, groups=GROUPS):
    return kinds.draw_kinds(figure(theme).add_subplot(), groups, theme)


@THEMES
def test_every_group_shows_its_n_and_an_empty_one_says_no_days(theme):
    artists = draw(theme)
    ax = artists.means[0].axes
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert ticks == [
        "in person\nn = 5",
        "call or video\nn = 1",
        "text or social only\nn = 2",
        "no contact\nno days",
    ]
    assert list(ax.get_xticks()) == [0, 1, 2, 3]
    assert "no days" in [t.get_text() for t in ax.texts]


def test_dots_are_the_moods_of_each_group_at_its_position():
    artists = draw()
    for x, (group, dots) in enumerate(zip(GROUPS, artists.dots, strict=True)):
        if not group.moods:
            assert dots is None
            continue
        offsets = dots.get_offsets()
        assert list(offsets[:, 1]) == list(group.moods)
        assert all(abs(px - x) <= kinds.HALF_WIDTH + 1e-9 for px in offsets[:, 0])


def test_mean_lines_and_labels():
    artists = draw()
    assert [None if m is None else m.get_ydata()[0] for m in artists.means] == [
        6.2,
        7.0,
        3.5,
        None,
    ]
    assert [None if t is None else t.get_text() for t in artists.mean_labels] == [
        "mean 6.2",
        "mean 7.0",
        "mean 3.5",
        None,
    ]


def test_equal_moods_fan_out_evenly_and_the_same_way_every_time():
    xs = kinds.spread([6, 6, 6, 5], 1.0)
    assert xs == kinds.spread([6, 6, 6, 5], 1.0)
    assert xs[3] == 1.0  # alone on its mood: centred
    assert xs[:3] == pytest.approx([1 - kinds.DOT_STEP, 1.0, 1 + kinds.DOT_STEP])
    many = kinds.spread([5] * 40, 0.0)
    assert min(many) == pytest.approx(-kinds.HALF_WIDTH)
    assert max(many) == pytest.approx(kinds.HALF_WIDTH)


def test_limits_and_labels():
    ax = draw().means[0].axes
    assert ax.get_ylim() == (0.5, 9.5)
    assert ax.get_ylabel() == "Mood (1 low, 9 high)"


def test_the_figure_groups_real_days_and_the_table_gives_every_group():
    data = november()
    fig = figure()
    artists = kinds.draw(fig, data.series, LIGHT, context=data.context)
    groups = mood_by_kind(data.series)
    assert artists.groups == groups
    assert fig.get_suptitle() == "Mood by kind of contact, November 2026"
    table = kinds.table(data.series, context=data.context)
    assert table.headers == ("Kind of contact", "Days", "Mean mood", "Lowest mood", "Highest mood")
    assert [row[0] for row in table.rows] == [g.kind.label for g in groups]
    assert [row[1] for row in table.rows] == [str(g.n) for g in groups]
    assert kinds.kinds_table(GROUPS).rows[3] == ("no contact", "0", "–", "–", "–")
    assert kinds.kinds_table(GROUPS).rows[0] == ("in person", "5", "6.2", "5", "7")
