#include "ui/record_detail/hex_dump_model.h"

#include "ui/record_detail/payload_render.h"

namespace samsa::ui {

HexDumpModel::HexDumpModel(QObject* parent) : QAbstractTableModel(parent) {}

void HexDumpModel::setBytes(const QByteArray& bytes) {
    beginResetModel();
    m_bytes = bytes;
    endResetModel();
}

void HexDumpModel::setColors(const SyntaxColors& colors) {
    m_colors = colors;
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HexDumpModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid()) return 0;
    return int((m_bytes.size() + render::kHexBytesPerLine - 1) / render::kHexBytesPerLine);
}

int HexDumpModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HexDumpModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const qsizetype at = qsizetype(index.row()) * render::kHexBytesPerLine;
    const QByteArrayView line =
        QByteArrayView(m_bytes).sliced(at, std::min<qsizetype>(render::kHexBytesPerLine, m_bytes.size() - at));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Offset: return render::hexOffset(at);
        case Hex: return render::hexBytes(line);
        case Ascii: return render::hexAscii(line);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Offset) return m_colors.punctuation;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Offset)
            //: Tooltip on an offset of the hex view: where this line starts in the payload.
            return tr("Byte %1 (0x%2)").arg(at).arg(render::hexOffset(at));
        return {};
    default:
        return {};
    }
}

QVariant HexDumpModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    //: Column of the hex view: position of the line's first byte, in hexadecimal.
    case Offset: return tr("Offset");
    //: Column of the hex view: the bytes in hexadecimal.
    case Hex: return tr("Hex");
    //: Column of the hex view: the bytes as ASCII characters, dots for the rest.
    case Ascii: return tr("ASCII");
    }
    return {};
}

} // namespace samsa::ui
