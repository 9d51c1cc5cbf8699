#!/usr/bin/env python3
"""Convert Apache Kafka's JSON message definitions into Samsa's compact schema format.

Usage: import_kafka_schema.py SRC_DIR OUT_DIR

SRC_DIR holds Kafka's definitions, either flat or split into messages/ and internal/
sub-folders. Only the facts the code generator needs are carried over (names, types,
version ranges, tags, defaults); descriptions and comments are dropped. One .schema file
is written per API (request and response together) and one per other message. The
format is described in broker/protocol/schema/README.md.
"""

import json
import re
import sys
from pathlib import Path

# The APIs the project implements, by Kafka's request/response base name.
APIS = [
    "Produce", "Fetch", "ListOffsets", "Metadata", "OffsetCommit", "OffsetFetch",
    "FindCoordinator", "JoinGroup", "Heartbeat", "LeaveGroup", "SyncGroup",
    "DescribeGroups", "ListGroups", "SaslHandshake", "ApiVersions", "CreateTopics",
    "DeleteTopics", "DeleteRecords", "InitProducerId", "OffsetForLeaderEpoch",
    "AddPartitionsToTxn", "AddOffsetsToTxn", "EndTxn", "WriteTxnMarkers",
    "TxnOffsetCommit", "DescribeAcls", "CreateAcls", "DeleteAcls", "DescribeConfigs",
    "AlterConfigs", "DescribeLogDirs", "SaslAuthenticate", "CreatePartitions",
    "DeleteGroups", "ElectLeaders", "IncrementalAlterConfigs",
    "AlterPartitionReassignments", "ListPartitionReassignments", "OffsetDelete",
    "DescribeCluster", "DescribeProducers", "DescribeTransactions", "ListTransactions",
]

# Messages that are not an API's request or response: frame headers, the consumer
# protocol's embedded payloads and the records of the internal topics.
STANDALONE = [
    "RequestHeader", "ResponseHeader",
    "ConsumerProtocolSubscription", "ConsumerProtocolAssignment",
    "OffsetCommitKey", "OffsetCommitValue", "GroupMetadataKey", "GroupMetadataValue",
    "TransactionLogKey", "TransactionLogValue",
]

FIELD_KEYS = ("versions", "nullableVersions", "taggedVersions", "tag", "flexibleVersions",
              "default")


def strip_comments(text):
    """Drop // comments outside string literals so the rest parses as JSON."""
    out = []
    i, n = 0, len(text)
    in_string = False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
            i += 1
        elif c == '"':
            in_string = True
            out.append(c)
            i += 1
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def find_definition(src, name):
    for candidate in (src / f"{name}.json", src / "messages" / f"{name}.json",
                      src / "internal" / f"{name}.json"):
        if candidate.is_file():
            return json.loads(strip_comments(candidate.read_text(encoding="utf-8")))
    raise SystemExit(f"error: {name}.json not found under {src}")


def snake_case(name):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def format_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text in ("True", "False"):
        text = text.lower()
    if text == "" or re.search(r'[\s"#\\]', text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


def emit_fields(fields, depth, lines):
    for field in fields:
        attrs = dict(field)
        if "versions" not in attrs:
            # Kafka lets a tagged-only field leave out versions: it exists where tagged.
            if "taggedVersions" not in attrs:
                raise SystemExit(f"error: field {field['name']} has no versions")
            attrs["versions"] = attrs["taggedVersions"]
        parts = [field["name"], field["type"]]
        for key in FIELD_KEYS:
            if key in attrs:
                parts.append(f"{key}={format_value(attrs[key])}")
        lines.append("  " * depth + " ".join(parts))
        if "fields" in field:
            emit_fields(field["fields"], depth + 1, lines)


def emit_message(definition, lines):
    kind = definition["type"]
    head = [kind, definition["name"]]
    if "apiKey" in definition:
        head.append(f"apiKey={definition['apiKey']}")
    head.append(f"validVersions={definition['validVersions']}")
    head.append(f"flexibleVersions={definition.get('flexibleVersions', 'none')}")
    lines.append(" ".join(head))
    emit_fields(definition["fields"], 1, lines)
    for common in definition.get("commonStructs", []):
        lines.append(f"  struct {common['name']} versions={common.get('versions', '0+')}")
        emit_fields(common["fields"], 2, lines)


def write_schema(out, stem, title, definitions):
    lines = [f"# {title}", "# Facts taken from Apache Kafka's message definitions (Apache-2.0).", ""]
    for index, definition in enumerate(definitions):
        if index:
            lines.append("")
        emit_message(definition, lines)
    (out / f"{stem}.schema").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv):
    if len(argv) != 3:
        raise SystemExit(__doc__)
    src, out = Path(argv[1]), Path(argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for api in APIS:
        request = find_definition(src, f"{api}Request")
        response = find_definition(src, f"{api}Response")
        if request.get("apiKey") != response.get("apiKey"):
            raise SystemExit(f"error: {api} request and response disagree on apiKey")
        write_schema(out, snake_case(api), f"{api} (api key {request['apiKey']})",
                     [request, response])
    for name in STANDALONE:
        write_schema(out, snake_case(name), name, [find_definition(src, name)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
