#include "capture_file.h"

#include <deque>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>

#include "protocol/wire/reader.h"

namespace samsa::protocol::captures {

namespace {
constexpr std::string_view kMagic = "SAMSACAP";
constexpr uint16_t kFormatVersion = 1;
} // namespace

Capture parseCapture(std::span<const uint8_t> data) {
    Capture capture;
    try {
        Reader r(data);
        auto magic = r.readRaw(kMagic.size());
        if (!std::equal(magic.begin(), magic.end(), kMagic.begin()))
            throw std::runtime_error("not a capture file");
        const uint16_t version = r.readUint16();
        if (version != kFormatVersion)
            throw std::runtime_error("capture format " + std::to_string(version) + " is not supported");
        auto description = r.readRaw(r.readUint16());
        capture.description.assign(description.begin(), description.end());
        while (!r.atEnd()) {
            CapturedFrame frame;
            const auto direction = static_cast<uint8_t>(r.readInt8());
            if (direction > 1) throw std::runtime_error("unknown direction " + std::to_string(direction));
            frame.direction = static_cast<Direction>(direction);
            frame.connection = r.readUint32();
            auto bytes = r.readRaw(r.readUint32());
            frame.bytes.assign(bytes.begin(), bytes.end());
            capture.frames.push_back(std::move(frame));
        }
    } catch (const DecodeError& e) {
        throw std::runtime_error(std::string("capture file cut short: ") + e.what());
    }
    return capture;
}

Capture readCapture(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    const Bytes data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parseCapture(data);
}

std::vector<Exchange> pairExchanges(const Capture& capture) {
    std::vector<Exchange> exchanges;
    // Per connection, the indexes of requests still waiting for their response.
    std::map<uint32_t, std::deque<size_t>> pending;
    for (const auto& frame : capture.frames) {
        const std::string where = "connection " + std::to_string(frame.connection) + ": ";
        if (frame.direction == Direction::Request) {
            Reader r(frame.bytes);
            Exchange e;
            e.connection = frame.connection;
            try {
                e.header = messages::decodeRequestHeader(r);
            } catch (const DecodeError& err) {
                throw std::runtime_error(where + "request header does not decode: " + err.what());
            }
            e.request = frame.bytes;
            pending[frame.connection].push_back(exchanges.size());
            exchanges.push_back(std::move(e));
            continue;
        }
        auto& queue = pending[frame.connection];
        if (queue.empty()) throw std::runtime_error(where + "response without a request");
        Exchange& e = exchanges[queue.front()];
        queue.pop_front();
        Reader r(frame.bytes);
        int32_t correlationId = 0;
        try {
            correlationId = r.readInt32();
        } catch (const DecodeError&) {
            throw std::runtime_error(where + "response shorter than a correlation id");
        }
        if (correlationId != e.header.correlationId)
            throw std::runtime_error(where + "response " + std::to_string(correlationId) + " arrived while " +
                                     std::to_string(e.header.correlationId) + " was next");
        e.response = frame.bytes;
    }
    return exchanges;
}

std::string capturePath(const std::string& fileName) {
    return std::string(SAMSA_TEST_DATA_DIR) + "/captures/" + fileName;
}

} // namespace samsa::protocol::captures
