#pragma once

#include "ui/record_detail/syntax_colors.h"

#include <QAbstractItemModel>
#include <QByteArrayView>
#include <memory>

namespace samsa::ui {

// A JSON document as a tree: one row per member or element, in the order the producer
// wrote them (duplicate keys included), with its name, its value or a summary of what
// it holds, and its type. Built at once from valid JSON; the view only asks for the
// rows the user expands.
class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Key, Value, Type, ColumnCount };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Shows `json`, which must be valid (json::check); anything else empties the model.
    void setJson(QByteArrayView json);
    void clear();
    void setColors(const SyntaxColors& colors);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    struct Node;

private:
    const Node* nodeFor(const QModelIndex& index) const;

    // The document's object or array, whose members are the top rows; a document that
    // is a single number or string is held by an unnamed array instead.
    std::unique_ptr<Node> m_root;
    SyntaxColors m_colors;
};

} // namespace samsa::ui
