#pragma once

#include <QByteArray>
#include <QWidget>

// After the Qt headers: moc cannot parse the standard headers this pulls in first.
#include "app/messages/payload_format.h"

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace samsa::ui {

class EscapeHighlighter;
class HexDumpModel;
class InlineMessage;
class JsonHighlighter;
class JsonTreeModel;

// One payload of a record (its key, its value, or a header's value) with a choice of
// views: Auto picks by content; Text, JSON, Hex and Base64 can be forced. Only the view
// on screen is built, and the text views stop after kShownBytes until the user asks for
// all of it, so a megabyte value never stalls the window.
class PayloadView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Auto, Text, Json, Hex, Base64 };
    Q_ENUM(Mode)
    enum class Part { Key, Value, HeaderValue };

    // How much of a payload the text views render before "Show all".
    static constexpr qsizetype kShownBytes = 64 * 1024;

    // Child object names start with `namePrefix` ("value" gives valueFormat, valueText…).
    PayloadView(Part part, const QString& namePrefix, QWidget* parent = nullptr);
    ~PayloadView() override;

    void setPayload(const std::optional<QByteArray>& bytes);
    // A file name to offer in the save dialog, without folder.
    void setSuggestedFileName(const QString& baseName) { m_suggestedName = baseName; }

    // The user's choice; it stays when the next record is shown.
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // What is on screen: the mode, or for Auto the one the content calls for. Auto on a
    // null or empty payload stays Auto (there is nothing to view).
    Mode shownMode() const;
    app::PayloadFormat detectedFormat() const { return m_format; }
    bool isNull() const { return !m_bytes.has_value(); }
    QByteArray bytes() const { return m_bytes.value_or(QByteArray()); }

    // The whole payload in the shown form (not cut to kShownBytes): what "Copy as shown"
    // puts on the clipboard. Empty for a null payload.
    QString shownText() const;
    // What the visible text view holds; shorter than shownText() while cut.
    QString visibleText() const;
    bool isCut() const;
    void showAll();

    // Writes the payload's bytes exactly; false with `error` set when it cannot.
    bool saveTo(const QString& path, QString* error = nullptr);
    // Asks for a file (without blocking) and saves there.
    void save();
    void copyShown();
    void copyText();
    void copyBase64();
    void copyHex();

signals:
    void modeChanged(Mode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildToolbar();
    void buildViews();
    void render();
    void renderText(bool base64);
    void renderJson();
    void updateFormatItems();
    void updateActions();
    void applyColors();
    void copySelectedHexLines();
    QString partName() const;
    QString saveError(const QString& path, const QString& reason) const;
    QString emptyExplanation() const;

    Part m_part;
    QString m_prefix;
    std::optional<QByteArray> m_bytes;
    app::PayloadFormat m_format = app::PayloadFormat::Null;
    Mode m_mode = Mode::Auto;
    bool m_showAll = false;
    bool m_cut = false;
    QString m_suggestedName;

    QComboBox* m_formatBox;
    QLabel* m_info;
    QToolButton* m_formatted;
    QToolButton* m_tree;
    QButtonGroup* m_jsonMode;
    QToolButton* m_copy;
    QToolButton* m_save;
    InlineMessage* m_message;
    QWidget* m_cutBar;
    QLabel* m_cutLabel;
    QPushButton* m_showAllButton;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QPlainTextEdit* m_text;
    EscapeHighlighter* m_textHighlighter;
    QPlainTextEdit* m_json;
    JsonHighlighter* m_jsonHighlighter;
    QTreeView* m_treeView;
    JsonTreeModel* m_treeModel;
    QTableView* m_hex;
    HexDumpModel* m_hexModel;
};

} // namespace samsa::ui
