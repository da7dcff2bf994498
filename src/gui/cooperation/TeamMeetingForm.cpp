#include "TeamMeetingForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_TeamMeetingForm.h"

namespace reper {

TeamMeetingForm::TeamMeetingForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
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

QString TeamMeetingForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void TeamMeetingForm::startNew()
{
    Loading loading(this);
    m_record = TeamMeeting{};
    fillCenters(m_ui->center, defaultCenter());
    m_ui->attendees->setCount(std::nullopt);
}

Status TeamMeetingForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadTeamMeeting(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->date->setValue(r->date);
    m_ui->county->setCode(r->county);
    m_ui->attendees->setCount(r->attendees);
    return Status::success();
}

TeamMeeting TeamMeetingForm::current() const
{
    TeamMeeting r = m_record;
    r.center = m_ui->center->code();
    r.date = m_ui->date->value();
    r.county = m_ui->county->code();
    r.attendees = m_ui->attendees->count();
    return r;
}

FieldProblems TeamMeetingForm::problems() const
{
    FieldProblems out;
    const TeamMeeting r = current();
    requireCenter(out, r.center);
    if (!r.date.isValid())
        out.push_back({QStringLiteral("date"), QCoreApplication::translate("RecordValidator", "is required")});
    checkLookup(out, QStringLiteral("county"), m_ui->county, true);
    return out;
}

Result<RecordId> TeamMeetingForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status TeamMeetingForm::remove() { return ActivityEditor(m_store).remove("team_meeting", m_record.id); }

} // namespace reper
