"""German (and English) dates in text -> `datetime.date` / aware `datetime.datetime`.

Candidates are found by compiled regexes (the extractor runs this over whole pages), then
validated: a real calendar day, a year in MIN_YEAR..MAX_YEAR, a real clock time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")

# Older "years" are version numbers, amounts or phone fragments far more often than dates.
MIN_YEAR, MAX_YEAR = 1990, 2100
# Two-digit years ("24.02.06"): below the pivot 20xx, from it 19xx.
TWO_DIGIT_PIVOT = 70
# A day written without its year is taken in the year that puts it nearest to the reference,
# but at most this far after it (press releases announce the coming days).
YEARLESS_LEEWAY = timedelta(days=7)
# How far before a date its cue word or context may start.
LOOKBEHIND = 60

MONTHS = {
    1: ("januar", "jänner", "jan", "january"),
    2: ("februar", "feber", "feb", "february"),
    3: ("märz", "maerz", "marz", "mär", "mrz", "mar", "march"),
    4: ("april", "apr"),
    5: ("mai", "may"),
    6: ("juni", "jun", "june"),
    7: ("juli", "jul", "july"),
    8: ("august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "okt", "october", "oct"),
    11: ("november", "nov"),
    12: ("dezember", "dez", "december", "dec"),
}
MONTH_NUMBER = {name: number for number, names in MONTHS.items() for name in names}
# The full German names, as running text writes them: "1. August 2011".
GERMAN_MONTHS = tuple(names[0] for names in MONTHS.values())

WEEKDAYS = (
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip

# The cue written just before a date says what the date is; no cue, no role.
ROLE_CUES = {
    "modified": (
        "update", "updated", "aktualisiert", "aktualisierung", "letzte aktualisierung",
        "zuletzt aktualisiert", "geändert", "zuletzt geändert", "last updated", "last modified",
    ),
    "published": (
        "veröffentlicht", "erstveröffentlichung", "publiziert", "erschienen", "erstellt",
        "pressemitteilung", "pressemeldung", "presseinformation", "mitteilung", "published",
        "posted",
    ),
    "stand": ("stand",),
    "print": ("gedruckt", "druckdatum"),
}  # fmt: skip
ROLE_OF_CUE = {cue: role for role, cues in ROLE_CUES.items() for cue in cues}
# Lines about a video or broadcast, not the article: "Verfügbar bis 06.05.2024",
# "Sendung: WDR aktuell, 24.04.2024, 15:10 Uhr". Their dates get the role "media".
MEDIA_CUES = ("verfügbar bis", "video verfügbar bis", "sendung", "sendetermin", "ausstrahlung",
              "erstausstrahlung", "ausgestrahlt", "laufzeit")
# Words allowed between a cue and its date besides a weekday and punctuation:
# "Veröffentlicht am Donnerstag, 17. September 2009", "Mitteilung vom 24.02.06".
CUE_LINKS = ("am", "vom", "den", "on", "at")

# Relative expressions, resolved against a reference.
RELATIVE_DAYS = {"heute": 0, "today": 0, "gestern": 1, "yesterday": 1, "vorgestern": 2}
RELATIVE_UNITS = {
    "minute": "minutes", "minuten": "minutes", "min": "minutes",
    "stunde": "hours", "stunden": "hours", "std": "hours",
    "tag": "days", "tagen": "days",
    "woche": "weeks", "wochen": "weeks",
}  # fmt: skip
NUMBER_WORDS = {
    "einer": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}  # fmt: skip
# Words that may stand between "vor" and its number: "vor rund 5 Stunden".
APPROXIMATELY = ("rund", "etwa", "ca.", "circa", "gut", "knapp", "fast", "über", "mehr als")
# "28.01." is a day, not a section number, only after an opening bracket or one of these.
YEARLESS_CUES = ("am", "vom", "bis", "ab", "zum", "seit", "heute", "morgen", *WEEKDAYS)


@dataclass(frozen=True)
class DateMatch:
    value: date | datetime  # datetimes are tz-aware (Europe/Berlin unless the text gives one)
    start: int
    end: int
    text: str
    role: str | None  # "published" | "modified" | "stand" | "print" | None


def _alternation(words) -> str:
    """Regex alternation, longest first so "Sept" wins over "Sep" and "März" over "Mar"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in ordered)


def _kinds(**patterns: str) -> re.Pattern:
    """One regex of named alternatives; `match.lastgroup` then names the kind that matched."""
    return re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in patterns.items()))


_SP = r"[ \t\u00a0\u2009\u202f]"  # with no-break and thin spaces
_MONTH = rf"(?i:{_alternation(MONTH_NUMBER)})\b\.?"


