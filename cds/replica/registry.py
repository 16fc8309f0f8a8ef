"""A ``sources.yaml`` for the replica's sites, in the design.md registry format.

Only some channels are declared (the rest must be found by auto-discovery): haiphong-news's
sitemaps come from robots.txt, daklak-portal's Atom feed from ``<link rel="alternate">``,
chinhphu-news's sitemap from robots.txt; daklak-news and anninh-news have listings only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from cds.replica.world import SITE_NAMES

if TYPE_CHECKING:
    from cds.replica import Replica

# author and date elements are not stripped: the extractor reads them after stripping
FIG = ["figure", "figcaption", "script", "style"]
EXTRACTION = {
    "month-bucket": {
        "content": "div.td-post-content", "title": "div.detail-main-title h1.title",
        "lead": "div.des.sapo", "author": "div.td-post-content p.author", "date": "div.date",
        "strip": [*FIG, ".td-post-sharing", ".related-post", ".box-tag",
                  ".comment-box"],
        "boilerplate": [r"^Multimedia\b", r"^Đọc Báo in$", r"^Ý kiến bạn đọc",
                        r"^\((Video|E-magazine)\)"],
        "prefix": [],
    },
    "onecms": {
        "content": "article.entry", "title": "h1.block-sc-title",
        "lead": "p.sc-longform-header-sapo", "author": "article.entry p.author-end",
        "date": ".sc-longform-header-meta time",
        "strip": [*FIG, ".c-news-related", ".c-tag", ".c-powered",
                  ".block-sc-cate-name", ".comment-box"],
        "boilerplate": [r"^[\w().-]+\.(jpe?g|png|webp|gif)$"],
        "prefix": [],
    },
    "liferay": {
        "content": "div.journal-content-article", "title": "h3.header-title",
        "lead": "div.asset-full-content > div.asset-summary",
        "author": "div.journal-content-article p.tac-gia",
        "date": ".asset-metadata .metadata-publish-date",
        "strip": [*FIG, ".taglib-social", ".related", ".comment-box"],
        "boilerplate": [], "prefix": [],
    },
    "inet": {
        "content": "div.article-content", "title": "h1.title-detail", "lead": "div.article-brief",
        "date": "div.post-date",  # author: the "Tác giả:" footer, found generically
        "strip": [*FIG, ".related", ".comment-box"],
        "boilerplate": [r"^Tác giả:"], "prefix": [r"^\(gialai\.gov\.vn\)\s*-\s*"],
    },
    "vgp": {
        "content": "div.detail-content", "title": "h1.detail-title", "lead": "h2.detail-sapo",
        "author": "div.detail-author", "date": "div.detail-time",
        "strip": [*FIG, ".related", ".comment-box"],
        "boilerplate": [], "prefix": [r"^\(Chinhphu\.vn\)\s*-\s*"],
    },
    "anhp": {
        "content": "div.detail-content", "title": "div.detailBox h1.title", "lead": None,
        "author": "div.detail-content p.author", "date": "div.detail-content span.date",
        "strip": [*FIG, ".other-news", ".comment-box"],
        "boilerplate": [], "prefix": [r"^\d{1,2}:\d{2} \d{1,2}/\d{1,2}/\d{4}\s*"],
    },
}
PATTERNS = {
    "month-bucket": r"/\d{6}/[a-z0-9-]+-[0-9a-f]{7}/?$",
    "onecms": r"/[a-z0-9-]+-\d{6}\.html$",
    "liferay": r"/-/[a-z0-9-]+$",
    "inet": r"/tin-tuc/[a-z0-9-]+/[a-z0-9-]+-\d{6}\.html$",
    "vgp": r"/[a-z0-9-]+-\d{18}\.htm$",
    "anhp": r"/[a-z0-9-]+-d\d{5}\.html$",
}
PAGINATION = {"month-bucket": "?paged={n}", "onecms": "?page={n}", "liferay": "?page={n}"}
DECLARED_FEEDS = {"gialai-portal": ["/rss/chuyen-doi-so.rss"],
                  "chinhphu-news": ["/home.rss", "/chuyen-doi-so.rss"]}


def registry_entries(rep: Replica) -> list[dict]:
    out = []
    for sid, info in rep.sites.items():
        site = rep.world.sites[sid]
        if sid in SITE_NAMES:
            name, kind, province, former = SITE_NAMES[sid]
        else:  # a discovery site (cds/replica/discovery_sites.py)
            from cds.replica.discovery_sites import DECLARED_FEEDS as MORE
            from cds.replica.discovery_sites import NAMES

            name, kind, province, former = NAMES[sid]
            DECLARED_FEEDS.update(MORE)
        starts = [site.cms.listing] + (["/"] if sid == "anninh-news" else [])
        entry = {
            "id": sid, "name": name, "kind": kind, "province": province,
            "former_province": former, "allowed_domains": [info.host],
            "start_urls": [info.base_url + p for p in starts],
            "feeds": [info.base_url + p for p in DECLARED_FEEDS.get(sid, [])],
            "sitemaps": [], "topic_filter": True, "enabled": True,
            "confidence": "H", "evidence": "offline replica",
            "article_url_pattern": PATTERNS[info.cms],
            "allow_private": True,  # the replica listens on 127.0.1.N (crawler/egress.py)
        }
        if info.cms in PAGINATION:
            entry["pagination"] = PAGINATION[info.cms]
        entry["extraction"] = {k: v for k, v in EXTRACTION[info.cms].items() if v is not None}
        out.append(entry)
    return out


def write_registry(rep: Replica, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    head = "# Generated by cds.replica for the offline replica: do not edit.\n"
    text = yaml.safe_dump({"sources": registry_entries(rep)}, allow_unicode=True, sort_keys=False,
                          width=100)
    path.write_text(head + text, encoding="utf-8")
    return path
