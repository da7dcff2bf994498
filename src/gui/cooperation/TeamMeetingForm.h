#pragma once
// A meeting of a county inter-institutional anti-trafficking team (ui/TeamMeetingForm.ui).
#include "gui/forms/ActivityForm.h"

#include <memory>

namespace Ui {
class TeamMeetingForm;
}

namespace reper {

class TeamMeetingForm : public ActivityForm<TeamMeeting>
{
    Q_OBJECT
public:
    explicit TeamMeetingForm(Store& store, QWidget* parent = nullptr);
    ~TeamMeetingForm() override;

    QString kindTitle() const override;

protected:
    CodeComboBox* centerBox() const override;
    void showRecord(const TeamMeeting& r) override;
    void showNewRecord() override;
    void readRecord(TeamMeeting& r) const override;
    void checkWidgets(FieldProblems& out) const override;

private:
    std::unique_ptr<Ui::TeamMeetingForm> m_ui;
};

} // namespace reper
