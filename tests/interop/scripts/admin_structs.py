"""Request and response definitions, built on kafka-python's own protocol classes, for
admin APIs and versions that kafka-python 2.0.2 does not ship: IncrementalAlterConfigs,
DeleteRecords, DescribeLogDirs, DescribeConfigs v3, and the flexible (KIP-482)
CreateTopics v7, DeleteTopics v6, DescribeLogDirs v4 and DescribeCluster v1.

kafka-python 2.0.2 writes request header v1 and reads response header v0. A flexible API
uses header v2 / v1, which only add an empty tagged-field section after the client id /
the correlation id; the flexible classes below carry that section as their first field,
which puts the same bytes on the wire.
"""

from kafka.protocol.abstract import AbstractType
from kafka.protocol.api import Request, Response
from kafka.protocol.types import Array, Boolean, Int8, Int16, Int32, Int64, Schema, String


class UnsignedVarInt(AbstractType):
    @classmethod
    def encode(cls, value):
        out = bytearray()
        while value >= 0x80:
            out.append((value & 0x7F) | 0x80)
            value >>= 7
        out.append(value)
        return bytes(out)

    @classmethod
    def decode(cls, data):
        value, shift = 0, 0
        while True:
            byte = data.read(1)
            if not byte:
                raise ValueError('Buffer underrun decoding varint')
            value |= (byte[0] & 0x7F) << shift
            if not byte[0] & 0x80:
                return value
            shift += 7


class CompactString(AbstractType):
    """Length + 1 as an unsigned varint; 0 means null."""

    @classmethod
    def encode(cls, value):
        if value is None:
            return UnsignedVarInt.encode(0)
        raw = str(value).encode('utf-8')
        return UnsignedVarInt.encode(len(raw) + 1) + raw

    @classmethod
    def decode(cls, data):
        length = UnsignedVarInt.decode(data) - 1
        if length < 0:
            return None
        raw = data.read(length)
        if len(raw) != length:
            raise ValueError('Buffer underrun decoding compact string')
        return raw.decode('utf-8')


class TaggedFields(AbstractType):
    """Writes an empty tagged-field section; reads and skips any tags."""

    @classmethod
    def encode(cls, value):
        return UnsignedVarInt.encode(0)

    @classmethod
    def decode(cls, data):
        for _ in range(UnsignedVarInt.decode(data)):
            UnsignedVarInt.decode(data)
            data.read(UnsignedVarInt.decode(data))
        return None


class Uuid(AbstractType):
    @classmethod
    def encode(cls, value):
        return value or bytes(16)

    @classmethod
    def decode(cls, data):
        return data.read(16).hex()


class CompactArray(Array):
    """Element count + 1 as an unsigned varint; 0 means null."""

    def encode(self, items):
        if items is None:
            return UnsignedVarInt.encode(0)
        return b''.join([UnsignedVarInt.encode(len(items) + 1)] + [self.array_of.encode(i) for i in items])

    def decode(self, data):
        length = UnsignedVarInt.decode(data) - 1
        if length < 0:
            return None
        return [self.array_of.decode(data) for _ in range(length)]


# ---- IncrementalAlterConfigs v0 (api key 44) ----

class IncrementalAlterConfigsResponse_v0(Response):
    API_KEY = 44
    API_VERSION = 0
    SCHEMA = Schema(
        ('throttle_time_ms', Int32),
        ('resources', Array(
            ('error_code', Int16),
            ('error_message', String('utf-8')),
            ('resource_type', Int8),
            ('resource_name', String('utf-8')))))


class IncrementalAlterConfigsRequest_v0(Request):
    API_KEY = 44
    API_VERSION = 0
    RESPONSE_TYPE = IncrementalAlterConfigsResponse_v0
    SCHEMA = Schema(
        ('resources', Array(
            ('resource_type', Int8),
            ('resource_name', String('utf-8')),
            ('configs', Array(
                ('name', String('utf-8')),
                ('config_operation', Int8),
                ('value', String('utf-8')))))),
        ('validate_only', Boolean))


# ---- DeleteRecords v1 (api key 21) ----

class DeleteRecordsResponse_v1(Response):
    API_KEY = 21
    API_VERSION = 1
    SCHEMA = Schema(
        ('throttle_time_ms', Int32),
        ('topics', Array(
            ('name', String('utf-8')),
            ('partitions', Array(
                ('partition_index', Int32),
                ('low_watermark', Int64),
                ('error_code', Int16))))))


class DeleteRecordsRequest_v1(Request):
    API_KEY = 21
    API_VERSION = 1
    RESPONSE_TYPE = DeleteRecordsResponse_v1
    SCHEMA = Schema(
        ('topics', Array(
            ('name', String('utf-8')),
            ('partitions', Array(
                ('partition_index', Int32),
                ('offset', Int64))))),
        ('timeout_ms', Int32))


# ---- DescribeLogDirs v1 (api key 35) ----

class DescribeLogDirsResponse_v1(Response):
    API_KEY = 35
    API_VERSION = 1
    SCHEMA = Schema(
        ('throttle_time_ms', Int32),
        ('results', Array(
            ('error_code', Int16),
            ('log_dir', String('utf-8')),
            ('topics', Array(
                ('name', String('utf-8')),
                ('partitions', Array(
                    ('partition_index', Int32),
                    ('partition_size', Int64),
                    ('offset_lag', Int64),
                    ('is_future_key', Boolean))))))))


class DescribeLogDirsRequest_v1(Request):
    API_KEY = 35
    API_VERSION = 1
    RESPONSE_TYPE = DescribeLogDirsResponse_v1
    SCHEMA = Schema(
        ('topics', Array(
            ('topic', String('utf-8')),
            ('partitions', Array(Int32)))))


