#pragma once

// Records and helpers the detail pane's widget tests share.
#include "app/messages/payload_format.h"

#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <optional>
#include <string>
#include <string_view>

namespace samsa::ui::testing {

namespace client = samsa::client;
using samsa::app::RecordDetail;

inline constexpr int64_t kTimestamp = 1714566896789;
inline constexpr char kOrderJson[] =
    R"({"orderId":1234,"customer":{"name":"Ada","tier":"gold"},"items":[{"sku":"A-1","qty":2},)"
    R"({"sku":"B-7","qty":1}],"total":42.50,"paid":true,"note":null})";

inline client::Bytes bytesOf(std::string_view s) { return {s.begin(), s.end()}; }
inline client::Bytes toBytes(const QByteArray& b) { return {b.begin(), b.end()}; }

inline client::RecordHeader header(const std::string& key, std::optional<std::string_view> value) {
    client::RecordHeader h;
    h.key = key;
    if (value) h.value = bytesOf(*value);
    return h;
}

inline RecordDetail jsonRecord() {
    RecordDetail d;
    d.topic = QStringLiteral("orders");
    d.partition = 2;
    d.record.offset = 1234;
    d.record.timestampMs = kTimestamp;
    d.record.key = bytesOf("order-1234");
    d.record.value = bytesOf(kOrderJson);
    d.record.headers = {header("content-type", "application/json"),
                        header("trace-id", "4bf92f3577b34da6a3ce929d0e0e4736")};
    d.producerId = 4001;
    d.producerEpoch = 3;
    d.baseSequence = 17;
    d.transactional = true;
    d.compression = client::Compression::Gzip;
    return d;
}

// A schema-registry style value: magic byte, schema id, then binary fields.
inline RecordDetail binaryRecord() {
    RecordDetail d;
    d.topic = QStringLiteral("payments");
    d.partition = 0;
    d.record.offset = 7;
    d.record.timestampMs = kTimestamp + 1000;
    d.record.timestampType = client::TimestampType::LogAppendTime;
    d.record.key = client::Bytes{0x00, 0x00, 0x01, 0x2A};
    client::Bytes value{0x00, 0x00, 0x00, 0x00, 0x07, 0x02, 0x0C};
    for (char c : std::string_view("EUR 12.50 \xFF\xFE card")) value.push_back(uint8_t(c));
    for (int i = 0; i < 40; ++i) value.push_back(uint8_t(i * 37));
    d.record.value = value;
    d.compression = client::Compression::Zstd;
    return d;
}

inline RecordDetail tombstone() {
    RecordDetail d;
    d.topic = QStringLiteral("users");
    d.partition = 1;
    d.record.offset = 99;
    d.record.timestampMs = kTimestamp;
    d.record.key = bytesOf("user-42");
    return d;
}

inline QString labelText(QWidget& root, const char* name) {
    auto* label = root.findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

inline bool badgeShown(QWidget& view, const char* name) {
    auto* badge = view.findChild<QLabel*>(QLatin1String(name));
    return badge && badge->isVisibleTo(&view);
}

// The colours the highlighter gave one line of a text view.
inline QList<QTextLayout::FormatRange> formatsOfLine(QPlainTextEdit* edit, int line) {
    return edit->document()->findBlockByNumber(line).layout()->formats();
}

inline QPalette darkPalette() {
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 30), text(220, 220, 220);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(38, 38, 40));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    p.setColor(QPalette::Highlight, QColor(38, 79, 120));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Mid, QColor(90, 90, 90));
    p.setColor(QPalette::Light, QColor(70, 70, 70));
    p.setColor(QPalette::Dark, QColor(20, 20, 20));
    return p;
}


// Shows `view` at the size the pictures use; false if it never came on screen.
inline bool showForTest(QWidget& view) {
    view.resize(900, 640);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

} // namespace samsa::ui::testing
