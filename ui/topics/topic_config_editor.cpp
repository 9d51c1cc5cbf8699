#include "ui/topics/topic_config_editor.h"

#include "ui/topics/config_overrides_model.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

// Line edits that complete config names in the key column and, for keys with a fixed
// set of values, those values in the value column.
class ConfigEntryDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        auto* edit =
            qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
        if (!edit) return QStyledItemDelegate::createEditor(parent, option, index);
        QStringList words;
        if (index.column() == ConfigOverridesModel::Key) {
            words = ConfigOverridesModel::knownKeys();
            edit->setPlaceholderText(tr("config name, e.g. max.message.bytes"));
        } else if (index.column() == ConfigOverridesModel::Value) {
            const QString key =
                index.siblingAtColumn(ConfigOverridesModel::Key).data(Qt::EditRole).toString();
            words = ConfigOverridesModel::allowedValues(key);
        }
        if (!words.isEmpty()) {
            auto* completer = new QCompleter(words, edit);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            edit->setCompleter(completer);
        }
        return edit;
    }
};

} // namespace

TopicConfigEditor::TopicConfigEditor(QWidget* parent) : QWidget(parent) {
    m_model = new ConfigOverridesModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("configOverrides"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ConfigEntryDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_view->setColumnWidth(ConfigOverridesModel::Key,
                           fm.horizontalAdvance(QStringLiteral("message.timestamp.type")) + 16);
    m_view->setColumnWidth(ConfigOverridesModel::Value,
                           fm.horizontalAdvance(QLatin1Char('9')) * 14);
    m_view->setMinimumHeight(fm.height() * 7);
    m_view->setToolTip(tr("Topic configs not covered by the fields above. Unknown names and "
                          "invalid values are flagged on their row."));

    m_add = new QToolButton(this);
    m_add->setText(tr("Add config"));
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_remove = new QToolButton(this);
    m_remove->setText(tr("Remove"));
    m_remove->setEnabled(false);
    connect(m_add, &QToolButton::clicked, this, &TopicConfigEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TopicConfigEditor::removeSelectedRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_view->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TopicConfigEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TopicConfigEditor::changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TopicConfigEditor::changed);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void TopicConfigEditor::addRow() {
    const int row = m_model->addEntry();
    const QModelIndex key = m_model->index(row, ConfigOverridesModel::Key);
    // Becoming current opens the editor already (every edit trigger is on).
    m_view->setCurrentIndex(key);
    if (!m_view->indexWidget(key)) m_view->edit(key);
}

void TopicConfigEditor::removeSelectedRows() {
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

} // namespace samsa::ui
