#pragma once
// The return of a victim from abroad (ui/RepatriationForm.ui).
#include "RecordForm.h"
#include "VictimCodeField.h"

#include <memory>

namespace Ui {
class RepatriationForm;
}

namespace reper {

class RepatriationForm : public RecordForm
{
    Q_OBJECT
public:
    explicit RepatriationForm(Store& store, QWidget* parent = nullptr);
    ~RepatriationForm() override;

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
    Repatriation current() const;
    std::unique_ptr<Ui::RepatriationForm> m_ui;
    Repatriation m_record;
    VictimCodeField m_victim;
};

} // namespace reper
