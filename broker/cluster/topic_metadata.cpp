#include "cluster/topic_metadata.h"

namespace samsa::cluster {

std::optional<std::string> checkTopicName(std::string_view name) {
    if (name.empty()) return "topic name is empty";
    if (name == "." || name == "..") return "topic name cannot be \".\" or \"..\"";
    if (name.size() > 249)
        return "topic name is " + std::to_string(name.size()) + " characters long; the limit is 249";
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '.' || c == '_' || c == '-';
        if (!ok)
            return "topic name \"" + std::string(name) +
                   "\" contains characters other than ASCII letters, digits, '.', '_' and '-'";
    }
    return std::nullopt;
}

bool isInternalTopic(std::string_view name) {
    return name == kConsumerOffsetsTopic || name == kTransactionStateTopic;
}

} // namespace samsa::cluster
