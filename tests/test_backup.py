"""Snapshots, portable exports and archives rebuilt from them, on a real crawl of the sample."""

import hashlib
import json
import shutil
import sqlite3

import pytest
import sqlite_utils

from pipeline.archive import Archive
from pipeline.archive.backup import BackupError, export, rebuild, snapshot, verify
from pipeline.reprocess import reprocess
from pipeline.rules import default_rules

from .conftest import crawl_the_sample

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

SEARCH = (
    "select id from articles where rowid in"
    " (select rowid from articles_fts where articles_fts match ?) order by id"
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """An archive and WARC directory of one crawl of the sample, shared: tests only read it."""
    return crawl_the_sample(tmp_path_factory.mktemp("crawled"))


def rows_by_table(path) -> dict[str, list]:
    """Every row of every table but the search index's own, in a stable order."""
    db = sqlite_utils.Database(path)
    tables = [name for name in db.table_names() if not name.startswith("articles_fts")]
    rows = {name: sorted(db[name].rows, key=repr) for name in tables}
    db.close()
    return rows


def search(path, words: str) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute(SEARCH, [words])]


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_snapshot_has_every_row_of_every_table(crawled, tmp_path):
    copy = snapshot(crawled / "archive.db", tmp_path / "snapshot.db")

    assert rows_by_table(copy) == rows_by_table(crawled / "archive.db")
    assert len(rows_by_table(copy)["articles"]) == 15


