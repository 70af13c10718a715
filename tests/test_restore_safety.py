"""Restoring an export overwrites nothing and runs nothing the export says (issue 14, finding 9).

The exports here are made by `export` and then changed as an attacker (or a bad copy) would,
with the manifest and its checksum rewritten to match where the attack needs it.
"""

import hashlib
import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from pipeline.archive import Archive
from pipeline.archive.backup import BackupError, export, rebuild
from pipeline.archive.migrations import MIGRATIONS
from pipeline.cli import cli
from pipeline.reprocess import reprocess
from pipeline.rules import default_rules

from .test_reprocess_damaged import write_sample_warc

pytestmark = pytest.mark.slow  # builds an archive of the whole sample
# The tables m012 made: an export of the version before has none of them.
LINK_INDEX = ("link_articles", "link_places", "link_grams", "story_pairs", "link_pending")


@pytest.fixture(scope="module")
def archived(tmp_path_factory):
    """An archive of the sample's 15 articles and its WARC directory (tests only read them)."""
    root = tmp_path_factory.mktemp("archived")
    write_sample_warc(root / "warc")
    with Archive.open(root / "archive.db") as archive:
        reprocess([root / "warc"], archive, default_rules())
    return root


@pytest.fixture
def exported(archived, tmp_path):
    export(archived / "archive.db", archived / "warc", tmp_path / "export")
    return tmp_path / "export"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def reseal(export_dir, change) -> None:
    """Change the manifest with `change(manifest)`, re-list every file's checksum and write the
    manifest's own checksum: what someone crafting an export can always do."""
    manifest = json.loads((export_dir / "manifest.json").read_text("utf-8"))
    change(manifest)
    for name in manifest["files"]:
        if (export_dir / name).is_file():
            data = (export_dir / name).read_bytes()
            manifest["files"][name] = {"bytes": len(data), "sha256": sha256(data)}
    text = json.dumps(manifest).encode("utf-8")
    (export_dir / "manifest.json").write_bytes(text)
    (export_dir / "manifest.sha256").write_text(f"{sha256(text)}  manifest.json\n")


def drop_columns(jsonl, columns: set[str]) -> None:
    """Rows of an exported table without `columns`, as a version before them exported it."""
    rows = [json.loads(row) for row in jsonl.read_text("utf-8").splitlines()]
    jsonl.write_text("".join(json.dumps({k: v for k, v in row.items() if k not in columns}) + "\n"
                             for row in rows), "utf-8")


def read(db_path, sql: str) -> list[tuple]:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        rows = db.execute(sql).fetchall()
    db.close()
    return rows


def test_the_manifest_schema_is_never_executed(exported, tmp_path):
    planted = tmp_path / "planted.db"
    reseal(exported, lambda manifest: manifest["schema"].extend([
        f"ATTACH DATABASE '{planted}' AS planted",
        "CREATE TABLE planted.loot (x)",
        "CREATE TRIGGER wipe AFTER INSERT ON citations BEGIN DELETE FROM articles; END",
    ]))

    rebuild(exported, tmp_path / "rebuilt.db")

    assert not planted.exists()
    assert read(tmp_path / "rebuilt.db", "select name from sqlite_master where type = 'trigger' "
                "and name = 'wipe'") == []
    with Archive.open(tmp_path / "rebuilt.db") as archive:
        archive.db["citations"].insert({"article_id": "x", "position": 99, "text": "neu"})
        assert archive.counts()["articles"] == 15


def test_the_schema_is_the_archives_own(archived, exported, tmp_path):
    rebuild(exported, tmp_path / "rebuilt.db")

    schema = "select type, name, sql from sqlite_master order by name"
    assert read(tmp_path / "rebuilt.db", schema) == read(archived / "archive.db", schema)


def test_an_older_export_gets_the_schema_of_its_own_version(exported, tmp_path):
    """Migrations apply up to the export's last one; opening the archive brings it up to date."""
    migrations = exported / "tables" / "_sqlite_migrations.jsonl"
    rows = migrations.read_text("utf-8").splitlines()
    names = [migration.name for migration in MIGRATIONS._migrations]
    later = names[names.index("m010_article_aliases"):]  # m010 and every one since
    assert [json.loads(row)["name"] for row in rows[-len(later):]] == later
    migrations.write_text("\n".join(rows[: -len(later)]) + "\n", "utf-8")
    for table in ("article_aliases", *LINK_INDEX, "archive_checks"):
        (exported / "tables" / f"{table}.jsonl").unlink()
    drop_columns(exported / "tables" / "crawl_runs.jsonl", {"cuts"})
    drop_columns(exported / "tables" / "articles.jsonl", {"search_lemmas", "search_parts"})

    def older(manifest):
        for table in ("article_aliases", *LINK_INDEX, "archive_checks"):
            del manifest["tables"][table]
            del manifest["files"][f"tables/{table}.jsonl"]
        manifest["tables"]["_sqlite_migrations"]["rows"] -= len(later)

    reseal(exported, older)

    counts = rebuild(exported, tmp_path / "rebuilt.db")

    assert counts["articles"] == 15
    tables = "select name from sqlite_master where type = 'table'"
    assert ("article_aliases",) not in read(tmp_path / "rebuilt.db", tables)
    assert "cuts" not in [row[1] for row in read(tmp_path / "rebuilt.db",
                                                 "pragma table_info(crawl_runs)")]
    with Archive.open(tmp_path / "rebuilt.db") as archive:
        assert archive.applied_migrations == later
        unindexed = archive.db.execute(
            "select count(*) from articles where search_lemmas is null").fetchone()[0]
    assert unindexed == 0


