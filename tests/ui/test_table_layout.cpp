// Column widths and sort order the user chose are remembered per table.
#include "app/profile_store.h"
#include "support/widget_test.h"
#include "ui/common/table_setup.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <memory>

using samsa::ui::testing::kTimeoutMs;

namespace {

const QString kKey = QStringLiteral("table/TestPage/topicTable");

void fill(QStandardItemModel& model) {
    model.setColumnCount(3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("Partitions"), QStringLiteral("Size")});
    for (int i = 0; i < 5; ++i)
        model.appendRow({new QStandardItem(QStringLiteral("topic-%1").arg(i)),
                         new QStandardItem(QString::number(5 - i)),
                         new QStandardItem(QString::number(i * 100))});
}

std::unique_ptr<QTableView> makeView(QAbstractItemModel* model) {
    auto view = std::make_unique<QTableView>();
    view->setObjectName(QStringLiteral("topicTable"));
    view->setModel(model);
    samsa::ui::setUpReadOnlyTable(view.get());
    view->resize(600, 300);
    view->show();
    return view;
}

// What a user does: press on a column header, drag its edge, let go (which also sorts
// by the pressed column).
void userResizesAndSorts(QTableView* view, int sortColumn, int widthOfFirst) {
    QHeaderView* header = view->horizontalHeader();
    auto inside = [&] {
        return QPoint(header->sectionViewportPosition(sortColumn) + 10, header->height() / 2);
    };
    QTest::mousePress(header->viewport(), Qt::LeftButton, {}, inside());
    header->resizeSection(0, widthOfFirst);
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, inside());
}

} // namespace

class TestTableLayout : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store =
            std::make_unique<samsa::app::ProfileStore>(m_dir->filePath(QStringLiteral("s.sqlite")));
        QVERIFY(m_store->open());
    }
    void cleanup() {
        m_store.reset();
        m_dir.reset();
    }

    void remembersWhatTheUserChose() {
        QStandardItemModel model;
        fill(model);
        QAbstractItemModelTester tester(&model);
        {
            auto view = makeView(&model);
            QVERIFY(QTest::qWaitForWindowExposed(view.get()));
            samsa::ui::rememberTableLayout(view.get(), m_store.get(), kKey);
            // The page's own sizing is not the user's choice: nothing saved.
            view->setColumnWidth(0, 90);
            view->sortByColumn(2, Qt::DescendingOrder);
            QCoreApplication::processEvents();
            QVERIFY(m_store->uiState(kKey).isEmpty());

            userResizesAndSorts(view.get(), 1, 222);
            QTRY_VERIFY_WITH_TIMEOUT(!m_store->uiState(kKey).isEmpty(), kTimeoutMs);
        }
        auto again = makeView(&model);
        samsa::ui::rememberTableLayout(again.get(), m_store.get(), kKey);
        QCOMPARE(again->columnWidth(0), 222);
        QCOMPARE(again->horizontalHeader()->sortIndicatorSection(), 1);
        // The rows are in the remembered order, not just the arrow.
        const Qt::SortOrder order = again->horizontalHeader()->sortIndicatorOrder();
        const QString first = again->model()->index(0, 1).data().toString();
        QCOMPARE(first, order == Qt::AscendingOrder ? QStringLiteral("1") : QStringLiteral("5"));
    }

    void winsOverSizingToTheFirstRows() {
        QStandardItemModel model;
        fill(model);
        {
            auto view = makeView(&model);
            samsa::ui::rememberTableLayout(view.get(), m_store.get(), kKey);
            userResizesAndSorts(view.get(), 0, 180);
            QTRY_VERIFY_WITH_TIMEOUT(!m_store->uiState(kKey).isEmpty(), kTimeoutMs);
        }
        // A page that starts empty and sizes its columns when the data arrives.
        QStandardItemModel late;
        late.setColumnCount(3);
        auto view = makeView(&late);
        samsa::ui::rememberTableLayout(view.get(), m_store.get(), kKey);
        connect(&late, &QStandardItemModel::rowsInserted, view.get(),
                [&] { view->setColumnWidth(0, 40); });
        late.appendRow({new QStandardItem(QStringLiteral("a")),
                        new QStandardItem(QStringLiteral("1")),
                        new QStandardItem(QStringLiteral("2"))});
        QTRY_COMPARE_WITH_TIMEOUT(view->columnWidth(0), 180, kTimeoutMs);
    }

    void keysNameThePageAndTheTable() {
        QWidget page;
        auto* tree = new QTreeView(&page);
        tree->setObjectName(QStringLiteral("members"));
        auto* unnamed = new QTableView(&page);
        QStandardItemModel model;
        fill(model);
        tree->setModel(&model);
        unnamed->setModel(&model);
        QCOMPARE(samsa::ui::tableLayoutKey(&page, tree), QStringLiteral("table/QWidget/members"));
        // Named views only, and nothing at all without a settings database.
        samsa::ui::rememberTableLayouts(&page, nullptr);
        samsa::ui::rememberTableLayouts(&page, m_store.get());
        samsa::ui::rememberTableLayouts(&page, m_store.get()); // twice is once
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<samsa::app::ProfileStore> m_store;
};

QTEST_MAIN(TestTableLayout)
#include "test_table_layout.moc"