# ---- DescribeConfigs v3 (api key 32): config types and documentation ----

class DescribeConfigsResponse_v3(Response):
    API_KEY = 32
    API_VERSION = 3
    SCHEMA = Schema(
        ('throttle_time_ms', Int32),
        ('results', Array(
            ('error_code', Int16),
            ('error_message', String('utf-8')),
            ('resource_type', Int8),
            ('resource_name', String('utf-8')),
            ('configs', Array(
                ('name', String('utf-8')),
                ('value', String('utf-8')),
                ('read_only', Boolean),
                ('config_source', Int8),
                ('is_sensitive', Boolean),
                ('synonyms', Array(
                    ('name', String('utf-8')),
                    ('value', String('utf-8')),
                    ('source', Int8))),
                ('config_type', Int8),
                ('documentation', String('utf-8')))))))


class DescribeConfigsRequest_v3(Request):
    API_KEY = 32
    API_VERSION = 3
    RESPONSE_TYPE = DescribeConfigsResponse_v3
    SCHEMA = Schema(
        ('resources', Array(
            ('resource_type', Int8),
            ('resource_name', String('utf-8')),
            ('configuration_keys', Array(String('utf-8'))))),
        ('include_synonyms', Boolean),
        ('include_documentation', Boolean))


# ---- CreateTopics v7 (api key 19, flexible) ----

class CreateTopicsResponse_v7(Response):
    API_KEY = 19
    API_VERSION = 7
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('throttle_time_ms', Int32),
        ('topics', CompactArray(
            ('name', CompactString),
            ('topic_id', Uuid),
            ('error_code', Int16),
            ('error_message', CompactString),
            ('num_partitions', Int32),
            ('replication_factor', Int16),
            ('configs', CompactArray(
                ('name', CompactString),
                ('value', CompactString),
                ('read_only', Boolean),
                ('config_source', Int8),
                ('is_sensitive', Boolean),
                ('tags', TaggedFields))),
            ('tags', TaggedFields))),
        ('tags', TaggedFields))


class CreateTopicsRequest_v7(Request):
    API_KEY = 19
    API_VERSION = 7
    RESPONSE_TYPE = CreateTopicsResponse_v7
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('topics', CompactArray(
            ('name', CompactString),
            ('num_partitions', Int32),
            ('replication_factor', Int16),
            ('assignments', CompactArray(
                ('partition_index', Int32),
                ('broker_ids', CompactArray(Int32)),
                ('tags', TaggedFields))),
            ('configs', CompactArray(
                ('name', CompactString),
                ('value', CompactString),
                ('tags', TaggedFields))),
            ('tags', TaggedFields))),
        ('timeout_ms', Int32),
        ('validate_only', Boolean),
        ('tags', TaggedFields))


# ---- DescribeCluster v1 (api key 60, flexible) ----

class DescribeClusterResponse_v1(Response):
    API_KEY = 60
    API_VERSION = 1
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('throttle_time_ms', Int32),
        ('error_code', Int16),
        ('error_message', CompactString),
        ('endpoint_type', Int8),
        ('cluster_id', CompactString),
        ('controller_id', Int32),
        ('brokers', CompactArray(
            ('broker_id', Int32),
            ('host', CompactString),
            ('port', Int32),
            ('rack', CompactString),
            ('tags', TaggedFields))),
        ('cluster_authorized_operations', Int32),
        ('tags', TaggedFields))


class DescribeClusterRequest_v1(Request):
    API_KEY = 60
    API_VERSION = 1
    RESPONSE_TYPE = DescribeClusterResponse_v1
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('include_cluster_authorized_operations', Boolean),
        ('endpoint_type', Int8),
        ('tags', TaggedFields))


# ---- DeleteTopics v6 (api key 20, flexible): by name or by topic id ----

class DeleteTopicsResponse_v6(Response):
    API_KEY = 20
    API_VERSION = 6
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('throttle_time_ms', Int32),
        ('responses', CompactArray(
            ('name', CompactString),
            ('topic_id', Uuid),
            ('error_code', Int16),
            ('error_message', CompactString),
            ('tags', TaggedFields))),
        ('tags', TaggedFields))


class DeleteTopicsRequest_v6(Request):
    API_KEY = 20
    API_VERSION = 6
    RESPONSE_TYPE = DeleteTopicsResponse_v6
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('topics', CompactArray(
            ('name', CompactString),
            ('topic_id', Uuid),
            ('tags', TaggedFields))),
        ('timeout_ms', Int32),
        ('tags', TaggedFields))


# ---- DescribeLogDirs v4 (api key 35, flexible): adds the file system's sizes ----

class DescribeLogDirsResponse_v4(Response):
    API_KEY = 35
    API_VERSION = 4
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('throttle_time_ms', Int32),
        ('error_code', Int16),
        ('results', CompactArray(
            ('error_code', Int16),
            ('log_dir', CompactString),
            ('topics', CompactArray(
                ('name', CompactString),
                ('partitions', CompactArray(
                    ('partition_index', Int32),
                    ('partition_size', Int64),
                    ('offset_lag', Int64),
                    ('is_future_key', Boolean),
                    ('tags', TaggedFields))),
                ('tags', TaggedFields))),
            ('total_bytes', Int64),
            ('usable_bytes', Int64),
            ('tags', TaggedFields))),
        ('tags', TaggedFields))


class DescribeLogDirsRequest_v4(Request):
    API_KEY = 35
    API_VERSION = 4
    RESPONSE_TYPE = DescribeLogDirsResponse_v4
    SCHEMA = Schema(
        ('header_tags', TaggedFields),
        ('topics', CompactArray(
            ('topic', CompactString),
            ('partitions', CompactArray(Int32)),
            ('tags', TaggedFields))),
        ('tags', TaggedFields))
