"""extract_article: one page in, title, lead, author, dates, clean text and a verdict out."""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura

from crawler.dates import says_month_first
from crawler.extraction import authors, body, cleaning, dating, entry, floor, forum, listing
from crawler.extraction.about_page import about_page
from crawler.extraction.config import (
    AUTHOR_SELECTORS,
    MIN_WORDS,
    SAPO_SELECTORS,
    TRAFILATURA_OPTIONS,
    generic,
)
from crawler.extraction.dom import first_text, in_teaser, lines, parse, select, text
from crawler.extraction.error_page import error_page
from crawler.extraction.metadata import find_title, json_ld, meta, site_names, title_index
from crawler.extraction.page_evidence import page_listing
from crawler.extraction.schedule_page import schedule_page
from crawler.extraction.section_page import section_page
from crawler.extraction.size import strip_inline_data
from crawler.text import decode_html, normalize_line, normalize_text, word_count


@dataclass
class Extraction:
    """What :func:`extract_article` found on a page.

    ``path`` names the extraction that won (``ours``, ``trafilatura``, ``region``);
    ``skipped_rules`` counts strip rules not applied because they held the article.
    """

    title: str | None = None
    lead: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    text: str = ""
    is_article: bool = False
    reason: str | None = None
    path: str = "ours"
    skipped_rules: int = 0


#: A sapo element stands this many page lines around the headline at most.
SAPO_BEFORE, SAPO_AFTER = 3, 15
#: A sapo is one short paragraph.
SAPO_MAX_WORDS = 90


def _sapo(clean: Any, page_lines: list[str], title_at: int | None) -> str | None:
    """The first sapo element under the headline (a teaser's sapo elsewhere is not the lead)."""
    for el in select(clean, SAPO_SELECTORS):
        found = text(el) if not in_teaser(el) else ""
        if not found or len(found.split()) > SAPO_MAX_WORDS or len(el.findall(".//p")) > 2:
            continue  # a body field ("text-with-summary") is no sapo
        if title_at is None:
            return found
        near = page_lines[max(0, title_at - SAPO_BEFORE):title_at + SAPO_AFTER]
        if any(line == found or (len(line) > 30 and found.startswith(line)) for line in near):
            return found
    return None


#: A bold block under the headline with this many words at least is the lead.
BOLD_LEAD_WORDS = 12
_BLOCK_TAGS = ("p", "div", "td", "h2", "h3")


def _bold_lead(clean: Any, page_lines: list[str], title_at: int | None) -> str | None:
    """A block in bold only, right under the headline and its dateline: the lead of pages
    without a sapo class (old table layouts, portals)."""
    if title_at is None:
        return None
    near = set(page_lines[title_at + 1:title_at + 5])
    for el in clean.iter(*_BLOCK_TAGS):
        shown = text(el)
        if shown not in near or len(shown.split()) < BOLD_LEAD_WORDS or in_teaser(el):
            continue
        bold = normalize_line(" ".join(text(b) for b in el.iter("b", "strong")
                                       if b.getparent() is None or b.getparent().tag not in (
                                           "b", "strong")))
        if bold == shown:
            return shown
    return None


#: A description with this share of its words in the headline only rewords it.
RESTATED_SHARE = 0.8


def _restates(lead: str, title: str) -> bool:
    said = set(re.findall(r"\w+", title.casefold()))
    found = re.findall(r"\w+", lead.casefold())
    return bool(found) and sum(w in said for w in found) >= RESTATED_SHARE * len(found)


def _lead(clean: Any, found: dict[str, str], rules: Any, title: str | None,
          page_lines: list[str], title_at: int | None) -> str | None:
    """The lead (sapo): the site's or a sapo element by the headline, a bold block under it,
    else the page's description; a description that only repeats the title is no lead."""
    lead = (first_text(clean, getattr(rules, "lead", None)) or _sapo(clean, page_lines, title_at)
            or _bold_lead(clean, page_lines, title_at))
    if lead:
        lead = lead if len(lead.split()) >= 6 else None
    if not lead:
        lead = found.get("og:description") or found.get("description") or None
        if lead and title and _restates(lead, title):
            return None  # a description that only rewords the headline adds no lead
    if lead and title and body.same(lead, title):
        return None
    if lead:
        for pattern in generic().prefix:
            match = pattern.match(lead)
            lead = lead[match.end():].lstrip() if match else lead
    return lead


