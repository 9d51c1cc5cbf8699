#include "storage/checkpoint_file.h"

#include <cerrno>
#include <fstream>
#include <string_view>
#include <system_error>

#include "storage/file.h"
#include "storage/storage_error.h"

namespace samsa::storage {

void throwMalformedCheckpoint(const std::filesystem::path& file, const std::string& why) {
    throw StorageError("malformed checkpoint file " + file.string() + ": " + why, file);
}

std::vector<std::string_view> splitCheckpointEntry(std::string_view line) {
    std::vector<std::string_view> fields;
    size_t pos = 0;
    while (pos < line.size()) {
        size_t space = line.find(' ', pos);
        if (space == std::string_view::npos) space = line.size();
        if (space > pos) fields.push_back(line.substr(pos, space - pos));
        pos = space + 1;
    }
    return fields;
}

void writeCheckpointFile(const std::filesystem::path& file, int version,
                         const std::vector<std::string>& entries) {
    std::string text = std::to_string(version) + "\n" + std::to_string(entries.size()) + "\n";
    for (const auto& e : entries) text += e + "\n";

    auto tmp = file;
    tmp += ".tmp";
    {
        File out(tmp, File::Mode::CreateTruncate);
        out.writeAt(0, std::span(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
        out.sync();
        out.close();
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file, ec);
    if (ec) throw StorageError("rename " + tmp.string() + ": " + ec.message(), file, ec.value());
    syncDirectory(file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path());
}

std::optional<std::vector<std::string>> readCheckpointFile(const std::filesystem::path& file,
                                                           int expectedVersion) {
    std::ifstream in(file);
    if (!in) {
        if (!std::filesystem::exists(file)) return std::nullopt;
        throw StorageError("cannot read " + file.string(), file, errno);
    }
    std::string line;
    if (!std::getline(in, line)) throwMalformedCheckpoint(file, "missing version");
    auto version = parseCheckpointNumber<int>(line);
    if (!version) throwMalformedCheckpoint(file, "bad version line");
    if (*version != expectedVersion) throwMalformedCheckpoint(file, "unsupported version " + line);
    if (!std::getline(in, line)) throwMalformedCheckpoint(file, "missing entry count");
    auto count = parseCheckpointNumber<int64_t>(line);
    if (!count || *count < 0) throwMalformedCheckpoint(file, "bad entry count");
    std::vector<std::string> entries;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        entries.push_back(line);
    }
    if (static_cast<int64_t>(entries.size()) != *count)
        throwMalformedCheckpoint(file, "expected " + std::to_string(*count) + " entries, found " +
                            std::to_string(entries.size()));
    return entries;
}

void writeOffsetCheckpoint(const std::filesystem::path& file, const OffsetCheckpoint& offsets) {
    std::vector<std::string> entries;
    entries.reserve(offsets.size());
    for (const auto& [tp, offset] : offsets)
        entries.push_back(tp.topic + " " + std::to_string(tp.partition) + " " + std::to_string(offset));
    writeCheckpointFile(file, 0, entries);
}

OffsetCheckpoint readOffsetCheckpoint(const std::filesystem::path& file) {
    OffsetCheckpoint out;
    auto entries = readCheckpointFile(file, 0);
    if (!entries) return out;
    for (const auto& line : *entries) {
        auto fields = splitCheckpointEntry(line);
        if (fields.size() != 3) throwMalformedCheckpoint(file, "bad entry '" + line + "'");
        auto partition = parseCheckpointNumber<int32_t>(fields[1]);
        auto offset = parseCheckpointNumber<int64_t>(fields[2]);
        if (!partition || !offset || *partition < 0) throwMalformedCheckpoint(file, "bad entry '" + line + "'");
        out[TopicPartition{std::string(fields[0]), *partition}] = *offset;
    }
    return out;
}

} // namespace samsa::storage
