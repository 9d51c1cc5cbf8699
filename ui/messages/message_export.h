#pragma once

#include <QObject>
#include <QString>
#include <QVector>
#include <map>
#include <memory>
#include <set>

// After the Qt headers: moc cannot parse the standard headers these pull in first.
#include "app/messages/message_scan.h"
#include "app/record_io/record_export_writer.h"

namespace samsa::app {
class ClusterService;
}

namespace samsa::ui {

// Writes records to a file, reading them whole from the cluster: either chosen rows, or
// every record a scan lets through (streamed: the file grows as the scan goes, nothing is
// held, no cap). The file only appears once complete; cancelling leaves none.
class MessageExport : public QObject {
    Q_OBJECT
public:
    // The records at `positions`, written in partition and offset order.
    static MessageExport* positions(samsa::app::ClusterService* service, const QString& topic,
                                    const QVector<samsa::app::RecordPosition>& positions, const QString& path,
                                    samsa::app::ExportFormat format, QObject* parent);
    // Every match of `request` (its filter over its ranges).
    static MessageExport* matches(samsa::app::ClusterService* service, samsa::app::ScanRequest request,
                                  const QString& path, samsa::app::ExportFormat format, QObject* parent);
    ~MessageExport() override;

    void cancel();
    bool isRunning() const { return m_running; }
    qint64 written() const;
    qint64 total() const { return m_total; }
    QString path() const { return m_path; }
    // The scan behind an export of matches (null for positions).
    samsa::app::MessageScan* scan() const { return m_scan.get(); }

signals:
    void progressChanged();
    // `message` says what was written, or why nothing was.
    void finished(bool ok, const QString& message);

private:
    MessageExport(samsa::app::ClusterService* service, QString topic, QString path, QObject* parent);
    bool openWriter(samsa::app::ExportFormat format);
    void readNext();
    void finish(bool ok, const QString& error);

    samsa::app::ClusterService* m_service;
    QString m_topic;
    QString m_path;
    std::unique_ptr<samsa::app::RecordExportWriter> m_writer;
    std::unique_ptr<samsa::app::MessageScan> m_scan;
    // Positions still to read, by partition.
    std::map<int32_t, std::set<int64_t>> m_wanted;
    qint64 m_total = 0;
    qint64 m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_openError;
};

} // namespace samsa::ui
