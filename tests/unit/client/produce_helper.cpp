#include "produce_helper.h"

#include <asio.hpp>

#include "protocol/messages/headers.h"
#include "protocol/messages/produce.h"
#include "protocol/records/record_batch.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa;
namespace msg = protocol::messages;

bool produceRecords(uint16_t port, const std::string& topic, int32_t partition, int count) {
    protocol::records::BatchBuilder builder(protocol::records::BatchSpec{});
    for (int i = 0; i < count; ++i) {
        const std::string value = "record-" + std::to_string(i);
        const protocol::Bytes bytes(value.begin(), value.end());
        builder.append(1700000000000 + i, std::nullopt, protocol::records::ByteView(bytes));
    }
    msg::ProduceRequest request;
    request.acks = 1;
    request.timeoutMs = 10000;
    msg::ProduceRequest::PartitionProduceData data;
    data.index = partition;
    data.records = builder.build();
    request.topicData.push_back({topic, {data}, {}});

    constexpr int16_t version = 9;
    protocol::Writer w;
    const size_t at = w.reserveInt32();
    msg::encodeRequestHeader(w, msg::ProduceRequest::kApiKey, version, 1, std::string("admin-test"));
    request.encode(w, version);
    w.patchInt32(at, static_cast<int32_t>(w.size() - 4));

    asio::io_context io;
    asio::ip::tcp::socket socket(io);
    socket.connect({asio::ip::make_address("127.0.0.1"), port});
    asio::write(socket, asio::buffer(w.bytes()));
    uint8_t sizeBytes[4];
    asio::read(socket, asio::buffer(sizeBytes));
    const uint32_t size = (uint32_t(sizeBytes[0]) << 24) | (uint32_t(sizeBytes[1]) << 16) |
                          (uint32_t(sizeBytes[2]) << 8) | sizeBytes[3];
    protocol::Bytes frame(size);
    asio::read(socket, asio::buffer(frame));
    protocol::Reader r(frame);
    r.readInt32();
    r.readUnsignedVarint(); // header tagged fields (v1)
    msg::ProduceResponse response;
    response.decode(r, version);
    return response.responses.size() == 1 && response.responses[0].partitionResponses.size() == 1 &&
           response.responses[0].partitionResponses[0].errorCode == 0;
}
