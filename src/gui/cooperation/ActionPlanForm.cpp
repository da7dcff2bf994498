#include "ActionPlanForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_ActionPlanForm.h"

namespace reper {

ActionPlanForm::ActionPlanForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
    , m_ui(std::make_unique<Ui::ActionPlanForm>())
{
    m_ui->setupUi(this);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("partner"), m_ui->partner);
}

ActionPlanForm::~ActionPlanForm() = default;

QString ActionPlanForm::kindTitle() const { return Labels::recordTitle(ListKind::ActionPlans); }

CodeComboBox* ActionPlanForm::centerBox() const { return m_ui->center; }

void ActionPlanForm::showRecord(const ActionPlan& r)
{
    m_ui->date->setValue(r.date);
    m_ui->partner->setText(r.partner);
}

void ActionPlanForm::readRecord(ActionPlan& r) const
{
    r.date = m_ui->date->value();
    r.partner = m_ui->partner->text().trimmed();
}

} // namespace reper
