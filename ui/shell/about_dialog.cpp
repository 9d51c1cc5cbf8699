#include "ui/shell/about_dialog.h"

#include "ui/shell/library_versions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samsa::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Samsa"));

    auto* icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 4;
    icon->setPixmap(QApplication::windowIcon().pixmap(iconSize, iconSize));
    icon->setFixedSize(iconSize, iconSize);

    auto* title = new QLabel(tr("Samsa %1").arg(QStringLiteral(SAMSA_VERSION)), this);
    title->setObjectName(QStringLiteral("aboutVersion"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto* blurb = new QLabel(tr("A desktop app for Apache Kafka, with a bundled "
                                "Kafka-compatible broker."),
                             this);
    blurb->setWordWrap(true);
    auto* license = new QLabel(
        //: %1 is the license's name, which stays in English.
        tr("Free software, licensed under the %1.")
            .arg(QStringLiteral("<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">"
                                "Apache License 2.0</a>")),
        this);
    license->setObjectName(QStringLiteral("aboutLicense"));
    license->setOpenExternalLinks(true);
    license->setTextFormat(Qt::RichText);
    auto* kafka = new QLabel(tr("Apache Kafka is a trademark of the Apache Software Foundation. "
                                "Samsa is not affiliated with it."),
                             this);
    kafka->setWordWrap(true);
    QPalette muted = kafka->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    kafka->setPalette(muted);

    auto* texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(blurb);
    texts->addWidget(license);
    texts->addWidget(kafka);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('m')));
    top->addLayout(texts, 1);

    auto* librariesTitle = new QLabel(tr("Runs with"), this);
    m_libraries = new QTreeWidget(this);
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setRootIsDecorated(false);
    m_libraries->setSelectionMode(QAbstractItemView::NoSelection);
    m_libraries->setFocusPolicy(Qt::NoFocus);
    m_libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Used for")});
    for (const LibraryVersion& library : linkedLibraries())
        new QTreeWidgetItem(m_libraries, {library.name, library.version, library.purpose});
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('m'));
    // The list is short and never grows: it is exactly as large as what it shows.
    for (int column = 0; column < m_libraries->columnCount(); ++column) {
        m_libraries->resizeColumnToContents(column);
        m_libraries->setColumnWidth(column, m_libraries->columnWidth(column) + em);
    }
    m_libraries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_libraries->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_libraries->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy =
        buttons->addButton(tr("Copy version information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopy"));
    copy->setToolTip(tr("Copy the versions above as text, for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(em);
    layout->addWidget(librariesTitle);
    layout->addWidget(m_libraries);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::versionReport() const {
    // Plain ASCII, in English: it goes into bug reports read by the developers.
    QStringList lines{QStringLiteral("Samsa %1").arg(QStringLiteral(SAMSA_VERSION)),
                      QStringLiteral("%1 (%2)").arg(QSysInfo::prettyProductName(),
                                                    QSysInfo::currentCpuArchitecture()),
                      QStringLiteral("Platform: %1").arg(QGuiApplication::platformName())};
    for (const LibraryVersion& library : linkedLibraries())
        lines << QStringLiteral("%1 %2").arg(library.name, library.version);
    return lines.join(QLatin1Char('\n'));
}

} // namespace samsa::ui
