"""CĐS topic filter: the lexicon (``seeds/lexicon.yaml``), scoring and the Scrapy pipeline.

:func:`score` counts exactly what ``findall`` of each lexicon pattern on each view of each field
would (``tests/data/topic_golden.json`` holds outputs of that plain implementation), but without
running every pattern everywhere: the plain phrases of a view, most of the lexicon, are found
together by one scan of all fields that tells where each may start (:class:`_Phrases`); other
patterns run on the fields that contain their longest literal piece, searched without their
leading ``(?<!\\w)`` (which keeps ``re`` from scanning for a literal prefix) and with the
look-behind checked on each hit (:class:`_Rule`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate, groupby
from pathlib import Path
from re import _constants as sre  # the parser's op codes (private, stable since Python 3.11)
from re import _parser as sre_parse
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
# one character class per first letter: fewer branches for re to try than 15 alternatives
_OLD_TONE_RE = re.compile("(" + "|".join(
    first + "[" + "".join(old[1] for old in _OLD_TONES if old[0] == first) + "]"
    for first in sorted({old[0] for old in _OLD_TONES})) + ")")
_LEFT = r"(?<!\w)"
_GROUPS = ("folded", "exact", "ascii", "ascii_exact")  # Term fields, one per view
_WORD = re.compile(r"\w+")
_MIN_PHRASES = 16  # fewer plain phrases are cheaper to look up one by one


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

    @cached_property
    def _matcher(self) -> _Matcher:
        """The terms' and negatives' patterns, prepared for :func:`score`."""
        return _Matcher(self)


@dataclass
class TopicScore:
    topics: list[str] = field(default_factory=list)
    relevance: float = 0.0


def fold(s: str) -> str:
    """NFC, lower case, modern tone placement: the form every lexicon pattern is matched on."""
    return _modern_tones(normalize_text(s).lower())


def _modern_tones(s: str) -> str:
    parts = _OLD_TONE_RE.split(s)
    parts[1::2] = [_OLD_TONES[old] for old in parts[1::2]]
    return "".join(parts)


def _words(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _bounded(body: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(rf"{_LEFT}(?:{body})(?!\w)", flags)


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
    negatives = [" ".join(fold(n).split()) for n in data.get("negatives", [])]
    return Lexicon(
        terms=tuple(terms),
        negatives=_bounded(_trie(negatives, r"\s+")) if negatives else None,
        field_weights={"title": 1.5, "lead": 1.25, "text": 1.0, **data.get("field_weights", {})},
        repeat_bonus=float(data.get("repeat_bonus", 0.1)),
        repeat_cap=float(data.get("repeat_cap", 0.5)),
    )


class _Rule:
    """One pattern of one term, matched as ``pattern.finditer`` would, only faster.

    A ``(?<!\\w)…`` pattern that cannot match empty is searched without its look-behind (so
    ``re`` scans for the literal prefix) and the look-behind is tried on each hit: a miss resumes
    one character later, as ``re`` itself would. ``piece`` is the longest literal run every match
    contains. ``words`` are set for a plain phrase (a word character, then literals and
    whitespace, bounded on both sides): its ``\\w`` runs, one space apart.
    """

    def __init__(self, term: int, pattern: re.Pattern[str]) -> None:
        self.term, self.pattern = term, pattern
        self.left = re.compile(_LEFT, pattern.flags)
        items = sre_parse.parse(pattern.pattern, pattern.flags)
        self.fast = _without_look_behind(pattern, items)
        self.piece = "" if pattern.flags & re.IGNORECASE else _longest_piece(items)
        plain = self.fast is not pattern and pattern.flags == re.UNICODE
        self.words = _phrase_words(items) if plain else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """What ``pattern.finditer(text)`` spans."""
        if self.fast is self.pattern:
            return [m.span() for m in self.pattern.finditer(text)]
        spans: list[tuple[int, int]] = []
        pos = 0
        while True:
            for m in self.fast.finditer(text, pos):
                if not self.left.match(text, m.start()):  # no match here: go on one char later
                    pos = m.start() + 1
                    break
                spans.append(m.span())
            else:
                return spans

    def count_at(self, text: str, starts: list[int]) -> int:
        """``len(pattern.findall(text))``, for a plain phrase that can only start at ``starts``
        (ascending)."""
        n = end = 0
        for start in starts:
            if start >= end and (m := self.fast.match(text, start)) and self.left.match(
                    text, start):
                n += 1
                end = m.end()
        return n


def _without_look_behind(pattern: re.Pattern[str], items: sre_parse.SubPattern,
                         ) -> re.Pattern[str]:
    """``pattern`` without its leading ``(?<!\\w)``, if it has one and cannot match empty."""
    if (pattern.pattern.startswith(_LEFT) and _is_word_check(items[0], -1)
            and items[1:].getwidth()[0]):
        return re.compile(pattern.pattern.removeprefix(_LEFT), pattern.flags)
    return pattern


def _longest_piece(items: sre_parse.SubPattern) -> str:
    """The longest run of literal characters every match contains ("" if none)."""
    runs = ("".join(run) for known, run in groupby(_literals(items, ""), key=bool) if known)
    return max(runs, key=lambda run: (len(run), run), default="")


def _phrase_words(items: sre_parse.SubPattern) -> str | None:
    """For a bounded pattern whose body is literals and whitespace, starting with a word
    character: its ``\\w`` runs, one space apart."""
    chars = _literals(items, " ")[1:-1]
    phrase = "".join(chars)
    if all(chars) and _WORD.match(phrase) and _is_word_check(items[-1], 1):
        return " ".join(_WORD.findall(phrase))
    return None


def _literals(items: sre_parse.SubPattern, space: str) -> list[str]:
    """What each top-level item matches: its character, ``space`` for a whitespace run, ""
    if anything else."""
    return [chr(av) if op is sre.LITERAL else space if _is_space(op, av) else ""
            for op, av in items]


def _is_space(op: Any, av: Any) -> bool:
    """Whether a parsed item matches one or more whitespace characters and nothing else."""
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return av[0] >= 1 and len(av[2]) == 1 and _is_space(*av[2][0])
    return op is sre.IN and av == [(sre.CATEGORY, sre.CATEGORY_SPACE)]


def _is_word_check(item: tuple[Any, Any], direction: int) -> bool:
    """Whether a parsed item is ``(?<!\\w)`` (direction -1) or ``(?!\\w)`` (1)."""
    op, av = item
    return (op is sre.ASSERT_NOT and av[0] == direction
            and list(av[1]) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])])


class _Group:
    """The rules run on one view, and how to pick the few that can match in a text.

    Plain phrases are found together (:class:`_Phrases`, when there are enough of them to pay
    for it); any other rule runs on the fields that contain its longest piece.
    """

    def __init__(self, rules: list[_Rule]) -> None:
        phrases = [rule for rule in rules if rule.words]
        self.phrases = _Phrases(phrases) if len(phrases) >= _MIN_PHRASES else None
        self.by_piece: dict[str, list[_Rule]] = {}
        for rule in rules:
            if self.phrases is None or not rule.words:
                self.by_piece.setdefault(rule.piece, []).append(rule)

    def sums(self, views: tuple[str, ...]) -> list[dict[int, int]]:
        """Per view (one per field): matches per term index, summed over the term's rules."""
        sums: list[dict[int, int]] = [{} for _ in views]
        joined = "\n".join(views)
        for piece, rules in self.by_piece.items():
            if piece in joined:
                for rule in rules:
                    for view, found in zip(views, sums, strict=True):
                        if rule.piece in view:
                            _add(found, rule.term, len(rule.spans(view)))
        if self.phrases is not None:
            for rule, field_no, starts in self.phrases.find(views):
                _add(sums[field_no], rule.term, rule.count_at(views[field_no], starts))
        return sums


