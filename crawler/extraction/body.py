"""The body: trafilatura's text cleaned line by line (boilerplate, related lists, title and
lead repeats, datelines, credits), structure put back, captions dropped, listings told apart."""

from __future__ import annotations

import re
from typing import Any

from crawler.dates import find_dateline, is_date_label
from crawler.extraction.authors import (
    POSTED,
    TACGIA,
    THEO_CREDIT,
    byline_author,
    credit_line,
    display,
    is_account,
    is_name,
    mixed_credit,
    role_credit,
    slash_credit,
    tail_credit,
    theo_credit,
)
from crawler.extraction.config import generic, regexes
from crawler.extraction.dom import json_text
from crawler.extraction.dom import text as _text
from crawler.extraction.listing import listing_reason
from crawler.extraction.offices import is_office
from crawler.text import normalize_line, word_count


def same(a: str, b: str) -> bool:
    a, b = a.casefold().rstrip(" .…"), b.casefold().rstrip(" .…")
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) > 40 and long_.startswith(short)




#: Lines this short above a repeated title are category and kicker lines, not body.
KICKER_WORDS = 14
#: Lines this short before a dateline are the article header's (category, byline), not body.
HEADER_LINE_WORDS = 6


def _truncated(lead: str, line: str) -> bool:
    """Whether ``lead`` is a cut copy of the longer ``line`` (a meta description)."""
    return len(line) > len(lead.rstrip(" .…")) + 10


def clean_body(raw: str, *, title: str | None, lead: str | None, rules: Any,
               found: dict[str, Any]) -> list[str]:
    """The body's paragraphs; credits, datelines and trailing names found go to ``found``."""
    rules_g = generic()
    site_boilerplate = regexes(getattr(rules, "boilerplate", None))  # re.search, per registry
    prefixes = regexes(getattr(rules, "prefix", None)) + list(rules_g.prefix)
    paragraphs: list[str] = []
    in_related = False
    for line in raw.split("\n"):
        line = normalize_line(line)
        line = re.sub(r"^[-•]\s+(?=\S)", "", line) if line.startswith(("- ", "• ")) else line
        if not line.strip("| ") or json_text(line) or _VIEWS.match(line):
            continue  # an empty table row (a picture's), app state, a view counter
        if rules_g.stop.match(line):
            break
        if rules_g.related.match(line):
            in_related = True
            continue
        if in_related:
            if len(line.split()) <= 15 or not line.endswith((".", "!", "?", "…", "”", '"')):
                continue
            in_related = False
        if ":" in line[:30] and credit_line(line):  # a designer alone credits no author
            credit = role_credit(line)
            if credit:
                found.setdefault("footer_author", credit)
            continue
        tacgia = TACGIA.match(line)
        if tacgia:
            found.setdefault("footer_author", normalize_line(tacgia.group(1)).rstrip("."))
            continue
        if THEO_CREDIT.match(line):
            credit = theo_credit(line)  # the person; an outlet is no author
            if credit:
                found.setdefault("credit_author", credit)
            continue
        if any(p.match(line) for p in rules_g.boilerplate) or any(
                p.search(line) for p in site_boilerplate):
            continue
        if title and same(line, title):
            if len(paragraphs) <= 3 and all(len(p.split()) <= KICKER_WORDS for p in paragraphs):
                paragraphs.clear()  # category and kicker lines above the repeated title
            elif sum(word_count(p) for p in paragraphs) >= 50:
                break  # the title again after the body: the header (or another page) follows
            continue
        if lead and same(line, lead):
            if _truncated(lead, line):
                found["lead_in_body"] = True  # a cut description: the paragraph is whole
            else:
                continue
        dated = find_dateline(line[:60])
        if dated is None and len(line) <= 60:
            dated = find_dateline(line, date_only=True)  # "Ngày cập nhật 03/05/2024" alone
            if dated and not (is_date_label(line[:dated[1][0]])
                              and not line[dated[1][1]:].strip(" ,-–—|)")):
                dated = None
        if dated and dated[1][0] <= 40:
            value, (begin, end) = dated
            author = byline_author(line[:begin])
            labelled = is_date_label(line[:begin]) and not _VIEWS.sub(
                "", line[end:].strip(" ,-–—|)"))  # "… 03/10/2025 Lượt xem: 1.027"
            poster = _poster(line[:begin])
            if poster and not is_account(poster):
                author = author or display(poster)
            if begin == 0 or author is not None or labelled or poster:
                rest = _VIEWS.sub("", line[end:].strip(" ,-–—|"))
                header = all(len(p.split()) <= HEADER_LINE_WORDS for p in paragraphs)
                if not rest and len(paragraphs) >= 2 and not header:
                    break  # a second, bare date after the body: related items follow
                if header and len(paragraphs) <= 4:
                    paragraphs.clear()  # byline, category lines of the header above its date
                found.setdefault("body_date", value)
                if author:
                    found.setdefault("body_author", author)
                line = rest
                if not line:
                    continue
        if paragraphs and line == paragraphs[-1]:
            continue
        paragraphs.append(line)
    if paragraphs:
        first = paragraphs[0]
        for pattern in prefixes:
            match = pattern.match(first)
            if match:
                first = first[match.end():].lstrip()
        if lead and same(first, lead) and not _truncated(lead, first):
            paragraphs.pop(0)
        else:
            paragraphs[0] = first
    while paragraphs:
        last = paragraphs[-1]
        if mixed_credit(last):
            found.setdefault("tail_author", mixed_credit(last))
        elif is_office(last) and word_count(last) <= 14 and not re.search(r"[.!?:;]", last):
            pass  # an office signs: the credit is no body, and no author
        elif _FIELD_LABEL.match(last):
            pass  # a CMS field's label left without its items ("Thẻ", "Tags")
        elif is_name(last):
            found.setdefault("tail_author", display(last))
        elif tail_credit(last) or role_credit(last) or slash_credit(last):
            found.setdefault("tail_author",
                             tail_credit(last) or role_credit(last) or slash_credit(last))
        else:
            break
        paragraphs.pop()
    return [p for p in paragraphs if p]


