"""Deterministic builder for the holdout10 blind corpus (press side).

Usage: python build.py   -> writes pages/ and truth.json twice, compares SHA-256, validates.
"""
import glob
import hashlib
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import arts
import arts2
import nonarts
from common import mk, parse, truth_text
from content_a import A
from content_b import B
from content_c import C

TEXTS = {**A, **B, **C}

# (template, function, kind, relevant, dt, seconds_printed, time_shown, author_truth, flags)
ART = [
    ("women-paper-desk", arts.women_paper_desk, "article", True, mk(2024, 11, 21, 8, 15), False, True, "Minh Thư",
     ["weekday-prefix", "bold-byline-end", "figure-cite-caption", "inline-related-table", "meta-published"]),
    ("border-guard-paper", arts.border_guard_paper, "article", True, mk(2024, 3, 5, 14, 20), False, True, "Trần Quốc Hưng",
     ["time-before-date", "pipe-separator", "bai-va-anh", "simplebox-inline", "army-sector"]),
    ("science-popular-site", arts.science_popular_site, "article", True, mk(2024, 4, 18, 9, 50, 0), True, True, "Lê Văn Khải",
     ["seconds", "label-ngay-dang", "lead-inside-body-strong", "academic-title", "cms-account-meta", "json-ld", "list"]),
    ("construction-trade-paper", arts.construction_trade_paper, "article", True, mk(2024, 8, 7, 15, 42), False, True, "Hoàng Nam",
     ["date-pipe-time", "lead-first-strong-p", "phong-vien-label", "table", "modified-date-footer", "trade-sector"]),
    ("student-paper-site", arts.student_paper_site, "article", True, mk(2024, 12, 2, 10, 30), False, True, "Nhóm PV",
     ["weekday-prefix", "gmt7", "nhom-pv", "caption-p-em", "youth-sector", "comments"]),
    ("military-region-paper", arts.military_region_paper, "article", True, mk(2024, 7, 15), False, False, "Hồng Sơn",
     ["date-only", "ngay-thang-nam", "army-sector", "no-meta-date"]),
    ("farmers-paper", arts.farmers_paper, "article", False, mk(2024, 9, 22, 15, 20), False, True, "Kim Anh, Văn Thái",
     ["off-topic-agriculture", "12h-am-pm", "two-authors-dash", "table-image-caption", "byline-before-body"]),
    ("city-security-paper", arts.city_security_paper, "brief", True, mk(2024, 10, 23, 7, 45), False, True, "PV",
     ["brief", "time-before-date", "pv-byline", "police-sector"]),
    ("environment-sector-paper", arts.environment_sector_paper, "article", True, mk(2024, 11, 4, 16, 10), False, True, "Thu Hà",
     ["cap-nhat-only-header", "lead-first-p-span", "subheading"]),
    ("jsp-port-city-daily", arts.jsp_port_city_daily, "article", True, mk(2024, 1, 25, 14, 32), False, True, None,
     ["jsp", "office-credit", "ngay-cap-nhat-modified", "msonormal", "list", "no-og"]),
    ("regional-tv-brief", arts.regional_tv_brief, "brief", False, mk(2024, 3, 12, 19, 45), False, True, "Quang Minh, Thu Trang",
     ["brief", "off-topic-traffic", "two-digit-year", "broadcaster", "video", "two-authors-dash"]),
    ("national-radio-detail", arts2.national_radio_detail, "article", True, mk(2024, 6, 14, 8, 30), False, True, "Thanh Hằng",
     ["outlet-prefix-lead", "weekday-time-date", "name-slash-outlet", "json-ld", "audio", "broadcaster"]),
    ("zce-regional-daily", arts2.zce_regional_daily, "article", True, mk(2024, 4, 10, 7, 12), False, True, "Ngọc Lan",
     ["time-ngay-date", "stale-meta", "cms-account-jsonld", "inline-related", "subheading"]),
    ("zce-amp-daily", arts2.zce_amp_daily, "article", True, mk(2024, 5, 21, 15, 40), False, True, "Minh Quân",
     ["amp", "12h-chieu", "theo-person-outlet", "no-meta-date"]),
    ("court-law-weekly", arts2.court_law_weekly, "article", True, mk(2024, 7, 6, 9, 0), False, True, "Phạm Thành",
     ["law-sector", "weekday-prefix", "gmt7", "academic-title", "byline-in-header", "list", "comments"]),
    ("news-agency-brief", arts2.news_agency_brief, "brief", True, mk(2024, 9, 3, 16, 45), False, True, None,
     ["brief", "dang-luc", "theo-outlet-only", "news-agency"]),
    ("public-security-detail", arts2.public_security_detail, "article", False, mk(2024, 4, 30, 20, 15), False, True, "Hoàng Vũ, Lê Phong",
     ["off-topic-fire-safety", "weekday-prefix", "gmt7", "two-authors-dash", "police-sector"]),
    ("foreign-affairs-paper", arts2.foreign_affairs_paper, "article", True, mk(2024, 11, 11, 18, 20), False, True, "Minh Anh",
     ["thoi-gian-dang", "luc", "italic-right-byline", "subheading"]),
    ("hourly-portal-sport", arts2.hourly_portal_sport, "article", False, mk(2024, 11, 16, 21, 5), False, True, "Vũ Hải",
     ["off-topic-sport", "12h-pm-gmt7", "weekday-ngay", "nguon-placeholder"]),
    ("singular-layout-daily", arts2.singular_layout_daily, "article", True, mk(2024, 3, 21, 6, 45), False, True, "Bảo Khánh",
     ["outlet-prefix-lead", "time-before-weekday-date", "author-avatar", "inline-related", "comments"]),
    ("fck-detail-mobile", arts2.fck_detail_mobile, "article", True, mk(2024, 3, 17, 22, 10), False, True, "Lan Phương",
     ["mobile", "unpadded-date", "chu-nhat", "gmt7", "ai"]),
    ("aspnet-province-daily", arts2.aspnet_province_daily, "article", True, mk(2024, 8, 15, 15, 25, 0), True, True, None,
     ["aspnet-webforms", "viewstate", "seconds", "12h-sa-ch", "office-credit", "label-ngay-dang"]),
    ("aspnet-industry-weekly", arts2.aspnet_industry_weekly, "article", True, mk(2024, 9, 9), False, False, "Nguyễn Thị Mai",
     ["aspnet-webforms", "viewstate", "date-only", "weekday-prefix", "tac-gia-label", "cap-nhat-modified", "table", "industry-sector"]),
    ("broadcaster-longform", arts2.broadcaster_longform, "long", True, mk(2024, 10, 1, 20, 0), False, True, "Trần Hải, Đỗ Quyên",
     ["long-form", "ngay-xuat-ban", "12h-toi", "thuc-hien-credit", "two-authors-dash", "subheading", "broadcaster"]),
]

