#!/usr/bin/env python3
"""A recording TCP proxy for the Kafka protocol.

Usage: capture_proxy.py --listen-port PORT --upstream HOST:PORT --output FILE
                        [--description TEXT]

Listens on 127.0.0.1:PORT, opens one upstream connection per client connection and
copies bytes both ways unchanged. Every complete size-prefixed frame is also appended to
FILE with its direction and connection number, in the order the proxy saw it. The file
format is described in tests/data/captures/README.md. Prints "listening on HOST:PORT"
once ready and stops cleanly on SIGINT or SIGTERM.

Only the Python standard library is used, so any python3 runs it.
"""

import argparse
import asyncio
import signal
import struct
import sys

MAGIC = b"SAMSACAP"
FORMAT_VERSION = 1
REQUEST = 0
RESPONSE = 1
# Far above any frame the clients send here; a larger size means the stream is not Kafka.
MAX_FRAME = 64 << 20


class CaptureWriter:
    """Appends frames to the capture file. The event loop is single-threaded, so each
    record is written whole and the file order is the order frames were seen."""

    def __init__(self, path, description):
        self._out = open(path, "wb")
        text = description.encode("utf-8")
        self._out.write(MAGIC + struct.pack(">HH", FORMAT_VERSION, len(text)) + text)
        self.frames = 0

    def record(self, direction, connection, frame):
        self._out.write(struct.pack(">BII", direction, connection, len(frame)) + frame)
        self.frames += 1

    def close(self):
        self._out.close()


async def pump(reader, writer, capture, direction, connection):
    """Forwards whole frames from reader to writer, recording each one."""
    try:
        while True:
            size_bytes = await reader.readexactly(4)
            (size,) = struct.unpack(">i", size_bytes)
            if size < 0 or size > MAX_FRAME:
                raise ValueError(f"connection {connection}: implausible frame size {size}")
            frame = await reader.readexactly(size)
            capture.record(direction, connection, frame)
            writer.write(size_bytes + frame)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass  # the peer closed; a torn last frame is not recorded
    finally:
        writer.close()


async def serve(args, capture):
    upstream_host, upstream_port = args.upstream.rsplit(":", 1)
    next_connection = 1

    async def on_client(client_reader, client_writer):
        nonlocal next_connection
        connection = next_connection
        next_connection += 1
        try:
            broker_reader, broker_writer = await asyncio.open_connection(upstream_host, int(upstream_port))
        except OSError as e:
            print(f"connection {connection}: upstream unreachable: {e}", file=sys.stderr)
            client_writer.close()
            return
        await asyncio.gather(
            pump(client_reader, broker_writer, capture, REQUEST, connection),
            pump(broker_reader, client_writer, capture, RESPONSE, connection),
        )

    server = await asyncio.start_server(on_client, "127.0.0.1", args.listen_port)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    print(f"listening on 127.0.0.1:{args.listen_port}", flush=True)
    async with server:
        await stop.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listen-port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="broker address, HOST:PORT")
    parser.add_argument("--output", required=True)
    parser.add_argument("--description", default="", help="free text stored in the file header")
    args = parser.parse_args()
    capture = CaptureWriter(args.output, args.description)
    try:
        asyncio.run(serve(args, capture))
    finally:
        capture.close()
    print(f"recorded {capture.frames} frames", flush=True)


if __name__ == "__main__":
    main()
