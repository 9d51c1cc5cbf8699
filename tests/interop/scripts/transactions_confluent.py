"""Transactions through confluent-kafka (librdkafka) against samsa-broker.

Usage: transactions_confluent.py SCENARIO BOOTSTRAP [ARGS...]

Each scenario prints one JSON object per observation ({"check": name, ...}) for the
test to judge; it checks nothing itself, except that the client calls it expects to
succeed do succeed (an exception ends it with a non-zero status)."""
import json
import sys
import time

from confluent_kafka import Consumer, KafkaError, KafkaException, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

PARTITIONS = 3
TIMEOUT = 30


def emit(check, **values):
    print(json.dumps(dict(check=check, **values)), flush=True)


def create_topics(bootstrap, *topics):
    admin = AdminClient({"bootstrap.servers": bootstrap})
    futures = admin.create_topics([NewTopic(t, PARTITIONS, 1) for t in topics])
    for f in futures.values():
        f.result(TIMEOUT)


def transactional_producer(bootstrap, transactional_id, **extra):
    config = {"bootstrap.servers": bootstrap, "transactional.id": transactional_id}
    config.update(extra)
    producer = Producer(config)
    producer.init_transactions(TIMEOUT)
    return producer


def read_all(bootstrap, topic, isolation, timeout=20):
    """Every message of the topic a consumer of this isolation level gets, as
    [partition, offset, value] in the order received, reading until each partition
    reports its end."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "reader-" + isolation,
                         "isolation.level": isolation, "enable.partition.eof": True,
                         "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, p, 0) for p in range(PARTITIONS)])
    out, ended = [], set()
    deadline = time.time() + timeout
    while len(ended) < PARTITIONS and time.time() < deadline:
        m = consumer.poll(0.2)
        if m is None:
            continue
        if m.error():
            if m.error().code() == KafkaError._PARTITION_EOF:
                ended.add(m.partition())
            continue
        value = m.value()
        out.append([m.partition(), m.offset(), None if value is None else value.decode()])
    consumer.close()
    return out


def watermarks(bootstrap, topic, isolation):
    """Per partition: the end offset a consumer of this isolation level is told (the
    last stable offset for read_committed, the high watermark otherwise)."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "watermarks",
                         "isolation.level": isolation})
    ends = [consumer.get_watermark_offsets(TopicPartition(topic, p), TIMEOUT, False)[1] for p in range(PARTITIONS)]
    consumer.close()
    return ends


def values(messages):
    return [m[2] for m in messages]


def commit_abort(bootstrap, topic):
    create_topics(bootstrap, topic)
    producer = transactional_producer(bootstrap, "tx-commit-abort")
    producer.begin_transaction()
    for i in range(30):
        producer.produce(topic, value="committed-%d" % i, partition=i % PARTITIONS)
    producer.commit_transaction(TIMEOUT)
    producer.begin_transaction()
    for i in range(30):
        producer.produce(topic, value="aborted-%d" % i, partition=i % PARTITIONS)
    producer.flush(TIMEOUT)  # on the broker before the abort, not dropped from the queue
    producer.abort_transaction(TIMEOUT)
    emit("read_committed", messages=read_all(bootstrap, topic, "read_committed"))
    emit("read_uncommitted", messages=read_all(bootstrap, topic, "read_uncommitted"))
    emit("ends", committed=watermarks(bootstrap, topic, "read_committed"),
         uncommitted=watermarks(bootstrap, topic, "read_uncommitted"))


def committed_offsets(consumer, topic):
    parts = consumer.committed([TopicPartition(topic, p) for p in range(PARTITIONS)], TIMEOUT)
    return [tp.offset for tp in parts]


def consume(consumer, count):
    got = []
    deadline = time.time() + TIMEOUT
    while len(got) < count and time.time() < deadline:
        m = consumer.poll(0.2)
        if m is not None and not m.error():
            got.append(m)
    if len(got) < count:
        raise RuntimeError("consumed %d of %d" % (len(got), count))
    return got


def transform_batch(producer, consumer, source, out_topic, commit):
    """One consume-transform-produce transaction over `source` messages."""
    producer.begin_transaction()
    for m in source:
        producer.produce(out_topic, value="out-" + m.value().decode(), partition=m.partition())
    positions = consumer.position(consumer.assignment())
    producer.send_offsets_to_transaction(positions, consumer.consumer_group_metadata(), TIMEOUT)
    if commit:
        producer.commit_transaction(TIMEOUT)
    else:
        producer.flush(TIMEOUT)
        producer.abort_transaction(TIMEOUT)


