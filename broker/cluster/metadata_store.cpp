#include "cluster/metadata_store.h"

#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace samsa::cluster {

// Snapshot format, one record per line, fields separated by spaces; config values are
// percent-escaped so they may hold spaces:
//   samsa-metadata 1
//   topic <name> <id-hex> <internal 0|1>
//   partition <name> <index> <leader> <leaderEpoch> <replicas,...> <isr,...>
//   config <name> <key> <escaped value>

namespace {

std::string escape(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (c <= ' ' || c == '%' || c >= 0x7f) {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out.empty() ? "%" : out; // a lone % stands for the empty string
}

std::string unescape(const std::string& s) {
    if (s == "%") return {};
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::string joinInts(const std::vector<int32_t>& v) {
    std::string out;
    for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + std::to_string(v[i]);
    return out.empty() ? "-" : out;
}

std::vector<int32_t> splitInts(const std::string& s) {
    std::vector<int32_t> out;
    if (s == "-") return out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, ',')) out.push_back(std::stoi(part));
    return out;
}

std::string uuidHex(const protocol::Uuid& id) {
    std::string out;
    char buf[3];
    for (auto b : id.bytes) {
        std::snprintf(buf, sizeof buf, "%02x", b);
        out += buf;
    }
    return out;
}

protocol::Uuid uuidFromHex(const std::string& hex) {
    if (hex.size() != 32) throw std::runtime_error("bad topic id");
    protocol::Uuid id;
    for (size_t i = 0; i < 16; ++i) id.bytes[i] = static_cast<uint8_t>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
    return id;
}

} // namespace

MetadataStore::MetadataStore(std::string snapshotPath) : m_path(std::move(snapshotPath)) {}

std::optional<std::string> MetadataStore::load() {
    std::ifstream in(m_path);
    if (!in) return std::nullopt; // a new cluster
    std::map<std::string, TopicMetadata, std::less<>> topics;
    std::string line;
    int lineNo = 0;
    try {
        while (std::getline(in, line)) {
            ++lineNo;
            std::istringstream fields(line);
            std::string kind;
            fields >> kind;
            if (kind.empty() || kind == "samsa-metadata") continue;
            std::string name;
            fields >> name;
            if (kind == "topic") {
                std::string idHex;
                int internal = 0;
                fields >> idHex >> internal;
                auto& t = topics[name];
                t.name = name;
                t.id = uuidFromHex(idHex);
                t.internal = internal != 0;
            } else if (kind == "partition") {
                PartitionAssignment p;
                std::string replicas, isr;
                fields >> p.partition >> p.leader >> p.leaderEpoch >> replicas >> isr;
                p.replicas = splitInts(replicas);
                p.isr = splitInts(isr);
                auto it = topics.find(name);
                if (it == topics.end()) throw std::runtime_error("partition before its topic");
                it->second.partitions.push_back(std::move(p));
            } else if (kind == "config") {
                std::string key, value;
                fields >> key >> value;
                auto it = topics.find(name);
                if (it == topics.end()) throw std::runtime_error("config before its topic");
                it->second.overrides[key] = unescape(value);
            } else {
                throw std::runtime_error("unknown record '" + kind + "'");
            }
            if (fields.fail()) throw std::runtime_error("missing fields");
        }
    } catch (const std::exception& e) {
        return "cluster metadata " + m_path + " line " + std::to_string(lineNo) + ": " + e.what();
    }
    m_topics = std::move(topics);
    return std::nullopt;
}

void MetadataStore::save() const {
    std::ostringstream out;
    out << "samsa-metadata 1\n";
    for (const auto& [name, t] : m_topics) {
        out << "topic " << name << ' ' << uuidHex(t.id) << ' ' << (t.internal ? 1 : 0) << '\n';
        for (const auto& p : t.partitions)
            out << "partition " << name << ' ' << p.partition << ' ' << p.leader << ' ' << p.leaderEpoch
                << ' ' << joinInts(p.replicas) << ' ' << joinInts(p.isr) << '\n';
        for (const auto& [key, value] : t.overrides)
            out << "config " << name << ' ' << key << ' ' << escape(value) << '\n';
    }
    const std::string data = out.str();
    const std::string tmp = m_path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw std::runtime_error("cannot write " + tmp);
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) {
            ::close(fd);
            throw std::runtime_error("cannot write " + tmp);
        }
        done += static_cast<size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (!synced) throw std::runtime_error("cannot sync " + tmp);
    if (::rename(tmp.c_str(), m_path.c_str()) != 0) throw std::runtime_error("cannot replace " + m_path);
    // The rename is what publishes the new snapshot; it is durable once the directory is.
    const auto slash = m_path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : m_path.substr(0, slash));
    int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) throw std::runtime_error("cannot open " + dir);
    const bool dirSynced = ::fsync(dirFd) == 0;
    ::close(dirFd);
    if (!dirSynced) throw std::runtime_error("cannot sync " + dir);
}

const TopicMetadata* MetadataStore::find(std::string_view name) const {
    auto it = m_topics.find(name);
    return it == m_topics.end() ? nullptr : &it->second;
}

TopicMetadata* MetadataStore::find(std::string_view name) {
    auto it = m_topics.find(name);
    return it == m_topics.end() ? nullptr : &it->second;
}

const TopicMetadata* MetadataStore::findById(const protocol::Uuid& id) const {
    for (const auto& [name, t] : m_topics)
        if (t.id == id) return &t;
    return nullptr;
}

void MetadataStore::insert(TopicMetadata topic) {
    std::string name = topic.name;
    m_topics[name] = std::move(topic);
}

bool MetadataStore::remove(std::string_view name) {
    auto it = m_topics.find(name);
    if (it == m_topics.end()) return false;
    m_topics.erase(it);
    return true;
}

void MetadataStore::put(TopicMetadata topic) {
    insert(std::move(topic));
    save();
}

bool MetadataStore::erase(std::string_view name) {
    if (!remove(name)) return false;
    save();
    return true;
}

void MetadataStore::setOverrides(std::string_view name, config::ConfigStrings overrides) {
    if (auto* t = find(name)) {
        t->overrides = std::move(overrides);
        save();
    }
}

} // namespace samsa::cluster
