"""Conditional requests for the pages that list articles (feeds, sitemaps, list pages).

Scrapy's HTTP cache keeps each listing with its validators (ETag, Last-Modified); the policy
below makes every crawl ask the site again with If-None-Match / If-Modified-Since, so an
unchanged listing costs a 304 and is parsed from the cached copy. Articles are not cached:
the archive itself knows which ones it holds.
"""

from pathlib import Path

from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy

from .middlewares import ARTICLE_ID


class RevalidateListingsPolicy(RFC2616Policy):
    """RFC 9111 caching of listings, always revalidated: a nightly crawl must see new items."""

    def should_cache_request(self, request) -> bool:
        if ARTICLE_ID in request.meta:
            return False
        # What a browser's reload sends: the policy then finds any copy stale and adds the
        # copy's validators to the request. Set before the policy parses (and memoises) the
        # request's Cache-Control.
        request.headers.setdefault(b"Cache-Control", b"max-age=0")
        return super().should_cache_request(request)


class ArchiveCacheStorage(FilesystemCacheStorage):
    """The cache beside the archive database (ARCHIVE_PATH), so each archive has its own."""

    def __init__(self, settings):
        super().__init__(settings)
        archive = Path(settings["ARCHIVE_PATH"]).resolve()
        self.cachedir = str(archive.parent / f"{archive.stem}.httpcache")
