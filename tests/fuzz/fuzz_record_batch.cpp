// libFuzzer target for the record batch decoder: framing, header, codecs, records.
#include <cstddef>
#include <cstdint>
#include <span>

#include "protocol/records/batch_header.h"
#include "protocol/records/control_record.h"
#include "protocol/records/record_batch.h"

using namespace samsa::protocol;
using namespace samsa::protocol::records;

namespace {

// Small enough that the fuzzer's memory limit is never the thing that stops a bomb.
constexpr size_t kFuzzDecompressLimit = 4 << 20;

void decodeOne(ByteView batch) {
    // Without the CRC check mutated inputs reach the codecs and the record decoder.
    DecodeOptions options;
    options.verifyCrc = false;
    options.maxDecompressedSize = kFuzzDecompressLimit;

    RecordBatch decoded;
    try {
        decoded = decodeBatch(batch, options);
    } catch (const DecodeError&) {
        return;
    }

    // The zero-copy path must agree with the owning one.
    BatchReader reader(batch, options);
    RecordReader records = reader.records();
    RecordView view;
    size_t i = 0;
    while (records.next(view)) {
        if (i >= decoded.records.size() || !(view.toRecord() == decoded.records[i])) __builtin_trap();
        HeaderReader headers(view);
        RecordHeaderView header;
        while (headers.next(header)) {
        }
        ++i;
    }
    if (i != decoded.records.size()) __builtin_trap();

    // Whatever decodes must re-encode to a batch that decodes to the same thing.
    Bytes again = encodeBatch(BatchSpec::fromHeader(decoded.header), decoded.records);
    if (!verifyCrc(again)) __builtin_trap();
    RecordBatch second = decodeBatch(again, options);
    if (!(second.records == decoded.records)) __builtin_trap();
    BatchHeader expected = decoded.header;
    // Attribute bits Kafka has not assigned are not part of BatchSpec.
    expected.attributes &= 0x7f;
    expected.batchLength = second.header.batchLength;
    expected.crc = second.header.crc;
    if (!(second.header == expected)) __builtin_trap();

    if (decoded.header.isControl() && !decoded.records.empty() && decoded.records[0].key) {
        try {
            parseControlRecordKey(*decoded.records[0].key);
        } catch (const DecodeError&) {
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ByteView input(data, size);
    verifyCrc(input);
    size_t consumed = 0;
    auto spans = splitBatches(input, &consumed);
    if (consumed > size) __builtin_trap();
    if (spans.empty()) {
        decodeOne(input);
        return 0;
    }
    for (const BatchSpan& s : spans) decodeOne(input.subspan(s.position, s.size));
    return 0;
}
