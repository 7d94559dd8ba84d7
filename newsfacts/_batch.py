"""Many articles at once: streamed, in input order, optionally over worker processes."""

from __future__ import annotations

import collections
import datetime as dt
import os
import queue
import signal
import sys
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from newsfacts._api import extract
from newsfacts._published import coerce_published, require_text
from newsfacts.errors import InvalidInputError
from newsfacts.model import Facts

if TYPE_CHECKING:  # only for annotations: importing them costs every user import time
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Failure", "extract_many", "extract_record"]

Article = str | Mapping[str, Any]

# Articles read ahead of the one being yielded, per worker: enough to keep every worker
# busy, few enough that the input is never held whole in memory.
_AHEAD_PER_PROCESS = 32
# Articles sent to a worker at once, where the input has that many ready: one task per
# article would spend more time passing messages than extracting.
_CHUNK = 8
# On Linux, fork: workers start fast and a caller's script needs no __main__ guard. Where
# fork is unsafe or missing (macOS, Windows), spawn; there the calling script needs the
# usual ``if __name__ == "__main__":`` guard, as for any multiprocessing code.
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
# What a worker is sent: only what extraction needs, so that an article's other fields
# (an id of any type) never have to be pickled. A published value of another type is
# refused before it is sent, as it would be in this process.
_SENDABLE_PUBLISHED = (str, dt.date, type(None))
_EVERY_CORE = -1  # processes=-1: one worker per core, as other libraries spell it


@attrs.frozen
class Failure:
    """An article :func:`extract_many` could not read; the others go on.

    Attributes:
        index: Position of the article in the input, from 0.
        id: The article's ``id``, if it was a mapping that had one.
        error: The error's type name (``InvalidInputError``, ``KeyError`` ...).
        message: What was wrong.
    """

    index: int
    id: Any
    error: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: ``{"id", "index", "error", "message"}``.

        Example:
            >>> Failure(3, "a3", "InvalidInputError", "text must be a str").to_dict()
            {'id': 'a3', 'index': 3, 'error': 'InvalidInputError', 'message': 'text must be a str'}
        """
        return {"id": self.id, "index": self.index, "error": self.error, "message": self.message}


def extract_record(article: Mapping[str, Any], *, today: object = None) -> dict[str, Any]:
    """Extract one article mapping (``text``, ``published``, ``id``) to its JSON form.

    The output is ``{"id": ..., **facts.to_dict()}``: plain types only, ready for
    ``json.dumps``, a data frame, or a distributed engine's ``map``.

    Raises:
        InvalidInputError: ``article`` is not a mapping with a ``text`` string.
        InvalidPublishedDateError: its ``published`` is not a date.

    Example:
        >>> import newsfacts
        >>> article = {"id": "a1", "text": "Sidang ditunda besok.", "published": "2022-04-12"}
        >>> row = newsfacts.extract_record(article)
        >>> row["id"], row["dates"][0]["value"]
        ('a1', '2022-04-13')
    """
    text, published = _text_and_published(article)
    return {**extract(text, published=published, today=today).to_dict(), "id": article.get("id")}


def _text_and_published(article: object) -> tuple[str, object]:
    if isinstance(article, str):
        return article, None
    if isinstance(article, Mapping):
        if "text" not in article:
            msg = "an article mapping needs a 'text' field"
            raise InvalidInputError(msg)
        return require_text(article["text"]), article.get("published")
    msg = f"an article must be a str or a mapping with 'text', not {type(article).__name__}"
    raise InvalidInputError(msg)


def _id_of(article: object) -> Any:  # noqa: ANN401 - an id is whatever the caller gave
    return article.get("id") if isinstance(article, Mapping) else None


def _extract(index: int, text: str, published: object, today: dt.date | None) -> Facts | Failure:
    """One article's facts, or the failure that stands for it; never raises an Exception."""
    try:
        return extract(text, published=published, today=today)
    except Exception as exc:  # noqa: BLE001 - one article's failure, whatever it is, ends only that article
        return Failure(index, None, type(exc).__name__, str(exc))


def _with_id(result: Facts | Failure, article_id: Any) -> Facts | Failure:  # noqa: ANN401
    return result if article_id is None else attrs.evolve(result, id=article_id)


def _one(index: int, article: object, today: dt.date | None) -> tuple[Facts | Failure, Any]:
    """An article extracted here, with its id."""
    try:
        text, published = _text_and_published(article)
    except InvalidInputError as exc:
        return Failure(index, None, type(exc).__name__, str(exc)), _id_of(article)
    return _extract(index, text, published, today), _id_of(article)


