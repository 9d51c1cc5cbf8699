#!/usr/bin/env python3
"""Records real Kafka clients talking to samsa-broker, for the protocol capture tests.

Usage: capture_clients.py --broker PATH_TO_SAMSA_BROKER [--out-dir DIR] [--only CLIENT]

For each client library (librdkafka through kcat, and kafka-python) this starts a fresh
samsa-broker on a temporary log dir, puts capture_proxy.py in front of it, and runs the
client through the proxy:
  - the record set below produced with each compression codec to its own topic,
  - the same topics consumed back from the beginning (no consumer group),
  - metadata for all topics,
and checks that every batch was stored in the codec asked for and that every client
read back exactly what it wrote. A failed run keeps the previous capture. The broker advertises the
proxy's address, so clients that follow Metadata keep talking through the proxy.

The captures land in DIR (default tests/data/captures) as <client>-<version>.capture.
kafka-python needs the Debian python3-kafka package and, for its codecs,
python3-snappy, python3-lz4 and python3-zstandard; run this script with that python3.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
TOPIC_PREFIX = "capture-"
RECORD_COUNT = 6


# The record set every client produces; tests/unit/protocol_captures holds the same
# values by hand. Record i has key "key-<i>"; the last one is a tombstone (null value).
# Values repeat a phrase so that every codec actually shrinks the batch.
def record_value(i):
    if i == RECORD_COUNT - 1:
        return None
    return f"value {i} - " + "the quick brown fox jumps over the lazy dog; " * 3


def record_key(i):
    return f"key-{i}"


def record_headers(codec):
    return [("source", "capture"), ("codec", codec)]


def expected_lines(codec):
    """What the consumers print for the record set, one line per record."""
    headers = ",".join(f"{k}={v}" for k, v in record_headers(codec))
    return [f"{record_key(i)}|{record_value(i) or 'NULL'}|{headers}" for i in range(RECORD_COUNT)]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_line(proc, needle, timeout, what):
    """Reads proc's stdout until a line contains needle."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        if needle in line:
            return
    raise RuntimeError(f"{what} did not start:\n" + "".join(seen))


