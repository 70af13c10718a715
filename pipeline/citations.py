"""The `Quelle:` / `Quellen:` lines of an article -> one Citation per cited source."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline.dates import find_dates
from pipeline.outlets import Outlet, OutletRegistry

from .datafile import TEXT, Table, Words, load_toml

USAGE_BY_KIND = {
    "newspaper": "newspaper article",
    "broadcaster": "broadcast report",
    "agency": "agency report",
    "ministry": "press release",
    "state government": "press release",
    "regional body": "press release",
    "municipality": "press release",
    "portal": "web page",
    "foundation": "publication",
}
LABEL = re.compile(r"^\s*(?:Quellen?(?:angaben?)?|Sources?)\s*:\s*", re.IGNORECASE)
# "Veröffentlicht: 05.09.2013 // Quelle: Landschaftsverband Rheinland": what precedes the
# label is about the page, not a source.
MID_LABEL = re.compile(r"\s*(?://|\||–)?\s*\b(?:Quellen?|Sources?)\s*:\s*", re.IGNORECASE)
# Lines that name people, not sources; they count only for a news agency ("Autor: X/dapd").
PEOPLE_LABEL = re.compile(
    r"^\s*(?:Redaktion|Autor(?:in)?|Text|Fotos?|Bild(?:er)?|Bildquelle|Kontakt)\s*:\s*",
    re.IGNORECASE,
)
# Always between two sources ("A; B", "A / B"); a comma only before something that names one.
HARD_SEPARATOR = re.compile(r"\s*;\s*|\s+//?\s+")
SOFT_SEPARATOR = re.compile(r"\s*,\s*")
HOST = re.compile(
    r"(?<![\w@.-])(?P<scheme>https?://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    r"(?P<tld>[a-z]{2,}))(?![\w-])(?:/\S*)?",
    re.IGNORECASE,
)
SCHEMA = Table(
    required={"link_words": Words(), "web_tlds": Words(), "usage_cues": Table(others=TEXT)}
)


@dataclass(frozen=True)
class Citation:
    text: str  # the source as written in its line, label stripped
    outlet_id: str | None  # registry id when known
    outlet_name: str | None  # the registry's name for it on `date`, else the name as written
    domain: str | None  # "rp-online.de", when a web address is written
    date: str | None  # ISO 8601 day
    usage: str | None  # a value of the usage cues or of USAGE_BY_KIND


@dataclass(frozen=True)
class CitationWords:
    """The vocabulary of source lines (data/citations.toml)."""

    usage_cues: dict[str, str]  # cue (lower case) -> usage
    web_tlds: frozenset[str]
    leading_words: re.Pattern  # cues and link words before a name
    trailing_words: re.Pattern  # link words and punctuation after a name

    @classmethod
    def load(cls, path: str | Path) -> CitationWords:
        data = load_toml(path, SCHEMA)
        cues = "|".join(sorted(map(re.escape, data["usage_cues"]), key=len, reverse=True))
        links = "|".join(map(re.escape, data["link_words"]))
        return cls(
            usage_cues=data["usage_cues"],
            web_tlds=frozenset(data["web_tlds"]),
            leading_words=re.compile(rf"^(?:(?:{cues}|{links})\b[\s,:]*)+", re.IGNORECASE),
            trailing_words=re.compile(
                rf"(?:[\s,:(]*\b(?:{links}))+[\s,:(]*$|[\s,:(]+$", re.IGNORECASE
            ),
        )


@dataclass(frozen=True)
class _Reader:
    """What reading a sources block needs: the outlets and the words of source lines."""

    registry: OutletRegistry
    words: CitationWords


def parse_sources(
    lines: list[str], registry: OutletRegistry, words: CitationWords
) -> list[Citation]:
    """One Citation per source named in the lines of a sources block."""
    reader = _Reader(registry, words)
    return [citation for line in lines for citation in _parse_line(line, reader)]


def _parse_line(line: str, reader: _Reader) -> list[Citation]:
    people = PEOPLE_LABEL.match(line)
    if people:
        citations = _parse_body(line[people.end() :], None, reader)
        registry = reader.registry
        return [c for c in citations if c.outlet_id and registry.get(c.outlet_id).kind == "agency"]
    body = LABEL.sub("", line, count=1)
    label = MID_LABEL.search(body)
    if label is None:
        return _parse_body(body, None, reader)
    return _parse_body(body[label.end() :], _published_day(body[: label.start()]), reader)


def _published_day(text: str) -> str | None:
    """The page's own publication date, used for a source that gives none."""
    stamps = [m for m in find_dates(text) if m.role == "published"]
    return _iso_day(stamps[0].value) if stamps else None


