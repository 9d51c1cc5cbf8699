#include <array>

#include "server/dispatcher.h"
#include "server/handlers/handlers.h"

namespace samsa::server {

namespace {
struct Entry {
    int16_t key;
    Handler handler;
};

constexpr Entry kHandlers[] = {
    {0, handlers::produce},
    {1, handlers::fetch},
    {2, handlers::listOffsets},
    {3, handlers::metadata},
    {8, handlers::offsetCommit},
    {9, handlers::offsetFetch},
    {10, handlers::findCoordinator},
    {11, handlers::joinGroup},
    {12, handlers::heartbeat},
    {13, handlers::leaveGroup},
    {14, handlers::syncGroup},
    {15, handlers::describeGroups},
    {16, handlers::listGroups},
    {18, handlers::apiVersions},
    {19, handlers::createTopics},
    {20, handlers::deleteTopics},
    {21, handlers::deleteRecords},
    {22, handlers::initProducerId},
    {24, handlers::addPartitionsToTxn},
    {25, handlers::addOffsetsToTxn},
    {26, handlers::endTxn},
    {27, handlers::writeTxnMarkers},
    {28, handlers::txnOffsetCommit},
    {32, handlers::describeConfigs},
    {33, handlers::alterConfigs},
    {35, handlers::describeLogDirs},
    {37, handlers::createPartitions},
    {42, handlers::deleteGroups},
    {44, handlers::incrementalAlterConfigs},
    {47, handlers::offsetDelete},
    {60, handlers::describeCluster},
    {61, handlers::describeProducers},
    {65, handlers::describeTransactions},
    {66, handlers::listTransactions},
};
} // namespace

Handler findHandler(int16_t apiKey) {
    for (const auto& e : kHandlers)
        if (e.key == apiKey) return e.handler;
    return nullptr;
}

} // namespace samsa::server
