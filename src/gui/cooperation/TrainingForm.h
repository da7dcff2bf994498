#pragma once
// A training session for specialists (ui/TrainingForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class TrainingForm;
}

namespace reper {

class TrainingForm : public RecordForm
{
    Q_OBJECT
public:
    explicit TrainingForm(Store& store, QWidget* parent = nullptr);
    ~TrainingForm() override;

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
    Training current() const;
    std::unique_ptr<Ui::TrainingForm> m_ui;
    Training m_record;
};

} // namespace reper
