"""Worker processes that analyse batches of documents, and that never outlive or outlast the run.

spaCy's own `nlp.pipe(n_process=...)` ships parses back to one process and, when the consumer
fails or is interrupted, leaves its workers blocked on queues (a hang, or orphans after kill -9).
Here each worker parses *and* analyses a batch and returns only events; workers ignore SIGINT (the
parent decides what an interrupt means), die with their parent (Linux PR_SET_PDEATHSIG), and are
terminated when the consumer stops for any reason. A worker that dies (out of memory) costs its
own batch only: the pool is rebuilt and the batch that killed it is found by running it alone."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Worker start: ignore Ctrl-C (the terminal sends it to the whole process group; the parent
    handles it) and ask Linux to kill this process when the parent dies, even by SIGKILL. (Linux
    means the parent *thread*: with "fork", the pool starts every worker from the thread of its
    first submit, which for the CLI is the main thread.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers still exit when the parent stops them
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what is queued and kill what runs (its results are not wanted)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public handle on the workers
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)


def map_ordered(func: Callable[[Item], Result], items: Iterable[Item], workers: int,
                on_broken: Callable[[Item], Result]) -> Iterator[Result]:
    """`func(item)` for each item, computed in `workers` processes, yielded in input order with at
    most 2 × workers items in flight (memory stays bounded on any input). When a worker dies, every
    item in flight fails with it: the pool is rebuilt and the first of them runs alone, so that the
    item that kills its worker is the one found out, and gives `on_broken(item)` instead."""
    context = multiprocessing.get_context("fork")  # workers inherit loaded models and lexicons

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_die_with_parent,
                                   initargs=(os.getpid(),))

    pool = new_pool()
    pending: deque[tuple[Item, Future[Result]]] = deque()
    source: Iterator[Item] = iter(items)
    suspect = False  # the head item is running alone after a worker died
    try:
        while True:
            while len(pending) < (1 if suspect else 2 * workers):
                item = next(source, None)
                if item is None:
                    break
                pending.append((item, _submit(pool, func, item)))
            if not pending:
                return
            item, future = pending.popleft()
            try:
                result = future.result()
            except BrokenProcessPool:
                _stop(pool)
                pool = new_pool()
                retry = [queued for queued, _ in pending]
                pending.clear()
                if suspect:  # it killed its worker running alone: it is the culprit
                    suspect = False
                    yield on_broken(item)
                    source = _chain(retry, source)
                else:
                    suspect = True
                    source = _chain([item, *retry], source)
                continue
            suspect = False
            yield result
    finally:
        _stop(pool)


def _submit(pool: ProcessPoolExecutor, func: Callable[[Item], Result], item: Item) -> Future[Result]:
    """Queue an item; a pool that broke meanwhile (a worker died between two submits) gives a
    future that fails like the ones in flight, so one path handles every death."""
    try:
        return pool.submit(func, item)
    except BrokenProcessPool as exc:
        failed: Future[Result] = Future()
        failed.set_exception(exc)
        return failed


def _chain(first: list[Item], rest: Iterator[Item]) -> Iterator[Item]:
    yield from first
    yield from rest
