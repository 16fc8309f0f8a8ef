"""Writes README.md from truth.json and the validation result (called by build.py)."""

MODEL = {
    "word-paste-msonormal": "provincial department portal; body pasted from MS Word (p.MsoNormal, span runs, o:p, &nbsp;)",
    "oracle-webcenter": "finance-ministry-like portal on Oracle WebCenter (af_* panels, dDocName URLs)",
    "sharepoint2016-publishing": "customs-like portal on SharePoint 2016 publishing (s4-workspace, ms-rtestate-field)",
    "aem-core": "bank press release on Adobe Experience Manager core components (cmp-*, aem-Grid)",
    "sitecore-sxa": "insurer news page on Sitecore SXA (component / component-content / field-*)",
    "optimizely-episerver": "corporate news on Optimizely/Episerver (data-epi-property-name, block areas)",
    "igate-news": "news page of a VNPT iGate public-service portal (Angular shell, mat-* classes)",
    "quochoi-like": "National Assembly portal news (SharePoint-era markup, bold-paragraph subheads)",
    "dangcongsan-like": "Party e-newspaper article (outlet prefix in sapo, TTXVN credit)",
    "ictvietnam-like": "ICT ministry magazine (time-before-date, author box with affiliation, table)",
    "genk-like": "VCCorp tech site (kbwc-*, knc-sapo h2, knc-content, relative times)",
    "24h-like": "24h-style article (cate-24h-foot-arti-deta-*, 'PM' after 24h clock, GMT+7)",
    "baoquocte-like": "foreign-affairs newspaper (lead as bold first paragraph with 'TGVN.' prefix)",
    "hanoimoi-like": "Hà Nội city newspaper (article__*, cms-* classes, comment box)",
    "sggp-like": "Sài Gòn newspaper (date above title, d/m without zeros, GMT+07:00, CSS-uppercased author)",
    "wp-colormag": "WordPress ColorMag theme (entry-meta, admin byline, credit at end of content, comments)",
    "wp-bricks": "WordPress Bricks builder (brxe-* elements, post-meta, author box)",
    "haravan-blog": "Haravan shop blog (article-info 'Người viết', product sidebar)",
    "sapo-blog": "Sapo Web shop blog (article-main, rte, 12-hour clock with buổi)",
    "astro-blog": "Astro blog starter (data-astro-cid-*, <time> with UTC-midnight datetime)",
    "eleventy-blog": "Eleventy base blog (post-metadata list, heading anchors)",
    "mkdocs-material-blog": "Material for MkDocs blog post (md-* layout, meta in left sidebar, ~1 MB inline image)",
    "nodebb-topic": "NodeBB (Harmony) topic: component=post, timeago with UTC ISO title",
    "vanilla-forum-thread": "Vanilla Forums discussion (Item-Header, DateCreated <time>, Message userContent)",
    "wp-tag-featured": "WordPress (JNews-like) tag archive with a big featured first item and long teaser",
    "gov-search-results": "provincial government portal search-results page with pager",
    "newspaper-date-archive": "newspaper 'Tin ngày dd/mm/yyyy' date archive (time per item)",
    "baotinh-homepage": "provincial newspaper home page (hot news + category blocks)",
    "video-section-listing": "provincial broadcaster video section (grid with durations)",
}

HEAD = """# holdout6 — blind held-out corpus (Vietnamese news / portal pages)

Thirty invented pages modelled on the markup of real products and Vietnamese sites, written
blind (without looking at the extractor). Every sentence, name, number and address is invented;
site names carry "(minh họa)". Regenerate and validate with:

    python build.py          # stdlib + lxml; deterministic; exits 1 when a check fails

Files: `pages/NNN-<template>.html`, `truth.json` (one object per page), `build.py` (generator +
validator), `specs.py` (page specifications), `templates.py` (one renderer and one
publication-date formatter per template), `chrome.py` (menus, sidebars, footers), `texts.py`
(invented sentence banks), `readme.py` (writes this file).

## Pages

| page | template (modelled on) | kind | author | published_at | flags |
|---|---|---|---|---|---|
"""

