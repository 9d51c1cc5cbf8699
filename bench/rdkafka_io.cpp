#include "rdkafka_io.h"

#include <stdexcept>

namespace samsa::bench {

void onDelivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
    auto* d = static_cast<Deliveries*>(opaque);
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        ++d->ok;
    } else {
        if (d->failed++ == 0) d->firstError = m->err;
    }
}

void produceOne(rd_kafka_t* rk, rd_kafka_topic_t* rkt, const void* payload, size_t size, int flags) {
    for (;;) {
        if (rd_kafka_produce(rkt, 0, flags, const_cast<void*>(payload), size, nullptr, 0, nullptr) == 0) return;
        const auto e = rd_kafka_last_error();
        if (e != RD_KAFKA_RESP_ERR__QUEUE_FULL)
            throw std::runtime_error(std::string("produce: ") + rd_kafka_err2str(e));
        rd_kafka_poll(rk, 1);
    }
}

std::vector<uint8_t> incompressiblePayload(size_t size) {
    std::vector<uint8_t> payload(size);
    uint32_t x = 2463534242u;
    for (auto& b : payload) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        b = static_cast<uint8_t>(x);
    }
    return payload;
}

void flushOrThrow(rd_kafka_t* rk, const Deliveries& d, int64_t expected) {
    const auto e = rd_kafka_flush(rk, 120000);
    if (e != RD_KAFKA_RESP_ERR_NO_ERROR)
        throw std::runtime_error(std::string("flush: ") + rd_kafka_err2str(e) + ", " +
                                 std::to_string(rd_kafka_outq_len(rk)) + " still queued");
    if (d.failed > 0)
        throw std::runtime_error(std::to_string(d.failed) + " deliveries failed, first: " +
                                 rd_kafka_err2str(d.firstError));
    if (d.ok != expected)
        throw std::runtime_error("expected " + std::to_string(expected) + " delivery reports, got " +
                                 std::to_string(d.ok));
}

PartitionReader::PartitionReader(const std::string& bootstrap, const std::string& topic, const Settings& settings)
    : m_rk(makeClient(RD_KAFKA_CONSUMER, bootstrap, settings)),
      m_topic(rd_kafka_topic_new(m_rk.get(), topic.c_str(), nullptr)), m_queue(rd_kafka_queue_new(m_rk.get())) {
    if (!m_topic) throw std::runtime_error("rd_kafka_topic_new: " + std::string(rd_kafka_err2str(rd_kafka_last_error())));
}

PartitionReader::~PartitionReader() {
    if (m_started) rd_kafka_consume_stop(m_topic.get(), 0);
    rd_kafka_queue_destroy(m_queue);
}

void PartitionReader::start(int64_t offset) {
    if (rd_kafka_consume_start_queue(m_topic.get(), 0, offset, m_queue) != 0)
        throw std::runtime_error(std::string("consume start: ") + rd_kafka_err2str(rd_kafka_last_error()));
    m_started = true;
}

void PartitionReader::seek(int64_t offset) {
    if (const auto e = rd_kafka_seek(m_topic.get(), 0, offset, 10000); e != RD_KAFKA_RESP_ERR_NO_ERROR)
        throw std::runtime_error(std::string("seek: ") + rd_kafka_err2str(e));
}

rd_kafka_message_t* PartitionReader::next(int timeoutMs) {
    rd_kafka_message_t* m = rd_kafka_consume_queue(m_queue, timeoutMs);
    if (!m || m->err == RD_KAFKA_RESP_ERR_NO_ERROR) return m;
    const auto e = m->err;
    std::string text = rd_kafka_message_errstr(m);
    rd_kafka_message_destroy(m);
    if (e == RD_KAFKA_RESP_ERR__PARTITION_EOF || e == RD_KAFKA_RESP_ERR__TRANSPORT ||
        e == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
        return nullptr;
    throw std::runtime_error("consume: " + std::string(rd_kafka_err2str(e)) + ": " + text);
}

const Settings kReaderSettings = {{"enable.auto.commit", "false"}, {"enable.auto.offset.store", "false"}};

} // namespace samsa::bench