def extract_many(
    articles: Iterable[Article], *, processes: int | None = None, today: object = None
) -> Iterator[Facts | Failure]:
    """Extract every article of a stream, in input order.

    Args:
        articles: Texts, or mappings with ``text`` and optionally ``published`` and
            ``id`` (the JSON Lines records the command line reads). Any iterable: it is
            read as it goes, never held whole in memory.
        processes: Worker processes to use; ``None`` or ``1`` works in this process,
            ``-1`` starts one per core.
        today: The day the articles are read on, as for :func:`newsfacts.extract`.

    Yields:
        One :class:`Facts` per article, or a :class:`Failure` for an article that could
        not be read (wrong type, bad publication date) or whose extraction failed; the
        others are not lost. Each result is yielded as soon as it and those before it
        are done. If reading ``articles`` raises, the results of the articles read before
        are yielded first, then the error is raised, whatever the number of processes.
        A worker process that dies (killed, out of memory) is replaced: the articles it
        held are tried again one at a time, and one that kills its worker again is a
        :class:`Failure` (``error`` ``"WorkerDied"``).

    Raises:
        InvalidInputError: ``articles`` is a single ``str`` or not iterable.
        ValueError: ``processes`` is 0 or less than -1.

    Example:
        >>> import newsfacts
        >>> rows = [{"text": "Sidang ditunda besok.", "published": "2022-04-12"}, {"text": 42}]
        >>> [type(r).__name__ for r in newsfacts.extract_many(rows)]
        ['Facts', 'Failure']
    """
    # Checked here, before the generator starts, so the caller hears of it at the call.
    if isinstance(articles, str | bytes):
        msg = "extract_many takes an iterable of articles, not one string; for one text, call extract()"
        raise InvalidInputError(msg)
    if not isinstance(articles, Iterable):
        msg = f"extract_many takes an iterable of articles, not {type(articles).__name__}"
        raise InvalidInputError(msg)
    day = coerce_published(today, name="today")
    if processes == _EVERY_CORE:
        processes = os.cpu_count() or 1
    if processes is not None and (not isinstance(processes, int) or processes < 1):
        msg = (
            f"processes must be a whole number of at least 1, -1 for one per core, or None; not {processes!r}"
        )
        raise ValueError(msg)
    if processes is None or processes == 1:
        return _here(articles, day)
    return _in_workers(articles, processes, day)


def _here(articles: Iterable[Article], today: dt.date | None) -> Iterator[Facts | Failure]:
    for index, article in enumerate(articles):
        yield _with_id(*_one(index, article, today))


# The events the reading thread and the workers send to the generator, in one queue.
_ARTICLE, _END, _RAISED, _DONE = "article", "end", "raised", "done"


class _Entry:
    """One article in flight: its place, its id, and its result once known."""

    __slots__ = ("article", "article_id", "index", "result", "slot", "task")

    def __init__(self, index: int, article: object) -> None:
        self.index = index
        self.article = article
        self.article_id = _id_of(article)
        self.result: Facts | Failure | None = None
        # The task that extracts it, with others, and its place among them.
        self.task: Future[list[Facts | Failure]] | None = None
        self.slot = 0


def _in_workers(
    articles: Iterable[Article], processes: int, today: dt.date | None
) -> Iterator[Facts | Failure]:
    events: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
    room = threading.Semaphore(processes * _AHEAD_PER_PROCESS)
    stop = threading.Event()

    pool = _Pool(processes, events, today)  # before the reading thread: see _Pool._start
    window: collections.deque[_Entry] = collections.deque()
    reader = threading.Thread(target=_read, args=(articles, events, room, stop), name="newsfacts-reader")
    reader.daemon = True  # it may wait on a slow input that never ends; the process need not
    reader.start()
    raised: Exception | None = None
    ended = False
    try:
        while window or not ended:
            while window and window[0].result is not None:
                entry = window.popleft()
                room.release()
                assert entry.result is not None
                yield _with_id(entry.result, entry.article_id)
            if ended and not window:
                break
            kind, payload = events.get()
            if kind == _ARTICLE:
                fresh = _ready([_Entry(*payload)], events)
                window.extend(fresh)
                pool.send(fresh)
            elif kind in (_END, _RAISED):
                ended, raised = True, payload
            pool.collect(window)
        if raised is not None:
            raise raised
    finally:
        stop.set()
        room.release()  # a reader waiting for room wakes, sees stop and ends
        pool.close()


def _read(
    articles: Iterable[Article],
    events: queue.SimpleQueue[tuple[str, Any]],
    room: threading.Semaphore,
    stop: threading.Event,
) -> None:
    """Read the articles into ``events``, as far ahead as ``room`` allows.

    In a thread of its own, so that a slow input (a pipe fed a line at a time) never holds
    back the results of the articles already read.
    """
    try:
        for item in enumerate(articles):
            room.acquire()
            if stop.is_set():
                return
            events.put((_ARTICLE, item))
    except Exception as exc:  # noqa: BLE001 - handed to the caller after the results before it
        events.put((_RAISED, exc))
        return
    events.put((_END, None))


