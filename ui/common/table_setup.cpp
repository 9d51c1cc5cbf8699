#include "ui/common/table_setup.h"

#include "app/profile_store.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

namespace samsa::ui {

void setUpReadOnlyTable(QTableView* view) {
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

namespace {

QHeaderView* headerOf(QAbstractItemView* view) {
    if (auto* table = qobject_cast<QTableView*>(view)) return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view)) return tree->header();
    return nullptr;
}

// Lives on the header. Saves the layout when the user lets go of the mouse after
// changing it (a drag resizes many times). Pages size their columns by themselves too,
// often when their first data arrives; the widths the user chose win over those, so they
// are put back whenever something else than the user changes them.
class TableLayoutKeeper : public QObject {
public:
    TableLayoutKeeper(QAbstractItemView* view, QHeaderView* header, samsa::app::ProfileStore* store,
                      QString key)
        : QObject(header), m_view(view), m_header(header), m_store(store), m_key(std::move(key)) {
        setObjectName(name());
        m_saved = store->uiState(m_key);
        restore();
        header->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, &TableLayoutKeeper::resized);
        connect(header, &QHeaderView::sectionMoved, this, &TableLayoutKeeper::changed);
        connect(header, &QHeaderView::sortIndicatorChanged, this, &TableLayoutKeeper::changed);
        // A model set, or columns added, after the page was made.
        connect(header, &QHeaderView::sectionCountChanged, this, &TableLayoutKeeper::restore);
    }

    static QString name() { return QStringLiteral("samsaTableLayoutKeeper"); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
            m_mouseDown = true;
            break;
        case QEvent::MouseButtonRelease:
            // The header sorts on release, after this filter: the flag stays up until
            // then, and whatever the press, drag and release changed is saved once.
            QTimer::singleShot(0, this, [this] {
                m_mouseDown = false;
                if (m_dirty) save();
            });
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void changed() {
        if (m_mouseDown && !m_restoring) m_dirty = true;
    }

    void resized(int section, int, int newSize) {
        if (m_restoring) return;
        // A drag or a double-click on a divider: the button is down while it resizes.
        // (A page may resize in the moment between the release and the save; the
        // button is up by then.)
        if (m_mouseDown && QGuiApplication::mouseButtons() != Qt::NoButton) {
            if (m_widths.isEmpty()) rememberWidths();
            m_widths.insert(section, newSize);
            m_dirty = true;
            return;
        }
        // The stretched last column follows the view's width; that is no choice to keep.
        const bool stretched = m_header->stretchLastSection() &&
                               m_header->visualIndex(section) == lastVisibleSection();
        if (stretched || m_widths.value(section, newSize) == newSize || m_reapplying) return;
        m_reapplying = true;
        QTimer::singleShot(0, this, [this] {
            m_reapplying = false;
            applyWidths();
        });
    }

    void applyWidths() {
        m_restoring = true;
        for (auto it = m_widths.cbegin(); it != m_widths.cend(); ++it)
            if (it.key() < m_header->count() && m_header->sectionSize(it.key()) != it.value())
                m_header->resizeSection(it.key(), it.value());
        m_restoring = false;
    }

    int lastVisibleSection() const {
        for (int visual = m_header->count() - 1; visual >= 0; --visual)
            if (!m_header->isSectionHidden(m_header->logicalIndex(visual))) return visual;
        return -1;
    }

    void restore() {
        if (m_saved.isEmpty() || m_header->count() == 0) return;
        m_restoring = true;
        if (m_header->restoreState(m_saved)) {
            rememberWidths();
            // The header only shows the saved sort column; the view sorts on request.
            if (auto* table = qobject_cast<QTableView*>(m_view.data());
                table && table->isSortingEnabled())
                table->sortByColumn(m_header->sortIndicatorSection(),
                                    m_header->sortIndicatorOrder());
            if (auto* tree = qobject_cast<QTreeView*>(m_view.data());
                tree && tree->isSortingEnabled())
                tree->sortByColumn(m_header->sortIndicatorSection(),
                                   m_header->sortIndicatorOrder());
        }
        m_restoring = false;
    }

    void rememberWidths() {
        m_widths.clear();
        for (int section = 0; section < m_header->count(); ++section)
            m_widths.insert(section, m_header->sectionSize(section));
    }

    void save() {
        m_dirty = false;
        applyWidths(); // what the user made, even if the page resized since
        m_saved = m_header->saveState();
        rememberWidths();
        m_store->setUiState(m_key, m_saved);
    }

    QPointer<QAbstractItemView> m_view;
    QHeaderView* m_header;
    samsa::app::ProfileStore* m_store;
    QString m_key;
    QByteArray m_saved;
    // Logical section -> the width the user chose; empty until there is a saved layout.
    QHash<int, int> m_widths;
    bool m_mouseDown = false;
    bool m_restoring = false;
    bool m_dirty = false;
    bool m_reapplying = false;
};

} // namespace

void rememberTableLayout(QAbstractItemView* view, samsa::app::ProfileStore* store,
                         const QString& key) {
    QHeaderView* header = headerOf(view);
    if (!store || !header || key.isEmpty()) return;
    if (header->findChild<QObject*>(TableLayoutKeeper::name(), Qt::FindDirectChildrenOnly)) return;
    new TableLayoutKeeper(view, header, store, key);
}

QString tableLayoutKey(const QWidget* page, const QAbstractItemView* view) {
    QString pageName = QString::fromLatin1(page->metaObject()->className());
    pageName = pageName.mid(pageName.lastIndexOf(QLatin1Char(':')) + 1);
    return QStringLiteral("table/%1/%2").arg(pageName, view->objectName());
}

void rememberTableLayouts(QWidget* page, samsa::app::ProfileStore* store) {
    if (!store) return;
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (view->objectName().isEmpty() || !headerOf(view)) continue;
        rememberTableLayout(view, store, tableLayoutKey(page, view));
    }
}

} // namespace samsa::ui
