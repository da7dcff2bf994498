#pragma once
// A victim as a person: the opaque code, centre and demographics (ui/VictimForm.ui), and — when
// the user may see it — the identity in its own IdentityForm. Saved together in one transaction.
#include "gui/forms/RecordForm.h"
#include "storage/repositories/VictimEditor.h"

#include <memory>

namespace Ui {
class VictimForm;
}

namespace reper {

class IdentityForm;

class VictimForm : public RecordForm
{
    Q_OBJECT
public:
    explicit VictimForm(Store& store, QWidget* parent = nullptr);
    ~VictimForm() override;

    // The identity section (owned elsewhere, shown or hidden by the page).
    void setIdentityForm(IdentityForm* identity);
    bool identityVisible() const { return m_identityVisible; }
    // Opens the stored victim's identity into the section (recorded in the audit trail).
    Status openIdentity();

    QString kindTitle() const override;
    Status load(RecordId id) override;
    void startNew() override;
    FieldProblems problems() const override;
    Result<RecordId> save() override;
    Status remove() override;
    RecordId recordId() const override { return m_file.victim.id; }
    QString recordCenter() const override;
    RecordStamp stamp() const override { return m_file.victim.stamp; }
    const Victim& victim() const { return m_file.victim; }

Q_SIGNALS:
    // The identity section is to be shown (true) or hidden: whether the user may see the identity
    // of the victim's centre.
    void identityVisibleChanged(bool visible);
    void failed(const QString& message);

private:
    Victim current() const;
    void updateIdentityVisibility();
    std::unique_ptr<Ui::VictimForm> m_ui;
    IdentityForm* m_identity = nullptr;
    VictimFile m_file;
    bool m_identityVisible = false;
};

} // namespace reper
