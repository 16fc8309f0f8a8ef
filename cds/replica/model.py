"""Articles of the replica: hand-written ones from ``data/*.yaml`` and generated ones."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from importlib import resources

import yaml

from cds.replica import generate

ICT = timezone(timedelta(hours=7))
SITE_IDS = [
    "daklak-news", "haiphong-news", "daklak-portal", "gialai-portal", "chinhphu-news",
    "anninh-news",
]


def slugify(text: str, words: int = 12) -> str:
    """ASCII slug as Vietnamese CMSs make it (diacritics dropped, đ → d)."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return "-".join(re.sub(r"[^a-z0-9]+", "-", t).strip("-").split("-")[:words])


def digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


@dataclass(eq=False)
class Article:
    """One story on one site; ``path`` is assigned by the site's CMS."""

    site: str
    key: str
    title: str
    published_at: datetime
    lead: str | None = None
    author: str | None = None
    modified_at: datetime | None = None
    relevant: bool = True
    kind: str = "clean"
    group: str | None = None
    special: str | None = None  # nfd | cp1258 | eth | flaky | sidebar-cds
    category: str | None = None
    caption: str | None = None
    pending: bool = False
    seed: int | None = None  # generated articles: body made on demand
    paras: list[str] | None = None
    path: str = ""
    num: int = 0  # per-site creation index, used for numeric ids
    visible: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        if self.paras is not None:
            return self.paras
        return generate.body(self.seed or 0, self.relevant)

    @property
    def lastmod(self) -> datetime:
        return self.modified_at or self.published_at

    @property
    def h(self) -> str:
        return digest(self.site, self.key)


def _dt(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=ICT) if value.tzinfo is None else value
    return datetime.strptime(str(value), "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def load_handwritten() -> list[Article]:
    """All hand-written articles of every site, in file order."""
    out: list[Article] = []
    pkg = resources.files("cds.replica") / "data"
    for site in SITE_IDS:
        doc = yaml.safe_load((pkg / f"{site}.yaml").read_text(encoding="utf-8"))
        for raw in doc["articles"]:
            paras = [p.strip() for p in re.split(r"\n\s*\n", raw["body"].strip()) if p.strip()]
            out.append(Article(
                site=site, key=raw["key"], title=raw["title"].strip(),
                published_at=_dt(raw["published"]), lead=(raw.get("lead") or None),
                author=raw.get("author"), modified_at=_dt(raw.get("modified")),
                relevant=bool(raw.get("relevant", True)), kind=raw.get("kind", "clean"),
                group=raw.get("group"), special=raw.get("special"),
                category=raw.get("category"), caption=raw.get("caption"),
                pending=bool(raw.get("pending", False)),
                paras=[" ".join(p.split()) for p in paras],
            ))
            if out[-1].lead:
                out[-1].lead = " ".join(out[-1].lead.split())
    return out


def generated(site: str, seed: int, published_at: datetime, *, modified: bool) -> Article:
    """A generated article (body lazily from ``seed``)."""
    m = generate.meta(seed)
    mod = None
    if modified and seed % 4 == 0:
        mod = published_at + timedelta(hours=2, minutes=seed % 50)
    return Article(
        site=site, key=f"g{seed}", title=m["title"], published_at=published_at, lead=m["lead"],
        author=m["author"], modified_at=mod, relevant=m["relevant"], kind=m["kind"], seed=seed,
    )
