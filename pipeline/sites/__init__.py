"""Publishing systems: which one a URL or a page belongs to, and that system's rules.

One module per CMS family (today prnews.py, TYPO3 with pr_news) knows its URL identity rules,
its listing's version signal, its item reader and how it recognises its pages; generic.py is
every other site. Portals of a system are configured in the sources file (config.py). Identity,
extraction and the crawl ask this registry; none of them names a site.
"""

from functools import cache
from typing import Protocol

from .config import SOURCES_FILE, SiteConfigError, configured_site, sites_in
from .generic import GENERIC
from .prnews import PrNews

__all__ = ["GENERIC", "Site", "SiteConfigError", "configured_site", "for_page", "for_url",
           "register"]

# A system's links on a host no configured portal claims (a copy, a mirror, a new portal).
_SYSTEMS = (PrNews(),)
# Sites of sources from another sources file, made known by the crawl that uses them.
_registered: list["Site"] = []


class Site(Protocol):
    """What identity, extraction and the crawl ask of a publishing system."""

    name: str
    # True: a listing names each record's exact last edit (equal means unchanged); False: a
    # date to compare with the archive's last check, if any.
    lists_edit_times: bool

    def claims(self, url: str) -> bool: ...
    def item_address(self, url: str) -> tuple[str, str] | None: ...
    def trusts_declared_canonical(self, url: str) -> bool: ...
    def listed_version(self, url: str) -> str | None: ...
    def recognises(self, tree, url: str | None) -> bool: ...
    def read_item(self, tree, url: str | None): ...


@cache
def _configured() -> tuple[PrNews, ...]:
    return tuple(sites_in(SOURCES_FILE))


def register(site: Site) -> None:
    """Make a source's site known to the lookups of this process."""
    if site is not GENERIC and site not in _registered:
        _registered.append(site)


def _known() -> tuple[Site, ...]:
    return (*_registered, *_configured(), *_SYSTEMS)


def for_url(url: str) -> Site:
    """The site whose rules identify the URL's article; GENERIC when no system claims it."""
    return next((site for site in _known() if site.claims(url)), GENERIC)


def for_page(tree, url: str | None) -> Site:
    """The site whose reader knows the page (by its URL or its markup); GENERIC otherwise."""
    return next((site for site in _known() if site.recognises(tree, url)), GENERIC)
