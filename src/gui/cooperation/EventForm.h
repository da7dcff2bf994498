#pragma once
// An inter-institutional event the centre organised or took part in (ui/EventForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class EventForm;
}

namespace reper {

class EventForm : public ActivityForm<Event>
{
    Q_OBJECT
public:
    explicit EventForm(Store& store, QWidget* parent = nullptr);
    ~EventForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Event& r) override;
    void readRecord(Event& r) const override;

private:
    std::unique_ptr<Ui::EventForm> m_ui;
};

} // namespace reper
