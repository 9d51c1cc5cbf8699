#include "ui/topic_detail/configs_tab.h"

#include "app/cluster_service.h"
#include "ui/common/inline_message.h"
#include "ui/common/table_setup.h"
#include "ui/topic_detail/config_edit_dialog.h"
#include "ui/topic_detail/configs_model.h"
#include "ui/topic_detail/placeholder_stack.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace samsa::ui {

namespace client = samsa::client;

ConfigsTab::ConfigsTab(samsa::app::ClusterService* service, const QString& topic, QWidget* parent)
    : QWidget(parent), m_service(service), m_topic(topic) {
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("configFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by name or value…"));
    m_filterEdit->setClearButtonEnabled(true);
    bar->addWidget(m_filterEdit, 1);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    m_onlyOverrides = new QCheckBox(tr("Show only overrides"), this);
    m_onlyOverrides->setObjectName(QStringLiteral("onlyOverrides"));
    m_onlyOverrides->setToolTip(tr("Show only the settings this topic sets itself, rather than "
                                   "inheriting them from the broker."));
    bar->addWidget(m_onlyOverrides);
    bar->addStretch();
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editConfig"));
    m_edit->setToolTip(tr("Change the selected setting for this topic (Enter or double-click)"));
    bar->addWidget(m_edit);
    layout->addLayout(bar);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("configsMessage"));
    layout->addWidget(m_message);

    m_model = new ConfigsModel(this);
    m_filter = new ConfigsFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("configsView"));
    m_view->setModel(m_filter);
    setUpReadOnlyTable(m_view);
    m_view->sortByColumn(ConfigsModel::Name, Qt::AscendingOrder);
    m_view->setColumnWidth(ConfigsModel::Name, 270);
    m_view->setColumnWidth(ConfigsModel::Value, 250);
    m_view->setColumnWidth(ConfigsModel::Source, 130);
    m_stack = new PlaceholderStack(m_view, this);
    layout->addWidget(m_stack, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        updatePlaceholder();
    });
    connect(m_onlyOverrides, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyOverrides(only);
        updatePlaceholder();
    });
    connect(m_edit, &QPushButton::clicked, this, &ConfigsTab::editSelected);
    connect(m_view, &QTableView::activated, this, &ConfigsTab::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConfigsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConfigsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConfigsTab::updateButtons);
    updatePlaceholder();
    updateButtons();
}

ConfigEditDialog* ConfigsTab::editDialog() const { return m_dialog; }

void ConfigsTab::reload() {
    const quint64 generation = ++m_generation;
    m_loading = true;
    updatePlaceholder();
    using Configs = std::vector<client::ResourceConfigs>;
    const client::ConfigResource resource{client::ConfigResourceType::Topic, m_topic.toStdString()};
    m_service->call<Configs>(
        this,
        [resource](client::AdminClient& c, client::Callback<Configs> cb) {
            c.describeConfigs({resource}, client::DescribeConfigsOptions{true, true}, {}, cb);
        },
        [this, generation](const client::Result<Configs>& result) {
            if (generation != m_generation) return;
            m_loading = false;
            std::optional<client::ClientError> error;
            if (!result) error = result.error();
            else if (result->empty())
                error = client::makeError(ErrorCode::UnknownServerError, "empty answer");
            else if (result->front().error) error = result->front().error;
            m_loadFailed = error.has_value();
            if (error) {
                m_loadErrorShown = true;
                m_message->showError(tr("Could not load the topic's configuration: %1")
                                         .arg(samsa::app::describeError(*error)));
                // Keep what was shown: stale settings with an error above them say more
                // than an empty table.
            } else {
                // Only the load error goes; an edit's outcome stays until dismissed.
                if (m_loadErrorShown) m_message->clear();
                m_loadErrorShown = false;
                m_missing.clear();
                m_model->setRows(ConfigsModel::buildRows(result->front().entries));
            }
            updatePlaceholder();
            emit reloaded();
        });
}

