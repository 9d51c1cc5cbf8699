#include "ui/messages/scan_status.h"

#include "app/messages/message_scan.h"
#include "ui/common/format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace samsa::ui {

ScanStatus::ScanStatus(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("scanStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("scanProgress"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("scanText"));
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("scanCancel"));
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop the scan; the matches found so far stay listed (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_scan) m_scan->cancel();
    });
    hide();
}

void ScanStatus::track(app::MessageScan* scan) {
    if (m_scan) disconnect(m_scan, nullptr, this, nullptr);
    m_scan = scan;
    if (!scan) return reset();
    connect(scan, &app::MessageScan::progressChanged, this, &ScanStatus::update);
    connect(scan, &app::MessageScan::finished, this, &ScanStatus::update);
    show();
    update();
}

void ScanStatus::reset() {
    if (m_scan) disconnect(m_scan, nullptr, this, nullptr);
    m_scan = nullptr;
    m_text->clear();
    hide();
}

QString ScanStatus::text() const {
    return m_text->text();
}

void ScanStatus::update() {
    if (!m_scan) return;
    const auto p = m_scan->progress();
    const bool running = m_scan->isRunning();
    const bool following = m_scan->request().follow && p.caughtUp && running;
    m_cancel->setVisible(running);
    m_bar->setVisible(running && !following);
    // Offsets bound the count from above (compaction, markers); the bar must not stall
    // short of full, so it goes by records read against that bound.
    m_bar->setRange(0, 1000);
    m_bar->setValue(p.total > 0 ? int(std::min<int64_t>(1000, p.scanned * 1000 / p.total)) : 0);
    QString text;
    const QString scanned = formatCount(p.scanned);
    const QString matched = tr("%Ln match(es)", nullptr, int(std::min<int64_t>(p.matched, INT32_MAX)));
    if (following) {
        //: %1 records read so far, %2 "N matches".
        text = tr("Following new records · %1 read · %2").arg(scanned, matched);
    } else if (running) {
        //: %1 read so far, %2 of how many, %3 "N matches", %4 records per second.
        text = tr("Scanning… %1 of %2 records · %3 · %4/s")
                   .arg(scanned, formatCount(p.total), matched, formatCount(qint64(p.recordsPerSecond())));
    } else if (!m_scan->errorString().isEmpty()) {
        text = tr("Scan failed after %1 records: %2").arg(scanned, m_scan->errorString());
    } else if (m_scan->wasCancelled()) {
        text = tr("Stopped after %1 records · %2").arg(scanned, matched);
    } else {
        //: %1 records read, %2 "N matches", %3 seconds.
        text = tr("Scanned %1 records · %2 · %3 s")
                   .arg(scanned, matched, QLocale().toString(double(p.elapsedMs) / 1000.0, 'f', 1));
    }
    if (p.listed < p.matched && !m_scan->request().wantRecords)
        text += QStringLiteral(" · ") +
                tr("the first %1 are listed; export all matches to get every one").arg(formatCount(p.listed));
    m_text->setText(text);
}

} // namespace samsa::ui
