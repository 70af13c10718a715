"""The founding page end to end: enrich_article + save_enrichment + link_archive on a real file."""

from pathlib import Path

import pytest

from pipeline.archive import Archive
from pipeline.enrich import enrich_all, enrich_article, link_archive, save_enrichment
from pipeline.identity import canonical_url, record_id
from pipeline.rawstore import StoredResponse
from pipeline.record import build_record
from pipeline.rules import default_rules

ROOT = Path(__file__).resolve().parent.parent
RULES = default_rules()
FOUNDING_URL = (
    "https://www.familie-in-nrw.de/archiv-neues-kommunen.html?&no_cache=1&L=0"
    "&tx_prnews[showUid]=484&tx_prnews[originalPid]=2488&tx_prnews[tstamp]=1327493962"
)


def founding_record() -> tuple[dict, list[dict]]:
    page = StoredResponse(
        url=FOUNDING_URL,
        status=200,
        headers=[("Content-Type", "text/html; charset=utf-8")],
        body=(ROOT / "sample_site" / "familie_in_nrw" / "items" / "484.html").read_bytes(),
        fetched_at="2024-05-01T10:00:00Z",
        extra={"source": "familie_in_nrw"},
        warc_file="familie_in_nrw-1.warc.gz",
        warc_offset=0,
    )
    return build_record(page, RULES)


def press_article(url: str, published: str, title: str, body: str) -> dict:
    """A newspaper article as the archive would hold it (fixture text of our own)."""
    return {
        "id": record_id(url),
        "source": "rp_online",
        "canonical_url": canonical_url(url),
        "url": url,
        "title": title,
        "teaser": None,
        "body": body,
        "published": published,
        "year": int(published[:4]),
        "language": "de",
        "publisher_id": "rp-online",
        "publisher_name": "Rheinische Post",
        "fetched_at": "2024-05-02T08:00:00Z",
        "http_status": 200,
        "content_hash": record_id(url) * 4,
        "warc_file": "rp_online-1.warc.gz",
        "warc_offset": 0,
    }


# Our own words: the Rheinische Post's report of the day about Kempen's network.
RP_KEMPEN = press_article(
    "https://rp-online.de/nrw/staedte/kempen/stadt-knuepft-netz-gegen-kinderarmut_aid-1.html",
    "2012-01-24",
    "Kempen knüpft ein Netz gegen Kinderarmut",
    "Kempen. Kinder aus armen Familien sollen in Kempen bessere Chancen bekommen. Die Stadt "
    "startet dafür das Projekt „KK“, ein Netzwerk gegen Kinderarmut, und lud rund 70 "
    "Fachleute aus Kitas, Schulen, Vereinen und Arztpraxen zum Auftakt ein.\n\n"
    "Das Jugendamt wertet die Ideen der Arbeitskreise nun aus. Der Landschaftsverband "
    "Rheinland fördert das Kempener Netzwerk mit bis zu 32.000 Euro.",
)
# The same paper, the same day, another town: not what the digest cites.
RP_VIERSEN = press_article(
    "https://rp-online.de/nrw/staedte/viersen/neues-familienzentrum-eroeffnet_aid-2.html",
    "2012-01-24",
    "Viersen: Neues Familienzentrum eröffnet",
    "Viersen. Im Süden der Stadt hat ein weiteres Familienzentrum eröffnet. Eltern finden dort "
    "Beratung, Kurse und eine Krabbelgruppe unter einem Dach.",
)
# Kempen again, but a week later: not the cited day.
RP_KEMPEN_LATER = press_article(
    "https://rp-online.de/nrw/staedte/kempen/ferienspiele-fuer-kempener-kinder_aid-3.html",
    "2012-01-31",
    "Kempen: Anmeldung für die Ferienspiele beginnt",
    "Kempen. Für die Ferienspiele im Sommer können Eltern ihre Kinder ab Montag im "
    "Rathaus anmelden. Es gibt 120 Plätze.",
)


