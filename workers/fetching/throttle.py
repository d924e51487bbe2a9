"""Per-host concurrency limit, politeness delay, and the deadline watchdog.

Both are process-wide (shared by every policy and thread in the process);
after a fork (Celery prefork) each child starts with fresh state.
"""

from __future__ import annotations

import heapq
import itertools
import os
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager, suppress


class SlotUnavailable(Exception):
    """No slot (or politeness turn) for the host before the deadline."""


class _HostState:
    __slots__ = ("active", "next_start")

    def __init__(self):
        self.active = 0
        self.next_start = 0.0  # monotonic time before which no new request may start


class HostGate:
    """At most ``limit`` concurrent requests per host, and requests to the
    same host started at least ``delay`` seconds apart.

    The limit is given per acquisition, so policies with different limits can
    share one gate (each waits until fewer than *its* limit are active).
    """

    _PRUNE_AT = 4096

    def __init__(self):
        self._cond = threading.Condition()
        self._hosts: dict[str, _HostState] = {}

    @contextmanager
    def slot(self, host: str, *, limit: int, delay: float, deadline: float):
        """Hold a slot for ``host``.  ``deadline`` is a monotonic time; raises
        :class:`SlotUnavailable` if the slot cannot be had (and the politeness
        wait done) before it."""
        start_at = self._acquire(host, limit, delay, deadline)
        try:
            wait = start_at - time.monotonic()
            if wait > 0:
                if start_at > deadline:
                    raise SlotUnavailable("politeness delay would pass the deadline")
                time.sleep(wait)
            yield
        finally:
            self._release(host)

    def _acquire(self, host: str, limit: int, delay: float, deadline: float) -> float:
        with self._cond:
            state = self._hosts.get(host)
            if state is None:
                if len(self._hosts) >= self._PRUNE_AT:
                    self._prune()
                state = self._hosts[host] = _HostState()
            while state.active >= limit:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise SlotUnavailable("no free connection slot for host before the deadline")
                self._cond.wait(remaining)
            state.active += 1
            now = time.monotonic()
            start_at = max(now, state.next_start)
            state.next_start = start_at + delay
            return start_at

    def _release(self, host: str) -> None:
        with self._cond:
            state = self._hosts.get(host)
            if state is not None:
                state.active -= 1
            self._cond.notify_all()

    def _prune(self) -> None:
        now = time.monotonic()
        for host in [h for h, s in self._hosts.items() if s.active == 0 and s.next_start <= now]:
            del self._hosts[host]

    def active(self, host: str) -> int:
        with self._cond:
            state = self._hosts.get(host)
            return state.active if state else 0


class Watchdog:
    """One daemon thread that runs callbacks at monotonic times.

    The fetcher uses it to shut a socket down when the overall deadline
    passes, so that even a server trickling bytes slower than any single
    read timeout cannot hold a worker past its deadline.
    """

    def __init__(self):
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._cancelled: set[int] = set()
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None
        self._pid = None

    def schedule(self, when: float, callback: Callable[[], None]) -> int:
        with self._cond:
            self._ensure_thread()
            token = next(self._ids)
            heapq.heappush(self._heap, (when, token, callback))
            self._cond.notify()
            return token

    def cancel(self, token: int) -> None:
        with self._cond:
            if any(t == token for _w, t, _c in self._heap):
                self._cancelled.add(token)

    def _ensure_thread(self) -> None:
        pid = os.getpid()
        if self._thread is None or self._pid != pid or not self._thread.is_alive():
            self._pid = pid
            self._thread = threading.Thread(target=self._run, name="fetch-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if not self._heap:
                        self._cond.wait()
                        continue
                    when, token, callback = self._heap[0]
                    if token in self._cancelled:
                        heapq.heappop(self._heap)
                        self._cancelled.discard(token)
                        continue
                    delay = when - time.monotonic()
                    if delay <= 0:
                        heapq.heappop(self._heap)
                        break
                    self._cond.wait(delay)
            with suppress(Exception):
                callback()


host_gate = HostGate()
watchdog = Watchdog()


def _after_fork_in_child() -> None:
    global host_gate, watchdog
    host_gate = HostGate()
    watchdog = Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork_in_child)
