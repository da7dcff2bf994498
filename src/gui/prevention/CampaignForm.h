#pragma once
// A prevention campaign or project: code, title, level, funding, funder and period (ui/CampaignForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class CampaignForm;
}

namespace reper {

class CampaignForm : public RecordForm
{
    Q_OBJECT
public:
    explicit CampaignForm(Store& store, QWidget* parent = nullptr);
    ~CampaignForm() override;

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
    Campaign current() const;
    std::unique_ptr<Ui::CampaignForm> m_ui;
    Campaign m_record;
};

} // namespace reper
