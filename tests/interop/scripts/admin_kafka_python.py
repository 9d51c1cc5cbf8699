"""Drives the broker's admin APIs with kafka-python and prints one JSON object per line:
{"check": <name>, ...observed values}. The C++ test compares them with what Kafka
answers. A check that raises prints {"check": <name>, "exception": ...} instead, so one
failure never hides the others.

Usage: admin_kafka_python.py <bootstrap servers>
"""

import json
import os
import sys
import traceback

from kafka import KafkaProducer
from kafka.admin import ConfigResource, ConfigResourceType, KafkaAdminClient, NewPartitions, NewTopic
from kafka.errors import KafkaError
from kafka.protocol.admin import (CreatePartitionsRequest, CreateTopicsRequest, DeleteTopicsRequest,
                                  DescribeConfigsRequest)

import admin_structs as structs

TOPIC, BROKER = ConfigResourceType.TOPIC, ConfigResourceType.BROKER
SET, DELETE, APPEND, SUBTRACT = 0, 1, 2, 3

CONFIGURED = 'admin-configs'   # created with overrides, then altered and grown
DEFAULTS = 'admin-defaults'    # created with -1/-1, deleted at the end
RECORDS = 'admin-records'      # holds records for DeleteRecords and DescribeLogDirs


def emit(check, **fields):
    print(json.dumps(dict(check=check, **fields)), flush=True)


def send(admin, request):
    """Sends a request through kafka-python's connection to the (only) broker."""
    future = admin._send_request_to_node(node_id(admin), request)
    admin._wait_for_futures([future])
    return future.value


def node_id(admin):
    return next(iter(admin._client.cluster.brokers())).nodeId


def error_of(call):
    """The error code a KafkaAdminClient call raised, 0 when it succeeded."""
    try:
        call()
        return 0
    except KafkaError as e:
        return e.errno


def topic_configs(admin, name, keys=None):
    """{config name: entry} for a topic, from DescribeConfigs with synonyms."""
    configs = dict.fromkeys(keys) if keys else None
    response = admin.describe_configs([ConfigResource(TOPIC, name, configs)], include_synonyms=True)[0]
    error, message, _, _, entries = response.resources[0]
    out = {}
    for entry_name, value, read_only, source, sensitive, synonyms in entries:
        out[entry_name] = dict(value=value, read_only=read_only, source=source, sensitive=sensitive,
                               synonyms=[[n, v, s] for n, v, s in synonyms])
    return error, message, out


def entry(configs, name):
    e = configs.get(name) or {}
    return dict(value=e.get('value'), source=e.get('source'), read_only=e.get('read_only'))


def partition_count(admin, name):
    return len(admin.describe_topics([name])[0]['partitions'])


# ---- CreateTopics ----

def check_create(admin):
    response = admin.create_topics([NewTopic(CONFIGURED, 3, 1, topic_configs={
        'cleanup.policy': 'compact', 'retention.ms': '3600000', 'max.message.bytes': '2000000'})])
    _, code, message = response.topic_errors[0]
    emit('create_with_configs', code=code, message=message, partitions=partition_count(admin, CONFIGURED))

    name = 'admin-validate-only'
    response = admin.create_topics([NewTopic(name, 2, 1)], validate_only=True)
    emit('create_validate_only', code=response.topic_errors[0][1], exists=name in admin.list_topics())

    # kafka-python only lets -1/-1 (the broker's defaults, KIP-464) through with an
    # assignment map, which may be empty.
    response = admin.create_topics([NewTopic(DEFAULTS, -1, -1, replica_assignments={})])
    described = admin.describe_topics([DEFAULTS])[0]
    emit('create_defaults', code=response.topic_errors[0][1], partitions=len(described['partitions']),
         replicas=len(described['partitions'][0]['replicas']))

    emit('create_exists_public', code=error_of(lambda: admin.create_topics([NewTopic(CONFIGURED, 1, 1)])))


