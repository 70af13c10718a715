"""Redirects the crawl does not follow (to another host, to no web page) as fetch errors.

Scrapy would drop a redirect to another host without a trace (its offsite filter ignores the
new request) and keep a page whose meta refresh points at `javascript:` (which w3lib from 2.6 on
reads as no refresh, as browsers do); both raise UnfollowableRedirect here, so the page's
errback records it with its target.
"""

import re
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse
from scrapy.utils.response import get_meta_refresh
from w3lib.url import safe_url_string

REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# The delay and target of a refresh's content, "0; url=javascript:go()", as browsers read it.
REFRESH_CONTENT = re.compile(
    r"""^\s*(\d+(?:\.\d*)?)[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?["']?([^"'\s][^"']*)""", re.I)


class UnfollowableRedirect(Exception):
    """A redirect or meta refresh to a target the crawl does not follow."""

    def __init__(self, response, message: str):
        super().__init__(message)
        self.response = response  # its status goes on record with the fetch error


def why_unfollowable(target: str, allowed_domains) -> str | None:
    """'another host' or 'no web page' when the crawl does not follow `target`; else None."""
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "no web page"
    host = parts.hostname.rstrip(".")
    if allowed_domains and not any(
        host == domain or host.endswith(f".{domain}") for domain in map(str.lower, allowed_domains)
    ):  # as Scrapy's offsite filter reads allowed_domains: the hosts and their subdomains
        return "another host"
    return None


class _Guard:
    """Raises UnfollowableRedirect for a target outside the spider's allowed_domains."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _check(self, response, kind: str, target: str) -> None:
        why = why_unfollowable(target, getattr(self.crawler.spider, "allowed_domains", None))
        if why:
            raise UnfollowableRedirect(response, f"{kind} to {why}: {target}")


def _guarded(request) -> bool:
    # robots.txt requests have their own fallback (no robots.txt: crawl as usual).
    return not (request.meta.get("dont_redirect") or request.meta.get("dont_obey_robotstxt"))


class OffsiteRedirectMiddleware(_Guard):
    """Before Scrapy's RedirectMiddleware: an HTTP redirect off the source's hosts is an error."""

    def process_response(self, request, response):
        location = response.headers.get("Location")
        if response.status in REDIRECT_STATUSES and location and _guarded(request):
            if location.startswith(b"//"):  # scheme-relative, as RedirectMiddleware reads it
                location = urlsplit(request.url).scheme.encode() + b":" + location
            target = urljoin(request.url, safe_url_string(location))
            self._check(response, f"HTTP {response.status} redirect", target)
        return response


class UnfollowableRefreshMiddleware(_Guard):
    """Before Scrapy's MetaRefreshMiddleware: a refresh off the source's hosts is an error."""

    def process_response(self, request, response):
        if not _guarded(request) or not isinstance(response, HtmlResponse):
            return response
        settings = self.crawler.settings
        ignore_tags = settings.getlist("METAREFRESH_IGNORE_TAGS")
        delay, target = get_meta_refresh(response, ignore_tags=ignore_tags)
        if not target:
            delay, target = _declined_refresh(response, ignore_tags)
        if target and delay < settings.getfloat("METAREFRESH_MAXDELAY"):
            self._check(response, "meta refresh", target)
        return response


def _declined_refresh(response, ignore_tags) -> tuple[float, str | None]:
    """The delay and target of a refresh to no web page ("javascript:go()"), which w3lib from
    2.6 on reads as a browser does, as no refresh at all: the page is then an empty shell the
    crawl does not keep. (0, None) for none."""
    ignored = "".join(f"[not(ancestor::{tag})]" for tag in ignore_tags if tag.isidentifier())
    for content in response.xpath(
        "//meta[translate(@http-equiv, 'REFSH', 'refsh')='refresh']"
        f"{ignored}/@content"
    ).getall():
        found = REFRESH_CONTENT.match(content)
        if found and urlsplit(found[2].strip()).scheme not in ("", "http", "https"):
            return float(found[1]), found[2].strip()
    return 0.0, None
