#include "FundedProjectForm.h"

#include "ActivityEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_FundedProjectForm.h"

namespace reper {

FundedProjectForm::FundedProjectForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
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

QString FundedProjectForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void FundedProjectForm::startNew()
{
    Loading loading(this);
    m_record = FundedProject{};
    fillCenters(m_ui->center, defaultCenter());
}

Status FundedProjectForm::load(RecordId id)
{
    auto r = ActivityEditor(m_store).loadFundedProject(id);
    if (!r)
        return r.error();
    Loading loading(this);
    m_record = *r;
    fillCenters(m_ui->center, r->center);
    m_ui->code->setText(r->code);
    m_ui->title->setText(r->title);
    m_ui->funder->setText(r->funder);
    m_ui->focus->setCode(r->focus);
    m_ui->startDate->setValue(r->startDate);
    m_ui->endDate->setValue(r->endDate);
    return Status::success();
}

FundedProject FundedProjectForm::current() const
{
    FundedProject r = m_record;
    r.center = m_ui->center->code();
    r.code = m_ui->code->text().trimmed();
    r.title = m_ui->title->text().trimmed();
    r.funder = m_ui->funder->text().trimmed();
    r.focus = m_ui->focus->code();
    r.startDate = m_ui->startDate->value();
    r.endDate = m_ui->endDate->value();
    return r;
}

FieldProblems FundedProjectForm::problems() const
{
    FieldProblems out;
    const FundedProject r = current();
    requireCenter(out, r.center);
    requireText(out, QStringLiteral("title"), r.title);
    requireText(out, QStringLiteral("funder"), r.funder);
    out += RecordValidator::check(r);
    return out;
}

Result<RecordId> FundedProjectForm::save()
{
    auto saved = ActivityEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status FundedProjectForm::remove() { return ActivityEditor(m_store).remove("funded_project", m_record.id); }

} // namespace reper
