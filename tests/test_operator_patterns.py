"""An operator's catastrophic regex cannot stall the crawl or enrich.

A source's URL patterns are run by RE2, whose time is linear in the URL whatever the pattern; a
data file's patterns, which Python's own engine runs, are refused when they repeat a repetition.
"""

import re

import pytest

from pipeline.datafile import DataFileError, pattern_problem
from pipeline.rules import DATA_DIR, load_rules
from scrapers.sources import load_sources
from scrapers.spiders.configured import spider_class

from .conftest import copied_data, runaway_guard

CATASTROPHIC = "(a+)+$"
# Backtracking engines try about 2**n ways to match this against CATASTROPHIC before failing.
HOSTILE_PATH = "/" + "a" * 60 + "!"

SOURCE = f"""[[source]]
name = "stadt_x"
outlet = "kreis-unna"
discovery = "list"
start_urls = ["https://example.org/news/"]
allowed_domains = ["example.org"]
article_pattern = '{CATASTROPHIC}'
follow_pattern = '{CATASTROPHIC}'
"""


def test_a_catastrophic_source_pattern_runs_in_linear_time(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text(SOURCE, "utf-8")
    (source,) = load_sources(path)
    spider = spider_class(source)()

    with runaway_guard():
        verdicts = [spider.is_article(f"https://example.org{HOSTILE_PATH}"),
                    spider.is_followed(f"https://example.org{HOSTILE_PATH}"),
                    spider.is_article("https://example.org/aaaa")]  # fmt: skip

    assert verdicts == [False, False, True]



def test_a_catastrophic_data_file_pattern_is_a_clear_configuration_error(tmp_path):
    data = copied_data(tmp_path, "topics.toml", 'cues = ["familienzentr", ',
                       f'cues = ["{CATASTROPHIC}", ')

    with pytest.raises(DataFileError) as error, runaway_guard():
        load_rules(data)
    assert str(error.value) == (
        f"{data / 'topics.toml'}: [[topic]] 1 (\"familienzentrum\") cues: item 1 ('(a+)+$') "
        "repeats a repetition (like (a+)+): it can take exponential time"
    )


@pytest.mark.parametrize(
    "pattern",
    ["(a+)+$", "(a*)*b", "(\\w+\\s?)*$", "(?:x|(?:a+b?)+)c", "(?:a+){3}", "(?=(a+)+)b",
     "(?:\\w+\\w){0,4}x", "(?:\\w+a){0,4}x", "(?:\\w+ ?){0,4}x"],
)
def test_repeated_repetitions_are_refused(pattern):
    assert pattern_problem(pattern) == (
        "repeats a repetition (like (a+)+): it can take exponential time"
    )


@pytest.mark.parametrize(
    "pattern",
    ["familienzentr", "frühe[n]? hilfen", "(?:\\S+\\s+){0,2}(?:gekostet|kostet)\\b",
     "Europäische\\w* Sozialfonds?", "(?:foo|bar)+", "(ab){2,5}c+", "a+b+",
     "besuch\\w* (?:\\w+ ){0,4}neugeboren", "(?:\\S+\\s){0,6}kita", "(?:[a-z]+-){0,3}zentrum",
     "neugeborene\\w*(?: \\w+){0,4} besuch", "koordiniert (?:\\w+ )*für alle",
     "(?:x|(?:ab+)+)c"],
)
def test_bounded_patterns_pass(pattern):
    assert pattern_problem(pattern) is None


def test_every_shipped_data_file_pattern_passes():
    load_rules(DATA_DIR)  # raises DataFileError on any refused pattern


@pytest.mark.parametrize(
    "pattern",
    ["besuch\\w* (?:\\w+ ){0,4}neugeboren", "koordiniert (?:\\w+ )*für alle", "(?:x|(?:ab+)+)c",
     "neugeborene\\w*(?: \\w+){0,4} besuch"],
)
def test_a_repeated_delimited_word_ends_on_a_text_it_cannot_match(pattern):
    # 2,000 repetitions: an exponential blow-up would run for ages on 30; a pattern that is
    # merely quadratic here ((ab+)+ restarts at every "ab") must not make the guard flaky
    # on a busy machine, as 20,000 did.
    text = "besuch koordiniert " + "wort " * 2_000 + "neugeborene " + "ab" * 2_000
    with runaway_guard():  # a backtracking blow-up would run for hours
        assert re.search(pattern, text) is None
