#pragma once
// A prevention activity: date, county, campaign, type, target group and the people reached (ui/PreventionForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class PreventionForm;
}

namespace reper {

class PreventionForm : public ActivityForm<PreventionActivity>
{
    Q_OBJECT
public:
    explicit PreventionForm(Store& store, QWidget* parent = nullptr);
    ~PreventionForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const PreventionActivity& r) override;
    void showNewRecord() override;
    void readRecord(PreventionActivity& r) const override;
    void checkWidgets(FieldProblems& out) const override;

private:
    std::unique_ptr<Ui::PreventionForm> m_ui;
    void fillCampaigns();
};

} // namespace reper
