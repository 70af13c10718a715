"""What spiders yield: a fetched page as archived, or a fetch that failed."""

from dataclasses import dataclass

from pipeline.rawstore import StoredResponse

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
