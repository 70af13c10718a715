"""The sources file and the rules are checked as a schema before a crawl runs.

Each problem is one line naming the file and the entry; `familienarchiv crawl` prints them and
exits 1 before it opens the archive or asks any site for anything.
"""

import subprocess
import sys

import pytest

from pipeline.datafile import DataFileError
from pipeline.rules import load_rules
from scrapers.sources import SourceConfigError, load_sources

from .conftest import ROOT, copied_data

GOOD = """[[source]]
name = "stadt_x"
outlet = "kreis-unna"
discovery = "list"
start_urls = ["https://example.org/news/"]
allowed_domains = ["example.org"]
article_pattern = '^/news/\\d+$'
"""


def sources(tmp_path, text: str):
    path = tmp_path / "sources.toml"
    path.write_text(text, "utf-8")
    return path


def with_line(entry: str, line: str) -> str:
    """The entry with `line` replacing the line of the same key (or added)."""
    key = line.split(" =")[0]
    kept = [old for old in entry.splitlines() if not old.startswith(f"{key} =")]
    return "\n".join([*kept, line]) + "\n"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ('start_urls = "https://example.org/news/"',
         "source stadt_x start_urls: expected a non-empty list of strings, "
         "got 'https://example.org/news/'"),
        ('enabled = "false"', "source stadt_x enabled: expected true or false, got 'false'"),
        ("politeness = { concurrency = 0 }",
         "source stadt_x [politeness] concurrency: expected a whole number from 1 to 8, got 0"),
        ("politeness = { download_delay = -1 }",
         "source stadt_x [politeness] download_delay: expected a number of seconds from 0 to "
         "600, got -1"),
        ("limits = { max_pages = 0 }",
         "source stadt_x [limits] max_pages: expected a whole number at least 1, got 0"),
        ("limits = { max_depth = 2.5 }",
         "source stadt_x [limits] max_depth: expected a whole number, got 2.5"),
        ("limits = { pages = 10 }", 'source stadt_x [limits]: unknown key "pages"'),
        ('outlet = "stadt-nirgendwo"',
         "source stadt_x: outlet 'stadt-nirgendwo' is not in the outlet registry"),
        ('discovery = "spider"',
         "source stadt_x discovery: expected one of feed, sitemap, list, prnews, got 'spider'"),
        ('start_urls = ["example.org/news/"]',
         "source stadt_x: start_urls: 'example.org/news/' is no http(s) URL with a host"),
        ("article_pattern = '(?<=x)\\d+'",
         "source stadt_x: article_pattern: '(?<=x)\\\\d+' is no regular expression RE2 accepts: "
         "invalid perl operator: (?<="),
    ],
)
def test_each_bad_value_is_one_line_naming_the_file_and_the_entry(tmp_path, line, problem):
    path = sources(tmp_path, with_line(GOOD, line))

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value) == f"{path}: {problem}"


def test_every_problem_of_the_file_is_its_own_line(tmp_path):
    second = GOOD.replace("stadt_x", "stadt_y")
    path = sources(tmp_path, with_line(GOOD, 'enabled = "false"')
                   + with_line(with_line(second, 'outlet = "nirgendwo"'),
                               "politeness = { concurrency = 0 }"))  # fmt: skip

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value).splitlines() == [
        f"{path}: source stadt_x enabled: expected true or false, got 'false'",
        f"{path}: source stadt_y [politeness] concurrency: expected a whole number from 1 to "
        "8, got 0",
        f"{path}: source stadt_y: outlet 'nirgendwo' is not in the outlet registry",
    ]


def test_an_entry_that_breaks_no_type_is_checked_for_its_meaning_too(tmp_path):
    entry = with_line(with_line(GOOD, 'outlet = "nirgendwo"'), 'start_urls = ["mailto:x@y.z"]')
    path = sources(tmp_path, entry)

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value).splitlines() == [
        f"{path}: source stadt_x: outlet 'nirgendwo' is not in the outlet registry",
        f"{path}: source stadt_x: start_urls: 'mailto:x@y.z' is no http(s) URL with a host",
    ]


def test_a_broken_toml_file_is_one_line(tmp_path):
    path = sources(tmp_path, GOOD + "name = \n")

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert len(str(error.value).splitlines()) == 1
    assert str(error.value).startswith(f"{path}: Invalid value")


def test_limits_become_the_sources_scrapy_settings(tmp_path):
    path = sources(tmp_path, GOOD + "[source.limits]\nmax_pages = 50\nmax_depth = 4\n"
                   "max_run_seconds = 600\nmax_response_bytes = 1000000\n"
                   "max_links_per_page = 100\nmax_sitemap_bytes = 2000000\n")

    (source,) = load_sources(path)

    assert source.custom_settings() == {
        "CLOSESPIDER_PAGECOUNT": 50, "DEPTH_LIMIT": 4, "CLOSESPIDER_TIMEOUT": 600,
        "DOWNLOAD_MAXSIZE": 1_000_000, "CRAWL_MAX_LINKS_PER_PAGE": 100,
        "CRAWL_MAX_SITEMAP_BYTES": 2_000_000,
    }


def crawl(tmp_path, *args):
    command = [sys.executable, "-m", "pipeline", "crawl", f"--db={tmp_path / 'archive.db'}",
               f"--warc-dir={tmp_path / 'warc'}", *args]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_crawl_refuses_a_bad_sources_file_before_it_runs(tmp_path):
    path = sources(tmp_path, with_line(GOOD, 'enabled = "false"')
                   + with_line(GOOD.replace("stadt_x", "stadt_y"), 'discovery = "spider"'))

    result = crawl(tmp_path, f"--sources-file={path}")

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{path}: source stadt_x enabled: expected true or false, got 'false'",
        f"{path}: source stadt_y discovery: expected one of feed, sitemap, list, prnews, "
        "got 'spider'",
    ]
    assert not (tmp_path / "archive.db").exists()


@pytest.mark.slow
def test_crawl_refuses_a_bad_data_file_before_it_runs(tmp_path):
    data = copied_data(tmp_path, "url_noise.toml", 'tracking_prefixes = ["utm_", "pk_", "mtm_", '
                                                   '"wt."]', 'tracking_prefixes = "utm_"')

    result = crawl(tmp_path, f"--set=RULES_DATA_DIR={data}")

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{data / 'url_noise.toml'}: tracking_prefixes: expected a non-empty list of strings, "
        "got 'utm_'"
    ]
    assert not (tmp_path / "archive.db").exists()



def test_tracking_prefixes_as_a_string_is_refused_by_the_data_file_schema(tmp_path):
    data = copied_data(tmp_path, "url_noise.toml", 'tracking_prefixes = ["utm_", "pk_", "mtm_", '
                                                   '"wt."]', 'tracking_prefixes = "utm_"')

    with pytest.raises(DataFileError) as error:
        load_rules(data)
    assert str(error.value) == (
        f"{data / 'url_noise.toml'}: tracking_prefixes: expected a non-empty list of strings, "
        "got 'utm_'"
    )


def test_values_of_the_wrong_kind_are_lines_not_a_crash(tmp_path):
    path = sources(tmp_path, GOOD.replace('name = "stadt_x"', 'name = ["stadt_x"]')
                   + '[[source]]\nname = "stadt_y"\n')

    with pytest.raises(SourceConfigError) as error:
        load_sources(path)
    assert str(error.value).splitlines() == [
        f"{path}: source 1 name: expected a string, got ['stadt_x']",
        *(f'{path}: source stadt_y: missing key "{key}"'
          for key in ("outlet", "discovery", "start_urls", "allowed_domains")),
    ]