def wait_for_log(proc, log, needle, timeout, what):
    """Polls a log file until it contains needle; the file, unlike a pipe nobody reads,
    never fills up and stalls the process writing it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if needle in log.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start:\n" + log.read_text(errors="replace"))


class Session:
    """A broker on a fresh log dir with the capture proxy in front of it."""

    def __init__(self, broker, output, description):
        self.broker_bin = broker
        self.output = output
        self.partial = output.with_name(output.name + ".part")
        self.description = description
        self.proxy_port = free_port()
        self.bootstrap = f"127.0.0.1:{self.proxy_port}"

    def __enter__(self):
        self.dir = tempfile.mkdtemp(prefix="samsa-capture-")
        self.log_dir = f"{self.dir}/logs"
        self.broker = self.proxy = None
        try:
            self._start()
        except BaseException:
            self.__exit__(RuntimeError)
            raise
        return self

    def __exit__(self, exc_type, *exc):
        self._stop()
        # A failed run leaves the previous capture in place.
        if exc_type is None:
            os.replace(self.partial, self.output)
        elif self.partial.exists():
            self.partial.unlink()
        return False

    def _start(self):
        broker_port = free_port()
        broker_log = Path(self.dir) / "broker.log"
        with broker_log.open("w") as log:
            self.broker = subprocess.Popen(
                [self.broker_bin,
                 "--override", f"log.dirs={self.log_dir}",
                 "--override", f"listeners=PLAINTEXT://127.0.0.1:{broker_port}",
                 "--override", f"advertised.listeners=PLAINTEXT://127.0.0.1:{self.proxy_port}",
                 "--override", "num.partitions=1"],
                stdout=log, stderr=subprocess.STDOUT)
        wait_for_log(self.broker, broker_log, "started, ready on", 30, "samsa-broker")
        self.proxy = subprocess.Popen(
            [sys.executable, str(HERE / "capture_proxy.py"), "--listen-port", str(self.proxy_port),
             "--upstream", f"127.0.0.1:{broker_port}", "--output", str(self.partial),
             "--description", self.description],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        wait_for_line(self.proxy, "listening on", 10, "capture proxy")

    def _stop(self):
        for proc in (self.proxy, self.broker):
            if proc is None:
                continue
            proc.send_signal(signal.SIGTERM)
            try:
                out, _ = proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, _ = proc.communicate()
            if proc is self.proxy and out and out.strip():
                print("  " + out.strip().splitlines()[-1])
        shutil.rmtree(self.dir, ignore_errors=True)


def run(cmd, stdin=None, timeout=60):
    result = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def check_stored_codecs(client, log_dir):
    """Clients downgrade a codec they believe the broker cannot take, silently (librdkafka
    decides from the APIs the broker advertises). A capture of that would not show what it
    claims to, so check the codec of the first batch in every topic's log segment: the
    batch as the client sent it, since the topics keep compression.type=producer (Kafka's
    on-disk layout; attributes at byte 21)."""
    for codec_id, codec in enumerate(CODECS):
        segment = Path(log_dir) / f"{TOPIC_PREFIX}{codec}-0" / ("0" * 20 + ".log")
        header = segment.read_bytes()[:23]
        stored = int.from_bytes(header[21:23], "big") & 0x07
        if stored != codec_id:
            raise RuntimeError(f"{client} was asked for {codec} but sent {CODECS[stored]} batches to "
                               f"{TOPIC_PREFIX}{codec}; check what the broker advertises in ApiVersions")


def check_consumed(client, codec, lines):
    if lines != expected_lines(codec):
        raise RuntimeError(f"{client} read back from {TOPIC_PREFIX}{codec}:\n" + "\n".join(lines)
                           + "\nexpected:\n" + "\n".join(expected_lines(codec)))


# --- librdkafka through kcat ---------------------------------------------------------

def kcat_version():
    match = re.search(r"librdkafka ([0-9][0-9.]*)", run(["kcat", "-V"]))
    if not match:
        raise RuntimeError("kcat -V did not report a librdkafka version")
    return match.group(1)


def capture_librdkafka(broker, out_dir):
    version = kcat_version()
    output = out_dir / f"librdkafka-{version}.capture"
    print(f"librdkafka {version} -> {output}")
    with Session(broker, output, f"librdkafka {version} (kcat)") as s:
        # -Z makes the empty value of the last line a null (tombstone); linger lets the
        # whole set go out as one batch.
        lines = [f"{record_key(i)}:{record_value(i) or ''}" for i in range(RECORD_COUNT)]
        for codec in CODECS:
            cmd = ["kcat", "-P", "-b", s.bootstrap, "-t", TOPIC_PREFIX + codec, "-z", codec,
                   "-K", ":", "-Z", "-X", "linger.ms=100"]
            for k, v in record_headers(codec):
                cmd += ["-H", f"{k}={v}"]
            run(cmd, stdin="\n".join(lines) + "\n")
        check_stored_codecs("librdkafka", s.log_dir)
        for codec in CODECS:
            out = run(["kcat", "-C", "-b", s.bootstrap, "-t", TOPIC_PREFIX + codec, "-o", "beginning",
                       "-e", "-Z", "-f", "%k|%s|%h\n"])
            check_consumed("kcat", codec, out.splitlines())
        listing = run(["kcat", "-L", "-b", s.bootstrap])
        for codec in CODECS:
            if f'topic "{TOPIC_PREFIX}{codec}"' not in listing:
                raise RuntimeError("kcat -L does not list every topic:\n" + listing)


# --- kafka-python ----------------------------------------------------------------------

def capture_kafka_python(broker, out_dir):
    import kafka
    from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition

    version = kafka.__version__
    output = out_dir / f"kafka-python-{version}.capture"
    print(f"kafka-python {version} -> {output}")
    with Session(broker, output, f"kafka-python {version}") as s:
        for codec in CODECS:
            producer = KafkaProducer(bootstrap_servers=s.bootstrap, linger_ms=100,
                                     compression_type=None if codec == "none" else codec)
            headers = [(k, v.encode()) for k, v in record_headers(codec)]
            for i in range(RECORD_COUNT):
                value = record_value(i)
                producer.send(TOPIC_PREFIX + codec, key=record_key(i).encode(),
                              value=value.encode() if value is not None else None, headers=headers)
            producer.flush(timeout=30)
            producer.close(timeout=30)
        check_stored_codecs("kafka-python", s.log_dir)
        for codec in CODECS:
            consumer = KafkaConsumer(bootstrap_servers=s.bootstrap, group_id=None,
                                     enable_auto_commit=False, consumer_timeout_ms=10000)
            tp = TopicPartition(TOPIC_PREFIX + codec, 0)
            consumer.assign([tp])
            consumer.seek_to_beginning(tp)
            lines = []
            for message in consumer:
                value = message.value.decode() if message.value is not None else "NULL"
                hdrs = ",".join(f"{k}={v.decode()}" for k, v in message.headers)
                lines.append(f"{message.key.decode()}|{value}|{hdrs}")
                if len(lines) == RECORD_COUNT:
                    break
            consumer.close()
            check_consumed("kafka-python", codec, lines)
        admin = KafkaAdminClient(bootstrap_servers=s.bootstrap)
        topics = set(admin.list_topics())
        admin.close()
        missing = {TOPIC_PREFIX + c for c in CODECS} - topics
        if missing:
            raise RuntimeError(f"kafka-python list_topics misses {sorted(missing)}")


CLIENTS = {"librdkafka": capture_librdkafka, "kafka-python": capture_kafka_python}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--broker", required=True, help="the samsa-broker executable")
    parser.add_argument("--out-dir", default=str(REPO / "tests" / "data" / "captures"))
    parser.add_argument("--only", choices=sorted(CLIENTS), help="capture one client only")
    args = parser.parse_args()
    broker = os.path.abspath(args.broker)
    out_dir = Path(args.out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, capture in CLIENTS.items():
        if args.only in (None, name):
            capture(broker, out_dir)


if __name__ == "__main__":
    main()
