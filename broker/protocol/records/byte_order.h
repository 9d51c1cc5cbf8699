#pragma once

#include "protocol/wire/byte_order.h"

// The batch code patches big-endian header fields in place; it uses the wire helpers
// under the names it has always used.
namespace samsa::protocol::records::detail {

using protocol::loadBigEndian;
using protocol::storeBigEndian;

} // namespace samsa::protocol::records::detail
