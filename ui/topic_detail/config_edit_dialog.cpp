#include "ui/topic_detail/config_edit_dialog.h"

#include "ui/common/config_source.h"
#include "ui/common/format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <limits>

namespace samsa::ui {

namespace {

// Kafka's ConfigType numbers, as DescribeConfigs reports them.
enum KafkaType { Boolean = 1, String = 2, Int = 3, Short = 4, Long = 5, Double = 6, List = 7,
                 Password = 9 };

bool isInteger(int type) { return type == Int || type == Short || type == Long; }

QLabel* wrapped(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ConfigEditDialog::ConfigEditDialog(const QString& topic, const ConfigsModel::Row& row,
                                   QWidget* parent)
    : QDialog(parent), m_name(row.name), m_type(row.type) {
    setObjectName(QStringLiteral("configEditDialog"));
    //: %1 is a config key such as retention.ms, %2 the topic name.
    setWindowTitle(tr("Edit %1 of %2").arg(row.name, topic));
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(row.name, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    if (!row.documentation.isEmpty()) {
        auto* doc = wrapped(row.documentation, this);
        doc->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(doc);
    }

    auto* form = new QFormLayout;
    const QString current =
        row.sensitive ? tr("(hidden)") : ConfigsModel::readable(row.name, row.value.value_or(QString()));
    form->addRow(tr("Current value:"), wrapped(current, this));
    form->addRow(tr("Set by:"), new QLabel(configSourceName(row.source), this));
    if (row.defaultValue && !row.sensitive)
        form->addRow(tr("Default:"), wrapped(ConfigsModel::readable(row.name, *row.defaultValue), this));

    if (m_type == Boolean) {
        m_combo = new QComboBox(this);
        m_combo->addItem(QStringLiteral("true"));
        m_combo->addItem(QStringLiteral("false"));
        m_combo->setCurrentText(row.value.value_or(QStringLiteral("false")));
        form->addRow(tr("New value:"), m_combo);
    } else {
        m_edit = new QLineEdit(row.sensitive ? QString() : row.value.value_or(QString()), this);
        m_edit->setClearButtonEnabled(true);
        if (m_type == Password || row.sensitive) m_edit->setEchoMode(QLineEdit::Password);
        if (isInteger(m_type))
            m_edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("-?[0-9]*")), m_edit));
        if (m_type == List)
            m_edit->setPlaceholderText(tr("values separated by commas"));
        form->addRow(tr("New value:"), m_edit);
        connect(m_edit, &QLineEdit::textChanged, this, &ConfigEditDialog::validate);
    }
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("configEditProblem"));
    m_problem->setWordWrap(true);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(210, 40, 40));
    m_problem->setPalette(p);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    m_reset = buttons->addButton(tr("Reset to default"), QDialogButtonBox::ResetRole);
    m_reset->setEnabled(row.isOverride());
    m_reset->setToolTip(row.isOverride()
                            ? tr("Remove this topic's override so the broker's value applies.")
                            : tr("The topic does not override this setting."));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (!problem().isEmpty()) return;
        emit applyRequested(m_name, value());
        accept();
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        emit resetRequested(m_name);
        accept();
    });
    validate();
}

QString ConfigEditDialog::value() const {
    if (m_combo) return m_combo->currentText();
    QString text = m_edit->text().trimmed();
    if (m_type == List) {
        // Kafka splits on commas and keeps spaces; users type "compact, delete".
        QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto& part : parts)
            part = part.trimmed();
        text = parts.join(QLatin1Char(','));
    }
    return text;
}

QString ConfigEditDialog::problem() const {
    if (m_combo) return {};
    const QString text = value();
    if (isInteger(m_type) || m_type == Double) {
        if (text.isEmpty()) return tr("Enter a number.");
        bool ok = false;
        if (m_type == Double) {
            text.toDouble(&ok);
            return ok ? QString() : tr("Enter a decimal number.");
        }
        const qint64 n = text.toLongLong(&ok);
        if (!ok) return tr("The number is too large.");
        const qint64 low = m_type == Short ? std::numeric_limits<qint16>::min()
                           : m_type == Int ? std::numeric_limits<qint32>::min()
                                           : std::numeric_limits<qint64>::min();
        const qint64 high = m_type == Short ? std::numeric_limits<qint16>::max()
                            : m_type == Int ? std::numeric_limits<qint32>::max()
                                            : std::numeric_limits<qint64>::max();
        if (n < low || n > high)
            return tr("Enter a number between %1 and %2.").arg(formatCount(low), formatCount(high));
    }
    return {};
}

void ConfigEditDialog::validate() {
    const QString text = problem();
    // Echo what a bare number means for this key ("= 1 day"), so a slip of a zero shows.
    const QString hint = text.isEmpty() ? ConfigsModel::unitHint(m_name, value()) : QString();
    //: Shown under a number typed for a config, e.g. "That is 1 day."
    m_hint->setText(hint.isEmpty() ? QString() : tr("That is %1.").arg(hint));
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_apply->setEnabled(text.isEmpty());
}

} // namespace samsa::ui
