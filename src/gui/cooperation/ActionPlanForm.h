#pragma once
// An action plan: date and partner (or county) (ui/ActionPlanForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class ActionPlanForm;
}

namespace reper {

class ActionPlanForm : public RecordForm
{
    Q_OBJECT
public:
    explicit ActionPlanForm(Store& store, QWidget* parent = nullptr);
    ~ActionPlanForm() override;

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
    ActionPlan current() const;
    std::unique_ptr<Ui::ActionPlanForm> m_ui;
    ActionPlan m_record;
};

} // namespace reper
