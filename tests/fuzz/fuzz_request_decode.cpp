// libFuzzer target: a request frame's header and body, for any api key and version.
// Whatever decodes must encode again, and that encoding must be a fixed point.

#include <cstddef>
#include <cstdint>
#include <variant>

#include "protocol/messages/any_request.h"
#include "protocol/messages/headers.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

using namespace samsa::protocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Reader r({data, size});
    messages::DecodedRequestHeader header;
    messages::AnyRequest request;
    try {
        header = messages::decodeRequestHeader(r);
        request = messages::decodeRequest(header.apiKey, header.apiVersion, r);
    } catch (const DecodeError&) {
        return 0;
    }
    std::visit([&](const auto& decoded) {
        // The first encoding may differ from the input (defaulted tagged fields are
        // dropped, unknown tags sorted); after that, decode and encode must agree exactly.
        Writer first;
        decoded.encode(first, header.apiVersion);
        Reader again(first.bytes());
        std::decay_t<decltype(decoded)> copy;
        copy.decode(again, header.apiVersion);
        Writer second;
        copy.encode(second, header.apiVersion);
        if (!again.atEnd() || second.bytes() != first.bytes()) __builtin_trap();
    }, request);
    return 0;
}
