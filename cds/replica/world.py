"""World state of the replica: sites, their articles, what is published, the truth and faults."""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from cds.replica import model
from cds.replica.cms import CMS_BY_SITE, Cms
from cds.replica.layout import iso
from cds.replica.model import ICT, SITE_IDS, Article

SITE_NAMES = {
    "daklak-news": ("Báo Đắk Lắk (bản sao offline)", "newspaper", "Đắk Lắk", None),
    "haiphong-news": ("Báo Hải Phòng (bản sao offline)", "newspaper", "Hải Phòng", "Hải Dương"),
    "daklak-portal": ("Cổng TTĐT tỉnh Đắk Lắk (bản sao offline)", "portal", "Đắk Lắk", None),
    "gialai-portal": ("Cổng TTĐT tỉnh Gia Lai (bản sao offline)", "portal", "Gia Lai", "Bình Định"),
    "chinhphu-news": ("Báo điện tử Chính phủ (bản sao offline)", "national", None, None),
    "anninh-news": ("Báo An ninh Hải Phòng (bản sao offline)", "newspaper", "Hải Phòng", None),
}
FAULT_SPECIAL = {"flaky": "500-once", "nfd": "nfd", "cp1258": "windows-1258", "eth": "eth-d",
                 "aspnet": "aspnet-form", "emagazine": "emagazine-5mb"}
FAULT_NOTES = {
    "500-once": "answers 500 the first time, 200 afterwards",
    "nfd": "served in Unicode NFD (UTF-8)",
    "windows-1258": "served as windows-1258 (legacy decomposed tones); decode then NFC",
    "eth-d": "'CĐS' written with U+00D0 (Ð) instead of U+0110 (Đ); truth has Đ",
    "404": "linked from the listing, answers 404",
    "stall": "never answers in time (waits up to stall_seconds), then 503",
    "huge": "a 5 MB page",
    "aspnet-form": "the whole page inside <form id=\"aspnetForm\"> (ASP.NET WebForms)",
    "emagazine-5mb": "an e-magazine article of about 5 MB: one inline base64 image",
    "pdf": "a PDF document (application/pdf)",
    "disallowed": "linked from every page but disallowed by robots.txt",
}


@dataclass(frozen=True)
class SiteInfo:
    id: str
    host: str
    port: int
    base_url: str
    cms: str


class Site:
    """One site's articles and derived lists; also the ``view`` the CMS templates read."""

    def __init__(self, info: SiteInfo, cms: Cms) -> None:
        self.info, self.cms, self.base_url = info, cms, info.base_url
        self._items: list[Article] = []  # creation order, including pending
        # (all newest first, rank by id, visible newest first): swapped whole, read without locks
        self._snap: tuple[list[Article], dict[int, int], list[Article]] = ([], {}, [])
        self.by_path: dict[str, Article] = {}
        self.print_paths: dict[str, str] = {}  # path-shaped print URLs -> article path
        self.most_read: list[Article] = []
        self.cds_headlines: list[Article] = []
        self.stamp = datetime(2025, 1, 1, tzinfo=ICT)
        self.feed_head = ""
        self.feeds: dict = {}
        self.sitemaps: dict = {}
        self.robots = ""
        self.faults: dict[str, dict] = {}
        self.fault_links: list[tuple[str, str]] = []

    @property
    def all(self) -> list[Article]:
        return self._snap[0]

    @property
    def visible(self) -> list[Article]:
        return self._snap[2]

    def is_visible(self, a: Article) -> bool:
        return a.visible and id(a) in self._snap[1]

    def add(self, a: Article) -> None:
        a.num = len(self.by_path) + 1
        a.path = self.cms.article_path(a)
        if a.path in self.by_path:  # title clash: keep URLs unique
            a.path = a.path.replace(".htm", f"-{a.num}.htm") if ".htm" in a.path else (
                a.path.rstrip("/") + f"-{a.num}" + ("/" if a.path.endswith("/") else ""))
        self.by_path[a.path] = a
        self._items.append(a)
        printed = self.cms.print_url(a)
        if "?" not in printed and printed != a.path:
            self.print_paths[printed] = a.path

    def reindex(self) -> None:
        items = sorted(self._items, key=lambda a: a.published_at, reverse=True)
        rank = {id(a): i for i, a in enumerate(items) if a.visible}
        self._snap = (items, rank, [a for a in items if a.visible])

    def related(self, a: Article) -> list[Article]:
        items, rank, _ = self._snap
        i = rank.get(id(a), 0)
        return items[i + 1:i + 5]

    def url(self, a: Article) -> str:
        return self.base_url + a.path

    def last_change(self) -> datetime:
        return max((a.lastmod for a in self.visible), default=self.stamp)


