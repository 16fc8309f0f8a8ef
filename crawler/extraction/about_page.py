"""A newsroom's or an office's page about itself ("Giới thiệu", "Liên hệ", "Về chúng tôi"): its
history, its editorial board, address, phone, e-mail and licence; prose enough, yet no article.

Told by three signs together, so that a story about the newsroom (dated, at a story's URL) or
an article whose footer names the licence stays an article: the page names itself an about or
contact page (its URL's last segment or its short headline), it shows no publication date
(none declared, no dateline by the headline other than a licence's day), and its text holds
two kinds of masthead or contact details at least.
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
#: Masthead and contact details, one pattern a kind.
_DETAILS = (
    re.compile(r"giấy\s+phép\s+(?:số|xuất\s+bản|hoạt\s+động|thiết\s+lập)|\b\d+/GP-",
               re.IGNORECASE),
    re.compile(r"tổng\s+biên\s+tập|ban\s+biên\s+tập|thư\s+ký\s+to[àa]\s+soạn"
               r"|chịu\s+trách\s+nhiệm\s+(?:nội\s+dung|xuất\s+bản)|cơ\s+quan\s+chủ\s+quản",
               re.IGNORECASE),
    re.compile(r"(?:địa\s+chỉ|trụ\s+sở(?:\s+chính)?)\s*:", re.IGNORECASE),
    re.compile(r"(?:điện\s+thoại|đt|hotline|fax|tel)\s*:?\s*\+?\(?\d[\d\s.()-]{6,}",
               re.IGNORECASE),
    re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"),
)
#: Kinds of details an about page shows at least.
MIN_DETAILS = 2
#: A line stating when a licence was granted or the paper founded: its day is no dateline.
_NOT_DATELINE = re.compile(r"giấy\s+phép|cấp\s+ngày|thành\s+lập|ra\s+số\s+đầu|/GP-",
                           re.IGNORECASE)


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
    shown = ["" if _NOT_DATELINE.search(line) else line for line in page_lines]
    return dating.dateline(shown, title_at) is not None


def about_page(url: str, title: str | None, text: str, clean: Any, found_meta: dict[str, str],
               ld: dict[str, Any], page_lines: list[str], title_at: int | None) -> str | None:
    """``"not_article: about_page"`` for a newsroom's about or contact page (``clean``: the
    cleaned page, ``page_lines`` its lines, the headline at ``title_at``), else None."""
    if not title or not _named(url, title):
        return None
    if sum(bool(kind.search(text)) for kind in _DETAILS) < MIN_DETAILS:
        return None
    if _dated(clean, found_meta, ld, page_lines, title_at):
        return None
    return "not_article: about_page"
