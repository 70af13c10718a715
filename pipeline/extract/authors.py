"""The article's authors: every name the strongest source gives, without the outlet or e-mail."""

import re
from urllib.parse import urlsplit

from .byline import Zone, byline_author
from .metadata import Metadata

_EMAIL = re.compile(r"\S+@\S+\.\w+")
# a newsroom's short code after a name: "Elena Muster (emu)", "Max Muster (mmu.)"
_CODE = re.compile(r"\s*\([a-zäöü]{2,5}\.?\)\s*$")
_BY = re.compile(r"^(?:von|by|text:|autor(?:in)?:)\s+", re.I)


def choose_authors(meta: Metadata, zone: Zone, url: str) -> str | None:
    """All authors of the first source that names any, joined by ", ".

    JSON-LD lists every author, the meta tag often only the first, so the structured list
    comes first. The outlet named as author ("LTO", "STERN.de") gives way to a visible
    byline name; without one it stays, as the outlet is then the author of record.
    """
    for source in ("jsonld", "meta:"):
        names = _unique(cleaned for name, kind in meta.authors if kind.startswith(source)
                        and (cleaned := _clean(name)))
        if names:
            break
    else:
        names = []
    if names and all(_is_outlet(name, meta.site_name, url) for name in names):
        return byline_author(zone) or ", ".join(names)
    return ", ".join(names) if names else byline_author(zone)


def _clean(name: str) -> str | None:
    if name.startswith(("http", "@")):
        return None
    name = " ".join(_EMAIL.sub("", name).split())
    name = _BY.sub("", _CODE.sub("", name)).strip(" ,;|")
    return name or None


def _unique(names) -> list[str]:
    seen, kept = set(), []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            kept.append(name)
    return kept


def _is_outlet(name: str, site_name: str | None, url: str) -> bool:
    """The name is the site's: its name, its initials, or its host ("stern.de", "LTO")."""
    norm = _letters(name)
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    labels = {_letters(host), _letters(host.rsplit(".", 1)[0])} if host else set()
    site = site_name or ""
    initials = "".join(word[0] for word in site.split() if word[:1].isalpha())
    return bool(norm) and norm in {*labels, _letters(site), initials.casefold()}


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())
