"""Machine-readable timestamps (metadata, URLs, Unix seconds) to ISO 8601 strings."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")
ZERO = timedelta(0)

_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-?(?P<m>[01]\d)-?(?P<d>[0-3]\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?"
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-]?([01]\d)[/-]?([0-3]\d)(?:/|[-_.]|$)"
    r"|[/_-]((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:[/_.-]|$)"
)


def parse_stamp(text: str, *, local: bool) -> date | datetime | None:
    """The date or datetime a metadata value gives; naive times get Europe/Berlin when `local`."""
    match = _ISO.search(text or "")
    if not match:
        return None
    try:
        day = date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        return None
    if match["H"] is None:
        return day
    return _with_time(day, match, local)


def _with_time(day: date, match: re.Match, local: bool) -> date | datetime:
    try:
        moment = datetime(day.year, day.month, day.day, int(match["H"]), int(match["M"]),
                          int(match["S"] or 0))
    except ValueError:
        return day
    tz = match["tz"]
    if tz:
        stamp = datetime.fromisoformat(moment.isoformat() + ("+00:00" if tz == "Z" else tz))
        # a German page's UTC stamp is published on the Berlin calendar day
        return stamp.astimezone(BERLIN) if local and stamp.utcoffset() == ZERO else stamp
    return moment.replace(tzinfo=BERLIN) if local else day


def url_date(url: str) -> date | None:
    """A full day written in the URL path (`/2021/03/03/`, `/20210303/`, `-2021-03-03-`)."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    y, m, d = (g for g in match.groups() if g)
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def from_unix(seconds: int) -> datetime:
    """Unix seconds as a Europe/Berlin datetime."""
    return datetime.fromtimestamp(seconds, BERLIN)