def check_create_errors(admin):
    cases = {
        'exists': (CONFIGURED, 1, 1, {}),
        'too_long': ('t' * 250, 1, 1, {}),
        'max_length': ('m' * 249, 1, 1, {}),
        'bad_chars': ('bad topic!', 1, 1, {}),
        'dot': ('.', 1, 1, {}),
        'dotdot': ('..', 1, 1, {}),
        'zero_partitions': ('admin-zero', 0, 1, {}),
        'negative_partitions': ('admin-negative', -5, 1, {}),
        'replication_factor': ('admin-rf3', 1, 3, {}),
        'bad_config_value': ('admin-bad-value', 1, 1, {'retention.ms': 'forever'}),
        'unknown_config': ('admin-unknown-key', 1, 1, {'no.such.config': '1'}),
    }
    request = CreateTopicsRequest[3](
        create_topic_requests=[(name, n, rf, [], list(configs.items())) for name, n, rf, configs in cases.values()],
        timeout=10000, validate_only=True)
    results = {topic: (code, message) for topic, code, message in send(admin, request).topic_errors}
    for label, (name, _, _, _) in cases.items():
        code, message = results.get(name, (None, None))
        emit('create_error_' + label, code=code, message=message)


def check_create_v7(admin):
    topic = ('admin-v7', -1, -1, [], [('retention.ms', '1000', None)], None)
    for label, validate_only in (('create_v7_validate_only', True), ('create_v7', False)):
        response = send(admin, structs.CreateTopicsRequest_v7(topics=[topic], timeout_ms=10000,
                                                               validate_only=validate_only))
        name, topic_id, code, message, partitions, rf, configs, _ = response.topics[0]
        by_name = {c[0]: dict(value=c[1], read_only=c[2], source=c[3]) for c in configs or []}
        emit(label, code=code, message=message, partitions=partitions, replication_factor=rf,
             topic_id_zero=topic_id == '0' * 32, config_count=len(by_name),
             retention_ms=by_name.get('retention.ms'), segment_bytes=by_name.get('segment.bytes'),
             exists=name in admin.list_topics())


# ---- DescribeConfigs ----

def check_describe(admin):
    error, message, configs = topic_configs(admin, CONFIGURED)
    emit('describe_topic', code=error, count=len(configs), retention_ms=entry(configs, 'retention.ms'),
         retention_synonyms=configs['retention.ms']['synonyms'], cleanup_policy=entry(configs, 'cleanup.policy'),
         segment_bytes=entry(configs, 'segment.bytes'), segment_synonyms=configs['segment.bytes']['synonyms'])

    _, _, configs = topic_configs(admin, CONFIGURED, ['retention.ms', 'segment.ms'])
    emit('describe_topic_filtered', names=sorted(configs))

    error, message, configs = topic_configs(admin, 'admin-missing')
    emit('describe_missing_topic', code=error, message=message, count=len(configs))

    node = node_id(admin)
    response = admin.describe_configs([ConfigResource(BROKER, str(node))], include_synonyms=True)[0]
    error, _, _, _, entries = response.resources[0]
    configs = {e[0]: dict(value=e[1], read_only=e[2], source=e[3]) for e in entries}
    emit('describe_broker', code=error, num_partitions=configs.get('num.partitions'),
         log_dirs=configs.get('log.dirs'), count=len(configs))

    for label, name in (('describe_broker_default', ''), ('describe_broker_other', str(node + 1)),
                        ('describe_broker_not_a_number', 'broker-one')):
        response = send(admin, DescribeConfigsRequest[2](resources=[(BROKER, name, None)], include_synonyms=False))
        error, message, _, _, entries = response.resources[0]
        emit(label, code=error, message=message, count=len(entries))

    response = send(admin, structs.DescribeConfigsRequest_v3(
        resources=[(TOPIC, CONFIGURED, ['retention.ms', 'segment.bytes', 'cleanup.policy'])],
        include_synonyms=False, include_documentation=True))
    error, _, _, _, entries = response.results[0]
    emit('describe_v3', code=error,
         types={e[0]: e[6] for e in entries}, documented=all(bool(e[7]) for e in entries),
         synonyms=sum(len(e[5]) for e in entries))


# ---- AlterConfigs (replaces every override) ----

def alter(admin, resource_type, name, configs):
    response = admin.alter_configs([ConfigResource(resource_type, name, configs)])
    code, message, _, _ = response.resources[0]
    return code, message


def check_alter(admin):
    code, message = alter(admin, TOPIC, CONFIGURED, {'retention.ms': '7200000'})
    _, _, configs = topic_configs(admin, CONFIGURED)
    emit('alter_replace', code=code, message=message, retention_ms=entry(configs, 'retention.ms'),
         cleanup_policy=entry(configs, 'cleanup.policy'), max_message_bytes=entry(configs, 'max.message.bytes'))

    for label, configs in (('alter_bad_value', {'retention.ms': 'forever'}),
                           ('alter_unknown_key', {'no.such.config': '1'})):
        code, message = alter(admin, TOPIC, CONFIGURED, configs)
        emit(label, code=code, message=message)

    code, message = alter(admin, TOPIC, 'admin-missing', {'retention.ms': '1000'})
    emit('alter_missing_topic', code=code, message=message)

    code, message = alter(admin, BROKER, str(node_id(admin)), {'log.dirs': '/nonexistent'})
    emit('alter_broker_static', code=code, message=message)


