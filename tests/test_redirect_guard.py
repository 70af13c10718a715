"""Which redirect targets the crawl follows: the source's hosts (any port, any subdomain)."""

import pytest

from scrapers.redirects import why_unfollowable


@pytest.mark.parametrize(
    ("target", "why"),
    [
        ("http://127.0.0.1:8123/artikel/1", None),
        ("https://www.lwl.org/presse", None),
        ("https://LWL.org./presse", None),
        ("https://evil-lwl.org/presse", "another host"),
        ("https://lwl.org.evil.example/presse", "another host"),
        ("javascript:go()", "no web page"),
        ("mailto:presse@lwl.org", "no web page"),
        ("ftp://lwl.org/file", "no web page"),
    ],
)
def test_a_redirect_is_followed_only_within_the_sources_hosts(target, why):
    assert why_unfollowable(target, ["lwl.org", "127.0.0.1"]) == why
