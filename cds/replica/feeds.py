"""RSS 2.0, Atom, sitemaps (index, monthly, Google News) and robots.txt of the replica."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape as x

from cds.replica.layout import iso
from cds.replica.model import Article

FEED_SIZE = 20


def rss(base: str, title: str, link: str, items: list[Article]) -> str:
    rows = []
    for a in items[:FEED_SIZE]:
        rows.append(
            f"<item><title>{x(a.title)}</title><link>{x(base + a.path)}</link>"
            f'<guid isPermaLink="true">{x(base + a.path)}</guid>'
            f"<pubDate>{format_datetime(a.published_at)}</pubDate>"
            f"<description>{x(a.lead or '')}</description></item>")
    built = format_datetime(items[0].lastmod) if items else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{x(title)}</title><link>{x(base + link)}</link>"
            f"<description>{x(title)}</description><language>vi</language>"
            f"<lastBuildDate>{built}</lastBuildDate>\n" + "\n".join(rows) + "\n</channel></rss>\n")


def atom(base: str, title: str, self_path: str, items: list[Article]) -> str:
    rows = []
    for a in items[:FEED_SIZE]:
        rows.append(
            f"<entry><title>{x(a.title)}</title><link href=\"{x(base + a.path)}\"/>"
            f"<id>{x(base + a.path)}</id><published>{iso(a.published_at)}</published>"
            f"<updated>{iso(a.lastmod)}</updated><author><name>{x(a.author or '')}</name>"
            f"</author><summary>{x(a.lead or '')}</summary></entry>")
    updated = iso(max(a.lastmod for a in items)) if items else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{x(title)}</title><id>{x(base + self_path)}</id>"
            f'<link rel="self" href="{x(base + self_path)}"/><updated>{updated}</updated>\n'
            + "\n".join(rows) + "\n</feed>\n")


def urlset(base: str, items: list[Article]) -> str:
    rows = [f"<url><loc>{x(base + a.path)}</loc><lastmod>{iso(a.lastmod)}</lastmod></url>"
            for a in items]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def sitemap_index(base: str, parts: list[tuple[str, datetime]]) -> str:
    rows = [f"<sitemap><loc>{x(base + p)}</loc><lastmod>{iso(d)}</lastmod></sitemap>"
            for p, d in parts]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows) + "\n</sitemapindex>\n")


def news_sitemap(base: str, name: str, items: list[Article]) -> str:
    rows = [
        f"<url><loc>{x(base + a.path)}</loc><news:news><news:publication>"
        f"<news:name>{x(name)}</news:name><news:language>vi</news:language></news:publication>"
        f"<news:publication_date>{iso(a.published_at)}</news:publication_date>"
        f"<news:title>{x(a.title)}</news:title></news:news></url>" for a in items]
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def robots(base: str, *, disallow: list[str], sitemaps: list[str], delay: int | None) -> str:
    lines = ["User-agent: *"] + [f"Disallow: {d}" for d in disallow]
    if delay:
        lines.append(f"Crawl-delay: {delay}")
    lines += [""] + [f"Sitemap: {base}{s}" for s in sitemaps]
    return "\n".join(lines) + "\n"
