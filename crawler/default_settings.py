"""Default settings of the crawler (spider, discovery, politeness, middlewares, extensions).

Composed into the project's ``settings.py``; override any of them with ``-s NAME=VALUE``.
"""

from cds import records as _records
from crawler import identity as _identity

BOT_NAME = "cds_news_monitor"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
#: ``scrapy crawl`` exits with the crawl's verdict (crawler/summary.py has the codes).
COMMANDS_MODULE = "crawler.scrapy_commands"

# --- Identity and politeness ----------------------------------------------------------------
#: Whom site operators can write to: an e-mail address or a URL (env CDS_CONTACT). It goes into
#: the User-Agent (``crawler.identity``); unset, the User-Agent only names the project.
CDS_CONTACT = _identity.contact_from_env()
USER_AGENT = _identity.user_agent(CDS_CONTACT)
#: ContactAddon recomputes USER_AGENT for ``-s CDS_CONTACT=…``.
ADDONS = {"crawler.identity.ContactAddon": 0}
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
#: ±50 % random variation of the delay between requests to one host.
DOWNLOAD_DELAY_JITTER = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
#: Government servers are slow; a stalled one must still not hang the crawl.
DOWNLOAD_TIMEOUT = 30.0
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
#: A page given up on is a per-source statistic (errors/<reason>), not a crawl error.
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
#: Scrapy's RemoteControl extension runs an HTTP server executing Python: never in a crawl.
REMOTE_CONTROL_ENABLED = False
#: Refuse private/loopback/link-local/reserved targets and non-http(s) schemes unless the
#: registry entry says ``allow_private: true`` (crawler/egress.py).
CDS_EGRESS_CHECK = True
#: The same check when a host name is resolved at connect time (DNS rebinding).
TWISTED_DNS_RESOLVER = "crawler.egress.EgressResolver"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
#: Scrapy's own feed exports (``-O items.jsonl``) write exactly the dataset record.
FEED_EXPORT_FIELDS = list(_records.FIELD_NAMES)
LOG_LEVEL = "INFO"
#: Dropped (off-topic, rejected) items logged at INFO as URL + reason.
LOG_FORMATTER = "crawler.logformatter.CdsLogFormatter"

#: The source registry read when no ``-a sources=FILE`` is given; empty means seeds/sources.yaml.
CDS_SOURCES_FILE = ""

# --- Components ---------------------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # answers from the raw archive the requests that carry a WARC location (cds reextract);
    # before the egress policy: an archived answer sends nothing over the network
    "crawler.warc.replay.WarcReplayMiddleware": 45,
    # egress policy (crawler/egress.py): first of the network path, so nothing else sees a
    # refused request
    "crawler.egress.EgressMiddleware": 50,
    # per-source per-run budgets (crawler/budget.py): before the egress policy, so a carried
    # request refused there still leaves the frontier
    "crawler.budget.BudgetMiddleware": 48,
    "crawler.middlewares.SourceStatsMiddleware": 90,
    # Scrapy's RobotsTxtMiddleware, fixed for concurrent first requests to a host:
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.politeness.RfcRobotsTxtMiddleware": 100,  # SafeRobotsTxtMiddleware + RFC 9309
    # Retry-After on 429/503 per host; sees responses before the retry middleware (550):
    "crawler.politeness.RetryAfterMiddleware": 580,
    "crawler.middlewares.CrawlDelayMiddleware": 110,  # after RobotsTxtMiddleware (100)
    "crawler.middlewares.ConditionalGetMiddleware": 560,
    # Scrapy's RetryMiddleware plus exponential back-off:
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.OffsiteRedirectMiddleware": 650,
    # article redirects looping or leaving the allowed targets fail permanently (not dropped):
    "crawler.redirects.RedirectOutcomeMiddleware": 640,  # sees 3xx before RedirectMiddleware
    # after robots.txt and the retry back-off; sees failures before RetryMiddleware (550):
    "crawler.reachability.UnreachableHostsMiddleware": 590,
}
EXTENSIONS = {
    # the summary computes the verdict after Spidermon (100), before the run recorder (500)
    "crawler.summary.CrawlSummary": 450,
    "crawler.extensions.RunRecorder": 500,
    # Scrapy's LogStats, with per-source progress:
    "scrapy.extensions.logstats.LogStats": None,
    "crawler.summary.CrawlProgress": 0,
    # before the run recorder (500), so that its counters reach the run's stats
    "crawler.warc.extension.WarcArchive": 400,
    # how long the event loop was held (stat cds/reactor/max_lag):
    "crawler.loopwatch.LoopLag": 10,
}

