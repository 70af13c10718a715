"""A fault-injecting front for the sample site: misbehaviour below and around HTTP, for tests.

SampleSite's Fault changes what a page says (status, headers, body, delay), on every request.
A fault campaign also needs faults of the connection itself (a reset before any answer, a body
cut short of its Content-Length), faults that pass after a few requests (a 503 that a retry
gets past), and a source that is gone. FaultySite serves the sample pages on its own port: it
asks its SampleSite for each answer, so `site.faults` still apply, then adds its injections.
"""

from __future__ import annotations

import functools
import socket
import struct
import threading
from dataclasses import dataclass, field
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .server import (
    DEFAULT_ROOT,
    HTML,
    Fault,
    Response,
    SampleSite,
    best_match,
    error_page,
    load_routes,
    split_target,
)


class Wire(StrEnum):
    RESET = "reset"  # close the connection with a TCP RST instead of answering
    TRUNCATE = "truncate"  # send half the body under the full Content-Length, then close


@dataclass
class Injection:
    """What to do to the requests for one page: an HTTP fault, a wire fault, or both."""

    fault: Fault | None = None
    wire: Wire | None = None
    times: int | None = None  # only the first `times` requests; None: every request
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def take(self) -> bool:
        """Whether the current request gets this injection; counts it against `times`."""
        with self._lock:
            if self.times is None:
                return True
            if self.times <= 0:
                return False
            self.times -= 1
            return True


class FaultySite:
    """The sample site behind a front that injects faults; a context manager like SampleSite.

    `injections` maps a link such as "/archiv-neues-kommunen.html?tx_prnews[showUid]=484" (or
    "/robots.txt") to its Injection; a key addresses one page as SampleSite.faults does.
    `gone = True` answers every request with 404, as a site that took its archive down.
    """

    def __init__(self, root: Path = DEFAULT_ROOT, host: str = "127.0.0.1", port: int = 0):
        self.site = SampleSite(root)
        self.host = host
        self.port = port
        self.injections: dict[str, Injection] = {}
        self.gone = False
        self.requests: list[str] = []
        self._routes = load_routes(Path(root))
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> FaultySite:
        self.site.start()
        self._server = _Server((self.host, self.port), self)
        serve = functools.partial(self._server.serve_forever, poll_interval=0.02)
        self._thread = threading.Thread(target=serve, name="faulty-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join()
            self._server = self._thread = None
        self.site.stop()

    def __enter__(self) -> FaultySite:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the faulty site is not running: call start() first")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start_urls(self) -> list[str]:
        origin = self.site.base_url
        return [url.replace(origin, self.base_url) for url in self.site.start_urls()]

    def injection_for(self, target: str) -> Injection | None:
        """The injection that applies to this request (counted), None when none does."""
        route = self._route_for(target)
        rules = [
            (*split_target(key), injection)
            for key, injection in list(self.injections.items())
            if self._route_for(key) is route
        ]
        injection = best_match(rules, target)
        return injection if injection is not None and injection.take() else None

    def answer(self, target: str, request_headers) -> Response:
        if self.gone:
            return Response(404, {"Content-Type": HTML}, error_page(404))
        return self.site.answer(target, request_headers)

    def _route_for(self, target: str):
        return best_match(((route.path, route.query, route) for route in self._routes), target)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], front: FaultySite):
        super().__init__(address, _Handler)
        self.front = front


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        front = self.server.front
        front.requests.append(self.path)
        injection = front.injection_for(self.path) or Injection()
        if injection.wire is Wire.RESET:
            self._reset()
            return
        response = front.answer(self.path, self.headers)
        if injection.fault is not None:
            response = injection.fault.apply(response)
        self._send(response, truncate=injection.wire is Wire.TRUNCATE)

    def _send(self, response: Response, truncate: bool) -> None:
        status, headers, body = response
        sent = body[: len(body) // 2] if truncate else body
        try:
            self.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(sent)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeouts, size limits)
        self.close_connection = True

    def _reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def log_message(self, format: str, *args) -> None:
        pass  # FaultySite.requests is the log tests read
