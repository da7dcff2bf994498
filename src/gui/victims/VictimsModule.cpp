#include "VictimsModule.h"

#include "gui/common/MessageBox.h"
#include "gui/lists/RecordListPage.h"
#include "gui/victims/DuplicatesDialog.h"
#include "gui/victims/VictimPage.h"
#include "storage/Store.h"
#include "storage/repositories/VictimEditor.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace reper {

VictimsModule::VictimsModule(Store& store, QWidget* parent)
    : ModulePage(parent)
    , m_store(store)
    , m_stack(new QStackedWidget(this))
    , m_list(new RecordListPage(store, ListKind::Victims, this))
    , m_page(new VictimPage(store, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_page);
    m_list->setRemover([this](RecordId id) { return VictimEditor(m_store).remove(id); });
    connect(m_list, &RecordListPage::openRequested, this, [this](RecordId id) { openVictim(id); });
    connect(m_list, &RecordListPage::newRequested, this, &VictimsModule::newRecord);
    connect(m_list, &RecordListPage::changed, this, &ModulePage::recordsChanged);
    connect(m_page, &VictimPage::backRequested, this, &VictimsModule::showList);
    connect(m_page, &VictimPage::victimChanged, this, [this](RecordId id) {
        m_list->refresh();
        m_list->select(id);
        Q_EMIT recordsChanged();
    });
    connect(m_page, &VictimPage::victimRemoved, this, [this] {
        m_list->refresh();
        Q_EMIT recordsChanged();
    });
    const AccessPolicy& access = store.access();
    const auto& centers = store.reference().centers();
    if (std::any_of(centers.begin(), centers.end(), [&](const Center& c) { return access.canAssignCases(c.code); })) {
        m_duplicates = new QPushButton(tr("D&uplicates…"), this);
        m_duplicates->setObjectName(QStringLiteral("duplicatesButton"));
        m_duplicates->setToolTip(tr("Victims who may be one person, and merging them"));
        m_list->addButton(m_duplicates);
        connect(m_duplicates, &QPushButton::clicked, this, [this] {
            if (DuplicatesDialog* d = openDuplicates())
                d->open();
        });
    }
}

DuplicatesDialog* VictimsModule::openDuplicates()
{
    auto* dialog = new DuplicatesDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::merged, this, [this] {
        m_list->refresh();
        Q_EMIT recordsChanged();
    });
    return dialog;
}

bool VictimsModule::showingVictim() const { return m_stack->currentWidget() == m_page; }

void VictimsModule::openVictim(RecordId id, bool newContact)
{
    if (showingVictim() && !m_page->confirmLeave())
        return;
    if (auto s = m_page->load(id); !s) {
        MessageBox::warning(this, tr("Victim"), s.error().message);
        return;
    }
    m_stack->setCurrentWidget(m_page);
    if (newContact)
        m_page->addRecord(FormKind::MonitoringContact);
}

void VictimsModule::showList()
{
    m_stack->setCurrentWidget(m_list);
    m_list->table()->setFocus();
}

void VictimsModule::newRecord()
{
    if (!m_list->canCreate())
        return;
    if (showingVictim() && !m_page->confirmLeave())
        return;
    m_page->startNew();
    m_stack->setCurrentWidget(m_page);
}

void VictimsModule::focusSearch()
{
    if (showingVictim()) {
        if (!m_page->confirmLeave())
            return;
        showList();
    }
    m_list->focusSearch();
}

void VictimsModule::refresh()
{
    m_list->refresh();
    if (showingVictim() && m_page->victimId() && !m_page->hasUnsavedChanges())
        if (auto s = m_page->load(m_page->victimId()); !s)
            showList(); // the victim was removed meanwhile
}

bool VictimsModule::save() { return showingVictim() && m_page->save(); }

bool VictimsModule::cancel()
{
    if (!showingVictim())
        return false;
    if (m_page->confirmLeave())
        showList();
    return true;
}

bool VictimsModule::confirmLeave() { return !showingVictim() || m_page->confirmLeave(); }

bool VictimsModule::hasUnsavedChanges() const { return showingVictim() && m_page->hasUnsavedChanges(); }

} // namespace reper
