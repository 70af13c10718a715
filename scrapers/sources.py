"""The configured sources (scrapers/sources.toml): what to crawl, how to find it, how politely."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.datafile import read_toml
from pipeline.rules import SOURCES_FILE
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


class SourceConfigError(ValueError):
    """An entry of the source configuration that cannot work."""


@dataclass(frozen=True)
class Source:
    name: str  # the spider's name: letters, digits and underscores
    outlet: str  # the publisher's id in the outlet registry
    discovery: str  # one of DISCOVERY
    start_urls: tuple[str, ...]
    allowed_domains: tuple[str, ...]
    # Regexes searched in a URL's path and query ("/nrw/staedte/x_aid-1?p=2"), never its host:
    article_pattern: str | None = None  # the source's articles
    follow_pattern: str | None = None  # list pages to follow (pagination), sitemaps of an index
    relevance: str = "none"  # "required": items go through the relevance filter
    enabled: bool = True
    politeness: dict = field(default_factory=dict)
    prnews: dict | None = None  # a pr_news portal's settings (pipeline/sites/config.py)

    def custom_settings(self) -> dict:
        """The Scrapy settings this source overrides."""
        return {POLITENESS_SETTINGS[key]: value for key, value in self.politeness.items()}


def load_sources(path: str | Path = SOURCES_FILE) -> list[Source]:
    """Every [[source]] entry of the file, checked; SourceConfigError names the first bad one."""
    entries = read_toml(path).get("source", [])
    sources = [_source(entry, path) for entry in entries]
    names = [source.name for source in sources]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise SourceConfigError(f"{path}: source names used twice: {', '.join(duplicates)}")
    return sources


def _source(entry: dict, path: str | Path) -> Source:
    name = entry.get("name", "?")
    try:
        source = Source(
            **{**entry, "start_urls": tuple(entry["start_urls"]),
               "allowed_domains": tuple(entry["allowed_domains"])}
        )
    except (KeyError, TypeError) as error:
        raise SourceConfigError(f"{path}: source {name}: {error}") from None
    problem = _problem(source)
    if problem:
        raise SourceConfigError(f"{path}: source {name}: {problem}")
    return source


def _problem(source: Source) -> str | None:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", source.name):
        return "name must be lower-case letters, digits and underscores"
    if source.discovery not in DISCOVERY:
        return f"discovery must be one of {', '.join(DISCOVERY)}, not {source.discovery!r}"
    if source.relevance not in RELEVANCE:
        return f"relevance must be one of {', '.join(RELEVANCE)}, not {source.relevance!r}"
    if source.discovery in PATTERN_DISCOVERY and not source.article_pattern:
        return "article_pattern is required"
    try:
        configured_site(source.discovery, source.allowed_domains, source.prnews)
    except SiteConfigError as error:
        return str(error)
    unknown = sorted(set(source.politeness) - set(POLITENESS_SETTINGS))
    if unknown:
        return f"unknown politeness setting(s): {', '.join(unknown)}"
    for pattern in (source.article_pattern, source.follow_pattern):
        try:
            re.compile(pattern or "")
        except re.error as error:
            return f"bad pattern {pattern!r}: {error}"
    return None
