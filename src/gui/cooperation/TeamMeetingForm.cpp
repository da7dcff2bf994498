#include "TeamMeetingForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_TeamMeetingForm.h"

namespace reper {

TeamMeetingForm::TeamMeetingForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
    , m_ui(std::make_unique<Ui::TeamMeetingForm>())
{
    m_ui->setupUi(this);
    fillCounties(m_ui->county);
    m_ui->attendees->setOptional(true);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("county"), m_ui->county);
    watch(QStringLiteral("attendees"), m_ui->attendees);
}

TeamMeetingForm::~TeamMeetingForm() = default;

QString TeamMeetingForm::kindTitle() const { return Labels::recordTitle(ListKind::TeamMeetings); }

CodeComboBox* TeamMeetingForm::centerBox() const { return m_ui->center; }

void TeamMeetingForm::showNewRecord() { m_ui->attendees->setCount(std::nullopt); }

void TeamMeetingForm::showRecord(const TeamMeeting& r)
{
    m_ui->date->setValue(r.date);
    m_ui->county->setCode(r.county);
    m_ui->attendees->setCount(r.attendees);
}

void TeamMeetingForm::readRecord(TeamMeeting& r) const
{
    r.date = m_ui->date->value();
    r.county = m_ui->county->code();
    r.attendees = m_ui->attendees->count();
}

void TeamMeetingForm::checkWidgets(FieldProblems& out) const
{
    checkLookup(out, QStringLiteral("county"), m_ui->county);
}

} // namespace reper
