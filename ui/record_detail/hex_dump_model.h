#pragma once

#include "ui/record_detail/syntax_colors.h"

#include <QAbstractTableModel>
#include <QByteArray>

namespace samsa::ui {

// A hex dump as a table of 16-byte lines: offset, bytes, and the bytes as ASCII. Lines
// are formatted only when the view paints them, so a megabyte costs nothing up front.
class HexDumpModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Offset, Hex, Ascii, ColumnCount };

    explicit HexDumpModel(QObject* parent = nullptr);

    void setBytes(const QByteArray& bytes);
    const QByteArray& bytes() const { return m_bytes; }
    void setColors(const SyntaxColors& colors);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QByteArray m_bytes;
    SyntaxColors m_colors;
};

} // namespace samsa::ui
