#!/usr/bin/env python3
"""Lists the frames of a capture file, one line each.

Usage: dump_capture.py FILE [--hex]

Prints the connection, direction, api key and version (responses are matched to their
request by correlation id), correlation id, client id and frame size; --hex adds the
frame bytes. The file format is described in tests/data/captures/README.md.
"""

import argparse
import struct
import sys

MAGIC = b"SAMSACAP"
API_NAMES = {0: "Produce", 1: "Fetch", 2: "ListOffsets", 3: "Metadata", 8: "OffsetCommit",
             9: "OffsetFetch", 10: "FindCoordinator", 11: "JoinGroup", 12: "Heartbeat",
             13: "LeaveGroup", 14: "SyncGroup", 15: "DescribeGroups", 16: "ListGroups",
             17: "SaslHandshake", 18: "ApiVersions", 19: "CreateTopics", 20: "DeleteTopics",
             22: "InitProducerId", 32: "DescribeConfigs", 60: "DescribeCluster"}


def read_capture(data):
    if data[:8] != MAGIC:
        raise ValueError("not a capture file")
    version, length = struct.unpack_from(">HH", data, 8)
    if version != 1:
        raise ValueError(f"unsupported capture format {version}")
    description = data[12:12 + length].decode("utf-8")
    pos = 12 + length
    frames = []
    while pos < len(data):
        direction, connection, size = struct.unpack_from(">BII", data, pos)
        pos += 9
        frames.append((direction, connection, data[pos:pos + size]))
        pos += size
    return description, frames


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--hex", action="store_true")
    args = parser.parse_args()
    with open(args.file, "rb") as f:
        description, frames = read_capture(f.read())
    print(f"# {description}: {len(frames)} frames")
    pending = {}  # (connection, correlation id) -> (api key, version)
    for direction, connection, frame in frames:
        if direction == 0:
            key, version, correlation = struct.unpack_from(">hhi", frame, 0)
            (id_length,) = struct.unpack_from(">h", frame, 8)
            client = frame[10:10 + id_length].decode("utf-8", "replace") if id_length >= 0 else "(null)"
            pending[(connection, correlation)] = (key, version)
            arrow = "->"
        else:
            (correlation,) = struct.unpack_from(">i", frame, 0)
            key, version = pending.pop((connection, correlation), (-1, -1))
            client = ""
            arrow = "<-"
        name = API_NAMES.get(key, f"api{key}")
        print(f"conn {connection:3} {arrow} {name} v{version} corr {correlation} {client} {len(frame)} bytes")
        if args.hex:
            print("   ", frame.hex())
    return 0


if __name__ == "__main__":
    sys.exit(main())
