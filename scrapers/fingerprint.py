"""Request fingerprints by canonical URL, so that noisy variants of one article link dedupe."""

from scrapy.utils.request import RequestFingerprinter

from pipeline.identity import canonical_url


class CanonicalUrlFingerprinter(RequestFingerprinter):
    def fingerprint(self, request):
        return super().fingerprint(request.replace(url=canonical_url(request.url)))
