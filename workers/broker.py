"""The embedded broker: kombu's filesystem transport, with messages written and claimed atomically.

kombu's own `_put` creates the message file and then writes it, so a worker polling the folder can
move away an empty file and crash on it; its `_get` moves a message to the temp folder with
shutil.move, which copies when that is another file system, so two consumers can both take it; and
its binding table is truncated and rewritten in place, so a producer reading it at that moment fails.
Here a message is written under a name no reader matches and renamed into place when complete, a
consumer claims it with one rename inside the broker folder (exactly one wins), and binding tables
are replaced whole under a lock of their own.
"""

import fcntl
import os
import uuid
from collections import deque
from contextlib import contextmanager
from queue import Empty
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import TRANSPORT_ALIASES, filesystem, virtual
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads

SCHEME = "embedded"


class Channel(filesystem.Channel):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._listings: dict[str, deque] = {}
        # Read once: kombu's cached properties take a lock on every read, and a worker polls every 10 ms.
        self._folder_in, self._processed = str(self.data_folder_in), str(self.processed_folder)
        self._keep_processed = self.store_processed

    @contextmanager
    def _table_lock(self, exchange):
        self.control_folder.mkdir(exist_ok=True)
        with open(self._exchange_file(exchange).with_suffix(".lock"), "a") as guard:
            fcntl.flock(guard, fcntl.LOCK_EX)
            yield

    def _table_write(self, exchange, queues):
        target = self._exchange_file(exchange)
        partial = target.with_name(f"{target.name}.{uuid.uuid4().hex}.part")
        partial.write_bytes(str_to_bytes(dumps(queues)))
        os.replace(partial, target)  # readers see the old table or the new one, never half of one

    def get_table(self, exchange):
        try:
            data = self._exchange_file(exchange).read_bytes()
        except FileNotFoundError:
            return []
        return [filesystem.exchange_queue_t(*q) for q in loads(bytes_to_str(data))]

    def _queue_bind(self, exchange, routing_key, pattern, queue):
        entry = filesystem.exchange_queue_t(routing_key or "", pattern or "", queue or "")
        with self._table_lock(exchange):
            queues = self.get_table(exchange)
            if entry not in queues:
                self._table_write(exchange, [entry, *queues])

    def _delete(self, queue, exchange, routing_key, pattern, *args, **kwargs):
        virtual.Channel._delete(self, queue, exchange, routing_key, pattern, *args, **kwargs)
        entry = filesystem.exchange_queue_t(routing_key or "", pattern or "", queue or "")
        with self._table_lock(exchange):
            queues = self.get_table(exchange)
            if entry in queues:
                self._table_write(exchange, [q for q in queues if q != entry])

    def _put(self, queue, payload, **kwargs):
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = final + ".part"  # readers only pick up names ending in "<queue>.msg"
        try:
            with open(partial, "wb") as handle:
                handle.write(str_to_bytes(dumps(payload)))
            os.rename(partial, final)  # atomic within one file system
        except OSError as exc:
            raise ChannelError(f"Cannot add message {name!r} to {self.data_folder_out}") from exc

    def _get(self, queue):
        # Listing a folder of thousands of messages for each one read is quadratic: keep the sorted
        # listing and work through it, listing again only when it is used up.
        pending = self._listings.get(queue)
        if not pending:
            wanted = f"{queue}.msg"
            pending = self._listings[queue] = deque(
                sorted(name for name in os.listdir(self._folder_in) if name.partition(".")[2] == wanted)
            )
        while pending:
            name = pending.popleft()
            claimed = os.path.join(self._processed, name)
            try:
                os.rename(os.path.join(self._folder_in, name), claimed)
            except FileNotFoundError:
                continue  # another consumer was faster
            try:
                with open(claimed, "rb") as handle:
                    payload = handle.read()
            finally:
                if not self._keep_processed:
                    os.remove(claimed)
            return loads(bytes_to_str(payload))
        raise Empty()


class Transport(filesystem.Transport):
    Channel = Channel


TRANSPORT_ALIASES.setdefault(SCHEME, "workers.broker:Transport")