def _parse_body(body: str, default_day: str | None, reader: _Reader) -> list[Citation]:
    return [_citation(piece, default_day, reader) for piece in _pieces(body.strip(), reader)]


def _pieces(text: str, reader: _Reader) -> list[str]:
    """The line cut into one piece per source; never inside a known name with commas in it."""
    names = [(start, end) for _, start, end in reader.registry.mentions(text)]
    pieces: list[list[int]] = []
    position, hard = 0, True
    for cut, is_hard in _cuts(text, names):
        chunk = text[position : cut.start()]
        _add_chunk(pieces, position, cut.start(), hard or _names_a_source(chunk, reader))
        position, hard = cut.end(), is_hard
    _add_chunk(pieces, position, len(text), hard or _names_a_source(text[position:], reader))
    return [text[start:end] for start, end in pieces if text[start:end].strip()]


def _cuts(text: str, names: list[tuple[int, int]]) -> list[tuple[re.Match, bool]]:
    hard = [(m, True) for m in HARD_SEPARATOR.finditer(text)]
    soft = [(m, False) for m in SOFT_SEPARATOR.finditer(text)]
    cuts = sorted(hard + soft, key=lambda cut: cut[0].start())
    return [(m, h) for m, h in cuts if not any(s < m.start() < e for s, e in names)]


def _add_chunk(pieces: list[list[int]], start: int, end: int, opens_a_source: bool) -> None:
    if opens_a_source or not pieces:
        pieces.append([start, end])
    else:  # a date or a detail of the source before it: keep the text as written
        pieces[-1][1] = end


def _names_a_source(chunk: str, reader: _Reader) -> bool:
    return reader.registry.resolve(chunk) is not None or _host(chunk, reader.words) is not None


def _citation(piece: str, default_day: str | None, reader: _Reader) -> Citation:
    dates = find_dates(piece)
    day = _iso_day(dates[0].value) if dates else default_day
    host = _host(piece, reader.words)
    outlet = reader.registry.resolve(piece)
    if outlet:
        name = reader.registry.name_on(outlet.id, date.fromisoformat(day) if day else None)
    else:
        written = [(m.start, m.end) for m in dates] + ([host.span()] if host else [])
        name = _written_name(piece, written, reader.words)
    domain = host["host"].lower().removeprefix("www.") if host else None
    usage = _usage(piece, outlet, reader.words)
    return Citation(piece, outlet and outlet.id, name, domain, day, usage)


def _host(text: str, words: CitationWords) -> re.Match | None:
    for found in HOST.finditer(text):
        written_as_address = found["scheme"] or found["host"].lower().startswith("www.")
        if written_as_address or found["tld"].lower() in words.web_tlds:
            return found
    return None


def _written_name(piece: str, spans: list[tuple[int, int]], words: CitationWords) -> str | None:
    """The name of an unknown source: the piece without its dates, address, cues and links."""
    for start, end in sorted(spans, reverse=True):
        piece = piece[:start] + " " + piece[end:]
    name = words.trailing_words.sub("", words.leading_words.sub("", piece.strip()))
    return " ".join(name.split()) or None


def _usage(piece: str, outlet: Outlet | None, words: CitationWords) -> str | None:
    lowered = piece.lower()
    for cue, usage in words.usage_cues.items():
        if cue in lowered:
            return usage
    return USAGE_BY_KIND.get(outlet.kind) if outlet else None


def _iso_day(value: date | datetime) -> str:
    return (value.date() if isinstance(value, datetime) else value).isoformat()
