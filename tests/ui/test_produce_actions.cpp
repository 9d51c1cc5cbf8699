// The main window's Produce… (Ctrl+P) and Import records… actions open their dialogs for
// the topic of the current page, or the one selected on the Topics page.
#include "app/local_cluster_host.h"
#include "support/widget_test.h"
#include "ui/cluster_services.h"
#include "ui/main_window.h"
#include "ui/navigator_model.h"
#include "ui/produce/import_dialog.h"
#include "ui/produce/produce_dialog.h"
#include "ui/produce/topic_picker.h"
#include "ui/topic_detail/topic_detail_page.h"
#include "ui/topics/topics_page.h"

#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using samsa::app::LocalClusterHost;
using samsa::ui::MainWindow;
using samsa::ui::testing::kTimeoutMs;

class TestProduceActions : public QObject {
    Q_OBJECT
private slots:
    void openForTheCurrentTopic();
};

void TestProduceActions::openForTheCurrentTopic() {
    QTemporaryDir dir;
    LocalClusterHost host(dir.filePath(QStringLiteral("local")), 0);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), LocalClusterHost::State::Running, kTimeoutMs);
    MainWindow window(&host, nullptr);
    window.show();
    const auto entry = window.navigatorModel()->clusters().value(0);
    QTRY_VERIFY_WITH_TIMEOUT(window.services()->existing(entry), kTimeoutMs);
    auto* service = window.services()->existing(entry);
    samsa::client::NewTopic topic;
    topic.name = "orders";
    topic.numPartitions = 2;
    topic.replicationFactor = 1;
    QVERIFY(service->client()->createTopics({topic}).get().ok());

    QCOMPARE(window.produceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    window.openPage(0, MainWindow::Page::Topic, QStringLiteral("orders"));
    QTRY_VERIFY(qobject_cast<samsa::ui::TopicDetailPage*>(window.pages()->currentWidget()));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.pages()->currentWidget(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<samsa::ui::ProduceDialog*>());
    auto* produce = window.findChild<samsa::ui::ProduceDialog*>();
    QVERIFY(produce->isVisible());
    QCOMPARE(produce->topicPicker()->topic(), QStringLiteral("orders"));
    QTRY_COMPARE_WITH_TIMEOUT(produce->topicPicker()->partitionCount(), 2, kTimeoutMs);
    produce->close(); // deletes itself
    QTRY_VERIFY(!window.findChild<samsa::ui::ProduceDialog*>());

    // On the Topics page the selected topic is the one, and the table's menu offers both.
    window.openPage(0, MainWindow::Page::Topics);
    QTRY_VERIFY(qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget()));
    auto* topics = qobject_cast<samsa::ui::TopicsPage*>(window.pages()->currentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(!topics->isLoading(), kTimeoutMs);
    QVERIFY(topics->selectTopic(QStringLiteral("orders")));
    QVERIFY(topics->tableView()->actions().contains(window.produceAction()));
    QVERIFY(topics->tableView()->actions().contains(window.importAction()));
    window.importAction()->trigger();
    QTRY_VERIFY(window.findChild<samsa::ui::ImportDialog*>());
    QCOMPARE(window.findChild<samsa::ui::ImportDialog*>()->topicPicker()->topic(),
             QStringLiteral("orders"));

    // A restart on another port retires the cluster's service: the dialog goes first.
    host.stop();
    QTRY_COMPARE_WITH_TIMEOUT(host.state(), LocalClusterHost::State::Stopped, kTimeoutMs);
    QVERIFY(window.findChild<samsa::ui::ImportDialog*>());
    host.start();
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<samsa::ui::ImportDialog*>(), kTimeoutMs);
}

QTEST_MAIN(TestProduceActions)
#include "test_produce_actions.moc"
