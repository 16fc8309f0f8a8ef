"""Regenerate holdout3 pages and truth.json, then validate them (python3 build.py)."""
import datetime as dt
import html as htmlmod
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import tpl_a  # noqa: E402
import tpl_b  # noqa: E402
import tpl_c  # noqa: E402
from common import truth_text  # noqa: E402
from texts import OFF_TOPIC, TOPICS  # noqa: E402

RENDER = {}
for mod in (tpl_a, tpl_b, tpl_c):
    for name in dir(mod):
        if not name.startswith("_") and callable(getattr(mod, name)) and name not in ("wp_head",):
            RENDER[name] = getattr(mod, name)

PLACES = [
    dict(tinh="Quảng Trị", huyen="huyện Cam Lộ", xa="xã Cam Thủy", cho="Cam Lộ", sp="hồ tiêu", htx="Tân Lâm", song="Thạch Hãn"),
    dict(tinh="Bắc Giang", huyen="huyện Lục Ngạn", xa="xã Phượng Sơn", cho="Chũ", sp="vải thiều", htx="Hồng Giang", song="Lục Nam"),
    dict(tinh="Sóc Trăng", huyen="huyện Kế Sách", xa="xã An Lạc Tây", cho="Kế Sách", sp="bưởi năm roi", htx="Nhơn Mỹ", song="Hậu"),
    dict(tinh="Phú Yên", huyen="huyện Tuy An", xa="xã An Ninh Đông", cho="Chợ Gành", sp="cá ngừ", htx="An Hải", song="Kỳ Lộ"),
    dict(tinh="Hà Giang", huyen="huyện Vị Xuyên", xa="xã Đạo Đức", cho="Việt Lâm", sp="chè Shan tuyết", htx="Cao Bồ", song="Lô"),
    dict(tinh="Bình Định", huyen="huyện Phù Cát", xa="xã Cát Hanh", cho="Gò Găng", sp="dừa xiêm", htx="Cát Tân", song="Côn"),
    dict(tinh="Tây Ninh", huyen="huyện Dương Minh Châu", xa="xã Phan", cho="Suối Đá", sp="mãng cầu", htx="Bàu Năng", song="Vàm Cỏ Đông"),
    dict(tinh="Nghệ An", huyen="huyện Nghi Lộc", xa="xã Nghi Phong", cho="Quán Hành", sp="cam Vinh", htx="Nghi Diên", song="Cấm"),
    dict(tinh="Đắk Nông", huyen="huyện Đắk Mil", xa="xã Thuận An", cho="Đắk Mil", sp="sầu riêng", htx="Đức Minh", song="Sêrêpốk"),
    dict(tinh="Thái Bình", huyen="huyện Kiến Xương", xa="xã Bình Thanh", cho="Thanh Nê", sp="gạo nếp cái hoa vàng", htx="Vũ Ninh", song="Trà Lý"),
]
PEOPLE = [("Lê Văn Hòa", "Nguyễn Thị Mận"), ("Hoàng Đức Tâm", "Trần Thị Lệ"), ("Trịnh Quốc Bảo", "Võ Thị Ánh"),
          ("Đặng Hữu Phước", "Phạm Thị Nguyệt"), ("Lò Văn Sơn", "Vi Thị Hoa"), ("Huỳnh Tấn Lực", "Lâm Thị Bé"),
          ("Nông Văn Khải", "Đinh Thị Thu"), ("Mai Xuân Trường", "Cao Thị Hạnh")]


def params(i):
    p = dict(PLACES[i % len(PLACES)])
    ng1, ng2 = PEOPLE[i % len(PEOPLE)]
    p.update(ng1=ng1, ng2=ng2, n1=8 + (i * 7) % 40, n2=61 + (i * 3) % 35, n3=4 + i % 6, n4=2 + i % 5,
             nam=2024 + i % 2, thang=3 + i % 9)
    return p


# (template, topic, datetime, author shown on page, author truth, time_shown, flags, extra)
D = dt.datetime
PAGES = [
    ("wp_soledad", "dvc", D(2025, 3, 14, 9, 40), "Hà Linh", "Hà Linh", True, ["penci_inner_post_entry", "meta_utc_Z", "date_only_visible", "lead_bold_in_body", "account_name_trap"]),
    ("wp_newsmag", "kyso", D(2024, 10, 2, 16, 5), "Minh Khôi - Thu Trang", "Minh Khôi, Thu Trang", True, ["td_post_content", "luc_clock", "subtitle_lead", "two_authors_dash"]),
    ("wp_jannah", "ttkdtm", D(2025, 6, 21, 7, 50), "Quốc Việt", "Quốc Việt", True, ["entry_content_entry", "sa_ch_12h", "entry_sub_title_lead", "jsonld_person"]),
    ("wp_jannah", "duathuyen", D(2024, 11, 17, 15, 30), "Ngọc Ánh", "Ngọc Ánh", True, ["sa_ch_12h", "off_topic"]),
    ("wp_divi", "nongsan", D(2025, 7, 8, 10, 0), "Phan Thị Kim Oanh", "Phan Thị Kim Oanh", False, ["english_admin_meta", "by_admin_account", "bold_right_last_line_author", "date_only", "italic_lead_in_body"]),
    ("wp_oceanwp", "ioc", D(2025, 2, 11, 14, 20), "Trung tâm IOC tỉnh", None, True, ["modified_date_trap", "org_author_no_person", "meta_published_time", "no_lead"], {"no_lead": True}),
    ("wp_tt24", "tocongnghe", D(2025, 9, 5, 8, 15), "Thanh Hương", "Thanh Hương", True, ["block_theme", "wp_block_post_content", "date_after_body", "lead_bold_in_body"]),
    ("wp_vnnews", "hssk", D(2024, 12, 28, 20, 45), "Bảo Ngọc", "Bảo Ngọc", True, ["single_post_content", "dang_luc_time_first", "marquee_ticker", "bold_right_last_line_author", "pstrong_headings"]),
    ("joomla_helix", "hocba", D(2025, 4, 3, 9, 0), "Đỗ Minh Tuấn", "Đỗ Minh Tuấn", True, ["helix_ultimate", "article_details", "datetime_attr_only_time", "lead_bold_in_body"]),
    ("joomla_t3", "bongda", D(2024, 8, 10, 17, 25), "Văn Thắng", "Văn Thắng", True, ["ja_t3", "weekday_month_word", "article_intro_lead", "off_topic"]),
    ("drupal8_bartik", "dulich", D(2025, 5, 19, 11, 35), "Lan Phương", "Lan Phương", True, ["bartik", "gui_boi_account_trap", "weekday_abbrev", "italic_right_author", "lead_italic_in_body"]),
    ("drupal7_panels", "vneid", D(2024, 9, 23, 0, 0), "Công an huyện", None, False, ["panels", "ngay_dang_label", "date_only", "org_author_field", "tom_tat_lead"]),
]


