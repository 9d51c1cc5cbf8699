#pragma once

#include "app/produce/message_template.h"
#include "app/produce/record_source.h"

#include <optional>
#include <string>
#include <vector>

namespace samsa::app {

// A record to send, each part a template; build() makes record number i of a run.
struct RecordTemplate {
    struct Header {
        std::string key;
        std::optional<MessageTemplate> value; // a null header value when absent
    };
    std::optional<MessageTemplate> key;   // a null key when absent
    std::optional<MessageTemplate> value; // a null value (tombstone) when absent
    std::vector<Header> headers;
    std::optional<int32_t> partition; // for the explicit partitioner

    bool hasPlaceholders() const;
    client::ProducerRecord build(TemplateContext& context) const;
};

// `count` records from one template, numbered 0 to count - 1.
class TemplateRecordSource : public RecordSource {
public:
    TemplateRecordSource(RecordTemplate recordTemplate, int64_t count);

    int64_t total() const override { return m_count; }
    std::vector<client::ProducerRecord> next(size_t maxRecords, size_t maxBytes,
                                             QString* error) override;

private:
    RecordTemplate m_template;
    int64_t m_count;
    int64_t m_next = 0;
    TemplateContext m_context;
    std::optional<client::ProducerRecord> m_held; // built, but did not fit the last batch
};

} // namespace samsa::app
