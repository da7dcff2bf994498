#pragma once
// One support action for a victim in criminal proceedings (ui/JudicialForm.ui).
#include "RecordForm.h"
#include "VictimCodeField.h"

#include <memory>

namespace Ui {
class JudicialForm;
}

namespace reper {

class JudicialForm : public RecordForm
{
    Q_OBJECT
public:
    explicit JudicialForm(Store& store, QWidget* parent = nullptr);
    ~JudicialForm() override;

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
    JudicialParticipation current() const;
    std::unique_ptr<Ui::JudicialForm> m_ui;
    JudicialParticipation m_record;
    VictimCodeField m_victim;
};

} // namespace reper
