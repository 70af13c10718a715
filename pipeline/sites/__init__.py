"""Publishing systems: which one a URL or a page belongs to, and that system's rules.

One module per CMS family (today prnews.py, TYPO3 with pr_news) knows its URL identity rules,
its listing's version signal, its item reader and how it recognises its pages; generic.py is
every other site. Portals of a system are configured in a sources file (config.py); a
`SiteRegistry` holds one file's portals and is part of the rules (pipeline.rules), which
identity, extraction and the crawl are given. None of them names a site.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .config import SiteConfigError, configured_site, sites_in
from .generic import GENERIC
from .prnews import PrNews

__all__ = ["GENERIC", "SOURCES_FILE", "Site", "SiteConfigError", "SiteRegistry", "configured_site"]

# The project's sources; their publishing-system entries say how a portal's records are named.
SOURCES_FILE = Path(__file__).resolve().parent.parent.parent / "scrapers" / "sources.toml"

# A system's links on a host no configured portal claims (a copy, a mirror, a new portal).
SYSTEMS = (PrNews(),)


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


@dataclass(frozen=True)
class SiteRegistry:
    """The portals a sources file configures, before the systems as found on any host."""

    portals: tuple[Site, ...] = ()

    @classmethod
    def load(cls, sources_file: str | Path) -> SiteRegistry:
        """The portals of a sources file; SiteConfigError names the file and the entry."""
        return cls(tuple(sites_in(sources_file)))

    def for_url(self, url: str) -> Site:
        """The site whose rules identify the URL's article; GENERIC when no system claims it."""
        return next((site for site in self._known() if site.claims(url)), GENERIC)

    def for_page(self, tree, url: str | None) -> Site:
        """The site whose reader knows the page (by its URL or its markup); GENERIC otherwise."""
        return next((site for site in self._known() if site.recognises(tree, url)), GENERIC)

    def _known(self) -> tuple[Site, ...]:
        return (*self.portals, *SYSTEMS)
