#include "protocol/messages/api_table.h"

#include <algorithm>
#include <array>

#include "protocol/messages/api_schemas.h"

namespace samsa::protocol::messages {

namespace {

constexpr ApiInfo api(int16_t key, std::string_view name, int16_t servedMin, int16_t servedMax) {
    // Advertising from v0 costs nothing (clients pick the highest common version) and
    // keeps clients working that insist on seeing low versions listed.
    return ApiInfo{key, name, {servedMin, servedMax}, {0, servedMax}};
}

constexpr std::array kApis{
    api(0, "Produce", 3, 9),
    api(1, "Fetch", 4, 12),
    api(2, "ListOffsets", 1, 7),
    api(3, "Metadata", 0, 12),
    api(8, "OffsetCommit", 2, 9),
    api(9, "OffsetFetch", 1, 9),
    api(10, "FindCoordinator", 0, 4),
    api(11, "JoinGroup", 0, 9),
    api(12, "Heartbeat", 0, 4),
    api(13, "LeaveGroup", 0, 5),
    api(14, "SyncGroup", 0, 5),
    api(15, "DescribeGroups", 0, 5),
    api(16, "ListGroups", 0, 4),
    api(17, "SaslHandshake", 0, 1),
    api(18, "ApiVersions", 0, 4),
    api(19, "CreateTopics", 2, 7),
    api(20, "DeleteTopics", 1, 6),
    api(21, "DeleteRecords", 0, 2),
    api(22, "InitProducerId", 0, 4),
    api(23, "OffsetForLeaderEpoch", 2, 4),
    api(24, "AddPartitionsToTxn", 0, 3),
    api(25, "AddOffsetsToTxn", 0, 3),
    api(26, "EndTxn", 0, 3),
    api(27, "WriteTxnMarkers", 1, 1),
    api(28, "TxnOffsetCommit", 0, 3),
    api(29, "DescribeAcls", 1, 3),
    api(30, "CreateAcls", 1, 3),
    api(31, "DeleteAcls", 1, 3),
    api(32, "DescribeConfigs", 1, 4),
    api(33, "AlterConfigs", 0, 2),
    api(35, "DescribeLogDirs", 1, 4),
    api(36, "SaslAuthenticate", 0, 2),
    api(37, "CreatePartitions", 0, 3),
    api(42, "DeleteGroups", 0, 2),
    api(43, "ElectLeaders", 0, 2),
    api(44, "IncrementalAlterConfigs", 0, 1),
    api(45, "AlterPartitionReassignments", 0, 0),
    api(46, "ListPartitionReassignments", 0, 0),
    api(47, "OffsetDelete", 0, 0),
    api(60, "DescribeCluster", 0, 1),
    api(61, "DescribeProducers", 0, 0),
    api(65, "DescribeTransactions", 0, 0),
    api(66, "ListTransactions", 0, 1),
};

// Every row must name an API the schema defines, within the versions its codecs handle.
constexpr bool consistentWithSchema() {
    for (size_t i = 0; i < kApis.size(); ++i) {
        const ApiInfo& a = kApis[i];
        if (i > 0 && kApis[i - 1].key >= a.key) return false;
        if (a.served.min > a.served.max || a.advertised.min > a.served.min ||
            a.advertised.max != a.served.max)
            return false;
        // Searched by value rather than through findApiSchema: sanitizer builds refuse
        // pointer comparisons in constant expressions.
        bool known = false;
        for (const ApiSchema& s : kApiSchemas) {
            if (s.apiKey != a.key) continue;
            known = s.name == a.name && a.advertised.min >= s.minVersion && a.served.max <= s.maxVersion;
        }
        if (!known) return false;
    }
    return true;
}
static_assert(consistentWithSchema(), "api table disagrees with the message schema");

} // namespace

const ApiInfo* findApi(int16_t key) {
    auto it = std::lower_bound(kApis.begin(), kApis.end(), key,
                               [](const ApiInfo& a, int16_t k) { return a.key < k; });
    return it != kApis.end() && it->key == key ? &*it : nullptr;
}

std::span<const ApiInfo> allApis() { return kApis; }

bool isServed(int16_t key, int16_t version) {
    const ApiInfo* api = findApi(key);
    return api && api->served.contains(version);
}

} // namespace samsa::protocol::messages
