"""One record per article: canonical URLs and the stable ids derived from them."""

import hashlib
import re
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

# pr_news (TYPO3) identifies a news record by these two parameters; everything else in its
# query strings (cHash, tstamp, no_cache, L, rel, pointer) is cache or navigation noise.
PRNEWS_KEYS = ("tx_prnews[originalPid]", "tx_prnews[showUid]")
PRNEWS_TSTAMP = "tx_prnews[tstamp]"

# The archive list each pr_news record belongs to, so that links from either list canonicalise
# to the same URL.
PRNEWS_ARCHIVE_PATHS = {
    "2488": "/archiv-neues-kommunen.html",
    "1669": "/archiv-meldungen.html",
}


# Links in the wild carry junk such as "%23tabs-2%23tabs-2" glued to a value: keep the number.
LEADING_DIGITS = re.compile(r"\d+")

# The portal's own host: http/https and with/without www are the same page.
PORTAL_HOST = "www.familie-in-nrw.de"


def prnews_params(url: str) -> dict[str, str]:
    """The pr_news parameters of a URL (empty when it is not a news record link)."""
    params = {}
    for key, value in parse_qsl(urlsplit(url).query):
        digits = LEADING_DIGITS.match(value.strip())
        if key in (*PRNEWS_KEYS, PRNEWS_TSTAMP) and digits:
            params[key] = digits.group()
    return params


def is_prnews_item(url: str) -> bool:
    return "tx_prnews[showUid]" in prnews_params(url)


def canonical_url(url: str) -> str:
    """The URL an article is known by: scheme and host lower-cased, no fragment, no noise."""
    parts = urlsplit(url.strip())
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    if netloc.removeprefix("www.") == PORTAL_HOST.removeprefix("www."):
        scheme, netloc = "https", PORTAL_HOST
    params = prnews_params(url)
    if "tx_prnews[showUid]" not in params:
        return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))
    pid = params.get("tx_prnews[originalPid]", "")
    path = PRNEWS_ARCHIVE_PATHS.get(pid, parts.path or "/")
    query = urlencode(
        [(key, params[key]) for key in PRNEWS_KEYS if key in params], safe="[]"
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def record_id(canonical: str) -> str:
    """A stable 16-hex-digit id for a canonical URL."""
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def prnews_edit_time(url: str) -> str | None:
    """The record's last edit time from a pr_news link's `tstamp`, as ISO 8601 (Europe/Berlin)."""
    tstamp = prnews_params(url).get(PRNEWS_TSTAMP)
    if tstamp is None:
        return None
    return datetime.fromtimestamp(int(tstamp), BERLIN).isoformat()
