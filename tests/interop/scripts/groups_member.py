"""One kafka-python group member as its own process: subscribes to a topic and polls
until it is killed, printing a JSON line each time its assignment changes. The
parent test kills it with SIGKILL to see the group recover without a LeaveGroup."""
import json
import sys

from kafka import KafkaConsumer

bootstrap, topic, group, client_id, session_ms = sys.argv[1:6]

consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id=group, client_id=client_id,
                         auto_offset_reset="earliest", enable_auto_commit=False,
                         session_timeout_ms=int(session_ms), heartbeat_interval_ms=300)
owned = None
while True:
    consumer.poll(timeout_ms=100)
    now = sorted(tp.partition for tp in consumer.assignment())
    if now != owned:
        owned = now
        print(json.dumps(dict(assigned=owned)), flush=True)
