#include "ui/record_detail/json_tree_model.h"

#include "ui/record_detail/json_text.h"

#include <vector>

namespace samsa::ui {

namespace {

enum class Kind { Object, Array, String, Number, Boolean, Null };

// Long strings are cut for the cell and a bit less so for the tooltip; the text views
// show them whole.
constexpr int kCellChars = 500;
constexpr int kTooltipChars = 4000;

QString cut(const QString& text, int maxChars) {
    return text.size() <= maxChars ? text : text.left(maxChars) + QChar(0x2026);
}

} // namespace

struct JsonTreeModel::Node {
    Node* parent = nullptr;
    int row = 0;
    Kind kind = Kind::Null;
    QString key;   // the member name; empty for array elements, which show their index
    QString value; // a scalar's JSON text, as written
    std::vector<std::unique_ptr<Node>> children;

    // Takes the subtree apart without recursing: a megabyte of "[[[[" is a chain of half
    // a million nodes, and destroying it recursively would overflow the stack.
    ~Node() {
        std::vector<std::unique_ptr<Node>> pending = std::move(children);
        while (!pending.empty()) {
            std::unique_ptr<Node> node = std::move(pending.back());
            pending.pop_back();
            if (!node) continue; // moved out, as the document node is from its holder
            for (auto& child : node->children) pending.push_back(std::move(child));
            node->children.clear();
        }
    }
};

JsonTreeModel::JsonTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::clear() {
    beginResetModel();
    m_root.reset();
    endResetModel();
}

void JsonTreeModel::setColors(const SyntaxColors& colors) {
    m_colors = colors;
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void JsonTreeModel::setJson(QByteArrayView json) {
    beginResetModel();
    m_root.reset();
    if (json::check(json).message.isEmpty()) {
        auto holder = std::make_unique<Node>();
        holder->kind = Kind::Array;
        // Built without recursion: a valid document may nest thousands of levels deep.
        std::vector<Node*> open{holder.get()};
        bool expectKey = false;
        QString pendingKey;
        json::Tokenizer tokens(json);
        auto add = [&](Kind kind, const QString& value) {
            Node* parent = open.back();
            auto node = std::make_unique<Node>();
            node->parent = parent;
            node->row = int(parent->children.size());
            node->kind = kind;
            node->value = value;
            if (parent->kind == Kind::Object) node->key = std::exchange(pendingKey, {});
            Node* raw = node.get();
            parent->children.push_back(std::move(node));
            return raw;
        };
        for (json::Token t = tokens.next(); t.type != json::TokenType::End; t = tokens.next()) {
            switch (t.type) {
            case json::TokenType::BeginObject:
                open.push_back(add(Kind::Object, {}));
                expectKey = true;
                break;
            case json::TokenType::BeginArray:
                open.push_back(add(Kind::Array, {}));
                expectKey = false;
                break;
            case json::TokenType::EndObject:
            case json::TokenType::EndArray:
                open.pop_back();
                break;
            case json::TokenType::Comma:
                expectKey = open.back()->kind == Kind::Object;
                break;
            case json::TokenType::String:
                if (expectKey) {
                    pendingKey = json::unescape(tokens.text(t));
                    expectKey = false;
                } else {
                    add(Kind::String, QString::fromUtf8(tokens.text(t)));
                }
                break;
            case json::TokenType::Number:
                add(Kind::Number, QString::fromUtf8(tokens.text(t)));
                break;
            case json::TokenType::True:
            case json::TokenType::False:
            case json::TokenType::Null:
                add(t.type == json::TokenType::Null ? Kind::Null : Kind::Boolean,
                    QString::fromUtf8(tokens.text(t)));
                break;
            default:
                break;
            }
        }
        if (holder->children.size() == 1) {
            Node* document = holder->children.front().get();
            if (document->kind == Kind::Object || document->kind == Kind::Array) {
                m_root = std::move(holder->children.front());
                m_root->parent = nullptr;
            }
        }
        if (!m_root) m_root = std::move(holder);
    }
    endResetModel();
}

const JsonTreeModel::Node* JsonTreeModel::nodeFor(const QModelIndex& index) const {
    if (!index.isValid()) return m_root.get();
    return static_cast<const Node*>(index.internalPointer());
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    const Node* p = nodeFor(parent);
    if (!p) return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const Node* p = nodeFor(child)->parent;
    if (!p || p == m_root.get()) return {};
    return createIndex(p->row, 0, const_cast<Node*>(p));
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.column() > 0) return 0;
    const Node* n = nodeFor(parent);
    return n ? int(n->children.size()) : 0;
}

int JsonTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) return {};
    const Node* n = nodeFor(index);
    const bool container = n->kind == Kind::Object || n->kind == Kind::Array;
    const int count = int(n->children.size());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            if (n->parent && n->parent->kind == Kind::Array) return QString::number(n->row);
            return n->key;
        case Value:
            if (n->kind == Kind::Object)
                //: Summary of a JSON object in the tree view.
                return tr("{ %n member(s) }", nullptr, count);
            if (n->kind == Kind::Array)
                //: Summary of a JSON array in the tree view.
                return tr("[ %n item(s) ]", nullptr, count);
            return cut(n->value, kCellChars);
        case Type:
            switch (n->kind) {
            //: JSON value types, as the JSON standard names them.
            case Kind::Object: return tr("object");
            case Kind::Array: return tr("array");
            case Kind::String: return tr("string");
            case Kind::Number: return tr("number");
            case Kind::Boolean: return tr("boolean");
            case Kind::Null: return tr("null");
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Value && !container && n->value.size() > 60)
            return cut(n->value, kTooltipChars);
        if (index.column() == Key && n->key.size() > 40) return cut(n->key, kTooltipChars);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Key) return n->key.isEmpty() ? m_colors.punctuation : m_colors.memberName;
        if (index.column() == Type || container) return m_colors.punctuation;
        switch (n->kind) {
        case Kind::String: return m_colors.string;
        case Kind::Number: return m_colors.number;
        default: return m_colors.literal;
        }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    //: Column of the JSON tree: the member name, or the index in an array.
    case Key: return tr("Name");
    case Value: return tr("Value");
    case Type: return tr("Type");
    }
    return {};
}

} // namespace samsa::ui
