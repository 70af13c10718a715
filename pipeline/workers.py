"""Per-item work on every core: a stream of items in, each item's result out, in item order.

`in_order` runs `work(state, item)` in worker processes. Each worker receives `state` (the
rules, say) once, when it starts; items go out in chunks, and at most two chunks per worker
are out at any time, so memory stays bounded however long the stream is and the items are
read only as fast as the workers take them. Results come back in the items' order, so the
caller, which alone writes, stores exactly what a serial run would.

One item's failure loses only that item: an exception in `work` becomes a `Failure` for it,
and when a worker process dies (killed, out of memory) the items it may have held are run
again one at a time in a new pool, so only the item that kills a worker again fails.
"""

from __future__ import annotations

import os
import signal
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any

# Chunks out per worker: one being worked on, one waiting, so no worker idles while the
# caller stores the results of the oldest.
CHUNKS_PER_WORKER = 2

_state: Any = None  # a worker process's `state`, set once when it starts


@dataclass(frozen=True)
class Failure:
    """An item whose work raised, or whose worker process died while working on it."""

    reason: str  # one line: the exception and where it was raised


def default_workers() -> int:
    """Every core this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def in_order(
    work: Callable[[Any, Any], Any], items: Iterable, *, state: Any, workers: int,
    chunk_size: int = 1,
) -> Iterator[tuple[Any, Any]]:
    """(item, work(state, item) or a Failure) for each item, in the items' order.

    `work` must be a module-level function (workers find it by name). With one worker the
    work runs in this process: no pool, the same results.
    """
    if workers <= 1:
        for item in items:
            yield item, _attempt(work, state, item)
        return
    pool = _Pool(workers, state)
    pending: deque[tuple[list, Future]] = deque()
    try:
        for chunk in chunks(items, chunk_size):
            pending.append((chunk, pool.submit(work, chunk)))
            if len(pending) >= CHUNKS_PER_WORKER * workers:
                yield from _oldest(pending, pool, work)
        while pending:
            yield from _oldest(pending, pool, work)
    finally:
        pool.close()


def _oldest(pending: deque, pool: _Pool, work) -> Iterator[tuple[Any, Any]]:
    """The results of the oldest pending chunk; all pending chunks again when a worker died."""
    chunk, future = pending[0]
    try:
        results = future.result()
    except BrokenProcessPool:
        lost = list(pending)
        pending.clear()
        pool.restart()
        for chunk, future in lost:
            if _finished(future):  # before the crash
                yield from zip(chunk, future.result(), strict=True)
            else:
                yield from ((item, pool.alone(work, item)) for item in chunk)
        return
    pending.popleft()
    yield from zip(chunk, results, strict=True)


def _finished(future: Future) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


class _Pool:
    """A process pool that can be started again after one of its workers died."""

    def __init__(self, workers: int, state: Any):
        self.workers, self.state = workers, state
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, initializer=_start_worker,
                                   initargs=(self.state,))  # fmt: skip

    def submit(self, work, chunk: list) -> Future:
        try:
            return self.executor.submit(_run_chunk, work, chunk)
        except BrokenProcessPool as error:  # a worker died since the last submit
            broken: Future = Future()
            broken.set_exception(error)  # handled as the chunks that were out are
            return broken

    def alone(self, work, item) -> Any:
        """One item's result, in a pool of its own: a Failure if its worker dies."""
        try:
            return self.submit(work, [item]).result()[0]
        except BrokenProcessPool:
            self.restart()
            return Failure("the worker process died")

    def restart(self) -> None:
        self.close()
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _start_worker(state: Any) -> None:
    global _state
    _state = state
    # Ctrl-C reaches every process of the terminal's group: the main process stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(work, chunk: list) -> list:
    return [_attempt(work, _state, item) for item in chunk]


def _attempt(work, state: Any, item: Any) -> Any:
    try:
        return work(state, item)
    except Exception as error:  # one item's error must not stop the others; the caller tells
        frame = traceback.extract_tb(error.__traceback__)[-1]
        return Failure(f"{type(error).__name__}: {error} "
                       f"({os.path.basename(frame.filename)}:{frame.lineno} in {frame.name})")


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """The items in lists of `size` (the last may be shorter), each read when asked for."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
