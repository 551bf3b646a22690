"""A TCP proxy on loopback that adds a fixed delay each way, as an office line does
(issue 14, point 4): every chunk read from one side is delivered to the other `delay`
seconds later, in order. Used by `bench_sync` to measure a round at 20 and 50 ms.

    with LatencyProxy("127.0.0.1", 5432, delay=0.020) as proxy:
        ... connect to 127.0.0.1:proxy.port ...

`round_trips` counts the client's flights: a flight is what the client sends after it
last heard the server (or first, on a new connection), so several messages sent at
once are one, and the closing Terminate message is none. `flights` keeps each flight's
first bytes (the message kind and the start of the SQL), to tell what a round spends
its round trips on. The TCP handshake to the proxy itself is not delayed (one round
trip more per connection on a real line).
"""

from __future__ import annotations

import queue
import socket
import threading
import time

TERMINATE = b"X\x00\x00\x00\x04"  # the client's goodbye: nothing waits for an answer


class LatencyProxy:
    def __init__(self, host: str, port: int, delay: float) -> None:
        self.target = (host, port)
        self.delay = delay
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open: list[socket.socket] = []
        self._closed = False
        self.round_trips = 0
        self.flights: list[bytes] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def __enter__(self) -> LatencyProxy:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            upstream = socket.create_connection(self.target)
            upstream.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.open += [client, upstream]
            heard = [True]  # the client heard the server since its last flight
            for source, sink in ((client, upstream), (upstream, client)):
                line: queue.Queue = queue.Queue()
                args = (source, line, heard, source is client)
                threading.Thread(target=self._read, args=args, daemon=True).start()
                threading.Thread(target=self._deliver, args=(sink, line), daemon=True).start()

    def _read(self, source: socket.socket, line: queue.Queue, heard: list, client: bool) -> None:
        try:
            while True:
                data = source.recv(65536)
                with self._lock:
                    if client and data and heard[0] and not data.startswith(TERMINATE):
                        self.round_trips += 1
                        self.flights.append(data[:120])
                    heard[0] = not client
                line.put((time.monotonic() + self.delay, data))
                if not data:
                    return
        except OSError:
            line.put((time.monotonic(), b""))

    def _deliver(self, sink: socket.socket, line: queue.Queue) -> None:
        while True:
            due, data = line.get()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                if not data:
                    sink.shutdown(socket.SHUT_WR)
                    return
                sink.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        for s in self.open:
            try:
                s.close()
            except OSError:
                pass
