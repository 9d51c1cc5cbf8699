#pragma once

#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace samsa::storage {

struct TopicPartition {
    std::string topic;
    int32_t partition = 0;

    auto operator<=>(const TopicPartition&) const = default;

    // "<topic>-<partition>", the name of the partition's directory in a log dir.
    std::string dirName() const;
    // The inverse of dirName(). Topic names may contain '-', so the partition is what
    // follows the last one. Rejects anything that is not a plain partition directory.
    static std::optional<TopicPartition> parseDirName(std::string_view name);
};

} // namespace samsa::storage

template <>
struct std::hash<samsa::storage::TopicPartition> {
    size_t operator()(const samsa::storage::TopicPartition& tp) const noexcept {
        return std::hash<std::string>{}(tp.topic) * 31 + std::hash<int32_t>{}(tp.partition);
    }
};
