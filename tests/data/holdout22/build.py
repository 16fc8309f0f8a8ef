#!/usr/bin/env python3
"""Build the holdout22 blind corpus: pages/*.html + truth.json. Deterministic, standard library only."""
import datetime
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tpl_a
import tpl_b
import tpl_n
from blocks import make_blocks, truth_text
from validate import validate

WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def wd(d):
    dd, mm, yy = (int(x) for x in d.split("/"))
    return WD[datetime.date(yy, mm, dd).weekday()]


# fields: tpl, func, host, site, bank, relevant, kind, title, lead, shown lead, author, credit, date, iso, time_shown, flags, bp
A = [
    ("q22-vnpt-igate-aspnetform", tpl_a.t_vnpt_portal, "congdichvu-longgiang", "Cổng thông tin điện tử tỉnh Long Giang",
     "dx", True, "normal", "Long Giang vượt chỉ tiêu hồ sơ trực tuyến toàn trình trong quý I",
     "Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh trong quý I tăng mạnh nhờ tổ công nghệ số cộng đồng hoạt động đều ở các xã.",
     None, "Trần Thu Hà", "Tác giả: Trần Thu Hà", "Ngày đăng: 23/04/2024 14:05:27", "2024-04-23T14:05:27+07:00", True,
     ["aspnet-form", "viewstate", "date-seconds", "jsonld-stale", "author-label-bottom"], dict(n_par=8, heads=2, table=True)),
    ("q22-sharepoint2013-so-ttt", tpl_a.t_sharepoint, "stttt-bachanguyen", "Sở Thông tin và Truyền thông tỉnh Bắc Hà Nguyên",
     "dx", True, "normal", "Bắc Hà Nguyên khai trương hệ thống phòng họp trực tuyến đến cấp xã",
     "Sáng nay, hệ thống phòng họp trực tuyến kết nối từ tỉnh đến 121 xã, phường chính thức được đưa vào sử dụng.",
     None, None, "Sở TT&TT", "Thứ năm, 19/12/2013 | 15:30", "2013-12-19T15:30+07:00", True,
     ["sharepoint", "weekday-prefix", "pipe-separator", "office-credit", "caption-table-row"], dict(n_par=7, heads=1, ul=True)),
    ("q22-dnn-huyen-capnhat-only", tpl_a.t_dnn, "lacsonmoi", "Cổng thông tin điện tử huyện Lạc Sơn Mới",
     "dx", True, "normal", "Lạc Sơn Mới: mỗi thôn một tổ công nghệ số cộng đồng",
     "Sau ba tháng ra mắt, các tổ công nghệ số cộng đồng đã trở thành cầu nối giữa chính quyền và người dân vùng cao.",
     None, "Minh Khôi", "Minh Khôi", "Cập nhật lúc 08:15 ngày 05/03/2025", "2025-03-05T08:15+07:00", True,
     ["dotnetnuke", "capnhat-only-date", "bold-name-last-line", "caption-em"], dict(n_par=9, heads=2, quote=True)),
    ("q22-liferay62-journal-dateonly", tpl_a.t_liferay6, "quangthuy", "Cổng thông tin điện tử tỉnh Quảng Thủy",
     "dx", True, "normal", "Quảng Thủy số hóa hơn một triệu trang hồ sơ hộ tịch",
     "Dữ liệu hộ tịch từ năm 1975 đến nay đã cơ bản được số hóa, sẵn sàng kết nối với cơ sở dữ liệu quốc gia về dân cư.",
     None, "Thanh Vũ", "Theo Thanh Vũ (Báo Quảng Thủy)", "Ngày 12 tháng 7 năm 2023", "2023-07-12T00:00:00+07:00", False,
     ["liferay6", "date-words", "date-only", "theo-author-outlet", "caption-table-row"], dict(n_par=7, heads=0, ul=True)),
    ("q22-liferay7-asset-full", tpl_a.t_liferay7, "cuulong", "Cổng thông tin điện tử thành phố Cửu Long",
     "dx", True, "normal", "Cửu Long thí điểm trợ lý ảo tại bộ phận một cửa phường",
     "Trợ lý ảo giải đáp thủ tục hộ tịch, đất đai được đặt tại sáu phường trung tâm trong giai đoạn thí điểm.",
     None, "Lê Hoàng Nam, Đỗ Thị Mai", "Phóng viên: Lê Hoàng Nam - Đỗ Thị Mai", "14:20 - 03/09/2024",
     "2024-09-03T14:20+07:00", True, ["liferay7", "time-before-date", "two-authors-dash", "meta-published-time"],
     dict(n_par=8, heads=2, rel=True)),
    ("q22-nukeviet-xa-moi-brief", tpl_a.t_nukeviet, "tanphuoc-longgiang", "Trang thông tin điện tử xã Tân Phước",
     "dx", True, "brief", "Xã Tân Phước mới hoàn thành chuyển dữ liệu ba xã cũ",
     "Toàn bộ hồ sơ của ba xã trước sắp xếp đã được chuyển sang hệ thống của xã mới.",
     None, None, "admin", "Thứ hai - 14/07/2025 07:05", "2025-07-14T07:05+07:00", True,
     ["nukeviet", "brief", "cms-account-author", "weekday-prefix", "merged-commune"], dict(n_par=3, imgs=0, per=(1, 2))),
    ("q22-joomla3-nongnghiep", tpl_a.t_joomla, "snn-tayson", "Sở Nông nghiệp và Môi trường tỉnh Tây Sơn Nguyên",
     "agri", False, "normal", "Nông dân Tây Sơn Nguyên thu hoạch lúa đông xuân sớm tránh mưa",
     "Trước dự báo mưa trái mùa, ngành nông nghiệp khuyến cáo bà con thu hoạch những diện tích lúa đã chín.",
     None, "Nguyễn Văn Sáu", "Bài và ảnh: Nguyễn Văn Sáu", "Ngày xuất bản: 22/05/2024", "2024-05-22T00:00:00+07:00", False,
     ["joomla", "off-topic", "date-only", "bai-va-anh", "caption-em"], dict(n_par=7, heads=1)),
    ("q22-drupal7-node-guiboi", tpl_a.t_drupal, "hungLong".lower(), "Cổng thông tin điện tử thị xã Hưng Long",
     "dx", True, "normal", "Hưng Long rút ngắn thời gian cấp giấy phép xây dựng còn bảy ngày",
     "Nhờ liên thông điện tử giữa các phòng chuyên môn, thời gian giải quyết hồ sơ cấp phép xây dựng giảm một nửa.",
     None, None, "quantri", "Gửi bởi quantri vào T3, 11/06/2024 - 16:45",
     "2024-06-11T16:45+07:00", True,
     ["drupal", "gui-boi-account", "weekday-abbrev", "tags"], dict(n_par=8, heads=2, ul=True)),
    ("q22-wordpress-giaothong-ch", tpl_a.t_wordpress, "atgt-quangthuy", "Ban An toàn giao thông tỉnh Quảng Thủy",
     "traffic", False, "normal", "Lắp thêm đèn tín hiệu tại các nút giao gần trường học",
     "Ban An toàn giao thông tỉnh đề xuất bổ sung đèn tín hiệu và vạch sơn tại 14 nút giao có đông học sinh qua lại.",
     None, "PV", "PV", "Đăng lúc 9:05 CH, 02/02/24", "2024-02-02T21:05+07:00", True,
     ["wordpress", "off-topic", "twelve-hour-ch", "two-digit-year", "pv-author", "comments"], dict(n_par=8, heads=1)),
    ("q22-table-font-br-legacy", tpl_a.t_tables, "vinhhoanam", "UBND xã Vĩnh Hòa Nam",
     "dx", True, "normal", "Vĩnh Hòa Nam tiếp nhận hồ sơ một cửa điện tử từ tháng 10",
     "Từ ngày 1/10, bộ phận một cửa của xã chuyển sang tiếp nhận và trả kết quả trên phần mềm một cửa điện tử.",
     None, "Hồ Văn Lực", "Hồ Văn Lực", "Cập nhật ngày: 07/10/2019 lúc 3:30 chiều", "2019-10-07T15:30+07:00", True,
     ["table-layout", "font-tags", "br-paragraphs", "chieu-clock", "right-italic-author"], dict(n_par=7, heads=1, ul=False)),
] + tpl_b.SPECS


