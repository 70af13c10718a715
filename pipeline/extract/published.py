"""Publication and modification dates: every signal, taken in order of trust."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

import htmldate.extractors
from htmldate import find_date
from lxml.html import HtmlElement

from ..dates import DateMatch, find_dates, to_iso
from .furniture import without_dated_furniture
from .metadata import Metadata
from .stamps import parse_stamp, url_date

if TYPE_CHECKING:
    from dateparser import DateDataParser

# metadata sources that name the article's own publication moment
_STRONG = ("jsonld:", "meta:article:published_time", "meta:og:article:published_time",
           "itemprop:")


def published_date(tree: HtmlElement, meta: Metadata, zone: list[DateMatch],
                   stamps: list[DateMatch], url: str, local: bool, live: bool = False
                   ) -> str | None:
    """The first date found, from the most trusted signal down to htmldate's page search.

    `stamps` are "Stand:" stamps at the headline: the version time, a last resort here. On a
    live ticker (`live`) the visible dateline is the latest entry's, so structured data wins.
    """
    strong = _stamps([v for v, source in meta.published if source.startswith(_STRONG)], local)
    weak = _stamps([v for v, source in meta.published if not source.startswith(_STRONG)], local)
    in_url = url_date(url)
    visible = None if live and strong else (
        _zone_role(zone, "published")
        or _byline_date(zone, [*strong[:1], *([in_url] if in_url else [])]))
    value = (
        arbitrate(visible, next(iter(strong), None))
        or next(iter(strong + weak), None)
        or in_url
        or next((m.value for m in stamps), None)
        or _htmldate(tree, url, meta.language)
    )
    return to_iso(value) if value else None


def arbitrate(visible: date | datetime | None, structured: date | datetime | None
              ) -> date | datetime | None:
    """The visible dateline against the article's own structured datePublished.

    - Same day: the structured value, when it has a time. A CMS writes it at publication with
      its offset; the visible time on that day is often the last update or a UTC clock shown as
      local time (fundus pages). A structured day without a time loses to a visible time.
    - Different days: the visible dateline. On the dates and body-de corpora the structured
      date that disagrees is a template, import or first-draft date, and the visible one is
      what the reader (and the gold) takes; even where the visible day is the dateModified's
      (a republished article) the gold follows the visible day.
    - Only one of them: that one.
    """
    if visible is None or structured is None:
        return visible or structured
    if _day(visible) != _day(structured):
        return visible
    return structured if isinstance(structured, datetime) or not isinstance(
        visible, datetime) else visible


def page_day(meta: Metadata, url: str) -> date | None:
    """The day the page's metadata or URL gives, to place a byline day written without year."""
    stamp = next(iter(_stamps([v for v, _ in meta.published], local=False)), None)
    return _day(stamp) if stamp else url_date(url)


def _byline_date(zone: list[DateMatch], other: list[date | datetime]) -> date | datetime | None:
    """A cue-less byline date; of several, the one another signal agrees with, else the first."""
    plain = [m.value for m in zone if m.role is None]
    agreed = {_day(v) for v in other}
    return next((v for v in plain if _day(v) in agreed), plain[0] if plain else None)


def modified_date(meta: Metadata, zone: list[DateMatch], stamps: list[DateMatch],
                  local: bool) -> str | None:
    """The last-edit date from metadata, an "aktualisiert" or a "Stand:" stamp at the headline."""
    value = (next(iter(_stamps([v for v, _ in meta.modified], local)), None)
             or _zone_role(zone, "modified") or next((m.value for m in stamps), None))
    return to_iso(value) if value else None


def _stamps(values: list[str], local: bool) -> list[date | datetime]:
    return [stamp for value in values if (stamp := parse_stamp(value, local=local))]


def _zone_role(zone: list[DateMatch], role: str) -> date | datetime | None:
    return next((m.value for m in zone if m.role == role), None)


def _htmldate(tree: HtmlElement, url: str, language: str | None) -> date | None:
    """htmldate's guess without dated furniture, unless it is a page "Stand:"/print stamp."""
    with _dateparser_reading(language):
        found = find_date(without_dated_furniture(tree), extensive_search=True,
                          original_date=True, url=url or None)
    if not found:
        return None
    day = date.fromisoformat(found)
    return None if day in _stamp_days(tree) else day


# htmldate (pinned) hands a string its own patterns cannot read to the dateparser instance that
# `htmldate.extractors.get_external_parser` returns, one built for all of dateparser's ~200
# locales. Trying each locale, and building each one's patterns on first use, was a third of the
# extractor's CPU time on the dates set (8 s of 25 s for 338 pages). The page's declared language
# plus German and English (the archive's own) read the same strings at a twentieth of the cost.
_ALWAYS = ("de", "en")
_current_languages: tuple[str, ...] | None = None


@contextmanager
def _dateparser_reading(language: str | None) -> Iterator[None]:
    """Let htmldate's dateparser fallback try only the page's language, German and English."""
    global _current_languages
    languages = _languages_for((language or "").replace("_", "-").split("-")[0].lower())
    if languages != _current_languages:
        # htmldate caches each string's reading, which depends on the languages tried: without
        # this, a page's date would depend on which pages the process read before it
        htmldate.extractors.try_date_expr.cache_clear()
        _current_languages = languages
    library_parser = htmldate.extractors.get_external_parser
    htmldate.extractors.get_external_parser = functools.partial(_date_parser, languages)
    try:
        yield
    finally:
        htmldate.extractors.get_external_parser = library_parser


@functools.lru_cache(maxsize=1024)
def _languages_for(code: str) -> tuple[str, ...]:
    """German, English and the page's language, when dateparser knows it."""
    from dateparser.data.languages_info import language_order  # as htmldate: on first use

    return _ALWAYS + ((code,) if code in language_order and code not in _ALWAYS else ())


@functools.cache  # one per language dateparser knows: bounded
def _date_parser(languages: tuple[str, ...]) -> DateDataParser:
    """htmldate's own dateparser settings, for these languages only."""
    from dateparser import DateDataParser

    return DateDataParser(languages=list(languages), settings={
        "NORMALIZE": True,
        "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True,
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": True,
    })


def _stamp_days(tree: HtmlElement) -> set[date]:
    """Days written as "Stand:" or print stamps anywhere in the page text."""
    text = " ".join(tree.itertext())
    return {_day(m.value) for m in find_dates(text) if m.role in ("stand", "print")}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
