#pragma once
// An inter-institutional event the centre organised or took part in (ui/EventForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class EventForm;
}

namespace reper {

class EventForm : public RecordForm
{
    Q_OBJECT
public:
    explicit EventForm(Store& store, QWidget* parent = nullptr);
    ~EventForm() override;

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
    Event current() const;
    std::unique_ptr<Ui::EventForm> m_ui;
    Event m_record;
};

} // namespace reper