CONV = """
## Truth conventions

* `text`: article body only; blocks joined by a blank line; a list is one block, one item per
  line; a table is one block, one row per line, cells joined by " | "; in-body subheadings are
  blocks. Excluded: title, lead, captions, bylines/credits, "Nguồn:" lines, related boxes,
  tags, share bars, comments/replies, newsletter boxes, ads.
* `lead`: the sapo, also when it is a bold/italic first paragraph inside the body container;
  outlet prefixes ("ĐCSVN - ", "TGVN. ") are not part of it. Forum threads: "".
* `author`: "A - B" and "A và B" → "A, B"; "Bài, ảnh: A", "Theo A (Báo Y)", "A (TTXVN)",
  "Tác giả: A", "Người viết: A" → "A"; academic titles ("ThS.") are dropped; the name is given
  in the case of the HTML source (sggp-like uppercases it only via CSS); office credits
  ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Phòng Truyền thông…", "Trung tâm Phục vụ hành chính công…")
  → null; CMS accounts ("quantri", "admin") are never authors; forum thread → the opening
  poster's display name.
* `published_at`: the article's own publication time in +07:00 (not "Cập nhật"/"Sửa đổi",
  not sidebar, comment or header dates). Date-only pages → T00:00:00+07:00 with
  `time_shown` false (astro-blog's `datetime` is the UTC midnight of that date and
  mkdocs-material's is "YYYY-MM-DD 00:00:00+00:00": both are date-only). Seconds only where the
  page has them (oracle-webcenter prints them; nodebb-topic has them in its machine time).
  nodebb-topic shows only a relative time ("2 ngày trước"); its `title`/`datePublished` ISO in
  UTC is the source, converted to +07:00, and `time_shown` is false.
  24h-like prints "20:45 PM": the 24-hour value wins. sharepoint2016-publishing prints US
  "m/d/yyyy h:mm AM/PM".
* `time_shown`: whether the publication's HH:MM (24-hour or 12-hour form) is visible.
* Listings: `is_article` false, `relevant` false, `title`/`lead`/`text` "", author and
  published_at null.
* `relevant`: about digital transformation / e-government / digital economy / digital ID /
  cashless payments; false for the off-topic local news (sport, road works, festival) and for
  listings.

## Validation (build.py)

For every page: size ≥ 8 KB; title, lead, every line of `text` (for table rows: every cell),
and every author name (or the printed office credit when author is null) occur in the visible
text (head/script/style/comments dropped, tags stripped, NFC, whitespace collapsed — `&nbsp;`
counts as whitespace); the template's own formatter applied to `published_at` yields a string
present in the visible text (nodebb-topic: in the raw HTML attribute); `time_shown` equals
whether the publication HH:MM is visible; word counts: short 90–180, long ≥ 1500, others
200–700. `ruff check` passes with `ruff.toml`.
"""


def write(path, truth, problems, words):
    rows = []
    for r in truth:
        kind = "article" if r["is_article"] else "listing"
        if r["is_article"]:
            kind += " (relevant)" if r["relevant"] else " (off-topic)"
            kind += f", {words.get(r['file'], 0)} w"
        name = r["file"].split("/")[1]
        rows.append(f"| {name} | {r['template']}: {MODEL[r['template']]} | {kind} | {r['author'] or '—'} | {r['published_at'] or '—'} | {', '.join(r['flags'])} |")
    n_art = sum(r["is_article"] for r in truth)
    summary = (f"\n{len(truth)} pages, {len({r['template'] for r in truth})} templates, {n_art} articles "
               f"({sum(r['relevant'] for r in truth)} relevant, {n_art - sum(r['relevant'] for r in truth)} off-topic), "
               f"{len(truth) - n_art} listings.\n")
    res = f"\n**Last validation result: {len(problems)} problems.**\n" + "".join(f"- {p}\n" for p in problems)
    path.write_text(HEAD + "\n".join(rows) + "\n" + summary + CONV + res, encoding="utf-8")
