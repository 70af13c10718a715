"""Request fingerprints by canonical URL, so that noisy variants of one article link dedupe."""

from scrapy.utils.request import RequestFingerprinter

from pipeline.identity import canonical_url

from .rules import crawl_rules


class CanonicalUrlFingerprinter(RequestFingerprinter):
    """Fingerprints the canonical URL under the crawl's rules (its URL noise and sites)."""

    def __init__(self, crawler=None):
        super().__init__(crawler)
        self.crawler = crawler

    def fingerprint(self, request):
        # Looked up per request: Scrapy builds the fingerprinter before the extensions.
        canonical = canonical_url(request.url, rules=crawl_rules(self.crawler))
        return super().fingerprint(request.replace(url=canonical))
