"""Writes README.md from truth.json data and the validation result (called by build.py)."""

MODELLED = [
    ("party-daily-webforms-viewstate", "ASP.NET WebForms `<form id=\"form1\">` + `__VIEWSTATE`/`__EVENTVALIDATION`, "
     "`ctl00_cphMain_*` ids, `h1.title-detail`, sapo in `h2.sapo`, caption in a table row",
     "CaoHoangTung/crawler_keyword engine/cfg/config.py (`h1.title-detail`, `span.date-post`); WebForms: memory"),
    ("national-daily-bold-sapo-stale-ld", "sapo as first `<p><strong>` inside the body, `figure/figcaption`, bold "
     "right-aligned author last line, stale JSON-LD", "hailoc12/docbao resources/configs/newspaper/"
     "bao_khanh_hoa_full_content.yaml (sapo = first p with strong in `div.detail-news`, figcaption); "
     "haidinhthanh/code_challenge newspaper_crawl/newspaper_crawl/constant/xpath.py (author = right-aligned p/b)"),
    ("provincial-tv-station-news", "broadcaster detail with video player, `news-sapo` with outlet prefix, "
     "`Phóng viên: X/NTV.VN`", "hailoc12/docbao resources/configs/newspaper/truyen_hinh_hai_phong_ok.md "
     "(broadcaster date line `p.mnv-date`, `dd/mm/yyyy - HH:MM`); rest memory"),
    ("wire-service-brief-traffic", "news-agency brief, `Theo TTXVN` right-aligned, GMT+7 date line",
     "truyen_hinh_hai_phong_ok.md date shape; memory"),
    ("industry-trade-paper-sp-publishing", "SharePoint publishing: `s4-workspace`, `ctl00_PlaceHolderMain_*Field`, "
     "`ms-rtestate-field`, `ms-rteTable-default`, `__REQUESTDIGEST`", "memory"),
    ("policy-magazine-dnn-panes", "DotNetNuke + EasyDNNnews: `dnn_ctr1203_ContentPane`, `edn_articleDetails`, "
     "`edn_articleSummary`", "memory"),
    ("liferay-provincial-daily-journal", "Liferay 7: `portlet-boundary`, `journal-content-article`, asset publisher "
     "related list", "memory"),
    ("provincial-daily-nv-bodytext", "NukeViet 4 news module: `news_detail`, `hometext`, `bodytext`, "
     "`news-bodyhtml`, newer/older lists, stale meta", "hailoc12/docbao resources/configs/newspaper/baothainguyen_vn.yaml "
     "(`div.news_detail`, `span.date_up`, sapo strong in summary); NukeViet classes: memory"),
    ("trade-weekly-joomla-itemprop", "Joomla 3 `item-page`, `dl.article-info`, `itemprop=articleBody`, "
     "createdby account", "memory"),
    ("health-desk-drupal-gui-boi", "Drupal 7 `node-article`, `submitted` \"Gửi bởi admin vào …\", "
     "`field-name-body`, `links inline`", "memory"),
    ("regional-sport-wp-entry", "WordPress `entry-header/entry-content`, `posted-on`, Yoast-like JSON-LD graph",
     "memory"),
    ("legacy-press-nested-tables-2012", "ASP classic era: nested tables, `<font>`, `<br><br>` paragraphs, "
     "`Detail.asp?id=`", "memory"),
    ("vc-style-press-detail-cmain", "VCCorp-style: `detail-sapo`, `detail-cmain`, `afcbc-body`, "
     "`VCSortableInPreviewMode` related/photo boxes, `meta[name=pubdate]`",
     "bigOnce/MUnion docs/api/news/parse.md (meta pubdate, og tags); VCCorp classes: memory"),
    ("bem-press-cms-article-body", "BEM press CMS (`article__sapo`, `article__body cms-body`, `article__author`), "
     "caption in table row", "memory"),
    ("amp-broadcaster-brief-page", "AMP: `<html amp>`, `amp-img`, `amp-ad`, `amp-sidebar`, `style amp-custom`",
     "memory"),
    ("msite-culture-arts-weekly", "m. mobile site (`m-detail`, `m-sapo`, app banner, relative times in lists)",
     "memory"),
    ("emag-inline-data-image-longread", "e-magazine full-width sections, cover image as inline base64 data URI, "
     "credit block at the end", "memory"),
    ("business-daily-ld-org-person", "`post-detail` layout, JSON-LD author Organization with member Person, "
     "`SA` 12-hour clock", "memory"),
    ("provincial-daily-office-byline", "`chitiet` provincial daily with print/email/font tools, office credit, "
     "\"Ngày cập nhật\" below body", "memory"),
    ("section-front-long-intro-ogarticle", "category page with long intro, `og:type=article`", "memory"),
    ("press-tag-archive-chinh-quyen-so", "tag archive with sapo teasers", "memory"),
    ("newspaper-soft-404-full-layout", "404 text inside full chrome, HTTP 200 assumed", "memory"),
    ("newsroom-gioi-thieu-history", "\"Giới thiệu\" page: prose history + staff table", "memory"),
    ("tv-station-video-grid-index", "broadcaster video grid with featured player", "memory"),
]


