"""Server-rendered HTML of the explorer (no script needed; every value escaped)."""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from explorer.counts import Counts
from explorer.filters import MAX_QUERY, Filters
from explorer.query import MARK_END, MARK_START, Page
from explorer.raw import raw_page
from pipelines.records_io import LOCAL_TZ
from pipelines.storage import as_utc_datetime

e = html.escape
STYLE = """body{font-family:system-ui,sans-serif;margin:0;color:#222;line-height:1.45}
header{background:#123;color:#fff;padding:.6em 1.2em}header a{color:#fff;margin-right:1em}
main{display:flex;gap:1.5em;padding:1em 1.2em}aside{width:16em;flex:none;font-size:14px}
aside h3{margin:.8em 0 .2em;font-size:14px}aside ul{list-style:none;padding:0;margin:0}
aside li a{text-decoration:none}.count{color:#666}.active{font-weight:bold}
section{flex:1;min-width:0}article{border-bottom:1px solid #ddd;padding:.5em 0}
article h2{font-size:17px;margin:0}.meta{color:#555;font-size:13px}mark{background:#ffe58a}
form.search input[type=search]{width:28em;font-size:16px;padding:.3em}.text p{max-width:46em}
.tag{background:#eef;border-radius:3px;padding:0 .3em;margin-right:.3em;font-size:12px}
.chart{max-width:100%;height:auto}"""


def local_time(value: datetime, fmt: str = "%d/%m/%Y %H:%M") -> str:
    """``<time>`` of an instant: Vietnam's local time for the reader (``12/09/2026 18:45``),
    the instant with its +07:00 offset for machines (naive values are UTC, as stored)."""
    when = as_utc_datetime(value, ZoneInfo("UTC")).astimezone(LOCAL_TZ)
    return (f'<time datetime="{when.isoformat(timespec="seconds")}">'
            f'{when.strftime(fmt)}</time>')


