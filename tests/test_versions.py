"""A changed article keeps its earlier text as a dated version; re-fetching the same adds none."""

import json

import pytest

from pipeline.archive import Archive

from .test_storage import article, citation


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.db") as archive:
        yield archive


def versions(archive) -> list[dict]:
    return list(archive.db["article_versions"].rows_where(order_by="article_id, version"))


def test_an_unchanged_refetch_creates_no_version(archive):
    archive.save_article(article(), [citation()])

    outcome = archive.save_article(article(fetched_at="2024-06-01T10:00:00Z"), [citation()])

    assert outcome == "unchanged"
    assert versions(archive) == []


def test_a_correction_keeps_the_old_text_with_its_capture(archive):
    first = article()
    archive.save_article(first, [citation()])
    corrected = article(
        body=first["body"].replace("Fördermittel", "Fördermittel von 32.000 Euro"),
        content_hash="b" * 64,
        fetched_at="2024-06-01T10:00:00Z",
        warc_file="familie_in_nrw-20240601100000000000-1.warc.gz",
        warc_offset=4096,
    )

    assert archive.save_article(corrected, []) == "changed"

    (version,) = versions(archive)
    assert version == {
        "article_id": first["id"],
        "version": 1,
        "title": first["title"],
        "teaser": first["teaser"],
        "body": first["body"],
        "published": first["published"],
        "modified": first["modified"],
        "author": None,
        "citations": json.dumps([{"article_id": first["id"], **citation()}], ensure_ascii=False),
        "content_hash": "a" * 64,
        "fetched_at": "2024-05-01T10:00:00Z",
        "warc_file": first["warc_file"],
        "warc_offset": 512,
        "superseded_at": "2024-06-01T10:00:00Z",
    }
    current = archive.db["articles"].get(first["id"])
    assert (current["body"], current["warc_offset"]) == (corrected["body"], 4096)
    assert archive.db["citations"].count == 0


def test_versions_are_numbered_in_order(archive):
    for number, letter in enumerate("abc"):
        archive.save_article(
            article(content_hash=letter * 64, body=f"Fassung {number}",
                    fetched_at=f"2024-0{number + 1}-01T10:00:00Z"),
            [],
        )

    assert [(v["version"], v["body"], v["superseded_at"]) for v in versions(archive)] == [
        (1, "Fassung 0", "2024-02-01T10:00:00Z"),
        (2, "Fassung 1", "2024-03-01T10:00:00Z"),
    ]
