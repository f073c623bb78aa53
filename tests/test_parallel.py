"""The worker pool: results in order, a worker killed by its item costs that item only."""
from __future__ import annotations

import os
import time

from strikewatch.parallel import map_ordered


def _square_or_die(n: int) -> int:
    if n == 13:
        os._exit(9)  # what the out-of-memory killer does to a worker
    return n * n


def test_results_come_in_order_and_a_dying_item_costs_only_itself() -> None:
    results = list(map_ordered(_square_or_die, range(30), workers=2, on_broken=lambda n: -n))
    assert results == [-n if n == 13 else n * n for n in range(30)]


def test_no_worker_outlives_the_consumer() -> None:
    import multiprocessing

    consumer = map_ordered(_square_or_die, range(1000), workers=2, on_broken=lambda n: -n)
    assert next(consumer) == 0
    consumer.close()  # the consumer stops early (an interrupt, an error)
    for _ in range(100):  # killed workers are reaped by the system, not always at once
        if not [p for p in multiprocessing.active_children() if p.is_alive()]:
            break
        time.sleep(0.1)
    assert [p for p in multiprocessing.active_children() if p.is_alive()] == []