def write(path, truth, meta, validation_line):
    L = ["# holdout17 — blind corpus of Vietnamese press pages", "",
         "Built by `python3 build.py` (stdlib only, deterministic; builds twice and compares SHA-256).",
         "All sites, people, numbers and sentences are invented for this corpus.", "",
         "## Pages", "", "| file | template | kind | author | published_at | flags |", "|---|---|---|---|---|---|"]
    for r, d in zip(truth, meta):
        kind = "non-article" if not r["is_article"] else {"brief": "brief", "long": "long-form"}.get(d["kind"], "article")
        if r["is_article"] and not r["relevant"]:
            kind += " (off-topic)"
        L.append(f"| {r['file']} | {r['template']} | {kind} | {r['author'] or 'null'} | {r['published_at'] or 'null'} "
                 f"| {', '.join(r['flags'])} |")
    L += ["", "## What each template is modelled on", "", "| template | structure | learnt from |", "|---|---|---|"]
    for t, s, src in MODELLED:
        L.append(f"| {t} | {s} | {src} |")
    L += ["", "## Truth conventions", "",
          "- `title`: headline as shown (not `<title>`). `lead`: sapo without outlet prefix (e.g. `NTV.VN - `); a sapo "
          "printed as the first bold paragraph of the body is the lead and is not in `text`; \"\" when none.",
          "- `text`: body blocks joined by a blank line; subheadings are blocks; a list is one block, one item per "
          "line; a table is one block, one row per line, cells joined by ` | `. Left out: lead, captions, bylines, "
          "credits, dates, `Nguồn:` lines, inline related boxes, tags, share/print tools, comments. Pull quotes "
          "inside the body are kept.",
          "- `author`: names as printed minus labels (`Tác giả:`, `Bài và ảnh:`, `Phóng viên:`, `Bài, ảnh:`), "
          "academic titles (`TS.`) and `/OUTLET` suffixes; several names joined by `, `; `PV`/`Nhóm PV` kept; "
          "`Theo X (Báo Y)` gives X; `Theo TTXVN` alone, offices and CMS accounts (`admin`, `quantri`, `editor01`) "
          "give null. E-magazine credits: only the content writers (not photo/design/layout).",
          "- `published_at`: the visible publication date line, +07:00, 12-hour clocks converted (`CH`/`PM`/`tối` "
          "→ afternoon/evening), seconds only when printed; date-only → `T00:00:00+07:00` with `time_shown=false`. "
          "`Cập nhật` next to the headline, when it is the only date, is the publication time; `Ngày cập nhật` / "
          "`Cập nhật lần cuối` below the body is a modification date and ignored. Where meta/JSON-LD disagree with "
          "the visible line, the visible line wins.",
          "- Non-articles: `is_article=false`, `relevant=false`, empty title/lead/text, null author/published_at, "
          "`time_shown=false`.",
          "- `url` uses `https://<template>.example.vn/…` for every page (page 016 is an m.-site page; its links "
          "and canonical point to the m./www. hosts).",
          "- Page 017 exceeds 150 KB on purpose (inline base64 cover image ≥300 KB).", "",
          "## Validation", "", "`build.py` checks keys, sizes, template names (unique, kebab-case, not in the avoid "
          "list), that title, lead, every text line (table rows cell by cell), author names/credits and the date "
          "string occur in the visible text (head/script/style/comments dropped, NFC, whitespace collapsed), word "
          "counts (briefs 90–180, long-form ≥1500, others 181–1400), composition, and byte-identical double builds.",
          "", "```", validation_line, "```", ""]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
