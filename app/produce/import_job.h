#pragma once

#include "app/produce/file_record_source.h"
#include "app/produce/produce_job.h"
#include "app/record_io/record_export_writer.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace samsa::app {

class ClusterService;

struct ImportOptions {
    QString path;
    ExportFormat format = ExportFormat::JsonLines;
    QString topic;
    ReplayOptions replay;
    // Used when partitions are not kept.
    client::Partitioner partitioner = client::Partitioner::Default;
    client::Compression compression = client::Compression::None;
    client::Acks acks = client::Acks::All;
};

// What the check of a file found.
struct ImportCheck {
    struct BadLine {
        qint64 line = 0;
        QString reason;
    };
    static constexpr size_t kMaxBadLines = 100; // the rest are only counted

    int64_t records = 0;
    std::optional<int32_t> maxPartition;
    std::vector<BadLine> badLines;
    int64_t badLineCount = 0;
    QString fileError; // the file could not be read at all
};

// Replays an export file into a topic. The whole file is checked first (off the GUI
// thread) and nothing is sent unless every line reads correctly and, when partitions
// are kept, the topic has every partition the file names. Then the records go out
// through a ProduceJob, in file order.
class ImportJob : public QObject {
    Q_OBJECT
public:
    enum class Phase { Idle, Checking, CheckingTopic, Producing, Done };
    Q_ENUM(Phase)

    // Shared with the worker that checks the file.
    struct CheckState {
        std::atomic<bool> stop{false};
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
    };

    ImportJob(ClusterService* service, ImportOptions options, QObject* parent = nullptr);
    ~ImportJob() override;

    void start();
    void cancel();

    Phase phase() const { return m_phase; }
    bool cancelled() const { return m_cancelled; }
    const ImportCheck& check() const { return m_check; }
    // Why nothing (more) was sent: the file, the topic or the cluster; empty when all went.
    QString error() const { return m_error; }
    // Null until producing starts.
    const ProduceJob* produceJob() const { return m_produce; }

signals:
    void phaseChanged(samsa::app::ImportJob::Phase phase);
    // Bytes of the file while checking, records while producing.
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void onChecked();
    void checkTopic();
    void startProducing();
    void setPhase(Phase phase);
    void finish(QString error = {});

    QPointer<ClusterService> m_service;
    ImportOptions m_options;
    Phase m_phase = Phase::Idle;
    ImportCheck m_check;
    QString m_error;
    bool m_cancelled = false;
    std::shared_ptr<CheckState> m_checkState;
    ProduceJob* m_produce = nullptr;
};

} // namespace samsa::app
