"""The article's authors: every name the strongest source gives, without the outlet or e-mail.

The sources, strongest first, and why in this order:
1. JSON-LD `author` of the article: data the publisher writes for machines, every author listed.
2. Microdata `itemprop="author"`: marks the visible byline itself.
3. Meta tags (`author`, `article:author`, `dc.creator`): often only the first author, or a
   default the publishing system fills in (the outlet, a desk).
4. The visible byline under or over the headline ("Von Anna Muster und Ben Beispiel").
5. `<a rel="author">` links, which some blogs' templates give and nothing else.
6. An element whose class says author or byline (`<span class="article-author">Anna Muster`),
   last: such classes also mark author boxes and teasers, so only a name-like text counts.
A source that names only the outlet ("Stadtanzeiger", "STERN.de", initials, its host) or a desk
("Redaktion") gives way to the next one that names a person: they are the author of record only
when nobody is named. Listed beside people, they are the publisher's credit and are dropped (an
agency stays).
A visible byline that names everyone the chosen source names and more wins over it: meta tags
often carry only the first of several authors.
"""

import re
from itertools import islice
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .byline import Zone, byline_authors
from .furniture import is_furniture
from .metadata import Metadata

# an e-mail address, or a profile's web address ("facebook.com/anna.muster") after the name
_ADDRESS = re.compile(r"\S+@\S+\.\w+|\S*\w\.\w+/\S*")
# a bracketed note after a name: a newsroom's code ("Anna Muster (amu)") or a job ("(Redakteurin)")
_NOTE = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# labels before a name: "Von", "Text:", "Autorin:", an author box's "Über Anna Muster"
_BY = re.compile(r"^(?:von|by|text:|autor(?:in|en|[*/:]in)?:|über|about)(?:\s+|$)", re.I)
# several authors in one string: "A und B", "A, B", "A & B", "A; B", "A | B", "dpa/AFP"
_BETWEEN = re.compile(r"\s*(?:[,;|&/]|\bund\b|\band\b)\s*")
# a job title after a name ("Anna Muster, Leitende Redakteurin") is not a second author
_JOB = re.compile(r"(?:redakteur|redaktor|reporter|korrespondent|autor|volontär|"
                  r"journalist|ressortleit|gründer|chefin|chef\b|kolumnist|moderator|mitarbeiter|editor\b|"
                  r"correspondent|writer|author)", re.I)
_MAX_JOB_WORDS = 3
# a desk, not a person ("Redaktion", "NZZ-Redaktion", "Newsdesk", "Online Editorial")
_DESK = re.compile(r"redaktion|newsdesk|editorial", re.I)
# the lower-case words a person's name has ("Anna von Muster", "Jan de Vries")
_PARTICLES = {"von", "van", "de", "der", "den", "zu", "vom", "di", "da", "del", "la", "le", "ten",
              "ter", "al", "bin"}
_MAX_NAME_WORDS = 5
_EDGES = " ,;|"
_REL_AUTHOR = etree.XPath('//@rel[. = "author"]/parent::a')
# steps along the class attributes, which libxml2 does faster than testing every element
_AUTHOR_CLASS = etree.XPath('//@class[contains(., "author") or contains(., "autor") or '
                            'contains(., "byline")]/parent::*')
_MAX_CLASSED = 8  # author-classed elements looked at
_MAX_BOX = 40  # elements in an author box or byline; a larger one wraps the page
_MAX_BYLINE_TEXT = 80
_SOURCES = ("jsonld", "itemprop:", "meta:")


def choose_authors(meta: Metadata, zone: Zone, url: str, tree: HtmlElement) -> str | None:
    """All authors of the first source that names a person, joined by ", "."""
    outlet_only = None
    byline = _unique(byline_authors(zone))
    for names in _by_source(meta, byline, tree):
        people = [name for name in names
                  if not (_DESK.search(name) or _is_outlet(name, meta.site_name, url))]
        if people:
            return ", ".join(byline if _names_more(byline, people) else people)
        outlet_only = outlet_only or names
    return ", ".join(outlet_only) if outlet_only else None


def _names_more(byline: list[str], people: list[str]) -> bool:
    seen = {name.casefold() for name in byline}
    return len(byline) > len(people) and all(name.casefold() in seen for name in people)


def _by_source(meta: Metadata, byline: list[str], tree: HtmlElement):
    """Each source's cleaned names in the order above; the later ones are only read when needed."""
    for source in _SOURCES:
        yield _unique(_names(name for name, kind in meta.authors if kind.startswith(source)))
    yield byline
    yield _unique(name for name in _names(_byline_links(tree)) if _name_like(name))
    yield _classed_byline(tree)


def _classed_byline(tree: HtmlElement) -> list[str]:
    """The names in the first text of an author- or byline-classed element that holds a
    person's name (each element's own text: a label "Autor" or a date beside it stays apart)."""
    memo: dict = {}
    for element in _AUTHOR_CLASS(tree)[:_MAX_CLASSED]:
        # a page wrapper classed for an author's archive holds the whole page, not a byline
        if is_furniture(element, memo=memo) or _larger_than(element, _MAX_BOX):
            continue
        for node in element.iter():
            text = " ".join((node.text or "").split()) if isinstance(node.tag, str) else ""
            if len(text) <= _MAX_BYLINE_TEXT:
                names = [name for name in _names([text]) if _person_like(name)]
                if names:
                    return _unique(names)
    return []


def _larger_than(element: HtmlElement, count: int) -> bool:
    return next(islice(element.iter(), count, None), None) is not None


def _person_like(name: str) -> bool:
    """Two words or more, the first capitalised: this weakest source takes no single words
    (user names, initials) and no phrases."""
    return len(name.split()) > 1 and name[:1].isupper() and _name_like(name)


def _byline_links(tree: HtmlElement) -> list[str]:
    """The texts of the first byline's rel=author links: a blog's teaser list repeats the link
    for every other post, so only the links that share the first one's parent count."""
    links = _REL_AUTHOR(tree)
    if not links:
        return []
    byline = links[0].getparent()
    return [" ".join(link.text_content().split()) for link in links if link.getparent() is byline]


def _names(values) -> list[str]:
    """Every name of the raw values, split where one string holds several."""
    names = []
    for value in values:
        if value.startswith(("http", "@")):
            continue
        value = _BY.sub("", " ".join(_ADDRESS.sub("", value).split()))
        parts = [_BY.sub("", _NOTE.sub("", part)).strip(_EDGES) for part in _BETWEEN.split(value)]
        parts = [part for part in parts if _has_letters(part) and not _is_job(part)]
        # "Ministerium für Kinder, Jugend und Familie" is one author: split only into names
        if len(parts) > 1 and not all(_name_like(part) for part in parts):
            parts = [_NOTE.sub("", value).strip(_EDGES)]
        names.extend(parts)
    return names


def _name_like(part: str) -> bool:
    """A person's name, or one word (an agency "dpa", a code "amu", a surname)."""
    words = part.split()
    return len(words) == 1 or (len(words) <= _MAX_NAME_WORDS and all(
        word[:1].isupper() or word in _PARTICLES for word in words))


def _has_letters(part: str) -> bool:
    return any(ch.isalpha() for ch in part)


def _is_job(part: str) -> bool:
    return len(part.split()) <= _MAX_JOB_WORDS and bool(_JOB.search(part))


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