NON = [
    ("sector-paper-section-lead", nonarts.sector_section_lead, ["section-listing", "og-article", "long-excerpt"]),
    ("regional-daily-frontpage", nonarts.regional_frontpage, ["home"]),
    ("agency-keyword-search", nonarts.agency_keyword_search, ["search-results"]),
    ("law-paper-document-table", nonarts.law_document_table, ["documents-table"]),
    ("radio-podcast-index", nonarts.radio_podcast_index, ["audio-index"]),
    ("youth-daily-not-found", nonarts.youth_daily_not_found, ["error-404", "full-chrome"]),
]

# interleave non-articles among articles deterministically
ORDER = []
_ai, _ni = 0, 0
for i in range(len(ART) + len(NON)):
    if i % 5 == 3 and _ni < len(NON):
        ORDER.append(("n", _ni)); _ni += 1
    elif _ai < len(ART):
        ORDER.append(("a", _ai)); _ai += 1
    else:
        ORDER.append(("n", _ni)); _ni += 1


def iso(dt, seconds, time_shown):
    if not time_shown:
        return dt.strftime("%Y-%m-%dT00:00:00+07:00")
    return dt.strftime("%Y-%m-%dT%H:%M:%S+07:00" if seconds else "%Y-%m-%dT%H:%M+07:00")


def build(outdir):
    pages = os.path.join(outdir, "pages")
    if os.path.isdir(pages):
        shutil.rmtree(pages)
    os.makedirs(pages)
    truth, checks = [], []
    for n, (typ, idx) in enumerate(ORDER, 1):
        if typ == "a":
            tpl, fn, kind, rel, dt, secs, shown, author, flags = ART[idx]
            if tpl.endswith("amp-daily"):
                url = f"https://{tpl}.example.vn/amp/kinh-te/{n:03d}-{tpl}.html"
            elif "jsp" in tpl:
                url = f"https://{tpl}.example.vn/baotp/vn/home/InfoDetail.jsp?area=1&cat=12&ID={48000 + n}"
            elif "aspnet" in tpl:
                url = f"https://{tpl}.example.vn/Default.aspx?tabid=90&ID={n * 137}"
            else:
                url = f"https://{tpl}.example.vn/tin-tuc/{n:03d}-{kind}-{dt.strftime('%Y%m%d')}.html"
            a = parse(TEXTS[tpl])
            spec = {"tpl": tpl, "dt": dt, "url": url}
            html, ds, needles = fn(a, spec)
            lead = a["lead"]
            rec = {"file": f"pages/{n:03d}-{tpl}.html", "url": url, "encoding": "utf-8", "template": tpl,
                   "flags": flags + ([kind] if kind in ("long",) else []), "is_article": True, "relevant": rel,
                   "title": a["title"], "lead": lead, "author": author, "published_at": iso(dt, secs, shown),
                   "time_shown": shown, "text": truth_text(a["blocks"])}
            checks.append((rec, ds, needles, kind))
        else:
            tpl, fn, flags = NON[idx]
            url = f"https://{tpl}.example.vn/" + ("" if "frontpage" in tpl else f"{tpl.split('-')[-1]}/")
            html = fn({"tpl": tpl, "url": url})
            rec = {"file": f"pages/{n:03d}-{tpl}.html", "url": url, "encoding": "utf-8", "template": tpl, "flags": flags,
                   "is_article": False, "relevant": False, "title": "", "lead": "", "author": None, "published_at": None,
                   "time_shown": False, "text": ""}
            checks.append((rec, None, [], "non"))
        with open(os.path.join(outdir, rec["file"]), "w", encoding="utf-8", newline="\n") as f:
            f.write(html)
        truth.append(rec)
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth, checks


