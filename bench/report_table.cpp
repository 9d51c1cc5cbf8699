#include "report_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <string_view>

namespace samsa::bench {

std::string formatNumber(double value, int decimals) {
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    const std::string_view s(buf, static_cast<size_t>(std::clamp(n, 0, static_cast<int>(sizeof buf) - 1)));
    const size_t sign = s.starts_with('-') ? 1 : 0;
    const size_t intEnd = std::min(s.find('.'), s.size());
    std::string out(s.substr(0, sign));
    for (size_t i = sign; i < intEnd; ++i) {
        if (i > sign && (intEnd - i) % 3 == 0) out += ',';
        out += s[i];
    }
    out += s.substr(intEnd);
    return out;
}

void ReportTable::add(std::string metric, std::vector<std::optional<double>> values, int decimals, Better better) {
    values.resize(m_columns.size());
    m_rows.push_back({std::move(metric), std::move(values), decimals, better});
}

const ReportTable::Row* ReportTable::find(const std::string& metric) const {
    for (const auto& r : m_rows)
        if (r.metric == metric) return &r;
    return nullptr;
}

std::optional<double> ReportTable::ratio(const Row& row) const {
    if (row.values.size() < 2 || !row.values[0] || !row.values[1] || *row.values[1] == 0) return std::nullopt;
    return *row.values[0] / *row.values[1];
}

std::string ReportTable::render() const {
    std::vector<std::string> header = {"metric"};
    header.insert(header.end(), m_columns.begin(), m_columns.end());
    if (m_columns.size() >= 2) header.push_back(m_columns[0] + "/" + m_columns[1]);
    header.push_back("better");

    std::vector<std::vector<std::string>> cells;
    for (const auto& r : m_rows) {
        std::vector<std::string> line = {r.metric};
        for (const auto& v : r.values) line.push_back(v ? formatNumber(*v, r.decimals) : "-");
        if (m_columns.size() >= 2) {
            const auto q = ratio(r);
            line.push_back(q ? formatNumber(*q, 2) + "x" : "-");
        }
        line.push_back(r.better == Better::Higher ? "higher" : "lower");
        cells.push_back(std::move(line));
    }

    std::vector<size_t> width(header.size());
    for (size_t c = 0; c < header.size(); ++c) {
        width[c] = header[c].size();
        for (const auto& line : cells) width[c] = std::max(width[c], line[c].size());
    }
    // Markdown-compatible, so a run can be pasted into the docs as it is.
    std::ostringstream out;
    auto emit = [&](const std::vector<std::string>& line) {
        out << "|";
        for (size_t c = 0; c < line.size(); ++c) {
            const auto pad = std::string(width[c] - line[c].size(), ' ');
            out << " " << (c == 0 ? line[c] + pad : pad + line[c]) << " |";
        }
        out << "\n";
    };
    emit(header);
    out << "|";
    for (size_t c = 0; c < width.size(); ++c) out << (c == 0 ? ":" : "-") << std::string(width[c], '-') << (c == 0 ? "-|" : ":|");
    out << "\n";
    for (const auto& line : cells) emit(line);
    return out.str();
}

std::string ReportTable::checkRatio(const std::string& metric, double minimum) const {
    const Row* row = find(metric);
    std::optional<double> q;
    if (row) q = ratio(*row);
    std::ostringstream out;
    out << "  " << metric << ": " << m_columns.at(0) << "/" << m_columns.at(1) << " ";
    if (!q.has_value()) out << "not measured\n";
    else out << formatNumber(q.value(), 2) << "x, target >= " << formatNumber(minimum, 2) << "x: "
             << (*q >= minimum ? "met" : "missed") << "\n";
    return out.str();
}

std::string ReportTable::checkCeiling(const std::string& metric, size_t column, double maximum) const {
    const Row* row = find(metric);
    std::ostringstream out;
    out << "  " << metric << " (" << m_columns.at(column) << "): ";
    if (!row || column >= row->values.size() || !row->values[column]) out << "not measured\n";
    else out << formatNumber(*row->values[column], row->decimals) << ", target <= " << formatNumber(maximum, 2)
             << ": " << (*row->values[column] <= maximum ? "met" : "missed") << "\n";
    return out.str();
}

} // namespace samsa::bench
