#include "ui/record_detail/record_detail_view.h"

#include "ui/common/inline_message.h"
#include "ui/common/table_setup.h"
#include "ui/record_detail/headers_model.h"
#include "ui/record_detail/payload_view.h"
#include "ui/record_detail/record_summary.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

std::optional<QByteArray> toByteArray(const std::optional<client::Bytes>& bytes) {
    if (!bytes) return std::nullopt;
    return QByteArray(reinterpret_cast<const char*>(bytes->data()), qsizetype(bytes->size()));
}

QLabel* placeholderLabel(const QString& text, const QString& name, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(16);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// "orders-2-1234-value.json": where the bytes came from, with the extension their
// format suggests.
QString fileNameFor(const app::RecordDetail& d, const char* part, app::PayloadFormat format) {
    const char* extension = format == app::PayloadFormat::Json   ? "json"
                            : format == app::PayloadFormat::Text ? "txt"
                                                                 : "bin";
    return QStringLiteral("%1-%2-%3-%4.%5")
        .arg(d.topic)
        .arg(d.partition)
        .arg(d.record.offset)
        .arg(QLatin1String(part), QLatin1String(extension));
}

} // namespace

RecordDetailView::RecordDetailView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("recordDetail"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = placeholderLabel(tr("Select a message to see its key, value and headers."),
                               QStringLiteral("recordDetailEmpty"), m_stack);
    m_stack->addWidget(m_empty);

    auto* page = new QWidget(m_stack);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary = new RecordSummary(page);
    layout->addWidget(m_summary);
    m_notice = new InlineMessage(page);
    m_notice->setObjectName(QStringLiteral("recordNotice"));
    layout->addWidget(m_notice);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setDocumentMode(true);
    m_value = new PayloadView(PayloadView::Part::Value, QStringLiteral("value"), m_tabs);
    m_key = new PayloadView(PayloadView::Part::Key, QStringLiteral("key"), m_tabs);
    m_tabs->addTab(m_value, QString());
    m_tabs->addTab(m_key, QString());
    m_tabs->addTab(buildHeadersTab(), QString());
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);
    updateTabTitles();
}

RecordDetailView::~RecordDetailView() = default;

QWidget* RecordDetailView::buildHeadersTab() {
    auto* splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(QStringLiteral("headersSplitter"));
    splitter->setChildrenCollapsible(false);
    m_headers = new HeadersModel(this);
    m_headersSort = new QSortFilterProxyModel(this);
    m_headersSort->setSourceModel(m_headers);
    m_headersSort->setSortRole(HeadersModel::SortRole);
    m_headersView = new QTableView(splitter);
    m_headersView->setObjectName(QStringLiteral("headersTable"));
    m_headersView->setModel(m_headersSort);
    setUpReadOnlyTable(m_headersView);
    m_headersView->sortByColumn(HeadersModel::Position, Qt::AscendingOrder);
    QHeaderView* columns = m_headersView->horizontalHeader();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(HeadersModel::Value, QHeaderView::Stretch);
    m_headersView->setColumnWidth(HeadersModel::Position, 44);
    m_headersView->setColumnWidth(HeadersModel::Key, 200);
    m_headersView->setColumnWidth(HeadersModel::Size, 80);
    connect(m_headersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordDetailView::showSelectedHeader);

    m_headerValueStack = new QStackedWidget(splitter);
    m_headerHint = placeholderLabel(QString(), QStringLiteral("headerHint"), m_headerValueStack);
    m_headerValueStack->addWidget(m_headerHint);
    m_headerValue =
        new PayloadView(PayloadView::Part::HeaderValue, QStringLiteral("header"), m_headerValueStack);
    m_headerValueStack->addWidget(m_headerValue);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void RecordDetailView::showRecord(const app::RecordDetail& detail) {
    const client::FetchedRecord& r = detail.record;
    m_hasRecord = true;
    m_summary->showRecord(detail);
    m_value->setPayload(toByteArray(r.value));
    m_key->setPayload(toByteArray(r.key));
    m_value->setSuggestedFileName(fileNameFor(detail, "value", m_value->detectedFormat()));
    m_key->setSuggestedFileName(fileNameFor(detail, "key", m_key->detectedFormat()));
    m_headers->setHeaders(r.headers);

    QStringList notes;
    if (detail.aborted)
        notes << tr("This record belongs to a transaction that was aborted: consumers reading "
                    "committed data only never see it.");
    if (detail.control)
        notes << tr("This is a control record, a transaction marker the broker wrote; it holds no "
                    "application data.");
    else if (!r.value)
        notes << tr("This record is a tombstone: it has no value. On a compacted topic it deletes "
                    "the key's earlier records.");
    if (notes.isEmpty())
        m_notice->clear();
    else
        m_notice->showMessage(detail.aborted ? InlineMessage::Kind::Warning : InlineMessage::Kind::Info,
                              notes.join(QLatin1Char(' ')));

    if (r.headers.empty()) {
        m_headerHint->setText(tr("This record has no headers. Producers add headers for metadata "
                                 "such as trace ids or content types."));
        m_headerValueStack->setCurrentWidget(m_headerHint);
    } else {
        m_headersView->setCurrentIndex(m_headersSort->index(0, HeadersModel::Key));
        showSelectedHeader();
    }
    updateTabTitles();
    m_stack->setCurrentIndex(1);
}

void RecordDetailView::clear() {
    m_hasRecord = false;
    m_value->setPayload(std::nullopt);
    m_key->setPayload(std::nullopt);
    m_headers->setHeaders({});
    m_headerValue->setPayload(std::nullopt);
    m_notice->clear();
    updateTabTitles();
    m_stack->setCurrentWidget(m_empty);
}

void RecordDetailView::showSelectedHeader() {
    const QModelIndex current = m_headersSort->mapToSource(m_headersView->currentIndex());
    if (!current.isValid()) {
        m_headerHint->setText(tr("Select a header to see its value."));
        m_headerValueStack->setCurrentWidget(m_headerHint);
        return;
    }
    const client::RecordHeader& h = m_headers->headers()[size_t(current.row())];
    m_headerValue->setPayload(toByteArray(h.value));
    m_headerValueStack->setCurrentWidget(m_headerValue);
}

void RecordDetailView::updateTabTitles() {
    m_tabs->setTabText(0, tr("&Value"));
    m_tabs->setTabText(1, tr("&Key"));
    //: Tab title; %1 is the number of headers.
    m_tabs->setTabText(2, tr("&Headers (%1)").arg(m_headers->rowCount()));
    m_tabs->setTabToolTip(2, tr("Key-value pairs the producer attached to the record, in the "
                                "order it added them"));
}

bool RecordDetailView::saveValueTo(const QString& path, QString* error) {
    return m_value->saveTo(path, error);
}

bool RecordDetailView::saveKeyTo(const QString& path, QString* error) {
    return m_key->saveTo(path, error);
}

void RecordDetailView::copyKey() { m_key->copyText(); }

void RecordDetailView::copyValue() { m_value->copyText(); }

} // namespace samsa::ui
