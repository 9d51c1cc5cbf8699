#pragma once

#include "app/produce/record_source.h"
#include "client/record_types.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace samsa::app {

class ClusterService;

// How a run went, counted exactly however many records it sent.
struct ProduceSummary {
    struct PartitionTally {
        int64_t records = 0;
        int64_t firstOffset = -1; // -1 with acks=0
        int64_t lastOffset = -1;
    };
    int64_t total = -1;    // the source's count; -1 when unknown
    int64_t attempted = 0; // records handed to the cluster
    int64_t succeeded = 0;
    int64_t failed = 0;
    std::map<int32_t, PartitionTally> partitions; // where the successful records went
    std::optional<client::ClientError> error;     // the first failure, if any
    QString sourceError;                          // the records could not be built or read
    bool cancelled = false;
};

// Sends everything a RecordSource yields to one topic: records are built on a worker
// thread in batches and each batch goes out in one produce call, one call at a time so
// records reach every partition in the order the source gave them. The run stops at the
// first batch with a failure, or when cancelled (after the batch on the wire, whose
// outcome is then known and counted).
class ProduceJob : public QObject {
    Q_OBJECT
public:
    // Batches stay well below Kafka's default message.max.bytes (1 MiB) and
    // max.request.size, so a default cluster accepts them.
    static constexpr size_t kBatchRecords = 5000;
    static constexpr size_t kBatchBytes = 512 * 1024;

    ProduceJob(ClusterService* service, QString topic, client::ProduceOptions options,
               std::unique_ptr<RecordSource> source, QObject* parent = nullptr);
    ~ProduceJob() override;

    void start();
    // Stops after the batch in flight; finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    const ProduceSummary& summary() const { return m_summary; }
    QString topic() const { return m_topic; }

signals:
    // `firstIndex` is the position of records[0] in the whole run; results[k] belongs to
    // records[k].
    void batchProduced(qint64 firstIndex, const std::vector<client::ProducerRecord>& records,
                       const std::vector<client::ProducedRecord>& results);
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void buildNextBatch();
    void sendBatch(std::vector<client::ProducerRecord> batch);
    void onProduced(const std::vector<client::ProducerRecord>& batch,
                    const std::vector<client::ProducedRecord>& results);
    void finish();

    QPointer<ClusterService> m_service;
    QString m_topic;
    client::ProduceOptions m_options;
    std::shared_ptr<RecordSource> m_source; // shared with the worker building a batch
    ProduceSummary m_summary;
    bool m_running = false;
    bool m_cancelRequested = false;
};

} // namespace samsa::app
