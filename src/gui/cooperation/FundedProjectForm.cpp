#include "FundedProjectForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_FundedProjectForm.h"

namespace reper {

FundedProjectForm::FundedProjectForm(Store& store, QWidget* parent)
    : ActivityForm(store, parent)
    , m_ui(std::make_unique<Ui::FundedProjectForm>())
{
    m_ui->setupUi(this);
    m_ui->focus->setList(QStringLiteral("project_focus"));
    watch(QStringLiteral("project_code"), m_ui->code);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("title"), m_ui->title);
    watch(QStringLiteral("funder"), m_ui->funder);
    watch(QStringLiteral("focus"), m_ui->focus);
    watch(QStringLiteral("start_date"), m_ui->startDate);
    watch(QStringLiteral("end_date"), m_ui->endDate);
}

FundedProjectForm::~FundedProjectForm() = default;

QString FundedProjectForm::kindTitle() const { return Labels::recordTitle(ListKind::FundedProjects); }

CodeComboBox* FundedProjectForm::centerBox() const { return m_ui->center; }

void FundedProjectForm::showRecord(const FundedProject& r)
{
    m_ui->code->setText(r.code);
    m_ui->title->setText(r.title);
    m_ui->funder->setText(r.funder);
    m_ui->focus->setCode(r.focus);
    m_ui->startDate->setValue(r.startDate);
    m_ui->endDate->setValue(r.endDate);
}

void FundedProjectForm::readRecord(FundedProject& r) const
{
    r.code = m_ui->code->text().trimmed();
    r.title = m_ui->title->text().trimmed();
    r.funder = m_ui->funder->text().trimmed();
    r.focus = m_ui->focus->code();
    r.startDate = m_ui->startDate->value();
    r.endDate = m_ui->endDate->value();
}

} // namespace reper