#: The label of a CMS field under the body whose items (linked terms) are gone.
_FIELD_LABEL = re.compile(r"^(?:tags?|thẻ|nhãn|từ\s+kho[áa]|keywords?|chủ\s+đề|labels?|topics?)"
                          r"\s*:?$", re.IGNORECASE)


#: A CMS's submitted line: ``Gửi bởi admin vào Thứ 3, 12/03/2024 - 09:15`` (Drupal),
#: ``Posted by X on …``; the poster is an account or a name.
_POSTED_BY = re.compile(r"^(?:(?:được\s+)?(?:gửi|đăng|viết)\s+bởi|posted by|submitted by|"
                        r"written by)\b", re.IGNORECASE)


def _poster(prefix: str) -> str | None:
    """The poster named before the date of a submitted line, else None."""
    posted = POSTED.match(prefix.strip()) if _POSTED_BY.match(prefix) else None
    name = posted["name"].strip(" :") if posted else ""
    return name if name and len(name.split()) <= 5 and (is_account(name) or is_name(name)) \
        else None


#: A view counter beside a dateline ("Lượt xem: 1.027").
_VIEWS = re.compile(r"^(?:số\s+)?(?:lượt xem|lượt đọc|lượt truy cập|views?)\s*:?\s*[\d.,]+$",
                    re.IGNORECASE)
_TEXT_BLOCKS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_STRUCTURE = {"h2", "h3", "h4", "h5", "h6", "li"}


#: Paragraphs are "spread over blocks" when no one parent holds this share of them.
SPREAD_SHARE = 0.8


