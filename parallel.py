"""Read a large bundle's articles on every core the process may use.

Each article is read alone (parsers.read_article), so the articles of a bundle can be shared out among
worker processes and their events gathered back in order: the result is the one a single process gives.
Only a bundle worth it is shared out; starting the workers costs a few hundredths of a second.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator

from model import Article
from parsers import ArticleMap, ArticleResult, prepare

MIN_CHARACTERS = 256_000  # below this a bundle is read before two workers would have started
MAX_WORKERS = 8
CHUNKS_PER_WORKER = 32  # small enough that the last chunks do not leave a worker idle (a long article neither)


def usable_cores() -> int:
    """The cores this process may run on (a container's or taskset's limit, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


@contextlib.contextmanager
def article_map(articles: list[Article], meanwhile: Callable[[], object] | None = None) -> Iterator[ArticleMap]:
    """A map that reads `articles` on several cores when the bundle is large, else the builtin `map`.

    Workers are forked, so they start with every module and compiled pattern already loaded; where fork
    is not offered (Windows, and macOS where it is unsafe), the articles are read in this process.
    `meanwhile` is work of this process's own (loading the writers) done while the workers read, once they
    have their articles; a map in this process leaves it to the caller.
    """
    workers = min(usable_cores(), MAX_WORKERS)
    size = sum(len(a.body) for a in articles)
    if workers < 2 or size < MIN_CHARACTERS or len(articles) < workers or not sys.platform.startswith("linux"):
        yield map
        return
    import multiprocessing  # a hundredth of a second, paid only by a bundle that is shared out

    if "fork" not in multiprocessing.get_all_start_methods():
        yield map
        return
    chunk = max(1, len(articles) // (workers * CHUNKS_PER_WORKER))
    from concurrent.futures import ProcessPoolExecutor

    # multiprocessing.Pool's worker handler spins while a result waits in the pipe, taking a core from the
    # workers; the executor's one thread sleeps until a result or a worker's end wakes it.
    prepare()  # once here, not once in every worker
    gc.freeze()  # forked: a worker's collections skip, and so leave shared, the objects it inherited
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_end_with_parent,
                               initargs=(os.getpid(),))

    started: list[bool] = []

    def shared(read: Callable[[Article], ArticleResult], items: list[Article]) -> Iterator[ArticleResult]:
        global _INHERITED
        if started:  # the workers run already, forked without these articles: they are sent
            return pool.map(read, items, chunksize=chunk)
        started.append(True)
        # The workers are forked at the first chunk, and so hold the articles already: each chunk names its
        # articles by their places in the list, instead of a copy of their text pickled through a pipe.
        _INHERITED = (read, items)
        try:
            results = pool.map(_read_at, range(len(items)), chunksize=chunk)
        finally:
            _INHERITED = None  # the workers have their copy; this process keeps no reference
        if meanwhile is not None:
            meanwhile()
        return results

    try:
        yield shared
    finally:
        pool.shutdown(cancel_futures=True)
        gc.unfreeze()


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _end_with_parent(parent: int) -> None:
    """Have the kernel end this worker when its parent dies.

    A worker waits on a queue whose other end it holds too, so a parent killed (a timeout, SIGKILL) leaves it
    waiting for ever, holding its memory; SIGTERM on the parent's death ends it instead.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


# What a forked worker reads: the read function and the articles, as this process held them at the fork.
_INHERITED: tuple[Callable[[Article], ArticleResult], list[Article]] | None = None


def _read_at(at: int) -> ArticleResult:
    """The article at `at` of the list the worker was forked with, read."""
    if _INHERITED is None:
        raise RuntimeError("a worker forked without articles")
    read, items = _INHERITED
    return read(items[at])
