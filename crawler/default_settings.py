"""Default settings of the crawler (spider, discovery, politeness, middlewares, extensions).

Composed into the project's ``settings.py``; override any of them with ``-s NAME=VALUE``.
"""

from cds import records as _records

BOT_NAME = "cds_news_monitor"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- Identity and politeness ----------------------------------------------------------------
#: Where site operators can read what this crawler is and whom to contact.
CDS_CONTACT_URL = "https://github.com/cds-news-monitor/cds-news-monitor"
USER_AGENT = f"cds-news-monitor/0.1 (+{CDS_CONTACT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
#: Government servers are slow; a stalled one must still not hang the crawl.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
#: Scrapy's own feed exports (``-O items.jsonl``) write exactly the dataset record.
FEED_EXPORT_FIELDS = list(_records.FIELD_NAMES)
LOG_LEVEL = "INFO"

#: The source registry read when no ``-a sources=FILE`` is given; empty means seeds/sources.yaml.
CDS_SOURCES_FILE = ""
