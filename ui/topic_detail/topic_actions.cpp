// The actions that change a topic as a whole: adding partitions and purging messages.
#include "ui/topic_detail/topic_detail_page.h"

#include "app/cluster_service.h"
#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/topic_detail/add_partitions_dialog.h"
#include "ui/topic_detail/partitions_model.h"

#include <QMessageBox>
#include <QPushButton>

namespace samsa::ui {

namespace client = samsa::client;

bool TopicDetailPage::confirmPurge(const QString& topic, qint64 messages) {
    QMessageBox box(QMessageBox::Warning, tr("Purge messages"),
                    //: %1 is the topic name, %2 a message count.
                    tr("Delete all %2 messages of %1?").arg(topic, formatCount(messages)),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Every partition's log start offset moves up to its high "
                              "watermark. Consumers lose these messages for good; the topic and "
                              "its settings stay."));
    auto* purge = box.addButton(tr("Purge"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == purge;
}

void TopicDetailPage::purge() {
    if (!m_description || m_busy) return;
    const qint64 messages = std::max<qint64>(0, m_partitions->totalMessages());
    if (!confirmPurge(m_topic, messages)) return;
    std::map<client::TopicPartition, int64_t> offsets;
    for (const auto& p : m_description->partitions)
        offsets[{m_topic.toStdString(), p.partition}] = -1; // -1: up to the high watermark
    m_busy = true;
    updateActions();
    using Results = std::vector<client::DeleteRecordsResult>;
    m_service->call<Results>(
        this,
        [offsets](client::AdminClient& c, client::Callback<Results> cb) {
            c.deleteRecords(offsets, {}, cb);
        },
        [this, messages](const client::Result<Results>& result) {
            m_busy = false;
            if (!result) {
                m_pageMessage->showError(tr("Could not purge %1: %2")
                                             .arg(m_topic, samsa::app::describeError(result.error())));
            } else {
                QStringList failures;
                for (const auto& r : *result)
                    if (r.error)
                        //: %1 is a partition number, %2 why it failed.
                        failures << tr("partition %1: %2")
                                        .arg(r.partition.partition)
                                        .arg(samsa::app::describeError(*r.error));
                if (failures.isEmpty())
                    m_pageMessage->showInfo(
                        tr("Purged %1 messages from %2.").arg(formatCount(messages), m_topic));
                else
                    m_pageMessage->showError(
                        tr("Some partitions were not purged:\n%1").arg(failures.join(QLatin1Char('\n'))));
            }
            refresh();
        });
}

AddPartitionsDialog* TopicDetailPage::addPartitionsDialog() const { return m_addDialog; }

void TopicDetailPage::showAddPartitions() {
    if (!m_description || m_busy) return;
    if (m_addDialog) m_addDialog->close();
    m_addDialog = new AddPartitionsDialog(m_topic, int(m_description->partitions.size()), this);
    m_addDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_addDialog, &AddPartitionsDialog::addRequested, this, &TopicDetailPage::addPartitions);
    m_addDialog->open();
}

void TopicDetailPage::addPartitions(int totalCount) {
    m_busy = true;
    updateActions();
    using Results = std::vector<client::TopicResult>;
    const std::vector<client::NewPartitions> request{{m_topic.toStdString(), totalCount, {}}};
    // Returns the first failure of the answer, if any.
    const auto failure = [](const client::Result<Results>& r) -> std::optional<client::ClientError> {
        if (!r) return r.error();
        for (const auto& t : *r)
            if (t.error) return t.error;
        return std::nullopt;
    };
    const auto fail = [this](const client::ClientError& error) {
        m_busy = false;
        m_pageMessage->showError(
            tr("Could not add partitions to %1: %2").arg(m_topic, samsa::app::describeError(error)));
        updateActions();
    };
    // Validate first, so a refusal (too many partitions, no brokers to place them on)
    // comes back before anything changes.
    m_service->call<Results>(
        this,
        [request](client::AdminClient& c, client::Callback<Results> cb) {
            c.createPartitions(request, true, {}, cb);
        },
        [this, request, totalCount, failure, fail](const client::Result<Results>& checked) {
            if (const auto error = failure(checked)) return fail(*error);
            m_service->call<Results>(
                this,
                [request](client::AdminClient& c, client::Callback<Results> cb) {
                    c.createPartitions(request, false, {}, cb);
                },
                [this, totalCount, failure, fail](const client::Result<Results>& done) {
                    if (const auto error = failure(done)) return fail(*error);
                    m_busy = false;
                    m_pageMessage->showInfo(
                        tr("%1 now has %2 partitions.").arg(m_topic).arg(totalCount));
                    refresh();
                });
        });
}

} // namespace samsa::ui
