#include "ui/messages/filter_bar.h"

#include "ui/messages/problem_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace samsa::ui {

using app::FilterField;
using app::MessageFilter;
using app::TextCondition;

namespace {

QDateTimeEdit* makeTimeEdit(QWidget* parent) {
    auto* edit = new QDateTimeEdit(QDateTime::currentDateTime(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setVisible(false);
    return edit;
}

} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("messageFilterBar"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    // Two rows, each a grid with its inputs above and their problems right under them.
    auto* texts = new QGridLayout;
    auto* more = new QGridLayout;
    for (QGridLayout* grid : {texts, more}) {
        grid->setHorizontalSpacing(6);
        grid->setVerticalSpacing(0);
        rows->addLayout(grid);
    }
    auto addLabel = [this](QGridLayout* grid, const QString& text, QWidget* buddy, int column) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        grid->addWidget(label, 0, column);
    };
    auto lineEdit = [this](const QString& name, const QString& placeholder, const QString& tip) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tip);
        edit->setClearButtonEnabled(true);
        edit->setMinimumWidth(70);
        return edit;
    };
    auto toggle = [this](const QString& name, const QString& text, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        return button;
    };

    m_key = lineEdit(QStringLiteral("filterKey"), tr("contains…"),
                     tr("Records whose key contains this text (or matches it, as a regular expression)"));
    m_value = lineEdit(QStringLiteral("filterValue"), tr("contains…"),
                       tr("Records whose value contains this text (or matches it, as a regular "
                          "expression). Ctrl+F comes here."));
    m_headerName = lineEdit(QStringLiteral("filterHeaderName"), tr("name"),
                            tr("Records with a header of exactly this name; empty: any header"));
    m_headerValue = lineEdit(QStringLiteral("filterHeaderValue"), tr("value contains…"),
                             tr("…whose value contains this text (or matches it, as a regular expression)"));
    //: Toggle: read filter texts as regular expressions.
    m_regex = toggle(QStringLiteral("filterRegex"), tr(".*"),
                     tr("Read the key, value and header texts as regular expressions (Perl syntax)"));
    //: Toggle: compare filter texts with case.
    m_case = toggle(QStringLiteral("filterCase"), tr("Aa"), tr("Match upper and lower case exactly"));

    //: Label of the filter input for record keys.
    addLabel(texts, tr("&Key"), m_key, 0);
    texts->addWidget(m_key, 0, 1);
    //: Label of the filter input for record values.
    addLabel(texts, tr("&Value"), m_value, 2);
    texts->addWidget(m_value, 0, 3);
    //: Label of the filter inputs for record headers.
    addLabel(texts, tr("&Header"), m_headerName, 4);
    texts->addWidget(m_headerName, 0, 5);
    texts->addWidget(m_headerValue, 0, 6);
    texts->addWidget(m_regex, 0, 7);
    texts->addWidget(m_case, 0, 8);
    texts->setColumnStretch(1, 2);
    texts->setColumnStretch(3, 3);
    texts->setColumnStretch(5, 1);
    texts->setColumnStretch(6, 2);

    m_problems[FilterField::Key] = makeProblemLabel(this);
    m_problems[FilterField::Value] = makeProblemLabel(this);
    m_problems[FilterField::HeaderName] = makeProblemLabel(this);
    m_problems[FilterField::HeaderValue] = makeProblemLabel(this);
    texts->addWidget(m_problems[FilterField::Key], 1, 1);
    texts->addWidget(m_problems[FilterField::Value], 1, 3);
    texts->addWidget(m_problems[FilterField::HeaderName], 1, 5);
    texts->addWidget(m_problems[FilterField::HeaderValue], 1, 6, 1, 3);

    m_jsonPath = lineEdit(QStringLiteral("filterJsonPath"), tr("path, e.g. customer.id"),
                          tr("A field of JSON values: names joined by dots, [n] for the n-th element "
                             "of an array, [*] for any element. Examples: customer.id, items[0].sku, "
                             "items[*].price"));
    m_jsonMatch = new QComboBox(this);
    m_jsonMatch->setObjectName(QStringLiteral("filterJsonMatch"));
    //: JSON filter: the field's value equals the text.
    m_jsonMatch->addItem(tr("equals"), int(MessageFilter::JsonMatch::Equals));
    //: JSON filter: the field's value contains the text.
    m_jsonMatch->addItem(tr("contains"), int(MessageFilter::JsonMatch::Contains));
    m_jsonValue = lineEdit(QStringLiteral("filterJsonValue"), tr("value (empty: exists)"),
                           tr("Numbers compare as numbers (42 equals 42.0); put text in quotes to match "
                              "only strings; leave empty to find records that have the field"));
    //: Label of the filter inputs for a field of JSON values.
    addLabel(more, tr("&JSON"), m_jsonPath, 0);
    more->addWidget(m_jsonPath, 0, 1);
    more->addWidget(m_jsonMatch, 0, 2);
    more->addWidget(m_jsonValue, 0, 3);

    //: Filter: only records at or after this time.
    m_fromEnabled = new QCheckBox(tr("&From"), this);
    m_fromEnabled->setObjectName(QStringLiteral("filterFromEnabled"));
    m_from = makeTimeEdit(this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_from->setToolTip(tr("Only records with a timestamp at or after this time"));
    //: Filter: only records at or before this time.
    m_toEnabled = new QCheckBox(tr("t&o"), this);
    m_toEnabled->setObjectName(QStringLiteral("filterToEnabled"));
    m_to = makeTimeEdit(this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_to->setToolTip(tr("Only records with a timestamp at or before this time"));
    // The time inputs take room; they appear once asked for.
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setVisible);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setVisible);
    more->addWidget(m_fromEnabled, 0, 4);
    more->addWidget(m_from, 0, 5);
    more->addWidget(m_toEnabled, 0, 6);
    more->addWidget(m_to, 0, 7);

    m_apply = new QPushButton(tr("F&ind"), this);
    m_apply->setObjectName(QStringLiteral("filterApply"));
    m_apply->setToolTip(tr("Scan the chosen range for records that meet every condition set (Enter)"));
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setToolTip(tr("Remove the filter and browse every record again"));
    m_saved = new QToolButton(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setText(tr("Saved"));
    m_saved->setToolTip(tr("Apply, save or delete saved filters"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    more->addWidget(m_apply, 0, 8);
    more->addWidget(m_clear, 0, 9);
    more->addWidget(m_saved, 0, 10);
    more->setColumnStretch(1, 3);
    more->setColumnStretch(3, 2);

    m_problems[FilterField::JsonPath] = makeProblemLabel(this);
    m_problems[FilterField::JsonValue] = makeProblemLabel(this);
    m_problems[FilterField::TimeRange] = makeProblemLabel(this);
    more->addWidget(m_problems[FilterField::JsonPath], 1, 1);
    more->addWidget(m_problems[FilterField::JsonValue], 1, 3);
    more->addWidget(m_problems[FilterField::TimeRange], 1, 5, 1, 3);

    for (QLineEdit* edit : {m_key, m_value, m_headerName, m_headerValue, m_jsonPath, m_jsonValue})
        connect(edit, &QLineEdit::returnPressed, this, &FilterBar::applyRequested);
    connect(m_apply, &QPushButton::clicked, this, &FilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, &FilterBar::clearRequested);
}

MessageFilter FilterBar::filter() const {
    MessageFilter f;
    const auto mode = m_regex->isChecked() ? TextCondition::Mode::Regex : TextCondition::Mode::Contains;
    const bool caseSensitive = m_case->isChecked();
    f.key = TextCondition{m_key->text(), mode, caseSensitive};
    f.value = TextCondition{m_value->text(), mode, caseSensitive};
    f.headerName = m_headerName->text().trimmed();
    f.headerValue = TextCondition{m_headerValue->text(), mode, caseSensitive};
    f.jsonPath = m_jsonPath->text().trimmed();
    f.jsonMatch = MessageFilter::JsonMatch(m_jsonMatch->currentData().toInt());
    f.jsonValue = m_jsonValue->text();
    if (m_fromEnabled->isChecked()) {
        QDateTime from = m_from->dateTime();
        from.setTime(QTime(from.time().hour(), from.time().minute()));
        f.fromMs = from.toMSecsSinceEpoch();
    }
    // The editor shows whole minutes: "to 12:05" includes all of 12:05.
    if (m_toEnabled->isChecked()) {
        QDateTime to = m_to->dateTime();
        to.setTime(QTime(to.time().hour(), to.time().minute()));
        f.toMs = to.toMSecsSinceEpoch() + 59'999;
    }
    return f;
}

void FilterBar::setFilter(const MessageFilter& f) {
    m_key->setText(f.key.text);
    m_value->setText(f.value.text);
    m_headerName->setText(f.headerName);
    m_headerValue->setText(f.headerValue.text);
    // One switch serves every text input; a saved filter that used a regular expression
    // anywhere turns it on.
    const bool regex = f.key.mode == TextCondition::Mode::Regex || f.value.mode == TextCondition::Mode::Regex ||
                       f.headerValue.mode == TextCondition::Mode::Regex;
    m_regex->setChecked(regex);
    m_case->setChecked(f.key.caseSensitive || f.value.caseSensitive || f.headerValue.caseSensitive);
    m_jsonPath->setText(f.jsonPath);
    m_jsonMatch->setCurrentIndex(m_jsonMatch->findData(int(f.jsonMatch)));
    m_jsonValue->setText(f.jsonValue);
    m_fromEnabled->setChecked(f.fromMs.has_value());
    if (f.fromMs) m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(*f.fromMs));
    m_toEnabled->setChecked(f.toMs.has_value());
    if (f.toMs) m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(*f.toMs));
    clearProblems();
}

QLabel* FilterBar::problemLabel(FilterField field) const {
    return m_problems.value(field);
}

void FilterBar::showProblems(const QList<app::FilterProblem>& problems) {
    clearProblems();
    for (const auto& p : problems) {
        QLabel* label = problemLabel(p.field);
        if (!label) continue;
        label->setText(label->text().isEmpty() ? p.message : label->text() + QLatin1Char('\n') + p.message);
        label->show();
    }
}

void FilterBar::clearProblems() {
    for (QLabel* label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
}

QString FilterBar::problemText(FilterField field) const {
    QLabel* label = problemLabel(field);
    return label ? label->text() : QString();
}

} // namespace samsa::ui
