// A segment's aborted-transaction index (.txnindex): Kafka's file layout, the search a
// read_committed fetch makes (and where it may stop), truncation, and loading a file a
// crash left with a torn or out-of-order tail.
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>

#include "storage/transaction_index.h"

using samsa::storage::AbortedTxn;
using samsa::storage::TransactionIndex;
namespace fs = std::filesystem;

namespace {

std::vector<uint8_t> readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

class TestTransactionIndex : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_path;

private slots:
    void init() { m_path = fs::path(m_tmp.path().toStdString()) / (std::string(QTest::currentTestFunction()) + ".txnindex"); }

    void entriesAreKafkasLayout() {
        TransactionIndex index(m_path);
        QVERIFY(!fs::exists(m_path)); // created by the first entry only
        index.append({0x0102030405060708, 10, 20, 21});
        const auto bytes = readFile(m_path);
        QCOMPARE(bytes.size(), TransactionIndex::kEntrySize);
        const std::vector<uint8_t> expected{0, 0,                          // version 0
                                            1, 2, 3, 4, 5, 6, 7, 8,        // producer id
                                            0, 0, 0, 0, 0, 0, 0, 10,       // first offset
                                            0, 0, 0, 0, 0, 0, 0, 20,       // last offset (the marker)
                                            0, 0, 0, 0, 0, 0, 0, 21};      // last stable offset
        QCOMPARE(bytes, expected);
        TransactionIndex reread(m_path);
        reread.load();
        QCOMPARE(reread.entries(), (std::vector<AbortedTxn>{{0x0102030405060708, 10, 20, 21}}));
    }

    void markersMustAscend() {
        TransactionIndex index(m_path);
        index.append({1, 0, 5, 6});
        QVERIFY_THROWS_EXCEPTION(std::logic_error, index.append({2, 1, 5, 6}));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, index.append({2, 1, 4, 6}));
        QCOMPARE(index.entries().size(), size_t{1});
    }

    void collectFindsOverlappingTransactionsAndKnowsWhenToStop() {
        TransactionIndex index(m_path);
        // Two transactions interleaved: the first aborted while the second still held
        // the LSO at 3, then the second aborted.
        index.append({1, 0, 10, 3});
        index.append({2, 3, 12, 13});
        index.append({3, 14, 20, 21});
        std::vector<AbortedTxn> out;
        // Reading [0, 5): the first two overlap; the second's LSO (13) passed the bound,
        // so nothing later can start below it and the search is complete.
        QVERIFY(index.collect(0, 5, out));
        QCOMPARE(out, (std::vector<AbortedTxn>{{1, 0, 10, 3}, {2, 3, 12, 13}}));
        // Reading [11, 30): the first ended before it; the last may continue in a later
        // segment's index.
        out.clear();
        QVERIFY(!index.collect(11, 30, out));
        QCOMPARE(out, (std::vector<AbortedTxn>{{2, 3, 12, 13}, {3, 14, 20, 21}}));
        out.clear();
        QVERIFY(!index.collect(21, 40, out));
        QVERIFY(out.empty());
    }

    void truncationDropsMarkersFromTheOffsetOn() {
        TransactionIndex index(m_path);
        index.append({1, 0, 10, 11});
        index.append({2, 11, 12, 13});
        index.truncateTo(12);
        QCOMPARE(index.entries(), (std::vector<AbortedTxn>{{1, 0, 10, 11}}));
        QCOMPARE(fs::file_size(m_path), uint64_t{TransactionIndex::kEntrySize});
        index.truncateTo(0);
        QVERIFY(index.entries().empty());
        QVERIFY(!fs::exists(m_path));
    }

    void loadingKeepsTheGoodPrefix() {
        {
            TransactionIndex index(m_path);
            index.append({1, 0, 10, 11});
            index.append({2, 11, 12, 13});
        }
        // A torn last entry...
        fs::resize_file(m_path, TransactionIndex::kEntrySize * 2 - 3);
        TransactionIndex torn(m_path);
        torn.load();
        QCOMPARE(torn.entries().size(), size_t{1});
        QCOMPARE(fs::file_size(m_path), uint64_t{TransactionIndex::kEntrySize});
        // ...and zeros where an entry should be (an unknown version would be the same).
        {
            std::ofstream out(m_path, std::ios::binary | std::ios::app);
            const std::string zeros(TransactionIndex::kEntrySize, '\0');
            out.write(zeros.data(), std::streamsize(zeros.size()));
        }
        TransactionIndex zeroed(m_path);
        zeroed.load();
        QCOMPARE(zeroed.entries(), (std::vector<AbortedTxn>{{1, 0, 10, 11}}));
        zeroed.remove();
        QVERIFY(!fs::exists(m_path));
    }
};

QTEST_APPLESS_MAIN(TestTransactionIndex)
#include "test_transaction_index.moc"
