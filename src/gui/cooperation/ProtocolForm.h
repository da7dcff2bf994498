#pragma once
// A collaboration protocol signed with a partner (ui/ProtocolForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class ProtocolForm;
}

namespace reper {

class ProtocolForm : public ActivityForm<Protocol>
{
    Q_OBJECT
public:
    explicit ProtocolForm(Store& store, QWidget* parent = nullptr);
    ~ProtocolForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Protocol& r) override;
    void readRecord(Protocol& r) const override;

private:
    std::unique_ptr<Ui::ProtocolForm> m_ui;
};

} // namespace reper
