"""Page rules as data (pipeline/data/outlet_pages.toml): furniture pruned from the body
extraction's copy of the page before the generic path runs, and per-outlet field choices.

- Every page: side boxes that a heading such as "Termine" or "Bürgerservice" opens (municipal
  pages set event teasers and service links in a column beside the text, in plain divs).
- Per outlet: XPath expressions of the blocks one outlet's templates put inside the article column,
  where the generic path cannot tell them from text; and which of the page's metadata titles is
  the outlet's headline, where its pages carry several that differ. The generic path stays the
  whole extractor for every other host and for whatever a rule does not name.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from ..datafile import TEXT, DataFileError, OneOf, Table, Tables, Words, entry, load_toml
from .metadata import TITLE_META

OUTLET_PAGES_FILE = Path(__file__).resolve().parent.parent / "data" / "outlet_pages.toml"
# the metadata titles an outlet's headline may be taken from (Metadata.titles' source names)
TITLE_SOURCES = ("jsonld:headline", "itemprop:headline", *(f"meta:{key}" for key in TITLE_META))
_SCHEMA = Table(required={
    "side_box_headings": Words(),
    "outlet": Tables(Table(required={"name": TEXT, "hosts": Words()},
                           optional={"drop": Words(), "title": OneOf(TITLE_SOURCES),
                                     "why": TEXT}),
                     label="name"),
})
_UPPER, _LOWER = "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ", "abcdefghijklmnopqrstuvwxyzäöü"


@dataclass(frozen=True)
class OutletRule:
    """One outlet: its hosts (subdomains included), the XPath of each block to drop and the
    metadata title that is its headline (None: the generic choice)."""

    name: str
    hosts: tuple[str, ...]
    drop: tuple[str, ...] = ()
    title: str | None = None


@dataclass(frozen=True)
class OutletPages:
    """The side boxes of every page and every outlet's rule, found by the page's host."""

    side_boxes: str  # XPath of a div, section or aside opened by a side-box heading
    rules: tuple[OutletRule, ...] = ()
    box_headings: frozenset[str] = frozenset()  # the side-box headings, case-folded

    @classmethod
    def load(cls, path: str | Path = OUTLET_PAGES_FILE) -> OutletPages:
        """The rules of a file; DataFileError names the file, the outlet and the bad XPath."""
        data = load_toml(path, _SCHEMA)
        # the XPath quotes the names with ' and separates them with |
        quoted = next((name for name in data["side_box_headings"] if "'" in name or "|" in name),
                      None)
        if quoted:
            raise DataFileError(
                f"{path}: side_box_headings: {quoted!r} holds a quote (') or a bar (|)")
        return cls(side_boxes_xpath(data["side_box_headings"]),
                   tuple(_rule(item, f"{path}: {entry('[[outlet]]', position, item['name'])}")
                         for position, item in enumerate(data["outlet"], 1)),
                   frozenset(name.casefold() for name in data["side_box_headings"]))

    def rule_for(self, url: str | None) -> OutletRule | None:
        """The rule of the outlet whose host serves `url`, None for every other host."""
        host = (urlsplit(url or "").hostname or "").lower()
        return next((rule for rule in self.rules
                     if any(host == h or host.endswith(f".{h}") for h in rule.hosts)), None)

    def drop_for(self, url: str | None) -> tuple[str, ...]:
        """XPath of every block to leave out of the body of the page at `url`."""
        rule = self.rule_for(url)
        return (self.side_boxes, *(rule.drop if rule else ()))


def side_boxes_xpath(headings: list[str]) -> str:
    """A div, section or aside whose first element is a heading naming a side box, and which
    holds no headline (the article's own column is never one).

    It runs on every page, so it is written for libxml2's speed: `//h2` is a fast descendant
    search where `//*[self::h2]` first collects every element, and the heading's text is
    normalised once and looked up in one "|"-delimited list (a heading holding "|" never
    matches) instead of once per name."""
    key = f"translate(normalize-space(.), '{_UPPER}', '{_LOWER}')"
    names = "|" + "|".join(name.casefold() for name in headings) + "|"
    return ("(//h2|//h3|//h4|//h5)[not(preceding-sibling::*)][not(contains(., '|'))]"
            f"[contains('{names}', concat('|', {key}, '|'))]"
            "/parent::*[self::div or self::section or self::aside][not(.//h1)]")


def _rule(item: dict, where: str) -> OutletRule:
    if "drop" not in item and "title" not in item:
        raise DataFileError(f"{where}: a rule needs drop or title")
    for path in item.get("drop", ()):
        try:
            etree.XPath(path)
        except etree.XPathSyntaxError as problem:
            raise DataFileError(f"{where} drop: {path!r} is no XPath ({problem})") from None
    return OutletRule(item["name"], tuple(h.lower().removeprefix("www.") for h in item["hosts"]),
                      tuple(item.get("drop", ())), item.get("title"))


@functools.cache
def default_outlet_pages() -> OutletPages:
    """The project's rules file, read once per process."""
    return OutletPages.load()