def _our_body(clean: Any, url: str, rules: Any) -> tuple[Any, str]:
    """The content region and trafilatura's text of it (structure restored, captions out)."""
    content = select(clean, getattr(rules, "content", None))
    source = content[0] if content else clean
    raw = trafilatura.extract(lxml.html.tostring(source, encoding="unicode"), url=url,
                              **TRAFILATURA_OPTIONS) or ""
    if not raw and content:
        # trafilatura refuses small nodes; the site's own content selector is trusted
        raw = "\n".join(lines(source))
    raw = body.restore_structure(source, raw)
    caps = body.captions(source)
    if caps:
        raw = "\n".join(line for line in raw.split("\n")
                        if re.sub(r"^[-•]\s+", "", normalize_line(line).strip("| ")) not in caps)
    return source, raw


def _words(paragraphs: list[str]) -> int:
    return sum(word_count(p) for p in paragraphs)


def extract_article(body_: bytes | str, url: str, *, encoding: str | None = None,
                    rules: Any = None) -> Extraction:
    """Extract title, lead, author, dates and clean text from one page.

    ``rules`` is an optional per-site object with CSS ``content``, ``title``, ``lead``,
    ``author``, ``date`` and lists ``strip`` (CSS), ``boilerplate`` and ``prefix`` (regexes).
    """
    if isinstance(body_, bytes):
        html = decode_html(strip_inline_data(body_), encoding)
    else:
        html = unicodedata.normalize("NFC", body_)
    tree = parse(html)
    if tree is None:
        return Extraction(reason="unparsable")
    found_meta = meta(tree)
    ld = json_ld(tree)
    title = find_title(tree, found_meta, ld, rules)
    for story in listing.following_stories(tree, title):
        story.getparent().remove(story)  # the next stories shown in full are not this one

    # remove generic and per-site boilerplate, never the article itself (the floor)
    clean = copy.deepcopy(tree)
    keep = floor.densest(clean)[0]
    skipped = cleaning.strip(clean, list(generic().strip) + list(getattr(rules, "strip", None)
                                                                   or []), keep=keep, title=title)
    cleaning.hidden_panels(clean, keep)  # a documents or comments tab, hidden until clicked
    cleaning.data_blocks(clean)  # an app's state as JSON text
    cleaning.headed_boxes(clean, keep)  # a poll or related box by its heading, any class
    cleaning.unlayout(clean)
    page_lines = lines(clean.find("body") if clean.find("body") is not None else clean)
    title_at = title_index(page_lines, title)
    lead = _lead(clean, found_meta, rules, title, page_lines, title_at)

    post = forum.first_post(tree) if getattr(rules, "content", None) is None else None
    found: dict[str, Any] = {}
    # the headline is one of a run of teasers: a listing, whatever its text (no extraction)
    teaser = listing.headline_teaser(clean, title) if post is None else None
    if post is not None:
        # a forum thread: the first post is the article (replies are not)
        lead, source, raw = None, clean, post.text
    elif teaser is not None:
        source, raw = clean, ""
    else:
        teasers_out = copy.deepcopy(clean)  # ``clean`` keeps its lists: listings are told by them
        cleaning.link_lists(teasers_out)
        source, raw = _our_body(teasers_out, url, rules)
    paragraphs = body.clean_body(raw, title=title, lead=lead, rules=rules, found=found)
    path = "forum" if post is not None else "ours"
    ours = _words(paragraphs)
    region, block = floor.densest(tree)
    shown = title_at is not None  # the headline is on the page, not in the <title> alone
    if post is None and teaser is None and floor.needed(
            ours, block, floor.covered(region, "\n".join(paragraphs))):
        other: dict[str, Any] = {}
        candidate = body.clean_body(floor.plain(html, url), title=title, lead=lead, rules=rules,
                                    found=other)
        joined = "\n".join(candidate)
        if (floor.wins(_words(candidate), ours) and floor.sound(joined, region, block)
                and listing.listing_reason(clean, candidate, title, shown) is None):
            paragraphs, found, path = candidate, {**other, **found}, "trafilatura"
        elif block >= MIN_WORDS and not listing.in_chrome(region):
            # the densest block itself, when ours is near empty or lost it and trafilatura's
            # text is no better (a menu taken for the text)
            other = {}
            candidate = body.clean_body(floor.region_text(region), title=title, lead=lead,
                                        rules=rules, found=other)
            more = ours < MIN_WORDS or floor.wins(_words(candidate), ours)
            if (more and _words(candidate) >= MIN_WORDS
                    and listing.listing_reason(clean, candidate, title, shown) is None):
                paragraphs, found, path = candidate, {**other, **found}, "region"
    if found.get("lead_in_body"):
        lead = None  # the lead was a cut copy of the first paragraph
    text = normalize_text("\n".join(paragraphs))

    own = entry.entry(tree, title)  # the post's header and footer, stripped from ``clean``
    published, byline, modified = _dates(url, clean, source, found_meta, ld, page_lines,
                                         title_at, rules, found, own)
    if post is not None and post.published is not None:
        published = post.published
    if published is not None:
        published = dating.script_time(published, tree)
    sites = site_names(found_meta, tree, ld) | authors.site_owner(page_lines)
    accounts: list[str] = []
    bylines, by_class = authors.byline_elements(clean, AUTHOR_SELECTORS)
    author = (
        first_text(clean, getattr(rules, "author", None))
        or (post.poster if post is not None else None)
        or authors.account(found_meta.get("author") or found_meta.get("article:author"), sites,
                           found_meta.get("generator"))
        or authors.account(authors.ld_author(ld), sites, found_meta.get("generator"))
        or authors.microdata_author(tree, sites)
        or authors.usable(byline, sites) or authors.usable(found.get("body_author"), sites)
        or authors.usable(found.get("footer_author"), sites)
        or authors.element_author((el for el in bylines if not in_teaser(el)), sites, accounts,
                                  by_class)
        or authors.header_byline(page_lines, title_at, sites)
        or authors.usable(found.get("credit_author"), sites)
        or authors.usable(found.get("tail_author"), sites)
        or authors.usable(authors.after_body(page_lines, paragraphs[-1] if paragraphs else None,
                                             sites), sites)
        or entry.entry_author(own, sites)
        or authors.element_author(authors.beside_headline(tree, AUTHOR_SELECTORS), sites)
        or (accounts[0] if accounts else None)  # a user name when nobody else is credited
    )

    result = Extraction(title=title, lead=lead, author=author, published_at=published,
                        modified_at=modified, text=text, path=path, skipped_rules=skipped)
    # a thread's posts are repeated blocks with links, yet no listing; a listing whose text
    # is short is told as a listing all the same
    reason = teaser or (listing.listing_reason(clean, paragraphs, title, shown) if post is None
                        else None)
    page_title = tree.findtext(".//title") or ""
    if reason is None and post is None:
        reason = page_listing(clean, found_meta, url, title, page_title)
    if reason is None and post is None:
        reason = section_page(tree, clean, url, title)
    if reason is None and post is None and forum.thread_list(tree):
        reason = "listing: a forum's thread list"
    if reason is None:
        reason = next(filter(None, (error_page(name, text) for name in (
            title, page_title, re.split(r"\s[|–—-]\s", page_title)[0]))), None)
    if reason is None and post is None:
        reason = about_page(url, title, text, clean, found_meta, ld, page_lines, title_at)
    if reason is None and post is None:
        reason = schedule_page(title, text)
    if not title:
        reason = "no_title"
    elif reason is None and word_count(text) < MIN_WORDS:
        reason = f"too_short: {word_count(text)} words"
    result.is_article = reason is None
    result.reason = reason
    return result


