"""The timeline chart: world events counted per week and type, laid out as stacked bars that the
page draws as inline SVG (no script, nothing fetched). Over long spans weeks get too thin to see,
so the bars count months instead."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .deps import PLOVER_TYPES

MAX_WEEKS = 156  # three years of weekly bars; longer spans are counted per month
STRAY_GAP = dt.timedelta(days=365)  # events this far before or after the rest ...
STRAY_SHARE = 0.1  # ... and no more than this share of them are left off the chart
MIN_TICK_GAP = 56  # px between axis labels
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def count_buckets(rows: list[tuple[dt.date, str, int]]) -> tuple[str, dict[tuple[dt.date, str], int]]:
    """``("week" | "month", {(first day of the bucket, type): count})`` from per-day counts.

    :param rows: ``(day, type, count)`` as ``Store.world_event_counts`` gives them, by day
    """
    if not rows:
        return "week", {}
    days = {day for day, _, _ in rows}
    bucket = "week" if (max(days) - min(days)).days <= MAX_WEEKS * 7 else "month"
    start_of = week_start if bucket == "week" else month_start
    starts = {day: start_of(day) for day in days}  # rows repeat each day once per type
    counts: Counter = Counter()
    for day, kind, n in rows:
        counts[(starts[day], kind)] += n
    return bucket, dict(counts)


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    type: str
    count: int
    start: dt.date
    end: dt.date  # the bucket's last day


@dataclass
class Tick:
    x: float
    label: str


@dataclass
class Chart:
    bucket: str  # week or month
    width: int
    height: int
    top: int  # plot area: from top to baseline, right of left
    baseline: int
    left: int
    y_max: int
    first: dt.date | None = None  # the days drawn
    last: dt.date | None = None
    earlier: int = 0  # events left out before ``first`` and after ``last`` (see ``main_range``)
    later: int = 0
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    types: list[str] = field(default_factory=list)  # those drawn, in PLOVER order


def main_range(rows: list[tuple[dt.date, str, int]]) -> tuple[dt.date, dt.date]:
    """The days a chart of ``rows`` spans: all of them, less a few strays at either end that
    lie more than ``STRAY_GAP`` from the rest (a 1945 war recalled in 2023 news), so that
    they do not squeeze the rest into a sliver. Strays are at most ``STRAY_SHARE`` of the events."""
    per_day: Counter = Counter()
    for day, _, n in rows:
        per_day[day] += n
    days = sorted(per_day)
    most = sum(per_day.values()) * STRAY_SHARE
    first, last = 0, len(days) - 1
    before = 0  # events on the days before days[i]
    for i in range(1, len(days)):  # the last wide gap with few enough events before it
        before += per_day[days[i - 1]]
        if before > most:
            break
        if days[i] - days[i - 1] > STRAY_GAP:
            first = i
    after = 0
    for i in range(len(days) - 1, first, -1):
        after += per_day[days[i]]
        if after > most:
            break
        if days[i] - days[i - 1] > STRAY_GAP:
            last = i - 1
    return days[first], days[last]


def stacked_chart(rows: list[tuple[dt.date, str, int]], *, width: int = 960, height: int = 200,
                  trim: bool = True) -> Chart | None:
    """The bars and axis labels for ``rows`` (see ``count_buckets``), or None when there are none.

    :param trim: leave out strays far from the rest (see ``main_range``); the chart says how many
    """
    if not rows:
        return None
    first, last = main_range(rows) if trim else (min(r[0] for r in rows), max(r[0] for r in rows))
    kept = [r for r in rows if first <= r[0] <= last]
    bucket, counts = count_buckets(kept)
    chart = Chart(bucket, width, height, top=8, baseline=height - 22, left=34, y_max=0, first=first, last=last,
                  earlier=sum(n for day, _, n in rows if day < first), later=sum(n for day, _, n in rows if day > last))
    starts = _bucket_starts(min(s for s, _ in counts), max(s for s, _ in counts), bucket)
    order = {t: i for i, t in enumerate(PLOVER_TYPES)}
    chart.types = sorted({t for _, t in counts}, key=lambda t: (order.get(t, len(order)), t))
    totals = Counter()
    for (start, _), n in counts.items():
        totals[start] += n
    chart.y_max = max(totals.values())
    slot = (width - chart.left) / len(starts)
    scale = (chart.baseline - chart.top) / chart.y_max
    for i, start in enumerate(starts):
        x = chart.left + i * slot
        end = (start + dt.timedelta(days=6)) if bucket == "week" else next_month(start) - dt.timedelta(days=1)
        y = float(chart.baseline)
        for kind in chart.types:
            n = counts.get((start, kind), 0)
            if n:
                y -= n * scale
                chart.bars.append(Bar(round(x + slot * 0.1, 1), round(y, 1), round(max(slot * 0.8, 1), 1),
                                      round(n * scale, 1), kind, n, start, end))
    chart.ticks = _ticks(starts, slot, chart.left)
    return chart


def _bucket_starts(first: dt.date, last: dt.date, bucket: str) -> list[dt.date]:
    starts, day = [], first
    while day <= last:
        starts.append(day)
        day = day + dt.timedelta(days=7) if bucket == "week" else next_month(day)
    return starts


def _ticks(starts: list[dt.date], slot: float, left: int) -> list[Tick]:
    """A label where a month begins (every few months, or every January, when there are many)."""
    months = len({(s.year, s.month) for s in starts})
    every = 1 if months <= 18 else 3 if months <= 48 else 12
    ticks, seen = [], set()
    for i, start in enumerate(starts):
        key = (start.year, start.month)
        if key in seen:
            continue
        seen.add(key)
        if (start.month - 1) % every == 0 or i == 0:
            label = f"{MONTHS[start.month - 1]} {start.year}" if start.month == 1 or i == 0 else MONTHS[start.month - 1]
            if every == 12:
                label = str(start.year)
            x = round(left + i * slot, 1)
            if not ticks or x - ticks[-1].x >= MIN_TICK_GAP:  # labels must not run into each other
                ticks.append(Tick(x, label))
    return ticks
