#pragma once
// The return of a victim from abroad (ui/RepatriationForm.ui).
#include "gui/forms/CaseForm.h"

#include <memory>

namespace Ui {
class RepatriationForm;
}

namespace reper {

class RepatriationForm : public CaseForm<Repatriation>
{
    Q_OBJECT
public:
    explicit RepatriationForm(Store& store, QWidget* parent = nullptr);
    ~RepatriationForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Repatriation& record) override;
    void readRecord(Repatriation& record) const override;
    void checkWidgets(FieldProblems& out) const override;

private:
    std::unique_ptr<Ui::RepatriationForm> m_ui;
};

} // namespace reper
