"""The Rules object: loaded once from a data directory, every rule set from its own file."""

import re
import shutil

import pytest

from pipeline.citations import parse_sources
from pipeline.datafile import DataFileError
from pipeline.enrich import enrich_article
from pipeline.identity import canonical_url
from pipeline.rules import DATA_DIR, default_rules, load_rules

FOUNDATION = (
    '[[outlet]]\nid = "buergerstiftung-kempen"\nname = "Bürgerstiftung Kempen"\n'
    'kind = "foundation"\ndomains = ["buergerstiftung-kempen.de"]\n'
)
FUNDED = {
    "title": "Kempen: Familienzentrum erweitert",
    "body": "Die Bürgerstiftung Kempen fördert das Familienzentrum mit 5.000 Euro.",
}


@pytest.fixture
def data_dir(tmp_path):
    """A copy of the shipped rules that a test may change."""
    return shutil.copytree(DATA_DIR, tmp_path / "data")


def test_default_rules_are_loaded_once():
    assert default_rules() is default_rules()


def test_default_rules_read_the_shipped_files():
    rules = default_rules()
    assert len(list(rules.outlets)) == 35
    assert rules.relevance.threshold == 0.5
    assert "familienzentrum" in [topic.slug for topic in rules.topics.topics]
    assert rules.gazetteer.get("05166012").name == "Kempen"
    assert rules.citations.usage_cues["pressemitteilung"] == "press release"
    assert "eltern" in rules.story_words.function_words
    assert "utm_" in rules.url_noise.tracking_prefixes


def test_a_custom_outlets_file_reaches_citations_and_funders(tmp_path):
    outlets = tmp_path / "outlets.toml"
    outlets.write_text(FOUNDATION, encoding="utf-8")
    rules = load_rules(outlets_file=outlets)

    [citation] = parse_sources(["Quelle: Bürgerstiftung Kempen"], rules.outlets, rules.citations)
    [funding] = enrich_article(FUNDED, rules).fundings

    assert (citation.outlet_id, citation.usage) == ("buergerstiftung-kempen", "publication")
    assert (funding.funder_id, funding.funder_name, funding.amount_eur) == (
        "buergerstiftung-kempen", "Bürgerstiftung Kempen", 5000.0,
    )  # fmt: skip


def test_a_custom_outlets_file_without_the_regional_bodies_leaves_their_funding_open(tmp_path):
    outlets = tmp_path / "outlets.toml"
    outlets.write_text(FOUNDATION, encoding="utf-8")
    record = {"title": "Kempen: Netzwerk", "body": "Der Landschaftsverband gibt 32.000 Euro."}

    [custom] = enrich_article(record, load_rules(outlets_file=outlets)).fundings
    [shipped] = enrich_article(record, default_rules()).fundings

    assert (custom.funder_id, custom.amount_eur) == (None, 32000.0)
    assert (shipped.funder_id, shipped.amount_eur) == ("lvr", 32000.0)


def test_the_shipped_outlets_do_not_know_the_custom_funder():
    rules = default_rules()
    [citation] = parse_sources(["Quelle: Bürgerstiftung Kempen"], rules.outlets, rules.citations)
    [funding] = enrich_article(FUNDED, rules).fundings
    assert (citation.outlet_id, citation.outlet_name) == (None, "Bürgerstiftung Kempen")
    assert (funding.funder_id, funding.funder_name) == (None, None)


def test_rules_come_from_the_data_directory_given(data_dir):
    noise = data_dir / "url_noise.toml"
    noise.write_text(
        noise.read_text(encoding="utf-8").replace('"ref", ', '"ref", "sessionid", '),
        encoding="utf-8",
    )
    url = "https://www.kempen.de/meldung?id=7&sessionid=abc"

    rules = load_rules(data_dir)

    assert canonical_url(url, rules=rules) == "https://www.kempen.de/meldung?id=7"
    assert canonical_url(url) == url  # the default rules keep it


def test_a_broken_file_in_the_data_directory_is_named(data_dir):
    (data_dir / "similarity.toml").write_text("function_words = []\n[steps]\n", encoding="utf-8")
    path = data_dir / "similarity.toml"
    message = f"{path}: function_words: expected a non-empty list of strings, got []"
    with pytest.raises(DataFileError, match=f"^{re.escape(message)}$"):
        load_rules(data_dir)


def test_a_missing_outlets_file_is_named(tmp_path):
    with pytest.raises(DataFileError, match=re.escape(str(tmp_path / "none.toml"))):
        load_rules(outlets_file=tmp_path / "none.toml")


def test_a_topic_offered_by_an_unknown_topic_is_named(data_dir):
    topics = data_dir / "topics.toml"
    topics.write_text(
        topics.read_text(encoding="utf-8").replace(
            'service_of = ["familienzentrum"]', 'service_of = ["familienzentren"]', 1),
        encoding="utf-8",
    )
    message = f"{topics}: service_of names no topic: familienzentren"
    with pytest.raises(DataFileError, match=f"^{re.escape(message)}$"):
        load_rules(data_dir)
