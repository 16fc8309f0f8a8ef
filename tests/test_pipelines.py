"""The validate → dedupe → store pipelines on a Scrapy crawler (SQLite and PostgreSQL)."""

from __future__ import annotations

import socket
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from cds.records import FIELD_NAMES
from crawler.items import ArticleItem
from crawler.urls import canonicalize_url, url_id
from pipelines.db import make_engine
from pipelines.dedupe import DedupePipeline
from pipelines.records_io import to_record
from pipelines.schema import Article, VisitedUrl
from pipelines.storage import get_storage
from pipelines.store import StorePipeline
from pipelines.validate import ValidatePipeline
from tests.test_dedupe import DISTINCT_SAME_TOPIC, PRESS_RELEASE, SYNDICATED_A

HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def make_item(url: str, text: str = PRESS_RELEASE, **extra) -> ArticleItem:
    fields = dict(url=canonicalize_url(url), source="baodaklak", source_name="Báo Đắk Lắk",
                  province="Đắk Lắk", former_province=None, title="Sơ kết chuyển đổi số",
                  lead=None, author="Minh Thuận", text=text,
                  published_at=datetime(2024, 7, 10, 19, 21, tzinfo=HCM),
                  topics=["chuyển đổi số"], relevance=0.9, word_count=len(text.split()))
    return ArticleItem(**{**fields, **extra})


class FakeEngine:
    """Records close requests (no reactor runs in these tests)."""

    def __init__(self) -> None:
        self.closed: list[str] = []

    def close_spider_async(self, *, reason: str = "cancelled") -> None:
        self.closed.append(reason)


@pytest.fixture
def crawler(database_url):
    crawler = get_crawler(settings_dict={"CDS_DATABASE_URL": database_url,
                                         "CDS_COMMIT_BATCH": 10})
    crawler.engine = FakeEngine()
    return crawler


def run(pipes, item):
    for pipe in pipes:
        item = pipe.process_item(item)
    return item


def visited(crawler) -> dict[str, tuple[str, str | None]]:
    storage = get_storage(crawler)
    storage.flush()
    with storage.engine.connect() as conn:
        return {r.url: (r.outcome, r.reason) for r in conn.execute(select(VisitedUrl))}


def test_items_leave_in_record_format_and_copies_are_linked(crawler):
    pipes = [ValidatePipeline.from_crawler(crawler), DedupePipeline.from_crawler(crawler),
             StorePipeline.from_crawler(crawler)]
    first = run(pipes, make_item("https://baodaklak.vn/so-ket.html?utm_source=zalo"))
    assert list(first.keys()) != [] and set(first.keys()) == set(FIELD_NAMES)
    assert first["id"] == url_id("https://baodaklak.vn/so-ket.html")
    assert first["published_at"] == "2024-07-10T19:21:00+07:00"
    assert first["first_seen_at"].endswith("+00:00") and first["fetched_at"].endswith("+00:00")
    assert first["duplicate_of"] is None and first["source_name"] == "Báo Đắk Lắk"
    assert len(first["content_hash"]) == 64
    copy = run(pipes, make_item("https://daklak.gov.vn/tin/so-ket.html", SYNDICATED_A,
                                source="daklak"))
    assert copy["duplicate_of"] == first["id"]
    other = run(pipes, make_item("https://baodaklak.vn/binh-duong.html", DISTINCT_SAME_TOPIC))
    assert other["duplicate_of"] is None
    again = run(pipes, make_item("https://baodaklak.vn/so-ket.html"))
    assert again["first_seen_at"] == first["first_seen_at"] and again["duplicate_of"] is None
    stats = crawler.stats.get_stats()
    assert stats["cds/stored"] == 2 and stats["cds/duplicates"] == 1
    assert stats["cds/source/daklak/duplicates"] == 1 and stats["cds/unchanged"] == 1
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
    storage = get_storage(crawler)
    with storage.engine.connect() as conn:
        rows = conn.execute(select(Article)).all()
    assert len(rows) == 3
    assert to_record(rows[0])["published_at"].endswith("+07:00")


