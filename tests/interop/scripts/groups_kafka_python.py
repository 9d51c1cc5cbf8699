"""Consumer groups through kafka-python against samsa-broker: two members consume a
topic and commit, then the admin client lists and describes the group and reads its
offsets. Prints one JSON object per observation for the test to check."""
import json
import sys
import threading
import time

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

bootstrap, topic, group = sys.argv[1], sys.argv[2], sys.argv[3]
PARTITIONS, MESSAGES = 4, 200


def emit(check, **values):
    print(json.dumps(dict(check=check, **values)), flush=True)


admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="groups-admin")
admin.create_topics([NewTopic(topic, PARTITIONS, 1)])
producer = KafkaProducer(bootstrap_servers=bootstrap)
for i in range(MESSAGES):
    producer.send(topic, value=b"m%d" % i, partition=i % PARTITIONS)
producer.flush()

consumed = {}
stop = threading.Event()
committed = threading.Barrier(3)
may_close = threading.Event()


def distinct():
    return set().union(*list(consumed.values()))


def run_member(name):
    consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, client_id=name,
                             auto_offset_reset="earliest", enable_auto_commit=False,
                             session_timeout_ms=10000, heartbeat_interval_ms=500)
    # Records, not deliveries: partitions that move in a rebalance before their first
    # commit are read again by their new owner (at-least-once).
    consumed[name] = set()
    while len(distinct()) < MESSAGES and not stop.is_set():
        for records in consumer.poll(timeout_ms=200).values():
            consumed[name].update((r.partition, r.offset) for r in records)
    # Settle: keep polling until the group is stable with both members assigned.
    deadline = time.time() + 30
    while time.time() < deadline and len(consumer.assignment()) != PARTITIONS // 2:
        consumer.poll(timeout_ms=100)
    consumer.commit()
    committed.wait(timeout=60)
    while not may_close.is_set():
        consumer.poll(timeout_ms=100)  # keeps heartbeating while the admin looks
    consumer.close()


threads = [threading.Thread(target=run_member, args=(n,)) for n in ("member-one", "member-two")]
for t in threads:
    t.start()
try:
    committed.wait(timeout=120)
except threading.BrokenBarrierError:
    stop.set()
    emit("error", message="members did not commit in time", consumed=len(distinct()))
    may_close.set()
    sys.exit(1)

emit("consumed", total=len(distinct()))
emit("list", groups=[[g, t] for g, t in admin.list_consumer_groups()])
for info in admin.describe_consumer_groups([group]):
    emit("describe", group=info.group, state=info.state, protocol_type=info.protocol_type,
         protocol=info.protocol,
         members=[dict(client_id=m.client_id, client_host=m.client_host,
                       subscription=list(m.member_metadata.subscription),
                       assignment=[[t, sorted(p)] for t, p in m.member_assignment.assignment])
                  for m in info.members])
offsets = admin.list_consumer_group_offsets(group)
emit("offsets", offsets={"%s-%d" % (tp.topic, tp.partition): o.offset for tp, o in offsets.items()})

may_close.set()
for t in threads:
    t.join()
time.sleep(0.5)
for info in admin.describe_consumer_groups([group]):
    emit("after_close", state=info.state, members=len(info.members))
emit("delete", results=[[g, e.errno] for g, e in admin.delete_consumer_groups([group])])
emit("list_after_delete", groups=[g for g, _ in admin.list_consumer_groups()])
