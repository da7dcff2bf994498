#pragma once
// One assistance service given to a victim over a period (ui/AssistanceForm.ui).
#include "RecordForm.h"
#include "VictimCodeField.h"

#include <memory>

namespace Ui {
class AssistanceForm;
}

namespace reper {

class AssistanceForm : public RecordForm
{
    Q_OBJECT
public:
    explicit AssistanceForm(Store& store, QWidget* parent = nullptr);
    ~AssistanceForm() override;

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
    Assistance current() const;
    std::unique_ptr<Ui::AssistanceForm> m_ui;
    Assistance m_record;
    VictimCodeField m_victim;
};

} // namespace reper