@pytest.fixture
def archive(tmp_path):
    with Archive.open(tmp_path / "archive.db") as opened:
        record, citations = founding_record()
        opened.save_article(record, citations)
        for press in (RP_KEMPEN, RP_VIERSEN, RP_KEMPEN_LATER):
            opened.save_article(press, [])
        yield opened


@pytest.fixture
def founding(archive):
    return next(archive.db.query("select * from articles where source = 'familie_in_nrw'"))


def enrich_each(archive) -> None:
    for row in archive.db.query("select * from articles"):
        save_enrichment(archive, row["id"], enrich_article(row, RULES), RULES)


def test_founding_page_is_tagged_kempen_as_main(archive, founding):
    save_enrichment(archive, founding["id"], enrich_article(founding, RULES), RULES)
    rows = list(archive.db.query("select * from article_municipalities"))
    assert rows == [
        {
            "article_id": founding["id"],
            "ags": "05166012",
            "level": "gemeinde",
            "name": "Kempen",
            "kreis": "Kreis Viersen",
            "regierungsbezirk": "Düsseldorf",
            "is_main": 1,
            "signal": "title",
            "evidence": "Kempen:",
        }
    ]


def test_founding_page_has_the_child_poverty_network_topic(archive, founding):
    save_enrichment(archive, founding["id"], enrich_article(founding, RULES), RULES)
    rows = archive.db.query("select topic, label, evidence from article_topics")
    assert {
        "topic": "netzwerk-kinderarmut",
        "label": "Netzwerk gegen Kinderarmut",
        "evidence": "Netzwerk gegen Kinderarmut",
    } in list(rows)


def test_founding_page_is_funded_up_to_32000_euro_by_the_lvr(archive, founding):
    save_enrichment(archive, founding["id"], enrich_article(founding, RULES), RULES)
    rows = list(archive.db.query("select * from fundings"))
    assert rows == [
        {
            "article_id": founding["id"],
            "position": 0,
            "amount_eur": 32000.0,
            "qualifier": "up to",
            "scope": "total",
            "funder_id": "lvr",
            "funder_name": "Landschaftsverband Rheinland",
            "programme": None,
            "period_start": None,
            "period_end": None,
            "evidence": "Das Projekt wird vom Landesverband Rheinland (LVR) mit bis zu "
            "32.000 Euro gefördert.",
        }
    ]


def test_founding_citation_links_the_rp_online_article_of_that_day_about_kempen(archive, founding):
    enrich_each(archive)
    report = link_archive(archive, RULES)
    rows = list(archive.db.query("select * from citation_links"))
    assert rows == [
        {
            "article_id": founding["id"],
            "position": 0,
            "linked_article_id": RP_KEMPEN["id"],
            "reason": "rp-online 2012-01-24, place 05166012",
        }
    ]
    assert report.citation_links == 1


def test_founding_page_and_its_press_report_form_one_story(archive, founding):
    enrich_each(archive)
    link_archive(archive, RULES)
    rows = archive.db.query(
        "select article_id, story_id, relation, representative from stories "
        "where story_id = (select story_id from stories where article_id = ?) order by article_id",
        [founding["id"]],
    )
    first, second = sorted([founding["id"], RP_KEMPEN["id"]])
    story = min([founding["id"], RP_KEMPEN["id"]])  # same day: the lower id represents it
    assert list(rows) == [
        {
            "article_id": first,
            "story_id": story,
            "relation": "member",
            "representative": int(first == story),
        },
        {
            "article_id": second,
            "story_id": story,
            "relation": "member",
            "representative": int(second == story),
        },
    ]


def test_enrich_all_is_idempotent(archive):
    enrich_all(archive, RULES)
    tables = [
        "municipalities",
        "article_municipalities",
        "article_topics",
        "fundings",
        "citation_links",
        "stories",
    ]
    first = {t: list(archive.db.query(f"select * from {t} order by 1, 2")) for t in tables}
    report = enrich_all(archive, RULES)
    second = {t: list(archive.db.query(f"select * from {t} order by 1, 2")) for t in tables}
    assert first == second
    assert (report.articles, report.links.citation_links, report.links.stories) == (4, 1, 1)
