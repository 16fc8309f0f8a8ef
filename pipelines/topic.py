"""CĐS topic filter: the lexicon (``seeds/lexicon.yaml``), scoring and the Scrapy pipeline."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from scrapy.exceptions import DropItem

from crawler.text import normalize_text, strip_diacritics

DEFAULT_LEXICON = Path(__file__).resolve().parent.parent / "seeds" / "lexicon.yaml"
FIELDS = ("title", "lead", "text")
# Old-style tone placement folded to the modern one before matching (uỷ -> ủy, hoá -> hóa).
_OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
              "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
              "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_TONE_RE = re.compile("|".join(_OLD_TONES))


@dataclass(frozen=True)
class Term:
    name: str
    tier: str
    weight: float
    folded: tuple[re.Pattern[str], ...]  # on folded, lower-cased text
    exact: tuple[re.Pattern[str], ...]  # case-sensitive, on NFC text
    ascii: tuple[re.Pattern[str], ...]  # on diacritics-free lower-cased text
    ascii_exact: tuple[re.Pattern[str], ...]  # case-sensitive, diacritics-free


@dataclass(frozen=True)
class Lexicon:
    terms: tuple[Term, ...]
    negatives: re.Pattern[str] | None
    field_weights: dict[str, float]
    repeat_bonus: float = 0.1
    repeat_cap: float = 0.5


@dataclass
class TopicScore:
    topics: list[str] = field(default_factory=list)
    relevance: float = 0.0


def fold(s: str) -> str:
    """NFC, lower case, modern tone placement: the form every lexicon pattern is matched on."""
    s = normalize_text(s).lower()
    return _OLD_TONE_RE.sub(lambda m: _OLD_TONES[m.group()], s)


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _bounded(body: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read the lexicon YAML (default ``seeds/lexicon.yaml``)."""
    data = yaml.safe_load(Path(path or DEFAULT_LEXICON).read_text(encoding="utf-8"))
    tiers = {"strong": 1.0, "supporting": 0.5, **(data.get("tier_weights") or {})}
    terms = []
    for entry in data["terms"]:
        folded = [_bounded(_words(fold(p))) for p in entry.get("patterns", [])]
        folded += [_bounded(fold(r)) for r in entry.get("regex", [])]
        terms.append(Term(
            name=entry["name"],
            tier=entry["tier"],
            weight=float(entry.get("weight", tiers[entry["tier"]])),
            folded=tuple(folded),
            exact=tuple(_bounded(_words(p)) for p in entry.get("exact", [])),
            ascii=tuple(_bounded(_words(p.lower())) for p in entry.get("ascii", [])),
            ascii_exact=tuple(_bounded(_words(p)) for p in entry.get("ascii_exact", [])),
        ))
    negatives = [_words(fold(n)) for n in data.get("negatives", [])]
    negatives.sort(key=len, reverse=True)
    return Lexicon(
        terms=tuple(terms),
        negatives=_bounded("|".join(negatives)) if negatives else None,
        field_weights={"title": 1.5, "lead": 1.25, "text": 1.0, **data.get("field_weights", {})},
        repeat_bonus=float(data.get("repeat_bonus", 0.1)),
        repeat_cap=float(data.get("repeat_cap", 0.5)),
    )


def _views(text: str, lexicon: Lexicon) -> tuple[str, str, str, str]:
    """The four texts patterns run on, with negative look-alikes blanked out."""
    nfc = normalize_text(text)
    folded = fold(nfc)
    if lexicon.negatives is not None:
        # blank look-alikes in both views; lower() keeps Vietnamese string lengths
        spans = [m.span() for m in lexicon.negatives.finditer(folded)]
        if len(folded) == len(nfc):
            for start, end in spans:
                nfc = nfc[:start] + " " * (end - start) + nfc[end:]
        folded = lexicon.negatives.sub(lambda m: " " * len(m.group()), folded)
    plain = strip_diacritics(nfc)
    return folded, nfc, plain.lower(), plain


def _count(term: Term, views: tuple[str, str, str, str]) -> int:
    groups = (term.folded, term.exact, term.ascii, term.ascii_exact)
    best = 0
    for patterns, view in zip(groups, views, strict=True):
        best = max(best, sum(len(p.findall(view)) for p in patterns))
    return best


def score(title: str | None, lead: str | None, text: str | None, lexicon: Lexicon) -> TopicScore:
    """Score title, lead and body (never sidebars) against the lexicon."""
    views = {name: _views(value or "", lexicon) for name, value in zip(
        FIELDS, (title, lead, text), strict=True)}
    raw = 0.0
    topics: list[str] = []
    for term in lexicon.terms:
        counts = {name: _count(term, v) for name, v in views.items()}
        total = sum(counts.values())
        if not total:
            continue
        topics.append(term.name)
        best_field = max(lexicon.field_weights[n] for n, c in counts.items() if c)
        raw += term.weight * best_field
        if term.tier == "strong":
            raw += min(lexicon.repeat_cap, lexicon.repeat_bonus * (total - 1))
    relevance = round(1.0 - math.pow(2.0, -raw), 4) if raw else 0.0
    return TopicScore(topics=topics, relevance=relevance)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


class TopicFilterPipeline:
    """Sets ``topics`` and ``relevance``; drops off-topic items (``DropItem("off_topic: …")``).

    Settings: ``CDS_TOPIC_THRESHOLD`` (default 0.5), ``CDS_LEXICON_FILE`` (default
    ``seeds/lexicon.yaml``). Sources with ``topic_filter: false`` in
    ``spider.sources_by_id`` keep every item.
    """

    def __init__(self, threshold: float = 0.5, lexicon_file: str | None = None) -> None:
        self.threshold = threshold
        self.lexicon = load_lexicon(lexicon_file or None)

    @classmethod
    def from_crawler(cls, crawler: Any) -> TopicFilterPipeline:
        settings = crawler.settings
        return cls(settings.getfloat("CDS_TOPIC_THRESHOLD", 0.5),
                   settings.get("CDS_LEXICON_FILE") or None)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        result = score(item.get("title"), item.get("lead"), item.get("text"), self.lexicon)
        item["topics"] = result.topics
        item["relevance"] = result.relevance
        source = (getattr(spider, "sources_by_id", None) or {}).get(item.get("source"))
        if source is not None and _get(source, "topic_filter", True) is False:
            return item
        if result.relevance < self.threshold:
            raise DropItem(
                f"off_topic: relevance {result.relevance:.2f} < {self.threshold:g}"
                f" (terms: {', '.join(result.topics) or 'none'})"
            )
        return item
