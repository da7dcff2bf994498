#pragma once
// One notification of a victim to the anti-trafficking system: dates, MNIR status, institution,
// scope, the forms of exploitation with the primary one, and how the victim was recruited
// (ui/IdentificationForm.ui).
#include "RecordForm.h"
#include "VictimCodeField.h"

#include <memory>

namespace Ui {
class IdentificationForm;
}

namespace reper {

class IdentificationForm : public RecordForm
{
    Q_OBJECT
public:
    explicit IdentificationForm(Store& store, QWidget* parent = nullptr);
    ~IdentificationForm() override;

    QString kindTitle() const override;
    Status load(RecordId id) override;
    void startNew() override;
    FieldProblems problems() const override;
    Result<RecordId> save() override;
    Status remove() override;
    RecordId recordId() const override { return m_record.id; }
    QString recordCenter() const override;
    RecordStamp stamp() const override { return m_record.stamp; }
    void setVictim(RecordId id, const QString& code, const QString& center) override;

private:
    Identification current() const;
    std::unique_ptr<Ui::IdentificationForm> m_ui;
    Identification m_record;
    VictimCodeField m_victim;
    mutable RecordId m_victimLoaded = -1;
    mutable Victim m_victimRecord;
};

} // namespace reper
