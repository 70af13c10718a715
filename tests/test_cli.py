import pytest
import sqlite_utils
from click.testing import CliRunner

from pipeline.cli import cli

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis


def test_unknown_spider_is_named_with_the_known_ones(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "no_such_source", f"--db={tmp_path / 'a.db'}"])

    assert result.exit_code == 1
    assert (
        "Error: unknown source(s): no_such_source; known: aachener_zeitung, familie_in_nrw, "
        "kamp_lintfort, kreis_unna, land_nrw, lvr, lwl, mkjfgfi_nrw, moenchengladbach, "
        "rp_online, waz, wz"
    ) in result.output


def test_a_setting_override_needs_a_name_and_a_value(tmp_path):
    result = CliRunner().invoke(cli, ["crawl", "--set", "DOWNLOAD_DELAY"])

    assert result.exit_code == 2
    assert "expected NAME=VALUE, got 'DOWNLOAD_DELAY'" in result.output


def test_reprocess_needs_existing_raw_pages(tmp_path):
    result = CliRunner().invoke(cli, ["reprocess", str(tmp_path / "missing")])

    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_backup_needs_something_to_write(tmp_path):
    (tmp_path / "archive.db").touch()

    result = CliRunner().invoke(cli, ["backup", f"--db={tmp_path / 'archive.db'}"])

    assert result.exit_code == 2
    assert "say what to write: --snapshot PATH, --export DIR, or both" in result.output


def test_backup_and_restore_round_trip(tmp_path, crawl):
    assert crawl().returncode == 0
    db, export = tmp_path / "archive.db", tmp_path / "export"

    backed_up = CliRunner().invoke(cli, [
        "backup", f"--db={db}", f"--warc-dir={tmp_path / 'warc'}",
        f"--snapshot={tmp_path / 'snapshot.db'}", f"--export={export}",
    ])
    restored = CliRunner().invoke(cli, ["restore", str(export), f"--db={tmp_path / 'back.db'}"])

    assert backed_up.exit_code == 0, backed_up.output
    assert restored.exit_code == 0, restored.output
    assert "15 articles" in restored.output
    for copy in ("snapshot.db", "back.db"):
        rows = sqlite_utils.Database(tmp_path / copy)["articles"].rows_where(order_by="id")
        assert list(rows) == list(sqlite_utils.Database(db)["articles"].rows_where(order_by="id"))


def test_a_damaged_export_is_refused_with_the_reason(tmp_path, crawl):
    assert crawl().returncode == 0
    export = tmp_path / "export"
    CliRunner().invoke(cli, ["backup", f"--db={tmp_path / 'archive.db'}",
                             f"--warc-dir={tmp_path / 'warc'}", f"--export={export}"])
    table = export / "tables" / "articles.jsonl"
    table.write_text(table.read_text("utf-8").replace("Kempen", "Kampen"), "utf-8")

    result = CliRunner().invoke(cli, ["restore", str(export), f"--db={tmp_path / 'back.db'}"])

    assert result.exit_code == 1
    damaged = f"Error: the export in {export} is damaged: tables/articles.jsonl: checksum mismatch"
    assert damaged in result.output
    assert not (tmp_path / "back.db").exists()
