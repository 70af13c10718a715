"""Scrapy settings of the familienarchiv crawlers."""

BOT_NAME = "familienarchiv"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

# Where the crawl keeps what it finds; the `familienarchiv crawl` command overrides both.
ARCHIVE_PATH = "archive.db"
WARC_DIR = "warc"
# Whether the archive passed quick_check before this crawl (the command checks it once for all
# its crawlers); unset, each crawler checks it when it starts (scrapers.archive).
ARCHIVE_CHECKED = False
# Days between the nights that check the whole archive file (SQLite's quick_check reads every
# page: the one part of a night that grows with the archive); the nights between check its
# schema. 0 checks the whole file every night. See pipeline/archive/checks.py.
ARCHIVE_FULL_CHECK_DAYS = 7
# The rules (scrapers/rules.py): the sources file whose publishing systems name the records
# (unset: scrapers/sources.toml; `familienarchiv crawl --sources-file` sets it) and the data
# directory (unset: pipeline/data/).
SOURCES_FILE = None
RULES_DATA_DIR = None

# --- Politeness ---------------------------------------------------------------------------
USER_AGENT = (
    "familienarchiv/0.1 (open news archive of local family initiatives; "
    "research crawler, contact: archiv@familienarchiv.invalid)"
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
# One request in flight per site on average: these are small public-sector servers.
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30

# --- Crawl limits ----------------------------------------------------------------------------
# Every source shares the night's process, so no site may take it over. Each limit can be set per
# source (sources.toml `limits`); each cut is counted in the run's row (crawl_runs.cuts, see
# scrapers/limits.py) and fails the run's verdict, so a limit too low for a real site shows.
# A response larger than this is not downloaded (nor decompressed beyond it): a fetch error.
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
# Links followed from one page; the sitemap protocol's own maximum of URLs per sitemap file.
CRAWL_MAX_LINKS_PER_PAGE = 50_000
# Pages (responses) per source per night, and hops from a start URL: an endless pagination stops.
CLOSESPIDER_PAGECOUNT = 20_000
DEPTH_LIMIT = 1_000
# A gzipped sitemap is decompressed up to this size (the protocol allows 50 MB uncompressed).
CRAWL_MAX_SITEMAP_BYTES = 64 * 1024 * 1024
# Run time per source per night, in seconds: within the nightly job's own 6 h (scrapers/README.md).
CLOSESPIDER_TIMEOUT = 5 * 60 * 60

# --- Retries with backoff -------------------------------------------------------------------
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# The first retry waits RETRY_BACKOFF_BASE seconds, each later one twice as long, capped; a
# Retry-After header (429/503) wins when it asks for longer.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0

# One request per article: links that differ only in cache noise (cHash, tstamp, ...) are the
# same request.
REQUEST_FINGERPRINTER_CLASS = "scrapers.fingerprint.CanonicalUrlFingerprinter"

DOWNLOADER_MIDDLEWARES = {
    # Before any download: articles the archive holds at the listed edit time are not fetched.
    "scrapers.middlewares.SkipUnchangedArticlesMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
    # Between retry (550) and decompression (590): sees every response, 5xx included,
    # with its body already decompressed.
    "scrapers.middlewares.WarcRecorderMiddleware": 580,
    # Just before Scrapy's redirect (600) and meta refresh (580) middlewares: redirects they would
    # drop or leave unfollowed (another host, javascript:) become fetch errors with their target.
    "scrapers.redirects.OffsiteRedirectMiddleware": 610,
    "scrapers.redirects.UnfollowableRefreshMiddleware": 585,
}

SPIDER_MIDDLEWARES = {
    # Nearest the spider: counts the links each page gives before anything filters them.
    "scrapers.limits.LinkLimitMiddleware": 950,
}

ITEM_PIPELINES = {
    "scrapers.pipelines.ArchivePipeline": 300,
}

EXTENSIONS = {
    # The crawl's one archive connection, opened (and migrated) before the components that
    # share it (skip middleware, run recorder, item pipeline) and closed after them.
    "scrapers.archive.OpenArchive": 0,
    # The crawl's one rules object, loaded before the components that share it (spiders,
    # request fingerprinter, skip middleware, item pipeline).
    "scrapers.rules.CrawlRules": 0,
    "scrapers.extensions.CrawlRunRecorder": 500,
    # Only in a shared crawl (scrapers/scaleout.py), where SHARED_QUEUE_IDLE_GRACE is set.
    "scrapers.scaleout.SharedQueueIdleGrace": 510,
    "scrapy.extensions.telnet.TelnetConsole": None,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

# --- Conditional requests for listings (see scrapers/cache.py) -----------------------------------
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "scrapers.cache.RevalidateListingsPolicy"
HTTPCACHE_STORAGE = "scrapers.cache.ArchiveCacheStorage"

# --- Scale-out (scrapers/scaleout.py sets the scrapy-redis scheduler for shared crawls) ---------
SHARED_QUEUE_IDLE_GRACE = 0
