"""Thread-safe request log of the replica."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import asdict, dataclass

KINDS = ("article", "listing", "feed", "sitemap", "robots", "other")


@dataclass(frozen=True)
class LogEntry:
    time: float
    site: str
    method: str
    path: str  # path + query as requested
    status: int
    conditional: bool
    bytes: int
    user_agent: str
    kind: str  # article | listing | feed | sitemap | robots | other


class RequestLog:
    """Every request the replica answered (control requests under ``/_replica/`` excluded)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[LogEntry] = []

    def add(self, entry: LogEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self, *, site: str | None = None, kind: str | None = None,
                status: int | None = None) -> list[LogEntry]:
        with self._lock:
            items = list(self._entries)
        return [e for e in items if (site is None or e.site == site)
                and (kind is None or e.kind == kind) and (status is None or e.status == status)]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def count(self, **filters) -> int:
        return len(self.entries(**filters))

    def by_site(self) -> dict[str, int]:
        return dict(Counter(e.site for e in self.entries()))

    def by_kind(self, site: str | None = None) -> dict[str, int]:
        return dict(Counter(e.kind for e in self.entries(site=site)))

    def paths(self, site: str | None = None) -> list[str]:
        return [e.path for e in self.entries(site=site)]

    def as_json(self) -> list[dict]:
        return [asdict(e) for e in self.entries()]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
