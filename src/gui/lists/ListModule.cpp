#include "ListModule.h"

#include "gui/common/Labels.h"
#include "gui/common/MessageBox.h"
#include "gui/forms/RecordDialog.h"
#include "gui/forms/RecordDialogs.h"
#include "gui/lists/RecordListPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace reper {

ListModule::ListModule(Store& store, const QList<ListKind>& kinds, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (kinds.size() > 1) {
        m_tabs = new QTabWidget(this);
        m_tabs->setDocumentMode(true);
        m_tabs->setAccessibleName(tr("Lists"));
        layout->addWidget(m_tabs);
    }
    for (ListKind kind : kinds) {
        auto* page = new RecordListPage(store, kind, this);
        m_pages << page;
        if (m_tabs)
            m_tabs->addTab(page, Labels::kindTitle(kind));
        else
            layout->addWidget(page);
        connect(page, &RecordListPage::openRequested, this, [this, kind](RecordId id) { openRecord(kind, id); });
        connect(page, &RecordListPage::newRequested, this, [this, kind] { openRecord(kind, 0); });
        connect(page, &RecordListPage::changed, this, &ModulePage::recordsChanged);
    }
}

RecordListPage* ListModule::page(ListKind kind) const
{
    for (RecordListPage* p : m_pages)
        if (p->kind() == kind)
            return p;
    return nullptr;
}

RecordListPage* ListModule::currentPage() const
{
    return m_tabs ? static_cast<RecordListPage*>(m_tabs->currentWidget()) : m_pages.value(0);
}

void ListModule::setCurrent(ListKind kind)
{
    if (m_tabs)
        if (RecordListPage* p = page(kind))
            m_tabs->setCurrentWidget(p);
}

void ListModule::activate() { }

void ListModule::newRecord()
{
    if (RecordListPage* p = currentPage(); p && p->canCreate())
        openRecord(p->kind(), 0);
}

void ListModule::focusSearch()
{
    if (RecordListPage* p = currentPage())
        p->focusSearch();
}

void ListModule::refresh()
{
    for (RecordListPage* p : m_pages)
        p->refresh();
}

RecordDialog* ListModule::openRecord(ListKind kind, RecordId id)
{
    QString error;
    RecordDialog* dialog = RecordDialogs::open(m_store, RecordDialogs::formKind(kind), id, this, {}, &error);
    if (!dialog) {
        MessageBox::warning(this, Labels::recordTitle(kind), error);
        return nullptr;
    }
    m_lastDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_lastDialog == dialog)
            m_lastDialog = nullptr;
    });
    const auto changed = [this, kind](RecordId saved) {
        if (RecordListPage* p = page(kind)) {
            p->refresh();
            p->select(saved);
        }
        Q_EMIT recordsChanged();
    };
    connect(dialog, &RecordDialog::saved, this, changed);
    connect(dialog, &RecordDialog::removed, this, changed);
    return dialog;
}

} // namespace reper
