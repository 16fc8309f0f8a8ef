"""A newsroom's or an office's page about itself ("Giới thiệu", "Liên hệ", "Về chúng tôi"): its
history, its editorial board, address, phone, e-mail and licence; prose enough, yet no article.

Told by three signs together, so that a story about the newsroom (dated, at a story's URL) or
an article whose footer names the licence stays an article: the page names itself an about or
contact page (its URL's last segment or its short headline), it shows no publication date
(none declared, no dateline by the headline other than a licence's day or an update stamp),
and its text holds two kinds of masthead or contact details at least. An office's standing
page ("Chức năng, nhiệm vụ …", "Cơ cấu tổ chức", "Lãnh đạo Sở") is told by its headline and
the missing date alone.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from crawler.extraction import dating

#: The last URL segment of an about or contact page ("/gioi-thieu.html", "/lien-he-toa-soan").
_ABOUT_SEGMENT = re.compile(
    r"^(?:gioi-?thieu|lien-?he|ve-chung-toi|thong-tin-toa-soan|about(?:-?us)?|contact(?:-?us)?)"
    r"(?:-[a-z0-9]+){0,3}$")
_EXTENSION = re.compile(r"\.(?:html?|aspx?|php|jsp)$")
#: A short headline naming the page ("Giới thiệu Báo …", "Liên hệ", "Về chúng tôi").
_ABOUT_HEADLINE = re.compile(
    r"^\s*(?:giới\s+thiệu|liên\s+hệ|về\s+chúng\s+tôi|thông\s+tin\s+to[àa]\s+soạn|about(?:\s+us)?"
    r"|contact(?:\s+us)?)\b", re.IGNORECASE)
#: A headline longer than this is a story's ("Giới thiệu ứng dụng đọc báo mới của …").
MAX_HEADLINE_WORDS = 8
#: An office's standing page about itself, named by its headline alone ("Chức năng, nhiệm vụ
#: Sở Tài chính", "Cơ cấu tổ chức", "Lãnh đạo Sở"): undated, it is no article whatever its
#: text holds.
_OFFICE_HEADLINE = re.compile(
    r"^\s*(?:chức\s+năng(?:\s*,?\s*(?:và\s+)?nhiệm\s+vụ)?|cơ\s+cấu\s+tổ\s+chức|sơ\s+đồ\s+tổ\s+chức"
    r"|(?:ban\s+)?lãnh\s+đạo\s+(?:sở|bộ|ban|ủy\s+ban|ubnd|cơ\s+quan|đơn\s+vị|huyện|xã|phường)"
    r"|ban\s+lãnh\s+đạo|lịch\s+sử\s+hình\s+thành|quá\s+trình\s+hình\s+thành|danh\s+bạ)\b",
    re.IGNORECASE)
#: An office's standing page has a headline this short at most.
MAX_OFFICE_HEADLINE_WORDS = 12
#: Masthead and contact details, one pattern a kind.
_DETAILS = (
    re.compile(r"giấy\s+phép\s+(?:số|xuất\s+bản|hoạt\s+động|thiết\s+lập)|\b\d+/GP-",
               re.IGNORECASE),
    re.compile(r"tổng\s+biên\s+tập|ban\s+biên\s+tập|thư\s+ký\s+to[àa]\s+soạn"
               r"|chịu\s+trách\s+nhiệm\s+(?:nội\s+dung|xuất\s+bản)|cơ\s+quan\s+chủ\s+quản",
               re.IGNORECASE),
    re.compile(r"(?:địa\s+chỉ|trụ\s+sở(?:\s+chính)?)\s*:", re.IGNORECASE),
    re.compile(r"(?:điện\s+thoại|đt|hotline|fax|tel)\s*:?\s*\+?\(?\d[\d\s.()-]{6,}"
               r"|(?<![\d/.])0\d{2,3}[.\s]\d{3}[.\s]?\d{3,4}(?![\d/])",  # in a staff table
               re.IGNORECASE),
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
)
#: Kinds of details an about page shows at least.
MIN_DETAILS = 2


def _named(url: str, title: str) -> bool:
    segs = [s for s in urlsplit(url).path.casefold().split("/") if s]
    if segs and _ABOUT_SEGMENT.match(_EXTENSION.sub("", segs[-1])):
        return True
    return len(title.split()) <= MAX_HEADLINE_WORDS and bool(_ABOUT_HEADLINE.match(title))


def _dated(clean: Any, found_meta: dict[str, str], ld: dict[str, Any], page_lines: list[str],
           title_at: int | None) -> bool:
    if dating.declared(found_meta, ld) is not None or dating.microdata(clean) is not None:
        return True
    if title_at is None:
        return False
    # a licence's day is none, nor a page's "Cập nhật" stamp alone
    found = dating.dateline(page_lines, title_at)
    return found is not None and not found[2]


def about_page(url: str, title: str | None, text: str, clean: Any, found_meta: dict[str, str],
               ld: dict[str, Any], page_lines: list[str], title_at: int | None) -> str | None:
    """``"not_article: about_page"`` for a newsroom's about or contact page (``clean``: the
    cleaned page, ``page_lines`` its lines, the headline at ``title_at``), else None."""
    if not title:
        return None
    office = (len(title.split()) <= MAX_OFFICE_HEADLINE_WORDS
              and bool(_OFFICE_HEADLINE.match(title)))
    if not office and not (_named(url, title) and sum(
            bool(kind.search(text)) for kind in _DETAILS) >= MIN_DETAILS):
        return None
    if _dated(clean, found_meta, ld, page_lines, title_at):
        return None
    return "not_article: about_page"
