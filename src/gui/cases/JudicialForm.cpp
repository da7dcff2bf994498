#include "JudicialForm.h"

#include "gui/common/Labels.h"
#include "storage/Store.h"
#include "storage/repositories/RecordEditor.h"
#include "ui_JudicialForm.h"

namespace reper {

JudicialForm::JudicialForm(Store& store, QWidget* parent)
    : CaseForm(store, parent)
    , m_ui(std::make_unique<Ui::JudicialForm>())
{
    m_ui->setupUi(this);
    attachVictimField(m_ui->victimCode);
    m_ui->body->setList(QStringLiteral("judicial_body"));
    m_ui->stage->setList(QStringLiteral("judicial_stage"));
    m_ui->role->setList(QStringLiteral("procedural_role"));
    m_ui->support->setList(QStringLiteral("judicial_support"));
    m_ui->caseRef->setPlaceholderText(tr("e.g. 123/P/2024"));
    watch(QStringLiteral("victim_code"), m_ui->victimCode);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("date"), m_ui->date);
    watch(QStringLiteral("case_ref"), m_ui->caseRef);
    watch(QStringLiteral("body"), m_ui->body);
    watch(QStringLiteral("stage"), m_ui->stage);
    watch(QStringLiteral("role"), m_ui->role);
    watch(QStringLiteral("support"), m_ui->support);
    watch(QStringLiteral("hearing_date"), m_ui->hearingDate);
}

JudicialForm::~JudicialForm() = default;

QString JudicialForm::kindTitle() const { return Labels::recordTitle(ListKind::Judicial); }

CodeComboBox* JudicialForm::centerBox() const { return m_ui->center; }

void JudicialForm::showRecord(const JudicialParticipation& j)
{
    m_ui->date->setValue(j.date);
    m_ui->caseRef->setText(j.caseRef);
    m_ui->body->setCode(j.body);
    m_ui->stage->setCode(j.stage);
    m_ui->role->setCode(j.role);
    m_ui->support->setCode(j.support);
    m_ui->hearingDate->setValue(j.hearingDate);
}

void JudicialForm::readRecord(JudicialParticipation& j) const
{
    j.date = m_ui->date->value();
    j.caseRef = m_ui->caseRef->text().trimmed();
    j.body = m_ui->body->code();
    j.stage = m_ui->stage->code();
    j.role = m_ui->role->code();
    j.support = m_ui->support->code();
    j.hearingDate = m_ui->hearingDate->value();
}

} // namespace reper
