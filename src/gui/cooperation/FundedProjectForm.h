#pragma once
// An externally funded, non-reimbursable project (ui/FundedProjectForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class FundedProjectForm;
}

namespace reper {

class FundedProjectForm : public ActivityForm<FundedProject>
{
    Q_OBJECT
public:
    explicit FundedProjectForm(Store& store, QWidget* parent = nullptr);
    ~FundedProjectForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const FundedProject& r) override;
    void readRecord(FundedProject& r) const override;

private:
    std::unique_ptr<Ui::FundedProjectForm> m_ui;
};

} // namespace reper
