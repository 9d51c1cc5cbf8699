#pragma once

#include <QString>

class QBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace samsa::ui {

// Makes a label the large bold title a page starts with.
void stylePageTitle(QLabel* title);

// The top row of a page that reads its data from the cluster: the title on the left, a
// quiet progress note ("Loading…") and a Refresh button on the right.
struct PageHeader {
    QLabel* title;
    QLabel* loading;
    QPushButton* refresh;
};

// Adds the row to `layout`; the note and the button are named <namePrefix>Loading and
// <namePrefix>Refresh. Connecting the button is the page's business.
PageHeader addPageHeader(QBoxLayout* layout, const QString& title, const QString& namePrefix,
                         QWidget* page);

} // namespace samsa::ui