void ConfigsTab::setTopicMissing(const QString& text) {
    m_missing = text;
    m_model->clear();
    updatePlaceholder();
}

bool ConfigsTab::selectConfig(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row < 0) return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, ConfigsModel::Name));
    if (!index.isValid()) return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString ConfigsTab::selectedName() const {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.siblingAtColumn(ConfigsModel::Name).data(ConfigsModel::NameRole).toString();
}

void ConfigsTab::editSelected() {
    const ConfigsModel::Row* row = m_model->find(selectedName());
    if (!row || row->readOnly || m_model->isPending(row->name)) return;
    if (m_dialog) m_dialog->close();
    m_dialog = new ConfigEditDialog(m_topic, *row, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConfigEditDialog::applyRequested, this, &ConfigsTab::setConfig);
    connect(m_dialog, &ConfigEditDialog::resetRequested, this, &ConfigsTab::resetConfig);
    m_dialog->open();
}

void ConfigsTab::setConfig(const QString& name, const QString& value) { alter(name, false, value); }

void ConfigsTab::resetConfig(const QString& name) { alter(name, true, {}); }

void ConfigsTab::alter(const QString& name, bool reset, const QString& value) {
    m_model->setPending(name, true);
    using Results = std::vector<client::ResourceResult>;
    const client::ConfigResource resource{client::ConfigResourceType::Topic, m_topic.toStdString()};
    client::ConfigAlteration change;
    change.name = name.toStdString();
    change.op = reset ? client::AlterConfigOp::Delete : client::AlterConfigOp::Set;
    if (!reset) change.value = value.toStdString();
    std::map<client::ConfigResource, std::vector<client::ConfigAlteration>> changes{
        {resource, {change}}};
    m_service->call<Results>(
        this,
        [changes](client::AdminClient& c, client::Callback<Results> cb) {
            c.incrementalAlterConfigs(changes, false, {}, cb);
        },
        [this, name, reset, value](const client::Result<Results>& result) {
            std::optional<client::ClientError> error;
            if (!result) error = result.error();
            else
                for (const auto& r : *result)
                    if (r.error) error = r.error;
            m_loadErrorShown = false;
            if (error) {
                // The old value stays: the broker did not take the new one.
                m_model->setPending(name, false);
                //: %1 is a config key such as retention.ms, %2 the broker's reason.
                m_message->showError(tr("Could not change %1: %2")
                                         .arg(name, samsa::app::describeError(*error)));
                return;
            }
            if (reset)
                m_message->showInfo(tr("%1 now uses the default again.").arg(name));
            else
                //: %1 is a config key, %2 its new value.
                m_message->showInfo(tr("%1 is now %2.").arg(name, value));
            reload();
        });
}

void ConfigsTab::updatePlaceholder() {
    if (!m_missing.isEmpty()) m_stack->showPlaceholder(m_missing);
    else if (m_model->rowCount() == 0)
        m_stack->showPlaceholder(m_loading      ? tr("Loading configuration…")
                                 : m_loadFailed ? tr("The configuration could not be loaded. "
                                                     "Press F5 to try again.")
                                                : tr("The broker reported no settings for "
                                                     "this topic."));
    else if (m_filter->rowCount() == 0)
        m_stack->showPlaceholder(m_filter->onlyOverrides() && m_filterEdit->text().isEmpty()
                                     ? tr("This topic overrides no settings; it uses the "
                                          "broker's defaults for all of them.")
                                     : tr("No setting matches the filter."));
    else
        m_stack->showContent();
}

void ConfigsTab::updateButtons() {
    const ConfigsModel::Row* row = m_model->find(selectedName());
    m_edit->setEnabled(row && !row->readOnly && !m_model->isPending(row->name));
    if (row && row->readOnly) m_edit->setToolTip(tr("%1 is read-only.").arg(row->name));
    else m_edit->setToolTip(tr("Change the selected setting for this topic (Enter or double-click)"));
}

} // namespace samsa::ui
