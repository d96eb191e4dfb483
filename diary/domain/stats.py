"""Daily series, isolation streaks and the mood-contact link, computed from diary days.

Everything here follows "Definitions the analytics use" in the product brief: a day is logged if
it has a non-empty entry or an interaction, unlogged days are missing data (never lonely, never
connected), and numbers about mood come with their n and a seeded bootstrap interval so the app
can be honest about uncertainty. Pure standard library, so charts, the Insights page and the
command line all get the same numbers.

The bootstrap has to stay fast on ten years of days (four intervals of 1,000 resamples each
within a fraction of a second), which plain Python re-ranking of 3,650 points per resample cannot
do. ``_Resampler`` therefore draws and ranks all resamples at once; see its docstring.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import random
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import add, mul
from types import MappingProxyType

from diary.domain.models import (
    DEPTH_MAX,
    DEPTH_MIN,
    MINUTES_MAX,
    MINUTES_MIN,
    Company,
    Day,
    Interaction,
    Mode,
    ValidationError,
)
from diary.i18n import _, pgettext

MIN_MOOD_DAYS = 8
"""Below this many days with a mood the app says "not enough data yet" instead of a number."""

MIN_GROUP_DAYS = 3
"""A group (a kind of contact, a month, a weekday) needs this many days to be compared."""

SAME_MOOD = 0.5
"""Mean moods closer than this (on the 1-9 scale) are read as "about the same"."""

CONFIDENCE = 0.95
"""Coverage of the bootstrap percentile intervals."""


@dataclass(frozen=True)
class Definition:
    """What counts as meaningful contact (product.md defaults; user-configurable).

    Attributes:
        minutes: A live contact (in person, video, call) of at least this many minutes counts.
        depth: Any contact this deep (1-5) counts, whatever its mode or length.
    """

    minutes: int = 10
    depth: int = 4

    def __post_init__(self) -> None:
        for message, value, low, high in (
            (
                _("Meaningful minutes must be a whole number from {low} to {high}, not {value}."),
                self.minutes,
                MINUTES_MIN,
                MINUTES_MAX,
            ),
            (
                _("Meaningful depth must be a whole number from {low} to {high}, not {value}."),
                self.depth,
                DEPTH_MIN,
                DEPTH_MAX,
            ),
        ):
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise ValidationError(message.format(low=low, high=high, value=repr(value)))

    def is_meaningful(self, item: Interaction) -> bool:
        """True for a long enough live contact, or a deep one of any kind."""
        if item.mode.is_live and item.minutes >= self.minutes:
            return True
        return item.depth is not None and item.depth >= self.depth


DEFAULT_DEFINITION = Definition()
"""The product's default definition of meaningful contact."""


class ContactKind(enum.Enum):
    """The closest kind of contact on a logged day, meaningful or not."""

    IN_PERSON = "in-person"
    CALL_OR_VIDEO = "call-or-video"
    DIGITAL_ONLY = "digital-only"
    NONE = "none"

    @property
    def label(self) -> str:
        """Words for people rather than for scripts, in the current language."""
        if self is ContactKind.IN_PERSON:
            # Translators: the closest kind of contact of a day, short, lower case (an axis of
            # a chart): in person, call or video, text or social only, no contact.
            return pgettext("kind of day", "in person")
        if self is ContactKind.CALL_OR_VIDEO:
            return pgettext("kind of day", "call or video")
        if self is ContactKind.DIGITAL_ONLY:
            return pgettext("kind of day", "text or social only")
        return pgettext("kind of day", "no contact")


_NO_MINUTES: Mapping[Mode, int] = MappingProxyType(dict.fromkeys(Mode, 0))