# --- Discovery ------------------------------------------------------------------------------
#: Listing pages walked per start URL in an ordinary run (a source's ``max_pages`` overrides).
CDS_LISTING_MAX_PAGES = 5
#: Listing pages walked per start URL in a backfill (``-a since=YYYY-MM-DD``).
CDS_BACKFILL_MAX_PAGES = 50
#: Links read per listing page (the rest of a page with 100,000 links is ignored); 0: all.
CDS_MAX_LINKS_PER_PAGE = 2000
#: Nesting depth of sitemap indexes followed.
CDS_SITEMAP_MAX_DEPTH = 3
#: Sitemaps found only through robots.txt list whole sites: their entries older than this many
#: days (or undated) are skipped unless ``since`` is given; 0 takes every entry.
CDS_DISCOVERED_SITEMAP_MAX_AGE_DAYS = 30
#: Follow ``Sitemap:`` lines of robots.txt and ``<link rel=alternate>`` feeds of start pages.
CDS_DISCOVER_ROBOTS_SITEMAPS = True
CDS_DISCOVER_FEEDS = True
# Discovery from start pages (crawler/discovery/spider.py, issue #14): menu sections named in the
# lexicon (at most CDS_DISCOVER_MAX_SECTIONS per page), RSS index pages, the well-known sitemap
# paths (each tried once, remembered found or absent, re-tried after CDS_DISCOVER_RETRY_DAYS;
# off with CDS_DISCOVER_ROBOTS_SITEMAPS too).
CDS_DISCOVER_SECTIONS = True
CDS_DISCOVER_MAX_SECTIONS = 3
CDS_DISCOVER_RSS_INDEX = True
CDS_DISCOVER_WELLKNOWN = True
CDS_DISCOVER_RETRY_DAYS = 7.0
# A section with nothing new for this many days sends the crawl back to its home page's menu
# (at most daily); 0: never.
CDS_DISCOVER_IDLE_DAYS = 30.0
#: Article pages larger than this (bytes) are not extracted (recorded not_article/too_large).
CDS_ARTICLE_MAX_BYTES = 3 * 1024 * 1024
#: A longer title or author (characters) means the page is not an article (not_article).
CDS_TITLE_MAX_CHARS = 500
CDS_AUTHOR_MAX_CHARS = 200
#: Worker processes extracting articles (see crawler/workers.py): -1 one per CPU, 0 none
#: (extraction in a thread of the crawl process).
CDS_EXTRACT_PROCESSES = -1
#: Seconds one page may take in a worker before the worker is replaced and the page retried
#: once (then recorded transient/extractor_timeout, tried again by the next run).
CDS_EXTRACT_TIMEOUT = 120.0
#: Items processed in parallel per response (Scrapy's default, 100, starts 100 asyncio tasks
#: for every response; an article page yields one item, a listing page a few dozen requests).
CONCURRENT_ITEMS = 8
#: Send If-None-Match / If-Modified-Since for feeds, sitemaps and listing pages.
CDS_CONDITIONAL_GET = True

