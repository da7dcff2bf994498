#pragma once
// One assistance service given to a victim over a period (ui/AssistanceForm.ui).
#include "gui/forms/CaseForm.h"

#include <memory>

namespace Ui {
class AssistanceForm;
}

namespace reper {

class AssistanceForm : public CaseForm<Assistance>
{
    Q_OBJECT
public:
    explicit AssistanceForm(Store& store, QWidget* parent = nullptr);
    ~AssistanceForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Assistance& record) override;
    void readRecord(Assistance& record) const override;

private:
    std::unique_ptr<Ui::AssistanceForm> m_ui;
};

} // namespace reper
