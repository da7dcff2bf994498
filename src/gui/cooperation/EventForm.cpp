#include "EventForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_EventForm.h"

namespace reper {

EventForm::EventForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::EventForm>())
{
    m_ui->setupUi(this);
    m_ui->type->setList(QStringLiteral("event_type"));
    m_ui->role->setList(QStringLiteral("event_role"));
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("type"), m_ui->type);
    watch(QStringLiteral("role"), m_ui->role);
    watch(QStringLiteral("title"), m_ui->title);
}

EventForm::~EventForm() = default;

QString EventForm::kindTitle() const { return Labels::recordTitle(ListKind::Events); }

QString EventForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void EventForm::startNew()
{
    Loading loading(this);
    m_record = Event{};
    fillCenters(m_ui->center, defaultCenter());
}

Status EventForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadEvent(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->date->setValue(r->date);
    m_ui->type->setCode(r->type);
    m_ui->role->setCode(r->role);
    m_ui->title->setText(r->title);
    return Status::success();
}

Event EventForm::current() const
{
    Event r = m_record;
    r.center = m_ui->center->code();
    r.date = m_ui->date->value();
    r.type = m_ui->type->code();
    r.role = m_ui->role->code();
    r.title = m_ui->title->text().trimmed();
    return r;
}

FieldProblems EventForm::problems() const
{
    FieldProblems out;
    const Event r = current();
    requireCenter(out, r.center);
    out += RecordValidator::check(r);
    return out;
}

Result<RecordId> EventForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status EventForm::remove() { return ActivityEditor(m_store).remove("event", m_record.id); }

} // namespace reper
