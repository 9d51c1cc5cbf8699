#include "support/rdkafka_client.h"

#include <chrono>
#include <map>

namespace interop {

namespace {

using Clock = std::chrono::steady_clock;

std::optional<std::string> copyBytes(const void* data, size_t size) {
    if (!data) return std::nullopt;
    return std::string(static_cast<const char*>(data), size);
}

std::string errorText(rd_kafka_resp_err_t err, const char* message = nullptr) {
    std::string text = rd_kafka_err2name(err);
    if (message && *message) text += std::string(": ") + message;
    return text;
}

// Admin results own their memory through the event; one guard per call.
struct EventGuard {
    rd_kafka_event_t* ev;
    ~EventGuard() {
        if (ev) rd_kafka_event_destroy(ev);
    }
};
struct QueueGuard {
    rd_kafka_queue_t* q;
    ~QueueGuard() { rd_kafka_queue_destroy(q); }
};
struct OptionsGuard {
    rd_kafka_AdminOptions_t* o;
    ~OptionsGuard() { rd_kafka_AdminOptions_destroy(o); }
};
struct PartitionListGuard {
    rd_kafka_topic_partition_list_t* l;
    ~PartitionListGuard() { rd_kafka_topic_partition_list_destroy(l); }
};

// A configuration with bootstrap.servers and `extra`; null with `error` set if librdkafka
// rejects a setting.
rd_kafka_conf_t* buildConf(const std::string& bootstrap, const ConfigMap& extra, std::string* error) {
    char errstr[512];
    rd_kafka_conf_t* conf = rd_kafka_conf_new();
    ConfigMap all{{"bootstrap.servers", bootstrap}};
    all.insert(all.end(), extra.begin(), extra.end());
    for (const auto& [name, value] : all) {
        if (rd_kafka_conf_set(conf, name.c_str(), value.c_str(), errstr, sizeof errstr) != RD_KAFKA_CONF_OK) {
            if (error) *error = name + ": " + errstr;
            rd_kafka_conf_destroy(conf);
            return nullptr;
        }
    }
    return conf;
}

KafkaPtr newClient(rd_kafka_type_t type, rd_kafka_conf_t* conf, std::string* error) {
    char errstr[512];
    rd_kafka_t* rk = rd_kafka_new(type, conf, errstr, sizeof errstr); // owns conf on success
    if (!rk) {
        if (error) *error = errstr;
        rd_kafka_conf_destroy(conf);
    }
    return KafkaPtr(rk);
}

} // namespace

void KafkaDeleter::operator()(rd_kafka_t* rk) const {
    if (!rk) return;
    if (rd_kafka_type(rk) == RD_KAFKA_CONSUMER) rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
}

KafkaPtr createClient(rd_kafka_type_t type, const std::string& bootstrap, const ConfigMap& extra,
                      std::string* error) {
    rd_kafka_conf_t* conf = buildConf(bootstrap, extra, error);
    return conf ? newClient(type, conf, error) : nullptr;
}

// ---- Producer ------------------------------------------------------------------------

Producer::Producer(const std::string& bootstrap, const ConfigMap& extra) {
    rd_kafka_conf_t* conf = buildConf(bootstrap, extra, &m_error);
    if (!conf) return;
    rd_kafka_conf_set_dr_msg_cb(conf, &Producer::onDelivery);
    rd_kafka_conf_set_opaque(conf, this);
    m_rk = newClient(RD_KAFKA_PRODUCER, conf, &m_error);
}

void Producer::onDelivery(rd_kafka_t*, const rd_kafka_message_t* msg, void* opaque) {
    auto* self = static_cast<Producer*>(opaque);
    DeliveryReport r;
    r.id = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(msg->_private));
    r.error = msg->err;
    r.partition = msg->partition;
    r.offset = msg->offset;
    self->m_reports.push_back(r);
}