def build_article(i, s):
    (tpl, func, host, site, bank, rel, kind, title, lead, shown_lead, author, credit, date, iso, ts, flags, bp) = s
    rng = random.Random(2200 + i)
    blocks = make_blocks(rng, bank, **bp)
    a = dict(n=i, tpl=tpl, host=f"{host}.example.vn", site=site, title=title, lead=shown_lead or lead, blocks=blocks,
             author=author, credit=credit, date=date, iso=iso, slogan="Thông tin chính thống - Phục vụ nhân dân", wd=wd)
    page = func(rng, a)
    slug = f"tin-tuc/{tpl[4:]}-{1000 + i * 37}.html"
    truth = dict(file=f"pages/{i:03d}-{tpl}.html", url=f"https://{tpl}.example.vn/{slug}", encoding="utf-8", template=tpl,
                 flags=flags, is_article=True, relevant=rel, title=title, lead=lead, author=author, published_at=iso,
                 time_shown=ts, text=truth_text(blocks))
    return page, truth, dict(kind=kind, date=date, credit=credit)


def build_all():
    files, truths, extra = {}, [], []
    i = 0
    for s in A:
        i += 1
        page, t, x = build_article(i, s)
        files[t["file"]] = page.encode("utf-8")
        truths.append(t)
        extra.append(x)
    for s in tpl_n.SPECS:
        i += 1
        rng = random.Random(2200 + i)
        page, t, x = tpl_n.build(i, s, rng)
        files[t["file"]] = page.encode("utf-8")
        truths.append(t)
        extra.append(x)
    files["truth.json"] = (json.dumps(truths, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return files, truths, extra


def digest(files):
    h = hashlib.sha256()
    for k in sorted(files):
        h.update(k.encode() + b"\0" + hashlib.sha256(files[k]).digest())
    return h.hexdigest()


def main():
    f1, truths, extra = build_all()
    f2, _, _ = build_all()
    same = digest(f1) == digest(f2)
    pdir = os.path.join(HERE, "pages")
    os.makedirs(pdir, exist_ok=True)
    for old in os.listdir(pdir):
        os.remove(os.path.join(pdir, old))
    for k, v in f1.items():
        with open(os.path.join(HERE, k), "wb") as fh:
            fh.write(v)
    problems = validate(HERE, truths, extra)
    if not same:
        problems.append("two builds differ")
    for p in problems:
        print("PROBLEM:", p)
    print(f"build digest: {digest(f1)} (identical twice: {same})")
    print(f"validation: {len(problems)} problems")


if __name__ == "__main__":
    main()