# ---- IncrementalAlterConfigs (kafka-python 2.0.2 has no call for it) ----

def incremental(admin, name, ops, validate_only=False):
    request = structs.IncrementalAlterConfigsRequest_v0(
        resources=[(TOPIC, name, ops)], validate_only=validate_only)
    code, message, _, _ = send(admin, request).resources[0]
    return code, message


def check_incremental(admin):
    code, message = incremental(admin, CONFIGURED, [('retention.ms', SET, '60000'),
                                                    ('cleanup.policy', APPEND, 'compact')])
    _, _, configs = topic_configs(admin, CONFIGURED)
    emit('incremental_set_append', code=code, message=message, retention_ms=entry(configs, 'retention.ms'),
         cleanup_policy=entry(configs, 'cleanup.policy'), max_message_bytes=entry(configs, 'max.message.bytes'))

    code, message = incremental(admin, CONFIGURED, [('cleanup.policy', SUBTRACT, 'delete'),
                                                    ('retention.ms', DELETE, None)])
    _, _, configs = topic_configs(admin, CONFIGURED)
    emit('incremental_subtract_delete', code=code, message=message, retention_ms=entry(configs, 'retention.ms'),
         cleanup_policy=entry(configs, 'cleanup.policy'))

    code, message = incremental(admin, CONFIGURED, [('segment.ms', SET, '1000')], validate_only=True)
    _, _, configs = topic_configs(admin, CONFIGURED)
    emit('incremental_validate_only', code=code, segment_ms=entry(configs, 'segment.ms'))

    for label, ops in (('incremental_append_not_list', [('retention.ms', APPEND, '5')]),
                       ('incremental_bad_value', [('retention.ms', SET, 'soon')]),
                       ('incremental_unknown_key', [('no.such.config', SET, '1')])):
        code, message = incremental(admin, CONFIGURED, ops)
        emit(label, code=code, message=message)

    code, message = incremental(admin, 'admin-missing', [('retention.ms', SET, '1000')])
    emit('incremental_missing_topic', code=code, message=message)


# ---- CreatePartitions ----

def check_partitions(admin):
    before = partition_count(admin, CONFIGURED)
    code = error_of(lambda: admin.create_partitions({CONFIGURED: NewPartitions(6)}))
    emit('create_partitions', code=code, before=before, after=partition_count(admin, CONFIGURED))

    code = error_of(lambda: admin.create_partitions({CONFIGURED: NewPartitions(8)}, validate_only=True))
    emit('create_partitions_validate_only', code=code, after=partition_count(admin, CONFIGURED))

    # Through the protocol layer too, to see each topic's message.
    cases = {'shrink': (CONFIGURED, 2), 'same': (DEFAULTS, partition_count(admin, DEFAULTS)),
             'missing': ('admin-missing', 4)}
    request = CreatePartitionsRequest[1](
        topic_partitions=[(name, (count, None)) for name, count in cases.values()], timeout=10000,
        validate_only=False)
    results = {topic: (code, message) for topic, code, message in send(admin, request).topic_errors}
    for label, (name, _) in cases.items():
        code, message = results.get(name, (None, None))
        emit('create_partitions_' + label, code=code, message=message)
    emit('create_partitions_shrink_public',
         code=error_of(lambda: admin.create_partitions({CONFIGURED: NewPartitions(2)})))


# ---- DeleteRecords and DescribeLogDirs ----

