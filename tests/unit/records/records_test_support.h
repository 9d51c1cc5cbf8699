#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "protocol/records/record.h"

namespace samsa::protocol::records::testing {

inline Bytes randomBytes(std::mt19937_64& rng, size_t n) {
    Bytes b(n);
    for (auto& x : b) x = static_cast<uint8_t>(rng());
    return b;
}

// Compressible but not trivially so: words drawn from a small vocabulary.
inline Bytes textBytes(std::mt19937_64& rng, size_t n) {
    static const char* const kWords[] = {"kafka ", "samsa ", "offset ", "partition ",
                                         "broker ", "record ", "batch ", "topic "};
    Bytes b;
    b.reserve(n + 16);
    while (b.size() < n) {
        std::string_view w = kWords[rng() % std::size(kWords)];
        b.insert(b.end(), w.begin(), w.end());
    }
    b.resize(n);
    return b;
}

// Records with consecutive offsets, null and empty keys and values, headers with null
// values, negative and positive timestamp deltas.
inline std::vector<Record> sampleRecords(size_t count, uint64_t seed = 42) {
    std::mt19937_64 rng(seed);
    std::vector<Record> out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        Record r;
        r.offsetDelta = static_cast<int32_t>(i);
        r.timestampDelta = static_cast<int64_t>(rng() % 5000) - 100;
        switch (i % 7) {
        case 0: r.key = std::nullopt; break;
        case 1: r.key = Bytes{}; break;
        default: r.key = textBytes(rng, 1 + rng() % 24);
        }
        if (i % 11 == 3) r.value = std::nullopt; // tombstone
        else if (i % 13 == 5) r.value = randomBytes(rng, rng() % 300);
        else r.value = textBytes(rng, rng() % 400);
        for (size_t h = 0; h < i % 4; ++h) {
            RecordHeader header;
            header.key = "h" + std::to_string(h);
            if (h != 2) header.value = textBytes(rng, rng() % 16);
            r.headers.push_back(std::move(header));
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace samsa::protocol::records::testing