@dataclass(frozen=True)
class DayStats:
    """The numbers of one calendar date that every chart and summary is built from.

    Attributes:
        day: The date.
        logged: The day has a non-empty entry or an interaction; otherwise it is missing data.
        mood: The entry's mood (1-9), if any.
        energy: The entry's energy (1-9), if any.
        minutes_by_mode: Meaningful minutes per mode; every mode is present (0 if none).
        meaningful_minutes: Sum of the minutes of the meaningful contacts.
        meaningful: At least one meaningful contact (a deep 0-minute text counts).
        interactions: Number of interactions, meaningful or not.
        mean_depth: Mean depth of the interactions that have one.
        gratitude: Gratitude notes in the entry.
        kind: Closest kind of contact; None when the day is not logged.
        digital: Text and social media interactions (any length); tells a digital-only day
            apart from an isolated day that also had a short call or chat.
        company: The entry's "Company today" answer, if any: an isolated day with ``MORE`` is
            a lonely one, with ``RIGHT`` or ``LESS`` chosen solitude (``domain.solitude``).
    """

    day: dt.date
    logged: bool
    mood: int | None
    energy: int | None
    minutes_by_mode: Mapping[Mode, int] = field(hash=False)
    meaningful_minutes: int
    meaningful: bool
    interactions: int
    mean_depth: float | None
    gratitude: int
    kind: ContactKind | None
    digital: int = 0
    company: Company | None = None

    @property
    def isolated(self) -> bool:
        """A logged day without meaningful contact (unlogged days are never isolated)."""
        return self.logged and not self.meaningful

    @property
    def digital_only(self) -> bool:
        """An isolated day that still had text or social media contact."""
        return self.isolated and (self.digital > 0 or self.kind is ContactKind.DIGITAL_ONLY)


def day_series(
    days: Iterable[Day],
    start: dt.date,
    end: dt.date,
    definition: Definition = DEFAULT_DEFINITION,
) -> list[DayStats]:
    """One DayStats per date from ``start`` to ``end`` inclusive, in order.

    Charts and streaks need every calendar date, including the ones nobody wrote about, so
    gaps become unlogged days instead of silently vanishing.

    Args:
        days: Diary days in any order; days outside the range are ignored.
        start: First date of the series.
        end: Last date of the series; an ``end`` before ``start`` gives an empty series.
        definition: What counts as meaningful contact.

    Returns:
        The series; dates without a Day (or with an empty one) are unlogged.

    Raises:
        ValueError: If two days have the same date.
    """
    found: dict[dt.date, Day] = {}
    for day in days:
        if start <= day.day <= end:
            if day.day in found:
                raise ValueError(f"Two diary days for {day.day.isoformat()}.")
            found[day.day] = day
    series: list[DayStats] = []
    # Counted by ordinal: a step past 9999-12-31 would overflow (the end may be that day).
    for ordinal in range(start.toordinal(), end.toordinal() + 1):
        date = dt.date.fromordinal(ordinal)
        record = found.get(date)
        series.append(_unlogged(date) if record is None else _day_stats(record, definition))
    return series


def _unlogged(date: dt.date) -> DayStats:
    return DayStats(date, False, None, None, _NO_MINUTES, 0, False, 0, None, 0, None)


def _day_stats(day: Day, definition: Definition) -> DayStats:
    entry = day.entry if day.entry is not None and not day.entry.is_empty else None
    minutes = dict.fromkeys(Mode, 0)
    meaningful = False
    depths = 0
    depth_count = 0
    digital = 0
    closest = ContactKind.NONE
    for item in day.interactions:
        mode = item.mode
        if definition.is_meaningful(item):
            meaningful = True
            minutes[mode] += item.minutes
        if item.depth is not None:
            depths += item.depth
            depth_count += 1
        if mode is Mode.IN_PERSON:
            closest = ContactKind.IN_PERSON
        elif mode.is_live:
            if closest is not ContactKind.IN_PERSON:
                closest = ContactKind.CALL_OR_VIDEO
        else:
            digital += 1
            if closest is ContactKind.NONE:
                closest = ContactKind.DIGITAL_ONLY
    logged = entry is not None or bool(day.interactions)
    return DayStats(
        day=day.day,
        logged=logged,
        mood=entry.mood if entry is not None else None,
        energy=entry.energy if entry is not None else None,
        minutes_by_mode=MappingProxyType(minutes),
        meaningful_minutes=sum(minutes.values()),
        meaningful=meaningful,
        interactions=len(day.interactions),
        mean_depth=depths / depth_count if depth_count else None,
        gratitude=len(entry.gratitude) if entry is not None else 0,
        kind=closest if logged else None,
        digital=digital,
        company=entry.company if entry is not None else None,
    )


# -- isolation streaks ------------------------------------------------------------------------


@dataclass(frozen=True)
class Streak:
    """A run of consecutive isolated days, both ends included."""

    start: dt.date
    end: dt.date

    @property
    def length(self) -> int:
        """Number of days in the run."""
        return (self.end - self.start).days + 1


