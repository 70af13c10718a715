"""The shipped gazetteer (Destatis GV-ISys, 31.12.2019): municipalities, Kreise and their names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..datafile import Table, Words, load_toml, read_csv

NRW_KEY = "05"
NRW_NAME = "Nordrhein-Westfalen"
# Kreise whose own name already says what they are; the others read "Kreis <name>".
SELF_NAMED_KREIS = re.compile(r"Kreis|kreis|Städteregion")
# "Gronau (Westf.)", "Emmerich am Rhein": texts mostly drop the qualifier.
QUALIFIER = re.compile(r"\s*\(.*?\)$|/Ruhr$")
PLACE_COLUMNS = ("ags", "name", "kreis_schluessel", "kreis", "regierungsbezirk", "lat", "lon",
                 "einwohner")  # fmt: skip
NRW_COLUMNS = (*PLACE_COLUMNS, "kreisfrei", "gemeindetyp")
OTHER_COLUMNS = (*PLACE_COLUMNS, "land")
NAMES_SCHEMA = Table(
    optional={
        "ambiguous": Words(), "not_adjectives": Words(), "short_names": Table(others=Words()),
        "adjectives": Table(others=Words()),
    }
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    ags: str  # 8 digits for a municipality, 5 for a Kreis, "05" for the Land
    level: str  # "gemeinde" | "kreis" | "land"
    name: str  # as texts write it: "Kempen", "Kreis Viersen"
    official_name: str
    kind: str  # "Stadt", "Gemeinde", "kreisfreie Stadt", "Kreis", "Land"
    kreis_schluessel: str | None
    kreis: str | None
    regierungsbezirk: str | None
    land: str
    lat: float | None
    lon: float | None
    einwohner: int | None


@dataclass(frozen=True)
class NameRules:
    ambiguous: frozenset[str]
    short_names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]
    not_adjectives: frozenset[str]


class Gazetteer:
    """NRW municipalities and Kreise by key, the Land, and the rest of Germany for the table."""

    def __init__(self, places: list[Place], others: list[Place], rules: NameRules):
        self.places = {place.ags: place for place in places}
        self.others = others
        self.rules = rules
        self._other_places = {place.ags: place for place in others}

    @classmethod
    def load(cls, directory: str | Path) -> Gazetteer:
        """Read a gazetteer directory (the shipped one is data/gazetteer/)."""
        directory = Path(directory)
        nrw = read_csv(directory / "nrw_gemeinden.csv", NRW_COLUMNS)
        municipalities = [_municipality(row) for row in nrw]
        germany = read_csv(directory / "de_gemeinden.csv", OTHER_COLUMNS)
        others = [_other(row) for row in germany if row["ags"][:2] != NRW_KEY]
        others += _other_laender(others)
        data = load_toml(directory / "names.toml", NAMES_SCHEMA)
        places = [*municipalities, *_kreise(municipalities), _land()]
        return cls(places, others, _rules(data))

    def get(self, ags: str) -> Place:
        """A place of NRW, or a municipality or Land elsewhere in Germany."""
        place = self.places.get(ags) or self._other_places.get(ags)
        if place is None:
            raise KeyError(ags)
        return place

    def municipalities(self) -> list[Place]:
        return [place for place in self.places.values() if place.level == "gemeinde"]

    def kreise(self) -> list[Place]:
        return [place for place in self.places.values() if place.level == "kreis"]

    def written_names(self, place: Place) -> tuple[str, ...]:
        """The name and the short names texts use for a municipality."""
        return (place.name, *self.rules.short_names.get(place.ags, ()))

    def adjectives(self, place: Place) -> tuple[str, ...]:
        """"Kempener", "Münsteraner"; of an ambiguous name only the listed ones."""
        irregular = self.rules.adjectives.get(place.ags, ())
        if " " in place.name or place.name in self.rules.ambiguous:
            return irregular
        if place.name.endswith("stadt"):  # "Lippstädter", "Erftstädter"
            regular = place.name.removesuffix("stadt") + "städter"
        else:
            regular = place.name + ("r" if place.name.endswith("e") else "er")
        return irregular or tuple(a for a in (regular,) if a not in self.rules.not_adjectives)

    def name_words(self) -> frozenset[str]:
        """The first word of every NRW municipality's and Kreis's name as a text writes it
        after "Stadt" or "Kreis": "Euskirchen" (Kreis Euskirchen), "Bad" (Bad Honnef)."""
        names = [name for place in self.municipalities() for name in self.written_names(place)]
        names += [place.name.removeprefix("Kreis ") for place in self.kreise()]
        return frozenset(name.split()[0] for name in names)

    def is_ambiguous(self, name: str) -> bool:
        return name in self.rules.ambiguous


def plain_name(official: str) -> str:
    """ "Kempen, Stadt" -> "Kempen"; "Gronau (Westf.), Stadt" -> "Gronau"."""
    return QUALIFIER.sub("", official.split(",")[0].strip())


def _municipality(row: dict) -> Place:
    kreisfrei = row["kreisfrei"] == "ja"
    return Place(
        ags=row["ags"],
        level="gemeinde",
        name=plain_name(row["name"]),
        official_name=row["name"],
        kind=row["gemeindetyp"],
        kreis_schluessel=row["kreis_schluessel"],
        kreis=plain_name(row["kreis"]) if kreisfrei else _kreis_name(row["kreis"]),
        regierungsbezirk=row["regierungsbezirk"].removeprefix("Reg.-Bez. "),
        land=NRW_NAME,
        lat=_number(row["lat"]),
        lon=_number(row["lon"]),
        einwohner=int(row["einwohner"]) if row["einwohner"] else None,
    )


def _kreise(municipalities: list[Place]) -> list[Place]:
    """One Place per Kreis (kreisfreie Städte are their own Kreis and get none)."""
    members: dict[str, list[Place]] = {}
    for place in municipalities:
        if place.kind != "kreisfreie Stadt":
            members.setdefault(place.kreis_schluessel, []).append(place)
    return [_kreis(key, places) for key, places in members.items()]


def _kreis(key: str, members: list[Place]) -> Place:
    people = sum(place.einwohner or 0 for place in members)
    return Place(
        ags=key,
        level="kreis",
        name=members[0].kreis,
        official_name=members[0].kreis,
        kind="Kreis",
        kreis_schluessel=key,
        kreis=members[0].kreis,
        regierungsbezirk=members[0].regierungsbezirk,
        land=NRW_NAME,
        lat=None,
        lon=None,
        einwohner=people,
    )


def _land() -> Place:
    return Place(NRW_KEY, "land", NRW_NAME, NRW_NAME, "Land", None, None, None, NRW_NAME,
                 None, None, None)  # fmt: skip


def _other_laender(others: list[Place]) -> list[Place]:
    """The other Länder, keyed as their municipalities' keys begin ("03": Niedersachsen)."""
    names = {place.ags[:2]: place.land for place in others}
    return [Place(key, "land", name, name, "Land", None, None, None, name, None, None, None)
            for key, name in sorted(names.items())]  # fmt: skip


def _other(row: dict) -> Place:
    return Place(
        ags=row["ags"],
        level="gemeinde",
        name=plain_name(row["name"]),
        official_name=row["name"],
        kind="Gemeinde",
        kreis_schluessel=row["kreis_schluessel"] or None,
        kreis=plain_name(row["kreis"]) if row["kreis"] else None,
        regierungsbezirk=row["regierungsbezirk"].removeprefix("Reg.-Bez. ") or None,
        land=row["land"],
        lat=_number(row["lat"]),
        lon=_number(row["lon"]),
        einwohner=int(row["einwohner"]) if row["einwohner"] else None,
    )


def _kreis_name(official: str) -> str:
    return official if SELF_NAMED_KREIS.search(official) else f"Kreis {official}"


def _number(text: str) -> float | None:
    return float(text) if text else None


def _rules(data: dict) -> NameRules:
    return NameRules(
        ambiguous=frozenset(data.get("ambiguous", [])),
        short_names={k: tuple(v) for k, v in data.get("short_names", {}).items()},
        adjectives={k: tuple(v) for k, v in data.get("adjectives", {}).items()},
        not_adjectives=frozenset(data.get("not_adjectives", [])),
    )