def _dates(url: str, clean: Any, source: Any, found_meta: dict[str, str], ld: dict[str, Any],
           page_lines: list[str], title_at: int | None, rules: Any, found: dict[str, Any],
           own: Any = None) -> tuple[datetime | None, str | None, datetime | None]:
    """Publication time, the dateline's byline, modification time (article region only)."""
    month_first = says_month_first(found_meta.get("generator"), "\n".join(page_lines[:400]))
    ruled = dating.ruled_date(clean, rules)
    published = (ruled or dating.declared(found_meta, ld)
                 or dating.microdata(clean) or entry.entry_date(own))
    byline = None
    header_update = False
    if title_at is not None:
        dated = dating.dateline(page_lines, title_at, month_first, dating.link_lines(clean))
        if dated:
            shown, timed = dated[0], (dated[0].hour, dated[0].minute) != (0, 0)
            if published is None:
                published, header_update = shown, dated[2]
            elif (published.date() == shown.date() and (published.hour, published.minute)
                  == (0, 0) and timed):
                published = shown  # metadata with the day only, the dateline with its time
            elif (ruled is None and timed and not dated[2]
                  and published.astimezone(shown.tzinfo).date() != shown.date()):
                published = shown  # a stale declared date: the header shows another day
            byline = dated[1]
    published = published or found.get("body_date")
    published = published or entry.entry_date(own, month_first, machine=False)
    published = published or dating.region_date(clean, month_first)
    if published is None:
        published = dating.htmldate_region(source if source is not None else clean, url)
    if published is not None:
        published = dating.with_time(published, clean)
    modified = dating.declared_modified(found_meta, ld)
    if modified is None and title_at is not None and not header_update:
        updated = dating.updated_line(page_lines, title_at, month_first)
        modified = updated if updated and updated != published else None
    return published, byline, modified
