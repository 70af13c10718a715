"""Visible bylines and datelines: the text right around the headline, read in page order."""

import re
from collections.abc import Iterator
from dataclasses import replace

from lxml.html import HtmlElement

from ..dates import DateMatch, find_dates
from .furniture import is_furniture

_SKIP = {"script", "style", "template", "svg", "head", "title"}
# how much text before and after the headline belongs to its byline/dateline zone
BEFORE_CHARS, AFTER_CHARS = 200, 600
# a byline line is short; a dateline opens its paragraph ("Köln. 30. September 2015. Der ...")
MAX_BYLINE = 100
# the place before a dateline's date: capitalised words, then "." or "," ("Düsseldorf/Essen, ")
_DATELINE_PLACE = re.compile(r"(?:[A-ZÄÖÜ][\w./-]*(?:\s+|$)){0,3}(?:\([^)]{1,20}\))?[.,:]?\s*")

_AUTHOR = re.compile(
    r"(?:^|[\s|(])(?:[Vv]on|VON|[Aa]utor(?:in)?:|[Tt]ext:|[Bb]y|BY|Von:)\s+"
    r"(?P<name>(?:(?:Dr\.|Prof\.)\s+)?[A-ZÄÖÜ][\w'’.-]+(?:\s+(?:von\s+|van\s+|de\s+)?"
    r"[A-ZÄÖÜ][\w'’.-]+){1,3})"
)
# capitalised words that follow "Von" without being a name
_NOT_NAMES = re.compile(r"\b(?:Uhr|Redaktion|Januar|Februar|März|April|Mai|Juni|Juli|August|"
                        r"September|Oktober|November|Dezember)\b")


def segments(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(element, text) pairs in reading order: each element's text, then its children, then tail."""
    stack: list[tuple[HtmlElement, bool]] = [(tree, False)]
    while stack:
        element, done = stack.pop()
        if done:
            if element.tail and element.tail.strip():
                yield element.getparent(), element.tail
            continue
        stack.append((element, True))
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if element.text and element.text.strip():
            yield element, element.text
        stack.extend((child, False) for child in reversed(element))


def headline_zone(tree: HtmlElement, heading: HtmlElement | None) -> str:
    """The non-furniture text just before and after the headline (its byline and dateline)."""
    if heading is None:
        return ""
    before: list[tuple[HtmlElement, str]] = []
    after: list[str] = []
    inside = set(heading.iter())
    seen_heading = False
    for element, text in segments(tree):
        if element in inside:
            seen_heading = True
        elif not seen_heading:
            before.append((element, text))
        elif not is_furniture(element):
            after.append(" ".join(text.split()))
            if sum(map(len, after)) > AFTER_CHARS:
                break
    return "\n".join((*_last_chars(before, BEFORE_CHARS), *after))


def _last_chars(pairs: list[tuple[HtmlElement, str]], limit: int) -> list[str]:
    kept, size = [], 0
    for element, text in reversed(pairs):
        if size >= limit:
            break
        if not is_furniture(element):
            kept.append(" ".join(text.split()))
            size += len(kept[-1])
    return kept[::-1]


def zone_dates(zone: str) -> list[DateMatch]:
    """Byline and dateline dates: alone on a short line or at the start of a paragraph.

    A date inside a longer sentence ("findet am 5. Februar statt") is a mention, not a stamp.
    """
    found = []
    offset = 0
    for line in zone.split("\n"):
        found.extend(
            _shifted(m, offset) for m in find_dates(line)
            if m.role not in ("stand", "print")
            and (len(line) <= MAX_BYLINE or _DATELINE_PLACE.fullmatch(line[: m.start]))
        )
        offset += len(line) + 1
    return found


def _shifted(match: DateMatch, offset: int) -> DateMatch:
    return replace(match, start=match.start + offset, end=match.end + offset)


def byline_author(zone: str) -> str | None:
    """`Von Anna Muster, 3. März 2021` -> `Anna Muster`."""
    for match in _AUTHOR.finditer(zone):
        name = match["name"].rstrip(".")
        if not _NOT_NAMES.search(name):
            return name
    return None
