#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "app/messages/message_filter.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace samsa::ui {

// The message filter's inputs: key, value, header and JSON field conditions and a time
// range. A problem with an input (an expression that does not compile, a path that is
// not one) is shown right under that input.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    samsa::app::MessageFilter filter() const;
    void setFilter(const samsa::app::MessageFilter& filter);
    void showProblems(const QList<samsa::app::FilterProblem>& problems);
    void clearProblems();
    // The problem shown under an input, empty if none.
    QString problemText(samsa::app::FilterField field) const;

    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* valueEdit() const { return m_value; }
    QLineEdit* headerNameEdit() const { return m_headerName; }
    QLineEdit* headerValueEdit() const { return m_headerValue; }
    QLineEdit* jsonPathEdit() const { return m_jsonPath; }
    QComboBox* jsonMatchCombo() const { return m_jsonMatch; }
    QLineEdit* jsonValueEdit() const { return m_jsonValue; }
    QToolButton* regexCheck() const { return m_regex; }
    QToolButton* caseCheck() const { return m_case; }
    QCheckBox* fromCheck() const { return m_fromEnabled; }
    QCheckBox* toCheck() const { return m_toEnabled; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* clearButton() const { return m_clear; }
    // Where the saved-filters menu goes (the page fills it).
    QToolButton* savedButton() const { return m_saved; }

signals:
    void applyRequested();
    void clearRequested();

private:
    QLabel* problemLabel(samsa::app::FilterField field) const;

    QLineEdit* m_key;
    QLineEdit* m_value;
    QLineEdit* m_headerName;
    QLineEdit* m_headerValue;
    QLineEdit* m_jsonPath;
    QComboBox* m_jsonMatch;
    QLineEdit* m_jsonValue;
    QToolButton* m_regex;
    QToolButton* m_case;
    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QPushButton* m_apply;
    QPushButton* m_clear;
    QToolButton* m_saved;
    QMap<samsa::app::FilterField, QLabel*> m_problems;
};

} // namespace samsa::ui