def check_records(admin, bootstrap):
    admin.create_topics([NewTopic(RECORDS, 1, 1)])
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks=1, linger_ms=0)
    for i in range(5):
        producer.send(RECORDS, value=b'record-%d' % i, partition=0).get(timeout=30)
        producer.flush()
    producer.close()

    def delete(offset, partition=0, topic=RECORDS):
        request = structs.DeleteRecordsRequest_v1(topics=[(topic, [(partition, offset)])], timeout_ms=10000)
        _, partitions = send(admin, request).topics[0]
        _, low_watermark, code = partitions[0]
        return dict(code=code, low_watermark=low_watermark)

    def log_dirs(topics):
        dirs = []
        for code, log_dir, described in send(admin, structs.DescribeLogDirsRequest_v1(topics=topics)).results:
            partitions = {'%s-%d' % (name, p[0]): dict(size=p[1], lag=p[2], future=p[3])
                          for name, parts in described for p in parts}
            dirs.append(dict(code=code, log_dir=log_dir, partitions=partitions))
        return dirs

    emit('describe_log_dirs', dirs=log_dirs(None))

    emit('delete_records_before_2', **delete(2))
    emit('delete_records_high_watermark', **delete(-1))
    emit('delete_records_beyond', **delete(100))
    emit('delete_records_missing_partition', **delete(0, partition=7))

    # Deleting up to the high watermark leaves no records, so no bytes, behind.
    emit('describe_log_dirs_filtered', dirs=log_dirs([(RECORDS, [0])]))

    response = send(admin, structs.DescribeLogDirsRequest_v4(topics=[(RECORDS, [0], None)]))
    code, log_dir, topics, total, usable, _ = response.results[0]
    fs = os.statvfs(log_dir)
    emit('describe_log_dirs_v4', code=response.error_code, dir_code=code, total=total, usable=usable,
         statvfs_total=fs.f_blocks * fs.f_frsize, topics=[name for name, _, _ in topics])


# ---- DescribeCluster ----

def check_cluster(admin):
    response = send(admin, structs.DescribeClusterRequest_v1(include_cluster_authorized_operations=True,
                                                             endpoint_type=1))
    emit('describe_cluster', code=response.error_code, message=response.error_message,
         endpoint_type=response.endpoint_type, cluster_id=response.cluster_id,
         controller_id=response.controller_id, node_id=node_id(admin),
         brokers=[[b[0], b[1], b[2]] for b in response.brokers],
         operations=response.cluster_authorized_operations)
    response = send(admin, structs.DescribeClusterRequest_v1(include_cluster_authorized_operations=False,
                                                             endpoint_type=2))
    emit('describe_cluster_controllers', code=response.error_code, message=response.error_message)


# ---- Versions advertised for old clients but below what the broker serves ----

def check_unsupported(admin):
    response = send(admin, CreateTopicsRequest[1](create_topic_requests=[('admin-old', 1, 1, [], [])],
                                                  timeout=10000, validate_only=False))
    _, code, message = response.topic_errors[0]
    emit('unsupported_create_v1', code=code, message=message, exists='admin-old' in admin.list_topics())

    response = send(admin, DeleteTopicsRequest[0](topics=[CONFIGURED], timeout=10000))
    emit('unsupported_delete_v0', code=response.topic_error_codes[0][1],
         exists=CONFIGURED in admin.list_topics())

    response = send(admin, DescribeConfigsRequest[0](resources=[(TOPIC, CONFIGURED, None)]))
    code, message, _, _, entries = response.resources[0]
    emit('unsupported_describe_configs_v0', code=code, message=message, count=len(entries))


# ---- DeleteTopics ----

def check_delete(admin):
    code = error_of(lambda: admin.delete_topics([DEFAULTS]))
    emit('delete_topic', code=code, exists=DEFAULTS in admin.list_topics())
    emit('delete_missing', code=error_of(lambda: admin.delete_topics(['admin-missing'])))

    # v6 names topics by id as well.
    name = 'admin-by-id'
    created = send(admin, structs.CreateTopicsRequest_v7(topics=[(name, 1, 1, [], [], None)], timeout_ms=10000,
                                                          validate_only=False)).topics[0]
    topic_id = bytes.fromhex(created[1])
    unknown_id = bytes(range(1, 17))
    response = send(admin, structs.DeleteTopicsRequest_v6(topics=[
        (None, topic_id, None), (None, unknown_id, None), ('admin-configs', topic_id, None)], timeout_ms=10000))
    results = [dict(name=r[0], id_matches=r[1] == topic_id.hex(), code=r[2], message=r[3]) for r in response.responses]
    emit('delete_by_id', results=results, exists=name in admin.list_topics())


def main():
    bootstrap = sys.argv[1]
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id='samsa-admin-interop',
                             request_timeout_ms=30000)
    checks = [check_create, check_create_errors, check_create_v7, check_describe, check_alter,
              check_incremental, check_partitions, lambda a: check_records(a, bootstrap), check_cluster,
              check_unsupported, check_delete]
    for check in checks:
        try:
            check(admin)
        except Exception as e:  # report and go on: the C++ side names what is missing
            emit('exception', where=getattr(check, '__name__', 'check'), error=repr(e),
                 trace=traceback.format_exc())
    admin.close()


if __name__ == '__main__':
    main()
