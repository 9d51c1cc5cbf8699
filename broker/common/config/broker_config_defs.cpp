// Broker configs: Kafka's names, types, defaults and limits for what a single broker uses.
// Where Samsa's default differs from Kafka's, the comment says why.

#include "common/config/config_table.h"
#include "common/config/listener.h"

namespace samsa::config {

namespace {

using namespace table;

std::optional<std::string> checkListeners(const ConfigValue& value)
{
    const auto* s = std::get_if<std::string>(&value);
    if (!s)
        return std::nullopt;
    auto parsed = parseListeners(*s);
    if (!parsed)
        return parsed.error().message;
    return std::nullopt;
}

std::optional<std::string> checkProtocolMap(const ConfigValue& value)
{
    const auto* s = std::get_if<std::string>(&value);
    if (!s)
        return std::nullopt;
    auto parsed = parseSecurityProtocolMap(*s);
    if (!parsed)
        return parsed.error().message;
    return std::nullopt;
}

void addServerConfigs(std::vector<ConfigDef>& d)
{
    // Kafka's node.id has no default; a local single broker is node 1 unless told otherwise.
    d.push_back(define("node.id", Int, "1", High, atLeast(0), "Id of this broker in the cluster."));
    d.push_back(define("broker.id", Int, "-1", High, any(),
                       "Older name of node.id; when set without node.id it is used as the node id."));
    d.push_back(define("broker.rack", String, null, Medium, any(), "Rack (or zone) this broker runs in."));
    d.push_back(define("process.roles", List, "", High, oneOf({"broker", "controller"}),
                       "Roles this process plays; Samsa always acts as broker and controller of its own cluster.")
                    .markInformational());
    d.push_back(define("controller.quorum.voters", List, "", High, any(), "KRaft controller quorum (id@host:port).")
                    .markInformational());
    d.push_back(define("controller.quorum.bootstrap.servers", List, "", High, any(),
                       "KRaft controller endpoints to bootstrap from.")
                    .markInformational());
    d.push_back(define("metadata.log.dir", String, null, High, any(), "Directory for the KRaft metadata log.")
                    .markInformational());
    d.push_back(define("zookeeper.connect", String, null, High, any(), "ZooKeeper connection string (ZooKeeper mode).")
                    .markInformational());
    d.push_back(define("num.network.threads", Int, "3", High, atLeast(1), "Threads that serve network requests.")
                    .markInformational());
    d.push_back(define("num.io.threads", Int, "8", High, atLeast(1), "Threads that process requests.")
                    .markInformational());
    d.push_back(define("background.threads", Int, "10", High, atLeast(1), "Threads for background tasks.")
                    .markInformational());
    d.push_back(define("num.recovery.threads.per.data.dir", Int, "1", High, atLeast(1),
                       "Threads per log directory that recover logs at startup and flush them at shutdown."));
    d.push_back(define("num.replica.fetchers", Int, "1", High, any(), "Threads fetching from leaders on followers."));
    d.push_back(define("queued.max.requests", Int, "500", High, atLeast(1),
                       "Requests that may wait for processing before the network stops reading."));
    d.push_back(define("queued.max.request.bytes", Long, "-1", Medium, any(),
                       "Bytes of queued requests before the network stops reading; -1 means no limit."));
    d.push_back(define("auto.create.topics.enable", Boolean, "true", High, any(),
                       "Whether metadata requests for an unknown topic create it."));
    d.push_back(define("delete.topic.enable", Boolean, "true", High, any(), "Whether topics may be deleted."));
    d.push_back(define("auto.leader.rebalance.enable", Boolean, "true", High, any(),
                       "Whether leadership moves back to preferred replicas on its own."));
    d.push_back(define("leader.imbalance.per.broker.percentage", Int, "10", High, any(),
                       "Leader imbalance per broker that triggers a rebalance, in percent."));
    d.push_back(define("leader.imbalance.check.interval.seconds", Long, "300", High, atLeast(1),
                       "How often leader imbalance is checked."));
    d.push_back(define("num.partitions", Int, "1", Medium, atLeast(1), "Partitions of an auto-created topic."));
    d.push_back(define("default.replication.factor", Int, "1", Medium, any(),
                       "Replication factor of an auto-created topic."));
    d.push_back(define("message.max.bytes", Int, "1048588", High, atLeast(0),
                       "Largest record batch the broker accepts, after compression."));
    d.push_back(define("fetch.max.bytes", Int, "57671680", Medium, atLeast(1024),
                       "Largest response a fetch request may return."));
    d.push_back(define("max.incremental.fetch.session.cache.slots", Int, "1000", Medium, atLeast(0),
                       "Incremental fetch sessions the broker keeps."));
    d.push_back(define("fetch.purgatory.purge.interval.requests", Int, "1000", Medium, any(),
                       "Fetch requests between purges of the fetch purgatory."));
    d.push_back(define("producer.purgatory.purge.interval.requests", Int, "1000", Medium, any(),
                       "Produce requests between purges of the produce purgatory."));
    d.push_back(define("delete.records.purgatory.purge.interval.requests", Int, "1", Medium, any(),
                       "DeleteRecords requests between purges of their purgatory."));
}

void addSocketConfigs(std::vector<ConfigDef>& d)
{
    // Kafka listens on every interface by default; a desktop's bundled broker should not.
    d.push_back(define("listeners", String, "PLAINTEXT://127.0.0.1:9092", High, custom(checkListeners),
                       "Comma-separated NAME://host:port endpoints to listen on; an empty host means every "
                       "interface."));
    d.push_back(define("advertised.listeners", String, null, High, custom(checkListeners),
                       "Endpoints given to clients in metadata; defaults to the listeners."));
    d.push_back(define("listener.security.protocol.map", String,
                       "SASL_SSL:SASL_SSL,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT", Low,
                       custom(checkProtocolMap), "Security protocol of each listener name."));
    d.push_back(define("inter.broker.listener.name", String, null, Medium, any(),
                       "Listener that brokers use to reach each other."));
    d.push_back(define("security.inter.broker.protocol", String, "PLAINTEXT", Medium,
                       oneOf({"PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"}),
                       "Security protocol between brokers when no inter-broker listener name is set."));
    d.push_back(define("controller.listener.names", String, null, High, any(),
                       "Listener names used by the KRaft controller; they serve no client traffic."));
    d.push_back(define("socket.send.buffer.bytes", Int, "102400", High, any(),
                       "SO_SNDBUF of server sockets; -1 keeps the OS default."));
    d.push_back(define("socket.receive.buffer.bytes", Int, "102400", High, any(),
                       "SO_RCVBUF of server sockets; -1 keeps the OS default."));
    d.push_back(define("socket.request.max.bytes", Int, "104857600", High, atLeast(1),
                       "Largest request frame the broker reads."));
    d.push_back(define("socket.listen.backlog.size", Int, "50", Medium, atLeast(1),
                       "Pending connections the listen socket queues."));
    d.push_back(define("max.connections", Int, kIntMax, Medium, atLeast(0), "Connections the broker accepts in all."));
    d.push_back(define("max.connections.per.ip", Int, kIntMax, Medium, atLeast(0),
                       "Connections the broker accepts from one address."));
    d.push_back(define("max.connections.per.ip.overrides", String, "", Medium, any(),
                       "Per-address exceptions to max.connections.per.ip (host:count,...)."));
    d.push_back(define("max.connection.creation.rate", Int, kIntMax, Medium, atLeast(0),
                       "New connections per second the broker accepts."));
    d.push_back(define("connections.max.idle.ms", Long, "600000", Medium, any(),
                       "Idle time after which the broker closes a connection."));
}

void addLogConfigs(std::vector<ConfigDef>& d)
{
    // log.dir's default depends on the environment ($XDG_DATA_HOME); BrokerConfig supplies it.
    d.push_back(define("log.dir", String, null, High, any(), "Directory holding the log data, used when log.dirs is unset."));
    d.push_back(define("log.dirs", String, null, High, any(), "Comma-separated directories holding the log data."));
    d.push_back(define("log.segment.bytes", Int, "1073741824", High, atLeast(14), "Size of a single log segment."));
    d.push_back(define("log.roll.ms", Long, null, High, any(), "Age at which a segment is rolled; overrides log.roll.hours."));
    d.push_back(define("log.roll.hours", Int, "168", High, atLeast(1), "Age at which a segment is rolled, in hours."));
    d.push_back(define("log.roll.jitter.ms", Long, null, High, any(), "Jitter subtracted from the roll time."));
    d.push_back(define("log.roll.jitter.hours", Int, "0", High, atLeast(0), "Jitter subtracted from the roll time, in hours."));
    d.push_back(define("log.retention.ms", Long, null, High, any(),
                       "How long logs are kept; overrides the minutes and hours forms; -1 means no limit."));
    d.push_back(define("log.retention.minutes", Int, null, High, any(),
                       "How long logs are kept, in minutes; overrides log.retention.hours."));
    d.push_back(define("log.retention.hours", Int, "168", High, any(), "How long logs are kept, in hours."));
    d.push_back(define("log.retention.bytes", Long, "-1", High, any(), "Largest size of a partition's log; -1 means no limit."));
    d.push_back(define("log.retention.check.interval.ms", Long, "300000", Medium, atLeast(1),
                       "How often segments are checked for deletion."));
    d.push_back(define("log.cleanup.policy", List, "delete", Medium, oneOf({"compact", "delete"}),
                       "Default cleanup policy of topics."));
    d.push_back(define("log.index.size.max.bytes", Int, "10485760", Medium, atLeast(4), "Size of a segment's index files."));
    d.push_back(define("log.index.interval.bytes", Int, "4096", Medium, atLeast(0),
                       "Bytes of log between two offset index entries."));
    d.push_back(define("log.flush.interval.messages", Long, kLongMax, High, atLeast(1),
                       "Records written between forced fsyncs."));
    d.push_back(define("log.flush.interval.ms", Long, null, High, any(),
                       "Longest data waits before a forced fsync; defaults to log.flush.scheduler.interval.ms."));
    d.push_back(define("log.flush.scheduler.interval.ms", Long, kLongMax, High, any(),
                       "How often logs are checked for a due flush."));
    d.push_back(define("log.flush.offset.checkpoint.interval.ms", Int, "60000", High, atLeast(0),
                       "How often the recovery point checkpoint is written."));
    d.push_back(define("log.flush.start.offset.checkpoint.interval.ms", Int, "60000", High, atLeast(0),
                       "How often the log start offset checkpoint is written."));
    d.push_back(define("log.segment.delete.delay.ms", Long, "60000", High, atLeast(0),
                       "Delay before a removed segment's files are deleted."));
    d.push_back(define("log.preallocate", Boolean, "false", Medium, any(), "Whether segment files are preallocated."));
    d.push_back(define("log.message.timestamp.type", String, "CreateTime", Medium, oneOf({"CreateTime", "LogAppendTime"}),
                       "Default timestamp type of topics."));
    d.push_back(define("log.message.timestamp.difference.max.ms", Long, kLongMax, Medium, atLeast(0),
                       "Largest accepted timestamp skew in either direction (superseded by before/after)."));
    d.push_back(define("log.message.timestamp.before.max.ms", Long, kLongMax, Medium, atLeast(0),
                       "Largest accepted age of a CreateTime timestamp."));
    d.push_back(define("log.message.timestamp.after.max.ms", Long, kLongMax, Medium, atLeast(0),
                       "Largest accepted lead of a CreateTime timestamp over the broker clock."));
    d.push_back(define("log.message.downconversion.enable", Boolean, "true", Low, any(),
                       "Whether fetches from old clients may be down-converted."));
    d.push_back(define("min.insync.replicas", Int, "1", High, atLeast(1),
                       "Replicas that must acknowledge a write sent with acks=all."));
    d.push_back(define("compression.type", String, "producer", High, oneOf(compressionTypes()),
                       "Default compression of topics; 'producer' keeps the producer's codec."));
    d.push_back(define("compression.gzip.level", Int, "-1", Medium, custom(checkGzipLevel), "Default gzip level."));
    d.push_back(define("compression.lz4.level", Int, "9", Medium, between(1, 17), "Default lz4 level."));
    d.push_back(define("compression.zstd.level", Int, "3", Medium, between(-131072, 22), "Default zstd level."));
}

void addCleanerConfigs(std::vector<ConfigDef>& d)
{
    d.push_back(define("log.cleaner.enable", Boolean, "true", Medium, any(), "Whether the log cleaner runs."));
    d.push_back(define("log.cleaner.threads", Int, "1", Medium, atLeast(0), "Threads compacting logs."));
    d.push_back(define("log.cleaner.backoff.ms", Long, "15000", Medium, atLeast(0),
                       "Sleep of the cleaner when there is nothing to clean."));
    d.push_back(define("log.cleaner.dedupe.buffer.size", Long, "134217728", Medium, any(),
                       "Memory for the key map used while compacting, across all cleaner threads."));
    d.push_back(define("log.cleaner.io.buffer.size", Int, "524288", Medium, atLeast(0),
                       "Read and write buffer memory of the cleaner, across all threads."));
    d.push_back(define("log.cleaner.io.buffer.load.factor", Double, "0.9", Medium, any(),
                       "Fill factor of the cleaner's key map."));
    d.push_back(define("log.cleaner.io.max.bytes.per.second", Double, kDoubleMax, Medium, any(),
                       "Cleaner I/O throttle in bytes per second."));
    d.push_back(define("log.cleaner.min.cleanable.ratio", Double, "0.5", Medium, between(0, 1),
                       "Default dirty ratio a log needs before it is compacted."));
    d.push_back(define("log.cleaner.delete.retention.ms", Long, "86400000", Medium, atLeast(0),
                       "Default time tombstones stay readable."));
    d.push_back(define("log.cleaner.min.compaction.lag.ms", Long, "0", Medium, atLeast(0),
                       "Default shortest time a record stays uncompacted."));
    d.push_back(define("log.cleaner.max.compaction.lag.ms", Long, kLongMax, Medium, atLeast(1),
                       "Default longest time a record may stay uncompacted."));
}

void addReplicationConfigs(std::vector<ConfigDef>& d)
{
    d.push_back(define("unclean.leader.election.enable", Boolean, "false", High, any(),
                       "Whether an out-of-sync replica may become leader."));
    d.push_back(define("replica.lag.time.max.ms", Long, "30000", High, any(),
                       "How long a follower may go without catching up before it leaves the in-sync set."));
    d.push_back(define("replica.socket.timeout.ms", Int, "30000", High, any(), "Socket timeout of follower fetches."));
    d.push_back(define("replica.socket.receive.buffer.bytes", Int, "65536", High, any(),
                       "Socket receive buffer of follower fetches."));
    d.push_back(define("replica.fetch.max.bytes", Int, "1048576", Medium, atLeast(0),
                       "Bytes a follower fetches per partition."));
    d.push_back(define("replica.fetch.wait.max.ms", Int, "500", High, any(), "Longest wait of a follower fetch."));
    d.push_back(define("replica.fetch.min.bytes", Int, "1", High, any(), "Bytes a follower fetch waits for."));
    d.push_back(define("replica.fetch.backoff.ms", Int, "1000", Medium, atLeast(0),
                       "Sleep after a follower fetch fails."));
    d.push_back(define("replica.fetch.response.max.bytes", Int, "10485760", Medium, atLeast(0),
                       "Largest response of a follower fetch."));
    d.push_back(define("replica.high.watermark.checkpoint.interval.ms", Long, "5000", High, any(),
                       "How often the high watermark checkpoint is written."));
}

void addGroupConfigs(std::vector<ConfigDef>& d)
{
    d.push_back(define("group.min.session.timeout.ms", Int, "6000", Medium, any(),
                       "Shortest session timeout a consumer may ask for."));
    d.push_back(define("group.max.session.timeout.ms", Int, "1800000", Medium, any(),
                       "Longest session timeout a consumer may ask for."));
    d.push_back(define("group.initial.rebalance.delay.ms", Int, "3000", Medium, any(),
                       "How long the first rebalance of a new group waits for more members."));
    d.push_back(define("group.max.size", Int, kIntMax, Medium, atLeast(1), "Most members a group may have."));
    d.push_back(define("offset.metadata.max.bytes", Int, "4096", High, any(), "Largest metadata of a committed offset."));
    d.push_back(define("offsets.load.buffer.size", Int, "5242880", High, atLeast(1),
                       "Read batch size when loading offsets into the cache."));
    // Kafka's default is 3; a single broker creates __consumer_offsets with min(3, brokers).
    d.push_back(define("offsets.topic.replication.factor", Short, "3", High, atLeast(1),
                       "Replication factor of __consumer_offsets."));
    d.push_back(define("offsets.topic.num.partitions", Int, "50", High, atLeast(1), "Partitions of __consumer_offsets."));
    d.push_back(define("offsets.topic.segment.bytes", Int, "104857600", High, atLeast(1),
                       "Segment size of __consumer_offsets."));
    d.push_back(define("offsets.topic.compression.codec", Int, "0", High, any(),
                       "Codec id for offset commits (0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd)."));
    d.push_back(define("offsets.retention.minutes", Int, "10080", High, atLeast(1),
                       "How long committed offsets of an empty group are kept."));
    d.push_back(define("offsets.retention.check.interval.ms", Long, "600000", High, atLeast(1),
                       "How often stale offsets are looked for."));
    d.push_back(define("offsets.commit.timeout.ms", Int, "5000", High, atLeast(1),
                       "How long an offset commit waits for replication."));
    d.push_back(define("offsets.commit.required.acks", Short, "-1", High, any(), "Acks needed before a commit is accepted."));
}

void addTransactionConfigs(std::vector<ConfigDef>& d)
{
    d.push_back(define("transactional.id.expiration.ms", Int, "604800000", High, atLeast(1),
                       "Idle time after which a transactional id is forgotten."));
    d.push_back(define("transaction.max.timeout.ms", Int, "900000", High, atLeast(1),
                       "Longest transaction timeout a producer may ask for."));
    d.push_back(define("transaction.state.log.min.isr", Int, "2", High, atLeast(1),
                       "min.insync.replicas of __transaction_state."));
    d.push_back(define("transaction.state.log.load.buffer.size", Int, "5242880", High, atLeast(1),
                       "Read batch size when loading transaction state."));
    d.push_back(define("transaction.state.log.replication.factor", Short, "3", High, atLeast(1),
                       "Replication factor of __transaction_state."));
    d.push_back(define("transaction.state.log.num.partitions", Int, "50", High, atLeast(1),
                       "Partitions of __transaction_state."));
    d.push_back(define("transaction.state.log.segment.bytes", Int, "104857600", High, atLeast(1),
                       "Segment size of __transaction_state."));
    d.push_back(define("transaction.abort.timed.out.transaction.cleanup.interval.ms", Int, "10000", Low, atLeast(1),
                       "How often timed-out transactions are aborted."));
    d.push_back(define("transaction.remove.expired.transaction.cleanup.interval.ms", Int, "3600000", Low, atLeast(1),
                       "How often expired transactional ids are removed."));
    d.push_back(define("transaction.partition.verification.enable", Boolean, "true", Low, any(),
                       "Whether a transactional write is checked against the coordinator's partition set."));
    d.push_back(define("producer.id.expiration.ms", Int, "86400000", Low, atLeast(1),
                       "Idle time after which a producer id's state is dropped."));
    d.push_back(define("producer.id.expiration.check.interval.ms", Int, "600000", Low, atLeast(1),
                       "How often expired producer ids are removed."));
}

std::vector<ConfigDef> brokerDefinitions()
{
    std::vector<ConfigDef> d;
    addServerConfigs(d);
    addSocketConfigs(d);
    addLogConfigs(d);
    addCleanerConfigs(d);
    addReplicationConfigs(d);
    addGroupConfigs(d);
    addTransactionConfigs(d);

    // Broker keys that back a topic config are the cluster-wide topic defaults; like Kafka,
    // they may change at runtime and reach every topic without an override.
    for (ConfigDef& def : d)
        for (const ConfigDef& topicDef : topicConfigRegistry().definitions())
            for (const Synonym& s : topicDef.synonyms)
                if (s.name == def.name)
                    def.dynamic = true;
    return d;
}

} // namespace

const ConfigRegistry& brokerConfigRegistry()
{
    static const ConfigRegistry registry(brokerDefinitions());
    return registry;
}

} // namespace samsa::config