def _add(found: dict[int, int], term: int, n: int) -> None:
    if n:
        found[term] = found.get(term, 0) + n


class _Phrases:
    """Plain phrases, found in one ``re`` scan of all fields.

    The scan tries each word start once, phrases longest first, with any non-word run between
    their words: every place a phrase's pattern can match is found, as that phrase or as a longer
    one that starts with its words.
    """

    def __init__(self, rules: list[_Rule]) -> None:
        self.rules: dict[str, list[_Rule]] = {}
        for rule in rules:
            self.rules.setdefault(str(rule.words), []).append(rule)
        phrases = sorted(self.rules)
        self.prefixes = {p: [q for q in phrases if f"{p} ".startswith(f"{q} ")] for p in phrases}
        trie = _trie(phrases, r"\W+")
        self.scan = re.compile(rf"{_not_word()}(?=({trie})(?!\w))")

    def find(self, views: tuple[str, ...]) -> Iterator[tuple[_Rule, int, list[int]]]:
        """Each rule that may match, a field where it may, and where in it (ascending)."""
        firsts = list(accumulate((len(view) + 1 for view in views[:-1]), initial=1))
        starts: dict[tuple[str, int], list[int]] = {}
        for m in self.scan.finditer(" " + "\n".join(views)):
            at = m.start(1)
            field_no = bisect_right(firsts, at) - 1
            prefixes = self.prefixes.get(m[1]) or self.prefixes[" ".join(_WORD.findall(m[1]))]
            for phrase in prefixes:
                starts.setdefault((phrase, field_no), []).append(at - firsts[field_no])
        for (phrase, field_no), positions in starts.items():
            for rule in self.rules[phrase]:
                yield rule, field_no, positions


