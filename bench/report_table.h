#pragma once

#include <optional>
#include <string>
#include <vector>

namespace samsa::bench {

enum class Better { Higher, Lower };

// "1,234,567" or "12.34": figures people compare at a glance.
std::string formatNumber(double value, int decimals);

// The side-by-side table: one row per metric, one column per server, and the ratio of
// the first server to the second.
class ReportTable {
public:
    explicit ReportTable(std::vector<std::string> columns) : m_columns(std::move(columns)) {}

    // A missing value (the run failed) shows as "-".
    void add(std::string metric, std::vector<std::optional<double>> values, int decimals, Better better);

    std::string render() const;

    // One line saying whether the first column's value is at least `minimum` times the
    // second's for `metric`.
    std::string checkRatio(const std::string& metric, double minimum) const;
    // One line saying whether column `column`'s value for `metric` is at most `maximum`.
    std::string checkCeiling(const std::string& metric, size_t column, double maximum) const;

private:
    struct Row {
        std::string metric;
        std::vector<std::optional<double>> values;
        int decimals;
        Better better;
    };
    const Row* find(const std::string& metric) const;
    std::optional<double> ratio(const Row& row) const;

    std::vector<std::string> m_columns;
    std::vector<Row> m_rows;
};

} // namespace samsa::bench
