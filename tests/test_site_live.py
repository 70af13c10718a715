"""Serving while a crawl writes: `familienarchiv serve --live` reads the archive through its WAL."""

import subprocess
import sys

import pytest

from pipeline.archive import Archive
from pipeline.site.serve import LIVE_SETTINGS, serve_args
from tests.test_publish import REPO, build_archive, free_port, get, serving

pytestmark = pytest.mark.slow  # starts a crawl, a server, a browser or Redis

NEW_ARTICLES = 150
# A crawl's writes, one article per transaction as the crawl commits them.
WRITER = """
import sys
from pipeline.archive import Archive
from tests.test_storage import article

# Enough text that the WAL is checkpointed into the file several times during the run.
PARAGRAPH = " ".join(f"Absatz{i}" for i in range(4000))

with Archive.open(sys.argv[1]) as archive:
    for n in range(int(sys.argv[2])):
        archive.save_article(article(
            id=f"{n:016x}", canonical_url=f"https://example.org/wachstum/{n}",
            url=f"https://example.org/wachstum/{n}", title=f"Wachstum Nummer {n}",
            teaser=f"Meldung {n} der Nacht.", body=f"Text der Meldung {n}. " + PARAGRAPH,
            content_hash=f"{n:064x}", cited_outlets=[]), [])
"""


def wachstum_rows(base: str) -> tuple[int, list[dict]]:
    return get(base, "/archive/articles.json", _search="Wachstum", _shape="array", _size="max")


def test_a_live_archive_answers_every_search_while_a_crawl_writes(tmp_path):
    db = tmp_path / "archive.db"
    build_archive(db)
    port = free_port()
    command = [sys.executable, "-m", "pipeline", "serve", f"--db={db}", f"--port={port}", "--live"]
    with Archive.open(db):  # the crawl holds the archive open, as a night does
        served = serving(command, port)
        base = next(served)
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(NEW_ARTICLES)],
                                  cwd=REPO)
        answers = []
        while writer.poll() is None:
            answers.append(wachstum_rows(base))
        assert writer.wait() == 0
        answers.append(wachstum_rows(base))
        served.close()

    statuses = {status for status, _ in answers}
    counts = [len(rows) for _, rows in answers]
    # each row whole: its teaser written in the same transaction as its title
    torn = [row for _, rows in answers for row in rows
            if row["teaser"] != f"Meldung {row['title'].split()[-1]} der Nacht."]
    assert (statuses, torn, counts[-1]) == ({200}, [], NEW_ARTICLES)
    assert counts == sorted(counts)  # a committed article never disappears again
    assert len(answers) > 2  # searched while the writer was at work


def test_live_serving_drops_immutable_and_caches_briefly(tmp_path):
    args = serve_args(tmp_path / "archive.db", immutable=False)

    assert "-i" not in args
    assert args[args.index("default_cache_ttl") + 1] == str(LIVE_SETTINGS["default_cache_ttl"])
