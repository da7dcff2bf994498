#pragma once
// A prevention activity: date, county, campaign, type, target group and the people reached (ui/PreventionForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class PreventionForm;
}

namespace reper {

class PreventionForm : public RecordForm
{
    Q_OBJECT
public:
    explicit PreventionForm(Store& store, QWidget* parent = nullptr);
    ~PreventionForm() override;

    QString kindTitle() const override;
    Status load(RecordId id) override;
    void startNew() override;
    FieldProblems problems() const override;
    Result<RecordId> save() override;
    Status remove() override;
    RecordId recordId() const override { return m_record.id; }
    QString recordCenter() const override;
    RecordStamp stamp() const override { return m_record.stamp; }

private:
    PreventionActivity current() const;
    std::unique_ptr<Ui::PreventionForm> m_ui;
    PreventionActivity m_record;
    void fillCampaigns();
};

} // namespace reper
