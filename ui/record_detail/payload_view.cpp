#include "ui/record_detail/payload_view.h"

#include "ui/common/format.h"
#include "ui/common/inline_message.h"
#include "ui/record_detail/hex_dump_model.h"
#include "ui/record_detail/json_text.h"
#include "ui/record_detail/json_tree_model.h"
#include "ui/record_detail/payload_highlighters.h"
#include "ui/record_detail/payload_render.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace samsa::ui {

namespace {

constexpr int kExpandedTopRows = 200;

QByteArrayView viewOf(const std::optional<QByteArray>& bytes) {
    return bytes ? QByteArrayView(*bytes) : QByteArrayView();
}

QToolButton* toolButton(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(name);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

PayloadView::PayloadView(Part part, const QString& namePrefix, QWidget* parent)
    : QWidget(parent), m_part(part), m_prefix(namePrefix) {
    setObjectName(namePrefix + QStringLiteral("View"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    buildToolbar();
    m_message = new InlineMessage(this);
    m_message->setObjectName(m_prefix + QStringLiteral("Message"));
    layout->addWidget(m_message);
    m_cutBar = new QWidget(this);
    auto* cutLayout = new QHBoxLayout(m_cutBar);
    cutLayout->setContentsMargins(0, 0, 0, 0);
    m_cutLabel = new QLabel(m_cutBar);
    m_cutLabel->setObjectName(m_prefix + QStringLiteral("CutNote"));
    m_cutLabel->setForegroundRole(QPalette::PlaceholderText);
    //: Render the whole of a large key or value, not only its start.
    m_showAllButton = new QPushButton(tr("Show all"), m_cutBar);
    m_showAllButton->setObjectName(m_prefix + QStringLiteral("ShowAll"));
    m_showAllButton->setAutoDefault(false);
    m_showAllButton->setToolTip(tr("Render the whole payload; a very large one takes a moment"));
    connect(m_showAllButton, &QPushButton::clicked, this, &PayloadView::showAll);
    cutLayout->addWidget(m_cutLabel, 1);
    cutLayout->addWidget(m_showAllButton);
    m_cutBar->hide();
    layout->addWidget(m_cutBar);
    buildViews();
    layout->addWidget(m_stack, 1);
    applyColors();
    setPayload(std::nullopt);
}

PayloadView::~PayloadView() = default;

void PayloadView::buildToolbar() {
    auto* bar = new QHBoxLayout;
    //: Label of the choice of how to show a key or value (text, JSON, hex…).
    auto* label = new QLabel(tr("Vie&w as:"), this);
    m_formatBox = new QComboBox(this);
    m_formatBox->setObjectName(m_prefix + QStringLiteral("Format"));
    // "Auto (…)" changes with every record; it must never be cut off.
    m_formatBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_formatBox->addItem(QString());
    m_formatBox->addItem(tr("Text"));
    m_formatBox->addItem(tr("JSON"));
    //: Hexadecimal dump of the bytes.
    m_formatBox->addItem(tr("Hex"));
    m_formatBox->addItem(tr("Base64"));
    m_formatBox->setToolTip(tr("Auto picks the view from the content: JSON when it parses, text "
                               "when it is UTF-8, hex otherwise"));
    label->setBuddy(m_formatBox);
    connect(m_formatBox, &QComboBox::activated, this, [this](int index) { setMode(Mode(index)); });

    //: A choice of how to show JSON: indented text (versus a tree).
    m_formatted = toolButton(tr("Formatted"), m_prefix + QStringLiteral("JsonFormatted"), this);
    m_formatted->setToolTip(tr("The JSON indented, with colours"));
    //: A choice of how to show JSON: a foldable tree (versus indented text).
    m_tree = toolButton(tr("Tree"), m_prefix + QStringLiteral("JsonTree"), this);
    m_tree->setToolTip(tr("The JSON as a tree whose objects and arrays fold"));
    m_jsonMode = new QButtonGroup(this);
    for (QToolButton* b : {m_formatted, m_tree}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
        m_jsonMode->addButton(b);
    }
    m_formatted->setChecked(true);
    connect(m_jsonMode, &QButtonGroup::buttonClicked, this, [this] { render(); });

    m_info = new QLabel(this);
    m_info->setObjectName(m_prefix + QStringLiteral("Info"));
    m_info->setForegroundRole(QPalette::PlaceholderText);

    m_copy = toolButton(tr("Copy"), m_prefix + QStringLiteral("Copy"), this);
    m_copy->setPopupMode(QToolButton::MenuButtonPopup);
    auto* menu = new QMenu(m_copy);
    auto* shown = menu->addAction(tr("Copy as Shown"), this, &PayloadView::copyShown);
    shown->setToolTip(tr("The whole payload in the current view's form"));
    menu->addAction(tr("Copy as Text"), this, &PayloadView::copyText)
        ->setToolTip(tr("The bytes as UTF-8 text; the raw bytes go along for applications "
                        "that take them"));
    menu->addAction(tr("Copy as Base64"), this, &PayloadView::copyBase64);
    //: Copy the bytes as one string of hexadecimal digits.
    menu->addAction(tr("Copy as Hex String"), this, &PayloadView::copyHex);
    m_copy->setMenu(menu);
    connect(m_copy, &QToolButton::clicked, this, &PayloadView::copyShown);

    m_save = toolButton(tr("Save…"), m_prefix + QStringLiteral("Save"), this);
    m_save->setToolTip(tr("Save the exact bytes to a file"));
    connect(m_save, &QToolButton::clicked, this, &PayloadView::save);

    bar->addWidget(label);
    bar->addWidget(m_formatBox);
    bar->addWidget(m_formatted);
    bar->addWidget(m_tree);
    bar->addSpacing(8);
    bar->addWidget(m_info, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    static_cast<QVBoxLayout*>(layout())->addLayout(bar);
}

void PayloadView::buildViews() {
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_stack = new QStackedWidget(this);

    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(m_prefix + QStringLiteral("Placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(16);
    m_stack->addWidget(m_placeholder);

    auto textEdit = [&](const QString& name) {
        auto* edit = new QPlainTextEdit(m_stack);
        edit->setObjectName(m_prefix + name);
        edit->setReadOnly(true);
        edit->setFont(mono);
        edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_stack->addWidget(edit);
        return edit;
    };
    m_text = textEdit(QStringLiteral("Text"));
    m_textHighlighter = new EscapeHighlighter(m_text->document());
    m_json = textEdit(QStringLiteral("Json"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonHighlighter = new JsonHighlighter(m_json->document());

    m_treeModel = new JsonTreeModel(this);
    m_treeView = new QTreeView(m_stack);
    m_treeView->setObjectName(m_prefix + QStringLiteral("Tree"));
    m_treeView->setModel(m_treeModel);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_treeView->setFont(mono);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    m_treeView->setColumnWidth(JsonTreeModel::Key, 220);
    m_treeView->setColumnWidth(JsonTreeModel::Type, 80);
    m_stack->addWidget(m_treeView);

    m_hexModel = new HexDumpModel(this);
    m_hex = new QTableView(m_stack);
    m_hex->setObjectName(m_prefix + QStringLiteral("Hex"));
    m_hex->setModel(m_hexModel);
    m_hex->setFont(mono);
    m_hex->setShowGrid(false);
    m_hex->setWordWrap(false);
    m_hex->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hex->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hex->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_hex->verticalHeader()->hide();
    // Fixed heights let the view place any of 65,536 lines without measuring the rest.
    m_hex->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics fm(mono);
    m_hex->verticalHeader()->setDefaultSectionSize(fm.height() + 4);
    m_hex->horizontalHeader()->setHighlightSections(false);
    m_hex->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_hex->horizontalHeader()->setStretchLastSection(true);
    const int pad = 3 * fm.horizontalAdvance(QLatin1Char(' '));
    m_hex->setColumnWidth(HexDumpModel::Offset, fm.horizontalAdvance(QStringLiteral("00000000")) + pad);
    m_hex->setColumnWidth(HexDumpModel::Hex,
                          fm.horizontalAdvance(QString(render::kHexBytesPerLine * 3, QLatin1Char('0'))) + pad);
    auto* copyLines = new QAction(tr("Copy Lines"), m_hex);
    copyLines->setShortcut(QKeySequence::Copy);
    copyLines->setShortcutContext(Qt::WidgetShortcut);
    connect(copyLines, &QAction::triggered, this, &PayloadView::copySelectedHexLines);
    m_hex->addAction(copyLines);
    m_stack->addWidget(m_hex);

    //: Accessible names; %1 is "key", "value" or "header value".
    m_text->setAccessibleName(tr("%1 as text").arg(partName()));
    m_json->setAccessibleName(tr("%1 as formatted JSON").arg(partName()));
    m_treeView->setAccessibleName(tr("%1 as a JSON tree").arg(partName()));
    m_hex->setAccessibleName(tr("%1 as hex").arg(partName()));
    m_formatBox->setAccessibleName(tr("How to show the %1").arg(partName()));
}

void PayloadView::setPayload(const std::optional<QByteArray>& bytes) {
    m_bytes = bytes;
    m_format = bytes ? app::detectFormat(std::span<const uint8_t>(
                           reinterpret_cast<const uint8_t*>(bytes->constData()), size_t(bytes->size())))
                     : app::PayloadFormat::Null;
    m_showAll = false;
    m_message->clear();
    // Let go of the previous payload's views; only the one on screen is built again.
    m_treeModel->clear();
    m_hexModel->setBytes({});
    m_text->clear();
    m_json->clear();
    updateFormatItems();
    m_info->setText(bytes ? tr("%1, %2", "detected format, size")
                                .arg(app::formatDisplayName(m_format), formatBytes(bytes->size()))
                          : app::formatDisplayName(m_format));
    render();
}

void PayloadView::setMode(Mode mode) {
    if (m_formatBox->currentIndex() != int(mode)) m_formatBox->setCurrentIndex(int(mode));
    if (mode == m_mode) return;
    m_mode = mode;
    render();
    emit modeChanged(mode);
}

PayloadView::Mode PayloadView::shownMode() const {
    if (m_mode != Mode::Auto) return m_mode;
    switch (m_format) {
    case app::PayloadFormat::Json: return Mode::Json;
    case app::PayloadFormat::Text: return Mode::Text;
    case app::PayloadFormat::Binary: return Mode::Hex;
    case app::PayloadFormat::Empty:
    case app::PayloadFormat::Null: break;
    }
    return Mode::Auto;
}

void PayloadView::updateFormatItems() {
    //: The automatic view choice, followed by what it chose, e.g. "Auto (JSON)".
    m_formatBox->setItemText(0, tr("Auto (%1)").arg(app::formatDisplayName(m_format)));
}

void PayloadView::render() {
    m_cut = false;
    const Mode shown = shownMode();
    const bool json = shown == Mode::Json;
    m_formatted->setVisible(json);
    m_tree->setVisible(json);
    if (!m_bytes || m_bytes->isEmpty()) {
        m_placeholder->setText(emptyExplanation());
        m_stack->setCurrentWidget(m_placeholder);
    } else if (shown == Mode::Text || shown == Mode::Base64) {
        renderText(shown == Mode::Base64);
    } else if (json) {
        renderJson();
    } else {
        m_hexModel->setBytes(*m_bytes);
        m_stack->setCurrentWidget(m_hex);
    }
    if (m_cut) {
        //: %1 and %2 are sizes, such as "64.0 KiB" and "1.0 MiB".
        m_cutLabel->setText(tr("Showing the first %1 of %2. The hex view always shows all of it.")
                                .arg(formatBytes(kShownBytes), formatBytes(m_bytes->size())));
    }
    m_cutBar->setVisible(m_cut);
    updateActions();
}

void PayloadView::renderText(bool base64) {
    const QByteArrayView all = viewOf(m_bytes);
    qsizetype limit = m_showAll ? all.size() : kShownBytes;
    if (base64) {
        limit -= limit % 3; // so that the cut text is a prefix of the whole
        const QByteArrayView part = all.first(std::min(limit, all.size()));
        m_cut = part.size() < all.size();
        // Emptied first: changing the wrap mode lays out the text already there again,
        // which for a long unbroken line takes Qt very long.
        m_text->clear();
        m_textHighlighter->setRanges({});
        m_text->setWordWrapMode(QTextOption::WrapAnywhere);
        m_text->setPlainText(render::base64Lines(part));
    } else {
        render::Text text = render::text(all, limit);
        m_cut = text.bytesUsed < all.size();
        m_text->clear();
        m_textHighlighter->setRanges(std::move(text.escapes));
        m_text->setWordWrapMode(text.hasLongWord ? QTextOption::WrapAnywhere
                                                 : QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_text->setPlainText(text.text);
    }
    m_stack->setCurrentWidget(m_text);
}

void PayloadView::renderJson() {
    const QByteArrayView all = viewOf(m_bytes);
    const json::ParseProblem problem = json::check(all);
    if (!problem.message.isEmpty()) {
        //: %1 is "key" or "value"; %2 says what is wrong, %3 is a byte position.
        m_placeholder->setText(tr("This %1 is not JSON: %2 at byte %3.\nChoose Text or Hex to see it "
                                  "as it is.")
                                   .arg(partName(), problem.message)
                                   .arg(problem.offset));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    if (m_tree->isChecked()) {
        if (m_treeModel->rowCount() == 0) {
            m_treeModel->setJson(all);
            // Opening thousands of rows at once would stall the view; a long array
            // starts folded.
            if (m_treeModel->rowCount() <= kExpandedTopRows) m_treeView->expandToDepth(0);
        }
        m_stack->setCurrentWidget(m_treeView);
        return;
    }
    const qsizetype limit = m_showAll ? all.size() : kShownBytes;
    m_cut = limit < all.size();
    m_json->setPlainText(json::pretty(m_cut ? all.first(limit) : all));
    m_stack->setCurrentWidget(m_json);
}

QString PayloadView::shownText() const {
    const QByteArrayView all = viewOf(m_bytes);
    if (all.isEmpty()) return {};
    switch (shownMode()) {
    case Mode::Text: return render::text(all, all.size()).text;
    case Mode::Base64: return QString::fromLatin1(all.toByteArray().toBase64());
    case Mode::Hex: return render::hexDump(all);
    case Mode::Json:
        if (json::check(all).message.isEmpty()) return json::pretty(all);
        return {};
    case Mode::Auto: break;
    }
    return {};
}

QString PayloadView::visibleText() const {
    QWidget* current = m_stack->currentWidget();
    if (current == m_placeholder) return m_placeholder->text();
    if (current == m_text) return m_text->toPlainText();
    if (current == m_json) return m_json->toPlainText();
    if (current == m_hex) return render::hexDump(viewOf(m_bytes));
    return {};
}

bool PayloadView::isCut() const { return m_cut; }

void PayloadView::showAll() {
    m_showAll = true;
    render();
}

void PayloadView::updateActions() {
    const bool hasBytes = m_bytes.has_value();
    m_save->setEnabled(hasBytes);
    m_copy->setEnabled(hasBytes && !m_bytes->isEmpty());
}

void PayloadView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyColors();
    QWidget::changeEvent(event);
}

void PayloadView::applyColors() {
    const SyntaxColors colors = syntaxColorsFor(palette());
    m_textHighlighter->setColors(colors);
    m_jsonHighlighter->setColors(colors);
    m_treeModel->setColors(colors);
    m_hexModel->setColors(colors);
}

QString PayloadView::partName() const {
    switch (m_part) {
    case Part::Key: return tr("key");
    case Part::Value: return tr("value");
    case Part::HeaderValue: return tr("header value");
    }
    return {};
}

QString PayloadView::emptyExplanation() const {
    const bool isNullPayload = !m_bytes.has_value();
    switch (m_part) {
    case Part::Key:
        return isNullPayload
                   ? tr("No key (null). The producer sent this record without a key, so its "
                        "partition was chosen without one.")
                   : tr("The key is empty: present, but zero bytes long. Unlike a null key, it is "
                        "hashed like any other key to choose the partition.");
    case Part::Value:
        return isNullPayload
                   ? tr("No value (null): this record is a tombstone. On a compacted topic it "
                        "deletes the earlier records with the same key.")
                   : tr("The value is empty: present, but zero bytes long. Unlike a null value, it "
                        "is not a tombstone.");
    case Part::HeaderValue:
        return isNullPayload ? tr("This header has no value (null).")
                             : tr("This header's value is empty: present, but zero bytes long.");
    }
    return {};
}

} // namespace samsa::ui