def _ready(fresh: list[_Entry], events: queue.SimpleQueue[tuple[str, Any]]) -> list[_Entry]:
    """``fresh`` with the articles already waiting after it, up to a chunk: they go out together."""
    while len(fresh) < _CHUNK:
        try:
            kind, payload = events.get_nowait()
        except queue.Empty:
            break
        if kind != _ARTICLE:
            events.put((kind, payload))  # an end or a finished task: seen on the next turn
            break
        fresh.append(_Entry(*payload))
    return fresh


def _quiet_worker() -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and ends the workers,
    # which should not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(chunk: list[tuple[int, str, object]], today: dt.date | None) -> list[Facts | Failure]:
    return [_extract(index, text, published, today) for index, text, published in chunk]


class _Pool:
    """Worker processes that are replaced when one dies, and the articles they held retried."""

    def __init__(
        self, processes: int, events: queue.SimpleQueue[tuple[str, Any]], today: dt.date | None
    ) -> None:
        self.processes = processes
        self.events = events
        self.today = today
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing  # noqa: PLC0415  (only here: it costs import time everyone else would pay)
        from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

        context = multiprocessing.get_context(_START_METHOD)
        executor = ProcessPoolExecutor(self.processes, mp_context=context, initializer=_quiet_worker)
        # The first task forks every worker (with fork, the pool starts them all at once):
        # done now, before the reading thread starts, no worker is forked while that
        # thread holds a lock the worker would then wait on forever (standard input's).
        executor.submit(int)
        return executor

    def send(self, entries: list[_Entry]) -> None:
        """Start ``entries``; those that cannot be sent as they are get their result here."""
        chunk: list[tuple[int, str, object]] = []
        sent = []
        for entry in entries:
            try:
                text, published = _text_and_published(entry.article)
            except InvalidInputError:
                text, published = "", None
                sendable = False
            else:
                sendable = type(text) is str and isinstance(published, _SENDABLE_PUBLISHED)
            if sendable:
                chunk.append((entry.index, text, published))
                sent.append(entry)
            else:  # a wrong type fails at once, as it would in this process
                entry.result = _one(entry.index, entry.article, self.today)[0]
        if chunk:
            self._submit(chunk, sent)

    def _submit(self, chunk: list[tuple[int, str, object]], entries: list[_Entry]) -> None:
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        try:
            task = self.executor.submit(_work, chunk, self.today)
        except BrokenProcessPool:
            self.executor = self._start()
            task = self.executor.submit(_work, chunk, self.today)
        task.add_done_callback(lambda _: self.events.put((_DONE, None)))
        for slot, entry in enumerate(entries):
            entry.task, entry.slot = task, slot

    def collect(self, window: collections.deque[_Entry]) -> None:
        """Take the results of the finished tasks; after a worker died, retry what it held."""
        from concurrent.futures import CancelledError  # noqa: PLC0415
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        lost = []
        for entry in window:
            if entry.result is not None or entry.task is None or not entry.task.done():
                continue
            try:
                results = entry.task.result()
            except (BrokenProcessPool, CancelledError):
                # The pool died under it, or was shut down for dying before it ran.
                lost.append(entry)
                continue
            except Exception as exc:  # noqa: BLE001 - an article that could not be sent
                entry.result = Failure(entry.index, None, type(exc).__name__, str(exc))
                continue
            entry.result = results[entry.slot]
        if lost:
            self._retry(lost)

    def _retry(self, lost: list[_Entry]) -> None:
        """Run each article a dead worker held alone in a new worker, to find the one that kills it."""
        from concurrent.futures.process import BrokenProcessPool  # noqa: PLC0415

        warnings.warn(
            f"a newsfacts worker process died; articles {[e.index for e in lost]} are tried again one by one",
            RuntimeWarning,
            stacklevel=1,
        )
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = self._start()
        for entry in lost:
            text, published = _text_and_published(entry.article)
            try:
                alone = [(entry.index, text, published)]
                entry.result = self.executor.submit(_work, alone, self.today).result()[0]
            except BrokenProcessPool:
                entry.result = Failure(
                    entry.index,
                    None,
                    "WorkerDied",
                    "the worker extracting this article died twice (killed, out of memory or crashed)",
                )
                self.executor.shutdown(wait=True, cancel_futures=True)
                self.executor = self._start()
        # Articles still in flight in the dead workers come back broken too, and are
        # retried the same way when they do.

    def close(self) -> None:
        # Waiting for the workers and the pool's threads to end (a chunk in flight at
        # most) means the next pool never forks while this one's threads hold a lock.
        self.executor.shutdown(wait=True, cancel_futures=True)