def _time(p: str) -> str:
    """An optional clock time after a date; `p` prefixes the group names of each kind."""
    return (
        rf"(?:{_SP}*(?:,|-|–|—|\||/)?{_SP}*(?:(?i:um){_SP}+)?(?P<{p}_H>\d{{1,2}})"
        rf"(?::(?P<{p}_M>\d{{2}})(?::(?P<{p}_S>\d{{2}}))?(?!\d)(?:{_SP}*(?i:uhr)\b)?"
        rf"|\.(?P<{p}_M2>\d{{2}}){_SP}*(?i:uhr)\b|{_SP}*(?i:uhr)\b))?"
    )


# Trying a big alternation at every position of a page is slow in `re`, so matching starts only
# where a run of digits looks like the start of a date (DIGIT_LED, or MONTH_FIRST found by looking
# back from the day) and, given a reference, where a relative word starts.
_MONTH_INITIALS = "".join(sorted({name[0] for name in MONTH_NUMBER}))
DATE_SHAPED = re.compile(
    rf"[0-9]+(?=[./\-]{_SP}?[0-9]|\.?{_SP}*(?:[{_MONTH_INITIALS}]|st|nd|rd|th)|,?{_SP}+[0-9]{{4}})",
    re.IGNORECASE,
)
DIGIT_LED = _kinds(
    iso=r"(?<![\w-])(?P<iso_date>(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2}))"
    r"(?:[T ](?P<iso_H>\d{2}):(?P<iso_M>\d{2})(?::(?P<iso_S>\d{2})(?:\.\d+)?)?"
    r"(?P<iso_tz>Z|[+-]\d{2}:?\d{2})?)?(?!\d)",
    # Two-digit years and slashes only zero-padded ("24.02.06", "17/11/2019"): "1.3.12" is more
    # often a section number, "1/2/2012" a fraction. Letters may touch a date: page text often
    # glues it to the words around it ("Drucken03.04.2019").
    num=rf"(?<![0-9.])(?P<num_date>(?P<num_d>\d{{1,2}})\.{_SP}?(?P<num_m>\d{{1,2}})\.{_SP}?"
    r"(?P<num_y>\d{4})|(?P<num_d2>\d{2})(?P<num_sep>[./])(?P<num_m2>\d{2})(?P=num_sep)"
    r"(?P<num_y2>\d{4}|\d{2}))(?![0-9]|\.[0-9])" + _time("num"),
    mon=rf"(?<![0-9.])(?P<mon_date>(?P<mon_d>\d{{1,2}})(?:\.|st|nd|rd|th)?{_SP}*"
    rf"(?P<mon_m>{_MONTH}),?{_SP}*(?P<mon_y>\d{{4}}))(?![0-9])" + _time("mon"),
    yl=rf"(?<![\w.])(?P<yl_d>\d{{1,2}})\.(?P<yl_m>\d{{1,2}})\.(?!\w|{_SP}?\d)",
    # "14. Februar, 9.30 Uhr", "am 3. März": a day and month name without a year
    ylm=rf"(?<![\w.])(?P<ylm_date>(?P<ylm_d>\d{{1,2}})\.{_SP}*(?P<ylm_m>{_MONTH}))"
    rf"(?!,?{_SP}*\d{{4}}|{_SP}*\d{{1,2}}\.)" + _time("ylm"),
    # "Stand: 3.7.19": an unpadded two-digit year, a date only after a role cue
    cued=r"(?<![0-9.])(?P<cued_date>(?P<cued_d>\d{1,2})\.(?P<cued_m>\d{1,2})\."
    r"(?P<cued_y>\d{2}))(?![0-9]|\.[0-9])" + _time("cued"),
)
MONTH_BEFORE = re.compile(rf"(?<!\w){_MONTH}{_SP}+$")
MONTH_FIRST = _kinds(
    eng=rf"(?P<eng_date>(?P<eng_m>{_MONTH}){_SP}+(?P<eng_d>\d{{1,2}})(?:st|nd|rd|th)?,?{_SP}+"
    r"(?P<eng_y>\d{4}))(?![0-9])" + _time("eng"),
)
# Searched in the lower-cased text (a plain alternation scans fast), matched in the original.
RELATIVE_START = re.compile(_alternation((*RELATIVE_DAYS, "vor")))
RELATIVE = _kinds(
    rel=rf"\b(?i:(?P<rel_day>{_alternation(RELATIVE_DAYS)})|vor{_SP}+"
    rf"(?:(?:{_alternation(APPROXIMATELY)}){_SP}+)?(?P<rel_n>\d{{1,3}}|{_alternation(NUMBER_WORDS)}){_SP}+"
    rf"(?P<rel_unit>{_alternation(RELATIVE_UNITS)}))\b",
)
CUE_BEFORE = re.compile(
    rf"(?i:\b(?P<cue>{_alternation(ROLE_OF_CUE)})\b[\s:.\-–|]*(?:(?:{_alternation(CUE_LINKS)})\s+)?"
    rf"(?:(?:{_alternation(WEEKDAYS)}),?\s+)?(?:den\s+)?)$"
)
YEARLESS_CONTEXT = re.compile(rf"(?:\(|(?i:\b(?:{_alternation(YEARLESS_CUES)})),?\s+\(?)$")
MEDIA_BEFORE = re.compile(rf"(?i:\b(?:{_alternation(MEDIA_CUES)})\b)")

