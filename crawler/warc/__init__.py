"""The raw page archive: every article response (and, optionally, feeds, sitemaps and listing
pages) kept as WARC 1.1 records, so that pages can be judged again without the network.

- :mod:`~crawler.warc.writer`: WARC files under ``CDS_WARC_DIR`` (default
  ``CDS_DATA_DIR/warc``), gzip per record, rotated by size and UTC day, pruned by age and total
  size, written by one thread;
- :mod:`~crawler.warc.extension`: its place in a crawl (``response_received`` → writer; the
  record's location goes into the visited URL's row);
- :mod:`~crawler.warc.reader`: records by location, whole files (a truncated last record is
  skipped), foreign WARC files (wget, Heritrix, Common Crawl);
- :mod:`~crawler.warc.replay`: the downloader middleware that answers from the archive
  (``cds reextract``).
"""
