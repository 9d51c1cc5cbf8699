#include "app/produce/record_template.h"

#include <QDateTime>
#include <algorithm>

namespace samsa::app {

size_t approximateSize(const client::ProducerRecord& record) {
    // Per-record framing in a v2 batch is a few varints; 32 bytes covers it generously.
    size_t size =
        32 + (record.key ? record.key->size() : 0) + (record.value ? record.value->size() : 0);
    for (const auto& h : record.headers)
        size += 8 + h.key.size() + (h.value ? h.value->size() : 0);
    return size;
}

bool RecordTemplate::hasPlaceholders() const {
    return (key && key->hasPlaceholders()) || (value && value->hasPlaceholders()) ||
           std::any_of(headers.begin(), headers.end(),
                       [](const Header& h) { return h.value && h.value->hasPlaceholders(); });
}

client::ProducerRecord RecordTemplate::build(TemplateContext& context) const {
    client::ProducerRecord record;
    if (key) key->expandInto(record.key.emplace(), context);
    if (value) value->expandInto(record.value.emplace(), context);
    record.headers.reserve(headers.size());
    for (const auto& h : headers) {
        auto& header = record.headers.emplace_back();
        header.key = h.key;
        if (h.value) h.value->expandInto(header.value.emplace(), context);
    }
    record.partition = partition;
    return record;
}

TemplateRecordSource::TemplateRecordSource(RecordTemplate recordTemplate, int64_t count)
    : m_template(std::move(recordTemplate)), m_count(std::max<int64_t>(count, 0)) {}

std::vector<client::ProducerRecord> TemplateRecordSource::next(size_t maxRecords, size_t maxBytes,
                                                               QString*) {
    std::vector<client::ProducerRecord> out;
    size_t bytes = 0;
    if (m_held) {
        bytes = approximateSize(*m_held);
        out.push_back(std::move(*m_held));
        m_held.reset();
    }
    while (m_next < m_count && out.size() < maxRecords) {
        m_context.startRecord(m_next, QDateTime::currentMSecsSinceEpoch());
        auto record = m_template.build(m_context);
        ++m_next;
        const size_t size = approximateSize(record);
        if (!out.empty() && bytes + size > maxBytes) {
            m_held = std::move(record);
            break;
        }
        bytes += size;
        out.push_back(std::move(record));
    }
    return out;
}

} // namespace samsa::app