def mark(snippet: str) -> str:
    """Escape, then turn the search backends' hit markers into ``<mark>``."""
    return e(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def link(path: str, params: dict[str, str]) -> str:
    return e(path + ("?" + urlencode(params) if params else ""))


def layout(title: str, body: str, f: Filters | None = None) -> str:
    q = e(f.q) if f else ""
    hidden = "".join(f'<input type="hidden" name="{e(k)}" value="{e(v)}">'
                     for k, v in (f.params(q="", cursor="", sort="") if f else {}).items())
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width,initial-scale=1"><title>{e(title)} · cds-news-monitor</title>
<style>{STYLE}</style></head><body>
<header><a href="/explore"><b>Kho tin chuyển đổi số</b></a><a href="/explore/charts">Biểu đồ</a>
<a href="/">Trạng thái nguồn</a><a href="/api/openapi.json">API</a></header>
<form class="search" action="/explore" method="get" role="search" style="padding:.8em 1.2em 0">
<input type="search" name="q" value="{q}" maxlength="{MAX_QUERY}" aria-label="Tìm kiếm"
placeholder="chuyen doi so, &quot;chính quyền số&quot;, dữ liệu*">{hidden}
<button type="submit">Tìm</button></form>
{body}</body></html>"""


FACET_TITLES = {"province": "Tỉnh, thành", "former_province": "Tỉnh cũ", "source": "Nguồn",
                "kind": "Loại nguồn", "topic": "Chủ đề"}


def facet_list(f: Filters, facets: dict[str, list[tuple[str, int]]], path: str) -> str:
    out = []
    for name, values in facets.items():
        current = getattr(f, name)
        items = []
        if current:
            items.append(f'<li><a href="{link(path, f.params(**{name: "", "cursor": ""}))}">'
                         f'× bỏ lọc</a></li>')
        for value, n in values:
            cls = ' class="active"' if value == current else ""
            items.append(f'<li{cls}><a data-facet="{e(name)}" data-value="{e(value)}" '
                         f'href="{link(path, f.params(**{name: value, "cursor": ""}))}">'
                         f'{e(value)}</a> <span class="count">{n}</span></li>')
        out.append(f'<h3>{FACET_TITLES[name]}</h3><ul id="facet-{e(name)}">{"".join(items)}</ul>')
    dates = (f'<h3>Thời gian</h3><form action="{path}" method="get">'
             + "".join(f'<input type="hidden" name="{e(k)}" value="{e(v)}">'
                       for k, v in f.params(since="", until="", cursor="").items())
             + f'<label>từ <input type="date" name="since" value="{e(str(f.since or ""))}">'
             f'</label><br><label>đến <input type="date" name="until" '
             f'value="{e(str(f.until or ""))}"></label><br><button>Lọc</button></form>')
    return "<aside>" + "".join(out) + dates + "</aside>"


def article_item(row: dict) -> str:
    topics = "".join(f'<span class="tag">{e(t)}</span>' for t in row.get("topics") or ())
    return (f'<article data-id="{e(row["id"])}"><h2><a class="title" href="/explore/article/'
            f'{quote(row["id"])}">{e(row["title"])}</a></h2><div class="meta">'
            f'{e(row.get("source_name") or row["source_id"])} · {e(row.get("province") or "—")}'
            f' · {local_time(row["listed_at"])} {topics}</div>'
            f'<p class="snippet">{mark(row.get("snippet") or "")}</p></article>')


def number(n: int) -> str:
    """``12.345``: Vietnamese thousands separator."""
    return f"{n:,}".replace(",", ".")


def total_line(counts: Counts) -> str:
    """How many articles match, and over what the counts were made."""
    if counts.since is None:
        return f"{number(counts.total)} bài"
    return (f'{number(counts.total)} bài từ {local_time(counts.since)} '
            f'<span class="count" id="counted-since">(khớp quá nhiều bài để đếm hết: '
            f'số bài và số đếm bên trái chỉ tính các bài từ lúc này)</span>')


def list_page(f: Filters, page: Page, counts: Counts) -> str:
    items = "".join(article_item(r) for r in page.rows) or "<p>Không có bài nào khớp.</p>"
    nav = []
    if f.cursor:
        nav.append(f'<a href="{link("/explore", f.params(cursor=""))}">« mới nhất</a>')
    if page.next_cursor:
        nav.append(f'<a rel="next" id="next" href="'
                   f'{link("/explore", f.params(cursor=page.next_cursor))}">trang sau »</a>')
    other = "newest" if f.sort == "relevance" else "relevance"
    sort = (f' · <a id="sort" href="{link("/explore", f.params(sort=other, cursor=""))}">'
            f'{"xếp theo mới nhất" if other == "newest" else "xếp theo liên quan"}</a>'
            if f.q else "")
    feeds = (f'<a href="{link("/feed.atom", f.params(cursor="", sort=""))}">Atom</a> · '
             f'<a href="{link("/api/articles", f.params())}">JSON</a> · '
             f'<a href="{link("/explore/charts", f.params(cursor="", sort=""))}">biểu đồ</a>')
    body = (f'<main>{facet_list(f, counts.facets, "/explore")}<section><p class="meta" '
            f'id="total">{total_line(counts)}{sort} · {feeds}</p>{items}'
            f'<nav>{" · ".join(nav)}</nav></section></main>')
    return layout(f"Tìm: {f.q}" if f.q else "Bài mới", body, f)


def article_page(a: dict) -> str:
    paragraphs = "".join(f"<p>{e(p)}</p>" for p in (a.get("text") or "").split("\n") if p.strip())
    topics = ", ".join(e(t) for t in a.get("topics") or ()) or "—"
    copies = "".join(
        f'<li><a class="copy" href="/explore/article/{quote(c["id"])}">{e(c["title"])}</a> — '
        f'{e(c.get("source_name") or c["source_id"])}, '
        f'{local_time(c["listed_at"], "%d/%m/%Y")}'
        f'{" (bản gốc)" if c["id"] == a.get("duplicate_of") else ""} · '
        f'<a href="{e(c["url"])}" rel="noopener">bài gốc</a></li>' for c in a["copies"])
    raw = raw_page(a)
    rows = [("Nguồn", e(a.get("source_name") or a["source_id"])),
            ("Tỉnh, thành", e(a.get("province") or "—")),
            ("Tỉnh cũ", e(a.get("former_province") or "—")),
            ("Tác giả", e(a.get("author") or "—")),
            ("Đăng lúc", local_time(a["published_at"]) if a.get("published_at") else
             f"— (thấy lần đầu {local_time(a['first_seen_at'])})"),
            ("Sửa lúc", local_time(a["modified_at"]) if a.get("modified_at") else "—"),
            ("Chủ đề", topics), ("Số từ", str(a.get("word_count") or 0)),
            ("Bài gốc", f'<a id="original" href="{e(a["url"])}" rel="noopener">{e(a["url"])}</a>'),
            ("Trang lưu", f'<a id="raw" href="{e(raw)}">trang như khi tải</a>' if raw else "—")]
    meta = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    body = (f'<main><section><h1 id="title">{e(a["title"])}</h1>'
            f'<p><b>{e(a.get("lead") or "")}</b></p><div class="text">{paragraphs}</div>'
            f'</section><aside><table class="meta">{meta}</table>'
            f'<h3>Bản đăng lại ({len(a["copies"])})</h3><ul id="copies">{copies}</ul>'
            f'</aside></main>{raw_frame(raw)}')
    return layout(a["title"], body)


def error_page(message: str) -> str:
    """A page's error (a parameter out of bounds, an unknown province, nothing there)."""
    return layout("Lỗi", f'<main><section><h1>Không xem được trang này</h1>'
                         f'<p id="error">{e(message)}</p><p><a href="/explore">Về danh sách bài'
                         f'</a></p></section></main>')


def raw_frame(raw: str | None) -> str:
    """The page as fetched, in an iframe that runs no script (the response is sandboxed too)."""
    if not raw:
        return ""
    return (f'<section style="padding:0 1.2em 1em"><h2>Trang như khi tải</h2>'
            f'<iframe id="raw-frame" sandbox="" referrerpolicy="no-referrer" loading="lazy" '
            f'title="Trang như khi tải" src="{e(raw)}" style="width:100%;height:40em;'
            f'border:1px solid #ccc"></iframe></section>')


def charts_page(f: Filters, provinces_svg: str, ranked_svg: str, topics_svg: str) -> str:
    period = f"{f.since or 'đầu'} → {f.until or 'nay'}"
    shown = ", ".join(f"{k}={v}" for k, v in f.params(cursor="", sort="").items())
    body = (f'<main><section><h1>Biểu đồ</h1><p class="meta">Bộ lọc: '
            f'{e(shown or "không")}'
            f' · <a href="{link("/explore", f.params(cursor="", sort=""))}">danh sách bài</a></p>'
            f'<h2>Bài mỗi tuần theo tỉnh</h2>{provinces_svg}'
            f'<h2>34 tỉnh, thành xếp theo số bài ({e(period)})</h2>{ranked_svg}'
            f'<h2>Xu hướng chủ đề (bài mỗi tuần)</h2>{topics_svg}</section></main>')
    return layout("Biểu đồ", body, f)
