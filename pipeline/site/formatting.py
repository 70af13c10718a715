"""Numbers, amounts, dates and quotations written as a German reader expects them.

Babel holds the locale's rules (separators, month names, abbreviations); what is ours is the
choice of forms. Every function takes what the archive stores (ISO 8601 text, REAL amounts,
None) and gives back text; a value it cannot read is returned unchanged rather than hidden.
"""

import datetime
import re
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime
from babel.numbers import format_compact_currency, format_currency, format_decimal

LOCALE = "de_DE"
BERLIN = ZoneInfo("Europe/Berlin")
MILLION = 1_000_000
MONTH = re.compile(r"(\d{4})-(\d{2})")
# The quotation marks a title may bring along, and how they are written inside »…«.
DOUBLE_QUOTES = {"„": "‚", "“": "‘", "”": "‘", "»": "‚", "«": "‘"}


def euro(amount: float | int | None) -> str:
    """"250.000 €" below a million, "3,4 Mio. €" from a million on; "" for no amount."""
    if amount is None:
        return ""
    if abs(amount) >= MILLION:
        return format_compact_currency(amount, "EUR", locale=LOCALE, fraction_digits=1)
    return format_currency(amount, "EUR", format="#,##0\xa0¤", locale=LOCALE,
                           currency_digits=False)


def number(value: float | int | None) -> str:
    """"11.180" for 11180; "" for none."""
    return "" if value is None else format_decimal(value, locale=LOCALE)


def counted(count: int, one: str, many: str) -> str:
    """"1 Meldung", "11.180 Meldungen"."""
    return f"{number(count)} {one if count == 1 else many}"


def yes_no(value) -> str:
    """"ja" for 1, "nein" for 0 (SQLite's booleans)."""
    return {0: "nein", 1: "ja"}.get(value, as_text(value))


def _moment(value) -> datetime.date | datetime.datetime | None:
    """A stored date or moment ("2012-01-24", "2024-05-01T10:00:00Z"), or None if it is none."""
    if isinstance(value, datetime.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
    if len(value) == 10:
        return moment.date()
    # A moment given in UTC is the crawler's clock: readers get it in Berlin time. A page's own
    # offset ("+01:00") is the publisher's local time and stays as written.
    if moment.utcoffset() == datetime.timedelta(0):
        return moment.astimezone(BERLIN)
    return moment


def _day(moment: datetime.date | datetime.datetime) -> datetime.date:
    return moment.date() if isinstance(moment, datetime.datetime) else moment


def short_date(value) -> str:
    """"24.01.2012" for "2012-01-24" (or a moment on that day)."""
    moment = _moment(value)
    return format_date(_day(moment), "dd.MM.yyyy", locale=LOCALE) if moment else as_text(value)


def long_date(value) -> str:
    """"24. Januar 2012" for "2012-01-24" (or a moment on that day)."""
    moment = _moment(value)
    return format_date(_day(moment), "d. MMMM y", locale=LOCALE) if moment else as_text(value)


def moment(value) -> str:
    """"25.01.2012, 13:19 Uhr" for a moment; a bare date as short_date."""
    parsed = _moment(value)
    if not isinstance(parsed, datetime.datetime):
        return short_date(value)
    return format_datetime(parsed, "dd.MM.yyyy, HH:mm 'Uhr'", tzinfo=parsed.tzinfo,
                           locale=LOCALE)


def month(value) -> str:
    """"März 2015" for "2015-03"."""
    match = MONTH.fullmatch(value) if isinstance(value, str) else None
    if not match or not 1 <= int(match[2]) <= 12:
        return as_text(value)
    return format_date(datetime.date(int(match[1]), int(match[2]), 1), "MMMM y", locale=LOCALE)


def month_range(value: str) -> tuple[str, str] | None:
    """The first day of month "2015-03" and of the month after: ("2015-03-01", "2015-04-01")."""
    match = MONTH.fullmatch(value or "")
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    year, number_ = int(match[1]), int(match[2])
    after = (year + 1, 1) if number_ == 12 else (year, number_ + 1)
    return f"{year:04d}-{number_:02d}-01", f"{after[0]:04d}-{after[1]:02d}-01"


def quoted(title: str) -> str:
    """The title in »…«, its own double quotation marks turned into ‚…‘ so that none nest alike.

    Straight quotes ("…") open and close in turn.
    """
    inner, opening = [], True
    for character in title:
        if character == '"':
            inner.append("‚" if opening else "‘")
            opening = not opening
        else:
            inner.append(DOUBLE_QUOTES.get(character, character))
    return f"»{''.join(inner)}«"


def as_text(value) -> str:
    return "" if value is None else str(value)
