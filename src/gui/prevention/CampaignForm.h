#pragma once
// A prevention campaign or project: code, title, level, funding, funder and period (ui/CampaignForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class CampaignForm;
}

namespace reper {

class CampaignForm : public ActivityForm<Campaign>
{
    Q_OBJECT
public:
    explicit CampaignForm(Store& store, QWidget* parent = nullptr);
    ~CampaignForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Campaign& r) override;
    void readRecord(Campaign& r) const override;

private:
    std::unique_ptr<Ui::CampaignForm> m_ui;
};

} // namespace reper
