"""The worker pool: results in the items' order, one item's failure or death costs only that item,
and the items are read only as fast as the workers take them."""

import multiprocessing
import os

import pytest

from pipeline.workers import CHUNKS_PER_WORKER, Failure, default_workers, in_order

# A worker process that dies is told from one that raised only where workers are forked
# from this process (the work functions below are found by name either way).
FORKED = multiprocessing.get_start_method() == "fork"


def square_plus(offset: int, number: int) -> int:
    return number * number + offset


def fails_on_seven(offset: int, number: int) -> int:
    if number == 7:
        raise ValueError("sieben mag ich nicht")
    return number + offset


def dies_on_five(offset: int, number: int) -> int:
    if number == 5:
        os._exit(3)  # as the kernel's out-of-memory killer would end it: no exception, no trace
    return number + offset


def worker_pid(offset: int, number: int) -> int:
    return os.getpid()


def test_results_come_in_the_items_order_with_the_workers_state():
    results = list(in_order(square_plus, range(30), state=1000, workers=2, chunk_size=4))
    assert results == [(n, n * n + 1000) for n in range(30)]


def test_one_worker_runs_in_this_process_and_gives_the_same_results():
    serial = list(in_order(square_plus, range(30), state=1000, workers=1, chunk_size=4))
    assert serial == list(in_order(square_plus, range(30), state=1000, workers=2, chunk_size=4))
    assert {pid for _, pid in in_order(worker_pid, range(5), state=0, workers=1)} == {os.getpid()}


def test_two_workers_share_the_items():
    pids = {pid for _, pid in in_order(worker_pid, range(40), state=0, workers=2, chunk_size=2)}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2


@pytest.mark.parametrize("workers", [1, 2])
def test_an_item_whose_work_raises_is_a_failure_and_the_others_are_done(workers):
    results = dict(in_order(fails_on_seven, range(12), state=100, workers=workers, chunk_size=3))
    assert results.pop(7) == Failure(
        "ValueError: sieben mag ich nicht (test_workers.py:22 in fails_on_seven)"
    )
    assert results == {n: n + 100 for n in range(12) if n != 7}


@pytest.mark.skipif(not FORKED, reason="needs workers forked from the test process")
def test_a_worker_that_dies_costs_only_the_item_it_died_on():
    results = list(in_order(dies_on_five, range(20), state=100, workers=2, chunk_size=3))
    assert [item for item, _ in results] == list(range(20))
    assert results[5] == (5, Failure("the worker process died"))
    assert [result for item, result in results if item != 5] == [
        n + 100 for n in range(20) if n != 5
    ]


def test_items_are_read_only_as_fast_as_the_workers_take_them():
    read = []

    def items():
        for number in range(1000):
            read.append(number)
            yield number

    results = in_order(square_plus, items(), state=0, workers=2, chunk_size=5)
    first = [next(results) for _ in range(3)]
    results.close()  # stops the pool
    assert first == [(0, 0), (1, 1), (2, 4)]
    # Two chunks per worker went out; none more is read while the first one's results are used.
    assert len(read) == CHUNKS_PER_WORKER * 2 * 5


def test_there_is_a_worker_for_every_core():
    assert default_workers() == len(os.sched_getaffinity(0))
