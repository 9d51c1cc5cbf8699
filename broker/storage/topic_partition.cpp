#include "storage/topic_partition.h"

#include <charconv>

namespace samsa::storage {

std::string TopicPartition::dirName() const { return topic + "-" + std::to_string(partition); }

std::optional<TopicPartition> TopicPartition::parseDirName(std::string_view name) {
    auto dash = name.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 == name.size()) return std::nullopt;
    auto digits = name.substr(dash + 1);
    int32_t partition = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), partition);
    if (ec != std::errc() || end != digits.data() + digits.size() || partition < 0) return std::nullopt;
    // from_chars accepts leading zeros; "t-01" is not a name this code would ever write.
    if (digits.size() > 1 && digits[0] == '0') return std::nullopt;
    return TopicPartition{std::string(name.substr(0, dash)), partition};
}

} // namespace samsa::storage
