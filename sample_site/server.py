"""Serve a bundled copy of a site (familie-in-nrw.de by default) over HTTP, with faults for tests.

TYPO3 addresses its news records by query parameters, so pages are found through routes.json:
a request matches a route when the path is equal and every parameter the route names has the
route's value; other parameters (cHash, tstamp, L, no_cache, rel, ...) are noise.

A site directory may hold a site.json with `origins`: the live site's addresses as the pages
write them ("https://rp-online.de"); the server rewrites them to its own address, so feeds and
sitemaps with absolute links lead back to the copy. Its `start_paths` name the pages a crawl of
the copy starts from (familie-in-nrw.de: its two archive lists). Every page carries an ETag and a
Last-Modified and is answered with 304 Not Modified to a request that names either.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import hashlib
import json
import signal
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple, TypeVar
from urllib.parse import parse_qsl, unquote, urlsplit

DEFAULT_ROOT = Path(__file__).parent / "familie_in_nrw"
NOT_FOUND_PAGE = "404.html"
HTML = "text/html; charset=utf-8"
# The copies are frozen: one edit time for every page.
LAST_MODIFIED = "Mon, 06 Jan 2025 08:00:00 GMT"

T = TypeVar("T")


class Response(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Route:
    path: str
    query: dict[str, str]
    file: str
    content_type: str


@dataclass
class Fault:
    """Per-route misbehaviour, for tests."""

    status: int | None = None  # answer with this status and a small error page
    delay: float = 0.0  # seconds to sleep before answering
    body: bytes | None = None  # replace the page, e.g. an edited item for a re-crawl test
    headers: dict[str, str] | None = None

    def apply(self, response: Response) -> Response:
        """Wait out the delay, then alter the page's response."""
        time.sleep(self.delay)
        status, headers, body = response
        if self.body is not None:
            status, body = 200, self.body
        if self.status is not None:
            status = self.status
            if self.body is None:
                headers, body = {"Content-Type": HTML}, error_page(self.status)
        return Response(status, {**headers, **(self.headers or {})}, body)


def error_page(status: int) -> bytes:
    phrase = BaseHTTPRequestHandler.responses.get(status, ("Error",))[0]
    return f"<html><body><h1>{status} {phrase}</h1></body></html>\n".encode()


def split_target(target: str) -> tuple[str, dict[str, str]]:
    """Split a request target or link into its unquoted path and its query parameters."""
    parts = urlsplit(target)
    return unquote(parts.path), dict(parse_qsl(parts.query, keep_blank_values=True))


def best_match(rules: Iterable[tuple[str, dict[str, str], T]], target: str) -> T | None:
    """The value of the fitting (path, params, value) rule that names the most parameters."""
    path, query = split_target(target)
    fitting = [
        (len(params), value)
        for rule_path, params, value in rules
        if rule_path == path and all(query.get(key) == want for key, want in params.items())
    ]
    return max(fitting, key=lambda pair: pair[0])[1] if fitting else None


def load_routes(root: Path) -> list[Route]:
    return [Route(**entry) for entry in json.loads((root / "routes.json").read_text("utf-8"))]


def load_site_config(root: Path) -> dict:
    """The site directory's site.json (origins, start_paths); empty when it has none."""
    config = root / "site.json"
    if not config.exists():
        return {}
    return json.loads(config.read_text("utf-8"))


def with_validators(response: Response) -> Response:
    """The response with an ETag (a hash of its body) and a fixed Last-Modified."""
    etag = '"' + hashlib.sha1(response.body).hexdigest()[:16] + '"'
    headers = {"ETag": etag, "Last-Modified": LAST_MODIFIED, **response.headers}
    return response._replace(headers=headers)


def not_modified(response: Response, request_headers: Mapping[str, str]) -> bool:
    """Whether a conditional request's validators match the response (RFC 9110, 13.1)."""
    if response.status != 200:
        return False
    if request_headers.get("If-None-Match") is not None:
        return request_headers["If-None-Match"] == response.headers["ETag"]
    return request_headers.get("If-Modified-Since") == response.headers["Last-Modified"]


