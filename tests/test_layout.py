"""Facts about the whole project's layout that a newcomer relies on: each concern has one owner."""

import ast
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from .conftest import ROOT

PACKAGES = ("pipeline", "scrapers")
MIGRATIONS = ROOT / "pipeline" / "archive" / "migrations.py"
SCHEMA_CHANGES = re.compile(r"CREATE\s+TABLE|CREATE\s+INDEX|ALTER\s+TABLE|\.create_table\(|"
                            r"\.add_column\(|\.create_index\(|\.enable_fts\(|\[[^]]+\]\.create\(",
                            re.IGNORECASE)


def sources(*packages: str) -> list[Path]:
    return sorted(path for package in packages for path in (ROOT / package).rglob("*.py"))


def calls_of(path: Path, name: str) -> list[int]:
    """Line numbers where `path` calls a function or method called `name`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (getattr(node.func, "id", None) == name or getattr(node.func, "attr", None) == name)
    ]


def definitions_of(name: str) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sources(*PACKAGES)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef) and node.name == name
    ]


def test_only_migrations_create_or_change_tables():
    changes = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sources(*PACKAGES, "bench") if path != MIGRATIONS
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SCHEMA_CHANGES.search(line)
    ]
    assert changes == []


def test_the_schema_pattern_finds_what_it_guards():
    lines = ['db["t"].create({"id": int})', "db.execute('create table t (id)')",
             'db["t"].add_column("c", str)', 'db["t"].create_index(["c"])']
    assert all(SCHEMA_CHANGES.search(line) for line in lines)


def test_one_function_computes_a_record_id():
    # The migrations keep frozen copies of old rules under their own names (see their docstring).
    assert [place.split(":")[0] for place in definitions_of("record_id")] == [
        "pipeline/identity.py"
    ]


def test_a_crawl_opens_the_archive_in_one_place():
    openings = {
        str(path.relative_to(ROOT)): calls_of(path, "open")
        for path in sources("scrapers")
        if "Archive.open" in path.read_text(encoding="utf-8")
    }
    assert list(openings) == ["scrapers/archive.py"]
    assert len(openings["scrapers/archive.py"]) == 1


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in cli.commands if f"familienarchiv {name}" not in readme] == []


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_explains_itself(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert cli.commands[name].help.split("\n")[0] in result.output.replace("\n  ", " ")