rd_kafka_resp_err_t Producer::produce(const OutMessage& m, uint64_t id) {
    rd_kafka_headers_t* headers = nullptr;
    if (!m.headers.empty()) {
        headers = rd_kafka_headers_new(m.headers.size());
        for (const auto& [name, value] : m.headers)
            rd_kafka_header_add(headers, name.data(), static_cast<ssize_t>(name.size()), value.data(),
                                static_cast<ssize_t>(value.size()));
    }
    // librdkafka's argument macros cast without parenthesizing, so plain values only.
    const void* key = m.key ? m.key->data() : nullptr;
    const size_t keySize = m.key ? m.key->size() : 0;
    void* value = m.value ? const_cast<char*>(m.value->data()) : nullptr;
    const size_t valueSize = m.value ? m.value->size() : 0;
    void* opaque = reinterpret_cast<void*>(static_cast<uintptr_t>(id));
    for (;;) {
        // A copy of `headers` per attempt: librdkafka takes ownership only on success.
        rd_kafka_headers_t* attempt = headers ? rd_kafka_headers_copy(headers) : nullptr;
        rd_kafka_resp_err_t err = rd_kafka_producev(
            m_rk.get(), RD_KAFKA_V_TOPIC(m.topic.c_str()), RD_KAFKA_V_PARTITION(m.partition),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
            RD_KAFKA_V_KEY(key, keySize), RD_KAFKA_V_VALUE(value, valueSize), RD_KAFKA_V_TIMESTAMP(m.timestampMs),
            RD_KAFKA_V_HEADERS(attempt), RD_KAFKA_V_OPAQUE(opaque), RD_KAFKA_V_END);
        if (err != RD_KAFKA_RESP_ERR_NO_ERROR && attempt) rd_kafka_headers_destroy(attempt);
        if (err == RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            rd_kafka_poll(m_rk.get(), 50);
            continue;
        }
        if (headers) rd_kafka_headers_destroy(headers);
        return err;
    }
}

int Producer::flush(int timeoutMs) {
    rd_kafka_flush(m_rk.get(), timeoutMs);
    return rd_kafka_outq_len(m_rk.get());
}

void Producer::poll(int timeoutMs) { rd_kafka_poll(m_rk.get(), timeoutMs); }

std::vector<DeliveryReport> Producer::takeReports() { return std::exchange(m_reports, {}); }

// ---- Reading -------------------------------------------------------------------------

std::optional<Watermarks> queryWatermarks(rd_kafka_t* rk, const std::string& topic, int32_t partition,
                                          std::string* error, int timeoutMs) {
    Watermarks w;
    auto err = rd_kafka_query_watermark_offsets(rk, topic.c_str(), partition, &w.low, &w.high, timeoutMs);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error) *error = errorText(err);
        return std::nullopt;
    }
    return w;
}

std::vector<InMessage> readPartitions(const std::string& bootstrap, const std::string& topic,
                                      const std::vector<int32_t>& partitions, std::string* error,
                                      int64_t startOffset, const ConfigMap& extra, int timeoutMs) {
    std::vector<InMessage> out;
    ConfigMap config{{"group.id", "samsa-interop-reader"}, {"enable.auto.commit", "false"},
                     {"enable.auto.offset.store", "false"}};
    config.insert(config.end(), extra.begin(), extra.end());
    std::string err;
    KafkaPtr rk = createClient(RD_KAFKA_CONSUMER, bootstrap, config, &err);
    if (!rk) {
        if (error) *error = err;
        return out;
    }
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    std::map<int32_t, int64_t> end; // partition -> high watermark to read up to
    rd_kafka_topic_partition_list_t* assignment = rd_kafka_topic_partition_list_new(static_cast<int>(partitions.size()));
    PartitionListGuard assignmentGuard{assignment};
    for (int32_t p : partitions) {
        auto w = queryWatermarks(rk.get(), topic, p, &err);
        if (!w) {
            if (error) *error = "watermarks of partition " + std::to_string(p) + ": " + err;
            return out;
        }
        const int64_t from = startOffset >= 0 ? startOffset : w->low;
        if (w->high <= from) continue;
        end[p] = w->high;
        rd_kafka_topic_partition_list_add(assignment, topic.c_str(), p)->offset = startOffset;
    }
    if (end.empty()) return out;
    if (auto e = rd_kafka_assign(rk.get(), assignment); e != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error) *error = "assign: " + errorText(e);
        return out;
    }
    std::string lastError;
    while (!end.empty() && Clock::now() < deadline) {
        rd_kafka_message_t* msg = rd_kafka_consumer_poll(rk.get(), 200);
        if (!msg) continue;
        if (msg->err) {
            // Transient fetch errors are retried by librdkafka; remember the last for the report.
            if (msg->err != RD_KAFKA_RESP_ERR__PARTITION_EOF)
                lastError = errorText(msg->err, static_cast<const char*>(msg->payload));
            rd_kafka_message_destroy(msg);
            continue;
        }
        auto it = end.find(msg->partition);
        if (it != end.end() && msg->offset < it->second) {
            InMessage m;
            m.partition = msg->partition;
            m.offset = msg->offset;
            m.timestampMs = rd_kafka_message_timestamp(msg, nullptr);
            m.key = copyBytes(msg->key, msg->key_len);
            m.value = copyBytes(msg->payload, msg->len);
            rd_kafka_headers_t* hdrs = nullptr;
            if (rd_kafka_message_headers(msg, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                const char* name;
                const void* value;
                size_t size;
                for (size_t i = 0; rd_kafka_header_get_all(hdrs, i, &name, &value, &size) == RD_KAFKA_RESP_ERR_NO_ERROR; ++i)
                    m.headers.emplace_back(name, value ? std::string(static_cast<const char*>(value), size) : std::string());
            }
            out.push_back(std::move(m));
            if (msg->offset + 1 >= it->second) end.erase(it);
        }
        rd_kafka_message_destroy(msg);
    }
    if (!end.empty() && error) {
        *error = "deadline reached with " + std::to_string(end.size()) + " partition(s) unread";
        if (!lastError.empty()) *error += "; last error " + lastError;
    }
    return out;
}

