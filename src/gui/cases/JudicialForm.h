#pragma once
// One support action for a victim in criminal proceedings (ui/JudicialForm.ui).
#include "gui/forms/CaseForm.h"

#include <memory>

namespace Ui {
class JudicialForm;
}

namespace reper {

class JudicialForm : public CaseForm<JudicialParticipation>
{
    Q_OBJECT
public:
    explicit JudicialForm(Store& store, QWidget* parent = nullptr);
    ~JudicialForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const JudicialParticipation& record) override;
    void readRecord(JudicialParticipation& record) const override;

private:
    std::unique_ptr<Ui::JudicialForm> m_ui;
};

} // namespace reper
