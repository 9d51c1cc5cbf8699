// Swapping cleaned segments into a log, and finishing a swap a crash interrupted.
//
// The steps, each durable before the next: the cleaned data is written to
// "<base>.log.cleaned" and fsynced; it is renamed to "<base>.log.swap"; the replaced
// segments are deleted; the swap file is renamed to "<base>.log". A crash before the
// first rename leaves a .cleaned file, which opening deletes (the old segments are all
// there). After it, opening finds the .swap file and completes the swap: the segments
// inside the swap file's offset range are deleted and the file renamed into place.
// Since the cleaned segment always ends with the last batch of the segments it
// replaces, that range is exactly theirs.
#include <algorithm>
#include <string>
#include <system_error>
#include <vector>

#include "storage/batch_scanner.h"
#include "storage/file.h"
#include "storage/log.h"
#include "storage/log_cleaner.h"
#include "storage/storage_error.h"

namespace samsa::storage {

namespace fs = std::filesystem;

namespace {

void renameFile(const fs::path& from, const fs::path& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) throw StorageError("rename " + from.string() + ": " + ec.message(), from, ec.value());
}

void removeIfExists(const fs::path& path) {
    std::error_code ec;
    fs::remove(path, ec);
    if (ec) throw StorageError("remove " + path.string() + ": " + ec.message(), path, ec.value());
}

// One past the last offset of the batches in a swap file.
int64_t swapEndOffset(const fs::path& path, int64_t base) {
    File file(path, File::Mode::OpenExisting);
    BatchScanner scanner(file, 0, file.size(), size_t{1} << 20);
    int64_t end = base;
    while (auto batch = scanner.next()) end = batch->header.lastOffset() + 1;
    return std::max(end, base + 1);
}

} // namespace

void Log::replaceSegments(const fs::path& cleanedLog, std::span<const int64_t> oldBaseOffsets,
                          const SwapObserver& observer) {
    if (oldBaseOffsets.empty()) throw std::invalid_argument("no segments to replace");
    auto it = m_segments.find(oldBaseOffsets.front());
    for (int64_t base : oldBaseOffsets) {
        if (it == m_segments.end() || it->first != base || std::next(it) == m_segments.end())
            throw std::invalid_argument("segments to replace must be adjacent and inactive");
        ++it;
    }
    auto notify = [&](SwapStep step) {
        if (observer) observer(step);
    };
    notify(SwapStep::CleanedWritten);
    const int64_t base = oldBaseOffsets.front();
    auto swap = segmentFilePath(m_dir, base, kSwapLogSuffix);
    renameFile(cleanedLog, swap);
    syncDirectory(m_dir);
    notify(SwapStep::CleanedRenamedToSwap);

    for (int64_t old : oldBaseOffsets) {
        removeSegment(m_segments.find(old), nullptr);
        notify(SwapStep::OldSegmentDeleted);
    }
    // The deletions are made durable before the rename so that no old segment can
    // reappear next to the swapped-in one.
    syncDirectory(m_dir);
    // This rename needs no sync of its own: if a crash undoes it, opening completes the
    // swap from the .swap file. The next flush makes it durable.
    renameFile(swap, segmentFilePath(m_dir, base, kLogSuffix));
    m_dirNeedsSync = true;
    notify(SwapStep::SwapRenamedToLog);

    // The indexes are built by a scan, which also checks what was swapped in. They are
    // not synced: opening checks indexes against the data and rebuilds bad ones. The
    // replaced segments' aborted transactions are not carried over: cleaning removed
    // every record of an aborted transaction in its range, and a transaction still
    // undecided stops cleaning before its segment, so no read_committed reader of the
    // swapped-in segment has records to drop.
    auto segment = Segment::open(m_dir, base, m_config, now(), 0);
    auto recovered = segment->recover({});
    m_segments.emplace(base, std::move(segment));
    if (recovered.truncatedBytes > 0)
        throw StorageError("cleaned segment failed its check after the swap", segmentFilePath(m_dir, base, kLogSuffix));
}

void Log::completeInterruptedSwaps() {
    std::vector<std::pair<int64_t, fs::path>> swaps;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(m_dir, ec))
        if (auto base = parseSegmentFileName(entry.path().filename().string(), kSwapLogSuffix))
            swaps.emplace_back(*base, entry.path());
    if (ec) throw StorageError("list " + m_dir.string() + ": " + ec.message(), m_dir, ec.value());
    if (swaps.empty()) return;
    std::sort(swaps.begin(), swaps.end());

    for (const auto& [base, path] : swaps) {
        int64_t end = swapEndOffset(path, base);
        std::vector<fs::path> replaced;
        for (const auto& entry : fs::directory_iterator(m_dir, ec)) {
            auto name = entry.path().filename().string();
            for (auto suffix : {kLogSuffix, kIndexSuffix, kTimeIndexSuffix, kTxnIndexSuffix}) {
                auto segmentBase = parseSegmentFileName(name, suffix);
                if (segmentBase && *segmentBase >= base && *segmentBase < end) replaced.push_back(entry.path());
            }
        }
        if (ec) throw StorageError("list " + m_dir.string() + ": " + ec.message(), m_dir, ec.value());
        for (const auto& p : replaced) removeIfExists(p);
        syncDirectory(m_dir);
        renameFile(path, segmentFilePath(m_dir, base, kLogSuffix));
    }
    syncDirectory(m_dir);
}

} // namespace samsa::storage