def restore_structure(tree: Any, raw: str) -> str:
    """Put back subheadings, list items and pull quotes (``div`` with a ``quote`` class)
    trafilatura dropped between its own paragraphs.

    The element holding most of trafilatura's ``<p>`` paragraphs is read in document order;
    a heading or list item lying between two extracted paragraphs is inserted before the next.
    """
    extracted = [normalize_line(line) for line in raw.split("\n") if line.strip()]
    keys = [re.sub(r"^[-•]\s+", "", line) for line in extracted]
    wanted = set(keys)
    parents: dict[Any, int] = {}
    matched = []
    for el in tree.iter("p"):
        if _text(el) in wanted:
            parents[el.getparent()] = parents.get(el.getparent(), 0) + 1
            matched.append(el)
    if not parents:
        return raw
    container, hits = max(parents.items(), key=lambda kv: kv[1])
    if hits < SPREAD_SHARE * len(matched):
        # paragraphs spread over blocks of one kind (SharePoint web parts, e-magazine
        # chapters): their closest common ancestor holds the subheadings and lists between
        kinds: dict[tuple[str, str], set[Any]] = {}
        for parent in parents:
            kinds.setdefault((parent.tag, parent.get("class") or ""), set()).add(parent)
        blocks = max(kinds.values(), key=len)
        shared = _common_ancestor(list(blocks)) if len(blocks) >= 2 else None
        container, hits = (shared, len(matched)) if shared is not None else (container, hits)
    if container is None or hits < 2:
        return raw
    before: dict[str, list[str]] = {}
    pending: list[str] = []
    seen_first, last = False, None
    for el in container.iter(*_TEXT_BLOCKS, "div"):
        quote = el.tag == "div" and "quote" in (el.get("class") or "").casefold() and not any(
            _text(p) in wanted for p in el.iter("p"))  # a wrapper of body paragraphs is no quote
        if el.tag == "div" and not quote:
            continue
        text = _text(el)
        if not text or el.getparent().tag in _TEXT_BLOCKS:
            continue
        if text in wanted:
            if seen_first and pending:
                before.setdefault(text, []).extend(pending)
            pending, seen_first, last = [], True, el
        elif seen_first and (el.tag in _STRUCTURE or quote) and el.find(".//a") is None:
            pending.append(text)  # linked items are related lists: left out
    after = _closing_list(last, wanted) if seen_first else []
    if not before and not after:
        return raw
    out: list[str] = []
    for line, key in zip(extracted, keys, strict=True):
        out.extend(before.pop(key, []))
        out.append(line)
    return "\n".join(out + after)


def _closing_list(last: Any, wanted: set[str]) -> list[str]:
    """The items of a list right after the body's last paragraph (the next element, no links
    in it), which trafilatura dropped: a short item closing with "ba nội dung:" and its list."""
    if last is None or last.tag != "p" or not _text(last).endswith(":"):
        return []
    nxt = last.getnext()
    if nxt is None or nxt.tag not in ("ul", "ol") or nxt.find(".//a") is not None:
        return []
    items = [_text(li) for li in nxt if li.tag == "li"]
    return [item for item in items if item and item not in wanted]


def _common_ancestor(elements: list[Any]) -> Any:
    """The closest element holding all ``elements`` (one of them, when it holds the rest)."""
    shared = [elements[0], *elements[0].iterancestors()]
    for el in elements[1:]:
        mine = {el, *el.iterancestors()}
        shared = [a for a in shared if a in mine]
    return shared[0] if shared else None


def captions(tree: Any) -> set[str]:
    """Texts of short blocks that sit right after an image (or beside it in its block)."""
    found: set[str] = set()
    for img in tree.iter("img"):
        block = img
        while block.getparent() is not None and block.tag not in (
                "p", "div", "figure", "center", "td", "table") and block.getparent().tag != "body":
            block = block.getparent()
        own = normalize_line(block.text_content() or "")
        if own and len(own.split()) <= 30:
            found.add(own)  # <p><img><br>caption</p>, <div><img><em>caption</em></div>
        row = block.getparent() if block.tag == "td" else None
        if row is not None and row.tag == "tr" and len(row) == 1 and not own:
            below = row.getnext()  # an image table: the caption is the next row's only cell
            if below is not None and len(below) == 1 and below.find(".//img") is None:
                caption = _text(below)
                if caption and len(caption.split()) <= 30:
                    found.add(caption)
            continue
        nxt = block.getnext()
        if nxt is None or nxt.tag not in ("p", "div", "em", "span"):
            continue
        text = _text(nxt)
        bold = "".join(_text(b) for b in nxt.iter("strong", "b"))
        if bold and bold == text:
            continue  # a bold subheading, not a caption
        italic = normalize_line(" ".join(_text(i) for i in nxt.iter("em", "i")))
        if text and italic == text and len(text.split()) <= 30 and nxt.find(".//img") is None:
            found.add(text)  # an italic line under the image: its caption, sentence or not
            continue
        # an unmarked caption: short, one line, no final punctuation (a sentence would have it)
        if text and len(text.split()) <= 25 and not re.search(r"[.!?…:;\"”)]$", text) \
                and nxt.find(".//img") is None:
            found.add(text)
    return found


__all__ = ["captions", "clean_body", "listing_reason", "restore_structure", "same"]
