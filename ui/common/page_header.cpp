#include "ui/common/page_header.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>

namespace samsa::ui {

namespace {
// The translation context of these texts.
class PageHeaderText {
    Q_DECLARE_TR_FUNCTIONS(samsa::ui::PageHeader)
};
} // namespace

void stylePageTitle(QLabel* title) {
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
}

PageHeader addPageHeader(QBoxLayout* layout, const QString& title, const QString& namePrefix,
                         QWidget* page) {
    PageHeader header;
    auto* row = new QHBoxLayout;
    header.title = new QLabel(title, page);
    stylePageTitle(header.title);
    row->addWidget(header.title);
    row->addStretch(1);
    header.loading = new QLabel(page);
    header.loading->setObjectName(namePrefix + QStringLiteral("Loading"));
    header.loading->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(header.loading);
    header.refresh = new QPushButton(PageHeaderText::tr("Refresh"), page);
    header.refresh->setObjectName(namePrefix + QStringLiteral("Refresh"));
    row->addWidget(header.refresh);
    layout->addLayout(row);
    return header;
}

} // namespace samsa::ui
