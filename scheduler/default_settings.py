"""Default settings of the daemon, source health, alerts, status page and per-run monitors.

The crawl reads the Scrapy ones (``EXTENSIONS``, ``SPIDERMON_*``) through ``settings.py``
(override with ``-s NAME=VALUE``). The ``CDS_DAEMON_*``, ``CDS_HEALTH_*``, ``CDS_ALERT_*``,
``CDS_SMTP_*`` and ``CDS_SERVE_*`` ones are read by the daemon, ``cds status`` and ``cds serve``
through :func:`scheduler.conf.setting`: an environment variable of the same name overrides the
default here, and a command-line flag overrides both.
"""

# --- Per-run monitors (Spidermon) ----------------------------------------------------------
#: Spidermon runs :class:`scheduler.monitors.RunMonitorSuite` when a crawl closes; its findings
#: go into the crawl's stats (``cds/monitors/*``), which the daemon copies into the run's events.
#: Both load before the run recorder (500) so their ``spider_closed`` handlers run before it
#: writes the stats.
EXTENSIONS: dict[str, int] = {
    "scheduler.monitors.FinishReasonEarly": 90,
    "spidermon.contrib.scrapy.extensions.Spidermon": 100,
}
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("scheduler.monitors.RunMonitorSuite",)
#: Finish reasons a healthy crawl ends with.
CDS_MONITOR_FINISH_REASONS = ["finished"]
#: At most this many ERROR log lines in one crawl.
CDS_MONITOR_MAX_ERRORS = 10
#: At most this share of downloads may end in an exception (DNS, timeout, refused).
CDS_MONITOR_MAX_DOWNLOAD_ERROR_SHARE = 0.5

# --- Daemon (``cds daemon``) ----------------------------------------------------------------
#: Crawl schedule of sources without their own: 5-field cron (minute hour dom month dow) or
#: 6-field cron with seconds first, in Asia/Ho_Chi_Minh.
CDS_DAEMON_DEFAULT_SCHEDULE = "0 */2 * * *"
#: Time zone of every cron schedule.
CDS_DAEMON_TIMEZONE = "Asia/Ho_Chi_Minh"
#: When > 0, every source runs every N seconds instead of its cron (tests, demos).
CDS_DAEMON_INTERVAL_SECONDS = 0
#: At most this many crawls at once; more due sources wait in a queue (not in the scheduler).
CDS_DAEMON_MAX_PARALLEL = 2
#: Hard limit of one crawl; the process group is then killed and the run recorded as timeout.
CDS_DAEMON_CRAWL_TIMEOUT = 3600
#: A run that missed its time by less than this (daemon down, busy) still runs once (coalesced).
CDS_DAEMON_MISFIRE_GRACE = 900
#: On SIGTERM/SIGINT the daemon stops scheduling and at once sends one SIGTERM to every running
#: crawl: Scrapy closes the spider gracefully (it finishes the requests under way, up to
#: ``DOWNLOAD_TIMEOUT`` each) and records its run and summary, status ``stopped``, which source
#: health leaves out. The daemon exits as soon as they are done; the process groups of crawls
#: still alive this many seconds after the SIGTERM are killed (SIGKILL).
CDS_DAEMON_SHUTDOWN_GRACE = 60.0
#: A crawl past ``CDS_DAEMON_CRAWL_TIMEOUT`` gets SIGTERM, then SIGKILL this many seconds later.
CDS_DAEMON_KILL_GRACE = 5.0
#: The command of one crawl; the daemon appends ``-a sources=… -a source=ID -s CDS_…``.
#: Empty means ``<python> -m scrapy crawl cds_news``.
CDS_DAEMON_CRAWL_COMMAND = ""
#: How often undelivered alerts (a webhook that was down) are retried, in seconds.
CDS_DAEMON_ALERT_RETRY_SECONDS = 60
#: Port of the status web service the daemon starts (0 = none; ``--serve-port``).
CDS_DAEMON_SERVE_PORT = 0

# --- Source health (scheduler/health.py) ----------------------------------------------------
#: This many consecutive failed runs make a source ``failing``.
CDS_HEALTH_FAILING_RUNS = 3
#: This many consecutive successful runs that discovered nothing (no link, no 304), after runs
#: that did, make a source ``degraded`` (layout change).
CDS_HEALTH_EMPTY_DISCOVERY_RUNS = 3
#: Extraction failures: over the last N runs, (rejected + not_article) / fetched at or above the
#: share, with at least the minimum fetched pages, make a source ``degraded``.
CDS_HEALTH_EXTRACTION_RUNS = 5
CDS_HEALTH_EXTRACTION_FAILURE_SHARE = 0.5
CDS_HEALTH_EXTRACTION_MIN_FETCHED = 5
#: Article pages of one run that all gave no text: "extraction broken" (a failing finding).
CDS_HEALTH_EXTRACTION_BROKEN_PAGES = 3
#: Silence: no new article for longer than median gap × factor (at least the floor, in hours)
#: makes a source ``silent``; needs at least the minimum number of articles to know a cadence.
CDS_HEALTH_SILENCE_FACTOR = 4.0
CDS_HEALTH_SILENCE_FLOOR_HOURS = 72.0
CDS_HEALTH_SILENCE_MIN_ARTICLES = 5
#: Volume drop (Media Cloud style): new articles in the last 7 days below this share of the
#: usual weekly volume (over the previous weeks) make a source ``degraded``.
CDS_HEALTH_VOLUME_DROP_SHARE = 0.25
CDS_HEALTH_VOLUME_BASELINE_WEEKS = 8
CDS_HEALTH_VOLUME_MIN_WEEKLY = 4.0
#: Runs read per source to compute health.
CDS_HEALTH_HISTORY_RUNS = 20

# --- Alerts (scheduler/alerts.py) -----------------------------------------------------------
#: Delivery channels: any of log, webhook, email (webhook/email need their settings below).
CDS_ALERT_CHANNELS = ["log", "webhook", "email"]
#: JSON POST target; empty disables the webhook channel.
CDS_ALERT_WEBHOOK_URL = ""
CDS_ALERT_WEBHOOK_TIMEOUT = 10.0
#: SMTP delivery; an empty host or recipient list disables the email channel.
CDS_SMTP_HOST = ""
CDS_SMTP_PORT = 25
CDS_SMTP_USER = ""
CDS_SMTP_PASSWORD = ""
CDS_SMTP_FROM = "cds-news-monitor@localhost"
CDS_SMTP_TO: list[str] = []
CDS_SMTP_STARTTLS = False
CDS_SMTP_TIMEOUT = 10.0

# --- Status web service (``cds serve``) -----------------------------------------------------
CDS_SERVE_HOST = "127.0.0.1"
CDS_SERVE_PORT = 8700
#: Days shown in the chart of new articles per day per province.
CDS_SERVE_CHART_DAYS = 30
#: Entries in /feed.atom.
CDS_SERVE_FEED_ENTRIES = 50