@cache
def _not_word() -> str:
    """A character class for any character but the BMP's ``\\w`` ones: like ``\\W`` (and then
    some beyond the BMP), but a bitmap lookup instead of a Unicode category one."""
    ranges: list[list[int]] = []
    for c in range(0x10000):
        if _WORD.match(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return "[^" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


def _trie(phrases: list[str], space: str) -> str:
    """The phrases as one alternation shaped like a trie (a shared start is written once, so
    ``re`` tries few branches), a space as ``space``. Where phrases match at the same place,
    the longest wins, as in an alternation sorted longest first."""
    tree: dict[str, Any] = {}
    for phrase in phrases:
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree, space)


def _branches(node: dict[str, Any], space: str) -> str:
    branches = [(space if char == " " else re.escape(char)) + _branches(child, space)
                for char, child in node.items() if char]
    if "" in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


class _Matcher:
    """A lexicon's patterns, grouped by the view of the text they run on."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.groups = [_Group([_Rule(i, p) for i, term in enumerate(lexicon.terms)
                               for p in getattr(term, name)]) for name in _GROUPS]
        self.ascii = any(group.by_piece or group.phrases for group in self.groups[2:])
        negatives = lexicon.negatives
        self.negatives = _Rule(-1, negatives) if negatives is not None else None

    def counts(self, texts: tuple[str, ...]) -> dict[int, list[int]]:
        """Per term index found: its matches in each text, from the view where it has most."""
        best: dict[int, list[int]] = {}
        views = zip(*(self._views(text) for text in texts), strict=True)
        for group, field_views in zip(self.groups, views, strict=False):
            for field_no, sums in enumerate(group.sums(field_views)):
                for term, n in sums.items():
                    counts = best.setdefault(term, [0] * len(texts))
                    counts[field_no] = max(counts[field_no], n)
        return best

    def _views(self, text: str) -> list[str]:
        """The texts patterns run on, negative look-alikes blanked out: folded, NFC, and
        diacritics-free lower-cased and as is (when a term has ascii patterns)."""
        nfc = normalize_text(text)
        # normalize_text is pure: a text it left alone needs no second pass
        folded = _modern_tones((nfc if nfc == text else normalize_text(nfc)).lower())
        spans = self.negatives.spans(folded) if self.negatives is not None else []
        if spans:
            # lower() keeps Vietnamese string lengths
            if len(folded) == len(nfc):
                nfc = _blank(nfc, spans)
            folded = _blank(folded, spans)
        if not self.ascii:
            return [folded, nfc]
        plain = strip_diacritics(nfc)
        return [folded, nfc, plain.lower(), plain]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], " " * (end - start)]
        pos = end
    return "".join(parts) + text[pos:]


def score(title: str | None, lead: str | None, text: str | None, lexicon: Lexicon) -> TopicScore:
    """Score title, lead and body (never sidebars) against the lexicon."""
    found = lexicon._matcher.counts((title or "", lead or "", text or ""))
    weights = [lexicon.field_weights[name] for name in FIELDS]
    raw = 0.0
    topics: list[str] = []
    for i, counts in sorted(found.items()):
        term = lexicon.terms[i]
        topics.append(term.name)
        raw += term.weight * max(w for w, n in zip(weights, counts, strict=True) if n)
        if term.tier == "strong":
            raw += min(lexicon.repeat_cap, lexicon.repeat_bonus * (sum(counts) - 1))
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