// ---- Admin ---------------------------------------------------------------------------

Admin::Admin(const std::string& bootstrap) {
    std::string error;
    m_rk = createClient(RD_KAFKA_PRODUCER, bootstrap, {}, &error);
}

rd_kafka_event_t* Admin::waitFor(rd_kafka_queue_t* queue, rd_kafka_event_type_t type) {
    const auto deadline = Clock::now() + std::chrono::milliseconds(m_timeoutMs + 5000);
    while (Clock::now() < deadline) {
        rd_kafka_event_t* ev = rd_kafka_queue_poll(queue, 200);
        if (!ev) continue;
        if (rd_kafka_event_type(ev) == type) return ev;
        rd_kafka_event_destroy(ev);
    }
    return nullptr;
}

namespace {
rd_kafka_AdminOptions_t* adminOptions(rd_kafka_t* rk, rd_kafka_admin_op_t op, int timeoutMs) {
    rd_kafka_AdminOptions_t* o = rd_kafka_AdminOptions_new(rk, op);
    char errstr[256];
    rd_kafka_AdminOptions_set_request_timeout(o, timeoutMs, errstr, sizeof errstr);
    if (op != RD_KAFKA_ADMIN_OP_ALTERCONFIGS)
        rd_kafka_AdminOptions_set_operation_timeout(o, timeoutMs, errstr, sizeof errstr);
    return o;
}

// The request-level error of an admin result event, if any.
std::string eventError(rd_kafka_event_t* ev) {
    if (!ev) return "no result before the deadline";
    if (rd_kafka_event_error(ev)) return errorText(rd_kafka_event_error(ev), rd_kafka_event_error_string(ev));
    return {};
}
} // namespace

std::string Admin::createTopic(const std::string& topic, int partitions, const ConfigMap& configs) {
    char errstr[512];
    rd_kafka_NewTopic_t* nt = rd_kafka_NewTopic_new(topic.c_str(), partitions, 1, errstr, sizeof errstr);
    if (!nt) return errstr;
    for (const auto& [name, value] : configs) rd_kafka_NewTopic_set_config(nt, name.c_str(), value.c_str());
    QueueGuard q{rd_kafka_queue_new(m_rk.get())};
    OptionsGuard o{adminOptions(m_rk.get(), RD_KAFKA_ADMIN_OP_CREATETOPICS, m_timeoutMs)};
    rd_kafka_CreateTopics(m_rk.get(), &nt, 1, o.o, q.q);
    rd_kafka_NewTopic_destroy(nt);
    EventGuard ev{waitFor(q.q, RD_KAFKA_EVENT_CREATETOPICS_RESULT)};
    if (auto e = eventError(ev.ev); !e.empty()) return e;
    size_t n = 0;
    const rd_kafka_topic_result_t** results =
        rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev.ev), &n);
    for (size_t i = 0; i < n; ++i)
        if (auto e = rd_kafka_topic_result_error(results[i]); e != RD_KAFKA_RESP_ERR_NO_ERROR)
            return errorText(e, rd_kafka_topic_result_error_string(results[i]));
    return n == 1 ? std::string() : "expected one topic result, got " + std::to_string(n);
}

