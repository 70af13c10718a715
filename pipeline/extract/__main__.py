"""`python -m pipeline.extract`: JSON lines in (`{"url", "path"}`), one record line out per input.

A page that fails still gets its line, with nulls and an "error" message; the batch goes on.
Pages are read with the publishing systems of the project's sources file.
"""

import json
import logging
import sys
from collections.abc import Iterable, Iterator

from ..sites import SOURCES_FILE, SiteRegistry
from . import FIELDS, ExtractionError, extract_page

log = logging.getLogger("pipeline.extract")


def run(lines: Iterable[bytes | str], sites: SiteRegistry) -> Iterator[dict]:
    """One output record per non-blank input line, in input order."""
    for line in lines:
        if line.strip():
            yield process_line(line, sites)


def process_line(line: bytes | str, sites: SiteRegistry) -> dict:
    """Read the request, extract the page, and turn any failure into an error record."""
    url = None
    try:
        request = json.loads(line)
        url = request.get("url")
        with open(request["path"], "rb") as page:
            raw = page.read()
        return extract_page(raw, url or "", request.get("headers"), sites=sites)
    except ExtractionError as exc:
        return failed(url, str(exc))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return failed(url, f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug on one page must not cost the rest of the batch
        log.exception("extraction failed for %s", url)
        return failed(url, f"{type(exc).__name__}: {exc}")


def failed(url: str | None, message: str) -> dict:
    record = dict.fromkeys(FIELDS)
    record.update(url=url, sources=[], error=message)
    return record


def main() -> None:
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    out = sys.stdout.buffer  # UTF-8 whatever the locale says
    for record in run(sys.stdin.buffer, SiteRegistry.load(SOURCES_FILE)):
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()


if __name__ == "__main__":
    main()
