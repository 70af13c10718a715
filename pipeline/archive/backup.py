"""Backups of the archive: a snapshot, a portable export, and an archive rebuilt from an export.

An export is a directory a researcher can read without this project:

    manifest.json          format, schema (SQL, for readers: a restore never runs it), tables
                           with row counts, sha256 of every file
    manifest.sha256        sha256 of manifest.json (`sha256sum -c manifest.sha256`)
    tables/<table>.jsonl   one JSON object per row, every table but the search index
    warc/<file>.warc.gz    the raw pages the records were made from

The search index (FTS) is not exported: the schema's triggers rebuild it from the articles.
"""

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from base64 import b64decode, b64encode
from contextlib import closing
from pathlib import Path

import sqlite_utils
from sqlite_utils.db import quote_identifier

from ..clock import utc_now
from .connection import ArchiveMissing, Connection
from .migrations import MIGRATIONS, create_untyped_table

EXPORT_FORMAT = "familienarchiv-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MANIFEST_SHA256 = "manifest.sha256"
TABLES_DIR = "tables"
WARC_DIR = "warc"
BLOB_KEY = "$base64"  # JSON has no bytes: a BLOB value is written as {"$base64": "..."}
CHUNK_SIZE = 1 << 20
# The only names an export's manifest may list: no path leads outside the export.
EXPORT_FILE = re.compile(rf"({TABLES_DIR}/[^/]+\.jsonl|{WARC_DIR}/[^/]+\.warc\.gz)")
MIGRATIONS_TABLE = MIGRATIONS.migrations_table


class BackupError(Exception):
    """An export or snapshot that cannot be made or used, with a message for a person."""


def snapshot(archive_path: str | os.PathLike, dest_path: str | os.PathLike) -> Path:
    """A consistent single-file copy of the archive, safe to take while a crawl writes to it.

    The source must pass quick_check (a damaged archive is not copied as if it were sound). The
    copy is written under a temporary name beside `dest_path` and appears at `dest_path` only
    once complete and itself checked: a snapshot killed part-way leaves nothing at that name.
    """
    dest = Path(dest_path)
    if dest.exists():
        raise BackupError(f"{dest} exists: a snapshot never overwrites a file")
    try:
        source = Connection.open_readonly(archive_path)
    except ArchiveMissing as error:
        raise BackupError(str(error)) from error
    partial = _temporary_beside(dest)
    try:
        source.quick_check()
        with closing(sqlite3.connect(partial)) as copy:
            # One step (pages=-1) copies every page under a single read lock: one moment in time.
            source.db.conn.backup(copy)
            # A snapshot is one self-contained file, not a database with a write-ahead log.
            copy.execute("PRAGMA journal_mode = DELETE")
        with Connection.open_readonly(partial) as written:
            written.quick_check()
        _publish(partial, dest, "a snapshot never overwrites a file")
    finally:
        partial.unlink(missing_ok=True)  # no half-made snapshot to mistake for a good one
        source.close()
    return dest


