"""The check before a night: the whole file when the last full check is old enough, the schema
otherwise (pipeline/archive/checks.py), on real archive files."""

import pytest

from pipeline.archive import Archive, ArchiveDamaged
from pipeline.archive.checks import FULL, LIGHT, full_check_due

from .conftest import run_cli
from .test_faults_archive_tools import damage_an_index_page
from .test_storage import article


@pytest.fixture
def archived(tmp_path):
    """An archive of one article, never checked."""
    path = tmp_path / "archive.db"
    with Archive.open(path) as archive:
        archive.save_article(article(), [])
    return path


def full_checks(path) -> list[str]:
    with Archive.open_readonly(path) as archive:
        return [row[0] for row in archive.db.execute(
            "select kind from archive_checks order by id")]


def record_full_check_at(path, checked_at: str) -> None:
    with Archive.open(path) as archive:
        archive.db["archive_checks"].insert({"checked_at": checked_at, "kind": FULL,
                                             "seconds": 0.5})


@pytest.mark.parametrize("last, days, due", [
    (None, 7, True),  # never checked (a new, copied or older file)
    ("2026-11-30T02:00:00Z", 0, True),  # 0: every night
    ("2000-01-01T02:00:00Z", 7, True),
    ("2999-01-01T02:00:00Z", 7, False),
])
def test_a_full_check_is_due_when_none_is_recorded_or_the_last_is_old(last, days, due):
    assert full_check_due(last, days) is due


def test_the_first_night_checks_the_whole_file_and_the_next_ones_its_schema(archived):
    assert Archive.check_before_night(archived, 7) == FULL
    assert full_checks(archived) == [FULL]
    assert Archive.check_before_night(archived, 7) == LIGHT
    assert Archive.check_before_night(archived, 0) == FULL  # 0: every night
    assert full_checks(archived) == [FULL, FULL]


def test_damage_outside_the_schema_stops_the_night_whose_full_check_is_due(archived):
    """A page of an index no night reads: the light check does not see it, the weekly full
    check does, and refuses the night."""
    record_full_check_at(archived, "2999-01-01T02:00:00Z")
    damage_an_index_page(archived)
    assert Archive.check_before_night(archived, 7) == LIGHT

    record_full_check_at(archived, "2000-01-01T02:00:00Z")  # the latest is what counts
    assert Archive.check_before_night(archived, 36500) == LIGHT
    with pytest.raises(ArchiveDamaged, match=f"^{archived} is damaged: quick_check: "):
        Archive.check_before_night(archived, 0)


def test_a_damaged_schema_stops_every_night(archived):
    record_full_check_at(archived, "2999-01-01T02:00:00Z")
    with Archive.open(archived) as archive:
        archive.db.execute("PRAGMA journal_mode = DELETE")
        page_size = archive.db.execute("PRAGMA page_size").fetchone()[0]
    with open(archived, "r+b") as stream:  # the b-tree header of page 1, the schema's root
        stream.seek(100)
        stream.write(bytes(8))
    assert page_size > 108
    with pytest.raises(ArchiveDamaged, match=f"^{archived} is damaged: "):
        Archive.check_before_night(archived, 7)


def test_a_full_check_interval_that_is_no_number_of_days_stops_the_crawl(tmp_path):
    crawl = run_cli("crawl", "familie_in_nrw", f"--db={tmp_path / 'archive.db'}",
                    settings={"ARCHIVE_FULL_CHECK_DAYS": "weekly"})
    assert crawl.returncode == 1
    assert crawl.stderr == ("ARCHIVE_FULL_CHECK_DAYS must be a whole number of days from 0 "
                            "(every night) to 366, not 'weekly'\n")
    assert not (tmp_path / "archive.db").exists()
