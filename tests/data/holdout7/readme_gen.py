"""Writes README.md from truth.json and the validation result (called by build.py)."""
import os

MODEL = {
    "jahia-portal": "Jahia portal, news module (newsItem / newsInfo / newsDate)",
    "bloomreach-hippo": "Bloomreach (Hippo CMS) ministry portal, document detail",
    "laravel-bootstrap-portal": "provincial portal on a custom Laravel + Bootstrap CMS",
    "codeigniter-portal": "district portal on CodeIgniter (index.php routes)",
    "yii2-news": "provincial newspaper on Yii2 (navbar-inverse, breadcrumb)",
    "django-wagtail": "smart-city site on Django/Wagtail (StreamField blocks, author card)",
    "strapi-nextjs": "Next.js front end over Strapi (CSS-module classes, __NEXT_DATA__)",
    "contentful-next": "Next.js + Contentful magazine (relative time, JSON-LD)",
    "sanity-astro": "Astro site fed by Sanity (data-astro-cid attributes)",
    "tumblr-like": "Tumblr blog theme (notes, reblogs, tags)",
    "viblo-like": "Viblo developer blog post",
    "spiderum-like": "Spiderum community essay",
    "vnreview-like": "VnReview tech news (forum-engine markup)",
    "thesaigontimes-like": "The Saigon Times style (WordPress Newspaper-theme markup)",
    "vietnamfinance-like": "VietnamFinance style detail page",
    "baogiaothong-like": "Báo Giao thông style detail page",
    "suckhoedoisong-like": "Sức khỏe & Đời sống style detail (data-role attributes)",
    "congthuong-like": "Báo Công Thương style detail",
    "nongnghiep-like": "Báo Nông nghiệp style detail",
    "baophapluat-like": "Báo Pháp luật style detail",
    "app-webview": "article HTML served to a news app's webview",
    "tinymce-inline-gov": "old district site: table layout, TinyMCE inline-styled divs, br lines",
    "fluxbb-topic": "FluxBB viewtopic thread",
    "congthuong-category": "category page 2 with pager (Công Thương style)",
    "spiderum-profile": "Spiderum author profile listing the author's posts",
    "wagtail-events": "Wagtail events index (calendar list)",
    "laravel-vanban": "legal-documents (văn bản) table on the Laravel portal",
    "sanity-gallery": "photo-gallery index on the Astro/Sanity site",
}

CONV = """## Truth conventions

- `text`: article body only; blocks joined by one blank line; a list is one block (one item per line); a table is one block
  (one row per line, cells joined by ` | `); in-body subheadings are blocks. Title, lead, captions, bylines/credits,
  `Nguồn:` lines, related boxes, tags, share bars, comments/replies, signatures, ads and newsletter boxes are excluded.
- `lead`: the sapo (also when it is a bold/italic first paragraph inside the body container); outlet prefixes such as
  `(PLVN) - ` / `(TBSGS) - ` are not part of it; `""` when there is none (forum thread).
- `author`: person(s) credited. `A - B` → `A, B`; prefixes `Bài, ảnh:`, `Phóng viên:`, `Tác giả:`, `Theo … (Báo Y)`,
  `(TTXVN)` removed; academic/professional titles (`ThS.`, `BS.`) dropped; `Nhóm PV` kept as written; office credits
  (`Văn phòng UBND tỉnh`, `Văn phòng HĐND và UBND huyện`) → null; CMS accounts (`quantri01`, `editor_hp`) are never
  authors; forum thread → the first poster's display name; Tumblr → the blog owner's display name.
- `published_at`: the article's own publication time in +07:00, never the `Cập nhật` time, sidebar, comment or
  header dates. Date-only pages → `T00:00:00+07:00` and `time_shown` false (no HH:MM of the publication on the
  page). Seconds only where the page shows seconds (FluxBB).
- Listings: `is_article` false, `relevant` false, empty `title`/`lead`/`text`, null `author`/`published_at`.
- All pages are UTF-8, NFC. Everything (names, places, numbers, outlets) is invented; body text of most articles is
  assembled from invented sentence banks (`texts.py`), personal-register pages use hand-written bodies (`custom_bodies.py`).

## Validation (build.py)

For every page: size ≥ 8 KB; title, lead, every line of `text` (table rows checked cell by cell) and every author name
(or the printed office credit when author is null) occur in the visible text (head/script/style/comments dropped,
tags stripped, NFC, whitespace collapsed); the date string produced by the template's own formatter from the truth
datetime is visible; `time_shown` equals whether the publication's HH:MM (24-hour or 12-hour form) is visible;
body word counts: short 90–180, long ≥ 1500, others 200–700.
"""


def write(here, truth, problems):
    rows = []
    for t in truth:
        if not t["is_article"]:
            kind = "listing"
        else:
            nw = len(t["text"].split())
            kind = "article" + ("" if t["relevant"] else ", off-topic") + (", short" if nw <= 180 else "") + (", long" if nw >= 1500 else "")
        rows.append("| {} | {} ({}) | {} | {} | {} | {} |".format(t["file"], t["template"], MODEL[t["template"]], kind, t["author"] or "null",
                                                              t["published_at"] or "null", ", ".join(t["flags"])))
    arts = sum(t["is_article"] for t in truth)
    head = ("# holdout7 — blind test corpus (Vietnamese news pages)\n\n"
            "Synthetic but realistic pages for measuring a web-article extractor: {} pages, {} templates, {} articles "
            "({} relevant to digital transformation / e-government, {} off-topic) and {} listing pages. "
            "Regenerate with `python build.py` (stdlib + lxml); it rewrites `pages/`, `truth.json` and this README.\n\n"
            "| page | template (modelled on) | kind | author | published_at | flags |\n|---|---|---|---|---|---|\n").format(
        len(truth), len({t["template"] for t in truth}), arts, sum(t["relevant"] for t in truth), arts - sum(t["relevant"] for t in truth), len(truth) - arts)
    res = f"\n**Validation result:** {len(problems)} problems.\n" + "".join(f"- {p}\n" for p in problems)
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + "\n\n" + CONV + res)