def transform(bootstrap, in_topic, out_topic, group):
    create_topics(bootstrap, in_topic, out_topic)
    plain = Producer({"bootstrap.servers": bootstrap})
    for i in range(30):
        plain.produce(in_topic, value="first-%d" % i, partition=i % PARTITIONS)
    plain.flush(TIMEOUT)

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group, "isolation.level": "read_committed",
                         "auto.offset.reset": "earliest", "enable.auto.commit": False,
                         "session.timeout.ms": 10000})
    consumer.subscribe([in_topic])
    producer = transactional_producer(bootstrap, "tx-transform")

    transform_batch(producer, consumer, consume(consumer, 30), out_topic, commit=True)
    emit("after_commit", committed=committed_offsets(consumer, in_topic),
         output=values(read_all(bootstrap, out_topic, "read_committed")))

    for i in range(30):
        plain.produce(in_topic, value="second-%d" % i, partition=i % PARTITIONS)
    plain.flush(TIMEOUT)
    transform_batch(producer, consumer, consume(consumer, 30), out_topic, commit=False)
    emit("after_abort", committed=committed_offsets(consumer, in_topic),
         output=values(read_all(bootstrap, out_topic, "read_committed")),
         output_uncommitted=values(read_all(bootstrap, out_topic, "read_uncommitted")))

    # As an application does after an abort: back to the committed offsets, and again.
    for tp in consumer.committed(consumer.assignment(), TIMEOUT):
        consumer.seek(tp)
    transform_batch(producer, consumer, consume(consumer, 30), out_topic, commit=True)
    emit("after_retry", committed=committed_offsets(consumer, in_topic),
         output=values(read_all(bootstrap, out_topic, "read_committed")))
    consumer.close()


def fencing(bootstrap, topic):
    create_topics(bootstrap, topic)
    first = transactional_producer(bootstrap, "tx-fenced")
    first.begin_transaction()
    for i in range(3):
        first.produce(topic, value="zombie-%d" % i, partition=i)
    first.flush(TIMEOUT)
    second = transactional_producer(bootstrap, "tx-fenced")
    outcome = {"error": None, "fatal": None}
    try:
        first.produce(topic, value="zombie-late", partition=0)
        first.commit_transaction(TIMEOUT)
    except KafkaException as e:
        err = e.args[0]
        outcome = {"error": err.name(), "fatal": err.fatal()}
    emit("fenced", **outcome)
    second.begin_transaction()
    for i in range(3):
        second.produce(topic, value="successor-%d" % i, partition=i)
    second.commit_transaction(TIMEOUT)
    emit("read_committed", messages=read_all(bootstrap, topic, "read_committed"))


def timeout(bootstrap, topic):
    create_topics(bootstrap, topic)
    producer = transactional_producer(bootstrap, "tx-timeout", **{"transaction.timeout.ms": 2000})
    producer.begin_transaction()
    for i in range(6):
        producer.produce(topic, value="abandoned-%d" % i, partition=i % PARTITIONS)
    producer.flush(TIMEOUT)
    emit("open", committed=watermarks(bootstrap, topic, "read_committed"),
         uncommitted=watermarks(bootstrap, topic, "read_uncommitted"))
    time.sleep(6)
    emit("expired", committed=watermarks(bootstrap, topic, "read_committed"),
         uncommitted=watermarks(bootstrap, topic, "read_uncommitted"),
         messages=read_all(bootstrap, topic, "read_committed"))
    try:
        producer.commit_transaction(TIMEOUT)
        emit("commit_after_timeout", error=None)
    except KafkaException as e:
        emit("commit_after_timeout", error=e.args[0].name())


def restart_commit(bootstrap, topic):
    create_topics(bootstrap, topic)
    producer = transactional_producer(bootstrap, "tx-restart")
    producer.begin_transaction()
    for i in range(30):
        producer.produce(topic, value="survivor-%d" % i, partition=i % PARTITIONS)
    # Returns once PrepareCommit is durable; the markers are held back by the test.
    producer.commit_transaction(TIMEOUT)
    emit("committed", ends=watermarks(bootstrap, topic, "read_committed"),
         messages=read_all(bootstrap, topic, "read_committed", timeout=3))


def read_back(bootstrap, topic):
    emit("read_committed", messages=read_all(bootstrap, topic, "read_committed"),
         ends=watermarks(bootstrap, topic, "read_committed"),
         uncommitted=watermarks(bootstrap, topic, "read_uncommitted"))


SCENARIOS = {"commit_abort": commit_abort, "transform": transform, "fencing": fencing, "timeout": timeout,
             "restart_commit": restart_commit, "read_back": read_back}

if __name__ == "__main__":
    SCENARIOS[sys.argv[1]](*sys.argv[2:])
