#pragma once
// The Victims module: the list of victims, and the victim's page in its place when one is opened
// or created (Esc or "Back" returns to the list, asking about unsaved changes first).
#include "core/Records.h"
#include "gui/shell/ModulePage.h"

class QStackedWidget;

class QPushButton;

namespace reper {

class DuplicatesDialog;

class RecordListPage;
class Store;
class VictimPage;

class VictimsModule : public ModulePage
{
    Q_OBJECT
public:
    explicit VictimsModule(Store& store, QWidget* parent = nullptr);

    RecordListPage* list() const { return m_list; }
    VictimPage* victimPage() const { return m_page; }
    // Victims → Duplicates… (coordinators): the candidate pairs and the merge wizard; nullptr for
    // users who may merge nothing.
    QPushButton* duplicatesButton() const { return m_duplicates; }
    DuplicatesDialog* openDuplicates();
    bool showingVictim() const;
    // Opens a victim's page; with `newContact`, also a new monitoring contact for them (what the
    // work list opens: a contact meets every kind of deadline).
    void openVictim(RecordId id, bool newContact = false);
    void showList();

    void newRecord() override;
    void focusSearch() override;
    void refresh() override;
    bool save() override;
    bool cancel() override;
    bool confirmLeave() override;
    bool hasUnsavedChanges() const override;

private:
    Store& m_store;
    QStackedWidget* m_stack;
    RecordListPage* m_list;
    VictimPage* m_page;
    QPushButton* m_duplicates = nullptr;
};

} // namespace reper