def test_rejects_are_recorded_not_silent(crawler):
    validate = ValidatePipeline.from_crawler(crawler)
    store = StorePipeline.from_crawler(crawler)  # noqa: F841 - signal receivers are weak refs
    bad = [
        make_item("https://baodaklak.vn/ngan.html", "Quá ngắn."),
        make_item("https://baodaklak.vn/khong-tieu-de.html"),
        make_item("https://baodaklak.vn/sai-ngay.html"),
    ]
    bad[1]["title"] = ""
    bad[2]["published_at"] = "hôm qua"
    for item in bad:
        with pytest.raises(DropItem, match=r"^rejected: ") as info:
            validate.process_item(item)
        crawler.signals.send_catch_log(signals.item_dropped, item=item, response=None,
                                       exception=info.value, spider=None)
    marks = visited(crawler)
    assert marks["https://baodaklak.vn/ngan.html"][0] == "rejected"
    assert "too short" in marks["https://baodaklak.vn/ngan.html"][1]
    assert marks["https://baodaklak.vn/khong-tieu-de.html"] == ("rejected", "missing title")
    assert "ISO 8601" in marks["https://baodaklak.vn/sai-ngay.html"][1]
    assert crawler.stats.get_value("cds/rejected") == 3  # counted once each
    assert crawler.stats.get_value("cds/source/baodaklak/rejected") == 3


def test_off_topic_drops_of_other_pipelines_are_recorded(crawler):
    store = StorePipeline.from_crawler(crawler)  # noqa: F841 - signal receivers are weak refs
    item = make_item("https://baodaklak.vn/ca-phe.html?utm_campaign=x",
                     "Chuyển đổi cơ cấu cây trồng ... " * 20)
    crawler.signals.send_catch_log(signals.item_dropped, item=item, response=None,
                                   exception=DropItem("off_topic: relevance 0.12 < 0.5"),
                                   spider=None)
    crawler.signals.send_catch_log(signals.item_dropped, item=item, response=None,
                                   exception=DropItem("something else"), spider=None)
    assert visited(crawler) == {
        "https://baodaklak.vn/ca-phe.html": ("off_topic", "relevance 0.12 < 0.5")}
    assert crawler.stats.get_value("cds/source/baodaklak/off_topic") == 1
    assert get_storage(crawler).unseen(["https://baodaklak.vn/ca-phe.html"]) == []


def test_unavailable_database_closes_the_spider_and_marks_nothing(crawler):
    store = StorePipeline.from_crawler(crawler)
    storage = get_storage(crawler)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    good_engine = storage.engine
    storage.engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{port}/x")
    with pytest.raises(DropItem, match="database_unavailable"):
        store.process_item(make_item("https://baodaklak.vn/a.html"))
    assert crawler.engine.closed == ["database_unavailable"]
    with pytest.raises(DropItem, match="database_unavailable"):
        store.process_item(make_item("https://baodaklak.vn/b.html"))
    assert crawler.engine.closed == ["database_unavailable"]  # once
    storage.engine = good_engine
    assert storage.pending == 0
    assert visited(crawler) == {}


def test_an_article_without_a_date_is_kept_undated(crawler, database_url):
    """No plausible date on the page: stored with published_at null, in the feed by
    first_seen_at (issue #17: a date is never invented)."""
    from scheduler.feed import atom_feed

    pipes = [ValidatePipeline.from_crawler(crawler), DedupePipeline.from_crawler(crawler),
             StorePipeline.from_crawler(crawler)]
    stored = run(pipes, make_item("https://baodaklak.vn/khong-ngay.html", published_at=None))
    assert stored["published_at"] is None and stored["first_seen_at"]
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
    with get_storage(crawler).engine.connect() as conn:
        row = conn.execute(select(Article)).one()
    assert row.published_at is None and to_record(row)["published_at"] is None
    feed = atom_feed(database_url).decode()
    assert "khong-ngay" in feed and "<published>" in feed
