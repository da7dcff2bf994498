#pragma once
// A monitoring contact ("contact de monitorizare", ui/MonitoringContactForm.ui): when, how, with
// whom, what came of it and when the next contact is due.
#include "gui/forms/CaseForm.h"

#include <memory>

namespace Ui {
class MonitoringContactForm;
}

namespace reper {

class MonitoringContactForm : public CaseForm<MonitoringContact>
{
    Q_OBJECT
public:
    explicit MonitoringContactForm(Store& store, QWidget* parent = nullptr);
    ~MonitoringContactForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const MonitoringContact& record) override;
    void readRecord(MonitoringContact& record) const override;

private:
    std::unique_ptr<Ui::MonitoringContactForm> m_ui;
};

} // namespace reper
