#pragma once

#include <QWidget>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "app/messages/payload_format.h"

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace samsa::ui {

class HeadersModel;
class InlineMessage;
class PayloadView;
class RecordSummary;

// The message browser's detail pane: everything about the selected record. A summary
// strip, then tabs for the value, the key and the headers; each payload can be viewed
// as text, JSON (formatted or as a tree), hex or Base64, copied and saved. It never
// talks to the cluster: the browser hands it records it already has.
class RecordDetailView : public QWidget {
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget* parent = nullptr);
    ~RecordDetailView() override;

    void showRecord(const samsa::app::RecordDetail& detail);
    // Back to "select a message".
    void clear();
    bool hasRecord() const { return m_hasRecord; }

    PayloadView* keyView() const { return m_key; }
    PayloadView* valueView() const { return m_value; }
    // Shows the headers tab's value view for the selected header.
    PayloadView* headerValueView() const { return m_headerValue; }
    QTableView* headersTable() const { return m_headersView; }
    QTabWidget* tabs() const { return m_tabs; }

    // Save without asking for a file: the exact bytes, or false with `error` set.
    bool saveValueTo(const QString& path, QString* error = nullptr);
    bool saveKeyTo(const QString& path, QString* error = nullptr);

public slots:
    void copyKey();
    void copyValue();

private:
    QWidget* buildHeadersTab();
    void showSelectedHeader();
    void updateTabTitles();

    bool m_hasRecord = false;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    RecordSummary* m_summary;
    InlineMessage* m_notice;
    QTabWidget* m_tabs;
    PayloadView* m_value;
    PayloadView* m_key;
    HeadersModel* m_headers;
    QSortFilterProxyModel* m_headersSort;
    QTableView* m_headersView;
    QStackedWidget* m_headerValueStack;
    QLabel* m_headerHint;
    PayloadView* m_headerValue;
};

} // namespace samsa::ui