def load_extra():
    return getattr(tpl_b, "PAGES", []) + getattr(tpl_c, "PAGES", [])


def enc_1258(s):
    """Encode to windows-1258 with decomposed tone marks."""
    out = bytearray()
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            tone = "".join(c for c in d if c in tones)
            try:
                out += (base + tone).encode("cp1258")
            except UnicodeEncodeError:
                out += f"&#{ord(ch)};".encode()
    return bytes(out)


def visible(raw, encoding):
    s = raw.decode(encoding)
    s = re.sub(r"(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>|<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = htmlmod.unescape(s)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


def main():
    pages_dir = HERE / "pages"
    for f in pages_dir.glob("*.html"):
        f.unlink()
    truth, problems = [], []
    specs = PAGES + load_extra()
    for i, spec in enumerate(specs, 1):
        tpl, topic, when, shown_author, author, time_shown, flags = spec[:7]
        extra = spec[7] if len(spec) > 7 else {}
        slug_tpl = tpl.replace("_", "-")
        fname = f"pages/{i:03d}-{slug_tpl}.html"
        host = extra.get("host", f"{slug_tpl}.example.vn")
        encoding = extra.get("encoding", "utf-8")
        if topic == "LISTING":
            a = dict(seed=i, site=extra.get("site", "Cổng thông tin điện tử"), url=f"https://{host}/tin-tuc",
                     theme=slug_tpl, dt=when)
            page, probes = RENDER[tpl + "_listing"](a)
            rec = dict(file=fname, url=a["url"], encoding=encoding, template=slug_tpl, flags=flags, is_article=False,
                       relevant=False, title="", lead="", author=None, published_at=None, time_shown=False, text="")
        else:
            p = params(i)
            title, lead, blocks = TOPICS[topic](p)
            lead_t = "" if extra.get("no_lead") else lead
            url = f"https://{host}/tin-tuc/{i:03d}-{topic}-{when:%Y%m%d}.html"
            a = dict(seed=i, title=title, lead=lead, blocks=blocks, dt=when, author_disp=shown_author, url=url,
                     slug=f"tg{i}", site=extra.get("site", f"Báo điện tử {p['tinh']}"), theme=slug_tpl, p=p,
                     no_lead=extra.get("no_lead", False))
            page, probes = RENDER[tpl](a)
            pub = when.strftime("%Y-%m-%dT%H:%M:%S+07:00") if time_shown else when.strftime("%Y-%m-%dT00:00:00+07:00")
            rec = dict(file=fname, url=url, encoding=encoding, template=slug_tpl, flags=flags, is_article=True,
                       relevant=topic not in OFF_TOPIC, title=title, lead=lead_t, author=author, published_at=pub,
                       time_shown=time_shown, text=truth_text(blocks))
        raw = enc_1258(page) if encoding == "windows-1258" else page.encode("utf-8")
        (HERE / fname).write_bytes(raw)
        truth.append(rec)
        # validation
        vis = visible(raw, encoding)
        rawtext = unicodedata.normalize("NFC", htmlmod.unescape(raw.decode(encoding)))
        if not 10_000 <= len(raw) <= 400_000:
            problems.append(f"{fname}: size {len(raw)}")
        if rec["is_article"]:
            need = [rec["title"]] + ([rec["lead"]] if rec["lead"] else [])
            for para in rec["text"].split("\n\n"):
                for line in para.split("\n"):
                    need.extend(line.split(" | ") if " | " in line else [line])
            if rec["author"]:
                need.extend(rec["author"].split(", "))
            for s in need:
                if re.sub(r"\s+", " ", s) not in vis:
                    problems.append(f"{fname}: missing {s[:60]!r}")
            if rec["author"] is None and shown_author and shown_author not in vis:
                problems.append(f"{fname}: shown org byline missing")
            for pr in probes:
                if pr not in rawtext:
                    problems.append(f"{fname}: date probe {pr!r} not in page")
            if not probes:
                problems.append(f"{fname}: no date probe")
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tpls = {r["template"] for r in truth}
    arts = [r for r in truth if r["is_article"]]
    print(f"{len(truth)} pages, {len(tpls)} templates, {len(arts)} articles "
          f"({sum(r['relevant'] for r in arts)} relevant), {len(truth) - len(arts)} listings")
    for pr in problems:
        print("PROBLEM", pr)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