def isolation_streaks(series: Sequence[DayStats]) -> list[Streak]:
    """Maximal runs of consecutive isolated days, oldest first.

    An unlogged day ends a run (missing data is not loneliness); so does a gap in the dates,
    which is the same thing for a series that skipped a date.
    """
    streaks: list[Streak] = []
    run: list[dt.date] = []  # first and last day of the run being read
    for stats in series:
        if run and not (stats.isolated and (stats.day - run[1]).days == 1):
            streaks.append(Streak(run[0], run[1]))
            run = []
        if stats.isolated:
            run = [run[0] if run else stats.day, stats.day]
    if run:
        streaks.append(Streak(run[0], run[1]))
    return streaks


def longest_streak(series: Sequence[DayStats]) -> Streak | None:
    """The longest isolation streak; of equally long ones the most recent, to show what is now."""
    best: Streak | None = None
    for streak in isolation_streaks(series):
        if best is None or streak.length >= best.length:
            best = streak
    return best


def current_streak(series: Sequence[DayStats]) -> Streak | None:
    """The isolation streak that runs up to the series' last day, if that day is isolated."""
    if not series or not series[-1].isolated:
        return None
    return isolation_streaks(series)[-1]


# -- Spearman's rho and its bootstrap ----------------------------------------------------------


@dataclass(frozen=True)
class Correlation:
    """Spearman's rho with its n and a seeded percentile-bootstrap 95% interval."""

    rho: float
    ci_low: float
    ci_high: float
    n: int


def _doubled_ranks(values: Sequence[float]) -> tuple[list[int], int]:
    """Twice the average ranks (integers, ties averaged) and the tie term sum(t**3 - t)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0] * len(values)
    ties = 0
    i = 0
    while i < len(order):
        j = i + 1
        value = values[order[i]]
        while j < len(order) and values[order[j]] == value:
            j += 1
        doubled = i + j + 1  # 2 * (mean of the 1-based ranks i+1 .. j)
        for k in range(i, j):
            ranks[order[k]] = doubled
        size = j - i
        ties += size**3 - size
        i = j
    return ranks, ties


def _rho(n: int, products: int, ties_x: int, ties_y: int) -> float | None:
    """Spearman's rho from integer sums of doubled ranks (exact until the last division).

    With doubled ranks R', S' (mean n + 1) the Pearson correlation of ranks is
    3 * (sum(R'S') - n(n+1)^2) / sqrt((n^3 - n - Tx)(n^3 - n - Ty)).
    """
    spread_x = n**3 - n - ties_x
    spread_y = n**3 - n - ties_y
    if spread_x <= 0 or spread_y <= 0:
        return None
    rho = 3 * (products - n * (n + 1) ** 2) / math.sqrt(spread_x * spread_y)
    return max(-1.0, min(1.0, rho))


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Spearman's rank correlation with average ranks for ties.

    Ranks rather than values, because mood is an ordinal scale and minutes are skewed.

    Args:
        xs: First variable.
        ys: Second variable, paired with ``xs``.

    Returns:
        rho in [-1, 1], or None when n < 2 or either side is constant (rho is undefined).

    Raises:
        ValueError: If the sequences differ in length.
    """
    if len(xs) != len(ys):
        raise ValueError(f"spearman needs pairs: {len(xs)} x values but {len(ys)} y values.")
    n = len(xs)
    if n < 2:
        return None
    rx, tx = _doubled_ranks(xs)
    ry, ty = _doubled_ranks(ys)
    return _rho(n, sum(map(mul, rx, ry)), tx, ty)


def _percentile(ordered: Sequence[float], q: float) -> float:
    """Linear interpolation between order statistics (numpy's default)."""
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def _correlation(
    xs: Sequence[float], ys: Sequence[float], seed: int, resamples: int
) -> Correlation | None:
    """Rho with its bootstrap interval, or None when there are too few pairs or rho is undefined."""
    if isinstance(resamples, bool) or not isinstance(resamples, int) or resamples < 1:
        raise ValueError(f"resamples must be a whole number of at least 1, not {resamples!r}")
    if len(xs) < MIN_MOOD_DAYS:
        return None
    rho = spearman(xs, ys)
    if rho is None:
        return None
    boot = sorted(
        r for r in _Resampler(xs, ys).rhos(random.Random(seed), resamples) if r is not None
    )
    if not boot:  # Every resample had a constant side: the data cannot tell anything.
        return Correlation(rho, -1.0, 1.0, len(xs))
    tail = (1 - CONFIDENCE) / 2
    return Correlation(rho, _percentile(boot, tail), _percentile(boot, 1 - tail), len(xs))


