"""The embedded folder broker under concurrent producers and consumers."""

import threading
import time

from kombu import Connection, Queue

from factcheck.embedded import broker_options


def test_no_message_is_read_half_written(tmp_path):
    options = broker_options(tmp_path)
    sent, received, errors = 800, [], []

    def produce(offset):
        # A bare producer, as Celery's: a SimpleQueue would also consume and hold messages unread.
        with Connection("embedded://", transport_options=options) as conn:
            producer, queue = conn.Producer(serializer="json"), Queue("race", routing_key="race")
            for i in range(sent // 4):
                producer.publish({"n": offset + i, "pad": "x" * 100_000}, routing_key="race", declare=[queue])

    def consume():
        deadline = time.monotonic() + 60  # a loaded machine may start the producers late
        with Connection("embedded://", transport_options=options) as conn:
            queue = conn.SimpleQueue("race")
            while len(received) < sent and time.monotonic() < deadline:
                try:
                    message = queue.get(timeout=1)
                except queue.Empty:
                    continue
                except Exception as exc:  # a half-written file surfaces as a decode error
                    errors.append(exc)
                    break
                received.append(message.payload["n"])
                message.ack()
            queue.close()

    consumers = [threading.Thread(target=consume) for _ in range(2)]
    producers = [threading.Thread(target=produce, args=(k * (sent // 4),)) for k in range(4)]
    for thread in consumers + producers:
        thread.start()
    for thread in consumers + producers:
        thread.join(90)
    assert not errors
    assert sorted(received) == list(range(sent))