# --- Raw page archive (crawler/warc/) and extractor versions (crawler/judge.py) ------------------
#: Keep every fetched article page (stored, off-topic, rejected alike) as WARC 1.1 records.
CDS_WARC_ENABLED = True
#: What to keep: "articles", or "all" (articles plus feeds, sitemaps and listing pages).
CDS_WARC_KEEP = "articles"
#: Directory of the WARC files; empty means CDS_DATA_DIR/warc (point it at shared storage when
#: several machines crawl into one PostgreSQL database).
CDS_WARC_DIR = ""
#: A new file after this many bytes (and at UTC midnight).
CDS_WARC_MAX_FILE_BYTES = 1024**3
#: Delete the oldest files beyond this total size (bytes) or age (days); 0 keeps everything.
#: Pages whose copy was deleted are fetched again if a new extractor version needs them.
CDS_WARC_MAX_TOTAL_BYTES = 0
CDS_WARC_RETENTION_DAYS = 0.0
#: The extraction function, ``module:function``; empty means crawler.extraction:extract_article.
#: Its module's EXTRACTOR_VERSION is recorded with every visit.
CDS_EXTRACTOR = ""
#: Each crawl first judges again, from the archive, the pages an older extractor or lexicon
#: version rejected (no request to the site; without a raw copy they are fetched again anyway).
CDS_REEXTRACT_IN_CRAWL = True
#: Refuse every request without an archived copy (set by ``cds reextract``: no network).
CDS_REPLAY_ONLY = False

# --- Per-source per-run budgets (crawler/budget.py) ----------------------------------------
# What one source may spend in one run (0: no limit; a registry entry's ``budget:`` with
# ``articles``/``requests``/``seconds`` overrides): article pages fetched, requests sent (retries
# included) and seconds from its first request. Beyond, its requests are kept in the database
# (``deferred_requests``) and the next run sends them first, before re-discovering; other
# sources go on.
CDS_BUDGET_ARTICLES = 2000
CDS_BUDGET_REQUESTS = 5000
CDS_BUDGET_SECONDS = 3600.0

# --- Parse-time guard ---------------------------------------------------------------------
#: Seconds the links of one listing page (or one feed or sitemap) may take to find: the work
#: runs off the event loop (an extraction worker, or a thread), and a page past this limit is
#: given up (``errors/parse_timeout``) instead of holding the crawl; 0: no limit.
CDS_PARSE_TIMEOUT = 30.0
#: Every this many seconds a timer measures how late the event loop runs it: the largest delay
#: is the stat ``cds/reactor/max_lag``, one above CDS_LOOP_LAG_WARN seconds is logged; 0: off.
CDS_LOOP_LAG_INTERVAL = 0.25
CDS_LOOP_LAG_WARN = 5.0

# --- Politeness extras ----------------------------------------------------------------------
#: Longest Retry-After (seconds) waited for within a run; a longer pause leaves the host's
#: requests to the next run (crawler/politeness.py).
CDS_RETRY_AFTER_MAX = 120.0
#: Longest pause (seconds) a ``Retry-After`` may impose: a pause longer than the run waits for is
#: kept in the database (``host_pauses``), so later runs do not ask the host before the time
#: (``cds status`` lists the paused hosts); longer values are cut to this.
CDS_RETRY_AFTER_PERSIST_MAX = 86400.0
#: Upper bound (seconds) for a robots.txt Crawl-delay; 0 ignores Crawl-delay.
CDS_CRAWL_DELAY_MAX = 10.0
#: Retry back-off: the n-th retry waits BASE * 2**(n-1) seconds, at most MAX.
CDS_RETRY_BACKOFF_BASE = 2.0
CDS_RETRY_BACKOFF_MAX = 60.0

# --- What the crawl tells its user (crawler/summary.py, crawler/reachability.py) --------------
#: A table per source and a one-line verdict when the crawl ends (exit code: the verdict's).
CDS_SUMMARY = True
#: Width of the summary table in characters.
CDS_SUMMARY_WIDTH = 120
#: Seconds between progress lines (sources answered, pages, new articles); 0: none.
LOGSTATS_INTERVAL = 30.0
#: The summary replaces Scrapy's stats dump (logged at DEBUG; -s STATS_DUMP=True restores it).
STATS_DUMP = False
#: At INFO, Scrapy's start-up lists and Spidermon's report are logged at DEBUG.
CDS_LOG_QUIET = True
#: A host whose robots.txt fails with a network error (DNS, refused, timeouts) is given up for
#: the rest of the run, in one log line: its other requests fail at once.
CDS_SKIP_UNREACHABLE_HOSTS = True

# --- Run records ----------------------------------------------------------------------------
#: Record runs and per-source stats in the database (RunRecorder).
CDS_RECORD_RUNS = True
#: Write the final Scrapy stats as JSON to this path (read by tests and the daemon).
CDS_STATS_FILE = ""