_LITTLE = sys.byteorder == "little"
_LANES_MAX = 2048  # resamples computed together in one set of big integers
_SPLIT = 100  # at most this many identical days share one Poisson variate (it must fit a byte)
_SLACK = 1.25  # the Poisson total's mean sits this many standard deviations below n
_SENTINEL = 255


def _lane_code(width: int) -> str:
    for code in ("I", "L", "Q"):
        if array(code).itemsize * 8 == width:
            return code
    raise ValueError(f"no array type with {width}-bit items")  # pragma: no cover


def _poisson_pmf(mean: float) -> list[float]:
    """Poisson probabilities until the rest is below what a float sum can notice."""
    term = math.exp(-mean)
    pmf = [term]
    k = 0
    while k < mean or term > 1e-20:
        k += 1
        term *= mean / k
        pmf.append(term)
    if len(pmf) >= _SENTINEL:
        raise AssertionError("Poisson variate does not fit a byte")  # pragma: no cover
    return pmf


@dataclass(frozen=True)
class _ByteSampler:
    """Draws from a small discrete distribution with one random byte, exactly.

    Each outcome k owns floor(256 p_k) whole byte values, so most bytes decide at once (through
    ``bytes.translate``). The few remaining "shared" byte values carry the leftover fractions of
    every outcome; a shared byte becomes the sentinel and is refined with ``random()``.
    """

    table: bytes
    first_shared: int
    shared_cdf: list[float]

    @classmethod
    def of(cls, pmf: Sequence[float]) -> _ByteSampler:
        """Allot the byte values of a distribution (probabilities summing to about 1)."""
        table = bytearray()
        leftovers = []
        for k, p in enumerate(pmf):
            whole = math.floor(p * 256)
            table += bytes([k]) * whole
            leftovers.append(p * 256 - whole)
        first_shared = len(table)
        shared = float(256 - first_shared)
        # Keep the cumulative sums sorted: float rounding must not push them past the end.
        shared_cdf = [min(c, shared) for c in accumulate(leftovers)]
        shared_cdf[-1] = shared  # absorbs float rounding and the tiny tail
        table += bytes([_SENTINEL]) * (256 - first_shared)
        return cls(bytes(table), first_shared, shared_cdf)

    def fill(self, raw: bytes, rng: random.Random) -> bytearray:
        """One outcome per random byte of ``raw``."""
        out = bytearray(raw.translate(self.table))
        find = out.find
        uniform = rng.random
        cdf = self.shared_cdf
        first = self.first_shared
        i = find(_SENTINEL)
        while i >= 0:
            out[i] = bisect_right(cdf, raw[i] - first + uniform())
            i = find(_SENTINEL, i + 1)
        return out


@functools.lru_cache(maxsize=1024)
def _poisson_sampler(mean: float) -> _ByteSampler:
    """Shared between bootstraps of the same n (the mood-contact link and mood by count)."""
    return _ByteSampler.of(_poisson_pmf(mean))


