"""Reading rules files (pipeline/data/) and sources files: TOML, with errors naming the file."""

import tomllib
from pathlib import Path


class DataFileError(ValueError):
    """A rules file that cannot be read; the message starts with its path."""


def read_toml(path: str | Path, error: type[DataFileError] = DataFileError) -> dict:
    """The parsed file; `error` (a DataFileError) when it is missing, not UTF-8 or not TOML."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as problem:
        raise error(f"{path}: {problem}") from problem
