"""Reading rules files (pipeline/data/) and sources files: TOML checked against a small schema,
with errors naming the file and the entry."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

# The parser of Python's own engine: the patterns are checked as it will read them.
from re import _compiler as re_compiler
from re import _constants as re_constants
from re import _parser as re_parser


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


@dataclass(frozen=True)
class Bounded(Value):
    """A number of `types` from `minimum` to `maximum` (None: no bound)."""

    minimum: float | None = None
    maximum: float | None = None

    def check(self, value, where: str) -> None:
        super().check(value, where)
        if (self.minimum is not None and value < self.minimum) or (
            self.maximum is not None and value > self.maximum
        ):
            bounds = f"at least {self.minimum:g}" if self.maximum is None else (
                f"from {self.minimum:g} to {self.maximum:g}")
            raise _Invalid(where, f"expected {self.what} {bounds}, got {value!r}")


@dataclass(frozen=True)
class OneOf:
    """One of a few strings."""

    choices: tuple[str, ...]

    def check(self, value, where: str) -> None:
        if value not in self.choices:
            raise _Invalid(where, f"expected one of {', '.join(self.choices)}, got {value!r}")


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
    """A list of regular expressions that compile and cannot take exponential time."""

    def check(self, value, where: str) -> None:
        super().check(value, where)
        for position, item in enumerate(value, 1):
            problem = pattern_problem(item)
            if problem:
                raise _Invalid(where, f"item {position} ({item!r}) {problem}")


def pattern_problem(pattern: str) -> str | None:
    """Why Python's backtracking engine cannot be trusted with `pattern`; None when it can.

    An unbounded repetition inside a repetition (`(a+)+`, `(\\w*\\s?)*`) lets the engine try
    exponentially many ways to split a text that does not match, so a data file must not
    contain one; inside a repetition of at most NESTED_REPEATS times (`(?:\\S+\\s+){0,2}`) the
    cost stays a small power of the text's length. A repeated word that must end at a character
    it cannot contain (`(?:\\w+ )*`, `(?: \\w+){0,4}`) splits a text one way only, so it may
    repeat any number of times.
    """
    try:
        parsed = re_parser.parse(pattern)
    except re.error as problem:
        return f"is no regular expression: {problem}"
    if _nested_repeat(parsed, inside_repeat=False):
        return "repeats a repetition (like (a+)+): it can take exponential time"
    return None


_REPEATS = (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT)
NESTED_REPEATS = 2


def _nested_repeat(items, inside_repeat: bool) -> bool:
    """Whether an unbounded repetition sits inside one of more than NESTED_REPEATS times."""
    for op, argument in items:
        if op in _REPEATS:
            low, high, body = argument
            unbounded = high == re_constants.MAXREPEAT
            if unbounded and inside_repeat:
                return True
            nested = inside_repeat or (high > NESTED_REPEATS and not _delimited(body))
            if _nested_repeat(body, nested):
                return True
        else:
            for part in _subpatterns(op, argument):
                if _nested_repeat(part, inside_repeat):
                    return True
    return False


def _delimited(body) -> bool:
    """Whether each unbounded run of one character class in `body` is followed by a character
    it cannot match (`\\w+ `, `\\S+\\s`), so the body can match a text in one way only."""
    items = _flat(body)
    if items is None:
        return False
    for position, (op, argument) in enumerate(items):
        if op not in _REPEATS or argument[1] != re_constants.MAXREPEAT:
            continue
        # the last item is followed by the first one of the next time round
        following = items[position + 1: position + 2] or items[:1]
        run = list(argument[2])
        if len(run) != 1 or not following or not _disjoint(body, run[0], following[0]):
            return False
    return True


def _flat(body) -> list | None:
    """The body's items with groups opened up; None when it holds alternatives or lookarounds,
    whose ways of matching are not followed here."""
    items = []
    for op, argument in body:
        if op is re_constants.SUBPATTERN:
            inner = _flat(argument[-1])
            if inner is None:
                return None
            items += inner
        elif op in (*_REPEATS, re_constants.LITERAL, re_constants.NOT_LITERAL, re_constants.IN,
                    re_constants.AT):
            items.append((op, argument))
        else:
            return None
    return items


# The characters compared when asking whether two character classes overlap.
_SAMPLE = [chr(code) for code in range(0x3000)]


def _disjoint(body, first, second) -> bool:
    """Whether two one-character items of a parsed pattern match no character in common."""
    matchers = []
    for item in (first, second):
        if item[0] not in (re_constants.LITERAL, re_constants.NOT_LITERAL, re_constants.IN):
            return False
        matchers.append(re_compiler.compile(re_parser.SubPattern(body.state, [item])).match)
    return not any(matchers[0](char) and matchers[1](char) for char in _SAMPLE)


def _subpatterns(op, argument) -> list:
    """The parsed subpatterns of one node: groups, alternatives, lookarounds, conditionals."""
    if op is re_constants.SUBPATTERN:
        return [argument[-1]]
    if op is re_constants.BRANCH:
        return list(argument[1])
    if op in (re_constants.ASSERT, re_constants.ASSERT_NOT):
        return [argument[1]]
    if op is re_constants.GROUPREF_EXISTS:
        return [part for part in argument[1:] if part is not None]
    return []


@dataclass(frozen=True)
class Table:
    """A table with `required` and `optional` keys; other keys must fit `others` (refused when
    None: a misspelt key would otherwise be ignored)."""

    required: dict = field(default_factory=dict)
    optional: dict = field(default_factory=dict)
    others: object = None

    def check(self, value, where: str) -> None:
        for problem in self.problems(value, where):
            raise _Invalid("", str(problem))

    def problems(self, value, where: str) -> list[str]:
        """Every mistake in the table, one per key, missing keys first."""
        if not isinstance(value, dict):
            return [str(_Invalid(where, f"expected a table, got {value!r}"))]
        found = [str(_Invalid(where, f'missing key "{key}"'))
                 for key in self.required if key not in value]  # fmt: skip
        for key, item in value.items():
            spec = self.required.get(key) or self.optional.get(key) or self.others
            try:
                if spec is None:
                    raise _Invalid(where, f'unknown key "{key}"')
                spec.check(item, _join(where, _key_name(key, spec)))
            except _Invalid as problem:
                found.append(str(problem))
        return found


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
