#include "JudicialForm.h"

#include "CaseEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_JudicialForm.h"

namespace reper {

JudicialForm::JudicialForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::JudicialForm>())
    , m_victim(store, (m_ui->setupUi(this), m_ui->victimCode))
{
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
}

JudicialForm::~JudicialForm() = default;

QString JudicialForm::kindTitle() const { return Labels::recordTitle(ListKind::Judicial); }

QString JudicialForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void JudicialForm::startNew()
{
    Loading loading(this);
    m_record = JudicialParticipation{};
    fillCenters(m_ui->center, defaultCenter());
}

void JudicialForm::setVictim(RecordId id, const QString& code, const QString& center)
{
    Loading loading(this);
    m_victim.setVictim(id, code);
    if (isNew() && m_ui->center->code().isEmpty())
        m_ui->center->setCode(center);
}

Status JudicialForm::load(RecordId id)
{
    auto j = CaseEditor(m_store).loadJudicial(id);
    if (!j)
        return j.error();
    Loading loading(this);
    m_record = *j;
    m_victim.show(j->victimId);
    fillCenters(m_ui->center, j->center);
    m_ui->date->setValue(j->date);
    m_ui->caseRef->setText(j->caseRef);
    m_ui->body->setCode(j->body);
    m_ui->stage->setCode(j->stage);
    m_ui->role->setCode(j->role);
    m_ui->support->setCode(j->support);
    return Status::success();
}

JudicialParticipation JudicialForm::current() const
{
    JudicialParticipation j = m_record;
    j.victimId = m_victim.resolve();
    j.center = m_ui->center->code();
    j.date = m_ui->date->value();
    j.caseRef = m_ui->caseRef->text().trimmed();
    j.body = m_ui->body->code();
    j.stage = m_ui->stage->code();
    j.role = m_ui->role->code();
    j.support = m_ui->support->code();
    return j;
}

FieldProblems JudicialForm::problems() const
{
    FieldProblems out;
    m_victim.check(out);
    const JudicialParticipation j = current();
    requireCenter(out, j.center);
    out += RecordValidator::check(j);
    return out;
}

Result<RecordId> JudicialForm::save()
{
    auto saved = CaseEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status JudicialForm::remove() { return CaseEditor(m_store).removeJudicial(m_record.id); }

} // namespace reper