std::string Admin::deleteRecords(const std::string& topic, int32_t partition, int64_t beforeOffset,
                                 int64_t* lowWatermark) {
    rd_kafka_topic_partition_list_t* list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, topic.c_str(), partition)->offset = beforeOffset;
    rd_kafka_DeleteRecords_t* del = rd_kafka_DeleteRecords_new(list);
    rd_kafka_topic_partition_list_destroy(list);
    QueueGuard q{rd_kafka_queue_new(m_rk.get())};
    OptionsGuard o{adminOptions(m_rk.get(), RD_KAFKA_ADMIN_OP_DELETERECORDS, m_timeoutMs)};
    rd_kafka_DeleteRecords(m_rk.get(), &del, 1, o.o, q.q);
    rd_kafka_DeleteRecords_destroy(del);
    EventGuard ev{waitFor(q.q, RD_KAFKA_EVENT_DELETERECORDS_RESULT)};
    if (auto e = eventError(ev.ev); !e.empty()) return e;
    const rd_kafka_topic_partition_list_t* offsets =
        rd_kafka_DeleteRecords_result_offsets(rd_kafka_event_DeleteRecords_result(ev.ev));
    if (!offsets || offsets->cnt != 1) return "expected one partition result";
    const auto& r = offsets->elems[0];
    if (r.err != RD_KAFKA_RESP_ERR_NO_ERROR) return errorText(r.err);
    if (lowWatermark) *lowWatermark = r.offset;
    return {};
}

std::string Admin::alterTopicConfigs(const std::string& topic, const ConfigMap& configs) {
    rd_kafka_ConfigResource_t* cr = rd_kafka_ConfigResource_new(RD_KAFKA_RESOURCE_TOPIC, topic.c_str());
    for (const auto& [name, value] : configs) rd_kafka_ConfigResource_set_config(cr, name.c_str(), value.c_str());
    QueueGuard q{rd_kafka_queue_new(m_rk.get())};
    OptionsGuard o{adminOptions(m_rk.get(), RD_KAFKA_ADMIN_OP_ALTERCONFIGS, m_timeoutMs)};
    rd_kafka_AlterConfigs(m_rk.get(), &cr, 1, o.o, q.q);
    rd_kafka_ConfigResource_destroy(cr);
    EventGuard ev{waitFor(q.q, RD_KAFKA_EVENT_ALTERCONFIGS_RESULT)};
    if (auto e = eventError(ev.ev); !e.empty()) return e;
    size_t n = 0;
    const rd_kafka_ConfigResource_t** resources =
        rd_kafka_AlterConfigs_result_resources(rd_kafka_event_AlterConfigs_result(ev.ev), &n);
    for (size_t i = 0; i < n; ++i)
        if (auto e = rd_kafka_ConfigResource_error(resources[i]); e != RD_KAFKA_RESP_ERR_NO_ERROR)
            return errorText(e, rd_kafka_ConfigResource_error_string(resources[i]));
    return n == 1 ? std::string() : "expected one resource result, got " + std::to_string(n);
}

int Admin::partitionCount(const std::string& topic, std::string* error) {
    rd_kafka_topic_t* t = rd_kafka_topic_new(m_rk.get(), topic.c_str(), nullptr);
    const rd_kafka_metadata_t* md = nullptr;
    auto err = rd_kafka_metadata(m_rk.get(), 0, t, &md, m_timeoutMs);
    rd_kafka_topic_destroy(t);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error) *error = errorText(err);
        return -1;
    }
    int count = -1;
    if (md->topic_cnt == 1 && md->topics[0].err == RD_KAFKA_RESP_ERR_NO_ERROR) count = md->topics[0].partition_cnt;
    else if (error && md->topic_cnt == 1) *error = errorText(md->topics[0].err);
    rd_kafka_metadata_destroy(md);
    return count;
}

std::string createTopicWithMessages(const std::string& bootstrap, const std::string& topic, int partitions,
                                    int count, const std::string& valuePrefix, int timeoutMs) {
    Admin admin(bootstrap);
    if (!admin.valid()) return "could not create the admin client";
    if (auto e = admin.createTopic(topic, partitions); !e.empty()) return "create " + topic + ": " + e;
    Producer producer(bootstrap);
    if (!producer.valid()) return producer.error();
    for (int i = 0; i < count; ++i) {
        OutMessage m;
        m.topic = topic;
        m.partition = i % partitions;
        m.value = valuePrefix + std::to_string(i);
        if (auto e = producer.produce(m, uint64_t(i)); e != RD_KAFKA_RESP_ERR_NO_ERROR)
            return "produce: " + errorText(e);
    }
    if (const int left = producer.flush(timeoutMs); left > 0)
        return std::to_string(left) + " message(s) not acknowledged in time";
    for (const auto& r : producer.takeReports())
        if (r.error != RD_KAFKA_RESP_ERR_NO_ERROR) return "delivery: " + errorText(r.error);
    return {};
}

} // namespace interop
