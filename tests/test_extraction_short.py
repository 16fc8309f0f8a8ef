"""Short news items (90-180 words: a government portal's brief with a title, a dateline and a
byline) are articles, never "too short" nor a listing: variants of the tuning pages with their
body trimmed, and a portal brief written here beside its teaser lists."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from bench.quality import load_set
from crawler.extraction import extract_article
from crawler.extraction.dom import parse
from crawler.text import decode_html, normalize_line, word_count

#: Tuning sets (rules were tuned on them; never a blind set).
SETS = ("tune", "holdout5")
_WORD = re.compile(r"\w+")


def _trimmed(case, target: int) -> tuple[str, list[str]] | None:
    """The page with its body blocks after the first ``target`` words removed, and the blocks
    kept (None when the body is that short already or its blocks are not elements)."""
    blocks = [normalize_line(b) for b in case.truth["text"].split("\n\n") if b.strip()]
    kept, words = [], 0
    for block in blocks:
        if words >= target:
            break
        kept.append(block)
        words += word_count(block)
    dropped = set(blocks) - set(kept)
    if not dropped:
        return None
    tree = parse(decode_html(case.body, case.encoding))
    removed = 0
    for el in list(tree.iter("p", "li", "div", "tr", "h2", "h3", "table", "ul")):
        if el.getparent() is not None and normalize_line(el.text_content()) in dropped:
            el.getparent().remove(el)
            removed += 1
    return (lxml.html.tostring(tree, encoding="unicode"), kept) if removed else None


CASES = [(name, case) for name in SETS for case in load_set(name)
         if case.truth.get("is_article", True) and case.truth.get("text")]


@pytest.mark.parametrize("target", [90, 150])
@pytest.mark.parametrize(("name", "case"), CASES, ids=[f"{n}:{c.name}" for n, c in CASES])
def test_a_trimmed_tuning_article_stays_an_article(name, case, target):
    trimmed = _trimmed(case, target)
    if trimmed is None:
        pytest.skip("the body is this short already (the tune set is made of briefs)")
    html, kept = trimmed
    got = extract_article(html, case.url)
    assert got.is_article, got.reason
    found = set(_WORD.findall(f"{got.lead or ''} {got.text}".casefold()))
    wanted = [w for block in kept for w in _WORD.findall(block.casefold())]
    assert sum(w in found for w in wanted) >= 0.95 * len(wanted)


VN = ZoneInfo("Asia/Ho_Chi_Minh")
BRIEF = [
    "Chiều 12/11, Ủy ban nhân dân xã Tân Mỹ tổ chức hội nghị triển khai kế hoạch phổ cập "
    "kỹ năng số cho người dân năm 2027.",
    "Theo kế hoạch, mỗi thôn thành lập một tổ công nghệ số cộng đồng gồm năm thành viên, có "
    "nhiệm vụ hướng dẫn người dân cài đặt ứng dụng định danh điện tử, thanh toán không dùng "
    "tiền mặt và nộp hồ sơ trực tuyến.",
    "Xã phấn đấu đến cuối năm có ít nhất bảy mươi phần trăm người trưởng thành sử dụng thành "
    "thạo các dịch vụ công thiết yếu trên điện thoại.",
]


def _brief_page(body: list[str]) -> str:
    latest = "".join(f'<li><a href="/tin/{i}.html">Xã tổ chức tập huấn nghiệp vụ chuyên môn '
                     f"đợt {i} cho cán bộ thôn</a> <span>(0{i}/11/2026)</span></li>"
                     for i in range(1, 9))
    docs = "".join(f'<tr><td>{i}/KH-UBND</td><td><a href="/van-ban/{i}">Kế hoạch thực hiện '
                   f"nhiệm vụ chuyển đổi số năm 2027 số {i}</a></td></tr>" for i in range(1, 7))
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        "<html><head><meta charset='utf-8'><title>Xã Tân Mỹ triển khai kế hoạch phổ cập kỹ năng "
        "số - Cổng thông tin xã Tân Mỹ</title></head><body><div id='wrapper'>"
        "<div class='banner'>Cổng thông tin điện tử xã Tân Mỹ</div>"
        "<div class='col-left'><div class='box'><div class='box-title'>Tin mới</div>"
        f"<ul>{latest}</ul></div></div><div class='col-main'><div class='news-detail'>"
        "<h1 class='title'>Xã Tân Mỹ triển khai kế hoạch phổ cập kỹ năng số</h1>"
        "<div class='date'>Ngày đăng: 12/11/2026 16:45</div>"
        f"<div class='content'>{paragraphs}<p style='text-align:right'><b>Trần Thị Mai - "
        "Văn phòng HĐND-UBND xã</b></p></div></div>"
        f"<div class='box'><div class='box-title'>Văn bản mới</div><table>{docs}</table></div>"
        "</div><div class='footer'>Bản quyền thuộc UBND xã Tân Mỹ. Địa chỉ: thôn Trung, xã "
        "Tân Mỹ. Điện thoại: 0200 3600 000.</div></div></body></html>")


def test_a_portal_brief_of_a_hundred_words_is_an_article():
    assert 90 <= sum(word_count(p) for p in BRIEF) <= 120
    got = extract_article(_brief_page(BRIEF), "https://tanmy.example.vn/tin-tuc/ke-hoach-123.html")
    assert got.is_article, got.reason
    assert got.text == "\n\n".join(BRIEF)
    assert got.author == "Trần Thị Mai"
    assert got.published_at == datetime(2026, 11, 12, 16, 45, tzinfo=VN)


def test_the_same_portal_with_teasers_instead_of_the_brief_is_a_listing():
    html = _brief_page(BRIEF).replace(
        "<h1 class='title'>Xã Tân Mỹ triển khai kế hoạch phổ cập kỹ năng số</h1>",
        "<h1 class='title'>Tin tức - Sự kiện</h1>").replace(
        "".join(f"<p>{p}</p>" for p in BRIEF), "".join(
            f'<div class="item"><h3><a href="/tin/{i}.html">Xã tổ chức hội nghị triển khai '
            f'nhiệm vụ trọng tâm tháng {i}</a></h3><p>{BRIEF[0]}</p></div>' for i in range(1, 9)))
    got = extract_article(html, "https://tanmy.example.vn/tin-tuc/")
    assert not got.is_article and got.reason.startswith("listing"), got.reason