class SampleSite:
    """The sample site on a local port; faults and the request log are open to tests.

    `faults` maps a link such as "/archiv-neues-kommunen.html?tx_prnews[showUid]=484" to the
    misbehaviour of that page; it may be changed while the site runs. `requests` lists every
    request target answered, in order.
    """

    def __init__(self, root: Path = DEFAULT_ROOT, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root)
        self.host = host
        self.port = port
        self.faults: dict[str, Fault] = {}
        self.requests: list[str] = []
        # (request target, status) of every answer, 304s included
        self.answers: list[tuple[str, int]] = []
        self._routes: list[Route] = []
        self._origins: list[str] = []
        self._start_paths: dict[str, str] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SampleSite:
        self._load()
        self._server = _Server((self.host, self.port), self)
        # A short poll interval because stop() waits for it; tests start a site per test.
        serve = functools.partial(self._server.serve_forever, poll_interval=0.02)
        self._thread = threading.Thread(target=serve, name="sample-site", daemon=True)
        self._thread.start()
        return self

    def _load(self) -> None:
        self._routes = load_routes(self.root)
        config = load_site_config(self.root)
        self._origins = config.get("origins", [])
        self._start_paths = config.get("start_paths", {"home": "/"})

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> SampleSite:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the sample site is not running: call start() first")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start_url(self, name: str | None = None) -> str:
        """The copy's start page of that name (site.json `start_paths`), else its first."""
        return self.base_url + self._start_paths[name or next(iter(self._start_paths))]

    def start_urls(self) -> list[str]:
        return [self.start_url(name) for name in self._start_paths]

    def answer(self, target: str, request_headers: Mapping[str, str] | None = None) -> Response:
        """The response to a request target such as "/archiv-meldungen.html?...", faults applied."""
        self.requests.append(target)
        route = self._route_for(target)
        if route is None:
            response = Response(404, {"Content-Type": HTML}, self._read(NOT_FOUND_PAGE))
        else:
            response = Response(200, {"Content-Type": route.content_type}, self._read(route.file))
        fault = self._fault_for(target, route)
        response = with_validators(response if fault is None else fault.apply(response))
        if not_modified(response, request_headers or {}):
            response = Response(304, {"ETag": response.headers["ETag"]}, b"")
        self.answers.append((target, response.status))
        return response

    def _route_for(self, target: str) -> Route | None:
        return best_match(((route.path, route.query, route) for route in self._routes), target)

    def _fault_for(self, target: str, route: Route | None) -> Fault | None:
        """The fault whose key matches the target and addresses the same page.

        Without the second condition a fault on list page 1 ("/archiv-meldungen.html") would
        also hit every item and list page on that path, as its key names no parameter.
        """
        # list() because tests may add faults while a request is being answered
        faults = [
            (*split_target(key), fault)
            for key, fault in list(self.faults.items())
            if self._route_for(key) is route
        ]
        return best_match(faults, target)

    def _read(self, name: str) -> bytes:
        body = (self.root / name).read_bytes()
        for origin in self._origins:
            body = body.replace(origin.encode(), self.base_url.encode())
        return body


class _Server(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], site: SampleSite):
        super().__init__(address, _Handler)
        self.site = site


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        status, headers, body = self.server.site.answer(self.path, self.headers)
        try:
            self.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as timeout tests make it do

    def log_message(self, format: str, *args) -> None:
        pass  # tests count requests through SampleSite.requests; an access log is only noise


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m sample_site.server",
        description="Serve the bundled copy of familie-in-nrw.de until Ctrl-C.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8002, help="0 picks a free port")
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    args = parser.parse_args(argv)
    # A shell starting this in the background ignores SIGINT for it; Ctrl-C (or a test's
    # SIGINT) must stop it all the same.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with SampleSite(args.root, args.host, args.port) as site:
        print(site.base_url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
