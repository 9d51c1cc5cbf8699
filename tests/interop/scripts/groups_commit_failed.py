"""kafka-python's CommitFailedError against samsa-broker: a member that stops polling
for longer than max.poll.interval.ms is out of the group (the group moves on without
it), so the commit it attempts afterwards fails. Prints one JSON line per observation."""
import json
import sys
import time

from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.errors import CommitFailedError
from kafka.structs import OffsetAndMetadata

bootstrap, topic, group = sys.argv[1], sys.argv[2], sys.argv[3]
MAX_POLL_INTERVAL_MS = 2000


def emit(check, **values):
    print(json.dumps(dict(check=check, **values)), flush=True)


admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="commit-failed-admin")


def describe():
    info = admin.describe_consumer_groups([group])[0]
    return dict(state=info.state, members=sorted(m.client_id for m in info.members))


consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, client_id="slow-member",
                         auto_offset_reset="earliest", enable_auto_commit=False,
                         session_timeout_ms=10000, heartbeat_interval_ms=300,
                         max_poll_interval_ms=MAX_POLL_INTERVAL_MS)
deadline = time.time() + 60
while not consumer.assignment() and time.time() < deadline:
    consumer.poll(timeout_ms=100)
owned = sorted(tp.partition for tp in consumer.assignment())
emit("joined", assigned=owned, group=describe())

# A commit while still a member succeeds.
tp = TopicPartition(topic, owned[0])
consumer.commit({tp: OffsetAndMetadata(1, "")})
emit("commit_in_time", ok=True)

# Processing that takes longer than max.poll.interval.ms: the member is dropped while
# its session (kept alive by the heartbeat thread) is still valid.
removed = None
deadline = time.time() + 5 * MAX_POLL_INTERVAL_MS / 1000
while time.time() < deadline:
    time.sleep(0.2)
    seen = describe()
    if "slow-member" not in seen["members"]:
        removed = seen
        break
emit("removed", group=removed)

try:
    consumer.commit({tp: OffsetAndMetadata(2, "")})
    emit("late_commit", error=None)
except CommitFailedError as e:
    emit("late_commit", error=type(e).__name__)
offsets = admin.list_consumer_group_offsets(group)
emit("committed", offset=offsets[tp].offset if tp in offsets else None)
consumer.close(autocommit=False)
