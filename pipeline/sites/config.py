"""Sites as configured: a source entry with discovery = "prnews" and its `prnews` table.

A portal's values (its domains, which archive list each record belongs to) are configuration, so
that a second portal of a known system is one entry of a sources file and no code. The entries
live in a sources file (scrapers/sources.toml, or the one a crawl is given), next to the rest of
what is known about each source; this module reads them without Scrapy, so identity and
extraction find the same sites as the crawl.
"""

from collections.abc import Mapping, Sequence
from pathlib import Path

from ..datafile import DataFileError, read_toml
from .generic import GENERIC, Generic
from .prnews import PrNews

PRNEWS_SETTINGS = ("archive_paths",)


class SiteConfigError(DataFileError):
    """A source entry whose publishing-system settings cannot work."""


def configured_site(discovery: str, domains: Sequence[str], settings: object) -> PrNews | Generic:
    """The site a source entry describes: a pr_news portal for discovery "prnews"."""
    if discovery != "prnews":
        if settings is not None:
            raise SiteConfigError('a prnews table needs discovery = "prnews"')
        return GENERIC
    settings = {} if settings is None else settings
    if not isinstance(settings, Mapping):
        raise SiteConfigError("prnews must be a table")
    unknown = sorted(set(settings) - set(PRNEWS_SETTINGS))
    if unknown:
        raise SiteConfigError(f"unknown prnews setting(s): {', '.join(unknown)}")
    paths = settings.get("archive_paths", {})
    if not isinstance(paths, Mapping):
        raise SiteConfigError("prnews.archive_paths must be a table of originalPid = path")
    for pid, path in paths.items():
        if not pid.isdigit() or not isinstance(path, str) or not path.startswith("/"):
            raise SiteConfigError(
                f"prnews.archive_paths: {pid} = {path!r}: expected a page id (digits) = a path "
                "starting with /"
            )
    return PrNews.portal(tuple(domains), paths)


def sites_in(path: str | Path) -> list[PrNews]:
    """The portals a sources file configures; SiteConfigError names the file and the entry."""
    sites = []
    for entry in read_toml(path, SiteConfigError).get("source", []):
        try:
            site = configured_site(
                entry.get("discovery"), entry.get("allowed_domains", ()), entry.get("prnews")
            )
        except SiteConfigError as error:
            raise SiteConfigError(f"{path}: source {entry.get('name', '?')}: {error}") from None
        if site is not GENERIC:
            sites.append(site)
    return sites
