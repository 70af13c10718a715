"""Publication and modification dates: every signal, taken in order of trust."""

from datetime import date, datetime

from htmldate import find_date
from lxml.html import HtmlElement

from ..dates import DateMatch, find_dates, to_iso
from .furniture import without_furniture
from .metadata import Metadata
from .stamps import parse_stamp, url_date

# metadata sources that name the article's own publication moment
_STRONG = ("jsonld:", "meta:article:published_time", "meta:og:article:published_time",
           "itemprop:")


def published_date(tree: HtmlElement, meta: Metadata, zone: list[DateMatch], url: str,
                   local: bool) -> str | None:
    """The first date found, from the most trusted signal down to htmldate's page search."""
    strong = [v for v, source in meta.published if source.startswith(_STRONG)]
    weak = [v for v, source in meta.published if not source.startswith(_STRONG)]
    value = (
        _zone_date(zone, "published")
        or _first_stamp(strong, local)
        or _first_stamp(weak, local)
        or url_date(url)
        or _htmldate(tree, url)
    )
    return to_iso(value) if value else None


def modified_date(meta: Metadata, zone: list[DateMatch], local: bool) -> str | None:
    """The last-edit date from metadata or an "aktualisiert" stamp near the headline."""
    value = _first_stamp([v for v, _ in meta.modified], local) or _zone_role(zone, "modified")
    return to_iso(value) if value else None


def _first_stamp(values: list[str], local: bool) -> date | datetime | None:
    for value in values:
        stamp = parse_stamp(value, local=local)
        if stamp:
            return stamp
    return None


def _zone_date(zone: list[DateMatch], role: str) -> date | datetime | None:
    """A date with the wanted cue, else the first date near the headline that has no cue."""
    return _zone_role(zone, role) or next((m.value for m in zone if m.role is None), None)


def _zone_role(zone: list[DateMatch], role: str) -> date | datetime | None:
    return next((m.value for m in zone if m.role == role), None)


def _htmldate(tree: HtmlElement, url: str) -> date | None:
    """htmldate's guess from the page without its furniture, unless it is a "Stand" stamp."""
    pruned = without_furniture(tree)
    found = find_date(pruned, extensive_search=True, original_date=True, url=url or None)
    if not found:
        return None
    day = date.fromisoformat(found)
    return None if day in _stamp_days(pruned) else day


def _stamp_days(tree: HtmlElement) -> set[date]:
    """Days written as "Stand:", print or update stamps anywhere in the page text."""
    text = " ".join(tree.itertext())
    return {_day(m.value) for m in find_dates(text) if m.role in ("stand", "print", "modified")}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
