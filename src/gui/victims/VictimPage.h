#pragma once
// One victim's page (ui/VictimPage.ui): the person (VictimForm) and identity (IdentityForm, hidden
// when the user may not see it) with Save, and the timeline of everything recorded about them with
// buttons to add an identification, assistance, a repatriation, support in criminal proceedings or a
// monitoring contact. Above the person, the victim's case (CasePanel): state, case worker, closing.
// A new victim is saved first; then the identification dialog opens, since a victim enters the
// records through a notification.
#include "core/Records.h"
#include "gui/forms/RecordDialogs.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace Ui {
class VictimPage;
}

namespace reper {

class CasePanel;
class IdentityForm;
class RecordDialog;
class Store;
class TimelineModel;
class VictimForm;

class VictimPage : public QWidget
{
    Q_OBJECT
public:
    explicit VictimPage(Store& store, QWidget* parent = nullptr);
    ~VictimPage() override;

    void startNew();
    Status load(RecordId id);
    RecordId victimId() const;
    VictimForm* form() const { return m_form; }
    TimelineModel* timeline() const { return m_timeline; }
    CasePanel* casePanel() const { return m_case; }
    // Shown when the victim takes part in a merge (decisions C7): what was merged into what, and
    // Unmerge… for who may.
    QLabel* mergeNote() const { return m_mergeNote; }
    QPushButton* unmergeButton() const { return m_unmerge; }
    // The dialog opened last from this page (for tests and the screenshot tour).
    RecordDialog* lastDialog() const;

    bool save();
    // Asks about unsaved changes; true when the page may be left.
    bool confirmLeave();
    bool hasUnsavedChanges() const;
    RecordDialog* addRecord(FormKind kind);
    RecordDialog* openEntry(int row);

Q_SIGNALS:
    void backRequested();
    void victimChanged(RecordId id); // saved, a record added or removed
    void victimRemoved(RecordId id);

private:
    void revalidate();
    void reloadTimeline();
    void updateHeader();
    void deleteVictim();
    void deleteEntry();
    void updateMerge();
    void unmerge();
    VictimContext context() const;

    Store& m_store;
    std::unique_ptr<Ui::VictimPage> m_ui;
    VictimForm* m_form;
    IdentityForm* m_identity;
    CasePanel* m_case;
    TimelineModel* m_timeline;
    QPointer<RecordDialog> m_lastDialog;
    QLabel* m_mergeNote;
    QPushButton* m_unmerge;
    QString m_absorbedCode; // of the merge shown
};

} // namespace reper
