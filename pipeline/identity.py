"""One record per article: canonical URLs and the stable ids derived from them.

`record_id` is the one function that gives an article its id; a publishing system's own rules
(which query parameters name a record) come from the rules' site registry (pipeline/sites/).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .datafile import Table, Words, load_toml
from .sites import Site, SiteRegistry

DEFAULT_PORTS = {"http": 80, "https": 443}


NOISE_SCHEMA = Table(
    required={
        "tracking_params": Words(), "tracking_prefixes": Words(), "edition_host_prefixes": Words(),
        "edition_params": Words(), "edition_path_suffixes": Words(),
        "edition_path_prefixes": Words(), "edition_param_values": Table(others=Words()),
    },
)  # fmt: skip


@dataclass(frozen=True)
class UrlNoise:
    tracking_params: frozenset[str]
    tracking_prefixes: tuple[str, ...]
    edition_host_prefixes: tuple[str, ...]
    edition_params: frozenset[str]
    edition_param_values: dict[str, frozenset[str]]
    edition_path_suffixes: tuple[str, ...]
    edition_path_prefixes: tuple[str, ...]

    @classmethod
    def load(cls, path: str | Path) -> UrlNoise:
        """Read a URL noise file (the shipped one is data/url_noise.toml)."""
        data = load_toml(path, NOISE_SCHEMA)
        return cls(
            tracking_params=frozenset(p.lower() for p in data["tracking_params"]),
            tracking_prefixes=tuple(p.lower() for p in data["tracking_prefixes"]),
            edition_host_prefixes=tuple(data["edition_host_prefixes"]),
            edition_params=frozenset(p.lower() for p in data["edition_params"]),
            edition_param_values={
                name.lower(): frozenset(v.lower() for v in values)
                for name, values in data["edition_param_values"].items()
            },
            edition_path_suffixes=tuple(data["edition_path_suffixes"]),
            edition_path_prefixes=tuple(data["edition_path_prefixes"]),
        )


class IdentityRules(Protocol):
    """What identity reads of the rules (pipeline.rules.Rules): URL noise and the sites."""

    url_noise: UrlNoise
    sites: SiteRegistry


def _default_rules() -> IdentityRules:
    """The default rules, for callers that pass none."""
    from .rules import default_rules  # here, not at the top: the rules module imports this one

    return default_rules()


def canonical_url(
    url: str, declared: str | None = None, rules: IdentityRules | None = None
) -> str:
    """The URL an article is known by: no fragment, tracking, edition or cache noise.

    `declared` is the page's own `<link rel="canonical">`, followed when it is trustworthy
    (see `_trusted_canonical`); `rules` (URL noise, sites) default to the default rules. A
    publishing system's record links keep only what names the record (its `item_address`).
    """
    rules = rules or _default_rules()
    noise = rules.url_noise
    site = rules.sites.for_url(url)
    if declared and _trusted_canonical(url, urljoin(url, declared), site, noise):
        url = urljoin(url, declared)
        site = rules.sites.for_url(url)
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = _netloc(scheme, parts.hostname or "", parts.port, noise)
    address = site.item_address(url) or (_path(parts.path, noise), _query(parts.query, noise))
    return urlunsplit((scheme, netloc, *address, ""))


def identity_key(canonical: str) -> str:
    """What makes an article one article: the canonical URL without scheme and `www.`."""
    parts = urlsplit(canonical)
    return parts.netloc.removeprefix("www.") + urlunsplit(("", "", parts.path, parts.query, ""))


def record_id(url: str, declared: str | None = None, rules: IdentityRules | None = None) -> str:
    """The article's stable 16-hex-digit id: http/https, www/bare and noisy links share it.

    `declared` is the page's `<link rel="canonical">` once the page is fetched; a listed link
    alone gives the same id unless that canonical (or a redirect) names another URL.
    """
    key = identity_key(canonical_url(url, declared, rules))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _trusted_canonical(url: str, declared: str, site: Site, noise: UrlNoise) -> bool:
    """Whether a page's declared canonical URL names the same article.

    CMS templates often declare one canonical for every page of a list or a site: a canonical
    on another site, the site's home page, the page's path without the query that selects the
    article (`?id=`), or any canonical of a system's record page (the site says which) would
    merge different articles into one record.
    """
    target = urlsplit(declared)
    if target.scheme not in ("http", "https") or _site(declared, noise) != _site(url, noise):
        return False
    if not site.trusts_declared_canonical(url) or target.path in ("", "/"):
        return False
    page = urlsplit(url)
    same_path = _path(target.path, noise) == _path(page.path, noise)
    return not (_query(page.query, noise) and not target.query and same_path)


def _netloc(scheme: str, host: str, port: int | None, noise: UrlNoise) -> str:
    host = host.lower()
    for prefix in noise.edition_host_prefixes:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host.removeprefix(prefix)
            break
    if port is None or DEFAULT_PORTS.get(scheme) == port:
        return host
    return f"{host}:{port}"


def _site(url: str, noise: UrlNoise) -> str:
    """The host without www. and edition prefixes, to compare two URLs' sites."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return _netloc("", host, None, noise).removeprefix("www.")


def _path(path: str, noise: UrlNoise) -> str:
    for suffix in noise.edition_path_suffixes:
        if path.endswith(suffix) and len(path) > len(suffix):
            path = path[: -len(suffix)]
            break
    for prefix in noise.edition_path_prefixes:
        if path.startswith(prefix):
            path = "/" + path[len(prefix):]
            break
    return path or "/"


def _query(query: str, noise: UrlNoise) -> str:
    """The query without tracking and edition parameters, sorted (order carries no meaning)."""
    kept = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        name = key.lower()
        if name in noise.tracking_params or name.startswith(noise.tracking_prefixes):
            continue
        if name in noise.edition_params:
            continue
        if value.lower() in noise.edition_param_values.get(name, ()):
            continue
        kept.append((key, value))
    return urlencode(sorted(kept), safe="[],:/@")
