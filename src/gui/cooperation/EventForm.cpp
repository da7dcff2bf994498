#include "EventForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_EventForm.h"

namespace reper {

EventForm::EventForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
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

CodeComboBox* EventForm::centerBox() const { return m_ui->center; }

void EventForm::showRecord(const Event& r)
{
    m_ui->date->setValue(r.date);
    m_ui->type->setCode(r.type);
    m_ui->role->setCode(r.role);
    m_ui->title->setText(r.title);
}

void EventForm::readRecord(Event& r) const
{
    r.date = m_ui->date->value();
    r.type = m_ui->type->code();
    r.role = m_ui->role->code();
    r.title = m_ui->title->text().trimmed();
}

} // namespace reper
