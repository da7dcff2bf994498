#include "AssistanceForm.h"

#include "CaseEditor.h"
#include "Labels.h"
#include "Store.h"
#include "ui_AssistanceForm.h"

namespace reper {

AssistanceForm::AssistanceForm(Store& store, QWidget* parent)
    : RecordForm(store, parent)
    , m_ui(std::make_unique<Ui::AssistanceForm>())
    , m_victim(store, (m_ui->setupUi(this), m_ui->victimCode))
{
    m_ui->service->setList(QStringLiteral("service"));
    m_ui->provider->setList(QStringLiteral("provider"));
    m_ui->endDate->setToolTip(tr("Leave empty while the assistance goes on"));
    watch(QStringLiteral("victim_code"), m_ui->victimCode);
    watch(QStringLiteral("center"), m_ui->center);
    watch(QStringLiteral("service"), m_ui->service);
    watch(QStringLiteral("provider"), m_ui->provider);
    watch(QStringLiteral("start_date"), m_ui->startDate);
    watch(QStringLiteral("end_date"), m_ui->endDate);
}

AssistanceForm::~AssistanceForm() = default;

QString AssistanceForm::kindTitle() const { return Labels::recordTitle(ListKind::Assistance); }

QString AssistanceForm::recordCenter() const { return isNew() ? m_ui->center->code() : m_record.center; }

void AssistanceForm::startNew()
{
    Loading loading(this);
    m_record = Assistance{};
    fillCenters(m_ui->center, defaultCenter());
}

void AssistanceForm::setVictim(RecordId id, const QString& code, const QString& center)
{
    Loading loading(this);
    m_victim.setVictim(id, code);
    if (isNew() && m_ui->center->code().isEmpty())
        m_ui->center->setCode(center);
}

Status AssistanceForm::load(RecordId id)
{
    auto a = CaseEditor(m_store).loadAssistance(id);
    if (!a)
        return a.error();
    Loading loading(this);
    m_record = *a;
    m_victim.show(a->victimId);
    fillCenters(m_ui->center, a->center);
    m_ui->service->setCode(a->service);
    m_ui->provider->setCode(a->provider);
    m_ui->startDate->setValue(a->startDate);
    m_ui->endDate->setValue(a->endDate);
    return Status::success();
}

Assistance AssistanceForm::current() const
{
    Assistance a = m_record;
    a.victimId = m_victim.resolve();
    a.center = m_ui->center->code();
    a.service = m_ui->service->code();
    a.provider = m_ui->provider->code();
    a.startDate = m_ui->startDate->value();
    a.endDate = m_ui->endDate->value();
    return a;
}

FieldProblems AssistanceForm::problems() const
{
    FieldProblems out;
    m_victim.check(out);
    const Assistance a = current();
    requireCenter(out, a.center);
    out += RecordValidator::check(a);
    return out;
}

Result<RecordId> AssistanceForm::save()
{
    auto saved = CaseEditor(m_store).save(current());
    if (saved)
        m_record.id = *saved;
    return saved;
}

Status AssistanceForm::remove() { return CaseEditor(m_store).removeAssistance(m_record.id); }

} // namespace reper
