"""Forum threads: the first post is the article, its poster the author, its date the time.

Keyed on the markup of forum software, never on a host: vBulletin 3 (``post_message_N`` in a
``table#postN``), 4 (``li.postcontainer``) and 5 (``b-post``), XenForo 1 (``li.message``,
``messageText``) and 2 (``article.message--post``, ``bbWrapper``), phpBB 3 (``div.post`` with
``postbody`` / ``postprofile``), MyBB (``post_body`` / ``post_author``) and SMF
(``post_wrapper`` / ``poster``), Discourse's server-rendered view (``crawler-post``),
Invision Community (``article.ipsComment``, ``data-role="commentContent"``, ``cAuthorPane``),
Discuz! (``table.plhin``, ``td.t_f#postmessage_N``, ``authi``, ``authorposton``), FluxBB and
PunBB (``div.blockpost``, ``postmsg``, the poster in ``postleft``, the date the permalink of the
post's heading; the signature is a ``postmsg`` after the message).
Replies, quotes and signatures are not part of the article;
a thread is never a listing.

Numeric dates are read month first only where the software writes them so by default
(vBulletin: ``03-15-2025, 08:40 PM``) and the date cannot be read day first
(``15-03-2025``); a ``datetime`` attribute or a Unix time (XenForo ``data-time``) wins over
the visible text.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lxml import etree

from crawler.dates import VN_TZ, find_dateline, parse_datetime, plausible
from crawler.extraction.dom import lines, remove, select, text


@dataclass(frozen=True)
class Shape:
    """Where one forum software puts a post, its message, poster and date."""

    software: str
    post: str
    message: str
    poster: str
    date: str
    month_first: bool = False
    poster_attr: str | None = None


SHAPES = (
    Shape("xenforo", ".message--post", ".bbWrapper", ".message-name .username, .username",
          "time[datetime]", poster_attr="data-author"),
    Shape("xenforo1", "li.message", "blockquote.messageText, .messageText",
          ".userText .username, .username", ".messageMeta .DateTime, .DateTime",
          poster_attr="data-author"),
    Shape("vbulletin4", "li.postcontainer, li.postbitlegacy, li.postbit",
          "[id^=post_message_]", ".username, .bigusername", ".postdate .date, .postdate",
          month_first=True),
    Shape("vbulletin5", ".b-post", ".js-post__content-text, .b-post__content",
          ".b-userinfo__details .author a, .b-post__author a, .author a",
          "time[datetime], .b-post__timestamp", month_first=True),
    Shape("vbulletin3", "table[id^=post]", "[id^=post_message_]", ".bigusername, .username",
          "td.thead", month_first=True),
    Shape("phpbb", "div.post", ".postbody .content", ".postprofile .username, "
          ".postprofile .username-coloured, .author .username, .author .username-coloured",
          "time[datetime], .postbody .author"),
    Shape("fluxbb", "div.blockpost", ".postright > .postmsg", ".postleft dt strong, .postleft dt",
          "h2 a"),
    Shape("mybb", ".post", ".post_body", ".post_author .largetext a, .post_author a",
          ".post_date"),
    Shape("discourse", ".crawler-post", "[itemprop=text], .post, .cooked",
          ".creator [itemprop=name], .creator a, .username", "time[datetime], .post-time"),
    Shape("invision", "article.ipsComment, article.cPost", "[data-role=commentContent]",
          ".cAuthorPane_author a, .ipsComment_author a", "time[datetime]"),
    Shape("discuz", "table.plhin, table[id^=pid]", "td.t_f, [id^=postmessage_]",
          ".authi a, .pls .authi a", "[id^=authorposton]"),
    Shape("smf", ".post_wrapper", ".post .inner, .inner", ".poster h4 a, .poster a",
          ".keyinfo .smalltext, .postinfo"),
)
#: Quotes of other posts and signatures inside a message.
_QUOTES = ("[data-role=memberSignature], .b-post__sig, .ipsQuote, .bbCodeBlock--quote, "
           ".bbcode_container, .bbcode_quote, .quotecontent, blockquote "
           "blockquote, .signature, .signaturecontainer, .message-signature")


#: Items of a forum's thread list (vBulletin 3/4/5, XenForo 1/2, phpBB, MyBB, SMF, Discourse,
#: Flarum's server-rendered ``DiscussionList``).
_THREAD_ITEMS = etree.XPath(
    "count(//*[contains(concat(' ', normalize-space(@class), ' '), ' threadbit ')"
    " or contains(@class, 'structItem--thread') or contains(@class, 'discussionListItem')"
    " or contains(@id, 'threadbits_') or contains(@class, 'topic-item')"
    " or (contains(@class, 'topiclist') and contains(@class, 'topics'))"
    " or contains(@class, 'inline_row') or contains(@id, 'messageindex')"
    " or contains(@class, 'topic-list-item') or contains(@class, 'DiscussionListItem')"
    " or (self::li and contains(../@class, 'DiscussionList-discussions'))])")
#: A page with this many thread-list items and no post is a forum's list of threads.
THREAD_LIST_ITEMS = 3


def thread_list(tree: Any) -> bool:
    """Whether the page is a forum's list of threads (a listing, never an article)."""
    return _THREAD_ITEMS(tree) >= THREAD_LIST_ITEMS


@dataclass
class Post:
    """The first post of a thread."""

    software: str
    text: str
    poster: str | None
    published: datetime | None


def _date(el: Any, month_first: bool) -> datetime | None:
    """A post's date: ``datetime`` attribute, Unix time (``data-time``), else the text (or
    the ``title`` when the text is relative, "Hôm qua")."""
    value = parse_datetime(el.get("datetime")) if el.get("datetime") else None
    if value:
        return value
    stamp = el.get("data-time") or ""
    if stamp.isdigit() and len(stamp) >= 9:
        value = datetime.fromtimestamp(int(stamp), VN_TZ)
        if plausible(value):
            return value
    shown = text(el)
    if el.get("title") and find_dateline(el.get("title"), month_first=month_first):
        shown = el.get("title")
    for order in ((month_first, not month_first) if month_first else (False,)):
        found = find_dateline(shown, date_only=True, month_first=order)
        if found:
            return found[0]
    return None


#: Class and id fragments of the shapes' posts (a cheap test before any CSS runs).
MARKERS = ("message--post", "messageText", "post_message_", "postcontainer", "postbitlegacy",
           "postbody", "post_body", "post_wrapper", "b-post", "crawler-post", "ipsComment",
           "postmessage_", "blockpost")


_HAS_MARKER = etree.XPath("boolean(//*[" + " or ".join(
    f"contains(@class, '{m}') or contains(@id, '{m}')" for m in MARKERS) + "])")


def first_post(tree: Any) -> Post | None:
    """The thread's first post, or None when the page is not a forum thread (pages without
    any forum marker skip the search: one XPath pass)."""
    if not _HAS_MARKER(tree):
        return None
    for shape in SHAPES:
        for post in select(tree, shape.post):
            message = next(iter(select(post, shape.message)), None)
            poster_el = next(iter(select(post, shape.poster)), None)
            poster = (post.get(shape.poster_attr) if shape.poster_attr else None) or (
                text(poster_el) if poster_el is not None else None)
            if message is None or not poster:
                continue
            dated = next(iter(select(post, shape.date)), None)
            published = _date(dated, shape.month_first) if dated is not None else None
            message = copy.deepcopy(message)
            for quote in select(message, _QUOTES):
                remove(quote)
            body = "\n".join(lines(message))
            return Post(shape.software, body, re.sub(r"\s+", " ", poster).strip(), published)
    return None
