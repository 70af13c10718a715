"""Reading rules files (pipeline/data/) and sources files: TOML checked against a small schema,
with errors naming the file and the entry."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


class DataFileError(ValueError):
    """A rules file that cannot be read or breaks its schema; the message starts with its path."""


class _Invalid(Exception):
    """One mistake found by a schema: where in the file, and what."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}" if where else message)


def read_toml(path: str | Path, error: type[DataFileError] = DataFileError) -> dict:
    """The parsed file; `error` (a DataFileError) when it is missing, not UTF-8 or not TOML."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as problem:
        raise error(f"{path}: {problem}") from problem


def read_csv(path: str | Path, columns: tuple[str, ...]) -> list[dict]:
    """The rows of a CSV file with a header naming at least `columns`."""
    try:
        with open(path, encoding="utf-8", newline="") as file:
            reader = csv.DictReader(file)
            missing = [column for column in columns if column not in (reader.fieldnames or ())]
            if missing:
                raise DataFileError(f'{path}: missing column "{missing[0]}"')
            return list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as problem:
        raise DataFileError(f"{path}: {problem}") from problem


def load_toml(
    path: str | Path, schema: Table, error: type[DataFileError] = DataFileError
) -> dict:
    """The parsed file, checked against `schema`; `error` names the file and the entry."""
    data = read_toml(path, error)
    try:
        schema.check(data, "")
    except _Invalid as problem:
        raise error(f"{path}: {problem}") from None
    return data


@dataclass(frozen=True)
class Value:
    """A value of one of `types`, `what` naming them in errors; a string must not be blank."""

    types: tuple[type, ...]
    what: str

    def check(self, value, where: str) -> None:
        # The exact type: true is no number, a date-time no date.
        if type(value) not in self.types:
            raise _Invalid(where, f"expected {self.what}, got {value!r}")
        if isinstance(value, str) and not value.strip():
            raise _Invalid(where, "is empty")


TEXT = Value((str,), "a string")
NUMBER = Value((int, float), "a number")
FLAG = Value((bool,), "true or false")
DAY = Value((date,), "a date (YYYY-MM-DD)")


@dataclass(frozen=True)
class Words:
    """A list of non-empty strings; an empty list only when `may_be_empty`."""

    may_be_empty: bool = False

    def check(self, value, where: str) -> None:
        if not isinstance(value, list) or not (value or self.may_be_empty):
            raise _Invalid(where, f"expected a non-empty list of strings, got {value!r}")
        for position, item in enumerate(value, 1):
            if not isinstance(item, str) or not item.strip():
                raise _Invalid(where, f"item {position} ({item!r}) is not a non-empty string")


@dataclass(frozen=True)
class Patterns(Words):
    """A list of regular expressions that compile."""

    def check(self, value, where: str) -> None:
        super().check(value, where)
        for position, item in enumerate(value, 1):
            try:
                re.compile(item)
            except re.error as problem:
                raise _Invalid(where, f"item {position} ({item!r}) is no regular expression: "
                                      f"{problem}") from None  # fmt: skip


@dataclass(frozen=True)
class Table:
    """A table with `required` and `optional` keys; other keys must fit `others` (refused when
    None: a misspelt key would otherwise be ignored)."""

    required: dict = field(default_factory=dict)
    optional: dict = field(default_factory=dict)
    others: object = None

    def check(self, value, where: str) -> None:
        if not isinstance(value, dict):
            raise _Invalid(where, f"expected a table, got {value!r}")
        for key in self.required:
            if key not in value:
                raise _Invalid(where, f'missing key "{key}"')
        for key, item in value.items():
            spec = self.required.get(key) or self.optional.get(key) or self.others
            if spec is None:
                raise _Invalid(where, f'unknown key "{key}"')
            spec.check(item, _join(where, _key_name(key, spec)))


@dataclass(frozen=True)
class Tables:
    """An array of tables, each named in errors by its position and its `label` key."""

    table: Table
    label: str | None = None

    def check(self, value, where: str) -> None:
        if not isinstance(value, list) or not value:
            raise _Invalid(where, "expected one or more tables")
        for position, item in enumerate(value, 1):
            label = item.get(self.label) if isinstance(item, dict) and self.label else None
            self.table.check(item, entry(where, position, label))


def entry(where: str, position: int, label: str | None = None) -> str:
    """How errors name an entry of an array of tables: '[[funder]] 3 ("lvr")'."""
    return f"{where} {position}" + (f' ("{label}")' if label else "")


def _key_name(key: str, spec) -> str:
    if isinstance(spec, Tables):
        return f"[[{key}]]"
    return f"[{key}]" if isinstance(spec, Table) else key


def _join(where: str, key: str) -> str:
    return f"{where} {key}" if where else key
