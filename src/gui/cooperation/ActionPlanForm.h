#pragma once
// An action plan: date and partner (or county) (ui/ActionPlanForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class ActionPlanForm;
}

namespace reper {

class ActionPlanForm : public ActivityForm<ActionPlan>
{
    Q_OBJECT
public:
    explicit ActionPlanForm(Store& store, QWidget* parent = nullptr);
    ~ActionPlanForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const ActionPlan& r) override;
    void readRecord(ActionPlan& r) const override;

private:
    std::unique_ptr<Ui::ActionPlanForm> m_ui;
};

} // namespace reper