def digest(outdir):
    h = hashlib.sha256()
    for root, _, files in sorted(os.walk(outdir)):
        for fn in sorted(files):
            p = os.path.join(root, fn)
            h.update(os.path.relpath(p, outdir).encode())
            with open(p, "rb") as f:
                h.update(f.read())
    return h.hexdigest()


def visible(path):
    from lxml import html as lh
    with open(path, "rb") as f:
        raw = f.read()
    doc = lh.document_fromstring(raw.decode("utf-8"))
    for el in doc.xpath("//head|//script|//style|//noscript|//template"):
        el.drop_tree()
    for c in doc.xpath("//comment()"):
        c.drop_tree()
    for el in doc.xpath("//*[@type='hidden']"):
        el.drop_tree()
    txt = " ".join(doc.itertext())
    txt = unicodedata.normalize("NFC", txt)
    return re.sub(r"\s+", " ", txt).strip()


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def validate(outdir, truth, checks):
    problems = []
    avoid = set()  # the templates of the other sets beside this one
    for other in glob.glob(os.path.join(HERE, "..", "*", "truth.json")):
        if os.path.dirname(os.path.abspath(other)) != HERE:
            data = json.load(open(other, encoding="utf-8"))
            avoid |= {t.get("template") for t in (data["pages"] if isinstance(data, dict) else data)}
    names = [t["template"] for t in truth]
    if len(set(names)) != len(names):
        problems.append("duplicate template names")
    for nm in names:
        if nm in avoid:
            problems.append(f"template in AVOID-NAMES: {nm}")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", nm):
            problems.append(f"not kebab: {nm}")
    keys = ["file", "url", "encoding", "template", "flags", "is_article", "relevant", "title", "lead", "author",
            "published_at", "time_shown", "text"]
    n_art = n_rel = 0
    for rec, ds, needles, kind in checks:
        if list(rec.keys()) != keys:
            problems.append(f"{rec['file']}: keys")
        p = os.path.join(outdir, rec["file"])
        size = os.path.getsize(p)
        if not (25_000 <= size <= 150_000):
            problems.append(f"{rec['file']}: size {size}")
        if not rec["is_article"]:
            continue
        n_art += 1
        n_rel += rec["relevant"]
        vis = visible(p)
        want = [rec["title"], rec["lead"], ds] + needles
        for line in rec["text"].split("\n"):
            if not line.strip():
                continue
            if " | " in line:
                want.extend(line.split(" | "))
            else:
                want.append(line)
        for w in want:
            if w and norm(w) not in vis:
                problems.append(f"{rec['file']}: not visible: {w[:60]!r}")
        has_time = bool(re.search(r"\d{1,2}:\d{2}", ds))
        if has_time != rec["time_shown"]:
            problems.append(f"{rec['file']}: time_shown mismatch for {ds!r}")
        if rec["author"]:
            for nm in rec["author"].split(", "):
                if nm not in vis:
                    problems.append(f"{rec['file']}: author {nm} not visible")
        words = len(rec["text"].split())
        rng = {"brief": (90, 180), "long": (1500, 10**6), "article": (181, 1400)}[kind]
        if not rng[0] <= words <= rng[1]:
            problems.append(f"{rec['file']}: {kind} has {words} words")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", rec["published_at"]):
            problems.append(f"{rec['file']}: bad published_at")
    return problems, n_art, n_rel


def main():
    out = HERE
    truth, checks = build(out)
    d1 = digest(os.path.join(out, "pages")) + hashlib.sha256(open(os.path.join(out, "truth.json"), "rb").read()).hexdigest()
    truth, checks = build(out)
    d2 = digest(os.path.join(out, "pages")) + hashlib.sha256(open(os.path.join(out, "truth.json"), "rb").read()).hexdigest()
    problems, n_art, n_rel = validate(out, truth, checks)
    if d1 != d2:
        problems.append("non-deterministic output")
    sizes = [os.path.getsize(os.path.join(out, t["file"])) for t in truth]
    for p in problems:
        print("PROBLEM:", p)
    print(f"pages={len(truth)} articles={n_art} relevant={n_rel} non_articles={len(truth) - n_art} "
          f"size_min={min(sizes)} size_max={max(sizes)} sha256={hashlib.sha256(d1.encode()).hexdigest()[:16]} identical={d1 == d2}")
    print(f"validation: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
