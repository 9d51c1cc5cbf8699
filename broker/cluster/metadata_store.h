#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cluster/topic_metadata.h"

namespace samsa::cluster {

// The cluster's topic metadata as this node knows it, persisted as a small text
// snapshot in the first log dir so topics, their ids and their config overrides
// survive restarts. Writes are atomic and durable (temporary file, fsync, rename,
// fsync of the directory).
class MetadataStore {
public:
    explicit MetadataStore(std::string snapshotPath);

    // Loads the snapshot if there is one. Returns an error message for a corrupt file.
    std::optional<std::string> load();
    void save() const;

    const std::map<std::string, TopicMetadata, std::less<>>& topics() const { return m_topics; }
    const TopicMetadata* find(std::string_view name) const;
    TopicMetadata* find(std::string_view name);
    const TopicMetadata* findById(const protocol::Uuid& id) const;

    void put(TopicMetadata topic); // insert or replace, then save
    bool erase(std::string_view name);
    // As put() and erase() without the save, for changes made in a batch; save() after.
    void insert(TopicMetadata topic);
    bool remove(std::string_view name);
    void setOverrides(std::string_view name, config::ConfigStrings overrides);

private:
    std::string m_path;
    std::map<std::string, TopicMetadata, std::less<>> m_topics;
};

} // namespace samsa::cluster
