"""Extractor versions on visits and the pages waiting for re-extraction, on SQLite and
PostgreSQL: a page rejected by an older version is re-fetched only without a raw copy, and a
later visit without a copy keeps the old one."""

from __future__ import annotations

import pytest

from cds.reextraction import waiting, waiting_by_source
from crawler.judge import EXTRACTOR_VERSION, extractor_version, lexicon_version, load_extractor
from crawler.urls import url_id
from pipelines.storage import Storage

OLD = ("0-old", "lexicon-old")
BASE = "https://baodaklak.vn/bai-{}.html"


def test_versions_of_the_default_and_a_selected_extractor():
    from crawler.extraction import extract_article

    assert load_extractor(None) is extract_article
    assert extractor_version(None) == EXTRACTOR_VERSION
    assert extractor_version("tests.broken_extractor:extract_article") == "0-broken-liferay"
    assert len(lexicon_version()) == 12
    with pytest.raises(ValueError, match="CDS_EXTRACTOR"):
        load_extractor("no.such.module:extract")


def visit_all(storage: Storage, located: set[int]) -> None:
    storage.visits.locate = lambda v: (("a.warc.gz", 100) if int(v["url"][-6]) in located
                                       else None)
    storage.record_visit(BASE.format(1), "baodaklak", "not_article", reason="too_short: 3 words")
    storage.record_visit(BASE.format(2), "baodaklak", "not_article", reason="too_short: 0 words")
    storage.record_visit(BASE.format(3), "baodaklak", "off_topic", reason="relevance 0.1")
    storage.record_visit(BASE.format(4), "baodaklak", "not_article", reason="too_large")
    storage.record_visit(BASE.format(5), "baodaklak", "failed", reason="http_404")
    storage.flush()


def test_stale_pages_without_a_copy_are_unseen(database_url):
    old = Storage(database_url, versions=OLD)
    visit_all(old, located={1})
    old.close()
    urls = [BASE.format(i) for i in range(1, 6)]
    new = Storage(database_url)
    # 1 has a raw copy (cds reextract), 2 and 3 none: fetched again; 4, 5 were not judged
    assert new.unseen(urls) == [BASE.format(2), BASE.format(3)]
    assert sorted(new.stale_urls("baodaklak")) == [BASE.format(2), BASE.format(3)]
    assert new.stale_archived("baodaklak") == [(BASE.format(1), "a.warc.gz", 100)]
    assert waiting(database_url) == (1, 2)
    assert waiting_by_source(database_url) == {"baodaklak": (1, 2)}
    # a copy that was pruned counts as none
    new.visits.copy_exists = lambda name: False
    assert new.unseen(urls) == [BASE.format(i) for i in (1, 2, 3)]
    # judged again by the current versions, without a new copy: the old copy is kept
    new.visits.copy_exists = lambda name: True
    new.record_visit(BASE.format(1), "baodaklak", "off_topic", reason="relevance 0.2")
    new.record_visit(BASE.format(2), "baodaklak", "off_topic", reason="relevance 0.2")
    new.flush()
    assert new.unseen(urls) == [BASE.format(3)]
    assert waiting(database_url) == (0, 1)
    row = new.db.read(lambda conn: conn.exec_driver_sql(
        "SELECT warc_file, warc_offset, extractor_version FROM visited_urls "
        f"WHERE url_id = '{url_id(BASE.format(1))}'").one())
    assert tuple(row) == ("a.warc.gz", 100, EXTRACTOR_VERSION)
    new.close()


def test_a_new_lexicon_makes_only_topic_judgements_stale(database_url):
    current = Storage(database_url)
    visit_all(current, located=set())
    current.close()
    relexed = Storage(database_url, versions=(EXTRACTOR_VERSION, "lexicon-new"))
    assert relexed.unseen([BASE.format(i) for i in range(1, 6)]) == [BASE.format(3)]
    relexed.close()


def test_dry_run_writes_nothing(sqlite_url):
    storage = Storage(sqlite_url)
    storage.dry_run = True
    storage.record_visit(BASE.format(1), "baodaklak", "not_article", reason="too_short: 3 words")
    storage.flush()
    assert storage.unseen([BASE.format(1)]) == [BASE.format(1)]
    storage.close()


def test_reextract_updates_an_article_whose_dates_alone_changed(database_url):
    from datetime import UTC, datetime, timedelta

    when = datetime(2026, 1, 20, 2, 5, tzinfo=UTC)
    record = {"url": BASE.format(7), "source": "baodaklak", "title": "Chuyển đổi số",
              "lead": None, "text": "Chuyển đổi số ở Đắk Lắk. " * 40, "published_at": when}
    storage = Storage(database_url)
    assert storage.store_article({**record, "published_at": when + timedelta(days=1)}) == "stored"
    storage.flush()
    assert storage.store_article(record) == "unchanged"  # a crawl: same text, same record
    storage.articles.compare_dates = True  # cds reextract
    assert storage.store_article(record) == "updated"
    storage.flush()
    stored = storage.db.read(lambda conn: conn.exec_driver_sql(
        f"SELECT published_at FROM articles WHERE id = '{url_id(BASE.format(7))}'").scalar_one())
    assert str(stored).startswith("2026-01-20 02:05")
    storage.close()