def test_an_export_of_a_newer_version_is_refused(exported, tmp_path):
    with (exported / "tables" / "_sqlite_migrations.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"migration_set": "familienarchiv", "name": "m999_aus_der_zukunft",
                              "applied_at": "2030-01-01"}) + "\n")
    reseal(exported, lambda manifest: None)

    with pytest.raises(BackupError, match="migration m999_aus_der_zukunft is not one of this"):
        rebuild(exported, tmp_path / "rebuilt.db")
    assert list(tmp_path.glob("*rebuilt*")) == []


def test_a_changed_manifest_is_refused_before_it_is_read(exported, tmp_path):
    manifest = json.loads((exported / "manifest.json").read_text("utf-8"))
    manifest["user_version"] = 99
    (exported / "manifest.json").write_text(json.dumps(manifest), "utf-8")

    with pytest.raises(BackupError) as refused:
        rebuild(exported, tmp_path / "rebuilt.db")

    assert str(refused.value) == (
        f"the export in {exported} is damaged: manifest.json does not match manifest.sha256"
    )
    assert list(tmp_path.glob("*rebuilt*")) == []


def test_an_export_without_the_manifest_checksum_is_refused(exported, tmp_path):
    (exported / "manifest.sha256").unlink()

    with pytest.raises(BackupError, match="is not a readable export: .*manifest.sha256"):
        rebuild(exported, tmp_path / "rebuilt.db")


@pytest.mark.parametrize("name, problem", [
    ("../../outside.warc.gz", "not a file an export holds"),
    ("tables/../../x.jsonl", "not a file an export holds"),
    ("warc/extra.txt", "not a file an export holds"),
])
def test_a_manifest_naming_files_outside_the_export_is_refused(exported, tmp_path, name, problem):
    reseal(exported, lambda manifest: manifest["files"].update({name: {"bytes": 0,
                                                                       "sha256": sha256(b"")}}))

    with pytest.raises(BackupError, match=f"{name}: {problem}"):
        rebuild(exported, tmp_path / "rebuilt.db")


def test_a_table_file_the_manifest_does_not_check_is_refused(exported, tmp_path):
    reseal(exported, lambda manifest: manifest["files"].pop("tables/citations.jsonl"))

    with pytest.raises(BackupError, match="tables/citations.jsonl: not among the files"):
        rebuild(exported, tmp_path / "rebuilt.db")


@pytest.mark.parametrize("column", ['title" ) select 1 --', "gibt_es_nicht"])
def test_a_row_with_a_column_the_table_lacks_is_refused(exported, tmp_path, column):
    with (exported / "tables" / "citations.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps({"article_id": "x", "position": 9, column: "y"}) + "\n")
    reseal(exported, lambda manifest: None)

    with pytest.raises(BackupError, match="tables/citations.jsonl: no column"):
        rebuild(exported, tmp_path / "rebuilt.db")
    assert list(tmp_path.glob("*rebuilt*")) == []


def test_rows_for_the_search_index_are_refused(exported, tmp_path):
    (exported / "tables" / "articles_fts_data.jsonl").write_text('{"id": 1, "block": "x"}\n')

    def with_index(manifest):
        manifest["tables"]["articles_fts_data"] = {"file": "tables/articles_fts_data.jsonl",
                                                   "rows": 1, "columns": ["id", "block"]}
        manifest["files"]["tables/articles_fts_data.jsonl"] = {}

    reseal(exported, with_index)

    with pytest.raises(BackupError, match="articles_fts_data is not a table rows go into"):
        rebuild(exported, tmp_path / "rebuilt.db")


def test_a_live_warc_file_of_the_same_name_is_never_overwritten(archived, exported, tmp_path):
    """A mid-crawl export restored onto the crawl's warc/: the night's file grew since."""
    live = tmp_path / "warc"
    shutil.copytree(archived / "warc", live)
    night_file = next(live.iterdir())
    with night_file.open("ab") as growing:
        growing.write(b"the night goes on")
    before = night_file.read_bytes()

    result = CliRunner().invoke(cli, ["restore", str(exported), f"--db={tmp_path / 'new.db'}",
                                      f"--warc-dir={live}"])

    assert result.exit_code == 1
    assert result.output == (
        f"Error: {night_file} exists and differs from the export's: restore never overwrites a "
        "WARC file (restore into another directory)\n"
    )
    assert night_file.read_bytes() == before
    assert sorted(p.name for p in live.iterdir()) == [night_file.name]
    assert not (tmp_path / "new.db").exists()


def test_identical_warc_files_are_left_and_the_rest_copied(archived, exported, tmp_path):
    live = tmp_path / "warc"
    shutil.copytree(archived / "warc", live)
    (exported / "warc" / "familie_in_nrw-zweite.warc.gz").write_bytes(b"\x1f\x8b zweite")
    reseal(exported, lambda manifest: manifest["files"].update(
        {"warc/familie_in_nrw-zweite.warc.gz": {}}))

    rebuild(exported, tmp_path / "new.db", warc_dest=live)

    assert sorted(p.name for p in live.iterdir()) == sorted(
        p.name for p in (exported / "warc").iterdir())
    assert (live / "familie_in_nrw-zweite.warc.gz").read_bytes() == b"\x1f\x8b zweite"


def test_an_existing_database_is_refused_in_one_line(exported, tmp_path):
    (tmp_path / "archive.db").write_bytes(b"live")

    result = CliRunner().invoke(cli, ["restore", str(exported), f"--db={tmp_path / 'archive.db'}"])

    assert (result.exit_code, result.output) == (
        1, f"Error: {tmp_path / 'archive.db'} exists: rebuild writes a new archive\n")
    assert (tmp_path / "archive.db").read_bytes() == b"live"
