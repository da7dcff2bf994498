#pragma once
// A meeting of a county inter-institutional anti-trafficking team (ui/TeamMeetingForm.ui).
#include "RecordForm.h"

#include <memory>

namespace Ui {
class TeamMeetingForm;
}

namespace reper {

class TeamMeetingForm : public RecordForm
{
    Q_OBJECT
public:
    explicit TeamMeetingForm(Store& store, QWidget* parent = nullptr);
    ~TeamMeetingForm() override;

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
    TeamMeeting current() const;
    std::unique_ptr<Ui::TeamMeetingForm> m_ui;
    TeamMeeting m_record;
};

} // namespace reper
