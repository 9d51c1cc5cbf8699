#include "ui/produce/headers_editor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

HeadersEditor::HeadersEditor(QWidget* parent) : QWidget(parent) {
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("headers"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 12);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setToolTip(
        tr("Headers travel with the record as key/value pairs, for metadata such as a trace id "
           "or a content type. Values may use the same placeholders as the record value."));

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addHeader"));
    m_add->setText(tr("Add"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_add->setToolTip(tr("Add a header"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeHeader"));
    m_remove->setText(tr("Remove"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_remove->setToolTip(tr("Remove the selected header (Delete)"));
    m_remove->setEnabled(false);
    for (auto* b : {m_add, m_remove}) {
        b->setAutoRaise(true);
        b->setToolButtonStyle(b->icon().isNull() ? Qt::ToolButtonTextOnly
                                                 : Qt::ToolButtonTextBesideIcon);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QToolButton::clicked, this, [this] {
        addHeader();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->setFocus();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0) return;
        m_table->removeRow(row);
        m_remove->setEnabled(!m_table->selectedItems().isEmpty());
        emit changed();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, &HeadersEditor::changed);
    auto* removeShortcut = new QAction(m_table);
    removeShortcut->setShortcut(QKeySequence::Delete);
    removeShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(removeShortcut, &QAction::triggered, m_remove, &QToolButton::click);
    m_table->addAction(removeShortcut);
}

void HeadersEditor::addHeader(const QString& key, const QString& value) {
    {
        // One changed() for the whole row rather than one per cell.
        const QSignalBlocker block(m_table);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(key));
        m_table->setItem(row, 1, new QTableWidgetItem(value));
    }
    emit changed();
}

std::vector<std::pair<QString, QString>> HeadersEditor::headers() const {
    std::vector<std::pair<QString, QString>> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (key.isEmpty() && value.isEmpty()) continue;
        out.emplace_back(key, value);
    }
    return out;
}

QString HeadersEditor::problem() const {
    const auto all = headers();
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i].first.isEmpty()) return tr("Header %1 has a value but no key.").arg(i + 1);
    return {};
}

} // namespace samsa::ui