Parsed = tuple[date | datetime, int] | None  # the value and where its match ends


def find_dates(text: str, *, reference: date | datetime | None = None,
               relative: bool = True) -> list[DateMatch]:
    """Every valid date in `text`, in text order, non-overlapping.

    `reference` places days written without a year and, unless `relative` is off (the
    reference is the page's own date, not the time of reading), "heute" and "vor 5 Stunden".
    """
    found = _digit_led(text, reference)
    if reference is None or not relative:  # relative expressions mean nothing without "now"
        return found
    return _without_overlaps(sorted(found + _relative(text, reference), key=lambda d: d.start))


def parse_date(text: str, *, reference: date | datetime | None = None) -> date | datetime | None:
    """The first date in `text`, or None."""
    matches = find_dates(text, reference=reference)
    return matches[0].value if matches else None


def to_iso(value: date | datetime) -> str:
    """ "2012-01-24" for a day, "2009-09-17T16:10:00+02:00" for a moment."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def _digit_led(text: str, reference) -> list[DateMatch]:
    found, end = [], 0
    for run in DATE_SHAPED.finditer(text):
        if run.start() < end:
            continue
        m = DIGIT_LED.match(text, run.start()) or _month_first(text, run.start())
        match = _to_match(m, reference) if m else None
        if match:
            found.append(match)
            end = match.end
    return found


def _month_first(text: str, day_start: int) -> re.Match | None:
    """ "September 13, 2011": a month name just before the day."""
    before = text[max(0, day_start - 2) : day_start]
    if len(before) < 2 or not before[1].isspace() or not (before[0].isalpha() or before[0] == "."):
        return None
    month = MONTH_BEFORE.search(text, max(0, day_start - LOOKBEHIND), day_start)
    return MONTH_FIRST.match(text, month.start()) if month else None


def _relative(text: str, reference) -> list[DateMatch]:
    lowered = text.lower()
    if len(lowered) == len(text):
        starts = (m.start() for m in RELATIVE_START.finditer(lowered))
        candidates = filter(None, (RELATIVE.match(text, start) for start in starts))
    else:  # a few characters change length when lower-cased: take the slow, exact path
        candidates = RELATIVE.finditer(text)
    return list(filter(None, (_to_match(m, reference) for m in candidates)))


def _to_match(m: re.Match, reference) -> DateMatch | None:
    parsed = PARSERS[m.lastgroup](m, reference)
    if parsed is None:
        return None
    value, end = parsed
    return DateMatch(value, m.start(), end, m.string[m.start() : end], _role(m.string, m.start()))


def _without_overlaps(matches: list[DateMatch]) -> list[DateMatch]:
    kept = []
    for match in matches:
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def _role(text: str, start: int) -> str | None:
    """The role given by a cue earlier on the same line."""
    line_start = text.rfind("\n", max(0, start - LOOKBEHIND), start) + 1
    cue = CUE_BEFORE.search(text, max(line_start, start - LOOKBEHIND), start)
    if cue:
        return ROLE_OF_CUE[" ".join(cue["cue"].lower().split())]
    return "media" if MEDIA_BEFORE.search(text, max(line_start, start - LOOKBEHIND), start) \
        else None


def _parse_iso(m: re.Match, reference) -> Parsed:
    day = _day(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return _with_time(m, "iso", day, _offset(m["iso_tz"])) if day else None


def _parse_num(m: re.Match, reference) -> Parsed:
    if m["num_y"]:
        day = _day(_year(m["num_y"]), int(m["num_m"]), int(m["num_d"]))
    else:
        day = _day(_year(m["num_y2"]), int(m["num_m2"]), int(m["num_d2"]))
    return _with_time(m, "num", day) if day else None


def _parse_mon(m: re.Match, reference) -> Parsed:
    day = _day(int(m["mon_y"]), _month(m["mon_m"]), int(m["mon_d"]))
    return _with_time(m, "mon", day) if day else None


def _parse_eng(m: re.Match, reference) -> Parsed:
    day = _day(int(m["eng_y"]), _month(m["eng_m"]), int(m["eng_d"]))
    return _with_time(m, "eng", day) if day else None


def _parse_yearless(m: re.Match, reference) -> Parsed:
    context = YEARLESS_CONTEXT.search(m.string, max(0, m.start() - LOOKBEHIND), m.start())
    if reference is None or not context:
        return None
    near = _reference_day(reference)
    years = range(near.year - 1, near.year + 2)
    written = (_day(year, int(m["yl_m"]), int(m["yl_d"])) for year in years)
    allowed = [day for day in written if day and day - near <= YEARLESS_LEEWAY]
    return (min(allowed, key=lambda day: abs(day - near)), m.end()) if allowed else None


def _parse_yearless_month(m: re.Match, reference) -> Parsed:
    """A day and month name without a year, nearest the reference; only after a cue ("am 3.
    März") or with a time ("14. Februar, 9.30 Uhr"), as a bare "3. März" is often a title."""
    if reference is None:
        return None
    context = YEARLESS_CONTEXT.search(m.string, max(0, m.start() - LOOKBEHIND), m.start())
    if not context and m["ylm_H"] is None:
        return None
    near = _reference_day(reference)
    month = _month(m["ylm_m"])
    written = (_day(year, month, int(m["ylm_d"])) for year in range(near.year - 1, near.year + 2))
    allowed = [day for day in written if day and day - near <= YEARLESS_LEEWAY]
    if not allowed:
        return None
    return _with_time(m, "ylm", min(allowed, key=lambda day: abs(day - near)))


def _parse_cued(m: re.Match, reference) -> Parsed:
    """ "3.7.19" is a section or version number unless a cue ("Stand:") says it is a date."""
    if _role(m.string, m.start()) is None:
        return None
    day = _day(_year(m["cued_y"]), int(m["cued_m"]), int(m["cued_d"]))
    return _with_time(m, "cued", day) if day else None


def _parse_relative(m: re.Match, reference) -> Parsed:
    if reference is None:
        return None
    if m["rel_day"]:
        days_back = RELATIVE_DAYS[m["rel_day"].lower()]
        return _reference_day(reference) - timedelta(days=days_back), m.end()
    count = m["rel_n"].lower()
    unit = RELATIVE_UNITS[m["rel_unit"].lower()]
    delta = timedelta(**{unit: int(count) if count.isdigit() else NUMBER_WORDS[count]})
    if unit in ("minutes", "hours") and isinstance(reference, datetime):
        return _aware(reference) - delta, m.end()
    return _reference_day(reference) - delta, m.end()


PARSERS = {
    "iso": _parse_iso,
    "num": _parse_num,
    "mon": _parse_mon,
    "eng": _parse_eng,
    "yl": _parse_yearless,
    "ylm": _parse_yearless_month,
    "cued": _parse_cued,
    "rel": _parse_relative,
}


def _year(written: str) -> int:
    year = int(written)
    if len(written) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    return year


def _month(written: str) -> int:
    return MONTH_NUMBER[written.rstrip(".").lower()]


def _day(year: int, month: int, day: int) -> date | None:
    """The calendar day, or None when it does not exist or its year is out of range."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _with_time(m: re.Match, p: str, day: date, tz: tzinfo = BERLIN) -> Parsed:
    """The day at its written time, or the bare day (with a shorter span) when there is none."""
    groups = m.groupdict()
    hour = groups[f"{p}_H"]
    minute = groups[f"{p}_M"] or groups.get(f"{p}_M2") or "0"
    second = groups.get(f"{p}_S") or "0"
    if hour is None or int(hour) > 23 or int(minute) > 59 or int(second) > 59:
        return day, m.end(f"{p}_date")
    clock = time(int(hour), int(minute), int(second))
    return datetime.combine(day, clock, tzinfo=tz), m.end()


def _offset(written: str | None) -> tzinfo:
    """The zone of an ISO timestamp: its written offset, else Berlin."""
    if written is None:
        return BERLIN
    if written == "Z":
        return UTC
    digits = written[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if written[0] == "-" else delta)


def _reference_day(reference: date | datetime) -> date:
    return reference.date() if isinstance(reference, datetime) else reference


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=BERLIN)
