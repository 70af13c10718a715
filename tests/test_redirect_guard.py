"""Which redirect targets the crawl follows: the source's hosts (any port, any subdomain)."""

import pytest
from scrapy.http import HtmlResponse

from scrapers.redirects import _declined_refresh, why_unfollowable


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


@pytest.mark.parametrize(
    ("head", "ignore_tags", "found"),
    [
        ('<meta http-equiv="refresh" content="0; url=javascript:go()">', [],
         (0.0, "javascript:go()")),
        ("<meta http-equiv='Refresh' content='2;URL=mailto:presse@lwl.org'>", [],
         (2.0, "mailto:presse@lwl.org")),
        # a refresh to a web page is w3lib's to read, and one in an ignored tag is none
        ('<meta http-equiv="refresh" content="0; url=/artikel/2">', [], (0.0, None)),
        ('<noscript><meta http-equiv="refresh" content="0; url=javascript:go()"></noscript>',
         ["noscript"], (0.0, None)),
        ('<meta http-equiv="refresh" content="5">', [], (0.0, None)),
        # (a delay written oddly is read as far as it is a number)
        ('<meta http-equiv="refresh" content="1.5.2; url=javascript:go()">', [],
         (1.5, "javascript:go()")),
    ],
)
def test_a_refresh_to_no_web_page_is_read_whatever_w3lib_makes_of_it(head, ignore_tags, found):
    # (w3lib from 2.6 on reads a refresh to javascript: as no refresh, as browsers do)
    page = HtmlResponse("http://127.0.0.1/artikel/1", body=f"<html><head>{head}</head></html>",
                        encoding="utf-8")
    assert _declined_refresh(page, ignore_tags) == found
