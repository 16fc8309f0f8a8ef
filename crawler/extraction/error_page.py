"""Error pages served with status 200 ("soft 404s"): a portal's "page not found" with its full
chrome, an apology and a few links is no article, however many words its menus leave."""

from __future__ import annotations

import re

#: A headline that announces an error, not a story (matched on the whole, short headline).
_ERROR = re.compile(
    r"^\s*(?:lỗi\s*)?(?:404|410|500)\s*(?:$|[-–—:|.!]|\s+(?:not\s+found|error|lỗi))"
    r"|không\s+tìm\s+thấy\s+(?:trang|nội\s+dung|bài\s+viết|tin\s+bài|đường\s+dẫn|dữ\s+liệu)"
    r"|(?:trang|nội\s+dung|bài\s+viết|tin\s+bài|đường\s+dẫn)(?:\s+(?:này|bạn\s+\S+(?:\s+\S+)?))?"
    r"\s+(?:không|chưa)\s+(?:tồn\s+tại|được\s+tìm\s+thấy)"
    r"|\bpage\s+not\s+found\b|^\s*not\s+found\s*$|\blỗi\s+404\b|\berror\s+404\b"
    r"|đã\s+(?:bị\s+)?(?:xóa|xoá|gỡ\s+bỏ)\s+hoặc\s+không\s+tồn\s+tại"
    r"|không\s+tồn\s+tại\s+hoặc\s+đã\s+(?:bị\s+)?(?:xóa|xoá|gỡ)",
    re.IGNORECASE)
#: Longer than this, a headline is a story's (which may quote such words).
MAX_HEADLINE_WORDS = 12
#: An error page's own text (apology, suggestions) stays short.
MAX_TEXT_WORDS = 200
#: The opening of the text where an apology repeats the error.
OPENING_WORDS = 40


def error_page(title: str | None, text: str | None) -> str | None:
    """``"error_page: <headline>"`` when the headline announces a missing page or an error and
    the text is an apology's length or opens by repeating it, else None."""
    if not title or len(title.split()) > MAX_HEADLINE_WORDS or not _ERROR.search(title):
        return None
    first = " ".join((text or "").split()[:OPENING_WORDS])
    # the apology under the headline says it again: the suggested stories after it, however
    # long, are no article either
    if len((text or "").split()) > MAX_TEXT_WORDS and not _ERROR.search(first):
        return None
    return f"error_page: {title.strip()[:80]}"
