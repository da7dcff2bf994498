#include "ActionPlanForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_ActionPlanForm.h"

namespace reper {

ActionPlanForm::ActionPlanForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::ActionPlanForm>())
{
    m_ui->setupUi(this);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("partner"), m_ui->partner);
}

ActionPlanForm::~ActionPlanForm() = default;

QString ActionPlanForm::kindTitle() const { return Labels::recordTitle(ListKind::ActionPlans); }

QString ActionPlanForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void ActionPlanForm::startNew()
{
    Loading loading(this);
    m_record = ActionPlan{};
    fillCenters(m_ui->center, defaultCenter());
}

Status ActionPlanForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadActionPlan(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->date->setValue(r->date);
    m_ui->partner->setText(r->partner);
    return Status::success();
}

ActionPlan ActionPlanForm::current() const
{
    ActionPlan r = m_record;
    r.center = m_ui->center->code();
    r.date = m_ui->date->value();
    r.partner = m_ui->partner->text().trimmed();
    return r;
}

FieldProblems ActionPlanForm::problems() const
{
    FieldProblems out;
    const ActionPlan r = current();
    requireCenter(out, r.center);
    if (!r.date.isValid())
        out.push_back({QStringLiteral("date"), QCoreApplication::translate("RecordValidator", "is required")});
    requireText(out, QStringLiteral("partner"), r.partner);
    return out;
}

Result<RecordId> ActionPlanForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status ActionPlanForm::remove() { return ActivityEditor(m_store).remove("action_plan", m_record.id); }

} // namespace reper