def export(
    archive_path: str | os.PathLike, warc_dir: str | os.PathLike, dest_dir: str | os.PathLike
) -> dict:
    """Write the portable export of the archive and its WARC files; returns the manifest.

    The tables are read first, in one transaction; the WARC files are copied after, so every
    raw page a record points to is in the copy (the crawler writes the page before the record).
    Files are copied rather than hard-linked: a WARC file the crawler still appends to would
    change under a link and no longer match its checksum.
    """
    dest = Path(dest_dir)
    if dest.exists() and any(dest.iterdir()):
        raise BackupError(f"{dest} is not empty: an export goes into a new directory")
    (dest / TABLES_DIR).mkdir(parents=True, exist_ok=True)
    manifest = {"format": EXPORT_FORMAT, "version": FORMAT_VERSION, "created_at": utc_now()}
    with closing(_connect_existing(archive_path)) as db:
        db.isolation_level = None
        db.execute("BEGIN")  # every table as of the same moment, whatever a crawl writes
        manifest["user_version"] = db.execute("PRAGMA user_version").fetchone()[0]
        manifest["schema"] = _schema(db)
        manifest["tables"] = {
            table: _dump_table(db, table, without_rowid, dest / TABLES_DIR / f"{table}.jsonl")
            for table, without_rowid in _data_tables(db).items()
        }
        db.execute("ROLLBACK")
    _copy_warcs(Path(warc_dir), dest / WARC_DIR)
    manifest["files"] = {
        path.relative_to(dest).as_posix(): {"bytes": path.stat().st_size, "sha256": _sha256(path)}
        for path in sorted(dest.rglob("*"))
        if path.is_file()
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    (dest / MANIFEST).write_bytes(text)
    # sha256sum's format: `sha256sum -c manifest.sha256` checks it without this project.
    (dest / MANIFEST_SHA256).write_text(f"{hashlib.sha256(text).hexdigest()}  {MANIFEST}\n")
    return manifest


def verify(export_dir: str | os.PathLike) -> dict:
    """The export's manifest, once it matches its own checksum (manifest.sha256) and every file
    it lists is present with its checksum."""
    root = Path(export_dir)
    try:
        text = (root / MANIFEST).read_bytes()
        recorded = (root / MANIFEST_SHA256).read_text("ascii").split()
    except (OSError, ValueError) as error:
        raise BackupError(f"{root} is not a readable export: {error}") from error
    if recorded != [hashlib.sha256(text).hexdigest(), MANIFEST]:
        raise BackupError(f"the export in {root} is damaged: {MANIFEST} does not match "
                          f"{MANIFEST_SHA256}")
    try:
        manifest = json.loads(text.decode("utf-8"))
    except ValueError as error:
        raise BackupError(f"{root} is not a readable export: {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != EXPORT_FORMAT \
            or manifest.get("version") != FORMAT_VERSION:
        raise BackupError(f"{root / MANIFEST} is not a {EXPORT_FORMAT} version {FORMAT_VERSION}")
    try:
        problems = _problems(root, manifest)
    except (AttributeError, KeyError, TypeError) as error:
        raise BackupError(f"{root / MANIFEST} is malformed: {error!r}") from error
    if problems:
        raise BackupError(f"the export in {root} is damaged: " + "; ".join(problems))
    return manifest


def _problems(root: Path, manifest: dict) -> list[str]:
    """What is wrong with the files the manifest lists, and with the tables it names."""
    problems = [
        f"{name}: {problem}"
        for name, listed in manifest["files"].items()
        if (problem := _file_problem(root, name, listed))
    ]
    problems += [
        f"{TABLES_DIR}/{table}.jsonl: not among the files"
        for table in manifest["tables"]
        if f"{TABLES_DIR}/{table}.jsonl" not in manifest["files"]
    ]
    return problems


def rebuild(
    export_dir: str | os.PathLike,
    dest_archive_path: str | os.PathLike,
    warc_dest: str | os.PathLike | None = None,
) -> dict[str, int]:
    """A new archive from a verified export; returns rows per table.

    The schema is this project's own migrations, applied up to those the export's archive had;
    the manifest's `schema` is documentation for readers and is never executed. Nothing is
    overwritten: an existing archive or a different WARC file of the same name in `warc_dest`
    is refused before anything is written. The archive appears at its path complete or not at
    all; `warc_dest` receives the WARC files, each checked again as copied.
    """
    root, dest = Path(export_dir), Path(dest_archive_path)
    manifest = verify(root)
    if dest.exists():
        raise BackupError(f"{dest} exists: rebuild writes a new archive")
    warcs = _warcs_to_copy(root, manifest, Path(warc_dest)) if warc_dest is not None else []
    files = manifest["files"]
    applied = _applied_migrations(root / TABLES_DIR / f"{MIGRATIONS_TABLE}.jsonl",
                                  files.get(f"{TABLES_DIR}/{MIGRATIONS_TABLE}.jsonl"))
    partial = _temporary_beside(dest)
    try:
        with Connection.create(partial, applied) as archive:
            db = archive.db
            db.conn.isolation_level = None
            db.execute("BEGIN")
            db.execute(f"delete from {MIGRATIONS_TABLE}")  # the export's own rows follow
            counts = {
                table: _load_table(db, table, root / TABLES_DIR / f"{table}.jsonl",
                                   files[f"{TABLES_DIR}/{table}.jsonl"],
                                   manifest["tables"][table].get("columns", []))
                for table in manifest["tables"]
            }
            db.execute(f"PRAGMA user_version = {_user_version(manifest)}")
            db.execute("COMMIT")
        _publish(partial, dest, "rebuild writes a new archive")
    finally:
        partial.unlink(missing_ok=True)
    for name in warcs:
        _copy_checked(root / WARC_DIR / name, Path(warc_dest) / name, files[f"{WARC_DIR}/{name}"])
    return counts


def _temporary_beside(dest: Path) -> Path:
    """A new, empty file in dest's directory (so the final rename stays on one filesystem)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent)
    os.close(handle)
    return Path(name)


def _publish(partial: Path, dest: Path, refusal: str) -> None:
    """Give the finished file at `partial` the name `dest`, unless something took that name.

    A hard link fails where a file exists (a rename would replace it); `partial` is then
    left for the caller to remove.
    """
    try:
        os.link(partial, dest)
    except FileExistsError as error:
        raise BackupError(f"{dest} exists: {refusal}") from error


def _connect_existing(path: str | os.PathLike) -> sqlite3.Connection:
    """A connection to an archive that must exist (sqlite3 would create an empty one)."""
    if not Path(path).is_file():
        raise BackupError(f"no archive at {path}")
    return sqlite3.connect(path)


def _data_tables(db: sqlite3.Connection) -> dict[str, bool]:
    """Ordinary tables in creation order (with whether they are WITHOUT ROWID): not SQLite's
    own, not FTS indexes and their shadow tables."""
    listing = {row[1]: (row[2], bool(row[4])) for row in db.execute("PRAGMA main.table_list")}
    names = db.execute("select name from sqlite_master where type = 'table' order by rowid")
    return {
        name: listing[name][1]
        for (name,) in names
        if listing[name][0] == "table" and not name.startswith("sqlite_")
    }


def _schema(db: sqlite3.Connection) -> list[str]:
    """CREATE statements in creation order, without those SQLite runs itself (shadow tables)."""
    kinds = {row[1]: row[2] for row in db.execute("PRAGMA main.table_list")}
    rows = db.execute("select name, sql from sqlite_master where sql is not null order by rowid")
    return [
        sql
        for name, sql in rows
        if kinds.get(name) != "shadow" and not name.startswith("sqlite_")
    ]


def _dump_table(db: sqlite3.Connection, table: str, without_rowid: bool, path: Path) -> dict:
    # Rows in the order they were written, so a rebuilt table reads back in the same order.
    order = "" if without_rowid else " order by rowid"
    cursor = db.execute(f"select * from [{table}]{order}")
    columns = [description[0] for description in cursor.description]
    rows = 0
    with path.open("w", encoding="utf-8") as out:
        for values in cursor:
            row = dict(zip(columns, map(_to_json, values), strict=True))
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            rows += 1
    return {"file": f"{TABLES_DIR}/{path.name}", "rows": rows, "columns": columns}


def _load_table(db, table: str, path: Path, listed: dict, columns: list) -> int:
    """Insert a table's rows; its file must still match its checksum when fully read."""
    known = _ordinary_columns(db, table)
    if known is None:  # a table this version does not know: kept, as plain untyped columns
        if not isinstance(columns, list) or not columns or table.startswith("sqlite_"):
            raise BackupError(f"{TABLES_DIR}/{table}.jsonl: no table {table!r} to load it into")
        create_untyped_table(db, table, columns)
        known = set(columns)
    digest, rows = hashlib.sha256(), 0
    with path.open("rb") as lines:
        for line in lines:
            digest.update(line)
            row = {key: _from_json(value) for key, value in json.loads(line).items()}
            if unknown := set(row) - known:
                raise BackupError(f"{TABLES_DIR}/{table}.jsonl: no column {sorted(unknown)[0]!r}")
            names = ", ".join(map(quote_identifier, row))
            marks = ", ".join("?" for _ in row)
            db.execute(f"insert into {quote_identifier(table)} ({names}) values ({marks})",
                       list(row.values()))
            rows += 1
    if digest.hexdigest() != listed["sha256"]:
        raise BackupError(f"{TABLES_DIR}/{table}.jsonl changed while it was read")
    return rows


def _ordinary_columns(db, table: str) -> set[str] | None:
    """The columns of an ordinary table of the built schema (not a search index or its
    shadow tables, which the triggers fill); None when there is no such table."""
    kinds = {row[1]: row[2] for row in db.execute("PRAGMA main.table_list")}
    if table not in kinds:
        return None
    if kinds[table] != "table" or table.startswith("sqlite_"):
        raise BackupError(f"{TABLES_DIR}/{table}.jsonl: {table} is not a table rows go into")
    return {row[1] for row in db.execute("select * from pragma_table_info(?)", [table])}


def _applied_migrations(path: Path, listed: dict | None) -> list[str]:
    """The migrations the exported archive had, checked against this version's."""
    if listed is None:
        raise BackupError(f"the export has no {TABLES_DIR}/{MIGRATIONS_TABLE}.jsonl: "
                          "its schema version is unknown")
    if _sha256(path) != listed["sha256"]:
        raise BackupError(f"{TABLES_DIR}/{MIGRATIONS_TABLE}.jsonl changed while it was read")
    with path.open(encoding="utf-8") as lines:
        names = [row.get("name") for row in map(json.loads, lines)
                 if row.get("migration_set") == MIGRATIONS.name]
    ours = [migration.name for migration in MIGRATIONS.pending(sqlite_utils.Database(memory=True))]
    if names != ours[: len(names)]:
        unknown = next((name for name in names if name not in ours), None)
        raise BackupError(
            f"the export was made by another version of familienarchiv: migration {unknown} "
            "is not one of this version's" if unknown else
            "the export's migrations are not in this version's order"
        )
    return names


def _user_version(manifest: dict) -> int:
    try:
        return int(manifest["user_version"])
    except (KeyError, TypeError, ValueError) as error:
        raise BackupError(f"the manifest's user_version is not a number: {error}") from error


def _warcs_to_copy(root: Path, manifest: dict, dest: Path) -> list[str]:
    """The export's WARC files not yet at `dest`; refuses when a different file has a name."""
    names = []
    for entry, listed in manifest["files"].items():
        folder, _, name = entry.partition("/")
        if folder != WARC_DIR:
            continue
        target = dest / name
        if not target.exists():
            names.append(name)
        elif _sha256(target) != listed["sha256"]:
            raise BackupError(f"{target} exists and differs from the export's: restore never "
                              "overwrites a WARC file (restore into another directory)")
    return names


def _copy_checked(source: Path, dest: Path, listed: dict) -> None:
    """Copy under a temporary name, check the copy's checksum, then give it its name."""
    partial = _temporary_beside(dest)
    try:
        shutil.copyfile(source, partial)
        if _sha256(partial) != listed["sha256"]:
            raise BackupError(f"{source} changed while it was copied")
        _publish(partial, dest, "restore never overwrites a WARC file")
    finally:
        partial.unlink(missing_ok=True)


def _to_json(value):
    return {BLOB_KEY: b64encode(value).decode("ascii")} if isinstance(value, bytes) else value


def _from_json(value):
    if isinstance(value, dict) and set(value) == {BLOB_KEY}:
        return b64decode(value[BLOB_KEY])
    return value


def _copy_warcs(source: Path, dest: Path) -> None:
    dest.mkdir(parents=True, exist_ok=True)
    for path in sorted(source.glob("*.warc.gz")):
        shutil.copyfile(path, dest / path.name)


def _file_problem(root: Path, name: str, listed: dict) -> str | None:
    if not EXPORT_FILE.fullmatch(name):
        return "not a file an export holds"
    path = root / name
    if not path.is_file():
        return "missing"
    if path.stat().st_size != listed["bytes"] or _sha256(path) != listed["sha256"]:
        return "checksum mismatch"
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()
