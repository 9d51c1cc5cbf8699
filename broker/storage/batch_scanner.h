#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "protocol/records/batch_header.h"

namespace samsa::storage {

class File;

// Walks the record batches of a .log file from a byte position, reading ahead in
// chunks so a run of small batches costs one pread rather than one per batch.
class BatchScanner {
public:
    struct Batch {
        uint64_t position = 0;
        uint64_t size = 0;              // the whole batch, log overhead included
        std::span<const uint8_t> bytes; // the whole batch (empty in HeadersOnly mode); valid until next()
        protocol::records::BatchHeader header;
    };

    enum class Stop {
        End,     // stopped exactly at the end
        Partial, // a batch runs past the end: a torn write
        Invalid, // a header that cannot be a v2 batch
    };

    // Whole batches for checking them (recovery), or headers only for finding a batch
    // by offset or time, which then skips over record bytes without reading them.
    enum class Mode { WholeBatches, HeadersOnly };

    // Scans [start, end) of `file`; end is normally the file size.
    static constexpr size_t kDefaultChunkSize = 64 * 1024;
    BatchScanner(const File& file, uint64_t start, uint64_t end, size_t chunkSize = kDefaultChunkSize,
                 Mode mode = Mode::WholeBatches);

    // The next whole batch, or nullopt when the scan stops (see stopReason()).
    std::optional<Batch> next();
    Stop stopReason() const { return m_stop; }
    // Where the next batch would start: after the last batch returned.
    uint64_t position() const { return m_pos; }

private:
    std::span<const uint8_t> bytesAt(uint64_t position, size_t size);

    const File& m_file;
    uint64_t m_pos;
    uint64_t m_end;
    Mode m_mode;
    size_t m_chunkSize;
    std::vector<uint8_t> m_buf;
    uint64_t m_bufStart = 0;
    Stop m_stop = Stop::End;
};

} // namespace samsa::storage
