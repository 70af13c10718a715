"""What spiders yield: a fetched page as archived, or a fetch that failed."""

from dataclasses import dataclass

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from pipeline.clock import utc_now
from pipeline.rawstore import StoredResponse

from .limits import is_size_cut
from .middlewares import WARC_RECORD


@dataclass(frozen=True)
class FetchFailure:
    """A page the spider wanted but could not get (error status, timeout, refused)."""

    url: str
    status: int | None
    message: str
    at: str


def archived_page(response) -> StoredResponse:
    """The response as the WARC recorder stored it: the item the pipeline turns into a record."""
    stored = response.meta[WARC_RECORD]
    return StoredResponse(
        url=response.url,
        status=response.status,
        headers=stored["headers"],
        body=response.body,
        fetched_at=stored["fetched_at"],
        extra=stored["extra"],
        warc_file=stored["warc_file"],
        warc_offset=stored["warc_offset"],
    )


def failure_item(failure) -> FetchFailure | None:
    """The record of a page that could not be fetched; None for pages skipped on purpose."""
    if failure.check(IgnoreRequest) and not failure.check(HttpError) and not _gave_up(failure):
        return None
    response = getattr(failure.value, "response", None)
    return FetchFailure(
        url=failure.request.url,
        status=response.status if response is not None else None,
        message=_describe(failure),
        at=utc_now(),
    )


def _gave_up(failure) -> bool:
    """Scrapy refuses endless redirects, and responses that unzip beyond DOWNLOAD_MAXSIZE, with an
    IgnoreRequest too."""
    return "max redirections reached" in failure.getErrorMessage() or is_size_cut(failure)


def _describe(failure) -> str:
    if failure.check(HttpError):
        return f"HTTP {failure.value.response.status}"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"
