#pragma once
// A training session for specialists (ui/TrainingForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class TrainingForm;
}

namespace reper {

class TrainingForm : public ActivityForm<Training>
{
    Q_OBJECT
public:
    explicit TrainingForm(Store& store, QWidget* parent = nullptr);
    ~TrainingForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const Training& r) override;
    void readRecord(Training& r) const override;
    void checkWidgets(FieldProblems& out) const override;

private:
    std::unique_ptr<Ui::TrainingForm> m_ui;
};

} // namespace reper