class World:
    """All sites; ``advance`` publishes pending articles; ``truth`` describes every article."""

    def __init__(self, infos: list[SiteInfo], *, scale: int = 0, seed: int = 0,
                 extra: list[str] | None = None) -> None:
        self.lock = threading.RLock()
        self.sites = {i.id: Site(i, CMS_BY_SITE[i.id]()) for i in infos}
        self.seed = seed
        hand = model.load_handwritten()
        for a in hand:
            self._fit(a)
            self.sites[a.site].add(a)
            a.visible = not a.pending
        start = min(a.published_at for a in hand)
        for i in range(scale):
            sid = SITE_IDS[i % len(SITE_IDS)]
            a = self._gen(sid, seed * 10_000_000 + i, start - timedelta(hours=2 * (i + 1)))
            a.visible = True
            self.sites[sid].add(a)
        if extra:  # discovery sites (cds/replica/discovery_sites.py): generated articles only
            from cds.replica.discovery_sites import populate

            populate(self, extra, scale, seed, start)
        self.pending = sorted((a for a in hand if a.pending), key=lambda a: a.published_at)
        self._gen_count = 0
        self.latest = max(a.published_at for a in hand)
        for s in self.sites.values():
            s.reindex()
            hands = [a for a in s.visible if a.seed is None] or s.visible[:6]
            s.most_read = sorted(hands, key=lambda a: a.h)[:6]
            s.stamp = max(a.published_at for a in hands) + timedelta(hours=5, minutes=17)
        cds = [a for s in self.sites.values() for a in s.visible if a.seed is None and a.relevant]
        for s in self.sites.values():
            s.cds_headlines = [a for a in cds if a.site == s.info.id][:8]

    def _fit(self, a: Article) -> None:
        cms = self.sites[a.site].cms
        if not cms.has_lead:
            a.lead = None
        if not cms.shows_modified:
            a.modified_at = None

    def _gen(self, sid: str, seed: int, when: datetime) -> Article:
        a = model.generated(sid, seed, when, modified=self.sites[sid].cms.shows_modified)
        self._fit(a)
        return a

    def advance(self, k: int) -> list[Article]:
        """Publish the next ``k`` pending articles (generated ones once the pool is empty)."""
        out: list[Article] = []
        with self.lock:
            for _ in range(max(0, k)):
                if self.pending:
                    a = self.pending.pop(0)
                else:
                    self._gen_count += 1
                    sid = SITE_IDS[(self._gen_count - 1) % len(SITE_IDS)]
                    a = self._gen(sid, 900_000_000 + self.seed * 100_000 + self._gen_count,
                                  max(self.latest, datetime(2026, 11, 20, 6, tzinfo=ICT))
                                  + timedelta(minutes=7))
                    self.sites[sid].add(a)
                a.visible = True
                self.latest = max(self.latest, a.published_at)
                out.append(a)
            for sid in {a.site for a in out}:
                self.sites[sid].reindex()
        return out

    def entry(self, a: Article) -> dict:
        site = self.sites[a.site]
        nfc = lambda s: unicodedata.normalize("NFC", s) if s is not None else None  # noqa: E731
        return {
            "site": a.site, "url": site.url(a), "title": nfc(a.title), "lead": nfc(a.lead),
            "author": nfc(a.author), "published_at": iso(a.published_at),
            "modified_at": iso(a.modified_at) if a.modified_at else None,
            "text": nfc("\n\n".join(a.paragraphs)), "relevant": a.relevant,
            "duplicate_group": a.group, "kind": a.kind, "published": a.visible,
            "fault": FAULT_SPECIAL.get(a.special or ""),
        }

    def truth(self) -> list[dict]:
        with self.lock:
            return [self.entry(a) for s in self.sites.values() for a in s.all]

    def faults(self) -> list[dict]:
        out = []
        for s in self.sites.values():
            for a in s.all:
                kind = FAULT_SPECIAL.get(a.special or "")
                if kind:
                    out.append({"site": s.info.id, "url": s.url(a), "kind": kind,
                                "article": True, "note": FAULT_NOTES[kind]})
            for path, f in s.faults.items():
                out.append({"site": s.info.id, "url": s.base_url + path, "kind": f["kind"],
                            "article": False, "note": FAULT_NOTES[f["kind"]]})
        return out


def info_dict(info: SiteInfo) -> dict:
    return asdict(info)
