"""An office's work schedule ("Lịch công tác tuần 36", "Lịch tiếp công dân"): a table of days,
hours, tasks and the leaders in charge. It holds dates and words enough for an article, yet it
reports nothing; told by its headline and by its text being mostly the table's rows.
"""

from __future__ import annotations

import re

#: A schedule's headline ("Lịch công tác tuần …", "Lịch làm việc của lãnh đạo …").
_SCHEDULE_HEADLINE = re.compile(
    r"^\s*lịch\s+(?:công\s+tác|làm\s+việc|tiếp\s+công\s+dân|trực|họp|giao\s+ban)\b",
    re.IGNORECASE)
#: A schedule's headline has this many words at most (a story's is longer).
MAX_HEADLINE_WORDS = 14
#: Share of the text's words in table rows that makes the page a table.
TABLE_SHARE = 0.5


def _table_share(text: str) -> float:
    lines = [line for line in text.split("\n") if line.strip()]
    total = sum(len(line.split()) for line in lines)
    rows = sum(len(line.split()) for line in lines if line.lstrip().startswith("|"))
    return rows / total if total else 0.0


def schedule_page(title: str | None, text: str) -> str | None:
    """``"not_article: schedule"`` for a work schedule (its headline, its text mostly table
    rows), else None."""
    if not title or len(title.split()) > MAX_HEADLINE_WORDS:
        return None
    if not _SCHEDULE_HEADLINE.match(title) or _table_share(text) < TABLE_SHARE:
        return None
    return "not_article: schedule"