def test_snapshot_is_one_file_that_passes_the_integrity_check(crawled, tmp_path):
    copy = snapshot(crawled / "archive.db", tmp_path / "snapshot.db")

    with sqlite3.connect(copy) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_snapshot_during_a_write_holds_only_committed_rows(crawled, tmp_path):
    archive = tmp_path / "archive.db"
    shutil.copyfile(crawled / "archive.db", archive)
    writer = sqlite3.connect(archive, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("delete from citations")
    writer.execute("insert into fetch_errors (url, message, at) values ('x', 'halb', 'jetzt')")

    copy = snapshot(archive, tmp_path / "snapshot.db")
    writer.execute("COMMIT")
    writer.close()

    assert rows_by_table(copy) == rows_by_table(crawled / "archive.db")


def test_snapshot_never_overwrites(crawled, tmp_path):
    (tmp_path / "snapshot.db").write_bytes(b"alt")

    with pytest.raises(BackupError, match="snapshot.db exists: a snapshot never overwrites"):
        snapshot(crawled / "archive.db", tmp_path / "snapshot.db")
    assert (tmp_path / "snapshot.db").read_bytes() == b"alt"


def test_snapshot_of_a_missing_archive_is_a_clear_error(tmp_path):
    with pytest.raises(BackupError, match="no archive at .*missing.db"):
        snapshot(tmp_path / "missing.db", tmp_path / "snapshot.db")
    assert not (tmp_path / "missing.db").exists()


def test_export_writes_each_table_as_json_lines(crawled, tmp_path):
    manifest = export(crawled / "archive.db", crawled / "warc", tmp_path / "export")
    original = rows_by_table(crawled / "archive.db")

    assert sorted(manifest["tables"]) == sorted(original)
    for table, entry in manifest["tables"].items():
        lines = (tmp_path / "export" / entry["file"]).read_text("utf-8").splitlines()
        assert entry["rows"] == len(original[table]) == len(lines), table
    articles = (tmp_path / "export/tables/articles.jsonl").read_text("utf-8")
    first = json.loads(articles.splitlines()[0])
    assert first["publisher_id"] == "nrw-familienministerium"


def test_export_copies_the_warc_files_with_their_checksums(crawled, tmp_path):
    manifest = export(crawled / "archive.db", crawled / "warc", tmp_path / "export")
    warcs = sorted((crawled / "warc").glob("*.warc.gz"))

    assert warcs
    for warc in warcs:
        copied = tmp_path / "export" / "warc" / warc.name
        assert copied.read_bytes() == warc.read_bytes()
        assert manifest["files"][f"warc/{warc.name}"] == {
            "bytes": warc.stat().st_size, "sha256": sha256(warc),
        }


def test_manifest_lists_every_file_of_the_export(crawled, tmp_path):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")
    manifest = json.loads((tmp_path / "export" / "manifest.json").read_text("utf-8"))
    files = {
        path.relative_to(tmp_path / "export").as_posix(): sha256(path)
        for path in (tmp_path / "export").rglob("*")
        if path.is_file() and path.name not in {"manifest.json", "manifest.sha256"}
    }

    assert {name: entry["sha256"] for name, entry in manifest["files"].items()} == files


def test_export_refuses_a_directory_with_files_in_it(crawled, tmp_path):
    (tmp_path / "export").mkdir()
    (tmp_path / "export" / "notiz.txt").write_text("bleibt")

    with pytest.raises(BackupError, match="export is not empty"):
        export(crawled / "archive.db", crawled / "warc", tmp_path / "export")


def test_rebuild_gives_identical_rows_in_every_table(crawled, tmp_path):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")

    counts = rebuild(tmp_path / "export", tmp_path / "rebuilt.db")

    assert rows_by_table(tmp_path / "rebuilt.db") == rows_by_table(crawled / "archive.db")
    assert counts["articles"] == 15


def test_rebuilt_archive_is_searchable_like_the_original(crawled, tmp_path):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")
    rebuild(tmp_path / "export", tmp_path / "rebuilt.db")

    found = search(tmp_path / "rebuilt.db", "Kinderarmut")
    assert found == search(crawled / "archive.db", "Kinderarmut")
    assert found


def test_rebuilt_archive_keeps_the_schema_version_and_opens_as_an_archive(crawled, tmp_path):
    archive = tmp_path / "archive.db"
    shutil.copyfile(crawled / "archive.db", archive)
    with sqlite3.connect(archive) as db:
        db.execute("PRAGMA user_version = 7")
    export(archive, crawled / "warc", tmp_path / "export")
    rebuild(tmp_path / "export", tmp_path / "rebuilt.db")

    with sqlite3.connect(tmp_path / "rebuilt.db") as db:
        assert db.execute("PRAGMA user_version").fetchone() == (7,)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Archive.open(tmp_path / "rebuilt.db") as reopened:
        assert reopened.counts()["articles"] == 15


def test_enrichment_tables_and_binary_values_survive_the_round_trip(crawled, tmp_path):
    archive = tmp_path / "archive.db"
    shutil.copyfile(crawled / "archive.db", archive)
    db = sqlite_utils.Database(archive)
    article_id = next(db["articles"].rows)["id"]
    # A table this project does not know yet, as a later enrichment step might add.
    db["article_notes"].insert_all(
        [{"article_id": article_id, "topic": "kinderarmut", "label": "Kinderarmut",
          "evidence": "Netzwerk gegen Kinderarmut", "weight": 0.75, "raw": b"\x00\xffroh"}],
        pk=("article_id", "topic"),
    )
    db.close()
    export(archive, crawled / "warc", tmp_path / "export")

    rebuild(tmp_path / "export", tmp_path / "rebuilt.db")

    rebuilt = rows_by_table(tmp_path / "rebuilt.db")
    assert rebuilt == rows_by_table(archive)
    assert rebuilt["article_notes"][0]["raw"] == b"\x00\xffroh"


def test_rebuild_copies_the_checked_warc_files(crawled, tmp_path):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")

    rebuild(tmp_path / "export", tmp_path / "rebuilt.db", warc_dest=tmp_path / "warc")

    assert sorted(p.name for p in (tmp_path / "warc").iterdir()) == sorted(
        p.name for p in (crawled / "warc").glob("*.warc.gz")
    )


def test_reprocessing_the_exported_warcs_gives_the_same_articles_and_citations(crawled, tmp_path):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")

    with Archive.open(tmp_path / "reprocessed.db") as archive:
        outcomes = reprocess([tmp_path / "export" / "warc"], archive, default_rules())

    assert outcomes == {"new": 15}
    reprocessed = rows_by_table(tmp_path / "reprocessed.db")
    original = rows_by_table(crawled / "archive.db")
    for table in ("articles", "citations", "outlets", "outlet_names"):
        assert reprocessed[table] == original[table], table


@pytest.mark.parametrize(
    "damage, problem",
    [
        ("alter_warc", "warc/{warc}: checksum mismatch"),
        ("remove_warc", "warc/{warc}: missing"),
        ("alter_table", "tables/citations.jsonl: checksum mismatch"),
    ],
)
def test_rebuild_refuses_a_damaged_export(crawled, tmp_path, damage, problem):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")
    warc = sorted((tmp_path / "export" / "warc").iterdir())[0]
    if damage == "alter_warc":
        data = warc.read_bytes()
        warc.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    elif damage == "remove_warc":
        warc.unlink()
    else:
        with (tmp_path / "export/tables/citations.jsonl").open("a", encoding="utf-8") as out:
            out.write('{"article_id": "erfunden", "position": 0, "text": "erfunden"}\n')

    with pytest.raises(BackupError) as raised:
        rebuild(tmp_path / "export", tmp_path / "rebuilt.db")

    assert str(raised.value) == (
        f"the export in {tmp_path / 'export'} is damaged: " + problem.format(warc=warc.name)
    )
    assert not (tmp_path / "rebuilt.db").exists()
    assert not (tmp_path / "rebuilt.db.partial").exists()


def test_rebuild_never_overwrites_an_archive(crawled, tmp_path):
    export(crawled / "archive.db", crawled / "warc", tmp_path / "export")
    (tmp_path / "rebuilt.db").write_bytes(b"alt")

    with pytest.raises(BackupError, match="rebuilt.db exists: rebuild writes a new archive"):
        rebuild(tmp_path / "export", tmp_path / "rebuilt.db")
    assert (tmp_path / "rebuilt.db").read_bytes() == b"alt"


def test_verify_rejects_a_directory_that_is_no_export(tmp_path):
    (tmp_path / "manifest.json").write_text('{"format": "etwas anderes", "version": 1}')
    checksum = sha256(tmp_path / "manifest.json")
    (tmp_path / "manifest.sha256").write_text(f"{checksum}  manifest.json")

    with pytest.raises(BackupError, match="is not a familienarchiv-export version 1"):
        verify(tmp_path)


def test_a_failed_snapshot_leaves_no_file(tmp_path):
    (tmp_path / "archive.db").write_bytes(b"kein SQLite " * 100)

    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        snapshot(tmp_path / "archive.db", tmp_path / "snapshot.db")
    assert not (tmp_path / "snapshot.db").exists()