class _Lanes:
    """Constants for big integers that hold one fixed-width unsigned number per resample."""

    def __init__(self, count: int, width: int) -> None:
        self.count = count
        self.width = width
        self.step = width // 8
        self.code = _lane_code(width)
        self.ones = int.from_bytes((b"\x01" + bytes(self.step - 1)) * count, "little")
        self.bits = [self.ones << j for j in range(width)]
        self.high = [(self.ones << width) - (self.ones << j) for j in range(width)]
        # (lanes & bits[j]) * fill[j] sets bits j..width-1 of the lanes that have bit j.
        self.fill = [(1 << (width - j)) - 1 for j in range(width)]
        self.pairs = int.from_bytes(b"\xff\x00" * ((count + 1) // 2), "little")

    def values(self, packed: int) -> list[int]:
        """The lanes as a list of ints, lane 0 first."""
        items = array(self.code)
        items.frombytes(packed.to_bytes(self.step * self.count, "little"))
        if not _LITTLE:  # pragma: no cover - big-endian machines
            items.byteswap()
        return items.tolist()

    def low_bytes(self, packed: int) -> bytes:
        """The lowest byte of every lane (callers check that no lane is 256 or more)."""
        return packed.to_bytes(self.step * self.count, "little")[0 :: self.step]

    def mask(self, keep: Iterable[int]) -> int:
        """All bits of the given lanes set."""
        wide = bytearray(self.step * self.count)
        full = b"\xff" * self.step
        for lane in keep:
            wide[lane * self.step : (lane + 1) * self.step] = full
        return int.from_bytes(wide, "little")


class _ByteSums:
    """Lane-wise sums of many rows of one byte per lane, for rows that arrive one at a time.

    Even and odd lanes go to separate integers with 16-bit slots, so up to 257 rows add up
    without overflow; then the slots are emptied into plain lists.
    """

    def __init__(self, lanes: _Lanes) -> None:
        self.lanes = lanes
        self.totals = [0] * lanes.count
        self.even = self.odd = self.rows = 0

    def add(self, row: bytes) -> None:
        """Add one row (``lanes.count`` bytes)."""
        packed = int.from_bytes(row, "little")
        self.even += packed & self.lanes.pairs
        self.odd += (packed >> 8) & self.lanes.pairs
        self.rows += 1
        if self.rows == 257:
            self.flush()

    def flush(self) -> list[int]:
        """Empty the slots into ``totals`` and return them."""
        if self.rows:
            size = 2 * ((self.lanes.count + 1) // 2)
            for first, packed in ((0, self.even), (1, self.odd)):
                items = array("H")
                items.frombytes(packed.to_bytes(size, "little"))
                if not _LITTLE:  # pragma: no cover - big-endian machines
                    items.byteswap()
                part = self.totals[first::2]
                self.totals[first::2] = list(map(add, part, items[: len(part)]))
            self.even = self.odd = self.rows = 0
        return self.totals


def _choose3_bytes(limit: int, index: int) -> bytes:
    """Byte ``index`` of C(t + 1, 3) = (t**3 - t) / 6 for t < limit (a translate table)."""
    return bytes(
        (((t + 1) * t * (t - 1) // 6) >> (8 * index)) & 255 if t < limit else 0 for t in range(256)
    )


# Levels whose counts are all below 2**bits: how many bytes C(t + 1, 3) needs, and their tables.
_TIE_TABLES = tuple(
    (bits, [_choose3_bytes(1 << bits, i) for i in range(size)])
    for bits, size in ((3, 1), (6, 2), (8, 3))
)


def _doubled_level_ranks(levels: Sequence[int], ones: int) -> list[int]:
    """Per level, twice its average rank: draws below plus draws up to it plus one, per lane."""
    ranks = []
    below = 0
    for count in levels:
        upto = below + count
        ranks.append(below + upto + ones)
        below = upto
    return ranks


class _Resampler:
    """Spearman's rho on many bootstrap resamples of one sample, computed all at once.

    Days with the same (x, y) pair are interchangeable, so a resample is fully described by how
    many times each distinct pair ("cell") was drawn: multinomial counts over the cells with
    probabilities c_g / n. Ranks with ties, and so rho, follow exactly from those counts.

    Drawing: independent Poisson(lam * c_g / n) counts per cell, conditioned on a total T <= n
    (lanes with T > n are discarded) and topped up with n - T single draws, are exactly
    multinomial(n, c / n): given its total, a Poisson vector is multinomial, and adding an
    independent multinomial(n - T) gives multinomial(n) whatever T was. The Poisson counts come
    from one random byte each through a lookup table (``bytes.translate``), and only the few
    bytes that straddle two outcomes are refined with ``random()`` to full precision, so every
    count has the exact distribution up to float rounding, like ``random.choices``.

    Ranking: each cell's counts for all resamples sit in one big integer, one fixed-width lane
    per resample, so sums, cumulative sums (ranks) and masked products run over all resamples
    in a single integer operation. Only the few per-resample totals are unpacked.
    """

    def __init__(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        self.n = n = len(xs)
        x_levels = sorted(set(xs))
        y_levels = sorted(set(ys))
        if len(x_levels) > len(y_levels):  # rho is symmetric; products run over the x side
            xs, ys, x_levels, y_levels = ys, xs, y_levels, x_levels
        x_index = {v: i for i, v in enumerate(x_levels)}
        y_index = {v: i for i, v in enumerate(y_levels)}
        counts = Counter(
            zip(map(x_index.__getitem__, xs), map(y_index.__getitem__, ys), strict=True)
        )
        self.cells = sorted(counts)
        self.sizes = [counts[cell] for cell in self.cells]
        self.x_count = len(x_levels)
        self.y_count = len(y_levels)
        self.width = 32 if n * (2 * n + 1) < 2**32 else 64
        self.lam = max(0.0, n - _SLACK * math.sqrt(n))
        groups: dict[int, list[int]] = {}
        for g, size in enumerate(self.sizes):
            whole, rest = divmod(size, _SPLIT)
            for part in [_SPLIT] * whole + ([rest] if rest else []):
                groups.setdefault(part, []).append(g)
        self.groups = [
            (owners, _poisson_sampler(self.lam * part / n))
            for part, owners in sorted(groups.items())
        ]
        self.cell_of = [g for g, size in enumerate(self.sizes) for _ in range(size)]

    def rhos(self, rng: random.Random, resamples: int) -> list[float | None]:
        """Rho of ``resamples`` bootstrap resamples (None where a resample has a constant side)."""
        # About this share of lanes has a Poisson total <= n; draw a few more than needed.
        accept = 0.5 * (1 + math.erf(_SLACK / math.sqrt(2)))
        result: list[float | None] = []
        while len(result) < resamples:
            need = resamples - len(result)
            count = min(_LANES_MAX, math.ceil(need / accept + 4 * math.sqrt(need) + 4))
            lanes = _Lanes(count, self.width)
            packed, keep = self.draw(rng, lanes, need)
            result.extend(self.rank(packed, keep, lanes))
        return result

    def draw(self, rng: random.Random, lanes: _Lanes, need: int) -> tuple[list[int], list[int]]:
        """Multinomial counts per cell, packed per lane, and up to ``need`` lanes to keep."""
        count = lanes.count
        row = lanes.step * count
        packed = [0] * len(self.sizes)
        for owners, sampler in self.groups:
            block = sampler.fill(rng.randbytes(len(owners) * count), rng)
            wide = bytearray(lanes.step * len(block))
            wide[0 :: lanes.step] = block
            view = memoryview(wide)
            for r, g in enumerate(owners):
                packed[g] += int.from_bytes(view[r * row : (r + 1) * row], "little")
        totals = lanes.values(sum(packed))
        n = self.n
        keep = [lane for lane, total in enumerate(totals) if total <= n][:need]
        # Top-up: cell-major counts with one unused slot first, so that 0 can mean "rejected".
        extra = array(lanes.code, bytes(lanes.step * (count * len(packed) + 1)))
        balls = self._balls(rng, sum(n - totals[lane] for lane in keep), count)
        start = 0
        for lane in keep:
            stop = start + n - totals[lane]
            for base in balls[start:stop]:
                extra[base + lane] += 1
            start = stop
        if not _LITTLE:  # pragma: no cover - big-endian machines
            extra.byteswap()
        view = memoryview(extra).cast("B")[lanes.step :]
        mask = lanes.mask(keep)
        for g in range(len(packed)):
            packed[g] = (packed[g] & mask) + int.from_bytes(view[g * row : (g + 1) * row], "little")
        return packed, keep

    def _balls(self, rng: random.Random, count: int, lanes: int) -> list[int]:
        """``count`` days drawn uniformly with replacement, each as 1 + its cell * ``lanes``."""
        bases = [1 + g * lanes for g in self.cell_of]
        n = self.n
        if n > 1 << 16:
            return rng.choices(bases, k=count)
        # A 16-bit random value v picks day v mod n, or is rejected (0) above the last whole
        # multiple of n, so that accepted values are exactly uniform over the days.
        table = bases * ((1 << 16) // n) + [0] * ((1 << 16) % n)
        balls: list[int] = []
        while len(balls) < count:
            draws = 2 * (count - len(balls)) + 8  # at least half of all 16-bit values hit a day
            raw = memoryview(rng.randbytes(2 * draws)).cast("H")
            balls.extend(filter(None, map(table.__getitem__, raw)))
        del balls[count:]
        return balls

    def rank(self, packed: Sequence[int], keep: Sequence[int], lanes: _Lanes) -> list[float | None]:
        """Rho of each kept lane, given per-cell counts that sum to n in every kept lane."""
        a = [0] * self.x_count
        b = [0] * self.y_count
        for (k, level), w in zip(self.cells, packed, strict=True):
            a[k] += w
            b[level] += w
        rx = _doubled_level_ranks(a, lanes.ones)
        ry = _doubled_level_ranks(b, lanes.ones)
        shifted: dict[tuple[int, int], int] = {}
        bits = lanes.bits
        high = lanes.high
        fill = lanes.fill
        # Per x level, the sum over its draws of their doubled y rank: counts times ranks, lane by
        # lane, one bit of the (small) counts at a time: the lanes with bit j set are filled
        # with ones from bit j up and pick the rank shifted left by j.
        sums = [0] * self.x_count
        for (k, level), w in zip(self.cells, packed, strict=True):
            total = sums[k]
            j = 0
            while w & high[j]:  # some lane has a count of 2**j or more
                s = shifted.get((level, j))
                if s is None:
                    s = shifted[(level, j)] = ry[level] << j
                total += (w & bits[j]) * fill[j] & s
                j += 1
            sums[k] = total
        products = [0] * lanes.count
        for r, t in zip(rx, sums, strict=True):
            products = list(map(add, products, map(mul, lanes.values(r), lanes.values(t))))
        ties_x = self._ties(a, lanes)
        ties_y = self._ties(b, lanes)
        n = self.n
        return [_rho(n, products[lane], ties_x[lane], ties_y[lane]) for lane in keep]

    @staticmethod
    def _ties(levels: Sequence[int], lanes: _Lanes) -> list[int]:
        """Per lane, the sum over levels of t**3 - t for the t draws at each level.

        t**3 - t = 6 C(t + 1, 3). Levels whose counts are all small go through byte tables of
        C(t + 1, 3), summed lane-wise as bytes; the few big levels are unpacked.
        """
        ties = [0] * lanes.count
        sums = [_ByteSums(lanes) for _ in range(3)]
        for packed in levels:
            if not packed & lanes.high[1]:  # counts of 0 and 1 add nothing
                continue
            for bits, tables in _TIE_TABLES:
                if not packed & lanes.high[bits]:
                    row = lanes.low_bytes(packed)
                    for part, table in zip(sums, tables, strict=False):
                        part.add(row.translate(table))
                    break
            else:
                ties = list(map(add, ties, (t**3 - t for t in lanes.values(packed))))
        for i, part in enumerate(sums):
            totals = part.flush()
            if any(totals):
                ties = list(map(add, ties, (6 * v << (8 * i) for v in totals)))
        return ties


def mood_contact_link(
    series: Sequence[DayStats], *, seed: int = 0, resamples: int = 1000
) -> Correlation | None:
    """Spearman rho between mood and meaningful minutes over the days that have a mood.

    Args:
        series: A day series.
        seed: The same series and seed always give the same interval.
        resamples: Bootstrap resamples for the 95% percentile interval.

    Returns:
        The correlation, or None below ``MIN_MOOD_DAYS`` mood days or when rho is undefined
        (every mood or every day's minutes the same).
    """
    days = [s for s in series if s.mood is not None]
    moods = [float(s.mood) for s in days if s.mood is not None]
    return _correlation(moods, [float(s.meaningful_minutes) for s in days], seed, resamples)


def lag_link(
    series: Sequence[DayStats], *, seed: int = 0, resamples: int = 1000
) -> Correlation | None:
    """Yesterday's meaningful minutes against today's mood, with the same rules as the link.

    Pairs are (d - 1, d) where d - 1 is logged and d has a mood; an unlogged yesterday is
    missing data, not zero minutes.
    """
    moods: list[float] = []
    minutes: list[float] = []
    for before, today in zip(series, series[1:], strict=False):
        if today.mood is not None and before.logged and (today.day - before.day).days == 1:
            moods.append(float(today.mood))
            minutes.append(float(before.meaningful_minutes))
    return _correlation(moods, minutes, seed, resamples)


# -- mood by kind of day -----------------------------------------------------------------------


@dataclass(frozen=True)
class MoodGap:
    """Mean mood on days with meaningful contact minus mean mood on isolated days."""

    gap: float | None
    mean_with: float | None
    n_with: int
    mean_isolated: float | None
    n_isolated: int


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def mood_gap(series: Sequence[DayStats]) -> MoodGap | None:
    """How much higher mood was on connected days than on isolated ones, with each n.

    Returns:
        The gap, or None below ``MIN_MOOD_DAYS`` mood days; ``gap`` is None when either group
        is empty.
    """
    with_contact = [s.mood for s in series if s.mood is not None and s.meaningful]
    isolated = [s.mood for s in series if s.mood is not None and s.isolated]
    if sum(1 for s in series if s.mood is not None) < MIN_MOOD_DAYS:
        return None
    mean_with, mean_isolated = _mean(with_contact), _mean(isolated)
    gap = None if mean_with is None or mean_isolated is None else mean_with - mean_isolated
    return MoodGap(gap, mean_with, len(with_contact), mean_isolated, len(isolated))


@dataclass(frozen=True)
class GroupMood:
    """Moods of the logged days of one contact kind, in date order."""

    kind: ContactKind
    n: int
    mean: float | None
    moods: tuple[int, ...]


def mood_by_kind(series: Sequence[DayStats]) -> tuple[GroupMood, ...]:
    """Mood per closest kind of contact, one group per ContactKind in enum order.

    Shows which kinds of contact go with better days (face to face matters most in research).
    """
    moods: dict[ContactKind, list[int]] = {kind: [] for kind in ContactKind}
    for s in series:
        if s.logged and s.mood is not None and s.kind is not None:
            moods[s.kind].append(s.mood)
    return tuple(
        GroupMood(kind, len(values), _mean(values), tuple(values)) for kind, values in moods.items()
    )


@dataclass(frozen=True)
class DepthLink:
    """Whether mood goes with how many contacts there were or with how deep they were."""

    by_count: Correlation | None
    by_depth: Correlation | None


def depth_vs_quantity(
    series: Sequence[DayStats], *, seed: int = 0, resamples: int = 1000
) -> DepthLink:
    """Mood against the number of interactions and against their mean depth.

    Quality beats quantity in the research; this lets the user see it in their own days.
    ``by_count`` uses every mood day, ``by_depth`` the mood days with a mean depth; each is
    None under the same rules as ``mood_contact_link``.
    """
    days = [s for s in series if s.mood is not None]
    count = _correlation(
        [float(s.mood) for s in days if s.mood is not None],
        [float(s.interactions) for s in days],
        seed,
        resamples,
    )
    deep = [(s.mood, s.mean_depth) for s in days if s.mood is not None and s.mean_depth is not None]
    depth = _correlation(
        [float(mood) for mood, _ in deep], [depth for _, depth in deep], seed, resamples
    )
    return DepthLink(count, depth)


# -- everything for one period -----------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """Every number the Insights page and ``diary stats`` show for one period."""

    start: dt.date
    end: dt.date
    logged_days: int
    unlogged_days: int
    meaningful_days: int
    isolated_days: int
    digital_only_days: int
    longest: Streak | None
    current: Streak | None
    mood_mean: float | None
    link: Correlation | None
    gap: MoodGap | None
    lag: Correlation | None
    by_kind: tuple[GroupMood, ...]
    depth: DepthLink
    gratitude_notes: int
    gratitude_days: int


def summarize(series: Sequence[DayStats], *, seed: int = 0, resamples: int = 1000) -> Summary:
    """Summarise a day series; every bootstrap uses ``seed``, so a summary is reproducible.

    Args:
        series: A day series (consecutive dates, as from ``day_series``).
        seed: Seed of every bootstrap interval.
        resamples: Bootstrap resamples of every interval.

    Returns:
        The summary; ``link`` and the others equal the separate functions with the same seed.

    Raises:
        ValueError: If the series is empty.
    """
    if not series:
        raise ValueError("summarize needs at least one day.")
    logged = sum(1 for s in series if s.logged)
    moods = [s.mood for s in series if s.mood is not None]
    return Summary(
        start=series[0].day,
        end=series[-1].day,
        logged_days=logged,
        unlogged_days=len(series) - logged,
        meaningful_days=sum(1 for s in series if s.logged and s.meaningful),
        isolated_days=sum(1 for s in series if s.isolated),
        digital_only_days=sum(1 for s in series if s.digital_only),
        longest=longest_streak(series),
        current=current_streak(series),
        mood_mean=_mean(moods),
        link=mood_contact_link(series, seed=seed, resamples=resamples),
        gap=mood_gap(series),
        lag=lag_link(series, seed=seed, resamples=resamples),
        by_kind=mood_by_kind(series),
        depth=depth_vs_quantity(series, seed=seed, resamples=resamples),
        gratitude_notes=sum(s.gratitude for s in series),
        gratitude_days=sum(1 for s in series if s.gratitude),
    )
