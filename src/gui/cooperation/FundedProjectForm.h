#pragma once
// An externally funded, non-reimbursable project (ui/FundedProjectForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class FundedProjectForm;
}

namespace reper {

class FundedProjectForm : public RecordForm
{
    Q_OBJECT
public:
    explicit FundedProjectForm(Store& store, QWidget* parent = nullptr);
    ~FundedProjectForm() override;

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
    FundedProject current() const;
    std::unique_ptr<Ui::FundedProjectForm> m_ui;
    FundedProject m_record;
};

} // namespace reper
