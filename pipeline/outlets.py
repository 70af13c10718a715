"""The outlet registry: one outlet, many names and domains (data in data/outlets.toml)."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from .datafile import DAY, TEXT, DataFileError, Table, Tables, Words, entry, load_toml

KINDS = (
    "ministry", "state government", "regional body", "newspaper", "broadcaster",
    "municipality", "agency", "portal", "foundation",
)  # fmt: skip
NAME_PERIOD = Table(
    required={"name": TEXT}, optional={"abbreviation": TEXT, "valid_from": DAY, "valid_to": DAY}
)
SCHEMA = Table(
    optional={
        "outlet": Tables(
            Table(
                required={"id": TEXT, "name": TEXT, "kind": TEXT},
                optional={"domains": Words(may_be_empty=True), "aliases": Words(may_be_empty=True),
                          "names": Tables(NAME_PERIOD, label="name")},
            ),
            label="id",
        )
    }
)  # fmt: skip


class OutletDataError(DataFileError):
    """The outlets file cannot be read or says something impossible."""


@dataclass(frozen=True)
class OutletName:
    name: str
    abbreviation: str | None
    valid_from: date | None  # first day, inclusive; None: since ever
    valid_to: date | None  # last day, inclusive; None: still


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    kind: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    names: tuple[OutletName, ...]

    def match_keys(self) -> Iterator[str]:
        """Every way of writing this outlet that names it in text."""
        yield self.name
        yield from self.aliases
        for period in self.names:
            yield period.name
            if period.abbreviation:
                yield period.abbreviation


class OutletRegistry:
    def __init__(self, outlets: Iterable[Outlet]):
        self._outlets = {outlet.id: outlet for outlet in outlets}
        self._by_domain = {d: o for o in self._outlets.values() for d in o.domains}
        self._by_key = {_key(k): o for o in self._outlets.values() for k in o.match_keys()}
        self._names = _words_pattern(self._by_key)
        # Known domains only, with any subdomain: "www.rp-online.de", "http://lokal.wz.de/...".
        self._domains = re.compile(
            rf"(?<![\w.-])(?:[a-z0-9-]+\.)*(?:{_alternation(self._by_domain)})(?![\w-])",
            re.IGNORECASE,
        )

    @classmethod
    def load(cls, path: str | Path) -> OutletRegistry:
        """Read a registry file (the shipped one is data/outlets.toml)."""
        data = load_toml(path, SCHEMA, OutletDataError)
        outlets = [
            _outlet(f"{path}: {entry('[[outlet]]', position, table['id'])}", table)
            for position, table in enumerate(data.get("outlet", []), 1)
        ]
        return cls(_checked(path, outlets))

    def get(self, outlet_id: str) -> Outlet:
        return self._outlets[outlet_id]

    def by_domain(self, host_or_url: str) -> Outlet | None:
        """The outlet owning a host or URL, matching subdomains ("lokal.wz.de" is wz.de)."""
        host = _host(host_or_url)
        labels = host.split(".")
        for i in range(len(labels) - 1):
            outlet = self._by_domain.get(".".join(labels[i:]))
            if outlet:
                return outlet
        return None

    def by_name(self, text: str) -> Outlet | None:
        """The outlet whose name, alias or abbreviation appears first in `text` as whole words."""
        found = self._names.search(text)
        return self._by_key[_key(found.group())] if found else None

    def mentions(self, text: str) -> list[tuple[Outlet, int, int]]:
        """Every name, alias or abbreviation in `text` as whole words: (outlet, start, end)."""
        found = self._names.finditer(text)
        return [(self._by_key[_key(m.group())], m.start(), m.end()) for m in found]

    def resolve(self, text: str) -> Outlet | None:
        """A known domain written in `text` first, else a name."""
        for found in self._domains.finditer(text):
            outlet = self.by_domain(found.group())
            if outlet:
                return outlet
        return self.by_name(text)

    def name_on(self, outlet_id: str, day: date | None) -> str:
        """The name the outlet bore that day (its canonical name outside all periods)."""
        outlet = self.get(outlet_id)
        if day is None:
            return outlet.name
        day = day.date() if isinstance(day, datetime) else day
        for period in outlet.names:
            if (period.valid_from or date.min) <= day <= (period.valid_to or date.max):
                return period.name
        return outlet.name

    def __contains__(self, outlet_id: object) -> bool:
        return outlet_id in self._outlets

    def __iter__(self) -> Iterator[Outlet]:
        return iter(self._outlets.values())


def _outlet(where: str, table: dict) -> Outlet:
    if table["kind"] not in KINDS:
        raise OutletDataError(f"{where}: kind {table['kind']!r} is not one of {', '.join(KINDS)}")
    return Outlet(
        id=table["id"],
        name=table["name"],
        kind=table["kind"],
        domains=tuple(d.lower().removeprefix("www.") for d in table.get("domains", [])),
        aliases=tuple(table.get("aliases", [])),
        names=tuple(
            _period(entry(f"{where} [[names]]", position, period["name"]), period)
            for position, period in enumerate(table.get("names", []), 1)
        ),
    )


def _period(where: str, table: dict) -> OutletName:
    valid_from, valid_to = table.get("valid_from"), table.get("valid_to")
    if valid_from and valid_to and valid_from > valid_to:
        raise OutletDataError(f"{where}: ends before it starts")
    return OutletName(table["name"], table.get("abbreviation"), valid_from, valid_to)


def _checked(path: Path, outlets: list[Outlet]) -> list[Outlet]:
    """Refuse an id, domain or name claimed twice: a lookup could not tell which is meant."""
    owners: dict[tuple[str, str], str] = {}
    for outlet in outlets:
        claims = {("id", outlet.id)}
        claims |= {("domain", d) for d in outlet.domains}
        claims |= {("name", _key(k)) for k in outlet.match_keys()}
        for what, value in sorted(claims & owners.keys()):
            owner = owners[what, value]
            raise OutletDataError(f"{path}: {what} {value!r} used by {owner!r} and {outlet.id!r}")
        owners.update(dict.fromkeys(claims, outlet.id))
    return outlets


def _host(host_or_url: str) -> str:
    text = host_or_url.strip()
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    return host.removeprefix("www.")


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _alternation(words: Collection[str]) -> str:
    """Longest first, so that "Landschaftsverband Rheinland" wins over "Rheinland"."""
    if not words:
        return "(?!)"  # matches nothing
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", " ").replace(" ", r"\s+") for w in ordered)


def _words_pattern(keys: Collection[str]) -> re.Pattern:
    """Any of `keys` as whole words: not inside another word ("Familienministerium" is not
    found in "Bundesfamilienministerium")."""
    return re.compile(rf"(?<!\w)(?:{_alternation(keys)})(?!\w)", re.IGNORECASE)
