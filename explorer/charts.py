"""Server-side SVG charts (no script, no external assets), each with a title, a description
and a data table fallback via ``<title>`` elements on marks: per-week lines per province,
provinces ranked for a period, and topic trends."""

from __future__ import annotations

import html
import json
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, Connection, func

from explorer.filters import Filters
from explorer.query import TOPICS, base
from pipelines.records_io import LOCAL_TZ
from pipelines.schema import Article, Source
from seeds.provinces import CURRENT_PROVINCES

e = html.escape
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")


def _week(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _as_date(value) -> date:  # noqa: ANN001 - str on SQLite, date on PostgreSQL
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def local_day(conn: Connection, column) -> ColumnElement:  # noqa: ANN001 - a column
    """The local (Asia/Ho_Chi_Minh) calendar day of a UTC time column, in SQL."""
    if conn.dialect.name == "sqlite":  # the zone has one fixed offset (UTC+7, no summer time)
        hours = int(LOCAL_TZ.utcoffset(datetime(2026, 1, 1)).total_seconds() // 3600)
        return func.date(column, f"{hours:+d} hours")
    return func.date(func.timezone(LOCAL_TZ.key, column))


def weekly(conn: Connection, f: Filters) -> tuple[list[date], dict[str, list[int]],
                                                  dict[str, list[int]]]:
    """Weeks (Mondays), articles per week per province and per topic over the filtered set."""
    day = local_day(conn, Article.published_at)
    rows = conn.execute(base(conn, f, day.label("day"), Source.province, TOPICS,
                             func.count().label("n"))
                        .group_by(day, Source.province, TOPICS)).all()
    if not rows:
        return [], {}, {}
    first = min(_week(_as_date(r.day)) for r in rows)
    last = max(_week(_as_date(r.day)) for r in rows)
    weeks = [first + timedelta(weeks=i) for i in range((last - first).days // 7 + 1)]
    index = {w: i for i, w in enumerate(weeks)}
    provinces: dict[str, list[int]] = {}
    topics: dict[str, list[int]] = {}
    for r in rows:
        i = index[_week(_as_date(r.day))]
        provinces.setdefault(r.province or "—", [0] * len(weeks))[i] += r.n
        for t in json.loads(r.topics or "[]"):
            topics.setdefault(t, [0] * len(weeks))[i] += r.n
    return weeks, provinces, topics


def _top(series: dict[str, list[int]], n: int) -> dict[str, list[int]]:
    return dict(sorted(series.items(), key=lambda kv: (-sum(kv[1]), kv[0]))[:n])


def lines(chart_id: str, label: str, weeks: list[date], series: dict[str, list[int]],
          width: int = 900, height: int = 300) -> str:
    """A line chart, one line per series (the 10 largest), with a legend."""
    series = _top(series, 10)
    left, right, top, bottom = 40, 200, 10, 30
    w, h = width - left - right, height - top - bottom
    peak = max([1, *(max(v) for v in series.values() if v)])
    step = w / max(1, len(weeks) - 1)
    out = [f'<svg id="{chart_id}" class="chart" xmlns="http://www.w3.org/2000/svg" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-labelledby="{chart_id}-t"><title id="{chart_id}-t">{e(label)}</title>',
           f'<line x1="{left}" y1="{top + h}" x2="{left + w}" y2="{top + h}" stroke="#333"/>',
           f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + h}" stroke="#333"/>',
           f'<text x="{left - 5}" y="{top + 10}" text-anchor="end" font-size="11">{peak}</text>',
           f'<text x="{left - 5}" y="{top + h}" text-anchor="end" font-size="11">0</text>']
    for i in (0, len(weeks) - 1) if weeks else ():
        out.append(f'<text x="{left + i * step:.1f}" y="{height - 8}" font-size="11" '
                   f'text-anchor="middle">{weeks[i].isoformat()}</text>')
    for n, (name, values) in enumerate(series.items()):
        colour = PALETTE[n % len(PALETTE)]
        pts = " ".join(f"{left + i * step:.1f},{top + h - v / peak * h:.1f}"
                       for i, v in enumerate(values))
        out.append(f'<polyline class="series" data-name="{e(name)}" fill="none" '
                   f'stroke="{colour}" stroke-width="2" points="{pts}"><title>{e(name)}: '
                   f'{sum(values)}</title></polyline>')
        y = top + 14 * n + 10
        out.append(f'<rect x="{left + w + 10}" y="{y - 9}" width="10" height="10" '
                   f'fill="{colour}"/><text x="{left + w + 24}" y="{y}" font-size="11">'
                   f'{e(name)} ({sum(values)})</text>')
    if not series:
        out.append(f'<text x="{left + 10}" y="{top + h / 2}" font-size="13">Không có bài</text>')
    out.append("</svg>")
    return "".join(out)


def ranked(conn: Connection, f: Filters, width: int = 900) -> str:
    """The 34 provinces ranked by articles in the filtered period (zeros included)."""
    n = func.count().label("n")
    counts = dict(conn.execute(base(conn, f, Source.province, n)
                               .where(Source.province.is_not(None))
                               .group_by(Source.province)).all())
    order = sorted(CURRENT_PROVINCES, key=lambda p: (-counts.get(p, 0), p))
    peak = max([1, *counts.values()])
    bar, label_w = 16, 150
    height = bar * len(order) + 20
    out = [f'<svg id="ranked" class="chart" xmlns="http://www.w3.org/2000/svg" '
           f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           'aria-labelledby="ranked-t"><title id="ranked-t">34 tỉnh, thành xếp theo số bài'
           '</title>']
    for i, p in enumerate(order):
        k = counts.get(p, 0)
        y = 10 + i * bar
        length = (width - label_w - 60) * k / peak
        out.append(f'<text x="{label_w - 6}" y="{y + 11}" font-size="11" text-anchor="end">'
                   f'{e(p)}</text><rect class="bar" data-province="{e(p)}" x="{label_w}" '
                   f'y="{y + 2}" width="{length:.1f}" height="{bar - 4}" fill="#1f77b4">'
                   f'<title>{e(p)}: {k}</title></rect><text x="{label_w + length + 4:.1f}" '
                   f'y="{y + 11}" font-size="11">{k}</text>')
    out.append("</svg>")
    return "".join(out)
