"""How much model work one server worker takes on at once, and what it says when it cannot.

Matching a question is ~0.1-0.3 s of CPU. `inara serve` runs one worker per core, each with one
BLAS thread, so a worker gains nothing from matching two questions at once: they only share its
core. Each worker therefore matches SLOTS questions at a time, and lets at most QUEUE more wait
for a slot: a question that would wait behind more than that could not be answered within a
second anyway, so it gets a 503 with Retry-After at once, instead of joining a queue that grows
until every client times out (issue 14: 100 clients, 0 answers in 20 s). A waiting question
gives up after WAIT seconds, whatever happens ahead of it. Until the index
is ready (a first build embeds the library for minutes) matching answers "warming up", while
guide pages, which need no model, are served from the start.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time

from starlette.concurrency import run_in_threadpool

from ..errors import Unavailable

SLOTS = 1  # questions matched at once per worker (one core each)
QUEUE = 1  # questions waiting for a slot per worker; one more is refused at once
WAIT = 0.5  # seconds a question may wait for a slot before "busy"
BUSY_RETRY = 1  # seconds, in Retry-After
WARM_RETRY = 10
WARM_QUESTION = "My 4 year old screams when we leave the park."
DANGER = "If your child is in danger now, call your local emergency number."


class Capacity:
    def __init__(self, inara, slots: int = SLOTS, wait: float = WAIT, queue: int = QUEUE):
        self.inara = inara
        self.slots = slots
        self.wait = wait
        self.queue = queue
        self.waiting = 0  # questions waiting for a slot (read and changed in the event loop only)
        self.failed: str | None = None  # why warming up failed, if it did
        self._semaphore: asyncio.Semaphore | None = None  # made in the server's event loop

    async def run(self, work, *args):
        """work(*args) in a thread, when a slot is free within WAIT seconds and no more than QUEUE
        questions are waiting already; else Unavailable."""
        self._check_ready()
        if self._semaphore is None:
            self._semaphore = asyncio.Semaphore(self.slots)
        if self._semaphore.locked() and self.waiting >= self.queue:
            raise self._busy()
        self.waiting += 1
        try:
            await asyncio.wait_for(self._semaphore.acquire(), self.wait)
        except TimeoutError:
            raise self._busy() from None
        finally:
            self.waiting -= 1
        try:
            return await run_in_threadpool(work, *args)
        finally:
            self._semaphore.release()

    @staticmethod
    def _busy() -> Unavailable:
        return Unavailable(f"Inara is answering other questions; please send yours again in a moment. {DANGER}",
                           retry_after=BUSY_RETRY)

    def _check_ready(self) -> None:
        if self.inara.ready:
            return
        if self.failed:
            raise Unavailable(f"Matching is unavailable: {self.failed} {DANGER}", retry_after=60)
        raise Unavailable("Inara is warming up (building its index) and will answer questions in a moment; "
                          f"the guides can be read meanwhile. {DANGER}", retry_after=WARM_RETRY)

    @staticmethod
    def share_the_interpreter() -> None:
        """While a question is matched in a thread, the event loop needs the GIL to accept, read
        and refuse requests; at Python's default 5 ms switch interval each of its turns waits
        behind the matching thread (about a second to refuse 20 requests; 1 ms: a fifth of that)."""
        sys.setswitchinterval(0.001)

    def warm_up(self, wait: float) -> bool:
        """Build the matcher in the background; wait up to `wait` seconds for it. True when ready.
        With a built index this takes a second or two, so a worker starts serving warm; a first
        build takes minutes, and the worker serves pages meanwhile."""
        def build():
            try:
                self.inara.warm_up(WARM_QUESTION)  # a first match loads what matching loads lazily (~0.5 s)
            except Exception as exc:  # reported by every question until a restart; logged once here
                self.failed = getattr(exc, "message", None) or f"{type(exc).__name__} while loading the model."
                import logging

                logging.getLogger("inara.web").error("warming up failed: %s", self.failed)

        thread = threading.Thread(target=build, name="inara-warm-up", daemon=True)
        thread.start()
        deadline = time.monotonic() + wait
        while thread.is_alive() and time.monotonic() < deadline:
            thread.join(0.1)
        return self.inara.ready
