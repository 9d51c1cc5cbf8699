#include "client/consumer_protocol.h"

#include <algorithm>
#include <set>

#include "protocol/messages/consumer_protocol_assignment.h"
#include "protocol/messages/consumer_protocol_subscription.h"
#include "protocol/wire/reader.h"
#include "protocol/wire/writer.h"

namespace samsa::client {

namespace msg = protocol::messages;

namespace {

// Version 1 adds owned partitions, which every broker and consumer since Kafka 2.4 reads;
// older readers stop after the fields they know.
constexpr int16_t kSubscriptionVersion = 1;
constexpr int16_t kAssignmentVersion = 1;

template <typename Message>
std::optional<Message> decodeVersioned(const protocol::Bytes& bytes) {
    try {
        protocol::Reader r(bytes);
        const int16_t version = r.readInt16();
        if (version < 0) return std::nullopt;
        Message m;
        m.decode(r, std::min<int16_t>(version, Message::kMaxVersion));
        return m;
    } catch (const protocol::DecodeError&) {
        return std::nullopt;
    }
}

} // namespace

protocol::Bytes encodeSubscription(const Subscription& subscription) {
    msg::ConsumerProtocolSubscription s;
    s.topics = subscription.topics;
    s.userData = subscription.userData;
    for (const auto& tp : subscription.ownedPartitions)
        s.ownedPartitions.push_back(msg::ConsumerProtocolSubscription::TopicPartition{tp.topic, tp.partitions});
    protocol::Writer w;
    w.writeInt16(kSubscriptionVersion);
    s.encode(w, kSubscriptionVersion);
    return w.take();
}

protocol::Bytes encodeAssignment(const Assignment& assignment) {
    msg::ConsumerProtocolAssignment a;
    a.userData = assignment.userData;
    for (const auto& tp : assignment.partitions)
        a.assignedPartitions.push_back(msg::ConsumerProtocolAssignment::TopicPartition{tp.topic, tp.partitions});
    protocol::Writer w;
    w.writeInt16(kAssignmentVersion);
    a.encode(w, kAssignmentVersion);
    return w.take();
}

std::optional<Subscription> decodeSubscription(const protocol::Bytes& bytes) {
    auto s = decodeVersioned<msg::ConsumerProtocolSubscription>(bytes);
    if (!s) return std::nullopt;
    Subscription out;
    out.topics = std::move(s->topics);
    out.userData = std::move(s->userData);
    for (auto& tp : s->ownedPartitions) out.ownedPartitions.push_back(TopicPartitions{tp.topic, tp.partitions});
    return out;
}

std::optional<Assignment> decodeAssignment(const protocol::Bytes& bytes) {
    if (bytes.empty()) return Assignment{};
    auto a = decodeVersioned<msg::ConsumerProtocolAssignment>(bytes);
    if (!a) return std::nullopt;
    Assignment out;
    out.userData = std::move(a->userData);
    for (auto& tp : a->assignedPartitions) out.partitions.push_back(TopicPartitions{tp.topic, tp.partitions});
    return out;
}

std::map<std::string, std::vector<TopicPartitions>> rangeAssign(
    const std::map<std::string, std::vector<std::string>>& subscriptions,
    const std::map<std::string, int32_t>& partitionCounts) {
    std::map<std::string, std::vector<TopicPartitions>> out;
    std::map<std::string, std::vector<std::string>> membersByTopic; // members sorted: std::map order
    for (const auto& [member, topics] : subscriptions) {
        out[member];
        for (const auto& topic : std::set<std::string>(topics.begin(), topics.end()))
            membersByTopic[topic].push_back(member);
    }
    for (const auto& [topic, members] : membersByTopic) {
        auto count = partitionCounts.find(topic);
        if (count == partitionCounts.end() || count->second <= 0) continue;
        const auto n = static_cast<int32_t>(members.size());
        const int32_t each = count->second / n;
        const int32_t extra = count->second % n;
        for (int32_t i = 0; i < n; ++i) {
            const int32_t start = i * each + std::min(i, extra);
            const int32_t length = each + (i < extra ? 1 : 0);
            if (length == 0) continue;
            TopicPartitions tp{topic, {}};
            for (int32_t p = start; p < start + length; ++p) tp.partitions.push_back(p);
            out[members[static_cast<size_t>(i)]].push_back(std::move(tp));
        }
    }
    return out;
}

} // namespace samsa::client
