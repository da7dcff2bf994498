#pragma once
// One notification of a victim to the anti-trafficking system: dates, MNIR status, institution,
// scope, the forms of exploitation with the primary one, and how the victim was recruited
// (ui/IdentificationForm.ui).
#include "gui/forms/CaseForm.h"
#include "storage/repositories/VictimEditor.h"

#include <memory>

namespace Ui {
class IdentificationForm;
}

namespace reper {

class IdentificationForm : public CaseForm<Identification>
{
    Q_OBJECT
public:
    explicit IdentificationForm(Store& store, QWidget* parent = nullptr);
    ~IdentificationForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Identification& record) override;
    void readRecord(Identification& record) const override;
    void checkWidgets(FieldProblems& out) const override;
    FieldProblems validate(const Identification& record) const override;

private:
    std::unique_ptr<Ui::IdentificationForm> m_ui;
    mutable RecordId m_victimLoaded = -1;
    mutable Victim m_victimRecord;
};

} // namespace reper
