"""Progress of a long run: lines every so often in a log, a bar on a terminal, nothing unasked."""

import io

from pipeline.progress import Progress


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_log_gets_a_line_every_interval_and_one_at_the_end():
    log, clock = io.StringIO(), Clock()
    progress = Progress("enrich", "articles", stream=log, interval=30, clock=clock)
    progress.start(1200)
    for done, now in [(100, 10), (250, 29.9), (300, 30), (600, 45), (900, 61), (1200, 80)]:
        clock.now = 100 + now
        progress.update(done)
    progress.finish()
    assert log.getvalue().splitlines() == [
        "enrich: 300 articles, 25%, 10 articles/s, about 90 s left",
        "enrich: 900 articles, 75%, 15 articles/s, about 20 s left",
        "enrich: 1,200 articles, 100%, 15 articles/s",
    ]


def test_the_share_done_may_be_measured_in_another_unit():
    log, clock = io.StringIO(), Clock()
    progress = Progress("reprocess", "article pages", stream=log, interval=60, clock=clock)
    progress.start(4_000_000)  # bytes of WARC files
    clock.now += 600
    progress.update(4_000, position=1_000_000)
    clock.now += 6000
    progress.update(40_000, position=3_000_000)
    assert log.getvalue().splitlines() == [
        "reprocess: 4,000 article pages, 25%, 7 article pages/s, about 30 min left",
        "reprocess: 40,000 article pages, 75%, 6 article pages/s, about 37 min left",
    ]


def test_a_terminal_gets_a_bar_and_no_lines():
    terminal = Terminal()
    progress = Progress("enrich", "articles", stream=terminal, interval=0, clock=Clock())
    progress.start(40)
    for done in range(1, 41):
        progress.update(done)
    progress.finish()
    drawn = terminal.getvalue()
    assert drawn.count("\r") >= 2  # drawn over itself
    assert "enrich  [####################################]  100%  40 articles" in drawn
    assert "articles/s" not in drawn


def test_without_a_stream_nothing_is_written(capsys):
    progress = Progress("enrich", "articles")
    progress.start(3)
    progress.update(3)
    progress.finish()
    assert capsys.readouterr() == ("", "")
