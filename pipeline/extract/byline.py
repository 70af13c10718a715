"""Visible bylines and datelines: the text right around the headline, read in page order."""

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from lxml import etree
from lxml.html import HtmlElement

from ..dates import GERMAN_MONTHS, DateMatch, find_dates
from .blocks import BLOCK_TAGS
from .furniture import is_furniture

_SKIP = {"script", "style", "template", "svg", "head", "title"}
# how much text before and after the headline belongs to its byline/dateline zone
BEFORE_CHARS, AFTER_CHARS = 200, 600
# a byline line is short; a dateline opens its paragraph ("Köln. 30. September 2015. Der ...")
MAX_BYLINE = 100
# how far below the headline a "Stand:" stamp still belongs to it
NEAR_CHARS = 150
# the place before a dateline's date: capitalised words, then "." or "," ("Düsseldorf/Essen, ")
_DATELINE_PLACE = re.compile(
    r"(?:[A-ZÄÖÜ][\w./-]*(?:\s+|$)){0,3}(?:\([^)]{1,20}\))?[.,:]?\s*\(?"
)

# one name: one to four capitalised words, a title and a "von" allowed ("Dr. Anna von Muster")
_NAME = (r"(?:(?:Dr\.|Prof\.)[ \xa0]+)?[A-ZÄÖÜ][\w'’.-]+(?:[ \xa0]+(?:von |van |de )?"
         r"[A-ZÄÖÜ][\w'’.-]+){1,3}")
# "Von Anna Muster", "Von Anna Muster und Ben Beispiel", "Text: Anna Muster, Ben Beispiel": every
# name of the byline; a single word after the names ("…, Lille") is the dateline place
_AUTHOR = re.compile(
    r"(?:^|[\s|(])(?:[Vv]on|VON|[Aa]utor(?:in)?(?:en)?:|[Tt]ext:|[Bb]y|BY|Von:)[ \t\xa0]+"
    rf"(?P<names>{_NAME}(?:[ \xa0]*(?:,|&|\bund\b|\band\b)[ \xa0]*{_NAME})*)"
)
_BETWEEN_NAMES = re.compile(r"\s*(?:,|&|\bund\b|\band\b)\s*")
# capitalised words that follow "Von" without being a name
_MONTH_NAMES = "|".join(month.capitalize() for month in GERMAN_MONTHS)
# capitalised words that follow a name on a byline's line without being part of it ("Von Anna
# Muster Aktualisiert am …", "… Foto: …", "… Lesezeit 3 Minuten"): the name ends before them
_NOT_NAMES = re.compile(rf"\b(?:Uhr|Redaktion|{_MONTH_NAMES}|Montag|Dienstag|Mittwoch|"
                        r"Donnerstag|Freitag|Samstag|Sonntag|Aktualisiert|Veröffentlicht|"
                        r"Erschienen|Erstellt|Stand|Update|Foto|Fotos|Bild|Bilder|Lesezeit)\b")


def segments(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(element, text) pairs in reading order: each element's text, then its children, then tail."""
    walker = etree.iterwalk(tree, events=("start", "end"))  # the walk itself runs in libxml2
    for event, element in walker:
        if event == "end":
            if element.tail and element.tail.strip():
                yield element.getparent(), element.tail
        elif not isinstance(element.tag, str) or element.tag in _SKIP:
            walker.skip_subtree()  # its "end" still comes: its tail is page text
        elif element.text and element.text.strip():
            yield element, element.text


@dataclass(frozen=True)
class Zone:
    """The text around the headline, one line per block, and where the headline stood in it."""

    text: str = ""
    heading_at: int = 0

    def near(self, matches: list[DateMatch]) -> list[DateMatch]:
        """The matches just above or right below the headline (a byline's own stamp)."""
        return [m for m in matches if m.start < self.heading_at + NEAR_CHARS]


def headline_zone(tree: HtmlElement, heading: HtmlElement | None) -> Zone:
    """The non-furniture text just before and after the headline."""
    if heading is None:
        return Zone()
    before: list[tuple[HtmlElement, str]] = []
    after: list[tuple[HtmlElement, str]] = []
    inside = set(heading.iter())
    seen_heading = False
    memo: dict = {}
    for element, text in segments(tree):
        if element in inside:
            seen_heading = True
        elif not seen_heading:
            before.append((element, text))
        elif not is_furniture(element, memo=memo):
            after.append((element, text))
            if sum(len(t) for _, t in after) > AFTER_CHARS:
                break
    head = "\n".join(_lines(_last_chars(before, BEFORE_CHARS, memo)))
    return Zone(f"{head}\n" + "\n".join(_lines(after)), len(head) + 1)


def _last_chars(pairs: list[tuple[HtmlElement, str]], limit: int, memo: dict
                ) -> list[tuple[HtmlElement, str]]:
    kept, size = [], 0
    for element, text in reversed(pairs):
        if size >= limit:
            break
        if not is_furniture(element, memo=memo):
            kept.append((element, text))
            size += len(text.strip())
    return kept[::-1]


def _lines(pairs: list[tuple[HtmlElement, str]]) -> list[str]:
    """Join the text pieces of one block (a paragraph with links, a byline with spans)."""
    lines: list[str] = []
    last_block = None
    for element, text in pairs:
        block = _block_of(element)
        text = " ".join(text.split())
        if lines and block is last_block:
            lines[-1] = f"{lines[-1]} {text}"
        else:
            lines.append(text)
        last_block = block
    return lines


def _block_of(element: HtmlElement) -> HtmlElement:
    node = element
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.getparent()
    return node if node is not None else element


def zone_dates(zone: Zone, reference: date | None = None) -> list[DateMatch]:
    """Byline and dateline dates (any role): on a short line or opening a paragraph.

    A date inside a longer sentence ("findet am 5. Februar statt") is a mention, not a stamp.
    `reference` (the page's own date from metadata or URL) places a day written without its
    year ("14. Februar, 9.30 Uhr").
    """
    found = []
    offset = 0
    for line in zone.text.split("\n"):
        found.extend(
            _shifted(m, offset) for m in find_dates(line, reference=reference, relative=False)
            if (len(line) <= MAX_BYLINE or _DATELINE_PLACE.fullmatch(line[: m.start]))
        )
        offset += len(line) + 1
    return found


def _shifted(match: DateMatch, offset: int) -> DateMatch:
    return replace(match, start=match.start + offset, end=match.end + offset)


def is_byline(line: str) -> bool:
    """Whether a short line is a byline and nothing else ("Von Anna Muster", "Text: Ben
    Beispiel", "Von Anna Muster, 3. März 2024"), not a sentence that starts like one ("Von
    Anna Muster stammt die Idee")."""
    line = line.strip()
    found = _AUTHOR.match(line)
    if not found or len(line) > MAX_BYLINE:
        return False
    rest = line[found.end():].strip(" ,.")
    dates = find_dates(rest)
    return not rest or (len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(rest))


def byline_authors(zone: Zone) -> list[str]:
    """`Von Anna Muster und Ben Beispiel, 3. März 2021` -> both names, from a short line only."""
    for line in zone.text.split("\n"):
        if len(line) > MAX_BYLINE:
            continue
        for match in _AUTHOR.finditer(line):
            names = [_NOT_NAMES.split(name, 1)[0].strip().rstrip(".")
                     for name in _BETWEEN_NAMES.split(match["names"])]
            names = [name for name in names if name]
            if names:
                return names
    return []
