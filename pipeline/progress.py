"""How far a long run is: a bar on a terminal, a line every so often in a log (cron, CI).

The run counts what it has done (`items`, say articles) and how far it is through its input
(`position` of `size`: articles, or bytes of WARC files when the number of records is not
known before reading them).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

import click

# Seconds between two lines in a log: a night's log stays short, a stalled run shows.
INTERVAL = 30.0


class Progress:
    """Progress of one run, written to `stream` (None: nowhere)."""

    def __init__(self, label: str, unit: str, *, stream: TextIO | None = None,
                 interval: float = INTERVAL, clock: Callable[[], float] = time.monotonic):
        self.label, self.unit, self.stream = label, unit, stream
        self.interval, self.clock = interval, clock
        self.size, self.items, self.position = 0, 0, 0
        self._bar = None

    def start(self, size: int) -> None:
        self.size = size
        self.started = self.last_line = self.clock()
        if self.stream is not None and self.stream.isatty():
            self._bar = click.progressbar(
                length=max(size, 1), label=self.label, file=self.stream, show_eta=True,
                item_show_func=lambda items: f"{items:,} {self.unit}" if items else None,
            )
            self._bar.__enter__()

    def update(self, items: int, position: int | None = None) -> None:
        """`items` done so far, `position` in the input (default: `items`)."""
        position = items if position is None else position
        if self._bar is not None:
            self._bar.update(position - self.position, items)
        self.items, self.position = items, position
        if self.stream is None or self._bar is not None:
            return
        now = self.clock()
        if now - self.last_line >= self.interval:
            self.last_line = now
            self._line(now)

    def finish(self) -> None:
        """The whole input is read (the last records may end before the last bytes)."""
        if self._bar is not None:
            self._bar.update(self.size - self.position, self.items)
            self._bar.__exit__(None, None, None)
        self.position = self.size
        if self.stream is not None and self._bar is None:
            self._line(self.clock())

    def _line(self, now: float) -> None:
        elapsed = now - self.started
        share = self.position / self.size if self.size else 1.0
        line = f"{self.label}: {self.items:,} {self.unit}, {share:.0%}"
        if elapsed > 0:
            line += f", {self.items / elapsed:,.0f} {self.unit}/s"
        if 0 < share < 1:
            line += f", about {_duration(elapsed * (1 - share) / share)} left"
        click.echo(line, file=self.stream)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 120 * 60:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
