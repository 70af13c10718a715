"""The configured sources (scrapers/sources.toml): what to crawl, how to find it, how politely."""

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import re2

from pipeline.datafile import FLAG, TEXT, Bounded, DataFileError, OneOf, Table, Words, read_toml
from pipeline.outlets import OutletRegistry
from pipeline.rules import DATA_DIR, SOURCES_FILE
from pipeline.sites import SiteConfigError, configured_site

# How a source's articles are found; "prnews" walks a TYPO3 pr_news portal's archive lists.
DISCOVERY = ("feed", "sitemap", "list", "prnews")
# The kinds that know articles by the source's article_pattern.
PATTERN_DISCOVERY = ("feed", "sitemap", "list")
RELEVANCE = ("required", "none")
# Politeness overrides a source may set, and the Scrapy setting each one becomes.
POLITENESS_SETTINGS = {
    "download_delay": "DOWNLOAD_DELAY",
    "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "autothrottle_target_concurrency": "AUTOTHROTTLE_TARGET_CONCURRENCY",
}
# Crawl limits a source may set (defaults in scrapers/settings.py), and the setting each becomes.
LIMIT_SETTINGS = {
    "max_response_bytes": "DOWNLOAD_MAXSIZE",
    "max_links_per_page": "CRAWL_MAX_LINKS_PER_PAGE",
    "max_pages": "CLOSESPIDER_PAGECOUNT",
    "max_depth": "DEPTH_LIMIT",
    "max_sitemap_bytes": "CRAWL_MAX_SITEMAP_BYTES",
    "max_run_seconds": "CLOSESPIDER_TIMEOUT",
}


class CheckedBySites:
    """The prnews table, checked by pipeline/sites/config.py for the crawl and pipeline alike."""

    def check(self, value, where: str) -> None:
        return None


COUNT = Bounded((int,), "a whole number", minimum=1)
SECONDS = Bounded((int, float), "a number of seconds", minimum=0, maximum=600)

# One [[source]] entry; what one key cannot say (known outlet, URLs, patterns, the prnews
# table) is checked by _problems.
SOURCE = Table(
    required={
        "name": TEXT, "outlet": TEXT, "discovery": OneOf(DISCOVERY), "start_urls": Words(),
        "allowed_domains": Words(),
    },
    optional={
        "article_pattern": TEXT, "follow_pattern": TEXT, "relevance": OneOf(RELEVANCE),
        "enabled": FLAG,
        "politeness": Table(optional={
            "download_delay": SECONDS,
            "concurrency": Bounded((int,), "a whole number", minimum=1, maximum=8),
            "autothrottle_target_concurrency":
                Bounded((int, float), "a number", minimum=0.1, maximum=8),
        }),
        "limits": Table(optional=dict.fromkeys(LIMIT_SETTINGS, COUNT)),
        "prnews": CheckedBySites(),
    },
)  # fmt: skip


class SourceConfigError(ValueError):
    """A sources file that cannot work: one line per problem, each naming the file and entry."""


@dataclass(frozen=True)
class Source:
    name: str  # the spider's name: letters, digits and underscores
    outlet: str  # the publisher's id in the outlet registry
    discovery: str  # one of DISCOVERY
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    # Regexes searched in a URL's path and query ("/nrw/staedte/x_aid-1?p=2"), never its host;
    # compiled by RE2, whose time is linear in the URL's length whatever the pattern:
    article_pattern: str | None = None  # the source's articles
    follow_pattern: str | None = None  # list pages to follow (pagination), sitemaps of an index
    relevance: str = "none"  # "required": items go through the relevance filter
    enabled: bool = True
    politeness: dict = field(default_factory=dict)
    limits: dict = field(default_factory=dict)  # overrides of the crawl limits (LIMIT_SETTINGS)
    prnews: dict | None = None  # a pr_news portal's settings (pipeline/sites/config.py)

    def custom_settings(self) -> dict:
        """The Scrapy settings this source overrides."""
        return {
            **{POLITENESS_SETTINGS[key]: value for key, value in self.politeness.items()},
            **{LIMIT_SETTINGS[key]: value for key, value in self.limits.items()},
        }


def compile_pattern(pattern: str | None):
    """A source's URL pattern as RE2 compiles it (None: matches every URL)."""
    return re2.compile(pattern or "", _RE2_OPTIONS)


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False  # a bad pattern is one line of the configuration's errors


def load_sources(
    path: str | Path = SOURCES_FILE, outlets_file: str | Path = DATA_DIR / "outlets.toml"
) -> list[Source]:
    """Every [[source]] entry of the file, checked against the schema and the outlet registry.

    SourceConfigError lists every problem found, one line each, before anything runs.
    """
    try:
        entries = read_toml(path).get("source", [])
    except DataFileError as error:  # missing, not UTF-8, not TOML: one line
        raise SourceConfigError(str(error)) from None
    if not isinstance(entries, list):
        raise SourceConfigError(f"{path}: source: expected [[source]] tables")
    outlets = OutletRegistry.load(outlets_file)
    problems = [
        f"{path}: {problem}"
        for position, entry in enumerate(entries, 1)
        for problem in _problems(entry, position, outlets)
    ]
    names = [entry.get("name") for entry in entries if isinstance(entry, dict)]
    names = [name for name in names if isinstance(name, str)]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        problems.append(f"{path}: source names used twice: {', '.join(duplicates)}")
    if problems:
        raise SourceConfigError("\n".join(problems))
    return [_source(entry) for entry in entries]


def _source(entry: dict) -> Source:
    return Source(**{**entry, "start_urls": tuple(entry["start_urls"]),
                     "allowed_domains": tuple(entry["allowed_domains"])})  # fmt: skip


def _problems(entry, position: int, outlets: OutletRegistry) -> list[str]:
    """Every problem of one entry: the schema's ('source NAME KEY: ...'), then the meaning's."""
    name = entry.get("name") if isinstance(entry, dict) else None
    where = f"source {name if isinstance(name, str) else position}"
    found = SOURCE.problems(entry, where)
    if isinstance(entry, dict):
        found += [f"{where}: {problem}" for problem in _meaning(entry, outlets)]
    return found


def _meaning(entry: dict, outlets: OutletRegistry) -> list[str]:
    """What the schema cannot see (names, outlets, URLs, patterns, the pr_news settings), for
    each value of the right type: a wrong type is the schema's problem."""
    found = []
    name, outlet, urls = entry.get("name"), entry.get("outlet"), entry.get("start_urls")
    if isinstance(name, str) and not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        found.append("name must be lower-case letters, digits and underscores")
    if isinstance(outlet, str) and outlet not in outlets:
        found.append(f"outlet {outlet!r} is not in the outlet registry")
    found += [f"start_urls: {url!r} is no http(s) URL with a host"
              for url in (urls if isinstance(urls, list) else ())
              if isinstance(url, str) and not _is_web_url(url)]  # fmt: skip
    if entry.get("discovery") in PATTERN_DISCOVERY and "article_pattern" not in entry:
        found.append("article_pattern is required")
    for key in ("article_pattern", "follow_pattern"):
        if not isinstance(entry.get(key), str):
            continue
        try:
            compile_pattern(entry[key])
        except re2.error as error:
            why = error.args[0].decode("utf-8", "replace")
            found.append(f"{key}: {entry[key]!r} is no regular expression RE2 accepts: {why}")
    domains = entry.get("allowed_domains")
    if isinstance(domains, list):
        try:
            configured_site(entry.get("discovery"), domains, entry.get("prnews"))
        except SiteConfigError as error:
            found.append(str(error))
    return found


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
