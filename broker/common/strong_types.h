#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace samsa {

// A number that means one thing. Offsets, partition ids, node ids and epochs are all
// integers on the wire; keeping them apart in the type system stops an offset from
// being passed where a partition is expected.
template <typename Tag, typename Rep>
class StrongInt {
public:
    using rep = Rep;
    constexpr StrongInt() = default;
    constexpr explicit StrongInt(Rep v) : m_value(v) {}
    constexpr Rep value() const { return m_value; }
    constexpr auto operator<=>(const StrongInt&) const = default;
    constexpr StrongInt& operator++() { ++m_value; return *this; }
    constexpr StrongInt operator+(Rep d) const { return StrongInt(m_value + d); }
    constexpr StrongInt operator-(Rep d) const { return StrongInt(m_value - d); }
    constexpr Rep operator-(StrongInt o) const { return m_value - o.m_value; }

private:
    Rep m_value{};
};

using Offset = StrongInt<struct OffsetTag, int64_t>;
using PartitionId = StrongInt<struct PartitionTag, int32_t>;
using NodeId = StrongInt<struct NodeTag, int32_t>;
using Epoch = StrongInt<struct EpochTag, int32_t>;
using ProducerId = StrongInt<struct ProducerIdTag, int64_t>;

} // namespace samsa

template <typename Tag, typename Rep>
struct std::hash<samsa::StrongInt<Tag, Rep>> {
    size_t operator()(samsa::StrongInt<Tag, Rep> v) const noexcept { return std::hash<Rep>{}(v.value()); }
};
